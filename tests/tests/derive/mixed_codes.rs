//! One wrapper over tables of plain codes (`-402`) and of prefixed codes (`KOE320`, `KAE004`):
//! the code as written finds every member, a bare number only the plain ones, each value keeps
//! the way its code is written, and unknown codes land where their prefix says. The tables are
//! this file's own, so nothing here depends on the crate's data; one test uses the crate's
//! tables the way an application would.

#[allow(dead_code)]
use crate::derive_support::Hand;
use kakao_errors::{ErrorCode, KakaoError};

/// Plain codes, with a catch-all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
#[kakao(serde)]
pub enum Rest {
    /// Scope missing.
    #[kakao(code = -402, status = 403)]
    Scope,
    /// Shares its number with `Koe::Consent`, written another way.
    #[kakao(code = 320)]
    ThreeTwenty,
    #[kakao(other)]
    Unknown(i32),
}

/// `KOE` codes, with a catch-all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
#[kakao(serde)]
pub enum Koe {
    /// Consent refused.
    #[kakao(code = "KOE320")]
    Consent,
    /// Redirect URI.
    #[kakao(code = "KOE006")]
    Redirect,
    #[kakao(other)]
    Unknown(i32),
}

/// More `KOE` codes, with a catch-all of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Business {
    /// Wrong app type.
    #[kakao(code = "KOE101")]
    AppType,
    #[kakao(other)]
    Unknown(i32),
}

/// `KAE` codes, without a catch-all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Kae {
    /// Channel not found.
    #[kakao(code = "KAE004")]
    NoChannel,
}

/// The brief's shape: plain and prefixed members, and a catch-all of plain codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
#[kakao(serde)]
pub enum App {
    #[kakao(transparent)]
    Rest(Rest),
    #[kakao(transparent)]
    Koe(Koe),
    #[kakao(transparent)]
    Business(Business),
    #[kakao(transparent)]
    Kae(Kae),
    #[kakao(other)]
    Unknown(i32),
}

#[test]
fn the_code_as_written_finds_every_member() {
    assert_eq!(App::from_code_str("-402"), Some(App::Rest(Rest::Scope)));
    assert_eq!(App::from_code_str(" -402 "), Some(App::Rest(Rest::Scope)));
    assert_eq!(App::from_code_str("KOE320"), Some(App::Koe(Koe::Consent)));
    assert_eq!(App::from_code_str("koe006"), Some(App::Koe(Koe::Redirect)));
    assert_eq!(
        App::from_code_str("KOE101"),
        Some(App::Business(Business::AppType))
    );
    assert_eq!(App::from_code_str("KAE004"), Some(App::Kae(Kae::NoChannel)));
    // A plain 320 and a KOE320 are two codes.
    assert_eq!(
        App::from_code_str("320"),
        Some(App::Rest(Rest::ThreeTwenty))
    );
    for (code, value) in [
        (ErrorCode::prefixed("KOE", 3, 320), App::Koe(Koe::Consent)),
        (ErrorCode::prefixed("kae", 0, 4), App::Kae(Kae::NoChannel)),
        (ErrorCode::new(-402), App::Rest(Rest::Scope)),
    ] {
        assert_eq!(App::from_error_code(code), Some(value), "{code}");
        assert_eq!(value.error_code(), code);
    }
    // Text that is no code.
    for text in ["", "KOE", "K0E320", "KOE32x", "- 402"] {
        assert_eq!(App::from_code_str(text), None, "{text:?}");
    }
}

#[test]
fn a_bare_number_finds_the_plain_codes_only() {
    assert_eq!(App::from_code(-402), Some(App::Rest(Rest::Scope)));
    assert_eq!(App::from_code(320), Some(App::Rest(Rest::ThreeTwenty)));
    assert_eq!(
        App::from_code_and_status(-402, 403),
        Some(App::Rest(Rest::Scope))
    );
    // 6 is KOE006's number, not a plain code: the plain catch-all of the first member that
    // has one for plain codes... `App`'s own comes first.
    assert_eq!(App::from_code(6), Some(App::Unknown(6)));
    assert_eq!(App::try_from(6), Ok(App::Unknown(6)));
    // The number form is plain, and `CODES` lists what `from_code` finds.
    assert_eq!((App::CODE_PREFIX, App::CODE_DIGITS), ("", 0));
    assert_eq!(App::CODES, &[-402, 320]);
    for &code in App::CODES {
        assert_eq!(App::from_code(code).map(|value| value.code()), Some(code));
    }
}

