// The cases of the reqwest-middleware middleware alone (the body it hands back, what it hands
// on to `kakao_check()`), run once for each version: `super` names that version `reqwest` and
// `reqwest_middleware`.
use std::error::Error as _;
use std::sync::atomic::Ordering;
use std::time::Duration;

use http::Method;
use kakao_errors::Remedy;
use kakao_errors::http::DEFAULT_BODY_LIMIT;
use kakao_errors::reqwest::{Error, ResponseExt};
use kakao_errors::reqwest_middleware::KakaoRetry;
use kakao_errors::retry::{RetryPolicy, RetrySettings};

use super::adapter::{client, counting_client};
use super::retry_cases::POLICY;
use super::{reqwest, reqwest_middleware};
use crate::server::{REST_402, REST_MINUS_1, Reply, Server, TIMEOUT, runtime};

fn retry() -> KakaoRetry {
    KakaoRetry::new(RetrySettings::new(POLICY))
}

/// reqwest's error of this version, under `e`.
fn reqwest_source(e: &Error) -> &reqwest::Error {
    e.source()
        .and_then(|source| source.downcast_ref::<reqwest::Error>())
        .expect("reqwest's error is the source")
}

/// A 400 whose body stops at 53 of the 400 bytes its `Content-Length` promised (-2: not
/// retried): the caller's own read fails there, with the error the middleware met.
#[test]
fn a_body_cut_short_keeps_its_transport_error() {
    let sent = r#"{"code":-2,"msg":"ProfileId is not a number","extra":"#;
    let server = Server::replying(vec![Reply::CutShort {
        status: 400,
        sent,
        promised: "400",
    }]);
    runtime().block_on(async {
        let client = client(retry());
        let url = server.url("/v2/user/me");

        let response = client.get(&url).send().await.unwrap();
        assert_eq!(response.status(), 400);
        let e = response.kakao_check().await.unwrap_err();
        assert!(e.is_response() && e.is_body(), "{e:?}");
        let parsed = e.response().unwrap();
        assert_eq!(parsed.code(), Some(-2));
        assert!(!parsed.is_complete());
        assert_eq!(parsed.body_len(), sent.len());
        let read = reqwest_source(&e);
        assert!(read.is_body() || read.is_decode(), "{read:?}");
        assert_eq!(e.method(), Some(&Method::GET));

        let response = client.get(&url).send().await.unwrap();
        let read = response.bytes().await.expect_err("the body was cut short");
        assert!(read.is_body() || read.is_decode(), "{read:?}");
    });
    assert_eq!(server.received().len(), 2);
}

/// A 404 (not retried) with a 100 KiB body, past the 64 KiB the middleware reads: the caller
/// reads all of it, as its `Content-Length` says.
#[test]
fn a_body_longer_than_the_limit_is_handed_back_whole() {
    let page: Vec<u8> = (0..100 * 1024).map(|i| b"0123456789\n"[i % 11]).collect();
    let server = Server::replying(vec![Reply::Whole(
        404,
        "Content-Type: text/plain\r\n",
        page.clone(),
    )]);
    runtime().block_on(async {
        let client = client(retry());
        let url = server.url("/nowhere");

        let response = client.get(&url).send().await.unwrap();
        assert_eq!(response.status(), 404);
        assert_eq!(response.headers()["content-length"], "102400");
        assert_eq!(response.content_length(), Some(102_400));
        assert_eq!(response.bytes().await.unwrap(), page);

        // `kakao_check()` with the same limit gives what the middleware parsed.
        let response = client.get(&url).send().await.unwrap();
        let e = response.kakao_check().await.unwrap_err();
        assert_eq!(e.status(), Some(404));
        assert!(!e.is_body() && e.source().is_none());
        assert_eq!(e.response().unwrap().body_len(), DEFAULT_BODY_LIMIT);
    });
    assert_eq!(server.received().len(), 2);
}

/// A limit far under the body: the middleware decides on the start (here, too little to find
/// the code), and the caller still gets the whole body to parse.
#[test]
fn a_small_limit_still_hands_the_whole_body_back() {
    assert_eq!(retry().settings().get_body_limit(), DEFAULT_BODY_LIMIT);
    let retry = KakaoRetry::new(RetrySettings::new(POLICY).body_limit(10));
    assert_eq!(retry.settings().get_body_limit(), 10);
    // A -1 is retried by its code; its first 10 bytes (`{"msg":"in`) have none, so this 400
    // is handed back, once: read whole, it would have been sent 4 times.
    let server = Server::replying(vec![Reply::internal_error()]);
    runtime().block_on(async {
        let client = client(retry.clone());
        let response = client.get(server.url("/v2/user/me")).send().await.unwrap();
        assert_eq!(response.status(), 400);
        // A larger limit than the middleware's: the body is read again, to that limit.
        let e = response.kakao_check().await.unwrap_err();
        assert_eq!(e.response().unwrap().code(), Some(-1));
        assert_eq!(e.response().unwrap().body_len(), REST_MINUS_1.len());
    });
    assert_eq!(server.received().len(), 1);

    let server = Server::replying(vec![Reply::consent()]);
    runtime().block_on(async {
        let client = client(retry);
        let response = client
            .get(server.url("/v1/api/talk/memo/default/send"))
            .send()
            .await
            .unwrap();
        let e = response.kakao_check().await.unwrap_err();
        let parsed = e.response().unwrap();
        assert_eq!(parsed.code(), Some(-402));
        assert_eq!(parsed.body_len(), REST_402.len());
        assert_eq!(parsed.request_id(), Some("7f3a-42"));
        // The same limit as the middleware's: its parse of the first 10 bytes.
        let response = client
            .get(server.url("/v1/api/talk/memo/default/send"))
            .send()
            .await
            .unwrap();
        let e = response.kakao_check().body_limit(10).await.unwrap_err();
        assert_eq!(e.response().unwrap().body_len(), 10);
    });
    assert_eq!(server.received().len(), 2);
}

