//! Typed, documented, matchable Kakao API errors: every documented error table, what to do
//! about each error, response parsing, and `#[derive(KakaoError)]` for your own codes.
//!
//! ```
//! use kakao_errors::{KakaoError, Remedy};
//! use kakao_errors::rest::{ApiError, Login};
//! use kakao_errors::share::TalkShareError;
//!
//! // Your own codes, with the same checks the crate's tables get.
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
//! pub enum Billing {
//!     /// The card was declined.
//!     #[kakao(code = 7001, status = 402, remedy = UserAction,
//!             solution = "Ask the user for another card.")]
//!     CardDeclined,
//!     /// The payment gateway timed out.
//!     #[kakao(code = 7002, status = 504, retry = true)]
//!     GatewayTimeout,
//! }
//!
//! // Your application's error codes: yours, every REST API code, every Kakao Talk Share
//! // code, and a catch-all that keeps any code nobody documents.
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
//! pub enum AppError {
//!     #[kakao(transparent)]
//!     Billing(Billing),
//!     #[kakao(transparent)]
//!     Kakao(ApiError),
//!     #[kakao(transparent)]
//!     Share(TalkShareError),
//!     #[kakao(other)]
//!     Unknown(i32),
//! }
//!
//! let e = AppError::from_code(-402).unwrap();
//! assert_eq!(e, AppError::Kakao(ApiError::Login(Login::InsufficientScope)));
//! assert_eq!((e.name(), e.status()), ("InsufficientScope", Some(403)));
//! assert!(matches!(e.remedy(), Remedy::RequestConsent { .. }));
//!
//! assert_eq!(AppError::from_code(7002).unwrap().remedy(), Remedy::Retry { after: None });
//! assert_eq!(AppError::from_code(7001).unwrap().to_string(), "[7001] The card was declined.");
//! assert_eq!(AppError::from_code(4019).unwrap().remedy(), Remedy::FixAppSettings);
//!
//! // No code is ever lost.
//! assert_eq!(AppError::from_code(-123_456), Some(AppError::Unknown(-123_456)));
//! ```
//!
//! A failed response, parsed: every body shape Kakao sends, and anything else, keeps its
//! status, its code, its message and every field; `ResponseError::remedy` says what to do
//! from the whole response (module `response`, feature `response`, on by default).
//!
//! ```
//! # #[cfg(feature = "response")] {
//! use kakao_errors::Remedy;
//! use kakao_errors::response::{BodyKind, parse};
//! use kakao_errors::rest::{ApiError, Login};
//!
//! let body = br#"{"code":-402,"msg":"insufficient scopes.","required_scopes":["account_email"]}"#;
//! let e = parse(403, body);
//! assert_eq!((e.status(), e.kind(), e.code()), (403, BodyKind::Rest, Some(-402)));
//! assert_eq!(e.cause(), Some(&ApiError::Login(Login::InsufficientScope)));
//! let Remedy::RequestConsent { scopes } = e.remedy() else { unreachable!() };
//! assert_eq!(scopes.collect::<Vec<_>>(), ["account_email"]);
//!
//! // -401 is a token to refresh, unless the message says the app's settings are wrong.
//! let domain = parse(401, br#"{"code":-401,"msg":"domain mismatched! caller=https://a.example"}"#);
//! assert_eq!(domain.remedy(), Remedy::FixAppSettings);
//!
//! let gateway = parse(502, b"<html><body>Bad Gateway</body></html>");
//! assert_eq!((gateway.kind(), gateway.code()), (BodyKind::Unreadable, None));
//! assert_eq!(gateway.remedy(), Remedy::Retry { after: None });
//! # }
//! ```
//!
//! # Safe to print, log and report
//!
//! Everything the crate prints, logs or serializes (`Display`, `Debug` of every public type,
//! `Serialize`) follows one rule, stated in [`redact`]: the secrets a response carries (the
//! authorization code a `KOE320` echoes, a token in a query, a cookie) are `<redacted>`, control,
//! bidirectional and invisible characters are escaped, and every output is bounded. The
//! accessors give what was sent; [`ResponseError::unredacted`](response::ResponseError::unredacted)
//! is a line with the secrets in it, for where one is needed.
//!
//! # Contents
//!
//! - [`KakaoError`]: the trait every table implements, and `#[derive(KakaoError)]`;
//!   [`Remedy`] (what to do), [`ErrorCode`] (a code as Kakao writes it: `-402`, `KOE320`).
//! - [`catalog`]: every table in one list, with its Kakao page; which tables document a code.
//! - [`rest`]: the REST API tables (Common, Kakao Login, Talk Message, ...) and their union
//!   [`rest::ApiError`].
//! - [`oauth`]: Kakao Login's authorization server errors (`KOE320`), for Kakao Login and for
//!   Business Authentication.
//! - [`channel`]: the Kakao SDK's Kakao Talk Channel errors (`KAE004`).
//! - [`certification`]: Kakao Talk Certification's errors (`E1001`).
//! - [`share`]: Kakao Talk Share errors and their case-by-case troubleshooting.
//! - [`moment`]: Kakao Moment's common error codes (-813 with HTTP 400, 403 and 429) and its
//!   detail codes (`extras.detailCode`).
//! - [`keyword_ad`]: Kakao Keyword Ad's error codes (its own statuses) and its detail codes.
//! - [`mobility`]: Kakao Mobility's error codes and HTTP status table, and the result codes of
//!   a directions answer's routes.
//! - [`pay`]: Kakao Pay's error codes, known only from third-party sources.
//! - [`bizmessage`]: Kakao's AlimTalk and FriendTalk result codes, known only from third-party
//!   sources, and a reader for them as resellers pass them on (`KKO_3018`).
//!
//!   The tables are `#[non_exhaustive]`: Kakao adds codes, and a minor version adds them too,
//!   so a `match` on a table needs a `_` arm. Match the codes you handle and leave the rest to
//!   the `_` arm, or to [`KakaoError::remedy`].
//! - [`local`]: the `errorType` values of the search and Local APIs (`dapi.kakao.com`) and the
//!   message phrases that tell their causes apart, known only from third-party sources.
//! - [`response`]: parsing real error responses (REST, OAuth, JavaScript SDK, search and Local,
//!   Kakao Pay, `KAE` errors, plain text), keeping every field of the body.
//! - [`redact`]: the one rule everything this crate prints, logs or serializes follows (secrets
//!   a response carries redacted, control and bidirectional characters escaped, every output
//!   bounded), and [`redact::clean`] to apply it to your own output.
//! - [`retry`]: whether to send a failed request again and after how long, from its
//!   [`Remedy`], with bounded attempts, exponential backoff, jitter and `Retry-After`.
//! - `http` and `reqwest` (features below): `http::StatusCode` conversions, and turning an
//!   `http::Response` or a `reqwest::Response` (0.13 or 0.12) into `Ok(response)` or the typed
//!   error, with the response's `Retry-After` and request id kept.
//! - `fixture` (feature below): realistic error responses for your own tests, for any code of
//!   any table or of your own enums.
//! - `reqwest_middleware` and `tower` (features below): adapters that send a request again
//!   when [`retry`] says so, reading the error body to decide, within a retry budget that
//!   every request shares and a deadline; and adapters that refresh an expired access token
//!   and resend the request once, or hand a missing consent back with Kakao Login's URL that
//!   asks for it (`auth`, feature `http`).
//! - `problem` (feature below): for a backend that calls Kakao for its own clients, a failure
//!   as an RFC 9457 `application/problem+json` answer, its status chosen from the remedy and
//!   its detail redacted; with `axum`, an axum response a handler can `?` into.
//! - `telemetry` (feature `tracing`, below): the `tracing` events the adapters emit, under
//!   OpenTelemetry's names (`error.type` such as `kakao.rest:-402`,
//!   `http.response.status_code`, `http.request.resend_count`, `kakao.remedy`), and their
//!   levels.
//!
//! # Features
//!
//! | feature | default | what it adds |
//! |---|---|---|
//! | `serde` | yes | `Serialize`/`Deserialize` as the code for the crate's tables and for your enums marked `#[kakao(serde)]` (no serde dependency needed in your `Cargo.toml`); `Serialize` for a parsed response |
//! | `response` | yes | the `response` module: parsing error responses (`serde_json`) |
//! | `fixture` | no | the `fixture` module: for any code, its documented status and a body of the shape its table's product sends (the catalog's `Shape`: REST, OAuth, `KAE`, Kakao Pay's, a detail code's, a directions answer), with the message, scopes and `Retry-After` to taste; for your tests (`[dev-dependencies]`) |
//! | `http` | no | the `http` module; [`retry_after`](response::ResponseError::retry_after) and [`request_id`](response::ResponseError::request_id) read from response headers; `retry::RetrySettings`; the `auth` module (tokens, refresh, consent) |
//! | `reqwest` | no | the `reqwest` module for reqwest 0.13: `kakao_check()` on its `Response`, and `reqwest::Error` (implies `http`) |
//! | `reqwest-0-12` | no | the same `reqwest` module for reqwest 0.12: `kakao_check()` on its `Response`, with the same `reqwest::Error` (implies `http`) |
//! | `reqwest-middleware` | no | the `reqwest_middleware` module: `KakaoRetry`, a reqwest-middleware 0.5 middleware (reqwest 0.13) that retries as the remedy of an error response says, and `KakaoAuth`, which refreshes expired tokens and hands missing consents back (implies `reqwest`; uses Tokio's timer) |
//! | `reqwest-middleware-0-4` | no | the same `KakaoRetry` and `KakaoAuth` as reqwest-middleware 0.4 middlewares (reqwest 0.12; implies `reqwest-0-12`) |
//! | `tower` | no | the `tower` module: `KakaoRetry`, a `tower::retry::Policy` for `http` requests and responses that does the same, and `KakaoAuthLayer` (implies `http`; uses Tokio's timer) |
//! | `problem` | no | the `problem` module: `Problem`, an RFC 9457 problem details object for a failed response or a failed reqwest request (status from the remedy, the documenting page as `type`, this crate's description as `detail`, never the body's message), serialized with serde (implies `response` and `serde`) |
//! | `axum` | no | axum's `IntoResponse` for `Problem` (through axum-core 0.5, the trait axum 0.8 uses): status, `application/problem+json`, `Retry-After` (implies `problem` and `http`) |
//! | `tracing` | no | `tracing` events from the adapters that are enabled (`kakao_check()`, `http::check`, the retry and auth adapters), with OpenTelemetry's field names and never a message, a body, a URL or a token: see the `telemetry` module (implies no other feature; `tracing` without its `attributes` and `log` features) |
//!
//! With `default-features = false` the crate is the trait, the derive and the tables: no serde
//! or `serde_json`. Every feature only adds: turning one on anywhere in a build never
//! breaks a crate that compiled without it (serde impls of your enums are opt-in per enum).
//!
//! Enable the reqwest feature of the version your application uses: `kakao_check()` is a
//! method of that version's `Response` only. Both can be enabled at once, in the one `reqwest`
//! module, with one error type; neither brings a TLS stack of its own. reqwest 0.11 and older
//! (built on `http` 0.2) are not supported.
#![doc = include_str!("derive_reference.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]
// The docs link to the response parser wherever a remedy or a list comes from it; without the
// `response` feature those links have nowhere to go (docs.rs builds with every feature).
#![cfg_attr(not(feature = "response"), allow(rustdoc::broken_intra_doc_links))]

