//! A Kakao failure as an RFC 9457 problem details object (`application/problem+json`), for a
//! backend that calls Kakao for its own clients (feature `problem`; with `axum`, an axum
//! response).
//!
//! A backend whose request to Kakao failed answers its own client. [`Problem`] is that answer:
//! an HTTP status chosen from the failure's [`Remedy`] (what the backend's client can do about
//! it, not the status Kakao answered the backend with), the page that documents the error, and
//! a **redacted** description: never the body's own message, which may echo an access token,
//! an authorization code or a URL with a secret in its query, but the description this crate
//! has for the row or case (static text of its own). Only numbers, names and the request id
//! come from the response.
//!
//! ```
//! use kakao_errors::problem::Problem;
//! use kakao_errors::response::parse;
//!
//! let body = br#"{"msg":"[talk_message] scope is required.","code":-402,"required_scopes":["talk_message"]}"#;
//! let problem = Problem::from(parse(403, body));
//! assert_eq!(problem.status(), 403);
//! assert_eq!(
//!     serde_json::to_string_pretty(&problem).unwrap(),
//!     r#"{
//!   "type": "https://developers.kakao.com/docs/latest/en/rest-api/error-code",
//!   "title": "Consent required",
//!   "status": 403,
//!   "detail": "If a user has not agreed to provide the user information (scope) that the API attempts to access.",
//!   "kakao_code": "-402",
//!   "kakao_status": 403,
//!   "remedy": "request_consent",
//!   "required_scopes": [
//!     "talk_message"
//!   ]
//! }"#
//! );
//!
//! // An authorization code echoed in the description stays out of the problem.
//! let body = br#"{"error":"invalid_grant","error_description":"authorization code not found for code=SECRET","error_code":"KOE320"}"#;
//! let problem = Problem::from(parse(400, body));
//! assert_eq!((problem.status(), problem.remedy()), (401, "relogin"));
//! assert_eq!(problem.kakao_code(), Some("KOE320"));
//! assert!(!serde_json::to_string(&problem).unwrap().contains("SECRET"));
//! ```
//!
//! # The status
//!
//! One status per remedy, from the point of view of the backend's client: a failure the client
//! can act on is a 4xx, a failure of the backend's own Kakao setup or request is a 500, a
//! failure of Kakao is a 5xx that says whether and when to come back
//! ([`Problem::status_for`] is this table in code):
//!
//! | remedy | status | why |
//! |---|---|---|
//! | [`Retry`](Remedy::Retry) | 502 Bad Gateway | Kakao failed for a moment (an internal error, a gateway's page); the same request may succeed (`Retry-After` when Kakao gave one) |
//! | [`Throttled`](Remedy::Throttled) | 429 Too Many Requests | a rate limit or quota of the backend's app was reached; `Retry-After` when Kakao gave one |
//! | [`Maintenance`](Remedy::Maintenance) | 503 Service Unavailable | Kakao is under maintenance; `Retry-After` when Kakao gave one |
//! | [`RetryLater`](Remedy::RetryLater) | 503 Service Unavailable | it may succeed unchanged, but only much later (cached data expiring, a daily quota resetting): the service is unavailable for now, for longer than a retry loop waits |
//! | [`OutcomeUnknown`](Remedy::OutcomeUnknown) | 504 Gateway Timeout | the request may or may not have taken effect at Kakao (a timeout, a connection lost after sending, Kakao's own timeout): not the client's fault, and not to be sent again blindly, as a gateway's timeout says |
//! | [`RefreshToken`](Remedy::RefreshToken) | 401 Unauthorized | the user's Kakao access token is no longer valid and the backend could not refresh it: the client must authenticate again |
//! | [`Relogin`](Remedy::Relogin) | 401 Unauthorized | the refresh token or the authorization code is no good: the user must log in again |
//! | [`RequestConsent`](Remedy::RequestConsent) | 403 Forbidden | the user has not agreed to a consent item the request needs: `required_scopes` lists them, when Kakao did |
//! | [`FixRequest`](Remedy::FixRequest) | 500 Internal Server Error | the backend's request to Kakao was wrong: the backend built it, so it is the backend's failure (a backend that passes a client's values on unchecked can answer 400 itself, with [`Problem::with_status`]) |
//! | [`StartOver`](Remedy::StartOver) | 409 Conflict | what the request belongs to (a payment) expired or was cancelled: the client starts it over from its first step |
//! | [`DeliverAnotherWay`](Remedy::DeliverAnotherWay) | 422 Unprocessable Content | the recipient cannot receive this kind of message: the request is understood, and cannot be carried out; the client delivers it another way |
//! | [`FixAppSettings`](Remedy::FixAppSettings) | 500 Internal Server Error | the backend's own app settings in the Kakao Developers console are wrong, or its limit must be raised: the backend's team fixes them |
//! | [`UserAction`](Remedy::UserAction) | 403 Forbidden | the user must act first (link the account, join Kakao Talk, pass an age check, take a restriction up with Kakao) |
//! | [`ContactSupport`](Remedy::ContactSupport) | 500 Internal Server Error | the backend's app, developer account or channel is suspended: the backend's team contacts Kakao |
//! | [`Unknown`](Remedy::Unknown) | 502 Bad Gateway | Kakao failed in a way nothing documents: not the client's fault, and nothing says more |
//!
//! The remedy is the one the failure's own type gives: [`ResponseError::remedy`] for a parsed
//! response, and for the reqwest integration's error its `remedy()`, which also covers
//! failures with no response (a connection that could not be made is `Retry`, a timeout
//! `OutcomeUnknown`).
//!
//! A 401 needs a `WWW-Authenticate` challenge of the backend's own authentication scheme
//! (RFC 9110, section 15.5.2), which this crate cannot know: add it beside the problem, with
//! axum `([(header::WWW_AUTHENTICATE, "Bearer")], problem)`.
//!
//! # The members
//!
//! Serialized with serde as one JSON object, members in this order, each left out when it has
//! no value (RFC 9457's members first, then the extension members, all in snake_case):
//!
//! | member | value |
//! |---|---|
//! | `type` | the page that documents the error: the [case](crate::case)'s page where the response is one; else the page of the table whose row the code is ([`catalog`]: the response's own table, the `KOE` or `KAE` table of its `error_code`, or the REST API's table, whose common codes every Kakao API answers); `about:blank` when no page of this crate documents it (an undocumented code, a gateway's page, no response). Always present. A page documents many codes: `type` and `kakao_code` together tell the problem |
//! | `title` | short and fixed per remedy ([`Problem::title_for`]); with `about:blank`, the status's reason phrase (`Bad Gateway`), as RFC 9457 asks. Always present |
//! | `status` | the status of the table above. Always present |
//! | `detail` | the case's or the row's English description ([`Case::message`](crate::case::Case::message), [`KakaoError::message`]); for an undocumented failure, what the remedy says ([`Remedy::description`]); for no response, how the request failed. This crate's text, never the response's. Always present |
//! | `instance` | what [`with_instance`](Problem::with_instance) set: a URI of the backend's for this occurrence |
//! | `kakao_code` | the code as Kakao writes it, as a string: `"-402"`, `"4019"`, `"KOE320"`, `"KAE004"` (as this crate reads it: a `KOE` code in any case is written `KOE320`); absent without a code, or with one that is not an integer |
//! | `kakao_status` | the HTTP status Kakao answered with |
//! | `remedy` | the remedy's [`as_str`](Remedy::as_str) name. Always present |
//! | `required_scopes` | with `request_consent` only, always then: the scopes to ask the user for, as Kakao listed them (`[]` when it did not); an item that is not a plain scope name (more than 128 bytes, or characters other than ASCII letters, digits, `_`, `-`, `.` and `:`) is left out |
//! | `case` | the name of the response's [case](crate::case), where it is one (`DomainMismatched`) |
//! | `kakao_request_id` | the request id Kakao's response header gave ([`ResponseError::request_id`]) |
//! | `retry_after` | the seconds to wait, where the remedy waits and Kakao said how long (rounded up), the same as the `Retry-After` header |
//!
//! The problem is for the backend's clients: the backend keeps the error itself (its message,
//! its fields, its URL) for its own logs.

