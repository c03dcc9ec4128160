// The retry cases' adapter for the tower policy: `tower::retry::Retry` around a service that
// sends `http::Request`s with reqwest 0.13 and collects the response body.
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use kakao_errors::response::ResponseError;
use kakao_errors::retry::RetrySettings;
use kakao_errors::tower::KakaoRetry;
use tower::retry::Retry;
use tower::{ServiceExt, service_fn};

use super::retry_cases::POLICY;
use crate::server::TIMEOUT;
/// What the caller gets: the response as the policy hands it back.
pub use crate::tower_service::Sent;
use crate::tower_service::execute;

/// What the caller gets when no response is handed back.
pub type Error = reqwest::Error;

/// Whether `e` is a connection that could not be made.
pub fn is_connect(e: &Error) -> bool {
    e.is_connect()
}

pub async fn send(request: http::Request<Vec<u8>>) -> Sent {
    send_with(request, false).await
}

/// [`send`] with the policy's `retry_unsafe_methods` set to `retry_unsafe_methods`.
pub async fn send_with(request: http::Request<Vec<u8>>, retry_unsafe_methods: bool) -> Sent {
    exchange(request, retry_unsafe_methods).await.0.unwrap()
}

/// Sends `request` through the policy; gives what came back and how many requests the service
/// was given.
pub async fn exchange(
    request: http::Request<Vec<u8>>,
    retry_unsafe_methods: bool,
) -> (Result<Sent, Error>, usize) {
    let client = reqwest::Client::builder()
        .timeout(TIMEOUT)
        .no_proxy()
        .build()
        .unwrap();
    let settings = RetrySettings::new(POLICY).retry_unsafe_methods(retry_unsafe_methods);
    let policy = KakaoRetry::new(settings).retry_errors_when(reqwest::Error::is_connect);
    let calls = Arc::new(AtomicUsize::new(0));
    let service = Retry::new(
        policy,
        service_fn({
            let calls = Arc::clone(&calls);
            move |request| {
                calls.fetch_add(1, Ordering::Relaxed);
                execute(client.clone(), request)
            }
        }),
    );
    let result = service.oneshot(request).await;
    (result, calls.load(Ordering::Relaxed))
}

pub fn status(sent: &Sent) -> u16 {
    sent.status().as_u16()
}

pub async fn body(sent: Sent) -> Vec<u8> {
    sent.into_body()
}

pub async fn kakao_error(sent: Sent) -> ResponseError {
    kakao_errors::http::check(sent).unwrap_err()
}

/// One `tower::retry::Retry` service with `KakaoRetry::new(settings)` around a reqwest client
/// with a total timeout of `timeout`, which many calls send through at once (each call gets
/// its own copy of the service and of the policy, as tower makes them).
#[derive(Clone)]
pub struct Shared(tower::util::BoxCloneService<http::Request<Vec<u8>>, Sent, Error>);

impl Shared {
    pub fn new(settings: RetrySettings, timeout: std::time::Duration) -> Self {
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .no_proxy()
            .build()
            .unwrap();
        let policy = KakaoRetry::new(settings).retry_errors_when(reqwest::Error::is_connect);
        let service = Retry::new(
            policy,
            service_fn(move |request| execute(client.clone(), request)),
        );
        Self(tower::util::BoxCloneService::new(service))
    }

    pub async fn send(self, request: http::Request<Vec<u8>>) -> Result<Sent, Error> {
        self.0.oneshot(request).await
    }
}
