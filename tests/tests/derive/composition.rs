//! Combining the crate's unions (each with a catch-all of its own) in a user's enum: a wrapper
//! looks through its members' documented codes, and an unknown code lands in the wrapper's own
//! catch-all, or, without one, in the last member's.

use kakao_errors::mobility::MobilityError;
use kakao_errors::rest::{ApiError, Common, Login};
use kakao_errors::share::{ShareApiError, TalkShareError};
use kakao_errors::{KakaoError, Remedy};

/// The example: two unions with catch-alls, and an own catch-all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
enum AppError {
    #[kakao(transparent)]
    Kakao(ApiError),
    #[kakao(transparent)]
    Share(TalkShareError),
    #[kakao(other)]
    Unknown(i32),
}

/// The same without an own catch-all: the last member's takes unknown codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
enum LastMemberKeeps {
    #[kakao(transparent)]
    Kakao(ApiError),
    #[kakao(transparent)]
    Share(TalkShareError),
}

/// The other order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
enum ShareFirst {
    #[kakao(transparent)]
    Share(TalkShareError),
    #[kakao(transparent)]
    Kakao(ApiError),
}

/// A wrapper of a wrapper, with a code of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
enum Service {
    /// Our own billing failure.
    #[kakao(code = 7001, status = 402, remedy = UserAction)]
    CardDeclined,
    #[kakao(transparent)]
    App(AppError),
}

const UNKNOWN: i32 = 123_456;

#[test]
fn documented_codes_reach_their_table_whatever_the_order() {
    let login = ApiError::Login(Login::InsufficientScope);
    let share = TalkShareError::from_code(4019).unwrap();
    assert_eq!(AppError::from_code(-402), Some(AppError::Kakao(login)));
    assert_eq!(AppError::from_code(4019), Some(AppError::Share(share)));
    assert_eq!(ShareFirst::from_code(-402), Some(ShareFirst::Kakao(login)));
    assert_eq!(ShareFirst::from_code(4019), Some(ShareFirst::Share(share)));
    assert_eq!(
        LastMemberKeeps::from_code(-402),
        Some(LastMemberKeeps::Kakao(login))
    );
}

#[test]
fn an_unknown_code_lands_in_the_wrappers_own_catch_all() {
    let e = AppError::from_code(UNKNOWN).unwrap();
    assert_eq!(e, AppError::Unknown(UNKNOWN));
    assert!(!e.is_documented());
    assert_eq!((e.code(), e.name(), e.status()), (UNKNOWN, "Unknown", None));
    assert_eq!(e.remedy(), Remedy::Unknown);
    assert_eq!(e.to_string(), "[123456] unknown error code");
    assert_eq!(AppError::try_from(UNKNOWN), Ok(AppError::Unknown(UNKNOWN)));
}

#[test]
fn without_an_own_catch_all_the_last_member_keeps_unknown_codes() {
    assert_eq!(
        LastMemberKeeps::from_code(UNKNOWN),
        Some(LastMemberKeeps::Share(TalkShareError::Unknown(UNKNOWN)))
    );
    assert_eq!(
        ShareFirst::from_code(UNKNOWN),
        Some(ShareFirst::Kakao(ApiError::Unknown(UNKNOWN)))
    );
    let kept = LastMemberKeeps::from_code(UNKNOWN).unwrap();
    assert!(!kept.is_documented());
    assert_eq!(kept.code(), UNKNOWN);
}

#[test]
fn codes_are_the_members_documented_codes_in_order() {
    let mut expected = ApiError::CODES.to_vec();
    expected.extend_from_slice(TalkShareError::CODES);
    assert_eq!(AppError::CODES, expected.as_slice());
    assert_eq!(LastMemberKeeps::CODES, expected.as_slice());
    for &code in AppError::CODES {
        let e = AppError::from_code(code).unwrap();
        assert!(e.is_documented(), "{code}");
        assert_eq!(e.code(), code);
    }
}

#[test]
fn a_nested_wrapper_reaches_every_level() {
    assert_eq!(Service::from_code(7001), Some(Service::CardDeclined));
    assert_eq!(Service::CardDeclined.remedy(), Remedy::UserAction);
    let e = Service::from_code(-401).unwrap();
    assert_eq!(
        e,
        Service::App(AppError::Kakao(ApiError::Common(Common::InvalidToken)))
    );
    assert_eq!(e.remedy(), Remedy::RefreshToken);
    assert_eq!(
        Service::from_code(UNKNOWN),
        Some(Service::App(AppError::Unknown(UNKNOWN)))
    );
    assert_eq!(
        Service::from_name("InsufficientScope").unwrap().code(),
        -402
    );
    assert_eq!(Service::from_name("Unknown"), None);
}

#[test]
fn the_share_union_documents_common_rest_codes() {
    let e = ShareApiError::from_code(-2).unwrap();
    assert_eq!(
        e,
        ShareApiError::Rest(ApiError::Common(Common::IllegalParams))
    );
    assert!(e.is_documented());
    assert_eq!(
        ShareApiError::from_code(UNKNOWN),
        Some(ShareApiError::Unknown(UNKNOWN))
    );
}

#[test]
fn products_with_their_own_figures_combine_too() {
    /// Kakao Mobility answers -1 and -7 with its own statuses, and REST codes it has not
    /// got: a wrapper of Mobility and Talk Share (no shared codes) with its own catch-all.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
    enum Navigation {
        #[kakao(transparent)]
        Mobility(MobilityError),
        #[kakao(transparent)]
        Share(TalkShareError),
        #[kakao(other)]
        Unknown(i32),
    }
    assert_eq!(Navigation::from_code(-7).unwrap().status(), Some(500));
    let share = TalkShareError::from_code(4019).unwrap();
    assert_eq!(Navigation::from_code(4019), Some(Navigation::Share(share)));
    assert_eq!(Navigation::from_code(-12), Some(Navigation::Unknown(-12)));
}
