//! [`ShareApiError`]: what a Kakao Talk Share call can answer, its own codes and the REST API's.

use crate::KakaoError;
use crate::rest::ApiError;

use super::TalkShareError;

/// Any error a Kakao Talk Share call answers: the Talk Share table's codes (4002 .. 5005),
/// then every REST API code (a Talk Share request also fails with the REST API's common
/// errors, such as -401 for a wrong app key or -2 for a bad parameter), then a catch-all.
///
/// Parse a Talk Share response with it, so that those common codes are documented causes
/// instead of unknown ones:
///
/// ```
/// use kakao_errors::KakaoError;
/// use kakao_errors::rest::{ApiError, Common};
/// use kakao_errors::share::{ShareApiError, TalkShareError};
///
/// assert_eq!(
///     ShareApiError::from_code(4007),
///     Some(ShareApiError::Share(TalkShareError::TemporaryUsageLimitExceeded)),
/// );
/// assert_eq!(
///     ShareApiError::from_code(-401),
///     Some(ShareApiError::Rest(ApiError::Common(Common::InvalidToken))),
/// );
/// assert_eq!(ShareApiError::from_code(77), Some(ShareApiError::Unknown(77)));
/// assert!(!ShareApiError::Unknown(77).is_documented());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum ShareApiError {
    /// A code of the Kakao Talk Share table.
    #[kakao(transparent)]
    Share(TalkShareError),
    /// A code of the REST API tables.
    #[kakao(transparent)]
    Rest(ApiError),
    /// A code neither documents; the code is kept.
    #[kakao(other, message = "unknown Kakao Talk Share or REST API error code")]
    Unknown(i32),
}
