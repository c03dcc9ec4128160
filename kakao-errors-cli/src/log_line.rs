//! A Kakao error body inside other text: a log line (`... ERROR kakao call failed:
//! status=401 body={"code":-401,"msg":"..."}`), a JSON log record that holds the body as a
//! member or as an escaped string, a stack trace.
//!
//! The body is the first balanced JSON object (`{` ... `}`, strings inside it skipped) that
//! reads as a Kakao error body (it names an error: a code, an OAuth `error`, an `errorType`;
//! or it is a directions answer with a failed route), preferring one whose error a table
//! documents. Objects are tried in the order they start, an enclosing one before those inside
//! it: the one starting at each of the first [`MAX_TRIES`] `{` of the first [`MAX_SCANNED`]
//! bytes of the text. When none
//! is found, a JSON string inside an object that starts with `{` is decoded and searched (a
//! JSON log record's `"body":"{\"code\":-401}"`, the status then read beside the string); and
//! when there is none either and the text holds escaped quotes (logfmt's
//! `body="{\"code\":-401}"`), the text is read again with `\"` as `"` and `\\` as `\`.
//!
//! The status is read beside the body, on the line where the body starts: the last
//! `status=NNN`, `status: NNN`, `"status":NNN`, `status_code=NNN`, `HTTP NNN` or `HTTP/1.1 NNN`
//! before the body on that line, else the first one after the body on the line where it ends
//! (any ASCII case; NNN from 100 to 599). None there: the body is explained without a status.

use kakao_errors::ErrorCode;
use kakao_errors::catalog;
use kakao_errors::local::ErrorType;
use kakao_errors::mobility::failed_routes;
use kakao_errors::response::{BodyKind, parse};

/// How many objects are tried as a body (one per `{`, in order), and how many strings.
pub(crate) const MAX_TRIES: usize = 128;

/// How much of the text is searched.
pub(crate) const MAX_SCANNED: usize = 1 << 20;

/// A body found, and the status beside it.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) body: Vec<u8>,
    pub(crate) status: Option<u16>,
}

/// The Kakao error body in `text`, and the status beside it; see the module docs.
pub(crate) fn find(text: &str) -> Option<Found> {
    let text = prefix(text, MAX_SCANNED);
    if let Some(found) = find_in(text, true) {
        return Some(found);
    }
    if !text.contains("\\\"") {
        return None;
    }
    find_in(&unescape_quotes(text), false)
}

/// The body in `text`: an object of it, or one inside a JSON string of it (once: `inner`).
fn find_in(text: &str, inner: bool) -> Option<Found> {
    let scan = scan(text);
    let mut first = None;
    for &(start, end) in scan.objects.iter().take(MAX_TRIES) {
        match reads_as_error(&text[start..end]) {
            Reading::Documented => return Some(found(text, start, end)),
            Reading::Undocumented if first.is_none() => first = Some((start, end)),
            _ => {}
        }
    }
    if let Some((start, end)) = first {
        return Some(found(text, start, end));
    }
    if !inner {
        return None;
    }
    // A JSON log record holding the body as a string: the string decoded, and the status
    // beside the string when the body has none beside it.
    scan.strings
        .iter()
        .take(MAX_TRIES)
        .find_map(|&(start, end)| {
            let decoded: String = serde_json::from_str(&text[start..end]).ok()?;
            let mut found = find_in(&decoded, false)?;
            found.status = found.status.or_else(|| status_beside(text, start, end));
            Some(found)
        })
}

fn found(text: &str, start: usize, end: usize) -> Found {
    Found {
        body: text.as_bytes()[start..end].to_vec(),
        status: status_beside(text, start, end),
    }
}

/// How a JSON object reads.
enum Reading {
    /// As an error body whose error a table documents.
    Documented,
    /// As an error body.
    Undocumented,
    /// As something else.
    NotAnError,
}

fn reads_as_error(object: &str) -> Reading {
    let r = parse(0, object.as_bytes());
    if matches!(r.kind(), BodyKind::Unreadable | BodyKind::Empty) {
        return match failed_routes(object.as_bytes()) {
            Ok(routes) if !routes.all_found() => Reading::Documented,
            _ => Reading::NotAnError,
        };
    }
    let number = r.code().and_then(|c| i32::try_from(c).ok());
    let documented = number.is_some_and(|c| catalog::find(ErrorCode::new(c)).next().is_some())
        || r.text_code()
            .is_some_and(|t| catalog::find_text(t).next().is_some())
        || r.error_type().and_then(ErrorType::from_name).is_some();
    let names_error = r.code().is_some()
        || r.unparsed_code().is_some()
        || r.text_code().is_some()
        || r.error_type().is_some()
        || r.oauth_error().is_some();
    match (documented, names_error) {
        (true, _) => Reading::Documented,
        (false, true) => Reading::Undocumented,
        (false, false) => Reading::NotAnError,
    }
}

