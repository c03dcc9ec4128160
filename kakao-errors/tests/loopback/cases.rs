// The loopback cases for one reqwest version: `super` names that version `reqwest`, and its
// module of this crate `kakao`.
//
// `std::error::Error` is in scope, as in every application: every call below must still
// reach the methods of `kakao::Error`, not the trait's deprecated `cause`.
use std::error::Error;
use std::time::Duration;

use kakao_errors::mobility::MobilityError;
use kakao_errors::oauth::OAuthError;
use kakao_errors::response::BodyKind;
use kakao_errors::rest::{ApiError, Common, Login};
use kakao_errors::{KakaoError, Remedy};

use super::kakao::{self, DEFAULT_BODY_LIMIT, ResponseExt, check, check_with_limit};
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
        assert!(matches!(e, kakao::Error::Response(_)), "{e:?}");
        assert_eq!(e.status(), Some(403));
        assert_eq!(e.code(), Some(-402));
        assert_eq!(e.cause(), Some(&ApiError::Login(Login::InsufficientScope)));
        assert_eq!(e.documented_cause(), e.cause());
        assert_eq!(e.message(), Some("[KakaoTalk message] insufficient scopes."));
        assert_eq!(
            e.required_scopes().unwrap().collect::<Vec<_>>(),
            ["talk_message"]
        );
        assert_eq!(e.solution(), Login::InsufficientScope.solution());
        assert!(!e.is_retryable());
        let Remedy::RequestConsent { scopes } = e.remedy() else {
            panic!("{:?}", e.remedy());
        };
        assert_eq!(scopes.collect::<Vec<_>>(), ["talk_message"]);
        assert_eq!(e.request_id(), Some("7f3a-42"));
        assert_eq!(e.retry_after(), None);
        assert_eq!(e.url().map(reqwest::Url::path), Some("/v1/api/talk/memo/default/send"));
        assert!(e.transport_error().is_none());
        assert!(e.source().is_none());
        let response = e.response().unwrap();
        assert_eq!(response.api_type(), Some("TALK_MEMO_DEFAULT_SEND"));
        assert_eq!(response.body_len(), REST_402.len());
        assert_eq!(e.to_string(), response.to_string());
        assert_eq!(
            e.to_string(),
            "Kakao API error: HTTP 403, code -402 (InsufficientScope): [KakaoTalk message] insufficient scopes."
        );
    });
}

#[test]
fn one_question_mark_reaches_a_transport_error() {
    runtime().block_on(async {
        let url = refusing_url();
        let e = get_text(&client(), &url).await.unwrap_err();
        let kakao::Error::Transport(inner) = &e else {
            panic!("expected a transport error, got {e:?}");
        };
        assert!(inner.is_connect(), "{inner:?}");
        assert!(core::ptr::addr_eq(e.transport_error().unwrap(), inner));
        // Transparent: reqwest's message, and reqwest's source as this error's source.
        assert_eq!(e.to_string(), inner.to_string());
        let source = e.source().expect("a connection error has a cause");
        assert!(core::ptr::addr_eq(source, inner.source().unwrap()));
        // Nothing was sent: safe to send again.
        assert!(e.is_retryable());
        assert_eq!(e.remedy(), Remedy::Retry { after: None });
        assert_eq!(e.url().map(reqwest::Url::as_str), Some(url.as_str()));
        assert_eq!((e.status(), e.code(), e.cause()), (None, None, None));
        assert!(e.response().is_none() && e.headers().is_none());
        assert_eq!((e.retry_after(), e.request_id()), (None, None));
        assert!(e.into_response().is_none());
    });
}

#[test]
fn the_response_headers_are_kept() {
    let server = Server::start(2);
    runtime().block_on(async {
        let client = client();
        let response = client.get(server.url("/limited")).send().await.unwrap();
        let e = response.kakao_check().await.unwrap_err();
        assert_eq!(e.cause(), Some(&ApiError::Common(Common::ApiLimitExceeded)));
        assert_eq!(e.retry_after(), Some(Duration::from_secs(30)));
        assert_eq!(e.request_id(), Some("req-0001"));
        let headers = e.headers().unwrap();
        assert_eq!(headers["x-served-by"], "loopback");
        assert_eq!(headers["retry-after"], "30");
        // The parsed error keeps them too, without the header map.
        let parsed = e.into_response().unwrap();
        assert_eq!(parsed.retry_after(), Some(Duration::from_secs(30)));
        assert_eq!(parsed.request_id(), Some("req-0001"));

        // An HTTP-date: the time from now until then, at most 2^31 seconds (the server's
        // date is in the year 9999).
        let response = client.get(server.url("/maintenance")).send().await.unwrap();
        let e = check(response).await.unwrap_err();
        assert_eq!(
            (e.status(), e.response().unwrap().kind()),
            (Some(503), BodyKind::Empty)
        );
        let longest = Duration::from_secs(1 << 31);
        assert_eq!(e.retry_after(), Some(longest));
        let remedy = e.remedy();
        assert_eq!(remedy.as_str(), "maintenance");
        assert_eq!(remedy.after(), Some(longest));
        assert_eq!(e.request_id(), None);
    });
}

