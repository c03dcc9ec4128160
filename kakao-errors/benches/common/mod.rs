//! What the benchmarks share: user-defined enums built with the derive, the fixed mixed code
//! streams (90 % known, 10 % unknown codes), and the baselines a user could write instead of
//! the derive (a flat hand-written `match`, a `HashMap`, a sorted slice searched by binary
//! search, a linear scan of a `(code, value)` slice).
//!
//! Both `benches/lookup.rs` (criterion, time) and `benches/instructions.rs` (callgrind,
//! instruction counts) include this file, so they measure exactly the same code.

// Each bench target uses a different part of this module.
#![allow(dead_code)]

#[cfg(feature = "response")]
pub mod bodies;

use std::collections::HashMap;

use kakao_errors::catalog;
use kakao_errors::rest::{
    ApiError, Common, KeywordAd, Login, Moment, Push, TalkCalendar, TalkChannel, TalkMessage,
};
use kakao_errors::{ErrorCode, KakaoError};

/// A user's own leaf table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Billing {
    /// The card was declined.
    #[kakao(code = 7001, status = 402, solution = "Ask the user for another card.")]
    CardDeclined,
    /// The payment gateway timed out.
    #[kakao(code = 7002, status = 504, retry = true)]
    GatewayTimeout,
    /// The balance is too low.
    #[kakao(code = 7003, status = 402)]
    InsufficientFunds,
    /// The card has expired.
    #[kakao(code = 7004, status = 402)]
    CardExpired,
}

/// A user wrapper around the REST union: the user's codes first, then every REST code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum AppError {
    /// The user's billing codes.
    #[kakao(transparent)]
    Billing(Billing),
    /// Every REST API code, and its catch-all.
    #[kakao(transparent)]
    Kakao(ApiError),
}

/// Another leaf table, for the nested wrapper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Shipping {
    /// The address could not be found.
    #[kakao(code = 8001, status = 400)]
    UnknownAddress,
    /// The carrier is down.
    #[kakao(code = 8002, status = 503, retry = true)]
    CarrierDown,
}

/// A nested wrapper: own code, a leaf, then the wrapper above (which wraps the REST union).
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Service {
    /// The service is in maintenance.
    #[kakao(code = 9001, status = 503, retry = true)]
    Maintenance,
    /// Shipping codes.
    #[kakao(transparent)]
    Shipping(Shipping),
    /// Billing and REST codes.
    #[kakao(transparent)]
    App(AppError),
}

/// Criterion settings shared by the time benches: short, so `cargo bench` stays quick on a
/// small machine; the instruction counts (`benches/instructions.rs`) are the stable figures.
#[must_use]
pub fn criterion() -> criterion::Criterion {
    criterion::Criterion::default()
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(1))
        .sample_size(30)
}

/// Codes no table of this crate or of this file knows ([`stream`] checks them against the
/// catalog).
const UNKNOWN: [i32; 10] = [
    -13, -400, -999, 0, 777, 42, 6_543, -100_000, 99_999, -2_000_000,
];

/// Length of every stream (a power of two, so a harness can cycle with a mask).
pub const STREAM_LEN: usize = 1_024;

/// A fixed stream over `known`: 9 in 10 entries are known codes picked pseudo-randomly (a
/// fixed linear congruential generator, so every run sees the same stream), 1 in 10 unknown.
#[must_use]
pub fn stream(known: &[i32]) -> Vec<i32> {
    assert!(!known.is_empty());
    for unknown in UNKNOWN {
        assert!(!known.contains(&unknown), "{unknown} is a known code");
        let documented = catalog::find(ErrorCode::new(unknown)).next();
        assert!(
            documented.is_none(),
            "{unknown} is documented: {documented:?}"
        );
    }
    let mut state: u32 = 0x2545_f491;
    (0..STREAM_LEN)
        .map(|i| {
            state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            let pick = (state >> 8) as usize;
            if i % 10 == 9 {
                UNKNOWN[pick % UNKNOWN.len()]
            } else {
                known[pick % known.len()]
            }
        })
        .collect()
}

