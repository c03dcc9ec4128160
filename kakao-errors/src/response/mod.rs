//! Parsing real Kakao error responses: an HTTP status and a body, into a typed error.
//!
//! [`parse_as`] never fails and never panics. Whatever the body, the [`ResponseError`] it
//! returns keeps the HTTP status and the most the body gives:
//!
//! | [`BodyKind`] | body | kept |
//! |---|---|---|
//! | [`Rest`](BodyKind::Rest) | `{"code": -402, "msg": "...", "required_scopes": [...], "allowed_scopes": [...], "api_type": "..."}` | code (typed and raw), message, scopes, API type, [`extras`](ResponseError::extras) (Kakao Moment's `detailCode` and `detailMsg`), [`receiver_ids`](ResponseError::receiver_ids) |
//! | [`OAuth`](BodyKind::OAuth) | `{"error": "invalid_grant", "error_description": "...", "error_code": "KOE320"}` | [`OAuthError`](crate::oauth::OAuthError), description, `KOE` code |
//! | [`JavaScript`](BodyKind::JavaScript) | `{"name": "KAPIError", "msg": "...", "code": -401}` | name, code, message |
//! | [`Dapi`](BodyKind::Dapi) | `{"errorType": "AccessDeniedError", "message": "..."}` (search, Local and other `dapi.kakao.com` APIs) | [`error_type`](ResponseError::error_type), message |
//! | [`Pay`](BodyKind::Pay) | `{"error_code": -780, "error_message": "...", "extras": {...}}` (Kakao Pay) | the integer `error_code` as the code, message, extras |
//! | [`Kae`](BodyKind::Kae) | `{"error_code": "KAE001", "error_msg": "..."}` (Kakao Talk Channel and app APIs) | [`KAE` code](ResponseError::kae_code), message |
//! | [`Text`](BodyKind::Text) | `[-401] domain mismatched! caller=... check out registered web domains.` | code from the brackets, the text after them (at most [`EXCERPT_LIMIT`] bytes: a longer one is kept cut, with an excerpt, and the body is not [complete](ResponseError::is_complete)) |
//! | [`Unreadable`](BodyKind::Unreadable) | HTML from a gateway, not UTF-8, not an error object, ... | an [excerpt](ResponseError::excerpt) of at most [`EXCERPT_LIMIT`] bytes |
//! | [`Empty`](BodyKind::Empty) | nothing, or only whitespace | the status |
//!
//! A JSON object body also keeps every top-level member as sent, known or not:
//! [`field`](ResponseError::field) gives any of them as raw JSON, [`fields`](ResponseError::fields)
//! all of them, so no body loses a field.
//!
//! JSON bodies are read tolerantly: a missing `msg`, a `code` sent as a string (`"-402"`),
//! `null` fields, fields of an unexpected type, unknown fields, escaped text (`\uXXXX`) and codes
//! outside `i32` (kept as [`code`](ResponseError::code), with no typed cause) are all fine. A
//! body that serde_json rejects keeps every member but the damaged one: a lone surrogate
//! (`"\ud800"`, replaced by U+FFFD), a number too large for `f64` (`1e400`), bytes that are not
//! UTF-8 (each run replaced by U+FFFD), a raw control character or a bad escape in a string, a
//! byte order mark. A body that breaks off (truncated by a proxy, or by a size cap) keeps every
//! member read before the break, plus an excerpt. A key sent twice keeps its first value, for
//! the typed accessors and for [`field`](ResponseError::field) alike.
//!
//! What is kept stays bounded by the body: the body's JSON text once, the strings that had
//! escapes decoded, at most [`LIST_LIMIT`] items per list; parsing allocates at most about
//! twice the body (plus a few kilobytes) at its peak, whatever the body. The decoded strings
//! get the room left under twice the body (at least 4 KiB), past which a string is kept cut
//! and the body is not [complete](ResponseError::is_complete). A well-formed escape decodes
//! shorter than it is sent, so only a damaged body can need more: a bad escape (`\x`, a `\u`
//! without four hex digits) becomes a three-byte U+FFFD for two bytes, and bytes that are not
//! UTF-8 make the text itself longer than the body (each run becomes a U+FFFD). A body longer
//! than a gibibyte is read for what its first 64 KiB hold (its code and message come first),
//! as a body that broke off there. `Display` stays under 4 KiB whatever the body.
//!
//! # Example
//!
//! ```
//! use kakao_errors::oauth::OAuthError;
//! use kakao_errors::response::{BodyKind, parse};
//! use kakao_errors::rest::{ApiError, Common, Login};
//!
//! fn handle(status: u16, body: &[u8]) -> String {
//!     let error = parse(status, body);
//!     match error.kind() {
//!         BodyKind::OAuth => match error.oauth_error() {
//!             Some(OAuthError::InvalidGrant) => "log in again".to_owned(),
//!             _ => format!("authorization failed: {error}"),
//!         },
//!         BodyKind::Unreadable | BodyKind::Empty => format!("gateway said: {:?}", error.excerpt()),
//!         _ => match error.cause() {
//!             Some(ApiError::Login(Login::InsufficientScope)) => {
//!                 let scopes: Vec<&str> = error.required_scopes().into_iter().flatten().collect();
//!                 format!("ask the user to agree to {}", scopes.join(", "))
//!             }
//!             Some(ApiError::Common(Common::InvalidToken)) => "refresh the token".to_owned(),
//!             _ if error.is_retryable() => "try again".to_owned(),
//!             _ => format!("failed: {error}"),
//!         },
//!     }
//! }
//!
//! let body = br#"{"msg":"this access token does not exist","code":-401}"#;
//! assert_eq!(handle(401, body), "refresh the token");
//!
//! let body = br#"{"msg":"\uc0ac\uc6a9\uc790 \ub3d9\uc758 \ud544\uc694","code":-402,
//!     "api_type":"TALK_MEMO_DEFAULT_SEND","allowed_scopes":["profile"],
//!     "required_scopes":["talk_message"]}"#;
//! assert_eq!(handle(403, body), "ask the user to agree to talk_message");
//! let error = parse(403, body);
//! assert_eq!(error.message(), Some("사용자 동의 필요"));
//! assert_eq!(error.api_type(), Some("TALK_MEMO_DEFAULT_SEND"));
//! assert_eq!(
//!     error.to_string(),
//!     "Kakao API error: HTTP 403, code -402 (InsufficientScope): 사용자 동의 필요"
//! );
//!
//! let body = br#"{"error":"invalid_grant","error_description":"authorization code not found for code=abc","error_code":"KOE320"}"#;
//! assert_eq!(handle(400, body), "log in again");
//! assert_eq!(parse(400, body).koe_code(), Some("KOE320"));
//!
//! let error = parse(502, b"<html><body>502 Bad Gateway</body></html>");
//! assert_eq!((error.kind(), error.status()), (BodyKind::Unreadable, 502));
//! assert_eq!(error.excerpt(), Some("<html><body>502 Bad Gateway</body></html>"));
//! assert!(error.is_retryable());
//! ```
//!
//! Any other table (or your own derived enum) works the same through [`parse_as`]:
//!
//! ```
//! use kakao_errors::mobility::MobilityError;
//! use kakao_errors::response::parse_as;
//!
//! let error = parse_as::<MobilityError>(500, br#"{"code": -1, "msg": "internal server error"}"#);
//! assert_eq!(error.cause(), Some(&MobilityError::InternalError));
//! assert!(error.is_retryable());
//! ```

