use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// Scope missing.
    #[kakao(code = -402)]
    InsufficientScope,
    #[kakao(other)]
    Unknown(u32),
}

#[derive(Debug, KakaoError)]
pub enum Talk {
    #[kakao(other)]
    Unknown(i64),
}

fn main() {}
