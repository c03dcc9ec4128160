// The retry cases, run once for each adapter: `super::adapter` sends a request through it
// (built with `POLICY`) and reads what comes back.
use std::time::{Duration, Instant};

use kakao_errors::retry::RetryPolicy;

use super::adapter::{body, exchange, is_connect, kakao_error, send, send_with, status};
use crate::server::{REST_402, REST_MINUS_1, Reply, Server, refusing_url, runtime};

/// Four attempts, backing off 10 ms, 20 ms, 40 ms (jittered): a fast suite.
pub const POLICY: RetryPolicy = RetryPolicy::new()
    .max_attempts(4)
    .base_delay(Duration::from_millis(10))
    .max_delay(Duration::from_millis(50));

fn get(url: String) -> http::Request<Vec<u8>> {
    http::Request::get(url).body(Vec::new()).unwrap()
}

/// Runs `test` to its end, and says how long it took.
fn timed(test: impl Future<Output = ()>) -> Duration {
    let started = Instant::now();
    runtime().block_on(test);
    started.elapsed()
}

#[test]
fn a_transient_error_is_retried_until_it_succeeds() {
    let server = Server::replying(vec![
        Reply::internal_error(),
        Reply::internal_error(),
        Reply::ok(),
    ]);
    runtime().block_on(async {
        let sent = send(get(server.url("/v2/user/me"))).await;
        assert_eq!(status(&sent), 200);
        assert_eq!(body(sent).await, br#"{"id":123}"#);
    });
    assert_eq!(server.received().len(), 3);
}

#[test]
fn a_429_waits_for_its_retry_after() {
    let server = Server::replying(vec![Reply::too_many_requests(), Reply::ok()]);
    let waited = timed(async {
        let sent = send(get(server.url("/v2/user/me"))).await;
        assert_eq!(status(&sent), 200);
    });
    eprintln!("429 with Retry-After: 1, then success: {waited:?}");
    assert!(waited >= Duration::from_millis(950), "{waited:?}");
    assert!(waited < Duration::from_secs(30), "{waited:?}");
    assert_eq!(server.received().len(), 2);
}

#[test]
fn a_consent_error_is_handed_back_at_once_with_its_scopes() {
    let server = Server::replying(vec![Reply::consent()]);
    runtime().block_on(async {
        let sent = send(get(server.url("/v1/api/talk/memo/default/send"))).await;
        assert_eq!(status(&sent), 403);
        let e = kakao_error(sent).await;
        assert_eq!(e.code(), Some(-402));
        assert_eq!(
            e.required_scopes().unwrap().collect::<Vec<_>>(),
            ["talk_message"]
        );
        assert_eq!(e.request_id(), Some("7f3a-42"));
        assert_eq!(e.body_len(), REST_402.len());
        assert!(e.is_complete());
    });
    assert_eq!(server.received().len(), 1);
}

#[test]
fn an_always_failing_server_is_tried_a_bounded_number_of_times() {
    let server = Server::replying(vec![Reply::internal_error()]);
    let took = timed(async {
        let sent = send(get(server.url("/v2/user/me"))).await;
        // The last failure, handed back whole.
        assert_eq!(status(&sent), 400);
        assert_eq!(body(sent).await, REST_MINUS_1.as_bytes());
    });
    eprintln!("always failing, 4 attempts: {took:?}");
    assert!(took < Duration::from_secs(30), "{took:?}");
    assert_eq!(server.received().len(), 4);
}

/// A documented Kakao code that says to retry (-1): sent again, `POST` or not.
#[test]
fn a_post_body_is_resent_intact() {
    let server = Server::replying(vec![Reply::internal_error(), Reply::ok()]);
    let path = "/v2/api/talk/memo/default/send";
    let form = b"template_object=%7B%22object_type%22%3A%22text%22%2C%22text%22%3A%22%EC%95%88%EB%85%95%22%7D";
    runtime().block_on(async {
        let request = http::Request::post(server.url(path))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form.to_vec())
            .unwrap();
        assert_eq!(status(&send(request).await), 200);
    });
    let received = server.received();
    assert_eq!(received.len(), 2);
    for request in &received {
        assert_eq!(
            (request.method.as_str(), request.path.as_str()),
            ("POST", path)
        );
        assert_eq!(request.body, form);
    }
}

