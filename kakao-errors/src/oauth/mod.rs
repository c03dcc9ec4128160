//! Kakao Login's authorization server errors.
//!
//! The authorization server (`kauth.kakao.com`: authorization codes, tokens) answers a failed
//! request with an OAuth error body, for example
//! `{"error":"invalid_grant","error_description":"...","error_code":"KOE320"}`. Its `error`
//! value is an [`OAuthError`]; [`response::parse`](crate::response::parse) reads the whole body
//! (see [`ResponseError::oauth_error`](crate::response::ResponseError::oauth_error) and
//! [`koe_code`](crate::response::ResponseError::koe_code)).
//!
//! ```
//! use kakao_errors::oauth::OAuthError;
//! use kakao_errors::response::parse;
//!
//! let body = br#"{"error":"invalid_grant","error_description":"expired_or_invalid_refresh_token","error_code":"KOE322"}"#;
//! let e = parse(400, body);
//! assert_eq!(e.oauth_error(), Some(&OAuthError::InvalidGrant));
//! assert_eq!(e.koe_code(), Some("KOE322"));
//! ```

mod error_value;

pub use error_value::OAuthError;
