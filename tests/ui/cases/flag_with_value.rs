use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    #[kakao(transparent = true)]
    Inner(Inner),
    #[kakao(other = 1)]
    Unknown(i32),
}

#[derive(Debug, KakaoError)]
pub enum Inner {
    /// Scope missing.
    #[kakao(code = -402)]
    InsufficientScope,
}

fn main() {}
