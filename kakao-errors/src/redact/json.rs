//! Raw JSON values, serialized by the rule: embedded as JSON, written again where a string
//! needs cleaning or a member is a secret, and as a string where serde_json could not read
//! them back.

use std::borrow::Cow;

use serde::ser::{Error as _, Serialize, Serializer};
use serde_json::value::RawValue;

use super::secrets::is_error_code;
use super::{REDACTED, clean, is_secret_name, needs_cleaning};
use crate::read::scan::{self, PieceText};

/// The deepest nesting of arrays and objects a raw value keeps when serialized; a deeper one
/// is embedded as a string of its text. serde_json reads at most 127 levels back by default:
/// this leaves the serialized form's own two levels, and room for the reports it is put in.
pub const JSON_DEPTH_LIMIT: usize = 64;

/// `raw`, the JSON text of a value as a body sent it (what
/// [`ResponseError::field`](crate::response::ResponseError::field) gives), to be serialized by
/// the rule: see [`Json`].
///
/// ```
/// use kakao_errors::redact::json;
///
/// let raw = r#"{"token": {"access_token": "abc", "expires_in": 21599}, "note": "x\u202ey"}"#;
/// assert_eq!(
///     serde_json::to_string(&json(raw)).unwrap(),
///     r#"{"token": {"access_token": "<redacted>", "expires_in": 21599}, "note": "x\\u{202e}y"}"#
/// );
/// // Too deep for a report: a string.
/// let deep = format!("{}{}", "[".repeat(65), "]".repeat(65));
/// assert_eq!(serde_json::to_value(json(&deep)).unwrap(), deep.as_str());
/// ```
#[must_use]
pub const fn json(raw: &str) -> Json<'_> {
    Json { raw }
}

/// A raw JSON value serialized by the rule (see [`json`]).
///
/// - As JSON, through serde_json's `RawValue` (which other data formats see as a one-field
///   struct), keeping its text as sent (spacing, number digits) except: a member named as a
///   secret ([`SECRET_NAMES`](super::SECRET_NAMES)), at any depth, has the value
///   `"<redacted>"` (unless it is `null`, `true`, `false`, or a `code` that is a number, an
///   error code, an object or an array, whose own members are looked at); a string with a
///   secret or a hidden character is written cleaned, as [`clean`] writes it.
/// - As a string of its text, cleaned, when it is nested deeper than [`JSON_DEPTH_LIMIT`], or
///   when serde_json would not read it back (not valid JSON, a lone surrogate such as
///   `"\ud800"`, a number beyond `f64` such as `1e400`).
#[derive(Clone, Copy)]
pub struct Json<'a> {
    raw: &'a str,
}

impl core::fmt::Debug for Json<'_> {
    /// The raw text by the rule, as [`clean`] writes it in `Debug`, at most 1 KiB of it.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_tuple("Json")
            .field(&clean(self.raw).max_bytes(super::SHOWN_TEXT))
            .finish()
    }
}

impl Serialize for Json<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let raw = self.raw;
        let embeddable = serde_json::from_str::<&RawValue>(raw).is_ok()
            && scan::reads_back(raw)
            && depth(raw) <= JSON_DEPTH_LIMIT;
        if !embeddable {
            return clean(raw).serialize(serializer);
        }
        match rewrite(raw) {
            None => serde_json::from_str::<&RawValue>(raw)
                .map_err(S::Error::custom)?
                .serialize(serializer),
            Some(text) => RawValue::from_string(text)
                .map_err(S::Error::custom)?
                .serialize(serializer),
        }
    }
}

/// How deeply arrays and objects nest in the JSON text `raw`.
fn depth(raw: &str) -> usize {
    let bytes = raw.as_bytes();
    let (mut at, mut depth, mut deepest) = (0, 0usize, 0);
    while let Some(&b) = bytes.get(at) {
        match b {
            b'"' => {
                at = scan::value_end(bytes, at).0;
                continue;
            }
            b'{' | b'[' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        at += 1;
    }
    deepest
}

/// The text of the escaped JSON string text `escaped` (without its quotes).
fn decoded(escaped: &str) -> Cow<'_, str> {
    if !escaped.contains('\\') {
        return Cow::Borrowed(escaped);
    }
    let mut text = String::with_capacity(escaped.len());
    for piece in scan::pieces(escaped) {
        match piece {
            PieceText::Str(s) => text.push_str(s),
            PieceText::Char(c) => text.push(c),
        }
    }
    Cow::Owned(text)
}

/// Whether the value `value` (raw JSON) of a member named `name`, a secret name, is kept:
/// `null`, `true`, `false`, and a `code` that is a number, an error code, an object or an
/// array.
pub(crate) fn keeps(name: &str, value: &str) -> bool {
    let code = name.eq_ignore_ascii_case("code");
    match value.as_bytes().first() {
        Some(b'n' | b't' | b'f') | None => true,
        Some(b'"') => code && is_error_code(decoded(&value[1..value.len() - 1]).as_bytes()),
        // A number, an object or an array.
        Some(_) => code,
    }
}

