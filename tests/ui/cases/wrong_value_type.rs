use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// Code as a string.
    #[kakao(code = "402")]
    StringCode,
    /// Retry as a number.
    #[kakao(code = 1, retry = 1)]
    NumberRetry,
    /// Status as a bool.
    #[kakao(code = 2, status = true)]
    BoolStatus,
    #[kakao(code = 3, message = 5)]
    NumberMessage,
    /// Solution as a path.
    #[kakao(code = 4, solution = SOLUTION)]
    PathSolution,
    /// Code as a float.
    #[kakao(code = 4.5)]
    FloatCode,
}

fn main() {}
