//! Property tests: whatever the body, parsing never panics, keeps the status, keeps the code
//! whenever the body has one, and never invents a code.

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
    let start = format!("Kakao API error: HTTP {status}");
    prop_assert!(line.starts_with(&start), "{}", line);
    prop_assert!(!line.contains('\n') && !line.contains('\r'), "{}", line);
    let _ = format!("{e:?}");
    Ok(())
}

/// The code a JSON body carries, by the documented rule: an integer in `i64`, an integral
/// float in range, or a string holding an integer. A body that is only a bracketed integer
/// (`[0]`) reads as the plain-text shape with that code.
fn code_of(value: &Value) -> Option<i64> {
    if let Some([Value::Number(n)]) = value.as_array().map(Vec::as_slice) {
        return n.as_i64();
    }
    match value.as_object()?.get("code")? {
        Value::Number(n) => n.as_i64().or_else(|| {
            let f = n.as_f64()?;
            (f.fract() == 0.0 && (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f))
                .then_some(f as i64)
        }),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
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
