//! Feature `reqwest`: real HTTP/1.1 exchanges with a small server on 127.0.0.1, started by each
//! test, serving Kakao-shaped responses. Loopback only; every socket has a timeout and every
//! server thread handles a fixed number of connections, then ends.
#![cfg(feature = "reqwest")]

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::thread::JoinHandle;
use std::time::Duration;

use kakao_errors::KakaoError;
use kakao_errors::mobility::MobilityError;
use kakao_errors::oauth::OAuthError;
use kakao_errors::reqwest::{DEFAULT_BODY_LIMIT, Error, ResponseExt, check, check_with_limit};
use kakao_errors::response::BodyKind;
use kakao_errors::rest::{ApiError, Login};

const TIMEOUT: Duration = Duration::from_secs(10);

const REST_402: &str = r#"{"msg":"[KakaoTalk message] insufficient scopes.","code":-402,"api_type":"TALK_MEMO_DEFAULT_SEND","allowed_scopes":["profile"],"required_scopes":["talk_message"]}"#;

/// What the server sends for a request path.
enum Reply {
    /// A whole response: status, content type, body, with `Content-Length`.
    Whole(u16, &'static str, Vec<u8>),
    /// A body sent with `Transfer-Encoding: chunked`, in these pieces.
    Chunked(u16, Vec<&'static str>),
    /// A `Content-Length` promising `promised` bytes, then only `sent`, then the connection
    /// closed.
    CutShort {
        status: u16,
        sent: &'static str,
        promised: usize,
    },
    /// `len` bytes of HTML, streamed in pieces (the client should stop reading early).
    Huge(usize),
}

fn reply_for(path: &str) -> Reply {
    match path {
        "/v2/user/me" => Reply::Whole(200, "application/json", br#"{"id":123}"#.to_vec()),
        "/v1/api/talk/memo/default/send" => Reply::Whole(
            403,
            "application/json;charset=UTF-8",
            REST_402.as_bytes().to_vec(),
        ),
        "/oauth/token" => Reply::Whole(
            400,
            "application/json;charset=utf-8",
            br#"{"error":"invalid_grant","error_description":"authorization code not found for code=abc","error_code":"KOE320"}"#.to_vec(),
        ),
        "/share" => Reply::Whole(
            401,
            "text/plain;charset=UTF-8",
            b"[-401] domain mismatched! caller=https://xx. check out registered web domains."
                .to_vec(),
        ),
        "/gateway" => Reply::Whole(
            502,
            "text/html",
            b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>".to_vec(),
        ),
        "/maintenance" => Reply::Whole(503, "text/plain", Vec::new()),
        "/mobility" => Reply::Whole(
            500,
            "application/json",
            br#"{"code": -1, "msg": "internal server error"}"#.to_vec(),
        ),
        "/chunked" => Reply::Chunked(
            400,
            vec![
                r#"{"msg":"\uc694\uccad \ud30c\ub77c"#,
                r#"\ubbf8\ud130 \uc624\ub958","#,
                r#""code":-2}"#,
            ],
        ),
        "/cut" => Reply::CutShort {
            status: 400,
            sent: r#"{"code":-2,"msg":"ProfileId is not a number","extra":"#,
            promised: 400,
        },
        "/huge" => Reply::Huge(10 << 20),
        _ => Reply::Whole(404, "text/plain", b"no such path".to_vec()),
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Other",
    }
}

/// Serves one connection: reads the request head, writes the reply, closes.
fn serve(stream: TcpStream) -> std::io::Result<()> {
    stream.set_read_timeout(Some(TIMEOUT))?;
    stream.set_write_timeout(Some(TIMEOUT))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let path = request_line.split(' ').nth(1).unwrap_or("/").to_owned();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" {
            break;
        }
    }
    let mut out = stream;
    match reply_for(&path) {
        Reply::Whole(status, content_type, body) => {
            write!(
                out,
                "HTTP/1.1 {status} {}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                reason(status),
                body.len()
            )?;
            out.write_all(&body)?;
        }
        Reply::Chunked(status, pieces) => {
            write!(
                out,
                "HTTP/1.1 {status} {}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
                reason(status)
            )?;
            for piece in pieces {
                write!(out, "{:x}\r\n{piece}\r\n", piece.len())?;
                out.flush()?;
                std::thread::sleep(Duration::from_millis(5));
            }
            out.write_all(b"0\r\n\r\n")?;
        }
        Reply::CutShort {
            status,
            sent,
            promised,
        } => {
            write!(
                out,
                "HTTP/1.1 {status} {}\r\nContent-Type: application/json\r\nContent-Length: {promised}\r\nConnection: close\r\n\r\n{sent}",
                reason(status)
            )?;
        }
        Reply::Huge(len) => {
            write!(
                out,
                "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: {len}\r\nConnection: close\r\n\r\n"
            )?;
            let piece = "<p>upstream failed</p>\n".repeat(2048);
            let mut left = len;
            while left > 0 {
                let n = left.min(piece.len());
                // The client stops reading at its limit and closes: a write error ends this.
                out.write_all(&piece.as_bytes()[..n])?;
                left -= n;
            }
        }
    }
    out.flush()
}

/// A server on an ephemeral loopback port that serves exactly `connections` connections.
struct Server {
    addr: SocketAddr,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    fn start(connections: usize) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let addr = listener.local_addr().unwrap();
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming().take(connections) {
                // Each connection's failure (the client hanging up early) is its own.
                let _ = stream.and_then(serve);
            }
        });
        Self {
            addr,
            thread: Some(thread),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(thread) = self.thread.take() {
            if !std::thread::panicking() {
                thread.join().expect("server thread");
            }
        }
    }
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(TIMEOUT)
        .no_proxy()
        .build()
        .unwrap()
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

