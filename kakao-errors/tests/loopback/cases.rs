// The loopback cases for one reqwest version: `super` names that version `reqwest`.
//
// `std::error::Error` is in scope, as in every application: every call below must still
// reach the methods of `kakao::Error`, not the trait's.
use std::error::Error;
use std::time::Duration;

use kakao_errors::http::DEFAULT_BODY_LIMIT;
use kakao_errors::mobility::MobilityError;
use kakao_errors::oauth::OAuthError;
use kakao_errors::reqwest::{self as kakao, ResponseExt};
use kakao_errors::response::BodyKind;
use kakao_errors::rest::{ApiError, Common, Login};
use kakao_errors::{KakaoError, Remedy};

use super::reqwest;
use crate::server::{REST_402, Server, TIMEOUT, refusing_url, runtime};

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(TIMEOUT)
        .no_proxy()
        .build()
        .unwrap()
}

/// The one-`?` style of the module docs: a transport error and a Kakao error both land in
/// `kakao::Error`.
async fn get_text(client: &reqwest::Client, url: &str) -> Result<String, kakao::Error> {
    let response = client.get(url).send().await?.kakao_check().await?;
    Ok(response.text().await?)
}

/// reqwest's error of this version, under `e`.
fn reqwest_source(e: &kakao::Error<impl KakaoError>) -> &reqwest::Error {
    e.source()
        .and_then(|source| source.downcast_ref::<reqwest::Error>())
        .expect("reqwest's error is the source")
}

/// What every error keeps, whatever it is.
fn assert_consistent<E: KakaoError>(e: &kakao::Error<E>) {
    assert_eq!(e.is_retryable(), e.remedy().is_wait(), "{e:?}");
    assert_ne!(e.is_response(), e.is_transport(), "{e:?}");
    assert_eq!(e.response().is_some(), e.is_response(), "{e:?}");
    assert_eq!(e.headers().is_some(), e.is_response(), "{e:?}");
    let line = e.to_string();
    assert!(!line.contains('\n') && !line.is_empty(), "{line}");
}

