//! The events themselves: what each adapter calls, and the one place that writes their fields
//! (see the [module docs](super) for the table). Every event is behind `event_enabled!`, so
//! that its fields are worked out only for a subscriber that wants it.
#![cfg_attr(
    not(any(feature = "reqwest", feature = "reqwest-0-12", feature = "tower")),
    allow(dead_code, reason = "`http::check` alone uses a part of it")
)]

use core::fmt::{self, Write as _};

use tracing::{Level, event, event_enabled};

use crate::KakaoError;
use crate::local::ErrorType as DapiErrorType;
use crate::oauth::OAuthError;
use crate::redact::{holds_secret, is_error_code};
use crate::response::ResponseError;

/// The target of every event.
pub(crate) const TARGET: &str = "kakao_errors";

/// What `error.type` and `kakao.error.code` say of a code that may not be shown (OpenTelemetry's
/// value for "another class"); and `error.type` of a failure that is neither a response, nor a
/// timeout, nor a connection that could not be made.
pub(crate) const OTHER: &str = "_OTHER";

/// Room for the longest `error.type`: `kakao.` (6), the longest body kind (10), `:` (1) and the
/// longest code let through (20: an `i64`, `-9223372036854775808`).
const ERROR_TYPE_CAPACITY: usize = 40;

/// The `error.type` of a failure, written in place (no allocation): `kakao.<kind>:<code>` for a
/// response with a code, the status for one without, or a fixed token; with where the code
/// starts in it, for `kakao.error.code`.
pub(crate) struct ErrorType {
    text: [u8; ERROR_TYPE_CAPACITY],
    len: u8,
    /// Where the code starts in `text`; 0 when there is none.
    code_at: u8,
}

/// A code of a response as the events show it.
enum Code<'a> {
    Number(i64),
    /// A text that reads as a code (checked by [`code_of`]).
    Text(&'a str),
    /// A code that does not read as one: shown as [`OTHER`].
    Other,
}

/// The code of `error`, as Kakao writes it, if it has one: the `error_code` text (`KOE320`,
/// `KAE004`), the integer code (`-402`), a `code` that is not an integer, the `errorType` of a
/// search or Local body, or the OAuth `error` of a body without a `KOE` code, in that order.
/// A text that does not read as an error code (up to five capital letters, an optional `_`,
/// up to twelve digits, or an integer), or an `errorType` or OAuth `error` that is not a known
/// value, is [`Code::Other`]: no other text from a server reaches a field.
fn code_of<E: KakaoError>(error: &ResponseError<E>) -> Option<Code<'_>> {
    if let Some(text) = error.text_code() {
        return Some(Code::shown_if(text, is_error_code(text.as_bytes())));
    }
    if let Some(number) = error.code() {
        return Some(Code::Number(number));
    }
    if let Some(raw) = error.unparsed_code() {
        return Some(Code::shown_if(raw, is_error_code(raw.as_bytes())));
    }
    if let Some(name) = error.error_type() {
        let known = DapiErrorType::from_name(name).is_some();
        return Some(Code::shown_if(name, known));
    }
    let value = error.oauth_error_text()?;
    Some(Code::shown_if(value, OAuthError::known(value).is_some()))
}

impl<'a> Code<'a> {
    /// `text` if `shown`, else [`Code::Other`].
    fn shown_if(text: &'a str, shown: bool) -> Self {
        if shown { Self::Text(text) } else { Self::Other }
    }
}

impl ErrorType {
    fn empty() -> Self {
        Self {
            text: [0; ERROR_TYPE_CAPACITY],
            len: 0,
            code_at: 0,
        }
    }

    /// One of the fixed tokens (`timeout`, `connect`, [`OTHER`]).
    fn token(token: &'static str) -> Self {
        let mut error_type = Self::empty();
        error_type.push(token);
        error_type
    }

    /// A response's: `kakao.<kind>:<code>`, or its status when it has no code.
    pub(crate) fn of_response<E: KakaoError>(error: &ResponseError<E>) -> Self {
        let mut error_type = Self::empty();
        match code_of(error) {
            None => {
                let _ = write!(error_type, "{}", error.status());
            }
            Some(code) => {
                error_type.push("kakao.");
                error_type.push(error.kind().as_str());
                error_type.push(":");
                error_type.code_at = error_type.len;
                let _ = match code {
                    Code::Number(number) => write!(error_type, "{number}"),
                    Code::Text(text) => error_type.write_str(text),
                    Code::Other => error_type.write_str(OTHER),
                };
            }
        }
        error_type
    }

