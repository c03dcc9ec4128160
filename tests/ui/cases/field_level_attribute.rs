use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// Scope missing.
    #[kakao(code = -402)]
    InsufficientScope,
    #[kakao(other)]
    Unknown(#[kakao(code = 1)] i32),
}

fn main() {}
