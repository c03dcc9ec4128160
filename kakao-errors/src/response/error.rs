//! [`ResponseError`]: what a failed response said.

use core::fmt;
use core::time::Duration;

use crate::KakaoError;
use crate::TextList;
use crate::catalog::Family;
use crate::channel::KaeError;
use crate::oauth::{KoeError, OAuthError};
use crate::read::scan;
use crate::redact::clean;
use crate::response::headers::HeaderInfo;
use crate::response::kind::BodyKind;
use crate::response::limits::{SHOWN_MESSAGE, SHOWN_SHORT, searched};
use crate::response::list::Fields;
use crate::response::rules::members::{self, BodyTexts};
use crate::response::rules::shape::{self, Kept};
use crate::response::rules::text_codes::TextCodeRow;
use crate::rest::ApiError;
use crate::share::SubError;

/// A failed Kakao API response: the HTTP status, and everything the body told.
///
/// Made by [`parse_as`](crate::response::parse_as); see the [module docs](crate::response) for
/// the shapes it reads. `E` is the table the code is looked up in:
/// [`rest::ApiError`](crate::rest::ApiError),
/// [`share::TalkShareError`](crate::share::TalkShareError),
/// [`mobility::MobilityError`](crate::mobility::MobilityError), or your own derived enum.
///
/// `Display` is one line with the status, the code and the message, under 4 KiB whatever the
/// body: a long message or field is cut on a character boundary and followed by `…` and its
/// length in bytes. `source()` is `None` (the typed [`cause`](Self::cause) is a value, not an
/// underlying failure).
///
/// `Display`, `Debug` and the serialized form follow the [rule](crate::redact) of everything
/// this crate prints: the secrets a body carries (the authorization code Kakao echoes in a
/// `KOE320` description, a token in a gateway's page) are `<redacted>`, control, bidirectional
/// and invisible characters are escaped, and each is bounded (`Debug` shows at most 1 KiB of
/// each text). The accessors give the texts as sent, and [`unredacted`](Self::unredacted) is a
/// `Display` with the secrets in it, for a line that must have them.
///
/// ```
/// use kakao_errors::response::parse;
///
/// let body = br#"{"error":"invalid_grant","error_description":"authorization code not found for code=Zx9uQ2","error_code":"KOE320"}"#;
/// let e = parse(400, body);
/// assert_eq!(
///     e.to_string(),
///     "Kakao API error: HTTP 400, OAuth error invalid_grant (KOE320): authorization code not found for code=<redacted>"
/// );
/// assert!(!format!("{e:?}").contains("Zx9uQ2"));
/// assert!(!serde_json::to_string(&e).unwrap().contains("Zx9uQ2"));
/// assert!(e.message().unwrap().ends_with("code=Zx9uQ2"));
/// ```
///
/// # Serialized form
///
/// With the `serde` feature, a `ResponseError` serializes as one object, a report for logs,
/// storage and error-report endpoints. Every key is always present, in this order, `null` when
/// the response did not give it:
///
/// | key | value |
/// |---|---|
/// | `status` | the HTTP status |
/// | `kind` | the [`BodyKind`], as [`BodyKind::as_str`] |
/// | `code` | [`code`](Self::code) |
/// | `unparsed_code` | [`unparsed_code`](Self::unparsed_code) |
/// | `name` | the cause's variant name ([`KakaoError::name`]), the catch-all's too |
/// | `documented` | whether the cause is one `E` documents ([`documented_cause`](Self::documented_cause)) |
/// | `case` | the name of the response's [case](Self::case), where it has one |
/// | `remedy` | [`remedy`](Self::remedy), as an object: `name` ([`Remedy::as_str`](crate::Remedy::as_str)) and `after`, the wait in seconds a waiting remedy carries (`null` without one) |
/// | `retry_after` | [`retry_after`](Self::retry_after), in seconds (rounded up; a date is counted from when the error is serialized) |
/// | `request_id` | [`request_id`](Self::request_id), the id to quote to Kakao |
/// | `message` | [`message`](Self::message) |
/// | `required_scopes`, `allowed_scopes` | the lists, as arrays of strings (as [`required_scopes`](Self::required_scopes) gives them: without items that are not strings, at most [`LIST_LIMIT`](crate::response::LIST_LIMIT)) |
/// | `api_type` | [`api_type`](Self::api_type) |
/// | `oauth_error` | the OAuth `error`, as sent (an unknown value as [`oauth_error`](Self::oauth_error) keeps it: past [`EXCERPT_LIMIT`](crate::response::EXCERPT_LIMIT) bytes, cut, and the member is in `other_fields` too) |
/// | `koe_code`, `kae_code` | [`koe_code`](Self::koe_code), [`kae_code`](Self::kae_code) |
/// | `error_type` | [`error_type`](Self::error_type) |
/// | `js_error_name` | [`js_error_name`](Self::js_error_name) |
/// | `extras` | [`extras`](Self::extras), embedded as JSON (not as a string) |
/// | `other_fields` | an object of every other top-level member of a JSON body, each embedded as sent (first of each name): unknown members, and known ones whose value the keys above do not show whole (a `msg` that is a number, a list with an item that is not a string or with more than [`LIST_LIMIT`](crate::response::LIST_LIMIT) items). `{}` when there are none, `null` for a body that is not a JSON object |
/// | `excerpt` | [`excerpt`](Self::excerpt) |
/// | `complete` | [`is_complete`](Self::is_complete) |
/// | `body_len` | [`body_len`](Self::body_len) |
///
/// The strings from the response (the message, the excerpt, the codes and names it sent, the
/// scopes, the request id) are written by the [rule](crate::redact): secrets redacted, hidden
/// characters written as their escapes (`\u{202e}` as text). The code (`code`,
/// `unparsed_code`) is never redacted.
///
/// Raw values (`extras`, `other_fields`) are embedded through serde_json's `RawValue` (which
/// other data formats see as a one-field struct) by [`redact::json`](crate::redact::json): as
/// sent, except that a member named as a secret (`access_token`, `code`, ...; at any depth,
/// top-level members of `other_fields` too) has the value `"<redacted>"`, and a string with a
/// secret or a hidden character is written cleaned. A value serde_json would not read back
/// (only in a damaged body: not valid JSON, a lone surrogate such as `"\ud800"`, a number
/// beyond `f64` such as `1e400`), or nested more than
/// [`JSON_DEPTH_LIMIT`](crate::redact::JSON_DEPTH_LIMIT) deep, is embedded as a string of its
/// text (cleaned) instead: the output always reads back, with serde_json's default recursion
/// limit too.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use kakao_errors::response::parse;
///
/// let body = br#"{"msg":"[talk_message] scope is required.","code":-402,"api_type":"TALK_MEMO_DEFAULT_SEND","allowed_scopes":["profile_nickname"],"required_scopes":["talk_message"],"request_id":"8f2e"}"#;
/// let json = serde_json::to_string_pretty(&parse(403, body)).unwrap();
/// assert_eq!(json, r#"{
///   "status": 403,
///   "kind": "rest",
///   "code": -402,
///   "unparsed_code": null,
///   "name": "InsufficientScope",
///   "documented": true,
///   "case": null,
///   "remedy": {
///     "name": "request_consent",
///     "after": null
///   },
///   "retry_after": null,
///   "request_id": null,
///   "message": "[talk_message] scope is required.",
///   "required_scopes": [
///     "talk_message"
///   ],
///   "allowed_scopes": [
///     "profile_nickname"
///   ],
///   "api_type": "TALK_MEMO_DEFAULT_SEND",
///   "oauth_error": null,
///   "koe_code": null,
///   "kae_code": null,
///   "error_type": null,
///   "js_error_name": null,
///   "extras": null,
///   "other_fields": {
///     "request_id": "8f2e"
///   },
///   "excerpt": null,
///   "complete": true,
///   "body_len": 184
/// }"#);
/// # }
/// ```
///
/// The request id and `Retry-After` come from the response's headers, through the `http` and
/// reqwest integrations (the `request_id` member above is a body's, kept in `other_fields`).
// `Display` is in `display.rs`. The serialized form's links lead to the `serde` feature's items.
#[cfg_attr(not(feature = "serde"), allow(rustdoc::broken_intra_doc_links))]
#[derive(Clone, PartialEq, Eq)]
pub struct ResponseError<E = ApiError> {
    status: u16,
    kind: BodyKind,
    kept: Kept,
    /// The length of the message as sent, in bytes (at most `u32::MAX`), when it was kept cut
    /// ([`Kept::TextCut`]); 0 otherwise.
    message_len: u32,
    code: Option<i64>,
    cause: Option<E>,
    body_len: usize,
    texts: BodyTexts,
    /// `Retry-After` and the request id, when a response had them (see `headers.rs`).
    headers: Option<Box<HeaderInfo>>,
}