    fn push(&mut self, s: &str) {
        // Only this module's tokens and checked codes are written: they always fit.
        let _ = self.write_str(s);
    }

    pub(crate) fn as_str(&self) -> &str {
        core::str::from_utf8(&self.text[..usize::from(self.len)]).unwrap_or(OTHER)
    }

    /// The code it ends with, if it has one.
    pub(crate) fn code(&self) -> Option<&str> {
        (self.code_at > 0).then(|| &self.as_str()[usize::from(self.code_at)..])
    }
}

impl fmt::Write for ErrorType {
    /// Appends `s` whole, or nothing if it does not fit.
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let start = usize::from(self.len);
        let end = start + s.len();
        let Some(room) = self.text.get_mut(start..end) else {
            return Err(fmt::Error);
        };
        room.copy_from_slice(s.as_bytes());
        self.len = u8::try_from(end).map_err(|_| fmt::Error)?;
        Ok(())
    }
}

/// What an event says of a failure: the fields every failure event shares.
struct Seen<'a> {
    error_type: Option<ErrorType>,
    status: Option<u16>,
    remedy: Option<&'static str>,
    request_id: Option<&'a str>,
}

impl<'a> Seen<'a> {
    /// A parsed response, whose remedy is named `remedy`.
    fn response<E: KakaoError>(error: &'a ResponseError<E>, remedy: &'static str) -> Self {
        Self {
            error_type: Some(ErrorType::of_response(error)),
            status: Some(error.status()),
            remedy: Some(remedy),
            // Visible ASCII already (see `request_id`); one that names a secret is left out.
            request_id: error.request_id().filter(|id| !holds_secret(id)),
        }
    }

    /// A response whose body was not read: its status alone.
    fn unread(status: u16) -> Self {
        Self {
            error_type: None,
            status: Some(status),
            remedy: None,
            request_id: None,
        }
    }

    fn error_type(&self) -> Option<&str> {
        self.error_type.as_ref().map(ErrorType::as_str)
    }

    fn code(&self) -> Option<&str> {
        self.error_type.as_ref().and_then(ErrorType::code)
    }
}

/// An event of a failure at `$level`, with the fields of `$seen`, then `$extra` (each field
/// followed by a comma), then the message.
macro_rules! failure_event {
    ($level:ident, $seen:expr, { $($extra:tt)* }, $message:literal) => {{
        let seen: &Seen<'_> = $seen;
        event!(
            target: TARGET,
            Level::$level,
            error.type = seen.error_type(),
            http.response.status_code = seen.status,
            kakao.error.code = seen.code(),
            kakao.remedy = seen.remedy,
            kakao.request_id = seen.request_id,
            $($extra)*
            $message
        )
    }};
}

// The adapters' events (after the macro, which they use).
#[cfg(any(feature = "reqwest", feature = "reqwest-0-12", feature = "tower"))]
mod adapters;
#[cfg(any(feature = "reqwest", feature = "reqwest-0-12", feature = "tower"))]
pub(crate) use adapters::*;

