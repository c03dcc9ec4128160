// The retry cases' adapter for one reqwest-middleware version: a client with `KakaoRetry`.
// `super` names that version `reqwest_middleware` and its reqwest `reqwest`.
use core::future::Future;
use core::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use std::error::Error as _;

use http::Extensions;
use kakao_errors::reqwest::ResponseExt;
use kakao_errors::reqwest_middleware::KakaoRetry;
use kakao_errors::response::ResponseError;
use kakao_errors::retry::RetrySettings;
use reqwest_middleware::{Middleware, Next};

use super::retry_cases::POLICY;
use super::{reqwest, reqwest_middleware};
use crate::server::TIMEOUT;

/// What the caller gets: the response as the middleware hands it back.
pub type Sent = reqwest::Response;

/// What the caller gets when no response is handed back.
pub type Error = reqwest_middleware::Error;

/// Whether `e` is a connection that could not be made.
pub fn is_connect(e: &Error) -> bool {
    matches!(e, reqwest_middleware::Error::Reqwest(e) if e.is_connect())
}

pub async fn send(request: http::Request<Vec<u8>>) -> Sent {
    send_with(request, false).await
}

/// [`send`] with the middleware's `retry_unsafe_methods` set to `retry_unsafe_methods`.
pub async fn send_with(request: http::Request<Vec<u8>>, retry_unsafe_methods: bool) -> Sent {
    let url = request.uri().to_string();
    let response = exchange(request, retry_unsafe_methods).await.0.unwrap();
    // Handed back as it came or with its body resumed, it keeps its URL.
    assert_eq!(response.url().as_str(), url);
    response
}

/// Sends `request` through the middleware; gives what came back and how many requests left it.
pub async fn exchange(
    request: http::Request<Vec<u8>>,
    retry_unsafe_methods: bool,
) -> (Result<Sent, Error>, usize) {
    let settings = RetrySettings::new(POLICY).retry_unsafe_methods(retry_unsafe_methods);
    let retry = KakaoRetry::new(settings);
    let (client, sent) = counting_client(retry);
    let result = client.execute(request.try_into().unwrap()).await;
    (result, sent.load(Ordering::Relaxed))
}

/// A client with `retry` and a total timeout.
pub fn client(retry: KakaoRetry) -> reqwest_middleware::ClientWithMiddleware {
    counting_client(retry).0
}

/// A client with `retry`, a total timeout, and a count of the requests the middleware sends.
pub fn counting_client(
    retry: KakaoRetry,
) -> (reqwest_middleware::ClientWithMiddleware, Arc<AtomicUsize>) {
    let client = reqwest::Client::builder()
        .timeout(TIMEOUT)
        .no_proxy()
        .build()
        .unwrap();
    let sent = Arc::new(AtomicUsize::new(0));
    let client = reqwest_middleware::ClientBuilder::new(client)
        .with(retry)
        .with(Count(Arc::clone(&sent)))
        .build();
    (client, sent)
}

/// Counts the requests that reach it: placed after `KakaoRetry`, every attempt.
struct Count(Arc<AtomicUsize>);

// The signature the trait's `async_trait` declaration expands to.
impl Middleware for Count {
    fn handle<'life0, 'life1, 'life2, 'async_trait>(
        &'life0 self,
        request: reqwest::Request,
        extensions: &'life1 mut Extensions,
        next: Next<'life2>,
    ) -> Pin<Box<dyn Future<Output = reqwest_middleware::Result<Sent>> + Send + 'async_trait>>
    where
        'life0: 'async_trait,
        'life1: 'async_trait,
        'life2: 'async_trait,
        Self: 'async_trait,
    {
        self.0.fetch_add(1, Ordering::Relaxed);
        next.run(request, extensions)
    }
}

pub fn status(sent: &Sent) -> u16 {
    sent.status().as_u16()
}

pub async fn body(sent: Sent) -> Vec<u8> {
    sent.bytes().await.unwrap().to_vec()
}

/// The caller's own `kakao_check()`, on the response handed back.
pub async fn kakao_error(sent: Sent) -> ResponseError {
    let e = sent.kakao_check().await.unwrap_err();
    assert!(!e.is_body() && e.source().is_none(), "{e:?}");
    // The middleware handed the request's method on.
    assert!(e.method().is_some(), "{e:?}");
    e.into_response().unwrap()
}

/// One client with `KakaoRetry::new(settings)` and a total timeout of `timeout`, which many
/// calls send through at once.
#[derive(Clone)]
pub struct Shared(reqwest_middleware::ClientWithMiddleware);

impl Shared {
    pub fn new(settings: RetrySettings, timeout: std::time::Duration) -> Self {
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .no_proxy()
            .build()
            .unwrap();
        let client = reqwest_middleware::ClientBuilder::new(client)
            .with(KakaoRetry::new(settings))
            .build();
        Self(client)
    }

    pub async fn send(self, request: http::Request<Vec<u8>>) -> Result<Sent, Error> {
        self.0.execute(request.try_into().unwrap()).await
    }
}
