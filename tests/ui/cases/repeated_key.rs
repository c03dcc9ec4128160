use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// The same key twice in one attribute.
    #[kakao(code = -402, code = -403)]
    InsufficientScope,
    /// The same key in two attributes.
    #[kakao(code = -401, status = 401)]
    #[kakao(status = 403)]
    InvalidToken,
    /// Repeated after a first value that is itself wrong: both mistakes are reported.
    #[kakao(code = 5, retry = "yes", retry = false)]
    FirstValueWrong,
    /// A repeated flag.
    #[kakao(other, other)]
    Unknown(i32),
}

fn main() {}
