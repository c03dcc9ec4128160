//! A small tolerant reader of JSON text, for what serde_json cannot do.
//!
//! serde_json reads every well-formed body (see [`json`](super::json)). This module serves
//! three cases it cannot:
//!
//! - a body that serde_json rejects (a raw control character or a bad escape in a string, a
//!   bare word, a truncated body, nesting beyond its recursion limit): [`Members`] and
//!   [`Elements`] split an object or an array into its top-level parts without judging the
//!   values, so a damaged value costs only itself;
//! - JSON string escapes, decoded leniently by [`piece`]: a lone surrogate (`\ud800`, what a
//!   server writes when it cuts a string inside a surrogate pair) or an invalid escape becomes
//!   U+FFFD instead of failing the string;
//! - finding a member by name in a kept body text, on demand ([`find_member`]).
//!
//! Nothing here allocates, recurses, or panics, and every loop moves forward by at least one
//! byte per step, so the cost is linear in the text whatever it holds. On well-formed JSON it
//! agrees with serde_json (the tests check both against it).
//!
//! Positions are byte offsets into the text; every one returned is either the text's length
//! or the offset of an ASCII delimiter (or one past it), hence always a character boundary.

use core::ops::Range;

/// JSON's whitespace.
pub(crate) const fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// The first offset at or after `at` that is not whitespace.
fn skip_ws(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).copied().is_some_and(is_ws) {
        at += 1;
    }
    at
}

/// Where the value after a key starts: `after_key` is one past the key's closing quote; then
/// whitespace, `:`, whitespace. `None` without the `:`.
pub(crate) fn value_start(bytes: &[u8], after_key: usize) -> Option<usize> {
    // The common case first: `"key":value`.
    if bytes.get(after_key) == Some(&b':') && !bytes.get(after_key + 1).copied().is_some_and(is_ws)
    {
        return Some(after_key + 1);
    }
    let colon = skip_ws(bytes, after_key);
    (bytes.get(colon) == Some(&b':')).then(|| skip_ws(bytes, colon + 1))
}

/// Whether `bytes` hold a backslash: eight bytes at a time, since every string kept is
/// checked once.
pub(crate) fn has_backslash(bytes: &[u8]) -> bool {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    const BACKSLASHES: u64 = u64::from_le_bytes([b'\\'; 8]);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        // A zero byte in `word` is a backslash in `chunk`.
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default()) ^ BACKSLASHES;
        if word.wrapping_sub(ONES) & !word & HIGHS != 0 {
            return true;
        }
    }
    chunks.remainder().contains(&b'\\')
}

/// The end of the string token that starts with the `"` at `at`: one past its closing quote,
/// and `true`; or the end of the text and `false` when it never closes.
fn string_end(bytes: &[u8], at: usize) -> (usize, bool) {
    let mut i = at + 1;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => return (i + 1, true),
            b'\\' => i += 2,
            _ => i += 1,
        }
    }
    (bytes.len(), false)
}

/// The end of the value that starts at `at` (not whitespace), and whether it is whole: a
/// string with its closing quote, an object or array with its closing bracket, or a bare token
/// (number, `true`, garbage) followed by a delimiter. A bare token that runs to the end of the
/// text is not whole: the text may have been cut inside it.
pub(crate) fn value_end(bytes: &[u8], at: usize) -> (usize, bool) {
    match bytes.get(at) {
        None => (at, false),
        Some(b'"') => string_end(bytes, at),
        Some(b'{' | b'[') => {
            let mut depth = 0usize;
            let mut i = at;
            while let Some(&b) = bytes.get(i) {
                match b {
                    b'"' => {
                        let (end, whole) = string_end(bytes, i);
                        if !whole {
                            return (end, false);
                        }
                        i = end;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return (i + 1, true);
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            (bytes.len(), false)
        }
        Some(_) => match bytes[at..]
            .iter()
            .position(|&b| matches!(b, b',' | b'}' | b']' | b':') || is_ws(b))
        {
            Some(n) => (at + n, true),
            None => (bytes.len(), false),
        },
    }
}

/// One member of an object: the key's text between its quotes (still escaped), the value's
/// text, and whether the value is whole (see [`Members`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Member {
    pub(crate) key: Range<usize>,
    pub(crate) value: Range<usize>,
    pub(crate) whole: bool,
}

/// The members of the object whose `{` starts `text`, in order, read tolerantly: a key may be
/// unquoted, a member without `:` or without a value is skipped, stray commas and bytes between
/// members are skipped. Only the last member can be cut (`whole == false`), when the text ends
/// inside its value.
pub(crate) struct Members<'a> {
    bytes: &'a [u8],
    at: usize,
    /// One past the closing `}`, once met.
    closed: Option<usize>,
    done: bool,
}

impl<'a> Members<'a> {
    /// The members of the object at the start of `text` (none if it does not start with `{`).
    pub(crate) fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        Self {
            bytes,
            at: 1,
            closed: None,
            done: bytes.first() != Some(&b'{'),
        }
    }

    /// One past the object's closing brace, if the iteration has reached it.
    pub(crate) fn closed(&self) -> Option<usize> {
        self.closed
    }
}

