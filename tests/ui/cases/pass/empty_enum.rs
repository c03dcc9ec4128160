//! An enum with no variants derives: a table can start empty. It knows no code and no name.
use kakao_errors::KakaoError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Nothing {}

fn main() {
    assert!(<Nothing as KakaoError>::CODES.is_empty());
    assert!(Nothing::VARIANTS.is_empty());
    assert_eq!(<Nothing as KakaoError>::from_code(0), None);
    assert_eq!(Nothing::from_code(-402), None);
    assert_eq!(Nothing::from_name("Anything"), None);
    assert_eq!(Nothing::try_from(1).unwrap_err().type_name(), "Nothing");
}
