use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// A tuple variant with a code.
    #[kakao(code = -402)]
    InsufficientScope(i32),
    /// Named fields.
    #[kakao(code = -401)]
    InvalidToken { detail: &'static str },
    /// No attribute at all.
    Unknown(i32),
}

fn main() {}
