//! Realistic Kakao error responses for your own tests (feature `fixture`).
//!
//! Testing how your client handles a Kakao failure needs the response Kakao would send: the
//! status and a body of the right shape. A [`Fixture`] writes it for any value of any table of
//! this crate, or of your own derived enum, from what the table documents; options change the
//! message, add scopes or a `Retry-After`. Every fixture reads back through
//! [`response::parse_as`](crate::response::parse_as) as the error it was made from, with the
//! same remedy: a numeric code as the [`cause`](crate::response::ResponseError::cause), a code
//! written with a prefix (`KOE320`, `KAE001`, `E2001`) through its
//! [`text_code`](crate::response::ResponseError::text_code), a detail code as the response's
//! [`case`](crate::response::ResponseError::case); a route's result code through
//! `mobility::failed_routes`.
//!
//! ```
//! use kakao_errors::fixture::Fixture;
//! use kakao_errors::response::parse;
//! use kakao_errors::rest::{ApiError, Login};
//!
//! let fixture = Fixture::of(&Login::InsufficientScope).required_scopes(["talk_message"]);
//! assert_eq!(fixture.status_code(), 403);
//!
//! // What your client would receive, and what this crate reads from it.
//! let e = parse(fixture.status_code(), &fixture.body());
//! assert_eq!(e.cause(), Some(&ApiError::Login(Login::InsufficientScope)));
//! assert_eq!(e.required_scopes().unwrap().collect::<Vec<_>>(), ["talk_message"]);
//! ```
//!
//! Add it to your dev-dependencies only:
//!
//! ```toml
//! [dev-dependencies]
//! kakao-errors = { version = "0.1", features = ["fixture", "http"] }
//! ```
//!
//! # The body
//!
//! The shape is the one the catalog gives the value's table ([`Table::shape`]); for a value of a
//! type the catalog does not have (your own enum, a wrapper), the one of the catalog's table
//! whose codes are written like the value's (`KOE` codes: Kakao Login's), and for plain numbers
//! the first:
//!
//! | [`Shape`] | body |
//! |---|---|
//! | [`Code`](Shape::Code) (`-402`, `4019`, Kakao Mobility's `-1`) | `{"code": -402, "msg": "..."}`, plus `api_type`, `required_scopes` and `allowed_scopes` when set |
//! | [`OAuth`](Shape::OAuth) (`KOE320`, or a prefix no table has) | `{"error": "invalid_grant", "error_description": "...", "error_code": "KOE320"}` |
//! | [`ErrorMsg`](Shape::ErrorMsg) (`KAE004`) | `{"error_code": "KAE004", "error_msg": "..."}` |
//! | [`ErrorMessage`](Shape::ErrorMessage) (Kakao Pay's `-780`, Kakao Talk Certification's `E2001`) | `{"error_code": -780, "error_message": "..."}` |
//! | [`Detail`](Shape::Detail) (Kakao Moment's detail code `21006`) | `{"code": -813, "msg": "KakaoMomentException", "extras": {"detailCode": 21006, "detailMsg": "..."}}` |
//! | [`Route`](Shape::Route) (Kakao Mobility's route result `104`) | an HTTP 200 directions answer, `{"trans_id": "fixture", "routes": [{"result_code": 104, "result_msg": "..."}]}` |
//!
//! The REST API, Kakao Talk Share, Kakao Moment and Kakao Mobility all answer in the first
//! shape (Kakao Mobility documents `{"code": -1, "msg": "internal server error"}`). The
//! message is the table's English description unless [`message`](Fixture::message) sets one:
//! Kakao's own messages are short English (or Korean) texts that vary, and a client should
//! not depend on them.
//!
//! A message takes part in what a response means: a `-401` whose message says `domain
//! mismatched!` is a web domain to register, not a token to refresh (a
//! [case](crate::case) of `-401`). A fixture's default message is the table's description,
//! which is no case of its row, so every fixture reads back with its row's remedy; set the
//! message Kakao sends for a case to test it:
//!
//! ```
//! use kakao_errors::Remedy;
//! use kakao_errors::fixture::Fixture;
//! use kakao_errors::response::parse;
//! use kakao_errors::rest::Common;
//!
//! let documented = Fixture::of(&Common::InvalidToken);
//! assert_eq!(parse(documented.status_code(), &documented.body()).remedy(), Remedy::RefreshToken);
//! let domain = Fixture::of(&Common::InvalidToken).message("domain mismatched! caller=https://a.example");
//! assert_eq!(parse(domain.status_code(), &domain.body()).remedy(), Remedy::FixAppSettings);
//! ```
//!
//! The OAuth `error` value is, in this order: the one [`oauth_error`](Fixture::oauth_error)
//! sets; the one Kakao sends with the code where this crate knows it
//! ([`KoeError::error_value`], [`BusinessAuthError::error_value`]), for a value of those
//! tables or of an enum that wraps them; otherwise `invalid_request`, the generic OAuth 2.0
//! error for a request the server refuses.
//!
//! # The status
//!
//! The documented status of the value ([`KakaoError::status`]), unless
//! [`status`](Fixture::status) sets one. Where no page documents one (the Kakao SDK's codes
//! that the REST API page does not list, every `KOE` and `KAE` code, a catch-all value), the
//! status is 400, except 401 for an OAuth body whose `error` is `invalid_client`: OAuth 2.0
//! answers a failed client authentication with 401, and Kakao does so for a wrong client
//! secret (`"Bad client credentials"`).
//!
//! # Every documented code
//!
//! [`every_documented`] gives a fixture for every code of every table of
//! [`catalog`], to run your handling over all of them:
//!
//! ```
//! use kakao_errors::fixture;
//! use kakao_errors::response::parse;
//!
//! for (entry, fixture) in fixture::every_documented() {
//!     let e = parse(fixture.status_code(), &fixture.body());
//!     // Your own handling goes here; for instance, every error says what to do.
//!     assert!(!e.remedy().description().is_empty(), "{}", entry.code());
//! }
//! ```

