//! `ResponseError::remedy`: what to do, from the whole response (status, body, headers).
#![cfg(feature = "response")]

use core::time::Duration;

use kakao_errors::response::{parse, parse_as};
use kakao_errors::share::TalkShareError;
use kakao_errors::{KakaoError, Remedy};

/// The remedy's name and wait, for comparing remedies that borrow different errors.
fn remedy_of(status: u16, body: &[u8]) -> (&'static str, Option<Duration>) {
    named(&parse(status, body).remedy())
}

fn named(remedy: &Remedy<'_>) -> (&'static str, Option<Duration>) {
    (remedy.as_str(), remedy.after())
}

#[test]
fn an_expired_token_is_refreshed_but_a_wrong_domain_or_key_is_a_setting() {
    let token = br#"{"msg":"this access token does not exist","code":-401}"#;
    assert_eq!(remedy_of(401, token), named(&Remedy::RefreshToken));
    for body in [
        &br#"{"msg":"domain mismatched! caller=https://a.example. check out registered web domains.","code":-401}"#[..],
        br#"{"msg":"ip mismatched! callerIp=1.2.3.4. check out registered ips.","code":-401}"#,
        br#"{"msg":"wrong appKey(null) format","code":-401}"#,
        br#"{"name":"KAPIError","msg":"wrong appKey(null) format","code":-401}"#,
        b"[-401] domain mismatched! caller=https://xx. check out registered web domains.",
        br#"{"errorType":"AccessDeniedError","message":"domain mismatched! caller=https://a.example"}"#,
    ] {
        assert_eq!(
            remedy_of(401, body), named(&Remedy::FixAppSettings),
            "{}",
            String::from_utf8_lossy(body)
        );
    }
}

#[test]
fn setting_words_count_only_for_minus_401_or_no_code() {
    // -2 is a wrong parameter, even when the parameter is called `platform`.
    let body = br#"{"msg":"invalid platform parameter","code":-2}"#;
    assert_eq!(remedy_of(400, body), named(&Remedy::FixRequest));
}

