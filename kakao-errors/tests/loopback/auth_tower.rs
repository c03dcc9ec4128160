// The token and consent cases' adapter for the tower layer: `KakaoAuthLayer` around a service
// that sends `http::Request`s with reqwest 0.13 and collects the response body; the caller
// reads the layer's extensions, then `kakao_errors::http::check`.
use kakao_errors::auth::{Consent, LoginApp, Refresh, RefreshFailed, Refresher};
use kakao_errors::tower::KakaoAuthLayer;
use tower::util::BoxCloneService;
use tower::{ServiceBuilder, ServiceExt, service_fn};

use crate::server::TIMEOUT;
use crate::tower_service::{Sent, execute};

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
pub struct Client(BoxCloneService<http::Request<Vec<u8>>, Sent, reqwest::Error>);

/// A service with `KakaoAuthLayer::new(refresher)`, asking for consent for `login` if given.
pub fn client<F: Refresh>(refresher: Refresher<F>, login: Option<LoginApp>) -> Client {
    let mut layer = KakaoAuthLayer::new(refresher);
    if let Some(app) = login {
        layer = layer.consent(app);
    }
    let shown = format!("{layer:?}");
    assert!(
        !shown.contains("tok-") && !shown.contains("rest key"),
        "{shown}"
    );
    let http = reqwest::Client::builder()
        .timeout(TIMEOUT)
        .no_proxy()
        .build()
        .unwrap();
    let service = ServiceBuilder::new()
        .layer(layer)
        .service(service_fn(move |request| execute(http.clone(), request)));
    Client(BoxCloneService::new(service))
}

impl Client {
    pub async fn send(self, request: http::Request<Vec<u8>>) -> Answer {
        let response = self.0.oneshot(request).await.unwrap();
        let status = response.status().as_u16();
        let refresh_failure = response.extensions().get::<RefreshFailed>().cloned();
        let consent = response.extensions().get::<Consent>().cloned();
        match kakao_errors::http::check(response) {
            Ok(response) => Answer {
                status,
                body: response.into_body(),
                code: None,
                refresh_failure,
                consent,
            },
            Err(e) => Answer {
                status,
                body: Vec::new(),
                code: e.code(),
                refresh_failure,
                consent,
            },
        }
    }
}