/// What [`scan`] finds.
struct Scan {
    /// The balanced JSON objects, as (start, end) byte ranges, by their start.
    objects: Vec<(usize, usize)>,
    /// The JSON strings inside them whose text starts with `{`, quotes included.
    strings: Vec<(usize, usize)>,
}

/// The balanced JSON objects that start at each of the first [`MAX_TRIES`] `{` of `text`, and
/// the strings inside them that may hold one. Each `{` is read afresh: a brace or a quote in
/// the text around the JSON (`msg="}{"`) does not lose the body after it.
fn scan(text: &str) -> Scan {
    let bytes = text.as_bytes();
    let mut scan = Scan {
        objects: Vec::new(),
        strings: Vec::new(),
    };
    let starts = bytes
        .iter()
        .enumerate()
        .filter(|&(_, &b)| b == b'{')
        .map(|(at, _)| at)
        .take(MAX_TRIES);
    for start in starts {
        if let Some(end) = object_end(bytes, start, &mut scan.strings) {
            scan.objects.push((start, end));
        }
    }
    scan.strings.sort_unstable();
    scan.strings.dedup();
    scan
}

/// Where the object that starts at `start` ends (after its `}`), strings inside it skipped;
/// records in `strings` those whose text starts with `{`.
fn object_end(bytes: &[u8], start: usize, strings: &mut Vec<(usize, usize)>) -> Option<usize> {
    let mut depth = 0usize;
    // The start of the string being read, if one is.
    let mut string: Option<usize> = None;
    let mut escaped = false;
    for (at, &byte) in bytes.iter().enumerate().skip(start) {
        if let Some(open) = string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => {
                    string = None;
                    if bytes.get(open + 1) == Some(&b'{') && strings.len() < MAX_TRIES {
                        strings.push((open, at + 1));
                    }
                }
                _ => {}
            }
            continue;
        }
        match byte {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(at + 1);
                }
            }
            b'"' => string = Some(at),
            _ => {}
        }
    }
    None
}

/// The status beside the body at `start..end`: see the module docs.
fn status_beside(text: &str, start: usize, end: usize) -> Option<u16> {
    let line_start = text[..start].rfind('\n').map_or(0, |at| at + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |at| end + at);
    statuses(&text[line_start..start])
        .last()
        .or_else(|| statuses(&text[end..line_end]).next())
}

/// Every status written in `text` as the module docs say, in order.
fn statuses(text: &str) -> impl Iterator<Item = u16> + '_ {
    let lower = text.to_ascii_lowercase();
    let positions: Vec<usize> = lower
        .match_indices("status")
        .map(|(at, _)| at)
        .chain(lower.match_indices("http").map(|(at, _)| at))
        .collect();
    let mut found: Vec<(usize, u16)> = positions
        .into_iter()
        .filter_map(|at| {
            let rest = &lower[at..];
            let status = match rest.strip_prefix("status") {
                Some(after) => after_status_word(after),
                None => after_http_word(rest.strip_prefix("http").unwrap_or(rest)),
            };
            status.map(|status| (at, status))
        })
        .collect();
    found.sort_unstable();
    found.into_iter().map(|(_, status)| status)
}

/// `_code`/`code`, quotes, `=` or `:`, then the status: what follows `status`.
fn after_status_word(rest: &str) -> Option<u16> {
    let rest = rest
        .strip_prefix("_code")
        .or_else(|| rest.strip_prefix("code"))
        .unwrap_or(rest);
    let rest = rest.trim_start_matches(['"', '\'']).trim_start();
    let rest = rest.strip_prefix(['=', ':'])?;
    leading_status(rest.trim_start().trim_start_matches(['"', '\'']))
}

/// `/1.1` or nothing, at least one space, then the status: what follows `http`.
fn after_http_word(rest: &str) -> Option<u16> {
    let rest = match rest.strip_prefix('/') {
        Some(version) => version.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.'),
        None => rest,
    };
    let trimmed = rest.trim_start_matches(' ');
    if trimmed.len() == rest.len() {
        return None;
    }
    leading_status(trimmed)
}

