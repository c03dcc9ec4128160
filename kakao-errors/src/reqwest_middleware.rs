//! reqwest-middleware middlewares for Kakao APIs (features `reqwest-middleware` for
//! reqwest-middleware 0.5 and reqwest 0.13, `reqwest-middleware-0-4` for reqwest-middleware
//! 0.4 and reqwest 0.12; either or both): [`KakaoRetry`] sends a request again when its remedy
//! says so, within a budget that every request shares and a deadline; [`KakaoAuth`] refreshes
//! an expired access token and sends the request again once, and hands a missing consent back
//! with the URL that asks for it. Each is one type, a middleware of each version enabled.
//!
//! ```no_run
//! # #[cfg(feature = "reqwest-middleware")] mod example {
//! use std::error::Error as StdError;
//! use std::time::Duration;
//!
//! use kakao_errors::Remedy;
//! use kakao_errors::auth::{AccessToken, LoginApp, Refresher};
//! use kakao_errors::reqwest::{Error, ResponseExt};
//! use kakao_errors::reqwest_middleware::{KakaoAuth, KakaoRetry};
//! use kakao_errors::retry::{RetryPolicy, RetrySettings};
//! use reqwest_middleware::ClientWithMiddleware;
//!
//! type BoxError = Box<dyn StdError + Send + Sync>;
//!
//! /// The application's refresh: the refresh token stored with `expired`, Kakao's token
//! /// endpoint, the new tokens stored. A dead refresh token (`KOE322`) comes back as a
//! /// `kakao_errors::reqwest::Error` whose remedy is `Relogin`.
//! async fn refresh(http: reqwest::Client, expired: AccessToken) -> Result<AccessToken, BoxError> {
//!     # let _ = expired;
//!     let refresh_token = "REFRESH_TOKEN"; // looked up in the application's store
//!     let form = format!("grant_type=refresh_token&client_id=REST_API_KEY&refresh_token={refresh_token}");
//!     let response = http
//!         .post("https://kauth.kakao.com/oauth/token")
//!         .header("content-type", "application/x-www-form-urlencoded;charset=utf-8")
//!         .body(form)
//!         .send()
//!         .await?
//!         .kakao_check()
//!         .await?;
//!     let tokens: serde_json::Value = serde_json::from_str(&response.text().await?)?;
//!     // Store `tokens` (a new refresh token may be in it) before handing the access token on.
//!     let access = tokens["access_token"].as_str().ok_or("no access_token")?;
//!     Ok(AccessToken::new(access))
//! }
//!
//! /// Sends a memo to the user's own chat.
//! async fn memo(client: &ClientWithMiddleware, token: &str) -> Result<reqwest::Response, Error> {
//!     let response = client
//!         .post("https://kapi.kakao.com/v2/api/talk/memo/default/send")
//!         .bearer_auth(token)
//!         .header("content-type", "application/x-www-form-urlencoded")
//!         .body(r#"template_object={"object_type":"text","text":"hi","link":{}}"#)
//!         .send()
//!         .await? // a `reqwest_middleware::Error` converts
//!         .kakao_check()
//!         .await?; // an error no retry or refresh fixed, typed, parsed once
//!     Ok(response)
//! }
//!
//! # async fn run() -> Result<(), BoxError> {
//! let http = reqwest::Client::builder().timeout(Duration::from_secs(10)).build()?;
//! let refresher = Refresher::new({
//!     let http = http.clone();
//!     move |expired| refresh(http.clone(), expired)
//! });
//! let policy = RetryPolicy::new().max_attempts(4).deadline(Duration::from_secs(20));
//! let client = reqwest_middleware::ClientBuilder::new(http)
//!     // Outermost: a resend with a new token goes through the retries too.
//!     .with(KakaoAuth::new(refresher).consent(LoginApp::new(
//!         "REST_API_KEY",
//!         "https://app.example/kakao/callback",
//!     )))
//!     .with(KakaoRetry::new(RetrySettings::new(policy)))
//!     .build();
//!
//! match memo(&client, "ACCESS_TOKEN").await {
//!     Ok(_) => println!("sent"),
//!     Err(e) => match (e.consent(), e.remedy()) {
//!         (Some(consent), _) => println!("send the user to {}", consent.authorize_url()),
//!         (None, Remedy::Relogin) => println!("the user must log in again: {e}"),
//!         _ => return Err(e.into()),
//!     },
//! }
//! # Ok(()) }
//! # }
//! ```
//!
//! Both need a Tokio runtime with its timer enabled, as reqwest's own timeouts do.
//!
//! # Retrying
//!
//! [`KakaoRetry`] looks at every response with a 4xx or 5xx status: it reads the start of the
//! body (up to [`body_limit`](RetrySettings::body_limit) bytes, as `kakao_check()` does),
//! parses it with the response's headers, and asks its
//! [`RetryPolicy`](crate::retry::RetryPolicy) about the remedy, as is safe for the request
//! (see below), then its budget. Kakao sends a transient error (-1), a wrong request (-2) and
//! a used-up quota (-10) all as HTTP 400, so only the body tells them apart:
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
//! # The budget and the deadline
//!
#![doc = include_str!("retry/budget_and_deadline.md")]
//!
//! The middleware also cuts the attempt in flight at the deadline. If no response head has
//! come, the call ends with `reqwest_middleware::Error::Middleware` holding a
//! [`DeadlineExceeded`] (which `kakao_errors::reqwest::Error` takes as a timeout,
//! `is_timeout()`). If the head of a failed response has come and the middleware is reading
//! its body, the response is handed back at the deadline with the bytes read so far, and a
//! body that ends there with an `io::Error` of kind `TimedOut` (reqwest's `is_timeout()` on
//! the caller's read, and on `kakao_check()`'s error, says so): the status is never lost. A
//! success, or a failure handed back, is the caller's to read after that, within the
//! client's own timeout.
//!
//! # Refreshing tokens and asking for consent
//!
//! [`KakaoAuth`] acts on a 4xx response as [`auth`](crate::auth) describes: it reads the
//! start of the body (up to [`DEFAULT_BODY_LIMIT`](crate::http::DEFAULT_BODY_LIMIT) bytes;
//! or takes the parse [`KakaoRetry`] handed on, when it is outside it) and parses it as a
//! REST error ([`ApiError`]).
//!
//! - [`RefreshToken`](crate::Remedy::RefreshToken), for a request with a bearer token: the
//!   [`Refresher`](crate::auth::Refresher) gives a new token (one refresh for every request
//!   that meets the same expired token), and a copy of the request is sent once with it; what
//!   comes back is handed back. If the refresh fails, the `-401` is handed back with a
//!   [`RefreshFailed`](crate::auth::RefreshFailed) in its extensions; `kakao_check()` gives
//!   it ([`Error::refresh_failure`](crate::reqwest::Error::refresh_failure)), and the error's
//!   remedy is the failure's (`Relogin` for a dead refresh token). A request whose body
//!   cannot be copied is handed back as it came.
//! - A request sent with a token that a refresh has replaced already goes with the new token
//!   from the start.
//! - [`RequestConsent`](crate::Remedy::RequestConsent) with scopes, with a
//!   [`LoginApp`](crate::auth::LoginApp) set ([`KakaoAuth::consent`]): handed back with a
//!   [`Consent`](crate::auth::Consent) in its extensions, Kakao Login's URL that asks for the
//!   scopes; `kakao_check()` gives it ([`Error::consent`](crate::reqwest::Error::consent)).
//! - Anything else is handed back untouched, its body whole, and the parse handed on to
//!   `kakao_check()` as [`KakaoRetry`] hands its own.
//!
//! Put it outside [`KakaoRetry`] (the first `.with`), so that the request sent with the new
//! token is retried like any other.
//!
//! # Tracing
//!
//! With the feature `tracing`, both middlewares emit `tracing` events inside the caller's span
//! (a WARN on each resend, one on each give-up, the refresh and consent events), with
//! OpenTelemetry's names: `kakao_errors::telemetry` lists them.
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
use crate::body::{Cut, Ending, ReadStart, Resumed};
use crate::reqwest::{Examined, Fetched, Url};
use crate::response::ResponseError;
use crate::rest::ApiError;
use crate::retry::adapt::{Call, Failure, Sent, is_failure};
use crate::retry::{DeadlineExceeded, RetrySettings};

