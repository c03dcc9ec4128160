//! Refreshing an expired access token, and sending the user back for a missing consent: what
//! Kakao's official SDKs do for their users (feature `http`), with the adapters that act on
//! it: `kakao_errors::reqwest_middleware::KakaoAuth` (features `reqwest-middleware`,
//! `reqwest-middleware-0-4`) and `kakao_errors::tower::KakaoAuthLayer` (feature `tower`).
//!
//! # Refreshing a token
//!
//! A response whose [`remedy`](crate::response::ResponseError::remedy) is
//! [`RefreshToken`](crate::Remedy::RefreshToken) (a `-401` that is not a settings case, or a
//! bare 401) means the request's access token has expired. The adapters then ask the
//! application's refresh function for a new one (a [`Refresh`]: any
//! `Fn(AccessToken) -> impl Future<Output = Result<AccessToken, E>>`, given the expired token;
//! the application holds the refresh token, calls Kakao's token endpoint and stores what it
//! gets), and send the request again, once, with `Authorization: Bearer <new token>`.
//!
//! A [`Refresher`] holds the function and what it has learnt, shared by every clone (and by
//! every adapter given a clone):
//!
//! - **One refresh for many requests.** Requests that meet the same expired token at the same
//!   time cause one call of the function: the first runs it, the others wait for its outcome
//!   (single flight), and each is sent again once with the new token. (The SDKs' interceptors
//!   serialise refreshes behind a lock for the same reason: two refreshes racing with one
//!   refresh token can leave the second with a token the first made stale.)
//! - **What a refresh gave is remembered.** A request sent later with the expired token (one
//!   built before the application stored the new one) is sent with the new token from the
//!   start, without a refresh or a `-401`.
//! - **A failed refresh is handed back, never looped.** Every request waiting for it gets its
//!   own `-401` response back, with the failure ([`RefreshFailed`]) in the response's
//!   extensions; `kakao_check()` gives it ([`Error::refresh_failure`](crate::reqwest::Error::refresh_failure)),
//!   and the error's [`remedy`](crate::reqwest::Error::remedy) is the failure's. A failure
//!   whose remedy is [`Relogin`](crate::Remedy::Relogin) (Kakao's token endpoint answered
//!   `invalid_grant`, `KOE320` or `KOE322`: the refresh token is dead, or the function returned
//!   [`ReloginRequired`]) is remembered until the application uses a new token: a request
//!   with the dead token gets its `-401` back with that failure, and the function is not
//!   called again for it. Any other failure (the token endpoint could not be reached, say) is
//!   handed back to the requests that waited for it, and the next request that meets the
//!   expired token tries one new refresh.
//! - **Bounded.** At most [`REMEMBERED`] expired tokens are remembered, the oldest forgotten
//!   first; a forgotten dead token costs one more call of the function, not a loop. Each
//!   request is sent at most twice.
//!
//! A request whose body cannot be copied (a stream) cannot be sent again: it is handed back
//! as it came, `-401` and all. A request without a bearer token is not the adapters' to
//! refresh: handed back too.
//!
//! # Asking for consent
//!
//! A response whose remedy is [`RequestConsent`](crate::Remedy::RequestConsent) with the
//! scopes it needs (`required_scopes` of a `-402`) means the user has not agreed to what the
//! request reads or does. The way out is Kakao Login again, asking for those scopes: given
//! the app's [`LoginApp`] (its REST API key as `client_id`, and a registered redirect URI),
//! the adapters hand the response back with a [`Consent`] in its extensions: the scopes, and
//! the authorization URL to send the user to
//! (`https://kauth.kakao.com/oauth/authorize?client_id=...&redirect_uri=...&response_type=code&scope=a,b`,
//! every value percent-encoded). `kakao_check()` gives it
//! ([`Error::consent`](crate::reqwest::Error::consent)); by hand,
//! [`LoginApp::consent`] makes it from a parsed error.
//!
//! ```
//! use kakao_errors::auth::LoginApp;
//! use kakao_errors::response::parse;
//!
//! let app = LoginApp::new("REST_API_KEY", "https://app.example/kakao/callback");
//! let e = parse(403, br#"{"code":-402,"msg":"insufficient scopes.","required_scopes":["talk_message","friends"]}"#);
//! let consent = app.consent(&e).unwrap();
//! assert_eq!(consent.scopes().collect::<Vec<_>>(), ["talk_message", "friends"]);
//! assert_eq!(
//!     consent.authorize_url(),
//!     "https://kauth.kakao.com/oauth/authorize?client_id=REST_API_KEY\
//!      &redirect_uri=https%3A%2F%2Fapp.example%2Fkakao%2Fcallback&response_type=code\
//!      &scope=talk_message,friends"
//! );
//! ```
//!
//! # Secrets
//!
//! Tokens are [`AccessToken`]s, whose `Debug` shows no part of them and which have no
//! `Display`; nothing here prints the app's REST API key either ([`LoginApp`]'s and
//! [`Consent`]'s `Debug` leave it out). The adapters never see a refresh token or a client
//! secret: the application's function does. A [`RefreshFailed`] does not print its cause
//! (which the application's function made, and which may quote what it sent): the cause is
//! its `source()`.
#![cfg_attr(
    not(any(
        feature = "reqwest-middleware",
        feature = "reqwest-middleware-0-4",
        feature = "tower"
    )),
    allow(
        dead_code,
        reason = "only the adapters set a token or judge a response"
    )
)]