/// `text` as a JSON string, cleaned.
fn push_cleaned(out: &mut String, text: &str) {
    use core::fmt::Write as _;

    let cleaned = clean(text).to_string();
    out.push('"');
    for c in cleaned.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            // Cleaned text has none; written as JSON requires all the same.
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The JSON text `raw` (valid) written again by the rule; `None` when it is already clean.
fn rewrite(raw: &str) -> Option<String> {
    let bytes = raw.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    // Replaces `raw[start..end]` by what `write` writes.
    let mut replace =
        |out: &mut Option<String>, start: usize, end: usize, write: &dyn Fn(&mut String)| {
            let out = out.get_or_insert_with(|| String::with_capacity(raw.len() + 16));
            out.push_str(&raw[copied..start]);
            write(out);
            copied = end;
        };
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] != b'"' {
            at += 1;
            continue;
        }
        let end = scan::value_end(bytes, at).0;
        let text = decoded(&raw[at + 1..end - 1]);
        if needs_cleaning(&text) {
            replace(&mut out, at, end, &|out| push_cleaned(out, &text));
        }
        at = end;
        // A key: its value follows the `:`.
        let Some(value_start) = scan::value_start(bytes, end) else {
            continue;
        };
        if is_secret_name(&text) {
            let value_end = scan::value_end(bytes, value_start).0;
            if !keeps(&text, &raw[value_start..value_end]) {
                replace(&mut out, value_start, value_end, &|out| {
                    out.push('"');
                    out.push_str(REDACTED);
                    out.push('"');
                });
                at = value_end;
            }
        }
    }
    let mut out = out?;
    out.push_str(&raw[copied..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serialized(raw: &str) -> String {
        serde_json::to_string(&json(raw)).unwrap()
    }

    #[test]
    fn clean_values_are_embedded_as_sent() {
        for raw in [
            r#"{"a" : 1.50, "b": [true, null, "x"]}"#,
            r#""plain""#,
            "-402",
            r#"{"code": -402, "code": "KOE320", "detailCode": 21006}"#,
            r#"{"error_code": "x", "authorization_code": "y"}"#,
        ] {
            assert_eq!(serialized(raw), raw);
            assert_eq!(rewrite(raw), None);
        }
    }

    #[test]
    fn secrets_are_redacted_at_any_depth() {
        assert_eq!(
            serialized(r#"{"a":[{"Access_Token":"t","id_token":{"x":1},"pg_token":7}]}"#),
            r#"{"a":[{"Access_Token":"<redacted>","id_token":"<redacted>","pg_token":"<redacted>"}]}"#
        );
        assert_eq!(
            serialized(r#"{"code" : "Zx9", "set-cookie":"a=b", "refresh_token":null}"#),
            r#"{"code" : "<redacted>", "set-cookie":"<redacted>", "refresh_token":null}"#
        );
        // A `code` object is looked into; an escaped key is a name all the same.
        assert_eq!(
            serialized(r#"{"code":{"code":"abc"},"\u0063ode":"q"}"#),
            r#"{"code":{"code":"<redacted>"},"\u0063ode":"<redacted>"}"#
        );
        // Secrets in string values, by the text forms.
        assert_eq!(
            serialized(r#"["https://a.example/cb?code=abc&state=1"]"#),
            r#"["https://a.example/cb?code=<redacted>&state=1"]"#
        );
    }

    #[test]
    fn hidden_characters_are_written_as_text() {
        assert_eq!(
            serialized(r#"{"k\u001b":"a\u202eb\n","x":"\u2028"}"#),
            r#"{"k\\u{1b}":"a\\u{202e}b\\n","x":"\\u{2028}"}"#
        );
        // Quotes and backslashes in a cleaned string stay JSON.
        assert_eq!(
            serialized(r#"["q\"\\ code=x"]"#),
            r#"["q\"\\ code=<redacted>"]"#
        );
    }

    #[test]
    fn deep_or_unreadable_values_are_strings() {
        let deep = |n| format!("{}1{}", "[".repeat(n), "]".repeat(n));
        assert_eq!(serialized(&deep(JSON_DEPTH_LIMIT)), deep(JSON_DEPTH_LIMIT));
        let too_deep = deep(JSON_DEPTH_LIMIT + 1);
        assert_eq!(
            serde_json::to_value(json(&too_deep)).unwrap(),
            too_deep.as_str()
        );
        assert_eq!(depth(r#"{"a":"[[[[","b":[{}]}"#), 3);
        let v = serde_json::to_value(json(r#"{"access_token":"x""#)).unwrap();
        assert_eq!(v, r#"{"access_token":"<redacted>""#);
        assert_eq!(serde_json::to_value(json("1e400")).unwrap(), "1e400");
        assert_eq!(serde_json::to_value(json("\"a\nb\"")).unwrap(), r#""a\nb""#);
    }
}