/// The generic baselines, built from a type's `CODES` and `from_code` (as a user would fill
/// them from a hand-written list). Unknown codes go to `fallback`, as the derive does.
pub struct Baselines<T> {
    map: HashMap<i32, T>,
    sorted: Vec<(i32, T)>,
    pairs: Vec<(i32, T)>,
    fallback: fn(i32) -> Option<T>,
}

impl<T: KakaoError + Copy> Baselines<T> {
    /// Tables of every code `T` lists.
    #[must_use]
    pub fn new(fallback: fn(i32) -> Option<T>) -> Self {
        let pairs: Vec<(i32, T)> = T::CODES
            .iter()
            .map(|&code| (code, T::from_code(code).expect("a listed code")))
            .collect();
        let mut sorted = pairs.clone();
        sorted.sort_unstable_by_key(|&(code, _)| code);
        Self {
            map: pairs.iter().copied().collect(),
            sorted,
            pairs,
            fallback,
        }
    }

    /// `std::collections::HashMap` (default hasher).
    #[inline]
    pub fn hash_map(&self, code: i32) -> Option<T> {
        match self.map.get(&code) {
            Some(&value) => Some(value),
            None => (self.fallback)(code),
        }
    }

    /// A slice sorted by code, searched by binary search.
    #[inline]
    pub fn binary_search(&self, code: i32) -> Option<T> {
        match self.sorted.binary_search_by_key(&code, |&(c, _)| c) {
            Ok(index) => Some(self.sorted[index].1),
            Err(_) => (self.fallback)(code),
        }
    }

    /// A `(code, value)` slice in declaration order, scanned from the start.
    #[inline]
    pub fn linear_scan(&self, code: i32) -> Option<T> {
        match self.pairs.iter().find(|&&(c, _)| c == code) {
            Some(&(_, value)) => Some(value),
            None => (self.fallback)(code),
        }
    }
}