use core::fmt;
use core::time::Duration;

use crate::catalog;
use crate::response::ResponseError;
use crate::rest::ApiError;
use crate::{KakaoError, Remedy};

/// The media type of a problem details object, RFC 9457's `application/problem+json`.
pub const CONTENT_TYPE: &str = "application/problem+json";

/// The `type` of a problem that no page documents (RFC 9457, section 4.2.1).
pub const ABOUT_BLANK: &str = "about:blank";

/// The longest scope name kept in `required_scopes`, in bytes.
const SCOPE_LIMIT: usize = 128;

/// An RFC 9457 problem details object for a failed call to Kakao: see the
/// [module docs](self) for the status, the members and what is left out.
///
/// Made with `From` from a [`ResponseError`] (owned or borrowed) and, with the `reqwest` or
/// `reqwest-0-12` feature, from the integration's `kakao_errors::reqwest::Error` and from
/// reqwest's own error, so that a handler returning `Result<_, Problem>` can `?` them.
/// Serialized with serde as a JSON object; with the `http` feature, `to_http_response()` is
/// the whole response, and with `axum` it is axum's `IntoResponse`.
///
/// `Display` is one line of this crate's texts: the status, the title and the detail.
///
/// ```
/// use kakao_errors::problem::Problem;
/// use kakao_errors::response::{ResponseError, parse};
///
/// fn send_message(status: u16, body: &[u8]) -> Result<(), Problem> {
///     // What a call to Kakao gave back.
///     let result: Result<(), ResponseError> = Err(parse(status, body));
///     result?;
///     Ok(())
/// }
///
/// let problem = send_message(401, br#"{"msg":"this access token does not exist","code":-401}"#)
///     .unwrap_err();
/// assert_eq!((problem.status(), problem.remedy()), (401, "refresh_token"));
/// assert_eq!(problem.title(), "Kakao authentication expired");
/// // The table's description of -401, not the body's message.
/// assert!(problem.detail().starts_with("If the request has been made with an invalid app key"));
/// assert!(problem.to_string().starts_with("HTTP 401, Kakao authentication expired: If the request"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem(
    // Boxed, so that a `Result<_, Problem>` stays two words wide (clippy's
    // `result_large_err` in every handler otherwise).
    Box<Members>,
);

