//! Writing a text by the rule: [`Clean`]'s `Display` (one line, hidden characters escaped) and
//! `Debug` (quoted, with Rust's escapes), each within a budget of bytes, with the secret values
//! replaced. Nothing here allocates.

use core::fmt::{self, Write as _};

use super::{Clean, REDACTED, is_hidden, secrets};
use crate::utf8::floor_char_boundary;

/// How far past its start a value's end is looked for when the output is bounded: a value
/// longer than this (no token is) is taken to run to the end of the text, which is then not
/// shown. Unbounded output looks as far as the text goes.
const REACH: usize = 4 << 10;

/// The bytes that start a hidden character, or may: the C0 controls and `DEL`, and the lead
/// bytes of the hidden characters past ASCII (U+0080..U+009F, U+061C, U+180E, the U+2000
/// block, U+FEFF and U+FFF9.., U+E0000..). Every other byte is passed over with one load.
const MAY_HIDE: [bool; 256] = {
    let mut may = [false; 256];
    let mut b = 0;
    while b < 256 {
        may[b] = b < 0x20 || matches!(b, 0x7f | 0xc2 | 0xd8 | 0xe1 | 0xe2 | 0xef | 0xf3);
        b += 1;
    }
    may
};

/// The first hidden character of `s` (see [`is_hidden`]), and its offset.
pub(crate) fn find_hidden(s: &str) -> Option<(usize, char)> {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !MAY_HIDE[usize::from(bytes[i])] {
            i += 1;
            continue;
        }
        // `i` is a character's first byte: no lead byte above is a continuation byte.
        let c = s[i..].chars().next()?;
        if is_hidden(c) {
            return Some((i, c));
        }
        i += c.len_utf8();
    }
    None
}

/// Whether writing `text` by the rule changes it: it has a hidden character, or a secret.
#[cfg(all(feature = "serde", feature = "response"))]
pub(crate) fn needs_cleaning(text: &str) -> bool {
    find_hidden(text).is_some() || secrets::next(text, 0, usize::MAX, usize::MAX).is_some()
}

/// The end of what to write next from `at`: the start of the next secret, if any (and the
/// secret).
fn next_secret(clean: &Clean<'_>, at: usize, left: usize) -> Option<core::ops::Range<usize>> {
    if !clean.redact {
        return None;
    }
    let reach = if clean.limit == usize::MAX {
        usize::MAX
    } else {
        REACH
    };
    // A name that starts `left` bytes on or later cannot be reached: what comes before it
    // fills the budget.
    secrets::next(clean.text, at, at.saturating_add(left), reach)
}

/// One line within a budget of bytes.
struct Line<'a, 'b> {
    f: &'a mut fmt::Formatter<'b>,
    left: usize,
    /// Something did not fit.
    full: bool,
}

impl Line<'_, '_> {
    /// `s` with its hidden characters escaped, as much of it as fits.
    fn text(&mut self, mut s: &str) -> fmt::Result {
        while !s.is_empty() && !self.full {
            let (plain, hidden) = match find_hidden(s) {
                Some((at, c)) => (&s[..at], Some(c)),
                None => (s, None),
            };
            self.fitting(plain)?;
            let Some(c) = hidden else { break };
            if self.full {
                break;
            }
            let escaped = c.escape_debug();
            if escaped.len() > self.left {
                self.full = true;
                break;
            }
            self.left -= escaped.len();
            for e in escaped {
                self.f.write_char(e)?;
            }
            s = &s[plain.len() + c.len_utf8()..];
        }
        Ok(())
    }

    /// `s` (nothing in it to escape), cut to what fits.
    fn fitting(&mut self, s: &str) -> fmt::Result {
        let shown = floor_char_boundary(s, self.left);
        self.left -= shown;
        if shown < s.len() {
            self.full = true;
        }
        self.f.write_str(&s[..shown])
    }
}

impl fmt::Display for Clean<'_> {
    /// The text on one line: secrets replaced by `<redacted>`, each hidden character written
    /// as its Rust escape (`\n`, `\u{1b}`, `\u{202e}`); at most the bytes set by
    /// [`max_bytes`](Self::max_bytes), then `…` and the text's length.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.text;
        let mut line = Line {
            f,
            left: self.limit,
            full: false,
        };
        let mut at = 0;
        while at < text.len() && !line.full {
            let secret = next_secret(self, at, line.left);
            let end = secret.as_ref().map_or(text.len(), |s| s.start);
            line.text(&text[at..end])?;
            at = end;
            let Some(secret) = secret else { break };
            if line.full {
                break;
            }
            if REDACTED.len() > line.left {
                line.full = true;
                break;
            }
            line.left -= REDACTED.len();
            line.f.write_str(REDACTED)?;
            at = secret.end;
        }
        let all = !line.full && at >= text.len();
        match self.whole_len {
            Some(len) => write!(line.f, "… ({len} bytes)"),
            None if !all => write!(line.f, "… ({} bytes)", text.len()),
            None => Ok(()),
        }
    }
}

