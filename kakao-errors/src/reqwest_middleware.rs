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
use core::future::{Future, poll_fn};
use core::pin::{Pin, pin};
use core::task::Poll;
use core::time::Duration;

use ::http::response::Parts;
use ::http::{Extensions, Method};

use crate::KakaoError;
use crate::body::{Cut, Ending, Handed, ReadStart, Resumed};
use crate::reqwest::{Examined, Fetched, Url};
use crate::response::ResponseError;
use crate::rest::ApiError;
use crate::retry::adapt::{Call, Failure, Sent, is_failure};
use crate::retry::{DeadlineExceeded, RetrySettings};

pub use auth::KakaoAuth;

mod auth;
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
    /// The middleware, with these settings (its clones share their budget).
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
    /// The same middleware, sharing the budget.
    fn clone(&self) -> Self {
        Self {
            settings: self.settings.clone(),
        }
    }
}

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

    fn headers_mut(request: &mut Self::Request) -> &mut ::http::HeaderMap;

    fn try_clone(request: &Self::Request) -> Option<Self::Request>;

    fn run<'e>(
        self,
        request: Self::Request,
        extensions: &'e mut Extensions,
    ) -> Sending<'e, Self::Response, Self::Error>
    where
        Self: 'e;

    /// How the request failed, sorted out, and whether time ran out; `None` for an error that
    /// is not reqwest's (another middleware's), which is handed back as it is.
    fn failure(error: &Self::Error) -> Option<(Failure, bool)>;

    /// The error of an attempt that the call's deadline cut short.
    fn deadline_error(error: DeadlineExceeded) -> Self::Error;
}

/// A reqwest version's `Response` taken apart and put back together, with another body and
/// one more extension.
pub(crate) trait Rebuild: Fetched {
    fn into_parts(self) -> (Parts, Url, Self::Body);

    fn from_parts<X: Clone + Send + Sync + 'static>(
        parts: Parts,
        url: Url,
        body: Handed<Self::Body>,
        extension: X,
    ) -> Self;
}

/// `sending`, cut at `deadline` (with `exceeded` as its error) if there is one. Without one,
/// `sending` itself: a call with no deadline pays for no timer.
fn within<'e, R: Send + 'e, Err: Send + 'e>(
    sending: Sending<'e, R, Err>,
    deadline: Option<std::time::Instant>,
    exceeded: impl FnOnce() -> Err + Send + 'e,
) -> Sending<'e, R, Err> {
    match deadline {
        None => sending,
        Some(deadline) => Box::pin(async move {
            let deadline = tokio::time::Instant::from_std(deadline);
            match tokio::time::timeout_at(deadline, sending).await {
                Ok(result) => result,
                Err(_) => Err(exceeded()),
            }
        }),
    }
}

impl<E: KakaoError + Send + Sync + 'static> KakaoRetry<E> {
    /// Sends `request` until it succeeds or the settings say to stop.
    async fn send<N: Attempt>(
        &self,
        request: N::Request,
        extensions: &mut Extensions,
        next: N,
    ) -> Result<N::Response, N::Error> {
        let settings = &self.settings;
        let policy = settings.get_policy();
        let sent = Sent::new(N::method(&request), settings.get_retry_unsafe_methods());
        let mut call = Call::start(policy);
        let deadline = call.deadline(policy);
        loop {
            // No copy for the last attempt the policy allows; a streamed body cannot be
            // copied, nor sent twice. Either way: send it, hand back what comes, unread.
            let copy = if policy.allows_retry_after(call.attempt) {
                N::try_clone(&request)
            } else {
                None
            };
            let exceeded = call.exceeded(policy);
            let exceeded = move || N::deadline_error(exceeded);
            let Some(copy) = copy else {
                let sending = next.run(request, extensions);
                let response = within(sending, deadline, exceeded).await?;
                if !is_failure(response.status()) {
                    call.succeeded(settings);
                }
                return Ok(self.hand_on_request(response, sent));
            };
            let sending = next.clone().run(copy, extensions);
            let after = match within(sending, deadline, exceeded).await {
                Ok(response) if is_failure(response.status()) => {
                    // Boxed: the success path keeps a small future (an allocation of
                    // the size of the examining state costs every request more than the
                    // box costs a failed one).
                    match Box::pin(self.examine(response, &sent, &mut call, deadline)).await {
                        Ok(after) => after,
                        Err(response) => return Ok(response),
                    }
                }
                Ok(response) => {
                    call.succeeded(settings);
                    return Ok(response);
                }
                Err(error) => {
                    let Some((failure, timeout)) = N::failure(&error) else {
                        return Err(error);
                    };
                    match call.retry_transport(settings, failure, timeout, &sent) {
                        Some(after) => after,
                        None => return Err(error),
                    }
                }
            };
            tokio::time::sleep(after).await;
        }
    }

    /// Reads the start of a failed response's body and decides: `Ok(wait)` to send the
    /// request again after `wait`, or `Err(response)` to hand it back, whole, with what it
    /// learnt in its extensions. The call's `deadline` cuts the reading short: the response
    /// is then handed back with the bytes read so far, and a body that ends there with a
    /// timeout.
    async fn examine<R: Rebuild>(
        &self,
        response: R,
        sent: &Sent,
        call: &mut Call,
        deadline: Option<std::time::Instant>,
    ) -> Result<Duration, R> {
        let limit = self.settings.get_body_limit();
        let (parts, url, body) = response.into_parts();
        let mut read = ReadStart::new(body, limit);
        let (start, rest) = match deadline {
            None => (&mut read).await,
            Some(deadline) => {
                let mut timer = pin!(tokio::time::sleep_until(deadline.into()));
                let raced = poll_fn(|cx| match Pin::new(&mut read).poll(cx) {
                    Poll::Ready(read) => Poll::Ready(Some(read)),
                    Poll::Pending => timer.as_mut().poll(cx).map(|()| None),
                })
                .await;
                match raced {
                    Some(read) => read,
                    None => {
                        let exceeded = call.exceeded(self.settings.get_policy());
                        return Err(Self::cut(parts, url, read.stop(), sent, limit, exceeded));
                    }
                }
            }
        };
        // A read error leaves what arrived before it: decide on that.
        let parsed = ResponseError::<E>::from_head(parts.status, &parts.headers, &start.head);
        if let Some(after) = call.retry_response(&self.settings, &parsed, sent) {
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
        let body = Handed::resumed(Resumed::new(start, rest));
        Err(R::from_parts(parts, url, body, examined))
    }

    /// A failed response whose body the deadline cut after `read`: handed back with those
    /// bytes, then a timeout error. `kakao_check()` reads them again (the middleware's parse
    /// of a cut body is not what reading to the limit gives).
    fn cut<R: Rebuild>(
        parts: Parts,
        url: Url,
        read: bytes::Bytes,
        sent: &Sent,
        limit: usize,
        exceeded: DeadlineExceeded,
    ) -> R {
        let examined = Examined::<E> {
            sent: sent.clone(),
            parsed: None,
            read: read.len(),
            ended: false,
            limit,
        };
        let body = Handed::Cut(Cut::new(read, exceeded.into()));
        R::from_parts(parts, url, body, examined)
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
