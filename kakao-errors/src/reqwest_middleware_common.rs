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
        /// [`KakaoRetry`] looks at every response with a 4xx or 5xx status: it reads the body
        /// (at most [`body_limit`] bytes, as `kakao_check()` does),
        /// parses it with the response's headers, and asks its
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
        /// - Otherwise it hands the response back, rebuilt from its status, version, headers,
        ///   extensions, URL and the bytes read, so that the caller reads the body as if
        ///   nothing had happened, `kakao_check()` included. That body is what was read:
        ///   the whole body, or its first `body_limit` bytes, or what arrived before the
        ///   connection failed.
        /// - A response with any other status (2xx, 3xx) is handed back untouched.
        /// - A failure to get any response is retried only when no connection could be made,
        ///   so the request was never sent; any other is handed back as it is.
        ///
        /// # Requests that are not idempotent
        ///
        #[doc = include_str!("retry/unsafe_methods.md")]
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

            use ::http::{Extensions, Method};
            use reqwest::{Request, Response, ResponseBuilderExt};
            use reqwest_middleware::{Middleware, Next};

            use $crate::KakaoError;
            use $crate::$kakao::{DEFAULT_BODY_LIMIT, read_capped};
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
                /// Retries as `policy` says, parsing error bodies as [`ApiError`], reading at
                /// most [`DEFAULT_BODY_LIMIT`] bytes of each.
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

                /// Reads at most `limit` bytes of an error body (the rest is not downloaded);
                /// the caller gets those bytes as the body.
                #[must_use]
                pub const fn body_limit(mut self, limit: usize) -> Self {
                    self.body_limit = limit;
                    self
                }

                /// Whether a request whose method is not idempotent (`POST`, `PATCH`) is sent
                /// again on a status alone: see
                #[doc = concat!("[Requests that are not idempotent](crate::", stringify!($name), "#requests-that-are-not-idempotent).")]
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

                /// Reads a failed response's body (bounded) and decides: `Ok(wait)` to send
                /// the request again after `wait`, or `Err(response)` to hand it back, rebuilt
                /// around the bytes read.
                async fn examine(
                    &self,
                    method: &Method,
                    mut response: Response,
                    attempt: u32,
                ) -> Result<Duration, Response> {
                    let status = response.status();
                    let version = response.version();
                    let url = response.url().clone();
                    let headers = core::mem::take(response.headers_mut());
                    let extensions = core::mem::take(response.extensions_mut());
                    // A read error leaves what arrived before it: decide on that, and hand
                    // that back.
                    let (body, _read_error) = read_capped(&mut response, self.body_limit).await;
                    drop(response);
                    if let Some(after) =
                        self.settings.after_response::<E>(method, status, &headers, &body, attempt)
                    {
                        return Ok(after);
                    }
                    // The URL goes in through the builder (reqwest's own extension for it);
                    // the builder cannot fail with these values, and if it did only the URL
                    // would be lost.
                    let head = ::http::Response::builder().url(url).body(()).unwrap_or_default();
                    let (mut parts, ()) = head.into_parts();
                    parts.status = status;
                    parts.version = version;
                    parts.headers = headers;
                    parts.extensions.extend(extensions);
                    let rebuilt = ::http::Response::from_parts(parts, body);
                    Err(Response::from(rebuilt))
                }
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