/// A flat hand-written `match` over every REST code (the `extra` arms first), each arm
/// building the same value the derive builds; unknown codes become `ApiError::Unknown`.
/// Written out arm by arm, and so not read from the catalog like the code streams: it is a
/// baseline by definition, the code a user would write instead of the derive. [`check_same`]
/// proves it answers what the derive answers for every code.
macro_rules! flat_rest_match {
    ($code:expr, $wrap:expr, { $($pat:literal => $value:expr,)* }) => {
        match $code {
            $($pat => Some($value),)*
            -1 => Some($wrap(ApiError::Common(Common::InternalError))),
            -2 => Some($wrap(ApiError::Common(Common::IllegalParams))),
            -3 => Some($wrap(ApiError::Common(Common::UnsupportedApi))),
            -4 => Some($wrap(ApiError::Common(Common::BlockedAction))),
            -5 => Some($wrap(ApiError::Common(Common::PermissionDenied))),
            -6 => Some($wrap(ApiError::Common(Common::ActionNotAllowed))),
            -7 => Some($wrap(ApiError::Common(Common::ServiceMaintenanceOrInternalError))),
            -8 => Some($wrap(ApiError::Common(Common::InvalidHeader))),
            -9 => Some($wrap(ApiError::Common(Common::DeprecatedApi))),
            -10 => Some($wrap(ApiError::Common(Common::ApiLimitExceeded))),
            -11 => Some($wrap(ApiError::Common(Common::PaidApiLimitExceeded))),
            -12 => Some($wrap(ApiError::Common(Common::BlockedApp))),
            -401 => Some($wrap(ApiError::Common(Common::InvalidToken))),
            -501 => Some($wrap(ApiError::Common(Common::NotTalkUser))),
            -602 => Some($wrap(ApiError::Common(Common::ImageUploadSizeExceeded))),
            -603 => Some($wrap(ApiError::Common(Common::ServerTimeOut))),
            -606 => Some($wrap(ApiError::Common(Common::ImageMaxUploadCountExceed))),
            -903 => Some($wrap(ApiError::Common(Common::DeveloperDoesNotExist))),
            -911 => Some($wrap(ApiError::Common(Common::UnsupportedImageFormat))),
            -9798 => Some($wrap(ApiError::Common(Common::UnderMaintenance))),
            -301 => Some($wrap(ApiError::Common(Common::AppDoesNotExist))),
            -101 => Some($wrap(ApiError::Login(Login::NotRegisteredUser))),
            -102 => Some($wrap(ApiError::Login(Login::AlreadyRegisteredUser))),
            -103 => Some($wrap(ApiError::Login(Login::AccountDoesNotExist))),
            -201 => Some($wrap(ApiError::Login(Login::PropertyKeyDoesNotExist))),
            -402 => Some($wrap(ApiError::Login(Login::InsufficientScope))),
            -406 => Some($wrap(ApiError::Login(Login::UnderAgeLimit))),
            -405 => Some($wrap(ApiError::Login(Login::RequiredAgeVerification))),
            -421 => Some($wrap(ApiError::Login(Login::SigningIsNotCompleted))),
            -422 => Some($wrap(ApiError::Login(Login::InvalidTransaction))),
            -423 => Some($wrap(ApiError::Login(Login::TransactionHasExpired))),
            -502 => Some($wrap(ApiError::TalkMessage(TalkMessage::NotFriend))),
            -530 => Some($wrap(ApiError::TalkMessage(TalkMessage::TalkMessageDisabled))),
            -532 => Some($wrap(ApiError::TalkMessage(TalkMessage::TalkSendMessageDailyLimitExceed))),
            -533 => Some($wrap(ApiError::TalkMessage(TalkMessage::TalkReceiveMessageDailyLimitExceed))),
            -536 => Some($wrap(ApiError::TalkMessage(TalkMessage::TalkSenderRecipientDailyLimitExceed))),
            -504 => Some($wrap(ApiError::TalkMessage(TalkMessage::UserDeviceUnsupported))),
            -531 => Some($wrap(ApiError::TalkMessage(TalkMessage::TalkSendMessageMonthlyLimitExceed))),
            -541 => Some($wrap(ApiError::TalkChannel(TalkChannel::ChannelDoesNotExist))),
            -544 => Some($wrap(ApiError::TalkChannel(TalkChannel::ChannelBanned))),
            -815 => Some($wrap(ApiError::TalkChannel(TalkChannel::ChannelInternalError))),
            -816 => Some($wrap(ApiError::TalkChannel(TalkChannel::CustomerFileNotFound))),
            -817 => Some($wrap(ApiError::TalkChannel(TalkChannel::InvalidCustomerFileName))),
            -818 => Some($wrap(ApiError::TalkChannel(TalkChannel::CustomerFileLimitExceeded))),
            -819 => Some($wrap(ApiError::TalkChannel(TalkChannel::ChannelNotConnected))),
            -901 => Some($wrap(ApiError::Push(Push::PushTokenNotRegistered))),
            -520 => Some($wrap(ApiError::TalkCalendar(TalkCalendar::EventOrCalendarNotFound))),
            -521 => Some($wrap(ApiError::TalkCalendar(TalkCalendar::ProfileStickerNotEditable))),
            -813 => Some($wrap(ApiError::Moment(Moment::MomentInternalError))),
            -820 => Some($wrap(ApiError::KeywordAd(KeywordAd::KeywordAdInternalError))),
            code => Some($wrap(ApiError::Unknown(code))),
        }
    };
}

/// The flat hand-written baseline for [`ApiError`].
#[inline]
#[must_use]
pub fn flat_rest(code: i32) -> Option<ApiError> {
    flat_rest_match!(code, core::convert::identity, {})
}

