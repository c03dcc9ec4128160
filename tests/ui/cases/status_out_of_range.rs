use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// Too high.
    #[kakao(code = 1, status = 600)]
    TooHigh,
    /// Too low.
    #[kakao(code = 2, status = 99)]
    TooLow,
    /// Negative.
    #[kakao(code = 3, status = -400)]
    Negative,
    /// Far beyond u16.
    #[kakao(code = 4, status = 70000)]
    Huge,
}

fn main() {}
