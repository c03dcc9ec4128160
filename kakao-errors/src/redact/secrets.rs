//! Finding the secret values in a text: see the [module docs](super) for the forms.
//!
//! One pass over the text, forward only: each word start is looked at once (a few byte
//! comparisons, for the eight names and two schemes), and a value's end is searched at most
//! `reach` bytes ahead. Nothing allocates.

use core::ops::Range;

/// How a name's value ends when it is not quoted.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Extent {
    /// A parameter: at the first delimiter (`&`, whitespace, a quote, a bracket, ...).
    Param,
    /// The same, but a value that reads as an error code (`-402`, `KOE320`) is kept.
    Code,
    /// A header: at the end of the line.
    Header,
}

/// The names looked for in text, with how their values end, by their first letter (a word
/// is compared with the few that start as it does). `set-cookie` is found as its `cookie`.
fn names(first: u8) -> &'static [(&'static [u8], Extent)] {
    match first.to_ascii_lowercase() {
        b'a' => &[
            (b"access_token", Extent::Param),
            (b"authorization", Extent::Header),
        ],
        b'c' => &[
            (b"code", Extent::Code),
            (b"client_secret", Extent::Param),
            (b"cookie", Extent::Header),
        ],
        b'i' => &[(b"id_token", Extent::Param)],
        b'p' => &[(b"pg_token", Extent::Param)],
        b'r' => &[(b"refresh_token", Extent::Param)],
        _ => &[],
    }
}

/// The authorization scheme whose credential follows it after a space, that starts with
/// `first`.
fn scheme(first: u8) -> Option<&'static [u8]> {
    match first.to_ascii_lowercase() {
        b'b' => Some(b"bearer"),
        b'k' => Some(b"kakaoak"),
        _ => None,
    }
}

/// The shortest credential after a scheme that is redacted: shorter words are prose
/// (`Bearer token`).
const SHORTEST_CREDENTIAL: usize = 8;

/// What a byte is to the scan, by a table (one load per byte): [`WORD`], [`NAME_START`].
const CLASS: [u8; 256] = {
    let mut class = [0; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if byte.is_ascii_alphanumeric() || byte == b'_' {
            class[b] |= WORD;
        }
        if matches!(
            byte.to_ascii_lowercase(),
            b'a' | b'b' | b'c' | b'i' | b'k' | b'p' | b'r'
        ) {
            class[b] |= NAME_START;
        }
        b += 1;
    }
    class
};

/// A byte of a word (`[A-Za-z0-9_]`): names and values are made of these.
const WORD: u8 = 1;
/// The first letter of a name or a scheme, in either case.
const NAME_START: u8 = 2;

const fn is_word(b: u8) -> bool {
    CLASS[b as usize] & WORD != 0
}

/// Where the next secret value of `text` is whose name starts at or after `from` and before
/// `until`: the bytes to replace (the value, without its quotes). A value whose end is not
/// found within `reach` bytes runs to the end of the text (what comes after it is not shown
/// then). `from` is a word boundary: the text's start, or the end of a value found before.
pub(crate) fn next(text: &str, from: usize, until: usize, reach: usize) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    let until = until.min(bytes.len());
    let mut at = from;
    while at < until {
        let class = CLASS[usize::from(bytes[at])];
        if class & WORD == 0 {
            at += 1;
            continue;
        }
        // A word starts here (the caller starts at a boundary, and every other start follows
        // a byte that is not a word byte).
        if class & NAME_START != 0 {
            if let Some(value) = secret_at(bytes, at, reach) {
                return Some(value);
            }
        }
        // After `%XX`, the word proper starts two bytes on: a name in a percent-encoded URL
        // (`%3Fcode%3D...`).
        if at >= 1 && bytes[at - 1] == b'%' && is_hex_pair(bytes, at) {
            if let Some(value) = secret_at(bytes, at + 2, reach) {
                return Some(value);
            }
        }
        // Skip the rest of the word: a name starts only at a word's start.
        at += 1;
        while at < bytes.len() && is_word(bytes[at]) {
            at += 1;
        }
    }
    None
}