/// A body that trickles in until the request's total timeout: the middleware's read ends with
/// the timeout (the -2 it read so far is not retried), and so does the caller's.
#[test]
fn a_timeout_while_the_middleware_reads_reaches_the_caller() {
    let server = Server::replying(vec![Reply::Trickle { bytes: 200 }]);
    runtime().block_on(async {
        let response = client(retry())
            .get(server.url("/v2/user/me"))
            .timeout(Duration::from_secs(2))
            .send()
            .await
            .unwrap();
        let e = response.kakao_check().await.unwrap_err();
        assert_eq!(
            (e.status(), e.response().unwrap().code()),
            (Some(400), Some(-2))
        );
        assert!(e.is_timeout() && e.is_body(), "{e:?}");
        assert!(reqwest_source(&e).is_timeout());
    });
    assert_eq!(server.received().len(), 1);
}

/// A streamed request body cannot be copied: the request is sent once, and a -1 (which would
/// be retried) is handed back.
#[test]
fn a_streamed_body_is_sent_once() {
    let server = Server::replying(vec![Reply::internal_error(), Reply::ok()]);
    runtime().block_on(async {
        let (client, attempts) = counting_client(retry());
        let response = client
            .post(server.url("/v2/api/talk/memo/default/send"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(reqwest::Body::wrap(String::from("text=hello")))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400);
        assert_eq!(response.bytes().await.unwrap(), REST_MINUS_1.as_bytes());
        assert_eq!(attempts.load(Ordering::Relaxed), 1);
    });
    let received = server.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].body, b"text=hello");
}

/// Talk Message's -502 ("retry after cached data expires"): a wait of minutes, not a backoff.
/// The middleware hands it back at once, a message `POST` and a `GET` alike, with the remedy
/// `RetryLater`: not a request to send again now (`is_retryable()` is false), one to schedule.
#[test]
fn a_wait_of_minutes_is_handed_back_not_resent() {
    let body = r#"{"code":-502,"msg":"retry after cached data expires"}"#;
    let server = Server::replying(vec![Reply::Whole(
        400,
        "Content-Type: application/json\r\n",
        body.as_bytes().to_vec(),
    )]);
    runtime().block_on(async {
        let (client, attempts) = counting_client(retry());
        let url = server.url("/v2/api/talk/friends/message/default/send");
        let response = client
            .post(&url)
            .body("receiver_uuids=[]")
            .send()
            .await
            .unwrap();
        let e = response.kakao_check().await.unwrap_err();
        assert_eq!(e.remedy(), Remedy::RetryLater);
        assert!(!e.is_retryable());
        let response = client.get(&url).send().await.unwrap();
        assert_eq!(
            response.kakao_check().await.unwrap_err().remedy(),
            Remedy::RetryLater
        );
        assert_eq!(attempts.load(Ordering::Relaxed), 2);
    });
    assert_eq!(server.received().len(), 2);
}

/// A gateway's 502 to a `POST` is handed back with the request's method: its remedy is an
/// unknown outcome, not a retry. The same 502 to a `GET`, once the attempts are used up, is
/// still a retry.
#[test]
fn the_error_of_a_response_handed_back_knows_the_request() {
    let server = Server::replying(vec![Reply::bad_gateway()]);
    runtime().block_on(async {
        let client = client(retry());
        let url = server.url("/v2/api/talk/memo/default/send");
        let response = client.post(&url).body("text=hello").send().await.unwrap();
        let e = response.kakao_check().await.unwrap_err();
        assert_eq!(e.method(), Some(&Method::POST));
        assert_eq!(e.remedy(), Remedy::OutcomeUnknown);
        assert!(!e.is_retryable());
        // The parsed response alone says what the status says.
        assert_eq!(
            e.response().unwrap().remedy(),
            Remedy::Retry { after: None }
        );

        let response = client.get(&url).send().await.unwrap();
        assert_eq!(response.status(), 502);
        let e = response.kakao_check().await.unwrap_err();
        assert_eq!(e.method(), Some(&Method::GET));
        assert_eq!(e.remedy(), Remedy::Retry { after: None });
        assert!(e.is_retryable());
    });
    // One POST; four GETs (the policy's attempts).
    assert_eq!(server.received().len(), 5);
}

