//! Kakao Mobility (directions, navigation APIs): its error codes, its HTTP status table, and
//! the result codes of the routes of a directions answer.
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
//! # Route result codes
//!
//! A directions answer comes with HTTP 200 even when Kakao Mobility found no route: each
//! route of `routes` has its own `result_code`, 0 for a route found. The codes are on the
//! page Driving direction API > Reference
//! (<https://developers.kakaomobility.com/affiliate-en/navi-api/reference>), in English, in
//! the affiliate section of Kakao Mobility Developers; no Korean or public version of it is
//! known. [`RouteError`] is its `result_code` table without 0: the failures, in the page's
//! order, each with the page's text as `message`, no status (the page gives none: the answer
//! is HTTP 200), no Korean text and no solution; a code the table does not list is kept by
//! [`RouteError::Unknown`]. With the `response` feature, [`failed_routes`] reads an answer's
//! body and gives each failed route's index, code and message.
//!
//! The page does not show an answer body. [`failed_routes`] reads the shape Kakao Mobility's
//! directions answers are known to have, `{"trans_id": ..., "routes": [{"result_code": 0,
//! "result_msg": ..., "summary": ..., "sections": ...}, ...]}`; the page itself names the
//! message field `result_message` (in the row of 107), so both names are read.
//!
//! No row is retryable: the page gives no solution, let alone "send it again". A route's
//! remedy is decided by the first rule below that its text matches:
//!
//! | # | the text says | remedy |
//! |---|---|---|
//! | 1 | a traffic event or a blockage on a road near a point ("road event", "road blockage"): nothing in the request is wrong, and the road may clear, but not within a backoff | [`RetryLater`](crate::Remedy::RetryLater) |
//! | 2 | the search ran out of time ("time limit"): as for a timeout in [`rest`](crate::rest#the-remedy-rule) | [`OutcomeUnknown`](crate::Remedy::OutcomeUnknown) |
//! | 3 | a point of the request: no road near it, outside the search area or radius, no road could be selected for it, origin and destination the same, more origins or destinations than allowed ("near the", "search area", "search radius", "Failed to select", "same location", "maximum number") | [`FixRequest`](crate::Remedy::FixRequest) |
//! | 4 | none of the above ("Cannot retrieve any directions.") | [`Unknown`](crate::Remedy::Unknown) |
//!
//! | code | remedy | decided by (rule) |
//! |---|---|---|
//! | 1 | Unknown | "Cannot retrieve any directions." (4) |
//! | 101 | FixRequest | "Cannot find any road near the waypoints." (3) |
//! | 102 | FixRequest | "Cannot find any road near the origin." (3) |
//! | 103 | FixRequest | "Cannot find any road near the destination." (3) |
//! | 104 | FixRequest | "The origin and destination are set to the same location." (3) |
//! | 105 | RetryLater | "Traffic road event occurs near the origin." (1) |
//! | 106 | RetryLater | "Traffic road event occurs near the destination." (1) |
//! | 107 | RetryLater | "Traffic road event occurs near a waypoint." (1) |
//! | 201 | FixRequest | "Multi-origin: Origin not in search area" (3) |
//! | 202 | FixRequest | "... exceeding maximum number of origins" (3) |
//! | 203 | FixRequest | "Multi-origin: Failed to select destination road" (3) |
//! | 204 | OutcomeUnknown | "Multi-origin: Route search processing time limit" (2) |
//! | 205 | RetryLater | "... road blockage near origin" (1) |
//! | 206 | RetryLater | "... road blockage near destination" (1) |
//! | 207 | FixRequest | "Multi-origin: Origin is outside the search radius" (3) |
//! | 301 | FixRequest | "Multi-destination: Failed to select origin road" (3) |
//! | 302 | FixRequest | "Multi-destination: Failed to select destination road" (3) |
//! | 303 | FixRequest | "... exceeding maximum number of destinations" (3) |
//! | 304 | FixRequest | "Multi-destination: Destination is outside the search radius" (3) |
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
mod route;

pub use error::MobilityError;
pub use http_status::HttpStatus;
pub use route::RouteError;
#[cfg(feature = "response")]
pub use route::{
    FailedRoute, FailedRoutes, MAX_FAILED_ROUTES, MAX_ROUTE_MESSAGE_BYTES, RouteAnswerError,
    failed_routes,
};
