// The token and consent cases' adapter for one reqwest-middleware version: a client with
// `KakaoAuth`, and the caller's `kakao_check()` on what it hands back. `super` names that
// version `reqwest_middleware` and its reqwest `reqwest`.
use std::error::Error as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use kakao_errors::auth::{AccessToken, Consent, LoginApp, Refresh, RefreshFailed, Refresher};
use kakao_errors::reqwest::ResponseExt;
use kakao_errors::reqwest_middleware::KakaoAuth;

use super::{reqwest, reqwest_middleware};
use crate::busy::{Busy, Reply};
use crate::server::{TIMEOUT, runtime};

/// What the caller gets from one call.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    /// The body of a success.
    pub body: Vec<u8>,
    /// The code of a failure.
    pub code: Option<i64>,
    pub refresh_failure: Option<RefreshFailed>,
    pub consent: Option<Consent>,
}

#[derive(Clone)]
pub struct Client(reqwest_middleware::ClientWithMiddleware);

/// A client with `KakaoAuth::new(refresher)`, asking for consent for `login` if given.
pub fn client<F: Refresh>(refresher: Refresher<F>, login: Option<LoginApp>) -> Client {
    let mut auth = KakaoAuth::new(refresher);
    if let Some(app) = login {
        auth = auth.consent(app);
    }
    // No output of the middleware shows a token or the REST API key.
    let shown = format!("{auth:?}");
    assert!(
        !shown.contains("tok-") && !shown.contains("rest key"),
        "{shown}"
    );
    let client = reqwest::Client::builder()
        .timeout(TIMEOUT)
        .no_proxy()
        .build()
        .unwrap();
    Client(
        reqwest_middleware::ClientBuilder::new(client)
            .with(auth)
            .build(),
    )
}

impl Client {
    /// Sends `request`; a failure is read by the caller's own `kakao_check()`.
    pub async fn send(self, request: http::Request<Vec<u8>>) -> Answer {
        let response = self.0.execute(request.try_into().unwrap()).await.unwrap();
        let status = response.status().as_u16();
        // What the middleware put in the extensions, for a caller that reads them.
        let consent = response.extensions().get::<Consent>().cloned();
        let failed = response
            .extensions()
            .get::<RefreshFailed>()
            .map(RefreshFailed::remedy);
        match response.kakao_check().await {
            Ok(response) => {
                assert!(consent.is_none() && failed.is_none());
                Answer {
                    status,
                    body: response.bytes().await.unwrap().to_vec(),
                    code: None,
                    refresh_failure: None,
                    consent: None,
                }
            }
            Err(e) => {
                if let Some(failed) = e.refresh_failure() {
                    // The error says what the failure says, and gives it as its source.
                    assert_eq!(e.remedy(), failed.remedy());
                    assert!(e.source().unwrap().is::<RefreshFailed>());
                    assert!(e.to_string().contains("could not be refreshed"), "{e}");
                }
                let shown = format!("{e} {e:?}");
                assert!(
                    !shown.contains("tok-") && !shown.contains("rest key"),
                    "{shown}"
                );
                // `kakao_check()` gives what the extensions hold.
                assert_eq!(e.consent(), consent.as_ref());
                assert_eq!(e.refresh_failure().map(RefreshFailed::remedy), failed);
                Answer {
                    status,
                    body: Vec::new(),
                    code: e.response().unwrap().code(),
                    refresh_failure: e.refresh_failure().cloned(),
                    consent: e.consent().cloned(),
                }
            }
        }
    }
}

