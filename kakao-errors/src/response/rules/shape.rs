//! Which shape a body is, and its code: a JSON object read into the slots of
//! [`SCHEMA`](super::members::SCHEMA), a plain-text `[code] message`, anything else kept as an
//! excerpt.

use crate::catalog::{self, Shape, Table};
use crate::read::code::CodeValue;
use crate::read::json;
use crate::read::limits::{EXCERPT_LIMIT, LONGEST_READ_WHOLE};
use crate::response::kind::BodyKind;

use super::members::{
    BodyTexts, CODE, DESCRIPTION, ERROR, ERROR_CODE, ERROR_MESSAGE, ERROR_MSG, ERROR_TYPE, EXCERPT,
    KakaoDraft, MESSAGE, MSG, NAME,
};

/// What a body gave.
pub(crate) struct BodyRead {
    /// Its shape.
    pub(crate) kind: BodyKind,
    /// The code: `code` when it is an integer in `i64`, else Kakao Pay's integer `error_code`
    /// when there is no `code` at all; or the bracketed code of a plain-text body.
    pub(crate) code: Option<i64>,
    /// How much of it was kept.
    pub(crate) kept: Kept,
    /// The length of the message's whole text (at most `u32::MAX`) when it was kept cut, else
    /// 0.
    pub(crate) message_len: u32,
    /// Its texts.
    pub(crate) texts: BodyTexts,
}

/// How much of a body was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kept {
    /// Everything the body said.
    All,
    /// The fields read before the body broke off (truncated, with trailing bytes, or past the
    /// reader's longest body), or nothing of an error body's shape; the excerpt.
    BrokeOff,
    /// Read whole, but a text was kept cut to bound memory; the excerpt.
    TextCut,
}

/// Reads `body`: a JSON object (after whitespace and a byte order mark), a plain-text
/// `[code] message`, nothing (or only whitespace), or anything else, kept as an excerpt.
#[inline] // Called once per body.
pub(crate) fn read_body(body: &[u8]) -> BodyRead {
    read_body_with(body, LONGEST_READ_WHOLE)
}

/// [`read_body`], with the longest JSON body read whole (lower in tests).
#[inline] // Called once per body.
pub(crate) fn read_body_with(body: &[u8], longest: usize) -> BodyRead {
    let mut trimmed = trim_start(body);
    if let Some(rest) = trimmed.strip_prefix(b"\xEF\xBB\xBF") {
        trimmed = trim_start(rest);
    }
    match trimmed.first() {
        Some(b'{') => read_json(body, trimmed, json::Start::SerdeJson, longest),
        None => BodyRead {
            kind: BodyKind::Empty,
            code: None,
            kept: Kept::All,
            message_len: 0,
            texts: BodyTexts::default(),
        },
        Some(b'[') => read_text(body, trimmed).unwrap_or_else(|| unreadable(body)),
        Some(_) => unreadable(body),
    }
}

/// Reads the JSON object `json` (the body from its `{`): its shape and code, and the excerpt of
/// a body not kept whole. A JSON object with nothing of a known shape is not read as an error
/// body: its members are still in `field`, its beginning is kept too.
#[inline] // Called once per body.
fn read_json(body: &[u8], json: &[u8], start: json::Start, longest: usize) -> BodyRead {
    let mut draft = KakaoDraft::new();
    let complete = json::read(&mut draft, json, start, longest);
    let (kind, code) = shape(&mut draft);
    let complete = complete && kind.is_some();
    let cut = draft.was_cut();
    if !complete || cut {
        // Made by the reader for a body it did not read whole or kept nothing of; a body
        // whose known members were all of the wrong type (`{"msg":5}`) gets it now.
        draft.reserve(EXCERPT_LIMIT);
        draft.put_lossy(EXCERPT, body, EXCERPT_LIMIT);
    }
    BodyRead {
        // Nothing of a known shape: the members are still in `field`, the beginning of the
        // body in `excerpt`.
        kind: kind.unwrap_or(BodyKind::Unreadable),
        code,
        kept: match (complete, cut) {
            (false, _) => Kept::BrokeOff,
            (true, true) => Kept::TextCut,
            (true, false) => Kept::All,
        },
        message_len: draft.cut_lead_len(),
        texts: BodyTexts::seal(&mut draft),
    }
}

