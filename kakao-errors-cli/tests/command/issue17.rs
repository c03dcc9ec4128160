//! The bodies issue 17 quotes, through `kakao-errors explain --json`: each gives the remedy the
//! issue writes for it, and a case only where the response's own row has one (never a Talk
//! Share case for a REST `-401` or a Kakao Login `KOE009`).

use crate::support::{cmd, cmd_stdin};
use serde_json::Value;

/// `explain --json --status <status> <body>`.
fn explain(status: u16, body: &str) -> Value {
    cmd(&["--json", "--status", &status.to_string(), body]).json()
}

/// Whether a remedy's name is one of sending the request again after a backoff.
fn resends(remedy: &Value) -> bool {
    matches!(
        remedy["name"].as_str(),
        Some("retry" | "throttled" | "maintenance")
    )
}

#[test]
fn moment_813_with_a_detail_code_is_that_detail_not_a_retry() {
    // "the ad account does not exist": a permanent failure.
    let body = r#"{"code":-813,"msg":"KakaoMomentException","extras":{"detailCode":21006,"detailMsg":"존재하지 않는 광고계정입니다."}}"#;
    let v = explain(400, body);
    assert_eq!(v["case"]["name"], "AdAccountDoesNotExist");
    assert_eq!(v["case"]["detail_code"], 21006);
    assert_eq!(v["remedy"]["name"], "fix_request");
    assert!(!resends(&v["remedy"]));
}

#[test]
fn moment_813_with_403_is_no_permission_not_a_retry() {
    let v = explain(403, r#"{"code":-813,"msg":"no permission"}"#);
    assert_eq!(v["remedy"]["name"], "fix_app_settings");
    assert_eq!(v["response"]["name"], "MomentPermissionDenied");
    assert!(!resends(&v["remedy"]));
}

#[test]
fn keyword_ad_820_with_a_detail_code_is_that_detail_not_a_retry() {
    let body = r#"{"code":-820,"msg":"KakaoKeywordAdException","extras":{"detailCode":103005,"detailMsg":"x"}}"#;
    let v = explain(400, body);
    assert_eq!(v["case"]["name"], "NoSuchBizChannel");
    assert_eq!(v["remedy"]["name"], "fix_request");
}

#[test]
fn an_invalid_redirect_is_the_redirect_uri_setting_not_a_relogin() {
    let body = r#"{"error":"invalid_grant","error_description":"Invalid redirect: JS-SDK does not match one of the registered values. Please check app settings on kakao developer site."}"#;
    let v = explain(400, body);
    assert_eq!(v["case"]["name"], "InvalidRedirect");
    assert_eq!(v["remedy"]["name"], "fix_app_settings");
    assert_eq!(v["documented"], true);
}

#[test]
fn talk_message_502_waits_for_cached_data_not_a_backoff() {
    let v = explain(
        400,
        r#"{"code":-502,"msg":"retry after cached data expires"}"#,
    );
    assert_eq!(v["remedy"]["name"], "retry_later");
    assert!(!resends(&v["remedy"]));
}

#[test]
fn a_template_type_of_the_wrong_purpose_is_a_console_setting() {
    let body = r#"{"msg":"template_type (messageType: 'kakaolink/memo API') is invalid. please use 'message API' messageType.","code":-2}"#;
    let v = explain(400, body);
    assert_eq!(v["case"]["name"], "TemplatePurposeNotSet");
    assert_eq!(v["remedy"]["name"], "fix_app_settings");
}

#[test]
fn a_429_with_retry_after_a_503_page_and_an_empty_500_wait_and_resend() {
    let curl = "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 30\r\n\r\n{\"code\":-10,\"msg\":\"API limit has been exceeded.\"}";
    let v = cmd_stdin(&["--json", "-"], curl.as_bytes()).json();
    assert_eq!(v["remedy"]["name"], "throttled");
    assert_eq!(v["remedy"]["after_secs"], 30);
    let page = explain(
        503,
        "<html><title>503 Service Temporarily Unavailable</title></html>",
    );
    assert_eq!(page["remedy"]["name"], "maintenance");
    let empty = explain(500, "");
    assert_eq!(empty["remedy"]["name"], "retry");
    for v in [&v, &page, &empty] {
        assert!(resends(&v["remedy"]), "{}", v["remedy"]);
    }
}

#[test]
fn a_rest_401_and_a_koe009_name_no_talk_share_case() {
    // A REST -401 from /v2/user/me: the REST API's case of -401, a web domain to register.
    let v = explain(
        401,
        r#"{"msg":"domain mismatched! caller=https://a.example.com","code":-401}"#,
    );
    assert_eq!(v["remedy"]["name"], "fix_app_settings");
    assert_eq!(v["case"]["name"], "DomainMismatched");
    let page = v["case"]["page"].as_str().unwrap();
    assert!(!page.contains("kakaotalk-share"), "{page}");
    assert!(v["troubleshooting"].as_array().unwrap().is_empty());
    // Kakao Login's KOE009: its own row, no case.
    let v = explain(
        401,
        r#"{"error":"misconfigured","error_description":"invalid android_key_hash or ios_bundle_id or web_site_url","error_code":"KOE009"}"#,
    );
    assert_eq!(v["remedy"]["name"], "fix_app_settings");
    assert!(v["case"].is_null(), "{}", v["case"]);
    assert!(v["troubleshooting"].as_array().unwrap().is_empty());
    assert_eq!(v["entries"][0]["family"], "login");
    // In text too: no Talk Share case named.
    let out = cmd(&[
        "--status",
        "401",
        r#"{"msg":"domain mismatched! caller=https://a.example.com","code":-401}"#,
    ]);
    assert!(!out.stdout.contains("4019"), "{}", out.stdout);
}

#[test]
fn a_talk_share_4019_names_its_talk_share_case() {
    let v = explain(
        401,
        r#"{"code":4019,"msg":"domain mismatched! caller=https://a.example.com"}"#,
    );
    assert_eq!(v["case"]["name"], "DomainMismatched");
    assert!(
        v["case"]["page"]
            .as_str()
            .unwrap()
            .contains("kakaotalk-share")
    );
    assert_eq!(v["remedy"]["name"], "fix_app_settings");
}
