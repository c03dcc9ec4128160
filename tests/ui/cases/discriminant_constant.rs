//! A discriminant the derive cannot read, next to a `code`, is checked at compile time: one
//! error, at the discriminant, naming the code.
use kakao_errors::KakaoError;

const TIMEOUT: isize = 7002;
const WRONG: isize = 9999;

/// A constant next to a code is checked at compile time (an enum of unit variants).
#[derive(Debug, KakaoError)]
pub enum Checked {
    /// The constant is not the code.
    #[kakao(code = 7002)]
    Timeout = WRONG,
    /// Another constant that is not the code: reported too.
    #[kakao(code = 7004)]
    AlsoWrong = WRONG + 1,
    /// The constant is the code: fine.
    #[kakao(code = 7003)]
    Fine = TIMEOUT + 1,
}

fn main() {}