impl Iterator for Members<'_> {
    type Item = Member;

    fn next(&mut self) -> Option<Member> {
        let b = self.bytes;
        while !self.done {
            let at = skip_ws(b, self.at);
            let key = match b.get(at) {
                None => break,
                Some(b'}') => {
                    self.closed = Some(at + 1);
                    break;
                }
                Some(b',') => {
                    self.at = at + 1;
                    continue;
                }
                Some(b'{' | b'[') => {
                    // A stray container where a key belongs: skip it whole.
                    self.at = value_end(b, at).0.max(at + 1);
                    continue;
                }
                Some(b'"') => {
                    let (end, whole) = string_end(b, at);
                    if !whole {
                        break;
                    }
                    self.at = end;
                    at + 1..end - 1
                }
                Some(_) => {
                    let end = value_end(b, at).0;
                    self.at = end.max(at + 1);
                    at..end
                }
            };
            let colon = skip_ws(b, self.at);
            if b.get(colon) != Some(&b':') {
                // No value: the next round starts at whatever follows the key.
                continue;
            }
            let start = skip_ws(b, colon + 1);
            if start >= b.len() {
                break;
            }
            if matches!(b[start], b',' | b'}') {
                self.at = start;
                continue;
            }
            let (end, whole) = value_end(b, start);
            self.at = end.max(start + 1);
            return Some(Member {
                key,
                value: start..end,
                whole,
            });
        }
        self.done = true;
        None
    }
}

/// The elements of the array whose `[` starts `text`, in order, read as tolerantly as
/// [`Members`]: each element's text and whether it is whole.
pub(crate) struct Elements<'a> {
    bytes: &'a [u8],
    at: usize,
    done: bool,
}

impl<'a> Elements<'a> {
    /// The elements of the array at the start of `text` (none if it does not start with `[`).
    pub(crate) fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        Self {
            bytes,
            at: 1,
            done: bytes.first() != Some(&b'['),
        }
    }
}

impl Iterator for Elements<'_> {
    type Item = (Range<usize>, bool);

    fn next(&mut self) -> Option<Self::Item> {
        let b = self.bytes;
        while !self.done {
            let at = skip_ws(b, self.at);
            match b.get(at) {
                None | Some(b']') => break,
                Some(b',' | b'}' | b':') => self.at = at + 1,
                Some(_) => {
                    let (end, whole) = value_end(b, at);
                    self.at = end.max(at + 1);
                    return Some((at..end, whole));
                }
            }
        }
        self.done = true;
        None
    }
}

/// The next piece of an escaped JSON string's text: a run of bytes to copy as they are, or
/// one escape decoded to a character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Piece {
    /// The next `n` bytes are literal text (`n > 0`).
    Text(usize),
    /// An escape, `n` bytes long, stands for this character.
    Char(char, usize),
}

