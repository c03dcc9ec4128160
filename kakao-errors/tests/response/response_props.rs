//! Property tests: whatever the body, parsing never panics, keeps the status, keeps the code
//! whenever the body has one (even when other values are damaged), never invents a code, keeps
//! every member of a JSON object as sent, and shows at most 4 KiB.
#![cfg(feature = "response")]

use kakao_errors::KakaoError;
use kakao_errors::response::{BodyKind, EXCERPT_LIMIT, ResponseError, parse};
use kakao_errors::rest::ApiError;
use proptest::prelude::*;
use serde_json::{Map, Value};

/// Checks that hold for every parse: the status and length are kept, the texts are bounded
/// where they must be, `Display` is one line, and the cause matches the code.
fn check_invariants(status: u16, body: &[u8], e: &ResponseError) -> Result<(), TestCaseError> {
    prop_assert_eq!(e.status(), status);
    prop_assert_eq!(e.body_len(), body.len());
    if let Some(excerpt) = e.excerpt() {
        prop_assert!(excerpt.len() <= EXCERPT_LIMIT);
        prop_assert!(!e.is_complete());
    }
    if e.kind() == BodyKind::Unreadable {
        prop_assert!(e.excerpt().is_some());
        prop_assert_eq!(e.code(), None);
    }
    if e.kind() == BodyKind::Text {
        prop_assert!(e.message().is_some_and(|m| m.len() <= EXCERPT_LIMIT));
    }
    let expected_cause = e
        .code()
        .and_then(|c| i32::try_from(c).ok())
        .and_then(ApiError::from_code);
    prop_assert_eq!(e.cause(), expected_cause.as_ref());
    let line = e.to_string();
    prop_assert!(line.len() < 4096, "{} bytes", line.len());
    let start = format!("Kakao API error: HTTP {status}");
    prop_assert!(line.starts_with(&start), "{}", line);
    prop_assert!(
        !line.contains(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}']),
        "{}",
        line
    );
    let _ = format!("{e:?}");
    Ok(())
}

/// What a `code` (or `error_code`) value gives, by the documented rule: `Ok(Some(n))` for an
/// integer in `i64`, a number whose decimal text is exactly an integer in `i64` (decided by
/// the text as sent, not by an `f64`), or a string holding an integer; `Ok(None)` when it
/// gives nothing (`null`, `""`, a boolean, an object, an array); `Err(())` when it is a code
/// that is not an integer.
fn code_value(value: &Value) -> Result<Option<i64>, ()> {
    match value {
        Value::Number(n) => n
            .as_i64()
            .or_else(|| exact_integer(&n.to_string()))
            .map(Some)
            .ok_or(()),
        Value::String(s) if s.trim().is_empty() => Ok(None),
        Value::String(s) => s.trim().parse().map(Some).map_err(|_| ()),
        _ => Ok(None),
    }
}

/// The integer a number written by serde_json (`-12.5`, `4.611686018427388e18`, `1e-7`)
/// stands for exactly, if it is one in `i64`: its significant digits `m` and exponent `e`,
/// `m * 10^e`, in `i128`.
fn exact_integer(text: &str) -> Option<i64> {
    let (mantissa, exponent) = match text.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i32>().ok()?),
        None => (text, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits: i128 = format!("{whole}{fraction}").parse().ok()?;
    let exponent = exponent - i32::try_from(fraction.len()).ok()?;
    let value = if digits == 0 {
        0
    } else if exponent >= 0 {
        digits.checked_mul(10i128.checked_pow(exponent.unsigned_abs())?)?
    } else {
        let divisor = 10i128.checked_pow(exponent.unsigned_abs())?;
        if digits % divisor != 0 {
            return None;
        }
        digits / divisor
    };
    i64::try_from(value).ok()
}