use core::fmt;
use core::time::Duration;

use serde::ser::{SerializeMap, Serializer};

use crate::catalog::{self, Entry, Shape, Table};
use crate::oauth::{BusinessAuthError, KoeError, OAuthError};
use crate::redact::{SHOWN_ITEM, SHOWN_ITEMS, SHOWN_TEXT, clean};
use crate::{ErrorCode, KakaoError};

/// The status of a fixture whose table documents none.
const DEFAULT_STATUS: u16 = 400;

/// The status of a directions answer, whose routes carry their result codes.
const ROUTE_STATUS: u16 = 200;

/// The status of an OAuth body whose `error` is `invalid_client`, when the table documents
/// none.
const CLIENT_STATUS: u16 = 401;

/// The `Content-Type` of a fixture: Kakao's APIs answer errors in JSON.
pub const CONTENT_TYPE: &str = "application/json;charset=UTF-8";

/// A Kakao error response for tests: a status and a body of the shape Kakao uses for the
/// value's code, with options for the message, the scopes and `Retry-After`. See the
/// [module docs](self) for the shapes and statuses.
///
/// ```
/// use std::time::Duration;
///
/// use kakao_errors::fixture::Fixture;
/// use kakao_errors::oauth::KoeError;
/// use kakao_errors::catalog::Shape;
/// use kakao_errors::response::parse;
///
/// let fixture = Fixture::of(&KoeError::AuthorizationCodeNotFound);
/// assert_eq!(fixture.shape(), Shape::OAuth);
/// assert_eq!(fixture.status_code(), 400);
/// let e = parse(fixture.status_code(), &fixture.body());
/// assert_eq!(e.koe(), Some(KoeError::AuthorizationCodeNotFound));
/// assert_eq!(e.oauth_error().map(|value| value.as_str()), Some("invalid_grant"));
///
/// let fixture = Fixture::of(&KoeError::TokenRequestRateLimitExceeded)
///     .status(429)
///     .message("token request rate limit exceeded")
///     .retry_after(Duration::from_secs(30));
/// assert_eq!(
///     String::from_utf8(fixture.body()).unwrap(),
///     r#"{"error":"invalid_request","error_description":"token request rate limit exceeded","error_code":"KOE237"}"#
/// );
/// assert_eq!(fixture.headers()[1], ("retry-after", "30".to_owned()));
/// ```
// `Debug` is written by hand, by the rule of `crate::redact`: a fixture's message is often one
// Kakao sends, secrets and all.
#[derive(Clone, PartialEq, Eq)]
pub struct Fixture {
    code: ErrorCode,
    shape: Shape,
    /// The documented status, or the one set.
    status: Option<u16>,
    message: String,
    /// The OAuth `error` value (an OAuth body only).
    oauth_error: OAuthError,
    api_type: Option<String>,
    required_scopes: Option<Vec<String>>,
    allowed_scopes: Option<Vec<String>>,
    retry_after: Option<Duration>,
}

