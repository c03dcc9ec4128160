//! A reqwest-middleware middleware that sends a request again when its remedy says so
//! (features `reqwest-middleware` for reqwest-middleware 0.5 and reqwest 0.13,
//! `reqwest-middleware-0-4` for reqwest-middleware 0.4 and reqwest 0.12; either or both).
//!
//! [`KakaoRetry`] is one type, a middleware of each version enabled. It looks at every
//! response with a 4xx or 5xx status: it reads the start of the body (up to
//! [`body_limit`](RetrySettings::body_limit) bytes, as `kakao_check()` does), parses it with
//! the response's headers, and asks its [`RetryPolicy`](crate::retry::RetryPolicy) about the
//! remedy, as is safe for the request (see below). Kakao sends a transient error (-1), a wrong
//! request (-2) and a used-up quota (-10) all as HTTP 400, so only the body tells them apart:
//! `reqwest-retry`'s strategies, which see the status alone, cannot.
//!
//! - To retry, it waits (Tokio's timer) and sends a copy of the request. A request whose body
//!   cannot be copied (a stream) is sent once, never retried. The last attempt the policy
//!   allows sends the request itself, uncopied, and hands back whatever comes, unread. The
//!   failed response is dropped: the rest of its body is never downloaded.
//! - Otherwise it hands the response back with its status, version, headers, extensions and
//!   URL, and a body that gives the bytes already read, then the rest of the original body as
//!   it arrives, without a copy. The caller reads the whole body as if nothing had happened,
//!   however long it is; and if the connection failed while the middleware was reading, the
//!   caller's read fails at the same place, with an error whose source is the one the
//!   middleware met (`is_timeout()` still says whether it was a timeout).
//! - It hands the error it parsed on, in the response's extensions: `kakao_check()` with the
//!   same table ([`parse_as`](RetrySettings::parse_as)) and the same limit, or a limit that
//!   the whole body fitted under, gives it without reading or parsing the body again. With it
//!   goes the request's method, so that the error's [`remedy`](crate::reqwest::Error::remedy)
//!   is what is safe for this request ([`method`](crate::reqwest::Error::method) gives it); a
//!   `kakao_check()` with another table reads the body again and does not know the request.
//! - A response with any other status (2xx, 3xx) is handed back untouched.
//! - A failure to get any response is retried when no connection could be made (nothing was
//!   sent), and, for a request that may be sent twice, when it may have reached the server (a
//!   timeout, a connection lost after it was written); any other is handed back as it is.
//!
//! Needs a Tokio runtime with its timer enabled, as reqwest's own timeouts do.
//!
//! ```no_run
//! # #[cfg(feature = "reqwest-middleware")] mod example {
//! use std::time::Duration;
//!
//! use kakao_errors::reqwest::{Error, ResponseExt};
//! use kakao_errors::reqwest_middleware::KakaoRetry;
//! use kakao_errors::retry::{RetryPolicy, RetrySettings};
//!
//! # async fn run() -> Result<(), Error> {
//! let client = reqwest::Client::builder().timeout(Duration::from_secs(10)).build()?;
//! let settings = RetrySettings::new(RetryPolicy::new().max_attempts(4));
//! let client = reqwest_middleware::ClientBuilder::new(client)
//!     .with(KakaoRetry::new(settings))
//!     .build();
//!
//! let response = client
//!     .get("https://kapi.kakao.com/v2/user/me")
//!     .bearer_auth("ACCESS_TOKEN")
//!     .send()
//!     .await? // after up to 4 attempts; a `reqwest_middleware::Error` converts too
//!     .kakao_check()
//!     .await?; // an error no retry fixed, typed, parsed once
//! println!("{}", response.text().await?);
//! # Ok(()) }
//! # }
//! ```
//!
//! # Requests that are not idempotent
//!
#![doc = include_str!("retry/unsafe_methods.md")]

use core::fmt;
use core::future::Future;
use core::pin::Pin;
use core::time::Duration;

use ::http::response::Parts;
use ::http::{Extensions, Method};

use crate::KakaoError;
use crate::body::{Ending, ReadStart, Resumed};
use crate::reqwest::{Examined, Fetched, Url};
use crate::response::ResponseError;
use crate::rest::ApiError;
use crate::retry::RetrySettings;
use crate::retry::adapt::{self, Failure, Sent, is_failure};

#[cfg(feature = "reqwest-middleware-0-4")]
mod v0_4;
#[cfg(feature = "reqwest-middleware")]
mod v0_5;

/// The retry middleware: see the [module docs](self).
///
/// Error bodies are parsed with their codes looked up in `E`, as its [`RetrySettings`] say.
///
/// ```
/// # #[cfg(feature = "reqwest-middleware")] {
/// use std::time::Duration;
///
/// use kakao_errors::reqwest_middleware::KakaoRetry;
/// use kakao_errors::retry::{RetryPolicy, RetrySettings};
/// use kakao_errors::share::ShareApiError;
///
/// let policy = RetryPolicy::new().max_attempts(5).max_retry_after(Duration::from_secs(30));
/// // Talk Share's codes (4003, 5001, ...) as well as the REST API's.
/// let retry = KakaoRetry::new(RetrySettings::new(policy).parse_as::<ShareApiError>());
/// assert_eq!(retry.settings().get_policy(), &policy);
/// let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
///     .with(retry)
///     .build();
/// # }
/// ```
pub struct KakaoRetry<E = ApiError> {
    settings: RetrySettings<E>,
}