/// The flat hand-written baseline for [`AppError`].
#[inline]
#[must_use]
pub fn flat_app(code: i32) -> Option<AppError> {
    flat_rest_match!(code, AppError::Kakao, {
        7001 => AppError::Billing(Billing::CardDeclined),
        7002 => AppError::Billing(Billing::GatewayTimeout),
        7003 => AppError::Billing(Billing::InsufficientFunds),
        7004 => AppError::Billing(Billing::CardExpired),
    })
}

/// The flat hand-written baseline for [`Service`].
#[inline]
#[must_use]
pub fn flat_service(code: i32) -> Option<Service> {
    let kakao = |e| Service::App(AppError::Kakao(e));
    flat_rest_match!(code, kakao, {
        9001 => Service::Maintenance,
        8001 => Service::Shipping(Shipping::UnknownAddress),
        8002 => Service::Shipping(Shipping::CarrierDown),
        7001 => Service::App(AppError::Billing(Billing::CardDeclined)),
        7002 => Service::App(AppError::Billing(Billing::GatewayTimeout)),
        7003 => Service::App(AppError::Billing(Billing::InsufficientFunds)),
        7004 => Service::App(AppError::Billing(Billing::CardExpired)),
    })
}

/// The flat hand-written baseline for "the documented status of a REST code": one `match`
/// from the code straight to its table's status (`None` for a row without one), `Some(None)`
/// for an unknown code as `ApiError::Unknown(code).status()` gives. Written out as a user
/// would; [`check_same_status`] proves it answers what the derive answers.
#[inline]
#[must_use]
pub fn flat_rest_status(code: i32) -> Option<Option<u16>> {
    Some(match code {
        -1 => Some(400),
        -2 => Some(400),
        -3 => Some(403),
        -4 => Some(403),
        -5 => Some(403),
        -6 => Some(403),
        -7 => Some(400),
        -8 => Some(400),
        -9 => Some(400),
        -10 => Some(400),
        -11 => Some(400),
        -12 => Some(403),
        -401 => Some(401),
        -501 => Some(400),
        -602 => Some(400),
        -603 => Some(400),
        -606 => Some(400),
        -903 => Some(400),
        -911 => Some(400),
        -9798 => Some(503),
        -301 => None,
        -101 => Some(400),
        -102 => Some(400),
        -103 => Some(400),
        -201 => Some(400),
        -402 => Some(403),
        -406 => Some(401),
        -405 => None,
        -421 => None,
        -422 => None,
        -423 => None,
        -502 => Some(400),
        -530 => Some(400),
        -532 => Some(400),
        -533 => Some(400),
        -536 => Some(400),
        -504 => None,
        -531 => None,
        -541 => Some(400),
        -544 => Some(400),
        -815 => Some(400),
        -816 => Some(400),
        -817 => Some(400),
        -818 => Some(400),
        -819 => Some(400),
        -901 => Some(400),
        -520 => Some(400),
        -521 => Some(400),
        -813 => Some(400),
        -820 => Some(400),
        _ => None,
    })
}

/// The derive's answer to the same question: the lookup, then the value's status.
#[inline]
#[must_use]
pub fn rest_status(code: i32) -> Option<Option<u16>> {
    ApiError::from_code(code).map(|e| e.status())
}

/// Checks [`flat_rest_status`] against the derive on `stream` and on every REST code.
pub fn check_same_status(stream: &[i32]) {
    for &code in stream.iter().chain(ApiError::CODES) {
        assert_eq!(
            flat_rest_status(code),
            rest_status(code),
            "status of code {code}"
        );
    }
}

/// Checks that a baseline answers exactly what the derive answers on `stream` and on every
/// listed code, so no baseline is faster for being wrong.
pub fn check_same<T: KakaoError + PartialEq + core::fmt::Debug>(
    what: &str,
    stream: &[i32],
    baseline: impl Fn(i32) -> Option<T>,
) {
    for &code in stream.iter().chain(T::CODES) {
        assert_eq!(baseline(code), T::from_code(code), "{what}: code {code}");
    }
}
