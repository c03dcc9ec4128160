//! Kakao Mobility (directions, navigation APIs): its error codes and its HTTP status table.
//!
//! # Where the data comes from
//!
//! Page "Troubleshooting > Response code" of Kakao Mobility Developers, in English (page 001)
//! and in Korean (page 003):
//!
//! - its "Common Error Codes" table (15 codes) is [`MobilityError`], rows in the page's order,
//!   with the English description and "Solution:" text, and the Korean description and
//!   "해결 방법:" text; a code the table does not list becomes [`MobilityError::Unknown`],
//!   keeping the code;
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
