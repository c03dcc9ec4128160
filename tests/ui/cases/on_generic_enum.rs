use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login<T> {
    /// Scope missing.
    #[kakao(code = -402)]
    InsufficientScope,
    #[kakao(transparent)]
    Inner(T),
}

fn main() {}
