use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// Scope missing.
    #[kakao(code = -402)]
    InsufficientScope,
    #[kakao(other, code = -1, status = 500, retry = true)]
    Unknown(i32),
}

fn main() {}
