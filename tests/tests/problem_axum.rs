//! Feature `axum`: an axum app on 127.0.0.1 whose handlers call "Kakao" (a canned failure for
//! each remedy, checked as `kakao_errors::http::check` checks a response) and `?` the error
//! into a `Problem`. A plain HTTP/1.1 client reads what the app sends, byte for byte: the
//! status, `Content-Type: application/problem+json`, `Retry-After`, the members, and that no
//! secret of Kakao's body appears anywhere in it.
#![cfg(feature = "axum")]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use axum::Router;
use axum::http::{Response, header};
use axum::routing::get;
use kakao_errors::KakaoError;
use kakao_errors::problem::Problem;

/// A backend's own codes, for two remedies whatever rows Kakao's tables have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
enum Payments {
    /// The payment was not approved in time.
    #[kakao(code = 9010, status = 400, remedy = StartOver)]
    PaymentExpired,
    /// The recipient has no Kakao Talk.
    #[kakao(code = 9011, status = 400, remedy = DeliverAnotherWay)]
    NoKakaoTalk,
}

/// What "Kakao" answers on a route of the app, and what the app must answer its client.
struct Route {
    path: &'static str,
    kakao_status: u16,
    kakao_headers: &'static [(&'static str, &'static str)],
    kakao_body: &'static str,
    /// Checked with `Payments` instead of the REST API's tables.
    own: bool,
    status: u16,
    remedy: &'static str,
    retry_after: Option<&'static str>,
}

