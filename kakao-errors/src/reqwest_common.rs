//! The reqwest integrations: one macro writes the module for each supported reqwest version
//! (`kakao_errors::reqwest` for 0.13, `kakao_errors::reqwest_0_12` for 0.12), so both have the
//! same types, functions, docs and doctests; what needs no reqwest type is shared as plain
//! functions here.

/// How many bytes of an error body are read by default.
pub(crate) const DEFAULT_BODY_LIMIT: usize = 64 * 1024;

/// Appends as much of `chunk` as fits under `limit` to `body`.
///
/// The buffer grows with the bytes that actually arrived (doubling, as a `Vec` does, for
/// amortised cost), never to more than `limit` bytes: no header (a `Content-Length` that lies)
/// sizes an allocation.
pub(crate) fn push_capped(body: &mut Vec<u8>, chunk: &[u8], limit: usize) {
    let take = chunk.len().min(limit.saturating_sub(body.len()));
    let needed = body.len() + take;
    if needed > body.capacity() {
        let target = body.capacity().saturating_mul(2).min(limit).max(needed);
        body.reserve_exact(target - body.len());
    }
    body.extend_from_slice(&chunk[..take]);
}

/// Writes `pub mod $name`, the integration for the reqwest crate that this crate depends on
/// as `$krate`.
///
/// - `$version`: the reqwest version, as docs name it (`"0.13"`);
/// - `$feature`: the feature that enables it, as docs name it;
/// - `$prelude`: hidden doctest lines that make `reqwest` name that crate (empty when the
///   dependency is called `reqwest` already).
macro_rules! reqwest_module {
    (
        $(#[$attr:meta])*
        pub mod $name:ident for $krate:ident {
            version: $version:literal,
            feature: $feature:literal,
            prelude: $prelude:literal $(,)?
        }
    ) => {
        #[doc = concat!(
            "Turning a reqwest ", $version, " `Response` into `Ok(response)` or a typed error ",
            "(feature ", $feature, ")."
        )]
        ///
        /// A success status (2xx) passes the response through untouched. Any other status has
        /// its body read, at most [`DEFAULT_BODY_LIMIT`] bytes of it (chunk by chunk, in a
        /// buffer that grows only with what arrives: a huge body, or a `Content-Length` that
        /// promises one, never makes it allocate more than the limit), and parsed into a
        /// [`ResponseError`](crate::response::ResponseError). The [`Error`] keeps it with the
        /// response's headers and URL; if reading the body failed partway, also the transport
        /// error.
        ///
        /// [`Error`] also holds a failure to get any response (`send()` failing), so a single
        /// `?` after each step gives one error type:
        ///
        /// ```no_run
        #[doc = $prelude]
        /// // Every application has this in scope; the calls below compile with it.
        /// use std::error::Error;
        /// use std::time::Duration;
        ///
        #[doc = concat!("use kakao_errors::", stringify!($name), "::{self as kakao, ResponseExt};")]
        /// use kakao_errors::rest::{ApiError, Login};
        ///
        /// /// The signed-in user, as JSON text.
        /// async fn me(client: &reqwest::Client, token: &str) -> Result<String, kakao::Error> {
        ///     let response = client
        ///         .get("https://kapi.kakao.com/v2/user/me")
        ///         .bearer_auth(token)
        ///         .send()
        ///         .await? // no response: `kakao::Error::Transport`
        ///         .kakao_check()
        ///         .await?; // a Kakao error response: `kakao::Error::Response`
        ///     Ok(response.text().await?)
        /// }
        ///
        /// async fn show_me(client: &reqwest::Client, token: &str) -> Result<(), Box<dyn Error>> {
        ///     match me(client, token).await {
        ///         Ok(user) => println!("{user}"),
        ///         Err(e) if e.cause() == Some(&ApiError::Login(Login::InsufficientScope)) => {
        ///             let scopes: Vec<&str> = e.required_scopes().into_iter().flatten().collect();
        ///             println!("ask the user to agree to {}", scopes.join(", "));
        ///         }
        ///         Err(e) if e.is_retryable() => {
        ///             let wait = e.retry_after().unwrap_or(Duration::from_secs(1));
        ///             println!("try again in {wait:?}: {e} (request id {:?})", e.request_id());
        ///         }
        ///         Err(e) => {
        ///             eprintln!("{e}, caused by {:?}", e.source());
        ///             return Err(e.into());
        ///         }
        ///     }
        ///     Ok(())
        /// }
        ///
        /// # async fn run() -> Result<(), Box<dyn Error>> {
        /// // A total timeout: see below.
        /// let client = reqwest::Client::builder().timeout(Duration::from_secs(10)).build()?;
        /// show_me(&client, "ACCESS_TOKEN").await
        /// # }
        /// ```
        ///
        /// # Timeouts
        ///
        /// reqwest has no timeout unless one is set, and a read timeout alone does not bound
        /// how long reading an error body takes: a server that trickles one byte every 300 ms
        /// resets it with every byte. Set a total timeout, which covers connecting, the
        /// response head and the whole body, on the client (`ClientBuilder::timeout`) or on
        /// each request (`RequestBuilder::timeout`); a body cut short by it still gives a
        /// parsed [`Error`], with the timeout as its [`transport_error`].
        ///
        /// ```no_run
        #[doc = $prelude]
        /// use std::time::Duration;
        ///
        #[doc = concat!("use kakao_errors::", stringify!($name), "::ResponseExt;")]
        ///
        #[doc = concat!(
            "# async fn send(client: reqwest::Client) -> Result<(), kakao_errors::",
            stringify!($name), "::Error> {"
        )]
        /// let response = client
        ///     .post("https://kapi.kakao.com/v2/api/talk/memo/default/send")
        ///     .timeout(Duration::from_secs(10))
        ///     .send()
        ///     .await?
        ///     .kakao_check()
        ///     .await?;
        /// # Ok(()) }
        /// ```
        ///
        // Outer docs of a module resolve links from its parent: name this module's items.
        #[doc = concat!("[`DEFAULT_BODY_LIMIT`]: crate::", stringify!($name), "::DEFAULT_BODY_LIMIT")]
        #[doc = concat!("[`Error`]: crate::", stringify!($name), "::Error")]
        #[doc = concat!("[`transport_error`]: crate::", stringify!($name), "::Error::transport_error")]
        $(#[$attr])*
        pub mod $name {
            use core::fmt;
            use core::future::Future;
            use core::time::Duration;

            use ::$krate as reqwest;
            use ::http::HeaderMap;
            use reqwest::Url;

            use $crate::{KakaoError, Remedy};
            use $crate::oauth::OAuthError;
            use $crate::response::{ResponseError, Scopes};
            use $crate::rest::ApiError;

            /// How many bytes of an error body are read by default: far more than any Kakao
            /// error body, far less than a runaway one.
            pub const DEFAULT_BODY_LIMIT: usize = $crate::reqwest_common::DEFAULT_BODY_LIMIT;

            /// A failed request: no response at all, or a response whose status is not a
            /// success, parsed with its code looked up in `E`.
            ///
            /// Ask it directly for what you need: [`status`](Self::status),
            /// [`cause`](Self::cause), [`required_scopes`](Self::required_scopes),
            /// [`retry_after`](Self::retry_after), [`request_id`](Self::request_id), ...; each
            /// is `None` (or `false`) where there is no such thing, such as a Kakao code when
            /// no response came. [`response`](Self::response) gives the whole parsed
            /// [`ResponseError`].
            ///
            /// `Display` is the parsed error's one line (for a [`Transport`](Self::Transport)
            /// error, reqwest's own); `source()` is the transport error that cut a body short,
            /// if one did (for a `Transport` error, that error's own source).
            #[derive(Debug)]
            #[non_exhaustive]
            pub enum Error<E: KakaoError = ApiError> {
                /// No response: sending the request or receiving the response head failed
                /// (connecting, a timeout, too many redirects, ...). Also any reqwest error
                /// turned into this type by `?`, such as reading a successful response's
                /// body.
                Transport(reqwest::Error),
                /// A response with a status outside 2xx: its body (up to the limit) read and
                /// parsed, its headers and URL kept.
                Response(Box<FailedResponse<E>>),
            }

            /// What [`Error::Response`] keeps of a response whose status was not a success.
            #[derive(Debug)]
            pub struct FailedResponse<E: KakaoError = ApiError> {
                error: ResponseError<E>,
                headers: HeaderMap,
                url: Url,
                read_error: Option<reqwest::Error>,
            }

            impl<E: KakaoError> FailedResponse<E> {
                /// The status and body, parsed; it also has the `Retry-After` value and the
                /// request id of the headers.
                #[must_use]
                pub fn error(&self) -> &ResponseError<E> {
                    &self.error
                }

                /// The parsed error, by value.
                #[must_use]
                pub fn into_error(self) -> ResponseError<E> {
                    self.error
                }

                /// All the response's headers.
                #[must_use]
                pub fn headers(&self) -> &HeaderMap {
                    &self.headers
                }

                /// The URL that answered (after any redirects).
                #[must_use]
                pub fn url(&self) -> &Url {
                    &self.url
                }

                /// The transport error that cut reading the body short, if one did; the
                /// parsed error then holds what was read before it.
                #[must_use]
                pub fn read_error(&self) -> Option<&reqwest::Error> {
                    self.read_error.as_ref()
                }
            }

            impl<E: KakaoError> Error<E> {
                /// What was kept of the response; `None` for a
                /// [`Transport`](Self::Transport) error.
                #[must_use]
                pub fn failed_response(&self) -> Option<&FailedResponse<E>> {
                    match self {
                        Self::Transport(_) => None,
                        Self::Response(failed) => Some(failed),
                    }
                }

                /// The parsed error response; `None` for a [`Transport`](Self::Transport)
                /// error.
                #[must_use]
                pub fn response(&self) -> Option<&ResponseError<E>> {
                    self.failed_response().map(FailedResponse::error)
                }

                /// The parsed error response, by value.
                #[must_use]
                pub fn into_response(self) -> Option<ResponseError<E>> {
                    match self {
                        Self::Transport(_) => None,
                        Self::Response(failed) => Some(failed.error),
                    }
                }

                /// The reqwest error this holds: the one that stopped the request
                /// ([`Transport`](Self::Transport)), or the one that cut reading an error
                /// body short.
                #[must_use]
                pub fn transport_error(&self) -> Option<&reqwest::Error> {
                    match self {
                        Self::Transport(e) => Some(e),
                        Self::Response(failed) => failed.read_error.as_ref(),
                    }
                }

                /// The HTTP status of the response; for a [`Transport`](Self::Transport)
                /// error, the status reqwest's error has, if any (one made by
                /// `error_for_status`).
                #[must_use]
                pub fn status(&self) -> Option<u16> {
                    match self {
                        Self::Transport(e) => e.status().map(|s| s.as_u16()),
                        Self::Response(failed) => Some(failed.error.status()),
                    }
                }

                /// The code the body sent, whether or not `E` lists it
                /// ([`ResponseError::code`]).
                #[must_use]
                pub fn code(&self) -> Option<i64> {
                    self.response()?.code()
                }

                /// The code looked up in `E`: a documented variant, or `E`'s catch-all
                /// ([`ResponseError::cause`]).
                #[must_use]
                pub fn cause(&self) -> Option<&E> {
                    self.response()?.cause()
                }

                /// The typed cause, if it is one `E` documents (not its catch-all).
                #[must_use]
                pub fn documented_cause(&self) -> Option<&E> {
                    self.response()?.documented_cause()
                }

                /// The body's message ([`ResponseError::message`]).
                #[must_use]
                pub fn message(&self) -> Option<&str> {
                    self.response()?.message()
                }

                /// The scopes the user has not agreed to, of a -402 body
                /// ([`ResponseError::required_scopes`]).
                #[must_use]
                pub fn required_scopes(&self) -> Option<Scopes<'_>> {
                    self.response()?.required_scopes()
                }

                /// The OAuth `error` value of a Kakao Login authorization server body.
                #[must_use]
                pub fn oauth_error(&self) -> Option<&OAuthError> {
                    self.response()?.oauth_error()
                }

                /// The Kakao Login error code of an OAuth body (`KOE320`, ...).
                #[must_use]
                pub fn koe_code(&self) -> Option<&str> {
                    self.response()?.koe_code()
                }

                /// What to do, from the documented cause.
                #[must_use]
                pub fn solution(&self) -> Option<&'static str> {
                    self.response()?.solution()
                }

                /// Whether sending the same request again may succeed. For a response, see
                /// [`ResponseError::is_retryable`]. For a [`Transport`](Self::Transport)
                /// error, `true` only when no connection could be made, so the request was
                /// never sent: after a timeout or a connection lost midway Kakao may have
                /// acted on it, and sending a message again could send it twice.
                #[must_use]
                pub fn is_retryable(&self) -> bool {
                    match self {
                        Self::Transport(e) => e.is_connect(),
                        Self::Response(failed) => failed.error.is_retryable(),
                    }
                }

                /// What to do about this failure: for a response, see
                /// [`ResponseError::remedy`]; for a [`Transport`](Self::Transport) error,
                /// [`Remedy::Retry`] when no connection could be made (the request was never
                /// sent), [`Remedy::Unknown`] otherwise. Give it to
                /// [`RetryPolicy::decide`](crate::retry::RetryPolicy::decide) to retry by hand.
                #[must_use]
                pub fn remedy(&self) -> Remedy<'_> {
                    match self {
                        Self::Transport(e) => transport_remedy(e),
                        Self::Response(failed) => failed.error.remedy(),
                    }
                }

                /// How long to wait before trying again, from the response's `Retry-After`
                /// header ([`ResponseError::retry_after`]).
                #[must_use]
                pub fn retry_after(&self) -> Option<Duration> {
                    self.response()?.retry_after()
                }

                /// The request id the response's headers gave
                /// ([`ResponseError::request_id`]).
                #[must_use]
                pub fn request_id(&self) -> Option<&str> {
                    self.response()?.request_id()
                }

                /// All the response's headers; `None` for a [`Transport`](Self::Transport)
                /// error.
                #[must_use]
                pub fn headers(&self) -> Option<&HeaderMap> {
                    self.failed_response().map(FailedResponse::headers)
                }

                /// The URL of the request: the one that answered, or the one reqwest's error
                /// names.
                #[must_use]
                pub fn url(&self) -> Option<&Url> {
                    match self {
                        Self::Transport(e) => e.url(),
                        Self::Response(failed) => Some(&failed.url),
                    }
                }
            }

            impl<E: KakaoError> fmt::Display for Error<E> {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    match self {
                        Self::Transport(e) => fmt::Display::fmt(e, f),
                        Self::Response(failed) => {
                            fmt::Display::fmt(&failed.error, f)?;
                            if failed.read_error.is_some() {
                                f.write_str("; reading the body failed")?;
                            }
                            Ok(())
                        }
                    }
                }
            }

            impl<E: KakaoError> std::error::Error for Error<E> {
                fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
                    match self {
                        Self::Transport(e) => std::error::Error::source(e),
                        Self::Response(failed) => failed
                            .read_error
                            .as_ref()
                            .map(|e| e as &(dyn std::error::Error + 'static)),
                    }
                }
            }

            impl<E: KakaoError> From<reqwest::Error> for Error<E> {
                fn from(e: reqwest::Error) -> Self {
                    Self::Transport(e)
                }
            }

            /// `Ok(response)` on a success status; otherwise the body (at most
            /// [`DEFAULT_BODY_LIMIT`] bytes) parsed with the code looked up in [`ApiError`].
            ///
            /// Set a total timeout on the client or the request, or a server that sends the
            /// body slowly holds this up for as long as it likes: see
            #[doc = concat!("[Timeouts](crate::", stringify!($name), "#timeouts).")]
            ///
            /// # Errors
            ///
            /// Any status outside 200..=299, as [`Error::Response`] (with
            /// [`transport_error`](Error::transport_error) set if the body could not be read
            /// to its end or the limit).
            pub async fn check(
                response: reqwest::Response,
            ) -> Result<reqwest::Response, Error> {
                check_with_limit(response, DEFAULT_BODY_LIMIT).await
            }

            /// [`check`] with the code looked up in `E`, reading at most `limit` bytes of an
            /// error body (the rest is not downloaded: the connection is dropped). A larger
            /// limit costs memory only as bytes arrive; set a total timeout as for [`check`].
            ///
            /// # Errors
            ///
            /// As [`check`].
            pub async fn check_with_limit<E: KakaoError>(
                mut response: reqwest::Response,
                limit: usize,
            ) -> Result<reqwest::Response, Error<E>> {
                let status = response.status();
                if status.is_success() {
                    return Ok(response);
                }
                let headers = core::mem::take(response.headers_mut());
                let url = response.url().clone();
                let (body, read_error) = read_capped(&mut response, limit).await;
                let error = ResponseError::from_head(status, &headers, &body);
                Err(Error::Response(Box::new(FailedResponse {
                    error,
                    headers,
                    url,
                    read_error,
                })))
            }

            /// Reads `response`'s body, at most `limit` bytes of it, in a buffer that grows
            /// only with what arrives; with the transport error that cut it short, if one
            /// did. The rest of the body is left unread.
            pub(crate) async fn read_capped(
                response: &mut reqwest::Response,
                limit: usize,
            ) -> (Vec<u8>, Option<reqwest::Error>) {
                let mut body = Vec::new();
                while body.len() < limit {
                    match response.chunk().await {
                        Ok(Some(chunk)) => {
                            $crate::reqwest_common::push_capped(&mut body, &chunk, limit);
                        }
                        Ok(None) => break,
                        Err(e) => return (body, Some(e)),
                    }
                }
                (body, None)
            }

            /// What to do about a failure to get any response: send the request again when no
            /// connection could be made (it was never sent); otherwise nothing is known.
            pub(crate) fn transport_remedy(error: &reqwest::Error) -> Remedy<'static> {
                if error.is_connect() {
                    Remedy::Retry { after: None }
                } else {
                    Remedy::Unknown
                }
            }

            /// [`check`] as methods of `reqwest::Response`.
            pub trait ResponseExt: Sized {
                /// `Ok(self)` on a success status, otherwise the typed error; see [`check`],
                /// and set a total timeout on the client or the request.
                fn kakao_check(self) -> impl Future<Output = Result<Self, Error>> + Send;

                /// The same, with the code looked up in `E` and at most `limit` bytes of an
                /// error body read; see [`check_with_limit`].
                fn kakao_check_as<E: KakaoError>(
                    self,
                    limit: usize,
                ) -> impl Future<Output = Result<Self, Error<E>>> + Send;
            }

            impl ResponseExt for reqwest::Response {
                fn kakao_check(self) -> impl Future<Output = Result<Self, Error>> + Send {
                    check(self)
                }

                fn kakao_check_as<E: KakaoError>(
                    self,
                    limit: usize,
                ) -> impl Future<Output = Result<Self, Error<E>>> + Send {
                    check_with_limit(self, limit)
                }
            }
        }
    };
}

