//! [`Error`]: a failed request, whichever reqwest version sent it.

use core::fmt;
use std::error::Error as StdError;

use ::http::{HeaderMap, Method};

use super::Url;
use crate::KakaoError;
use crate::Remedy;
use crate::auth::{Consent, RefreshFailed};
use crate::response::ResponseError;
use crate::rest::ApiError;
use crate::retry::adapt::{self, Failure, Sent};

/// A boxed error of any reqwest version (or of another middleware), with its URL taken out.
pub(crate) type BoxError = Box<dyn StdError + Send + Sync>;

/// A failed request: no response at all (a transport failure), or a response whose status is
/// not a success, parsed with its code looked up in `E`.
///
/// The same type for reqwest 0.13 and reqwest 0.12 (features `reqwest` and `reqwest-0-12`): a
/// library that supports both, or an application moving from one to the other, has one error
/// type. What it holds is reached by methods:
///
/// - [`response`](Self::response) is the parsed [`ResponseError`] (the code, the cause, the
///   message, the scopes, `Retry-After`, the request id, ...), `None` for a transport failure;
/// - [`is_response`](Self::is_response) and [`is_transport`](Self::is_transport) say which
///   it is; [`is_connect`](Self::is_connect), [`is_timeout`](Self::is_timeout) and
///   [`is_body`](Self::is_body) say how the transport failed;
/// - [`status`](Self::status), [`headers`](Self::headers), [`url`](Self::url) and
///   [`method`](Self::method) say what was sent and what came back;
/// - [`remedy`](Self::remedy) says what to do, and [`is_retryable`](Self::is_retryable)
///   whether a retry loop may send the request again.
///
/// `source()` is reqwest's error, of whichever version: the one that stopped the request, or
/// the one that cut reading an error body short (downcast it to `reqwest::Error` for reqwest's
/// own predicates). Its URL is taken out of it and kept here ([`url`](Self::url)), so that
/// printing the chain does not print a URL's query, which may hold a secret
/// ([`without_url`](Self::without_url) drops it from here too).
///
/// `Display` is one line: the parsed error's ([`ResponseError`]'s `Display`), followed by
/// `; reading the body failed` when it was cut short; for a transport failure, what failed
/// (`Kakao API request failed: timed out`), with no URL. `Debug` shows the URL without its
/// query, and the names of the headers without their values.
pub struct Error<E = ApiError> {
    // The parsed response is a trait object, so that this type needs no bound on `E`:
    // `ResponseError<E>` requires `E: KakaoError`, and a field of that type would put the bound
    // on `Error<E>` too. `Box<Inner<..>>` keeps `Error` two words wide, with one allocation.
    inner: Box<Inner<dyn Parsed<E>>>,
}

/// What an [`Error`] holds; `P` is the parsed response, if there is one.
struct Inner<P: ?Sized> {
    /// Whether a response came (`response` holds it).
    responded: bool,
    /// The failure with no response, or the one that cut reading an error body short.
    transport: Option<Transport>,
    /// The request, where the integration knows it (a response handed back by the middleware).
    sent: Option<Sent>,
    /// The response's status, or the one a transport error has.
    status: Option<u16>,
    url: Option<Url>,
    /// The response's headers; empty for a transport failure.
    headers: HeaderMap,
    /// What the auth middleware handed on, if anything: boxed, so that an error without it
    /// (nearly every one) stays small.
    auth: Option<Box<Auth>>,
    response: P,
}

/// What the auth middleware handed on with a response, for `kakao_check()`: a copy of the
/// public extensions it put in the response ([`RefreshFailed`], [`Consent`]), riding in the
/// hand-on record of the parse (`Examined`).
#[derive(Clone, Default)]
pub(crate) struct Auth {
    pub(crate) refresh_failure: Option<RefreshFailed>,
    pub(crate) consent: Option<Consent>,
}

