//! Safe to print, log and report: the one rule every output of this crate follows, and the
//! tools that apply it, for your own output too.
//!
//! A service logs its errors, returns error reports to its clients and reads them in a
//! terminal. What a Kakao response carries is not fit for that as it comes: Kakao echoes an
//! authorization code in a `KOE320` description, a gateway's error page echoes the request URL
//! with its `access_token`, and any text may hold terminal escape sequences or characters that
//! reorder a line. So everything this crate prints, logs or serializes (`Display`, `Debug` of
//! every public type, `Serialize`) follows this rule:
//!
//! # Redacted by default
//!
//! The value of a secret is replaced by [`REDACTED`] (`<redacted>`), keeping what is around it,
//! so the line still says what happened: `authorization code not found for code=<redacted>`.
//! A secret is found in text by its name:
//!
//! | form | example | what is replaced |
//! |---|---|---|
//! | a URL query or form parameter | `?access_token=abc&code=xyz`, `%3Fcode%3Dxyz` | the value, up to `&`, `#`, a space, a quote or a bracket |
//! | a JSON member, in the text | `"refresh_token":"abc"`, `{\"id_token\": \"abc\"}` | the string (or the bare value) |
//! | `name: value` | `client_secret: abc`, `'pg_token': 'abc'` | the value |
//! | a header in the text | `Set-Cookie: a=b; Path=/`, `Authorization: Bearer abc` | the rest of the line |
//! | a credential after its scheme | `Bearer eyJ0eXAi...`, `KakaoAK 0123abcd...` | the credential: 8 characters or more, not only letters (`Bearer token` is prose), and not an auth-param (`Bearer error="invalid_token"`) |
//!
//! for the names `access_token`, `refresh_token`, `id_token`, `client_secret`, `code`,
//! `pg_token`, `authorization` and `cookie` (and so `set-cookie`), in any ASCII case, as whole
//! words (`error_code`, `authorization_code` and `detailCode` are other names). A value of
//! `code` that reads as an error code (`-402`, `"4019"`, `KOE320`, `KKO_3018`) is kept: it is what
//! the line is about. `null`, `true` and `false` are kept, and so is an empty value.
//!
//! In the serialized form, the value of a JSON member so named ([`SECRET_NAMES`]), at any depth
//! of `other_fields` or `extras`, is the string `"<redacted>"`, whatever it was; a member
//! holding a token is never serialized with its value. Response headers are never printed with
//! their values: `Debug` of the reqwest integration's error lists their names, and a URL is
//! shown without its query (nor user name, password or fragment).
//!
//! What is not redacted: the status, the code (as a number, or as the body writes it), the
//! names and texts of this crate's tables, and a secret nothing names (a bare token in a
//! sentence cannot be told from a word).
//!
//! # Raw on request
//!
//! A program that asks gets the data: every accessor asked by name
//! ([`ResponseError::message`](crate::response::ResponseError::message),
//! [`field`](crate::response::ResponseError::field),
//! [`excerpt`](crate::response::ResponseError::excerpt), the integration error's `url()` and
//! `headers()`, ...) returns what was sent, untouched. A log line does not. Where a raw line
//! is needed (a debugging session on your own machine), opt in explicitly:
//! [`ResponseError::unredacted`](crate::response::ResponseError::unredacted) is a view whose
//! `Display` is the same line with the secrets in it, and [`Clean::unredacted`] writes any
//! text so.
//!
//! # Clean
//!
//! No character that can move the cursor, rewrite a terminal or reorder a line reaches the
//! output unescaped. The hidden characters ([`is_hidden`]) are the control characters (C0,
//! `DEL` and C1, so `ESC [2J` and `ESC ]0;...BEL` too), the line and paragraph separators, the
//! bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F,
//! U+202A..U+202E, U+2066..U+2069), the zero-width and invisible characters (U+180E,
//! U+200B..U+200D, U+2060..U+2064, U+206A..U+206F, U+FEFF, the interlinear annotation marks
//! U+FFF9..U+FFFB) and the tag characters (U+E0000..U+E007F).
//!
//! - `Display` writes each as its Rust escape (`\n`, `\t`, `\u{1b}`, `\u{202e}`), on one line.
//!   A backslash already in the text is written as it is: the line is for reading, and
//!   [`Debug`](core::fmt::Debug) is there for telling the two apart.
//! - `Debug` writes strings with Rust's `Debug` escapes, which escape all of these (and
//!   quotes and backslashes).
//! - The serialized form holds them the same way `Display` writes them, as text (`\u{202e}` is
//!   eight characters of the string): JSON would escape the control characters but not the
//!   others, and a report is read after it is decoded, in a terminal or a web page. Raw JSON
//!   values (`other_fields`, `extras`) are written again with their strings cleaned.
//!
//! # Bounded
//!
//! - `Display` of a parsed response stays under 4 KiB whatever the body: each text is cut at a
//!   budget of bytes, escapes counted, and followed by `…` and its length.
//! - `Debug` of a parsed response shows at most 1 KiB of each text and 16 items of each list,
//!   each cut text followed by `… (N more bytes)`, each cut list by the number of items left;
//!   a few KiB in all (under 16 KiB, `{:#?}` too).
//! - The serialized form always reads back with serde_json's default limits: a raw value nested
//!   more than [`JSON_DEPTH_LIMIT`] deep (in `other_fields` or `extras`) is embedded as a
//!   string of its text (cleaned), as is a raw value serde_json would not read back.
//!
//! # For your own output
//!
//! [`clean`] applies the rule to any text: its `Display`, `Debug` and `Serialize` are the
//! ones described above. With the `serde` and `response` features, [`json`] does for a raw JSON
//! value what the serialized form does for `other_fields`.
//!
//! ```
//! use kakao_errors::redact::clean;
//!
//! let description = "authorization code not found for code=Zx9uQ2";
//! assert_eq!(
//!     clean(description).to_string(),
//!     "authorization code not found for code=<redacted>"
//! );
//! assert_eq!(
//!     clean("\u{1b}]0;owned\u{7} \u{202e}fdp.exe").to_string(),
//!     r"\u{1b}]0;owned\u{7} \u{202e}fdp.exe"
//! );
//! assert_eq!(
//!     format!("{:?}", clean("GET /v2/user/me?access_token=t0k3n&x=1").max_bytes(39)),
//!     r#""GET /v2/user/me?access_token=<redacted>"… (4 more bytes)"#
//! );
//! assert_eq!(clean("code=Zx9uQ2").unredacted().to_string(), "code=Zx9uQ2");
//! ```
// `json` and `JSON_DEPTH_LIMIT` are there with the `serde` and `response` features only (docs.rs
// builds with every feature).
#![cfg_attr(
    not(all(feature = "serde", feature = "response")),
    allow(rustdoc::broken_intra_doc_links)
)]