/// The bytes `c` takes in a `Debug` string (at most: a combining mark past a string's start
/// is not escaped).
fn debug_width(c: char) -> usize {
    match c {
        '"' | '\\' => 2,
        '\'' => 1,
        c => match c.escape_debug().len() {
            1 => c.len_utf8(),
            n => n,
        },
    }
}

/// The ASCII bytes `Debug` writes as they are: printable, neither a quote nor a backslash.
const PLAIN: [bool; 256] = {
    let mut plain = [false; 256];
    let mut b = 0x20;
    while b < 0x7f {
        plain[b] = b != b'"' as usize && b != b'\\' as usize;
        b += 1;
    }
    plain
};

/// The longest prefix of `s` whose `Debug` form fits in `left` bytes: its length, and the
/// bytes its form takes. Runs of plain ASCII, the common case, are measured a byte a load.
fn debug_prefix(s: &str, left: usize) -> (usize, usize) {
    let bytes = s.as_bytes();
    let (mut at, mut width) = (0, 0);
    while at < bytes.len() {
        let run = bytes[at..]
            .iter()
            .take_while(|&&b| PLAIN[usize::from(b)])
            .count();
        if width + run > left {
            // Plain ASCII takes a byte a byte, and any byte of it is a character boundary.
            return (at + (left - width), left);
        }
        width += run;
        at += run;
        let Some(c) = s[at..].chars().next() else {
            break;
        };
        let w = debug_width(c);
        if width + w > left {
            break;
        }
        width += w;
        at += c.len_utf8();
    }
    (at, width)
}

/// A writer that passes on a `Debug` string's text without its two quotes.
struct Unquoted<'a, 'b> {
    f: &'a mut fmt::Formatter<'b>,
    started: bool,
    /// A quote held back: written once more text follows, dropped at the end.
    held: bool,
    /// The bytes passed on.
    written: usize,
}

impl fmt::Write for Unquoted<'_, '_> {
    fn write_str(&mut self, mut s: &str) -> fmt::Result {
        if !self.started {
            self.started = true;
            s = s.strip_prefix('"').unwrap_or(s);
        }
        if s.is_empty() {
            return Ok(());
        }
        if self.held {
            self.f.write_str("\"")?;
            self.written += 1;
        }
        self.held = s.ends_with('"');
        let s = s.strip_suffix('"').unwrap_or(s);
        self.written += s.len();
        self.f.write_str(s)
    }
}

/// `s` in its `Debug` form, without the quotes; the bytes that takes.
fn write_debug(f: &mut fmt::Formatter<'_>, s: &str) -> Result<usize, fmt::Error> {
    if s.is_empty() {
        return Ok(0);
    }
    let mut out = Unquoted {
        f,
        started: false,
        held: false,
        written: 0,
    };
    write!(out, "{s:?}")?;
    Ok(out.written)
}

/// The most bytes `Debug` writes for a byte of text: `\u{1b}` for one byte.
const DEBUG_EXPANSION: usize = 6;