/// The first piece of `s`, the text of a JSON string without its quotes; `None` when `s` is
/// empty. Escapes decode as JSON defines them; what serde_json would reject is replaced by
/// U+FFFD: a lone surrogate (`\ud800` not followed by `\udc00`..`\udfff`, or a lone
/// `\udc00`), `\u` without four hex digits, an unknown escape (`\x`), a trailing `\`.
pub(crate) fn piece(s: &str) -> Option<Piece> {
    const BAD: char = char::REPLACEMENT_CHARACTER;
    if s.is_empty() {
        return None;
    }
    match s.find('\\') {
        None => return Some(Piece::Text(s.len())),
        Some(0) => {}
        Some(n) => return Some(Piece::Text(n)),
    }
    let bytes = s.as_bytes();
    let simple = |c| Some(Piece::Char(c, 2));
    match bytes.get(1) {
        Some(b'"') => simple('"'),
        Some(b'\\') => simple('\\'),
        Some(b'/') => simple('/'),
        Some(b'b') => simple('\u{8}'),
        Some(b'f') => simple('\u{c}'),
        Some(b'n') => simple('\n'),
        Some(b'r') => simple('\r'),
        Some(b't') => simple('\t'),
        Some(b'u') => {
            let (c, n) = unicode_escape(bytes);
            Some(Piece::Char(c.unwrap_or(BAD), n))
        }
        // An unknown escape: the backslash and the character after it.
        Some(_) => {
            let width = s[1..].chars().next().map_or(1, char::len_utf8);
            Some(Piece::Char(BAD, 1 + width))
        }
        None => Some(Piece::Char(BAD, 1)),
    }
}

/// The `\u` escape at the start of `bytes` (with the low half that follows a high surrogate):
/// the character, and how many bytes the escape takes. No character for what serde_json
/// rejects: `\u` without four hex digits (2 bytes), a lone surrogate (6 bytes).
fn unicode_escape(bytes: &[u8]) -> (Option<char>, usize) {
    match hex4(bytes, 2) {
        None => (None, 2),
        Some(high @ 0xD800..=0xDBFF) => match (bytes.get(6..8), hex4(bytes, 8)) {
            (Some(b"\\u"), Some(low @ 0xDC00..=0xDFFF)) => {
                let c = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                (char::from_u32(c), 12)
            }
            _ => (None, 6),
        },
        Some(unit) => (char::from_u32(unit), 6),
    }
}

/// Whether serde_json reads the JSON value `raw` back, given that it is well-formed (as
/// `serde_json`'s `RawValue` checks): `RawValue` lets through two things serde_json then
/// rejects when it reads the value, a `\u` escape of a lone surrogate (`"\ud800"`) and a
/// number beyond `f64` (`1e400`). Linear in `raw`, allocates nothing.
#[cfg(feature = "serde")]
pub(crate) fn reads_back(raw: &str) -> bool {
    let bytes = raw.as_bytes();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        at = match b {
            b'"' => match good_string_end(bytes, at) {
                Some(end) => end,
                None => return false,
            },
            b'-' | b'0'..=b'9' => {
                let len = bytes[at..]
                    .iter()
                    .position(|b| !matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
                    .unwrap_or(bytes.len() - at);
                let number = &raw[at..at + len];
                if !number.parse::<f64>().is_ok_and(f64::is_finite) {
                    return false;
                }
                at + len
            }
            _ => at + 1,
        };
    }
    true
}

/// One past the closing quote of the string that starts at `at`, if every `\u` escape in
/// it stands for a character.
#[cfg(feature = "serde")]
fn good_string_end(bytes: &[u8], at: usize) -> Option<usize> {
    let mut i = at + 1;
    loop {
        match *bytes.get(i)? {
            b'"' => return Some(i + 1),
            b'\\' if bytes.get(i + 1) == Some(&b'u') => match unicode_escape(&bytes[i..]) {
                (Some(_), n) => i += n,
                (None, _) => return None,
            },
            b'\\' => i += 2,
            _ => i += 1,
        }
    }
}

/// The four hex digits at `at` of `bytes`, as a number.
fn hex4(bytes: &[u8], at: usize) -> Option<u32> {
    let digits = bytes.get(at..at + 4)?;
    digits.iter().try_fold(0, |n, &d| {
        let v = char::from(d).to_digit(16)?;
        Some(n << 4 | v)
    })
}

