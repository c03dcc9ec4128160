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
pub enum App {
    #[kakao(transparent)]
    Share(Share),
    /// Unreachable: Share answers every code.
    #[kakao(other)]
    Unknown(i32),
}

fn main() {}