#[test]
fn success_passes_through() {
    let server = Server::start(1);
    runtime().block_on(async {
        let text = get_text(&client(), &server.url("/v2/user/me")).await;
        assert_eq!(text.unwrap(), r#"{"id":123}"#);
    });
}

#[test]
fn one_question_mark_reaches_a_kakao_error() {
    let server = Server::start(1);
    runtime().block_on(async {
        let url = server.url("/v1/api/talk/memo/default/send");
        let e = get_text(&client(), &url).await.unwrap_err();
        assert_consistent(&e);
        assert!(e.is_response() && !e.is_body() && !e.is_timeout() && !e.is_connect());
        assert_eq!(e.status(), Some(403));
        assert!(!e.is_retryable());
        let Remedy::RequestConsent { scopes } = e.remedy() else {
            panic!("{:?}", e.remedy());
        };
        assert_eq!(scopes.collect::<Vec<_>>(), ["talk_message"]);
        assert_eq!(e.url().map(reqwest::Url::path), Some("/v1/api/talk/memo/default/send"));
        // `kakao_check()` on a `Response` alone does not know the request.
        assert_eq!(e.method(), None);
        assert!(e.source().is_none());
        assert_eq!(e.headers().unwrap()["x-request-id"], "7f3a-42");

        // The integration error gives the parsed response, which has the rest.
        let response = e.response().unwrap();
        assert_eq!(response.code(), Some(-402));
        assert_eq!(response.cause(), Some(&ApiError::Login(Login::InsufficientScope)));
        assert_eq!(response.message(), Some("[KakaoTalk message] insufficient scopes."));
        assert_eq!(response.solution(), Login::InsufficientScope.solution());
        assert_eq!(response.request_id(), Some("7f3a-42"));
        assert_eq!(response.retry_after(), None);
        assert_eq!(response.api_type(), Some("TALK_MEMO_DEFAULT_SEND"));
        assert_eq!(response.body_len(), REST_402.len());
        assert_eq!(e.to_string(), response.to_string());
        assert_eq!(
            e.to_string(),
            "Kakao API error: HTTP 403, code -402 (InsufficientScope): [KakaoTalk message] insufficient scopes."
        );
        assert_eq!(e.into_response().unwrap().status(), 403);
    });
}

#[test]
fn one_question_mark_reaches_a_transport_error() {
    runtime().block_on(async {
        let url = refusing_url();
        let e = get_text(&client(), &url).await.unwrap_err();
        assert_consistent(&e);
        assert!(e.is_transport() && e.is_connect(), "{e:?}");
        assert!(!e.is_timeout() && !e.is_body());
        // reqwest's error is the source, of this version, with its URL taken out (kept here).
        let source = reqwest_source(&e);
        assert!(source.is_connect(), "{source:?}");
        assert_eq!(source.url(), None);
        assert_eq!(e.url().map(reqwest::Url::as_str), Some(url.as_str()));
        assert_eq!(
            e.to_string(),
            "Kakao API request failed: no connection could be made"
        );
        // Nothing was sent: safe to send again.
        assert!(e.is_retryable());
        assert_eq!(e.remedy(), Remedy::Retry { after: None });
        assert_eq!(e.status(), None);
        assert!(e.response().is_none() && e.headers().is_none());
        let e = e.without_url();
        assert_eq!(e.url(), None);
        assert!(e.into_response().is_none());
    });
}

/// Neither `Display` nor `Debug` shows a URL's query or a header's value; `url()` gives the
/// URL whole, until `without_url()`.
#[test]
fn output_shows_no_query_and_no_header_value() {
    let server = Server::start(1);
    runtime().block_on(async {
        let url = server.url("/v1/api/talk/memo/default/send?access_token=SECRET-TOKEN");
        let e = get_text(&client(), &url).await.unwrap_err();
        assert_eq!(
            e.url().and_then(reqwest::Url::query),
            Some("access_token=SECRET-TOKEN")
        );
        let debug = format!("{e:?}");
        let display = e.to_string();
        for shown in [&debug, &display] {
            assert!(!shown.contains("SECRET"), "{shown}");
            // The header value of `X-Request-Id` (the parsed error's request id aside).
            assert!(!shown.contains("application/json"), "{shown}");
        }
        assert!(
            debug.contains("/v1/api/talk/memo/default/send\""),
            "{debug}"
        );
        assert!(debug.contains("\"x-request-id\""), "{debug}");
        assert!(!format!("{:?}", e.without_url()).contains("/v1/api"));
    });
}

#[test]
fn the_response_headers_are_kept() {
    let server = Server::start(2);
    runtime().block_on(async {
        let client = client();
        let response = client.get(server.url("/limited")).send().await.unwrap();
        let e = response.kakao_check().await.unwrap_err();
        assert_consistent(&e);
        let headers = e.headers().unwrap();
        assert_eq!(headers["x-served-by"], "loopback");
        assert_eq!(headers["retry-after"], "30");
        // The parsed error keeps what it needs of them, without the header map.
        let parsed = e.into_response().unwrap();
        assert_eq!(
            parsed.cause(),
            Some(&ApiError::Common(Common::ApiLimitExceeded))
        );
        assert_eq!(parsed.retry_after(), Some(Duration::from_secs(30)));
        assert_eq!(parsed.request_id(), Some("req-0001"));

        // An HTTP-date: the time from now until then, at most 2^31 seconds (the server's
        // date is in the year 9999).
        let response = client.get(server.url("/maintenance")).send().await.unwrap();
        let e = response.kakao_check().await.unwrap_err();
        assert_consistent(&e);
        let parsed = e.response().unwrap();
        assert_eq!((e.status(), parsed.kind()), (Some(503), BodyKind::Empty));
        let longest = Duration::from_secs(1 << 31);
        assert_eq!(parsed.retry_after(), Some(longest));
        let remedy = e.remedy();
        assert_eq!(remedy.as_str(), "maintenance");
        assert_eq!(remedy.after(), Some(longest));
        assert_eq!(parsed.request_id(), None);
    });
}

#[test]
fn kakao_shaped_failures_become_typed_errors() {
    let server = Server::start(4);
    runtime().block_on(async {
        let client = client();
        let check = async |path: &str| {
            let response = client.get(server.url(path)).send().await.unwrap();
            let e = response.kakao_check().await.unwrap_err();
            assert_consistent(&e);
            e
        };

        let e = check("/oauth/token").await;
        let parsed = e.response().unwrap();
        assert_eq!(parsed.kind(), BodyKind::OAuth);
        assert_eq!(parsed.oauth_error(), Some(&OAuthError::InvalidGrant));
        assert_eq!(parsed.koe_code(), Some("KOE320"));
        assert_eq!(parsed.code(), None);

        let e = check("/share").await;
        assert_eq!(e.response().unwrap().kind(), BodyKind::Text);
        assert_eq!(e.response().unwrap().code(), Some(-401));

        let e = check("/gateway").await;
        let parsed = e.response().unwrap();
        assert_eq!(
            (parsed.kind(), parsed.status()),
            (BodyKind::Unreadable, 502)
        );
        assert!(parsed.excerpt().unwrap().contains("502 Bad Gateway"));
        // The request is not known here: the response's remedy stands.
        assert!(e.is_retryable());
        assert_eq!(parsed.cause(), None);

        let e = check("/nowhere").await;
        assert_eq!(e.status(), Some(404));
        assert!(!e.is_retryable());
    });
}

/// The table and the limit are chosen apart, before the `.await`.
#[test]
fn other_tables_and_limits_are_separate_choices() {
    let server = Server::start(3);
    runtime().block_on(async {
        let client = client();
        let response = client.get(server.url("/mobility")).send().await.unwrap();
        let check = response.kakao_check().parse_as::<MobilityError>();
        assert_eq!(check.get_body_limit(), DEFAULT_BODY_LIMIT);
        let e = check.await.unwrap_err();
        assert_consistent(&e);
        let parsed = e.response().unwrap();
        assert_eq!(parsed.cause(), Some(&MobilityError::InternalError));
        assert_eq!(parsed.cause().unwrap().status(), Some(500));
        assert!(e.is_retryable());

        let response = client.get(server.url("/huge")).send().await.unwrap();
        let check = response.kakao_check().body_limit(1000);
        assert_eq!(check.get_body_limit(), 1000);
        let e = check.await.unwrap_err();
        assert_eq!(e.response().unwrap().body_len(), 1000);

        let response = client.get(server.url("/mobility")).send().await.unwrap();
        let e = response
            .kakao_check()
            .body_limit(10)
            .parse_as::<MobilityError>()
            .await
            .unwrap_err();
        assert_eq!(e.response().unwrap().body_len(), 10);
    });
}

#[test]
fn chunked_body_is_read_whole() {
    let server = Server::start(1);
    runtime().block_on(async {
        let response = client().get(server.url("/chunked")).send().await.unwrap();
        let e = response.kakao_check().await.unwrap_err();
        let parsed = e.response().unwrap();
        assert_eq!(parsed.code(), Some(-2));
        assert_eq!(parsed.message(), Some("요청 파라미터 오류"));
        assert!(parsed.is_complete());
    });
}

#[test]
fn huge_body_is_read_only_up_to_the_limit() {
    let server = Server::start(1);
    runtime().block_on(async {
        let response = client().get(server.url("/huge")).send().await.unwrap();
        let e = response.kakao_check().await.unwrap_err();
        let parsed = e.response().unwrap();
        assert_eq!(
            (parsed.status(), parsed.kind()),
            (502, BodyKind::Unreadable)
        );
        assert_eq!(parsed.body_len(), DEFAULT_BODY_LIMIT);
        assert!(
            parsed
                .excerpt()
                .unwrap()
                .starts_with("<p>upstream failed</p>")
        );
    });
}

#[test]
fn a_body_cut_by_the_transport_keeps_both_errors() {
    let server = Server::start(1);
    runtime().block_on(async {
        let response = client().get(server.url("/cut")).send().await.unwrap();
        let e = response.kakao_check().await.unwrap_err();
        assert_consistent(&e);
        assert!(e.is_response() && e.is_body(), "{e:?}");
        let parsed = e.response().unwrap();
        assert_eq!(parsed.status(), 400);
        assert_eq!(parsed.code(), Some(-2));
        assert_eq!(parsed.message(), Some("ProfileId is not a number"));
        assert!(!parsed.is_complete());
        // The read error is the source, not repeated in the message.
        let read = reqwest_source(&e);
        assert!(read.is_body() || read.is_decode(), "{read:?}");
        let line = e.to_string();
        assert!(
            line.contains("code -2 (IllegalParams)") && line.ends_with("; reading the body failed"),
            "{line}"
        );
        assert!(!line.contains(&read.to_string()), "{line}");
    });
}

/// A server that promises a huge body (1 GiB; nearly 2^64 bytes) and sends a few bytes: with
/// no limit on the body, the client still allocates only for what arrived.
#[test]
fn a_lying_content_length_sizes_no_allocation() {
    let server = Server::start(2);
    runtime().block_on(async {
        let client = client();
        for (path, status, code) in [("/claims-1gib", 502, None), ("/claims-2e64", 400, Some(-2))] {
            let response = client.get(server.url(path)).send().await.unwrap();
            assert!(response.content_length().unwrap() >= 1 << 30);
            let e = response
                .kakao_check()
                .body_limit(usize::MAX)
                .await
                .unwrap_err();
            assert_consistent(&e);
            let parsed = e.response().unwrap();
            assert_eq!((e.status(), parsed.code()), (Some(status), code), "{path}");
            assert!(e.is_body(), "{path}: the body was cut short");
            assert!(parsed.body_len() < 100, "{path}");
        }
    });
    // The whole test binary (every test running beside this one included) never held 64 MiB
    // at once; a buffer sized by either header would have been 1 GiB or more.
    let peak = crate::ALLOCATOR.max_allocated();
    assert!(peak < 64 << 20, "peak allocation {peak} bytes");
}

/// A body that trickles in is cut by the request's total timeout, and what came is parsed.
///
/// The timeout also covers connecting and the response head, so it leaves room for a busy
/// machine; the trickle lasts 10 s (200 bytes, one every 50 ms), far past it.
#[test]
fn a_total_timeout_cuts_a_trickling_body() {
    let server = Server::start(1);
    runtime().block_on(async {
        let response = client()
            .get(server.url("/trickle"))
            .timeout(Duration::from_secs(2))
            .send()
            .await
            .unwrap();
        let e = response.kakao_check().await.unwrap_err();
        assert_consistent(&e);
        assert!(e.is_timeout() && e.is_body() && e.is_response(), "{e:?}");
        assert!(reqwest_source(&e).is_timeout());
        assert_eq!(
            (e.status(), e.response().unwrap().code()),
            (Some(400), Some(-2))
        );
        assert!(!e.response().unwrap().is_complete());
    });
}

/// A request whose response head never comes: a timeout after the request left, whose outcome
/// is unknown (`kakao_check()` and `?` do not know the request's method).
#[test]
fn a_timeout_before_the_response_is_an_unknown_outcome() {
    let server = Server::start(1);
    runtime().block_on(async {
        let e = client()
            .get(server.url("/silent"))
            .timeout(Duration::from_millis(500))
            .send()
            .await
            .map_err(kakao::Error::<ApiError>::from)
            .unwrap_err();
        assert_consistent(&e);
        assert!(
            e.is_transport() && e.is_timeout() && !e.is_connect(),
            "{e:?}"
        );
        assert_eq!(e.remedy(), Remedy::OutcomeUnknown);
        assert_eq!(e.to_string(), "Kakao API request failed: timed out");
    });
}

#[test]
fn error_is_send_sync_static_and_small() {
    fn assert_bounds<T: Error + Send + Sync + 'static>() {}
    assert_bounds::<kakao::Error>();
    assert_bounds::<kakao::Error<MobilityError>>();
    assert!(size_of::<kakao::Error>() <= 16);
    assert!(size_of::<kakao::Error<MobilityError>>() <= 16);
}