#[test]
fn unknown_codes_land_where_their_prefix_says() {
    // Plain: the wrapper's catch-all.
    assert_eq!(App::from_code_str("-12345"), Some(App::Unknown(-12345)));
    assert_eq!(App::from_code(-12345), Some(App::Unknown(-12345)));
    // KOE: the last member with a catch-all for KOE codes, never the plain catch-all.
    assert_eq!(
        App::from_code_str("KOE999"),
        Some(App::Business(Business::Unknown(999)))
    );
    assert_eq!(
        App::from_error_code(ErrorCode::prefixed("KOE", 3, 999)),
        Some(App::Business(Business::Unknown(999)))
    );
    // KAE: no member keeps unknown KAE codes; an unknown prefix neither.
    assert_eq!(App::from_code_str("KAE999"), None);
    assert_eq!(App::from_code_str("XYZ1"), None);
}

#[test]
fn every_value_keeps_the_way_its_code_is_written() {
    let cases = [
        (
            App::Rest(Rest::Scope),
            "-402",
            "[-402] Scope missing.",
            "Scope",
            true,
        ),
        (
            App::Koe(Koe::Consent),
            "KOE320",
            "[KOE320] Consent refused.",
            "Consent",
            true,
        ),
        (
            App::Koe(Koe::Redirect),
            "KOE006",
            "[KOE006] Redirect URI.",
            "Redirect",
            true,
        ),
        (
            App::Kae(Kae::NoChannel),
            "KAE004",
            "[KAE004] Channel not found.",
            "NoChannel",
            true,
        ),
        (
            App::Business(Business::Unknown(999)),
            "KOE999",
            "[KOE999] unknown error code",
            "Unknown",
            false,
        ),
        (
            App::Unknown(7),
            "7",
            "[7] unknown error code",
            "Unknown",
            false,
        ),
    ];
    for (value, code, display, name, documented) in cases {
        assert_eq!(value.error_code().to_string(), code);
        assert_eq!(value.to_string(), display);
        assert_eq!(value.name(), name);
        assert_eq!(value.is_documented(), documented, "{value:?}");
        // And the text it writes finds it again.
        assert_eq!(App::from_code_str(code), Some(value));
    }
    assert_eq!(App::Koe(Koe::Consent).code(), 320);
    assert_eq!(App::Rest(Rest::Scope).status(), Some(403));
}