/// The value of a name or a scheme's credential at `at`, if there is one to redact.
fn secret_at(bytes: &[u8], at: usize, reach: usize) -> Option<Range<usize>> {
    if CLASS[usize::from(*bytes.get(at)?)] & NAME_START == 0 {
        return None;
    }
    name_at(bytes, at, reach)
        .or_else(|| credential_at(bytes, at, reach))
        .filter(|value| !value.is_empty())
}

/// Whether the two bytes at `at` are hex digits.
fn is_hex_pair(bytes: &[u8], at: usize) -> bool {
    bytes
        .get(at..at + 2)
        .is_some_and(|pair| pair.iter().all(u8::is_ascii_hexdigit))
}

/// Whether `bytes` has `word` at `at`, ignoring ASCII case, followed by a byte that ends a
/// name (not a word byte, nor `-`).
fn word_at(bytes: &[u8], at: usize, word: &[u8]) -> bool {
    bytes
        .get(at..at + word.len())
        .is_some_and(|found| found.eq_ignore_ascii_case(word))
        && !bytes
            .get(at + word.len())
            .is_some_and(|&b| is_word(b) || b == b'-')
}

/// The value of a named secret at `at`: the name, an optional closing quote, `=`, `:` or
/// `%3D` between optional spaces, an optional opening quote, the value.
fn name_at(bytes: &[u8], at: usize, reach: usize) -> Option<Range<usize>> {
    let &(name, extent) = names(bytes[at])
        .iter()
        .find(|(name, _)| word_at(bytes, at, name))?;
    let mut i = at + name.len();
    // The closing quote of a quoted name: `"code"`, `'code'`, `\"code\"`.
    if bytes[i..].starts_with(b"\\\"") {
        i += 2;
    } else if matches!(bytes.get(i), Some(b'"' | b'\'')) {
        i += 1;
    }
    i = skip_spaces(bytes, i);
    i += match bytes.get(i) {
        Some(b'=' | b':') => 1,
        Some(b'%')
            if bytes
                .get(i + 1..i + 3)
                .is_some_and(|s| s.eq_ignore_ascii_case(b"3d")) =>
        {
            3
        }
        _ => return None,
    };
    i = skip_spaces(bytes, i);
    let (quote, start): (&[u8], usize) = if bytes[i..].starts_with(b"\\\"") {
        (b"\\\"", i + 2)
    } else {
        match bytes.get(i) {
            Some(b'"') => (b"\"", i + 1),
            Some(b'\'') => (b"'", i + 1),
            _ => (b"", i),
        }
    };
    let end = match (quote, extent) {
        (b"", Extent::Header) => unquoted_end(bytes, start, reach, ends_header),
        (b"", _) => unquoted_end(bytes, start, reach, ends_param),
        (quote, _) => quoted_end(bytes, start, reach, quote),
    };
    let value = &bytes[start..end];
    // Literals hold no secret; an error code is what the line is about.
    let kept = quote.is_empty() && matches!(value, b"null" | b"true" | b"false")
        || extent == Extent::Code && is_error_code(value);
    (!kept).then_some(start..end)
}

/// The credential after an authorization scheme at `at` (`Bearer abc...`, `KakaoAK 0123...`):
/// a run of token characters after one or more spaces, at least [`SHORTEST_CREDENTIAL`] long
/// and not only letters; not an auth-param (`Bearer error="invalid_token"`, `realm=kakao`).
fn credential_at(bytes: &[u8], at: usize, reach: usize) -> Option<Range<usize>> {
    let scheme = scheme(bytes[at]).filter(|scheme| word_at(bytes, at, scheme))?;
    let spaces = at + scheme.len();
    let start = skip_spaces(bytes, spaces);
    if start == spaces {
        return None;
    }
    let limit = bytes.len().min(start.saturating_add(reach));
    let mut end = start;
    while end < limit && is_token(bytes[end]) {
        end += 1;
    }
    let run = end;
    while end < limit && bytes[end] == b'=' {
        end += 1;
    }
    if end == limit && limit < bytes.len() {
        // Past the reach: the rest is taken for the credential.
        return Some(start..bytes.len());
    }
    let param = matches!(bytes.get(end), Some(&b) if is_token(b) || b == b'"');
    let credential = &bytes[start..run];
    let redacted = !param
        && credential.len() >= SHORTEST_CREDENTIAL
        && !credential.iter().all(u8::is_ascii_alphabetic);
    redacted.then_some(start..end)
}