/// A response head that never comes: a `GET` is sent again (sending it again is the look-up),
/// a `POST` is not (its outcome is unknown); a refused connection is sent again either way.
#[test]
fn a_timeout_is_sent_again_only_when_the_request_is_repeatable() {
    let policy = RetryPolicy::new()
        .max_attempts(2)
        .base_delay(Duration::from_millis(1));
    let server = Server::replying(vec![Reply::Silent(Duration::from_millis(700))]);
    runtime().block_on(async {
        for (method, attempts) in [(Method::GET, 2), (Method::POST, 1)] {
            let (client, sent) = counting_client(KakaoRetry::new(RetrySettings::new(policy)));
            let error = client
                .request(method.clone(), server.url("/v2/user/me"))
                .timeout(Duration::from_millis(300))
                .send()
                .await
                .unwrap_err();
            assert_eq!(sent.load(Ordering::Relaxed), attempts, "{method}");
            // One `?` type: the middleware's error converts too.
            let e: Error = Error::from(error);
            assert!(e.is_transport() && e.is_timeout(), "{e:?}");
            // `?` does not know the request: an unknown outcome.
            assert_eq!(e.remedy(), Remedy::OutcomeUnknown);
        }
    });
}

/// A gateway whose error body stalls, a client timeout of 2 s, and a deadline of 3 s: the
/// first attempt times out reading the body at 2 s and is retried (a `GET` on a 502); the
/// deadline cuts the second while the middleware reads its body, and hands the 502 back at
/// 3 s with the bytes read and a body that ends there with a timeout. Without the deadline,
/// the four attempts would take 8 s.
#[test]
fn a_deadline_bounds_the_whole_call_across_attempts() {
    use std::time::Instant;

    use super::adapter::Shared;
    use crate::busy::{Busy, Reply as BusyReply};

    let server = Busy::start(|_| BusyReply::Stall {
        status: 502,
        start: "<html><body>Bad Gate",
        promised: 1000,
        hold: Duration::from_secs(9),
    });
    let deadline = Duration::from_secs(3);
    let settings = RetrySettings::new(POLICY.deadline(deadline));
    let shared = Shared::new(settings, Duration::from_secs(2));
    let took = runtime().block_on(async {
        let started = Instant::now();
        let request = http::Request::get(server.url("/v2/user/me"))
            .body(Vec::new())
            .unwrap();
        let response = shared.send(request).await.unwrap();
        assert_eq!(response.status(), 502);
        let e = response.kakao_check().await.unwrap_err();
        assert_eq!(e.status(), Some(502));
        assert!(e.is_response() && e.is_timeout() && e.is_body(), "{e:?}");
        assert_eq!(
            e.response().unwrap().body_len(),
            "<html><body>Bad Gate".len()
        );
        started.elapsed()
    });
    eprintln!("stalled body, 2 s timeout, 3 s deadline: {took:?}");
    assert!(took >= deadline, "{took:?}");
    assert!(took < deadline + Duration::from_millis(500), "{took:?}");
    assert_eq!(server.requests(), 2);
}

/// A response head that comes after the deadline: the attempt is cut at the deadline, with an
/// error that `kakao_errors::reqwest::Error` takes as a timeout.
#[test]
fn a_deadline_cuts_an_attempt_waiting_for_its_head() {
    use std::time::Instant;

    use kakao_errors::retry::DeadlineExceeded;

    use super::adapter::Shared;
    use crate::busy::{Busy, Reply as BusyReply};

    let server =
        Busy::start(|_| BusyReply::Later(Duration::from_secs(5), Box::new(BusyReply::ok())));
    let deadline = Duration::from_millis(600);
    let shared = Shared::new(RetrySettings::new(POLICY.deadline(deadline)), TIMEOUT);
    runtime().block_on(async {
        let started = Instant::now();
        let request = http::Request::get(server.url("/v2/user/me"))
            .body(Vec::new())
            .unwrap();
        let error = shared.send(request).await.unwrap_err();
        let took = started.elapsed();
        assert!(took >= deadline && took < deadline * 2, "{took:?}");
        let reqwest_middleware::Error::Middleware(cut) = &error else {
            panic!("{error:?}");
        };
        let exceeded = cut.downcast_ref::<DeadlineExceeded>().unwrap();
        assert_eq!((exceeded.deadline(), exceeded.attempts()), (deadline, 1));
        let e: Error = Error::from(error);
        assert!(e.is_transport() && e.is_timeout(), "{e:?}");
        assert_eq!(
            e.to_string(),
            "Kakao API request failed: the call's deadline passed"
        );
        // `?` does not know the request: its outcome is unknown.
        assert_eq!(e.remedy(), Remedy::OutcomeUnknown);
    });
    assert_eq!(server.requests(), 1);
}