/// A transport error of either reqwest version, sorted out by its adapter (public only because
/// the sealed `Fetched` trait names it; nothing outside the crate can name it).
pub struct Transport {
    pub(crate) failure: Failure,
    pub(crate) timeout: bool,
    /// A body failed: sending the request's, or reading the response's.
    pub(crate) body: bool,
    /// What failed, in a few words, for `Display`.
    pub(crate) what: &'static str,
    /// The status of an error made from one (`error_for_status`).
    pub(crate) status: Option<u16>,
    pub(crate) url: Option<Url>,
    /// The error itself, with its URL taken out.
    pub(crate) source: BoxError,
}

impl fmt::Debug for Transport {
    /// The fields, with the URL cut before its query (see [`UrlWithoutQuery`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transport")
            .field("failure", &self.failure)
            .field("timeout", &self.timeout)
            .field("body", &self.body)
            .field("what", &self.what)
            .field("status", &self.status)
            .field("url", &self.url.as_ref().map(UrlWithoutQuery))
            .field("source", &self.source)
            .finish()
    }
}

impl Transport {
    /// The retry middleware's deadline, passed while an attempt was in flight: a timeout after
    /// the request may have been sent.
    #[cfg(any(feature = "reqwest-middleware", feature = "reqwest-middleware-0-4"))]
    pub(crate) fn deadline(exceeded: crate::retry::DeadlineExceeded) -> Self {
        Self {
            failure: Failure::AfterSending,
            timeout: true,
            body: false,
            what: "the call's deadline passed",
            status: None,
            url: None,
            source: Box::new(exceeded),
        }
    }
}

/// The parsed response of an [`Error`], behind a trait object (see `Error::inner`).
trait Parsed<E>: Send + Sync {
    fn get(&self) -> Option<&ResponseError<E>>
    where
        E: KakaoError;

    fn take(&mut self) -> Option<ResponseError<E>>
    where
        E: KakaoError;
}

impl<E: KakaoError + Send + Sync> Parsed<E> for Option<ResponseError<E>> {
    fn get(&self) -> Option<&ResponseError<E>> {
        self.as_ref()
    }

    fn take(&mut self) -> Option<ResponseError<E>> {
        Option::take(self)
    }
}

/// No response came: what a transport failure holds in place of one (nothing).
struct NoResponse;

impl<E> Parsed<E> for NoResponse {
    fn get(&self) -> Option<&ResponseError<E>>
    where
        E: KakaoError,
    {
        None
    }

    fn take(&mut self) -> Option<ResponseError<E>>
    where
        E: KakaoError,
    {
        None
    }
}

impl<E> Error<E> {
    /// A failure to get any response.
    pub(crate) fn from_transport(mut transport: Transport) -> Self {
        let inner: Box<Inner<dyn Parsed<E>>> = Box::new(Inner {
            responded: false,
            status: transport.status,
            url: transport.url.take(),
            transport: Some(transport),
            sent: None,
            headers: HeaderMap::new(),
            auth: None,
            response: NoResponse,
        });
        Self { inner }
    }

    /// A response whose status is not a success: `parsed` from what was read of its body, with
    /// the error that cut the reading short, if one did.
    pub(crate) fn from_response(
        parsed: ResponseError<E>,
        headers: HeaderMap,
        url: Url,
        sent: Option<Sent>,
        auth: Option<Box<Auth>>,
        read_error: Option<Transport>,
    ) -> Self
    where
        E: KakaoError + Send + Sync + 'static,
    {
        let inner: Box<Inner<dyn Parsed<E>>> = Box::new(Inner {
            responded: true,
            status: Some(parsed.status()),
            transport: read_error,
            sent,
            url: Some(url),
            headers,
            auth,
            response: Some(parsed),
        });
        Self { inner }
    }

    /// Whether a response came: its status was not a success, and it was parsed
    /// ([`response`](Self::response)).
    #[must_use]
    pub fn is_response(&self) -> bool {
        self.inner.responded
    }

    /// Whether no response came: sending the request or receiving the response head failed
    /// (or, through `?`, reading a successful response's body). The opposite of
    /// [`is_response`](Self::is_response).
    #[must_use]
    pub fn is_transport(&self) -> bool {
        !self.is_response()
    }