/// The shape and code of a filled draft; leaves in the draft only the code texts that are
/// kept as text (a `code` that is not an integer, a `KOE` or `KAE` code).
#[inline] // Called once per body.
fn shape(draft: &mut KakaoDraft) -> (Option<BodyKind>, Option<i64>) {
    let code = CodeValue::of(draft, CODE);
    if let CodeValue::Int(_) = code {
        draft.unset(CODE);
    }
    let error_code = CodeValue::of(draft, ERROR_CODE);
    // A text `error_code` is a code written with a prefix (`KOE320`, `KAE001`, `E2001`); an
    // integer one is Kakao Pay's code.
    if !(error_code == CodeValue::Text && draft.was_string(ERROR_CODE)) {
        draft.unset(ERROR_CODE);
    }
    let pay_code = match (code, error_code) {
        (CodeValue::Absent, CodeValue::Int(n)) => Some(n),
        _ => None,
    };
    // A text code's table says the shape: Kakao Login's `KOE` an OAuth body, Kakao Talk
    // Channel's `KAE` one with `error_msg`, Kakao Talk Certification's `E` one with
    // `error_message`; a code no table writes, by its other members.
    let text_shape = draft
        .text(ERROR_CODE)
        .and_then(catalog::text_code_table)
        .map(Table::shape);
    let has = |slot| draft.has(slot);
    let kind = if code != CodeValue::Absent {
        Some(if has(NAME) {
            BodyKind::JavaScript
        } else {
            BodyKind::Rest
        })
    } else if has(ERROR) || has(DESCRIPTION) {
        Some(BodyKind::OAuth)
    } else if has(ERROR_CODE) {
        Some(match text_shape {
            Some(Shape::ErrorMsg) => BodyKind::Kae,
            Some(Shape::ErrorMessage) => BodyKind::Pay,
            Some(_) => BodyKind::OAuth,
            None if has(ERROR_MSG) => BodyKind::Kae,
            None if has(ERROR_MESSAGE) => BodyKind::Pay,
            None => BodyKind::OAuth,
        })
    } else if has(ERROR_MSG) {
        Some(BodyKind::Kae)
    } else if pay_code.is_some() || has(ERROR_MESSAGE) {
        Some(BodyKind::Pay)
    } else if has(ERROR_TYPE) || has(MESSAGE) {
        Some(BodyKind::Dapi)
    } else if draft.has_field() {
        Some(BodyKind::Rest)
    } else {
        None
    };
    let code = match code {
        CodeValue::Int(n) => Some(n),
        _ => pay_code,
    };
    (kind, code)
}

/// Reads `[code] message` (`text`, the body from its `[`); `None` if the text does not start
/// that way. A message longer than [`EXCERPT_LIMIT`] is kept cut.
fn read_text(body: &[u8], text: &[u8]) -> Option<BodyRead> {
    // The code: an optional sign and at most 24 digits (beyond i64 it is kept raw).
    let close = text.iter().take(28).position(|&b| b == b']')?;
    let inside = core::str::from_utf8(&text[1..close]).ok()?.trim();
    let digits = inside.strip_prefix(['-', '+']).unwrap_or(inside);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut draft = KakaoDraft::new();
    let code = inside.parse::<i64>().ok();
    if code.is_none() {
        draft.put(CODE, inside);
    }
    let rest = trim_start(&text[close + 1..]);
    let end = rest
        .iter()
        .rposition(|&b| !b.is_ascii_whitespace())
        .map_or(0, |i| i + 1);
    let message = &rest[..end];
    let (kept, message_len) = if draft.put_lossy(MSG, message, EXCERPT_LIMIT) {
        (Kept::All, 0)
    } else {
        draft.put_lossy(EXCERPT, body, EXCERPT_LIMIT);
        (
            Kept::TextCut,
            u32::try_from(message.len()).unwrap_or(u32::MAX),
        )
    };
    Some(BodyRead {
        kind: BodyKind::Text,
        code,
        kept,
        message_len,
        texts: BodyTexts::seal(&mut draft),
    })
}

