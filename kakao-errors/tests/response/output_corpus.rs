//! Redacted by default, raw on request: every response of the corpus
//! (`tests/fixtures/output-corpus.json`) through every output path of a parsed response
//! (`Display`, `{:?}`, `{:#?}`, the serialized form, the remedy's `Display`) shows no secret,
//! and always the status and the code; the accessors still give what was sent.
#![cfg(all(feature = "serde", feature = "response"))]

use crate::corpus;

use kakao_errors::response::parse;
use serde_json::json;

use corpus::{assert_clean, assert_shows, corpus};

/// The corpus itself: enough entries, each with a secret, and every secret of a body in it.
#[test]
fn the_corpus_is_what_the_tests_expect() {
    let corpus = corpus();
    assert!(corpus.responses.len() >= 20, "{}", corpus.responses.len());
    for entry in &corpus.responses {
        assert!(!entry.secrets.is_empty(), "{}", entry.name);
        assert!(
            entry.shows.contains(&entry.status.to_string()),
            "{}: shows its status",
            entry.name
        );
        let carried = entry.secrets.iter().any(|secret| {
            entry.body.contains(secret.as_str())
                || entry.url.contains(secret.as_str())
                || entry
                    .headers
                    .iter()
                    .any(|(_, v)| v.contains(secret.as_str()))
        });
        assert!(carried, "{}: its secrets are in the response", entry.name);
    }
}

#[test]
fn no_output_shows_a_secret_and_every_output_shows_the_status_and_the_code() {
    for entry in &corpus().responses {
        let e = parse(entry.status, entry.body.as_bytes());
        let mut outputs = corpus::outputs(&e);
        outputs.push(("remedy", e.remedy().to_string()));
        for (what, output) in &outputs {
            // The remedy names no status or code.
            let shows = if *what == "remedy" {
                &[][..]
            } else {
                &entry.shows[..]
            };
            assert_shows(&entry.name, what, output, &entry.secrets, shows);
            assert_clean(&entry.name, what, output);
        }
    }
}

/// A program that asks gets the data: each secret of a body is in what an accessor gives
/// (the message, the excerpt, a member as sent), and the unredacted view shows the message's.
#[test]
fn the_accessors_give_what_was_sent() {
    for entry in &corpus().responses {
        let e = parse(entry.status, entry.body.as_bytes());
        let mut given: Vec<&str> = [e.message(), e.excerpt(), e.extras()]
            .into_iter()
            .flatten()
            .collect();
        given.extend(e.fields().map(|(_, raw)| raw));
        for secret in entry
            .secrets
            .iter()
            .filter(|s| entry.body.contains(s.as_str()))
        {
            assert!(
                given.iter().any(|text| text.contains(secret.as_str())),
                "{}: no accessor gives {secret:?}",
                entry.name
            );
        }
        if let Some(message) = e.message().filter(|m| m.len() < 1000) {
            let line = e.unredacted().to_string();
            for secret in entry
                .secrets
                .iter()
                .filter(|s| message.contains(s.as_str()))
            {
                assert!(line.contains(secret.as_str()), "{}: {line}", entry.name);
            }
        }
    }
}

/// The shape stays: what was redacted still says what it was.
#[test]
fn redaction_keeps_the_shape() {
    let e = parse(
        400,
        br#"{"error":"invalid_grant","error_description":"authorization code not found for code=Zx9uQ2kTq","error_code":"KOE320"}"#,
    );
    assert_eq!(
        e.to_string(),
        "Kakao API error: HTTP 400, OAuth error invalid_grant (KOE320): authorization code not found for code=<redacted>"
    );
    assert!(
        format!("{e:?}").contains(r#"message: "authorization code not found for code=<redacted>""#),
        "{e:?}"
    );
    let page = b"<p>GET /v2/user/me?access_token=tok3n&code=c0de&x=1 failed</p>";
    let e = parse(502, page);
    assert_eq!(
        e.to_string(),
        r#"Kakao API error: HTTP 502, unreadable body (62 bytes): "<p>GET /v2/user/me?access_token=<redacted>&code=<redacted>&x=1 failed</p>""#
    );
    let e = parse(
        401,
        br#"{"code":-401,"msg":"expired","access_token":"tok3n","expires_in":0,"id_token":null}"#,
    );
    let v = serde_json::to_value(&e).unwrap();
    assert_eq!(
        v["other_fields"],
        json!({"access_token": "<redacted>", "expires_in": 0, "id_token": null})
    );
    // An error code is what the line is about: `code` stays when it is one.
    let e = parse(
        400,
        br#"{"code":-2,"msg":"see code=KOE320 and code: -402"}"#,
    );
    assert!(
        e.to_string().ends_with("see code=KOE320 and code: -402"),
        "{e}"
    );
}

/// The report keeps what support needs: the remedy (its name, and the wait where it waits),
/// `Retry-After` and the request id, next to the case.
#[cfg(feature = "http")]
#[test]
fn the_report_keeps_the_remedy_the_wait_and_the_request_id() {
    let response = http::Response::builder()
        .status(429)
        .header("retry-after", "30")
        .header("x-request-id", "req-7f3a-42")
        .header("set-cookie", "_kawlt=COOKIE-abc; Path=/")
        .body(&br#"{"code":-10,"msg":"API limit has been exceeded."}"#[..])
        .unwrap();
    let e = kakao_errors::http::check(response).unwrap_err();
    let v = serde_json::to_value(&e).unwrap();
    assert_eq!(v["remedy"], json!({"name": "throttled", "after": 30}));
    assert_eq!(v["retry_after"], 30);
    assert_eq!(v["request_id"], "req-7f3a-42");
    assert!(!serde_json::to_string(&e).unwrap().contains("COOKIE"));
    let debug = format!("{e:?}");
    assert!(debug.contains("retry_after: 30s") && debug.contains("request_id: \"req-7f3a-42\""));

    // A remedy that does not wait has no `after`, and without headers there is no id.
    let v = serde_json::to_value(parse(403, br#"{"code":-402,"msg":"m"}"#)).unwrap();
    assert_eq!(
        v["remedy"],
        json!({"name": "request_consent", "after": null})
    );
    assert_eq!(
        (&v["retry_after"], &v["request_id"]),
        (&serde_json::Value::Null, &serde_json::Value::Null)
    );
    let v = serde_json::to_value(parse(502, b"")).unwrap();
    assert_eq!(v["remedy"], json!({"name": "retry", "after": null}));
}
