use kakao_errors::KakaoError;
use kakao_errors::rest::ApiError;

#[derive(Debug, KakaoError)]
pub enum AppError {
    /// -402 is Kakao Login's InsufficientScope, inside ApiError.
    #[kakao(code = -402)]
    MyScope,
    #[kakao(transparent)]
    Kakao(ApiError),
}

fn main() {}
