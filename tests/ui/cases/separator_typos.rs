//! A missing `,` or a `;` between keys is reported at the separator, and the keys after it
//! are still read and checked.
use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// A missing comma; the status after it is still checked (out of range).
    #[kakao(code = -402 status = 4030)]
    MissingComma,
    /// A semicolon between keys; the key after it is still checked (unknown).
    #[kakao(code = -401; stauts = 401)]
    Semicolon,
    /// A missing comma before a flag-like key.
    #[kakao(code = -400 retry = true)]
    BeforeRetry,
    /// Two commas.
    #[kakao(code = -399,, status = 400)]
    TwoCommas,
    /// A missing comma after a string.
    #[kakao(code = -398, solution = "Ask." solution_ko = 5)]
    AfterString,
    #[kakao(other message = "unlisted")]
    Unknown(i32),
}

fn main() {}
