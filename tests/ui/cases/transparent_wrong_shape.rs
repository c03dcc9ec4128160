use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Inner {
    /// Scope missing.
    #[kakao(code = -402)]
    InsufficientScope,
}

#[derive(Debug, KakaoError)]
pub enum Login {
    #[kakao(transparent)]
    Unit,
    #[kakao(transparent)]
    TwoFields(Inner, Inner),
    #[kakao(transparent)]
    Named { inner: Inner },
}

fn main() {}
