//! Instructions and allocations of one request through each retry middleware on the same
//! reqwest client, against a keep-alive HTTP/1.1 server on 127.0.0.1 in a child process (so
//! that callgrind counts the client alone).
//!
//! ```text
//! middleware-cost run <kakao|retry|none> <400|200> <requests>
//! ```
//!
//! `run` sends 10 requests to warm the connection up, then `<requests>` more, each followed by
//! `kakao_check()` (and, on a success, reading the body); it prints the allocations the
//! measured requests made. Under callgrind, the difference between runs of N and 2N requests
//! is the cost of N requests, setup cancelled (`scripts/middleware-cost.sh`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};

use kakao_errors::reqwest::ResponseExt;
use kakao_errors::reqwest_middleware::KakaoRetry;
use kakao_errors::retry::{RetryPolicy, RetrySettings};
use reqwest_retry::RetryTransientMiddleware;
use reqwest_retry::policies::ExponentialBackoff;

/// Allocations (and reallocations) made since the start.
static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);

/// The system allocator, counting calls.
struct Counting;

// SAFETY: every call is forwarded to `System` unchanged; the counter is an atomic.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwarded from our caller, who upholds `GlobalAlloc::alloc`'s contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: as in `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: `ptr` came from this allocator, which is `System` underneath.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from this allocator, which is `System` underneath.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// A -2 (a wrong parameter): a 400 that no retry fixes.
const BODY_400: &str = r#"{"msg":"ProfileId is not a number","code":-2}"#;
const BODY_200: &str = r#"{"id":123}"#;

const WARM_UP: usize = 10;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[1..] {
        ["serve", status] => serve(status),
        ["run", middleware, status, requests] => {
            let requests: usize = requests.parse().expect("a number of requests");
            run(middleware, status, requests);
        }
        _ => {
            eprintln!("usage: middleware-cost run <kakao|retry|none> <400|200> <requests>");
            std::process::exit(2);
        }
    }
}

/// Serves keep-alive connections until killed, answering every request with `status`; prints
/// the port first.
fn serve(status: &str) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    println!("{}", listener.local_addr().unwrap().port());
    std::io::stdout().flush().unwrap();
    let (reason, body) = match status {
        "400" => ("Bad Request", BODY_400),
        _ => ("OK", BODY_200),
    };
    let reply = format!(
        "HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    );
    for stream in listener.incoming() {
        let Ok(mut stream) = stream else { continue };
        let reply = reply.clone();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            loop {
                // A request head (these requests have no body), then the reply.
                loop {
                    line.clear();
                    match reader.read_line(&mut line) {
                        Ok(0) | Err(_) => return,
                        Ok(_) if line == "\r\n" => break,
                        Ok(_) => {}
                    }
                }
                if stream.write_all(reply.as_bytes()).is_err() {
                    return;
                }
            }
        });
    }
}

fn run(middleware: &str, status: &str, requests: usize) {
    let mut server = Command::new(std::env::current_exe().unwrap())
        .args(["serve", status])
        .stdout(Stdio::piped())
        .spawn()
        .expect("the server");
    let mut port = String::new();
    BufReader::new(server.stdout.take().unwrap())
        .read_line(&mut port)
        .unwrap();
    let url = format!("http://127.0.0.1:{}/v2/user/me", port.trim());

    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let builder = reqwest_middleware::ClientBuilder::new(client);
    // Three attempts each: the default of both.
    let client = match middleware {
        "kakao" => builder
            .with(KakaoRetry::new(RetrySettings::new(RetryPolicy::new())))
            .build(),
        "retry" => {
            let policy = ExponentialBackoff::builder().build_with_max_retries(2);
            builder
                .with(RetryTransientMiddleware::new_with_policy(policy))
                .build()
        }
        _ => builder.build(),
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let allocations = runtime.block_on(async {
        let mut start = 0;
        for i in 0..WARM_UP + requests {
            if i == WARM_UP {
                start = ALLOCATIONS.load(Ordering::Relaxed);
            }
            let response = client.get(&url).send().await.unwrap();
            match response.kakao_check().await {
                Ok(response) => {
                    std::hint::black_box(response.bytes().await.unwrap());
                }
                Err(e) => {
                    assert_eq!(e.status(), Some(400));
                    std::hint::black_box(e);
                }
            }
        }
        ALLOCATIONS.load(Ordering::Relaxed) - start
    });
    server.kill().ok();
    server.wait().ok();
    println!(
        "{middleware} {status}: {allocations} allocations in {requests} requests ({:.2} each)",
        allocations as f64 / requests as f64
    );
}
