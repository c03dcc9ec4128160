//! The reqwest-middleware integrations: one macro writes the module for each supported version
//! (`kakao_errors::reqwest_middleware` for reqwest-middleware 0.5 and reqwest 0.13,
//! `kakao_errors::reqwest_middleware_0_4` for 0.4 and reqwest 0.12), on top of the reqwest
//! module of the same reqwest version, whose bounded body reading it uses.

/// Writes `pub mod $name`, the retry middleware for the reqwest-middleware crate this crate
/// depends on as `$krate`, built on reqwest `$reqwest` and this crate's module `$kakao` for it.
///
/// - `$version`, `$reqwest_version`: the two versions, as docs name them;
/// - `$feature`: the feature that enables it, as docs name it;
/// - `$prelude`: hidden doctest lines that make `reqwest` and `reqwest_middleware` name those
///   crates (empty when the dependencies have those names already).
macro_rules! middleware_module {
    (
        $(#[$attr:meta])*
        pub mod $name:ident for $krate:ident on $reqwest:ident, $kakao:ident {
            version: $version:literal,
            reqwest_version: $reqwest_version:literal,
            feature: $feature:literal,
            prelude: $prelude:literal $(,)?
        }
    ) => {
        #[doc = concat!(
            "A reqwest-middleware ", $version, " middleware (for reqwest ", $reqwest_version,
            ") that sends a request again when its remedy says so (feature ", $feature, ")."
        )]
        ///
        /// [`KakaoRetry`] looks at every response with a 4xx or 5xx status: it reads the start
        /// of the body (up to [`body_limit`] bytes, as `kakao_check()` does), parses it with
        /// the response's headers, and asks its
        /// [`RetryPolicy`](crate::retry::RetryPolicy) about the
        /// [`remedy`](crate::response::ResponseError::remedy). Kakao sends a transient error
        /// (-1), a wrong request (-2) and a used-up quota (-10) all as HTTP 400, so only the
        /// body tells them apart: `reqwest-retry`'s strategies, which see the status alone,
        /// cannot.
        ///
        /// - To retry, it waits (Tokio's timer) and sends a copy of the request. A request
        ///   whose body cannot be copied (a stream) is sent once, never retried. The last
        ///   attempt the policy allows sends the request itself, uncopied, and hands back
        ///   whatever comes, unread.
        ///   The failed response is dropped: the rest of its body is never downloaded.
        /// - Otherwise it hands the response back with its status, version, headers,
        ///   extensions and URL, and a body that gives the bytes already read, then the rest
        ///   of the original body as it arrives. The caller reads the whole body as if
        ///   nothing had happened, `kakao_check()` included, however long it is; and if the
        ///   connection failed while the middleware was reading, the caller's read fails at
        ///   the same place, with an error whose source is the one the middleware met
        ///   (`kakao_check()` keeps it as its `transport_error`; `is_timeout()` still says
        ///   whether it was a timeout).
        /// - A response with any other status (2xx, 3xx) is handed back untouched.
        /// - A failure to get any response is retried only when no connection could be made,
        ///   so the request was never sent; any other is handed back as it is.
        ///
        /// Needs a Tokio runtime with its timer enabled, as reqwest's own timeouts do.
        ///
        /// ```no_run
        #[doc = $prelude]
        /// use std::error::Error;
        /// use std::time::Duration;
        ///
        #[doc = concat!("use kakao_errors::", stringify!($kakao), "::ResponseExt;")]
        #[doc = concat!("use kakao_errors::", stringify!($name), "::KakaoRetry;")]
        /// use kakao_errors::retry::RetryPolicy;
        ///
        /// # async fn run() -> Result<(), Box<dyn Error>> {
        /// let client = reqwest::Client::builder().timeout(Duration::from_secs(10)).build()?;
        /// let client = reqwest_middleware::ClientBuilder::new(client)
        ///     .with(KakaoRetry::new(RetryPolicy::new().max_attempts(4)))
        ///     .build();
        ///
        /// let response = client
        ///     .get("https://kapi.kakao.com/v2/user/me")
        ///     .bearer_auth("ACCESS_TOKEN")
        ///     .send()
        ///     .await? // after up to 4 attempts
        ///     .kakao_check()
        ///     .await?; // an error no retry fixed, typed
        /// println!("{}", response.text().await?);
        /// # Ok(()) }
        /// ```
        ///
        /// # Requests that are not idempotent
        ///
        #[doc = include_str!("retry/unsafe_methods.md")]
        ///
        // Outer docs of a module resolve links from its parent: name this module's items.
        #[doc = concat!("[`KakaoRetry`]: crate::", stringify!($name), "::KakaoRetry")]
        #[doc = concat!("[`body_limit`]: crate::", stringify!($name), "::KakaoRetry::body_limit")]
        $(#[$attr])*
        pub mod $name {
            use core::fmt;
            use core::future::Future;
            use core::marker::PhantomData;
            use core::pin::Pin;

            use ::$krate as reqwest_middleware;
            use ::$reqwest as reqwest;
            use core::time::Duration;

            use ::bytes::Bytes;
            use ::http::{Extensions, Method};
            use reqwest::{Request, Response, ResponseBuilderExt};
            use reqwest_middleware::{Middleware, Next};

            use $crate::KakaoError;
            use $crate::$kakao::DEFAULT_BODY_LIMIT;
            use $crate::rest::ApiError;
            use $crate::retry::RetryPolicy;
            use $crate::retry::adapt::{Settings, is_failure};

            /// The retry middleware: see the [module docs](self).
            ///
            /// Error bodies are parsed with their codes looked up in `E`: [`ApiError`] (every
            /// REST table) unless [`parse_as`](Self::parse_as) says otherwise.
            ///
            /// ```
            #[doc = $prelude]
            /// use std::time::Duration;
            ///
            #[doc = concat!("use kakao_errors::", stringify!($name), "::KakaoRetry;")]
            /// use kakao_errors::retry::RetryPolicy;
            /// use kakao_errors::share::ShareApiError;
            ///
            /// let policy = RetryPolicy::new().max_attempts(5).max_retry_after(Duration::from_secs(30));
            /// // Talk Share's codes (4003, 5001, ...) as well as the REST API's.
            /// let retry = KakaoRetry::new(policy).parse_as::<ShareApiError>();
            /// let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
            ///     .with(retry)
            ///     .build();
            /// ```
            pub struct KakaoRetry<E: KakaoError = ApiError> {
                settings: Settings,
                body_limit: usize,
                table: PhantomData<fn() -> E>,
            }

            impl KakaoRetry {
                /// Retries as `policy` says, parsing error bodies as [`ApiError`], deciding on
                /// the first [`DEFAULT_BODY_LIMIT`] bytes of each.
                #[must_use]
                pub const fn new(policy: RetryPolicy) -> Self {
                    Self {
                        settings: Settings::new(policy),
                        body_limit: DEFAULT_BODY_LIMIT,
                        table: PhantomData,
                    }
                }
            }

            impl<E: KakaoError> KakaoRetry<E> {
                /// The same middleware, looking the codes of error bodies up in `T`.
                #[must_use]
                pub const fn parse_as<T: KakaoError>(self) -> KakaoRetry<T> {
                    KakaoRetry {
                        settings: self.settings,
                        body_limit: self.body_limit,
                        table: PhantomData,
                    }
                }

                /// Reads the first `limit` bytes of an error body to decide on (as they arrive,
                /// in whole chunks: the last chunk may run past the limit). A response sent
                /// again is dropped there, its rest never downloaded; one handed back loses
                /// nothing: the caller reads those bytes, then the rest.
                #[must_use]
                pub const fn body_limit(mut self, limit: usize) -> Self {
                    self.body_limit = limit;
                    self
                }

                /// Whether a request whose method is not idempotent (`POST`, `PATCH`) is sent
                /// again on a status alone: see
                #[doc = concat!(
                    "[Requests that are not idempotent](crate::", stringify!($name),
                    "#requests-that-are-not-idempotent)."
                )]
                /// Off by default; turn it on for requests that are safe to repeat.
                #[must_use]
                pub const fn retry_unsafe_methods(mut self, on: bool) -> Self {
                    self.settings.retry_unsafe_methods = on;
                    self
                }

                /// The policy it decides with.
                #[must_use]
                pub const fn policy(&self) -> &RetryPolicy {
                    &self.settings.policy
                }

                /// How many bytes of an error body it decides on: what
                /// [`body_limit`](Self::body_limit) set, [`DEFAULT_BODY_LIMIT`] unless it did.
                #[must_use]
                pub const fn body_limit_bytes(&self) -> usize {
                    self.body_limit
                }

                /// Sends `request` until it succeeds or the policy says to stop.
                async fn send(
                    &self,
                    request: Request,
                    extensions: &mut Extensions,
                    next: Next<'_>,
                ) -> reqwest_middleware::Result<Response> {
                    let mut attempt = 1;
                    loop {
                        // No copy for the last attempt the policy allows; a streamed body
                        // cannot be copied, nor sent twice. Either way: send it, hand back
                        // what comes.
                        let copy = if self.settings.allows_retry_after(attempt) {
                            request.try_clone()
                        } else {
                            None
                        };
                        let Some(copy) = copy else {
                            return next.run(request, extensions).await;
                        };
                        let after = match next.clone().run(copy, extensions).await {
                            Ok(response) if is_failure(response.status()) => {
                                match self.examine(request.method(), response, attempt).await {
                                    Ok(after) => after,
                                    Err(response) => return Ok(response),
                                }
                            }
                            Ok(response) => return Ok(response),
                            Err(reqwest_middleware::Error::Reqwest(e)) if e.is_connect() => {
                                match self.settings.after_unsent(attempt) {
                                    Some(after) => after,
                                    None => return Err(e.into()),
                                }
                            }
                            Err(e) => return Err(e),
                        };
                        tokio::time::sleep(after).await;
                        attempt += 1;
                    }
                }

                /// Reads the start of a failed response's body and decides: `Ok(wait)` to send
                /// the request again after `wait`, or `Err(response)` to hand it back, whole.
                async fn examine(
                    &self,
                    method: &Method,
                    mut response: Response,
                    attempt: u32,
                ) -> Result<Duration, Response> {
                    let (read, read_error) = read_start(&mut response, self.body_limit).await;
                    // A read error leaves what arrived before it: decide on that.
                    let after = self.settings.after_response::<E>(
                        method,
                        response.status(),
                        response.headers(),
                        &$crate::reqwest_middleware_common::joined(&read, self.body_limit),
                        attempt,
                    );
                    match after {
                        Some(after) => Ok(after),
                        None => Err(hand_back(response, read, read_error)),
                    }
                }
            }

            /// Reads chunks of `response`'s body until `limit` bytes have come, the body ends
            /// or reading fails; gives the chunks, whole, and the error that stopped the
            /// reading, if one did.
            async fn read_start(
                response: &mut Response,
                limit: usize,
            ) -> (Vec<Bytes>, Option<reqwest::Error>) {
                let mut read = Vec::new();
                let mut len = 0;
                while len < limit {
                    match response.chunk().await {
                        Ok(Some(chunk)) => {
                            len += chunk.len();
                            read.push(chunk);
                        }
                        Ok(None) => break,
                        Err(e) => return (read, Some(e)),
                    }
                }
                (read, None)
            }

            /// `response`, of which `read` has been read (and then `read_error` happened, if
            /// it is set), as the caller gets it: the same head and URL, and a body that
            /// gives `read`, then the error or the rest of the body.
            fn hand_back(
                response: Response,
                read: Vec<Bytes>,
                read_error: Option<reqwest::Error>,
            ) -> Response {
                let url = response.url().clone();
                let (mut parts, rest) =
                    ::http::Response::<reqwest::Body>::from(response).into_parts();
                // The URL goes back in through the builder (reqwest's own extension for it);
                // the builder cannot fail with a URL alone, and if it did only the URL would
                // be lost.
                let head = ::http::Response::builder().url(url).body(()).unwrap_or_default();
                parts.extensions.extend(head.into_parts().0.extensions);
                let body = $crate::reqwest_middleware_common::Resumed::new(read, read_error, rest);
                Response::from(::http::Response::from_parts(parts, reqwest::Body::wrap(body)))
            }

            impl Default for KakaoRetry {
                /// [`KakaoRetry::new`] with the default [`RetryPolicy`].
                fn default() -> Self {
                    Self::new(RetryPolicy::DEFAULT)
                }
            }

            impl<E: KakaoError> Clone for KakaoRetry<E> {
                fn clone(&self) -> Self {
                    *self
                }
            }

            impl<E: KakaoError> Copy for KakaoRetry<E> {}

            impl<E: KakaoError> fmt::Debug for KakaoRetry<E> {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.debug_struct("KakaoRetry")
                        .field("policy", &self.settings.policy)
                        .field("body_limit", &self.body_limit)
                        .field("retry_unsafe_methods", &self.settings.retry_unsafe_methods)
                        .field("parse_as", &core::any::type_name::<E>())
                        .finish()
                }
            }

            // The trait is declared with `async_trait`; this is the signature it expands to,
            // written out so that this crate does not need the macro.
            impl<E: KakaoError + 'static> Middleware for KakaoRetry<E> {
                fn handle<'life0, 'life1, 'life2, 'async_trait>(
                    &'life0 self,
                    request: Request,
                    extensions: &'life1 mut Extensions,
                    next: Next<'life2>,
                ) -> Pin<
                    Box<
                        dyn Future<Output = reqwest_middleware::Result<Response>>
                            + Send
                            + 'async_trait,
                    >,
                >
                where
                    'life0: 'async_trait,
                    'life1: 'async_trait,
                    'life2: 'async_trait,
                    Self: 'async_trait,
                {
                    Box::pin(self.send(request, extensions, next))
                }
            }
        }
    };
}

