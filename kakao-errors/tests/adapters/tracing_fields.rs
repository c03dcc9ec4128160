//! Feature `tracing`: the events the adapters emit, captured by a subscriber written for the
//! test (`support_tracing`), over real HTTP/1.1 exchanges with the loopback server
//! (`loopback/server.rs`): each event's level, target and exact fields for a -402 through
//! `kakao_check()`, a -1 retried twice then answered, a give-up on the budget and on the
//! deadline, a KOE320, a refresh that fails with KOE322, a consent; the corpus of secret and
//! hostile responses (`tests/fixtures/output-corpus.json`) through `kakao_check()`, the
//! middleware and `http::check`: no secret and no hidden character in any field, the status
//! and the code always there. Every adapter that the build enables is tested: `kakao_check()`
//! (reqwest 0.13), the middleware of both reqwest-middleware versions, the tower policy and
//! layer.
//!
//! That nothing is emitted with the feature off cannot be seen in a build that has it: the
//! feature is off by default (`cargo tree -e features -p kakao-errors` shows no `tracing`), and
//! every event is compiled only with it. Without `http` (which every adapter implies) no event
//! can be emitted, and there is nothing to test; the corpus is read with `serde`.
#![cfg(all(feature = "tracing", feature = "http"))]
#![cfg_attr(
    not(any(
        feature = "reqwest-middleware",
        feature = "reqwest-middleware-0-4",
        all(feature = "tower", feature = "reqwest")
    )),
    allow(
        dead_code,
        reason = "the retry events' helpers serve the retry adapters' tests"
    )
)]

use tracing::Level;

#[cfg(feature = "serde")]
use crate::corpus;
#[cfg(feature = "reqwest")]
use crate::server;
use crate::support_tracing::{self, Captured, Value, fields, int, s};

/// The target of every event.
const TARGET: &str = "kakao_errors";