#[test]
fn kakao_shaped_failures_become_typed_errors() {
    let server = Server::start(4);
    runtime().block_on(async {
        let client = client();
        let get = |path: &str| client.get(server.url(path)).send();

        let e = check(get("/oauth/token").await.unwrap()).await.unwrap_err();
        assert_eq!(e.response().unwrap().kind(), BodyKind::OAuth);
        assert_eq!(e.oauth_error(), Some(&OAuthError::InvalidGrant));
        assert_eq!(e.koe_code(), Some("KOE320"));
        assert_eq!(e.code(), None);

        let e = check(get("/share").await.unwrap()).await.unwrap_err();
        assert_eq!(e.response().unwrap().kind(), BodyKind::Text);
        assert_eq!(e.code(), Some(-401));

        let e = check(get("/gateway").await.unwrap()).await.unwrap_err();
        let parsed = e.response().unwrap();
        assert_eq!(
            (parsed.kind(), parsed.status()),
            (BodyKind::Unreadable, 502)
        );
        assert!(parsed.excerpt().unwrap().contains("502 Bad Gateway"));
        assert!(e.is_retryable());
        assert_eq!(e.cause(), None);

        let e = check(get("/nowhere").await.unwrap()).await.unwrap_err();
        assert_eq!(e.status(), Some(404));
        assert!(!e.is_retryable());
    });
}

#[test]
fn other_tables_through_the_extension_trait() {
    let server = Server::start(1);
    runtime().block_on(async {
        let response = client().get(server.url("/mobility")).send().await.unwrap();
        let e = response
            .kakao_check_as::<MobilityError>(DEFAULT_BODY_LIMIT)
            .await
            .unwrap_err();
        assert_eq!(e.cause(), Some(&MobilityError::InternalError));
        assert_eq!(e.cause().unwrap().status(), Some(500));
        assert!(e.is_retryable());
        assert_eq!(e.into_response().unwrap().status(), 500);
    });
}

#[test]
fn chunked_body_is_read_whole() {
    let server = Server::start(1);
    runtime().block_on(async {
        let response = client().get(server.url("/chunked")).send().await.unwrap();
        let e = check(response).await.unwrap_err();
        assert_eq!(e.code(), Some(-2));
        assert_eq!(e.message(), Some("요청 파라미터 오류"));
        assert!(e.response().unwrap().is_complete());
    });
}

#[test]
fn huge_body_is_read_only_up_to_the_limit() {
    let server = Server::start(2);
    runtime().block_on(async {
        let client = client();
        let response = client.get(server.url("/huge")).send().await.unwrap();
        let e = check(response).await.unwrap_err();
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

        let response = client.get(server.url("/huge")).send().await.unwrap();
        let e = check_with_limit::<ApiError>(response, 1000)
            .await
            .unwrap_err();
        assert_eq!(e.response().unwrap().body_len(), 1000);
    });
}

#[test]
fn a_body_cut_by_the_transport_keeps_both_errors() {
    let server = Server::start(1);
    runtime().block_on(async {
        let response = client().get(server.url("/cut")).send().await.unwrap();
        let e = check(response).await.unwrap_err();
        let kakao::Error::Response(failed) = &e else {
            panic!("expected a response error, got {e:?}");
        };
        let parsed = failed.error();
        assert_eq!(parsed.status(), 400);
        assert_eq!(parsed.code(), Some(-2));
        assert_eq!(parsed.message(), Some("ProfileId is not a number"));
        assert!(!parsed.is_complete());
        let read = failed.read_error().expect("the body was cut short");
        assert!(read.is_body() || read.is_decode(), "{read:?}");
        assert!(core::ptr::addr_eq(e.transport_error().unwrap(), read));
        // The read error is the source, not repeated in the message.
        let source = e.source().unwrap();
        assert!(core::ptr::addr_eq(source, read));
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
                .kakao_check_as::<ApiError>(usize::MAX)
                .await
                .unwrap_err();
            assert_eq!((e.status(), e.code()), (Some(status), code), "{path}");
            assert!(
                e.transport_error().is_some(),
                "{path}: the body was cut short"
            );
            assert!(e.response().unwrap().body_len() < 100, "{path}");
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
        let read = e.transport_error().expect("the body was cut short");
        assert!(read.is_timeout(), "{read:?}");
        assert_eq!((e.status(), e.code()), (Some(400), Some(-2)));
        assert!(!e.response().unwrap().is_complete());
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
