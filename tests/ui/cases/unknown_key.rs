use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// A misspelt key with a value, then a valid key after it.
    #[kakao(code = -402, stauts = 403, retry = true)]
    InsufficientScope,
    /// An unknown flag.
    #[kakao(code = -401, fatal)]
    InvalidToken,
    /// A key from another crate.
    #[kakao(code = -400, rename = "bad")]
    BadRequest,
}

fn main() {}