/// What a [`Problem`] holds: its members.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Members {
    type_uri: &'static str,
    title: &'static str,
    status: u16,
    detail: &'static str,
    instance: Option<Box<str>>,
    kakao_code: Option<Box<str>>,
    kakao_status: Option<u16>,
    remedy: &'static str,
    /// `Some` exactly for `request_consent`.
    required_scopes: Option<Box<[Box<str>]>>,
    case: Option<&'static str>,
    kakao_request_id: Option<Box<str>>,
    retry_after: Option<Duration>,
}

/// The status of each remedy, its reason phrase and the problem's title: the table of the
/// [module docs](self).
const fn mapping(remedy: &Remedy<'_>) -> (u16, &'static str, &'static str) {
    match remedy {
        Remedy::Retry { .. } => (502, "Bad Gateway", "Kakao API failed"),
        Remedy::Throttled { .. } => (429, "Too Many Requests", "Kakao API limit reached"),
        Remedy::Maintenance { .. } => (503, "Service Unavailable", "Kakao API under maintenance"),
        Remedy::RetryLater => (503, "Service Unavailable", "Kakao API unavailable for now"),
        Remedy::OutcomeUnknown => (504, "Gateway Timeout", "Kakao API outcome unknown"),
        Remedy::RefreshToken => (401, "Unauthorized", "Kakao authentication expired"),
        Remedy::Relogin => (401, "Unauthorized", "Kakao login required"),
        Remedy::RequestConsent { .. } => (403, "Forbidden", "Consent required"),
        Remedy::FixRequest => (500, "Internal Server Error", "Invalid Kakao API request"),
        Remedy::StartOver => (409, "Conflict", "Expired or cancelled"),
        Remedy::DeliverAnotherWay => (
            422,
            "Unprocessable Content",
            "Recipient unreachable through Kakao",
        ),
        Remedy::FixAppSettings => (500, "Internal Server Error", "Kakao app misconfigured"),
        Remedy::UserAction => (403, "Forbidden", "User action required"),
        Remedy::ContactSupport => (500, "Internal Server Error", "Kakao app suspended"),
        Remedy::Unknown => (502, "Bad Gateway", "Kakao API error"),
    }
}

