//! A wrapper may hold members that write their codes another way (another prefix, or plain
//! numbers against prefixed ones): each value keeps its own, and the code as written finds it.
use kakao_errors::KakaoError;

#[derive(Debug, PartialEq, KakaoError)]
pub enum Koe {
    /// KOE320.
    #[kakao(code = "KOE320")]
    Koe320,
}

#[derive(Debug, PartialEq, KakaoError)]
pub enum Abc {
    /// ABC1.
    #[kakao(code = "ABC1")]
    Abc1,
}

#[derive(Debug, PartialEq, KakaoError)]
pub enum Numbers {
    /// -402.
    #[kakao(code = -402)]
    Scope,
}

#[derive(Debug, PartialEq, KakaoError)]
pub enum PrefixedOwnNumberMember {
    /// Own, prefixed.
    #[kakao(code = "KOE001")]
    Own,
    #[kakao(transparent)]
    Numbers(Numbers),
}

#[derive(Debug, PartialEq, KakaoError)]
pub enum TwoPrefixes {
    #[kakao(transparent)]
    Koe(Koe),
    #[kakao(transparent)]
    Abc(Abc),
}

#[derive(Debug, PartialEq, KakaoError)]
pub enum NumbersOwnPrefixedMember {
    /// Own, a number.
    #[kakao(code = 1)]
    Own,
    #[kakao(transparent)]
    Koe(Koe),
}

fn main() {
    assert_eq!(
        PrefixedOwnNumberMember::from_code_str("-402"),
        Some(PrefixedOwnNumberMember::Numbers(Numbers::Scope))
    );
    assert_eq!(PrefixedOwnNumberMember::from_code(1), Some(PrefixedOwnNumberMember::Own));
    assert_eq!(TwoPrefixes::from_code_str("ABC1"), Some(TwoPrefixes::Abc(Abc::Abc1)));
    assert_eq!(TwoPrefixes::from_code_str("koe320"), Some(TwoPrefixes::Koe(Koe::Koe320)));
    assert_eq!(TwoPrefixes::Abc(Abc::Abc1).to_string(), "[ABC1] ABC1.");
    assert_eq!(NumbersOwnPrefixedMember::from_code(320), None);
    assert_eq!(
        NumbersOwnPrefixedMember::from_code_str("KOE320").map(|e| e.error_code().to_string()),
        Some("KOE320".to_owned())
    );
}
