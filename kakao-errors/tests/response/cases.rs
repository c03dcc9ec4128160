//! Issue 17's bodies: every quoted response gives the remedy written beside it, and a case is
//! named only where it applies.
#![cfg(feature = "http")]

use core::time::Duration;

use kakao_errors::response::{parse, parse_as};
use kakao_errors::rest::ApiError;
use kakao_errors::share::TalkShareError;
use kakao_errors::{KakaoError, Remedy};

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

#[test]
fn an_oauth_invalid_redirect_is_the_redirect_uri_setting() {
    let body = br#"{"error":"invalid_grant","error_description":"Invalid redirect: https://a.example/cb does not match one of the registered values. Please check app settings on kakao developer site."}"#;
    let e = parse(400, body);
    assert_eq!(e.case().unwrap().name(), "InvalidRedirect");
    assert_eq!(e.remedy(), Remedy::FixAppSettings);
    assert!(e.to_string().contains("(case InvalidRedirect)"), "{e}");
    // Any other invalid_grant is still a login to do again.
    let e = parse(
        400,
        br#"{"error":"invalid_grant","error_description":"authorization code not found for code=x","error_code":"KOE320"}"#,
    );
    assert_eq!(e.case(), None);
    assert_eq!(e.remedy(), Remedy::Relogin);
}

#[test]
fn cached_friend_data_is_waited_for_longer_than_a_backoff() {
    let e = parse(
        400,
        br#"{"msg":"given account is not connected to any talk user.","code":-502}"#,
    );
    assert_eq!(e.remedy(), Remedy::RetryLater);
    assert!(!e.is_retryable());
}

#[test]
fn a_template_without_the_message_purpose_is_a_console_setting() {
    let body = br#"{"msg":"template_type (messageType: 'kakaolink/memo API') is invalid. please use 'message API' messageType.","code":-2}"#;
    let e = parse(400, body);
    assert_eq!(e.case().unwrap().name(), "TemplatePurposeNotSet");
    assert_eq!(e.remedy(), Remedy::FixAppSettings);
    // Another -2 stays the request's.
    let e = parse(400, br#"{"msg":"ProfileId is not a number","code":-2}"#);
    assert_eq!((e.case(), e.remedy()), (None, Remedy::FixRequest));
}

#[test]
fn waits_that_the_middleware_takes_are_retryable() {
    let limited = kakao_errors::http::check(
        http::Response::builder()
            .status(429)
            .header("retry-after", "3")
            .body(br#"{"code":-10,"msg":"API limit has been exceeded."}"#.to_vec())
            .unwrap(),
    )
    .unwrap_err();
    assert_eq!(
        limited.remedy(),
        Remedy::Throttled {
            after: Some(Duration::from_secs(3))
        }
    );
    assert!(limited.is_retryable());
    for (status, body) in [(503, &b"<html>Service Unavailable</html>"[..]), (500, b"")] {
        let e = parse(status, body);
        assert!(e.remedy().is_wait(), "{status}");
        assert!(e.is_retryable(), "{status}");
    }
}

#[test]
fn a_rest_401_and_a_kakao_login_koe009_are_never_talk_share_cases() {
    let domain = br#"{"code":-401,"msg":"domain mismatched! caller=https://a.example. check out registered web domains."}"#;
    let e = parse_as::<AppError>(401, domain);
    let line = e.to_string();
    assert!(!line.contains("Talk Share"), "{line}");
    assert!(
        line.contains("(InvalidToken; case DomainMismatched)"),
        "{line}"
    );
    assert_eq!(e.remedy(), Remedy::FixAppSettings);
    let case = e.case().unwrap();
    assert!(
        case.doc_url().contains("kakaotalk-message"),
        "{}",
        case.doc_url()
    );

    let koe = br#"{"error":"misconfigured","error_description":"invalid android_key_hash or ios_bundle_id or web_site_url","error_code":"KOE009"}"#;
    let e = parse_as::<AppError>(401, koe);
    assert!(!e.to_string().contains("Talk Share"), "{e}");
    assert!(!e.to_string().contains("case"), "{e}");
    assert_eq!(e.remedy(), Remedy::FixAppSettings);

    // A Talk Share 4019 with the same message is Talk Share's case.
    let share = br#"{"code":4019,"msg":"domain mismatched! caller=https://a.example"}"#;
    let e = parse_as::<AppError>(401, share);
    assert!(
        e.to_string()
            .contains("(PlatformAuthenticationFailed; case DomainMismatched)"),
        "{e}"
    );
    assert!(e.case().unwrap().doc_url().contains("kakaotalk-share"));
}

#[test]
fn a_moment_813_is_told_apart_by_its_status() {
    let body = br#"{"code":-813,"msg":"KakaoMomentException"}"#;
    assert_eq!(parse(400, body).remedy(), Remedy::OutcomeUnknown);
    let forbidden = parse(403, body);
    assert_eq!(forbidden.case().unwrap().name(), "MomentPermissionDenied");
    assert!(!forbidden.remedy().is_wait());
    assert!(!forbidden.is_retryable());
    let quota = parse(429, body);
    assert_eq!(quota.case().unwrap().name(), "MomentQuotaExceeded");
    assert_eq!(quota.remedy(), Remedy::RetryLater);
}

#[cfg(feature = "serde")]
#[test]
fn a_case_is_in_the_serialized_form() {
    let body = br#"{"code":-401,"msg":"domain mismatched! caller=https://a.example"}"#;
    let v = serde_json::to_value(parse(401, body)).unwrap();
    assert_eq!(v["case"], "DomainMismatched");
    let v = serde_json::to_value(parse(401, br#"{"code":-401,"msg":"expired"}"#)).unwrap();
    assert_eq!(v["case"], serde_json::Value::Null);
}
