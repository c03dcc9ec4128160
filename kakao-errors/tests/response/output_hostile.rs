//! Clean and bounded: no control, bidirectional or invisible character from a response reaches
//! `Display`, `Debug` or the serialized form unescaped (the corpus's `hostile` list, and
//! escape sequences in codes and messages); `Debug` is bounded like `Display`; the serialized
//! form reads back with serde_json's default limits however deep a member nests; the other
//! types that hold a response's text (failed routes, fixtures) follow the rule in `Debug`.
#![cfg(all(feature = "serde", feature = "response"))]

use crate::corpus;

use kakao_errors::redact::JSON_DEPTH_LIMIT;
use kakao_errors::response::{BodyKind, parse};
use serde_json::{Value, json};

use corpus::{assert_clean, assert_shows, corpus};

#[test]
fn no_hidden_character_reaches_any_output() {
    for entry in &corpus().hostile {
        let e = parse(entry.status, entry.body.as_bytes());
        let mut outputs = corpus::outputs(&e);
        outputs.push(("remedy", e.remedy().to_string()));
        if let Some(error) = e.oauth_error() {
            outputs.push(("OAuthError Display", error.to_string()));
            outputs.push(("OAuthError Debug", format!("{error:?}")));
        }
        for (what, output) in &outputs {
            assert_clean(&entry.name, what, output);
            if !what.starts_with("remedy") && !what.starts_with("OAuthError") {
                assert_shows(&entry.name, what, output, &[], &entry.shows);
            }
        }
        let line = e.to_string();
        assert!(line.len() < 4096, "{}: {} bytes", entry.name, line.len());
    }
}

