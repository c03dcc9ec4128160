//! Property tests of `kakao_errors::redact`: on any text, made of the pieces secrets and hostile
//! sequences are made of, `clean` never panics, keeps within its budget, holds no hidden
//! character, never shows a value it redacts, and `json` always reads back.
#![cfg(all(feature = "serde", feature = "response"))]

use kakao_errors::redact::{REDACTED, clean, is_hidden, json};
use proptest::prelude::*;

/// The pieces texts are made of: names, separators, quotes, escapes, hidden characters,
/// characters of every UTF-8 length, and anything.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("code".to_owned()),
        Just("access_token".to_owned()),
        Just("Authorization".to_owned()),
        Just("Bearer ".to_owned()),
        Just("KakaoAK ".to_owned()),
        Just("Set-Cookie: ".to_owned()),
        Just("=".to_owned()),
        Just(":".to_owned()),
        Just("%3D".to_owned()),
        Just("%3F".to_owned()),
        Just("\"".to_owned()),
        Just("\\\"".to_owned()),
        Just("'".to_owned()),
        Just(" ".to_owned()),
        Just("&".to_owned()),
        Just("SECRETabc123".to_owned()),
        Just("-402".to_owned()),
        Just("\u{1b}[2J".to_owned()),
        Just("\u{202e}".to_owned()),
        Just("\u{200b}".to_owned()),
        Just("\u{9b}".to_owned()),
        Just("\u{e0041}".to_owned()),
        Just("가".to_owned()),
        Just("\n".to_owned()),
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn clean_is_bounded_and_clean(text in text(), limit in 0usize..200) {
        let line = clean(&text).max_bytes(limit).to_string();
        // The budget, and the cut's note (`… (N bytes)`).
        prop_assert!(line.len() <= limit + 30, "{} > {limit}: {line:?}", line.len());
        prop_assert!(!line.chars().any(is_hidden), "{line:?}");
        let debug = format!("{:?}", clean(&text).max_bytes(limit));
        prop_assert!(debug.len() <= limit + 40, "{} > {limit}: {debug:?}", debug.len());
        prop_assert!(!debug.chars().any(is_hidden), "{debug:?}");
        let whole = clean(&text).to_string();
        prop_assert!(!whole.chars().any(is_hidden), "{whole:?}");
        // What is redacted is the same in a bounded line: a line shows no more of a secret.
        if !whole.contains(REDACTED) {
            let raw = clean(&text).unredacted().to_string();
            prop_assert_eq!(&whole, &raw);
        }
        // A name followed at once by `=` and a secret-looking value is always redacted.
        let named = format!("{text} access_token=SECRETxyz789 ");
        let shown = clean(&named).to_string();
        prop_assert!(!shown.contains("SECRETxyz789"), "{shown:?}");
    }

    #[test]
    fn json_always_reads_back(text in text()) {
        for raw in [
            text.clone(),
            serde_json::to_string(&text).unwrap(),
            serde_json::json!({"access_token": text, "x": [text]}).to_string(),
        ] {
            let out = serde_json::to_string(&json(&raw)).unwrap();
            let value: serde_json::Value = serde_json::from_str(&out)
                .map_err(|e| TestCaseError::fail(format!("{e}: {out}")))?;
            let mut strings = vec![];
            let mut stack = vec![&value];
            while let Some(v) = stack.pop() {
                match v {
                    serde_json::Value::String(s) => strings.push(s.as_str()),
                    serde_json::Value::Array(items) => stack.extend(items),
                    serde_json::Value::Object(members) => {
                        for (k, v) in members {
                            strings.push(k);
                            stack.push(v);
                        }
                    }
                    _ => {}
                }
            }
            for s in strings {
                prop_assert!(!s.chars().any(is_hidden), "{s:?} in {out}");
            }
        }
    }
}
