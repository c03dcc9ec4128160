//! tower middleware for Kakao APIs (feature `tower`): [`KakaoRetry`], a
//! [`tower::retry::Policy`] that sends a request again when its remedy says so, within a
//! budget that every request shares and a deadline; and [`KakaoAuthLayer`], a layer that
//! refreshes an expired access token and sends the request again once, and hands a missing
//! consent back with the URL that asks for it.
//!
//! Both work on `http::Request<B>` with a `Clone` body (copied for each attempt that may be
//! followed by another) and on responses whose body is already in memory (`Vec<u8>`,
//! `bytes::Bytes`, `String`: anything that is `AsRef<[u8]>`): a `Policy` looks at a response
//! without `await`ing anything, so it cannot read a streamed body. Collect the body in the
//! service, bounded (a Kakao error body is far smaller than 64 KiB), and the caller gets that
//! body back when the response is handed back. The waits are Tokio's timer, which tower's
//! retry uses too.
//!
//! ```no_run
//! # #[cfg(feature = "reqwest")] mod example {
//! use std::time::Duration;
//!
//! use kakao_errors::auth::{AccessToken, Consent, LoginApp, RefreshFailed, Refresher, ReloginRequired};
//! use kakao_errors::retry::{RetryPolicy, RetrySettings};
//! use kakao_errors::tower::{KakaoAuthLayer, KakaoRetry};
//! use tower::{Service, ServiceExt, service_fn};
//! use tower::retry::RetryLayer;
//!
//! /// Sends an `http::Request` with reqwest and reads the whole body (bounded by the client's
//! /// timeout here; bound it by size as well in production).
//! async fn send(client: reqwest::Client, request: http::Request<Vec<u8>>)
//!     -> Result<http::Response<Vec<u8>>, reqwest::Error>
//! {
//!     let response = client.execute(request.try_into()?).await?;
//!     let mut head = http::Response::new(());
//!     *head.status_mut() = response.status();
//!     *head.headers_mut() = response.headers().clone();
//!     let body = response.bytes().await?.to_vec();
//!     Ok(head.map(|()| body))
//! }
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = reqwest::Client::builder().timeout(Duration::from_secs(10)).build()?;
//! // The application's refresh (see `kakao_errors::reqwest_middleware` for one that calls
//! // Kakao's token endpoint); this one has no refresh token.
//! let refresher = Refresher::new(|_expired: AccessToken| async {
//!     Err::<AccessToken, _>(ReloginRequired)
//! });
//! let settings = RetrySettings::new(RetryPolicy::new().deadline(Duration::from_secs(20)));
//! let policy = KakaoRetry::new(settings).retry_errors_when(reqwest::Error::is_connect);
//! let mut service = tower::ServiceBuilder::new()
//!     // Outermost: a resend with a new token goes through the retries too.
//!     .layer(KakaoAuthLayer::new(refresher).consent(LoginApp::new(
//!         "REST_API_KEY",
//!         "https://app.example/kakao/callback",
//!     )))
//!     .layer(RetryLayer::new(policy))
//!     .service(service_fn(move |request| send(client.clone(), request)));
//!
//! let request = http::Request::get("https://kapi.kakao.com/v2/user/me")
//!     .header("authorization", "Bearer ACCESS_TOKEN")
//!     .body(Vec::new())?;
//! let response = service.ready().await?.call(request).await?;
//! if let Some(consent) = response.extensions().get::<Consent>() {
//!     println!("send the user to {}", consent.authorize_url());
//! }
//! if let Some(failed) = response.extensions().get::<RefreshFailed>() {
//!     println!("{failed}: {:?}", failed.remedy());
//! }
//! let response = kakao_errors::http::check(response)?; // an error nothing fixed, typed
//! println!("{}", String::from_utf8_lossy(response.body()));
//! # Ok(()) }
//! # }
//! ```
//!
//! # Retrying
//!
//! [`KakaoRetry`] decides on every result of the service it wraps:
//!
//! - a response with a 4xx or 5xx status is parsed, headers and body (up to
//!   [`body_limit`](RetrySettings::body_limit) bytes of it), and its
//!   [`remedy`](crate::response::ResponseError::remedy) given to the
//!   [`RetryPolicy`](crate::retry::RetryPolicy), then to the budget: Kakao sends a transient
//!   error (-1), a wrong request (-2) and a used-up quota (-10) all as HTTP 400, so only the
//!   body tells them apart;
//! - a response with any other status is a success (or a redirect): handed back;
//! - an error of the service is retried only if
//!   [`retry_errors_when`](KakaoRetry::retry_errors_when) says the request was never sent (no
//!   error is, unless it is set): the policy cannot tell a timeout from any other error of a
//!   service it does not know;
//! - whatever is not retried is handed back exactly as the service gave it.
//!
//! # The budget and the deadline
//!
#![doc = include_str!("retry/budget_and_deadline.md")]
//!
//! What a tower policy cannot do: cut an attempt in flight (it sees results, not the
//! service's future), and see a success at the last attempt it allows (tower does not ask
//! about a request it could not copy), whose retry's cost is then not given back. To bound
//! the whole call, attempts in flight included, put tower's `TimeoutLayer` (feature
//! `timeout` of tower) with the same duration outside the `RetryLayer`: it then ends the call
//! at the deadline with tower's `Elapsed` error; inside it, it bounds each attempt.
//!
//! # Refreshing tokens and asking for consent
//!
//! [`KakaoAuthLayer`] makes [`KakaoAuth`] services that act on a 4xx response as
//! [`auth`](crate::auth) describes, its body (up to
//! [`DEFAULT_BODY_LIMIT`](crate::http::DEFAULT_BODY_LIMIT) bytes) parsed as a REST error
//! ([`ApiError`]):
//!
//! - [`RefreshToken`](crate::Remedy::RefreshToken), for a request with a bearer token: the
//!   [`Refresher`](crate::auth::Refresher) gives a new token (one refresh for every request
//!   that meets the same expired token), and the copy of the request made before it was sent
//!   is sent once with it, through the inner service (made ready again); what comes back is
//!   handed back. If the refresh fails, the `-401` is handed back with a
//!   [`RefreshFailed`](crate::auth::RefreshFailed) in its extensions.
//! - A request sent with a token that a refresh has replaced already goes with the new token
//!   from the start.
//! - [`RequestConsent`](crate::Remedy::RequestConsent) with scopes, with a
//!   [`LoginApp`](crate::auth::LoginApp) set ([`KakaoAuthLayer::consent`]): handed back with a
//!   [`Consent`](crate::auth::Consent) in its extensions, Kakao Login's URL that asks for the
//!   scopes.
//! - Anything else is handed back as the service gave it.
//!
//! Read those extensions before `kakao_errors::http::check`, whose
//! [`ResponseError`] has no room for them. Put the layer outside the `RetryLayer`, so that
//! the request sent with the new token is retried like any other.
//!
//! # Tracing
//!
//! With the feature `tracing`, the policy and the layer emit `tracing` events inside the
//! caller's span (a WARN on each resend, one on each give-up, the refresh and consent events),
//! with OpenTelemetry's names: `kakao_errors::telemetry` lists them. The policy is not asked
//! about the last attempt it allows: `http::check` on what comes back has its own event.
//!
//! # Requests that are not idempotent
//!
#![doc = include_str!("retry/unsafe_methods.md")]

