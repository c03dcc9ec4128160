//! This crate's own one-line `Display` of a parsed response, pasted back (from a log, anywhere
//! in the text): `Kakao API error: HTTP 403, code -402 (InsufficientScope): ...`.
//!
//! The line is read for what it says: the status; the body's shape (an empty body; an
//! unreadable one, with its excerpt; an OAuth error and its `KOE` code; a JavaScript SDK error's
//! name; an `errorType`; a `KAE` code); the code, with the name of the row it was read as and
//! the case; the message. From these it writes the body again, in the shape of the table that
//! documents the code (the one whose row the line names, else the one the status picks), with
//! what told the case apart (a detail code, a sub-code), and the command explains that body
//! with the line's status, as it explains the response itself: the same code, status and
//! remedy. What the line does not keep is lost (a message cut short ends where the line cut
//! it; headers such as `Retry-After` are not in the line).

use kakao_errors::ErrorCode;
use kakao_errors::case::{PAGES, When};
use kakao_errors::catalog::{self, Entry, Shape};
use serde_json::{Map, Value, json};

/// What starts the line.
pub(crate) const MARKER: &str = "Kakao API error: HTTP ";

/// The line read: the status and a body of the shape it says.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Read {
    pub(crate) status: u16,
    pub(crate) body: Vec<u8>,
}

/// What a line says, before the body is written again.
#[derive(Debug, Default)]
struct Said<'a> {
    oauth_error: Option<&'a str>,
    /// A `KOE` code after the OAuth error, a `KAE` code, or another text code.
    text_code: Option<&'a str>,
    js_name: Option<&'a str>,
    error_type: Option<&'a str>,
    code: Option<i64>,
    /// A code that is not a number, as sent (`"KKO_3018"`).
    raw_code: Option<String>,
    /// The name of the row the code was read as (`InsufficientScope`).
    row: Option<&'a str>,
    case: Option<&'a str>,
    message: Option<&'a str>,
}

/// The line in `text`, if there is one: `Some(Err)` for a line whose status is not a status.
pub(crate) fn read(text: &str) -> Option<Result<Read, String>> {
    let at = text.find(MARKER)?;
    let line = text[at + MARKER.len()..].lines().next().unwrap_or_default();
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let status = match line[..digits].parse::<u16>() {
        Ok(status) if (100..=599).contains(&status) => status,
        _ => {
            return Some(Err(
                "the line \"Kakao API error: HTTP ...\" has no HTTP status from 100 to 599"
                    .to_owned(),
            ));
        }
    };
    let rest = &line[digits..];
    if rest.starts_with(", empty body") {
        return Some(Ok(Read {
            status,
            body: Vec::new(),
        }));
    }
    if let Some(rest) = rest.strip_prefix(", unreadable body (") {
        // `(N bytes)`, then `: "excerpt"` when the body had one.
        let excerpt = rest
            .split_once("): ")
            .and_then(|(_, literal)| unquote(literal))
            .unwrap_or_default();
        return Some(Ok(Read {
            status,
            body: excerpt.into_bytes(),
        }));
    }
    let said = said(rest);
    Some(Ok(Read {
        status,
        body: body(&said, status),
    }))
}

/// What the rest of the line (after the status) says.
fn said(mut rest: &str) -> Said<'_> {
    let mut said = Said::default();
    while let Some(segment) = rest.strip_prefix(", ") {
        if let Some(after) = segment.strip_prefix("OAuth error") {
            rest = after;
            if let Some(after) = rest.strip_prefix(' ') {
                let (word, after) = word(after);
                said.oauth_error = Some(word);
                rest = after;
            }
            if let Some((inner, after)) = parenthesized(rest) {
                if !inner.starts_with("case ") {
                    said.text_code = Some(inner);
                    rest = after;
                }
            }
        } else if let Some(after) = segment.strip_prefix("code ") {
            rest = code(after, &mut said);
        } else {
            let (word, after) = word(segment);
            rest = after;
            if rest.starts_with(", code ") {
                said.js_name = Some(word);
            } else if catalog::text_code_table(word).is_some() {
                said.text_code = Some(word);
            } else {
                said.error_type = Some(word);
            }
        }
        // A case of a body without a code, after its name.
        if let Some((inner, after)) = parenthesized(rest) {
            if let Some(case) = inner.strip_prefix("case ") {
                said.case = Some(case);
                rest = after;
            }
        }
    }
    if let Some(message) = rest.strip_prefix(": ") {
        said.message = Some(without_marks(message));
    }
    said
}

