//! A small HTTP/1.1 server on 127.0.0.1 serving Kakao-shaped responses, for the reqwest and
//! retry tests. Loopback only; every socket has a timeout, every server thread handles a
//! bounded number of connections and then ends, and every reply is bounded in size and time.
//!
//! Two ways to run it: [`Server::start`] answers by request path and serves a fixed number of
//! connections; [`Server::replying`] answers the connections in order from a script and
//! records each request, until it is dropped.
#![allow(
    dead_code,
    reason = "each test binary that includes this module uses a part of it"
)]

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long a socket waits, and the client's total timeout.
pub const TIMEOUT: Duration = Duration::from_secs(10);

pub const REST_402: &str = r#"{"msg":"[KakaoTalk message] insufficient scopes.","code":-402,"api_type":"TALK_MEMO_DEFAULT_SEND","allowed_scopes":["profile"],"required_scopes":["talk_message"]}"#;

/// A transient failure, Kakao style: HTTP 400 with code -1.
pub const REST_MINUS_1: &str = r#"{"msg":"internal error","code":-1}"#;

/// What the server sends for a request path.
#[derive(Clone)]
pub enum Reply {
    /// A whole response: status, header lines (each ending in CRLF), body, with
    /// `Content-Length`.
    Whole(u16, &'static str, Vec<u8>),
    /// A body sent with `Transfer-Encoding: chunked`, in these pieces.
    Chunked(u16, Vec<&'static str>),
    /// A `Content-Length` header with the value `promised`, then only `sent`, then the
    /// connection closed.
    CutShort {
        status: u16,
        sent: &'static str,
        promised: &'static str,
    },
    /// `len` bytes of HTML, streamed in pieces (the client should stop reading early).
    Huge(usize),
    /// The start of a JSON body, then one more byte every 50 ms, at most `bytes` of them,
    /// until the client hangs up.
    Trickle { bytes: usize },
    /// No response: the connection is held open this long, then closed.
    Silent(Duration),
    /// A 502 with no `Content-Length` (the body ends when the connection closes): `start`,
    /// then `piece` again and again, until the client hangs up or `len` bytes have gone.
    Endless {
        start: &'static str,
        piece: &'static str,
        len: usize,
    },
}

impl Reply {
    /// `{"id":123}` with 200.
    pub fn ok() -> Self {
        Self::Whole(
            200,
            "Content-Type: application/json\r\n",
            br#"{"id":123}"#.to_vec(),
        )
    }

    /// A transient failure: 400 with code -1.
    pub fn internal_error() -> Self {
        Self::Whole(
            400,
            "Content-Type: application/json\r\n",
            REST_MINUS_1.as_bytes().to_vec(),
        )
    }

    /// A -402 asking for consent to `talk_message`, with a request id.
    pub fn consent() -> Self {
        Self::Whole(
            403,
            "Content-Type: application/json;charset=UTF-8\r\nX-Request-Id: 7f3a-42\r\n",
            REST_402.as_bytes().to_vec(),
        )
    }

    /// 502 with a gateway's HTML page: no Kakao code, only the status says to retry.
    pub fn bad_gateway() -> Self {
        Self::Whole(
            502,
            "Content-Type: text/html\r\n",
            b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>".to_vec(),
        )
    }

    /// 429 with `Retry-After: 1` and an empty body, as a rate limiter in front of an API sends.
    pub fn too_many_requests() -> Self {
        Self::Whole(429, "Retry-After: 1\r\n", Vec::new())
    }
}

fn reply_for(path: &str) -> Reply {
    const JSON: &str = "Content-Type: application/json\r\n";
    match path {
        "/v2/user/me" => Reply::ok(),
        "/v1/api/talk/memo/default/send" => Reply::consent(),
        "/oauth/token" => Reply::Whole(
            400,
            JSON,
            br#"{"error":"invalid_grant","error_description":"authorization code not found for code=abc","error_code":"KOE320"}"#.to_vec(),
        ),
        "/share" => Reply::Whole(
            401,
            "Content-Type: text/plain;charset=UTF-8\r\n",
            b"[-401] domain mismatched! caller=https://xx. check out registered web domains."
                .to_vec(),
        ),
        "/gateway" => Reply::bad_gateway(),
        "/maintenance" => Reply::Whole(
            503,
            "Retry-After: Fri, 31 Dec 9999 23:59:59 GMT\r\n",
            Vec::new(),
        ),
        "/limited" => Reply::Whole(
            400,
            "Content-Type: application/json\r\nRetry-After: 30\r\nX-Kakao-Request-Id:   req-0001  \r\nX-Served-By: loopback\r\n",
            br#"{"msg":"API limit has been exceeded.","code":-10}"#.to_vec(),
        ),
        "/mobility" => Reply::Whole(
            500,
            JSON,
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
            promised: "400",
        },
        "/claims-1gib" => Reply::CutShort {
            status: 502,
            sent: "<html>bad gateway</html>",
            promised: "1073741824",
        },
        "/claims-2e64" => Reply::CutShort {
            status: 400,
            sent: r#"{"code":-2,"msg":"ProfileId is not a number"}"#,
            promised: "18446744073709551000",
        },
        "/huge" => Reply::Huge(10 << 20),
        "/trickle" => Reply::Trickle { bytes: 200 },
        "/silent" => Reply::Silent(Duration::from_secs(1)),
        _ => Reply::Whole(404, "Content-Type: text/plain\r\n", b"no such path".to_vec()),
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Other",
    }
}

/// A request as the server received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub method: String,
    pub path: String,
    /// The body, as long as its `Content-Length` said (at most 1 MiB).
    pub body: Vec<u8>,
}

/// Reads a request: its head, and a body of `Content-Length` bytes.
fn read_request(reader: &mut impl BufRead) -> std::io::Result<Received> {
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut words = request_line.split(' ');
    let method = words.next().unwrap_or("").to_owned();
    let path = words.next().unwrap_or("/").to_owned();
    let mut length = 0;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse::<usize>().unwrap_or(0).min(1 << 20);
            }
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    Ok(Received { method, path, body })
}

