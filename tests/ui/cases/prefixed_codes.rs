//! Codes written as strings (`"KOE320"`): malformed ones, and enums mixing written forms.
use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Malformed {
    /// No letters.
    #[kakao(code = "320")]
    NoPrefix,
    /// No digits.
    #[kakao(code = "KOE")]
    NoDigits,
    /// Too many digits.
    #[kakao(code = "KOE0123456789")]
    TooLong,
    /// A sign.
    #[kakao(code = "KOE-1")]
    Signed,
    /// Digits then letters.
    #[kakao(code = "320KOE")]
    Backwards,
    /// Empty.
    #[kakao(code = "")]
    Empty,
    /// Not ASCII.
    #[kakao(code = "코에320")]
    Hangul,
    /// A raw string, well formed.
    #[kakao(code = r"KOE321")]
    Raw,
}

#[derive(Debug, KakaoError)]
pub enum Mixed {
    /// A prefixed code first.
    #[kakao(code = "KOE320")]
    First,
    /// Then a plain number.
    #[kakao(code = 321)]
    Number,
    /// Then another prefix.
    #[kakao(code = "ABC322")]
    OtherPrefix,
    /// Then other digits.
    #[kakao(code = "KOE0323")]
    OtherDigits,
}

#[derive(Debug, KakaoError)]
pub enum NumberFirst {
    /// A number first.
    #[kakao(code = -402)]
    Number,
    /// Then a prefixed code.
    #[kakao(code = "KOE320")]
    Prefixed,
}

#[derive(Debug, KakaoError)]
pub enum SameNumber {
    /// KOE320.
    #[kakao(code = "KOE320")]
    First,
    /// The same number, written with the same form: the same code.
    #[kakao(code = "KOE320")]
    Again,
}

fn main() {}
