//! Parsing real Kakao error responses: an HTTP status and a body, into a typed error.
//!
//! [`parse_as`] never fails and never panics. Whatever the body, the [`ResponseError`] it
//! returns keeps the HTTP status and the most the body gives:
//!
//! | [`BodyKind`] | body | kept |
//! |---|---|---|
//! | [`Rest`](BodyKind::Rest) | `{"code": -402, "msg": "...", "required_scopes": [...], "allowed_scopes": [...], "api_type": "..."}` | code (typed and raw), message, scopes, API type |
//! | [`OAuth`](BodyKind::OAuth) | `{"error": "invalid_grant", "error_description": "...", "error_code": "KOE320"}` | [`OAuthError`], description, `KOE` code |
//! | [`JavaScript`](BodyKind::JavaScript) | `{"name": "KAPIError", "msg": "...", "code": -401}` | name, code, message |
//! | [`Text`](BodyKind::Text) | `[-401] domain mismatched! caller=... check out registered web domains.` | code from the brackets, the text after them |
//! | [`Unreadable`](BodyKind::Unreadable) | HTML from a gateway, not UTF-8, not an error object, ... | an [excerpt](ResponseError::excerpt) of at most [`EXCERPT_LIMIT`] bytes |
//! | [`Empty`](BodyKind::Empty) | nothing, or only whitespace | the status |
//!
//! JSON bodies are read once, tolerantly: a missing `msg`, a `code` sent as a string (`"-402"`),
//! `null` fields, fields of an unexpected type, unknown fields, escaped text (`\uXXXX`) and codes
//! outside `i32` (kept as [`code`](ResponseError::code), with no typed cause) are all fine. A
//! JSON body that breaks off (truncated by a proxy, or by a size cap) keeps every field read
//! before the break, plus an excerpt.
//!
//! # Example
//!
//! ```
//! use kakao_errors::oauth::OAuthError;
//! use kakao_errors::response::{BodyKind, parse};
//! use kakao_errors::rest::{ApiError, Common, Login};
//!
//! fn handle(status: u16, body: &[u8]) -> String {
//!     let error = parse(status, body);
//!     match error.kind() {
//!         BodyKind::OAuth => match error.oauth_error() {
//!             Some(OAuthError::InvalidGrant) => "log in again".to_owned(),
//!             _ => format!("authorization failed: {error}"),
//!         },
//!         BodyKind::Unreadable | BodyKind::Empty => format!("gateway said: {:?}", error.excerpt()),
//!         _ => match error.cause() {
//!             Some(ApiError::Login(Login::InsufficientScope)) => {
//!                 let scopes: Vec<&str> = error.required_scopes().into_iter().flatten().collect();
//!                 format!("ask the user to agree to {}", scopes.join(", "))
//!             }
//!             Some(ApiError::Common(Common::InvalidToken)) => "refresh the token".to_owned(),
//!             _ if error.is_retryable() => "try again".to_owned(),
//!             _ => format!("failed: {error}"),
//!         },
//!     }
//! }
//!
//! let body = br#"{"msg":"this access token does not exist","code":-401}"#;
//! assert_eq!(handle(401, body), "refresh the token");
//!
//! let body = br#"{"msg":"\uc0ac\uc6a9\uc790 \ub3d9\uc758 \ud544\uc694","code":-402,
//!     "api_type":"TALK_MEMO_DEFAULT_SEND","allowed_scopes":["profile"],
//!     "required_scopes":["talk_message"]}"#;
//! assert_eq!(handle(403, body), "ask the user to agree to talk_message");
//! let error = parse(403, body);
//! assert_eq!(error.message(), Some("사용자 동의 필요"));
//! assert_eq!(error.api_type(), Some("TALK_MEMO_DEFAULT_SEND"));
//! assert_eq!(
//!     error.to_string(),
//!     "Kakao API error: HTTP 403, code -402 (InsufficientScope): 사용자 동의 필요"
//! );
//!
//! let body = br#"{"error":"invalid_grant","error_description":"authorization code not found for code=abc","error_code":"KOE320"}"#;
//! assert_eq!(handle(400, body), "log in again");
//! assert_eq!(parse(400, body).koe_code(), Some("KOE320"));
//!
//! let error = parse(502, b"<html><body>502 Bad Gateway</body></html>");
//! assert_eq!((error.kind(), error.status()), (BodyKind::Unreadable, 502));
//! assert_eq!(error.excerpt(), Some("<html><body>502 Bad Gateway</body></html>"));
//! assert!(error.is_retryable());
//! ```
//!
//! Any other table (or your own derived enum) works the same through [`parse_as`]:
//!
//! ```
//! use kakao_errors::mobility::MobilityError;
//! use kakao_errors::response::parse_as;
//!
//! let error = parse_as::<MobilityError>(500, br#"{"code": -1, "msg": "internal server error"}"#);
//! assert_eq!(error.cause(), Some(&MobilityError::InternalError));
//! assert!(error.is_retryable());
//! ```

