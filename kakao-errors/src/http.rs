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
//! ```

use ::http::{Response, StatusCode};

use crate::KakaoError;
use crate::response::ResponseError;
use crate::rest::ApiError;

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

    /// Parses an error response held as an [`http::Response`], whatever its status.
    #[must_use]
    pub fn from_http<B: AsRef<[u8]>>(response: &Response<B>) -> Self {
        Self::parse(response.status().as_u16(), response.body().as_ref())
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
        Err(ResponseError::from_http(&response))
    }
}