use core::fmt;
use core::future::Future;
use std::error::Error as StdError;
use std::sync::Arc;

use ::http::HeaderMap;
use ::http::header::{AUTHORIZATION, HeaderValue};

use crate::response::ResponseError;
use crate::rest::ApiError;
use crate::{KakaoError, Remedy};

mod consent;
mod refresher;

pub use consent::{AUTHORIZE_URL, Consent, LoginApp};
pub use refresher::{REMEMBERED, Refresher};

/// An OAuth access token: a secret. `Debug` shows none of it, and it has no `Display`; the
/// text is reached by [`expose_secret`](Self::expose_secret) only. Cheap to clone.
///
/// ```
/// use kakao_errors::auth::AccessToken;
///
/// let token = AccessToken::new("gLa2R1-secret");
/// assert_eq!(format!("{token:?}"), "AccessToken(..)");
/// assert_eq!(token.expose_secret(), "gLa2R1-secret");
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct AccessToken(Arc<str>);

impl AccessToken {
    /// A token of this text.
    #[must_use]
    pub fn new(token: impl Into<Arc<str>>) -> Self {
        Self(token.into())
    }

    /// The token's text: for the `Authorization` header, and for the application's own
    /// storage. Never log it.
    #[must_use]
    pub fn expose_secret(&self) -> &str {
        &self.0
    }

    /// The bearer token of `headers` (`Authorization: Bearer <token>`, the scheme in any
    /// case), if there is one.
    #[must_use]
    pub fn from_bearer(headers: &HeaderMap) -> Option<Self> {
        let value = headers.get(AUTHORIZATION)?.to_str().ok()?;
        let (scheme, token) = value.split_once(' ')?;
        let token = token.trim_matches(' ');
        (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then(|| Self::new(token))
    }

    /// Sets `Authorization: Bearer <this token>` in `headers`, marked sensitive (HTTP/2's
    /// header compression then never indexes it); an error if the token cannot be a header
    /// value (a control character, say).
    pub(crate) fn set_bearer(&self, headers: &mut HeaderMap) -> Result<(), RefreshFailed> {
        let mut value = HeaderValue::try_from(format!("Bearer {}", self.expose_secret()))
            .map_err(|_| RefreshFailed::new(Remedy::Unknown, UnusableToken))?;
        value.set_sensitive(true);
        headers.insert(AUTHORIZATION, value);
        Ok(())
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AccessToken(..)")
    }
}

impl From<String> for AccessToken {
    fn from(token: String) -> Self {
        Self::new(token)
    }
}

impl From<&str> for AccessToken {
    fn from(token: &str) -> Self {
        Self::new(token)
    }
}

/// The application's refresh function: given the expired access token, a new one, or why
/// not. Implemented for every `Fn(AccessToken) -> Fut` (a closure that returns an `async`
/// block, or an `async fn`) whose future gives `Result<AccessToken, E>`, where `E` converts
/// into a boxed error (any error type, a `Box<dyn Error + Send + Sync>`, a `String`).
///
/// The function finds the refresh token that goes with the expired access token (an
/// application that serves one user has one), asks Kakao's token endpoint
/// (`POST https://kauth.kakao.com/oauth/token`, `grant_type=refresh_token`), stores the new
/// tokens (Kakao may send a new refresh token too), and returns the new access token.
///
/// Its error says what to do through [`RefreshFailed::remedy`]: return a
/// `kakao_errors::reqwest::Error` from `kakao_check()` of the token endpoint's response (or
/// an error whose `source()` chain holds one, or a [`ResponseError`]), and a dead refresh
/// token (`invalid_grant`, `KOE322`) says [`Relogin`](Remedy::Relogin); return
/// [`ReloginRequired`] when there is no refresh token to use.
pub trait Refresh: Send + Sync + 'static {
    /// Why a refresh failed.
    type Error: Into<Box<dyn StdError + Send + Sync>>;
    /// The refresh in progress.
    type Future: Future<Output = Result<AccessToken, Self::Error>> + Send + 'static;