mod json;
mod texts;

use core::fmt;

use crate::KakaoError;
use crate::oauth::OAuthError;
use crate::rest::ApiError;
use crate::share::SubError;

use texts::{Slot, Span, Texts};

/// The most bytes of body text an [excerpt](ResponseError::excerpt) (or the message of a
/// plain-text body) keeps.
pub const EXCERPT_LIMIT: usize = 400;

/// The shape a body was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BodyKind {
    /// A REST API error object: `{"code": -401, "msg": "..."}`, possibly with
    /// `required_scopes`, `allowed_scopes` and `api_type`. Also any JSON object with a `code`
    /// or a `msg` that fits no other shape.
    Rest,
    /// An OAuth error of the Kakao Login authorization server:
    /// `{"error": "...", "error_description": "...", "error_code": "KOE..."}`.
    OAuth,
    /// A JavaScript SDK error: `{"name": "KAPIError", "msg": "...", "code": -401}`.
    JavaScript,
    /// Plain text starting with the code in brackets: `[-401] domain mismatched! ...`. (A body
    /// that is only a bracketed integer, `[-401]`, is read this way too.)
    Text,
    /// Anything else: kept as an [excerpt](ResponseError::excerpt).
    Unreadable,
    /// An empty body (or only whitespace).
    Empty,
}

/// A failed Kakao API response: the HTTP status, and everything the body told.
///
/// Made by [`parse_as`]; see the [module docs](self) for the shapes it reads. `E` is the table
/// the code is looked up in: [`rest::ApiError`](crate::rest::ApiError),
/// [`share::TalkShareError`](crate::share::TalkShareError),
/// [`mobility::MobilityError`](crate::mobility::MobilityError), or your own derived enum.
///
/// `Display` is one line with the status, the code and the message; `source()` is `None`
/// (the typed [`cause`](Self::cause) is a value, not an underlying failure).
#[derive(Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", Line(self))]
pub struct ResponseError<E: KakaoError = ApiError> {
    status: u16,
    kind: BodyKind,
    complete: bool,
    code: Option<i64>,
    cause: Option<E>,
    body_len: usize,
    texts: Texts,
}

/// Parses an error response of the Kakao REST API: the HTTP `status` and the `body` bytes, with
/// the code looked up in [`ApiError`] (every REST table, and a catch-all). Never fails, never
/// panics; see the [module docs](self).
///
/// ```
/// use kakao_errors::response::parse;
/// use kakao_errors::rest::{ApiError, Common};
///
/// let e = parse(400, br#"{"code":-2,"msg":"ProfileId is not a number"}"#);
/// assert_eq!(e.cause(), Some(&ApiError::Common(Common::IllegalParams)));
/// assert_eq!(e.to_string(), "Kakao API error: HTTP 400, code -2 (IllegalParams): ProfileId is not a number");
/// ```
#[must_use]
pub fn parse(status: u16, body: &[u8]) -> ResponseError {
    ResponseError::parse(status, body)
}

