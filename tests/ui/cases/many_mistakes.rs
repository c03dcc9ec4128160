use kakao_errors::KakaoError;

// Every mistake below is reported in one build, a variant with one mistake still checked
// against the others.
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
    /// A second catch-all that also has a key it cannot take: both are reported.
    #[kakao(other, status = 500)]
    AlsoUnknown(i32),
    /// A third one, of the wrong type: both are reported.
    #[kakao(other)]
    ThirdUnknown(u8),
    /// The code of `Fields`, whose shape is wrong: still a duplicate.
    #[kakao(code = -399)]
    SameAsFields,
    #[kakao(code = -400)]
    NoMessageAgain,
    /// Wrapped twice, once with a key a transparent variant cannot take: both are reported.
    #[kakao(transparent)]
    Common(kakao_errors::rest::Common),
    #[kakao(transparent, retry = true)]
    CommonAgain(kakao_errors::rest::Common),
}

fn main() {}
