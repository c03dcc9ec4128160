use kakao_errors::KakaoError;

#[derive(Debug)]
pub struct NotAnError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// Scope missing.
    #[kakao(code = -402)]
    InsufficientScope,
    #[kakao(transparent)]
    Io(NotAnError),
}

fn main() {}