// The tables below are written with the derive, whose expansion names `::kakao_errors`.
extern crate self as kakao_errors;

mod error_code;
mod kakao_error;
mod remedy;
mod text_list;
mod utf8;

// The JSON and text reader under `response`: it knows nothing of Kakao (see its module docs).
#[cfg(feature = "response")]
mod read;

pub mod bizmessage;
pub mod case;
pub mod catalog;
pub mod certification;
pub mod channel;
pub mod keyword_ad;
pub mod local;
pub mod mobility;
pub mod moment;
pub mod oauth;
pub mod pay;
pub mod redact;
#[cfg(feature = "response")]
#[cfg_attr(docsrs, doc(cfg(feature = "response")))]
pub mod response;
pub mod rest;
pub mod retry;
pub mod share;

#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub mod auth;
#[cfg(any(feature = "reqwest", feature = "reqwest-0-12"))]
mod body;
#[cfg(feature = "fixture")]
#[cfg_attr(docsrs, doc(cfg(feature = "fixture")))]
pub mod fixture;
#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub mod http;
#[cfg(feature = "problem")]
#[cfg_attr(docsrs, doc(cfg(feature = "problem")))]
pub mod problem;
#[cfg(any(feature = "reqwest", feature = "reqwest-0-12"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "reqwest", feature = "reqwest-0-12"))))]
pub mod reqwest;
#[cfg(any(feature = "reqwest-middleware", feature = "reqwest-middleware-0-4"))]
#[cfg_attr(
    docsrs,
    doc(cfg(any(feature = "reqwest-middleware", feature = "reqwest-middleware-0-4")))
)]
pub mod reqwest_middleware;
#[cfg(feature = "tracing")]
#[cfg_attr(docsrs, doc(cfg(feature = "tracing")))]
pub mod telemetry;
#[cfg(feature = "tower")]
#[cfg_attr(docsrs, doc(cfg(feature = "tower")))]
pub mod tower;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use error_code::ErrorCode;
pub use kakao_error::{KakaoError, UnknownCode};
pub use remedy::Remedy;
pub use text_list::TextList;

/// Derives [`KakaoError`], `Display` and `Error` for an enum of error codes; see the
/// [crate docs](crate#the-derive) for the attribute keys and what is generated.
pub use kakao_errors_derive::KakaoError;
