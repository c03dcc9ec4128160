use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// Scope missing.
    #[kakao(code = -402)]
    InsufficientScope,
    #[kakao(other)]
    Unknown(i32),
    #[kakao(other)]
    Unlisted(i32),
}

fn main() {}