impl<E: KakaoError> ResponseError<E> {
    /// `status` and `body` of an error response, read into the most this type can keep (what
    /// [`parse_as`](crate::response::parse_as) does). Never fails, never panics.
    pub(crate) fn parse(status: u16, body: &[u8]) -> Self {
        let read = shape::read_body(body);
        // The status picks the row of a code documented once per status (Kakao Moment's -813).
        let mut cause = read
            .code
            .and_then(|code| i32::try_from(code).ok())
            .and_then(|code| E::from_code_and_status(code, status));
        // A table of prefixed codes (`KOE320`, `KAE004`), or a wrapper of such tables and plain
        // ones, finds its cause in the body's `error_code` text: its code as written, before any
        // number the body also has. (A table of plain codes alone has none to find: a constant.)
        if !E::CODE_PREFIX.is_empty() || !crate::__private::writes_one_way::<E>() {
            if let Some(written) = read
                .texts
                .text(members::ERROR_CODE)
                .and_then(E::from_code_str)
            {
                cause = Some(written);
            }
        }
        // Built last, in one piece: the value is written where the caller wants it, not
        // built and then copied there.
        Self {
            status,
            kind: read.kind,
            kept: read.kept,
            message_len: read.message_len,
            code: read.code,
            cause,
            body_len: body.len(),
            headers: None,
            texts: read.texts,
        }
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

    /// The code as sent, when it is an integer that fits `i64`: a JSON integer, a number whose
    /// decimal text is exactly an integer (`-402.0`, `-4.02e2`; decided by its digits, never
    /// through a float: `-402.00000000000001` is no integer), or a string holding an integer
    /// (`"-402"`); from `code` (REST, JavaScript SDK), from the brackets of a plain-text body,
    /// or from Kakao Pay's `error_code` (when there is no `code`). A code that fits no table
    /// (or not even `i32`) is still given here.
    ///
    /// ```
    /// use kakao_errors::response::parse;
    ///
    /// assert_eq!(parse(403, br#"{"code":-4.02e2}"#).code(), Some(-402));
    /// let e = parse(403, br#"{"code":-402.00000000000001}"#);
    /// assert_eq!((e.code(), e.unparsed_code()), (None, Some("-402.00000000000001")));
    /// ```
    #[must_use]
    pub fn code(&self) -> Option<i64> {
        self.code
    }

    /// A `code` that was sent but is not an integer in `i64` (`"abc"`, `-402.5`, `1e400`,
    /// `-9223372036854775809`), as sent (a string's text, a number's digits). `None` when
    /// [`code`](Self::code) has it, or when there is no code.
    #[must_use]
    pub fn unparsed_code(&self) -> Option<&str> {
        self.texts.text(members::CODE)
    }

    /// The code looked up in `E` with the response's HTTP status (which picks the row of a
    /// code documented once per status, such as Kakao Moment's -813): a documented variant, or
    /// `E`'s catch-all for a code it does not list (when `E` has one). `None` when there is no
    /// code, it is outside `i32`, or `E` has no catch-all and does not list it. For a table of
    /// prefixed codes (`parse_as::<KoeError>`), the body's `error_code` (`KOE320`) is the code.
    ///
    /// ```
    /// use kakao_errors::oauth::KoeError;
    /// use kakao_errors::response::parse_as;
    ///
    /// let body = br#"{"error":"invalid_grant","error_description":"x","error_code":"KOE320"}"#;
    /// let e = parse_as::<KoeError>(400, body);
    /// assert_eq!(e.documented_cause(), Some(&KoeError::AuthorizationCodeNotFound));
    /// assert!(e.solution().is_some());
    /// ```
    #[must_use]
    pub fn cause(&self) -> Option<&E> {
        self.cause.as_ref()
    }

    /// The typed cause, if it is one `E` documents (not its catch-all).
    #[must_use]
    pub fn documented_cause(&self) -> Option<&E> {
        self.cause.as_ref().filter(|c| c.is_documented())
    }

    /// The typed cause, by value.
    #[must_use]
    pub fn into_cause(self) -> Option<E> {
        self.cause
    }

    /// The body's message: `msg` (REST, JavaScript SDK), `error_description` (OAuth),
    /// `error_message` (Kakao Pay), `error_msg` (`KAE` errors), `message` (search and Local
    /// APIs), the first of these the body has; or the text after `[code]` of a plain-text
    /// body. Not the documentation's description: see [`cause`](Self::cause) for that.
    ///
    /// As sent, with any secret it echoes (an authorization code, a token) and any control
    /// character: the outputs of this type [redact and escape](crate::redact) it, this
    /// accessor does not.
    #[must_use]
    pub fn message(&self) -> Option<&str> {
        self.texts.message()
    }

    /// What to do, in the documentation's words: the documented cause's
    /// [`solution`](KakaoError::solution); without one, that of the row of Kakao Login's or
    /// Kakao Talk Channel's table that documents the body's `KOE` or `KAE` code.
    #[must_use]
    pub fn solution(&self) -> Option<&'static str> {
        match self.documented_cause() {
            Some(cause) => cause.solution(),
            None => self.text_code_row().and_then(|row| row.solution()),
        }
    }

