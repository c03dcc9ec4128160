//! A unit variant's explicit discriminant is its code: one that is not the `code` it also has,
//! one that cannot be read as a code, one past `i32`.
use kakao_errors::KakaoError;

const TIMEOUT: isize = 7002;

#[derive(Debug, KakaoError)]
pub enum Billing {
    /// The discriminant says 9999, the code 7002.
    #[kakao(code = 7002)]
    GatewayTimeout = 9999,
    /// A negative discriminant that is not the code.
    #[kakao(code = -402)]
    Scope = -403,
    /// A constant, with no code to say what it is.
    Named = TIMEOUT,
    /// An expression, with no code either.
    Sum = 7000 + 5,
    /// Equal: fine.
    #[kakao(code = 7010)]
    Agreed = 7010,
}

#[derive(Debug, KakaoError)]
#[repr(i64)]
pub enum Wide {
    /// Past i32.
    Big = 3_000_000_000,
}

#[derive(Debug, KakaoError)]
pub enum Prefixed {
    /// The discriminant is compared with the code's number.
    #[kakao(code = "KOE320")]
    Consent = 321,
}

/// With fields, `as` cannot read a discriminant, so the derive cannot check a constant.
#[derive(Debug, KakaoError)]
#[repr(i32)]
pub enum WithFields {
    /// A constant next to a code.
    #[kakao(code = 7002)]
    Timeout = 7000 + 2,
    #[kakao(other)]
    Unknown(i32) = 1,
}

fn main() {}
