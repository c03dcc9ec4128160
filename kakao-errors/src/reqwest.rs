//! Turning a reqwest `Response` into `Ok(response)` or a typed error (features `reqwest` for
//! reqwest 0.13, `reqwest-0-12` for reqwest 0.12; either or both).
//!
//! [`ResponseExt::kakao_check`] is a method of the `Response` of each reqwest version
//! enabled, and [`Error`] is the one error type of both. A success status (2xx) passes the
//! response through untouched. Any other status has its body read, at most
//! [`DEFAULT_BODY_LIMIT`](crate::http::DEFAULT_BODY_LIMIT) bytes of it (chunk by chunk, in a
//! buffer that grows only with what arrives: a huge body, or a `Content-Length` that promises
//! one, never makes it allocate more than the limit), and parsed into a [`ResponseError`](crate::response::ResponseError),
//! which the [`Error`] gives with the response's headers and URL; if reading the body failed
//! partway, with the transport error too.
//!
//! [`Error`] also holds a failure to get any response (`send()` failing), so a single `?`
//! after each step gives one error type:
//!
//! ```no_run
//! # #[cfg(feature = "reqwest")] mod example {
//! // Every application has this in scope; the calls below compile with it.
//! use std::error::Error;
//! use std::time::Duration;
//!
//! use kakao_errors::Remedy;
//! use kakao_errors::reqwest::{self as kakao, ResponseExt};
//! use kakao_errors::rest::{ApiError, Login};
//!
//! /// The signed-in user, as JSON text.
//! async fn me(client: &reqwest::Client, token: &str) -> Result<String, kakao::Error> {
//!     let response = client
//!         .get("https://kapi.kakao.com/v2/user/me")
//!         .bearer_auth(token)
//!         .send()
//!         .await? // no response: `is_transport()`
//!         .kakao_check()
//!         .await?; // a Kakao error response: `response()` is the parsed error
//!     Ok(response.text().await?)
//! }
//!
//! async fn show_me(client: &reqwest::Client, token: &str) -> Result<(), Box<dyn Error>> {
//!     match me(client, token).await {
//!         Ok(user) => println!("{user}"),
//!         Err(e) => match (e.response(), e.remedy()) {
//!             (_, Remedy::RequestConsent { scopes }) => {
//!                 let scopes: Vec<&str> = scopes.collect();
//!                 println!("ask the user to agree to {}", scopes.join(", "));
//!             }
//!             (Some(response), remedy) if remedy.is_wait() => {
//!                 let wait = response.retry_after().unwrap_or(Duration::from_secs(1));
//!                 println!("try again in {wait:?}: {e} (request id {:?})", response.request_id());
//!             }
//!             (Some(response), _) if response.cause() == Some(&ApiError::Login(Login::NotRegisteredUser)) => {
//!                 println!("the user has not linked the app");
//!             }
//!             _ => {
//!                 eprintln!("{e}, caused by {:?}", e.source());
//!                 return Err(e.into());
//!             }
//!         },
//!     }
//!     Ok(())
//! }
//!
//! # async fn run() -> Result<(), Box<dyn Error>> {
//! // A total timeout: see below.
//! let client = reqwest::Client::builder().timeout(Duration::from_secs(10)).build()?;
//! show_me(&client, "ACCESS_TOKEN").await
//! # }
//! # }
//! ```
//!
//! The same code compiles against reqwest 0.12 with the feature `reqwest-0-12`: the `?` type
//! is the same [`Error`].
//!
//! # Timeouts
//!
//! reqwest has no timeout unless one is set, and a read timeout alone does not bound how long
//! reading an error body takes: a server that trickles one byte every 300 ms resets it with
//! every byte. Set a total timeout, which covers connecting, the response head and the whole
//! body, on the client (`ClientBuilder::timeout`) or on each request
//! (`RequestBuilder::timeout`); a body cut short by it still gives a parsed [`Error`], with
//! [`is_timeout`](Error::is_timeout) and [`is_body`](Error::is_body) true, and the timeout as
//! its `source()`.
//!
//! ```no_run
//! # #[cfg(feature = "reqwest")] mod example {
//! use std::time::Duration;
//!
//! use kakao_errors::reqwest::ResponseExt;
//!
//! # async fn send(client: reqwest::Client) -> Result<(), kakao_errors::reqwest::Error> {
//! let response = client
//!     .post("https://kapi.kakao.com/v2/api/talk/memo/default/send")
//!     .timeout(Duration::from_secs(10))
//!     .send()
//!     .await?
//!     .kakao_check()
//!     .await?;
//! # Ok(()) }
//! # }
//! ```
//!
//! reqwest 0.11 and older (built on `http` 0.2) are not supported.
//!
//! With the feature `tracing`, `kakao_check()` emits a DEBUG `tracing` event for each error
//! response it gives back (and none for a success), with OpenTelemetry's names:
//! `kakao_errors::telemetry` lists its fields.

