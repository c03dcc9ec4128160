use kakao_errors::KakaoError;

// Codes and statuses are written without a type suffix; even `i32` is refused, so that every
// table reads the same way.
#[derive(Debug, KakaoError)]
pub enum Login {
    /// An i32 suffix.
    #[kakao(code = 42i32)]
    I32Suffix,
    /// A suffix of another type.
    #[kakao(code = 5u64)]
    U64Suffix,
    /// A suffixed status.
    #[kakao(code = 6, status = 400u16)]
    StatusSuffix,
}

fn main() {}