/// Serves one connection: reads the request and gives it to `record`, then writes the reply
/// (by path, or `scripted`) and closes. The request is recorded before any reply leaves, so a
/// client that has its response can count on the server having recorded the request.
fn serve(
    stream: TcpStream,
    scripted: Option<Reply>,
    record: impl FnOnce(Received),
) -> std::io::Result<()> {
    stream.set_read_timeout(Some(TIMEOUT))?;
    stream.set_write_timeout(Some(TIMEOUT))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let received = read_request(&mut reader)?;
    let path = received.path.split('?').next().unwrap_or("/");
    let reply = scripted.unwrap_or_else(|| reply_for(path));
    record(received);
    let mut out = stream;
    write_reply(&mut out, reply)?;
    out.flush()
}

fn write_reply(out: &mut TcpStream, reply: Reply) -> std::io::Result<()> {
    match reply {
        Reply::Whole(status, headers, body) => {
            write!(
                out,
                "HTTP/1.1 {status} {}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n",
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
        Reply::Silent(wait) => std::thread::sleep(wait),
        Reply::Endless { start, piece, len } => {
            write!(
                out,
                "HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\n\r\n{start}"
            )?;
            let piece = piece.repeat(64 * 1024 / piece.len().max(1));
            let mut left = len;
            while left > 0 {
                let n = left.min(piece.len());
                // The client stops reading at its limit and closes: a write error ends this.
                out.write_all(&piece.as_bytes()[..n])?;
                left -= n;
            }
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
        Reply::Trickle { bytes } => {
            let start = r#"{"code":-2,"msg":""#;
            write!(
                out,
                "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{start}",
                start.len() + bytes + 2
            )?;
            for _ in 0..bytes {
                out.flush()?;
                std::thread::sleep(Duration::from_millis(50));
                // The client's timeout closes the connection: a write error ends this.
                out.write_all(b"x")?;
            }
            out.write_all(b"\"}")?;
        }
    }
    Ok(())
}

/// The most connections a [`Server::replying`] serves, and the longest it runs.
const SCRIPT_CONNECTIONS: usize = 64;
const SCRIPT_LIFETIME: Duration = Duration::from_secs(60);

/// A server on an ephemeral loopback port.
pub struct Server {
    addr: SocketAddr,
    thread: Option<JoinHandle<()>>,
    stop: Arc<AtomicBool>,
    received: Arc<Mutex<Vec<Received>>>,
}

impl Server {
    /// Serves exactly `connections` connections, each answered by its request path; dropping
    /// the server waits for all of them.
    pub fn start(connections: usize) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let addr = listener.local_addr().unwrap();
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming().take(connections) {
                // Each connection's failure (the client hanging up early) is its own.
                let _ = stream.and_then(|stream| serve(stream, None, drop));
            }
        });
        Self {
            addr,
            thread: Some(thread),
            stop: Arc::default(),
            received: Arc::default(),
        }
    }

    /// Answers the n-th connection with `replies[n]`, and every one after the last with the
    /// last, recording each request ([`received`](Self::received)); serves until dropped (at
    /// most 64 connections, for at most a minute).
    pub fn replying(replies: Vec<Reply>) -> Self {
        assert!(!replies.is_empty());
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        listener.set_nonblocking(true).unwrap();
        let addr = listener.local_addr().unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let received = Arc::new(Mutex::new(Vec::new()));
        let thread = std::thread::spawn({
            let stop = Arc::clone(&stop);
            let received = Arc::clone(&received);
            move || {
                let started = Instant::now();
                let mut served = 0;
                while served < SCRIPT_CONNECTIONS
                    && started.elapsed() < SCRIPT_LIFETIME
                    && !stop.load(Ordering::Acquire)
                {
                    let stream = match listener.accept() {
                        Ok((stream, _)) => stream,
                        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                            std::thread::sleep(Duration::from_millis(2));
                            continue;
                        }
                        Err(_) => break,
                    };
                    let reply = replies[served.min(replies.len() - 1)].clone();
                    served += 1;
                    // Each connection's failure (the client hanging up early) is its own.
                    let _ = stream.set_nonblocking(false).and_then(|()| {
                        serve(stream, Some(reply), |request| {
                            received.lock().unwrap().push(request);
                        })
                    });
                }
            }
        });
        Self {
            addr,
            thread: Some(thread),
            stop,
            received,
        }
    }

    /// The requests a [`replying`](Self::replying) server has received so far, in order.
    pub fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Release);
        if let Some(thread) = self.thread.take() {
            if !std::thread::panicking() {
                thread.join().expect("server thread");
            }
        }
    }
}

/// A loopback URL that refuses connections: its port is bound, for the whole test run, by a
/// socket that never listens, so no other test's server can be given it.
pub fn refusing_url() -> String {
    static BOUND: std::sync::OnceLock<tokio::net::TcpSocket> = std::sync::OnceLock::new();
    let socket = BOUND.get_or_init(|| {
        let socket = tokio::net::TcpSocket::new_v4().expect("a socket");
        socket
            .bind("127.0.0.1:0".parse().unwrap())
            .expect("bind 127.0.0.1");
        socket
    });
    let addr = socket.local_addr().unwrap();
    format!("http://{addr}/v2/user/me")
}

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}