/// Parses an error response: the HTTP `status` and the `body` bytes, looking the code up in
/// `E`. Never fails, never panics; see the [module docs](self).
///
/// ```
/// use kakao_errors::KakaoError;
/// use kakao_errors::response::{BodyKind, parse_as};
/// use kakao_errors::share::TalkShareError;
///
/// let e = parse_as::<TalkShareError>(500, br#"{"code":"5005","msg":null,"extra":[1,2]}"#);
/// assert_eq!(e.kind(), BodyKind::Rest);
/// assert_eq!(e.code(), Some(5005));
/// assert_eq!(e.cause(), Some(&TalkShareError::from_code(5005).unwrap()));
/// assert!(e.is_retryable());
/// assert_eq!(e.message(), None);
/// ```
#[must_use]
pub fn parse_as<E: KakaoError>(status: u16, body: &[u8]) -> ResponseError<E> {
    ResponseError::parse(status, body)
}

impl<E: KakaoError> ResponseError<E> {
    /// The same as [`parse_as`]: `status` and `body` of an error response, read into the most
    /// this type can keep. Never fails, never panics.
    #[must_use]
    pub fn parse(status: u16, body: &[u8]) -> Self {
        let start = body
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(body.len());
        let trimmed = &body[start..];
        let trimmed = trimmed.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(trimmed);
        let mut this = Self {
            status,
            kind: BodyKind::Empty,
            complete: true,
            code: None,
            cause: None,
            body_len: body.len(),
            texts: Texts::default(),
        };
        match trimmed.first() {
            None => {}
            Some(b'{') => this.read_json(body, trimmed),
            Some(b'[') if this.read_text(trimmed) => {}
            Some(_) => this.unreadable(body, Texts::default()),
        }
        this
    }

    fn read_json(&mut self, body: &[u8], json: &[u8]) {
        let (collected, complete) = json::collect(json);
        if !collected.found_anything() {
            self.unreadable(body, collected.texts);
            return;
        }
        let oauth = collected.has_oauth_fields();
        let mut texts = collected.texts;
        self.kind = match collected.code {
            json::Code::Absent if oauth => BodyKind::OAuth,
            _ if texts.slot(Slot::Name).is_some() && collected.code != json::Code::Absent => {
                BodyKind::JavaScript
            }
            _ => BodyKind::Rest,
        };
        if let json::Code::Int(code) = collected.code {
            self.set_code(code);
        }
        if !complete {
            self.complete = false;
            let excerpt = texts::push_lossy(&mut texts.buf, body, EXCERPT_LIMIT);
            texts.set(Slot::Excerpt, excerpt);
        }
        self.texts = texts;
    }

    /// Reads `[code] message`; `false` if the text does not start that way.
    fn read_text(&mut self, text: &[u8]) -> bool {
        // The code: an optional sign and at most 24 digits (beyond i64 it is kept raw).
        let Some(close) = text.iter().take(28).position(|&b| b == b']') else {
            return false;
        };
        let Ok(inside) = core::str::from_utf8(&text[1..close]) else {
            return false;
        };
        let inside = inside.trim();
        let digits = inside.strip_prefix(['-', '+']).unwrap_or(inside);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        let mut texts = Texts::default();
        match inside.parse::<i64>() {
            Ok(code) => self.set_code(code),
            Err(_) => {
                let raw = texts::push(&mut texts.buf, inside);
                texts.set(Slot::RawCode, raw);
            }
        }
        let rest = &text[close + 1..];
        let from = rest
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(rest.len());
        let rest = &rest[from..];
        let end = rest
            .iter()
            .rposition(|b| !b.is_ascii_whitespace())
            .map_or(0, |i| i + 1);
        let msg = texts::push_lossy(&mut texts.buf, &rest[..end], EXCERPT_LIMIT);
        texts.set(Slot::Msg, msg);
        self.kind = BodyKind::Text;
        self.texts = texts;
        true
    }

