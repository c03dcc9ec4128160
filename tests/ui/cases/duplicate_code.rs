use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// Scope missing.
    #[kakao(code = -402)]
    InsufficientScope,
    /// Invalid token.
    #[kakao(code = -401)]
    InvalidToken,
    /// The same code as InsufficientScope.
    #[kakao(code = -402)]
    AlsoInsufficientScope,
    /// A positive code.
    #[kakao(code = 7)]
    Seven,
    /// The same as Seven, written in hex.
    #[kakao(code = 0x7)]
    AlsoSeven,
}

fn main() {}
