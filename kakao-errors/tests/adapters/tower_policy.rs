//! Feature `tower`: the retry policy around a service that answers from memory, to count what
//! the policy does (calls of the service, copies of the request).
#![cfg(feature = "tower")]

use core::convert::Infallible;
use core::time::Duration;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use http::{Request, Response};
use kakao_errors::retry::{RetryPolicy, RetrySettings};
use kakao_errors::tower::KakaoRetry;
use kakao_errors::{KakaoError, Remedy};
use tower::retry::Retry;
use tower::{ServiceExt, service_fn};

/// A request body that counts its copies.
#[derive(Debug)]
struct Counted(Arc<AtomicUsize>);

impl Clone for Counted {
    fn clone(&self) -> Self {
        self.0.fetch_add(1, Ordering::Relaxed);
        Self(Arc::clone(&self.0))
    }
}

/// A response of the service: status, headers, body.
type Canned = (u16, &'static [(&'static str, &'static str)], &'static [u8]);

const MINUS_1: Canned = (400, &[], br#"{"msg":"internal error","code":-1}"#);

/// Sends one `method` request through `retry` to a service that always answers `canned`;
/// gives how many times the service was called and the request copied.
fn always<E: KakaoError + Send + 'static>(
    retry: KakaoRetry<Infallible, E>,
    method: &str,
    canned: Canned,
) -> (usize, usize) {
    let calls = Arc::new(AtomicUsize::new(0));
    let copies = Arc::new(AtomicUsize::new(0));
    let service = service_fn({
        let calls = Arc::clone(&calls);
        move |_: Request<Counted>| {
            calls.fetch_add(1, Ordering::Relaxed);
            let (status, headers, body) = canned;
            let mut response = Response::builder().status(status);
            for (name, value) in headers {
                response = response.header(*name, *value);
            }
            let response = response.body(body.to_vec());
            async move { Ok::<_, Infallible>(response.unwrap()) }
        }
    });
    let request = Request::builder()
        .method(method)
        .uri("https://kapi.kakao.com/v2/user/me")
        .body(Counted(Arc::clone(&copies)))
        .unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap();
    let response = runtime
        .block_on(Retry::new(retry, service).oneshot(request))
        .unwrap();
    assert_eq!(response.status(), canned.0);
    (
        calls.load(Ordering::Relaxed),
        copies.load(Ordering::Relaxed),
    )
}

/// Three attempts, 1 ms apart.
const FAST: RetryPolicy = RetryPolicy::new()
    .max_attempts(3)
    .base_delay(Duration::from_millis(1));

/// How many times a `method` request is sent when every answer is `canned`.
fn attempts(method: &str, canned: Canned, retry_unsafe_methods: bool) -> usize {
    let settings = RetrySettings::new(FAST).retry_unsafe_methods(retry_unsafe_methods);
    always(KakaoRetry::new(settings), method, canned).0
}

#[test]
fn the_request_is_copied_only_for_a_retry_that_may_follow() {
    // One attempt: sent as it is, never copied.
    let once = KakaoRetry::new(RetrySettings::new(FAST.max_attempts(1)));
    assert_eq!(always(once, "GET", MINUS_1), (1, 0));
    // Three attempts: a copy for each retry, none for the last attempt.
    let three = KakaoRetry::new(RetrySettings::new(FAST));
    assert_eq!(always(three, "GET", MINUS_1), (3, 2));
}