/// `-402 (InsufficientScope; case X)`, `12 (undocumented)`, `E2003 (undocumented)`,
/// `"KKO_3018"`: the code and what
/// follows it; the rest of the line after them.
fn code<'a>(text: &'a str, said: &mut Said<'a>) -> &'a str {
    if text.starts_with('"') {
        let end = literal_end(text).unwrap_or(text.len());
        said.raw_code = unquote(&text[..end]);
        // A code cut short: `"..."… (N bytes)`.
        let rest = &text[end..];
        return match rest.strip_prefix('…') {
            Some(cut) => parenthesized(cut.trim_start()).map_or(cut, |(_, after)| after),
            None => rest,
        };
    }
    let word_end = text.find([' ', ':', ',']).unwrap_or(text.len());
    let word = &text[..word_end];
    let mut rest = if catalog::text_code_table(word).is_some() {
        // A code written with a prefix (Kakao Talk Certification's `E2003`).
        said.text_code = Some(word);
        &text[word_end..]
    } else {
        let digits = text
            .char_indices()
            .find(|&(i, c)| !(c.is_ascii_digit() || (i == 0 && c == '-')))
            .map_or(text.len(), |(i, _)| i);
        said.code = text[..digits].parse().ok();
        &text[digits..]
    };
    if let Some((inner, after)) = parenthesized(rest) {
        let (row, case) = match inner.split_once("; case ") {
            Some((row, case)) => (row, Some(case)),
            None => (inner, None),
        };
        said.row = (row != "undocumented").then_some(row);
        said.case = case;
        rest = after;
    }
    rest
}

/// The body the line says, written again in its shape.
fn body(said: &Said<'_>, status: u16) -> Vec<u8> {
    let mut object = Map::new();
    if let Some(error) = said.oauth_error {
        object.insert("error".into(), json!(error));
        object.insert("error_description".into(), json!(said.message));
        if let Some(code) = said.text_code {
            object.insert("error_code".into(), json!(code));
        }
    } else if let Some(error_type) = said.error_type {
        object.insert("errorType".into(), json!(error_type));
        object.insert("message".into(), json!(said.message));
    } else if let Some(code) = said.text_code {
        let shape = catalog::text_code_table(code).map_or(Shape::ErrorMsg, |t| t.shape());
        write_shape(&mut object, shape, json!(code), said.message);
    } else if let Some(code) = said.code {
        let entry = entry_of(code, said.row, status);
        let shape = entry.as_ref().map_or(Shape::Code, |e| e.table().shape());
        write_shape(&mut object, shape, json!(code), said.message);
        if let Some(name) = said.js_name {
            object.insert("name".into(), json!(name));
        }
        if let Some(case) = said.case {
            told_apart(&mut object, code, case);
        }
    } else if let Some(raw) = &said.raw_code {
        write_shape(&mut object, Shape::Code, json!(raw), said.message);
    } else if let Some(message) = said.message {
        object.insert("msg".into(), json!(message));
    }
    serde_json::to_vec(&Value::Object(object)).unwrap_or_default()
}

/// A body of `shape` with `code` and `message`, as Kakao writes one.
fn write_shape(object: &mut Map<String, Value>, shape: Shape, code: Value, message: Option<&str>) {
    let (code_key, message_key) = match shape {
        Shape::OAuth => ("error_code", "error_description"),
        Shape::ErrorMsg => ("error_code", "error_msg"),
        Shape::ErrorMessage => ("error_code", "error_message"),
        _ => ("code", "msg"),
    };
    object.insert(code_key.into(), code);
    if let Some(message) = message {
        object.insert(message_key.into(), json!(message));
    }
}

