use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login<'a> {
    /// Scope missing.
    #[kakao(code = -402)]
    InsufficientScope,
    #[kakao(other)]
    Unknown(&'a i32),
}

fn main() {}