pub(crate) use reqwest_module;

#[cfg(test)]
mod tests {
    use super::push_capped;

    /// Feeds `chunks` and gives the body and the largest capacity the buffer ever had.
    fn feed(chunks: &[&[u8]], limit: usize) -> (Vec<u8>, usize) {
        let mut body = Vec::new();
        let mut peak = 0;
        for chunk in chunks {
            push_capped(&mut body, chunk, limit);
            peak = peak.max(body.capacity());
        }
        (body, peak)
    }

    #[test]
    fn the_buffer_grows_with_what_arrives_and_never_past_the_limit() {
        let (body, peak) = feed(&[b"abc", b"defg", b"hij"], usize::MAX);
        assert_eq!(body, b"abcdefghij");
        assert!(peak <= 16, "{peak}");

        let piece = [7u8; 1000];
        let chunks = vec![&piece[..]; 10];
        let (body, peak) = feed(&chunks, 4500);
        assert_eq!(body.len(), 4500);
        assert!(peak <= 4500, "{peak}");
        let (body, peak) = feed(&chunks, usize::MAX);
        assert_eq!(body.len(), 10_000);
        assert!(peak < 20_000, "{peak}");

        let (body, peak) = feed(&[b"abc"], 0);
        assert!(body.is_empty() && peak == 0);
    }
}