    fn unreadable(&mut self, body: &[u8], mut texts: Texts) {
        // Keep nothing half-read from a body that gave no known field (but reuse its buffer).
        texts.clear();
        let excerpt = texts::push_lossy(&mut texts.buf, body, EXCERPT_LIMIT);
        texts.set(Slot::Excerpt, excerpt);
        self.kind = BodyKind::Unreadable;
        self.complete = false;
        self.texts = texts;
    }

    fn set_code(&mut self, code: i64) {
        self.code = Some(code);
        self.cause = i32::try_from(code).ok().and_then(E::from_code);
    }

    /// The HTTP status of the response.
    #[must_use]
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The shape the body was read as.
    #[must_use]
    pub fn kind(&self) -> BodyKind {
        self.kind
    }

    /// The code as sent (REST, JavaScript SDK, or in the brackets of a plain-text body), when
    /// it is an integer that fits `i64`: a JSON number, or a string holding one (`"-402"`).
    /// A code that fits no table (or not even `i32`) is still given here.
    #[must_use]
    pub fn code(&self) -> Option<i64> {
        self.code
    }

    /// A code that was sent but is not an integer in `i64` (`"abc"`, `-402.5`,
    /// `1e30`), as text. `None` when [`code`](Self::code) has it, or when there is no code.
    #[must_use]
    pub fn unparsed_code(&self) -> Option<&str> {
        self.texts.text(Slot::RawCode)
    }

    /// The code looked up in `E`: a documented variant, or `E`'s catch-all for a code it does
    /// not list (when `E` has one). `None` when there is no code, it is outside `i32`, or `E`
    /// has no catch-all and does not list it.
    #[must_use]
    pub fn cause(&self) -> Option<&E> {
        self.cause.as_ref()
    }

    /// The typed cause, if it is one `E` documents (not its catch-all).
    #[must_use]
    pub fn documented_cause(&self) -> Option<&E> {
        self.cause.as_ref().filter(|c| !c.__is_catch_all())
    }

    /// The typed cause, by value.
    #[must_use]
    pub fn into_cause(self) -> Option<E> {
        self.cause
    }

    /// The body's message: `msg` (REST, JavaScript SDK), `error_description` (OAuth), or the
    /// text after `[code]` of a plain-text body. Not the documentation's description: see
    /// [`cause`](Self::cause) for that.
    #[must_use]
    pub fn message(&self) -> Option<&str> {
        self.texts
            .text(Slot::Msg)
            .or_else(|| self.texts.text(Slot::Description))
    }

