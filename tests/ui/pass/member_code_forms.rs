//! A wrapper whose member writes its codes another way (another prefix, or other digits, or
//! plain numbers against prefixed ones) is one error at the member.
use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Koe {
    /// KOE320.
    #[kakao(code = "KOE320")]
    Koe320,
}

#[derive(Debug, KakaoError)]
pub enum Abc {
    /// ABC1.
    #[kakao(code = "ABC1")]
    Abc1,
}

#[derive(Debug, KakaoError)]
pub enum Numbers {
    /// -402.
    #[kakao(code = -402)]
    Scope,
}

#[derive(Debug, KakaoError)]
pub enum PrefixedOwnNumberMember {
    /// Own, prefixed.
    #[kakao(code = "KOE001")]
    Own,
    #[kakao(transparent)]
    Numbers(Numbers),
}

#[derive(Debug, KakaoError)]
pub enum TwoPrefixes {
    #[kakao(transparent)]
    Koe(Koe),
    #[kakao(transparent)]
    Abc(Abc),
}

#[derive(Debug, KakaoError)]
pub enum NumbersOwnPrefixedMember {
    /// Own, a number.
    #[kakao(code = 1)]
    Own,
    #[kakao(transparent)]
    Koe(Koe),
}

fn main() {}
