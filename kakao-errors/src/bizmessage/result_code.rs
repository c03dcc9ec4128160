//! Reading a bizmessage result code as resellers pass it on.

use super::BizMessageError;
use crate::Remedy;

/// What a Kakao bizmessage result code says: the message was sent (`0000`), or why not.
///
/// ```
/// use kakao_errors::bizmessage::{BizMessageError, ResultCode};
///
/// for text in ["3018", "K3018", "KKO_3018", " kko_3018 "] {
///     assert_eq!(ResultCode::read(text), Some(ResultCode::Failed(BizMessageError::CannotSend)));
/// }
/// assert_eq!(ResultCode::read("KKO_0000"), Some(ResultCode::Success));
/// // Four digits nobody lists are kept; anything else is not a Kakao result code.
/// assert_eq!(ResultCode::read("9991"), Some(ResultCode::Failed(BizMessageError::Unknown(9991))));
/// assert_eq!(ResultCode::read("K991"), None);
/// assert_eq!(ResultCode::read("ERR_300"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResultCode {
    /// `0000`: the message was sent.
    Success,
    /// Any other code: why the message was not sent or delivered (a code no source lists is
    /// [`BizMessageError::Unknown`], keeping it).
    Failed(BizMessageError),
}

impl ResultCode {
    /// The result code in `text`, written as Kakao writes it (`3018`) or as resellers pass it
    /// on: with the prefix `K` (`K3018`) or `KKO_` (`KKO_3018`), in any ASCII case, with
    /// spaces around it. Kakao's codes are four digits: anything else is `None`, including
    /// the resellers' own codes (`ER01`, `ERR_300`, `K991`, NHN Cloud's `-1000`), which are not
    /// Kakao's. Any text is accepted; none panics.
    #[must_use]
    pub fn read(text: &str) -> Option<Self> {
        let text = text.trim();
        let digits = strip_prefix_ignoring_case(text, "KKO_")
            .or_else(|| strip_prefix_ignoring_case(text, "K"))
            .unwrap_or(text);
        if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let code: i32 = digits.parse().ok()?;
        if code == 0 {
            return Some(Self::Success);
        }
        BizMessageError::from_code(code).map(Self::Failed)
    }

    /// The failure, or `None` for [`Success`](Self::Success).
    #[must_use]
    pub const fn error(self) -> Option<BizMessageError> {
        match self {
            Self::Success => None,
            Self::Failed(error) => Some(error),
        }
    }

    /// What to do about a failure (the row's remedy); `None` for [`Success`](Self::Success).
    #[must_use]
    pub fn remedy(self) -> Option<Remedy<'static>> {
        use crate::KakaoError as _;
        self.error().map(|error| error.remedy())
    }
}

/// `text` without `prefix`, matched ignoring ASCII case.
fn strip_prefix_ignoring_case<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}
