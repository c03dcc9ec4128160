//! Enum keys (`crate`, `serde`) on a variant, variant keys on the enum, and the enum keys'
//! own mistakes: repeated, misspelt, without a value, with a value that is not a path, a
//! value on the `serde` flag.
use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
#[kakao(code = 1, transparent)]
#[kakao(serde, serde)]
pub enum Login {
    /// Enum keys on a variant.
    #[kakao(code = -402, crate = kakao_errors, serde)]
    InsufficientScope,
}

#[derive(Debug, KakaoError)]
#[kakao(crate = "not a path", crate = kakao_errors)]
#[kakao(sedre)]
pub enum Talk {
    /// Fine.
    #[kakao(code = -501)]
    NotTalkUser,
}

#[derive(Debug, KakaoError)]
#[kakao(crate)]
pub enum Share {
    /// Fine.
    #[kakao(code = 4000)]
    BadRequest,
}

#[derive(Debug, KakaoError)]
#[kakao(crate = , serde = true)]
pub enum Mobility {
    /// Fine.
    #[kakao(code = -1)]
    Internal,
}

fn main() {}