impl fmt::Debug for Fixture {
    /// The fields, each text by the [rule](crate::redact) (redacted, escaped, cut at 1 KiB).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Fixture")
            .field("code", &format_args!("{}", self.code))
            .field("shape", &self.shape)
            .field("status", &self.status)
            .field("message", &clean(&self.message).max_bytes(SHOWN_TEXT))
            .field("oauth_error", &self.oauth_error)
            .field(
                "api_type",
                &self
                    .api_type
                    .as_deref()
                    .map(|t| clean(t).max_bytes(SHOWN_TEXT)),
            )
            .field(
                "required_scopes",
                &self.required_scopes.as_deref().map(Items),
            )
            .field("allowed_scopes", &self.allowed_scopes.as_deref().map(Items))
            .field("retry_after", &self.retry_after)
            .finish()
    }
}

/// A fixture's list, shown as a [`TextList`](crate::TextList) shows its items.
struct Items<'a>(&'a [String]);

impl fmt::Debug for Items<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut list = f.debug_list();
        for item in self.0.iter().take(SHOWN_ITEMS) {
            list.entry(&clean(item).max_bytes(SHOWN_ITEM));
        }
        if let Some(more) = self.0.len().checked_sub(SHOWN_ITEMS).filter(|&n| n > 0) {
            list.entry(&format_args!("… ({more} more)"));
        }
        list.finish()
    }
}

