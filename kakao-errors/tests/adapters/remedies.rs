//! Feature `reqwest`: the failures issue 17 quotes, each sent by the loopback server with its
//! status and headers, give the remedy the issue writes for it, and a case only where the
//! response's own row has one: through `ResponseError::from_http` and `kakao_check()`, read
//! with the table a user of that product reads it with (and the README's application enum,
//! which wraps Kakao Talk Share's table, for the REST `-401` and Kakao Login's `KOE009`).
#![cfg(feature = "reqwest")]

use kakao_errors::KakaoError;
use kakao_errors::keyword_ad::KeywordAdError;
use kakao_errors::moment::MomentError;
use kakao_errors::reqwest::ResponseExt;
use kakao_errors::response::{ResponseError, parse_as};
use kakao_errors::rest::ApiError;
use kakao_errors::share::TalkShareError;

use crate::server::{Reply, Server, TIMEOUT, runtime};

/// The README's application enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
enum AppError {
    #[kakao(transparent)]
    Kakao(ApiError),
    #[kakao(transparent)]
    Share(TalkShareError),
    #[kakao(other)]
    Unknown(i32),
}

/// One quoted failure and what it must give.
struct Quoted {
    status: u16,
    headers: &'static str,
    body: &'static str,
    remedy: &'static str,
    case: Option<&'static str>,
}

/// Reads `quoted` as `E`, parsed and through `kakao_check()`, and checks both answers.
fn check<E: KakaoError + Send + Sync + 'static>(quoted: &Quoted) {
    let what = quoted.body;
    // Parsed with its headers (`Retry-After`), as `kakao_errors::http` reads a response.
    let mut response = http::Response::builder().status(quoted.status);
    for line in quoted.headers.split_terminator("\r\n") {
        let (name, value) = line.split_once(": ").unwrap();
        response = response.header(name, value);
    }
    let response = response.body(quoted.body.as_bytes()).unwrap();
    let parsed = ResponseError::<E>::from_http(&response);
    assert_eq!(parsed.remedy().as_str(), quoted.remedy, "parse: {what}");
    assert_eq!(
        parsed.case().map(|c| c.name()),
        quoted.case,
        "parse: {what}"
    );

    let server = Server::replying(vec![Reply::Whole(
        quoted.status,
        quoted.headers,
        quoted.body.as_bytes().to_vec(),
    )]);
    let client = reqwest::Client::builder()
        .timeout(TIMEOUT)
        .no_proxy()
        .build()
        .unwrap();
    let e = runtime().block_on(async {
        client
            .get(server.url("/v2/api/talk/memo/default/send"))
            .send()
            .await
            .unwrap()
            .kakao_check()
            .parse_as::<E>()
            .await
            .unwrap_err()
    });
    assert_eq!(e.remedy().as_str(), quoted.remedy, "kakao_check: {what}");
    let response = e.response().expect("a response");
    assert_eq!(response.status(), quoted.status, "{what}");
    assert_eq!(
        response.case().map(|c| c.name()),
        quoted.case,
        "kakao_check: {what}"
    );
    // One answer to "may I send it again".
    assert_eq!(e.is_retryable(), e.remedy().is_wait(), "{what}");
}

const JSON: &str = "Content-Type: application/json;charset=UTF-8\r\n";

#[test]
fn kakao_moment_and_keyword_ad_detail_codes_are_not_retried() {
    check::<MomentError>(&Quoted {
        status: 400,
        headers: JSON,
        body: r#"{"code":-813,"msg":"KakaoMomentException","extras":{"detailCode":21006,"detailMsg":"존재하지 않는 광고계정입니다."}}"#,
        remedy: "fix_request",
        case: Some("AdAccountDoesNotExist"),
    });
    // -813 with 403: the Korean page's row of its own, no permission.
    check::<MomentError>(&Quoted {
        status: 403,
        headers: JSON,
        body: r#"{"code":-813,"msg":"no permission"}"#,
        remedy: "fix_app_settings",
        case: None,
    });
    check::<KeywordAdError>(&Quoted {
        status: 400,
        headers: JSON,
        body: r#"{"code":-820,"msg":"KakaoKeywordAdException","extras":{"detailCode":103005,"detailMsg":"없는 비즈채널입니다."}}"#,
        remedy: "fix_request",
        case: Some("NoSuchBizChannel"),
    });
}

#[test]
fn an_invalid_redirect_is_the_redirect_uri_setting() {
    check::<ApiError>(&Quoted {
        status: 400,
        headers: JSON,
        body: r#"{"error":"invalid_grant","error_description":"Invalid redirect: JS-SDK does not match one of the registered values. Please check app settings on kakao developer site."}"#,
        remedy: "fix_app_settings",
        case: Some("InvalidRedirect"),
    });
}

#[test]
fn talk_message_waits_and_template_purposes_are_what_the_pages_say() {
    // "retry after cached data expires": minutes, not a backoff.
    check::<ApiError>(&Quoted {
        status: 400,
        headers: JSON,
        body: r#"{"code":-502,"msg":"retry after cached data expires"}"#,
        remedy: "retry_later",
        case: None,
    });
    check::<ApiError>(&Quoted {
        status: 400,
        headers: JSON,
        body: r#"{"msg":"template_type (messageType: 'kakaolink/memo API') is invalid. please use 'message API' messageType.","code":-2}"#,
        remedy: "fix_app_settings",
        case: Some("TemplatePurposeNotSet"),
    });
}

#[test]
fn a_429_with_retry_after_a_503_page_and_an_empty_500_are_waited_for() {
    check::<ApiError>(&Quoted {
        status: 429,
        headers: "Retry-After: 30\r\nContent-Type: application/json\r\n",
        body: r#"{"code":-10,"msg":"API limit has been exceeded."}"#,
        remedy: "throttled",
        case: None,
    });
    check::<ApiError>(&Quoted {
        status: 503,
        headers: "Content-Type: text/html\r\n",
        body: "<html><title>503 Service Temporarily Unavailable</title></html>",
        remedy: "maintenance",
        case: None,
    });
    check::<ApiError>(&Quoted {
        status: 500,
        headers: "",
        body: "",
        remedy: "retry",
        case: None,
    });
}

#[test]
fn the_readme_enum_names_no_talk_share_case_for_a_rest_401_or_a_koe009() {
    check::<AppError>(&Quoted {
        status: 401,
        headers: JSON,
        body: r#"{"msg":"domain mismatched! caller=https://a.example.com","code":-401}"#,
        remedy: "fix_app_settings",
        case: Some("DomainMismatched"),
    });
    // The REST API's case of -401, not Kakao Talk Share's 4019 one of the same name.
    let e = parse_as::<AppError>(
        401,
        br#"{"msg":"domain mismatched! caller=https://a.example.com","code":-401}"#,
    );
    assert!(!e.case().unwrap().doc_url().contains("kakaotalk-share"));
    assert!(!e.to_string().contains("4019"), "{e}");
    check::<AppError>(&Quoted {
        status: 401,
        headers: JSON,
        body: r#"{"error":"misconfigured","error_description":"invalid android_key_hash or ios_bundle_id or web_site_url","error_code":"KOE009"}"#,
        remedy: "fix_app_settings",
        case: None,
    });
}