/// The pieces of the escaped string text `s`, each as text to append.
pub(crate) fn pieces(s: &str) -> impl Iterator<Item = PieceText<'_>> {
    let mut rest = s;
    core::iter::from_fn(move || {
        let (out, used) = match piece(rest)? {
            Piece::Text(n) => (PieceText::Str(&rest[..n]), n),
            Piece::Char(c, n) => (PieceText::Char(c), n),
        };
        rest = &rest[used..];
        Some(out)
    })
}

/// A piece of decoded text: see [`pieces`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PieceText<'a> {
    Str(&'a str),
    Char(char),
}

/// How long the escaped string text `raw` is once decoded, without decoding it.
pub(crate) fn decoded_len(raw: &str) -> usize {
    pieces(raw)
        .map(|piece| match piece {
            PieceText::Str(s) => s.len(),
            PieceText::Char(c) => c.len_utf8(),
        })
        .sum()
}

/// Whether the escaped string text `raw` decodes to `name`, without allocating.
pub(crate) fn decodes_to(raw: &str, name: &str) -> bool {
    if !raw.contains('\\') {
        return raw == name;
    }
    let mut rest = name;
    for piece in pieces(raw) {
        let matched = match piece {
            PieceText::Str(s) => rest.strip_prefix(s),
            PieceText::Char(c) => rest.strip_prefix(c),
        };
        match matched {
            Some(tail) => rest = tail,
            None => return false,
        }
    }
    rest.is_empty()
}

/// `bytes` as UTF-8, with each run of invalid bytes replaced by one U+FFFD (so the text is at
/// most about twice as long as `bytes`, however they are mixed), in an exactly sized `String`.
pub(crate) fn lossy(bytes: &[u8]) -> String {
    let len = lossy_parts(bytes, |_| {});
    let mut out = String::with_capacity(len);
    lossy_into(bytes, &mut out);
    out
}

/// Appends the text [`lossy`] makes of `bytes` to `out`.
pub(crate) fn lossy_into(bytes: &[u8], out: &mut String) {
    lossy_parts(bytes, |s| out.push_str(s));
}

/// Calls `push` with each part of the lossy text of `bytes`; returns its length.
fn lossy_parts<'a>(bytes: &'a [u8], mut push: impl FnMut(&'a str)) -> usize {
    const BAD: &str = "\u{fffd}";
    let mut len = 0;
    let mut in_bad_run = false;
    for chunk in bytes.utf8_chunks() {
        if !chunk.valid().is_empty() {
            push(chunk.valid());
            len += chunk.valid().len();
            in_bad_run = false;
        }
        if !chunk.invalid().is_empty() && !in_bad_run {
            push(BAD);
            len += BAD.len();
            in_bad_run = true;
        }
    }
    len
}

