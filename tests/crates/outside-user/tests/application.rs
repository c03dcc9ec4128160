//! What an application does with kakao-errors, with the standard `Error` trait in scope (as
//! every application has it): method calls such as `e.cause()` must still mean the crate's.

use std::error::Error;
use std::io::{self, BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener};
use std::thread::{self, JoinHandle};
use std::time::Duration;

use kakao_errors::response::{ResponseError, parse};
use kakao_errors::rest::{ApiError, Common, Login};
use kakao_errors::share::TalkShareError;
use kakao_errors::{KakaoError, Remedy};
use kakao_errors_outside_user_test::AppError;

const BODY_402: &str = r#"{"msg":"insufficient scopes.","code":-402,"required_scopes":["talk_message"],"api_type":"TALK_MEMO_DEFAULT_SEND"}"#;

#[test]
fn the_unions_combine_with_an_own_catch_all() {
    assert_eq!(
        AppError::from_code(-402),
        Some(AppError::Kakao(ApiError::Login(Login::InsufficientScope)))
    );
    assert_eq!(
        AppError::from_code(4019).map(|e| e.code()),
        Some(TalkShareError::from_code(4019).unwrap().code())
    );
    assert_eq!(AppError::from_code(31_337), Some(AppError::Unknown(31_337)));
    // `source()` of the std trait, next to the crate's accessors.
    let e = AppError::from_code(-401).unwrap();
    assert!(e.source().is_none());
    assert_eq!(e.remedy(), Remedy::RefreshToken);
}

#[test]
fn a_parsed_error_logs_as_json() {
    let e: ResponseError = parse(403, BODY_402.as_bytes());
    assert_eq!(e.cause(), Some(&ApiError::Login(Login::InsufficientScope)));
    let json = serde_json::to_value(&e).unwrap();
    assert_eq!(json["status"], 403);
    assert_eq!(json["code"], -402);
    assert_eq!(json["name"], "InsufficientScope");
    assert_eq!(json["required_scopes"], serde_json::json!(["talk_message"]));
    assert_eq!(json["api_type"], "TALK_MEMO_DEFAULT_SEND");
}

#[test]
fn a_stored_code_reads_back_from_a_number_or_a_string() {
    let from_string: AppError = serde_json::from_str("\"-401\"").unwrap();
    let from_number: AppError = serde_json::from_str("-401").unwrap();
    let invalid_token = AppError::Kakao(ApiError::Common(Common::InvalidToken));
    assert_eq!((from_string, from_number), (invalid_token, invalid_token));
    assert_eq!(serde_json::to_string(&invalid_token).unwrap(), "-401");
    assert_eq!(
        serde_json::from_str::<AppError>("123456").unwrap(),
        AppError::Unknown(123_456)
    );
}

/// How long the server's sockets wait, and the clients' total timeout.
const TIMEOUT: Duration = Duration::from_secs(10);

/// A server on 127.0.0.1 answering every request with a 403 and a -402 body.
struct KakaoServer {
    address: SocketAddr,
    thread: JoinHandle<io::Result<()>>,
}

impl KakaoServer {
    /// Serves `count` connections, then ends.
    fn start(count: usize) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap();
        let thread = thread::spawn(move || {
            for stream in listener.incoming().take(count) {
                let mut stream = stream?;
                stream.set_read_timeout(Some(TIMEOUT))?;
                stream.set_write_timeout(Some(TIMEOUT))?;
                let mut reader = BufReader::new(stream.try_clone()?);
                let mut line = String::new();
                // Read the request head; these requests have no body.
                while reader.read_line(&mut line)? > 2 {
                    line.clear();
                }
                let reply = format!(
                    "HTTP/1.1 403 Forbidden\r\ncontent-type: application/json\r\nx-request-id: abc-123\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{BODY_402}",
                    BODY_402.len()
                );
                stream.write_all(reply.as_bytes())?;
            }
            Ok(())
        });
        Self { address, thread }
    }

    fn url(&self) -> String {
        format!("http://{}/v2/user/me", self.address)
    }

    /// Waits for the server to end: a failure of its own (reading the request, writing the
    /// reply) fails the test here.
    fn finish(self) {
        self.thread
            .join()
            .expect("the server thread panicked")
            .expect("the server failed");
    }
}

/// An application's call through reqwest 0.13, one `?` for transport and Kakao errors.
async fn me_0_13(url: &str) -> Result<String, kakao_errors::reqwest::Error> {
    use kakao_errors::reqwest::ResponseExt;
    let client = reqwest::Client::builder()
        .no_proxy()
        .timeout(TIMEOUT)
        .build()?;
    let response = client.get(url).send().await?.kakao_check().await?;
    Ok(response.text().await?)
}

/// The same through reqwest 0.12: the same error type.
async fn me_0_12(url: &str) -> Result<String, kakao_errors::reqwest::Error> {
    use kakao_errors::reqwest::ResponseExt;
    let client = reqwest_0_12::Client::builder()
        .no_proxy()
        .timeout(TIMEOUT)
        .build()?;
    let response = client.get(url).send().await?.kakao_check().await?;
    Ok(response.text().await?)
}

/// A library that supports both reqwest versions, or an application moving from one to the
/// other, has one `?` type: this calls both.
async fn me_twice(url: &str) -> Result<(String, String), kakao_errors::reqwest::Error> {
    Ok((me_0_13(url).await?, me_0_12(url).await?))
}

/// What the application reads of a failed call: the parsed response, and what to do.
fn assert_consent(e: &kakao_errors::reqwest::Error) {
    assert!(e.is_response());
    assert_eq!(e.status(), Some(403));
    let response = e.response().unwrap();
    assert_eq!(
        response.cause(),
        Some(&ApiError::Login(Login::InsufficientScope))
    );
    assert_eq!(response.request_id(), Some("abc-123"));
    assert_eq!(
        response.required_scopes().unwrap().collect::<Vec<_>>(),
        ["talk_message"]
    );
    assert!(matches!(e.remedy(), Remedy::RequestConsent { .. }));
    assert!(!e.is_retryable());
    assert!(e.source().is_none());
}

#[tokio::test(flavor = "current_thread")]
async fn reqwest_0_13_hands_back_the_typed_error() {
    let server = KakaoServer::start(1);
    let e = me_0_13(&server.url()).await.unwrap_err();
    server.finish();
    assert_consent(&e);
}

#[tokio::test(flavor = "current_thread")]
async fn reqwest_0_12_hands_back_the_same_typed_error() {
    let server = KakaoServer::start(1);
    let e = me_0_12(&server.url()).await.unwrap_err();
    server.finish();
    assert_consent(&e);
}

#[tokio::test(flavor = "current_thread")]
async fn one_question_mark_type_for_both_versions() {
    // The first call fails: the second is never made.
    let server = KakaoServer::start(1);
    let e = me_twice(&server.url()).await.unwrap_err();
    server.finish();
    assert_consent(&e);
}

#[tokio::test(flavor = "current_thread")]
async fn a_transport_failure_goes_through_the_same_question_mark() {
    // A port nothing listens on: bind, note it, close.
    let address = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    for e in [
        me_0_13(&format!("http://{address}/")).await.unwrap_err(),
        me_0_12(&format!("http://{address}/")).await.unwrap_err(),
    ] {
        assert!(e.is_transport() && e.is_connect(), "{e:?}");
        assert!(e.response().is_none());
        // reqwest's own error, of its version, is the source.
        assert!(e.source().is_some());
        assert!(matches!(e.remedy(), Remedy::Retry { .. }));
    }
}