    /// Whether no connection could be made, so the request was never sent.
    #[must_use]
    pub fn is_connect(&self) -> bool {
        self.inner
            .transport
            .as_ref()
            .is_some_and(|transport| transport.failure == Failure::Connect)
    }

    /// Whether time ran out: connecting, waiting for the response, or reading a body (an
    /// error body too: then [`is_response`](Self::is_response) and [`is_body`](Self::is_body)
    /// are true as well).
    #[must_use]
    pub fn is_timeout(&self) -> bool {
        self.inner
            .transport
            .as_ref()
            .is_some_and(|transport| transport.timeout)
    }

    /// Whether reading a body failed: for a response, its error body was cut short (the parsed
    /// error holds what came before); for a transport failure, sending or reading a body
    /// failed.
    #[must_use]
    pub fn is_body(&self) -> bool {
        match &self.inner.transport {
            Some(transport) => transport.body || self.inner.responded,
            None => false,
        }
    }

    /// The HTTP status of the response; for a transport failure, the status reqwest's error
    /// has, if any (one made by `error_for_status`).
    #[must_use]
    pub fn status(&self) -> Option<u16> {
        self.inner.status
    }

    /// All the response's headers; `None` for a transport failure.
    #[must_use]
    pub fn headers(&self) -> Option<&HeaderMap> {
        self.inner.responded.then_some(&self.inner.headers)
    }

    /// The URL of the request as it was sent (the last one, after any redirects), whole, with
    /// its query: the one that answered, or the one reqwest's error named. `None` once
    /// [`without_url`](Self::without_url) dropped it, or if reqwest's error had none.
    #[must_use]
    pub fn url(&self) -> Option<&Url> {
        self.inner.url.as_ref()
    }

    /// The same error without its URL, for an error that is stored or sent on where the URL's
    /// query (an authorization code, a token) must not go. Reqwest's error (the
    /// [`source`](std::error::Error::source)) has none already.
    #[must_use]
    pub fn without_url(mut self) -> Self {
        self.inner.url = None;
        self
    }

    /// The request's method, when the integration knows it: for a response handed back by
    /// the retry middleware (`kakao_errors::reqwest_middleware::KakaoRetry`) and checked with
    /// the table the middleware parsed it as. `kakao_check()` on a `Response` alone cannot know
    /// it, nor can `?` on a `send()` error.
    #[must_use]
    pub fn method(&self) -> Option<&Method> {
        self.inner.sent.as_ref().map(|sent| &sent.method)
    }

    /// The refresh of the request's expired token that failed, when the auth middleware
    /// (`kakao_errors::reqwest_middleware::KakaoAuth`) handed the `-401` back for that reason:
    /// its [`remedy`](RefreshFailed::remedy) is this error's (`Relogin` for a dead refresh
    /// token).
    #[must_use]
    pub fn refresh_failure(&self) -> Option<&RefreshFailed> {
        self.inner.auth.as_ref()?.refresh_failure.as_ref()
    }

    /// The consent to ask the user for, with Kakao Login's URL that asks for it, when the auth
    /// middleware (`kakao_errors::reqwest_middleware::KakaoAuth`, given a
    /// [`LoginApp`](crate::auth::LoginApp)) handed back a response that lacks one.
    #[must_use]
    pub fn consent(&self) -> Option<&Consent> {
        self.inner.auth.as_ref()?.consent.as_ref()
    }
}

impl<E: KakaoError> Error<E> {
    /// The parsed error response; `None` for a transport failure.
    #[must_use]
    pub fn response(&self) -> Option<&ResponseError<E>> {
        self.inner.response.get()
    }

    /// The parsed error response, by value; `None` for a transport failure.
    #[must_use]
    pub fn into_response(mut self) -> Option<ResponseError<E>> {
        self.inner.response.take()
    }

