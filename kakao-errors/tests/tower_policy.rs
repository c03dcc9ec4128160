//! Feature `tower`: the retry policy around a service that answers from memory, to count what
//! the policy does (calls of the service, copies of the request).
#![cfg(feature = "tower")]

use core::convert::Infallible;
use core::time::Duration;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use http::{Request, Response};
use kakao_errors::retry::RetryPolicy;
use kakao_errors::tower::KakaoRetry;
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

/// Sends one request through the policy to a service that always answers 400 with code -1 (a
/// transient error); gives how many times the service was called and the request copied.
fn always_failing(policy: RetryPolicy) -> (usize, usize) {
    let calls = Arc::new(AtomicUsize::new(0));
    let copies = Arc::new(AtomicUsize::new(0));
    let service = service_fn({
        let calls = Arc::clone(&calls);
        move |_: Request<Counted>| {
            calls.fetch_add(1, Ordering::Relaxed);
            let response = Response::builder()
                .status(400)
                .body(br#"{"msg":"internal error","code":-1}"#.to_vec());
            async move { Ok::<_, Infallible>(response.unwrap()) }
        }
    });
    let retry = Retry::new(KakaoRetry::new(policy), service);
    let request = Request::get("https://kapi.kakao.com/v2/user/me")
        .body(Counted(Arc::clone(&copies)))
        .unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap();
    let response = runtime.block_on(retry.oneshot(request)).unwrap();
    assert_eq!(response.status(), 400);
    (
        calls.load(Ordering::Relaxed),
        copies.load(Ordering::Relaxed),
    )
}

#[test]
fn the_request_is_copied_only_for_a_retry_that_may_follow() {
    let fast = RetryPolicy::new().base_delay(Duration::from_millis(1));
    // One attempt: sent as it is, never copied.
    assert_eq!(always_failing(fast.max_attempts(1)), (1, 0));
    // Three attempts: a copy for each retry, none for the last attempt.
    assert_eq!(always_failing(fast.max_attempts(3)), (3, 2));
}
