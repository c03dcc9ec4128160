//! The one-line `Display` of a [`ResponseError`], bounded whatever the body.

use core::fmt;

use crate::KakaoError;
use crate::read::texts::floor_char_boundary;
use crate::response::error::ResponseError;
use crate::response::kind::BodyKind;
use crate::response::limits::{SHOWN_MESSAGE, SHOWN_SHORT};

/// One line: see [`ResponseError`].
impl<E: KakaoError> fmt::Display for ResponseError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let e = self;
        write!(f, "Kakao API error: HTTP {}", e.status())?;
        match e.kind() {
            BodyKind::Empty => return f.write_str(", empty body"),
            BodyKind::Unreadable => {
                write!(f, ", unreadable body ({} bytes)", e.body_len())?;
                if let Some(excerpt) = e.excerpt() {
                    // At most EXCERPT_LIMIT bytes, each escaped to at most a few characters.
                    write!(f, ": {excerpt:?}")?;
                }
                return Ok(());
            }
            BodyKind::OAuth => {
                f.write_str(", OAuth error")?;
                if let Some(error) = e.oauth_error_text() {
                    write!(f, " {}", Shown::new(error, SHOWN_SHORT))?;
                }
                if let Some(koe) = e.koe_code() {
                    write!(f, " ({})", Shown::new(koe, SHOWN_SHORT))?;
                }
            }
            BodyKind::JavaScript => {
                if let Some(name) = e.js_error_name() {
                    write!(f, ", {}", Shown::new(name, SHOWN_SHORT))?;
                }
            }
            BodyKind::Dapi => {
                if let Some(error_type) = e.error_type() {
                    write!(f, ", {}", Shown::new(error_type, SHOWN_SHORT))?;
                }
            }
            BodyKind::Kae => {
                if let Some(kae) = e.kae_code() {
                    write!(f, ", {}", Shown::new(kae, SHOWN_SHORT))?;
                }
            }
            BodyKind::Rest | BodyKind::Pay | BodyKind::Text => {}
        }
        let case = e.case();
        if let Some(code) = e.code() {
            write!(f, ", code {code}")?;
            match (e.documented_cause(), &case) {
                (Some(cause), Some(case)) => {
                    write!(f, " ({}; case {})", cause.name(), case.name())?
                }
                (Some(cause), None) => write!(f, " ({})", cause.name())?,
                (None, Some(case)) => write!(f, " (undocumented; case {})", case.name())?,
                (None, None) => f.write_str(" (undocumented)")?,
            }
        } else if let Some(raw) = e.unparsed_code() {
            let shown = floor_char_boundary(raw, SHOWN_SHORT);
            write!(f, ", code {:?}", &raw[..shown])?;
            if shown < raw.len() {
                write!(f, "… ({} bytes)", raw.len())?;
            }
        }
        // A case of a body without a code (an OAuth error, an `errorType`), after its name.
        if let (None, Some(case)) = (e.code(), &case) {
            write!(f, " (case {})", case.name())?;
        }
        if let Some(message) = e.message() {
            // A message kept cut shows the cut, with the length it was sent with.
            let shown = Shown {
                cut_from: e.cut_message_len(),
                ..Shown::new(message, SHOWN_MESSAGE)
            };
            write!(f, ": {shown}")?;
        } else if let Some(cause) = e.documented_cause() {
            write!(f, ": {}", Shown::new(cause.message(), SHOWN_MESSAGE))?;
        }
        if e.broke_off() {
            f.write_str(" (body cut short)")?;
        } else if !e.is_complete() && e.cut_message_len().is_none() {
            f.write_str(" (texts cut)")?;
        }
        Ok(())
    }
}

/// At most `limit` bytes of `text` on one line (control characters and Unicode's line and
/// paragraph separators shown as spaces), then, if that is not all of the text, `…` and its
/// length in bytes. A text kept cut (`cut_from: Some(len)`, the length of its whole text)
/// always shows the cut.
struct Shown<'a> {
    text: &'a str,
    limit: usize,
    cut_from: Option<usize>,
}

impl<'a> Shown<'a> {
    /// `text`, kept whole.
    fn new(text: &'a str, limit: usize) -> Self {
        Self {
            text,
            limit,
            cut_from: None,
        }
    }
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Self {
            text,
            limit,
            cut_from,
        } = *self;
        let shown = floor_char_boundary(text, limit);
        let mut rest = &text[..shown];
        while let Some(at) = rest.find(breaks_line) {
            f.write_str(&rest[..at])?;
            f.write_str(" ")?;
            let width = rest[at..].chars().next().map_or(1, char::len_utf8);
            rest = &rest[at + width..];
        }
        f.write_str(rest)?;
        match cut_from {
            Some(len) => write!(f, "… ({len} bytes)")?,
            None if shown < text.len() => write!(f, "… ({} bytes)", text.len())?,
            None => {}
        }
        Ok(())
    }
}

/// Whether a log reader may start a new line at `c`: a control character (`\n`, `\r`, NEL,
/// ...), or U+2028 and U+2029, which JSON strings carry unescaped.
fn breaks_line(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}')
}
