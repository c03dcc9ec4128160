//! [`KakaoAuth`]: the middleware that refreshes an expired token and resends the request
//! once, and hands a missing consent back with the URL that asks for it.

use core::fmt;
use core::marker::PhantomData;
use std::sync::Arc;

use ::http::{Extensions, Method};

use super::{Attempt, Rebuild};
use crate::KakaoError;
use crate::auth::{AccessToken, Consent, LoginApp, Refresh, RefreshFailed, Refresher, Verdict};
use crate::body::{Ending, ReadStart, Resumed};
use crate::http::DEFAULT_BODY_LIMIT;
use crate::reqwest::{Auth, Examined, Fetched};
use crate::response::ResponseError;
use crate::rest::ApiError;
use crate::retry::adapt::Sent;

/// The token and consent middleware: see the [module docs](super#refreshing-tokens-and-asking-for-consent)
/// and those of [`auth`](crate::auth) for the rules.
///
/// Cheap to clone: clones share the [`Refresher`] (its refreshes in flight, what it
/// remembers).
///
/// Error bodies are parsed with their codes looked up in `E` ([`ApiError`] unless
/// [`parse_as`](Self::parse_as) says otherwise). `kakao_check()` with the same table gives
/// what it hands on ([`Error::consent`](crate::reqwest::Error::consent),
/// [`Error::refresh_failure`](crate::reqwest::Error::refresh_failure)); with another, read
/// the [`Consent`] and the [`RefreshFailed`] from the response's extensions.
///
/// ```
/// # #[cfg(feature = "reqwest-middleware")] {
/// use kakao_errors::auth::{AccessToken, LoginApp, Refresher, ReloginRequired};
/// use kakao_errors::reqwest_middleware::KakaoAuth;
///
/// let refresher = Refresher::new(|_expired: AccessToken| async {
///     // The application's refresh: here, no refresh token.
///     Err::<AccessToken, _>(ReloginRequired)
/// });
/// let auth = KakaoAuth::new(refresher)
///     .consent(LoginApp::new("REST_API_KEY", "https://app.example/kakao/callback"));
/// let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
///     .with(auth)
///     .build();
/// # }
/// ```
pub struct KakaoAuth<F, E = ApiError> {
    refresher: Refresher<F>,
    login: Option<Arc<LoginApp>>,
    table: PhantomData<fn() -> E>,
}

impl<F: Refresh> KakaoAuth<F> {
    /// The middleware, refreshing with `refresher` (a clone of one shared with other
    /// middlewares or layers shares its refreshes and what it remembers), with no consent URL.
    #[must_use]
    pub fn new(refresher: Refresher<F>) -> Self {
        Self {
            refresher,
            login: None,
            table: PhantomData,
        }
    }
}

impl<F: Refresh, E> KakaoAuth<F, E> {
    /// The same middleware, looking the codes of error bodies up in `T`: the table the
    /// application's `kakao_check()` uses, and [`KakaoRetry`](super::KakaoRetry)'s
    /// ([`parse_as`](crate::retry::RetrySettings::parse_as)), so that the body is parsed once.
    #[must_use]
    pub fn parse_as<T>(self) -> KakaoAuth<F, T> {
        KakaoAuth {
            refresher: self.refresher,
            login: self.login,
            table: PhantomData,
        }
    }

    /// Hands a missing consent back with a [`Consent`](crate::auth::Consent) for `app` in the
    /// response's extensions.
    #[must_use]
    pub fn consent(mut self, app: LoginApp) -> Self {
        self.login = Some(Arc::new(app));
        self
    }

    /// Its refresher.
    #[must_use]
    pub fn refresher(&self) -> &Refresher<F> {
        &self.refresher
    }
}

impl<F: Refresh, E: KakaoError + Send + Sync + 'static> KakaoAuth<F, E> {
    /// Sends `request`, and once more with a new token if its token had expired.
    pub(super) async fn send<N: Attempt>(
        &self,
        mut request: N::Request,
        extensions: &mut Extensions,
        next: N,
    ) -> Result<N::Response, N::Error> {
        let login = self.login.as_deref();
        let method = N::method(&request).clone();
        let Some(mut token) = AccessToken::from_bearer(N::headers_mut(&mut request)) else {
            // Nothing to refresh; a consent to look for, if asked to.
            let response = next.run(request, extensions).await?;
            return Ok(match login {
                Some(_) => Box::pin(examine::<_, E>(response, &method, login))
                    .await
                    .response(),
                None => response,
            });
        };
        // A token that a refresh has replaced already: the new one from the start.
        if let Some(newer) = self.refresher.known_replacement(&token) {
            if newer.set_bearer(N::headers_mut(&mut request)).is_ok() {
                token = newer;
            }
        }
        let copy = N::try_clone(&request);
        let response = next.clone().run(request, extensions).await?;
        let response = match Box::pin(examine::<_, E>(response, &method, login)).await {
            Looked::Refresh(response) => response,
            Looked::Done(response) => return Ok(response),
        };
        // A body that cannot be copied cannot be sent again: handed back as it came.
        let Some(mut copy) = copy else {
            return Ok(response);
        };
        #[cfg(feature = "tracing")]
        let response = trace_refresh_started::<_, E>(response);
        let refreshed = self
            .refresher
            .refreshed(&token)
            .await
            .and_then(|new| new.set_bearer(N::headers_mut(&mut copy)));
        #[cfg(feature = "tracing")]
        Verdict::trace_refresh(&refreshed);
        match refreshed {
            Ok(()) => {
                // The expired token's response is dropped: its body is not downloaded.
                drop(response);
                let resent = next.run(copy, extensions).await?;
                Ok(Box::pin(examine::<_, E>(resent, &method, login))
                    .await
                    .response())
            }
            Err(failed) => {
                let mut response = response;
                hand_on::<E, RefreshFailed>(response.extensions_mut(), failed, |auth, failed| {
                    auth.refresh_failure = Some(failed);
                });
                Ok(response)
            }
        }
    }
}