impl<E> KakaoRetry<E> {
    /// The middleware, with these settings.
    #[must_use]
    pub const fn new(settings: RetrySettings<E>) -> Self {
        Self { settings }
    }

    /// Its settings.
    #[must_use]
    pub const fn settings(&self) -> &RetrySettings<E> {
        &self.settings
    }
}

impl Default for KakaoRetry {
    /// [`KakaoRetry::new`] with the default [`RetrySettings`].
    fn default() -> Self {
        Self::new(RetrySettings::default())
    }
}

impl<E> Clone for KakaoRetry<E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E> Copy for KakaoRetry<E> {}

impl<E> fmt::Debug for KakaoRetry<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("KakaoRetry").field(&self.settings).finish()
    }
}

/// The future of one request sent on through the rest of the chain (reqwest-middleware's own
/// `BoxFuture`).
pub(crate) type Sending<'e, R, Err> = Pin<Box<dyn Future<Output = Result<R, Err>> + Send + 'e>>;

/// What the retry loop needs of one reqwest-middleware version: its `Next`, which sends a
/// request on through the rest of the chain.
pub(crate) trait Attempt: Clone + Send {
    type Request: Send;
    type Response: Rebuild + Send;
    type Error: Send;

    fn method(request: &Self::Request) -> &Method;

    fn try_clone(request: &Self::Request) -> Option<Self::Request>;

    fn run<'e>(
        self,
        request: Self::Request,
        extensions: &'e mut Extensions,
    ) -> Sending<'e, Self::Response, Self::Error>
    where
        Self: 'e;

    /// How the request failed, sorted out; `None` for an error that is not reqwest's (another
    /// middleware's), which is handed back as it is.
    fn failure(error: &Self::Error) -> Option<Failure>;
}

/// A reqwest version's `Response` taken apart and put back together, with another body and
/// one more extension.
pub(crate) trait Rebuild: Fetched {
    fn into_parts(self) -> (Parts, Url, Self::Body);

    fn from_parts<X: Clone + Send + Sync + 'static>(
        parts: Parts,
        url: Url,
        body: Resumed<Self::Body>,
        extension: X,
    ) -> Self;
}

impl<E: KakaoError + Send + Sync + 'static> KakaoRetry<E> {
    /// Sends `request` until it succeeds or the policy says to stop.
    async fn send<N: Attempt>(
        &self,
        request: N::Request,
        extensions: &mut Extensions,
        next: N,
    ) -> Result<N::Response, N::Error> {
        let settings = &self.settings;
        let sent = Sent::new(N::method(&request), settings.get_retry_unsafe_methods());
        let mut attempt = 1;
        loop {
            // No copy for the last attempt the policy allows; a streamed body cannot be
            // copied, nor sent twice. Either way: send it, hand back what comes, unread.
            let copy = if settings.get_policy().allows_retry_after(attempt) {
                N::try_clone(&request)
            } else {
                None
            };
            let Some(copy) = copy else {
                let result = next.run(request, extensions).await;
                return Ok(self.hand_on_request(result?, sent));
            };
            let after = match next.clone().run(copy, extensions).await {
                Ok(response) if is_failure(response.status()) => {
                    // Boxed: the success path keeps a small future (an allocation of
                    // the size of the examining state costs every request more than the
                    // box costs a failed one).
                    match Box::pin(self.examine(response, &sent, attempt)).await {
                        Ok(after) => after,
                        Err(response) => return Ok(response),
                    }
                }
                Ok(response) => return Ok(response),
                Err(error) => {
                    let Some(failure) = N::failure(&error) else {
                        return Err(error);
                    };
                    let remedy = adapt::transport_remedy(failure, Some(&sent));
                    match adapt::after(settings.get_policy(), &remedy, attempt) {
                        Some(after) => after,
                        None => return Err(error),
                    }
                }
            };
            tokio::time::sleep(after).await;
            attempt += 1;
        }
    }

    /// Reads the start of a failed response's body and decides: `Ok(wait)` to send the
    /// request again after `wait`, or `Err(response)` to hand it back, whole, with what it
    /// learnt in its extensions.
    async fn examine<R: Rebuild>(
        &self,
        response: R,
        sent: &Sent,
        attempt: u32,
    ) -> Result<Duration, R> {
        let limit = self.settings.get_body_limit();
        let (parts, url, body) = response.into_parts();
        let (start, rest) = ReadStart::new(body, limit).await;
        // A read error leaves what arrived before it: decide on that.
        let parsed = ResponseError::<E>::from_head(parts.status, &parts.headers, &start.head);
        let policy = self.settings.get_policy();
        if let Some(after) = adapt::after_response(policy, &parsed, sent, attempt) {
            return Ok(after);
        }
        // After a read error `kakao_check()` reads the body again, to meet it where this did.
        let read_failed = matches!(start.ending, Ending::Failed(_));
        let examined = Examined {
            sent: sent.clone(),
            parsed: (!read_failed).then_some(parsed),
            read: start.head.len(),
            ended: start.ended(),
            limit,
        };
        Err(R::from_parts(
            parts,
            url,
            Resumed::new(start, rest),
            examined,
        ))
    }

    /// `response` of the last attempt, handed back unread; a failed one with the request in
    /// its extensions, for `kakao_check()`.
    fn hand_on_request<R: Fetched>(&self, mut response: R, sent: Sent) -> R {
        if is_failure(response.status()) {
            response.extensions_mut().insert(Examined::<E> {
                sent,
                parsed: None,
                read: 0,
                ended: false,
                limit: self.settings.get_body_limit(),
            });
        }
        response
    }
}