impl Fixture {
    /// The response Kakao sends for `value`: its documented status and message, in the shape
    /// of its table.
    ///
    /// ```
    /// use kakao_errors::fixture::Fixture;
    /// use kakao_errors::mobility::MobilityError;
    ///
    /// let fixture = Fixture::of(&MobilityError::InternalError).message("internal server error");
    /// assert_eq!(fixture.status_code(), 500);
    /// assert_eq!(fixture.body(), br#"{"code":-1,"msg":"internal server error"}"#);
    /// ```
    #[must_use]
    pub fn of<E: KakaoError + 'static>(value: &E) -> Self {
        let code = value.error_code();
        let shape = match catalog::table::<E>() {
            Some(table) => table.shape(),
            None => shape_of(code),
        };
        Self::new(code, shape, value.name(), value.status(), value.message())
    }

    /// The response for a table's entry, as [`of`](Self::of) makes it for the entry's value.
    ///
    /// ```
    /// use kakao_errors::catalog;
    /// use kakao_errors::fixture::Fixture;
    /// use kakao_errors::share::TalkShareError;
    ///
    /// let entry = catalog::find_text("4019").next().unwrap();
    /// let fixture = Fixture::from_entry(&entry);
    /// assert_eq!(fixture, Fixture::of(&TalkShareError::PlatformAuthenticationFailed));
    /// ```
    #[must_use]
    pub fn from_entry(entry: &Entry) -> Self {
        let shape = entry.table().shape();
        Self::new(
            entry.code(),
            shape,
            entry.name(),
            entry.status(),
            entry.message(),
        )
    }

    fn new(code: ErrorCode, shape: Shape, name: &str, status: Option<u16>, message: &str) -> Self {
        let oauth_error = match shape {
            Shape::OAuth => known_error_value(code.number(), name),
            _ => None,
        };
        Self {
            code,
            shape,
            status,
            message: message.to_owned(),
            oauth_error: oauth_error.map_or(OAuthError::InvalidRequest, OAuthError::from),
            api_type: None,
            required_scopes: None,
            allowed_scopes: None,
            retry_after: None,
        }
    }

    /// Sends `status` instead of the documented one.
    #[must_use]
    pub fn status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    /// Sends `message` instead of the documented description (as `msg`, `error_description`
    /// or `error_msg`, as the shape calls it).
    #[must_use]
    pub fn message(mut self, message: impl Into<String>) -> Self {
        self.message = message.into();
        self
    }

    /// Sends `error` as the OAuth `error` value of an OAuth body (ignored in other shapes).
    ///
    /// ```
    /// use kakao_errors::fixture::Fixture;
    /// use kakao_errors::oauth::{KoeError, OAuthError};
    ///
    /// // No `error` value is known for KOE101; a status follows from the one set.
    /// let fixture = Fixture::of(&KoeError::WrongAppKeyOrType).oauth_error(OAuthError::InvalidClient);
    /// assert_eq!(fixture.status_code(), 401);
    /// ```
    #[must_use]
    pub fn oauth_error(mut self, error: impl Into<OAuthError>) -> Self {
        self.oauth_error = error.into();
        self
    }

    /// Sends `api_type` (the API that failed, such as `"TALK_MEMO_DEFAULT_SEND"`) in a REST
    /// body (ignored in other shapes).
    #[must_use]
    pub fn api_type(mut self, api_type: impl Into<String>) -> Self {
        self.api_type = Some(api_type.into());
        self
    }

    /// Sends `required_scopes`, the consent items the request needs, in a REST body (ignored
    /// in other shapes). Kakao sends them with `-402`.
    #[must_use]
    pub fn required_scopes<S: Into<String>>(mut self, scopes: impl IntoIterator<Item = S>) -> Self {
        self.required_scopes = Some(scopes.into_iter().map(Into::into).collect());
        self
    }

    /// Sends `allowed_scopes`, the consent items the app may request, in a REST body (ignored
    /// in other shapes).
    #[must_use]
    pub fn allowed_scopes<S: Into<String>>(mut self, scopes: impl IntoIterator<Item = S>) -> Self {
        self.allowed_scopes = Some(scopes.into_iter().map(Into::into).collect());
        self
    }

    /// Sends a `Retry-After` header of `after`, in whole seconds (rounded up). Only the
    /// [`headers`](Self::headers) carry it (and the `http::Response` of the `http` feature),
    /// not the body.
    #[must_use]
    pub fn retry_after(mut self, after: Duration) -> Self {
        self.retry_after = Some(after);
        self
    }

    /// The code, as Kakao writes it.
    #[must_use]
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// The shape of the body (see the [module docs](self#the-body)).
    #[must_use]
    pub fn shape(&self) -> Shape {
        self.shape
    }

    /// The HTTP status: the one set, the documented one, or the default of the
    /// [module docs](self#the-status) (200 for a route's result, which comes in a directions
    /// answer).
    #[must_use]
    pub fn status_code(&self) -> u16 {
        self.status
            .unwrap_or(match (self.shape, &self.oauth_error) {
                (Shape::Route, _) => ROUTE_STATUS,
                (Shape::OAuth, OAuthError::InvalidClient) => CLIENT_STATUS,
                _ => DEFAULT_STATUS,
            })
    }

    /// The `Retry-After` the headers carry, in whole seconds (rounded up).
    fn retry_after_secs(&self) -> Option<u64> {
        let after = self.retry_after?;
        Some(after.as_secs() + u64::from(after.subsec_nanos() > 0))
    }

    /// The response headers, for a mock server of your own: `content-type` (JSON), then
    /// `retry-after` when set.
    #[must_use]
    pub fn headers(&self) -> Vec<(&'static str, String)> {
        let mut headers = vec![("content-type", CONTENT_TYPE.to_owned())];
        if let Some(seconds) = self.retry_after_secs() {
            headers.push(("retry-after", seconds.to_string()));
        }
        headers
    }

    /// The body: compact JSON, UTF-8.
    #[must_use]
    pub fn body(&self) -> Vec<u8> {
        let mut body = Vec::new();
        // serde_json fails only on an I/O error (there is none writing to a `Vec`), a map key
        // that is not a string, or a value that refuses to be written: every key here is a
        // string and every value a string, a number or a list of strings. So this is always
        // `Ok`; were it not, an empty body beats a panic in the caller's test.
        match self.write_body(&mut serde_json::Serializer::new(&mut body)) {
            Ok(()) => body,
            Err(_) => Vec::new(),
        }
    }

    fn write_body<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        let code = self.code.to_string();
        match self.shape {
            Shape::OAuth => {
                map.serialize_entry("error", self.oauth_error.as_str())?;
                map.serialize_entry("error_description", &self.message)?;
                map.serialize_entry("error_code", &code)?;
            }
            Shape::ErrorMsg => {
                map.serialize_entry("error_code", &code)?;
                map.serialize_entry("error_msg", &self.message)?;
            }
            Shape::ErrorMessage if self.code.prefix().is_empty() => {
                map.serialize_entry("error_code", &self.code.number())?;
                map.serialize_entry("error_message", &self.message)?;
            }
            Shape::ErrorMessage => {
                map.serialize_entry("error_code", &code)?;
                map.serialize_entry("error_message", &self.message)?;
            }
            Shape::Detail { under, msg } => {
                map.serialize_entry("code", &under)?;
                map.serialize_entry("msg", msg)?;
                map.serialize_entry(
                    "extras",
                    &Detail {
                        code: self.code.number(),
                        message: &self.message,
                    },
                )?;
            }
            Shape::Route => {
                map.serialize_entry("trans_id", "fixture")?;
                map.serialize_entry(
                    "routes",
                    &[Route {
                        code: self.code.number(),
                        message: &self.message,
                    }],
                )?;
            }
            _ => {
                map.serialize_entry("code", &self.code.number())?;
                map.serialize_entry("msg", &self.message)?;
                if let Some(api_type) = &self.api_type {
                    map.serialize_entry("api_type", api_type)?;
                }
                let lists = [
                    ("required_scopes", &self.required_scopes),
                    ("allowed_scopes", &self.allowed_scopes),
                ];
                for (key, list) in lists
                    .iter()
                    .filter_map(|(key, list)| Some((key, list.as_ref()?)))
                {
                    map.serialize_entry(key, list)?;
                }
            }
        }
        map.end()
    }

    /// The whole response as an [`http::Response`]: status, headers and body (feature
    /// `http`).
    ///
    /// # Panics
    ///
    /// If the status [set](Self::status) is outside `100..=999`, which no response can have.
    ///
    /// ```
    /// use std::time::Duration;
    ///
    /// use kakao_errors::fixture::Fixture;
    /// use kakao_errors::rest::Common;
    /// use kakao_errors::Remedy;
    ///
    /// let response = Fixture::of(&Common::ApiLimitExceeded)
    ///     .status(429)
    ///     .retry_after(Duration::from_secs(60))
    ///     .http_response();
    /// let e = kakao_errors::http::check(response).unwrap_err();
    /// assert_eq!(e.remedy(), Remedy::Throttled { after: Some(Duration::from_secs(60)) });
    /// ```
    #[cfg(feature = "http")]
    #[cfg_attr(docsrs, doc(cfg(feature = "http")))]
    #[must_use]
    pub fn http_response(&self) -> ::http::Response<Vec<u8>> {
        use ::http::header::{self, HeaderValue};

        let status = self.status_code();
        let mut response = ::http::Response::new(self.body());
        *response.status_mut() = ::http::StatusCode::from_u16(status)
            .unwrap_or_else(|_| panic!("a fixture's status must be in 100..=999, not {status}"));
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(CONTENT_TYPE));
        if let Some(seconds) = self.retry_after_secs() {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

/// The shape of a code's body for a type the catalog does not have: that of the catalog's
/// table whose codes are written with the code's prefix; a plain number's is
/// [`Code`](Shape::Code), and a prefix no table has is an [`OAuth`](Shape::OAuth) body's.
fn shape_of(code: ErrorCode) -> Shape {
    if code.prefix().is_empty() {
        return Shape::Code;
    }
    catalog::text_code_table(&code.to_string()).map_or(Shape::OAuth, Table::shape)
}

/// `extras` of a detail code's body.
struct Detail<'a> {
    code: i32,
    message: &'a str,
}