/// A byte of an RFC 9110 `token68` (a bearer token, base64), padding aside.
const fn is_token(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'+' | b'/')
}

/// The first offset at or after `at` that is not a space or a tab.
fn skip_spaces(bytes: &[u8], mut at: usize) -> usize {
    while matches!(bytes.get(at), Some(b' ' | b'\t')) {
        at += 1;
    }
    at
}

/// Whether an unquoted parameter value ends at `b`.
const fn ends_param(b: u8) -> bool {
    b.is_ascii_whitespace()
        || b.is_ascii_control()
        || matches!(
            b,
            b'&' | b'#'
                | b';'
                | b','
                | b'"'
                | b'\''
                | b'<'
                | b'>'
                | b'('
                | b')'
                | b'['
                | b']'
                | b'{'
                | b'}'
                | b'|'
                | b'\\'
        )
}

/// Whether an unquoted header value ends at `b`: the end of the line, or of the markup or
/// string around it.
const fn ends_header(b: u8) -> bool {
    matches!(b, b'\r' | b'\n' | b'"' | b'<' | b'\\')
}

/// The end of an unquoted value starting at `start`: the first byte `ends` accepts, or the end
/// of the text (also when none is found within `reach` bytes).
fn unquoted_end(bytes: &[u8], start: usize, reach: usize, ends: fn(u8) -> bool) -> usize {
    let limit = bytes.len().min(start.saturating_add(reach));
    bytes[start..limit]
        .iter()
        .position(|&b| ends(b))
        .map_or(bytes.len(), |n| start + n)
}

