// The adapter of one reqwest-middleware version and its reqwest. Included once per version by
// `reqwest_middleware.rs` (modules `v0_5` and `v0_4`), where `reqwest`, `reqwest_middleware`
// and `transport` name that version's crates and this crate's adapter of that reqwest.

use core::future::Future;
use core::pin::Pin;

use ::http::response::Parts;
use ::http::{Extensions, Method};
use reqwest::{Body, Request, Response, ResponseBuilderExt};
use reqwest_middleware::{Middleware, Next};

use crate::reqwest_middleware::{Attempt, KakaoAuth, KakaoRetry, Rebuild, Sending};
use crate::KakaoError;
use crate::auth::Refresh;
use crate::body::{Cut, Resumed};
use crate::reqwest::{Error, Transport, Url};
use crate::retry::DeadlineExceeded;
use crate::retry::adapt::Failure;

// The trait is declared with `async_trait`; this is the signature it expands to, written out
// so that this crate does not need the macro.
impl<E: KakaoError + Send + Sync + 'static> Middleware for KakaoRetry<E> {
    fn handle<'life0, 'life1, 'life2, 'async_trait>(
        &'life0 self,
        request: Request,
        extensions: &'life1 mut Extensions,
        next: Next<'life2>,
    ) -> Pin<Box<dyn Future<Output = reqwest_middleware::Result<Response>> + Send + 'async_trait>>
    where
        'life0: 'async_trait,
        'life1: 'async_trait,
        'life2: 'async_trait,
        Self: 'async_trait,
    {
        Box::pin(self.send(request, extensions, next))
    }
}

// The same signature, for the auth middleware.
impl<F: Refresh> Middleware for KakaoAuth<F> {
    fn handle<'life0, 'life1, 'life2, 'async_trait>(
        &'life0 self,
        request: Request,
        extensions: &'life1 mut Extensions,
        next: Next<'life2>,
    ) -> Pin<Box<dyn Future<Output = reqwest_middleware::Result<Response>> + Send + 'async_trait>>
    where
        'life0: 'async_trait,
        'life1: 'async_trait,
        'life2: 'async_trait,
        Self: 'async_trait,
    {
        Box::pin(self.send(request, extensions, next))
    }
}

impl Attempt for Next<'_> {
    type Request = Request;
    type Response = Response;
    type Error = reqwest_middleware::Error;

    fn method(request: &Request) -> &Method {
        request.method()
    }

    fn headers_mut(request: &mut Request) -> &mut ::http::HeaderMap {
        request.headers_mut()
    }

    fn try_clone(request: &Request) -> Option<Request> {
        request.try_clone()
    }

    fn run<'e>(
        self,
        request: Request,
        extensions: &'e mut Extensions,
    ) -> Sending<'e, Response, reqwest_middleware::Error>
    where
        Self: 'e,
    {
        Next::run(self, request, extensions)
    }

    fn failure(error: &reqwest_middleware::Error) -> Option<(Failure, bool)> {
        match error {
            reqwest_middleware::Error::Reqwest(error) => Some((
                transport::transport_failure(error),
                error.is_timeout(),
            )),
            reqwest_middleware::Error::Middleware(_) => None,
        }
    }

    fn deadline_error(error: DeadlineExceeded) -> reqwest_middleware::Error {
        reqwest_middleware::Error::middleware(error)
    }

    #[cfg(feature = "tracing")]
    fn is_deadline(error: &reqwest_middleware::Error) -> bool {
        matches!(error, reqwest_middleware::Error::Middleware(error) if error.is::<DeadlineExceeded>())
    }
}

impl Rebuild for Response {
    fn into_parts(self) -> (Parts, Url, Body) {
        let url = self.url().clone();
        let (parts, body) = ::http::Response::<Body>::from(self).into_parts();
        (parts, url, body)
    }

    fn from_parts<X: Clone + Send + Sync + 'static>(
        parts: Parts,
        url: Url,
        body: Resumed<Body>,
        extension: X,
    ) -> Self {
        // A body read to its end needs no wrapper: its bytes are the body.
        let body = match body.into_whole() {
            Ok(whole) => Body::from(whole),
            Err(resumed) => Body::wrap(resumed),
        };
        rebuild(parts, url, body, extension)
    }

    fn from_cut<X: Clone + Send + Sync + 'static>(
        parts: Parts,
        url: Url,
        body: Cut,
        extension: X,
    ) -> Self {
        rebuild(parts, url, Body::wrap(body), extension)
    }
}

/// The response of `parts`, `url` and `body`, with `extension`.
// Inlined: the one-call path of a response handed back keeps the code it had before `from_cut`.
#[inline(always)]
fn rebuild<X: Clone + Send + Sync + 'static>(
    mut parts: Parts,
    url: Url,
    body: Body,
    extension: X,
) -> Response {
    // The URL goes back in through the builder (reqwest's own extension for it), into the
    // response's own map, with `extension`; the builder cannot fail with extensions alone,
    // and if it did only they would be lost.
    let mut builder = ::http::Response::builder();
    if let Some(extensions) = builder.extensions_mut() {
        *extensions = core::mem::take(&mut parts.extensions);
    }
    let head = builder.url(url).extension(extension).body(());
    parts.extensions = head.unwrap_or_default().into_parts().0.extensions;
    Response::from(::http::Response::from_parts(parts, body))
}

impl<E> From<reqwest_middleware::Error> for Error<E> {
    /// reqwest's error as [`From<reqwest::Error>`](Error#impl-From<Error>-for-Error<E>) takes
    /// it; the retry middleware's [`DeadlineExceeded`] as a timeout after the request was
    /// sent; another middleware's as a transport failure with an unknown remedy.
    fn from(error: reqwest_middleware::Error) -> Self {
        match error {
            reqwest_middleware::Error::Reqwest(error) => Self::from(error),
            reqwest_middleware::Error::Middleware(error) => {
                if let Some(exceeded) = error.downcast_ref::<DeadlineExceeded>() {
                    return Self::from_transport(Transport::deadline(*exceeded));
                }
                Self::from_transport(Transport {
                    failure: Failure::Other,
                    timeout: false,
                    body: false,
                    what: "a middleware failed",
                    status: None,
                    url: None,
                    source: error.into(),
                })
            }
        }
    }
}
