//! The service the tower adapters' tests wrap: it sends an `http::Request` with reqwest 0.13
//! and collects the response body (the loopback servers' bodies are small).

/// What the inner service answers.
pub type Sent = http::Response<Vec<u8>>;

/// Sends `request` with `client`; the response with its whole body.
pub async fn execute(
    client: reqwest::Client,
    request: http::Request<Vec<u8>>,
) -> Result<Sent, reqwest::Error> {
    let response = client.execute(request.try_into()?).await?;
    let mut head = http::Response::new(());
    *head.status_mut() = response.status();
    *head.headers_mut() = response.headers().clone();
    let body = response.bytes().await?.to_vec();
    Ok(head.map(|()| body))
}