    /// What to do about this failure.
    ///
    /// - For a response, its [`ResponseError::remedy`]; when the retry middleware handed the
    ///   response back and so the request is known ([`method`](Self::method)), what is safe
    ///   for that request: see
    ///   [Requests that are not idempotent](crate::retry#requests-that-are-not-idempotent).
    ///   When refreshing its expired token failed ([`refresh_failure`](Self::refresh_failure)),
    ///   the failure's remedy ([`Remedy::Relogin`] for a dead refresh token).
    /// - For a transport failure: [`Remedy::Retry`] when no connection could be made (nothing
    ///   was sent), [`Remedy::FixRequest`] when the request could not be built,
    ///   [`Remedy::OutcomeUnknown`] when the request may have reached the server (a timeout, a
    ///   connection lost after it was written: look its state up before doing anything), and
    ///   [`Remedy::Unknown`] otherwise.
    ///
    /// Give it to [`RetryPolicy::decide`](crate::retry::RetryPolicy::decide) to retry by hand.
    #[must_use]
    pub fn remedy(&self) -> Remedy<'_> {
        if let Some(failed) = self.refresh_failure() {
            return failed.remedy();
        }
        match self.response() {
            Some(response) => adapt::response_remedy(response, self.inner.sent.as_ref()),
            None => {
                let failure = self
                    .inner
                    .transport
                    .as_ref()
                    .map_or(Failure::Other, |t| t.failure);
                adapt::transport_remedy(failure, self.inner.sent.as_ref())
            }
        }
    }

    /// Whether a retry loop may wait and send the same request again: always
    /// `self.remedy().is_wait()` ([`Remedy::is_wait`]).
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        self.remedy().is_wait()
    }
}

impl<E: KakaoError> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let transport = self.inner.transport.as_ref();
        match self.response() {
            Some(response) => {
                fmt::Display::fmt(response, f)?;
                if transport.is_some() {
                    f.write_str("; reading the body failed")?;
                }
                if let Some(failed) = self.refresh_failure() {
                    write!(f, "; {failed}")?;
                }
                Ok(())
            }
            None => write!(
                f,
                "Kakao API request failed: {}",
                transport.map_or("unknown error", |transport| transport.what)
            ),
        }
    }
}

impl<E: KakaoError> fmt::Debug for Error<E> {
    /// The fields, with the URL cut before its query and the headers as their names: neither
    /// a query nor a header value (a token, a cookie) is shown.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        f.debug_struct("Error")
            .field(
                "kind",
                &if inner.responded {
                    "response"
                } else {
                    "transport"
                },
            )
            .field("method", &self.method())
            .field("status", &inner.status)
            .field("url", &inner.url.as_ref().map(UrlWithoutQuery))
            .field("headers", &HeaderNames(&inner.headers))
            .field("response", &self.response())
            .field("source", &inner.transport.as_ref().map(|t| &t.source))
            .field("refresh_failure", &self.refresh_failure())
            .field("consent", &self.consent())
            .finish()
    }
}

/// A URL shown up to its path: no user name or password, no query, no fragment.
struct UrlWithoutQuery<'a>(&'a Url);

impl fmt::Debug for UrlWithoutQuery<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let url = self.0;
        f.write_str("\"")?;
        f.write_str(url.scheme())?;
        f.write_str(":")?;
        if let Some(host) = url.host_str() {
            write!(f, "//{host}")?;
            if let Some(port) = url.port() {
                write!(f, ":{port}")?;
            }
        }
        // A path is percent-encoded: it cannot hold a quote or a control character.
        f.write_str(url.path())?;
        f.write_str("\"")
    }
}

/// A header map shown as the names of its headers.
struct HeaderNames<'a>(&'a HeaderMap);

impl fmt::Debug for HeaderNames<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.0.keys()).finish()
    }
}

impl<E: KakaoError> StdError for Error<E> {
    /// The transport error (reqwest's); else the refresh that failed, if one did.
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        match (&self.inner.transport, self.refresh_failure()) {
            (Some(transport), _) => Some(&*transport.source),
            (None, Some(failed)) => Some(failed),
            (None, None) => None,
        }
    }
}
