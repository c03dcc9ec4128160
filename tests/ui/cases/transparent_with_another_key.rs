use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Inner {
    /// Scope missing.
    #[kakao(code = -402)]
    InsufficientScope,
}

#[derive(Debug, KakaoError)]
pub enum Login {
    #[kakao(transparent, code = -1)]
    WithCode(Inner),
    #[kakao(transparent, status = 400, retry = true)]
    WithStatus(Inner),
    #[kakao(transparent)]
    #[kakao(message = "split over two attributes")]
    WithMessage(Inner),
    #[kakao(transparent, other)]
    Both(i32),
}

fn main() {}
