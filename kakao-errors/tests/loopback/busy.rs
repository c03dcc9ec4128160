//! A server on 127.0.0.1 for many concurrent calls: keep-alive HTTP/1.1 connections, each
//! served by a task of a Tokio runtime on the server's own thread, every request answered by
//! a function of the request. For the outage, recovery, deadline and token tests.
//!
//! Bounded: it serves at most [`MAX_REQUESTS`] requests and runs at most [`LIFETIME`], each
//! connection waits at most [`IDLE`] for a request, and a stalled reply holds its connection
//! at most as long as it says. Dropping the server stops it.
#![allow(
    dead_code,
    reason = "each test binary that includes this module uses a part of it"
)]

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpSocket, TcpStream};

/// The most requests one server answers.
pub const MAX_REQUESTS: usize = 20_000;
/// The longest one server runs.
pub const LIFETIME: Duration = Duration::from_secs(60);
/// The longest a connection waits for its next request.
pub const IDLE: Duration = Duration::from_secs(10);

/// A request as the server received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub method: String,
    /// The path and query.
    pub target: String,
    /// The headers, names in lower case, in order.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    /// The value of the header `name` (lower case), if it came.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, value)| value.as_str())
    }

    /// The value of the query parameter `name`, as it was sent.
    pub fn query(&self, name: &str) -> Option<&str> {
        let (_, query) = self.target.split_once('?')?;
        query
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(n, _)| *n == name)
            .map(|(_, value)| value)
    }
}

/// What the server answers.
#[derive(Debug, Clone)]
pub enum Reply {
    /// Status, header lines (each ending in CRLF), body, with its `Content-Length`.
    Whole(u16, String, Vec<u8>),
    /// Status and header lines, a `Content-Length` of `promised`, then `start`, then nothing
    /// for `hold`; then the connection is closed.
    Stall {
        status: u16,
        start: &'static str,
        promised: usize,
        hold: Duration,
    },
    /// `reply`, after `delay`.
    Later(Duration, Box<Reply>),
}

impl Reply {
    /// A JSON body with `status`.
    pub fn json(status: u16, body: &str) -> Self {
        Self::Whole(
            status,
            "Content-Type: application/json\r\n".to_owned(),
            body.as_bytes().to_vec(),
        )
    }

    /// `{"id":123}` with 200.
    pub fn ok() -> Self {
        Self::json(200, r#"{"id":123}"#)
    }

    /// Kakao's transient error: 400 with -1.
    pub fn internal_error() -> Self {
        Self::json(400, r#"{"msg":"internal error","code":-1}"#)
    }

    /// A rate limiter's 429 with `Retry-After: 0`.
    pub fn too_many_requests_now() -> Self {
        Self::Whole(429, "Retry-After: 0\r\n".to_owned(), Vec::new())
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        429 => "Too Many Requests",
        502 => "Bad Gateway",
        _ => "Other",
    }
}

type Handler = dyn Fn(&Request) -> Reply + Send + Sync;

/// A server on an ephemeral loopback port.
pub struct Busy {
    addr: SocketAddr,
    requests: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Busy {
    /// Answers every request with `handler(request)`.
    pub fn start(handler: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> Self {
        let handler: Arc<Handler> = Arc::new(handler);
        let requests = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let (addr_sender, addr_receiver) = std::sync::mpsc::channel();
        let thread = std::thread::spawn({
            let requests = Arc::clone(&requests);
            let stop = Arc::clone(&stop);
            move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                runtime.block_on(serve(handler, requests, stop, addr_sender));
            }
        });
        let addr = addr_receiver.recv().expect("the server's address");
        Self {
            addr,
            requests,
            stop,
            thread: Some(thread),
        }
    }

    pub fn url(&self, target: &str) -> String {
        format!("http://{}{target}", self.addr)
    }

    /// How many requests it has answered (or started to).
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::Acquire)
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Release);
        if let Some(thread) = self.thread.take() {
            if !std::thread::panicking() {
                thread.join().expect("server thread");
            }
        }
    }
}

async fn serve(
    handler: Arc<Handler>,
    requests: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    addr: std::sync::mpsc::Sender<SocketAddr>,
) {
    let socket = TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    // Room for a burst of 200 connections.
    let listener = socket.listen(1024).unwrap();
    addr.send(listener.local_addr().unwrap()).unwrap();
    let started = Instant::now();
    while !stop.load(Ordering::Acquire) && started.elapsed() < LIFETIME {
        let accepted = tokio::time::timeout(Duration::from_millis(20), listener.accept()).await;
        let Ok(Ok((stream, _))) = accepted else {
            continue;
        };
        let handler = Arc::clone(&handler);
        let requests = Arc::clone(&requests);
        let stop = Arc::clone(&stop);
        tokio::spawn(async move {
            // Each connection's failure (the client hanging up) is its own.
            let _ = connection(stream, &*handler, &requests, &stop).await;
        });
    }
}

/// Serves the requests of one keep-alive connection.
async fn connection(
    stream: TcpStream,
    handler: &Handler,
    requests: &AtomicUsize,
    stop: &AtomicBool,
) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut read = BufReader::new(read);
    loop {
        let Ok(request) = tokio::time::timeout(IDLE, read_request(&mut read)).await else {
            return Ok(());
        };
        let Some(request) = request? else {
            return Ok(());
        };
        if stop.load(Ordering::Acquire) || requests.fetch_add(1, Ordering::AcqRel) >= MAX_REQUESTS {
            return Ok(());
        }
        let mut reply = handler(&request);
        while let Reply::Later(delay, later) = reply {
            tokio::time::sleep(delay.min(LIFETIME)).await;
            reply = *later;
        }
        match reply {
            Reply::Whole(status, headers, body) => {
                let head = format!(
                    "HTTP/1.1 {status} {}\r\n{headers}Content-Length: {}\r\n\r\n",
                    reason(status),
                    body.len()
                );
                write.write_all(head.as_bytes()).await?;
                write.write_all(&body).await?;
                write.flush().await?;
            }
            Reply::Stall {
                status,
                start,
                promised,
                hold,
            } => {
                let head = format!(
                    "HTTP/1.1 {status} {}\r\nContent-Type: text/html\r\nContent-Length: {promised}\r\n\r\n{start}",
                    reason(status),
                );
                write.write_all(head.as_bytes()).await?;
                write.flush().await?;
                tokio::time::sleep(hold.min(LIFETIME)).await;
                return Ok(());
            }
            Reply::Later(..) => unreachable!("waited for above"),
        }
    }
}

/// Reads one request: `None` when the connection closed before one began.
async fn read_request(
    read: &mut BufReader<tokio::net::tcp::OwnedReadHalf>,
) -> std::io::Result<Option<Request>> {
    let mut line = String::new();
    if read.read_line(&mut line).await? == 0 {
        return Ok(None);
    }
    let mut words = line.trim_end().split(' ');
    let method = words.next().unwrap_or("").to_owned();
    let target = words.next().unwrap_or("/").to_owned();
    let mut headers = Vec::new();
    let mut length = 0;
    loop {
        line.clear();
        if read.read_line(&mut line).await? == 0 || line == "\r\n" {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            let name = name.trim().to_ascii_lowercase();
            let value = value.trim().to_owned();
            if name == "content-length" {
                length = value.parse::<usize>().unwrap_or(0).min(1 << 20);
            }
            headers.push((name, value));
        }
    }
    let mut body = vec![0; length];
    read.read_exact(&mut body).await?;
    Ok(Some(Request {
        method,
        target,
        headers,
        body,
    }))
}
