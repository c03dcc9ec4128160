use kakao_errors::KakaoError;

// Every mistake below is reported in one build.
#[derive(Debug, KakaoError)]
pub enum Login {
    /// Fine.
    #[kakao(code = -402, status = 403)]
    InsufficientScope,
    /// Duplicate code.
    #[kakao(code = -402)]
    Duplicate,
    /// Status out of range and an unknown key.
    #[kakao(code = -401, status = 600, colour = "red")]
    BadStatus,
    /// No code.
    NoCode,
    #[kakao(code = -400)]
    NoMessage,
    /// Fields without transparent or other.
    #[kakao(code = -399)]
    Fields(u8),
    /// Wrong type and repeated key.
    #[kakao(code = -398, retry = "yes", retry = false)]
    WrongType,
    #[kakao(other)]
    Unknown(i32),
    #[kakao(other)]
    AlsoUnknown(i32),
}

fn main() {}