mod secrets;
mod shown;

#[cfg(all(feature = "serde", feature = "response"))]
mod json;

#[cfg(all(feature = "serde", feature = "response"))]
pub(crate) use json::keeps as json_keeps;
#[cfg(all(feature = "serde", feature = "response"))]
pub use json::{JSON_DEPTH_LIMIT, Json, json};

#[cfg(all(feature = "serde", feature = "response"))]
pub(crate) use shown::needs_cleaning;

// What the `tracing` events let through: a code that reads as an error code, and a request id
// that names no secret.
#[cfg(all(feature = "tracing", feature = "http"))]
pub(crate) use secrets::is_error_code;

/// Whether `text` holds a secret value that the rule redacts.
#[cfg(all(feature = "tracing", feature = "http"))]
pub(crate) fn holds_secret(text: &str) -> bool {
    secrets::next(text, 0, usize::MAX, usize::MAX).is_some()
}

/// The most items of a list `Debug` shows (the others are counted), and the most bytes of
/// each.
pub(crate) const SHOWN_ITEMS: usize = 16;
pub(crate) const SHOWN_ITEM: usize = 96;

/// The most bytes of a text `Debug` shows, of a response or a value that holds its texts.
pub(crate) const SHOWN_TEXT: usize = 1024;

/// What a secret's value is replaced by.
pub const REDACTED: &str = "<redacted>";

