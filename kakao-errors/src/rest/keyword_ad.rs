//! REST API > Error code > **Kakao Keyword Ad**: errors of the Kakao Keyword Ad APIs.
//!
//! Source: the Kakao Developers page [REST API > Error code](https://developers.kakao.com/docs/latest/en/rest-api/error-code), section "Kakao Keyword Ad". The page refers to the
//! Korean documentation for more codes; only the one listed here is encoded.

use crate::KakaoError;

/// The "Kakao Keyword Ad" table of the REST API error codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum KeywordAd {
    /// The Kakao Keyword Ad APIs failed internally.
    #[kakao(
        code = -820,
        status = 400,
        remedy = OutcomeUnknown,
        message = "Internal error related to Kakao Keyword Ad APIs occurs."
    )]
    KeywordAdInternalError,
}
