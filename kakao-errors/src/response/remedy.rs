//! [`ResponseError::remedy`]: what to do, from everything a failed response says.

use crate::local::ErrorType;
use crate::oauth::OAuthError;
use crate::response::error::ResponseError;
use crate::{KakaoError, Remedy};

impl<E: KakaoError> ResponseError<E> {
    /// What to do about this failure, from the whole response: the documented cause's
    /// [`remedy`](KakaoError::remedy), refined by what else the response says. It allocates
    /// nothing; the scopes of [`Remedy::RequestConsent`] borrow this error.
    ///
    /// In order, the first rule that applies:
    ///
    /// | the response | remedy |
    /// |---|---|
    /// | a [case](Self::case) of the response's row, with a remedy: what the page says of it (a `-401` whose message says `domain mismatched!` is the web domain setting; a `-813` with a detail code is that detail's row; an OAuth `invalid_grant` saying `Invalid redirect` is the Redirect URI setting; ...) | the case's remedy |
    /// | `-402` | [`RequestConsent`](Remedy::RequestConsent), with `required_scopes` |
    /// | a `KOE` or `KAE` code that `E` documents with a remedy, when `E`'s codes are such codes ([`BusinessAuthError`](crate::oauth::BusinessAuthError), say); else one that Kakao Login's table ([`koe`](Self::koe)) or Kakao Talk Channel's ([`kae`](Self::kae)) documents with a remedy | that remedy |
    /// | OAuth `invalid_grant`: the authorization code or refresh token is no good (`KOE320`, `KOE322`) | [`Relogin`](Remedy::Relogin) |
    /// | OAuth `misconfigured` (`KOE009`), `invalid_client`, `invalid_scope`, `unauthorized`, `unauthorized_client` | [`FixAppSettings`](Remedy::FixAppSettings) |
    /// | OAuth `invalid_request` | [`FixRequest`](Remedy::FixRequest) |
    /// | OAuth `access_denied`, `interaction_required` | [`UserAction`](Remedy::UserAction) |
    /// | OAuth `login_required` | [`Relogin`](Remedy::Relogin) |
    /// | OAuth `consent_required` | [`RequestConsent`](Remedy::RequestConsent) |
    /// | OAuth `server_error` | [`Retry`](Remedy::Retry) |
    /// | a search and Local API `errorType` ([`local::ErrorType`](crate::local::ErrorType)) | the error type's remedy |
    /// | a documented cause, with HTTP 429 or 503 where its remedy is only `Retry`, `OutcomeUnknown` or `Unknown` (the status says the request was turned away) | [`Throttled`](Remedy::Throttled) or [`Maintenance`](Remedy::Maintenance) |
    /// | a documented cause | its remedy |
    /// | HTTP 401 with no OAuth error and no `errorType` (a bare 401 with `WWW-Authenticate: Bearer error=invalid_token`, as Kakao's REST reference shows it, or an undocumented code) | [`RefreshToken`](Remedy::RefreshToken) |
    /// | HTTP 429 | [`Throttled`](Remedy::Throttled) |
    /// | HTTP 503 | [`Maintenance`](Remedy::Maintenance) |
    /// | HTTP 500, 502, 504 with no documented cause (a gateway's page, an empty body, an undocumented code) | [`Retry`](Remedy::Retry) |
    /// | anything else | [`Unknown`](Remedy::Unknown) |
    ///
    /// A waiting remedy ([`Retry`](Remedy::Retry), [`Throttled`](Remedy::Throttled),
    /// [`Maintenance`](Remedy::Maintenance)) carries the [`retry_after`](Self::retry_after)
    /// the response gave (through the `http` and `reqwest` integrations); a
    /// [`RetryLater`](Remedy::RetryLater) with a `Retry-After` becomes the wait the server asked
    /// for: [`Maintenance`](Remedy::Maintenance) with HTTP 503, [`Throttled`](Remedy::Throttled)
    /// otherwise.
    ///
    /// ```
    /// use kakao_errors::Remedy;
    /// use kakao_errors::response::parse;
    ///
    /// // -401 is "refresh the token"...
    /// let expired = parse(401, br#"{"msg":"this access token does not exist","code":-401}"#);
    /// assert_eq!(expired.remedy(), Remedy::RefreshToken);
    /// // ...unless the message says the app's settings are wrong.
    /// let domain = parse(401, br#"{"msg":"domain mismatched! caller=https://a.example","code":-401}"#);
    /// assert_eq!(domain.remedy(), Remedy::FixAppSettings);
    ///
    /// let consent = parse(403, br#"{"msg":"insufficient scopes.","code":-402,"required_scopes":["talk_message"]}"#);
    /// let Remedy::RequestConsent { scopes } = consent.remedy() else { panic!() };
    /// assert_eq!(scopes.collect::<Vec<_>>(), ["talk_message"]);
    ///
    /// let grant = parse(400, br#"{"error":"invalid_grant","error_description":"authorization code not found for code=x","error_code":"KOE320"}"#);
    /// assert_eq!(grant.remedy(), Remedy::Relogin);
    ///
    /// assert_eq!(parse(429, b"").remedy(), Remedy::Throttled { after: None });
    /// assert_eq!(parse(502, b"<html>Bad Gateway</html>").remedy(), Remedy::Retry { after: None });
    /// ```
    #[must_use]
    pub fn remedy(&self) -> Remedy<'_> {
        let after = self.retry_after();
        match self.remedy_without_wait() {
            // A wait longer than a backoff, but the server said how long: wait that long (the
            // policy still hands back a wait longer than it allows).
            Remedy::RetryLater if after.is_some() => match self.status() {
                503 => Remedy::Maintenance { after },
                _ => Remedy::Throttled { after },
            },
            remedy => remedy.with_after(after),
        }
    }

    /// Whether sending the same request again, unchanged, after a backoff may succeed: always
    /// [`remedy()`](Self::remedy)`.is_wait()`, the one answer this crate gives to "may I send it
    /// again" (a documented row that says so, a 429 or a 503, a 500, 502 or 504 that Kakao did
    /// not explain, an OAuth `server_error`, `KOE003` whatever table `E` is).
    ///
    /// ```
    /// use kakao_errors::response::parse;
    ///
    /// let body = br#"{"error":"server_error","error_description":"x","error_code":"KOE003"}"#;
    /// assert!(parse(500, body).is_retryable());
    /// assert!(parse(502, b"<html>Bad Gateway</html>").is_retryable());
    /// assert!(parse(503, b"").is_retryable());
    /// assert!(!parse(400, br#"{"msg":"x","code":-2}"#).is_retryable());
    /// ```
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        self.remedy().is_wait()
    }

    fn remedy_without_wait(&self) -> Remedy<'_> {
        if let Some(remedy) = self.case().map(|case| case.remedy()) {
            if remedy != Remedy::Unknown {
                return remedy;
            }
        }
        if self.code() == Some(-402) {
            return Remedy::RequestConsent {
                scopes: self.required_scopes().unwrap_or_default(),
            };
        }
        if let Some(remedy) = self.text_code_remedy() {
            return remedy;
        }
        if let Some(remedy) = self.oauth_error().and_then(oauth_remedy) {
            return remedy;
        }
        // An `errorType` of the search and Local APIs whose message has no known phrase: the
        // error type's row.
        if let Some(error_type) = self.error_type().and_then(ErrorType::from_name) {
            return error_type.remedy();
        }
        if let Some(cause) = self.documented_cause() {
            // A 429 or a 503 says more than a cause whose row only says "send it again" (or
            // nothing): Kakao Moment answers its quota error with the same -813 as its
            // internal error, told apart by the status alone.
            // A 429 or a 503 also says the request was turned away, not acted on: an outcome
            // the row leaves unknown is known.
            return match (self.status(), cause.remedy()) {
                (429, Remedy::Retry { .. } | Remedy::OutcomeUnknown | Remedy::Unknown) => {
                    Remedy::Throttled { after: None }
                }
                (503, Remedy::Retry { .. } | Remedy::OutcomeUnknown | Remedy::Unknown) => {
                    Remedy::Maintenance { after: None }
                }
                (_, remedy) => remedy,
            };
        }
        match self.status() {
            // Kakao's REST reference shows a bare 401 with `WWW-Authenticate: Bearer
            // error=invalid_token`: the access token is the one credential a request without
            // a code or an OAuth error can fail on.
            401 if self.oauth_error().is_none() && self.error_type().is_none() => {
                Remedy::RefreshToken
            }
            429 => Remedy::Throttled { after: None },
            503 => Remedy::Maintenance { after: None },
            500 | 502 | 504 => Remedy::Retry { after: None },
            _ => Remedy::Unknown,
        }
    }

    /// The remedy of the body's text code (`KOE320`, `KAE001`, `E2001`), where a table
    /// documents one: `E`'s own row when `E` found its cause in it (Business Authentication's
    /// `KOE008` is not Kakao Login's), else the catalog's table of its prefix.
    fn text_code_remedy(&self) -> Option<Remedy<'static>> {
        let own = self
            .documented_cause()
            .filter(|cause| !cause.error_code().prefix().is_empty())
            .map(KakaoError::remedy);
        own.or_else(|| self.text_code_row().map(|row| row.remedy()))
            .filter(|remedy| *remedy != Remedy::Unknown)
    }
}

fn oauth_remedy(error: &OAuthError) -> Option<Remedy<'static>> {
    Some(match error {
        OAuthError::InvalidGrant | OAuthError::LoginRequired => Remedy::Relogin,
        OAuthError::Misconfigured
        | OAuthError::InvalidClient
        | OAuthError::InvalidScope
        | OAuthError::Unauthorized
        | OAuthError::UnauthorizedClient => Remedy::FixAppSettings,
        OAuthError::InvalidRequest => Remedy::FixRequest,
        OAuthError::AccessDenied | OAuthError::InteractionRequired => Remedy::UserAction,
        OAuthError::ConsentRequired => Remedy::REQUEST_CONSENT,
        OAuthError::ServerError => Remedy::Retry { after: None },
        _ => return None,
    })
}
