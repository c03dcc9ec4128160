//! Conversions to the [`http`] crate's types (feature `http`).
//!
//! ```
//! use http::StatusCode;
//! use kakao_errors::http::{StatusCodeExt, check};
//! use kakao_errors::response::parse;
//! use kakao_errors::rest::Login;
//!
//! // A documented status, as an `http::StatusCode`.
//! assert_eq!(Login::InsufficientScope.http_status(), Some(StatusCode::FORBIDDEN));
//!
//! // The status of a parsed response.
//! let e = parse(403, br#"{"code":-402,"msg":"insufficient scopes"}"#);
//! assert_eq!(e.http_status(), Some(StatusCode::FORBIDDEN));
//!
//! // A whole `http::Response`: success passes through, failure is parsed.
//! let ok = http::Response::new(b"{\"id\":1}".to_vec());
//! assert!(check(ok).is_ok());
//! let failed = http::Response::builder()
//!     .status(401)
//!     .body(br#"{"code":-401,"msg":"this access token does not exist"}"#.to_vec())
//!     .unwrap();
//! assert_eq!(check(failed).unwrap_err().code(), Some(-401));
//!
//! // What the error keeps of the headers: `Retry-After`, and a request id.
//! let limited = http::Response::builder()
//!     .status(429)
//!     .header("retry-after", "30")
//!     .header("x-request-id", "a1b2c3")
//!     .body(br#"{"code":-10,"msg":"API limit has been exceeded."}"#.to_vec())
//!     .unwrap();
//! let e = check(limited).unwrap_err();
//! assert_eq!(e.retry_after(), Some(std::time::Duration::from_secs(30)));
//! assert_eq!(e.request_id(), Some("a1b2c3"));
//! ```

use ::http::response::Parts;
use ::http::{HeaderMap, Response, StatusCode};

use crate::KakaoError;
use crate::response::ResponseError;
use crate::rest::ApiError;

/// How many bytes of an error body the integrations read by default: far more than any Kakao
/// error body (a few hundred bytes), far less than a runaway one. Reqwest's `kakao_check()`
/// and the retry adapters ([`RetrySettings::body_limit`](crate::retry::RetrySettings::body_limit))
/// read at most this much of a failed response unless told otherwise.
pub const DEFAULT_BODY_LIMIT: usize = 64 * 1024;

/// The documented HTTP status of a [`KakaoError`] value as an [`http::StatusCode`] (named so it
/// does not clash with the status table [`mobility::HttpStatus`](crate::mobility::HttpStatus)).
/// Implemented for every `KakaoError`.
pub trait StatusCodeExt {
    /// The documented status ([`KakaoError::status`]) as a `StatusCode`; `None` where no page
    /// documents one.
    fn http_status(&self) -> Option<StatusCode>;
}

impl<E: KakaoError> StatusCodeExt for E {
    fn http_status(&self) -> Option<StatusCode> {
        self.status().and_then(|s| StatusCode::from_u16(s).ok())
    }
}

impl<E: KakaoError> ResponseError<E> {
    /// The response's status as an [`http::StatusCode`]; `None` only for a number
    /// `StatusCode` does not accept (outside `100..=999`), which a real response cannot have.
    #[must_use]
    pub fn http_status(&self) -> Option<StatusCode> {
        StatusCode::from_u16(self.status()).ok()
    }

    /// Parses an error response held as an [`http::Response`], whatever its status: the body
    /// as [`parse_as`](crate::response::parse_as) does, and the headers for
    /// [`retry_after`](Self::retry_after) and [`request_id`](Self::request_id).
    #[must_use]
    pub fn from_http<B: AsRef<[u8]>>(response: &Response<B>) -> Self {
        Self::from_head(
            response.status(),
            response.headers(),
            response.body().as_ref(),
        )
    }

    /// [`from_http`](Self::from_http) for a response taken apart
    /// ([`http::Response::into_parts`]), with the body read separately.
    ///
    /// ```
    /// use kakao_errors::response::ResponseError;
    ///
    /// let response = http::Response::builder()
    ///     .status(503)
    ///     .header("retry-after", "Sun, 06 Nov 1994 08:49:37 GMT")
    ///     .body(())
    ///     .unwrap();
    /// let (parts, ()) = response.into_parts();
    /// let e: ResponseError = ResponseError::from_http_parts(&parts, b"");
    /// assert_eq!(e.status(), 503);
    /// // A date in the past: try again now.
    /// assert_eq!(e.retry_after(), Some(std::time::Duration::ZERO));
    /// ```
    #[must_use]
    pub fn from_http_parts(parts: &Parts, body: &[u8]) -> Self {
        Self::from_head(parts.status, &parts.headers, body)
    }

    /// The status and the body parsed, and what the headers tell kept.
    pub(crate) fn from_head(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> Self {
        let mut error = Self::parse(status.as_u16(), body);
        error.set_headers(headers);
        error
    }
}

/// `Ok(response)` for a success status (2xx); otherwise the body parsed as a REST API error.
///
/// # Errors
///
/// Any status outside 200..=299, as a [`ResponseError`].
pub fn check<B: AsRef<[u8]>>(response: Response<B>) -> Result<Response<B>, ResponseError> {
    check_as::<ApiError, B>(response)
}

/// [`check`] with the code looked up in `E`.
///
/// # Errors
///
/// Any status outside 200..=299, as a [`ResponseError<E>`].
pub fn check_as<E: KakaoError, B: AsRef<[u8]>>(
    response: Response<B>,
) -> Result<Response<B>, ResponseError<E>> {
    if response.status().is_success() {
        Ok(response)
    } else {
        let error = ResponseError::from_http(&response);
        #[cfg(feature = "tracing")]
        crate::telemetry::emit::checked(&error, || error.remedy().as_str());
        Err(error)
    }
}