/// The end of a value quoted with `quote` (`"`, `'` or `\"`) starting at `start`: its closing
/// quote (a backslash in a `"`-quoted value escapes the byte after it), or the end of the text
/// when none is found within `reach` bytes.
fn quoted_end(bytes: &[u8], start: usize, reach: usize, quote: &[u8]) -> usize {
    let limit = bytes.len().min(start.saturating_add(reach));
    let mut i = start;
    while i < limit {
        match bytes[i] {
            b'\\' if quote == b"\\\"" => {
                if bytes.get(i + 1) == Some(&b'"') {
                    return i;
                }
                i += 2;
            }
            b'\\' if quote == b"\"" => i += 2,
            b if b == quote[0] && quote.len() == 1 => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// Whether `value` reads as an error code, not an authorization code: an integer
/// (`-402`, `"4019"`), or up to five capital letters, an optional `_`, and digits (`KOE320`,
/// `E1001`, `KKO_3018`).
pub(crate) fn is_error_code(value: &[u8]) -> bool {
    let digits = |s: &[u8]| (1..=12).contains(&s.len()) && s.iter().all(u8::is_ascii_digit);
    let unsigned = value.strip_prefix(b"-").or(value.strip_prefix(b"+"));
    if digits(unsigned.unwrap_or(value)) {
        return true;
    }
    let letters = value.iter().take_while(|b| b.is_ascii_uppercase()).count();
    let rest = &value[letters..];
    (1..=5).contains(&letters) && digits(rest.strip_prefix(b"_").unwrap_or(rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The secret values of `text`, as found one after the other.
    fn found(text: &str) -> Vec<&str> {
        let mut values = Vec::new();
        let mut at = 0;
        while let Some(value) = next(text, at, usize::MAX, usize::MAX) {
            values.push(&text[value.clone()]);
            at = value.end.max(value.start + 1);
        }
        values
    }

    #[test]
    fn query_and_form_parameters() {
        assert_eq!(
            found("GET /v2/user/me?access_token=tok-1.a&code=c0de_X&state=s"),
            ["tok-1.a", "c0de_X"]
        );
        assert_eq!(
            found("grant_type=authorization_code&client_id=k&client_secret=s3cr3t&code=abc"),
            ["s3cr3t", "abc"]
        );
        assert_eq!(found("pg_token=9a8b7c&tid=T1"), ["9a8b7c"]);
        assert_eq!(found("refresh_token = r1 id_token: i1"), ["r1", "i1"]);
        assert_eq!(found("CODE=Upper"), ["Upper"]);
        // Percent-encoded, inside another URL's query.
        assert_eq!(
            found("redirect=https%3A%2F%2Fa.example%2Fcb%3Fcode%3DzX9%26state%3D1"),
            ["zX9%26state%3D1"]
        );
    }

    #[test]
    fn json_and_header_forms() {
        assert_eq!(
            found(r#"{"access_token":"a.b-c","token_type":"bearer","refresh_token": "r"}"#),
            ["a.b-c", "r"]
        );
        assert_eq!(found(r#"{\"id_token\":\"ey.J\"}"#), ["ey.J"]);
        assert_eq!(found("{'client_secret': 'x y'}"), ["x y"]);
        assert_eq!(found(r#"{"code":"q\"w"}"#), [r#"q\"w"#]);
        assert_eq!(
            found("Set-Cookie: _kawlt=abc; Path=/; HttpOnly\r\nX: y"),
            ["_kawlt=abc; Path=/; HttpOnly"]
        );
        assert_eq!(found("authorization: Bearer abc123"), ["Bearer abc123"]);
        assert_eq!(found(r#""Cookie":"a=b; c=d""#), ["a=b; c=d"]);
    }

    #[test]
    fn credentials_after_a_scheme() {
        assert_eq!(found("invalid Bearer eyJ0eXAi.x-y_z"), ["eyJ0eXAi.x-y_z"]);
        assert_eq!(
            found("KakaoAK 0123456789abcdef0123456789abcdef"),
            ["0123456789abcdef0123456789abcdef"]
        );
        assert_eq!(found("bearer abcd1234=="), ["abcd1234=="]);
        // Prose and auth-params are not credentials.
        for text in [
            "Bearer token is required",
            "Bearer authentication failed",
            r#"WWW-Authenticate: Bearer error="invalid_token""#,
            "Bearer realm=kakao2024",
            "Bearer short1",
            "Bearer",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn what_is_not_a_secret() {
        for text in [
            // Names inside other names.
            "error_code=KOE320 authorization_code=x detailCode=1 code_verifier=v",
            "expired_or_invalid_refresh_token",
            "access_token_expires_in=21599 x-access_token-id=1",
            // Error codes, literals, empty values, no separator.
            r#"{"code":-402,"code":"4019","code":KOE320,"code":KKO_3018}"#,
            "error code: E1001",
            r#"{"access_token":null,"id_token":true}"#,
            "code=&code= &access_token=",
            "this access token does not exist",
            "the access_token is expired",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
        // But a code that is not an error code is one.
        assert_eq!(found("code: Kx3"), ["Kx3"]);
        assert_eq!(found("authorization code not found for code=ab"), ["ab"]);
    }

    #[test]
    fn a_value_past_the_reach_runs_to_the_end() {
        let text = format!("code={} and then", "x".repeat(100));
        let value = next(&text, 0, usize::MAX, 10).unwrap();
        assert_eq!(value, 5..text.len());
        let text = format!(r#"{{"code":"{}"}} x"#, "y".repeat(100));
        assert_eq!(next(&text, 0, usize::MAX, 10).unwrap().end, text.len());
        assert_eq!(next(&text, 0, usize::MAX, 1000).unwrap().end, 109);
        let text = format!("Bearer {}", "z".repeat(100));
        assert_eq!(next(&text, 0, usize::MAX, 10), Some(7..text.len()));
        // An unclosed quote runs to the end.
        assert_eq!(next(r#"code="abc"#, 0, usize::MAX, usize::MAX), Some(6..9));
    }

    #[test]
    fn only_names_starting_before_until_are_looked_at() {
        let text = "x code=abc";
        assert_eq!(next(text, 0, 3, usize::MAX), Some(7..10));
        assert_eq!(next(text, 0, 2, usize::MAX), None);
    }

    #[test]
    fn error_codes() {
        for code in [
            "-402", "+1", "4019", "KOE320", "KAE001", "E1001", "KKO_3018", "A1",
        ] {
            assert!(is_error_code(code.as_bytes()), "{code}");
        }
        for value in [
            "",
            "-",
            "abc",
            "KOE",
            "koe320",
            "ABCDEF1",
            "1.5",
            "KOE320x",
            "SplxlOBeZQQYbYS6WxSbIA",
        ] {
            assert!(!is_error_code(value.as_bytes()), "{value}");
        }
    }
}