    /// Starts refreshing `expired`.
    fn refresh(&self, expired: AccessToken) -> Self::Future;
}

impl<F, Fut, E> Refresh for F
where
    F: Fn(AccessToken) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<AccessToken, E>> + Send + 'static,
    E: Into<Box<dyn StdError + Send + Sync>>,
{
    type Error = E;
    type Future = Fut;

    fn refresh(&self, expired: AccessToken) -> Fut {
        self(expired)
    }
}

/// A refresh that failed: handed back to every request that waited for it, in the extensions
/// of its `-401` response (and by `kakao_check()`:
/// [`Error::refresh_failure`](crate::reqwest::Error::refresh_failure)). Cheap to clone.
///
/// `Display` says that the refresh failed and, for [`Relogin`](Remedy::Relogin), that the
/// user must log in again; it does not print the cause, which the application's function
/// made: that is the [`source`](StdError::source).
///
/// ```
/// use kakao_errors::Remedy;
/// use kakao_errors::auth::{RefreshFailed, ReloginRequired};
///
/// let failed = RefreshFailed::from_error(ReloginRequired);
/// assert_eq!(failed.remedy(), Remedy::Relogin);
/// assert_eq!(
///     failed.to_string(),
///     "the access token could not be refreshed: the user must log in again"
/// );
/// let failed = RefreshFailed::from_error("token endpoint unreachable");
/// assert_eq!(failed.remedy(), Remedy::Unknown);
/// ```
#[derive(Clone)]
pub struct RefreshFailed {
    remedy: Remedy<'static>,
    error: Arc<dyn StdError + Send + Sync>,
}

impl RefreshFailed {
    /// A failure for `error`, with this remedy.
    #[must_use]
    pub fn new(remedy: Remedy<'static>, error: impl Into<Box<dyn StdError + Send + Sync>>) -> Self {
        Self {
            remedy,
            error: Arc::from(error.into()),
        }
    }

    /// A failure for `error`, with the remedy found in it: the first of its `source()` chain
    /// that is a [`ReloginRequired`] ([`Relogin`](Remedy::Relogin)), a
    /// `kakao_errors::reqwest::Error` or a [`ResponseError`] (of the REST tables or Kakao
    /// Login's `KOE` table: their remedy, so `KOE320` and `KOE322` say
    /// [`Relogin`](Remedy::Relogin)); [`Unknown`](Remedy::Unknown) if none is.
    #[must_use]
    pub fn from_error(error: impl Into<Box<dyn StdError + Send + Sync>>) -> Self {
        let error: Box<dyn StdError + Send + Sync> = error.into();
        let remedy = remedy_in(&*error).unwrap_or(Remedy::Unknown);
        Self {
            remedy,
            error: Arc::from(error),
        }
    }

    /// What to do: [`Relogin`](Remedy::Relogin) for a dead refresh token.
    #[must_use]
    pub fn remedy(&self) -> Remedy<'static> {
        self.remedy.clone()
    }

    /// Whether the failure is remembered for its expired token: the refresh token is dead,
    /// and nothing but a new token helps.
    pub(crate) fn is_final(&self) -> bool {
        self.remedy == Remedy::Relogin
    }
}

impl fmt::Display for RefreshFailed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the access token could not be refreshed")?;
        if self.is_final() {
            f.write_str(": the user must log in again")?;
        }
        Ok(())
    }
}

impl fmt::Debug for RefreshFailed {
    /// The remedy; not the cause (see the type's docs).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RefreshFailed")
            .field("remedy", &self.remedy)
            .finish_non_exhaustive()
    }
}

impl StdError for RefreshFailed {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        Some(&*self.error)
    }
}

/// The error a refresh function returns when it has no refresh token to use (the user never
/// logged in, or logged out): the failure's remedy is [`Relogin`](Remedy::Relogin).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReloginRequired;

