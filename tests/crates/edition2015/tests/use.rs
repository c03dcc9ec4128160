//! The edition 2015 tables in use, from an edition 2015 test crate.

extern crate kakao_errors;
extern crate kakao_errors_edition2015_test as tables;

use kakao_errors::rest::TalkMessage;
use kakao_errors::share::TalkShareError;
use kakao_errors::KakaoError;
use tables::wrappers::{App, Outer};
use tables::Login;

#[test]
fn names_later_editions_reserve() {
    assert_eq!(tables::async::from_code(9001), Some(tables::async::dyn));
    assert_eq!(tables::async::try.name(), "try");
    assert_eq!(tables::async::from_name("gen"), Some(tables::async::gen));
    assert_eq!(App::from_code(9002), Some(App::Async(tables::async::try)));
}

#[test]
fn leaf_table() {
    assert_eq!(Login::from_code(-402), Some(Login::InsufficientScope));
    assert_eq!(Login::from_code(5), Some(Login::Unknown(5)));
    assert_eq!(Login::Expired.to_string(), "[-401] Token expired.");
    assert_eq!(Login::Expired.status(), Some(401));
    assert_eq!(Login::from_name("Expired"), Some(Login::Expired));
    assert_eq!(<Login as KakaoError>::CODES, &[-402, -401]);
}

#[test]
fn wrappers() {
    assert_eq!(App::from_code(7001), Some(App::Own));
    assert_eq!(
        App::from_code(-402),
        Some(App::Login(Login::InsufficientScope))
    );
    let talk = TalkMessage::VARIANTS[0];
    assert_eq!(App::from_code(talk.code()), Some(App::Talk(talk)));
    // Unknown codes land in the catch-all of the last member that has one: TalkMessage,
    // the last member, has none; Login, before it, has.
    assert_eq!(App::from_code(-999), Some(App::Login(Login::Unknown(-999))));
    let share = TalkShareError::VARIANTS[0];
    assert_eq!(Outer::from_code(share.code()), Some(Outer::Share(share)));
    assert_eq!(
        Outer::from_code(-402),
        Some(Outer::App(App::Login(Login::InsufficientScope)))
    );
    assert_eq!(Outer::from(App::Own).code(), 7001);
    // Login's catch-all is looked through: an unknown code lands in the last member's.
    assert_eq!(
        Outer::from_code(123),
        Some(Outer::Share(TalkShareError::Unknown(123)))
    );
}
