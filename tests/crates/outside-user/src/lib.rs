//! An application's error layer on kakao-errors, written as a user outside this workspace
//! writes it: its tests (`tests/`) combine the crate's unions, log a parsed error as JSON,
//! read a stored code back, and call Kakao-shaped servers through reqwest 0.12 and 0.13 with one
//! error type for both, all with `use std::error::Error;` in scope.

use kakao_errors::KakaoError;
use kakao_errors::rest::ApiError;
use kakao_errors::share::TalkShareError;

/// Every Kakao error this application meets: the REST API's, Kakao Talk Share's, and any code
/// neither documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
#[kakao(serde)]
pub enum AppError {
    /// A REST API code.
    #[kakao(transparent)]
    Kakao(ApiError),
    /// A Kakao Talk Share code.
    #[kakao(transparent)]
    Share(TalkShareError),
    /// Any other code, kept.
    #[kakao(other)]
    Unknown(i32),
}
