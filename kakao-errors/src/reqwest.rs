//! Turning a [`reqwest::Response`] into `Ok(response)` or a typed error (feature `reqwest`).
//!
//! A success status (2xx) passes the response through untouched. Any other status has its body
//! read, at most [`DEFAULT_BODY_LIMIT`] bytes of it (chunk by chunk: a huge body is never held
//! whole), and parsed into a [`ResponseError`]. If reading the body fails partway, the error
//! keeps both what was read and the transport error.
//!
//! ```no_run
//! use kakao_errors::reqwest::{Error, ResponseExt};
//! use kakao_errors::rest::{ApiError, Login};
//!
//! async fn me(client: &reqwest::Client, token: &str) -> Result<String, Box<dyn std::error::Error>> {
//!     let response = client
//!         .get("https://kapi.kakao.com/v2/user/me")
//!         .bearer_auth(token)
//!         .send()
//!         .await?;
//!     match response.kakao_check().await {
//!         Ok(response) => Ok(response.text().await?),
//!         Err(e) if e.cause() == Some(&ApiError::Login(Login::InsufficientScope)) => {
//!             let scopes: Vec<&str> = e.required_scopes().into_iter().flatten().collect();
//!             Err(format!("needs consent to {scopes:?}").into())
//!         }
//!         Err(e) => Err(e.into()),
//!     }
//! }
//! ```

use core::future::Future;
use core::ops::Deref;

use crate::KakaoError;
use crate::response::ResponseError;
use crate::rest::ApiError;

/// How many bytes of an error body are read by default: far more than any Kakao error body,
/// far less than a runaway one.
pub const DEFAULT_BODY_LIMIT: usize = 64 * 1024;

/// A failed response: the parsed error, and the transport error if reading the body failed.
///
/// It dereferences to the [`ResponseError`], so `e.status()`, `e.cause()`, `e.code()` ... work
/// on it directly.
#[derive(Debug, thiserror::Error)]
pub enum Error<E: KakaoError = ApiError> {
    /// The status was not a success; the body (up to the limit) was read and parsed.
    #[error(transparent)]
    Response(ResponseError<E>),
    /// The status was not a success, and reading the body failed partway: what was read is
    /// parsed, and the transport error kept as the `source()`.
    #[error("{response} (reading the body failed: {source})")]
    Read {
        /// The status and whatever body was read before the failure.
        response: ResponseError<E>,
        /// Why reading stopped.
        #[source]
        source: ::reqwest::Error,
    },
}

impl<E: KakaoError> Error<E> {
    /// The parsed error response.
    #[must_use]
    pub fn response(&self) -> &ResponseError<E> {
        match self {
            Self::Response(response) | Self::Read { response, .. } => response,
        }
    }

    /// The parsed error response, by value (dropping any transport error).
    #[must_use]
    pub fn into_response(self) -> ResponseError<E> {
        match self {
            Self::Response(response) | Self::Read { response, .. } => response,
        }
    }

    /// The transport error that cut reading the body short, if any.
    #[must_use]
    pub fn read_error(&self) -> Option<&::reqwest::Error> {
        match self {
            Self::Response(_) => None,
            Self::Read { source, .. } => Some(source),
        }
    }
}

impl<E: KakaoError> Deref for Error<E> {
    type Target = ResponseError<E>;

    fn deref(&self) -> &ResponseError<E> {
        self.response()
    }
}

/// `Ok(response)` on a success status; otherwise the body (at most [`DEFAULT_BODY_LIMIT`]
/// bytes) parsed with the code looked up in [`ApiError`].
///
/// # Errors
///
/// Any status outside 200..=299, as [`Error::Response`], or [`Error::Read`] if the body could
/// not be read to its end (or the limit).
pub async fn check(response: ::reqwest::Response) -> Result<::reqwest::Response, Error> {
    check_with_limit(response, DEFAULT_BODY_LIMIT).await
}

/// [`check`] with the code looked up in `E`, reading at most `limit` bytes of an error body
/// (the rest is not downloaded: the connection is dropped).
///
/// # Errors
///
/// As [`check`].
pub async fn check_with_limit<E: KakaoError>(
    response: ::reqwest::Response,
    limit: usize,
) -> Result<::reqwest::Response, Error<E>> {
    let status = response.status();
    if status.is_success() {
        return Ok(response);
    }
    let (body, failure) = read_capped(response, limit).await;
    let parsed = ResponseError::parse(status.as_u16(), &body);
    Err(match failure {
        None => Error::Response(parsed),
        Some(source) => Error::Read {
            response: parsed,
            source,
        },
    })
}

/// Reads at most `limit` bytes of the body, chunk by chunk; gives what was read, and the error
/// that stopped reading, if one did.
async fn read_capped(
    mut response: ::reqwest::Response,
    limit: usize,
) -> (Vec<u8>, Option<::reqwest::Error>) {
    let expected = response
        .content_length()
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or(1024);
    let mut body = Vec::with_capacity(expected.min(limit));
    while body.len() < limit {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                let room = limit - body.len();
                body.extend_from_slice(&chunk[..chunk.len().min(room)]);
            }
            Ok(None) => break,
            Err(e) => return (body, Some(e)),
        }
    }
    (body, None)
}

/// [`check`] as methods of [`reqwest::Response`].
pub trait ResponseExt: Sized {
    /// `Ok(self)` on a success status, otherwise the typed error; see [`check`].
    fn kakao_check(self) -> impl Future<Output = Result<Self, Error>> + Send;

    /// The same, with the code looked up in `E` and at most `limit` bytes of an error body
    /// read; see [`check_with_limit`].
    fn kakao_check_as<E: KakaoError>(
        self,
        limit: usize,
    ) -> impl Future<Output = Result<Self, Error<E>>> + Send;
}

impl ResponseExt for ::reqwest::Response {
    fn kakao_check(self) -> impl Future<Output = Result<Self, Error>> + Send {
        check(self)
    }

    fn kakao_check_as<E: KakaoError>(
        self,
        limit: usize,
    ) -> impl Future<Output = Result<Self, Error<E>>> + Send {
        check_with_limit(self, limit)
    }
}