pub use auth::KakaoAuth;

mod auth;
/// reqwest-middleware 0.5 over reqwest 0.13 (feature `reqwest-middleware`).
#[cfg(feature = "reqwest-middleware")]
mod v0_5 {
    use crate::reqwest::v0_13 as transport;
    use ::reqwest;
    use ::reqwest_middleware;

    include!("reqwest_middleware/adapter.rs");
}

/// reqwest-middleware 0.4 over reqwest 0.12 (feature `reqwest-middleware-0-4`): the same
/// adapter, for their types.
#[cfg(feature = "reqwest-middleware-0-4")]
mod v0_4 {
    use crate::reqwest::v0_12 as transport;
    use reqwest_0_12 as reqwest;
    use reqwest_middleware_0_4 as reqwest_middleware;

    include!("reqwest_middleware/adapter.rs");
}

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

    /// Whether `error` is one that [`deadline_error`](Self::deadline_error) made.
    #[cfg(feature = "tracing")]
    fn is_deadline(error: &Self::Error) -> bool;
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

    /// The same, with a body cut short.
    fn from_cut<X: Clone + Send + Sync + 'static>(
        parts: Parts,
        url: Url,
        body: Cut,
        extension: X,
    ) -> Self;
}

/// What `read` reads, or `None` if `deadline` passes first (`read` then holds what it read).
async fn read_until<B>(
    read: &mut ReadStart<B>,
    deadline: std::time::Instant,
) -> Option<(crate::body::BodyStart<B::Error>, B)>
where
    B: http_body::Body<Data = bytes::Bytes> + Unpin,
{
    let mut timer = pin!(tokio::time::sleep_until(deadline.into()));
    poll_fn(|cx| match Pin::new(&mut *read).poll(cx) {
        Poll::Ready(read) => Poll::Ready(Some(read)),
        Poll::Pending => timer.as_mut().poll(cx).map(|()| None),
    })
    .await
}