/// The catalog's entry for `code` that the line names (`row`), else the one `status` picks,
/// among the tables of top-level codes (not detail or route result codes).
fn entry_of(code: i64, row: Option<&str>, status: u16) -> Option<Entry> {
    let code = ErrorCode::new(i32::try_from(code).ok()?);
    let entries: Vec<Entry> = catalog::TABLES
        .iter()
        .filter(|table| !matches!(table.shape(), Shape::Detail { .. } | Shape::Route))
        .flat_map(|table| table.rows(code))
        .collect();
    let named = row.and_then(|row| entries.iter().find(|e| e.name() == row));
    let by_status = entries.iter().find(|e| e.status() == Some(status));
    named.or(by_status).or(entries.first()).cloned()
}

/// Adds to `object` what tells the case `name` apart, where the line does not say it: the
/// detail code of a detail table's row so named (`extras.detailCode`), or a case row's sub-code
/// (`extras.method_result_code`). A status or a phrase is in the line already.
fn told_apart(object: &mut Map<String, Value>, code: i64, name: &str) {
    let detail = catalog::TABLES
        .iter()
        .find_map(|table| match table.shape() {
            Shape::Detail { under, .. } if i64::from(under) == code => table
                .entries()
                .find(|entry| entry.name() == name)
                .map(|entry| entry.code().number()),
            _ => None,
        });
    let extras = match detail {
        Some(detail) => json!({ "detailCode": detail }),
        None => {
            let sub_code = PAGES
                .iter()
                .flat_map(|rows| rows.iter())
                .filter(|row| row.name() == name)
                .find_map(|row| match row.when() {
                    When::SubCode(sub_code) => Some(sub_code),
                    _ => None,
                });
            match sub_code {
                Some(sub_code) => json!({ "method_result_code": sub_code }),
                None => return,
            }
        }
    };
    object.insert("extras".into(), extras);
}

/// The word at the start of `text` (up to a space, `,`, `:` or `(`) and the rest.
fn word(text: &str) -> (&str, &str) {
    let end = text.find([' ', ',', ':', '(']).unwrap_or(text.len());
    text.split_at(end)
}

/// ` (inner)` at the start of `text`: `inner` and the rest after `)`.
fn parenthesized(text: &str) -> Option<(&str, &str)> {
    let inner = text.strip_prefix(" (")?;
    let end = inner.find(')')?;
    Some((&inner[..end], &inner[end + 1..]))
}

/// A message without the marks the line adds: ` (body cut short)`, ` (texts cut)`, and the
/// cut `… (N bytes)`.
fn without_marks(message: &str) -> &str {
    let message = message
        .strip_suffix(" (body cut short)")
        .or_else(|| message.strip_suffix(" (texts cut)"))
        .unwrap_or(message);
    match message.rfind('…') {
        Some(at) if message[at..].ends_with(" bytes)") => &message[..at],
        _ => message,
    }
}

