//! The `other` catch-all: unknown codes kept, no name to build it from, and a member's catch-all
//! answering for a wrapper.

use kakao_errors::{KakaoError, UnknownCode};

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Share {
    /// Bad request.
    #[kakao(code = 4000, status = 400)]
    BadRequest,
    /// Try again later.
    #[kakao(code = 5001, status = 500, retry = true)]
    ServerError,
    /// Codes this enum does not list. (A doc comment here is not the message.)
    #[kakao(other)]
    Unknown(i32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Texts {
    /// Known.
    #[kakao(code = 1)]
    Known,
    #[kakao(
        other,
        message = "not a documented code",
        message_ko = "문서에 없는 코드",
        solution = "Report it.",
        solution_ko = "알려 주세요."
    )]
    Undocumented(i32),
}

/// The catch-all declared first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum CatchAllFirst {
    #[kakao(other)]
    Rest(i32),
    /// Known.
    #[kakao(code = 7)]
    Seven,
}

/// Members without catch-alls, then the wrapper's own catch-all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Plain {
    /// Known.
    #[kakao(code = 1)]
    One,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum OwnCatchAll {
    /// Own.
    #[kakao(code = 2)]
    Two,
    #[kakao(transparent)]
    Plain(Plain),
    #[kakao(other)]
    Unknown(i32),
}

/// No catch-all of its own; its last member has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum ThroughMember {
    /// Own.
    #[kakao(code = 3, status = 404)]
    Three,
    #[kakao(transparent)]
    Plain(Plain),
    #[kakao(transparent)]
    Share(Share),
}

/// A member with a catch-all, then one without: unknown codes go to the first member's
/// catch-all (the last member that has one), and the later member's codes are still found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum CatchAllNotLast {
    #[kakao(transparent)]
    Share(Share),
    #[kakao(transparent)]
    Plain(Plain),
}

/// A member with a catch-all of its own, between two members: the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum CatchAllInTheMiddle {
    /// Own.
    #[kakao(code = 8)]
    Eight,
    #[kakao(transparent)]
    Seven(CatchAllFirst),
    #[kakao(transparent)]
    Share(Share),
    #[kakao(transparent)]
    Plain(Plain),
}

#[test]
fn unknown_codes_are_kept() {
    for code in [i32::MIN, -12345, -1, 0, 3999, 4001, i32::MAX] {
        let e = Share::from_code(code).unwrap();
        assert_eq!(e, Share::Unknown(code));
        assert_eq!(e.code(), code);
    }
}

#[test]
fn known_codes_do_not_land_in_the_catch_all() {
    assert_eq!(Share::from_code(4000), Some(Share::BadRequest));
    assert_eq!(Share::from_code(5001), Some(Share::ServerError));
    assert_eq!(CatchAllFirst::from_code(7), Some(CatchAllFirst::Seven));
    assert_eq!(CatchAllFirst::from_code(8), Some(CatchAllFirst::Rest(8)));
}

#[test]
fn catch_all_has_no_status_and_no_retry() {
    let e = Share::Unknown(5002);
    assert_eq!(e.status(), None);
    assert!(!e.is_retryable());
    // Even for a code that a listed variant has: the catch-all knows nothing of it.
    let e = Share::Unknown(5001);
    assert_eq!(e.status(), None);
    assert!(!e.is_retryable());
    assert_eq!(e.code(), 5001);
}

#[test]
fn catch_all_default_texts() {
    let e = Share::Unknown(-3);
    assert_eq!(e.name(), "Unknown");
    assert_eq!(e.message(), "unknown error code");
    assert_eq!(e.message_ko(), None);
    assert_eq!(e.solution(), None);
    assert_eq!(e.solution_ko(), None);
}

#[test]
fn catch_all_texts_from_keys() {
    let e = Texts::from_code(99).unwrap();
    assert_eq!(e, Texts::Undocumented(99));
    assert_eq!(e.name(), "Undocumented");
    assert_eq!(e.message(), "not a documented code");
    assert_eq!(e.message_ko(), Some("문서에 없는 코드"));
    assert_eq!(e.solution(), Some("Report it."));
    assert_eq!(e.solution_ko(), Some("알려 주세요."));
    assert_eq!(e.to_string(), "[99] not a documented code");
}