    /// Whether sending the same request again may succeed: the documented cause's
    /// [`is_retryable`](KakaoError::is_retryable); without one (no code, or a code `E` does not
    /// document), `true` only for a 502 or 504 whose body Kakao did not write (a gateway's HTML
    /// page, an empty body), since the request may never have reached Kakao.
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        match self.documented_cause() {
            Some(cause) => cause.is_retryable(),
            None => {
                matches!(self.kind, BodyKind::Unreadable | BodyKind::Empty)
                    && matches!(self.status, 502 | 504)
            }
        }
    }

    /// What to do, from the documented cause's [`solution`](KakaoError::solution).
    #[must_use]
    pub fn solution(&self) -> Option<&'static str> {
        self.documented_cause().and_then(KakaoError::solution)
    }

    /// The scopes the request needs that the user has not agreed to (`required_scopes` of a
    /// -402 body), in the order sent.
    ///
    /// ```
    /// use kakao_errors::share::TalkShareError;
    /// use kakao_errors::response::parse_as;
    ///
    /// let e = parse_as::<TalkShareError>(403, br#"{"code":-402,"required_scopes":["talk_message"]}"#);
    /// assert_eq!(e.required_scopes().unwrap().collect::<Vec<_>>(), ["talk_message"]);
    /// ```
    #[must_use]
    pub fn required_scopes(&self) -> Option<Scopes<'_>> {
        Scopes::new(&self.texts, Slot::RequiredScopes)
    }

    /// The scopes the app may request (`allowed_scopes` of a -402 body), in the order sent.
    #[must_use]
    pub fn allowed_scopes(&self) -> Option<Scopes<'_>> {
        Scopes::new(&self.texts, Slot::AllowedScopes)
    }

    /// The `api_type` of a REST body (for example `"OAUTH"`).
    #[must_use]
    pub fn api_type(&self) -> Option<&str> {
        self.texts.text(Slot::ApiType)
    }

    /// The OAuth `error` value.
    #[must_use]
    pub fn oauth_error(&self) -> Option<&OAuthError> {
        self.texts.oauth_error.as_ref()
    }

    /// The Kakao Login error code of an OAuth body (`error_code`, for example `"KOE320"`).
    #[must_use]
    pub fn koe_code(&self) -> Option<&str> {
        self.texts.text(Slot::Koe)
    }

    /// The `name` of a JavaScript SDK error (for example `"KAPIError"`).
    #[must_use]
    pub fn js_error_name(&self) -> Option<&str> {
        self.texts.text(Slot::Name)
    }

    /// The Talk Share 4019 sub-error this response shows, told apart by its message (see
    /// [`SubError::from_message`]): looked for in a body with code 4019, and in OAuth,
    /// JavaScript SDK and plain-text bodies, which is how the three sub-errors arrive.
    ///
    /// ```
    /// use kakao_errors::response::parse_as;
    /// use kakao_errors::share::{SubError, TalkShareError};
    ///
    /// let body = b"[-401] domain mismatched! caller=https://xx. check out registered web domains.";
    /// let e = parse_as::<TalkShareError>(401, body);
    /// assert_eq!(e.share_sub_error(), Some(SubError::DomainMismatched));
    /// assert!(e.to_string().contains("domain mismatched"));
    /// ```
    #[must_use]
    pub fn share_sub_error(&self) -> Option<SubError> {
        let looked_for = self.code == Some(4019)
            || matches!(
                self.kind,
                BodyKind::OAuth | BodyKind::JavaScript | BodyKind::Text
            );
        if !looked_for {
            return None;
        }
        [Slot::Msg, Slot::Description, Slot::Koe]
            .into_iter()
            .filter_map(|slot| self.texts.text(slot))
            .find_map(SubError::from_message)
    }

    /// The beginning of the body (at most [`EXCERPT_LIMIT`] bytes, cut on a character boundary,
    /// invalid UTF-8 replaced by U+FFFD), for a body that was not read whole: every
    /// [`Unreadable`](BodyKind::Unreadable) body, and a JSON body that broke off after some of
    /// its fields (see [`is_complete`](Self::is_complete)).
    #[must_use]
    pub fn excerpt(&self) -> Option<&str> {
        self.texts.text(Slot::Excerpt)
    }

    /// Whether the body was read whole as its [`kind`](Self::kind); `false` for an unreadable
    /// body and for a JSON body that broke off (truncated, or with trailing bytes), whose
    /// [`excerpt`](Self::excerpt) is then kept.
    #[must_use]
    pub fn is_complete(&self) -> bool {
        self.complete
    }

    /// The length of the body, in bytes.
    #[must_use]
    pub fn body_len(&self) -> usize {
        self.body_len
    }
}

/// The scopes of a body, in the order sent: see [`ResponseError::required_scopes`].
#[derive(Clone)]
pub struct Scopes<'a> {
    texts: &'a Texts,
    spans: core::slice::Iter<'a, Span>,
}

impl<'a> Scopes<'a> {
    fn new(texts: &'a Texts, slot: Slot) -> Option<Self> {
        Some(Self {
            texts,
            spans: texts.list(slot)?.iter(),
        })
    }
}

impl<'a> Iterator for Scopes<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let texts = self.texts;
        self.spans.next().map(|&span| texts.get(span))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.spans.size_hint()
    }
}

