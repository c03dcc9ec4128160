//! A member every code of which is a code of another member (`rest::Login` beside
//! `rest::ApiError`, which wraps it) is one error saying so, naming both as written, at the
//! later member: not a list of shared codes.
use kakao_errors::KakaoError;
use kakao_errors::oauth::KoeError;
use kakao_errors::rest::{self, ApiError};

#[derive(Debug, KakaoError)]
pub enum App {
    #[kakao(transparent)]
    Kakao(ApiError),
    #[kakao(transparent)]
    Login(rest::Login),
}

/// The smaller one first.
#[derive(Debug, KakaoError)]
pub enum SmallFirst {
    #[kakao(transparent)]
    Login(rest::Login),
    #[kakao(transparent)]
    Kakao(ApiError),
}

/// Inside a member of a member.
#[derive(Debug, KakaoError)]
pub enum Inner {
    #[kakao(transparent)]
    Kakao(ApiError),
}

#[derive(Debug, KakaoError)]
pub enum Nested {
    #[kakao(transparent)]
    Inner(Inner),
    #[kakao(transparent)]
    Common(kakao_errors::rest::Common),
}

/// Codes written another way, inside a wrapper of plain and prefixed codes.
#[derive(Debug, KakaoError)]
pub enum Mixed {
    #[kakao(transparent)]
    Kakao(ApiError),
    #[kakao(transparent)]
    Koe(KoeError),
}

#[derive(Debug, KakaoError)]
pub enum AroundMixed {
    #[kakao(transparent)]
    Mixed(Mixed),
    #[kakao(transparent)]
    Koe(KoeError),
}

fn main() {}