/// The page and the description that document a failure.
struct Documented {
    /// `None` for a row of a table the catalog does not have (your own derived enum).
    page: Option<&'static str>,
    detail: &'static str,
    case: Option<&'static str>,
}

impl Problem {
    /// The status of a problem whose remedy is `remedy`: the table of the
    /// [module docs](self#the-status).
    ///
    /// ```
    /// use kakao_errors::Remedy;
    /// use kakao_errors::problem::Problem;
    ///
    /// assert_eq!(Problem::status_for(&Remedy::Throttled { after: None }), 429);
    /// assert_eq!(Problem::status_for(&Remedy::FixAppSettings), 500);
    /// assert_eq!(Problem::status_for(&Remedy::OutcomeUnknown), 504);
    /// ```
    #[must_use]
    pub const fn status_for(remedy: &Remedy<'_>) -> u16 {
        mapping(remedy).0
    }

    /// The `title` of a problem whose remedy is `remedy` and whose `type` is a page (with
    /// `about:blank` the title is the status's reason phrase).
    ///
    /// ```
    /// use kakao_errors::Remedy;
    /// use kakao_errors::problem::Problem;
    ///
    /// assert_eq!(Problem::title_for(&Remedy::Relogin), "Kakao login required");
    /// ```
    #[must_use]
    pub const fn title_for(remedy: &Remedy<'_>) -> &'static str {
        mapping(remedy).2
    }

    /// The problem for a failed response: see the [module docs](self).
    #[must_use]
    pub fn from_response<E: KakaoError>(error: &ResponseError<E>) -> Self {
        Self::of_response(error, &error.remedy())
    }

    /// The problem for a failed response whose remedy is `remedy`.
    fn of_response<E: KakaoError>(error: &ResponseError<E>, remedy: &Remedy<'_>) -> Self {
        let documented = documented(error);
        let detail = documented.as_ref().map(|d| d.detail);
        let page = documented.as_ref().and_then(|d| d.page);
        let mut problem = Self::new(remedy, page, detail);
        problem.0.kakao_code = code_as_written(error);
        problem.0.kakao_status = Some(error.status());
        problem.0.case = documented.and_then(|d| d.case);
        problem.0.kakao_request_id = error.request_id().map(Box::from);
        problem
    }

    /// The problem of `remedy`, documented on `page` by `detail` (with neither, about:blank
    /// and the remedy's description).
    fn new(remedy: &Remedy<'_>, page: Option<&'static str>, detail: Option<&'static str>) -> Self {
        let (status, phrase, title) = mapping(remedy);
        let required_scopes = match remedy {
            Remedy::RequestConsent { scopes } => Some(
                scopes
                    .clone()
                    .filter(|scope| is_scope_name(scope))
                    .map(Box::from)
                    .collect(),
            ),
            _ => None,
        };
        Self(Box::new(Members {
            type_uri: page.unwrap_or(ABOUT_BLANK),
            title: if page.is_some() { title } else { phrase },
            status,
            detail: detail.unwrap_or_else(|| remedy.description()),
            instance: None,
            kakao_code: None,
            kakao_status: None,
            remedy: remedy.as_str(),
            required_scopes,
            case: None,
            kakao_request_id: None,
            retry_after: remedy.after(),
        }))
    }

    /// The same problem with `instance`: a URI of the backend's that names this occurrence
    /// (RFC 9457, section 3.1.5), such as the path of the request that failed, or a link to
    /// its log entry. It is sent as given: put no secret in it.
    ///
    /// ```
    /// use kakao_errors::problem::Problem;
    /// use kakao_errors::response::parse;
    ///
    /// let problem = Problem::from(parse(429, b"")).with_instance("/messages/42");
    /// assert_eq!(problem.instance(), Some("/messages/42"));
    /// ```
    #[must_use]
    pub fn with_instance(mut self, instance: impl Into<String>) -> Self {
        self.0.instance = Some(instance.into().into_boxed_str());
        self
    }

    /// The same problem with another `status`, for a backend that knows better than the
    /// remedy (a `FixRequest` caused by a client's own value is a 400 of the backend's). With
    /// `about:blank` as the `type`, the title follows the status (its reason phrase, or
    /// `Error` for a status this crate has none for); everything else stays. A status outside
    /// `100..=599` is not one: it is left as it was.
    ///
    /// ```
    /// use kakao_errors::problem::Problem;
    /// use kakao_errors::response::parse;
    ///
    /// let problem = Problem::from(parse(400, br#"{"code":-2,"msg":"receiver_uuids is wrong"}"#));
    /// assert_eq!((problem.status(), problem.remedy()), (500, "fix_request"));
    /// assert_eq!(problem.with_status(400).status(), 400);
    /// ```
    #[must_use]
    pub fn with_status(mut self, status: u16) -> Self {
        if !(100..=599).contains(&status) {
            return self;
        }
        self.0.status = status;
        if self.0.type_uri == ABOUT_BLANK {
            self.0.title = reason_phrase(status);
        }
        self
    }

    /// The `type`: the page that documents the error, or `about:blank`.
    #[must_use]
    pub fn type_uri(&self) -> &'static str {
        self.0.type_uri
    }