fn post(url: String) -> http::Request<Vec<u8>> {
    http::Request::post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(b"text=hello".to_vec())
        .unwrap()
}

/// A gateway's 502 says nothing of whether Kakao acted on a `POST`: handed back, not sent again.
#[test]
fn a_post_is_not_sent_again_on_a_status_alone() {
    let server = Server::replying(vec![Reply::bad_gateway(), Reply::ok()]);
    runtime().block_on(async {
        let sent = send(post(server.url("/v2/api/talk/memo/default/send"))).await;
        assert_eq!(status(&sent), 502);
        assert!(
            String::from_utf8(body(sent).await)
                .unwrap()
                .contains("502 Bad Gateway")
        );
    });
    assert_eq!(server.received().len(), 1);
}

/// The same 502 for a `GET`, which is idempotent: sent again.
#[test]
fn a_get_is_sent_again_on_a_status_alone() {
    let server = Server::replying(vec![Reply::bad_gateway(), Reply::ok()]);
    runtime().block_on(async {
        let sent = send(get(server.url("/v2/user/me"))).await;
        assert_eq!(status(&sent), 200);
    });
    let methods: Vec<String> = server.received().into_iter().map(|r| r.method).collect();
    assert_eq!(methods, ["GET", "GET"]);
}

/// `retry_unsafe_methods(true)`: a `POST` is sent again on the status alone too.
#[test]
fn retry_unsafe_methods_sends_a_post_again_on_a_status_alone() {
    let server = Server::replying(vec![Reply::bad_gateway(), Reply::ok()]);
    runtime().block_on(async {
        let sent = send_with(post(server.url("/v2/api/talk/memo/default/send")), true).await;
        assert_eq!(status(&sent), 200);
    });
    let received = server.received();
    assert_eq!(received.len(), 2);
    assert!(
        received
            .iter()
            .all(|r| r.method == "POST" && r.body == b"text=hello")
    );
}

/// No connection could be made, so nothing was sent: tried again (a `POST` too), up to the
/// policy's bound, and the last error handed back.
#[test]
fn a_refused_connection_is_tried_again_up_to_the_bound() {
    runtime().block_on(async {
        for request in [get(refusing_url()), post(refusing_url())] {
            let method = request.method().clone();
            let (result, attempts) = exchange(request, false).await;
            let e = result.expect_err("nothing listens there");
            assert!(is_connect(&e), "{method}: {e:?}");
            assert_eq!(attempts, 4, "{method}");
        }
    });
}

/// A 429 whose `Retry-After` (an hour) is past the policy's `max_retry_after` (10 s): handed
/// back at once, as it came.
#[test]
fn a_wait_too_long_is_handed_back_at_once() {
    let server = Server::replying(vec![
        Reply::Whole(429, "Retry-After: 3600\r\n", Vec::new()),
        Reply::ok(),
    ]);
    let took = timed(async {
        let sent = send(get(server.url("/v2/user/me"))).await;
        assert_eq!(status(&sent), 429);
        let e = kakao_error(sent).await;
        assert_eq!(e.retry_after(), Some(Duration::from_secs(3600)));
    });
    assert!(took < Duration::from_secs(30), "{took:?}");
    assert_eq!(server.received().len(), 1);
}

/// A used-up quota (-10) with no `Retry-After`: nobody knows when it resets, so it is handed
/// back at once, body and all.
#[test]
fn an_unknown_wait_is_handed_back_at_once() {
    let quota = r#"{"msg":"API limit has been exceeded.","code":-10}"#;
    let server = Server::replying(vec![
        Reply::Whole(
            400,
            "Content-Type: application/json\r\n",
            quota.as_bytes().to_vec(),
        ),
        Reply::ok(),
    ]);
    runtime().block_on(async {
        let sent = send(get(server.url("/v2/user/me"))).await;
        assert_eq!(status(&sent), 400);
        assert_eq!(body(sent).await, quota.as_bytes());
    });
    assert_eq!(server.received().len(), 1);
}