/// A request whose body is a stream cannot be sent twice: its `-401` is handed back as it
/// came, and no refresh is made for it.
#[test]
fn a_streamed_body_is_handed_back_as_it_came() {
    let server = Busy::start(|request| {
        assert_eq!(request.body, b"text=hello");
        Reply::json(
            401,
            r#"{"msg":"this access token does not exist","code":-401}"#,
        )
    });
    let calls = Arc::new(AtomicUsize::new(0));
    let refresher = Refresher::new({
        let calls = Arc::clone(&calls);
        move |_: AccessToken| {
            calls.fetch_add(1, Ordering::Relaxed);
            async { Ok::<_, kakao_errors::auth::ReloginRequired>(AccessToken::new("tok-NEW")) }
        }
    });
    let client = client(refresher, None);
    runtime().block_on(async {
        let response = client
            .0
            .post(server.url("/v2/api/talk/memo/default/send"))
            .bearer_auth("tok-EXPIRED")
            .body(reqwest::Body::wrap(String::from("text=hello")))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 401);
        let e = response.kakao_check().await.unwrap_err();
        assert_eq!(e.response().unwrap().code(), Some(-401));
        assert!(e.refresh_failure().is_none());
    });
    assert_eq!(server.requests(), 1);
    assert_eq!(calls.load(Ordering::Relaxed), 0);
}

/// `KakaoAuth` outside `KakaoRetry`, as the module docs advise: a `-1` is retried inside, a
/// `-401` refreshed outside and the request sent again through the retries; a `-402` comes
/// back with its consent through the retry middleware's parse, which `kakao_check()` takes.
#[test]
fn with_the_retry_middleware_inside() {
    use std::sync::Mutex;

    use kakao_errors::reqwest_middleware::KakaoRetry;
    use kakao_errors::retry::{RetryPolicy, RetrySettings};

    let answered: Arc<Mutex<Vec<&'static str>>> = Arc::default();
    let server = Busy::start({
        let answered = Arc::clone(&answered);
        move |request| {
            let mut answered = answered.lock().unwrap();
            let authorization = request.header("authorization").unwrap_or("");
            let (name, reply) = if request.target.starts_with("/consent") {
                (
                    "-402",
                    Reply::json(
                        403,
                        r#"{"code":-402,"msg":"x","required_scopes":["friends"]}"#,
                    ),
                )
            } else if authorization == "Bearer tok-NEW" {
                ("ok", Reply::ok())
            } else if !answered.contains(&"-1") {
                ("-1", Reply::internal_error())
            } else {
                (
                    "-401",
                    Reply::json(
                        401,
                        r#"{"msg":"this access token does not exist","code":-401}"#,
                    ),
                )
            };
            answered.push(name);
            reply
        }
    });
    let calls = Arc::new(AtomicUsize::new(0));
    let refresher = Refresher::new({
        let calls = Arc::clone(&calls);
        move |_: AccessToken| {
            calls.fetch_add(1, Ordering::Relaxed);
            async { Ok::<_, kakao_errors::auth::ReloginRequired>(AccessToken::new("tok-NEW")) }
        }
    });
    let policy = RetryPolicy::new().base_delay(std::time::Duration::from_millis(1));
    let http = reqwest::Client::builder()
        .timeout(TIMEOUT)
        .no_proxy()
        .build()
        .unwrap();
    let client = reqwest_middleware::ClientBuilder::new(http)
        .with(KakaoAuth::new(refresher).consent(LoginApp::new("key", "https://a.example/cb")))
        .with(KakaoRetry::new(RetrySettings::new(policy)))
        .build();
    runtime().block_on(async {
        let response = client
            .get(server.url("/v2/user/me"))
            .bearer_auth("tok-OLD")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);

        let response = client
            .get(server.url("/consent"))
            .bearer_auth("tok-NEW")
            .send()
            .await
            .unwrap();
        let e = response.kakao_check().await.unwrap_err();
        // The retry middleware's parse, handed on: the request's method is known.
        assert_eq!(e.method(), Some(&http::Method::GET));
        let consent = e.consent().expect("the consent, through the retry's parse");
        assert_eq!(consent.scopes().collect::<Vec<_>>(), ["friends"]);
    });
    assert_eq!(*answered.lock().unwrap(), ["-1", "-401", "ok", "-402"]);
    assert_eq!(calls.load(Ordering::Relaxed), 1);
}
