//! [`ApiError`]: every REST API error table in one type, with nothing lost for unknown codes.

use crate::KakaoError;

use super::{Common, KeywordAd, Login, Moment, Push, TalkCalendar, TalkChannel, TalkMessage};

/// Any REST API error code: the eight tables of the REST API error code page, in the page's
/// order, then a catch-all.
///
/// [`from_code`](KakaoError::from_code) tries each table in turn and never fails: a code no
/// table documents becomes [`ApiError::Unknown`], keeping the code.
///
/// ```
/// use kakao_errors::{KakaoError, Remedy};
/// use kakao_errors::rest::{ApiError, Login, TalkMessage};
///
/// assert_eq!(ApiError::from_code(-402), Some(ApiError::Login(Login::InsufficientScope)));
/// assert!(ApiError::from_code(-1).unwrap().is_retryable());
/// assert_eq!(ApiError::from_code(-502).unwrap().remedy(), Remedy::RetryLater);
/// assert_eq!(ApiError::from_code(-502), Some(TalkMessage::NotFriend.into()));
/// assert_eq!(ApiError::from_code(-77_777), Some(ApiError::Unknown(-77_777)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum ApiError {
    /// A code of the "Common" table.
    #[kakao(transparent)]
    Common(Common),
    /// A code of the "Kakao Login" table.
    #[kakao(transparent)]
    Login(Login),
    /// A code of the "Kakao Talk Message" table.
    #[kakao(transparent)]
    TalkMessage(TalkMessage),
    /// A code of the "Kakao Talk Channel" table.
    #[kakao(transparent)]
    TalkChannel(TalkChannel),
    /// A code of the "Push Notification" table.
    #[kakao(transparent)]
    Push(Push),
    /// A code of the "Talk Calendar" table.
    #[kakao(transparent)]
    TalkCalendar(TalkCalendar),
    /// A code of the "Kakao Moment" table.
    #[kakao(transparent)]
    Moment(Moment),
    /// A code of the "Kakao Keyword Ad" table.
    #[kakao(transparent)]
    KeywordAd(KeywordAd),
    /// A code none of the REST API tables documents; the code is kept.
    #[kakao(other, message = "unknown REST API error code")]
    Unknown(i32),
}

impl ApiError {
    /// The title of the REST API error code page's section that documents this code
    /// (`"Common"`, `"Kakao Login"`, ...), or `None` for [`ApiError::Unknown`].
    ///
    /// ```
    /// use kakao_errors::rest::{ApiError, Login};
    ///
    /// assert_eq!(ApiError::Login(Login::InsufficientScope).section(), Some("Kakao Login"));
    /// assert_eq!(ApiError::Unknown(1).section(), None);
    /// ```
    #[must_use]
    pub const fn section(&self) -> Option<&'static str> {
        match self {
            Self::Common(_) => Some("Common"),
            Self::Login(_) => Some("Kakao Login"),
            Self::TalkMessage(_) => Some("Kakao Talk Message"),
            Self::TalkChannel(_) => Some("Kakao Talk Channel"),
            Self::Push(_) => Some("Push Notification"),
            Self::TalkCalendar(_) => Some("Talk Calendar"),
            Self::Moment(_) => Some("Kakao Moment"),
            Self::KeywordAd(_) => Some("Kakao Keyword Ad"),
            Self::Unknown(_) => None,
        }
    }

    /// Whether this is a code no REST API table documents.
    #[must_use]
    pub const fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
