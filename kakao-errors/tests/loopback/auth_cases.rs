// The token and consent cases, run once for each adapter: `super::adapter` builds a client
// with the adapter (`client`) and sends through it (`Client::send`), giving back what the
// caller sees (`Answer`).
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use kakao_errors::Remedy;
use kakao_errors::auth::{AccessToken, LoginApp, Refresher, ReloginRequired};
use kakao_errors::reqwest::ResponseExt;

use super::adapter::{Answer, Client, client};
use super::reqwest;
use crate::busy::{Busy, Reply};
use crate::server::{TIMEOUT, runtime};

/// Tokens, named so that a test can tell if one is printed.
const EXPIRED: &str = "tok-EXPIRED-1f2e";
const FRESH: &str = "tok-FRESH-9a8b";

const MINUS_401: &str = r#"{"msg":"this access token does not exist","code":-401}"#;
const KOE322: &str = r#"{"error":"invalid_grant","error_description":"Invalid refresh token","error_code":"KOE322"}"#;

/// What the server received, counted.
#[derive(Default)]
struct Seen {
    expired: AtomicUsize,
    fresh: AtomicUsize,
    other: AtomicUsize,
    token_endpoint: AtomicUsize,
}

fn count(counter: &AtomicUsize) -> usize {
    counter.load(Ordering::Relaxed)
}

/// A Kakao whose API answers `Bearer FRESH` and nothing else (-401), and whose token endpoint
/// says the refresh token is dead (KOE322).
fn kakao(seen: &Arc<Seen>) -> Busy {
    let seen = Arc::clone(seen);
    Busy::start(move |request| {
        if request.target.starts_with("/oauth/token") {
            seen.token_endpoint.fetch_add(1, Ordering::Relaxed);
            return Reply::json(400, KOE322);
        }
        let authorization = request.header("authorization").unwrap_or("");
        if authorization == format!("Bearer {FRESH}") {
            seen.fresh.fetch_add(1, Ordering::Relaxed);
            Reply::ok()
        } else {
            let counter = if authorization == format!("Bearer {EXPIRED}") {
                &seen.expired
            } else {
                &seen.other
            };
            counter.fetch_add(1, Ordering::Relaxed);
            Reply::json(401, MINUS_401)
        }
    })
}

fn get(url: String, token: Option<&str>) -> http::Request<Vec<u8>> {
    let mut request = http::Request::get(url);
    if let Some(token) = token {
        request = request.header("authorization", format!("Bearer {token}"));
    }
    request.body(Vec::new()).unwrap()
}

/// Sends `requests` at once through `client`.
async fn at_once(client: &Client, requests: Vec<http::Request<Vec<u8>>>) -> Vec<Answer> {
    let handles: Vec<_> = requests
        .into_iter()
        .map(|request| tokio::spawn(client.clone().send(request)))
        .collect();
    let mut answers = Vec::new();
    for handle in handles {
        answers.push(handle.await.unwrap());
    }
    answers
}

/// A refresher that counts its calls and gives `FRESH` after `delay`.
fn refreshing_after(
    delay: Duration,
) -> (
    Refresher<impl kakao_errors::auth::Refresh>,
    Arc<AtomicUsize>,
) {
    let calls = Arc::new(AtomicUsize::new(0));
    let refresher = Refresher::new({
        let calls = Arc::clone(&calls);
        move |expired: AccessToken| {
            calls.fetch_add(1, Ordering::Relaxed);
            async move {
                assert_eq!(expired.expose_secret(), EXPIRED);
                tokio::time::sleep(delay).await;
                Ok::<_, ReloginRequired>(AccessToken::new(FRESH))
            }
        }
    });
    (refresher, calls)
}

