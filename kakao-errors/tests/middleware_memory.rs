//! Feature `reqwest-middleware`: what the middleware holds of an error body, against its limit,
//! with a raised limit and a body that does not end before it. Its own test binary, with one
//! test: the allocator's peak is this test's alone.
#![cfg(feature = "reqwest-middleware")]

#[path = "loopback/server.rs"]
mod server;

use kakao_errors::reqwest::ResponseExt;
use kakao_errors::reqwest_middleware::KakaoRetry;
use kakao_errors::response::{BodyKind, parse};
use kakao_errors::retry::{RetryPolicy, RetrySettings};

use server::{Reply, Server, TIMEOUT, runtime};

/// Every allocation of this test binary, counted: its peak is asserted on.
#[global_allocator]
static ALLOCATOR: cap::Cap<std::alloc::System> = cap::Cap::new(std::alloc::System, usize::MAX);

/// The raised limit.
const LIMIT: usize = 64 << 20;

const MIB: f64 = (1 << 20) as f64;

/// An endless body: `start`, then `piece` again and again (four times the limit is sent at
/// most; the middleware stops at the limit).
struct Endless {
    name: &'static str,
    start: &'static str,
    piece: &'static str,
    kind: BodyKind,
}

const BODIES: [Endless; 2] = [
    // A gateway's page: the parse keeps an excerpt.
    Endless {
        name: "HTML",
        start: "<html><body>",
        piece: "<p>upstream failed</p>\n",
        kind: BodyKind::Unreadable,
    },
    // A JSON body whose message never ends: the parse reads the code and a cut message.
    Endless {
        name: "JSON with an endless message",
        start: r#"{"code":-2,"msg":""#,
        piece: "ProfileId is not a number ",
        kind: BodyKind::Rest,
    },
];

/// The peak heap of the middleware reading the start of each endless body (a `POST` to a 502:
/// read, parsed, handed back), then of `kakao_check()` on what it handed back; and the share
/// of it that parsing the body takes.
#[test]
fn the_middleware_holds_about_the_limit_of_an_endless_body() {
    for body in BODIES {
        // What the parse alone takes: the same bytes, in a buffer of their own.
        let mut bytes = Vec::with_capacity(LIMIT);
        bytes.extend_from_slice(body.start.as_bytes());
        while bytes.len() < LIMIT {
            let n = body.piece.len().min(LIMIT - bytes.len());
            bytes.extend_from_slice(&body.piece.as_bytes()[..n]);
        }
        let before = ALLOCATOR.allocated();
        let parsed = parse(502, &bytes);
        let parse_share = ALLOCATOR.max_allocated().saturating_sub(before);
        assert_eq!(parsed.kind(), body.kind, "{}", body.name);
        drop((parsed, bytes));

        let server = Server::replying(vec![Reply::Endless {
            start: body.start,
            piece: body.piece,
            len: 4 * LIMIT,
        }]);
        let base = ALLOCATOR.allocated();
        // The global peak so far: the middleware's is measured only if it goes past it.
        let peak_before = ALLOCATOR.max_allocated();
        runtime().block_on(async {
            let client = reqwest::Client::builder()
                .timeout(TIMEOUT)
                .no_proxy()
                .build()
                .unwrap();
            let settings = RetrySettings::new(RetryPolicy::new()).body_limit(LIMIT);
            let client = reqwest_middleware::ClientBuilder::new(client)
                .with(KakaoRetry::new(settings))
                .build();
            let response = client
                .post(server.url("/v2/api/talk/memo/default/send"))
                .send()
                .await
                .unwrap();
            // The middleware's parse, handed on: not read again.
            let e = response.kakao_check().body_limit(LIMIT).await.unwrap_err();
            let parsed = e.response().unwrap();
            assert_eq!(
                (parsed.kind(), parsed.body_len()),
                (body.kind, LIMIT),
                "{}",
                body.name
            );
        });
        drop(server);
        let measured = ALLOCATOR.max_allocated() > peak_before;
        let peak = ALLOCATOR.max_allocated().saturating_sub(base);
        eprintln!(
            "{}: peak {}{:.2} MiB over the baseline with a {:.0} MiB limit ({:.3}x the limit); \
             the parse alone {:.3} MiB ({:.2}% of the limit)",
            body.name,
            if measured { "" } else { "at most " },
            peak as f64 / MIB,
            LIMIT as f64 / MIB,
            peak as f64 / LIMIT as f64,
            parse_share as f64 / MIB,
            100.0 * parse_share as f64 / LIMIT as f64,
        );
        // The limit, the rest of one chunk, the parse and the client's own buffers.
        assert!(
            peak < LIMIT + parse_share + (4 << 20),
            "{}: {peak}",
            body.name
        );
    }
}