impl fmt::Debug for Clean<'_> {
    /// The text as a quoted string with Rust's escapes, secrets replaced by `<redacted>`; at
    /// most the bytes set by [`max_bytes`](Self::max_bytes) between the quotes, then
    /// `… (N more bytes)` counting the bytes of the text not shown.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.text;
        let mut left = self.limit;
        let mut at = 0;
        f.write_str("\"")?;
        while at < text.len() {
            let secret = next_secret(self, at, left);
            let end = secret.as_ref().map_or(text.len(), |s| s.start);
            let segment = &text[at..end];
            // A segment that fits even if every byte is escaped is written without measuring.
            let shown = if segment.len().saturating_mul(DEBUG_EXPANSION) <= left {
                segment.len()
            } else {
                debug_prefix(segment, left).0
            };
            left -= write_debug(f, &segment[..shown])?;
            at += shown;
            if at < end {
                break;
            }
            let Some(secret) = secret else { break };
            if REDACTED.len() > left {
                break;
            }
            left -= REDACTED.len();
            f.write_str(REDACTED)?;
            at = secret.end;
        }
        f.write_str("\"")?;
        let whole = self.whole_len.unwrap_or(text.len());
        if at < whole {
            write!(f, "… ({} more bytes)", whole - at)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::clean;
    use super::*;

    #[test]
    fn hidden_characters_are_found_past_ascii() {
        assert_eq!(find_hidden("abc"), None);
        assert_eq!(find_hidden("가나다 é"), None);
        assert_eq!(find_hidden("a\u{1b}b"), Some((1, '\u{1b}')));
        assert_eq!(find_hidden("가\u{202e}"), Some((3, '\u{202e}')));
        assert_eq!(find_hidden("é\u{9b}"), Some((2, '\u{9b}')));
        assert_eq!(find_hidden("\u{2019}\u{e0041}"), Some((3, '\u{e0041}')));
        assert_eq!(find_hidden("\u{2010}\u{feff}"), Some((3, '\u{feff}')));
        // Characters that share a lead byte with hidden ones are not.
        assert_eq!(find_hidden("\u{a0}\u{2010}\u{2030}\u{fffd}\u{e0100}"), None);
    }

    #[test]
    fn display_escapes_redacts_and_cuts() {
        assert_eq!(
            clean("a\nb\u{1b}]0;x\u{7}").to_string(),
            r"a\nb\u{1b}]0;x\u{7}"
        );
        assert_eq!(clean("\u{202e}gpj.exe").to_string(), r"\u{202e}gpj.exe");
        assert_eq!(
            clean("not found for code=abc, see").to_string(),
            "not found for code=<redacted>, see"
        );
        assert_eq!(clean("code=abc").unredacted().to_string(), "code=abc");
        assert_eq!(clean("abcdef").max_bytes(3).to_string(), "abc… (6 bytes)");
        assert_eq!(clean("가나").max_bytes(4).to_string(), "가… (6 bytes)");
        // An escape that does not fit is not cut.
        assert_eq!(clean("ab\u{1b}").max_bytes(4).to_string(), "ab… (3 bytes)");
        // Nor is `<redacted>`, nor a value past the budget shown in part.
        assert_eq!(
            clean("code=abcdefgh").max_bytes(8).to_string(),
            "code=… (13 bytes)"
        );
        assert_eq!(clean("xy").max_bytes(2).to_string(), "xy");
        assert_eq!(
            clean("xy").max_bytes(2).cut_from(Some(9)).to_string(),
            "xy… (9 bytes)"
        );
    }

    #[test]
    fn debug_quotes_escapes_redacts_and_counts_what_is_left() {
        assert_eq!(format!("{:?}", clean("a\"b\\c'd")), r#""a\"b\\c'd""#);
        assert_eq!(format!("{:?}", clean("\"")), r#""\"""#);
        assert_eq!(format!("{:?}", clean("")), r#""""#);
        assert_eq!(
            format!("{:?}", clean("x\u{202e}\n access_token=t0k\"")),
            r#""x\u{202e}\n access_token=<redacted>\"""#
        );
        assert_eq!(
            format!("{:?}", clean("abcdef").max_bytes(4)),
            r#""abcd"… (2 more bytes)"#
        );
        assert_eq!(
            format!("{:?}", clean("\u{1b}\u{1b}").max_bytes(7)),
            r#""\u{1b}"… (1 more bytes)"#
        );
        assert_eq!(
            format!("{:?}", clean("ab").cut_from(Some(10))),
            r#""ab"… (8 more bytes)"#
        );
        // The text of a secret past the budget is never shown.
        assert_eq!(
            format!("{:?}", clean("code=secret1").max_bytes(9)),
            r#""code="… (7 more bytes)"#
        );
    }

    #[test]
    fn debug_widths_are_those_rust_writes() {
        let samples = (0..=0x7f_u8).map(char::from).chain([
            'é',
            '가',
            '\u{85}',
            '\u{a0}',
            '\u{202e}',
            '\u{feff}',
            '\u{e0041}',
            '\u{1f600}',
        ]);
        for c in samples {
            let s = c.to_string();
            let written = format!("{s:?}").len() - 2;
            assert_eq!(debug_prefix(&s, usize::MAX), (s.len(), written), "{c:?}");
            assert_eq!(debug_prefix(&s, written - 1), (0, 0), "{c:?}");
        }
    }

    #[test]
    fn a_long_text_is_scanned_only_as_far_as_it_is_shown() {
        // A name far past the budget is not looked for (and could not be shown).
        let text = format!("{}code=abc", "x ".repeat(100_000));
        let shown = clean(&text).max_bytes(16).to_string();
        assert_eq!(shown, format!("x x x x x x x x … ({} bytes)", text.len()));
    }
}
