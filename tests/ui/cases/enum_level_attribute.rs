use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
#[kakao(status = 400)]
pub enum Login {
    /// Scope missing.
    #[kakao(code = -402)]
    InsufficientScope,
}

fn main() {}
