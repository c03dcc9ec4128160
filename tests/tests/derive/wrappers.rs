//! Wrappers: enums with `transparent` variants. Lookup order (own codes, members in order, then
//! `other`), `CODES`, `From<Inner>`, names through members, and delegation of every accessor.

#[allow(dead_code)]
use crate::derive_support::Hand;
use kakao_errors::{KakaoError, UnknownCode};

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Login {
    /// The user has not agreed to provide the requested scope.
    #[kakao(
        code = -402,
        status = 403,
        message_ko = "동의하지 않았습니다.",
        solution = "Request additional consent.",
        solution_ko = "추가 동의를 요청하세요."
    )]
    InsufficientScope,
    /// Invalid token.
    #[kakao(code = -401, status = 401)]
    InvalidToken,
    /// Shares its name with a variant of `App` and of `Talk`.
    #[kakao(code = -499)]
    Expired,
    /// Shares its name with a variant of `Talk`.
    #[kakao(code = -498)]
    Timeout,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Talk {
    /// Talk is not connected.
    #[kakao(code = -501, status = 400)]
    NotTalkUser,
    /// Try again later.
    #[kakao(code = -502, retry = true)]
    Busy,
    /// Same name as in `Login`.
    #[kakao(code = -598)]
    Timeout,
    /// Same name as in `Login` and `App`.
    #[kakao(code = -599)]
    Expired,
}

/// Own codes declared around the members, to show they still come first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum App {
    /// The card was declined.
    #[kakao(code = 7001, status = 402, solution = "Ask for another card.")]
    CardDeclined,
    #[kakao(transparent)]
    Login(Login),
    /// Own variant with a member's variant name.
    #[kakao(code = 7002, retry = true)]
    Expired,
    #[kakao(transparent)]
    Talk(Talk),
    #[kakao(transparent)]
    Hand(Hand),
    #[kakao(other)]
    Unknown(i32),
}

/// A wrapper with members only and no catch-all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Members {
    #[kakao(transparent)]
    Talk(Talk),
    #[kakao(transparent)]
    Login(Login),
}

#[test]
fn own_codes_are_found() {
    assert_eq!(App::from_code(7001), Some(App::CardDeclined));
    assert_eq!(App::from_code(7002), Some(App::Expired));
}

#[test]
fn member_codes_are_found_through_the_member() {
    assert_eq!(
        App::from_code(-402),
        Some(App::Login(Login::InsufficientScope))
    );
    assert_eq!(App::from_code(-598), Some(App::Talk(Talk::Timeout)));
    assert_eq!(App::from_code(901), Some(App::Hand(Hand::B)));
    assert_eq!(
        Members::from_code(-499),
        Some(Members::Login(Login::Expired))
    );
    assert_eq!(
        Members::from_code(-501),
        Some(Members::Talk(Talk::NotTalkUser))
    );
}

#[test]
fn unknown_codes_fall_to_the_catch_all() {
    for code in [0, 1, -403, 7000, 902, i32::MIN, i32::MAX] {
        assert_eq!(
            App::from_code(code),
            Some(App::Unknown(code)),
            "code {code}"
        );
    }
}

#[test]
fn without_a_catch_all_unknown_codes_are_none() {
    assert_eq!(Members::from_code(7001), None);
    assert_eq!(Members::from_code(0), None);
    assert_eq!(
        Members::try_from(7001),
        Err(UnknownCode::new("Members", 7001))
    );
}

#[test]
fn codes_list_own_codes_then_each_members_codes() {
    assert_eq!(
        <App as KakaoError>::CODES,
        &[
            7001, 7002, -402, -401, -499, -498, -501, -502, -598, -599, 900, 901
        ]
    );
    assert_eq!(
        <Members as KakaoError>::CODES,
        &[-501, -502, -598, -599, -402, -401, -499, -498]
    );
}

#[test]
fn every_code_round_trips() {
    for &code in <App as KakaoError>::CODES {
        let e = App::from_code(code).unwrap();
        assert_eq!(e.code(), code);
        // Names may be shadowed (see `from_name_prefers_own_names_then_members_in_order`),
        // so only the name is sure to survive the trip.
        let by_name = App::from_name(e.name()).unwrap();
        assert_eq!(by_name.name(), e.name());
        if !["Expired", "Timeout"].contains(&e.name()) {
            assert_eq!(by_name, e);
        }
    }
}