/// One expected event: its level, its message and its other fields.
type Expected<'a> = (Level, &'a str, Vec<(&'a str, Value)>);

/// Asserts that `events` are exactly `expected`, in order: level, target, message and every
/// field, none more.
#[track_caller]
fn assert_events(events: &[Captured], expected: &[Expected<'_>]) {
    let wanted: Vec<_> = expected
        .iter()
        .map(|(level, message, pairs)| {
            let mut all = fields(pairs);
            all.insert("message".to_owned(), s(message));
            (*level, TARGET.to_owned(), all)
        })
        .collect();
    let got: Vec<_> = events
        .iter()
        .map(|event| (event.level, event.target.clone(), event.fields.clone()))
        .collect();
    assert_eq!(got, wanted);
}

/// The fields every failure event of a response has, with its code.
fn response_fields<'a>(
    error_type: &'a str,
    status: i128,
    code: &'a str,
    remedy: &'a str,
) -> Vec<(&'a str, Value)> {
    vec![
        ("error.type", s(error_type)),
        ("http.response.status_code", int(status)),
        ("kakao.error.code", s(code)),
        ("kakao.remedy", s(remedy)),
    ]
}

/// `fields` and `more`.
fn with<'a>(mut fields: Vec<(&'a str, Value)>, more: &[(&'a str, Value)]) -> Vec<(&'a str, Value)> {
    fields.extend_from_slice(more);
    fields
}

const CHECKED: &str = "Kakao API error response";
const RETRYING: &str = "retrying a Kakao API request";
const NOT_RETRYING: &str = "not retrying a Kakao API request";

/// The documented examples of `error.type`, through `http::check`: no network, the same event
/// as `kakao_check()`'s.
mod http_check {
    use super::*;

    fn checked(status: u16, headers: &[(&str, &str)], body: &str) -> Vec<Captured> {
        let (capture, _guard) = support_tracing::Capture::install();
        let mut response = http::Response::builder().status(status);
        for (name, value) in headers {
            response = response.header(*name, *value);
        }
        let response = response.body(body.to_owned()).unwrap();
        assert!(kakao_errors::http::check(response).is_err());
        capture.take()
    }

    #[test]
    fn the_documented_error_types_hold() {
        let cases = [
            (
                403,
                r#"{"code":-402,"msg":"m"}"#,
                "kakao.rest:-402",
                "-402",
                "request_consent",
            ),
            (
                400,
                r#"{"error":"invalid_grant","error_description":"authorization code not found for code=Zx9uQ2","error_code":"KOE320"}"#,
                "kakao.oauth:KOE320",
                "KOE320",
                "relogin",
            ),
            (
                403,
                r#"{"errorType":"NotAuthorizedError","message":"App(x) disabled OPEN_MAP_AND_LOCAL service."}"#,
                "kakao.dapi:NotAuthorizedError",
                "NotAuthorizedError",
                "fix_app_settings",
            ),
            (
                400,
                r#"{"error_code":"KAE004","error_msg":"m"}"#,
                "kakao.kae:KAE004",
                "KAE004",
                "user_action",
            ),
            (
                500,
                r#"{"error_code":-780,"error_message":"m"}"#,
                "kakao.pay:-780",
                "-780",
                "retry",
            ),
        ];
        for (status, body, error_type, code, remedy) in cases {
            let events = checked(status, &[], body);
            let expected = response_fields(error_type, status.into(), code, remedy);
            assert_events(&events, &[(Level::DEBUG, CHECKED, expected)]);
        }
    }

    #[test]
    fn a_response_without_a_code_is_its_status() {
        let events = checked(502, &[("x-request-id", "gw-1")], "<html>Bad Gateway</html>");
        assert_events(
            &events,
            &[(
                Level::DEBUG,
                CHECKED,
                vec![
                    ("error.type", s("502")),
                    ("http.response.status_code", int(502)),
                    ("kakao.remedy", s("retry")),
                    ("kakao.request_id", s("gw-1")),
                ],
            )],
        );
    }

    #[test]
    fn a_request_id_that_names_a_secret_is_left_out() {
        let events = checked(
            400,
            &[("x-request-id", "access_token=tok-S3CR3T")],
            r#"{"code":-2,"msg":"m"}"#,
        );
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].get("kakao.request_id"), None);
        assert!(events[0].texts().all(|(_, text)| !text.contains("S3CR3T")));
    }

    #[test]
    fn a_success_emits_nothing() {
        let (capture, _guard) = support_tracing::Capture::install();
        let response = http::Response::new(r#"{"id":1}"#);
        assert!(kakao_errors::http::check(response).is_ok());
        assert_eq!(capture.take(), []);
    }

    /// Every hostile response of the corpus: no field holds a hidden character, and a code
    /// that is not a code's shape is `_OTHER`.
    #[cfg(feature = "serde")]
    #[test]
    fn no_hostile_text_reaches_a_field() {
        for entry in corpus::corpus().hostile {
            let events = checked(entry.status, &[], &entry.body);
            assert_eq!(events.len(), 1, "{}", entry.name);
            assert_clean_fields(&entry.name, &events[0]);
            let code = events[0].get("kakao.error.code").map(Value::text);
            // The codes the corpus writes with escapes or marks in them.
            if entry.body.contains(r#""code":"\u001b"#)
                || entry.body.contains(r#""error_code":"KOE320\u001b"#)
                || entry.body.contains(r#""error_code":"KAE001\u202e"#)
                || entry.body.contains(r#""errorType":"Access\u001b"#)
            {
                assert_eq!(code.as_deref(), Some("_OTHER"), "{}", entry.name);
            }
            assert_eq!(
                events[0].get("http.response.status_code"),
                Some(&int(entry.status.into())),
                "{}",
                entry.name
            );
        }
    }
}

/// Asserts that no field of `event` holds a hidden character (an escape sequence, a
/// bidirectional or zero-width mark) and that each of its codes has a code's shape.
#[cfg(feature = "serde")]
#[track_caller]
fn assert_clean_fields(name: &str, event: &Captured) {
    for (field, text) in event.texts() {
        assert!(
            !text.chars().any(corpus::is_forbidden),
            "{name}: {field} holds a hidden character: {text:?}"
        );
    }
    if let Some(code) = event.get("kakao.error.code") {
        let code = code.text();
        assert!(
            code == "_OTHER"
                || (code.len() <= 20
                    && code
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')),
            "{name}: {code:?}"
        );
    }
}

/// Asserts that no field of any of `events` shows one of `secrets`, and that each shows
/// `status` and, where it has a code, one of `shows` (the corpus's status and code).
#[cfg(all(feature = "serde", any(feature = "reqwest", feature = "reqwest-0-12")))]
#[track_caller]
fn assert_no_secret(name: &str, events: &[Captured], entry: &corpus::Secretive) {
    assert!(!events.is_empty(), "{name}: no event");
    for event in events {
        for (field, text) in event.texts() {
            for secret in &entry.secrets {
                assert!(
                    !text.contains(secret.as_str()),
                    "{name}: {field} shows the secret {secret:?}: {text}"
                );
            }
        }
        assert_clean_fields(name, event);
        assert_eq!(
            event.get("http.response.status_code"),
            Some(&int(entry.status.into())),
            "{name}: {event:?}"
        );
    }
}

/// The code the corpus says an entry's outputs show (its `shows` other than the status, and
/// other than a JavaScript error's name), if any.
#[cfg(all(feature = "serde", any(feature = "reqwest", feature = "reqwest-0-12")))]
fn corpus_code(entry: &corpus::Secretive) -> Option<&str> {
    let status = entry.status.to_string();
    entry
        .shows
        .iter()
        .map(String::as_str)
        .find(|shown| *shown != status && *shown != "KAPIError")
}

/// Asserts that the `kakao_check()` event of a corpus entry shows its code.
#[cfg(all(feature = "serde", any(feature = "reqwest", feature = "reqwest-0-12")))]
#[track_caller]
fn assert_shows_code(entry: &corpus::Secretive, checked: &Captured) {
    let error_type = checked.get("error.type").map(Value::text).unwrap();
    match corpus_code(entry) {
        Some(code) => {
            assert_eq!(
                checked.get("kakao.error.code"),
                Some(&s(code)),
                "{}",
                entry.name
            );
            assert!(error_type.ends_with(&format!(":{code}")), "{error_type}");
        }
        None => assert_eq!(error_type, entry.status.to_string(), "{}", entry.name),
    }
}

#[cfg(feature = "reqwest")]
mod kakao_check {
    use kakao_errors::reqwest::ResponseExt;

    use super::server::{Reply, Server, TIMEOUT, runtime};
    use super::*;

    fn client() -> reqwest::Client {
        reqwest::Client::builder()
            .timeout(TIMEOUT)
            .no_proxy()
            .build()
            .unwrap()
    }

    /// What `kakao_check()` emits for `reply`, and whether it gave an error.
    fn check(reply: Reply, path: &str) -> (Vec<Captured>, bool) {
        let server = Server::replying(vec![reply]);
        let (capture, _guard) = support_tracing::Capture::install();
        let failed = runtime().block_on(async {
            let response = client().get(server.url(path)).send().await.unwrap();
            response.kakao_check().await.is_err()
        });
        (capture.take(), failed)
    }

    #[test]
    fn a_402_is_one_debug_event() {
        let (events, failed) = check(Reply::consent(), "/v1/api/talk/memo/default/send");
        assert!(failed);
        assert_events(
            &events,
            &[(
                Level::DEBUG,
                CHECKED,
                with(
                    response_fields("kakao.rest:-402", 403, "-402", "request_consent"),
                    &[("kakao.request_id", s("7f3a-42"))],
                ),
            )],
        );
    }

    #[test]
    fn a_koe320_is_kakao_oauth_koe320_and_its_code_is_in_no_field() {
        let body = r#"{"error":"invalid_grant","error_description":"authorization code not found for code=Zx9uQ2kTq","error_code":"KOE320"}"#;
        let reply = Reply::Whole(400, "Content-Type: application/json\r\n", body.into());
        let (events, failed) = check(reply, "/oauth/token?code=Zx9uQ2kTq");
        assert!(failed);
        assert_events(
            &events,
            &[(
                Level::DEBUG,
                CHECKED,
                response_fields("kakao.oauth:KOE320", 400, "KOE320", "relogin"),
            )],
        );
    }

    #[test]
    fn a_success_emits_nothing() {
        let (events, failed) = check(Reply::ok(), "/v2/user/me");
        assert!(!failed);
        assert_eq!(events, []);
    }

    /// Every secret-carrying response of the corpus, sent with its headers to its request
    /// URL: no secret in any field of any event, the status and the code always there.
    #[cfg(feature = "serde")]
    #[test]
    fn the_corpus_leaves_no_secret_in_any_field() {
        for entry in corpus::corpus().responses {
            let reply = Reply::Whole(
                entry.status,
                entry.header_lines(),
                entry.body.clone().into_bytes(),
            );
            let (events, failed) = check(reply, entry.path());
            assert!(failed, "{}", entry.name);
            assert_eq!(events.len(), 1, "{}: {events:?}", entry.name);
            assert_no_secret(&entry.name, &events, &entry);
            assert_shows_code(&entry, &events[0]);
        }
    }

    /// Every hostile response of the corpus through `kakao_check()`.
    #[cfg(feature = "serde")]
    #[test]
    fn no_hostile_text_reaches_a_field() {
        for entry in corpus::corpus().hostile {
            let reply = Reply::Whole(entry.status, "", entry.body.clone().into_bytes());
            let (events, failed) = check(reply, "/v2/user/me");
            assert!(failed, "{}", entry.name);
            assert_eq!(events.len(), 1, "{}", entry.name);
            assert_clean_fields(&entry.name, &events[0]);
        }
    }
}

/// The retry and auth middleware cases, for one reqwest-middleware version: `reqwest` and
/// `reqwest_middleware` name that version's crates.
#[cfg(any(feature = "reqwest-middleware", feature = "reqwest-middleware-0-4"))]
macro_rules! middleware_cases {
    () => {
        use std::time::Duration;

        use kakao_errors::auth::{AccessToken, LoginApp, Refresher};
        use kakao_errors::reqwest::ResponseExt;
        use kakao_errors::reqwest_middleware::{KakaoAuth, KakaoRetry};
        use kakao_errors::retry::{RetryBudget, RetryPolicy, RetrySettings};
        use tracing::Instrument as _;

        use crate::server::{Reply, Server, TIMEOUT, refusing_url, runtime};
        use crate::support_tracing::Capture;
        use crate::tracing_fields::*;

        /// 1 ms, then 2 ms: short waits, known exactly.
        const FAST: RetryPolicy = RetryPolicy::new()
            .base_delay(Duration::from_millis(1))
            .max_delay(Duration::from_millis(4))
            .jitter(false);

        fn client(
            middleware: impl reqwest_middleware::Middleware,
        ) -> reqwest_middleware::ClientWithMiddleware {
            let client = reqwest::Client::builder()
                .timeout(TIMEOUT)
                .no_proxy()
                .build()
                .unwrap();
            reqwest_middleware::ClientBuilder::new(client)
                .with(middleware)
                .build()
        }

        /// Sends a `GET` to `url` through `client` inside a span that declares the resend
        /// count, the caller's `kakao_check()` after it; gives the events, the span's fields
        /// and the status of what came back (`None` for no response).
        fn call(
            client: &reqwest_middleware::ClientWithMiddleware,
            url: &str,
        ) -> (Vec<Captured>, support_tracing::Fields, Option<u16>) {
            let (capture, _guard) = Capture::install();
            let span = tracing::info_span!(
                "request",
                http.request.resend_count = tracing::field::Empty
            );
            let status = runtime().block_on(
                async {
                    let response = client.get(url).send().await.ok()?;
                    let status = response.status().as_u16();
                    let _ = response.kakao_check().await;
                    Some(status)
                }
                .instrument(span),
            );
            let events = capture.take();
            // Each event was recorded inside the caller's span.
            assert!(
                events.iter().all(|e| e.span.as_deref() == Some("request")),
                "{events:?}"
            );
            (events, capture.span_fields("request").unwrap(), status)
        }

        fn retrying(after_ms: i128, resends: i128) -> Expected<'static> {
            (
                Level::WARN,
                RETRYING,
                with(
                    response_fields("kakao.rest:-1", 400, "-1", "retry"),
                    &[
                        ("http.request.resend_count", int(resends)),
                        ("kakao.retry.after_ms", int(after_ms)),
                    ],
                ),
            )
        }

        #[test]
        fn a_minus_1_retried_twice_then_answered() {
            let server = Server::replying(vec![
                Reply::internal_error(),
                Reply::internal_error(),
                Reply::ok(),
            ]);
            let retry = KakaoRetry::new(RetrySettings::new(FAST));
            let (events, span, status) = call(&client(retry), &server.url("/v2/user/me"));
            assert_eq!(status, Some(200));
            // Two resends, then nothing for the success.
            assert_events(&events, &[retrying(1, 1), retrying(2, 2)]);
            assert_eq!(span.get("http.request.resend_count"), Some(&int(2)));
        }

        #[test]
        fn the_last_attempt_s_give_up_then_kakao_check_s_event() {
            let server = Server::replying(vec![Reply::internal_error()]);
            let retry = KakaoRetry::new(RetrySettings::new(FAST));
            let (events, _, status) = call(&client(retry), &server.url("/v2/user/me"));
            assert_eq!(status, Some(400));
            assert_events(
                &events,
                &[
                    retrying(1, 1),
                    retrying(2, 2),
                    // Handed back unread: the status, no code.
                    (
                        Level::WARN,
                        NOT_RETRYING,
                        vec![
                            ("http.response.status_code", int(400)),
                            ("http.request.resend_count", int(2)),
                            ("kakao.retry.stop", s("attempts_exhausted")),
                        ],
                    ),
                    (
                        Level::DEBUG,
                        CHECKED,
                        response_fields("kakao.rest:-1", 400, "-1", "retry"),
                    ),
                ],
            );
        }

        #[test]
        fn an_empty_budget_gives_up_at_once() {
            let server = Server::replying(vec![Reply::internal_error()]);
            let settings = RetrySettings::new(FAST).budget(RetryBudget::with_capacity(0));
            let (events, span, status) =
                call(&client(KakaoRetry::new(settings)), &server.url("/v2/user/me"));
            assert_eq!(status, Some(400));
            let minus_1 = response_fields("kakao.rest:-1", 400, "-1", "retry");
            assert_events(
                &events,
                &[
                    (
                        Level::WARN,
                        NOT_RETRYING,
                        with(
                            minus_1.clone(),
                            &[
                                ("http.request.resend_count", int(0)),
                                ("kakao.retry.stop", s("budget_exhausted")),
                            ],
                        ),
                    ),
                    (Level::DEBUG, CHECKED, minus_1),
                ],
            );
            // No resend: the span's field was never recorded.
            assert_eq!(span.get("http.request.resend_count"), None);
        }

        #[test]
        fn a_wait_past_the_deadline_gives_up() {
            let server = Server::replying(vec![Reply::internal_error()]);
            let policy = FAST
                .base_delay(Duration::from_secs(1))
                .max_delay(Duration::from_secs(1))
                .deadline(Duration::from_millis(500));
            let retry = KakaoRetry::new(RetrySettings::new(policy));
            let (events, _, status) = call(&client(retry), &server.url("/v2/user/me"));
            assert_eq!(status, Some(400));
            let minus_1 = response_fields("kakao.rest:-1", 400, "-1", "retry");
            assert_events(
                &events,
                &[
                    (
                        Level::WARN,
                        NOT_RETRYING,
                        with(
                            minus_1.clone(),
                            &[
                                ("http.request.resend_count", int(0)),
                                ("kakao.retry.stop", s("deadline_reached")),
                            ],
                        ),
                    ),
                    (Level::DEBUG, CHECKED, minus_1),
                ],
            );
        }

        /// The deadline passes while no response head has come: the attempt is cut, a
        /// timeout.
        #[test]
        fn a_deadline_that_cuts_an_attempt_is_a_timeout() {
            let server = Server::replying(vec![Reply::Silent(Duration::from_millis(900))]);
            let policy = FAST.deadline(Duration::from_millis(200));
            let retry = KakaoRetry::new(RetrySettings::new(policy));
            let (events, _, status) = call(&client(retry), &server.url("/v2/user/me"));
            assert_eq!(status, None);
            assert_events(
                &events,
                &[(
                    Level::WARN,
                    NOT_RETRYING,
                    vec![
                        ("error.type", s("timeout")),
                        // A `GET`: sending it again would have been safe.
                        ("kakao.remedy", s("retry")),
                        ("http.request.resend_count", int(0)),
                        ("kakao.retry.stop", s("deadline_reached")),
                    ],
                )],
            );
        }

        /// The deadline passes while the middleware reads a failed response's body: handed
        /// back with the status, then the caller's `kakao_check()` has its own event.
        #[test]
        fn a_deadline_that_cuts_a_body_keeps_the_status() {
            let server = Server::replying(vec![Reply::Trickle { bytes: 40 }]);
            let policy = FAST.deadline(Duration::from_millis(300));
            let retry = KakaoRetry::new(RetrySettings::new(policy));
            let (events, _, status) = call(&client(retry), &server.url("/v2/user/me"));
            assert_eq!(status, Some(400));
            assert_eq!(events.len(), 2, "{events:?}");
            assert_events(
                &events[..1],
                &[(
                    Level::WARN,
                    NOT_RETRYING,
                    vec![
                        ("error.type", s("timeout")),
                        ("http.response.status_code", int(400)),
                        ("kakao.remedy", s("retry")),
                        ("http.request.resend_count", int(0)),
                        ("kakao.retry.stop", s("deadline_reached")),
                    ],
                )],
            );
            assert_eq!(events[1].message(), CHECKED);
            assert_eq!(events[1].get("http.response.status_code"), Some(&int(400)));
        }

        #[test]
        fn a_failure_that_is_no_wait_is_a_debug_give_up() {
            let server = Server::replying(vec![Reply::consent()]);
            let retry = KakaoRetry::new(RetrySettings::new(FAST));
            let (events, _, _) = call(&client(retry), &server.url("/v2/user/me"));
            let consent = with(
                response_fields("kakao.rest:-402", 403, "-402", "request_consent"),
                &[("kakao.request_id", s("7f3a-42"))],
            );
            assert_events(
                &events,
                &[
                    (
                        Level::DEBUG,
                        NOT_RETRYING,
                        with(
                            consent.clone(),
                            &[
                                ("http.request.resend_count", int(0)),
                                ("kakao.retry.stop", s("not_retryable")),
                            ],
                        ),
                    ),
                    (Level::DEBUG, CHECKED, consent),
                ],
            );
        }

        #[test]
        fn a_connection_refused_is_connect() {
            let retry = KakaoRetry::new(RetrySettings::new(FAST));
            let (events, span, status) = call(&client(retry), &refusing_url());
            assert_eq!(status, None);
            let connect = |after_ms: Option<i128>, resends: i128| {
                let mut fields = vec![
                    ("error.type", s("connect")),
                    ("kakao.remedy", s("retry")),
                    ("http.request.resend_count", int(resends)),
                ];
                match after_ms {
                    Some(after_ms) => fields.push(("kakao.retry.after_ms", int(after_ms))),
                    None => fields.push(("kakao.retry.stop", s("attempts_exhausted"))),
                }
                fields
            };
            assert_events(
                &events,
                &[
                    (Level::WARN, RETRYING, connect(Some(1), 1)),
                    (Level::WARN, RETRYING, connect(Some(2), 2)),
                    (Level::WARN, NOT_RETRYING, connect(None, 2)),
                ],
            );
            assert_eq!(span.get("http.request.resend_count"), Some(&int(2)));
        }

        /// The API answers -401; the token endpoint, asked by the application's refresh,
        /// answers KOE322 (a dead refresh token).
        #[test]
        fn a_refresh_that_fails_with_koe322() {
            let expired = r#"{"msg":"this access token does not exist","code":-401}"#;
            let koe322 = r#"{"error":"invalid_grant","error_description":"Invalid refresh token","error_code":"KOE322"}"#;
            const JSON: &str = "Content-Type: application/json\r\n";
            let server = Server::replying(vec![
                Reply::Whole(401, JSON, expired.into()),
                Reply::Whole(400, JSON, koe322.into()),
            ]);
            let token_endpoint = server.url("/oauth/token");
            let refresher = Refresher::new(move |_: AccessToken| {
                let token_endpoint = token_endpoint.clone();
                async move {
                    let client = reqwest::Client::builder().no_proxy().build().unwrap();
                    let response = client
                        .post(token_endpoint)
                        .body("grant_type=refresh_token&refresh_token=tok-REFRESH")
                        .send()
                        .await?
                        .kakao_check()
                        .await?;
                    drop(response);
                    Ok::<_, kakao_errors::reqwest::Error>(AccessToken::new("tok-NEW"))
                }
            });
            let client = client(KakaoAuth::new(refresher));
            let (capture, _guard) = Capture::install();
            let url = server.url("/v2/user/me");
            let remedy = runtime().block_on(async {
                let response = client
                    .get(&url)
                    .bearer_auth("tok-OLD")
                    .send()
                    .await
                    .unwrap();
                response.kakao_check().await.unwrap_err().remedy().as_str()
            });
            assert_eq!(remedy, "relogin");
            let koe322_fields = vec![
                ("error.type", s("kakao.oauth:KOE322")),
                ("kakao.error.code", s("KOE322")),
                ("kakao.remedy", s("relogin")),
            ];
            assert_events(
                &capture.take(),
                &[
                    (
                        Level::DEBUG,
                        "refreshing the Kakao access token",
                        response_fields("kakao.rest:-401", 401, "-401", "refresh_token"),
                    ),
                    // The refresh function's own `kakao_check()` of the token endpoint.
                    (
                        Level::DEBUG,
                        CHECKED,
                        response_fields("kakao.oauth:KOE322", 400, "KOE322", "relogin"),
                    ),
                    (
                        Level::WARN,
                        "refreshing the Kakao access token failed",
                        koe322_fields,
                    ),
                    // The caller's: the failure's remedy.
                    (
                        Level::DEBUG,
                        CHECKED,
                        response_fields("kakao.rest:-401", 401, "-401", "relogin"),
                    ),
                ],
            );
        }

        #[test]
        fn a_refresh_that_works_then_the_answer() {
            let expired = r#"{"msg":"this access token does not exist","code":-401}"#;
            let server = Server::replying(vec![
                Reply::Whole(401, "Content-Type: application/json\r\n", expired.into()),
                Reply::ok(),
            ]);
            let refresher = Refresher::new(|_: AccessToken| async {
                Ok::<_, kakao_errors::auth::ReloginRequired>(AccessToken::new("tok-NEW"))
            });
            let client = client(KakaoAuth::new(refresher));
            let (capture, _guard) = Capture::install();
            let url = server.url("/v2/user/me");
            let status = runtime().block_on(async {
                let response = client.get(&url).bearer_auth("tok-OLD").send().await;
                response.unwrap().status().as_u16()
            });
            let events = capture.take();
            assert_eq!(status, 200);
            assert_events(
                &events,
                &[
                    (
                        Level::DEBUG,
                        "refreshing the Kakao access token",
                        response_fields("kakao.rest:-401", 401, "-401", "refresh_token"),
                    ),
                    (Level::DEBUG, "refreshed the Kakao access token", vec![]),
                ],
            );
            for event in &events {
                assert!(event.texts().all(|(_, text)| !text.contains("tok-")));
            }
        }

        #[test]
        fn a_consent_url_made_is_not_in_the_event() {
            let server = Server::replying(vec![Reply::consent()]);
            let refresher = Refresher::new(|_: AccessToken| async {
                Err::<AccessToken, _>(kakao_errors::auth::ReloginRequired)
            });
            let auth = KakaoAuth::new(refresher)
                .consent(LoginApp::new("REST-KEY-1234", "https://app.example/cb"));
            let (events, _, _) = call(&client(auth), &server.url("/v2/user/me"));
            let consent = with(
                response_fields("kakao.rest:-402", 403, "-402", "request_consent"),
                &[("kakao.request_id", s("7f3a-42"))],
            );
            assert_events(
                &events,
                &[
                    (
                        Level::DEBUG,
                        "made a Kakao consent URL",
                        with(consent.clone(), &[("kakao.consent.scope_count", int(1))]),
                    ),
                    (Level::DEBUG, CHECKED, consent),
                ],
            );
            for event in &events {
                assert!(
                    event
                        .texts()
                        .all(|(_, text)| !text.contains("REST-KEY") && !text.contains("kauth")),
                    "{event:?}"
                );
            }
        }

        /// The corpus through the retry middleware, then `kakao_check()`: a response the
        /// middleware retries (a -1, a 502) makes resend events too; none shows a secret.
        #[cfg(feature = "serde")]
        #[test]
        fn the_corpus_leaves_no_secret_in_any_field() {
            for entry in corpus::corpus().responses {
                let reply = Reply::Whole(
                    entry.status,
                    entry.header_lines(),
                    entry.body.clone().into_bytes(),
                );
                let server = Server::replying(vec![reply]);
                let retry = KakaoRetry::new(RetrySettings::new(FAST));
                let (events, _, status) = call(&client(retry), &server.url(entry.path()));
                assert_eq!(status, Some(entry.status), "{}", entry.name);
                assert_no_secret(&entry.name, &events, &entry);
                let checked = events.last().unwrap();
                assert_eq!(checked.message(), CHECKED, "{}", entry.name);
                assert_shows_code(&entry, checked);
                // Every event of the middleware that has a code has the same.
                for event in &events {
                    if let Some(code) = event.get("kakao.error.code") {
                        assert_eq!(Some(code), checked.get("kakao.error.code"));
                    }
                }
            }
        }

        #[test]
        fn a_success_emits_nothing() {
            let server = Server::replying(vec![Reply::ok()]);
            let retry = KakaoRetry::new(RetrySettings::new(FAST));
            let (events, span, status) = call(&client(retry), &server.url("/v2/user/me"));
            assert_eq!(status, Some(200));
            assert_eq!(events, []);
            assert_eq!(span.get("http.request.resend_count"), None);
        }
    };
}

#[cfg(feature = "reqwest-middleware")]
mod middleware_0_5 {
    use ::reqwest;
    use ::reqwest_middleware;

    middleware_cases!();
}

#[cfg(feature = "reqwest-middleware-0-4")]
mod middleware_0_4 {
    use ::reqwest_0_12 as reqwest;
    use ::reqwest_middleware_0_4 as reqwest_middleware;

    middleware_cases!();
}

/// The tower policy and layer around a service that sends with reqwest 0.13 and collects the
/// body, then `http::check` on what comes back.
#[cfg(all(feature = "tower", feature = "reqwest"))]
mod tower_adapters {
    use std::time::Duration;

    use kakao_errors::auth::{AccessToken, Refresher};
    use kakao_errors::retry::{RetryBudget, RetryPolicy, RetrySettings};
    use kakao_errors::tower::{KakaoAuthLayer, KakaoRetry};
    use tower::{Layer, ServiceExt, service_fn};

    use super::server::{Reply, Server, TIMEOUT, runtime};
    use super::support_tracing::Capture;
    use super::*;
    use crate::tower_service::execute;

    const FAST: RetryPolicy = RetryPolicy::new()
        .base_delay(Duration::from_millis(1))
        .max_delay(Duration::from_millis(4))
        .jitter(false);

    fn reqwest_client() -> reqwest::Client {
        reqwest::Client::builder()
            .timeout(TIMEOUT)
            .no_proxy()
            .build()
            .unwrap()
    }

    fn get(url: &str) -> http::Request<Vec<u8>> {
        http::Request::get(url)
            .header("authorization", "Bearer tok-OLD")
            .body(Vec::new())
            .unwrap()
    }

    /// `request` through the retry policy with `settings`, then `http::check`: the events and
    /// the status.
    fn retried(settings: RetrySettings, request: http::Request<Vec<u8>>) -> (Vec<Captured>, u16) {
        let (capture, _guard) = Capture::install();
        let policy = KakaoRetry::new(settings).retry_errors_when(reqwest::Error::is_connect);
        let client = reqwest_client();
        let service = tower::retry::Retry::new(
            policy,
            service_fn(move |request| execute(client.clone(), request)),
        );
        let response = runtime().block_on(service.oneshot(request)).unwrap();
        let status = response.status().as_u16();
        let _ = kakao_errors::http::check(response);
        (capture.take(), status)
    }

    fn retrying(after_ms: i128, resends: i128) -> Expected<'static> {
        (
            Level::WARN,
            RETRYING,
            with(
                response_fields("kakao.rest:-1", 400, "-1", "retry"),
                &[
                    ("http.request.resend_count", int(resends)),
                    ("kakao.retry.after_ms", int(after_ms)),
                ],
            ),
        )
    }

    #[test]
    fn a_minus_1_retried_twice_then_answered() {
        let server = Server::replying(vec![
            Reply::internal_error(),
            Reply::internal_error(),
            Reply::ok(),
        ]);
        let (events, status) = retried(RetrySettings::new(FAST), get(&server.url("/v2/user/me")));
        assert_eq!(status, 200);
        assert_events(&events, &[retrying(1, 1), retrying(2, 2)]);
    }

    #[test]
    fn the_last_attempt_is_not_seen_by_the_policy() {
        let server = Server::replying(vec![Reply::internal_error()]);
        let (events, status) = retried(RetrySettings::new(FAST), get(&server.url("/v2/user/me")));
        assert_eq!(status, 400);
        assert_events(
            &events,
            &[
                retrying(1, 1),
                retrying(2, 2),
                (
                    Level::DEBUG,
                    CHECKED,
                    response_fields("kakao.rest:-1", 400, "-1", "retry"),
                ),
            ],
        );
    }

    #[test]
    fn an_empty_budget_and_a_deadline_give_up() {
        let server = Server::replying(vec![Reply::internal_error()]);
        let minus_1 = response_fields("kakao.rest:-1", 400, "-1", "retry");
        let given_up = |stop: &str| {
            vec![
                (
                    Level::WARN,
                    NOT_RETRYING,
                    with(
                        minus_1.clone(),
                        &[
                            ("http.request.resend_count", int(0)),
                            ("kakao.retry.stop", s(stop)),
                        ],
                    ),
                ),
                (Level::DEBUG, CHECKED, minus_1.clone()),
            ]
        };
        let empty = RetrySettings::new(FAST).budget(RetryBudget::with_capacity(0));
        let (events, _) = retried(empty, get(&server.url("/v2/user/me")));
        assert_events(&events, &given_up("budget_exhausted"));
        let policy = FAST
            .base_delay(Duration::from_secs(1))
            .max_delay(Duration::from_secs(1))
            .deadline(Duration::from_millis(500));
        let (events, _) = retried(RetrySettings::new(policy), get(&server.url("/v2/user/me")));
        assert_events(&events, &given_up("deadline_reached"));
    }

    #[test]
    fn a_refresh_that_fails_with_koe322() {
        let expired = r#"{"msg":"this access token does not exist","code":-401}"#;
        let koe322 = r#"{"error":"invalid_grant","error_description":"Invalid refresh token","error_code":"KOE322"}"#;
        const JSON: &str = "Content-Type: application/json\r\n";
        let server = Server::replying(vec![
            Reply::Whole(401, JSON, expired.into()),
            Reply::Whole(400, JSON, koe322.into()),
        ]);
        // The application's refresh: Kakao's answer, parsed.
        let token_endpoint = server.url("/oauth/token");
        let refresher = Refresher::new(move |_: AccessToken| {
            let token_endpoint = token_endpoint.clone();
            async move {
                let response = reqwest_client().post(token_endpoint).send().await.unwrap();
                let status = response.status();
                let body = response.bytes().await.unwrap();
                Err::<AccessToken, _>(kakao_errors::response::parse_as::<
                    kakao_errors::oauth::KoeError,
                >(status.as_u16(), &body))
            }
        });
        let (capture, _guard) = Capture::install();
        let client = reqwest_client();
        let service = KakaoAuthLayer::new(refresher)
            .layer(service_fn(move |request| execute(client.clone(), request)));
        let response = runtime()
            .block_on(service.oneshot(get(&server.url("/v2/user/me"))))
            .unwrap();
        assert_eq!(response.status(), 401);
        let _ = kakao_errors::http::check(response);
        assert_events(
            &capture.take(),
            &[
                (
                    Level::DEBUG,
                    "refreshing the Kakao access token",
                    response_fields("kakao.rest:-401", 401, "-401", "refresh_token"),
                ),
                (
                    Level::WARN,
                    "refreshing the Kakao access token failed",
                    vec![
                        ("error.type", s("kakao.oauth:KOE322")),
                        ("kakao.error.code", s("KOE322")),
                        ("kakao.remedy", s("relogin")),
                    ],
                ),
                // `http::check` does not know of the refresh: the -401's own remedy.
                (
                    Level::DEBUG,
                    CHECKED,
                    response_fields("kakao.rest:-401", 401, "-401", "refresh_token"),
                ),
            ],
        );
    }
}