    /// The documented row of the body's [`text_code`](Self::text_code) in the catalog's table
    /// of its prefix (Kakao Login's for `KOE`, Kakao Talk Channel's for `KAE`, Kakao Talk
    /// Certification's for `E`), if one documents it.
    pub(crate) fn text_code_row(&self) -> Option<TextCodeRow> {
        self.text_code().and_then(TextCodeRow::of)
    }

    /// The scopes the request needs that the user has not agreed to (`required_scopes` of a
    /// -402 body), in the order sent (at most [`LIST_LIMIT`](crate::response::LIST_LIMIT) of
    /// them, and only the items that are strings; [`field`](Self::field) gives the list as
    /// sent).
    ///
    /// ```
    /// use kakao_errors::share::TalkShareError;
    /// use kakao_errors::response::parse_as;
    ///
    /// let e = parse_as::<TalkShareError>(403, br#"{"code":-402,"required_scopes":["talk_message"]}"#);
    /// assert_eq!(e.required_scopes().unwrap().collect::<Vec<_>>(), ["talk_message"]);
    /// ```
    #[must_use]
    pub fn required_scopes(&self) -> Option<TextList<'_>> {
        self.texts.text_list(members::REQUIRED_SCOPES)
    }

    /// The scopes the app may request (`allowed_scopes` of a -402 body), in the order sent.
    #[must_use]
    pub fn allowed_scopes(&self) -> Option<TextList<'_>> {
        self.texts.text_list(members::ALLOWED_SCOPES)
    }

    /// The users a message could not be sent to (`receiver_ids`, sent with Kakao Talk
    /// Message's failures to send to friends), in the order sent.
    ///
    /// ```
    /// use kakao_errors::response::parse;
    ///
    /// let e = parse(400, br#"{"code":-532,"msg":"daily limit exceeded","receiver_ids":["abc","def"]}"#);
    /// assert_eq!(e.receiver_ids().unwrap().collect::<Vec<_>>(), ["abc", "def"]);
    /// ```
    #[must_use]
    pub fn receiver_ids(&self) -> Option<TextList<'_>> {
        self.texts.text_list(members::RECEIVER_IDS)
    }

    /// The `api_type` of a REST body (for example `"OAUTH"`).
    #[must_use]
    pub fn api_type(&self) -> Option<&str> {
        self.texts.text(members::API_TYPE)
    }

    /// The OAuth `error` value. A value that is not one of [`OAuthError::VARIANTS`] is kept in
    /// [`OAuthError::Other`] as sent, up to its first
    /// [`EXCERPT_LIMIT`](crate::response::EXCERPT_LIMIT) bytes (cut on a character boundary:
    /// real values are short words); [`field("error")`](Self::field) has a longer one whole.
    #[must_use]
    pub fn oauth_error(&self) -> Option<&OAuthError> {
        self.texts.oauth_error()
    }

    /// The OAuth `error` value as sent, whole (for `Display`).
    pub(crate) fn oauth_error_text(&self) -> Option<&str> {
        self.texts.text(members::ERROR)
    }

    /// The code sent as text in `error_code`, as sent: Kakao Login's `"KOE320"`, Kakao Talk
    /// Channel's `"KAE001"`, Kakao Talk Certification's `"E2001"`, or any other text code.
    /// Which table it belongs to is the catalog's table of its prefix
    /// ([`catalog::text_code_table`](crate::catalog::text_code_table)).
    #[must_use]
    pub fn text_code(&self) -> Option<&str> {
        self.texts.text_code()
    }

    /// The Kakao Login error code (`error_code` sent as text, for example `"KOE320"`): a
    /// [`text_code`](Self::text_code) of Kakao Login's tables, or of no table at all (an
    /// OAuth server's code this crate does not know the prefix of).
    #[must_use]
    pub fn koe_code(&self) -> Option<&str> {
        self.texts.text_code_of(Family::Login, true)
    }

    /// The `KAE` code of an error of Kakao Talk Channel or app APIs (`error_code` sent as text
    /// starting with `KAE`, in any case, for example `"KAE001"`), as sent.
    ///
    /// ```
    /// use kakao_errors::response::{BodyKind, parse};
    ///
    /// let e = parse(400, br#"{"error_code":"KAE001","error_msg":"invalid app key"}"#);
    /// assert_eq!((e.kind(), e.kae_code()), (BodyKind::Kae, Some("KAE001")));
    /// assert_eq!(e.message(), Some("invalid app key"));
    /// ```
    #[must_use]
    pub fn kae_code(&self) -> Option<&str> {
        self.texts.text_code_of(Family::Channel, false)
    }

    /// The Kakao Login error code of an OAuth body, looked up in Kakao Login's `KOE` table:
    /// its documented row (cause, solution, remedy), or the table's catch-all keeping the
    /// number of a code it does not list. `None` without a `KOE` code. For a Business
    /// Authentication flow, use [`koe_as`](Self::koe_as) with
    /// [`BusinessAuthError`](crate::oauth::BusinessAuthError).
    ///
    /// ```
    /// use kakao_errors::{KakaoError, Remedy};
    /// use kakao_errors::oauth::KoeError;
    /// use kakao_errors::response::parse;
    ///
    /// let body = br#"{"error":"invalid_grant","error_description":"expired_or_invalid_refresh_token","error_code":"KOE322"}"#;
    /// let koe = parse(400, body).koe().unwrap();
    /// assert_eq!(koe.error_code().to_string(), "KOE322");
    /// assert_eq!(koe.remedy(), Remedy::Relogin);
    /// assert!(koe.solution().is_some());
    /// ```
    #[must_use]
    pub fn koe(&self) -> Option<KoeError> {
        self.koe_as()
    }

    /// The Kakao Login error code looked up in `T`, a table of `KOE` codes.
    #[must_use]
    pub fn koe_as<T: KakaoError>(&self) -> Option<T> {
        self.koe_code().and_then(T::from_code_str)
    }

    /// The `KAE` code looked up in Kakao Talk Channel's table: its documented row, or the
    /// table's catch-all keeping the number. `None` without a `KAE` code.
    ///
    /// ```
    /// use kakao_errors::KakaoError;
    /// use kakao_errors::response::parse;
    ///
    /// let e = parse(400, br#"{"error_code":"KAE001","error_msg":"internal error"}"#);
    /// assert_eq!(e.kae().unwrap().error_code().to_string(), "KAE001");
    /// ```
    #[must_use]
    pub fn kae(&self) -> Option<KaeError> {
        self.kae_code().and_then(KaeError::from_code_str)
    }

    /// The `errorType` of an error of the search, Local and other `dapi.kakao.com` APIs (for
    /// example `"AccessDeniedError"`).
    ///
    /// ```
    /// use kakao_errors::response::parse;
    ///
    /// let e = parse(401, br#"{"errorType":"AccessDeniedError","message":"wrong appKey(null) format"}"#);
    /// assert_eq!(e.error_type(), Some("AccessDeniedError"));
    /// assert_eq!(e.message(), Some("wrong appKey(null) format"));
    /// ```
    #[must_use]
    pub fn error_type(&self) -> Option<&str> {
        self.texts.text(members::ERROR_TYPE)
    }

    /// The `name` of a JavaScript SDK error (for example `"KAPIError"`).
    #[must_use]
    pub fn js_error_name(&self) -> Option<&str> {
        self.texts.text(members::NAME)
    }

    /// The `extras` member, as sent (raw JSON: `{"detailCode":21006,...}`): Kakao Moment's
    /// detail code and message, Kakao Pay's `method_result_code`, ... The same as
    /// [`field("extras")`](Self::field).
    ///
    /// ```
    /// use kakao_errors::response::parse;
    ///
    /// let body = r#"{"code": -813, "msg": "KakaoMomentException", "extras": {"detailCode": 21006, "detailMsg": "존재하지 않는 광고계정입니다."}}"#;
    /// let e = parse(400, body.as_bytes());
    /// assert_eq!(e.extras(), Some(r#"{"detailCode": 21006, "detailMsg": "존재하지 않는 광고계정입니다."}"#));
    /// assert_eq!(e.detail_code(), Some(21006));
    /// assert_eq!(e.detail_msg(), Some("존재하지 않는 광고계정입니다."));
    /// ```
    #[must_use]
    pub fn extras(&self) -> Option<&str> {
        self.field("extras")
    }

    /// A member of [`extras`](Self::extras), as sent (raw JSON), like [`field`](Self::field).
    ///
    /// ```
    /// use kakao_errors::response::{BodyKind, parse};
    ///
    /// let body = br#"{"error_code":-780,"error_message":"approval failure!","extras":{"method_result_code":"USER_LOCKED","method_result_message":"..."}}"#;
    /// let e = parse(400, body);
    /// assert_eq!((e.kind(), e.code()), (BodyKind::Pay, Some(-780)));
    /// assert_eq!(e.extra("method_result_code"), Some(r#""USER_LOCKED""#));
    /// ```
    #[must_use]
    pub fn extra(&self, name: &str) -> Option<&str> {
        scan::find_member(self.extras()?, name)
    }

    /// `extras.detailCode` (Kakao Moment), when it is an integer (or a string holding one).
    #[must_use]
    pub fn detail_code(&self) -> Option<i64> {
        let text = self.texts.text(members::DETAIL_CODE)?.trim();
        text.parse().ok()
    }

    /// `extras.detailMsg` (Kakao Moment).
    #[must_use]
    pub fn detail_msg(&self) -> Option<&str> {
        self.texts.text(members::DETAIL_MSG)
    }

    /// The raw JSON text of the top-level member `name` of a JSON object body, exactly as sent
    /// (from its first byte to its last, without the whitespace around it): no member is ever
    /// lost, whatever this crate reads or not. A name sent twice gives its first member (the
    /// typed accessors keep the first value too). `None` for a body that is not a JSON object
    /// and for a member cut off by the end of the body.
    ///
    /// It looks the member up in the kept body text each time (no index is built); bytes of the
    /// body that were not UTF-8 are U+FFFD here. As sent, secrets included (the serialized
    /// form's `other_fields` [redacts](crate::redact) them).
    ///
    /// ```
    /// use kakao_errors::response::parse;
    ///
    /// let body = br#"{"code":-532,"msg":"limit","receiver_ids":["abc", "def"],"retry_in": 3600}"#;
    /// let e = parse(400, body);
    /// assert_eq!(e.field("receiver_ids"), Some(r#"["abc", "def"]"#));
    /// assert_eq!(e.field("retry_in"), Some("3600"));
    /// assert_eq!(e.field("msg"), Some(r#""limit""#));
    /// assert_eq!(e.field("missing"), None);
    /// ```
    #[must_use]
    pub fn field(&self, name: &str) -> Option<&str> {
        scan::find_member(self.texts.json()?, name)
    }

    /// Every top-level member of a JSON object body, in the order sent (a name sent twice
    /// appears twice): its name (decoded) and its raw JSON text, as [`field`](Self::field)
    /// gives it. Empty for a body that is not a JSON object.
    ///
    /// ```
    /// use kakao_errors::response::parse;
    ///
    /// let e = parse(400, br#"{"code":-2,"msg":"bad","x-trace":[1,2]}"#);
    /// let names: Vec<_> = e.fields().map(|(name, _)| name).collect();
    /// assert_eq!(names, ["code", "msg", "x-trace"]);
    /// ```
    #[must_use]
    pub fn fields(&self) -> Fields<'_> {
        Fields::new(self.texts.json().unwrap_or_default())
    }

    /// The Talk Share 4019 sub-error this response shows, reading it as the answer to a Kakao
    /// Talk Share call: a sub-error is told apart by its message (see
    /// [`SubError::from_message`], in the first 1024 bytes of the message, the OAuth
    /// `error_description` and the `error_code`), looked for in a body with code 4019, in a
    /// body with code -401 (REST, JavaScript SDK or plain text), and in an OAuth body, which is
    /// how the three sub-errors arrive.
    ///
    /// `Display` names a Talk Share case only for a response whose row is Talk Share's 4019
    /// (see [`case`](Self::case)): the same messages come from other products too (an OAuth
    /// `misconfigured` body is a Kakao Login error first, a `-401` a REST API error), so only a
    /// caller that knows the response came from Talk Share should read them this way.
    ///
    /// ```
    /// use kakao_errors::response::{parse, parse_as};
    /// use kakao_errors::share::{SubError, TalkShareError};
    ///
    /// let body = b"[-401] domain mismatched! caller=https://xx. check out registered web domains.";
    /// let e = parse_as::<TalkShareError>(401, body);
    /// assert_eq!(e.share_sub_error(), Some(SubError::DomainMismatched));
    /// // `Display` names the REST API's -401 case, whose row the code is.
    /// assert!(e.to_string().contains("(undocumented; case DomainMismatched)"));
    ///
    /// let e = parse(401, br#"{"code":-401,"msg":"domain mismatched! caller=https://xx"}"#);
    /// assert_eq!(e.share_sub_error(), Some(SubError::DomainMismatched));
    /// assert!(!e.to_string().contains("Talk Share"));
    /// ```
    #[must_use]
    pub fn share_sub_error(&self) -> Option<SubError> {
        let looked_for = match self.kind {
            BodyKind::OAuth => true,
            BodyKind::Rest | BodyKind::JavaScript | BodyKind::Text => {
                matches!(self.code, Some(4019 | -401))
            }
            _ => self.code == Some(4019),
        };
        if !looked_for {
            return None;
        }
        [self.message(), self.koe_code()]
            .into_iter()
            .flatten()
            .find_map(|text| SubError::from_message(searched(text)))
    }

    /// The case this response is: a row under its code that what it says beyond the code
    /// picks (its HTTP status, `extras.detailCode`, a phrase of its message, a sub-code), where
    /// a page documents one; see [`case`](crate::case) for the rows and how one is found. Only a
    /// case of the response's own row: Kakao Talk Share's 4019 cases for a Talk Share 4019, the
    /// REST API's `-401` cases for a `-401`, never the one for the other.
    ///
    /// ```
    /// use kakao_errors::Remedy;
    /// use kakao_errors::response::parse;
    ///
    /// let body = br#"{"msg":"template_type (messageType: 'kakaolink/memo API') is invalid. please use 'message API' messageType.","code":-2}"#;
    /// let e = parse(400, body);
    /// let case = e.case().unwrap();
    /// assert_eq!(case.name(), "TemplatePurposeNotSet");
    /// assert_eq!(e.remedy(), Remedy::FixAppSettings);
    /// assert!(e.to_string().contains("(IllegalParams; case TemplatePurposeNotSet)"));
    /// ```
    #[must_use]
    pub fn case(&self) -> Option<crate::case::Case> {
        use crate::case::Key;

        let own = self.documented_cause().map(Key::row);
        let text_code = self.text_code_row().map(|row| row.key());
        // Every Kakao API answers the REST API's common codes: a code `E` does not document
        // may still be one of theirs.
        let rest = match own {
            Some(_) => None,
            None => self
                .code
                .and_then(|code| i32::try_from(code).ok())
                .and_then(|code| ApiError::__lookup(code, Some(self.status)))
                .map(|row| Key::row(&row)),
        };
        let oauth = self.oauth_error_text().map(Key::OAuth);
        let error_type = self.error_type().map(Key::ErrorType);
        let facts = crate::case::Facts {
            status: self.status,
            texts: [self.message().map(searched), self.koe_code()],
            detail_code: self.detail_code(),
            sub_code: self.extra("method_result_code").and_then(json_string),
        };
        crate::case::find(
            [own, text_code, rest, oauth, error_type]
                .into_iter()
                .flatten(),
            &facts,
        )
    }

    /// The beginning of the body (at most [`EXCERPT_LIMIT`](crate::response::EXCERPT_LIMIT)
    /// bytes, cut on a character boundary, invalid UTF-8 replaced by U+FFFD), for a body that
    /// was not kept whole: every [`Unreadable`](BodyKind::Unreadable) body, a JSON body that
    /// broke off after some of its fields (or was read only in part, past a gibibyte), and a
    /// body with a text kept cut (see [`is_complete`](Self::is_complete)).
    #[must_use]
    pub fn excerpt(&self) -> Option<&str> {
        self.texts.text(members::EXCERPT)
    }

    /// Whether everything the body said was read and kept, as its [`kind`](Self::kind);
    /// `false` for an unreadable body, for a JSON body that broke off (truncated, with
    /// trailing bytes, or longer than a gibibyte: only its beginning is read), and for a body
    /// with a text kept cut to bound memory (the message of a plain-text body past
    /// [`EXCERPT_LIMIT`](crate::response::EXCERPT_LIMIT) bytes; a string decoded past the room
    /// the decoded strings get, see the [module docs](crate::response)). The
    /// [`excerpt`](Self::excerpt) is then kept, and `Display` shows the message's cut, or says
    /// the body was cut short or its texts were cut.
    #[must_use]
    pub fn is_complete(&self) -> bool {
        self.kept == Kept::All
    }

    /// Whether the body broke off, or was not read as an error body (for `Display`).
    pub(crate) fn broke_off(&self) -> bool {
        self.kept == Kept::BrokeOff
    }

    /// The length in bytes of the message's whole text, when it was kept cut (for
    /// `Display`): a JSON string's as decoded (each bad escape and each run of bytes that are
    /// not UTF-8 counted as the U+FFFD that stands for it); a plain-text body's message as
    /// sent, in bytes.
    pub(crate) fn cut_message_len(&self) -> Option<usize> {
        (self.message_len > 0).then_some(self.message_len as usize)
    }

    /// The length of the body, in bytes.
    #[must_use]
    pub fn body_len(&self) -> usize {
        self.body_len
    }

    /// What the body gave, in Kakao's terms (for the serialized form).
    #[cfg(feature = "serde")]
    pub(crate) fn body_texts(&self) -> &BodyTexts {
        &self.texts
    }

    /// How long to wait before sending the request again, from the response's `Retry-After`
    /// header (sent with 429 and 503, for example); `None` without one, or if it is neither of
    /// its two forms.
    ///
    /// - A number of seconds (`Retry-After: 120`) is given as sent (at most 2^31 seconds, about
    ///   68 years: a larger number reads as that).
    /// - A date (`Retry-After: Wed, 21 Oct 2026 07:28:00 GMT`, or the obsolete RFC 850 and C
    ///   `asctime` forms) gives the time from now, when this is called, until that date, by
    ///   this machine's clock; zero once it has passed, and at most 2^31 seconds.
    ///
    /// Only the `http` and reqwest integrations see headers: an error made by
    /// [`parse`](crate::response::parse) from a status and a body has no `Retry-After`.
    ///
    /// ```
    /// # #[cfg(feature = "http")] {
    /// use std::time::Duration;
    ///
    /// let response = http::Response::builder()
    ///     .status(429)
    ///     .header("retry-after", "120")
    ///     .body(r#"{"code":-10,"msg":"API limit has been exceeded."}"#)
    ///     .unwrap();
    /// let e = kakao_errors::http::check(response).unwrap_err();
    /// assert_eq!(e.retry_after(), Some(Duration::from_secs(120)));
    /// # }
    /// ```
    #[must_use]
    pub fn retry_after(&self) -> Option<Duration> {
        self.headers.as_deref()?.retry_after()
    }

    /// The id the server gave this request, to quote when asking Kakao about it: the value of
    /// the first of [`REQUEST_ID_HEADERS`](crate::response::REQUEST_ID_HEADERS) the response
    /// has, if it is 1 to 128 bytes of visible ASCII once leading and trailing whitespace is
    /// trimmed (any other value is ignored, and the next name tried).
    ///
    /// As with [`retry_after`](Self::retry_after), only the `http` and reqwest integrations see
    /// headers.
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        self.headers.as_deref()?.request_id()
    }

    /// Keeps the `Retry-After` value and the request id of `headers`, replacing any kept
    /// before; allocates nothing when the headers have neither.
    #[cfg(feature = "http")]
    pub(crate) fn set_headers(&mut self, headers: &::http::HeaderMap) {
        self.headers = HeaderInfo::from_headers(headers);
    }
}

