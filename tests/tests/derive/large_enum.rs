//! A generated enum of 2,502 variants (see `build.rs`): every code round-trips and every key
//! lands where the attributes say; a wrapper over it works at that size too.

#[allow(dead_code)]
use crate::large_generated::{LARGE_EXPECTED, LargeCodes, LargeOther, OTHER_CODES};
use kakao_errors::KakaoError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum LargeWrapper {
    /// Own code, not a multiple of the generator's step.
    #[kakao(code = 1)]
    Own,
    #[kakao(transparent)]
    Large(LargeCodes),
    #[kakao(other)]
    Unknown(i32),
}

const FIRST: Option<LargeCodes> = LargeCodes::from_code(0);
const LAST: Option<LargeCodes> = LargeCodes::from_code(i32::MAX);

#[test]
fn has_over_two_thousand_codes() {
    assert_eq!(<LargeCodes as KakaoError>::CODES.len(), 2_502);
    assert_eq!(LARGE_EXPECTED.len(), 2_502);
    assert_eq!(LargeCodes::VARIANTS.len(), 2_502);
}

#[test]
fn codes_are_in_declaration_order() {
    let expected: Vec<i32> = LARGE_EXPECTED.iter().map(|e| e.code).collect();
    assert_eq!(<LargeCodes as KakaoError>::CODES, expected.as_slice());
    let variants: Vec<LargeCodes> = LARGE_EXPECTED.iter().map(|e| e.value).collect();
    assert_eq!(LargeCodes::VARIANTS, variants.as_slice());
}

#[test]
fn every_code_round_trips() {
    for e in LARGE_EXPECTED {
        let found = LargeCodes::from_code(e.code);
        assert_eq!(found, Some(e.value), "code {}", e.code);
        assert_eq!(<LargeCodes as KakaoError>::from_code(e.code), Some(e.value));
        assert_eq!(e.value.code(), e.code);
        assert_eq!(LargeCodes::try_from(e.code), Ok(e.value));
    }
}

#[test]
fn every_name_round_trips() {
    for e in LARGE_EXPECTED {
        assert_eq!(e.value.name(), e.name);
        assert_eq!(LargeCodes::from_name(e.name), Some(e.value), "{}", e.name);
    }
}

#[test]
fn every_key_maps() {
    for e in LARGE_EXPECTED {
        let v = e.value;
        assert_eq!(v.status(), e.status, "{}", e.name);
        assert_eq!(v.is_retryable(), e.retry, "{}", e.name);
        assert_eq!(v.message(), e.message, "{}", e.name);
        assert_eq!(v.message_ko(), e.message_ko, "{}", e.name);
        assert_eq!(v.solution(), None);
        assert_eq!(v.to_string(), format!("[{}] {}", e.code, e.message));
    }
}

#[test]
fn codes_between_the_listed_ones_are_unknown() {
    for e in LARGE_EXPECTED {
        for probe in [e.code.wrapping_add(1), e.code.wrapping_sub(1)] {
            if !<LargeCodes as KakaoError>::CODES.contains(&probe) {
                assert_eq!(LargeCodes::from_code(probe), None, "code {probe}");
                if probe != 1 {
                    let w = LargeWrapper::from_code(probe);
                    assert_eq!(w, Some(LargeWrapper::Unknown(probe)));
                }
            }
        }
    }
}

#[test]
fn const_lookup_at_this_size() {
    assert_eq!(FIRST, Some(LargeCodes::V0));
    assert_eq!(LAST, Some(LargeCodes::Largest));
}

#[test]
fn a_wrapper_over_the_large_enum() {
    let codes = <LargeWrapper as KakaoError>::CODES;
    assert_eq!(codes.len(), 2_503);
    assert_eq!(codes[0], 1);
    assert_eq!(&codes[1..], <LargeCodes as KakaoError>::CODES);
    assert_eq!(LargeWrapper::from_code(1), Some(LargeWrapper::Own));
    for e in LARGE_EXPECTED {
        let w = LargeWrapper::from_code(e.code).unwrap();
        assert_eq!(w, LargeWrapper::Large(e.value));
        assert_eq!(w.code(), e.code);
        assert_eq!(w.name(), e.name);
        assert_eq!(LargeWrapper::from_name(e.name), Some(w));
    }
}

#[test]
fn a_second_large_enum_round_trips() {
    assert_eq!(OTHER_CODES.len(), 2_000);
    assert_eq!(<LargeOther as KakaoError>::CODES, OTHER_CODES);
    for (i, &code) in OTHER_CODES.iter().enumerate() {
        let e = LargeOther::from_code(code).unwrap();
        assert_eq!(e.code(), code);
        assert_eq!(e.name(), format!("W{i}"));
        assert_eq!(LargeOther::from_name(e.name()), Some(e));
        assert_eq!(e.message(), format!("Other generated error {i}."));
    }
}
