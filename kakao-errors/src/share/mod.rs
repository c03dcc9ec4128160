//! Kakao Talk Share errors: the error code table and the case-by-case troubleshooting.
//!
//! # Where the data comes from
//!
//! The Kakao Developers page "Kakao Talk Share > Troubleshooting" (English,
//! <https://developers.kakao.com/docs/latest/en/kakaotalk-share/trouble-shooting>):
//!
//! - its table of 19 codes (4002 .. 5005) is [`TalkShareError`], rows in the page's order: the
//!   page's "Cause" as `message` (4011 and 4019 share one, as do 5001 and 5005), its "Status
//!   Code" as `status`, its "Solution" as `solution` (absent for 4016, whose solution is "-"),
//!   and a `remedy` chosen from cause and solution by [the remedy rule](#the-remedy-rule);
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
//! # The remedy rule
//!
//! [`remedy`](crate::KakaoError::remedy) is chosen by the rule the REST API tables use,
//! written out step by step in [`rest`](crate::rest#the-remedy-rule): the first step whose
//! words the row's cause or solution contains decides. In short: a quota whose way out is to
//! have it raised ("Request a quota increase.") is `FixAppSettings`; a usage limit the page
//! says to try again after is `Throttled` (any other would be `RetryLater`); a solution to try
//! again later is `Retry`; then the solution's words
//! (check the app key, pass the correct value, a step the user takes in Kakao Talk or the
//! browser, or contacting Kakao Customer Service, where Kakao's users, not apps' teams, get
//! help: `UserAction`); then, where the solution says none of these, the cause's (a suspended
//! app or developer account, a failed authentication of the app). Every retryable row gets a
//! waiting remedy: 4007, "You temporarily exceeded the usage limit." / "Try again later.", is
//! `Throttled`; the others are `Retry`. No row gets a waiting remedy without being retryable.
//!
//! A suspended account is the user's to take up with Kakao when it is the user's own (4008, a
//! suspended Kakao Talk account; 4013, a suspended Kakao Account: "Contact Kakao Customer
//! Service."), so `UserAction`: the app's team can only tell the user; it is `ContactSupport`
//! when it is the app's side (4020, the Kakao Developers app or developer account: "Contact
//! DevTalk.").
//!
//! 4019's solution only points to its case-by-case section, so its cause decides (step 14,
//! "authentication failed"): `FixAppSettings`, which that section bears out, since every cause
//! it lists is an app setting (platform, key hash, bundle ID, web domain, app key). 4003 is
//! `Retry` (step 5, "try again later"), although its first advice is to check the app key.
//!
//! | code | name | remedy | step | the text that decides |
//! |---|---|---|---:|---|
//! | 4002 | `InvalidRequest` | `FixRequest` | 10 | solution "Check the development guide and call the API according to the correct specification." |
//! | 4003 | `WrongAppKeyOrTemporaryError` | `Retry` | 5 | solution "Check if the app key used for the API call is correct, or try again later." |
//! | 4005 | `UnsupportedBrowser` | `UserAction` | 11 | solution "Try again with a different browser or Internet Explorer version 11 or higher." |
//! | 4006 | `DefaultQuotaExceeded` | `FixAppSettings` | 2 | solution "Request a quota increase. Try again after the review is approved." |
//! | 4007 | `TemporaryUsageLimitExceeded` | `Throttled` | 3 | cause "You temporarily exceeded the usage limit." |
//! | 4008 | `SuspendedTalkAccount` | `UserAction` | 11 | solution "Contact Kakao Customer Service." |
//! | 4009 | `AdminOnlyOpenChat` | `UserAction` | 11 | solution "Disable the [Admin only] option and try again." |
//! | 4011 | `AuthenticationFailed` | `FixAppSettings` | 9 | solution "Check the app key used in the request." |
//! | 4012 | `AccountNotConnectedToTalk` | `UserAction` | 11 | solution "Log in to Kakao Account in Kakao Talk's ... and try again." |
//! | 4013 | `SuspendedKakaoAccount` | `UserAction` | 11 | solution "Contact Kakao Customer Service." |
//! | 4015 | `UserRegistrationFailed` | `Retry` | 5 | solution "Try again later." |
//! | 4016 | `Unauthorized` | `Unknown` | 17 | cause "Unauthorized request.", solution "-" |
//! | 4017 | `AccountAuthenticationFailed` | `Retry` | 5 | solution "Try again later." |
//! | 4018 | `DifferentAccountLoggedIn` | `UserAction` | 11 | solution "Check the currently logged-in Kakao Account and try again." |
//! | 4019 | `PlatformAuthenticationFailed` | `FixAppSettings` | 14 | cause "Authentication failed due to a wrong request." |
//! | 4020 | `SuspendedAppOrDeveloper` | `ContactSupport` | 12 | cause "Your Kakao Developers app or developer account has been suspended." |
//! | 4041 | `InvalidSharedUrl` | `FixRequest` | 10 | solution "Pass the correct URL when calling the Kakao Talk Share API." |
//! | 5001 | `InternalServerError` | `Retry` | 5 | solution "Try again later or refer to 5001 error occurs.." |
//! | 5005 | `TemporaryServerError` | `Retry` | 5 | solution "Try again later." |
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
