//! Valid but unusual input: integer literals at the edges of i32 and written in other bases,
//! keys split over attributes (in any order, with other attributes between),
//! `#[doc = "..."]`, raw identifiers, explicit discriminants, and extra derives.
use kakao_errors::KakaoError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, KakaoError)]
#[repr(i32)]
#[non_exhaustive]
pub enum Edges {
    /// i32::MIN, whose magnitude does not fit an i32 on its own.
    #[kakao(code = -2147483648)]
    Smallest = -2147483648,
    /// i32::MAX, with separators.
    #[kakao(code = 2_147_483_647)]
    Largest = 2_147_483_647,
    /// Hexadecimal.
    #[kakao(code = 0x10)]
    Hex = 0x10,
    /// Negative binary.
    #[kakao(code = -0b11)]
    NegativeBinary = -0b11,
    /// Zero written as -0.
    #[kakao(code = -0)]
    NegativeZero = 0,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Split {
    #[kakao(status = 599)]
    #[doc = "Written as a doc attribute."]
    #[allow(clippy::all)]
    #[kakao(retry = true)]
    #[kakao(code = 1)]
    Split,
    /// Status at the lower edge; trailing comma.
    #[kakao(code = 2, status = 100,)]
    LowStatus,
    /// Raw identifier.
    #[allow(non_camel_case_types)]
    #[kakao(code = 3)]
    r#match,
    /// Every text key, each one character long.
    #[kakao(code = 4, message = "m", message_ko = "한", solution = "s", solution_ko = "해")]
    AllTexts,
    /// A documented catch-all.
    #[kakao(other)]
    #[kakao(message = "unlisted")]
    Unknown(i32),
}

/// A documented wrapper whose variants carry doc comments and other attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Wrapper {
    /// The edges; doc comments on a transparent variant document it, nothing more.
    #[kakao(transparent)]
    #[allow(unused)]
    Edges(Edges),
    /// Split.
    #[kakao(transparent)]
    Split(Split),
}

fn main() {
    assert_eq!(
        <Edges as KakaoError>::CODES,
        &[i32::MIN, i32::MAX, 16, -3, 0]
    );
    for v in Edges::VARIANTS {
        assert_eq!(v.code(), *v as i32);
        assert_eq!(Edges::from_code(v.code()), Some(*v));
    }
    assert_eq!(Split::Split.message(), "Written as a doc attribute.");
    assert_eq!(Split::Split.status(), Some(599));
    assert!(Split::Split.is_retryable());
    assert_eq!(Split::LowStatus.status(), Some(100));
    assert_eq!(Split::r#match.name(), "match");
    assert_eq!(Split::from_name("match"), Some(Split::r#match));
    assert_eq!(Split::AllTexts.message(), "m");
    assert_eq!(Split::AllTexts.solution_ko(), Some("해"));
    assert_eq!(Split::from_code(-1).unwrap().message(), "unlisted");
    assert_eq!(Wrapper::from_code(3), Some(Wrapper::Split(Split::r#match)));
    assert_eq!(Wrapper::from_code(5), Some(Wrapper::Split(Split::Unknown(5))));
    assert_eq!(Wrapper::from_code(i32::MIN).unwrap().name(), "Smallest");
}
