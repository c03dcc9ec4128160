//! REST API > Error code > **Kakao Moment**: errors of the Kakao Moment (advertising) APIs.
//!
//! Source: the Kakao Developers page [REST API > Error code](https://developers.kakao.com/docs/latest/en/rest-api/error-code), section "Kakao Moment". The page refers to Kakao
//! Moment > Reference for more codes; only the one listed here is encoded.

use crate::KakaoError;

/// The "Kakao Moment" table of the REST API error codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum Moment {
    /// The Kakao Moment APIs failed internally.
    #[kakao(
        code = -813,
        status = 400,
        remedy = OutcomeUnknown,
        message = "Internal error related to Kakao Moment APIs occurs."
    )]
    MomentInternalError,
}
