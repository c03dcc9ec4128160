//! The one-line `Display` of a [`ResponseError`], bounded whatever the body, by the
//! [rule](crate::redact); and [`Unredacted`], the same line with the secrets in it.

use core::fmt;

use crate::KakaoError;
use crate::redact::clean;
use crate::response::error::ResponseError;
use crate::response::kind::BodyKind;
use crate::response::limits::{SHOWN_MESSAGE, SHOWN_SHORT};
use crate::rest::ApiError;

/// `source()` is `None`: the typed [`cause`](ResponseError::cause) is a value, not an
/// underlying failure.
impl<E: KakaoError> core::error::Error for ResponseError<E> {}

/// One line, by the [rule](crate::redact): see [`ResponseError`].
impl<E: KakaoError> fmt::Display for ResponseError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_line(f, true)
    }
}

/// A [`ResponseError`] whose `Display` is the same line with the secrets in it (still on one
/// line, escaped and bounded): see [`ResponseError::unredacted`]. Its `Debug` is the error's,
/// redacted.
#[derive(Clone, Copy)]
pub struct Unredacted<'a, E = ApiError>(&'a ResponseError<E>);

impl<E: KakaoError> fmt::Display for Unredacted<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.write_line(f, false)
    }
}

impl<E: KakaoError> fmt::Debug for Unredacted<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Unredacted").field(self.0).finish()
    }
}

impl<E: KakaoError> ResponseError<E> {
    /// A view whose `Display` shows the secrets the body holds, where the error's own
    /// `Display` redacts them (see [Raw on request](crate::redact#raw-on-request)): for a line
    /// that must have them, on purpose. The line is still one line, with the hidden
    /// characters escaped and each text bounded; the accessors give the texts as sent.
    ///
    /// ```
    /// use kakao_errors::response::parse;
    ///
    /// let body = br#"{"error":"invalid_grant","error_description":"authorization code not found for code=Zx9uQ2","error_code":"KOE320"}"#;
    /// let e = parse(400, body);
    /// assert!(e.to_string().ends_with("for code=<redacted>"));
    /// assert!(e.unredacted().to_string().ends_with("for code=Zx9uQ2"));
    /// assert_eq!(e.message(), Some("authorization code not found for code=Zx9uQ2"));
    /// ```
    #[must_use]
    pub fn unredacted(&self) -> Unredacted<'_, E> {
        Unredacted(self)
    }

    /// The one line of `Display`, redacted or not.
    fn write_line(&self, f: &mut fmt::Formatter<'_>, redact: bool) -> fmt::Result {
        let e = self;
        // A text from the body, at most `limit` bytes of it shown.
        let shown = |text, limit| {
            let text = clean(text).max_bytes(limit);
            if redact { text } else { text.unredacted() }
        };
        write!(f, "Kakao API error: HTTP {}", e.status())?;
        match e.kind() {
            BodyKind::Empty => return f.write_str(", empty body"),
            BodyKind::Unreadable => {
                write!(f, ", unreadable body ({} bytes)", e.body_len())?;
                if let Some(excerpt) = e.excerpt() {
                    write!(f, ": {:?}", shown(excerpt, SHOWN_MESSAGE))?;
                }
                return Ok(());
            }
            BodyKind::OAuth => {
                f.write_str(", OAuth error")?;
                if let Some(error) = e.oauth_error_text() {
                    write!(f, " {}", shown(error, SHOWN_SHORT))?;
                }
                if let Some(koe) = e.koe_code() {
                    write!(f, " ({})", shown(koe, SHOWN_SHORT))?;
                }
            }
            BodyKind::JavaScript => {
                if let Some(name) = e.js_error_name() {
                    write!(f, ", {}", shown(name, SHOWN_SHORT))?;
                }
            }
            BodyKind::Dapi => {
                if let Some(error_type) = e.error_type() {
                    write!(f, ", {}", shown(error_type, SHOWN_SHORT))?;
                }
            }
            BodyKind::Kae => {
                if let Some(kae) = e.kae_code() {
                    write!(f, ", {}", shown(kae, SHOWN_SHORT))?;
                }
            }
            BodyKind::Rest | BodyKind::Pay | BodyKind::Text => {}
        }
        let case = e.case();
        // What the line says of the code: the table's row and the case, if any.
        let label = |f: &mut fmt::Formatter<'_>| match (e.documented_cause(), &case) {
            (Some(cause), Some(case)) => write!(f, " ({}; case {})", cause.name(), case.name()),
            (Some(cause), None) => write!(f, " ({})", cause.name()),
            (None, Some(case)) => write!(f, " (undocumented; case {})", case.name()),
            (None, None) => f.write_str(" (undocumented)"),
        };
        // A code sent as text in Kakao Pay's shape (Kakao Talk Certification's `E2003`); the
        // `KOE` and `KAE` codes are written above, with their body's other members.
        let text_code = e
            .text_code()
            .filter(|_| e.code().is_none() && e.kind() == BodyKind::Pay);
        if let Some(code) = e.code() {
            write!(f, ", code {code}")?;
            label(f)?;
        } else if let Some(code) = text_code {
            // The code as sent is what the line is about: never redacted.
            let code = clean(code).max_bytes(SHOWN_SHORT);
            write!(f, ", code {}", code.unredacted())?;
            label(f)?;
        } else if let Some(raw) = e.unparsed_code() {
            // The code as sent is what the line is about: never redacted.
            write!(
                f,
                ", code {:?}",
                clean(raw).max_bytes(SHOWN_SHORT).unredacted()
            )?;
        }
        // A case of a body without a code (an OAuth error, an `errorType`), after its name.
        if let (None, None, Some(case)) = (e.code(), text_code, &case) {
            write!(f, " (case {})", case.name())?;
        }
        if let Some(message) = e.message() {
            // A message kept cut shows the cut, with the length it was sent with.
            let message = shown(message, SHOWN_MESSAGE).cut_from(e.cut_message_len());
            write!(f, ": {message}")?;
        } else if let Some(cause) = e.documented_cause() {
            // The table's own words: nothing to redact.
            let message = clean(cause.message()).max_bytes(SHOWN_MESSAGE);
            write!(f, ": {}", message.unredacted())?;
        }
        if e.broke_off() {
            f.write_str(" (body cut short)")?;
        } else if !e.is_complete() && e.cut_message_len().is_none() {
            f.write_str(" (texts cut)")?;
        }
        Ok(())
    }
}