/// Keeps the beginning of `body`, which is not an error body this crate reads.
fn unreadable(body: &[u8]) -> BodyRead {
    let mut draft = KakaoDraft::new();
    draft.put_lossy(EXCERPT, body, EXCERPT_LIMIT);
    BodyRead {
        kind: BodyKind::Unreadable,
        code: None,
        kept: Kept::BrokeOff,
        message_len: 0,
        texts: BodyTexts::seal(&mut draft),
    }
}

/// `bytes` from its first byte that is not ASCII whitespace.
fn trim_start(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    &bytes[start..]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::prop_json;
    use crate::response::rules::members::{
        ALLOWED_SCOPES, API_TYPE, DETAIL_CODE, DETAIL_MSG, RECEIVER_IDS, REQUIRED_SCOPES, SCHEMA,
    };
    use proptest::prelude::*;
    use serde_json::Value;

    /// Every slot a member is read into, in slot order.
    const READ_INTO: [crate::read::Slot; 16] = [
        CODE,
        MSG,
        DESCRIPTION,
        ERROR_MESSAGE,
        ERROR_MSG,
        MESSAGE,
        ERROR,
        ERROR_CODE,
        NAME,
        API_TYPE,
        ERROR_TYPE,
        DETAIL_CODE,
        DETAIL_MSG,
        REQUIRED_SCOPES,
        ALLOWED_SCOPES,
        RECEIVER_IDS,
    ];

    /// What a read kept, as plain values: the kind, the code, whether it is complete, every
    /// slot's text or list, and the OAuth `error`.
    type Summary = (BodyKind, Option<i64>, Kept, Vec<Option<String>>);

    fn summary(read: BodyRead) -> Summary {
        let texts = read.texts;
        let mut kept: Vec<Option<String>> = READ_INTO
            .iter()
            .map(|&slot| match texts.text_list(slot) {
                Some(items) => Some(items.collect::<Vec<_>>().join("\u{1}")),
                None => texts.text(slot).map(str::to_owned),
            })
            .collect();
        kept.push(texts.oauth_error().map(|e| e.as_str().to_owned()));
        (read.kind, read.code, read.kept, kept)
    }

    /// Reads the JSON body `json` with serde_json and with the tolerant reader.
    fn both(json: &str) -> (Summary, Summary) {
        let bytes = json.as_bytes();
        let read = |start| summary(read_json(bytes, bytes, start, LONGEST_READ_WHOLE));
        (read(json::Start::SerdeJson), read(json::Start::Tolerant))
    }

    #[test]
    fn kakao_members_go_into_their_slots() {
        let json = r#"{"code":-1,"msg":null,"code":-2,"msg":"second","required_scopes":["a"],"required_scopes":["b"],"extras":{"detail\u0043ode":7}}"#;
        let (fast, tolerant) = both(json);
        assert_eq!(fast, tolerant);
        assert_eq!((fast.0, fast.1), (BodyKind::Rest, Some(-1)));
        let texts = fast.3;
        assert_eq!(texts[1], None, "msg: the first value was null");
        assert_eq!(texts[11].as_deref(), Some("7"));
        assert_eq!(texts[13].as_deref(), Some("a"));
    }

    #[test]
    fn codes_are_decided_by_their_text() {
        for (json, code, unparsed) in [
            (r#"{"code":-402.0}"#, Some(-402), None),
            (r#"{"code":-4.02e2}"#, Some(-402), None),
            (
                r#"{"code":-402.00000000000001}"#,
                None,
                Some("-402.00000000000001"),
            ),
            (r#"{"code":-9223372036854775808}"#, Some(i64::MIN), None),
            (
                r#"{"code":-9223372036854775809}"#,
                None,
                Some("-9223372036854775809"),
            ),
            (
                r#"{"code":9223372036854775808}"#,
                None,
                Some("9223372036854775808"),
            ),
            (
                r#"{"code":-402.00000000000001,"x":NaN}"#,
                None,
                Some("-402.00000000000001"),
            ),
        ] {
            let (fast, tolerant) = both(json);
            assert_eq!(fast.0, BodyKind::Rest, "{json}");
            assert_eq!((fast.1, fast.3[0].as_deref()), (code, unparsed), "{json}");
            if !json.contains("NaN") {
                assert_eq!(fast, tolerant, "{json}");
            }
        }
        // Kakao Pay's integer `error_code` too.
        let (fast, _) = both(r#"{"error_code":-780.5,"error_message":"m"}"#);
        assert_eq!((fast.0, fast.1), (BodyKind::Pay, None));
        let (fast, _) = both(r#"{"error_code":-78e1,"error_message":"m"}"#);
        assert_eq!((fast.0, fast.1), (BodyKind::Pay, Some(-780)));
    }

    #[test]
    fn a_huge_body_keeps_the_code_of_its_beginning() {
        // `longest` stands for the gibibyte (the real one is tested with a body of zeros the
        // system gives without touching it: `tests/tests/response_memory.rs`).
        let body = format!(
            r#"{{"code":-401,"msg":"token expired","padding":"{}"}}"#,
            "x".repeat(1000)
        );
        let read = read_body_with(body.as_bytes(), 500);
        assert_eq!((read.kind, read.code), (BodyKind::Rest, Some(-401)));
        assert_eq!(read.kept, Kept::BrokeOff);
        assert_eq!(read.texts.message(), Some("token expired"));
        assert_eq!(read.texts.text(EXCERPT), Some(&body[..EXCERPT_LIMIT]));
        assert_eq!(read.texts.json(), Some(&body[..500]));
        let whole = read_body_with(body.as_bytes(), body.len());
        assert_eq!(whole.kept, Kept::All);
        assert_eq!(whole.texts.text(EXCERPT), None);
    }

    #[test]
    fn an_object_of_no_known_member_keeps_its_excerpt_without_growing() {
        // Room for the excerpt is made with the body's text, not after it: the text is never
        // copied to a larger buffer.
        for body in [
            format!(r#"{{"y":"{}"}}"#, "a".repeat(20_000)),
            format!(r#"{{"msg":5,"y":"{}"}}"#, "a".repeat(20_000)),
            format!(r#"{{"code":null,"y":"{}"}}"#, "a".repeat(20_000)),
        ] {
            let read = read_body(body.as_bytes());
            assert_eq!(
                (read.kind, read.kept),
                (BodyKind::Unreadable, Kept::BrokeOff)
            );
            assert_eq!(read.texts.text(EXCERPT).map(str::len), Some(EXCERPT_LIMIT));
            assert_eq!(read.texts.json(), Some(body.as_str()));
        }
    }

    fn key() -> impl Strategy<Value = String> {
        prop_json::key(SCHEMA.top.table.iter().map(|&(name, _)| name).collect())
    }

    fn value() -> impl Strategy<Value = Value> {
        prop_json::value(&["KOE320", "KAE001", "kae001"], ["detailCode", "detailMsg"])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// On every well-formed object, the tolerant reader keeps exactly what serde_json
        /// keeps, and the rules read the same shape and code from both.
        #[test]
        fn tolerant_reader_agrees_with_serde_json(
            entries in prop::collection::vec((key(), value()), 0..8),
            pretty in any::<bool>(),
        ) {
            let object = Value::Object(entries.into_iter().collect());
            let json = if pretty {
                serde_json::to_string_pretty(&object).unwrap()
            } else {
                serde_json::to_string(&object).unwrap()
            };
            let (fast, tolerant) = both(&json);
            prop_assert!(fast.2 == Kept::All || fast.0 == BodyKind::Unreadable);
            prop_assert_eq!(fast, tolerant, "{}", json);
        }
    }
}