    /// The `title`.
    #[must_use]
    pub fn title(&self) -> &'static str {
        self.0.title
    }

    /// The HTTP status to answer with.
    #[must_use]
    pub fn status(&self) -> u16 {
        self.0.status
    }

    /// The `detail`: this crate's description of the error, never the response's message.
    #[must_use]
    pub fn detail(&self) -> &'static str {
        self.0.detail
    }

    /// The `instance`, if [`with_instance`](Self::with_instance) set one.
    #[must_use]
    pub fn instance(&self) -> Option<&str> {
        self.0.instance.as_deref()
    }

    /// The Kakao code as Kakao writes it (`-402`, `KOE320`).
    #[must_use]
    pub fn kakao_code(&self) -> Option<&str> {
        self.0.kakao_code.as_deref()
    }

    /// The HTTP status Kakao answered with; `None` when no response came.
    #[must_use]
    pub fn kakao_status(&self) -> Option<u16> {
        self.0.kakao_status
    }

    /// The remedy's [`as_str`](Remedy::as_str) name.
    #[must_use]
    pub fn remedy(&self) -> &'static str {
        self.0.remedy
    }

    /// The scopes to ask the user to agree to, for a `request_consent` problem (possibly
    /// none); `None` for any other.
    #[must_use]
    pub fn required_scopes(&self) -> Option<impl Iterator<Item = &str>> {
        self.0
            .required_scopes
            .as_deref()
            .map(|scopes| scopes.iter().map(|scope| &**scope))
    }

    /// The name of the response's [case](crate::case), where it is one.
    #[must_use]
    pub fn case(&self) -> Option<&'static str> {
        self.0.case
    }

    /// The request id of Kakao's response, where its headers gave one.
    #[must_use]
    pub fn kakao_request_id(&self) -> Option<&str> {
        self.0.kakao_request_id.as_deref()
    }

    /// How long the client should wait before trying again, where the remedy waits and Kakao
    /// said how long: sent as `Retry-After` and as the `retry_after` member, in whole seconds
    /// rounded up.
    #[must_use]
    pub fn retry_after(&self) -> Option<Duration> {
        self.0.retry_after
    }

    /// [`retry_after`](Self::retry_after) in whole seconds, rounded up.
    fn retry_after_secs(&self) -> Option<u64> {
        self.0
            .retry_after
            .map(|after| after.as_secs() + u64::from(after.subsec_nanos() > 0))
    }

    /// The whole HTTP response: the status, `Content-Type: application/problem+json`,
    /// `Retry-After` when known, and the JSON object as the body. What the `axum` feature's
    /// `IntoResponse` sends; for other servers built on the `http` crate.
    ///
    /// ```
    /// use kakao_errors::problem::Problem;
    ///
    /// let error = kakao_errors::http::check(
    ///     http::Response::builder()
    ///         .status(429)
    ///         .header("retry-after", "30")
    ///         .body(r#"{"code":-10,"msg":"API limit has been exceeded."}"#)
    ///         .unwrap(),
    /// )
    /// .unwrap_err();
    /// let response = Problem::from(error).to_http_response();
    /// assert_eq!(response.status(), 429);
    /// assert_eq!(response.headers()["content-type"], "application/problem+json");
    /// assert_eq!(response.headers()["retry-after"], "30");
    /// ```
    #[cfg(feature = "http")]
    #[cfg_attr(docsrs, doc(cfg(feature = "http")))]
    #[must_use]
    pub fn to_http_response(&self) -> ::http::Response<Vec<u8>> {
        use ::http::header::{self, HeaderValue};

        // A map of string keys to strings, numbers and arrays of strings: writing it as JSON
        // cannot fail.
        let body = serde_json::to_vec(self).unwrap_or_default();
        let mut response = ::http::Response::new(body);
        *response.status_mut() = ::http::StatusCode::from_u16(self.0.status)
            .unwrap_or(::http::StatusCode::INTERNAL_SERVER_ERROR);
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(CONTENT_TYPE));
        if let Some(seconds) = self.retry_after_secs() {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

/// The page, the description and the case that document `error`: see the `type` member in
/// the [module docs](self).
fn documented<E: KakaoError>(error: &ResponseError<E>) -> Option<Documented> {
    if let Some(case) = error.case() {
        return Some(Documented {
            page: Some(case.doc_url()),
            detail: case.message(),
            case: Some(case.name()),
        });
    }
    let row = |page: Option<&'static str>, detail: &'static str| Documented {
        page,
        detail,
        case: None,
    };
    if let Some(cause) = error.documented_cause() {
        return Some(row(page_of(cause), cause.message()));
    }
    if let Some(koe) = error.koe().filter(KakaoError::is_documented) {
        return Some(row(page_of(&koe), koe.message()));
    }
    if let Some(kae) = error.kae().filter(KakaoError::is_documented) {
        return Some(row(page_of(&kae), kae.message()));
    }
    // Every Kakao API answers the REST API's common codes, whatever table `E` is.
    let code = i32::try_from(error.code()?).ok()?;
    let rest = ApiError::__lookup(code, Some(error.status()))?;
    Some(row(page_of(&rest), rest.message()))
}

/// The page of the catalog's table whose row `value` is (through a wrapper, the member's).
fn page_of<T: KakaoError>(value: &T) -> Option<&'static str> {
    let table = value.__table();
    catalog::TABLES
        .iter()
        .find(|candidate| candidate.identity() == table)
        .map(catalog::Table::url)
}