use core::fmt;

use ::http::{Request, Response};
use ::tower::retry::Policy;

use crate::KakaoError;
use crate::response::ResponseError;
use crate::rest::ApiError;
use crate::retry::RetrySettings;
use crate::retry::adapt::{Call, Failure, Sent, is_failure};

mod auth;

pub use auth::{KakaoAuth, KakaoAuthLayer};

/// The retry policy: see the [module docs](self).
///
/// `Err` is the error type of the service it retries; `E` the table error bodies' codes are
/// looked up in, as its [`RetrySettings`] say. Each request gets its own copy (tower clones
/// the policy), counting its own attempts.
///
/// ```
/// use std::time::Duration;
///
/// use kakao_errors::retry::{RetryPolicy, RetrySettings};
/// use kakao_errors::share::ShareApiError;
/// use kakao_errors::tower::KakaoRetry;
///
/// let policy = RetryPolicy::new().max_attempts(5).max_retry_after(Duration::from_secs(30));
/// // Talk Share's codes (4003, 5001, ...) as well as the REST API's; a service whose errors
/// // are `std::io::Error`s, retried when the connection was refused.
/// let retry = KakaoRetry::new(RetrySettings::new(policy).parse_as::<ShareApiError>())
///     .retry_errors_when(|e: &std::io::Error| e.kind() == std::io::ErrorKind::ConnectionRefused);
/// let layer = tower::retry::RetryLayer::new(retry);
/// ```
pub struct KakaoRetry<Err, E = ApiError> {
    settings: RetrySettings<E>,
    /// This request's attempts (in tower's copy of the policy for it).
    call: Call,
    never_sent: Option<fn(&Err) -> bool>,
}

impl<Err, E> KakaoRetry<Err, E> {
    /// The policy, with these settings, never retrying an error of the service.
    #[must_use]
    pub const fn new(settings: RetrySettings<E>) -> Self {
        Self {
            settings,
            call: Call::new(),
            never_sent: None,
        }
    }