impl serde::Serialize for Detail<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("detailCode", &self.code)?;
        map.serialize_entry("detailMsg", self.message)?;
        map.end()
    }
}

/// A route of a directions answer.
struct Route<'a> {
    code: i32,
    message: &'a str,
}

impl serde::Serialize for Route<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("result_code", &self.code)?;
        map.serialize_entry("result_msg", self.message)?;
        map.end()
    }
}

/// The OAuth `error` value Kakao sends with code `KOE<number>` for the row called `name`, from
/// the two `KOE` tables.
fn known_error_value(number: i32, name: &str) -> Option<&'static str> {
    fn row<T: KakaoError>(number: i32, name: &str) -> Option<T> {
        T::from_code(number).filter(|row| row.is_documented() && row.name() == name)
    }
    row::<KoeError>(number, name)
        .and_then(|row| row.error_value())
        .or_else(|| row::<BusinessAuthError>(number, name).and_then(|row| row.error_value()))
}

/// A fixture for every code of every table, in the order of [`catalog::TABLES`], with the
/// table's entry for it: one for each [entry](catalog::Table::entries). A code that a table
/// documents once per status (Kakao Moment's `-813`, with 400 and with 429) has one fixture
/// per row, each with its status.
///
/// ```
/// use kakao_errors::fixture;
/// use kakao_errors::catalog::Shape;
///
/// let koe = fixture::every_documented()
///     .filter(|(_, fixture)| fixture.shape() == Shape::OAuth)
///     .count();
/// assert!(koe > 20);
/// ```
pub fn every_documented() -> impl Iterator<Item = (Entry, Fixture)> {
    catalog::TABLES
        .iter()
        .flat_map(catalog::Table::entries)
        .map(|entry| {
            let fixture = Fixture::from_entry(&entry);
            (entry, fixture)
        })
}