/// The code a JSON body carries: `code`, or, when there is no `code` at all, an integer
/// `error_code` (Kakao Pay). A body that is only a bracketed integer (`[0]`) reads as the
/// plain-text shape with that code.
fn code_of(value: &Value) -> Option<i64> {
    if let Some([Value::Number(n)]) = value.as_array().map(Vec::as_slice) {
        return n.as_i64();
    }
    let object = value.as_object()?;
    match object.get("code").map(code_value) {
        Some(Ok(Some(code))) => Some(code),
        Some(Err(())) => None,
        Some(Ok(None)) | None => object
            .get("error_code")
            .and_then(|v| code_value(v).ok().flatten()),
    }
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..24).prop_map(String::from_iter)
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(&[
            "code",
            "msg",
            "error",
            "error_description",
            "error_code",
            "name",
            "required_scopes",
            "allowed_scopes",
            "api_type",
            "errorType",
            "message",
            "error_message",
            "error_msg",
            "extras",
            "receiver_ids",
        ][..])
        .prop_map(str::to_owned),
        1 => text(),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1e20f64..1e20).prop_map(Value::from),
        (-10_000i32..10_000).prop_map(|n| Value::from(f64::from(n))),
        (-10_000i64..10).prop_map(|n| Value::String(n.to_string())),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6)
                .prop_map(|entries| Value::Object(entries.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// A REST error body with an arbitrary code and message, and arbitrary extra fields.
fn rest_body() -> impl Strategy<Value = (i64, String, Value)> {
    let code = prop_oneof![
        prop::sample::select(ApiError::CODES).prop_map(i64::from),
        any::<i32>().prop_map(i64::from),
        any::<i64>(),
    ];
    (
        code,
        text(),
        prop::collection::vec((text(), json_value()), 0..4),
    )
        .prop_map(|(code, msg, extra)| {
            let mut map = Map::new();
            for (k, v) in extra {
                map.insert(format!("x-{k}"), v);
            }
            map.insert("code".into(), code.into());
            map.insert("msg".into(), msg.clone().into());
            (code, msg, Value::Object(map))
        })
}

fn status() -> impl Strategy<Value = u16> {
    prop_oneof![
        prop::sample::select(&[400u16, 401, 403, 404, 429, 500, 502, 503, 504][..]),
        any::<u16>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]

    #[test]
    fn arbitrary_bytes_never_panic(status in status(), body in prop::collection::vec(any::<u8>(), 0..1200)) {
        let e = parse(status, &body);
        check_invariants(status, &body, &e)?;
    }

    #[test]
    fn arbitrary_json_keeps_the_code(status in status(), value in json_value()) {
        let body = serde_json::to_vec(&value).unwrap();
        let e = parse(status, &body);
        check_invariants(status, &body, &e)?;
        prop_assert_eq!(e.code(), code_of(&value), "body {}", String::from_utf8_lossy(&body));
        if value.is_object() && e.kind() != BodyKind::Unreadable {
            prop_assert!(e.is_complete());
        }
    }

    #[test]
    fn rest_bodies_keep_code_and_exact_message(status in status(), (code, msg, value) in rest_body()) {
        for body in [serde_json::to_vec(&value).unwrap(), serde_json::to_vec_pretty(&value).unwrap()] {
            let e = parse(status, &body);
            check_invariants(status, &body, &e)?;
            prop_assert_eq!(e.kind(), BodyKind::Rest);
            prop_assert_eq!(e.code(), Some(code));
            prop_assert_eq!(e.message(), Some(msg.as_str()));
            prop_assert!(e.is_complete());
        }
    }

    #[test]
    fn truncated_bodies_never_invent_a_code((code, _msg, value) in rest_body(), cut in any::<prop::sample::Index>()) {
        let body = serde_json::to_vec(&value).unwrap();
        let prefix = &body[..cut.index(body.len() + 1)];
        let e = parse(500, prefix);
        check_invariants(500, prefix, &e)?;
        prop_assert!(e.code().is_none() || e.code() == Some(code), "prefix {}", String::from_utf8_lossy(prefix));
    }

    #[test]
    fn text_bodies_keep_the_bracketed_code(status in status(), code in any::<i64>(), rest in text()) {
        let body = format!("[{code}] {rest}");
        let e = parse(status, body.as_bytes());
        check_invariants(status, body.as_bytes(), &e)?;
        prop_assert_eq!(e.kind(), BodyKind::Text);
        prop_assert_eq!(e.code(), Some(code));
    }
}

/// A value serde_json rejects, damaged inside itself only (the members around it stay
/// members): lone surrogates, numbers beyond `f64`, bytes that are not UTF-8 and raw control
/// characters in strings, bad escapes, bare words, nesting beyond serde_json's recursion limit,
/// and containers holding such values (with trailing commas and a missing colon).
fn damaged_value() -> impl Strategy<Value = Vec<u8>> {
    let leaf = prop_oneof![
        (0xD800u32..0xE000).prop_map(|unit| format!(r#""a\u{unit:04x}b""#).into_bytes()),
        prop::sample::select(&["1e400", "-1e999", "123456789e999999", "1e-999999"][..])
            .prop_map(|s| s.as_bytes().to_vec()),
        prop::collection::vec(0x80u8..=0xFF, 1..6)
            .prop_map(|bad| [&b"\"x"[..], &bad, b"y\""].concat()),
        (0u8..0x20).prop_map(|c| vec![b'"', b'a', c, b'b', b'"']),
        prop::sample::select(
            &[
                r#""\x41""#,
                r#""\u12G4""#,
                r#""\u12""#,
                r#""\'""#,
                "NaN",
                "Infinity",
                "-Infinity",
                "undefined",
                "tru",
                "nul",
                "01",
                "+5",
                ".5",
                "1.",
                "0x1F",
                "'single'",
            ][..]
        )
        .prop_map(|s| s.as_bytes().to_vec()),
        (129usize..400)
            .prop_map(|depth| ["[".repeat(depth), "]".repeat(depth)].concat().into_bytes()),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            inner
                .clone()
                .prop_map(|v| [&b"[1,"[..], &v, b",]"].concat()),
            inner.prop_map(|v| [&b"{\"k\":"[..], &v, b",\"j\" 2}"].concat()),
        ]
    })
}

/// A member value: well-formed, or damaged.
fn member_value() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        json_value().prop_map(|v| serde_json::to_vec(&v).unwrap()),
        damaged_value(),
    ]
}