/// 100 requests at once with an expired token: one refresh; each is sent again once, with the
/// new token, and answered.
#[test]
fn a_hundred_requests_meeting_an_expired_token_cause_one_refresh() {
    let seen = Arc::default();
    let server = kakao(&seen);
    let (refresher, calls) = refreshing_after(Duration::from_millis(200));
    let client = client(refresher.clone(), None);
    let url = server.url("/v2/user/me");
    runtime().block_on(async {
        let requests = (0..100).map(|_| get(url.clone(), Some(EXPIRED))).collect();
        let answers = at_once(&client, requests).await;
        for answer in &answers {
            assert_eq!(
                (answer.status, &answer.body[..]),
                (200, &br#"{"id":123}"#[..])
            );
        }
    });
    let (expired, fresh) = (count(&seen.expired), count(&seen.fresh));
    eprintln!(
        "100 calls, expired token: {expired} requests with it, {fresh} with the new one, {} refresh",
        count(&calls)
    );
    assert_eq!(count(&calls), 1);
    // Every call ends with one request with the new token...
    assert_eq!(fresh, 100);
    // ...after at most one with the expired one (a call that starts after the refresh is sent
    // with the new token from the start).
    assert!((1..=100).contains(&expired), "{expired}");
    assert_eq!(count(&seen.other), 0);

    // Later, a request built with the expired token: sent with the new one from the start.
    let answer = runtime().block_on(client.clone().send(get(url, Some(EXPIRED))));
    assert_eq!(answer.status, 200);
    assert_eq!((count(&seen.expired), count(&seen.fresh)), (expired, 101));
    assert_eq!(count(&calls), 1);
    assert_eq!(refresher.remembered(), 1);
}

/// The refresh token is dead: Kakao's token endpoint says KOE322. Every waiting request gets
/// its `-401` back with the failure (remedy: log in again); later requests with the dead
/// token get theirs back without a new refresh; a new token works.
#[test]
fn a_dead_refresh_token_is_not_tried_in_a_loop() {
    let seen = Arc::default();
    let server = kakao(&seen);
    let calls = Arc::new(AtomicUsize::new(0));
    let http = reqwest::Client::builder()
        .timeout(TIMEOUT)
        .no_proxy()
        .build()
        .unwrap();
    let token_url = server.url("/oauth/token");
    let refresher = Refresher::new({
        let calls = Arc::clone(&calls);
        move |_expired: AccessToken| {
            calls.fetch_add(1, Ordering::Relaxed);
            let (http, token_url) = (http.clone(), token_url.clone());
            async move {
                let response = http
                    .post(token_url)
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body("grant_type=refresh_token&client_id=key&refresh_token=tok-REFRESH-dead")
                    .send()
                    .await?
                    .kakao_check()
                    .await?;
                Ok::<_, kakao_errors::reqwest::Error>(AccessToken::new(response.text().await?))
            }
        }
    });
    let client = client(refresher, None);
    let url = server.url("/v2/user/me");
    runtime().block_on(async {
        let requests = (0..50).map(|_| get(url.clone(), Some(EXPIRED))).collect();
        for answer in at_once(&client, requests).await {
            assert_eq!((answer.status, answer.code), (401, Some(-401)));
            let failed = answer.refresh_failure.expect("the refresh's failure");
            assert_eq!(failed.remedy(), Remedy::Relogin);
        }
        for _ in 0..10 {
            let answer = client.clone().send(get(url.clone(), Some(EXPIRED))).await;
            assert_eq!(answer.status, 401);
            assert_eq!(answer.refresh_failure.unwrap().remedy(), Remedy::Relogin);
        }
    });
    eprintln!(
        "dead refresh token, 60 calls: {} requests, {} refresh, {} token requests",
        count(&seen.expired),
        count(&calls),
        count(&seen.token_endpoint)
    );
    assert_eq!(count(&calls), 1);
    assert_eq!(count(&seen.token_endpoint), 1);
    // Each call sent once, never again.
    assert_eq!(count(&seen.expired), 60);

    // The application has a new token (the user logged in again): answered.
    let answer = runtime().block_on(client.send(get(url, Some(FRESH))));
    assert_eq!(answer.status, 200);
    assert_eq!(count(&calls), 1);
}

/// A refresh whose token is refused too: the request is sent twice, then handed back; a
/// request without a bearer token is not the adapter's to refresh.
#[test]
fn a_request_is_sent_again_at_most_once() {
    let seen = Arc::default();
    let server = kakao(&seen);
    let calls = Arc::new(AtomicUsize::new(0));
    let refresher = Refresher::new({
        let calls = Arc::clone(&calls);
        move |_: AccessToken| {
            calls.fetch_add(1, Ordering::Relaxed);
            async { Ok::<_, ReloginRequired>(AccessToken::new("tok-ALSO-EXPIRED")) }
        }
    });
    let client = client(refresher, None);
    runtime().block_on(async {
        let answer = client
            .clone()
            .send(get(server.url("/v2/user/me"), Some(EXPIRED)))
            .await;
        assert_eq!((answer.status, answer.code), (401, Some(-401)));
        assert!(answer.refresh_failure.is_none());
        assert_eq!((count(&seen.expired), count(&seen.other)), (1, 1));

        let answer = client.send(get(server.url("/v2/user/me"), None)).await;
        assert_eq!(answer.status, 401);
        assert_eq!(count(&seen.other), 2);
    });
    assert_eq!(count(&calls), 1);
}

/// A `-402`: handed back with Kakao Login's URL for the scopes it lists, the app's REST API
/// key and redirect URI percent-encoded; with or without a bearer token, and no refresh.
#[test]
fn a_missing_consent_comes_back_with_the_url_that_asks_for_it() {
    let server = Busy::start(|_| {
        Reply::json(
            403,
            r#"{"msg":"[KakaoTalk message] insufficient scopes.","code":-402,"api_type":"TALK_MEMO_DEFAULT_SEND","allowed_scopes":["profile_nickname"],"required_scopes":["talk_message","friends"]}"#,
        )
    });
    let (refresher, calls) = refreshing_after(Duration::ZERO);
    let app = LoginApp::new(
        "rest key+1",
        "http://localhost:3000/kakao/callback?next=/home",
    );
    let client = client(refresher, Some(app));
    let url = server.url("/v2/api/talk/memo/default/send");
    runtime().block_on(async {
        for token in [Some(EXPIRED), None] {
            let answer = client.clone().send(get(url.clone(), token)).await;
            assert_eq!((answer.status, answer.code), (403, Some(-402)));
            let consent = answer.consent.expect("a consent");
            assert_eq!(
                consent.scopes().collect::<Vec<_>>(),
                ["talk_message", "friends"]
            );
            assert_eq!(
                consent.authorize_url(),
                "https://kauth.kakao.com/oauth/authorize?client_id=rest%20key%2B1\
                 &redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fkakao%2Fcallback%3Fnext%3D%2Fhome\
                 &response_type=code&scope=talk_message,friends"
            );
        }
    });
    assert_eq!(count(&calls), 0);
    assert_eq!(server.requests(), 2);
}