    /// Its settings.
    #[must_use]
    pub const fn settings(&self) -> &RetrySettings<E> {
        &self.settings
    }
    /// Retries an error of the service (as [`Remedy::Retry`](crate::Remedy::Retry)) when
    /// `never_sent` says the request never left: a connection that could not be made, for
    /// example (`reqwest::Error::is_connect`, `hyper_util`'s `Error::is_connect`). After a
    /// timeout or a connection lost midway the server may have acted on the request; leave
    /// those out. A request never sent is retried whatever its method.
    ///
    /// `never_sent` is a function, or a closure that captures nothing. Behind a
    /// `ServiceBuilder` whose layers box their errors, `Err` is [`tower::BoxError`]: downcast
    /// it to the error of the service that sends.
    ///
    /// ```no_run
    /// # #[cfg(feature = "reqwest")] mod example {
    /// use std::time::Duration;
    ///
    /// use kakao_errors::retry::{RetryPolicy, RetrySettings};
    /// use kakao_errors::tower::KakaoRetry;
    /// use tower::retry::RetryLayer;
    /// use tower::{BoxError, ServiceBuilder, ServiceExt, service_fn};
    ///
    /// /// Whether the boxed error is reqwest's, for a connection that could not be made.
    /// fn never_sent(e: &BoxError) -> bool {
    ///     e.downcast_ref::<reqwest::Error>().is_some_and(reqwest::Error::is_connect)
    /// }
    ///
    /// # async fn send(_: reqwest::Client, _: http::Request<Vec<u8>>)
    /// #     -> Result<http::Response<Vec<u8>>, reqwest::Error> { unimplemented!() }
    /// # async fn run() -> Result<(), BoxError> {
    /// let client = reqwest::Client::builder().timeout(Duration::from_secs(10)).build()?;
    /// let settings = RetrySettings::new(RetryPolicy::new());
    /// let policy = KakaoRetry::<BoxError>::new(settings).retry_errors_when(never_sent);
    /// let service = ServiceBuilder::new()
    ///     .layer(RetryLayer::new(policy))
    ///     .map_err(|e: reqwest::Error| BoxError::from(e))
    ///     .service(service_fn(move |request| send(client.clone(), request)));
    ///
    /// let request = http::Request::get("https://kapi.kakao.com/v2/user/me").body(Vec::new())?;
    /// let response = service.oneshot(request).await?;
    /// # drop(response);
    /// # Ok(()) }
    /// # }
    /// ```
    #[must_use]
    pub const fn retry_errors_when(mut self, never_sent: fn(&Err) -> bool) -> Self {
        self.never_sent = Some(never_sent);
        self
    }
}

impl<B, ResBody, Err, E> Policy<Request<B>, Response<ResBody>, Err> for KakaoRetry<Err, E>
where
    B: Clone,
    ResBody: AsRef<[u8]>,
    E: KakaoError,
{
    type Future = tokio::time::Sleep;

    fn retry(
        &mut self,
        request: &mut Request<B>,
        result: &mut Result<Response<ResBody>, Err>,
    ) -> Option<Self::Future> {
        let settings = &self.settings;
        let sent = Sent::new(request.method(), settings.get_retry_unsafe_methods());
        let after = match result {
            Ok(response) if is_failure(response.status()) => {
                let body = response.body().as_ref();
                let read = &body[..body.len().min(settings.get_body_limit())];
                let error =
                    ResponseError::<E>::from_head(response.status(), response.headers(), read);
                self.call.retry_response(settings, &error, &sent)
            }
            Ok(_) => {
                self.call.succeeded(settings);
                None
            }
            Err(e) if self.never_sent.is_some_and(|never_sent| never_sent(e)) => self
                .call
                .retry_transport(settings, Failure::Connect, false, &sent),
            Err(_) => {
                // Handed back as the service gave it: the policy knows nothing of it.
                #[cfg(feature = "tracing")]
                crate::telemetry::emit::other_error(self.call.attempt);
                None
            }
        }?;
        Some(tokio::time::sleep(after))
    }

    /// A copy of the request for a retry, made before each attempt that a retry may follow;
    /// none before the last attempt the policy allows. Before the first attempt, it starts the
    /// call's clock (with a deadline).
    fn clone_request(&mut self, request: &Request<B>) -> Option<Request<B>> {
        let policy = self.settings.get_policy();
        if self.call.attempt == 1 {
            // tower asks the service's own policy before each call, and copies it for the
            // call after: the copy's clock starts now.
            self.call = Call::start(policy);
        }
        policy
            .allows_retry_after(self.call.attempt)
            .then(|| request.clone())
    }
}

impl<Err> Default for KakaoRetry<Err> {
    /// [`KakaoRetry::new`] with the default [`RetrySettings`].
    fn default() -> Self {
        Self::new(RetrySettings::default())
    }
}

impl<Err, E> Clone for KakaoRetry<Err, E> {
    /// The same policy, sharing the budget, with this one's count of attempts.
    fn clone(&self) -> Self {
        Self {
            settings: self.settings.clone(),
            call: self.call,
            never_sent: self.never_sent,
        }
    }
}

impl<Err, E> fmt::Debug for KakaoRetry<Err, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KakaoRetry")
            .field("settings", &self.settings)
            .field("attempt", &self.call.attempt)
            .field("retries_errors", &self.never_sent.is_some())
            .finish()
    }
}