impl fmt::Display for ReloginRequired {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("there is no refresh token: the user must log in again")
    }
}

impl StdError for ReloginRequired {}

/// A new token that cannot be sent in a header.
#[derive(Debug)]
struct UnusableToken;

impl fmt::Display for UnusableToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the refreshed access token cannot be sent in an Authorization header")
    }
}

impl StdError for UnusableToken {}

/// The remedy of the first error of `error`'s `source()` chain that knows one.
fn remedy_in(error: &(dyn StdError + 'static)) -> Option<Remedy<'static>> {
    let mut next = Some(error);
    while let Some(error) = next {
        if let Some(remedy) = remedy_of(error) {
            return Some(remedy);
        }
        next = error.source();
    }
    None
}

/// The remedy of `error`, if it is one of this crate's errors that know one.
fn remedy_of(error: &(dyn StdError + 'static)) -> Option<Remedy<'static>> {
    use crate::oauth::KoeError;

    if error.is::<ReloginRequired>() {
        return Some(Remedy::Relogin);
    }
    if let Some(failed) = error.downcast_ref::<RefreshFailed>() {
        return Some(failed.remedy());
    }
    if let Some(e) = error.downcast_ref::<ResponseError<ApiError>>() {
        return Some(owned(e.remedy()));
    }
    if let Some(e) = error.downcast_ref::<ResponseError<KoeError>>() {
        return Some(owned(e.remedy()));
    }
    #[cfg(any(feature = "reqwest", feature = "reqwest-0-12"))]
    {
        if let Some(e) = error.downcast_ref::<crate::reqwest::Error<ApiError>>() {
            return Some(owned(e.remedy()));
        }
        if let Some(e) = error.downcast_ref::<crate::reqwest::Error<KoeError>>() {
            return Some(owned(e.remedy()));
        }
    }
    None
}

/// `remedy` without what it borrows (the scopes of a consent).
fn owned(remedy: Remedy<'_>) -> Remedy<'static> {
    match remedy {
        Remedy::Retry { after } => Remedy::Retry { after },
        Remedy::Throttled { after } => Remedy::Throttled { after },
        Remedy::Maintenance { after } => Remedy::Maintenance { after },
        Remedy::RetryLater => Remedy::RetryLater,
        Remedy::OutcomeUnknown => Remedy::OutcomeUnknown,
        Remedy::RefreshToken => Remedy::RefreshToken,
        Remedy::Relogin => Remedy::Relogin,
        Remedy::RequestConsent { .. } => Remedy::REQUEST_CONSENT,
        Remedy::FixRequest => Remedy::FixRequest,
        Remedy::StartOver => Remedy::StartOver,
        Remedy::DeliverAnotherWay => Remedy::DeliverAnotherWay,
        Remedy::FixAppSettings => Remedy::FixAppSettings,
        Remedy::UserAction => Remedy::UserAction,
        Remedy::ContactSupport => Remedy::ContactSupport,
        Remedy::Unknown => Remedy::Unknown,
    }
}

/// What an adapter does about a failed response, from its parse.
#[derive(Debug)]
pub(crate) enum Verdict {
    /// Refresh the token and send the request again.
    Refresh,
    /// Hand it back, with this consent in its extensions.
    Consent(Consent),
    /// Hand it back.
    HandBack,
}

impl Verdict {
    /// The verdict on `error`: refresh on [`RefreshToken`](Remedy::RefreshToken), a consent
    /// when `app` is set and the remedy asks for scopes.
    pub(crate) fn of<E: KakaoError>(error: &ResponseError<E>, app: Option<&LoginApp>) -> Self {
        match error.remedy() {
            Remedy::RefreshToken => Self::Refresh,
            Remedy::RequestConsent { scopes } => app
                .and_then(|app| app.consent_for(scopes))
                .map_or(Self::HandBack, Self::Consent),
            _ => Self::HandBack,
        }
    }

    /// The event of a verdict on `error` that makes something (a consent URL); a refresh has
    /// its own, made where it starts.
    #[cfg(all(
        feature = "tracing",
        any(feature = "reqwest", feature = "reqwest-0-12", feature = "tower")
    ))]
    pub(crate) fn trace<E: KakaoError>(&self, error: &ResponseError<E>) {
        if let Self::Consent(consent) = self {
            crate::telemetry::emit::consent_made(error, consent.scopes().len());
        }
    }

    /// The events of a refresh that an adapter started: done with `outcome`.
    #[cfg(all(
        feature = "tracing",
        any(feature = "reqwest", feature = "reqwest-0-12", feature = "tower")
    ))]
    pub(crate) fn trace_refresh(outcome: &Result<(), RefreshFailed>) {
        match outcome {
            Ok(()) => crate::telemetry::emit::refreshed(),
            Err(failed) => crate::telemetry::emit::refresh_failed(failed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::response::parse;

    #[test]
    fn a_bearer_token_is_read_in_any_case() {
        let mut headers = HeaderMap::new();
        assert_eq!(AccessToken::from_bearer(&headers), None);
        for value in ["Bearer abc", "bearer abc", "BEARER  abc "] {
            headers.insert(AUTHORIZATION, HeaderValue::from_static(value));
            let token = AccessToken::from_bearer(&headers).unwrap();
            assert_eq!(token.expose_secret(), "abc", "{value}");
        }
        for value in ["Basic abc", "Bearer", "Bearer ", "KakaoAK abc"] {
            headers.insert(AUTHORIZATION, HeaderValue::from_static(value));
            assert_eq!(AccessToken::from_bearer(&headers), None, "{value}");
        }
        AccessToken::new("new").set_bearer(&mut headers).unwrap();
        assert_eq!(headers[AUTHORIZATION], "Bearer new");
        assert!(headers[AUTHORIZATION].is_sensitive());
        let failed = AccessToken::new("a\r\nb")
            .set_bearer(&mut headers)
            .unwrap_err();
        assert_eq!(failed.remedy(), Remedy::Unknown);
        // The header is left as it was.
        assert_eq!(headers[AUTHORIZATION], "Bearer new");
    }

    #[test]
    fn a_failure_s_remedy_is_found_in_its_chain() {
        let grant = br#"{"error":"invalid_grant","error_description":"Invalid refresh token","error_code":"KOE322"}"#;
        let dead = parse(400, grant);
        assert_eq!(RefreshFailed::from_error(dead).remedy(), Remedy::Relogin);
        let koe = crate::response::parse_as::<crate::oauth::KoeError>(400, grant);
        assert_eq!(RefreshFailed::from_error(koe).remedy(), Remedy::Relogin);

        /// The application's own error, wrapping Kakao's answer.
        #[derive(Debug)]
        struct Wrapped(ResponseError);
        impl fmt::Display for Wrapped {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("refresh failed")
            }
        }
        impl StdError for Wrapped {
            fn source(&self) -> Option<&(dyn StdError + 'static)> {
                Some(&self.0)
            }
        }
        let wrapped = RefreshFailed::from_error(Wrapped(parse(400, grant)));
        assert_eq!(wrapped.remedy(), Remedy::Relogin);
        assert!(wrapped.source().unwrap().is::<Wrapped>());

        let down = RefreshFailed::from_error(parse(503, b""));
        assert_eq!(down.remedy(), Remedy::Maintenance { after: None });
        assert!(!down.is_final());
        assert_eq!(down.to_string(), "the access token could not be refreshed");
        assert_eq!(
            format!("{down:?}"),
            "RefreshFailed { remedy: Maintenance { after: None }, .. }"
        );
    }

    #[test]
    fn a_verdict_follows_the_remedy() {
        let app = LoginApp::new("key", "https://a.example/cb");
        let expired = parse(
            401,
            br#"{"code":-401,"msg":"this access token does not exist"}"#,
        );
        assert!(matches!(
            Verdict::of(&expired, Some(&app)),
            Verdict::Refresh
        ));
        let domain = parse(
            401,
            br#"{"code":-401,"msg":"domain mismatched! caller=https://x"}"#,
        );
        assert!(matches!(
            Verdict::of(&domain, Some(&app)),
            Verdict::HandBack
        ));
        let consent = parse(403, br#"{"code":-402,"required_scopes":["talk_message"]}"#);
        assert!(matches!(
            Verdict::of(&consent, Some(&app)),
            Verdict::Consent(_)
        ));
        assert!(matches!(Verdict::of(&consent, None), Verdict::HandBack));
        // No scopes listed: nothing to ask for.
        let unlisted = parse(403, br#"{"code":-402}"#);
        assert!(matches!(
            Verdict::of(&unlisted, Some(&app)),
            Verdict::HandBack
        ));
    }
}
