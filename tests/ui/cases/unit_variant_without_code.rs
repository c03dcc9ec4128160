use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// Scope missing.
    #[kakao(code = -402)]
    InsufficientScope,
    /// No kakao attribute at all.
    InvalidToken,
    /// A kakao attribute without a code.
    #[kakao(status = 401)]
    Expired,
}

fn main() {}
