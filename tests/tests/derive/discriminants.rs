//! A unit variant's explicit discriminant is its code, as num_enum users expect: `as i32`,
//! `code()` and the lookups agree. Only a variant's own written discriminant counts; the
//! compiler numbers the others, and those need a `code`.

use kakao_errors::KakaoError;

const TIMEOUT: isize = 7002;

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Billing {
    /// The card was declined.
    CardDeclined = 7001,
    /// A negative code.
    Negative = -402,
    /// A discriminant equal to its `code`.
    #[kakao(code = 7003, status = 504, retry = true)]
    Agreed = 7003,
    /// No discriminant of its own: the compiler gives it 7004, the code says 9000.
    #[kakao(code = 9000)]
    Counted,
    /// A constant equal to its `code`, checked at compile time.
    #[kakao(code = 7002)]
    Named = TIMEOUT,
    /// In hex.
    #[kakao(code = 0x1F41)]
    Hex = 0x1F41,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
#[repr(i32)]
pub enum WithCatchAll {
    /// Code 5.
    Five = 5,
    /// Code -6.
    MinusSix = -6,
    #[kakao(other)]
    Unknown(i32) = 100,
}

/// A prefixed code's discriminant is its number, what `code()` gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Koe {
    /// Consent.
    #[kakao(code = "KOE320")]
    Consent = 320,
}

#[test]
fn a_discriminant_is_the_code() {
    assert_eq!(Billing::CardDeclined as i32, 7001);
    assert_eq!(Billing::CardDeclined.code(), 7001);
    assert_eq!(Billing::from_code(7001), Some(Billing::CardDeclined));
    assert_eq!(Billing::Negative as i32, -402);
    assert_eq!(Billing::Negative.code(), -402);
    assert_eq!(Billing::from_code(-402), Some(Billing::Negative));
    assert_eq!(Billing::Negative.to_string(), "[-402] A negative code.");
    assert_eq!(
        (
            Billing::Agreed as i32,
            Billing::Agreed.code(),
            Billing::Agreed.status()
        ),
        (7003, 7003, Some(504))
    );
    assert_eq!(Billing::Named as i32, Billing::Named.code());
    assert_eq!(Billing::from_code(7002), Some(Billing::Named));
    assert_eq!((Billing::Hex as i32, Billing::Hex.code()), (8001, 8001));
    assert_eq!(Billing::CODES, &[7001, -402, 7003, 9000, 7002, 8001]);
    assert_eq!(Billing::try_from(7001), Ok(Billing::CardDeclined));
}

#[test]
fn a_variant_without_its_own_discriminant_takes_its_code_key() {
    // The compiler counts on from the previous discriminant; the code is the key's.
    assert_eq!(Billing::Counted as i32, 7004);
    assert_eq!(Billing::Counted.code(), 9000);
    assert_eq!(Billing::from_code(9000), Some(Billing::Counted));
    assert_eq!(Billing::from_code(7004), None);
}

#[test]
fn discriminants_in_an_enum_with_a_catch_all() {
    assert_eq!(WithCatchAll::from_code(5), Some(WithCatchAll::Five));
    assert_eq!(WithCatchAll::MinusSix.code(), -6);
    // The catch-all's discriminant is no code: 100 is unknown, kept.
    assert_eq!(
        WithCatchAll::from_code(100),
        Some(WithCatchAll::Unknown(100))
    );
    assert!(!WithCatchAll::Unknown(100).is_documented());
    assert_eq!(WithCatchAll::CODES, &[5, -6]);
}

#[test]
fn a_prefixed_code_is_compared_by_its_number() {
    assert_eq!(Koe::Consent as i32, 320);
    assert_eq!(Koe::Consent.code(), 320);
    assert_eq!(Koe::from_code_str("KOE320"), Some(Koe::Consent));
    assert_eq!(Koe::Consent.to_string(), "[KOE320] Consent.");
}
