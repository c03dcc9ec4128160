//! Features `problem` and `reqwest`: the reqwest integration's failures as problems, over real
//! HTTP/1.1 exchanges with the small server on 127.0.0.1 (`loopback/server.rs`). A function
//! returning `Result<_, Problem>` takes every failure with `?`: reqwest's own error (`send()`),
//! the integration's (`kakao_check()`), transport failures included.
#![cfg(all(feature = "problem", feature = "reqwest"))]

use std::time::Duration;

use kakao_errors::catalog;
use kakao_errors::problem::{ABOUT_BLANK, Problem};
use kakao_errors::reqwest::ResponseExt;

use crate::server::{Server, TIMEOUT, refusing_url, runtime};

fn client(timeout: Duration) -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(timeout)
        .no_proxy()
        .build()
        .unwrap()
}

/// What a backend's handler does: call Kakao, and answer its client with a problem on failure.
async fn call(client: &reqwest::Client, url: &str) -> Result<String, Problem> {
    let response = client.get(url).send().await?.kakao_check().await?;
    Ok(response.text().await?)
}

/// The problem of one request to `path` of a fresh server, with a client `timeout`.
fn problem_of(path: &str, timeout: Duration) -> Problem {
    let server = Server::start(1);
    runtime().block_on(async { call(&client(timeout), &server.url(path)).await.unwrap_err() })
}

fn json(problem: &Problem) -> String {
    serde_json::to_string(problem).unwrap()
}

#[test]
fn a_kakao_error_response_is_its_problem() {
    let problem = problem_of("/v1/api/talk/memo/default/send", TIMEOUT);
    assert_eq!(
        (problem.status(), problem.remedy()),
        (403, "request_consent")
    );
    assert_eq!(
        problem.required_scopes().unwrap().collect::<Vec<_>>(),
        ["talk_message"]
    );
    assert_eq!(problem.kakao_code(), Some("-402"));
    assert_eq!(problem.kakao_status(), Some(403));
    assert_eq!(problem.kakao_request_id(), Some("7f3a-42"));
    assert_eq!(
        problem.type_uri(),
        catalog::table::<kakao_errors::rest::Login>().unwrap().url()
    );

    // -10 with HTTP 400 and `Retry-After: 30`: a quota, with the server's wait.
    let problem = problem_of("/limited", TIMEOUT);
    assert_eq!((problem.status(), problem.remedy()), (429, "throttled"));
    assert_eq!(problem.retry_after(), Some(Duration::from_secs(30)));
    assert_eq!(problem.kakao_request_id(), Some("req-0001"));

    // A gateway's page: Kakao failed, the same request may succeed.
    let problem = problem_of("/gateway", TIMEOUT);
    assert_eq!(
        (problem.status(), problem.title(), problem.type_uri()),
        (502, "Bad Gateway", ABOUT_BLANK)
    );
    assert!(!json(&problem).contains("nginx"));
}

#[test]
fn an_authorization_code_in_the_body_or_the_url_stays_out() {
    let server = Server::start(1);
    let problem = runtime().block_on(async {
        let url = server.url("/oauth/token?code=SECRET_QUERY");
        call(&client(TIMEOUT), &url).await.unwrap_err()
    });
    assert_eq!((problem.status(), problem.remedy()), (401, "relogin"));
    assert_eq!(problem.kakao_code(), Some("KOE320"));
    let response = problem.to_http_response();
    for shown in [
        json(&problem),
        problem.to_string(),
        format!("{problem:?}"),
        format!("{:?}", response.headers()),
    ] {
        // The body said `authorization code not found for code=abc`.
        assert!(!shown.contains("code=abc"), "{shown}");
        assert!(!shown.contains("SECRET_QUERY"), "{shown}");
    }
}

/// A timeout after the request left: its outcome is unknown, which is not the client's fault.
#[test]
fn a_timeout_is_a_gateway_timeout_not_the_clients_fault() {
    let problem = problem_of("/silent", Duration::from_millis(300));
    assert_eq!(
        (problem.status(), problem.title(), problem.remedy()),
        (504, "Gateway Timeout", "outcome_unknown")
    );
    assert_eq!(problem.type_uri(), ABOUT_BLANK);
    assert_eq!(problem.kakao_status(), None);
    assert_eq!(problem.kakao_code(), None);
    assert!(
        problem.detail().contains("did not answer in time"),
        "{problem:?}"
    );
    let text = json(&problem);
    assert!(
        !text.contains("127.0.0.1") && !text.contains("/silent"),
        "{text}"
    );
}

#[test]
fn a_connection_never_made_is_a_bad_gateway_to_try_again() {
    let problem =
        runtime().block_on(async { call(&client(TIMEOUT), &refusing_url()).await.unwrap_err() });
    assert_eq!((problem.status(), problem.remedy()), (502, "retry"));
    assert_eq!(problem.type_uri(), ABOUT_BLANK);
    assert!(problem.detail().contains("not sent"), "{problem:?}");
    assert!(!json(&problem).contains("127.0.0.1"));
}

/// The integration's error gives its own remedy, with the request's method where it knows it
/// (a response the retry middleware handed back): the problem follows that remedy, not the
/// bare response's. A gateway's 502 to a `POST` may or may not have taken effect: 504, not the
/// 502 of a request to send again.
#[cfg(feature = "reqwest-middleware")]
#[test]
fn the_problem_follows_the_errors_remedy() {
    use kakao_errors::Remedy;
    use kakao_errors::reqwest as kakao;
    use kakao_errors::rest::ApiError;
    use kakao_errors::retry::{RetryPolicy, RetrySettings};

    use crate::server::Reply;

    let server = Server::replying(vec![Reply::bad_gateway()]);
    runtime().block_on(async {
        let policy = RetryPolicy::new().max_attempts(1);
        let client = reqwest_middleware::ClientBuilder::new(client(TIMEOUT))
            .with(kakao_errors::reqwest_middleware::KakaoRetry::new(
                RetrySettings::new(policy),
            ))
            .build();
        let url = server.url("/v2/api/talk/memo/default/send");
        let response = client.post(&url).body("text=hello").send().await.unwrap();
        let error: kakao::Error<ApiError> = response.kakao_check().await.unwrap_err();
        assert_eq!(error.remedy(), Remedy::OutcomeUnknown);
        assert_eq!(
            error.response().unwrap().remedy(),
            Remedy::Retry { after: None }
        );
        let problem = Problem::from(&error);
        assert_eq!(
            (problem.status(), problem.remedy()),
            (504, "outcome_unknown")
        );
        assert_eq!(problem.kakao_status(), Some(502));
        assert_eq!(Problem::from(error), problem);
        // The parsed response alone: a request to send again.
        let response = client.get(&url).send().await.unwrap();
        let error: kakao::Error<ApiError> = response.kakao_check().await.unwrap_err();
        let problem = Problem::from(error.response().unwrap());
        assert_eq!((problem.status(), problem.remedy()), (502, "retry"));
    });
}