/// Where the Rust string literal at the start of `text` ends (after its closing quote).
fn literal_end(text: &str) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in text.char_indices().skip(1) {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// The text of a Rust string literal as `{:?}` writes it (`"a\"b\u{1b}"`); `None` if it is
/// not one.
fn unquote(literal: &str) -> Option<String> {
    let inner = literal.strip_prefix('"')?;
    let inner = &inner[..inner.rfind('"')?];
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            '0' => out.push('\0'),
            'u' => {
                let hex: String = chars
                    .by_ref()
                    .skip_while(|&c| c == '{')
                    .take_while(|&c| c != '}')
                    .collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
            }
            other => out.push(other),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body_of(line: &str) -> (u16, String) {
        let read = read(line).unwrap().unwrap();
        (read.status, String::from_utf8(read.body).unwrap())
    }

    #[test]
    fn each_shape_of_the_line() {
        let cases = [
            (
                "Kakao API error: HTTP 403, code -402 (InsufficientScope): 사용자 동의 필요",
                403,
                r#"{"code":-402,"msg":"사용자 동의 필요"}"#,
            ),
            (
                "Kakao API error: HTTP 400, OAuth error invalid_grant (KOE320): authorization code not found for code=x",
                400,
                r#"{"error":"invalid_grant","error_description":"authorization code not found for code=x","error_code":"KOE320"}"#,
            ),
            (
                "Kakao API error: HTTP 401, KAPIError, code -401 (InvalidToken; case WrongAppKeyFormat): wrong appKey(null) format",
                401,
                r#"{"code":-401,"msg":"wrong appKey(null) format","name":"KAPIError"}"#,
            ),
            (
                "Kakao API error: HTTP 403, NotAuthorizedError (case MapServiceDisabled): App(x) disabled OPEN_MAP_AND_LOCAL service.",
                403,
                r#"{"errorType":"NotAuthorizedError","message":"App(x) disabled OPEN_MAP_AND_LOCAL service."}"#,
            ),
            (
                "Kakao API error: HTTP 400, KAE004: time expired",
                400,
                r#"{"error_code":"KAE004","error_msg":"time expired"}"#,
            ),
            (
                "Kakao API error: HTTP 400, code -780 (undocumented): approval failure!",
                400,
                r#"{"error_code":-780,"error_message":"approval failure!"}"#,
            ),
            (
                "Kakao API error: HTTP 400, code -813 (MomentInternalError; case BankCodeNotFound): KakaoMomentException",
                400,
                r#"{"code":-813,"msg":"KakaoMomentException","extras":{"detailCode":2007}}"#,
            ),
            (
                "Kakao API error: HTTP 400, code -780 (ApprovalFailed; case UserLocked): approval failure!",
                400,
                r#"{"error_code":-780,"error_message":"approval failure!","extras":{"method_result_code":"USER_LOCKED"}}"#,
            ),
            (
                r#"Kakao API error: HTTP 400, code "KKO_3018": cannot send"#,
                400,
                r#"{"code":"KKO_3018","msg":"cannot send"}"#,
            ),
            ("Kakao API error: HTTP 502, empty body", 502, ""),
            (
                r#"Kakao API error: HTTP 200, unreadable body (30 bytes): "{\"routes\":[{\"result_code\":104}]}""#,
                200,
                r#"{"routes":[{"result_code":104}]}"#,
            ),
            (
                "Kakao API error: HTTP 500, code -1 (InternalError): oops… (5000 bytes) (texts cut)",
                500,
                r#"{"code":-1,"msg":"oops"}"#,
            ),
        ];
        for (line, status, body) in cases {
            let (got_status, got_body) = body_of(line);
            assert_eq!(got_status, status, "{line}");
            let got: Value = serde_json::from_str(&got_body).unwrap_or(Value::Null);
            let want: Value = serde_json::from_str(body).unwrap_or(Value::Null);
            assert_eq!(got, want, "{line}\n{got_body}");
        }
    }

    #[test]
    fn the_line_is_found_inside_other_text() {
        let text = "2026-01-02 ERROR call failed: Kakao API error: HTTP 401, code -401 (InvalidToken): this access token does not exist\nnext line";
        assert_eq!(
            body_of(text),
            (
                401,
                r#"{"code":-401,"msg":"this access token does not exist"}"#.to_owned()
            )
        );
        assert!(read("no such line").is_none());
        assert!(read("Kakao API error: HTTP abc").unwrap().is_err());
    }

    #[test]
    fn literals_are_read_as_debug_writes_them() {
        for text in [
            "plain",
            "a\"b",
            "back\\slash",
            "esc\u{1b}[2J",
            "nl\nx",
            "κόσμε",
        ] {
            assert_eq!(unquote(&format!("{text:?}")).as_deref(), Some(text));
        }
        assert_eq!(unquote("no quotes"), None);
    }
}