/// `sending`, cut at `deadline` (with `exceeded` as its error) if there is one. Without one,
/// `sending` itself: a call with no deadline pays for no timer.
#[inline]
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
        loop {
            // No copy for the last attempt the policy allows; a streamed body cannot be
            // copied, nor sent twice. Either way: send it, hand back what comes, unread.
            let copy = if policy.allows_retry_after(call.attempt) {
                N::try_clone(&request)
            } else {
                None
            };
            // The error of a passed deadline is made only if it passes.
            let attempt = call;
            let Some(copy) = copy else {
                let sending = within(next.run(request, extensions), call.deadline(), move || {
                    N::deadline_error(attempt.exceeded(policy))
                });
                let response = match sending.await {
                    Ok(response) => response,
                    Err(error) => {
                        #[cfg(feature = "tracing")]
                        Self::trace_last_error::<N>(&error, &sent, &call, policy);
                        return Err(error);
                    }
                };
                if !is_failure(response.status()) {
                    call.succeeded(settings);
                }
                #[cfg(feature = "tracing")]
                if is_failure(response.status()) {
                    Self::trace_last_response(response.status(), &call, policy);
                }
                return Ok(self.hand_on_request(response, sent));
            };
            let sending = within(
                next.clone().run(copy, extensions),
                call.deadline(),
                move || N::deadline_error(attempt.exceeded(policy)),
            );
            let after = match sending.await {
                Ok(response) if is_failure(response.status()) => {
                    // Boxed: the success path keeps a small future (an allocation of
                    // the size of the examining state costs every request more than the
                    // box costs a failed one).
                    match Box::pin(self.examine(response, &sent, &mut call)).await {
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
                        #[cfg(feature = "tracing")]
                        Self::trace_unsorted::<N>(&error, &sent, &call);
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
    /// learnt in its extensions. The call's deadline cuts the reading short: the response
    /// is then handed back with the bytes read so far, and a body that ends there with a
    /// timeout.
    async fn examine<R: Rebuild>(
        &self,
        response: R,
        sent: &Sent,
        call: &mut Call,
    ) -> Result<Duration, R> {
        let limit = self.settings.get_body_limit();
        let (parts, url, body) = response.into_parts();
        let mut read = ReadStart::new(body, limit);
        let (start, rest) = match call.deadline() {
            None => (&mut read).await,
            // Boxed: a call without a deadline keeps no timer in its state.
            Some(deadline) => match Box::pin(read_until(&mut read, deadline)).await {
                Some(read) => read,
                None => {
                    #[cfg(feature = "tracing")]
                    crate::telemetry::emit::deadline_passed(
                        Some(parts.status.as_u16()),
                        sent,
                        call.attempt,
                    );
                    let exceeded = call.exceeded(self.settings.get_policy());
                    return Err(Self::cut(parts, url, read.stop(), sent, limit, exceeded));
                }
            },
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
            auth: None,
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
            auth: None,
            parsed: None,
            read: read.len(),
            ended: false,
            limit,
        };
        R::from_cut(parts, url, Cut::new(read, exceeded.into()), examined)
    }

    /// The event of an error the middleware cannot sort out, handed back: the call's deadline
    /// (its own), or another middleware's.
    #[cfg(feature = "tracing")]
    fn trace_unsorted<N: Attempt>(error: &N::Error, sent: &Sent, call: &Call) {
        if N::is_deadline(error) {
            crate::telemetry::emit::deadline_passed(None, sent, call.attempt);
        } else {
            crate::telemetry::emit::other_error(call.attempt);
        }
    }

    /// The event of the error of an attempt sent without a copy: the last one the policy
    /// allows (a give-up, after a resend), or one whose body cannot be copied (none: it was
    /// never going to be sent again).
    #[cfg(feature = "tracing")]
    fn trace_last_error<N: Attempt>(
        error: &N::Error,
        sent: &Sent,
        call: &Call,
        policy: &crate::retry::RetryPolicy,
    ) {
        match N::failure(error) {
            None => Self::trace_unsorted::<N>(error, sent, call),
            Some((failure, timeout)) if is_last(call, policy) => {
                crate::telemetry::emit::last_attempt_transport(
                    failure,
                    timeout,
                    sent,
                    policy,
                    call.attempt,
                );
            }
            Some(_) => {}
        }
    }

    /// The event of a failed response to an attempt sent without a copy, handed back unread:
    /// a give-up at the last attempt the policy allows, after a resend.
    #[cfg(feature = "tracing")]
    fn trace_last_response(
        status: ::http::StatusCode,
        call: &Call,
        policy: &crate::retry::RetryPolicy,
    ) {
        if is_last(call, policy) {
            crate::telemetry::emit::last_attempt_unread(status.as_u16(), call.attempt);
        }
    }

    /// `response` of the last attempt, handed back unread; a failed one with the request in
    /// its extensions, for `kakao_check()`.
    fn hand_on_request<R: Fetched>(&self, mut response: R, sent: Sent) -> R {
        if is_failure(response.status()) {
            response.extensions_mut().insert(Examined::<E> {
                sent,
                auth: None,
                parsed: None,
                read: 0,
                ended: false,
                limit: self.settings.get_body_limit(),
            });
        }
        response
    }
}

/// Whether `call` is at the last attempt `policy` allows, after at least one resend (with no
/// resend, the policy allows none: nothing was given up).
#[cfg(feature = "tracing")]
fn is_last(call: &Call, policy: &crate::retry::RetryPolicy) -> bool {
    call.attempt > 1 && !policy.allows_retry_after(call.attempt)
}