/// The names whose values are secrets, as JSON members (compared ignoring ASCII case) and in
/// text (see the [module docs](self) for the forms).
pub const SECRET_NAMES: [&str; 9] = [
    "access_token",
    "refresh_token",
    "id_token",
    "client_secret",
    "code",
    "pg_token",
    "authorization",
    "cookie",
    "set-cookie",
];

/// Whether `name` is one of [`SECRET_NAMES`], ignoring ASCII case.
///
/// ```
/// use kakao_errors::redact::is_secret_name;
///
/// assert!(is_secret_name("access_token"));
/// assert!(is_secret_name("Set-Cookie"));
/// assert!(!is_secret_name("error_code"));
/// ```
#[must_use]
pub fn is_secret_name(name: &str) -> bool {
    SECRET_NAMES
        .iter()
        .any(|secret| secret.eq_ignore_ascii_case(name))
}

/// Whether `c` is a hidden character, written escaped: a control character (C0, `DEL`, C1),
/// a line or paragraph separator, a bidirectional mark, embedding, override or isolate, a
/// zero-width or invisible character, an interlinear annotation mark, or a tag character. See
/// [Clean](self#clean).
///
/// ```
/// use kakao_errors::redact::is_hidden;
///
/// assert!(is_hidden('\u{1b}') && is_hidden('\u{202e}') && is_hidden('\u{200b}'));
/// assert!(!is_hidden('가') && !is_hidden(' ') && !is_hidden('\u{a0}'));
/// ```
#[must_use]
pub const fn is_hidden(c: char) -> bool {
    matches!(
        c,
        '\0'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{61c}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{2028}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{e0000}'..='\u{e007f}'
    )
}

/// `text`, to be written by the rule: secrets redacted, hidden characters escaped, and, with
/// [`max_bytes`](Clean::max_bytes), bounded. See the [module docs](self).
///
/// ```
/// use kakao_errors::redact::clean;
///
/// let line = format!("Kakao said: {}", clean("Set-Cookie: _kawlt=abc; Path=/\nnext"));
/// assert_eq!(line, r"Kakao said: Set-Cookie: <redacted>\nnext");
/// ```
#[must_use]
pub const fn clean(text: &str) -> Clean<'_> {
    Clean {
        text,
        limit: usize::MAX,
        whole_len: None,
        redact: true,
    }
}

/// A text written by the rule: see [`clean`]. Its `Display` is one line (hidden characters as
/// Rust escapes), its `Debug` a quoted string with Rust's escapes, and, with the `serde`
/// feature, it serializes as the `Display` text; all allocation-free.
#[derive(Clone, Copy)]
pub struct Clean<'a> {
    text: &'a str,
    /// The most bytes written of the text (escapes counted, the cut's note not).
    limit: usize,
    /// The length of the whole text, when `text` is only its kept beginning.
    whole_len: Option<usize>,
    redact: bool,
}

impl<'a> Clean<'a> {
    /// At most `limit` bytes of the text are written (escapes counted, a character never cut),
    /// then `… (N bytes)` with the text's length (`Display`) or `… (N more bytes)` with what was
    /// not shown (`Debug`). A secret's value that does not fit is not shown in part.
    ///
    /// ```
    /// use kakao_errors::redact::clean;
    ///
    /// assert_eq!(clean("사용자 동의 필요").max_bytes(9).to_string(), "사용자… (23 bytes)");
    /// ```
    #[must_use]
    pub const fn max_bytes(self, limit: usize) -> Self {
        Self { limit, ..self }
    }

    /// The same text with its secrets in it: still clean and bounded, not redacted. For a
    /// line that must show them (see [Raw on request](self#raw-on-request)).
    #[must_use]
    pub const fn unredacted(self) -> Self {
        Self {
            redact: false,
            ..self
        }
    }

    /// The text is the kept beginning of a longer one, `whole_len` bytes long: the cut is
    /// always shown, with that length.
    #[cfg_attr(not(feature = "response"), allow(dead_code))]
    pub(crate) const fn cut_from(self, whole_len: Option<usize>) -> Self {
        Self { whole_len, ..self }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Clean<'_> {
    /// As a string: the `Display` text.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}