pub(crate) use middleware_module;

use std::borrow::Cow;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body::{Body, Frame, SizeHint};

/// The first `limit` bytes of `chunks`, in one slice: borrowed from a single chunk, or joined
/// in a buffer of at most `limit` bytes.
pub(crate) fn joined(chunks: &[Bytes], limit: usize) -> Cow<'_, [u8]> {
    match chunks {
        [] => Cow::Borrowed(&[]),
        [chunk] => Cow::Borrowed(&chunk[..chunk.len().min(limit)]),
        chunks => {
            let mut joined = Vec::new();
            for chunk in chunks {
                crate::reqwest_common::push_capped(&mut joined, chunk, limit);
            }
            Cow::Owned(joined)
        }
    }
}

/// A body of which the start has been read already: gives those chunks again, then carries on
/// with the rest of the body, or with the error that stopped the reading.
pub(crate) struct Resumed<B: Body> {
    /// The chunks read, not given yet.
    read: std::vec::IntoIter<Bytes>,
    /// How many bytes they hold.
    left: u64,
    /// The error that stopped the reading: given after the chunks, and then the body ends.
    error: Option<B::Error>,
    /// The rest of the body; `None` when reading it failed.
    rest: Option<B>,
}

impl<B: Body> Resumed<B> {
    /// `read`, then `error` if reading failed, else `rest`.
    pub(crate) fn new(read: Vec<Bytes>, error: Option<B::Error>, rest: B) -> Self {
        let left = read.iter().map(|chunk| chunk.len() as u64).sum();
        // After an error the rest is not read: dropping it frees the connection.
        let rest = if error.is_some() { None } else { Some(rest) };
        Self {
            read: read.into_iter(),
            left,
            error,
            rest,
        }
    }
}

