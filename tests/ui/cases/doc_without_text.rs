//! A doc comment read at compile time (`include_str!`, `concat!`) that gives no text: one
//! error at the variant.
use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    #[doc = include_str!("docs/blank.md")]
    #[kakao(code = -401)]
    Blank,
    #[doc = include_str!("docs/spaces.md")]
    #[kakao(code = -402)]
    Spaces,
    #[doc = concat!("", "")]
    #[kakao(code = -403)]
    EmptyConcat,
    /// Fine: a message from a macro.
    #[doc = concat!("")]
    #[kakao(code = -404)]
    LiteralThenMacro,
}

#[derive(Debug, KakaoError)]
pub enum Wrapper {
    #[doc = concat!(" ")]
    #[kakao(code = 1)]
    Own,
    #[kakao(transparent)]
    Login(Login),
}

fn main() {}