#[test]
fn a_method_that_is_not_idempotent_is_retried_only_on_a_documented_code() {
    const GATEWAY: Canned = (
        502,
        &[("content-type", "text/html")],
        b"<html>Bad Gateway</html>",
    );
    const EMPTY_504: Canned = (504, &[], b"");
    const UNDOCUMENTED: Canned = (500, &[], br#"{"msg":"?","code":-123456}"#);
    const RATE_LIMITER: Canned = (429, &[("retry-after", "0")], b"");
    const MAINTENANCE: Canned = (503, &[("retry-after", "0")], b"");
    const QUOTA: Canned = (
        429,
        &[("retry-after", "0")],
        br#"{"msg":"API limit has been exceeded.","code":-10}"#,
    );
    const INTERNAL_500: Canned = (500, &[], br#"{"msg":"internal error","code":-1}"#);
    const KOE003: Canned = (
        500,
        &[],
        br#"{"error":"server_error","error_description":"temporary","error_code":"KOE003"}"#,
    );
    const KAE001: Canned = (
        500,
        &[],
        br#"{"error_code":"KAE001","error_msg":"Internal"}"#,
    );
    // The OAuth value alone, with no Kakao code: a guess from the protocol, not Kakao's word.
    const OAUTH_ONLY: Canned = (500, &[], br#"{"error":"server_error"}"#);

    // A documented code that says to retry: every method.
    for method in ["GET", "POST", "PATCH", "PUT"] {
        for canned in [MINUS_1, QUOTA, INTERNAL_500, KOE003, KAE001] {
            assert_eq!(attempts(method, canned, false), 3, "{method} {canned:?}");
        }
    }
    // A retry that only the status suggests: idempotent methods only...
    let guesses = [
        GATEWAY,
        EMPTY_504,
        UNDOCUMENTED,
        RATE_LIMITER,
        MAINTENANCE,
        OAUTH_ONLY,
    ];
    for canned in guesses {
        for method in ["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"] {
            assert_eq!(attempts(method, canned, false), 3, "{method} {canned:?}");
        }
        for method in ["POST", "PATCH", "CONNECT"] {
            assert_eq!(attempts(method, canned, false), 1, "{method} {canned:?}");
        }
        // ...unless told otherwise.
        for method in ["POST", "PATCH"] {
            assert_eq!(attempts(method, canned, true), 3, "{method} {canned:?}");
        }
    }
    // Not retryable whatever the method: the option changes nothing.
    let consent: Canned = (403, &[], br#"{"msg":"insufficient scopes.","code":-402}"#);
    assert_eq!(attempts("POST", consent, true), 1);
    assert_eq!(attempts("GET", consent, true), 1);
}

/// Behind layers that box errors, `retry_errors_when` takes a closure that downcasts.
#[test]
fn a_boxed_error_is_retried_through_a_downcast() {
    use std::io;

    use tower::{BoxError, ServiceBuilder};

    let calls = Arc::new(AtomicUsize::new(0));
    let service = service_fn({
        let calls = Arc::clone(&calls);
        move |_: Request<Vec<u8>>| {
            // Refused twice, then an answer.
            let refused = calls.fetch_add(1, Ordering::Relaxed) < 2;
            async move {
                if refused {
                    Err(io::Error::from(io::ErrorKind::ConnectionRefused))
                } else {
                    Ok(Response::new(Vec::new()))
                }
            }
        }
    });
    let policy =
        KakaoRetry::<BoxError>::new(RetrySettings::new(FAST)).retry_errors_when(|e: &BoxError| {
            e.downcast_ref::<io::Error>()
                .is_some_and(|e| e.kind() == io::ErrorKind::ConnectionRefused)
        });
    let service = ServiceBuilder::new()
        .layer(tower::retry::RetryLayer::new(policy))
        .map_err(BoxError::from)
        .service(service);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap();
    let request = Request::new(Vec::new());
    let response = runtime.block_on(service.oneshot(request)).unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(calls.load(Ordering::Relaxed), 3);
}

/// A payment table whose timeout row's outcome is unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
enum Payments {
    /// The payment server timed out.
    #[kakao(code = -780, status = 500, remedy = OutcomeUnknown)]
    Timeout,
    /// The daily limit is used up until midnight.
    #[kakao(code = -781, status = 400, remedy = RetryLater)]
    DailyLimit,
}

/// A row whose outcome is unknown: a `GET` is sent again (that is the look-up), a `POST` is
/// handed back at once.
#[test]
fn an_unknown_outcome_is_sent_again_only_when_repeatable() {
    const TIMEOUT: Canned = (500, &[], br#"{"code":-780,"msg":"timeout"}"#);
    let settings = RetrySettings::new(FAST).parse_as::<Payments>();
    assert_eq!(
        kakao_errors::response::parse_as::<Payments>(500, TIMEOUT.2).remedy(),
        Remedy::OutcomeUnknown
    );
    for (method, calls) in [("GET", 3), ("PUT", 3), ("POST", 1), ("PATCH", 1)] {
        let (sent, _) = always(KakaoRetry::new(settings.clone()), method, TIMEOUT);
        assert_eq!(sent, calls, "{method}");
    }
    let told = settings.retry_unsafe_methods(true);
    assert_eq!(always(KakaoRetry::new(told.clone()), "POST", TIMEOUT).0, 3);

    // A wait longer than a backoff is handed back, whatever the request.
    const DAILY_LIMIT: Canned = (400, &[], br#"{"code":-781,"msg":"daily limit"}"#);
    for method in ["GET", "POST"] {
        assert_eq!(
            always(KakaoRetry::new(told.clone()), method, DAILY_LIMIT).0,
            1
        );
    }
}

/// The body limit decides here too: a -1 whose code is past the limit is not retried.
#[test]
fn the_body_limit_applies_to_a_body_in_memory() {
    let late_code: Canned = (400, &[], br#"{"msg":"internal error","code":-1}"#);
    let settings = RetrySettings::new(FAST);
    assert_eq!(
        always(KakaoRetry::new(settings.clone()), "GET", late_code).0,
        3
    );
    let short = settings.body_limit(10);
    assert_eq!(always(KakaoRetry::new(short), "GET", late_code).0, 1);
}

/// With a deadline, no wait that would end past it: a `-1` waits 150 ms, then would wait
/// 300 ms more, past the 400 ms deadline: two calls, not three.
#[test]
fn no_wait_ends_past_the_deadline() {
    let policy = RetryPolicy::new()
        .base_delay(Duration::from_millis(150))
        .jitter(false)
        .deadline(Duration::from_millis(400));
    let started = std::time::Instant::now();
    let retry = KakaoRetry::new(RetrySettings::new(policy));
    assert_eq!(always(retry, "GET", MINUS_1).0, 2);
    assert!(started.elapsed() < Duration::from_millis(400));
    let retry = KakaoRetry::new(RetrySettings::new(policy.no_deadline()));
    assert_eq!(always(retry, "GET", MINUS_1).0, 3);

    // A `Retry-After` that ends past the deadline: handed back at once.
    const RATE_LIMITED: Canned = (429, &[("retry-after", "1")], b"");
    let retry = KakaoRetry::new(RetrySettings::new(policy));
    assert_eq!(always(retry, "GET", RATE_LIMITED).0, 1);
}

/// tower keeps one policy in the service and copies it for each call: every call's clock
/// starts with that call, not with the first.
#[test]
fn each_call_has_its_own_deadline() {
    use tower::Service;

    let calls = Arc::new(AtomicUsize::new(0));
    let service = service_fn({
        let calls = Arc::clone(&calls);
        move |_: Request<Vec<u8>>| {
            calls.fetch_add(1, Ordering::Relaxed);
            let (status, _, body) = MINUS_1;
            let response = Response::builder().status(status).body(body.to_vec());
            async move { Ok::<_, Infallible>(response.unwrap()) }
        }
    });
    let policy = RetryPolicy::new()
        .base_delay(Duration::from_millis(20))
        .jitter(false)
        .deadline(Duration::from_millis(200));
    let mut service = Retry::new(KakaoRetry::new(RetrySettings::new(policy)), service);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap();
    runtime.block_on(async {
        for round in 1..=2 {
            let request = Request::new(Vec::new());
            let response = service.ready().await.unwrap().call(request).await;
            assert_eq!(response.unwrap().status(), 400);
            // Three attempts (20 ms, 40 ms apart), well within 200 ms.
            assert_eq!(calls.load(Ordering::Relaxed), 3 * round);
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
    });
}
