//! `Display` (`[code] message`, delegated through `transparent`, the catch-all's text) and
//! `Error::source`.

use crate::derive_support::{Hand, source_text};
#[allow(dead_code)]
use core::error::Error;
use kakao_errors::KakaoError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Login {
    /// If a user has not agreed to provide the scope.
    #[kakao(code = -402, status = 403)]
    InsufficientScope,
    /// Positive code.
    #[kakao(code = 7001, message = "From the message key.")]
    Positive,
    /// The first paragraph
    /// on two lines.
    ///
    /// Not shown.
    #[kakao(code = 0, message_ko = "표시되지 않음", solution = "Not shown either.")]
    Zero,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Plain {
    /// Known.
    #[kakao(code = 1)]
    Known,
    /// The doc comment of a catch-all documents the variant; it is not the message.
    #[kakao(other)]
    Unknown(i32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Custom {
    /// Known.
    #[kakao(code = 1)]
    Known,
    #[kakao(other, message = "a code this service does not document")]
    Unknown(i32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Wrapper {
    /// Own code.
    #[kakao(code = 42)]
    Own,
    #[kakao(transparent)]
    Login(Login),
    #[kakao(transparent)]
    Hand(Hand),
    #[kakao(other)]
    Unknown(i32),
}

#[test]
fn code_and_message() {
    assert_eq!(
        Login::InsufficientScope.to_string(),
        "[-402] If a user has not agreed to provide the scope."
    );
    assert_eq!(Login::Positive.to_string(), "[7001] From the message key.");
    assert_eq!(
        Login::Zero.to_string(),
        "[0] The first paragraph on two lines."
    );
}

#[test]
fn display_matches_code_and_message() {
    for &code in <Login as KakaoError>::CODES {
        let e = Login::from_code(code).unwrap();
        assert_eq!(e.to_string(), format!("[{}] {}", e.code(), e.message()));
    }
}

#[test]
fn transparent_delegates_to_the_inner_display() {
    assert_eq!(
        Wrapper::Login(Login::InsufficientScope).to_string(),
        Login::InsufficientScope.to_string()
    );
    // The hand-written member formats itself differently from `[code] message`: a wrapper that
    // formatted the code and message itself would not print this.
    assert_eq!(Wrapper::Hand(Hand::A).to_string(), "hand-written error 900");
    assert_eq!(Wrapper::Own.to_string(), "[42] Own code.");
}

#[test]
fn catch_all_says_the_code_is_unknown() {
    assert_eq!(
        Plain::Unknown(-12345).to_string(),
        "[-12345] unknown error code"
    );
    assert_eq!(
        Plain::from_code(77).unwrap().to_string(),
        "[77] unknown error code"
    );
    assert_eq!(Plain::Known.to_string(), "[1] Known.");
    assert_eq!(
        Wrapper::from_code(-9).unwrap().to_string(),
        "[-9] unknown error code"
    );
}

#[test]
fn catch_all_with_a_message_shows_it() {
    assert_eq!(
        Custom::Unknown(-12345).to_string(),
        "[-12345] a code this service does not document"
    );
}

#[test]
fn source_is_none_for_codes_and_catch_alls() {
    assert!(Login::InsufficientScope.source().is_none());
    assert!(Plain::Unknown(5).source().is_none());
    assert!(Wrapper::Own.source().is_none());
    assert!(Wrapper::Unknown(5).source().is_none());
    assert!(Wrapper::Login(Login::Zero).source().is_none());
}

#[test]
fn transparent_source_is_the_inner_source() {
    // The inner value's source, not the inner value itself.
    let e = Wrapper::Hand(Hand::B);
    assert_eq!(source_text(&e).as_deref(), Some("root cause"));
    assert_eq!(source_text(&e), source_text(&Hand::B));
}

#[test]
fn usable_as_a_boxed_error() {
    fn fails() -> Result<(), Box<dyn Error + Send + Sync>> {
        Err(Login::InsufficientScope)?;
        Ok(())
    }
    let err = fails().unwrap_err();
    assert_eq!(
        err.to_string(),
        "[-402] If a user has not agreed to provide the scope."
    );
    assert_eq!(err.downcast_ref::<Login>(), Some(&Login::InsufficientScope));
}