#[test]
fn from_name_of_the_catch_all_is_none() {
    assert_eq!(Share::from_name("Unknown"), None);
    assert_eq!(Texts::from_name("Undocumented"), None);
    assert_eq!(CatchAllFirst::from_name("Rest"), None);
    assert_eq!(OwnCatchAll::from_name("Unknown"), None);
    assert_eq!(ThroughMember::from_name("Unknown"), None);
    // The other names still work.
    assert_eq!(Share::from_name("BadRequest"), Some(Share::BadRequest));
    assert_eq!(
        CatchAllFirst::from_name("Seven"),
        Some(CatchAllFirst::Seven)
    );
}

#[test]
fn codes_and_variants_leave_out_the_catch_all() {
    assert_eq!(<Share as KakaoError>::CODES, &[4000, 5001]);
    assert_eq!(<CatchAllFirst as KakaoError>::CODES, &[7]);
    assert_eq!(Share::VARIANTS, &[Share::BadRequest, Share::ServerError]);
    assert_eq!(CatchAllFirst::VARIANTS, &[CatchAllFirst::Seven]);
}

#[test]
fn try_from_never_fails() {
    assert_eq!(Share::try_from(-77), Ok(Share::Unknown(-77)));
    assert_eq!(
        ThroughMember::try_from(-77),
        Ok(ThroughMember::Share(Share::Unknown(-77)))
    );
}

#[test]
fn wrapper_catch_all_after_members() {
    assert_eq!(OwnCatchAll::from_code(2), Some(OwnCatchAll::Two));
    assert_eq!(
        OwnCatchAll::from_code(1),
        Some(OwnCatchAll::Plain(Plain::One))
    );
    assert_eq!(
        OwnCatchAll::from_code(4000),
        Some(OwnCatchAll::Unknown(4000))
    );
    assert_eq!(OwnCatchAll::Unknown(4000).status(), None);
    assert_eq!(Plain::from_code(4000), None);
    assert_eq!(Plain::try_from(4000), Err(UnknownCode::new("Plain", 4000)));
}

#[test]
fn a_member_catch_all_makes_the_wrapper_answer_every_code() {
    assert_eq!(ThroughMember::from_code(3), Some(ThroughMember::Three));
    assert_eq!(
        ThroughMember::from_code(1),
        Some(ThroughMember::Plain(Plain::One))
    );
    assert_eq!(
        ThroughMember::from_code(4000),
        Some(ThroughMember::Share(Share::BadRequest))
    );
    for code in [i32::MIN, -1, 0, 2, 4, 4001, i32::MAX] {
        let e = ThroughMember::from_code(code).unwrap();
        assert_eq!(e, ThroughMember::Share(Share::Unknown(code)), "code {code}");
        assert_eq!(e.code(), code);
        assert_eq!(e.name(), "Unknown");
        assert_eq!(e.status(), None);
        assert!(!e.is_retryable());
        assert_eq!(e.to_string(), format!("[{code}] unknown error code"));
    }
}

#[test]
fn codes_of_a_wrapper_over_a_catch_all() {
    assert_eq!(<ThroughMember as KakaoError>::CODES, &[3, 1, 4000, 5001]);
}

#[test]
fn unknown_codes_go_to_the_last_member_with_a_catch_all() {
    assert_eq!(
        CatchAllNotLast::from_code(1),
        Some(CatchAllNotLast::Plain(Plain::One))
    );
    assert_eq!(
        CatchAllNotLast::from_code(5001),
        Some(CatchAllNotLast::Share(Share::ServerError))
    );
    for code in [i32::MIN, -1, 0, 2, 4001, i32::MAX] {
        assert_eq!(
            CatchAllNotLast::from_code(code),
            Some(CatchAllNotLast::Share(Share::Unknown(code))),
            "code {code}"
        );
        assert_eq!(
            CatchAllNotLast::from_code_and_status(code, 400),
            Some(CatchAllNotLast::Share(Share::Unknown(code))),
            "code {code}"
        );
    }
    assert_eq!(
        CatchAllNotLast::try_from(-7),
        Ok(CatchAllNotLast::Share(Share::Unknown(-7)))
    );
    assert_eq!(
        CatchAllNotLast::from_code_str("-7"),
        Some(CatchAllNotLast::Share(Share::Unknown(-7)))
    );

    // Two members with a catch-all: the later one answers.
    assert_eq!(
        CatchAllInTheMiddle::from_code(7),
        Some(CatchAllInTheMiddle::Seven(CatchAllFirst::Seven))
    );
    assert_eq!(
        CatchAllInTheMiddle::from_code(1),
        Some(CatchAllInTheMiddle::Plain(Plain::One))
    );
    assert_eq!(
        CatchAllInTheMiddle::from_code(-9),
        Some(CatchAllInTheMiddle::Share(Share::Unknown(-9)))
    );
}
