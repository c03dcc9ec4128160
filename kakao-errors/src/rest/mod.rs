//! The REST API error tables of Kakao Developers, one type per table, and their union
//! [`ApiError`].
//!
//! # Where the data comes from
//!
//! Page "REST API > Error code" of Kakao Developers (English) lists, per product, each error's
//! code, HTTP status, cause and solution. Each section is one enum here, in one file, with its
//! rows in the page's order:
//!
//! | section of the page | type | codes |
//! |---|---|---|
//! | Common | [`Common`] | -1 .. -12, -401, -501, -602, -603, -606, -903, -911, -9798 (+ -301) |
//! | Kakao Login | [`Login`] | -101, -102, -103, -201, -402, -406 (+ -405, -421, -422, -423) |
//! | Kakao Talk Message | [`TalkMessage`] | -502, -530, -532, -533, -536 (+ -504, -531) |
//! | Kakao Talk Channel | [`TalkChannel`] | -541, -544, -815, -816, -817, -818, -819 |
//! | Push Notification | [`Push`] | -901 |
//! | Talk Calendar | [`TalkCalendar`] | -520, -521 |
//! | Kakao Moment | [`Moment`] | -813 |
//! | Kakao Keyword Ad | [`KeywordAd`] | -820 |
//!
//! For every row:
//!
//! - `message` is the page's "Cause" text, word for word (typos included, such as
//!   "requsted" in -520);
//! - `status` is the page's "Status Code";
//! - `solution` is the page's "Solution" text, absent where the page has "-";
//! - `message_ko` is the Korean description the Android SDK's `ApiErrorCause` reference gives
//!   for the same code, for the 29 codes it has; the other codes have no Korean text.
//!
//! Variant names are the Android SDK's `ApiErrorCause` names where the SDK has the code
//! (`NotFriend` for -502 and `BlockedApp` for -12 come from newer SDKs), and otherwise say what
//! the error is.
//!
//! The codes in parentheses above are the SDK's causes that the REST page does not list
//! (-301, -405, -421, -422, -423, -504, -531). They follow the page's rows in their table,
//! with the SDK's English and Korean descriptions and **no HTTP status**: no page documents one.
//!
//! # The retry rule
//!
//! [`is_retryable`](crate::KakaoError::is_retryable) is `true` exactly where the page's
//! solution is to send the same request again without changing anything first. Two rows
//! qualify:
//!
//! | code | page's solution |
//! |---|---|
//! | -1 ([`Common::InternalError`]) | "Retry." |
//! | -502 ([`TalkMessage::NotFriend`]) | "Retry to make a request after cached data expires." |
//!
//! Every other row is not retryable, including those whose solution ends in "make a request
//! again" or "Retry after ...": they ask for a user's or an admin's action first (link the
//! account, enable a feature, pass a review), and the same request sent again fails the same
//! way. The SDK-only codes have no solution and are not retryable either.
//!
//! # Unknown codes
//!
//! Each per-product enum knows only its own codes: `Login::from_code(-1)` is `None`.
//! [`ApiError`] tries the eight tables in the order above and keeps any other code in
//! [`ApiError::Unknown`], so parsing a response never loses the code.
//!
//! ```
//! use kakao_errors::KakaoError;
//! use kakao_errors::rest::{ApiError, Common, Login};
//!
//! assert_eq!(Login::from_code(-1), None);
//! let e = ApiError::from_code(-1).unwrap();
//! assert_eq!(e, ApiError::Common(Common::InternalError));
//! assert_eq!((e.status(), e.is_retryable()), (Some(400), true));
//! assert_eq!(ApiError::from_code(-9999), Some(ApiError::Unknown(-9999)));
//! ```

mod api_error;
mod common;
mod keyword_ad;
mod login;
mod moment;
mod push;
mod talk_calendar;
mod talk_channel;
mod talk_message;

pub use api_error::ApiError;
pub use common::Common;
pub use keyword_ad::KeywordAd;
pub use login::Login;
pub use moment::Moment;
pub use push::Push;
pub use talk_calendar::TalkCalendar;
pub use talk_channel::TalkChannel;
pub use talk_message::TalkMessage;
