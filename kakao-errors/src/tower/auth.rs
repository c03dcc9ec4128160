//! [`KakaoAuthLayer`] and its service [`KakaoAuth`]: a refreshed token and one resend for an
//! expired one, and a missing consent handed back with the URL that asks for it.

use core::fmt;
use core::future::{Future, poll_fn};
use core::pin::Pin;
use core::task::{Context, Poll};
use std::sync::Arc;

use ::http::{Request, Response};
use ::tower::{Layer, Service};

use crate::auth::{AccessToken, LoginApp, Refresh, Refresher, Verdict};
use crate::http::DEFAULT_BODY_LIMIT;
use crate::response::ResponseError;
use crate::rest::ApiError;

/// The layer of the token and consent service [`KakaoAuth`]: see the
/// [module docs](super#refreshing-tokens-and-asking-for-consent) and those of
/// [`auth`](crate::auth) for the rules.
///
/// ```
/// use kakao_errors::auth::{AccessToken, LoginApp, Refresher, ReloginRequired};
/// use kakao_errors::tower::KakaoAuthLayer;
///
/// let refresher = Refresher::new(|_expired: AccessToken| async {
///     Err::<AccessToken, _>(ReloginRequired)
/// });
/// let layer = KakaoAuthLayer::new(refresher)
///     .consent(LoginApp::new("REST_API_KEY", "https://app.example/kakao/callback"));
/// ```
pub struct KakaoAuthLayer<F> {
    refresher: Refresher<F>,
    login: Option<Arc<LoginApp>>,
}

impl<F: Refresh> KakaoAuthLayer<F> {
    /// The layer, refreshing with `refresher` (a clone of one shared with other layers or
    /// middlewares shares its refreshes and what it remembers), with no consent URL.
    #[must_use]
    pub fn new(refresher: Refresher<F>) -> Self {
        Self {
            refresher,
            login: None,
        }
    }

    /// Hands a missing consent back with a [`Consent`](crate::auth::Consent) for `app` in the
    /// response's extensions.
    #[must_use]
    pub fn consent(mut self, app: LoginApp) -> Self {
        self.login = Some(Arc::new(app));
        self
    }
}

impl<S, F> Layer<S> for KakaoAuthLayer<F> {
    type Service = KakaoAuth<S, F>;

    fn layer(&self, inner: S) -> KakaoAuth<S, F> {
        KakaoAuth {
            inner,
            refresher: self.refresher.clone(),
            login: self.login.clone(),
        }
    }
}

/// The token and consent service around `S`, made by [`KakaoAuthLayer`].
///
/// `S` sends `http::Request<B>`s and answers `http::Response`s whose body is in memory
/// (`AsRef<[u8]>`, as for the retry policy); it is cloned for each call (tower's usual way
/// for a service that is called again inside a call), and `B` is cloned before each request
/// that carries a bearer token, for the one resend.
pub struct KakaoAuth<S, F> {
    inner: S,
    refresher: Refresher<F>,
    login: Option<Arc<LoginApp>>,
}

impl<S, F, B, ResBody> Service<Request<B>> for KakaoAuth<S, F>
where
    S: Service<Request<B>, Response = Response<ResBody>> + Clone + Send + 'static,
    S::Future: Send,
    S::Error: Send,
    F: Refresh,
    B: Clone + Send + 'static,
    ResBody: AsRef<[u8]> + Send + 'static,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Response<ResBody>, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request<B>) -> Self::Future {
        // The service made ready is the one called; a clone of it stays for the next call.
        let clone = self.inner.clone();
        let mut inner = core::mem::replace(&mut self.inner, clone);
        let refresher = self.refresher.clone();
        let login = self.login.clone();
        Box::pin(async move {
            let login = login.as_deref();
            let Some(mut token) = AccessToken::from_bearer(request.headers()) else {
                // Nothing to refresh; a consent to look for, if asked to.
                let mut response = inner.call(request).await?;
                look(&mut response, login);
                return Ok(response);
            };
            // A token that a refresh has replaced already: the new one from the start.
            if let Some(newer) = refresher.known_replacement(&token) {
                if newer.set_bearer(request.headers_mut()).is_ok() {
                    token = newer;
                }
            }
            let mut copy = request.clone();
            let mut response = inner.call(request).await?;
            if !matches!(look(&mut response, login), Verdict::Refresh) {
                return Ok(response);
            }
            #[cfg(feature = "tracing")]
            crate::telemetry::emit::refresh_started_for(
                response.status(),
                response.headers(),
                response.body().as_ref(),
            );
            let refreshed = refresher
                .refreshed(&token)
                .await
                .and_then(|new| new.set_bearer(copy.headers_mut()));
            #[cfg(feature = "tracing")]
            Verdict::trace_refresh(&refreshed);
            match refreshed {
                Ok(()) => {
                    poll_fn(|cx| inner.poll_ready(cx)).await?;
                    let mut resent = inner.call(copy).await?;
                    look(&mut resent, login);
                    Ok(resent)
                }
                Err(failed) => {
                    response.extensions_mut().insert(failed);
                    Ok(response)
                }
            }
        })
    }
}

/// Looks at a response: a 4xx has the start of its body (up to [`DEFAULT_BODY_LIMIT`])
/// parsed as a REST error; a consent it asks for is put in its extensions, and the verdict
/// says whether to refresh.
fn look<ResBody: AsRef<[u8]>>(
    response: &mut Response<ResBody>,
    login: Option<&LoginApp>,
) -> Verdict {
    if !response.status().is_client_error() {
        return Verdict::HandBack;
    }
    let body = response.body().as_ref();
    let read = &body[..body.len().min(DEFAULT_BODY_LIMIT)];
    let error = ResponseError::<ApiError>::from_head(response.status(), response.headers(), read);
    let verdict = Verdict::of(&error, login);
    #[cfg(feature = "tracing")]
    verdict.trace(&error);
    match verdict {
        Verdict::Consent(consent) => {
            response.extensions_mut().insert(consent);
            Verdict::HandBack
        }
        verdict => verdict,
    }
}

impl<F> Clone for KakaoAuthLayer<F> {
    fn clone(&self) -> Self {
        Self {
            refresher: self.refresher.clone(),
            login: self.login.clone(),
        }
    }
}

impl<S: Clone, F> Clone for KakaoAuth<S, F> {
    fn clone(&self) -> Self {
        Self {
            inner: self.inner.clone(),
            refresher: self.refresher.clone(),
            login: self.login.clone(),
        }
    }
}

impl<F> fmt::Debug for KakaoAuthLayer<F> {
    /// The refresher's count of remembered tokens and the consent's redirect URI: no token,
    /// no REST API key.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KakaoAuthLayer")
            .field("refresher", &self.refresher)
            .field("consent", &self.login)
            .finish()
    }
}

impl<S: fmt::Debug, F> fmt::Debug for KakaoAuth<S, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KakaoAuth")
            .field("inner", &self.inner)
            .field("refresher", &self.refresher)
            .field("consent", &self.login)
            .finish()
    }
}
