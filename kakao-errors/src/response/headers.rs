//! What a [`ResponseError`](crate::response::ResponseError) keeps from the response's headers:
//! when to try again (`Retry-After`) and the request id, for the rare response that has either.
//!
//! Both are filled in by the integrations that see the headers (features `http`, `reqwest`,
//! `reqwest_0_12`); an error made from a status and a body alone has neither.

// Without the `http` feature nothing reads headers, so nothing builds these values.
#![cfg_attr(not(feature = "http"), allow(dead_code))]

use core::time::Duration;
use std::time::SystemTime;

/// The response headers a request id is looked for in, in this order; the first one present
/// with a usable value (see
/// [`ResponseError::request_id`](crate::response::ResponseError::request_id)) is kept.
///
/// Kakao's pages do not name a request id header, so these are the names in common use.
/// Header names are case-insensitive.
pub const REQUEST_ID_HEADERS: [&str; 4] = [
    "x-request-id",
    "x-kakao-request-id",
    "request-id",
    "x-correlation-id",
];

/// The longest request id kept, in bytes (after trimming).
const REQUEST_ID_LIMIT: usize = 128;

/// The longest delay kept, in seconds (2^31, about 68 years, as RFC 9111 caps a delta-seconds
/// value): a longer or overflowing `Retry-After` reads as this, so adding it to an `Instant`
/// cannot overflow.
const DELAY_LIMIT: u64 = 1 << 31;

/// The header values a [`ResponseError`](crate::response::ResponseError) keeps; boxed, so an
/// error without them costs one pointer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HeaderInfo {
    retry_after: Option<RetryAfter>,
    request_id: Option<Box<str>>,
}

/// A `Retry-After` value in one of its two forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RetryAfter {
    /// `Retry-After: 120`: seconds, counted from when the response was sent.
    Delay(Duration),
    /// `Retry-After: Wed, 21 Oct 2026 07:28:00 GMT`: a point in time.
    At(SystemTime),
}

impl HeaderInfo {
    /// The `Retry-After` value and the request id of `headers`; `None` when they have neither
    /// (nothing is allocated then).
    #[cfg(feature = "http")]
    pub(crate) fn from_headers(headers: &::http::HeaderMap) -> Option<Box<Self>> {
        let retry_after = headers
            .get(::http::header::RETRY_AFTER)
            .and_then(|value| parse_retry_after(value.as_bytes()));
        let request_id = REQUEST_ID_HEADERS
            .iter()
            .filter_map(|&name| headers.get(name))
            .find_map(|value| parse_request_id(value.as_bytes()));
        (retry_after.is_some() || request_id.is_some()).then(|| {
            Box::new(Self {
                retry_after,
                request_id,
            })
        })
    }

    /// How long to wait: see
    /// [`ResponseError::retry_after`](crate::response::ResponseError::retry_after).
    pub(crate) fn retry_after(&self) -> Option<Duration> {
        match self.retry_after? {
            RetryAfter::Delay(delay) => Some(delay),
            RetryAfter::At(at) => Some(
                at.duration_since(SystemTime::now())
                    .unwrap_or(Duration::ZERO)
                    .min(Duration::from_secs(DELAY_LIMIT)),
            ),
        }
    }

    /// The request id: see
    /// [`ResponseError::request_id`](crate::response::ResponseError::request_id).
    pub(crate) fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// A `Retry-After` value: delay-seconds, or an HTTP-date in any of the three forms RFC 9110
/// asks recipients to accept.
#[cfg(feature = "http")]
fn parse_retry_after(value: &[u8]) -> Option<RetryAfter> {
    let text = core::str::from_utf8(value.trim_ascii()).ok()?;
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        // Only digits: a parse error can only be an overflow.
        let seconds = text
            .parse::<u64>()
            .map_or(DELAY_LIMIT, |s| s.min(DELAY_LIMIT));
        return Some(RetryAfter::Delay(Duration::from_secs(seconds)));
    }
    httpdate::parse_http_date(text).ok().map(RetryAfter::At)
}

/// A request id worth keeping: trimmed, 1 to [`REQUEST_ID_LIMIT`] bytes of visible ASCII.
#[cfg(feature = "http")]
fn parse_request_id(value: &[u8]) -> Option<Box<str>> {
    let value = value.trim_ascii();
    let usable = !value.is_empty()
        && value.len() <= REQUEST_ID_LIMIT
        && value.iter().all(u8::is_ascii_graphic);
    if !usable {
        return None;
    }
    core::str::from_utf8(value).ok().map(Box::from)
}

#[cfg(all(test, feature = "http"))]
mod tests {
    use super::*;

    fn retry_after(value: &str) -> Option<RetryAfter> {
        parse_retry_after(value.as_bytes())
    }

    fn at(seconds_since_epoch: u64) -> Option<RetryAfter> {
        Some(RetryAfter::At(
            SystemTime::UNIX_EPOCH + Duration::from_secs(seconds_since_epoch),
        ))
    }

    #[test]
    fn delay_seconds() {
        let delay = |s| Some(RetryAfter::Delay(Duration::from_secs(s)));
        assert_eq!(retry_after("120"), delay(120));
        assert_eq!(retry_after(" 0\t"), delay(0));
        assert_eq!(retry_after("2147483649"), delay(DELAY_LIMIT));
        assert_eq!(retry_after(&"9".repeat(40)), delay(DELAY_LIMIT));
        for bad in ["", " ", "-1", "+5", "1.5", "12 s", "0x10", "soon"] {
            assert_eq!(retry_after(bad), None, "{bad:?}");
        }
        assert_eq!(parse_retry_after(b"\xff12"), None);
    }

    #[test]
    fn http_dates_in_all_three_forms() {
        // 1994-11-06 08:49:37 UTC, the example of RFC 9110 section 5.6.7.
        let expected = at(784_111_777);
        assert_eq!(retry_after("Sun, 06 Nov 1994 08:49:37 GMT"), expected);
        assert_eq!(retry_after("Sunday, 06-Nov-94 08:49:37 GMT"), expected);
        assert_eq!(retry_after("Sun Nov  6 08:49:37 1994"), expected);
        assert_eq!(retry_after("  Sun, 06 Nov 1994 08:49:37 GMT "), expected);
        assert_eq!(retry_after("Sun, 06 Nov 1994 25:49:37 GMT"), None);
        assert_eq!(retry_after("06 Nov 1994"), None);
    }

    #[test]
    fn request_ids_are_bounded_visible_ascii() {
        let id = |value: &[u8]| parse_request_id(value);
        assert_eq!(id(b" abc-123 ").as_deref(), Some("abc-123"));
        assert_eq!(id(&[b'a'; 128]).as_deref().map(str::len), Some(128));
        assert_eq!(id(&[b'a'; 129]), None);
        assert_eq!(id(b""), None);
        assert_eq!(id(b"   "), None);
        assert_eq!(id(b"two words"), None);
        assert_eq!(id(b"tab\there"), None);
        assert_eq!(id("\u{c694}\u{ccad}".as_bytes()), None);
        assert_eq!(id(b"\x7f"), None);
    }
}