/// Three digits at the start of `text`, not followed by another, from 100 to 599.
fn leading_status(text: &str) -> Option<u16> {
    let digits = text.get(..3)?;
    if !digits.bytes().all(|b| b.is_ascii_digit())
        || text[3..].starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let status: u16 = digits.parse().ok()?;
    (100..=599).contains(&status).then_some(status)
}

/// `text` with `\"` as `"` and `\\` as `\`.
fn unescape_quotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(next @ ('"' | '\\')) => out.push(next),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// At most `max` bytes of `text`, cut on a character boundary.
fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body_and_status(text: &str) -> Option<(String, Option<u16>)> {
        find(text).map(|f| (String::from_utf8(f.body).unwrap(), f.status))
    }

    #[test]
    fn a_log_line_gives_its_body_and_the_status_beside_it() {
        let line = r#"2026-12-07T01:02:03Z ERROR kakao call failed: status=401 body={"code":-401,"msg":"this access token does not exist"}"#;
        assert_eq!(
            body_and_status(line),
            Some((
                r#"{"code":-401,"msg":"this access token does not exist"}"#.to_owned(),
                Some(401)
            ))
        );
        // After the body, and written other ways.
        for (line, status) in [
            (r#"body={"code":-2} status: 400"#, Some(400)),
            (r#"{"code":-2} HTTP/1.1 400 Bad Request"#, Some(400)),
            (r#"HTTP 429 {"code":-10}"#, Some(429)),
            (r#"{"status":503,"response":{"code":-9798}}"#, Some(503)),
            (r#"STATUS_CODE=502 {"code":-1}"#, Some(502)),
            (r#"status=4010 {"code":-2}"#, None),
            (r#"status=99 {"code":-2}"#, None),
            (r#"https://kapi.kakao.com {"code":-2}"#, None),
            ("status=401\n{\"code\":-2}", None),
        ] {
            assert_eq!(find(line).unwrap().status, status, "{line}");
        }
    }

    #[test]
    fn the_object_that_names_a_documented_error_is_chosen() {
        // A log record around the body: the record names no error, the body does.
        let record = r#"{"level":"error","msg":"kakao failed","response":{"error":"invalid_grant","error_description":"x","error_code":"KOE320"}}"#;
        let (body, _) = body_and_status(record).unwrap();
        assert!(body.starts_with(r#"{"error":"invalid_grant""#), "{body}");
        // The app's own code is not Kakao's: the documented one wins.
        let line = r#"{"code":"E_APP"} then {"code":-402,"msg":"x"}"#;
        assert_eq!(
            body_and_status(line).unwrap().0,
            r#"{"code":-402,"msg":"x"}"#
        );
        // An undocumented one when there is nothing better.
        assert_eq!(
            body_and_status(r#"x {"code":12345} y"#).unwrap().0,
            r#"{"code":12345}"#
        );
    }

    #[test]
    fn a_body_in_an_escaped_string_is_found() {
        let record =
            r#"{"level":"error","status":400,"body":"{\"code\":-2,\"msg\":\"bad \\\"x\\\"\"}"}"#;
        let found = find(record).unwrap();
        assert_eq!(found.body, br#"{"code":-2,"msg":"bad \"x\""}"#);
        assert_eq!(found.status, Some(400));
    }

    #[test]
    fn text_without_an_error_body_has_none() {
        for text in [
            "ERROR something failed",
            r#"{"level":"info","msg":"ok"}"#,
            "{ not json }",
            r#"{"code":-2"#,
            "}}}{{{",
            "",
        ] {
            assert_eq!(find(text), None, "{text}");
        }
    }

    #[test]
    fn braces_in_strings_and_deep_nesting_do_not_confuse_it() {
        let line = r#"msg="}{" body={"code":-2,"msg":"a } and a {"}"#;
        assert_eq!(
            body_and_status(line).unwrap().0,
            r#"{"code":-2,"msg":"a } and a {"}"#
        );
        // The body after more objects than are tried is not found (none of them is an error).
        let deep = format!(
            "{}{}{}",
            "{\"a\":".repeat(200),
            r#"{"code":-2}"#,
            "}".repeat(200)
        );
        assert_eq!(find(&deep), None);
        let shallow = format!(
            "{}{}{}",
            "{\"a\":".repeat(20),
            r#"{"code":-2}"#,
            "}".repeat(20)
        );
        assert_eq!(body_and_status(&shallow).unwrap().0, r#"{"code":-2}"#);
    }
}
