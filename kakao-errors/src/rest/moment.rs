//! REST API > Error code > **Kakao Moment**: errors of the Kakao Moment (advertising) APIs.
//!
//! Source: Kakao Developers, REST API > Error code, section "Kakao Moment" (page 000). The page
//! refers to Kakao Moment > Reference for more codes; only the one listed here is encoded.

use crate::KakaoError;

/// The "Kakao Moment" table of the REST API error codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
pub enum Moment {
    /// The Kakao Moment APIs failed internally.
    #[kakao(
        code = -813,
        status = 400,
        message = "Internal error related to Kakao Moment APIs occurs."
    )]
    MomentInternalError,
}
