//! Feature `problem` (with `http`, for headers): a failed response as an RFC 9457 problem
//! details object. The status of every remedy, the members and their order, the `type` and
//! `detail` of each source of documentation, and that nothing of the response's own text (a
//! token, an authorization code, a URL) gets into the problem.
#![cfg(all(feature = "problem", feature = "http"))]

use core::time::Duration;

use kakao_errors::problem::{ABOUT_BLANK, CONTENT_TYPE, Problem};
use kakao_errors::response::{ResponseError, parse, parse_as};
use kakao_errors::rest::{ApiError, Common, Login};
use kakao_errors::{KakaoError, Remedy, catalog};

/// One row per remedy, in `Remedy`'s order: a backend's own codes, so that every remedy has a
/// row here whatever rows Kakao's tables have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
enum Backend {
    /// A transient failure.
    #[kakao(code = 9001, status = 400, retry = true, remedy = Retry)]
    Transient,
    /// A rate limit.
    #[kakao(code = 9002, status = 400, retry = true, remedy = Throttled)]
    RateLimited,
    /// Under maintenance.
    #[kakao(code = 9003, status = 400, retry = true, remedy = Maintenance)]
    Maintenance,
    /// Only much later.
    #[kakao(code = 9004, status = 400, remedy = RetryLater)]
    MuchLater,
    /// Unknown outcome.
    #[kakao(code = 9005, status = 400, remedy = OutcomeUnknown)]
    Unsure,
    /// The token expired.
    #[kakao(code = 9006, status = 400, remedy = RefreshToken)]
    TokenExpired,
    /// Log in again.
    #[kakao(code = 9007, status = 400, remedy = Relogin)]
    LoggedOut,
    /// Consent missing.
    #[kakao(code = 9008, status = 400, remedy = RequestConsent)]
    NoConsent,
    /// A wrong parameter.
    #[kakao(code = 9009, status = 400, remedy = FixRequest)]
    WrongParameter,
    /// The payment expired.
    #[kakao(code = 9010, status = 400, remedy = StartOver)]
    PaymentExpired,
    /// The recipient cannot receive it.
    #[kakao(code = 9011, status = 400, remedy = DeliverAnotherWay)]
    Unreachable,
    /// A console setting.
    #[kakao(code = 9012, status = 400, remedy = FixAppSettings)]
    Misconfigured,
    /// The user must act.
    #[kakao(code = 9013, status = 400, remedy = UserAction)]
    UserMustAct,
    /// The app is suspended.
    #[kakao(code = 9014, status = 400, remedy = ContactSupport)]
    Suspended,
    /// Nobody knows.
    #[kakao(code = 9015, status = 400, remedy = Unknown)]
    Mystery,
}

/// The statuses the module docs' table gives, by the remedy's `as_str` name: read from the
/// table itself, so the docs and the code cannot drift apart.
fn documented_statuses() -> Vec<(String, u16)> {
    let source = include_str!("../../src/problem.rs");
    let table = source
        .split("# The status")
        .nth(1)
        .expect("the module docs have a section on the status")
        .split("# The members")
        .next()
        .unwrap();
    table
        .lines()
        .filter_map(|line| line.strip_prefix("//! | [`"))
        .map(|row| {
            let (name, rest) = row.split_once('`').unwrap();
            let status = rest.split('|').nth(1).unwrap().trim();
            let status: u16 = status.split(' ').next().unwrap().parse().unwrap();
            (snake_case(name), status)
        })
        .collect()
}

fn snake_case(camel: &str) -> String {
    let mut snake = String::new();
    for (i, c) in camel.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            snake.push('_');
        }
        snake.push(c.to_ascii_lowercase());
    }
    snake
}

fn json(problem: &Problem) -> String {
    serde_json::to_string(problem).unwrap()
}

/// A response with these headers and body, checked as `http::check_as` checks it.
fn response_as<E: KakaoError>(
    status: u16,
    headers: &[(&str, &str)],
    body: &str,
) -> ResponseError<E> {
    let mut builder = http::Response::builder().status(status);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    kakao_errors::http::check_as::<E, _>(builder.body(body.to_owned()).unwrap()).unwrap_err()
}

