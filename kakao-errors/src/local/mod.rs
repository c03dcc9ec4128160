//! The search, Local and other APIs served from `dapi.kakao.com` (Kakao Map's JavaScript SDK,
//! Local, Search): their error types and the message phrases that tell a cause apart.
//!
//! These APIs answer a failed request with a body of their own shape,
//! `{"errorType": "AccessDeniedError", "message": "domain mismatched! caller=http://localhost:3001. check out registered web domains."}`,
//! read by the `response` module as a `dapi` body (its `error_type` and `message`). An
//! `errorType` is a name, not a number: [`ErrorType`] is a small typed table of the names (no
//! codes are invented for them), and the phrases of their messages are [cases](crate::case)
//! under them (the rows of `case/local.rs`), each a cause with its remedy, which a parsed
//! response finds as its [`case`](crate::response::ResponseError::case).
//!
//! ```
//! # #[cfg(feature = "response")] {
//! use kakao_errors::Remedy;
//! use kakao_errors::local::ErrorType;
//! use kakao_errors::response::parse;
//!
//! let body = br#"{"errorType":"NotAuthorizedError","message":"App(my-app) disabled OPEN_MAP_AND_LOCAL service."}"#;
//! let e = parse(403, body);
//! assert_eq!(e.case().unwrap().name(), "MapServiceDisabled");
//! assert_eq!(e.remedy(), Remedy::FixAppSettings);
//! // A message with no known phrase: the error type's row decides.
//! let other = parse(401, br#"{"errorType":"AccessDeniedError","message":"something new"}"#);
//! assert_eq!(other.case(), None);
//! assert_eq!(other.remedy(), ErrorType::AccessDeniedError.remedy());
//! # }
//! ```
//!
//! # Where the data comes from
//!
//! **Not from Kakao.** No Kakao page lists the `errorType` values or their messages. What is
//! here is known from 23 error bodies that public third-party sources report (public code
//! known by its code index id, and one GitHub issue), each trusted by what it is:
//!
//! - responses reported as observed or measured (work logs, troubleshooting notes, a browser's
//!   network tab in <https://github.com/TEAM-BEAT/BEAT-Client/issues/524>): trust **medium**;
//! - notes and code comments, some with the authors' placeholders ("...") in the message:
//!   trust **low-medium**;
//! - test fixtures, which show the shape but not Kakao's exact text or status: trust **low**.
//!
//! Three `errorType` values are seen, and no other: `NotAuthorizedError`, `AccessDeniedError`
//! and `InvalidArgument`. [`ErrorType::status`] is the status most sources give with the value:
//! `NotAuthorizedError` is 403 in every source that gives a status but one (401);
//! `AccessDeniedError` is 401; `InvalidArgument` is 400 only in a test fixture. The meanings
//! ([`ErrorType::message`], the cases' messages) are this crate's words: the sources' own
//! explanations are not Kakao's and are not copied. Each value's and each phrase's
//! `known_from` names the sources whose bodies have it, by kind and trust.
//!
//! A phrase is the part of a message that stays the same from one body to another (the app's
//! name in `App(...)`, the caller's origin and the key vary): "disabled OPEN_MAP_AND_LOCAL
//! service", "domain mismatched!", "wrong appKey(", ... The most common failure of the Local
//! API is the first: the app's Kakao Map / Local service is not turned on in the Kakao
//! Developers console, while its key is valid.
//!
//! Also reported, but with no body to read: HTTP 429 with an empty body when a daily quota or
//! the request rate is exceeded; and a browser (Chrome) that blocks the JSON error returned in
//! place of the Maps SDK's script (`ERR_BLOCKED_BY_ORB`), hiding the body.
//!
//! # The remedy rule
//!
//! A phrase's remedy is decided by the first rule below that its `errorType` or its words
//! match; an `errorType`'s, used when the message has no known phrase, is the one most of its
//! phrases get:
//!
//! | # | the error type or the phrase says | remedy |
//! |---|---|---|
//! | 1 | a parameter or a header of the request: `InvalidArgument`, "Header is required" | [`FixRequest`](crate::Remedy::FixRequest) |
//! | 2 | the app's settings in the Kakao Developers console: a service "disabled", "domain mismatched", "ip mismatched", the app key ("appKey": malformed or of the wrong type; "does not exist") | [`FixAppSettings`](crate::Remedy::FixAppSettings) |
//! | 3 | none of the above | [`Unknown`](crate::Remedy::Unknown) |
//!
//! | phrase | error type | words | remedy | rule |
//! |---|---|---|---|---|
//! | `MapServiceDisabled` | `NotAuthorizedError` | "disabled OPEN_MAP_AND_LOCAL service" | FixAppSettings | 2 |
//! | `DomainMismatched` | `AccessDeniedError` | "domain mismatched!" | FixAppSettings | 2 |
//! | `AppKeyDoesNotExist` | `AccessDeniedError` | "does not exist" | FixAppSettings | 2 |
//! | `WrongAppKeyFormat` | `AccessDeniedError` | "wrong appKey(" | FixAppSettings | 2 |
//! | `WrongAppKeyType` | `AccessDeniedError` | "appKeyType is" | FixAppSettings | 2 |
//! | `KaHeaderMissing` | `AccessDeniedError` | "KA Header is required" | FixRequest | 1 |
//! | `IpMismatched` | `AccessDeniedError` | "ip mismatched!" | FixAppSettings | 2 |
//! | `PageOverMax` | `InvalidArgument` | "page is more than max" | FixRequest | 1 |
//! | `QueryMissing` | `InvalidArgument` | "query is required" | FixRequest | 1 |
//! | `RadiusOutOfRange` | `InvalidArgument` | "radius is out of range" | FixRequest | 1 |
//!
//! | error type | remedy | decided by |
//! |---|---|---|
//! | `NotAuthorizedError` | FixAppSettings | its one phrase, `MapServiceDisabled` (2) |
//! | `AccessDeniedError` | FixAppSettings | five of its six phrases (2); `KaHeaderMissing` is `FixRequest` (1) |
//! | `InvalidArgument` | FixRequest | its name (1) |

mod error_type;

pub use error_type::ErrorType;