/// The code of `error` as Kakao writes it.
fn code_as_written<E: KakaoError>(error: &ResponseError<E>) -> Option<Box<str>> {
    let written = if let Some(cause) = error.cause() {
        cause.error_code().to_string()
    } else if let Some(code) = error.code() {
        code.to_string()
    } else if let Some(koe) = error.koe() {
        koe.error_code().to_string()
    } else {
        error.kae()?.error_code().to_string()
    };
    Some(written.into_boxed_str())
}

/// Whether `scope` looks like a Kakao scope name (`talk_message`, `account_email`).
fn is_scope_name(scope: &str) -> bool {
    (1..=SCOPE_LIMIT).contains(&scope.len())
        && scope
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b':'))
}

/// The reason phrase of `status` (RFC 9110), for a problem whose `type` is `about:blank`.
fn reason_phrase(status: u16) -> &'static str {
    match status {
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        412 => "Precondition Failed",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Content",
        424 => "Failed Dependency",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Error",
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "HTTP {}, {}: {}",
            self.0.status, self.0.title, self.0.detail
        )
    }
}

impl core::error::Error for Problem {}

impl<E: KakaoError> From<&ResponseError<E>> for Problem {
    fn from(error: &ResponseError<E>) -> Self {
        Self::from_response(error)
    }
}

impl<E: KakaoError> From<ResponseError<E>> for Problem {
    fn from(error: ResponseError<E>) -> Self {
        Self::from_response(&error)
    }
}

impl serde::Serialize for Problem {
    /// One JSON object, the members in the order of the [module docs](self#the-members).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;

