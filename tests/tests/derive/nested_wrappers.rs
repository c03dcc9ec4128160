//! Wrappers of wrappers: `CODES` flattens, lookups and names reach the innermost value.

#[allow(dead_code)]
use crate::derive_support::{Hand, source_text};
use kakao_errors::KakaoError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Login {
    /// Scope missing.
    #[kakao(code = -402, status = 403, solution = "Ask for consent.")]
    InsufficientScope,
    /// Token invalid.
    #[kakao(code = -401, status = 401)]
    InvalidToken,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Talk {
    /// Busy.
    #[kakao(code = -502, retry = true)]
    Busy,
    /// Shares a name with `Outer::Duplicate`.
    #[kakao(code = -503)]
    Duplicate,
}

/// The middle level: own code, two members, no catch-all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Rest {
    /// Middle's own code.
    #[kakao(code = 100, status = 400)]
    Middle,
    #[kakao(transparent)]
    Login(Login),
    #[kakao(transparent)]
    Talk(Talk),
}

/// The outer level: own code, the middle wrapper, another member, a catch-all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Outer {
    /// Outer's own code.
    #[kakao(code = 200)]
    Top,
    /// Own variant with the same name as one deep inside.
    #[kakao(code = 201)]
    Duplicate,
    #[kakao(transparent)]
    Rest(Rest),
    #[kakao(transparent)]
    Hand(Hand),
    #[kakao(other)]
    Unknown(i32),
}

/// Three levels of wrapping, with nothing of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Top {
    #[kakao(transparent)]
    Outer(Outer),
}

/// A middle level with a catch-all of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum MiddleWithCatchAll {
    #[kakao(transparent)]
    Login(Login),
    #[kakao(other)]
    Unknown(i32),
}

/// Wraps a member whose catch-all answers every code; it has no `other` of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum OuterOverCatchAll {
    /// Own code.
    #[kakao(code = 300)]
    Own,
    #[kakao(transparent)]
    Middle(MiddleWithCatchAll),
}

#[test]
fn codes_flatten() {
    assert_eq!(<Rest as KakaoError>::CODES, &[100, -402, -401, -502, -503]);
    assert_eq!(
        <Outer as KakaoError>::CODES,
        &[200, 201, 100, -402, -401, -502, -503, 900, 901]
    );
    assert_eq!(<Top as KakaoError>::CODES, <Outer as KakaoError>::CODES);
    assert_eq!(<OuterOverCatchAll as KakaoError>::CODES, &[300, -402, -401]);
}

#[test]
fn lookups_reach_the_innermost() {
    assert_eq!(
        Outer::from_code(-402),
        Some(Outer::Rest(Rest::Login(Login::InsufficientScope)))
    );
    assert_eq!(Outer::from_code(100), Some(Outer::Rest(Rest::Middle)));
    assert_eq!(
        Outer::from_code(-502),
        Some(Outer::Rest(Rest::Talk(Talk::Busy)))
    );
    assert_eq!(Outer::from_code(900), Some(Outer::Hand(Hand::A)));
    assert_eq!(
        Top::from_code(-401),
        Some(Top::Outer(Outer::Rest(Rest::Login(Login::InvalidToken))))
    );
}

#[test]
fn unknown_codes_reach_the_outer_catch_all() {
    assert_eq!(Outer::from_code(-1), Some(Outer::Unknown(-1)));
    assert_eq!(Top::from_code(-1), Some(Top::Outer(Outer::Unknown(-1))));
    assert_eq!(Rest::from_code(-1), None);
}

#[test]
fn every_code_round_trips_at_every_level() {
    for &code in <Top as KakaoError>::CODES {
        let e = Top::from_code(code).unwrap();
        assert_eq!(e.code(), code);
        assert_eq!(Top::try_from(code), Ok(e));
    }
}

#[test]
fn names_are_the_innermost() {
    let e = Top::from_code(-402).unwrap();
    assert_eq!(e.name(), "InsufficientScope");
    assert_eq!(Top::from_name("InsufficientScope"), Some(e));
    assert_eq!(
        Top::from_name("Middle"),
        Some(Top::Outer(Outer::Rest(Rest::Middle)))
    );
    assert_eq!(
        Top::from_name("HandB"),
        Some(Top::Outer(Outer::Hand(Hand::B)))
    );
    assert_eq!(Top::from_code(7).unwrap().name(), "Unknown");
}

#[test]
fn own_names_of_each_level_come_first() {
    // `Duplicate` is Outer's own variant and Talk's, two levels down.
    assert_eq!(Outer::from_name("Duplicate"), Some(Outer::Duplicate));
    assert_eq!(
        Top::from_name("Duplicate"),
        Some(Top::Outer(Outer::Duplicate))
    );
    assert_eq!(
        Rest::from_name("Duplicate"),
        Some(Rest::Talk(Talk::Duplicate))
    );
}

#[test]
fn wrapper_variant_names_are_not_names() {
    for name in [
        "Outer", "Rest", "Login", "Talk", "Hand", "Unknown", "Middle ",
    ] {
        assert_eq!(Top::from_name(name), None, "{name}");
    }
}

#[test]
fn accessors_and_display_delegate_through_every_level() {
    let e = Top::from_code(-402).unwrap();
    assert_eq!(e.status(), Some(403));
    assert_eq!(e.solution(), Some("Ask for consent."));
    assert_eq!(e.message(), "Scope missing.");
    assert_eq!(e.to_string(), "[-402] Scope missing.");
    assert!(Top::from_code(-502).unwrap().is_retryable());
    assert_eq!(Top::from_code(100).unwrap().status(), Some(400));

    let hand = Top::from_code(901).unwrap();
    assert_eq!(hand.to_string(), "hand-written error 901");
    assert_eq!(source_text(&hand).as_deref(), Some("root cause"));
    assert_eq!(source_text(&e), None);
}

#[test]
fn a_member_with_a_catch_all_answers_every_code() {
    assert_eq!(
        OuterOverCatchAll::from_code(300),
        Some(OuterOverCatchAll::Own)
    );
    assert_eq!(
        OuterOverCatchAll::from_code(-402),
        Some(OuterOverCatchAll::Middle(MiddleWithCatchAll::Login(
            Login::InsufficientScope
        )))
    );
    assert_eq!(
        OuterOverCatchAll::from_code(12345),
        Some(OuterOverCatchAll::Middle(MiddleWithCatchAll::Unknown(
            12345
        )))
    );
    assert!(OuterOverCatchAll::try_from(i32::MIN).is_ok());
}

#[test]
fn from_inner_at_each_level() {
    let rest: Rest = Login::InvalidToken.into();
    let outer: Outer = rest.into();
    let top: Top = outer.into();
    assert_eq!(
        top,
        Top::Outer(Outer::Rest(Rest::Login(Login::InvalidToken)))
    );
}