/// `kakao_check()` or `http::check` hands `error` to the caller: one DEBUG event (the caller
/// has the error; a log of its own is the caller's choice). `remedy` is the error's.
pub(crate) fn checked<E: KakaoError>(
    error: &ResponseError<E>,
    remedy: impl FnOnce() -> &'static str,
) {
    if !event_enabled!(target: TARGET, Level::DEBUG) {
        return;
    }
    let seen = Seen::response(error, remedy());
    failure_event!(DEBUG, &seen, {}, "Kakao API error response");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::response::parse;

    fn error_type(status: u16, body: &str) -> (String, Option<String>) {
        let error_type = ErrorType::of_response(&parse(status, body.as_bytes()));
        (
            error_type.as_str().to_owned(),
            error_type.code().map(str::to_owned),
        )
    }

    fn pair(error_type: &str, code: Option<&str>) -> (String, Option<String>) {
        (error_type.to_owned(), code.map(str::to_owned))
    }

    #[test]
    fn the_documented_examples_hold() {
        let cases = [
            (
                403,
                r#"{"code":-402,"msg":"m"}"#,
                "kakao.rest:-402",
                Some("-402"),
            ),
            (
                400,
                r#"{"error":"invalid_grant","error_description":"code=abc","error_code":"KOE320"}"#,
                "kakao.oauth:KOE320",
                Some("KOE320"),
            ),
            (
                403,
                r#"{"errorType":"NotAuthorizedError","message":"App(x) disabled OPEN_MAP_AND_LOCAL service."}"#,
                "kakao.dapi:NotAuthorizedError",
                Some("NotAuthorizedError"),
            ),
            (
                400,
                r#"{"error_code":"KAE004","error_msg":"m"}"#,
                "kakao.kae:KAE004",
                Some("KAE004"),
            ),
            (
                500,
                r#"{"error_code":-780,"error_message":"m"}"#,
                "kakao.pay:-780",
                Some("-780"),
            ),
            (
                401,
                "[-401] this access token does not exist",
                "kakao.text:-401",
                Some("-401"),
            ),
            (
                401,
                r#"{"name":"KAPIError","code":-401,"msg":"m"}"#,
                "kakao.javascript:-401",
                Some("-401"),
            ),
            (
                400,
                r#"{"error":"invalid_grant","error_description":"x"}"#,
                "kakao.oauth:invalid_grant",
                Some("invalid_grant"),
            ),
            (502, "<html>Bad Gateway</html>", "502", None),
            (503, "", "503", None),
            (
                400,
                r#"{"code":-9223372036854775808}"#,
                "kakao.rest:-9223372036854775808",
                Some("-9223372036854775808"),
            ),
        ];
        for (status, body, expected, code) in cases {
            assert_eq!(error_type(status, body), pair(expected, code), "{body}");
        }
    }

    #[test]
    fn a_code_that_does_not_read_as_one_is_other() {
        for (status, body, expected) in [
            (400, r#"{"code":"\u001b[2J-402"}"#, "kakao.rest:_OTHER"),
            (400, r#"{"code":"abc"}"#, "kakao.rest:_OTHER"),
            (400, r#"{"code":-402.5}"#, "kakao.rest:_OTHER"),
            (
                400,
                r#"{"error":"invalid_grant","error_code":"KOE320\u001b[31m"}"#,
                "kakao.oauth:_OTHER",
            ),
            (400, r#"{"error_code":"KAE001\u202e"}"#, "kakao.kae:_OTHER"),
            (
                401,
                r#"{"errorType":"Access\u001b[2JDenied"}"#,
                "kakao.dapi:_OTHER",
            ),
            (401, r#"{"errorType":"SomeNewError"}"#, "kakao.dapi:_OTHER"),
            (
                400,
                r#"{"error":"invalid_grant\u001b[2J"}"#,
                "kakao.oauth:_OTHER",
            ),
            // A token where a code goes: not a code's shape.
            (
                400,
                r#"{"error_code":"Qm9vX3Rlc3RfYXV0aF9jb2RlXzEyMw-Zx9uQ2kTq"}"#,
                "kakao.oauth:_OTHER",
            ),
            (
                400,
                r#"{"code":"5e1c0ffee5e1c0ffee5e1c0ffee5e1c0f"}"#,
                "kakao.rest:_OTHER",
            ),
            (400, r#"{"code":"koe320"}"#, "kakao.rest:_OTHER"),
        ] {
            let (error_type, code) = error_type(status, body);
            assert_eq!(error_type, expected, "{body}");
            assert_eq!(code.as_deref(), Some(OTHER), "{body}");
        }
    }

    #[test]
    fn the_longest_code_fits() {
        let mut error_type = ErrorType::empty();
        error_type.push("kakao.");
        error_type.push("unreadable");
        error_type.push(":");
        error_type.push("-9223372036854775808");
        assert_eq!(usize::from(error_type.len), ERROR_TYPE_CAPACITY - 3);
        // Past the room: nothing written, nothing lost before.
        assert!(error_type.write_str("12345").is_err());
        assert_eq!(error_type.as_str(), "kakao.unreadable:-9223372036854775808");
    }
}
