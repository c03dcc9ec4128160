use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// Scope missing.
    #[kakao(code = -402)]
    InsufficientScope,
    /// Invalid token.
    #[kakao(code = -401)]
    InvalidToken,
}

#[derive(Debug, KakaoError)]
pub enum App {
    /// Also -402: the lookup could never reach Login's variant.
    #[kakao(code = -402)]
    MyScope,
    /// Fine.
    #[kakao(code = 7001)]
    Mine,
    #[kakao(transparent)]
    Login(Login),
}

fn main() {}