impl<B> Body for Resumed<B>
where
    B: Body<Data = Bytes> + Unpin,
    B::Error: Unpin,
{
    type Data = Bytes;
    type Error = B::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, B::Error>>> {
        let this = self.get_mut();
        if let Some(chunk) = this.read.next() {
            this.left -= chunk.len() as u64;
            return Poll::Ready(Some(Ok(Frame::data(chunk))));
        }
        if let Some(error) = this.error.take() {
            return Poll::Ready(Some(Err(error)));
        }
        match &mut this.rest {
            Some(rest) => Pin::new(rest).poll_frame(cx),
            None => Poll::Ready(None),
        }
    }

    fn is_end_stream(&self) -> bool {
        self.left == 0 && self.error.is_none() && self.rest.as_ref().is_none_or(Body::is_end_stream)
    }

    fn size_hint(&self) -> SizeHint {
        let mut hint = SizeHint::new();
        match &self.rest {
            Some(rest) => {
                let rest = rest.size_hint();
                hint.set_lower(self.left.saturating_add(rest.lower()));
                if let Some(upper) = rest.upper() {
                    hint.set_upper(self.left.saturating_add(upper));
                }
            }
            // The chunks, then an error: no more data, but no promise of a whole body.
            None if self.error.is_some() => hint.set_lower(self.left),
            None => hint.set_exact(self.left),
        }
        hint
    }
}
