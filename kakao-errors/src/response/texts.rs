//! The text a [`ResponseError`](super::ResponseError) keeps, in two allocations at most.
//!
//! Every string read from a body (message, scopes, API type, ...) is appended to one `String`
//! and remembered as a [`Span`] of it. The spans live in one `Vec`: first a fixed [`Slot`] for
//! each field, then the scopes. So a typical error body costs one text allocation and one span
//! allocation however many fields it carries, and nothing at all when it carries no text.

use core::fmt::Write as _;

use crate::oauth::OAuthError;

/// A byte range of [`Texts::buf`], or (for a scope list's slot) a range of the span list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    start: u32,
    end: u32,
}

impl Span {
    /// An empty slot.
    const NONE: Self = Self {
        start: u32::MAX,
        end: u32::MAX,
    };
}

/// The fields kept as text, each at a fixed index of the span list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slot {
    /// REST and JavaScript SDK `msg`; the text after `[code]` of a plain-text body.
    Msg,
    /// OAuth `error_description`.
    Description,
    /// OAuth `error_code` (`KOE...`).
    Koe,
    /// JavaScript SDK `name`.
    Name,
    ApiType,
    /// A code that was present but is not an integer in `i64` (`"abc"`, `1e30`, `-402.5`).
    RawCode,
    /// The beginning of a body that was not read whole.
    Excerpt,
    /// The range of the span list holding `required_scopes`.
    RequiredScopes,
    /// The range of the span list holding `allowed_scopes`.
    AllowedScopes,
}

/// How many slots precede the scopes in the span list.
const SLOTS: usize = Slot::AllowedScopes as usize + 1;

/// The strings read from one body.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Texts {
    pub(crate) buf: String,
    /// Empty while no slot is set; then `SLOTS` slots, then the scopes.
    spans: Vec<Span>,
    pub(crate) oauth_error: Option<OAuthError>,
}

impl Texts {
    /// Whether no field was kept.
    pub(crate) fn is_empty(&self) -> bool {
        self.spans.is_empty() && self.oauth_error.is_none()
    }

    /// Forgets every field, keeping the buffer's allocation.
    pub(crate) fn clear(&mut self) {
        self.buf.clear();
        self.spans.clear();
        self.oauth_error = None;
    }

    fn ensure_slots(&mut self) {
        if self.spans.is_empty() {
            // Room for a few scopes too, so a -402 body needs no second allocation.
            self.spans.reserve_exact(SLOTS + 4);
            self.spans.resize(SLOTS, Span::NONE);
        }
    }

    /// The span in `slot`, if set.
    pub(crate) fn slot(&self, slot: Slot) -> Option<Span> {
        self.spans
            .get(slot as usize)
            .copied()
            .filter(|&span| span != Span::NONE)
    }

    /// Sets `slot` to `span`; `None` leaves it as it was (a repeated key keeps its last value).
    pub(crate) fn set(&mut self, slot: Slot, span: Option<Span>) {
        if let Some(span) = span {
            self.ensure_slots();
            self.spans[slot as usize] = span;
        }
    }

    /// Empties `slot`.
    pub(crate) fn unset(&mut self, slot: Slot) {
        if let Some(span) = self.spans.get_mut(slot as usize) {
            *span = Span::NONE;
        }
    }

    /// The text of `slot`, if set.
    pub(crate) fn text(&self, slot: Slot) -> Option<&str> {
        self.slot(slot).map(|span| self.get(span))
    }

    /// The text of `span` (empty for a span of another buffer, never a panic).
    pub(crate) fn get(&self, span: Span) -> &str {
        self.buf
            .get(span.start as usize..span.end as usize)
            .unwrap_or_default()
    }

    /// The scope spans of the list in `slot`, if set.
    pub(crate) fn list(&self, slot: Slot) -> Option<&[Span]> {
        let range = self.slot(slot)?;
        self.spans.get(range.start as usize..range.end as usize)
    }

    /// The position the next scope pushed will have.
    pub(crate) fn scopes_mark(&mut self) -> Option<u32> {
        self.ensure_slots();
        u32::try_from(self.spans.len()).ok()
    }

    /// Adds one scope to the list being read.
    pub(crate) fn push_scope(&mut self, span: Span) {
        self.ensure_slots();
        self.spans.push(span);
    }

    /// The scopes pushed since `mark`, as a value for a list slot.
    pub(crate) fn scopes_since(&self, mark: u32) -> Option<Span> {
        Some(Span {
            start: mark,
            end: u32::try_from(self.spans.len()).ok()?,
        })
    }
}

/// Appends `s` to `buf`; `None` only if the buffer would outgrow `u32` offsets.
pub(crate) fn push(buf: &mut String, s: &str) -> Option<Span> {
    let start = u32::try_from(buf.len()).ok()?;
    let end = u32::try_from(buf.len().checked_add(s.len())?)
        .ok()
        .filter(|&end| end < u32::MAX)?;
    buf.push_str(s);
    Some(Span { start, end })
}

/// Appends the `Display` of `value` to `buf`.
pub(crate) fn push_display(buf: &mut String, value: impl core::fmt::Display) -> Option<Span> {
    let start = u32::try_from(buf.len()).ok()?;
    // Writing to a String cannot fail.
    let _ = write!(buf, "{value}");
    let end = u32::try_from(buf.len())
        .ok()
        .filter(|&end| end < u32::MAX)?;
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
    let end = u32::try_from(buf.len())
        .ok()
        .filter(|&end| end < u32::MAX)?;
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
        let mut texts = Texts::default();
        let span = push_lossy(&mut texts.buf, bytes, limit);
        texts.set(Slot::Excerpt, span);
        texts.text(Slot::Excerpt).unwrap().to_owned()
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