/// A response looked at: whether its token is to be refreshed.
enum Looked<R> {
    Refresh(R),
    Done(R),
}

impl<R> Looked<R> {
    fn response(self) -> R {
        match self {
            Self::Refresh(response) | Self::Done(response) => response,
        }
    }
}

/// Looks at a response to `method`: a 4xx has the start of its body read (unless the retry
/// middleware handed its parse as `E` on) and parsed as `E`; its remedy says whether to
/// refresh the token, or to hand it back with a consent for `login`. The body is handed back
/// whole, and the parse with it, for `kakao_check()`.
async fn examine<R: Rebuild, E: KakaoError + Send + Sync + 'static>(
    mut response: R,
    method: &Method,
    login: Option<&LoginApp>,
) -> Looked<R> {
    if !response.status().is_client_error() {
        return Looked::Done(response);
    }
    let handed_on = response.extensions_mut().get::<Examined<E>>();
    if let Some(parsed) = handed_on.and_then(|examined| examined.parsed.as_ref()) {
        let verdict = Verdict::of(parsed, login);
        #[cfg(feature = "tracing")]
        verdict.trace(parsed);
        return apply::<R, E>(response, verdict);
    }
    let (sent, auth) = match handed_on {
        Some(examined) => (examined.sent.clone(), examined.auth.clone()),
        None => (Sent::new(method, false), None),
    };
    let (parts, url, body) = response.into_parts();
    let (start, rest) = ReadStart::new(body, DEFAULT_BODY_LIMIT).await;
    let parsed = ResponseError::<E>::from_head(parts.status, &parts.headers, &start.head);
    let verdict = Verdict::of(&parsed, login);
    #[cfg(feature = "tracing")]
    verdict.trace(&parsed);
    // After a read error `kakao_check()` reads the body again, to meet it where this did.
    let read_failed = matches!(start.ending, Ending::Failed(_));
    let examined = Examined {
        sent,
        auth,
        parsed: (!read_failed).then_some(parsed),
        read: start.head.len(),
        ended: start.ended(),
        limit: DEFAULT_BODY_LIMIT,
    };
    let body = Resumed::new(start, rest);
    apply::<R, E>(R::from_parts(parts, url, body, examined), verdict)
}

/// The event of a refresh started for `response`, with what its parse (handed on in its
/// extensions) says; `response` handed back.
#[cfg(feature = "tracing")]
fn trace_refresh_started<R: Fetched, E: KakaoError + Send + Sync + 'static>(mut response: R) -> R {
    let status = response.status().as_u16();
    let parsed = response
        .extensions_mut()
        .get::<Examined<E>>()
        .and_then(|examined| examined.parsed.as_ref());
    crate::telemetry::emit::refresh_started(status, parsed);
    response
}

fn apply<R: Rebuild, E: KakaoError + Send + Sync + 'static>(
    mut response: R,
    verdict: Verdict,
) -> Looked<R> {
    match verdict {
        Verdict::Refresh => Looked::Refresh(response),
        Verdict::Consent(consent) => {
            hand_on::<E, Consent>(response.extensions_mut(), consent, |auth, consent| {
                auth.consent = Some(consent);
            });
            Looked::Done(response)
        }
        Verdict::HandBack => Looked::Done(response),
    }
}

/// Tells `kakao_check()` with `E` what `note` writes, in the hand-on record of the parse
/// (which [`examine`] put in `extensions`, or found there), and puts `public` in `extensions`
/// for a caller that reads them.
fn hand_on<E: KakaoError + Send + Sync + 'static, T: Clone + Send + Sync + 'static>(
    extensions: &mut Extensions,
    public: T,
    note: impl FnOnce(&mut Auth, T),
) {
    if let Some(examined) = extensions.get_mut::<Examined<E>>() {
        note(
            examined.auth.get_or_insert_with(Box::default),
            public.clone(),
        );
    }
    extensions.insert(public);
}

impl<F, E> Clone for KakaoAuth<F, E> {
    fn clone(&self) -> Self {
        Self {
            refresher: self.refresher.clone(),
            login: self.login.clone(),
            table: PhantomData,
        }
    }
}

impl<F, E> fmt::Debug for KakaoAuth<F, E> {
    /// The refresher's count of remembered tokens and the consent's redirect URI: no token,
    /// no REST API key.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KakaoAuth")
            .field("refresher", &self.refresher)
            .field("consent", &self.login)
            .field("parse_as", &core::any::type_name::<E>())
            .finish()
    }
}
