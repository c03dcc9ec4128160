//! Typed, documented, matchable Kakao API errors.
//!
//! ```
//! use kakao_errors::KakaoError;
//! use kakao_errors::rest::{ApiError, Login};
//!
//! // Your own codes, with the same checks the crate's tables get.
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
//! pub enum Billing {
//!     /// The card was declined.
//!     #[kakao(code = 7001, status = 402, solution = "Ask the user for another card.")]
//!     CardDeclined,
//!     /// The payment gateway timed out.
//!     #[kakao(code = 7002, status = 504, retry = true)]
//!     GatewayTimeout,
//! }
//!
//! // A wrapper: your codes first, then every documented REST API code, then a catch-all.
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
//! pub enum AppError {
//!     #[kakao(transparent)]
//!     Billing(Billing),
//!     #[kakao(transparent)]
//!     Kakao(ApiError),
//! }
//!
//! let e = AppError::from_code(-402).unwrap();
//! assert_eq!(e, AppError::Kakao(ApiError::Login(Login::InsufficientScope)));
//! assert_eq!(e.name(), "InsufficientScope");
//! assert_eq!(e.status(), Some(403));
//! assert!(!e.is_retryable());
//!
//! assert!(AppError::from_code(7002).unwrap().is_retryable());
//! assert_eq!(AppError::from_code(7001).unwrap().to_string(), "[7001] The card was declined.");
//!
//! // ApiError has a catch-all, so no code is ever lost.
//! assert_eq!(AppError::from_code(-123_456).unwrap().code(), -123_456);
//! ```
//!
//! A failed response, parsed: every body shape Kakao sends, and anything else, keeps its
//! status, its code and its message.
//!
//! ```
//! use kakao_errors::KakaoError;
//! use kakao_errors::response::{BodyKind, parse};
//! use kakao_errors::rest::{ApiError, Login};
//!
//! let body = br#"{"code":-402,"msg":"insufficient scopes.","required_scopes":["account_email"]}"#;
//! let e = parse(403, body);
//! assert_eq!((e.status(), e.kind(), e.code()), (403, BodyKind::Rest, Some(-402)));
//! assert_eq!(e.cause(), Some(&ApiError::Login(Login::InsufficientScope)));
//! assert_eq!(e.required_scopes().unwrap().collect::<Vec<_>>(), ["account_email"]);
//!
//! let gateway = parse(502, b"<html><body>Bad Gateway</body></html>");
//! assert_eq!((gateway.status(), gateway.kind(), gateway.code()), (502, BodyKind::Unreadable, None));
//! ```
//!
//! # Contents
//!
//! - [`KakaoError`]: the trait every table implements, and `#[derive(KakaoError)]`.
//! - [`rest`]: the REST API tables (Common, Kakao Login, Talk Message, ...) and their union
//!   [`rest::ApiError`].
//! - [`share`]: Kakao Talk Share errors and their case-by-case troubleshooting.
//! - [`mobility`]: Kakao Mobility's error codes and HTTP status table.
//! - [`response`]: parsing real error responses (REST, OAuth, JavaScript SDK, search and Local,
//!   Kakao Pay, `KAE` errors, plain text), keeping every field of the body.
//! - [`oauth`]: Kakao Login's authorization server errors ([`oauth::OAuthError`]).
//! - `http` and `reqwest` (features of the same names): `http::StatusCode` conversions, and
//!   turning an `http::Response` or a `reqwest::Response` into `Ok(response)` or the typed
//!   error.
//!
//! # Features
//!
//! | feature | default | what it adds |
//! |---|---|---|
//! | `serde` | yes | `Serialize`/`Deserialize` as the integer code for every derived enum, the crate's and yours (no serde dependency needed in your `Cargo.toml`) |
//! | `http` | no | the `http` module |
//! | `reqwest` | no | the `reqwest` module (implies `http`); brings no TLS stack of its own |
#![doc = include_str!("derive_reference.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

// The tables below are written with the derive, whose expansion names `::kakao_errors`.
extern crate self as kakao_errors;

mod kakao_error;

pub mod mobility;
pub mod oauth;
pub mod response;
pub mod rest;
pub mod share;

#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub mod http;
#[cfg(feature = "reqwest")]
#[cfg_attr(docsrs, doc(cfg(feature = "reqwest")))]
pub mod reqwest;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use kakao_error::{KakaoError, UnknownCode};

/// Derives [`KakaoError`], `Display` and `Error` for an enum of error codes; see the
/// [crate docs](crate#the-derive) for the attribute keys and what is generated.
pub use kakao_errors_derive::KakaoError;
