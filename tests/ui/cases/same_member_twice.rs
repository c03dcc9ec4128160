use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// Scope missing.
    #[kakao(code = -402)]
    InsufficientScope,
}

#[derive(Debug, KakaoError)]
pub enum App {
    #[kakao(transparent)]
    First(Login),
    #[kakao(transparent)]
    Second(Login),
}

fn main() {}