#[test]
fn every_remedy_has_the_status_of_the_documented_table() {
    let documented = documented_statuses();
    assert_eq!(documented.len(), Backend::CODES.len(), "{documented:?}");
    for &code in Backend::CODES {
        let row = Backend::from_code(code).unwrap();
        let remedy = row.remedy();
        let error = parse_as::<Backend>(400, format!(r#"{{"code":{code}}}"#).as_bytes());
        assert_eq!(error.remedy(), remedy, "{row:?}");
        let problem = Problem::from(&error);
        let (_, status) = documented
            .iter()
            .find(|(name, _)| name == remedy.as_str())
            .unwrap_or_else(|| panic!("the docs' table has no row for {remedy:?}"));
        assert_eq!(problem.status(), *status, "{row:?}");
        assert_eq!(Problem::status_for(&remedy), *status, "{row:?}");
        assert_eq!(problem.remedy(), remedy.as_str());
        // A row of a table the catalog does not have: documented by its own description, on
        // no page of this crate.
        assert_eq!(problem.type_uri(), ABOUT_BLANK);
        assert_eq!(problem.detail(), row.message());
        assert_eq!(problem.kakao_code(), Some(code.to_string().as_str()));
        assert_eq!(problem.kakao_status(), Some(400));
        assert_eq!(
            problem.required_scopes().is_some(),
            matches!(remedy, Remedy::RequestConsent { .. })
        );
    }
}

#[test]
fn the_clients_faults_are_4xx_and_the_backends_and_kakaos_are_5xx() {
    let status = |remedy: Remedy<'_>| Problem::status_for(&remedy);
    for remedy in [
        Remedy::Throttled { after: None },
        Remedy::RefreshToken,
        Remedy::Relogin,
        Remedy::REQUEST_CONSENT,
        Remedy::StartOver,
        Remedy::DeliverAnotherWay,
        Remedy::UserAction,
    ] {
        assert!((400..500).contains(&status(remedy.clone())), "{remedy:?}");
    }
    for remedy in [
        Remedy::Retry { after: None },
        Remedy::Maintenance { after: None },
        Remedy::RetryLater,
        Remedy::OutcomeUnknown,
        Remedy::FixRequest,
        Remedy::FixAppSettings,
        Remedy::ContactSupport,
        Remedy::Unknown,
    ] {
        assert!((500..600).contains(&status(remedy.clone())), "{remedy:?}");
    }
    assert_eq!(status(Remedy::RefreshToken), 401);
    assert_eq!(status(Remedy::Relogin), 401);
    assert_eq!(status(Remedy::REQUEST_CONSENT), 403);
    assert_eq!(status(Remedy::Throttled { after: None }), 429);
    assert_eq!(status(Remedy::Maintenance { after: None }), 503);
    assert_eq!(status(Remedy::OutcomeUnknown), 504);
}

#[test]
fn kakao_rows_are_documented_by_their_table_page_and_description() {
    let cases: [(u16, &str, ApiError, &str); 5] = [
        (
            400,
            r#"{"msg":"internal error","code":-1}"#,
            ApiError::Common(Common::InternalError),
            "retry",
        ),
        (
            400,
            r#"{"msg":"ProfileId is not a number","code":-2}"#,
            ApiError::Common(Common::IllegalParams),
            "fix_request",
        ),
        (
            401,
            r#"{"msg":"this access token does not exist","code":-401}"#,
            ApiError::Common(Common::InvalidToken),
            "refresh_token",
        ),
        (
            403,
            r#"{"msg":"blocked","code":-4}"#,
            ApiError::Common(Common::BlockedAction),
            "user_action",
        ),
        (
            400,
            r#"{"msg":"not registered","code":-101}"#,
            ApiError::Login(Login::NotRegisteredUser),
            "user_action",
        ),
    ];
    let rest_page = catalog::table::<Common>().unwrap().url();
    for (status, body, row, remedy) in cases {
        let error = parse(status, body.as_bytes());
        assert_eq!(error.cause(), Some(&row));
        let problem = Problem::from(&error);
        assert_eq!(problem.remedy(), remedy, "{body}");
        assert_eq!(problem.type_uri(), rest_page, "{body}");
        assert_eq!(problem.detail(), row.message(), "{body}");
        assert_eq!(problem.title(), Problem::title_for(&error.remedy()));
        assert_eq!(problem.kakao_code(), Some(row.code().to_string().as_str()));
        assert_eq!(problem.case(), None);
    }
}

#[test]
fn a_case_is_documented_by_its_own_page_and_description() {
    let body =
        r#"{"msg":"domain mismatched! caller=https://shop.example/cb?token=SECRET","code":-401}"#;
    let error = response_as::<ApiError>(401, &[("x-request-id", "req-77")], body);
    let case = error.case().unwrap();
    let problem = Problem::from(&error).with_instance("/api/friends");
    assert_eq!(problem.status(), 500);
    let expected = format!(
        concat!(
            r#"{{"type":"{page}","title":"Kakao app misconfigured","status":500,"#,
            r#""detail":"{detail}","instance":"/api/friends","kakao_code":"-401","#,
            r#""kakao_status":401,"remedy":"fix_app_settings","case":"DomainMismatched","#,
            r#""kakao_request_id":"req-77"}}"#
        ),
        page = case.doc_url(),
        detail = case.message(),
    );
    assert_eq!(json(&problem), expected);
}

#[test]
fn members_come_in_the_documented_order() {
    let consent = r#"{"msg":"insufficient scopes: token SECRET","code":-402,"required_scopes":["talk_message","account_email"]}"#;
    let problem = Problem::from(response_as::<ApiError>(
        403,
        &[("x-request-id", "abc-1")],
        consent,
    ))
    .with_instance("urn:uuid:0f6c");
    let page = catalog::table::<Login>().unwrap().url();
    let expected = format!(
        concat!(
            r#"{{"type":"{page}","title":"Consent required","status":403,"detail":"{detail}","#,
            r#""instance":"urn:uuid:0f6c","kakao_code":"-402","kakao_status":403,"#,
            r#""remedy":"request_consent","required_scopes":["talk_message","account_email"],"#,
            r#""kakao_request_id":"abc-1"}}"#
        ),
        page = page,
        detail = Login::InsufficientScope.message(),
    );
    assert_eq!(json(&problem), expected);

    let throttled = Problem::from(response_as::<ApiError>(
        429,
        &[("retry-after", "30")],
        r#"{"msg":"API limit has been exceeded.","code":-10}"#,
    ));
    let text = json(&throttled);
    assert!(
        text.ends_with(
            r#""kakao_code":"-10","kakao_status":429,"remedy":"throttled","retry_after":30}"#
        ),
        "{text}"
    );
    assert!(text.starts_with(r#"{"type":"https://"#), "{text}");
}

#[test]
fn undocumented_failures_are_about_blank_with_the_status_phrase() {
    // An unknown code, a gateway's page, an empty 503, a bare 401.
    let cases: [(u16, &[u8], u16, &str, &str); 4] = [
        (
            400,
            br#"{"code":-99999,"msg":"secret SECRET"}"#,
            502,
            "Bad Gateway",
            "unknown",
        ),
        (
            502,
            b"<html><body>SECRET Bad Gateway</body></html>",
            502,
            "Bad Gateway",
            "retry",
        ),
        (503, b"", 503, "Service Unavailable", "maintenance"),
        (401, b"SECRET", 401, "Unauthorized", "refresh_token"),
    ];
    for (status, body, expected, title, remedy) in cases {
        let error = parse(status, body);
        let problem = Problem::from(&error);
        assert_eq!(
            (problem.status(), problem.title(), problem.remedy()),
            (expected, title, remedy),
            "{status} {body:?}"
        );
        assert_eq!(problem.type_uri(), ABOUT_BLANK);
        assert_eq!(problem.detail(), error.remedy().description());
        assert_eq!(problem.kakao_status(), Some(status));
        assert!(!json(&problem).contains("SECRET"));
    }
    assert_eq!(
        Problem::from(parse(400, br#"{"code":-99999}"#)).kakao_code(),
        Some("-99999")
    );
}

#[test]
fn codes_are_written_as_kakao_writes_them() {
    let koe = br#"{"error":"invalid_grant","error_description":"x","error_code":"koe320"}"#;
    assert_eq!(Problem::from(parse(400, koe)).kakao_code(), Some("KOE320"));
    let kae = br#"{"error_code":"KAE004","error_msg":"x"}"#;
    let problem = Problem::from(parse(400, kae));
    assert_eq!(problem.kakao_code(), Some("KAE004"));
    assert_eq!(
        problem.type_uri(),
        catalog::table::<kakao_errors::channel::KaeError>()
            .unwrap()
            .url()
    );
    // A code that is not an integer is the response's text: left out.
    let problem = Problem::from(parse(400, br#"{"code":"SECRET","msg":"x"}"#));
    assert_eq!(problem.kakao_code(), None);
    // A Kakao Talk Share response with the REST API's -402: the REST API's row documents it.
    let share = parse_as::<kakao_errors::share::TalkShareError>(
        403,
        br#"{"code":-402,"required_scopes":["talk_message"]}"#,
    );
    let problem = Problem::from(share);
    assert_eq!(problem.detail(), Login::InsufficientScope.message());
    assert_eq!(problem.kakao_code(), Some("-402"));
}

#[test]
fn the_waits_kakao_gave_are_kept() {
    let throttled = Problem::from(response_as::<ApiError>(
        429,
        &[("retry-after", "30")],
        r#"{"msg":"limit","code":-10}"#,
    ));
    assert_eq!((throttled.status(), throttled.remedy()), (429, "throttled"));
    assert_eq!(throttled.retry_after(), Some(Duration::from_secs(30)));

    let maintenance = Problem::from(response_as::<ApiError>(503, &[("retry-after", "120")], ""));
    assert_eq!(
        (maintenance.status(), maintenance.retry_after()),
        (503, Some(Duration::from_secs(120)))
    );
    let response = maintenance.to_http_response();
    assert_eq!(response.headers()["retry-after"], "120");

    // Without a Retry-After, none is sent.
    let later = Problem::from(parse(400, br#"{"code":-9798,"msg":"maintenance"}"#));
    assert_eq!(
        (later.status(), later.remedy(), later.retry_after()),
        (503, "retry_later", None)
    );
    assert!(
        later
            .to_http_response()
            .headers()
            .get("retry-after")
            .is_none()
    );
    assert!(!json(&later).contains("retry_after"));

    // A wait that is no remedy's (a Retry-After on a token to refresh) is not passed on.
    let token = Problem::from(response_as::<ApiError>(
        401,
        &[("retry-after", "5")],
        r#"{"msg":"expired","code":-401}"#,
    ));
    assert_eq!((token.status(), token.retry_after()), (401, None));
}

#[test]
fn a_date_retry_after_is_sent_as_seconds_rounded_up() {
    let at = std::time::SystemTime::now() + Duration::from_secs(90);
    let date = httpdate_fmt(at);
    let problem = Problem::from(response_as::<ApiError>(429, &[("retry-after", &date)], ""));
    let seconds: u64 = problem.to_http_response().headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    // The date has whole seconds: between 88 and 90 seconds are left, rounded up.
    assert!((88..=90).contains(&seconds), "{seconds}");
}

/// `at` as an IMF-fixdate, written here so that the test needs no date crate.
fn httpdate_fmt(at: std::time::SystemTime) -> String {
    let secs = at.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let (days, rest) = (secs / 86_400, secs % 86_400);
    let (h, m, s) = (rest / 3600, rest % 3600 / 60, rest % 60);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][(days % 7) as usize];
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{weekday}, {day:02} {} {year} {h:02}:{m:02}:{s:02} GMT",
        months[(month - 1) as usize]
    )
}

#[test]
fn consent_lists_only_plain_scope_names() {
    let body = r#"{"code":-402,"msg":"x","required_scopes":["talk_message","<script>","account_email","a b","","friends"]}"#;
    let problem = Problem::from(parse(403, body.as_bytes()));
    let scopes: Vec<&str> = problem.required_scopes().unwrap().collect();
    assert_eq!(scopes, ["talk_message", "account_email", "friends"]);
    // Consent without a list: an empty one, so a client can tell consent by the member.
    let problem = Problem::from(parse(403, br#"{"code":-402,"msg":"x"}"#));
    assert_eq!(problem.required_scopes().unwrap().count(), 0);
    assert!(json(&problem).contains(r#""required_scopes":[]"#));
}

#[test]
fn no_secret_of_the_body_gets_into_the_problem() {
    let bodies: [(u16, &str); 7] = [
        (
            401,
            r#"{"msg":"this access token does not exist: SECRET_ACCESS_TOKEN","code":-401}"#,
        ),
        (
            400,
            r#"{"error":"invalid_grant","error_description":"authorization code not found for code=SECRET_CODE","error_code":"KOE320"}"#,
        ),
        (
            401,
            r#"{"msg":"domain mismatched! caller=https://a.example/?client_secret=SECRET","code":-401}"#,
        ),
        (
            403,
            r#"{"msg":"SECRET","code":-402,"required_scopes":["talk_message"],"api_type":"SECRET"}"#,
        ),
        (
            400,
            r#"{"code":-813,"msg":"SECRET","extras":{"detailCode":21006,"detailMsg":"SECRET"}}"#,
        ),
        (400, r#"{"error_code":"KAE001","error_msg":"SECRET"}"#),
        (
            401,
            r#"{"errorType":"AccessDeniedError","message":"wrong appKey(SECRET) format"}"#,
        ),
    ];
    for (status, body) in bodies {
        let error = response_as::<ApiError>(status, &[("x-request-id", "req-1")], body);
        let problem = Problem::from(&error);
        let response = problem.to_http_response();
        let shown = [
            json(&problem),
            problem.to_string(),
            format!("{problem:?}"),
            format!("{:?}", response.headers()),
            String::from_utf8(response.body().clone()).unwrap(),
        ];
        for text in shown {
            assert!(!text.contains("SECRET"), "{body}: {text}");
        }
        assert_eq!(problem.kakao_request_id(), Some("req-1"));
    }
}

#[test]
fn the_http_response_is_problem_json() {
    let problem = Problem::from(parse(
        400,
        br#"{"error":"invalid_grant","error_description":"x","error_code":"KOE320"}"#,
    ));
    let response = problem.to_http_response();
    assert_eq!(response.status(), 401);
    assert_eq!(response.headers()["content-type"], CONTENT_TYPE);
    assert_eq!(CONTENT_TYPE, "application/problem+json");
    let body: serde_json::Value = serde_json::from_slice(response.body()).unwrap();
    assert_eq!(body["status"], 401);
    assert_eq!(body["remedy"], "relogin");
    assert_eq!(body["kakao_code"], "KOE320");
    assert_eq!(
        body["type"],
        catalog::table::<kakao_errors::oauth::KoeError>()
            .unwrap()
            .url()
    );
}

#[test]
fn a_status_set_by_the_backend_is_kept_and_retitles_about_blank() {
    let problem = Problem::from(parse(400, br#"{"code":-99999}"#));
    assert_eq!(problem.title(), "Bad Gateway");
    let problem = problem.with_status(424);
    assert_eq!(
        (problem.status(), problem.title()),
        (424, "Failed Dependency")
    );
    assert_eq!(problem.clone().with_status(99).status(), 424);
    assert_eq!(problem.with_status(600).status(), 424);
    // A documented problem keeps its title.
    let problem = Problem::from(parse(400, br#"{"code":-2,"msg":"x"}"#)).with_status(400);
    assert_eq!(
        (problem.status(), problem.title()),
        (400, "Invalid Kakao API request")
    );
}

/// A handler's `Result<_, Problem>` stays small: clippy's `result_large_err` does not fire in
/// the code of every backend that returns one.
#[test]
fn a_problem_is_one_pointer_wide() {
    assert_eq!(size_of::<Problem>(), size_of::<usize>());
    assert_eq!(size_of::<Result<(), Problem>>(), size_of::<usize>());
}