impl DoubleEndedIterator for Scopes<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let texts = self.texts;
        self.spans.next_back().map(|&span| texts.get(span))
    }
}

impl ExactSizeIterator for Scopes<'_> {}

impl core::iter::FusedIterator for Scopes<'_> {}

impl fmt::Debug for Scopes<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

impl<E: KakaoError> fmt::Debug for ResponseError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("ResponseError");
        d.field("status", &self.status).field("kind", &self.kind);
        if let Some(code) = self.code {
            d.field("code", &code);
        }
        if let Some(raw) = self.unparsed_code() {
            d.field("unparsed_code", &raw);
        }
        if let Some(cause) = &self.cause {
            d.field("cause", cause);
        }
        if let Some(message) = self.message() {
            d.field("message", &message);
        }
        if let Some(scopes) = self.required_scopes() {
            d.field("required_scopes", &scopes);
        }
        if let Some(scopes) = self.allowed_scopes() {
            d.field("allowed_scopes", &scopes);
        }
        if let Some(api_type) = self.api_type() {
            d.field("api_type", &api_type);
        }
        if let Some(error) = self.oauth_error() {
            d.field("oauth_error", error);
        }
        if let Some(koe) = self.koe_code() {
            d.field("koe_code", &koe);
        }
        if let Some(name) = self.js_error_name() {
            d.field("js_error_name", &name);
        }
        if let Some(excerpt) = self.excerpt() {
            d.field("excerpt", &excerpt);
        }
        d.field("body_len", &self.body_len)
            .field("complete", &self.complete)
            .finish()
    }
}

/// The one-line `Display` of a [`ResponseError`].
struct Line<'a, E: KakaoError>(&'a ResponseError<E>);

impl<E: KakaoError> fmt::Display for Line<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let e = self.0;
        write!(f, "Kakao API error: HTTP {}", e.status)?;
        match e.kind {
            BodyKind::Empty => return f.write_str(", empty body"),
            BodyKind::Unreadable => {
                write!(f, ", unreadable body ({} bytes)", e.body_len)?;
                if let Some(excerpt) = e.excerpt() {
                    write!(f, ": {excerpt:?}")?;
                }
                return Ok(());
            }
            BodyKind::OAuth => {
                if let Some(error) = e.oauth_error() {
                    write!(f, ", OAuth error {}", OneLine(error.as_str()))?;
                } else {
                    f.write_str(", OAuth error")?;
                }
                if let Some(koe) = e.koe_code() {
                    write!(f, " ({})", OneLine(koe))?;
                }
            }
            BodyKind::JavaScript => {
                if let Some(name) = e.js_error_name() {
                    write!(f, ", {}", OneLine(name))?;
                }
            }
            BodyKind::Rest | BodyKind::Text => {}
        }
        if let Some(code) = e.code {
            write!(f, ", code {code}")?;
            match e.documented_cause() {
                Some(cause) => write!(f, " ({})", cause.name())?,
                None => f.write_str(" (undocumented)")?,
            }
        } else if let Some(raw) = e.unparsed_code() {
            write!(f, ", code {raw:?}")?;
        }
        if let Some(sub) = e.share_sub_error() {
            write!(f, " [Talk Share 4019: {}]", sub.title())?;
        }
        if let Some(message) = e.message() {
            write!(f, ": {}", OneLine(message))?;
        } else if let Some(cause) = e.documented_cause() {
            write!(f, ": {}", OneLine(cause.message()))?;
        }
        if !e.complete {
            f.write_str(" (body cut short)")?;
        }
        Ok(())
    }
}

/// Text with line breaks and other control characters shown as spaces, to keep one line.
struct OneLine<'a>(&'a str);

impl fmt::Display for OneLine<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(char::is_control) {
            f.write_str(&rest[..at])?;
            f.write_str(" ")?;
            let width = rest[at..].chars().next().map_or(1, char::len_utf8);
            rest = &rest[at + width..];
        }
        f.write_str(rest)
    }
}
