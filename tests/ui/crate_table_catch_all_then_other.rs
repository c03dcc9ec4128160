use kakao_errors::KakaoError;
use kakao_errors::rest::ApiError;

#[derive(Debug, KakaoError)]
pub enum AppError {
    #[kakao(transparent)]
    Kakao(ApiError),
    /// Unreachable: ApiError keeps every code it does not list.
    #[kakao(other)]
    Unknown(i32),
}

fn main() {}