const fn route(
    path: &'static str,
    kakao: (u16, &'static str),
    status: u16,
    remedy: &'static str,
) -> Route {
    Route {
        path,
        kakao_status: kakao.0,
        kakao_headers: &[],
        kakao_body: kakao.1,
        own: false,
        status,
        remedy,
        retry_after: None,
    }
}

/// One route per remedy. Every body that Kakao's own text could leak through says `SECRET`.
static ROUTES: &[Route] = &[
    route(
        "/retry",
        (400, r#"{"msg":"internal error SECRET","code":-1}"#),
        502,
        "retry",
    ),
    Route {
        kakao_headers: &[("retry-after", "30"), ("x-request-id", "req-9")],
        retry_after: Some("30"),
        ..route(
            "/throttled",
            (429, r#"{"msg":"API limit SECRET","code":-10}"#),
            429,
            "throttled",
        )
    },
    Route {
        kakao_headers: &[("retry-after", "120")],
        retry_after: Some("120"),
        ..route(
            "/maintenance",
            (503, "<html>SECRET</html>"),
            503,
            "maintenance",
        )
    },
    route(
        "/retry-later",
        (400, r#"{"msg":"SECRET","code":-9798}"#),
        503,
        "retry_later",
    ),
    route(
        "/outcome-unknown",
        (400, r#"{"msg":"SECRET","code":-815}"#),
        504,
        "outcome_unknown",
    ),
    route(
        "/refresh-token",
        (
            401,
            r#"{"msg":"this access token does not exist: SECRET","code":-401}"#,
        ),
        401,
        "refresh_token",
    ),
    route(
        "/relogin",
        (
            400,
            r#"{"error":"invalid_grant","error_description":"authorization code not found for code=SECRET","error_code":"KOE320"}"#,
        ),
        401,
        "relogin",
    ),
    route(
        "/request-consent",
        (
            403,
            r#"{"msg":"SECRET","code":-402,"required_scopes":["talk_message","SECRET token=x"]}"#,
        ),
        403,
        "request_consent",
    ),
    route(
        "/fix-request",
        (400, r#"{"msg":"SECRET is wrong","code":-2}"#),
        500,
        "fix_request",
    ),
    Route {
        own: true,
        ..route(
            "/start-over",
            (400, r#"{"code":9010,"msg":"SECRET"}"#),
            409,
            "start_over",
        )
    },
    Route {
        own: true,
        ..route(
            "/deliver-another-way",
            (400, r#"{"code":9011,"msg":"SECRET"}"#),
            422,
            "deliver_another_way",
        )
    },
    route(
        "/fix-app-settings",
        (
            401,
            r#"{"msg":"domain mismatched! caller=https://a.example/?client_secret=SECRET","code":-401}"#,
        ),
        500,
        "fix_app_settings",
    ),
    route(
        "/user-action",
        (403, r#"{"msg":"SECRET","code":-4}"#),
        403,
        "user_action",
    ),
    route(
        "/contact-support",
        (400, r#"{"msg":"SECRET","code":-12}"#),
        500,
        "contact_support",
    ),
    route(
        "/unknown",
        (400, r#"{"msg":"SECRET","code":-99999}"#),
        502,
        "unknown",
    ),
];

/// What the app's handler does: call Kakao (here, take `route`'s canned answer) and `?` the
/// failure into the problem it answers with.
fn call_kakao(route: &Route) -> Result<&'static str, Problem> {
    let mut kakao = Response::builder().status(route.kakao_status);
    for (name, value) in route.kakao_headers {
        kakao = kakao.header(*name, *value);
    }
    let kakao = kakao
        .body(route.kakao_body)
        .expect("a canned response is valid");
    if route.own {
        kakao_errors::http::check_as::<Payments, _>(kakao)?;
    } else {
        kakao_errors::http::check(kakao)?;
    }
    Ok("sent")
}

fn app() -> Router {
    let mut app = Router::new();
    for route in ROUTES {
        app = app.route(route.path, get(move || async move { call_kakao(route) }));
    }
    // A 401 with the challenge of the backend's own scheme, as the module docs show.
    app.route(
        "/relogin-challenge",
        get(|| async {
            let problem = call_kakao(&ROUTES[6]).unwrap_err();
            ([(header::WWW_AUTHENTICATE, "Bearer")], problem)
        }),
    )
}

/// An HTTP/1.1 response as read off the socket.
struct Answer {
    status: u16,
    head: String,
    body: String,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }
}

/// `GET path` on `addr`, with a plain socket: the whole answer, read until the server closes.
fn get_raw(addr: SocketAddr, path: &str) -> Answer {
    let mut stream = TcpStream::connect(addr).expect("connect to the app");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    stream
        .take(1 << 20)
        .read_to_end(&mut raw)
        .expect("read the answer");
    let raw = String::from_utf8(raw).expect("the answer is UTF-8");
    let (head, body) = raw.split_once("\r\n\r\n").expect("a head and a body");
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|status| status.parse().ok())
        .expect("a status line");
    Answer {
        status,
        head: head.to_owned(),
        body: body.to_owned(),
    }
}

/// Serves the app on 127.0.0.1 while `client` runs (on a blocking thread), then stops it.
fn with_app<T: Send + 'static>(client: impl FnOnce(SocketAddr) -> T + Send + 'static) -> T {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
        .unwrap();
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(axum::serve(listener, app()).into_future());
        let result = tokio::task::spawn_blocking(move || client(addr)).await;
        server.abort();
        result.expect("the client ran to its end")
    })
}

#[test]
fn the_app_answers_each_remedy_with_its_problem() {
    let answers = with_app(|addr| {
        ROUTES
            .iter()
            .map(|route| get_raw(addr, route.path))
            .collect::<Vec<_>>()
    });
    let mut remedies: Vec<&str> = ROUTES.iter().map(|route| route.remedy).collect();
    remedies.sort_unstable();
    remedies.dedup();
    assert_eq!(remedies.len(), 15, "one route per remedy");

    for (route, answer) in ROUTES.iter().zip(&answers) {
        let path = route.path;
        assert_eq!(answer.status, route.status, "{path}");
        assert_eq!(
            answer.header("content-type"),
            Some("application/problem+json"),
            "{path}"
        );
        assert_eq!(answer.header("retry-after"), route.retry_after, "{path}");
        assert!(!answer.head.contains("SECRET"), "{path}: {}", answer.head);
        assert!(!answer.body.contains("SECRET"), "{path}: {}", answer.body);

        let problem: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
        let members: Vec<&str> = problem
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        for member in ["type", "title", "status", "detail", "remedy"] {
            assert!(members.contains(&member), "{path}: {members:?}");
        }
        assert_eq!(problem["status"], route.status, "{path}");
        assert_eq!(problem["remedy"], route.remedy, "{path}");
        assert_eq!(problem["kakao_status"], route.kakao_status, "{path}");
        let type_uri = problem["type"].as_str().unwrap();
        assert!(
            type_uri == "about:blank" || type_uri.starts_with("https://"),
            "{path}: {type_uri}"
        );
        match route.retry_after {
            Some(seconds) => assert_eq!(problem["retry_after"].to_string(), seconds, "{path}"),
            None => assert!(problem.get("retry_after").is_none(), "{path}"),
        }
        assert_eq!(
            problem.get("required_scopes").is_some(),
            route.remedy == "request_consent",
            "{path}"
        );
    }

    let by_path = |path: &str| {
        let at = ROUTES.iter().position(|route| route.path == path).unwrap();
        serde_json::from_str::<serde_json::Value>(&answers[at].body).unwrap()
    };
    // Kakao's code as written, the scopes that are scope names, the case, the request id.
    assert_eq!(by_path("/relogin")["kakao_code"], "KOE320");
    assert_eq!(
        by_path("/request-consent")["required_scopes"],
        serde_json::json!(["talk_message"])
    );
    assert_eq!(by_path("/fix-app-settings")["case"], "DomainMismatched");
    assert_eq!(by_path("/throttled")["kakao_request_id"], "req-9");
    assert_eq!(by_path("/start-over")["kakao_code"], "9010");
    // Nothing documents a gateway's page or an unknown code.
    assert_eq!(by_path("/unknown")["type"], "about:blank");
    assert_eq!(by_path("/unknown")["title"], "Bad Gateway");
    // A documented row: its table's page and a title of the remedy's.
    let outcome = by_path("/outcome-unknown");
    assert_eq!(
        outcome["type"],
        "https://developers.kakao.com/docs/latest/en/rest-api/error-code"
    );
    assert_eq!(outcome["title"], "Kakao API outcome unknown");
}

#[test]
fn a_401_carries_the_challenge_the_handler_adds() {
    let answer = with_app(|addr| get_raw(addr, "/relogin-challenge"));
    assert_eq!(answer.status, 401);
    assert_eq!(answer.header("www-authenticate"), Some("Bearer"));
    assert_eq!(
        answer.header("content-type"),
        Some("application/problem+json")
    );
    assert!(!answer.body.contains("SECRET"));
}
