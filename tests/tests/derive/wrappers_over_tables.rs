//! A user's own wrappers over the crate's tables (`rest::Login`, `rest::TalkMessage`,
//! `rest::ApiError`), the way the crate docs suggest writing them.

use kakao_errors::KakaoError;
use kakao_errors::rest::{ApiError, Login, TalkMessage};

/// The crate docs' example: own codes, then every REST API code (and its catch-all).
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum AppError {
    /// The card was declined.
    #[kakao(code = 7001, status = 402, solution = "Ask the user for another card.")]
    CardDeclined,
    #[kakao(transparent)]
    Kakao(ApiError),
}

/// Two of the per-product tables (no catch-all of their own) and an own catch-all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Messaging {
    /// The message template is ours and broken.
    #[kakao(code = 9001)]
    BadTemplate,
    #[kakao(transparent)]
    Login(Login),
    #[kakao(transparent)]
    Talk(TalkMessage),
    #[kakao(other)]
    Unknown(i32),
}

#[test]
fn codes_are_own_then_the_tables() {
    let codes = <AppError as KakaoError>::CODES;
    assert_eq!(codes[0], 7001);
    assert_eq!(&codes[1..], <ApiError as KakaoError>::CODES);

    let codes = <Messaging as KakaoError>::CODES;
    let login = <Login as KakaoError>::CODES;
    assert_eq!(codes[0], 9001);
    assert_eq!(&codes[1..=login.len()], login);
    assert_eq!(
        &codes[1 + login.len()..],
        <TalkMessage as KakaoError>::CODES
    );
}

#[test]
fn a_documented_code_reaches_the_table() {
    let e = AppError::from_code(-402).unwrap();
    assert_eq!(
        e,
        AppError::Kakao(ApiError::Login(Login::InsufficientScope))
    );
    assert_eq!(e.name(), "InsufficientScope");
    assert_eq!(e.status(), Some(403));
    assert!(!e.is_retryable());
    assert_eq!(e.message(), Login::InsufficientScope.message());
    assert_eq!(e.solution(), Login::InsufficientScope.solution());
    assert_eq!(e.to_string(), Login::InsufficientScope.to_string());
    assert_eq!(AppError::from_name("InsufficientScope"), Some(e));

    let e = Messaging::from_code(-402).unwrap();
    assert_eq!(e, Messaging::Login(Login::InsufficientScope));
    assert_eq!(
        Messaging::from_code(-502),
        Some(Messaging::Talk(TalkMessage::NotFriend))
    );
    // Delegated to the row: cached friend data expires later than any backoff.
    let not_friend = Messaging::from_code(-502).unwrap();
    assert!(!not_friend.is_retryable());
    assert_eq!(not_friend.remedy(), kakao_errors::Remedy::RetryLater);
}

#[test]
fn every_table_code_round_trips_through_the_wrapper() {
    for &code in <AppError as KakaoError>::CODES {
        let e = AppError::from_code(code).unwrap();
        assert_eq!(e.code(), code);
        if code != 7001 {
            let inner = ApiError::from_code(code).unwrap();
            assert_eq!(e, AppError::Kakao(inner));
            assert_eq!(e.name(), inner.name());
            assert_eq!(e.status(), inner.status());
            assert_eq!(e.is_retryable(), inner.is_retryable());
            assert_eq!(e.message_ko(), inner.message_ko());
            assert_eq!(e.solution_ko(), inner.solution_ko());
        }
    }
}

#[test]
fn own_codes_keep_their_attributes() {
    let e = AppError::from_code(7001).unwrap();
    assert_eq!(e, AppError::CardDeclined);
    assert_eq!(e.status(), Some(402));
    assert_eq!(e.to_string(), "[7001] The card was declined.");
    assert_eq!(e.solution(), Some("Ask the user for another card."));
}

#[test]
fn unknown_codes_go_to_api_errors_catch_all() {
    // AppError has no catch-all; ApiError, its last member, has one and takes every code.
    let e = AppError::from_code(-123_456).unwrap();
    assert_eq!(e, AppError::Kakao(ApiError::Unknown(-123_456)));
    assert_eq!(e.code(), -123_456);
    assert_eq!(e.status(), None);
    assert_eq!(
        AppError::try_from(0),
        Ok(AppError::Kakao(ApiError::Unknown(0)))
    );
    assert_eq!(AppError::from_name("Unknown"), None);
}

#[test]
fn unknown_codes_go_to_the_own_catch_all_over_tables_without_one() {
    // -1 is a Common code: neither Login nor TalkMessage has it.
    assert_eq!(Messaging::from_code(-1), Some(Messaging::Unknown(-1)));
    assert_eq!(Messaging::Unknown(-1).status(), None);
}

#[test]
fn question_mark_lifts_a_table_into_the_wrapper() {
    fn login() -> Result<(), ApiError> {
        Err(Login::InsufficientScope)?;
        Ok(())
    }
    fn app() -> Result<(), AppError> {
        login()?;
        Ok(())
    }
    assert_eq!(
        app(),
        Err(AppError::Kakao(ApiError::Login(Login::InsufficientScope)))
    );
    assert_eq!(
        Messaging::from(TalkMessage::NotFriend),
        Messaging::Talk(TalkMessage::NotFriend)
    );
}