mod display;
mod error;
mod headers;
mod kind;
mod limits;
mod list;
mod remedy;
mod rules;
#[cfg(feature = "serde")]
mod serialize;

use crate::KakaoError;

pub use crate::read::limits::{EXCERPT_LIMIT, LIST_LIMIT};
pub use display::Unredacted;
pub use error::ResponseError;
pub use headers::REQUEST_ID_HEADERS;
pub use kind::BodyKind;
pub use list::Fields;

/// Parses an error response of the Kakao REST API: the HTTP `status` and the `body` bytes, with
/// the code looked up in [`ApiError`](crate::rest::ApiError) (every REST table, and a
/// catch-all). Never fails, never
/// panics; see the [module docs](self).
///
/// ```
/// use kakao_errors::response::parse;
/// use kakao_errors::rest::{ApiError, Common};
///
/// let e = parse(400, br#"{"code":-2,"msg":"ProfileId is not a number"}"#);
/// assert_eq!(e.cause(), Some(&ApiError::Common(Common::IllegalParams)));
/// assert_eq!(e.to_string(), "Kakao API error: HTTP 400, code -2 (IllegalParams): ProfileId is not a number");
/// ```
#[must_use]
pub fn parse(status: u16, body: &[u8]) -> ResponseError {
    ResponseError::parse(status, body)
}

/// Parses an error response: the HTTP `status` and the `body` bytes, looking the code up in
/// `E`. Never fails, never panics; see the [module docs](self).
///
/// ```
/// use kakao_errors::KakaoError;
/// use kakao_errors::response::{BodyKind, parse_as};
/// use kakao_errors::share::TalkShareError;
///
/// let e = parse_as::<TalkShareError>(500, br#"{"code":"5005","msg":null,"extra":[1,2]}"#);
/// assert_eq!(e.kind(), BodyKind::Rest);
/// assert_eq!(e.code(), Some(5005));
/// assert_eq!(e.cause(), Some(&TalkShareError::from_code(5005).unwrap()));
/// assert!(e.is_retryable());
/// assert_eq!(e.message(), None);
/// assert_eq!(e.field("extra"), Some("[1,2]"));
/// ```
#[must_use]
pub fn parse_as<E: KakaoError>(status: u16, body: &[u8]) -> ResponseError<E> {
    ResponseError::parse(status, body)
}