#[test]
fn serde_reads_back_what_it_writes() {
    let values = [
        App::Rest(Rest::Scope),
        App::Rest(Rest::ThreeTwenty),
        App::Koe(Koe::Consent),
        App::Business(Business::Unknown(5)),
        App::Unknown(-9),
    ];
    let json = serde_json::to_string(&values).unwrap();
    // Plain codes as numbers, prefixed ones as Kakao writes them.
    assert_eq!(json, r#"[-402,320,"KOE320","KOE005",-9]"#);
    let back: Vec<App> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, values);
    // A code is all a value writes: the catch-all value of a member that is not the one
    // unknown KOE codes land in reads back as the one they land in.
    let json = serde_json::to_string(&App::Koe(Koe::Unknown(5))).unwrap();
    assert_eq!(
        serde_json::from_str::<App>(&json).unwrap(),
        App::Business(Business::Unknown(5))
    );
    // A number, or a string holding one, is a plain code.
    assert_eq!(
        serde_json::from_str::<App>(r#""-402""#).unwrap(),
        App::Rest(Rest::Scope)
    );
    assert_eq!(serde_json::from_str::<App>("6").unwrap(), App::Unknown(6));
    let error = serde_json::from_str::<App>(r#""KAE999""#).unwrap_err();
    assert!(
        error.to_string().contains("App has no error code KAE999"),
        "{error}"
    );
    assert!(serde_json::from_str::<App>(r#""not a code""#).is_err());
}

/// Own codes written with a prefix, beside a table of plain codes: the number form is `KOE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum OwnKoe {
    /// Own KOE400.
    #[kakao(code = "KOE400")]
    Own,
    #[kakao(transparent)]
    Rest(Rest),
    #[kakao(other)]
    Unknown(i32),
}

#[test]
fn the_number_form_is_the_own_codes_form() {
    assert_eq!((OwnKoe::CODE_PREFIX, OwnKoe::CODE_DIGITS), ("KOE", 3));
    assert_eq!(OwnKoe::CODES, &[400]);
    assert_eq!(OwnKoe::from_code(400), Some(OwnKoe::Own));
    // A bare number is a KOE code here: unknown ones are the own catch-all's.
    assert_eq!(OwnKoe::from_code(-402), Some(OwnKoe::Unknown(-402)));
    assert_eq!(
        OwnKoe::Unknown(7).to_string(),
        "[KOE007] unknown error code"
    );
    // Plain codes are found as written, and an unknown one lands in `Rest`'s catch-all.
    assert_eq!(
        OwnKoe::from_code_str("-402"),
        Some(OwnKoe::Rest(Rest::Scope))
    );
    assert_eq!(
        OwnKoe::from_code_str("-1"),
        Some(OwnKoe::Rest(Rest::Unknown(-1)))
    );
    assert_eq!(OwnKoe::from_code_str("KOE1"), Some(OwnKoe::Unknown(1)));
}

/// A mixed wrapper inside another: everything flattens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Outer {
    /// Own plain code.
    #[kakao(code = 9000)]
    Own,
    #[kakao(transparent)]
    App(App),
}

#[test]
fn nested_wrappers_of_several_forms() {
    assert_eq!(
        Outer::from_code_str("KOE320"),
        Some(Outer::App(App::Koe(Koe::Consent)))
    );
    assert_eq!(
        Outer::from_code(-402),
        Some(Outer::App(App::Rest(Rest::Scope)))
    );
    assert_eq!(Outer::from_code(1), Some(Outer::App(App::Unknown(1))));
    assert_eq!(Outer::CODES, &[9000, -402, 320]);
    assert_eq!(
        Outer::App(App::Kae(Kae::NoChannel))
            .error_code()
            .to_string(),
        "KAE004"
    );
}

/// A wrapper of prefixed tables of two prefixes only: its catch-all keeps plain codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Prefixes {
    #[kakao(transparent)]
    Koe(Koe),
    #[kakao(transparent)]
    Kae(Kae),
}

#[test]
fn members_of_two_prefixes_have_a_plain_number_form() {
    assert_eq!((Prefixes::CODE_PREFIX, Prefixes::CODES), ("", &[][..]));
    assert_eq!(Prefixes::from_code(320), None);
    assert_eq!(
        Prefixes::from_code_str("KOE7"),
        Some(Prefixes::Koe(Koe::Unknown(7)))
    );
    assert_eq!(
        Prefixes::from_code_str("KAE004"),
        Some(Prefixes::Kae(Kae::NoChannel))
    );
}

#[test]
fn the_crate_tables_in_one_application_error() {
    use kakao_errors::channel::KaeError;
    use kakao_errors::oauth::KoeError;
    use kakao_errors::rest::{self, ApiError};

    #[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
    enum AppError {
        #[kakao(transparent)]
        Kakao(ApiError),
        #[kakao(transparent)]
        Login(KoeError),
        #[kakao(transparent)]
        Channel(KaeError),
        #[kakao(other)]
        Unknown(i32),
    }

    assert_eq!(
        AppError::from_code_str("KOE320"),
        Some(AppError::Login(KoeError::AuthorizationCodeNotFound))
    );
    assert_eq!(
        AppError::from_code_str("-402"),
        Some(AppError::Kakao(ApiError::Login(
            rest::Login::InsufficientScope
        )))
    );
    let kae = AppError::from_code_str("KAE004").unwrap();
    assert_eq!(kae.error_code().to_string(), "KAE004");
    assert!(matches!(kae, AppError::Channel(_)));
    assert_eq!(
        AppError::from_code_str("KOE999"),
        Some(AppError::Login(KoeError::Unknown(999)))
    );
    assert_eq!(
        AppError::from_code(-123_456),
        Some(AppError::Unknown(-123_456))
    );
    assert_eq!(AppError::CODES, ApiError::CODES);
}

/// A hand-written member of plain codes (the trait's defaults) beside a prefixed table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum WithHand {
    #[kakao(transparent)]
    Koe(Koe),
    #[kakao(transparent)]
    Hand(Hand),
}

#[test]
fn a_hand_written_member_is_found_by_its_code_as_written() {
    // The defaults: the code written with the type's prefix, or nothing.
    assert_eq!(Hand::from_error_code(ErrorCode::new(900)), Some(Hand::A));
    assert_eq!(
        Hand::from_error_code(ErrorCode::prefixed("KOE", 3, 900)),
        None
    );
    assert_eq!(Hand::from_code_str("901"), Some(Hand::B));
    // Through a wrapper of several forms.
    assert_eq!(
        WithHand::from_code_str("900"),
        Some(WithHand::Hand(Hand::A))
    );
    assert_eq!(
        WithHand::from_code_str("KOE006"),
        Some(WithHand::Koe(Koe::Redirect))
    );
    assert_eq!(WithHand::Hand(Hand::B).error_code(), ErrorCode::new(901));
    assert_eq!(WithHand::from_code(900), Some(WithHand::Hand(Hand::A)));
    // No member keeps unknown plain codes; `Koe` keeps unknown KOE ones.
    assert_eq!(WithHand::from_code(5), None);
    assert_eq!(
        WithHand::from_code_str("KOE5"),
        Some(WithHand::Koe(Koe::Unknown(5)))
    );
    assert_eq!(WithHand::CODES, &[900, 901]);
}