/// The text of `raw`, a JSON string without escapes (`"USER_LOCKED"`); `None` for anything
/// else.
fn json_string(raw: &str) -> Option<&str> {
    raw.strip_prefix('"')?
        .strip_suffix('"')
        .filter(|text| !text.contains(['\\', '"']))
}

/// The fields the body gave, by the [rule](crate::redact): each text redacted, escaped and cut
/// at 1 KiB (a short one at 96 bytes), each list at 16 items; a few KiB in all.
impl<E: KakaoError> fmt::Debug for ResponseError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = |text| clean(text).max_bytes(SHOWN_MESSAGE);
        let short = |text| clean(text).max_bytes(SHOWN_SHORT);
        let mut d = f.debug_struct("ResponseError");
        d.field("status", &self.status).field("kind", &self.kind);
        if let Some(code) = self.code {
            d.field("code", &code);
        }
        if let Some(raw) = self.unparsed_code() {
            // The code as sent: never redacted.
            d.field("unparsed_code", &short(raw).unredacted());
        }
        if let Some(cause) = &self.cause {
            d.field("cause", cause);
        }
        if let Some(message) = self.message() {
            d.field("message", &text(message).cut_from(self.cut_message_len()));
        }
        let lists = [
            ("required_scopes", self.required_scopes()),
            ("allowed_scopes", self.allowed_scopes()),
            ("receiver_ids", self.receiver_ids()),
        ];
        for (name, list) in lists {
            if let Some(list) = list {
                d.field(name, &list);
            }
        }
        if let Some(error) = self.oauth_error() {
            d.field("oauth_error", error);
        }
        let shorts = [
            ("api_type", self.api_type()),
            ("koe_code", self.koe_code()),
            ("kae_code", self.kae_code()),
            ("error_type", self.error_type()),
            ("js_error_name", self.js_error_name()),
        ];
        for (name, value) in shorts {
            if let Some(value) = value {
                d.field(name, &short(value));
            }
        }
        for (name, value) in [("extras", self.extras()), ("excerpt", self.excerpt())] {
            if let Some(value) = value {
                d.field(name, &text(value));
            }
        }
        if let Some(after) = self.retry_after() {
            d.field("retry_after", &after);
        }
        if let Some(id) = self.request_id() {
            d.field("request_id", &short(id));
        }
        d.field("body_len", &self.body_len)
            .field("complete", &self.is_complete())
            .finish()
    }
}
