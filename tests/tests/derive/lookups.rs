//! Looking codes up: `from_code` (trait and inherent `const fn`), `CODES`, `TryFrom<i32>` with
//! `UnknownCode`, and `VARIANTS`.

use kakao_errors::{KakaoError, UnknownCode};

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Login {
    /// The user has not agreed to provide the requested scope.
    #[kakao(code = -402, status = 403)]
    InsufficientScope,
    /// The access token is invalid or expired.
    #[kakao(code = -401, status = 401)]
    InvalidToken,
    /// The largest code there is.
    #[kakao(code = 2147483647)]
    Largest,
    /// The smallest code there is.
    #[kakao(code = -2147483648)]
    Smallest,
    /// Zero is a code like any other.
    #[kakao(code = 0)]
    Zero,
    /// Declared last but numerically between the others.
    #[kakao(code = 5)]
    Five,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum WithCatchAll {
    /// Known.
    #[kakao(code = 10)]
    Known,
    /// Anything else.
    #[kakao(other)]
    Unknown(i32),
    /// Declared after the catch-all.
    #[kakao(code = 11)]
    AfterCatchAll,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Wrapper {
    /// Own code.
    #[kakao(code = 1)]
    Own,
    #[kakao(transparent)]
    Login(Login),
}

const ALL_LOGIN: [Login; 6] = [
    Login::InsufficientScope,
    Login::InvalidToken,
    Login::Largest,
    Login::Smallest,
    Login::Zero,
    Login::Five,
];

// The inherent `const fn from_code` is usable in constants.
const FOUND: Option<Login> = Login::from_code(-402);
const MISSING: Option<Login> = Login::from_code(-403);
const CAUGHT: Option<WithCatchAll> = WithCatchAll::from_code(-7);
const _: () = assert!(matches!(FOUND, Some(Login::InsufficientScope)));
const _: () = assert!(MISSING.is_none());
const _: () = assert!(matches!(CAUGHT, Some(WithCatchAll::Unknown(-7))));
// CODES is usable in constants too, e.g. to size an array.
const CODE_COUNT: usize = <Login as KakaoError>::CODES.len();

const fn is_login_code(code: i32) -> bool {
    Login::from_code(code).is_some()
}
const _: () = assert!(is_login_code(i32::MIN));
const _: () = assert!(!is_login_code(6));

#[test]
fn from_code_finds_every_variant() {
    assert_eq!(Login::from_code(-402), Some(Login::InsufficientScope));
    assert_eq!(Login::from_code(-401), Some(Login::InvalidToken));
    assert_eq!(Login::from_code(i32::MAX), Some(Login::Largest));
    assert_eq!(Login::from_code(i32::MIN), Some(Login::Smallest));
    assert_eq!(Login::from_code(0), Some(Login::Zero));
    assert_eq!(Login::from_code(5), Some(Login::Five));
}

#[test]
fn from_code_of_an_unlisted_code_is_none() {
    for code in [-403, -400, 402, 1, 4, 6, i32::MAX - 1, i32::MIN + 1] {
        assert_eq!(Login::from_code(code), None, "code {code}");
        assert_eq!(<Login as KakaoError>::from_code(code), None, "code {code}");
    }
}

#[test]
fn trait_and_inherent_from_code_agree() {
    for code in (-1000..=1000).chain([i32::MIN, i32::MAX]) {
        assert_eq!(
            Login::from_code(code),
            <Login as KakaoError>::from_code(code),
            "code {code}"
        );
        assert_eq!(
            WithCatchAll::from_code(code),
            <WithCatchAll as KakaoError>::from_code(code),
            "code {code}"
        );
    }
}

#[test]
fn from_code_and_code_round_trip() {
    for variant in ALL_LOGIN {
        assert_eq!(Login::from_code(variant.code()), Some(variant));
    }
    for &code in <Login as KakaoError>::CODES {
        assert_eq!(Login::from_code(code).map(|e| e.code()), Some(code));
    }
}

#[test]
fn codes_are_in_declaration_order() {
    assert_eq!(
        <Login as KakaoError>::CODES,
        &[-402, -401, i32::MAX, i32::MIN, 0, 5]
    );
    assert_eq!(CODE_COUNT, 6);
}

#[test]
fn codes_leave_out_the_catch_all() {
    assert_eq!(<WithCatchAll as KakaoError>::CODES, &[10, 11]);
}

#[test]
fn codes_of_a_wrapper_list_own_then_members() {
    assert_eq!(
        <Wrapper as KakaoError>::CODES,
        &[1, -402, -401, i32::MAX, i32::MIN, 0, 5]
    );
}

#[test]
fn a_code_declared_after_the_catch_all_is_still_found() {
    assert_eq!(
        WithCatchAll::from_code(11),
        Some(WithCatchAll::AfterCatchAll)
    );
    assert_eq!(WithCatchAll::from_code(10), Some(WithCatchAll::Known));
    assert_eq!(WithCatchAll::from_code(12), Some(WithCatchAll::Unknown(12)));
}

#[test]
fn const_from_code_works_at_compile_time() {
    assert_eq!(FOUND, Some(Login::InsufficientScope));
    assert_eq!(MISSING, None);
    assert_eq!(CAUGHT, Some(WithCatchAll::Unknown(-7)));
}

#[test]
fn try_from_a_known_code() {
    assert_eq!(Login::try_from(-402), Ok(Login::InsufficientScope));
    let converted: Result<Login, UnknownCode> = 5.try_into();
    assert_eq!(converted, Ok(Login::Five));
}

#[test]
fn try_from_an_unknown_code_names_the_enum_and_the_code() {
    let err = Login::try_from(-403).unwrap_err();
    assert_eq!(err, UnknownCode::new("Login", -403));
    assert_eq!(err.code(), -403);
    assert_eq!(err.type_name(), "Login");
    assert_eq!(err.to_string(), "Login has no error code -403");
}

#[test]
fn try_from_through_a_wrapper() {
    assert_eq!(
        Wrapper::try_from(-401),
        Ok(Wrapper::Login(Login::InvalidToken))
    );
    assert_eq!(Wrapper::try_from(1), Ok(Wrapper::Own));
    assert_eq!(Wrapper::try_from(2), Err(UnknownCode::new("Wrapper", 2)));
}

#[test]
fn try_from_never_fails_with_a_catch_all() {
    for code in [i32::MIN, -1, 0, 10, 11, 12, i32::MAX] {
        let value = WithCatchAll::try_from(code).expect("a catch-all takes every code");
        assert_eq!(value.code(), code);
    }
}

#[test]
fn variants_in_declaration_order() {
    assert_eq!(Login::VARIANTS, &ALL_LOGIN);
    let codes: Vec<i32> = Login::VARIANTS.iter().map(KakaoError::code).collect();
    assert_eq!(codes, <Login as KakaoError>::CODES);
}

#[test]
fn variants_leave_out_the_catch_all() {
    assert_eq!(
        WithCatchAll::VARIANTS,
        &[WithCatchAll::Known, WithCatchAll::AfterCatchAll]
    );
}
