//! A wrapper of two large generated members (2,502 and 2,000 codes): the compile-time overlap
//! checks between members must finish at this size, and lookups reach both members.

#[allow(dead_code)]
use crate::large_generated::{LARGE_EXPECTED, LargeCodes, LargeOther, OTHER_CODES};
use kakao_errors::KakaoError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum TwoLarge {
    /// Own code.
    #[kakao(code = 7)]
    Own,
    #[kakao(transparent)]
    Large(LargeCodes),
    #[kakao(transparent)]
    Other(LargeOther),
}

#[test]
fn codes_concatenate() {
    let codes = <TwoLarge as KakaoError>::CODES;
    assert_eq!(codes.len(), 1 + 2_502 + 2_000);
    assert_eq!(codes[0], 7);
    assert_eq!(&codes[1..2_503], <LargeCodes as KakaoError>::CODES);
    assert_eq!(&codes[2_503..], OTHER_CODES);
}

#[test]
fn every_code_of_both_members_round_trips() {
    for e in LARGE_EXPECTED {
        assert_eq!(TwoLarge::from_code(e.code), Some(TwoLarge::Large(e.value)));
    }
    for &code in OTHER_CODES {
        let w = TwoLarge::from_code(code).unwrap();
        assert!(matches!(w, TwoLarge::Other(_)), "{w:?}");
        assert_eq!(w.code(), code);
        assert_eq!(TwoLarge::from_name(w.name()), Some(w));
    }
    assert_eq!(TwoLarge::from_code(8), None);
}
