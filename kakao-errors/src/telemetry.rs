//! The `tracing` events of the adapters (feature `tracing`), with OpenTelemetry's names: the
//! one place that lists them, and their fields.
//!
//! With the feature on, the adapters of the features that are enabled emit [`tracing`] events:
//! `kakao_check()` (feature `reqwest` or `reqwest-0-12`) and [`http::check`](crate::http::check)
//! on an error response, the retry adapters (`reqwest_middleware::KakaoRetry`, `tower::KakaoRetry`)
//! on each resend and each give-up, and the token and consent adapters
//! (`reqwest_middleware::KakaoAuth`, `tower::KakaoAuthLayer`) on a refresh and a consent. The
//! feature implies no other, and without it none of this is compiled: no event, no check of a
//! subscriber, no dependency on `tracing`.
//!
//! They are **events, not spans**: each is recorded inside whatever span is current, such as
//! the span that `reqwest-tracing`'s `TracingMiddleware` opens for a request, or your own. With
//! `tracing-opentelemetry` they become that span's events, their fields its events'
//! attributes. The retry adapters also record the resend count on the current span
//! (`Span::current().record("http.request.resend_count", n)`): a span that declared the field
//! (`http.request.resend_count = tracing::field::Empty`) gets it, any other is left as it is.
//!
//! Every event has the target `kakao_errors` (filter them with `kakao_errors=debug`, say).
//! Nothing is emitted on a success: a 2xx through `kakao_check()`, `http::check` or the
//! adapters makes no event.
//!
//! # Events
//!
//! | event (its message) | level | when | fields |
//! |---|---|---|---|
//! | `Kakao API error response` | DEBUG | `kakao_check()` or `http::check` gives an error response back (the caller has the error: logging it is the caller's choice) | the failure's |
//! | `retrying a Kakao API request` | WARN | a retry adapter is about to wait, then send the request again | the failure's, `http.request.resend_count`, `kakao.retry.after_ms` |
//! | `not retrying a Kakao API request` | WARN when the failure's remedy was a wait (the budget, the deadline or the attempts cut the retries short, or the server asked to wait too long), DEBUG otherwise (a remedy that is not to resend: fix the request, refresh a token, ...) | a retry adapter hands a failure back | the failure's, `http.request.resend_count`, `kakao.retry.stop` |
//! | `refreshing the Kakao access token` | DEBUG | an auth adapter asks the [`Refresher`](crate::auth::Refresher) for a new token, for a request whose response said the token expired | the failure's (the `-401`) |
//! | `refreshed the Kakao access token` | DEBUG | it got one: the request is sent again with it | none |
//! | `refreshing the Kakao access token failed` | WARN | it did not: the `-401` is handed back with the [`RefreshFailed`](crate::auth::RefreshFailed) | `error.type` and `kakao.error.code` of the failure (the token endpoint's `KOE322`, found in its `source()` chain), `kakao.remedy` of the failure (`relogin`) |
//! | `made a Kakao consent URL` | DEBUG | an auth adapter hands a missing consent back with a [`Consent`](crate::auth::Consent) | the failure's (the `-402`), `kakao.consent.scope_count`; never the URL, which holds the app's REST API key |
//!
//! "The failure's" fields are `error.type`, `http.response.status_code`, `kakao.error.code`,
//! `kakao.remedy` and `kakao.request_id`, each where it applies (below). Each adapter emits for
//! the requests it sees, inside the span current when it sees them: every request that waited
//! for one refresh (single flight) has its own events, and a failure that the retry middleware
//! hands back and `kakao_check()` then returns makes one event of each.
//!
//! # Fields
//!
//! | field | type | when | example |
//! |---|---|---|---|
//! | `error.type` | string | every failure (but the give-up of a last attempt whose response the middleware did not read: see below): how it is written is below | `kakao.rest:-402`, `kakao.oauth:KOE320`, `502`, `timeout` |
//! | `http.response.status_code` | integer | a response came | `403` |
//! | `kakao.error.code` | string | a response with a code: the code `error.type` ends with | `-402`, `KOE320`, `_OTHER` |
//! | `kakao.remedy` | string | with `error.type`: [`Remedy::as_str`](crate::Remedy::as_str) of what to do, for this request where the adapter knows it (the retry adapters, and `kakao_check()` after the middleware, know the method; after a failed refresh, `kakao_check()` gives the failure's) | `request_consent`, `retry` |
//! | `kakao.request_id` | string | the response had a request id ([`request_id`](crate::response::ResponseError::request_id): 1 to 128 bytes of visible ASCII; one that names a secret, such as `access_token=...`, is left out) | `req-7f3a-42` |
//! | `http.request.resend_count` | integer | a retry adapter's events: the resends made, counting the one announced (1 for the first resend, as OpenTelemetry counts) | `1` |
//! | `kakao.retry.after_ms` | integer | a resend: the wait before it, in milliseconds | `200` |
//! | `kakao.retry.stop` | string | a give-up: [`Stop::as_str`](crate::retry::Stop::as_str) of why | `budget_exhausted`, `not_retryable` |
//! | `kakao.consent.scope_count` | integer | a consent URL made: how many scopes it asks for | `2` |
//! | `message` | string | every event: the fixed text of the table above | `retrying a Kakao API request` |
//!
//! `error.type` is low in cardinality, as OpenTelemetry asks:
//!
//! - a response with a code: `kakao.<kind>:<code>`, `<kind>` the body's shape
//!   ([`BodyKind::as_str`](crate::response::BodyKind::as_str)) and `<code>` the code as Kakao
//!   writes it: `kakao.rest:-402`, `kakao.oauth:KOE320`, `kakao.dapi:NotAuthorizedError`,
//!   `kakao.kae:KAE004`, `kakao.pay:-780`, `kakao.text:-401`, `kakao.javascript:-401`. The code
//!   is, the first that the body has: the `error_code` text (`KOE320`, `KAE004`, `E2001`), the
//!   integer code, a `code` that is not an integer, the `errorType` of a search or Local body,
//!   the OAuth `error` of a body without a `KOE` code (`kakao.oauth:invalid_grant`);
//! - a response without a code (a gateway's page, an empty 503): its status, as a string
//!   (`"502"`), OpenTelemetry's rule for HTTP;
//! - no response: `connect` (no connection could be made), `timeout` (time ran out, the
//!   middleware's [deadline](crate::retry::RetryPolicy::deadline) too), `_OTHER` (anything
//!   else: OpenTelemetry's value for another class).
//!
//! **No text from a server reaches a field but a code.** A text code is shown only when it
//! reads as an error code: an integer, or one to five capital letters, an optional `_` and one
//! to twelve digits (`KOE320`, `E2001`, `KKO_3018`, the shape [`redact`](crate::redact) keeps
//! too); an `errorType` or an OAuth `error` only when it is a known value
//! ([`local::ErrorType`](crate::local::ErrorType), [`OAuthError`](crate::oauth::OAuthError)).
//! Any other code, one with an escape sequence or a bidirectional mark, one longer than a code
//! can be, a token echoed where the code goes, is `_OTHER`: `kakao.rest:_OTHER`, and
//! `kakao.error.code` is `_OTHER`. The message, the body, the URL and its query, the headers
//! (but a request id) and the tokens are in no field.
//!
//! # What each retry adapter sees
//!
//! - The reqwest-middleware middleware reads a failed response's body to decide, except at the
//!   last attempt its policy allows, which it hands back unread: the give-up of that attempt
//!   (made only after a resend) has the status, `kakao.retry.stop = "attempts_exhausted"` and
//!   no code (`kakao_check()`'s event has it). A request whose body cannot be copied is sent
//!   once and handed back, with no retry event. The call's deadline passing during an attempt
//!   is a WARN give-up (`timeout`, `deadline_reached`), with the status if a response head had
//!   come.
//! - The tower policy is not asked about the last attempt (tower does not, for a request it
//!   did not copy): no event for it. `http::check`, called on what comes back, has its own.
//!
//! # Example
//!
//! A subscriber that prints the events (here `tracing-subscriber`'s `fmt`; with
//! `tracing-opentelemetry` they go to the current span instead):
//!
//! ```
//! # #[cfg(feature = "http")] {
//! let subscriber = tracing_subscriber::fmt()
//!     .with_max_level(tracing::Level::DEBUG)
//!     .without_time()
//!     .finish();
//! tracing::subscriber::with_default(subscriber, || {
//!     let response = http::Response::builder()
//!         .status(403)
//!         .header("x-request-id", "req-7f3a-42")
//!         .body(r#"{"code":-402,"msg":"insufficient scopes.","required_scopes":["talk_message"]}"#)
//!         .unwrap();
//!     // Prints: DEBUG kakao_errors: Kakao API error response error.type="kakao.rest:-402"
//!     // http.response.status_code=403 kakao.error.code="-402" kakao.remedy="request_consent"
//!     // kakao.request_id="req-7f3a-42"
//!     let e = kakao_errors::http::check(response).unwrap_err();
//!     assert_eq!(e.code(), Some(-402));
//! });
//! # }
//! ```
//!
//! With reqwest-middleware, the retry middleware inside a span that declares the resend count
//! (what `reqwest-tracing`'s span does with `reqwest_otel_span!(..., http.request.resend_count
//! = tracing::field::Empty)`):
//!
//! ```no_run
//! # #[cfg(feature = "reqwest-middleware")] mod example {
//! use kakao_errors::reqwest::ResponseExt;
//! use kakao_errors::reqwest_middleware::KakaoRetry;
//! use tracing::Instrument;
//!
//! # async fn run() -> Result<(), kakao_errors::reqwest::Error> {
//! tracing_subscriber::fmt().with_max_level(tracing::Level::DEBUG).init();
//! let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
//!     .with(KakaoRetry::default())
//!     .build();
//! let span = tracing::info_span!(
//!     "GET /v2/user/me",
//!     http.request.resend_count = tracing::field::Empty,
//! );
//! let user = async {
//!     client
//!         .get("https://kapi.kakao.com/v2/user/me")
//!         .bearer_auth("ACCESS_TOKEN")
//!         .send()
//!         .await?
//!         .kakao_check()
//!         .await
//! }
//! .instrument(span)
//! .await?;
//! # drop(user);
//! # Ok(()) }
//! # }
//! ```
//!
//! `tracing-subscriber` is not a dependency of this crate (the examples use it as a
//! dev-dependency): any subscriber takes the events.
// The links lead to the adapters' items, there with the `http` feature (docs.rs builds with
// every feature).
#![cfg_attr(not(feature = "http"), allow(rustdoc::broken_intra_doc_links))]

#[cfg(feature = "http")]
pub(crate) mod emit;