#[test]
fn from_inner() {
    assert_eq!(
        App::from(Login::InvalidToken),
        App::Login(Login::InvalidToken)
    );
    assert_eq!(App::from(Talk::Busy), App::Talk(Talk::Busy));
    assert_eq!(App::from(Hand::A), App::Hand(Hand::A));
    let lifted: Members = Talk::Busy.into();
    assert_eq!(lifted, Members::Talk(Talk::Busy));
}

#[test]
fn question_mark_lifts_a_member_into_the_wrapper() {
    fn login() -> Result<(), Login> {
        Err(Login::InvalidToken)
    }
    fn app() -> Result<(), App> {
        login()?;
        Ok(())
    }
    assert_eq!(app(), Err(App::Login(Login::InvalidToken)));
}

#[test]
fn name_is_the_innermost_variant_name() {
    assert_eq!(App::CardDeclined.name(), "CardDeclined");
    assert_eq!(App::Expired.name(), "Expired");
    assert_eq!(
        App::Login(Login::InsufficientScope).name(),
        "InsufficientScope"
    );
    assert_eq!(App::Talk(Talk::Busy).name(), "Busy");
    assert_eq!(App::Hand(Hand::A).name(), "HandA");
    assert_eq!(App::Unknown(5).name(), "Unknown");
}

#[test]
fn from_name_reaches_through_members() {
    assert_eq!(
        App::from_name("InsufficientScope"),
        Some(App::Login(Login::InsufficientScope))
    );
    assert_eq!(
        App::from_name("NotTalkUser"),
        Some(App::Talk(Talk::NotTalkUser))
    );
    assert_eq!(App::from_name("HandB"), Some(App::Hand(Hand::B)));
    assert_eq!(App::from_name("CardDeclined"), Some(App::CardDeclined));
}

#[test]
fn from_name_prefers_own_names_then_members_in_order() {
    // `Expired` is an own variant of App, and a variant of Login and Talk.
    assert_eq!(App::from_name("Expired"), Some(App::Expired));
    // `Timeout` is in Login (declared first in App) and Talk.
    assert_eq!(App::from_name("Timeout"), Some(App::Login(Login::Timeout)));
    // Members declares Talk first.
    assert_eq!(
        Members::from_name("Timeout"),
        Some(Members::Talk(Talk::Timeout))
    );
    assert_eq!(
        Members::from_name("Expired"),
        Some(Members::Talk(Talk::Expired))
    );
}

#[test]
fn from_name_of_a_transparent_variant_name_is_none() {
    // No value is called `Login` or `Talk`: name() gives the inner names.
    assert_eq!(App::from_name("Login"), None);
    assert_eq!(App::from_name("Talk"), None);
    assert_eq!(App::from_name("Hand"), None);
    assert_eq!(App::from_name("Unknown"), None);
    assert_eq!(App::from_name("Nope"), None);
}

#[test]
fn accessors_delegate_to_the_member() {
    let e = App::Login(Login::InsufficientScope);
    let inner = Login::InsufficientScope;
    assert_eq!(e.code(), -402);
    assert_eq!(e.status(), Some(403));
    assert!(!e.is_retryable());
    assert_eq!(e.message(), inner.message());
    assert_eq!(
        e.message(),
        "The user has not agreed to provide the requested scope."
    );
    assert_eq!(e.message_ko(), Some("동의하지 않았습니다."));
    assert_eq!(e.solution(), Some("Request additional consent."));
    assert_eq!(e.solution_ko(), Some("추가 동의를 요청하세요."));
    assert_eq!(e.to_string(), inner.to_string());

    let e = App::Talk(Talk::Busy);
    assert_eq!(e.code(), -502);
    assert_eq!(e.status(), None);
    assert!(e.is_retryable());
    assert_eq!(e.message(), "Try again later.");
    assert_eq!(e.solution(), None);
}

#[test]
fn accessors_delegate_to_a_hand_written_member() {
    let e = App::Hand(Hand::A);
    assert_eq!(e.code(), 900);
    assert_eq!(e.status(), Some(418));
    assert!(e.is_retryable());
    assert_eq!(e.message(), "hand message");
    assert_eq!(e.message_ko(), Some("수동 메시지"));
    assert_eq!(e.solution(), Some("hand solution"));
    assert_eq!(e.solution_ko(), Some("수동 해결"));
}

#[test]
fn own_variants_keep_their_own_attributes() {
    assert_eq!(App::CardDeclined.status(), Some(402));
    assert!(!App::CardDeclined.is_retryable());
    assert_eq!(App::CardDeclined.solution(), Some("Ask for another card."));
    assert!(App::Expired.is_retryable());
    assert_eq!(
        App::Expired.message(),
        "Own variant with a member's variant name."
    );
}
