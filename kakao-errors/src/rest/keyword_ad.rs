//! REST API > Error code > **Kakao Keyword Ad**: errors of the Kakao Keyword Ad APIs.
//!
//! Source: Kakao Developers, REST API > Error code, section "Kakao Keyword Ad" (page 000). The
//! page refers to the Korean documentation for more codes; only the one listed here is encoded.

use crate::KakaoError;

/// The "Kakao Keyword Ad" table of the REST API error codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
pub enum KeywordAd {
    /// The Kakao Keyword Ad APIs failed internally.
    #[kakao(
        code = -820,
        status = 400,
        message = "Internal error related to Kakao Keyword Ad APIs occurs."
    )]
    KeywordAdInternalError,
}