#[test]
fn success_passes_through() {
    let server = Server::start(1);
    runtime().block_on(async {
        let response = client()
            .get(server.url("/v2/user/me"))
            .send()
            .await
            .unwrap();
        let response = response.kakao_check().await.expect("200 is a success");
        assert_eq!(response.text().await.unwrap(), r#"{"id":123}"#);
    });
}

#[test]
fn kakao_shaped_failures_become_typed_errors() {
    let server = Server::start(5);
    runtime().block_on(async {
        let client = client();
        let get = |path: &str| client.get(server.url(path)).send();

        let e = get("/v1/api/talk/memo/default/send")
            .await
            .unwrap()
            .kakao_check()
            .await
            .unwrap_err();
        assert!(matches!(e, Error::Response(_)));
        assert_eq!(e.status(), 403);
        assert_eq!(e.cause(), Some(&ApiError::Login(Login::InsufficientScope)));
        assert_eq!(
            e.required_scopes().unwrap().collect::<Vec<_>>(),
            ["talk_message"]
        );
        assert_eq!(e.api_type(), Some("TALK_MEMO_DEFAULT_SEND"));
        assert!(e.read_error().is_none());
        assert_eq!(e.to_string(), e.response().to_string());

        let e = check(get("/oauth/token").await.unwrap()).await.unwrap_err();
        assert_eq!(e.kind(), BodyKind::OAuth);
        assert_eq!(e.oauth_error(), Some(&OAuthError::InvalidGrant));
        assert_eq!(e.koe_code(), Some("KOE320"));

        let e = check(get("/share").await.unwrap()).await.unwrap_err();
        assert_eq!((e.kind(), e.code()), (BodyKind::Text, Some(-401)));

        let e = check(get("/gateway").await.unwrap()).await.unwrap_err();
        assert_eq!((e.kind(), e.status()), (BodyKind::Unreadable, 502));
        assert!(e.excerpt().unwrap().contains("502 Bad Gateway"));
        assert!(e.is_retryable());

        let e = check(get("/maintenance").await.unwrap()).await.unwrap_err();
        assert_eq!((e.kind(), e.status()), (BodyKind::Empty, 503));
    });
}

#[test]
fn other_tables_through_the_extension_trait() {
    let server = Server::start(1);
    runtime().block_on(async {
        let response = client().get(server.url("/mobility")).send().await.unwrap();
        let e = response
            .kakao_check_as::<MobilityError>(DEFAULT_BODY_LIMIT)
            .await
            .unwrap_err();
        assert_eq!(e.cause(), Some(&MobilityError::InternalError));
        assert_eq!(e.cause().unwrap().status(), Some(500));
        assert!(e.is_retryable());
        assert_eq!(e.into_response().status(), 500);
    });
}

#[test]
fn chunked_body_is_read_whole() {
    let server = Server::start(1);
    runtime().block_on(async {
        let response = client().get(server.url("/chunked")).send().await.unwrap();
        let e = check(response).await.unwrap_err();
        assert_eq!(e.code(), Some(-2));
        assert_eq!(e.message(), Some("요청 파라미터 오류"));
        assert!(e.is_complete());
    });
}

#[test]
fn huge_body_is_read_only_up_to_the_limit() {
    let server = Server::start(2);
    runtime().block_on(async {
        let client = client();
        let response = client.get(server.url("/huge")).send().await.unwrap();
        let e = check(response).await.unwrap_err();
        assert_eq!((e.status(), e.kind()), (502, BodyKind::Unreadable));
        assert_eq!(e.body_len(), DEFAULT_BODY_LIMIT);
        assert!(e.excerpt().unwrap().starts_with("<p>upstream failed</p>"));

        let response = client.get(server.url("/huge")).send().await.unwrap();
        let e = check_with_limit::<ApiError>(response, 1000)
            .await
            .unwrap_err();
        assert_eq!(e.body_len(), 1000);
    });
}

#[test]
fn a_body_cut_by_the_transport_keeps_both_errors() {
    let server = Server::start(1);
    runtime().block_on(async {
        let response = client().get(server.url("/cut")).send().await.unwrap();
        let e = check(response).await.unwrap_err();
        let Error::Read { response, source } = &e else {
            panic!("expected a read error, got {e:?}");
        };
        assert_eq!(response.status(), 400);
        assert_eq!(response.code(), Some(-2));
        assert_eq!(response.message(), Some("ProfileId is not a number"));
        assert!(!response.is_complete());
        assert!(source.is_body() || source.is_decode(), "{source:?}");
        assert!(std::error::Error::source(&e).is_some());
        assert!(e.read_error().is_some());
        let line = e.to_string();
        assert!(
            line.contains("code -2 (IllegalParams)") && line.contains("reading the body failed"),
            "{line}"
        );
    });
}

#[test]
fn error_is_send_sync_static() {
    fn assert_bounds<T: std::error::Error + Send + Sync + 'static>() {}
    assert_bounds::<Error>();
    assert_bounds::<Error<MobilityError>>();
}

#[test]
fn error_is_small_enough_to_return_in_a_result() {
    assert!(std::mem::size_of::<Error>() <= 128);
}