/// The text before a body: nothing, whitespace, a byte order mark and whitespace.
fn prefix() -> impl Strategy<Value = Vec<u8>> {
    const PREFIXES: [&[u8]; 4] = [b"", b" \n", b"\xEF\xBB\xBF", b"\xEF\xBB\xBF\r\n\t "];
    prop::sample::select(&PREFIXES[..]).prop_map(<[u8]>::to_vec)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// A REST body whose other members are damaged in any of the ways serde_json rejects
    /// keeps its `"code":-401`, wherever it stands.
    #[test]
    fn damaged_members_never_cost_the_code(
        prefix in prefix(),
        members in prop::collection::vec(
            (key().prop_filter("not a code", |k| k != "code"), member_value()),
            0..6,
        ),
        at in any::<prop::sample::Index>(),
        spaced in any::<bool>(),
    ) {
        let sep: &[u8] = if spaced { b" ,\n " } else { b"," };
        let mut parts: Vec<Vec<u8>> = members
            .into_iter()
            .map(|(k, v)| [serde_json::to_vec(&k).unwrap(), b":".to_vec(), v].concat())
            .collect();
        parts.insert(at.index(parts.len() + 1), br#""code":-401"#.to_vec());
        let body = [prefix, b"{".to_vec(), parts.join(sep), b"}".to_vec()].concat();
        let e = parse(401, &body);
        check_invariants(401, &body, &e)?;
        prop_assert_eq!(e.code(), Some(-401), "body {}", String::from_utf8_lossy(&body));
        prop_assert_eq!(e.field("code"), Some("-401"));
    }

    /// Every member of a well-formed object is given back by `field` exactly as serde_json
    /// sees its raw text.
    #[test]
    fn field_gives_each_member_as_sent(
        entries in prop::collection::btree_map(key(), json_value(), 0..6),
        pretty in any::<bool>(),
    ) {
        let value = Value::Object(entries.into_iter().collect());
        let body = if pretty {
            serde_json::to_vec_pretty(&value).unwrap()
        } else {
            serde_json::to_vec(&value).unwrap()
        };
        let e = parse(400, &body);
        let raw: std::collections::BTreeMap<String, &serde_json::value::RawValue> =
            serde_json::from_slice(&body).unwrap();
        prop_assert_eq!(e.fields().count(), raw.len());
        for (name, raw) in &raw {
            prop_assert_eq!(e.field(name), Some(raw.get()), "{}", name);
        }
    }
}

/// A body made of JSON's pieces in any order: brackets, keys, colons, commas, numbers,
/// strings with good and bad escapes, bytes that are not UTF-8, a byte order mark.
fn soup() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        prop::sample::select(
            &[
                "{",
                "}",
                "[",
                "]",
                ":",
                ",",
                " ",
                "\n",
                "\"",
                "\\",
                "\"code\"",
                "\"msg\"",
                "\"error_code\"",
                "\"extras\"",
                "\"required_scopes\"",
                "\"detailCode\"",
                "-401",
                "-402.0",
                "-402.00000000000001",
                "1e400",
                "-9223372036854775809",
                "null",
                "true",
                "NaN",
                "\"KOE320\"",
                "\"kae001\"",
                r#""\u00e9""#,
                r#""\ud800""#,
                r#""\x""#,
                r#""\u12""#,
                "\u{feff}",
                "\u{2028}",
            ][..]
        )
        .prop_map(|s| s.as_bytes().to_vec()),
        prop::collection::vec(any::<u8>(), 1..4),
        text().prop_map(|t| serde_json::to_vec(&t).unwrap()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever JSON's pieces a body is made of, parsing never panics and keeps the status.
    #[test]
    fn bodies_of_json_pieces_never_panic(status in status(), body in soup()) {
        let e = parse(status, &body);
        check_invariants(status, &body, &e)?;
    }

    /// A JSON integer `code` in `i32` is always found: wherever it stands among other members,
    /// well-formed or damaged, after whitespace or a byte order mark, with bytes after the
    /// object (not UTF-8, even), in a body small enough to be copied before it is read or
    /// large enough to be read in place.
    #[test]
    fn an_integer_code_in_i32_is_always_found(
        status in status(),
        prefix in prefix(),
        code in any::<i32>(),
        members in prop::collection::vec(
            (key().prop_filter("not a code", |k| k != "code"), member_value()),
            0..5,
        ),
        at in any::<prop::sample::Index>(),
        spaced in any::<bool>(),
        padding in prop_oneof![Just(0usize), 16_300usize..16_500],
        trailing in prop::collection::vec(any::<u8>(), 0..6),
    ) {
        let sep: &[u8] = if spaced { b" ,\n " } else { b"," };
        let mut parts: Vec<Vec<u8>> = members
            .into_iter()
            .map(|(k, v)| [serde_json::to_vec(&k).unwrap(), b":".to_vec(), v].concat())
            .collect();
        if padding > 0 {
            parts.push(format!(r#""x-padding":"{}""#, "p".repeat(padding)).into_bytes());
        }
        let member = if spaced { format!(r#""code" : {code}"#) } else { format!(r#""code":{code}"#) };
        parts.insert(at.index(parts.len() + 1), member.into_bytes());
        let body = [prefix, b"{".to_vec(), parts.join(sep), b"}".to_vec(), trailing].concat();
        let e = parse(status, &body);
        check_invariants(status, &body, &e)?;
        prop_assert_eq!(e.code(), Some(i64::from(code)), "body {}", String::from_utf8_lossy(&body));
    }

    /// A number is a code only if its text is exactly an integer: a fraction that an `f64`
    /// would round away still makes it no integer, and a code just past `i64` is kept as sent.
    #[test]
    fn a_code_is_decided_by_its_text(
        code in any::<i32>(),
        zeros in 0usize..30,
        digit in 1u8..10,
        past in 1u64..1000,
        float in (-9.2e18f64..9.2e18).prop_filter("large", |f| f.abs() > 9.007e15),
    ) {
        let exact = format!(r#"{{"code":{code}.{}}}"#, "0".repeat(zeros));
        prop_assert_eq!(parse(400, exact.as_bytes()).code(), Some(i64::from(code)));
        let text = format!("{code}.{}{digit}", "0".repeat(zeros));
        let e = parse(400, format!(r#"{{"code":{text}}}"#).as_bytes());
        prop_assert_eq!((e.code(), e.unparsed_code()), (None, Some(text.as_str())));
        let beyond = format!("-{}", 9_223_372_036_854_775_808u64 + past);
        let e = parse(400, format!(r#"{{"code":{beyond}}}"#).as_bytes());
        prop_assert_eq!((e.code(), e.unparsed_code()), (None, Some(beyond.as_str())));
        // An integral float as serde_json writes it (`4.611686018427388e18`): the integer its
        // text says, not the f64's.
        let body = serde_json::to_vec(&serde_json::json!({ "code": float })).unwrap();
        let written = serde_json::to_value(float).unwrap().to_string();
        prop_assert_eq!(parse(400, &body).code(), exact_integer(&written), "{}", written);
    }
}