/// The raw text of the first whole member of `object` (from its `{`) called `name` (its key
/// compared decoded), if any.
pub(crate) fn find_member<'a>(object: &'a str, name: &str) -> Option<&'a str> {
    Members::new(object)
        .find(|member| member.whole && decodes_to(&object[member.key.clone()], name))
        .map(|member| &object[member.value])
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn decode(raw: &str) -> String {
        let mut out = String::new();
        for piece in pieces(raw) {
            match piece {
                PieceText::Str(s) => out.push_str(s),
                PieceText::Char(c) => out.push(c),
            }
        }
        out
    }

    fn members(text: &str) -> Vec<(&str, &str, bool)> {
        Members::new(text)
            .map(|m| (&text[m.key], &text[m.value], m.whole))
            .collect()
    }

    /// Every character written as `\uXXXX` (surrogate pairs beyond the BMP).
    fn escape_all(s: &str) -> String {
        let mut units = [0u16; 2];
        s.chars()
            .flat_map(|c| {
                c.encode_utf16(&mut units)
                    .iter()
                    .map(|u| format!("\\u{u:04x}"))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    #[test]
    fn escapes_decode_like_json() {
        assert_eq!(
            decode(r#"a\"b\\c\/d\b\f\n\r\t"#),
            "a\"b\\c/d\u{8}\u{c}\n\r\t"
        );
        assert_eq!(decode(r"\uc0ac\uc6a9\uC790"), "사용자");
        assert_eq!(decode(r"\ud83d\ude00!"), "😀!");
        assert_eq!(decode("plain 텍스트"), "plain 텍스트");
    }

    #[test]
    fn what_serde_json_rejects_becomes_replacement_characters() {
        assert_eq!(decode(r"\ud800"), "\u{fffd}");
        assert_eq!(decode(r"x\ud800y"), "x\u{fffd}y");
        assert_eq!(decode(r"\ud800\u0041"), "\u{fffd}A");
        assert_eq!(decode(r"\udc00\ud800"), "\u{fffd}\u{fffd}");
        assert_eq!(decode(r"\u12G4z"), "\u{fffd}12G4z");
        assert_eq!(decode(r"\u12"), "\u{fffd}12");
        assert_eq!(decode(r"\x41"), "\u{fffd}41");
        assert_eq!(decode("\\가나"), "\u{fffd}나");
        assert_eq!(decode("end\\"), "end\u{fffd}");
    }

    #[cfg(feature = "serde")]
    #[test]
    fn what_serde_json_reads_back() {
        for raw in [
            r#""a\"b\\\u00e9\ud83d\ude00""#,
            r#"{"a":[1,-2.5e3,"x"],"b":null,"c":true}"#,
            "1e308",
            "-0",
            "99999999999999999999999",
            "1e-400",
        ] {
            assert!(reads_back(raw), "{raw}");
            assert!(
                serde_json::from_str::<serde_json::Value>(raw).is_ok(),
                "{raw}"
            );
        }
        for raw in [
            r#""\ud800""#,
            r#""\udc00\ud800""#,
            r#"{"a":["x\ud83dy"]}"#,
            "1e400",
            "-1e400",
            &"9".repeat(400),
            r#"{"a":[1,2e999]}"#,
        ] {
            assert!(!reads_back(raw), "{raw}");
            assert!(
                serde_json::from_str::<serde_json::Value>(raw).is_err(),
                "{raw}"
            );
        }
    }

    #[test]
    fn backslashes_are_found_anywhere() {
        for len in 0..40 {
            let mut bytes = vec![b'a'; len];
            assert!(!has_backslash(&bytes));
            for at in 0..len {
                bytes[at] = b'\\';
                assert!(has_backslash(&bytes), "{len} {at}");
                bytes[at] = 0xDC; // `\\` + 0x80: the high bit must not fool it
                assert!(!has_backslash(&bytes), "{len} {at}");
                bytes[at] = b'a';
            }
        }
    }

    #[test]
    fn decodes_to_compares_without_allocating() {
        assert!(decodes_to("code", "code"));
        assert!(decodes_to(r"co\u0064e", "code"));
        assert!(!decodes_to(r"co\u0064", "code"));
        assert!(!decodes_to(r"co\u0064ee", "code"));
        assert!(!decodes_to("cod", "code"));
    }

    #[test]
    fn members_of_a_well_formed_object() {
        let text = r#"{ "code" : -402, "msg":"a\"b", "extras":{"x":[1,"]"]}, "e":[] }"#;
        assert_eq!(
            members(text),
            [
                ("code", "-402", true),
                ("msg", r#""a\"b""#, true),
                ("extras", r#"{"x":[1,"]"]}"#, true),
                ("e", "[]", true),
            ]
        );
        let mut m = Members::new(text);
        m.by_ref().for_each(drop);
        assert_eq!(m.closed(), Some(text.len()));
    }

    #[test]
    fn members_of_a_damaged_object() {
        // Bare words, a raw newline in a string, a missing value, stray bytes and commas.
        let text = "{\"a\":NaN,,\"b\":\"x\ny\",\"c\":,\"d\" 5,code:-401, junk \"e\":1}";
        assert_eq!(
            members(text),
            [
                ("a", "NaN", true),
                ("b", "\"x\ny\"", true),
                ("code", "-401", true),
                ("e", "1", true),
            ]
        );
        // Cut: in a number (not whole), in a string (dropped), after a complete string.
        assert_eq!(
            members(r#"{"a":1,"b":-40"#),
            [("a", "1", true), ("b", "-40", false)]
        );
        assert_eq!(
            members(r#"{"a":1,"b":"abc"#),
            [("a", "1", true), ("b", "\"abc", false)]
        );
        assert_eq!(members(r#"{"a":"1""#), [("a", "\"1\"", true)]);
        assert_eq!(members(r#"{"a"#), []);
        assert_eq!(members("[1]"), []);
    }

    #[test]
    fn elements_of_arrays() {
        let text = r#"[ "a", 1 ,[2,"]"],{"k":"v"}, ,"b" ]"#;
        let items: Vec<_> = Elements::new(text).map(|(r, w)| (&text[r], w)).collect();
        assert_eq!(
            items,
            [
                ("\"a\"", true),
                ("1", true),
                (r#"[2,"]"]"#, true),
                (r#"{"k":"v"}"#, true),
                ("\"b\"", true)
            ]
        );
        let text = r#"["a","b"#;
        let items: Vec<_> = Elements::new(text).map(|(r, w)| (&text[r], w)).collect();
        assert_eq!(items, [("\"a\"", true), ("\"b", false)]);
    }

    #[test]
    fn deep_nesting_is_skipped_without_recursion() {
        let depth = 200_000;
        let text = format!(
            r#"{{"x":{}{},"code":-401}}"#,
            "[".repeat(depth),
            "]".repeat(depth)
        );
        let found = members(&text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[1], ("code", "-401", true));
    }

    #[test]
    fn lossy_replaces_each_run_once() {
        assert_eq!(lossy(b"ok"), "ok");
        assert_eq!(lossy(b"a\xff\xfe\xb0\xa1b"), "a\u{fffd}b");
        assert_eq!(lossy(b"\xffa\xffa"), "\u{fffd}a\u{fffd}a");
        let worst = b"\xffa".repeat(1000);
        assert!(lossy(&worst).len() <= 2 * worst.len());
        assert_eq!(lossy(&worst).capacity(), lossy(&worst).len());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Escaped as serde_json writes strings, and with every character as `\uXXXX`: the
        /// text decodes back to the original.
        #[test]
        fn decoding_agrees_with_serde_json(s in any::<String>()) {
            let json = serde_json::to_string(&s).unwrap();
            prop_assert_eq!(decode(&json[1..json.len() - 1]), s.clone());
            let escaped = escape_all(&s);
            prop_assert_eq!(decode(&escaped), s.clone());
            prop_assert!(decodes_to(&escaped, &s));
            let parsed: String = serde_json::from_str(&format!("\"{escaped}\"")).unwrap();
            prop_assert_eq!(parsed, s);
        }

        /// The members of any object serde_json writes are its entries, each value's text
        /// exactly what serde_json reads as a raw value.
        #[test]
        fn members_agree_with_serde_json(
            entries in prop::collection::btree_map(any::<String>(), any::<i64>(), 0..8),
            pretty in any::<bool>(),
        ) {
            let value = serde_json::to_value(&entries).unwrap();
            let text = if pretty {
                serde_json::to_string_pretty(&value).unwrap()
            } else {
                serde_json::to_string(&value).unwrap()
            };
            let raw: Vec<(String, &serde_json::value::RawValue)> =
                serde_json::from_str::<std::collections::BTreeMap<String, &serde_json::value::RawValue>>(&text)
                    .unwrap()
                    .into_iter()
                    .collect();
            let mine: Vec<(String, &str)> = Members::new(&text)
                .map(|m| {
                    assert!(m.whole);
                    (decode(&text[m.key]), &text[m.value])
                })
                .collect();
            prop_assert_eq!(mine.len(), raw.len());
            for ((k1, v1), (k2, v2)) in mine.iter().zip(&raw) {
                prop_assert_eq!(k1, k2);
                prop_assert_eq!(*v1, v2.get());
            }
        }

        /// Whatever the bytes, the reader never panics and always ends.
        #[test]
        fn arbitrary_text_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
            let text = lossy(&bytes);
            let mut with_brace = String::from("{");
            with_brace.push_str(&text);
            for m in Members::new(&with_brace) {
                let _ = decode(&with_brace[m.key]);
                let _ = &with_brace[m.value];
            }
            let mut with_bracket = String::from("[");
            with_bracket.push_str(&text);
            for (range, _) in Elements::new(&with_bracket) {
                let _ = &with_bracket[range];
            }
            let _ = decode(&text);
        }
    }
}