mod check;
mod error;
/// reqwest 0.13 (feature `reqwest`). Without its middleware, nothing asks how a transport
/// error failed.
#[cfg(feature = "reqwest")]
#[cfg_attr(not(feature = "reqwest-middleware"), allow(dead_code))]
pub(crate) mod v0_13 {
    use ::reqwest;

    include!("reqwest/adapter.rs");
}

/// reqwest 0.12 (feature `reqwest-0-12`): the same adapter, for its types.
#[cfg(feature = "reqwest-0-12")]
#[cfg_attr(not(feature = "reqwest-middleware-0-4"), allow(dead_code))]
pub(crate) mod v0_12 {
    use reqwest_0_12 as reqwest;

    include!("reqwest/adapter.rs");
}

#[cfg(any(feature = "reqwest-middleware", feature = "reqwest-middleware-0-4"))]
pub(crate) use check::Examined;
pub use check::{Check, CheckFuture};
#[cfg(any(feature = "reqwest-middleware", feature = "reqwest-middleware-0-4"))]
pub(crate) use error::Auth;
pub use error::Error;
pub(crate) use error::Transport;

/// The URL type of both reqwest versions (`url::Url`; both depend on `url` 2, and Cargo builds
/// one copy of it).
#[cfg(feature = "reqwest")]
pub(crate) use ::reqwest::Url;
#[cfg(not(feature = "reqwest"))]
pub(crate) use ::reqwest_0_12::Url;

/// `kakao_check()` as a method of reqwest's `Response`: of reqwest 0.13 with the feature
/// `reqwest`, of reqwest 0.12 with `reqwest-0-12`. Sealed: implemented for those types only.
pub trait ResponseExt: sealed::Fetched {
    /// `Ok(self)` on a success status (2xx), otherwise the typed [`Error`], once the [`Check`]
    /// is awaited: `response.kakao_check().await?`. Choose the table (`.parse_as::<T>()`) or
    /// the limit (`.body_limit(n)`) before the `.await`.
    ///
    /// Set a total timeout on the client or the request: see [Timeouts](self#timeouts).
    fn kakao_check(self) -> Check<Self>;
}

pub(crate) mod sealed {
    use bytes::Bytes;
    use http::{Extensions, HeaderMap, StatusCode};
    use http_body::Body;

    use super::{Transport, Url};

    /// What `kakao_check()` and the middleware need of one reqwest version's `Response`: its
    /// head, and its body as an `http-body` body.
    pub trait Fetched: Sized + Unpin {
        /// The body, taken out of the response.
        type Body: Body<Data = Bytes> + Unpin + Send;

        fn status(&self) -> StatusCode;

        fn headers_mut(&mut self) -> &mut HeaderMap;

        fn extensions_mut(&mut self) -> &mut Extensions;

        fn url(&self) -> &Url;

        fn into_body(self) -> Self::Body;

        /// The error that cut reading the body short, sorted out.
        fn read_error(error: <Self::Body as Body>::Error) -> Transport;
    }
}

pub(crate) use sealed::Fetched;
