//! Kakao Mobility (directions, navigation APIs): its error codes and its HTTP status table.
//!
//! # Where the data comes from
//!
//! The Kakao Mobility Developers page "Troubleshooting > Response code", in English
//! (<https://developers.kakaomobility.com/affiliate-en/solution.html>) and in Korean
//! ("문제 해결하기 > 응답 코드"):
//!
//! - its "Common Error Codes" table (15 codes) is [`MobilityError`], rows in the page's order,
//!   with the English description and "Solution:" text, and the Korean description and
//!   "해결 방법:" text, and a `remedy` chosen from the English description and solution by
//!   [the remedy rule](#the-remedy-rule); a code the table does not list becomes
//!   [`MobilityError::Unknown`], keeping the code;
//! - its "HTTP status code" table (200, 400, 401, 403, 429, 500, 502, 503) is [`HttpStatus`].
//!
//! Kakao Mobility keeps its own figures where they differ from the REST API table of
//! [`crate::rest`]: -1 and -7 are HTTP 500 here (400 there), and -6, -11, -12, -501 and -606
//! are not in Kakao Mobility's table at all. Failed requests answer with the REST body shape,
//! for example `{"code": -1, "msg": "internal server error"}`.
//!
//! # The retry rule
//!
//! [`is_retryable`](crate::KakaoError::is_retryable) is `true` exactly where the page's
//! solution is to send the same request again without changing anything first. One row
//! qualifies: -1 ([`MobilityError::InternalError`]), "Solution: Retry." ("해결 방법: 재시도").
//! -3's solution ends with "retry the API request", but only after enabling a feature in the
//! app's settings, so it is not retryable.
//!
//! # The remedy rule
//!
//! [`remedy`](crate::KakaoError::remedy) is chosen by the rule the REST API tables use,
//! written out step by step in [`rest`](crate::rest#the-remedy-rule), reading the English
//! page's description as the cause and its "Solution:" text as the solution: the first step
//! whose words they contain decides. Every row gets what the REST API's Common table gives the
//! same code (from this page's own words); -401 is `RefreshToken` here too ("renew token"),
//! with the same caveat about a -401 that is really a settings problem. The one retryable row,
//! -1, gets `Retry`. No other row gets a waiting remedy: -7 and -9798 (maintenance) and -10 (a
//! quota that resets by itself) get `RetryLater`, handed back rather than resent within a
//! backoff, and -603 (a request that took too long) `OutcomeUnknown`.
//!
//! | code | name | remedy | step | the text that decides |
//! |---|---|---|---:|---|
//! | -1 | `InternalError` | `Retry` | 5 | solution "Retry." |
//! | -2 | `IllegalParams` | `FixRequest` | 10 | solution "Check your request parameters." |
//! | -3 | `UnsupportedApi` | `FixAppSettings` | 9 | solution "Go to Kakao Developers > App > your app > Dashboard > Settings. ..." |
//! | -4 | `BlockedAction` | `UserAction` | 13 | cause "The account is restricted or is performing restricted actions." |
//! | -5 | `PermissionDenied` | `FixAppSettings` | 9 | solution "Request API review to obtain permission." |
//! | -7 | `ServiceMaintenanceOrInternalError` | `RetryLater` | 1 | cause "The service is under maintenance or experiencing internal issues." |
//! | -8 | `InvalidHeader` | `FixRequest` | 10 | solution "Check and correct your request headers." |
//! | -9 | `DeprecatedApi` | `FixRequest` | 16 | cause "The API you’re calling has been deprecated." |
//! | -10 | `ApiLimitExceeded` | `RetryLater` | 4 | cause "API request quota exceeded." |
//! | -401 | `InvalidToken` | `RefreshToken` | 7 | solution "Verify app key or renew token, and check registered app info on the Kakao Developers." |
//! | -602 | `ImageUploadSizeExceeded` | `FixRequest` | 16 | cause "Uploaded image exceeds the maximum allowed file size." |
//! | -603 | `ServerTimeOut` | `OutcomeUnknown` | 15 | cause "The request took too long to complete (e.g., image upload or scraping)." |
//! | -903 | `DeveloperDoesNotExist` | `FixAppSettings` | 14 | cause "The request was made using an unregistered developer’s app key or token." |
//! | -911 | `UnsupportedImageFormat` | `FixRequest` | 16 | cause "Unsupported image format" |
//! | -9798 | `UnderMaintenance` | `RetryLater` | 1 | cause "The service is currently under maintenance." |
//!
//! ```
//! use kakao_errors::KakaoError;
//! use kakao_errors::mobility::{HttpStatus, MobilityError};
//! use kakao_errors::rest::ApiError;
//!
//! let e = MobilityError::from_code(-7).unwrap();
//! assert_eq!(e.status(), Some(500));
//! assert_eq!(ApiError::from_code(-7).unwrap().status(), Some(400));
//! let status = HttpStatus::from_u16(e.status().unwrap()).unwrap();
//! assert_eq!(status.meaning_ko(), "시스템 오류(서버 관련 오류를 총칭)");
//! ```

mod error;
mod http_status;

pub use error::MobilityError;
pub use http_status::HttpStatus;