/// Hidden characters are escaped, not dropped: a reader sees that they were there.
#[test]
fn escape_sequences_are_shown_escaped() {
    let e = parse(
        400,
        br#"{"code":-2,"msg":"\u001b]0;owned\u0007 then \u001b[2J"}"#,
    );
    assert_eq!(
        e.to_string(),
        r"Kakao API error: HTTP 400, code -2 (IllegalParams): \u{1b}]0;owned\u{7} then \u{1b}[2J"
    );
    assert!(
        format!("{e:?}").contains(r#"message: "\u{1b}]0;owned\u{7} then \u{1b}[2J""#),
        "{e:?}"
    );
    let v = serde_json::to_value(&e).unwrap();
    assert_eq!(v["message"], r"\u{1b}]0;owned\u{7} then \u{1b}[2J");

    // In the code, sent as a string that is not a number.
    let e = parse(400, b"{\"code\":\"\x1b[2J-402\",\"msg\":\"x\"}");
    assert_eq!(e.unparsed_code(), Some("\u{1b}[2J-402"));
    assert!(e.to_string().contains(r#"code "\u{1b}[2J-402""#), "{e}");
    let v = serde_json::to_value(&e).unwrap();
    assert_eq!(v["unparsed_code"], r"\u{1b}[2J-402");

    // In an OAuth error and its KOE code.
    let e = parse(
        400,
        br#"{"error":"invalid_grant\u001b[2J","error_description":"d","error_code":"KOE320\u001b[31m"}"#,
    );
    assert_eq!(
        e.to_string(),
        r"Kakao API error: HTTP 400, OAuth error invalid_grant\u{1b}[2J (KOE320\u{1b}[31m): d"
    );

    // Bidirectional overrides and zero-width characters, raw or escaped in the JSON.
    let e = parse(
        401,
        "{\"code\":-401,\"msg\":\"\u{202e}gnp.exe \\u2066x\\u2069 a\u{200b}b\\ufeff\"}".as_bytes(),
    );
    assert!(
        e.to_string()
            .ends_with(r": \u{202e}gnp.exe \u{2066}x\u{2069} a\u{200b}b\u{feff}"),
        "{e}"
    );
    let v = serde_json::to_value(&e).unwrap();
    assert_eq!(
        v["message"],
        r"\u{202e}gnp.exe \u{2066}x\u{2069} a\u{200b}b\u{feff}"
    );

    // A gateway's page with a C1 CSI: the excerpt's `Debug` form escapes it.
    let e = parse(502, "<html>\u{9b}2J</html>".as_bytes());
    assert!(
        e.to_string().ends_with(r#": "<html>\u{9b}2J</html>""#),
        "{e}"
    );
}

/// Members the typed keys do not show, and `extras`, are written again with their strings
/// cleaned, their keys too; the output is still JSON of the same shape.
#[test]
fn raw_members_are_cleaned_in_the_serialized_form() {
    let body = "{\"code\":-2,\"msg\":\"m\",\"x\\u001b[2J\":\"\\u202e\",\"y\":[\"\u{202e}\u{200b}\",1.50],\"extras\":{\"k\":\"\\u001b[2J\",\"\u{2066}\":1}}";
    let e = parse(400, body.as_bytes());
    let v = serde_json::to_value(&e).unwrap();
    assert_eq!(
        v["other_fields"],
        json!({r"x\u{1b}[2J": r"\u{202e}", "y": [r"\u{202e}\u{200b}", 1.5]})
    );
    assert_eq!(v["extras"], json!({"k": r"\u{1b}[2J", r"\u{2066}": 1}));
    // Numbers keep their digits as sent.
    let text = serde_json::to_string(&e).unwrap();
    assert!(text.contains("1.50]"), "{text}");
}

/// A body with `depth` nested arrays in the member `name` (`other_fields`) or in `extras`.
fn nested(name: &str, depth: usize) -> String {
    format!(
        r#"{{"code":-2,"msg":"m","{name}":{}1{}}}"#,
        "[".repeat(depth),
        "]".repeat(depth)
    )
}

/// The issue's case: a member nested 126 deep (2 levels short of serde_json's limit of 128, so
/// that its place in the serialized form went past it), and 10,000 deep, in `other_fields` and
/// in `extras`: the output reads back with serde_json's default limits.
#[test]
fn the_serialized_form_reads_back_however_deep_a_member_nests() {
    for depth in [JSON_DEPTH_LIMIT + 1, 126, 127, 10_000] {
        for (name, key) in [("deep", "other_fields"), ("extras", "extras")] {
            let body = nested(name, depth);
            let e = parse(400, body.as_bytes());
            let text = serde_json::to_string(&e).unwrap();
            let v: Value = serde_json::from_str(&text)
                .unwrap_or_else(|err| panic!("{depth} deep in {key}: {err}"));
            // Too deep for a report: embedded as a string of its text.
            let embedded = if key == "extras" {
                &v[key]
            } else {
                &v[key][name]
            };
            let expected = format!("{}1{}", "[".repeat(depth), "]".repeat(depth));
            assert_eq!(embedded.as_str(), Some(expected.as_str()), "{depth} deep");
            assert_eq!(v["code"], -2);
        }
    }
    // Up to the limit, a value is embedded as JSON.
    let e = parse(400, nested("deep", JSON_DEPTH_LIMIT).as_bytes());
    let v: Value = serde_json::from_str(&serde_json::to_string(&e).unwrap()).unwrap();
    assert!(v["other_fields"]["deep"].is_array());
}

/// `Debug` is bounded like `Display`: at most 1 KiB of each text, 16 items of each list, the
/// rest counted; the issue's 846 KB body gave a million bytes.
#[test]
fn debug_is_bounded_whatever_the_body() {
    let message = "가".repeat(282_000);
    let body = format!(r#"{{"code":-401,"msg":"{message}"}}"#);
    assert!(body.len() > 846_000);
    let e = parse(401, body.as_bytes());
    assert_eq!(e.message().map(str::len), Some(846_000));
    for debug in [format!("{e:?}"), format!("{e:#?}")] {
        assert!(debug.len() < 2048, "{} bytes", debug.len());
        assert!(debug.contains("… (844977 more bytes)"), "{debug}");
    }

    // Many long scopes, a long excerpt of escapes, long extras and an OAuth error value.
    let scope = "s".repeat(1000);
    let scopes = vec![scope.as_str(); 1024];
    let extras = "x".repeat(100_000);
    let body = json!({
        "code": -402,
        "msg": "\u{1b}".repeat(5000),
        "required_scopes": scopes,
        "allowed_scopes": scopes,
        "receiver_ids": scopes,
        "api_type": "\u{202e}".repeat(5000),
        "extras": {"e": extras},
    })
    .to_string();
    let e = parse(403, body.as_bytes());
    for debug in [format!("{e:?}"), format!("{e:#?}")] {
        assert!(debug.len() < 16 << 10, "{} bytes", debug.len());
        assert!(debug.contains("… (1008 more)"), "the lists' cut is counted");
        assert!(debug.contains("more bytes"), "the texts' cut is counted");
    }
    let e = parse(
        400,
        format!(r#"{{"error":"{}"}}"#, "\u{1b}".repeat(400)).as_bytes(),
    );
    assert_eq!(e.kind(), BodyKind::OAuth);
    let debug = format!("{:?}", e.oauth_error().unwrap());
    assert!(debug.len() < 1100, "{} bytes", debug.len());
    // The excerpt of a page of escapes.
    let e = parse(502, "\u{1b}".repeat(10_000).as_bytes());
    assert!(format!("{e:?}").len() < 2048);
    assert!(e.to_string().len() < 2048);
}

/// `Display` stays under 4 KiB when every character of a text is one an escape writes longer.
#[test]
fn display_is_bounded_when_escapes_expand() {
    for c in ['\u{1b}', '\u{9b}', '\u{202e}', '\u{e0041}'] {
        let text = c.to_string().repeat(5000);
        let bodies = [
            json!({"code": -2, "msg": text}).to_string(),
            json!({"error": text, "error_description": text, "error_code": text}).to_string(),
            json!({"errorType": text, "message": text}).to_string(),
            json!({"code": text, "msg": text}).to_string(),
            format!("[-401] {text}"),
            format!("<html>{text}"),
        ];
        for body in &bodies {
            let e = parse(400, body.as_bytes());
            let line = e.to_string();
            assert!(line.len() < 4096, "{c:?}: {} bytes", line.len());
            assert!(!line.contains(c));
        }
    }
}

/// The other public types that hold a response's text follow the rule in `Debug`: a directions
/// answer's failed routes (messages escaped and redacted, at most 16 routes shown), and a
/// fixture holding a message Kakao sends (redacted).
#[test]
fn other_types_holding_response_text_follow_the_rule() {
    use kakao_errors::mobility::failed_routes;

    let route =
        json!({"result_code": 104, "result_msg": "\u{1b}]0;x\u{7} access_token=tok3nValue"});
    let body = json!({"routes": vec![route; 40]}).to_string();
    let routes = failed_routes(body.as_bytes()).unwrap();
    assert_eq!(routes.failed(), 40);
    for debug in [format!("{routes:?}"), format!("{routes:#?}")] {
        assert!(
            !debug.contains("tok3nValue") && !debug.contains('\u{1b}'),
            "{debug}"
        );
        assert!(
            debug.contains(r"\u{1b}]0;x\u{7} access_token=<redacted>"),
            "{debug}"
        );
        assert!(debug.contains("… (24 more)"), "{debug}");
    }
    // The accessor gives the message as sent.
    let first = routes.iter().next().unwrap();
    assert!(first.message().unwrap().ends_with("tok3nValue"));

    #[cfg(feature = "fixture")]
    {
        use kakao_errors::fixture::Fixture;
        use kakao_errors::oauth::KoeError;

        let fixture = Fixture::of(&KoeError::AuthorizationCodeNotFound)
            .message("authorization code not found for code=Zx9uQ2kTq\u{202e}");
        let debug = format!("{fixture:?}");
        assert!(
            !debug.contains("Zx9uQ2kTq") && !debug.contains('\u{202e}'),
            "{debug}"
        );
        assert!(debug.contains(r#"message: "authorization code not found for code=<redacted>"#));
        assert!(
            String::from_utf8(fixture.body())
                .unwrap()
                .contains("Zx9uQ2kTq")
        );
    }
}