        let present = [
            self.0.instance.is_some(),
            self.0.kakao_code.is_some(),
            self.0.kakao_status.is_some(),
            self.0.required_scopes.is_some(),
            self.0.case.is_some(),
            self.0.kakao_request_id.is_some(),
            self.0.retry_after.is_some(),
        ];
        let len = 5 + present.iter().filter(|&&present| present).count();
        let mut map = serializer.serialize_map(Some(len))?;
        map.serialize_entry("type", self.0.type_uri)?;
        map.serialize_entry("title", self.0.title)?;
        map.serialize_entry("status", &self.0.status)?;
        map.serialize_entry("detail", self.0.detail)?;
        if let Some(instance) = &self.0.instance {
            map.serialize_entry("instance", instance)?;
        }
        if let Some(code) = &self.0.kakao_code {
            map.serialize_entry("kakao_code", code)?;
        }
        if let Some(status) = self.0.kakao_status {
            map.serialize_entry("kakao_status", &status)?;
        }
        map.serialize_entry("remedy", self.0.remedy)?;
        if let Some(scopes) = &self.0.required_scopes {
            map.serialize_entry("required_scopes", scopes)?;
        }
        if let Some(case) = self.0.case {
            map.serialize_entry("case", case)?;
        }
        if let Some(id) = &self.0.kakao_request_id {
            map.serialize_entry("kakao_request_id", id)?;
        }
        if let Some(seconds) = self.retry_after_secs() {
            map.serialize_entry("retry_after", &seconds)?;
        }
        map.end()
    }
}

#[cfg(any(feature = "reqwest", feature = "reqwest-0-12"))]
mod from_reqwest {
    use super::Problem;
    use crate::KakaoError;
    use crate::reqwest::Error;

    impl Problem {
        /// The problem for a failed request of the reqwest integration: for a response, as
        /// [`from_response`](Self::from_response), with the error's
        /// [`remedy`](Error::remedy) (which knows the request's method where the middleware
        /// handed the response back); for no response (a transport failure), the problem of
        /// its remedy, with `about:blank`, a detail that says how the request failed, and no
        /// URL, query or header of it.
        #[must_use]
        pub fn from_reqwest<E: KakaoError>(error: &Error<E>) -> Self {
            let remedy = error.remedy();
            match error.response() {
                Some(response) => Self::of_response(response, &remedy),
                None => {
                    let mut problem = Self::new(&remedy, None, Some(transport_detail(error)));
                    problem.0.kakao_status = error.status();
                    problem
                }
            }
        }
    }

    /// How a request with no response failed, in this crate's words (never reqwest's, which
    /// may name the URL).
    fn transport_detail<E: KakaoError>(error: &Error<E>) -> &'static str {
        if error.is_connect() {
            "No connection to the Kakao API could be made; the request was not sent."
        } else if error.is_timeout() {
            "The Kakao API did not answer in time; the request may or may not have taken effect."
        } else if error.remedy() == crate::Remedy::FixRequest {
            "The request to the Kakao API could not be built."
        } else if error.is_body() {
            "Sending the request to the Kakao API or reading its answer failed."
        } else {
            "The request to the Kakao API failed before an answer came."
        }
    }

    impl<E: KakaoError> From<&Error<E>> for Problem {
        fn from(error: &Error<E>) -> Self {
            Self::from_reqwest(error)
        }
    }

    impl<E: KakaoError> From<Error<E>> for Problem {
        fn from(error: Error<E>) -> Self {
            Self::from_reqwest(&error)
        }
    }

    #[cfg(feature = "reqwest")]
    impl From<::reqwest::Error> for Problem {
        /// A failed `send()` of reqwest 0.13, as the integration's [`Error`] sees it.
        fn from(error: ::reqwest::Error) -> Self {
            Self::from_reqwest(&Error::<crate::rest::ApiError>::from(error))
        }
    }

    #[cfg(feature = "reqwest-0-12")]
    impl From<::reqwest_0_12::Error> for Problem {
        /// A failed `send()` of reqwest 0.12, as the integration's [`Error`] sees it.
        fn from(error: ::reqwest_0_12::Error) -> Self {
            Self::from_reqwest(&Error::<crate::rest::ApiError>::from(error))
        }
    }
}

#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
impl axum_core::response::IntoResponse for Problem {
    /// [`to_http_response`](Self::to_http_response): the status,
    /// `Content-Type: application/problem+json`, `Retry-After` when known, and the JSON
    /// object.
    fn into_response(self) -> axum_core::response::Response {
        self.to_http_response().map(axum_core::body::Body::from)
    }
}
