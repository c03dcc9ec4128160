use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Share {
    /// Bad request.
    #[kakao(code = 4000)]
    BadRequest,
    #[kakao(other)]
    Unknown(i32),
}

#[derive(Debug, KakaoError)]
pub enum Login {
    /// Scope missing.
    #[kakao(code = -402)]
    InsufficientScope,
}

#[derive(Debug, KakaoError)]
pub enum App {
    #[kakao(transparent)]
    Share(Share),
    /// Unreachable: Share answers every code.
    #[kakao(transparent)]
    Login(Login),
}

fn main() {}
