//! Kakao Moment (advertising APIs): its common error codes.
//!
//! # Where the data comes from
//!
//! Page [Kakao Moment > Error code](https://developers.kakao.com/docs/latest/en/kakaomoment/error-code)
//! (English; no Korean version of the page is available, so there is no Korean text). Its
//! "Common error code" table is [`MomentError`], rows in the page's order: the page's "Cause"
//! as `message`, its "Status Code" as `status`, its "Solution" as `solution`. The page's text is available only
//! in part; two versions of it (an older rendering and the new docs site) give the whole
//! table, with the same text; where a cause is two lines on the page, so is `message` (`\n`).
//! The two differ on the second -813 row only: one has no solution, the other "-"; both mean
//! none.
//!
//! -813 is on the page twice: "If internal error of Kakao Moment occurs." with HTTP 400, and
//! "If you have exceeded the allowed quota limit." with HTTP 429. Both rows are kept, as
//! [`MomentError::MomentInternalError`] and [`MomentError::MomentQuotaExceeded`];
//! [`from_code_and_status`](crate::KakaoError::from_code_and_status) tells them apart, and
//! `CODES` lists -813 once.
//!
//! # How it relates to [`rest::Moment`](crate::rest::Moment)
//!
//! The REST API > Error code page lists one Kakao Moment code, -813 with HTTP 400 ("Internal
//! error related to Kakao Moment APIs occurs."): that is [`rest::Moment`](crate::rest::Moment),
//! part of [`rest::ApiError`](crate::rest::ApiError). This page is Kakao Moment's own: the
//! 429 row of -813, and the common codes (-2, -3, -5, -10, -12, -101, -402) in Kakao Moment's
//! wording. [`rest::ApiError`](crate::rest::ApiError) does not include it; read a Kakao Moment
//! response with this table (for example `parse_as::<MomentError>` of the `response` module).
//!
//! Kakao Moment bodies carry more than the code: the page's sample is
//! `{"code": -813, "msg": "KakaoMomentException", "extras": {"detailCode": 21006, "detailMsg": "..."}}`.
//! The `detailCode` table is not available to this crate, so no detail code is encoded here.
//!
//! # The retry rule
//!
//! [`is_retryable`](crate::KakaoError::is_retryable) is `true` exactly where the page's
//! solution is to send the same request again without changing anything first ("try again
//! later"):
//!
//! | code | page's solution |
//! |---|---|
//! | -10 | "Check your API quota limits and try again later or request a quota increase." |
//! | -813 (400) | "Try again later or contact support if the error persists." |
//!
//! -813 (429) is not retryable: the page gives it no solution, and a quota that resets by
//! itself is not one a backoff waits out; its remedy is `RetryLater`.
//!
//! # The remedy rule
//!
//! The first rule of [`oauth`](crate::oauth#the-remedy-rule) that a row's cause or solution
//! matches:
//!
//! | code | remedy | decided by (rule) |
//! |---|---|---|
//! | -2 | FixRequest | "Check the request parameters ..." (10) |
//! | -3 | FixAppSettings | "... ensure the required function is activated in your app settings." (8) |
//! | -5 | FixAppSettings | "If you have no permission to request the API." (8) |
//! | -10 | Throttled | "If you make a request over the number of allowed calls." (3) |
//! | -12 | ContactSupport | "If your Kakao Developers app or developer account has been suspended." (1) |
//! | -101 | UserAction | "Ensure the user is properly linked to your app before making API calls." (9) |
//! | -402 | RequestConsent | "Request additional consent from the user for the required business consent items." (7) |
//! | -813 (400) | Retry | "Try again later or contact support if the error persists." (4) |
//! | -813 (429) | RetryLater | "If you have exceeded the allowed quota limit." (3) |

mod error;

pub use error::MomentError;
