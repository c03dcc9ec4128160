//! Kakao Talk Share errors: the error code table and the case-by-case troubleshooting.
//!
//! # Where the data comes from
//!
//! Page "Kakao Talk Share > Troubleshooting" of Kakao Developers (English):
//!
//! - its table of 19 codes (4002 .. 5005) is [`TalkShareError`], rows in the page's order: the
//!   page's "Cause" as `message` (4011 and 4019 share one, as do 5001 and 5005), its "Status
//!   Code" as `status`, its "Solution" as `solution` (absent for 4016, whose solution is "-");
//!   a code the table does not list becomes [`TalkShareError::Unknown`], keeping the code;
//! - [`ShareApiError`] resolves what a Talk Share call answers: the table's codes and the REST
//!   API's (a Talk Share request also fails with -401, -2, ...), then a catch-all;
//! - its case-by-case sections are [`Troubleshooting`] (4002, 4019, 5001): causes, steps, the
//!   three [`SubError`]s of 4019 told apart by the message shown, the two [`Guide`]s they refer
//!   to, and the cookie / CSRF [`COOKIE_NOTE`] of 5001.
//!
//! The page is English only: no Korean text here.
//!
//! # The retry rule
//!
//! [`is_retryable`](crate::KakaoError::is_retryable) is `true` exactly where the page's
//! solution is to send the same request again, now or later, without changing anything first:
//!
//! | code | page's solution |
//! |---|---|
//! | 4003 | "Check if the app key used for the API call is correct, or try again later." |
//! | 4007 | "Try again later." |
//! | 4015 | "Try again later." |
//! | 4017 | "Try again later." |
//! | 5001 | "Try again later or refer to 5001 error occurs.." |
//! | 5005 | "Try again later." |
//!
//! Not retryable, although their solutions say "try again": 4005 (with a different browser),
//! 4006 (after a quota review), 4009 (after changing a room option), 4012 (after logging in),
//! 4018 (after checking the account). Each needs someone to act first.
//!
//! # Example
//!
//! ```
//! use kakao_errors::KakaoError;
//! use kakao_errors::share::{SubError, TalkShareError, Troubleshooting};
//!
//! let e = TalkShareError::from_code(4019).unwrap();
//! let shown = r#"{"name":"KAPIError","msg":"wrong appKey(null) format","code":-401}"#;
//! let sub = SubError::from_message(shown).unwrap();
//! assert_eq!(sub, SubError::WrongAppKeyFormat);
//! assert!(Troubleshooting::for_error(e).unwrap().sub_errors().contains(&sub));
//! for step in sub.steps() {
//!     println!("- {}", step.text());
//! }
//! ```

mod share_api_error;
mod talk_share_error;
mod troubleshooting;

pub use share_api_error::ShareApiError;

pub use talk_share_error::TalkShareError;
pub use troubleshooting::{
    COOKIE_NOTE, DEVTALK_INQUIRY, Guide, INTRO, Note, Step, SubError, Troubleshooting,
};
