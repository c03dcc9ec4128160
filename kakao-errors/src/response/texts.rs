//! The text a [`ResponseError`](super::ResponseError) keeps, in one buffer.
//!
//! Every string read from a body (message, scopes, API type, ...) is appended to one `String`
//! and remembered as a [`Span`], so a typical error body costs one text allocation however many
//! fields it carries.

use core::fmt::Write as _;

use super::OAuthError;

/// A byte range of [`Texts::buf`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    start: u32,
    end: u32,
}

/// A range of [`Texts::scopes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct List {
    start: u32,
    end: u32,
}

/// The strings read from one body.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Texts {
    pub(crate) buf: String,
    /// REST and JavaScript SDK `msg`; the text after `[code]` of a plain-text body.
    pub(crate) msg: Option<Span>,
    /// OAuth `error_description`.
    pub(crate) description: Option<Span>,
    /// OAuth `error_code` (`KOE...`).
    pub(crate) koe: Option<Span>,
    /// JavaScript SDK `name`.
    pub(crate) name: Option<Span>,
    pub(crate) api_type: Option<Span>,
    /// A code that was present but is not an integer in `i64` (`"abc"`, `1e30`, `-402.5`).
    pub(crate) raw_code: Option<Span>,
    /// The beginning of a body that was not read whole.
    pub(crate) excerpt: Option<Span>,
    pub(crate) scopes: Vec<Span>,
    pub(crate) required_scopes: Option<List>,
    pub(crate) allowed_scopes: Option<List>,
    pub(crate) oauth_error: Option<OAuthError>,
}

impl Texts {
    /// Whether nothing at all was kept (so the texts need not be stored).
    pub(crate) fn is_empty(&self) -> bool {
        self.buf.is_empty()
            && self.msg.is_none()
            && self.description.is_none()
            && self.koe.is_none()
            && self.name.is_none()
            && self.api_type.is_none()
            && self.raw_code.is_none()
            && self.excerpt.is_none()
            && self.required_scopes.is_none()
            && self.allowed_scopes.is_none()
            && self.oauth_error.is_none()
    }

    /// The text of `span` (empty for a span of another buffer, never a panic).
    pub(crate) fn get(&self, span: Span) -> &str {
        self.buf
            .get(span.start as usize..span.end as usize)
            .unwrap_or_default()
    }

    /// The spans of `list`.
    pub(crate) fn list(&self, list: List) -> &[Span] {
        self.scopes
            .get(list.start as usize..list.end as usize)
            .unwrap_or_default()
    }

    /// The position the next scope pushed will have.
    pub(crate) fn scopes_mark(&self) -> Option<u32> {
        u32::try_from(self.scopes.len()).ok()
    }

    /// The scopes pushed since `mark`.
    pub(crate) fn scopes_since(&self, mark: u32) -> Option<List> {
        Some(List {
            start: mark,
            end: self.scopes_mark()?,
        })
    }
}

/// Appends `s` to `buf`; `None` only if the buffer would outgrow `u32` offsets.
pub(crate) fn push(buf: &mut String, s: &str) -> Option<Span> {
    let start = u32::try_from(buf.len()).ok()?;
    let end = u32::try_from(buf.len().checked_add(s.len())?).ok()?;
    buf.push_str(s);
    Some(Span { start, end })
}

/// Appends the `Display` of `value` to `buf`.
pub(crate) fn push_display(buf: &mut String, value: impl core::fmt::Display) -> Option<Span> {
    let start = u32::try_from(buf.len()).ok()?;
    // Writing to a String cannot fail.
    let _ = write!(buf, "{value}");
    let end = u32::try_from(buf.len()).ok()?;
    Some(Span { start, end })
}

/// Appends at most `limit` bytes of text decoded from the beginning of `bytes`: invalid UTF-8
/// becomes U+FFFD, and the text is cut on a character boundary. Reads no more of `bytes` than
/// it needs, so a huge body costs no more than a small one.
pub(crate) fn push_lossy(buf: &mut String, bytes: &[u8], limit: usize) -> Option<Span> {
    let start = u32::try_from(buf.len()).ok()?;
    // Every input byte yields at least one output byte, so `limit` input bytes fill the
    // excerpt; three more let the last character in be whole.
    let window = &bytes[..bytes.len().min(limit.saturating_add(3))];
    let cut_input = window.len() < bytes.len();
    let mut room = limit;
    let mut consumed = 0;
    for chunk in window.utf8_chunks() {
        let valid = chunk.valid();
        let take = floor_char_boundary(valid, room);
        buf.push_str(&valid[..take]);
        room -= take;
        consumed += valid.len();
        if take < valid.len() {
            break;
        }
        let invalid = chunk.invalid();
        if invalid.is_empty() {
            continue;
        }
        consumed += invalid.len();
        // An incomplete sequence at the end of the window may be a character the window cut.
        if cut_input && consumed == window.len() {
            break;
        }
        if room < char::REPLACEMENT_CHARACTER.len_utf8() {
            break;
        }
        buf.push(char::REPLACEMENT_CHARACTER);
        room -= char::REPLACEMENT_CHARACTER.len_utf8();
    }
    let end = u32::try_from(buf.len()).ok()?;
    Some(Span { start, end })
}

/// The largest `n <= max` that is a character boundary of `s`.
fn floor_char_boundary(s: &str, max: usize) -> usize {
    if max >= s.len() {
        return s.len();
    }
    let mut n = max;
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lossy(bytes: &[u8], limit: usize) -> String {
        let mut buf = String::new();
        let span = push_lossy(&mut buf, bytes, limit).unwrap();
        let texts = Texts {
            buf,
            ..Texts::default()
        };
        texts.get(span).to_owned()
    }

    #[test]
    fn lossy_keeps_short_text_whole() {
        assert_eq!(lossy(b"Bad Gateway", 400), "Bad Gateway");
        assert_eq!(lossy(b"", 400), "");
    }

    #[test]
    fn lossy_cuts_on_a_character_boundary() {
        let korean = "내부 서버 오류".as_bytes();
        // Each syllable is three bytes: a limit inside one drops it whole.
        assert_eq!(lossy(korean, 2), "");
        assert_eq!(lossy(korean, 3), "내");
        assert_eq!(lossy(korean, 5), "내");
        assert_eq!(lossy(korean, 6), "내부");
        assert_eq!(lossy(korean, 7), "내부 ");
    }

    #[test]
    fn lossy_replaces_invalid_bytes() {
        assert_eq!(lossy(b"a\xffb\xc3", 400), "a\u{fffd}b\u{fffd}");
        // Each replacement is three bytes of output: the limit counts output bytes.
        let out = lossy(&[0xff; 1000], 400);
        assert!(out.len() <= 400, "{}", out.len());
        assert_eq!(out.chars().count(), 133);
    }

    #[test]
    fn lossy_does_not_replace_a_character_the_window_cut() {
        // A three-byte character straddling the end of the window read.
        let mut body = vec![b'x'; 401];
        body.extend_from_slice("가".as_bytes());
        body.extend_from_slice(&[b'y'; 10]);
        let out = lossy(&body, 400);
        assert_eq!(out, "x".repeat(400));
    }

    #[test]
    fn lossy_reads_only_the_beginning_of_a_huge_body() {
        let body = vec![b'a'; 10 << 20];
        assert_eq!(lossy(&body, 400).len(), 400);
    }
}
