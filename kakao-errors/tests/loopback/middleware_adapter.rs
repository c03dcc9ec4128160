// The retry cases' adapter for one reqwest-middleware version: a client with `KakaoRetry`.
// `super` names that version `reqwest_middleware`, its reqwest `reqwest`, this crate's reqwest
// module `kakao` and its middleware `KakaoRetry`.
use kakao_errors::response::ResponseError;

use super::kakao::ResponseExt;
use super::retry_cases::POLICY;
use super::{KakaoRetry, reqwest, reqwest_middleware};
use crate::server::TIMEOUT;

/// What the caller gets: the response as the middleware hands it back.
pub type Sent = reqwest::Response;

pub async fn send(request: http::Request<Vec<u8>>) -> Sent {
    send_with(request, false).await
}

/// A client with `retry` and a total timeout.
pub fn client(retry: KakaoRetry) -> reqwest_middleware::ClientWithMiddleware {
    let client = reqwest::Client::builder()
        .timeout(TIMEOUT)
        .no_proxy()
        .build()
        .unwrap();
    reqwest_middleware::ClientBuilder::new(client)
        .with(retry)
        .build()
}

/// [`send`] with the middleware's `retry_unsafe_methods` set to `retry_unsafe_methods`.
pub async fn send_with(request: http::Request<Vec<u8>>, retry_unsafe_methods: bool) -> Sent {
    let client = client(KakaoRetry::new(POLICY).retry_unsafe_methods(retry_unsafe_methods));
    let url = request.uri().to_string();
    let response = client.execute(request.try_into().unwrap()).await.unwrap();
    // Handed back as it came or rebuilt around the bytes read, it keeps its URL.
    assert_eq!(response.url().as_str(), url);
    response
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
    assert!(e.transport_error().is_none());
    e.into_response().unwrap()
}
