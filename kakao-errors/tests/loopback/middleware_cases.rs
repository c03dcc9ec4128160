// The cases of the reqwest-middleware middleware alone (the body it hands back), run once for
// each version: `super` names that version `reqwest`, this crate's reqwest module `kakao` and
// the middleware `KakaoRetry`.
use std::error::Error as _;
use std::time::Duration;

use kakao_errors::rest::ApiError;

use super::adapter::{client, counting_client};
use super::kakao::{DEFAULT_BODY_LIMIT, ResponseExt};
use super::retry_cases::POLICY;
use super::{KakaoRetry, reqwest};
use crate::server::{REST_402, REST_MINUS_1, Reply, Server, runtime};

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
        let client = client(KakaoRetry::new(POLICY));
        let url = server.url("/v2/user/me");

        let response = client.get(&url).send().await.unwrap();
        assert_eq!(response.status(), 400);
        let e = response.kakao_check().await.unwrap_err();
        assert_eq!(e.code(), Some(-2));
        assert!(!e.response().unwrap().is_complete());
        assert_eq!(e.response().unwrap().body_len(), sent.len());
        let read = e.transport_error().expect("the body was cut short");
        assert!(read.is_body() || read.is_decode(), "{read:?}");
        assert!(e.source().is_some());

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
        let client = client(KakaoRetry::new(POLICY));
        let url = server.url("/nowhere");

        let response = client.get(&url).send().await.unwrap();
        assert_eq!(response.status(), 404);
        assert_eq!(response.headers()["content-length"], "102400");
        assert_eq!(response.content_length(), Some(102_400));
        assert_eq!(response.bytes().await.unwrap(), page);

        // `kakao_check()` reads its own limit of it, with no error.
        let response = client.get(&url).send().await.unwrap();
        let e = response.kakao_check().await.unwrap_err();
        assert_eq!(e.status(), Some(404));
        assert!(e.transport_error().is_none());
        assert_eq!(e.response().unwrap().body_len(), DEFAULT_BODY_LIMIT);
    });
    assert_eq!(server.received().len(), 2);
}

/// A limit far under the body: the middleware decides on the start (here, too little to find
/// the code), and the caller still gets the whole body to parse.
#[test]
fn a_small_limit_still_hands_the_whole_body_back() {
    assert_eq!(
        KakaoRetry::new(POLICY).body_limit_bytes(),
        DEFAULT_BODY_LIMIT
    );
    let retry = KakaoRetry::new(POLICY).body_limit(10);
    assert_eq!(retry.body_limit_bytes(), 10);
    // A -1 is retried by its code; its first 10 bytes (`{"msg":"in`) have none, so this 400
    // is handed back, once: read whole, it would have been sent 4 times.
    let server = Server::replying(vec![Reply::internal_error()]);
    runtime().block_on(async {
        let client = client(retry);
        let response = client.get(server.url("/v2/user/me")).send().await.unwrap();
        assert_eq!(response.status(), 400);
        let e = response.kakao_check().await.unwrap_err();
        assert_eq!(e.code(), Some(-1));
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
        let e = response
            .kakao_check_as::<ApiError>(DEFAULT_BODY_LIMIT)
            .await
            .unwrap_err();
        assert_eq!(e.code(), Some(-402));
        assert_eq!(e.response().unwrap().body_len(), REST_402.len());
        assert_eq!(e.request_id(), Some("7f3a-42"));
    });
    assert_eq!(server.received().len(), 1);
}

/// A body that trickles in until the request's total timeout: the middleware's read ends with
/// the timeout (the -2 it read so far is not retried), and so does the caller's.
#[test]
fn a_timeout_while_the_middleware_reads_reaches_the_caller() {
    let server = Server::replying(vec![Reply::Trickle { bytes: 200 }]);
    runtime().block_on(async {
        let response = client(KakaoRetry::new(POLICY))
            .get(server.url("/v2/user/me"))
            .timeout(Duration::from_secs(2))
            .send()
            .await
            .unwrap();
        let e = response.kakao_check().await.unwrap_err();
        assert_eq!((e.status(), e.code()), (Some(400), Some(-2)));
        let read = e.transport_error().expect("the body was cut short");
        assert!(read.is_timeout(), "{read:?}");
    });
    assert_eq!(server.received().len(), 1);
}

/// A streamed request body cannot be copied: the request is sent once, and a -1 (which would
/// be retried) is handed back.
#[test]
fn a_streamed_body_is_sent_once() {
    let server = Server::replying(vec![Reply::internal_error(), Reply::ok()]);
    runtime().block_on(async {
        let (client, attempts) = counting_client(KakaoRetry::new(POLICY));
        let response = client
            .post(server.url("/v2/api/talk/memo/default/send"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(reqwest::Body::wrap(String::from("text=hello")))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400);
        assert_eq!(response.bytes().await.unwrap(), REST_MINUS_1.as_bytes());
        assert_eq!(attempts.load(std::sync::atomic::Ordering::Relaxed), 1);
    });
    let received = server.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].body, b"text=hello");
}