#[test]
fn consent_carries_the_scopes_the_body_lists() {
    let body = br#"{"msg":"insufficient scopes.","code":-402,"required_scopes":["account_email","talk_message"],"allowed_scopes":["profile"]}"#;
    let e = parse(403, body);
    let Remedy::RequestConsent { scopes } = e.remedy() else {
        panic!("{:?}", e.remedy());
    };
    assert_eq!(
        scopes.collect::<Vec<_>>(),
        ["account_email", "talk_message"]
    );
    // Without `required_scopes`, the remedy is the same with no scopes.
    let e = parse(403, br#"{"code":-402}"#);
    let Remedy::RequestConsent { scopes } = e.remedy() else {
        panic!();
    };
    assert!(scopes.is_empty());
}

#[test]
fn oauth_errors() {
    let oauth = |error: &str, koe: &str| {
        let body = format!(r#"{{"error":"{error}","error_description":"d","error_code":"{koe}"}}"#);
        remedy_of(400, body.as_bytes())
    };
    assert_eq!(oauth("invalid_grant", "KOE320"), named(&Remedy::Relogin));
    assert_eq!(oauth("invalid_grant", "KOE322"), named(&Remedy::Relogin));
    assert_eq!(
        oauth("misconfigured", "KOE009"),
        named(&Remedy::FixAppSettings)
    );
    // The OAuth `error` decides for a KOE code the table does not document...
    assert_eq!(
        oauth("invalid_client", "KOE999"),
        named(&Remedy::FixAppSettings)
    );
    // ...and the KOE table for one it documents (KOE010: send the client secret).
    assert_eq!(
        oauth("invalid_client", "KOE010"),
        named(&Remedy::FixRequest)
    );
    assert_eq!(
        oauth("invalid_scope", "KOE205"),
        named(&Remedy::FixAppSettings)
    );
    assert_eq!(
        oauth("invalid_request", "KOE201"),
        named(&Remedy::FixRequest)
    );
    assert_eq!(oauth("access_denied", "KOE999"), named(&Remedy::UserAction));
    assert_eq!(
        oauth("consent_required", "KOE999"),
        named(&Remedy::REQUEST_CONSENT)
    );
    assert_eq!(oauth("login_required", "KOE999"), named(&Remedy::Relogin));
    assert_eq!(
        oauth("server_error", "KOE999"),
        named(&Remedy::Retry { after: None })
    );
    assert_eq!(oauth("slow_down", "KOE999"), named(&Remedy::Unknown));
}

#[test]
fn a_koe_table_as_the_type_reads_its_own_rows() {
    use kakao_errors::oauth::BusinessAuthError;

    let body = |koe: &str| format!(r#"{{"error":"invalid_request","error_code":"{koe}"}}"#);
    let business =
        |koe: &str| named(&parse_as::<BusinessAuthError>(400, body(koe).as_bytes()).remedy());
    // KOE008 is a wrong app key in Kakao Login, a wrong app type in Business Authentication.
    assert_eq!(
        remedy_of(400, body("KOE008").as_bytes()),
        named(&Remedy::FixAppSettings)
    );
    assert_eq!(business("KOE008"), named(&Remedy::FixRequest));
    // A code only Business Authentication documents, not the OAuth `error`'s FixRequest.
    assert_eq!(business("KOE125"), named(&Remedy::ContactSupport));
    // A code it does not document: Kakao Login's row.
    assert_eq!(business("KOE320"), named(&Remedy::Relogin));
}

#[test]
fn statuses_without_a_documented_cause() {
    assert_eq!(
        remedy_of(429, b""),
        named(&Remedy::Throttled { after: None })
    );
    assert_eq!(
        remedy_of(503, b"Service Unavailable"),
        named(&Remedy::Maintenance { after: None })
    );
    assert_eq!(
        remedy_of(502, b"<html>Bad Gateway</html>"),
        named(&Remedy::Retry { after: None })
    );
    assert_eq!(remedy_of(504, b""), named(&Remedy::Retry { after: None }));
    assert_eq!(
        remedy_of(500, br#"{"code":-77777}"#),
        named(&Remedy::Retry { after: None })
    );
    assert_eq!(remedy_of(404, b"not found"), named(&Remedy::Unknown));
    assert_eq!(
        remedy_of(400, br#"{"code":-77777}"#),
        named(&Remedy::Unknown)
    );
}

#[test]
fn a_401_without_a_code_or_oauth_error_is_a_token_to_refresh() {
    // Kakao's REST reference: `HTTP/1.1 401 Unauthorized`,
    // `WWW-Authenticate: Bearer error=invalid_token`, whatever body a proxy gives it.
    for body in [
        &b""[..],
        b"Unauthorized",
        b"<html>401</html>",
        br#"{"code":-77777}"#,
    ] {
        assert_eq!(
            remedy_of(401, body),
            named(&Remedy::RefreshToken),
            "{body:?}"
        );
    }
    // An OAuth error Kakao Login does not document is not a token the caller holds.
    assert_eq!(
        remedy_of(401, br#"{"error":"slow_down","error_description":"x"}"#),
        named(&Remedy::Unknown)
    );
    // An OAuth endpoint's 401 is the client's credentials.
    assert_eq!(
        remedy_of(
            401,
            br#"{"error":"invalid_client","error_description":"x"}"#
        ),
        named(&Remedy::FixAppSettings)
    );
}

#[test]
fn a_koe_or_kae_row_answers_when_the_table_does_not_document_the_failure() {
    let koe = |code: &str| {
        parse(
            500,
            format!(r#"{{"error":"server_error","error_description":"x","error_code":"{code}"}}"#)
                .as_bytes(),
        )
    };
    // KOE003, a passing error of the OAuth server: retryable, with its solution, even parsed
    // as the REST table, which has no KOE codes.
    let temporary = koe("KOE003");
    assert!(temporary.cause().is_none());
    assert!(temporary.is_retryable());
    assert!(temporary.solution().unwrap().starts_with("Try it again"));
    // A documented row that says not to retry, and a code no table documents: its OAuth error
    // decides (`server_error`, a passing failure of the server, is retryable; a request the
    // server refuses is not).
    assert!(!koe("KOE320").is_retryable());
    assert!(koe("KOE320").solution().is_some());
    assert!(koe("KOE999").is_retryable());
    assert_eq!(koe("KOE999").solution(), None);
    let refused = parse(
        400,
        br#"{"error":"invalid_request","error_description":"x","error_code":"KOE999"}"#,
    );
    assert!(!refused.is_retryable());

    let kae = |code: &str| {
        parse(
            500,
            format!(r#"{{"error_code":"{code}","error_msg":"x"}}"#).as_bytes(),
        )
    };
    assert!(kae("KAE001").is_retryable());
    assert_eq!(kae("KAE001").solution(), Some("Retry."));
    // A code no table documents: the status decides (a 500 Kakao did not explain is a passing
    // failure; a 400 is not).
    assert!(kae("KAE999").is_retryable());
    let refused = parse(400, br#"{"error_code":"KAE999","error_msg":"x"}"#);
    assert!(!refused.is_retryable());

    // A table of KOE codes answers first with its own row.
    let business = kakao_errors::response::parse_as::<kakao_errors::oauth::BusinessAuthError>(
        400,
        br#"{"error":"invalid_request","error_code":"KOE008"}"#,
    );
    let own = business.documented_cause().unwrap();
    assert_eq!(business.solution(), own.solution());
    assert_eq!(business.is_retryable(), own.is_retryable());
}

#[test]
fn a_429_or_503_refines_a_cause_that_only_says_retry() {
    // The REST table documents -813 (an internal error whose outcome is unknown) with 400
    // only; Kakao Moment sends its quota error as -813 with 429, a case of its own (a quota
    // that resets by itself, later than a backoff).
    let quota = br#"{"code":-813,"msg":"KakaoMomentException"}"#;
    assert_eq!(remedy_of(400, quota), named(&Remedy::OutcomeUnknown));
    assert_eq!(remedy_of(429, quota), named(&Remedy::RetryLater));
    // A 429 turns away a row whose outcome the table leaves unknown: it was not acted on.
    assert_eq!(
        remedy_of(429, br#"{"code":-603}"#),
        named(&Remedy::Throttled { after: None })
    );
    assert_eq!(
        remedy_of(503, br#"{"code":-1}"#),
        named(&Remedy::Maintenance { after: None })
    );
    // A cause that says more keeps its remedy.
    assert_eq!(
        remedy_of(429, br#"{"code":-401}"#),
        named(&Remedy::RefreshToken)
    );
}

#[test]
fn a_documented_cause_gives_its_table_remedy() {
    assert_eq!(
        remedy_of(400, br#"{"code":-1,"msg":"internal"}"#),
        named(&Remedy::Retry { after: None })
    );
    let share = parse_as::<TalkShareError>(400, br#"{"code":4007}"#);
    assert_eq!(share.remedy(), share.documented_cause().unwrap().remedy());
}

#[cfg(feature = "http")]
#[test]
fn retry_after_is_carried_by_waiting_remedies() {
    use kakao_errors::response::ResponseError;
    let response = http::Response::builder()
        .status(429)
        .header("Retry-After", "3")
        .body(Vec::new())
        .unwrap();
    let e: ResponseError = ResponseError::from_http(&response);
    assert_eq!(
        e.remedy(),
        Remedy::Throttled {
            after: Some(Duration::from_secs(3))
        }
    );

    let response = http::Response::builder()
        .status(401)
        .header("Retry-After", "3")
        .body(br#"{"code":-401}"#.to_vec())
        .unwrap();
    // Not a waiting remedy: the header does not change it.
    assert_eq!(
        ResponseError::<kakao_errors::rest::ApiError>::from_http(&response).remedy(),
        Remedy::RefreshToken
    );
}
