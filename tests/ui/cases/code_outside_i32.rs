use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// One below i32::MIN.
    #[kakao(code = -2147483649)]
    TooLow,
    /// One above i32::MAX.
    #[kakao(code = 2147483648)]
    TooHigh,
}

fn main() {}
