//! Every body shape, from real-looking samples, and the tolerance cases.
#![cfg(feature = "response")]

use kakao_errors::KakaoError;
use kakao_errors::mobility::MobilityError;
use kakao_errors::oauth::OAuthError;
use kakao_errors::response::{BodyKind, EXCERPT_LIMIT, ResponseError, parse, parse_as};
use kakao_errors::rest::{ApiError, Common, Login, TalkMessage};
use kakao_errors::share::{SubError, TalkShareError};

fn scopes(scopes: Option<kakao_errors::TextList<'_>>) -> Option<Vec<&str>> {
    scopes.map(Iterator::collect)
}

#[test]
fn rest_402_keeps_cause_code_message_and_scopes() {
    let body = br#"{"msg":"[KakaoTalk message] insufficient scopes.","code":-402,"api_type":"TALK_MEMO_DEFAULT_SEND","allowed_scopes":["profile","friends"],"required_scopes":["talk_message"]}"#;
    let e = parse(403, body);
    assert_eq!(e.status(), 403);
    assert_eq!(e.kind(), BodyKind::Rest);
    assert_eq!(e.code(), Some(-402));
    assert_eq!(e.cause(), Some(&ApiError::Login(Login::InsufficientScope)));
    assert_eq!(
        e.documented_cause(),
        Some(&ApiError::Login(Login::InsufficientScope))
    );
    assert_eq!(
        e.message(),
        Some("[KakaoTalk message] insufficient scopes.")
    );
    assert_eq!(scopes(e.required_scopes()), Some(vec!["talk_message"]));
    assert_eq!(scopes(e.allowed_scopes()), Some(vec!["profile", "friends"]));
    assert_eq!(e.api_type(), Some("TALK_MEMO_DEFAULT_SEND"));
    assert!(!e.is_retryable());
    assert_eq!(e.solution(), Login::InsufficientScope.solution());
    assert!(e.solution().is_some());
    assert!(e.is_complete());
    assert_eq!(e.excerpt(), None);
    assert_eq!(e.oauth_error(), None);
    assert_eq!(e.koe_code(), None);
    assert_eq!(e.js_error_name(), None);
    assert_eq!(e.share_sub_error(), None);
    assert_eq!(e.body_len(), body.len());
    assert_eq!(
        e.to_string(),
        "Kakao API error: HTTP 403, code -402 (InsufficientScope): [KakaoTalk message] insufficient scopes."
    );
}

#[test]
fn rest_scopes_iterate_both_ways_with_exact_length() {
    let e = parse(
        403,
        br#"{"code":-402,"required_scopes":["a","b","c"],"allowed_scopes":[]}"#,
    );
    let required = e.required_scopes().unwrap();
    assert_eq!(required.len(), 3);
    assert_eq!(required.clone().rev().collect::<Vec<_>>(), ["c", "b", "a"]);
    assert_eq!(format!("{required:?}"), r#"["a", "b", "c"]"#);
    // Present but empty is not absent.
    assert_eq!(scopes(e.allowed_scopes()), Some(vec![]));
    assert_eq!(
        scopes(parse(403, br#"{"code":-402}"#).required_scopes()),
        None
    );
}

#[test]
fn rest_retryable_and_documented_solution() {
    let e = parse(400, br#"{"code":-1,"msg":"internal error"}"#);
    assert_eq!(e.cause(), Some(&ApiError::Common(Common::InternalError)));
    assert!(e.is_retryable());
    assert_eq!(e.solution(), Common::InternalError.solution());
}

#[test]
fn korean_escaped_message_is_unescaped() {
    // "카카오톡 메시지 전송 한도 초과" sent with \u escapes, plus an escaped quote.
    let body = br#"{"code":-532,"msg":"\uce74\uce74\uc624\ud1a1 \uba54\uc2dc\uc9c0 \uc804\uc1a1 \ud55c\ub3c4 \ucd08\uacfc \"daily\""}"#;
    let e = parse(400, body);
    assert_eq!(
        e.message(),
        Some("카카오톡 메시지 전송 한도 초과 \"daily\"")
    );
    assert_eq!(
        e.cause(),
        Some(&ApiError::TalkMessage(
            TalkMessage::TalkSendMessageDailyLimitExceed
        ))
    );
    // Raw UTF-8 Korean works as well.
    let e = parse(400, "{\"code\":-1,\"msg\":\"내부 서버 오류\"}".as_bytes());
    assert_eq!(e.message(), Some("내부 서버 오류"));
}

#[test]
fn oauth_body_keeps_error_description_and_koe_code() {
    let body = br#"{"error":"invalid_grant","error_description":"authorization code not found for code=Zx9","error_code":"KOE320"}"#;
    let e = parse(400, body);
    assert_eq!(e.kind(), BodyKind::OAuth);
    assert_eq!(e.oauth_error(), Some(&OAuthError::InvalidGrant));
    assert_eq!(e.koe_code(), Some("KOE320"));
    assert_eq!(
        e.message(),
        Some("authorization code not found for code=Zx9")
    );
    assert_eq!(e.code(), None);
    assert_eq!(e.cause(), None);
    assert!(!e.is_retryable());
    assert_eq!(e.share_sub_error(), None);
    // The authorization code Kakao echoes is redacted from the line (`message()` has it), and
    // shown by the view that asks for it.
    assert_eq!(
        e.to_string(),
        "Kakao API error: HTTP 400, OAuth error invalid_grant (KOE320): authorization code not found for code=<redacted>"
    );
    assert_eq!(
        e.unredacted().to_string(),
        "Kakao API error: HTTP 400, OAuth error invalid_grant (KOE320): authorization code not found for code=Zx9"
    );
}

#[test]
fn oauth_every_known_error_value_and_unknown_kept() {
    for known in OAuthError::VARIANTS {
        let body = format!(
            r#"{{"error":"{}","error_description":"x"}}"#,
            known.as_str()
        );
        let e = parse(401, body.as_bytes());
        assert_eq!(e.kind(), BodyKind::OAuth);
        assert_eq!(e.oauth_error(), Some(known));
        assert!(known.is_known());
    }
    assert_eq!(OAuthError::VARIANTS.len(), 12);
    let e = parse(400, br#"{"error":"temporarily_unavailable"}"#);
    assert_eq!(
        e.oauth_error(),
        Some(&OAuthError::Other("temporarily_unavailable".into()))
    );
    assert_eq!(e.oauth_error().unwrap().as_str(), "temporarily_unavailable");
    assert_eq!("misconfigured".parse(), Ok(OAuthError::Misconfigured));
    assert_eq!(OAuthError::ConsentRequired.to_string(), "consent_required");
}

#[test]
fn oauth_misconfigured_is_a_kakao_login_error_whoever_reads_it() {
    let body = br#"{"error":"misconfigured","error_description":"invalid android_key_hash or ios_bundle_id or web_site_url","error_code":"KOE009"}"#;
    // Read by the Talk Share table or the REST parser, a KOE009 is Kakao Login's row: no
    // Talk Share case is named (that is only for a response whose row is Talk Share's 4019).
    // Asked for explicitly, the Talk Share reading is still there.
    for line in [
        parse_as::<TalkShareError>(401, body).to_string(),
        parse(401, body).to_string(),
    ] {
        assert_eq!(
            line,
            "Kakao API error: HTTP 401, OAuth error misconfigured (KOE009): invalid android_key_hash or ios_bundle_id or web_site_url"
        );
    }
    let e = parse_as::<TalkShareError>(401, body);
    assert_eq!(e.oauth_error(), Some(&OAuthError::Misconfigured));
    assert_eq!(e.koe_code(), Some("KOE009"));
    assert_eq!(e.case(), None);
    assert_eq!(e.share_sub_error(), Some(SubError::Misconfigured));
    assert_eq!(e.remedy(), kakao_errors::Remedy::FixAppSettings);
}

#[test]
fn javascript_sdk_error() {
    let body = br#"{"name":"KAPIError","msg":"wrong appKey(null) format","code":-401}"#;
    let e = parse(401, body);
    assert_eq!(e.kind(), BodyKind::JavaScript);
    assert_eq!(e.js_error_name(), Some("KAPIError"));
    assert_eq!(e.code(), Some(-401));
    assert_eq!(e.cause(), Some(&ApiError::Common(Common::InvalidToken)));
    assert_eq!(e.message(), Some("wrong appKey(null) format"));
    assert_eq!(e.share_sub_error(), Some(SubError::WrongAppKeyFormat));
    assert_eq!(
        e.to_string(),
        "Kakao API error: HTTP 401, KAPIError, code -401 (InvalidToken; case WrongAppKeyFormat): wrong appKey(null) format"
    );
    // Talk Share's table does not document -401: the REST API's row, and its case, answer.
    let e = parse_as::<TalkShareError>(401, body);
    assert_eq!(
        e.to_string(),
        "Kakao API error: HTTP 401, KAPIError, code -401 (undocumented; case WrongAppKeyFormat): wrong appKey(null) format"
    );
}

#[test]
fn plain_text_code_in_brackets() {
    let body = b"[-401] domain mismatched! caller=https://xx. check out registered web domains.";
    let e = parse(401, body);
    assert_eq!(e.kind(), BodyKind::Text);
    assert_eq!(e.code(), Some(-401));
    assert_eq!(e.cause(), Some(&ApiError::Common(Common::InvalidToken)));
    assert_eq!(
        e.message(),
        Some("domain mismatched! caller=https://xx. check out registered web domains.")
    );
    assert_eq!(e.share_sub_error(), Some(SubError::DomainMismatched));
    assert!(e.is_complete());

    // Whitespace around, a plus sign, an empty message.
    let e = parse(500, b"  \r\n[ +5001 ]\n");
    assert_eq!(
        (e.kind(), e.code(), e.message()),
        (BodyKind::Text, Some(5001), Some(""))
    );

    // A bracket that holds no code is no text shape.
    let e = parse(400, b"[error] something");
    assert_eq!(e.kind(), BodyKind::Unreadable);
    assert_eq!(e.excerpt(), Some("[error] something"));
    // A JSON array is not an error object.
    let e = parse(400, br#"[{"code":-401}]"#);
    assert_eq!((e.kind(), e.code()), (BodyKind::Unreadable, None));
}

#[test]
fn plain_text_code_beyond_i64_is_kept_as_text() {
    let e = parse(400, b"[-99999999999999999999] overflow");
    assert_eq!(e.kind(), BodyKind::Text);
    assert_eq!(e.code(), None);
    assert_eq!(e.unparsed_code(), Some("-99999999999999999999"));
    assert_eq!(e.message(), Some("overflow"));
}

#[test]
fn plain_text_message_is_bounded() {
    let mut body = b"[-401] ".to_vec();
    body.extend(std::iter::repeat_n(b'z', 5_000));
    let e = parse(401, &body);
    assert_eq!(e.code(), Some(-401));
    assert_eq!(e.message().unwrap().len(), EXCERPT_LIMIT);
    // The cut is not silent: the body is not complete, its beginning is kept, and `Display`
    // shows the cut with the message's length.
    assert!(!e.is_complete());
    assert_eq!(
        e.excerpt(),
        std::str::from_utf8(&body[..EXCERPT_LIMIT]).ok()
    );
    let line = e.to_string();
    assert!(
        line.ends_with(&format!("{}… (5000 bytes)", "z".repeat(10))),
        "{line}"
    );
    // Bytes that are not UTF-8 grow as U+FFFD: a short message can be cut too.
    let mut body = b"[-401] ".to_vec();
    body.extend(b"\xff".repeat(200));
    let e = parse(401, &body);
    assert!(e.message().unwrap().len() <= EXCERPT_LIMIT);
    assert!(!e.is_complete());
    assert!(e.to_string().ends_with("… (200 bytes)"), "{e}");
    // A message of exactly the limit is whole.
    let mut body = b"[-401] ".to_vec();
    body.extend(std::iter::repeat_n(b'z', EXCERPT_LIMIT));
    let e = parse(401, &body);
    assert!(e.is_complete());
    assert_eq!(
        (e.excerpt(), e.message().map(str::len)),
        (None, Some(EXCERPT_LIMIT))
    );
    assert!(!e.to_string().contains('…'));
}

#[test]
fn html_from_a_gateway_is_an_excerpt() {
    let body = b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n";
    let e = parse(502, body);
    assert_eq!(e.kind(), BodyKind::Unreadable);
    assert_eq!(e.status(), 502);
    assert_eq!(e.code(), None);
    assert_eq!(e.cause(), None);
    assert_eq!(e.message(), None);
    assert_eq!(e.excerpt(), Some(std::str::from_utf8(body).unwrap()));
    assert!(e.is_retryable(), "a gateway's 502 may be retried");
    assert!(!e.is_complete());
    let line = e.to_string();
    let start = format!(
        "Kakao API error: HTTP 502, unreadable body ({} bytes): \"<html>\\r\\n<head>",
        body.len()
    );
    assert!(line.starts_with(&start), "{line}");
    assert!(!line.contains('\n'));
    // 500 and 503 from a gateway too, as their remedies say (a wait): `is_retryable()` is
    // `remedy().is_wait()`. (For a request that is not idempotent, the integrations say the
    // outcome is unknown instead.)
    assert!(parse(503, body).is_retryable());
    assert!(parse(503, body).remedy().is_wait());
    assert!(parse(500, body).is_retryable());
}

#[test]
fn empty_bodies() {
    for body in [&b""[..], b"   \r\n\t "] {
        let e = parse(504, body);
        assert_eq!(e.kind(), BodyKind::Empty);
        assert_eq!(e.status(), 504);
        assert_eq!(e.body_len(), body.len());
        assert!(e.is_retryable());
        assert_eq!(e.to_string(), "Kakao API error: HTTP 504, empty body");
    }
}

#[test]
fn not_utf8_is_replaced_in_the_excerpt() {
    let e = parse(500, b"\xff\xfe<\x00h\x00t\x00m\x00l\x00>");
    assert_eq!(e.kind(), BodyKind::Unreadable);
    assert_eq!(e.excerpt(), Some("\u{fffd}\u{fffd}<\0h\0t\0m\0l\0>"));
    // A body of invalid bytes only: still bounded in bytes.
    let e = parse(500, &[0xC0; 4096]);
    assert!(e.excerpt().unwrap().len() <= EXCERPT_LIMIT);
    assert!(e.excerpt().unwrap().chars().all(|c| c == '\u{fffd}'));
}

/// A JSON body that is not UTF-8 grows when made valid (each invalid run becomes a three-byte
/// U+FFFD): its decoded strings get only the room left under twice the body. The codes come
/// first; a text past the room is kept cut, a list item dropped, and the body says so.
#[test]
fn a_json_body_not_utf8_keeps_its_strings_within_twice_the_body() {
    let pieces = 10_000;
    let mut body = br#"{"msg":""#.to_vec();
    body.extend(b"\xff\\n".repeat(pieces));
    body.extend(
        br#"","required_scopes":["a","\u0062bbb"],"error_code":"KOE\u0033\u0032\u0030","code":-401}"#,
    );
    let e = parse(401, &body);
    assert_eq!((e.kind(), e.code()), (BodyKind::Rest, Some(-401)));
    assert_eq!(e.koe_code(), Some("KOE320"));
    let message = e.message().unwrap();
    assert!(message.starts_with("\u{fffd}\n\u{fffd}\n"));
    assert!(message.len() < pieces * 4);
    assert!(!e.is_complete());
    assert!(e.excerpt().is_some());
    // The cut shows, with the length the whole message has.
    let line = e.to_string();
    assert!(
        line.ends_with(&format!("… ({} bytes)", pieces * 4)),
        "{line}"
    );
    // The escaped scope found no room (the message took it): dropped, not cut.
    assert_eq!(scopes(e.required_scopes()), Some(vec!["a"]));

    // With room (the text grew little), everything is decoded, and the body is complete.
    let mut body = br#"{"msg":"a\n"#.to_vec();
    body.push(0xff);
    body.extend(br#"","required_scopes":["\u0062"],"code":-401}"#);
    let e = parse(401, &body);
    assert_eq!(e.message(), Some("a\n\u{fffd}"));
    assert_eq!(scopes(e.required_scopes()), Some(vec!["b"]));
    assert!(e.is_complete(), "{e:?}");
    assert_eq!(e.excerpt(), None);
}

#[test]
fn huge_body_is_cut_to_a_bounded_excerpt() {
    let mut body = "<html>".to_owned();
    while body.len() < 10 << 20 {
        body.push_str("가나다라마바사 ");
    }
    let e = parse(502, body.as_bytes());
    let excerpt = e.excerpt().unwrap();
    assert!(excerpt.len() <= EXCERPT_LIMIT && excerpt.len() > EXCERPT_LIMIT - 4);
    assert!(body.starts_with(excerpt));
    assert_eq!(e.body_len(), body.len());
}

#[test]
fn huge_valid_json_keeps_its_code() {
    let mut body = String::from(r#"{"code":-603,"padding":""#);
    body.push_str(&"x".repeat(10 << 20));
    body.push_str(r#"","msg":"timeout"}"#);
    let e = parse(400, body.as_bytes());
    assert_eq!(e.cause(), Some(&ApiError::Common(Common::ServerTimeOut)));
    assert_eq!(e.message(), Some("timeout"));
    assert!(e.is_complete());
}

#[test]
fn truncated_json_keeps_the_fields_read_before_the_break() {
    let full = br#"{"code":-402,"msg":"insufficient scopes","required_scopes":["talk_message"]}"#;
    let e = parse(403, &full[..40]);
    assert_eq!(e.kind(), BodyKind::Rest);
    assert_eq!(e.code(), Some(-402));
    assert_eq!(e.message(), Some("insufficient scopes"));
    assert!(!e.is_complete());
    assert_eq!(e.excerpt(), Some(std::str::from_utf8(&full[..40]).unwrap()));
    assert!(e.to_string().ends_with("(body cut short)"), "{e}");

    // Cut inside a string: the half string is not kept.
    let e = parse(403, &full[..25]);
    assert_eq!((e.code(), e.message()), (Some(-402), None));

    // Cut right after a number: the number may be cut too, so it is not trusted.
    let e = parse(403, br#"{"msg":"x","code":-40"#);
    assert_eq!(e.code(), None);
    assert_eq!(e.message(), Some("x"));
    assert!(e.excerpt().is_some());
    // ... but a quoted code is whole.
    let e = parse(403, br#"{"code":"-402""#);
    assert_eq!(e.code(), Some(-402));

    // Cut before anything known: unreadable.
    let e = parse(403, br#"{"unrelated":1,"co"#);
    assert_eq!((e.kind(), e.code()), (BodyKind::Unreadable, None));
    assert_eq!(e.excerpt(), Some(r#"{"unrelated":1,"co"#));
}

#[test]
fn trailing_bytes_after_the_object_are_tolerated() {
    let e = parse(400, b"{\"code\":-2,\"msg\":\"bad\"}\n<!-- gateway -->");
    assert_eq!(e.cause(), Some(&ApiError::Common(Common::IllegalParams)));
    assert_eq!(e.message(), Some("bad"));
    assert!(!e.is_complete());
    assert!(e.excerpt().unwrap().contains("gateway"));
}

#[test]
fn tolerant_fields() {
    // Missing msg.
    let e = parse(400, br#"{"code":-2}"#);
    assert_eq!((e.code(), e.message()), (Some(-2), None));
    assert_eq!(
        e.to_string(),
        format!(
            "Kakao API error: HTTP 400, code -2 (IllegalParams): {}",
            Common::IllegalParams.message()
        )
    );
    // Code as a string, with spaces.
    let e = parse(403, br#"{"code":" -402 ","msg":"m"}"#);
    assert_eq!(e.cause(), Some(&ApiError::Login(Login::InsufficientScope)));
    // Null fields everywhere.
    let e = parse(
        400,
        br#"{"code":-2,"msg":null,"required_scopes":null,"api_type":null,"name":null}"#,
    );
    assert_eq!(
        (e.kind(), e.code(), e.message()),
        (BodyKind::Rest, Some(-2), None)
    );
    assert!(e.required_scopes().is_none() && e.api_type().is_none());
    // Null code.
    let e = parse(400, br#"{"code":null,"msg":"no code"}"#);
    assert_eq!(
        (e.kind(), e.code(), e.message()),
        (BodyKind::Rest, None, Some("no code"))
    );
    // Fields of unexpected types are skipped, the rest kept.
    let e = parse(
        400,
        br#"{"msg":{"text":"nested"},"extra":[1,{"a":null}],"code":-2,"api_type":7,"required_scopes":["a",1,null,"b"]}"#,
    );
    assert_eq!(
        (e.code(), e.message(), e.api_type()),
        (Some(-2), None, None)
    );
    assert_eq!(scopes(e.required_scopes()), Some(vec!["a", "b"]));
    // A code as an integral float.
    assert_eq!(parse(400, br#"{"code":-402.0}"#).code(), Some(-402));
    // Repeated keys: the first wins.
    let e = parse(
        400,
        br#"{"code":-1,"msg":"first","code":-2,"msg":"second"}"#,
    );
    assert_eq!((e.code(), e.message()), (Some(-1), Some("first")));
    // A UTF-8 byte order mark.
    assert_eq!(parse(400, b"\xEF\xBB\xBF{\"code\":-2}").code(), Some(-2));
}

#[test]
fn codes_outside_i32_are_kept_raw() {
    let e = parse(400, br#"{"code":99999999999,"msg":"big"}"#);
    assert_eq!(e.code(), Some(99_999_999_999));
    assert_eq!(e.cause(), None);
    assert_eq!(e.documented_cause(), None);
    assert!(
        e.to_string().contains("code 99999999999 (undocumented)"),
        "{e}"
    );

    let e = parse(400, br#"{"code":18446744073709551615}"#);
    assert_eq!(e.code(), None);
    assert_eq!(e.unparsed_code(), Some("18446744073709551615"));
    assert_eq!(e.kind(), BodyKind::Rest);

    let e = parse(400, br#"{"code":-402.5}"#);
    assert_eq!((e.code(), e.unparsed_code()), (None, Some("-402.5")));

    let e = parse(400, br#"{"code":"E-42","msg":"odd"}"#);
    assert_eq!((e.code(), e.unparsed_code()), (None, Some("E-42")));
    assert!(e.to_string().contains(r#"code "E-42""#), "{e}");
}

#[test]
fn unknown_codes_go_through_the_catch_all() {
    let e = parse(400, br#"{"code":-12345,"msg":"new"}"#);
    assert_eq!(e.cause(), Some(&ApiError::Unknown(-12345)));
    assert_eq!(e.documented_cause(), None);
    assert_eq!(e.solution(), None);
    assert!(!e.is_retryable());
    assert_eq!(
        e.to_string(),
        "Kakao API error: HTTP 400, code -12345 (undocumented): new"
    );
}

/// A table without a catch-all: unknown codes give no cause, but the code is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
enum Billing {
    /// The card was declined.
    #[kakao(code = 7001, status = 402, solution = "Ask for another card.")]
    CardDeclined,
    /// The gateway timed out.
    #[kakao(code = 7002, status = 504, retry = true)]
    GatewayTimeout,
}

#[test]
fn user_table_without_catch_all() {
    let e = parse_as::<Billing>(402, br#"{"code":7001,"msg":"declined"}"#);
    assert_eq!(e.cause(), Some(&Billing::CardDeclined));
    assert_eq!(e.solution(), Some("Ask for another card."));
    let e = parse_as::<Billing>(504, br#"{"code":7002}"#);
    assert!(e.is_retryable());
    assert_eq!(e.into_cause(), Some(Billing::GatewayTimeout));
    let e = parse_as::<Billing>(400, br#"{"code":-402}"#);
    assert_eq!((e.code(), e.cause()), (Some(-402), None));
    let e: ResponseError<Billing> = parse_as(400, b"[7002] timeout");
    assert_eq!(e.cause(), Some(&Billing::GatewayTimeout));
}

#[test]
fn mobility_table() {
    let e = parse_as::<MobilityError>(500, br#"{"code": -1, "msg": "internal server error"}"#);
    assert_eq!(e.cause(), Some(&MobilityError::InternalError));
    assert_eq!(e.cause().unwrap().status(), Some(500));
    assert!(e.is_retryable());
}

#[test]
fn talk_share_4019_names_the_sub_error_from_the_message() {
    let e = parse_as::<TalkShareError>(
        401,
        br#"{"code":4019,"msg":"domain mismatched! caller=https://example.com"}"#,
    );
    assert_eq!(
        e.cause(),
        Some(&TalkShareError::PlatformAuthenticationFailed)
    );
    assert_eq!(e.share_sub_error(), Some(SubError::DomainMismatched));
    assert!(
        e.to_string()
            .contains("code 4019 (PlatformAuthenticationFailed; case DomainMismatched)"),
        "{e}"
    );
    assert_eq!(
        e.case().unwrap().steps(),
        SubError::DomainMismatched.steps()
    );
    // 4019 without a recognisable message: no sub-error.
    let e = parse_as::<TalkShareError>(401, br#"{"code":4019,"msg":"other"}"#);
    assert_eq!(e.share_sub_error(), None);
    // A REST error with another code that merely mentions it is not taken for one.
    let e = parse(400, br#"{"code":-2,"msg":"domain mismatched"}"#);
    assert_eq!(e.share_sub_error(), None);
}

#[test]
fn rest_401_bodies_carry_the_sub_errors_the_javascript_and_text_bodies_do() {
    for (body, sub) in [
        (
            &br#"{"code":-401,"msg":"domain mismatched! caller=https://example.com. check out registered web domains."}"#[..],
            SubError::DomainMismatched,
        ),
        (
            br#"{"msg":"wrong appKey(KakaoAK abc) format","code":-401}"#,
            SubError::WrongAppKeyFormat,
        ),
    ] {
        // Whoever reads it, a -401 is the REST API's row: its case, never Talk Share's 4019.
        let share = parse_as::<TalkShareError>(401, body);
        assert_eq!(share.kind(), BodyKind::Rest);
        assert_eq!(share.share_sub_error(), Some(sub));
        let rest = parse(401, body);
        assert_eq!(rest.share_sub_error(), Some(sub));
        let name = match sub {
            SubError::DomainMismatched => "DomainMismatched",
            _ => "WrongAppKeyFormat",
        };
        for case in [share.case(), rest.case()] {
            let case = case.unwrap();
            assert_eq!(case.name(), name);
            assert_eq!(case.remedy(), kakao_errors::Remedy::FixAppSettings);
        }
        assert!(rest.to_string().contains(&format!("(InvalidToken; case {name})")));
        assert!(!share.to_string().contains("Talk Share"), "{share}");
        assert!(!rest.to_string().contains("Talk Share"), "{rest}");
    }
    // -401 for an expired token: no sub-error.
    let e = parse_as::<TalkShareError>(
        401,
        br#"{"code":-401,"msg":"this access token does not exist"}"#,
    );
    assert_eq!(e.share_sub_error(), None);
}

/// A message is searched for a sub-error in its first 1024 bytes only, so a huge one costs
/// no more to read (or to display) than a short one.
#[test]
fn sub_errors_are_looked_for_at_the_start_of_a_message() {
    let padding = "x".repeat(1024 - "domain mismatched".len());
    let near = format!(r#"{{"code":-401,"msg":"{padding}domain mismatched"}}"#);
    let far = format!(r#"{{"code":-401,"msg":"{padding}-domain mismatched"}}"#);
    let huge = format!(
        r#"{{"code":-401,"msg":"{}domain mismatched"}}"#,
        "x".repeat(2 << 20)
    );
    let e = parse_as::<TalkShareError>(401, near.as_bytes());
    assert_eq!(e.share_sub_error(), Some(SubError::DomainMismatched));
    for body in [far, huge] {
        let e = parse_as::<TalkShareError>(401, body.as_bytes());
        assert_eq!(e.share_sub_error(), None);
        assert!(!e.to_string().contains("Talk Share 4019"));
        // The remedy searches as far, and no further.
        let e = parse(401, body.as_bytes());
        assert_eq!(e.remedy(), kakao_errors::Remedy::RefreshToken);
    }
    let e = parse(401, near.as_bytes());
    assert_eq!(e.remedy(), kakao_errors::Remedy::FixAppSettings);
    // The limit inside a character: the search stops before it.
    let korean = format!(
        r#"{{"code":4019,"msg":"{}가domain mismatched"}}"#,
        "x".repeat(1022)
    );
    assert_eq!(
        parse_as::<TalkShareError>(401, korean.as_bytes()).share_sub_error(),
        None
    );
}

#[test]
fn objects_without_known_fields_are_unreadable() {
    for body in [
        &br#"{}"#[..],
        br#"{"status":"fail"}"#,
        br#"{"error":{"code":-401}}"#,
    ] {
        let e = parse(400, body);
        assert_eq!(e.kind(), BodyKind::Unreadable, "{e:?}");
        assert_eq!(e.excerpt(), Some(std::str::from_utf8(body).unwrap()));
    }
    for body in [&b"null"[..], b"42", b"\"text\"", b"true"] {
        assert_eq!(parse(400, body).kind(), BodyKind::Unreadable);
    }
}

#[test]
fn display_is_one_line() {
    let e = parse(
        400,
        br#"{"code":-2,"msg":"line one\nline two\ttabbed\u0000"}"#,
    );
    assert_eq!(e.message(), Some("line one\nline two\ttabbed\0"));
    // Control characters are written as their escapes, on one line.
    assert_eq!(
        e.to_string(),
        r"Kakao API error: HTTP 400, code -2 (IllegalParams): line one\nline two\ttabbed\0"
    );
}

#[test]
fn debug_shows_what_was_read() {
    let e = parse(403, br#"{"code":-402,"msg":"m","required_scopes":["s"]}"#);
    let debug = format!("{e:?}");
    for needle in [
        "status: 403",
        "kind: Rest",
        "code: -402",
        "InsufficientScope",
        "message: \"m\"",
        "required_scopes: [\"s\"]",
    ] {
        assert!(debug.contains(needle), "{needle} not in {debug}");
    }
}

#[test]
fn response_error_is_a_std_error_and_clonable() {
    fn assert_error<T: std::error::Error + Send + Sync + 'static>(_: &T) {}
    let e = parse(400, br#"{"code":-2}"#);
    assert_error(&e);
    assert!(std::error::Error::source(&e).is_none());
    assert_eq!(e.clone(), e);
    let boxed: Box<dyn std::error::Error> = Box::new(e);
    assert!(boxed.to_string().contains("code -2"));
}

#[test]
fn response_error_stays_small_enough_to_return_in_a_result() {
    // Clippy's `result_large_err` warns from 128 bytes on: users return this type in `Result`.
    assert!(std::mem::size_of::<ResponseError>() <= 128);
    assert!(std::mem::size_of::<ResponseError<MobilityError>>() <= 128);
}

#[test]
fn dapi_search_and_local_errors() {
    let body = br#"{"errorType":"AccessDeniedError","message":"domain mismatched! caller=https://example.com"}"#;
    let e = parse(401, body);
    assert_eq!(e.kind(), BodyKind::Dapi);
    assert_eq!(e.error_type(), Some("AccessDeniedError"));
    assert_eq!(
        e.message(),
        Some("domain mismatched! caller=https://example.com")
    );
    assert_eq!((e.code(), e.cause()), (None, None));
    assert!(e.is_complete());
    assert_eq!(
        e.to_string(),
        "Kakao API error: HTTP 401, AccessDeniedError (case DomainMismatched): domain mismatched! caller=https://example.com"
    );
    // Search APIs do not send Talk Share errors, whoever asks.
    assert_eq!(
        parse_as::<TalkShareError>(401, body).share_sub_error(),
        None
    );
    let e = parse(403, br#"{"errorType":"NotAuthorizedError","message":"App(my-app) disabled OPEN_MAP_AND_LOCAL service."}"#);
    assert_eq!(e.error_type(), Some("NotAuthorizedError"));
}

#[test]
fn kakao_pay_error_code_is_the_code() {
    let body = br#"{"error_code": -780, "error_message": "approval failure!", "extras": {"method_result_code": "USER_LOCKED", "method_result_message": "\uc7a0\uae34 \uacc4\uc815"}}"#;
    let e = parse(400, body);
    assert_eq!(e.kind(), BodyKind::Pay);
    assert_eq!(e.code(), Some(-780));
    assert_eq!(e.cause(), Some(&ApiError::Unknown(-780)));
    assert_eq!(e.message(), Some("approval failure!"));
    assert_eq!(e.koe_code(), None);
    assert_eq!(e.unparsed_code(), None);
    assert_eq!(
        e.extras(),
        Some(
            r#"{"method_result_code": "USER_LOCKED", "method_result_message": "\uc7a0\uae34 \uacc4\uc815"}"#
        )
    );
    assert_eq!(e.extra("method_result_code"), Some(r#""USER_LOCKED""#));
    assert_eq!(
        e.to_string(),
        "Kakao API error: HTTP 400, code -780 (undocumented): approval failure!"
    );
    // The code as a string holding an integer.
    let e = parse(
        400,
        br#"{"error_code":"-702","error_message":"payment info not found"}"#,
    );
    assert_eq!((e.kind(), e.code()), (BodyKind::Pay, Some(-702)));
}

#[test]
fn kae_code_and_message() {
    let body = br#"{"error_code":"KAE003","error_msg":"Invalid app key type"}"#;
    let e = parse(401, body);
    assert_eq!(e.kind(), BodyKind::Kae);
    assert_eq!(e.kae_code(), Some("KAE003"));
    assert_eq!(e.koe_code(), None);
    assert_eq!(e.message(), Some("Invalid app key type"));
    assert_eq!(e.code(), None);
    assert_eq!(
        e.to_string(),
        "Kakao API error: HTTP 401, KAE003: Invalid app key type"
    );
}

#[test]
fn moment_extras_keep_detail_code_and_message() {
    let body = r#"{"code": -813, "msg": "KakaoMomentException", "extras": {"detailCode": 21006, "detailMsg": "존재하지 않는 광고계정입니다."}}"#;
    let e = parse(400, body.as_bytes());
    assert_eq!(e.kind(), BodyKind::Rest);
    assert_eq!(e.code(), Some(-813));
    assert_eq!(e.message(), Some("KakaoMomentException"));
    assert_eq!(
        e.extras(),
        Some(r#"{"detailCode": 21006, "detailMsg": "존재하지 않는 광고계정입니다."}"#)
    );
    assert_eq!(e.field("extras"), e.extras());
    assert_eq!(e.detail_code(), Some(21006));
    assert_eq!(e.detail_msg(), Some("존재하지 않는 광고계정입니다."));
    assert_eq!(e.extra("detailCode"), Some("21006"));
    // Escaped, and the code as a string.
    let e = parse(
        400,
        br#"{"code":-813,"extras":{"detailMsg":"\uc874\uc7ac","detailCode":"21006"}}"#,
    );
    assert_eq!(
        (e.detail_code(), e.detail_msg()),
        (Some(21006), Some("존재"))
    );
    // extras of another type is still kept as sent.
    let e = parse(400, br#"{"code":-813,"extras":[1,2]}"#);
    assert_eq!((e.extras(), e.detail_code()), (Some("[1,2]"), None));
}

#[test]
fn receiver_ids_of_failed_friend_messages() {
    let body = br#"{"code":-532,"msg":"daily limit exceeded","receiver_ids":["abc","def"]}"#;
    let e = parse(400, body);
    assert_eq!(
        e.receiver_ids().unwrap().collect::<Vec<_>>(),
        ["abc", "def"]
    );
    assert_eq!(e.field("receiver_ids"), Some(r#"["abc","def"]"#));
    assert!(e.required_scopes().is_none());
}

#[test]
fn field_gives_every_top_level_member_as_sent() {
    let body = "\u{feff}\n { \"code\" : -402 ,\"msg\":\"\\uc0ac\\uc6a9\\uc790\",\n  \"x-nested\": {\"a\": [1, {\"b\": \"}\"}]},\"empty\":\"\",\"n\":null,\"big\":1e400,\"t\":true, \"sp ace\" :\t\"v\"\n}\n";
    let e = parse(403, body.as_bytes());
    assert_eq!(e.code(), Some(-402));
    assert_eq!(e.message(), Some("사용자"));
    for (name, raw) in [
        ("code", "-402"),
        ("msg", r#""\uc0ac\uc6a9\uc790""#),
        ("x-nested", r#"{"a": [1, {"b": "}"}]}"#),
        ("empty", r#""""#),
        ("n", "null"),
        ("big", "1e400"),
        ("t", "true"),
        ("sp ace", r#""v""#),
    ] {
        assert_eq!(e.field(name), Some(raw), "{name}");
    }
    assert_eq!(e.field("a"), None, "only top-level members");
    assert_eq!(e.field("Code"), None, "names are case-sensitive");
    let names: Vec<_> = e.fields().map(|(name, _)| name.into_owned()).collect();
    assert_eq!(
        names,
        [
            "code", "msg", "x-nested", "empty", "n", "big", "t", "sp ace"
        ]
    );
    // An escaped name is found by its decoded text.
    let e = parse(400, br#"{"x\u002did":7}"#);
    assert_eq!(e.field("x-id"), Some("7"));
    assert_eq!(e.fields().next().unwrap().0, "x-id");
    // Bodies that are not JSON objects have no fields.
    for body in [&b"[-401] text"[..], b"<html>", b""] {
        let e = parse(400, body);
        assert_eq!((e.field("code"), e.fields().count()), (None, 0));
    }
}

#[test]
fn a_key_sent_twice_keeps_its_first_value_everywhere() {
    let body = br#"{"msg":"first","code":-2,"msg":"second","code":-1,"required_scopes":["a"],"required_scopes":["b"]}"#;
    let e = parse(400, body);
    assert_eq!(e.code(), Some(-2));
    assert_eq!(e.message(), Some("first"));
    assert_eq!(e.required_scopes().unwrap().collect::<Vec<_>>(), ["a"]);
    assert_eq!(e.field("msg"), Some(r#""first""#));
    assert_eq!(e.field("code"), Some("-2"));
    assert_eq!(e.fields().count(), 6);
    // A first value of the wrong type counts as the key's value.
    let e = parse(400, br#"{"code":-2,"msg":null,"msg":"late"}"#);
    assert_eq!(e.message(), None);
    assert_eq!(e.field("msg"), Some("null"));
}

/// The four bodies fuzzing found the code lost for: each keeps it, and every other member.
#[test]
fn damaged_json_keeps_the_code() {
    // A lone surrogate (valid JSON, rejected by serde_json), before the code.
    let e = parse(401, br#"{"msg":"\ud800","code":-401}"#);
    assert_eq!((e.kind(), e.code()), (BodyKind::Rest, Some(-401)));
    assert_eq!(e.message(), Some("\u{fffd}"));
    assert!(e.is_complete());
    // A string cut inside a surrogate pair, the pair's first half kept as U+FFFD.
    let e = parse(401, br#"{"msg":"\uc0ac\ud83d","code":-401,"api_type":"X"}"#);
    assert_eq!((e.code(), e.message()), (Some(-401), Some("사\u{fffd}")));
    assert_eq!(e.api_type(), Some("X"));

    // A number too large for f64, where a message should be, and as the code itself.
    let e = parse(401, br#"{"msg":1e400,"code":-401}"#);
    assert_eq!((e.code(), e.message()), (Some(-401), None));
    assert_eq!(e.field("msg"), Some("1e400"));
    let e = parse(401, br#"{"code":1e400,"msg":"m"}"#);
    assert_eq!((e.code(), e.unparsed_code()), (None, Some("1e400")));

    // Whitespace after a byte order mark.
    let e = parse(401, b"\xEF\xBB\xBF \r\n\t{\"msg\":\"m\",\"code\":-401}");
    assert_eq!((e.code(), e.message()), (Some(-401), Some("m")));
    assert!(e.is_complete());

    // EUC-KR text (not UTF-8) in the message: the code, and what can be decoded.
    let mut body = b"{\"msg\":\"error: ".to_vec();
    body.extend_from_slice(b"\xbf\xa1\xb7\xaf"); // "에러" in EUC-KR
    body.extend_from_slice(b" (E42)\",\"code\":-401}");
    let e = parse(401, &body);
    assert_eq!(e.code(), Some(-401));
    assert_eq!(e.message(), Some("error: \u{fffd} (E42)"));
    assert_eq!(e.field("code"), Some("-401"));
}

#[test]
fn bodies_serde_json_rejects_keep_every_other_member() {
    for body in [
        // A raw control character in a string.
        &b"{\"msg\":\"line\nbreak\",\"code\":-401}"[..],
        // An unknown escape.
        br#"{"msg":"bad \x escape","code":-401}"#,
        // Bare words and a trailing comma.
        br#"{"x":NaN,"y":undefined,"msg":"m","code":-401,}"#,
        // Single quotes where a value should be.
        br#"{"x":'a','msg':"m","code":-401}"#,
        // Nesting deeper than serde_json's recursion limit, in a known member.
        format!(
            r#"{{"required_scopes":{}{},"code":-401}}"#,
            "[".repeat(300),
            "]".repeat(300)
        )
        .as_bytes(),
    ] {
        let e = parse(401, body);
        assert_eq!(e.code(), Some(-401), "{}", String::from_utf8_lossy(body));
        assert_eq!(e.cause(), Some(&ApiError::Common(Common::InvalidToken)));
        assert!(e.to_string().len() < 4096);
    }
    let e = parse(401, b"{\"msg\":\"line\nbreak\",\"code\":-401}");
    assert_eq!(e.message(), Some("line\nbreak"));
    assert!(e.is_complete(), "read whole, tolerantly");
    let e = parse(401, br#"{"msg":"bad \x escape","code":-401}"#);
    assert_eq!(e.message(), Some("bad \u{fffd} escape"));
}

/// Every text `Display` shows is cut, visibly, so a line stays under 4 KiB.
#[test]
fn display_is_bounded_whatever_the_body() {
    let huge = "가".repeat(100_000);
    let bodies = [
        format!(r#"{{"code":-401,"msg":"{huge}"}}"#),
        format!(r#"{{"error":"{huge}","error_description":"{huge}","error_code":"KOE{huge}"}}"#),
        format!(r#"{{"name":"{huge}","code":-401,"msg":"m"}}"#),
        format!(r#"{{"errorType":"{huge}","message":"{huge}"}}"#),
        format!(r#"{{"error_code":"KAE{huge}","error_msg":"{huge}"}}"#),
        format!(r#"{{"code":"{huge}","msg":"{huge}"}}"#),
        format!("[-401] {huge}"),
        format!("<html>{}", "\u{1}".repeat(10_000)),
        format!(r#"{{"code":-401,"msg":"{}"}}"#, "\\u0001".repeat(100_000)),
    ];
    for body in &bodies {
        let e = parse(401, body.as_bytes());
        let line = e.to_string();
        assert!(line.len() < 4096, "{} bytes: {}", line.len(), &line[..200]);
        assert!(!line.contains('\n'));
        if e.kind() != BodyKind::Unreadable {
            assert!(line.contains("… ("), "the cut is visible: {}", &line[..200]);
        }
    }
    // The cut names the text's whole length.
    let e = parse(
        400,
        format!(r#"{{"code":-2,"msg":"{}"}}"#, "x".repeat(10 << 20)).as_bytes(),
    );
    assert_eq!(e.message().unwrap().len(), 10 << 20);
    let line = e.to_string();
    assert!(
        line.ends_with(&format!("{}… (10485760 bytes)", "x".repeat(20))),
        "{}",
        &line[line.len() - 60..]
    );
}

#[test]
fn repeated_codes_keep_one() {
    let body = r#""code":1e308,"#.repeat(100_000);
    let body = format!("{{{body}\"msg\":\"m\"}}");
    let e = parse(400, body.as_bytes());
    assert_eq!((e.code(), e.unparsed_code()), (None, Some("1e308")));
    assert_eq!(e.message(), Some("m"));
}

#[test]
fn display_keeps_every_text_on_one_line() {
    // JSON carries U+2028 and U+2029 unescaped, and a log reader may break a line at them, as
    // at a newline, a carriage return or NEL.
    let breaks = ['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}'];
    for b in breaks {
        let json = serde_json::to_string(&format!("first{b}second")).unwrap();
        let bodies = [
            format!(r#"{{"code":-401,"msg":{json}}}"#),
            format!(r#"{{"error":{json},"error_description":{json},"error_code":{json}}}"#),
            format!("[-401] first{b}second"),
            format!("<html>first{b}second</html>"),
        ];
        for body in &bodies {
            let line = parse(401, body.as_bytes()).to_string();
            assert!(!line.contains(breaks), "{body:?} gives {line:?}");
            assert!(line.contains("first"), "{line:?}");
        }
    }
}

#[test]
fn a_prefixed_table_takes_the_error_code_before_a_number_the_body_also_has() {
    use kakao_errors::channel::KaeError;
    use kakao_errors::oauth::KoeError;

    // A number in `code` that the table would read as a catch-all (KAE001 is 1, not -1).
    let e = parse_as::<KaeError>(400, br#"{"code":-1,"error_code":"KAE001","error_msg":"x"}"#);
    assert_eq!(e.code(), Some(-1));
    assert_eq!(
        e.documented_cause().map(KakaoError::name),
        Some("InternalServerError")
    );
    let e = parse_as::<KoeError>(
        400,
        br#"{"code":-9,"error":"invalid_grant","error_description":"x","error_code":"KOE320"}"#,
    );
    assert_eq!(
        e.documented_cause(),
        Some(&KoeError::AuthorizationCodeNotFound)
    );
    // Without an `error_code`, the number is the code.
    let e = parse_as::<KoeError>(400, br#"{"code":320,"msg":"x"}"#);
    assert_eq!(
        e.documented_cause(),
        Some(&KoeError::AuthorizationCodeNotFound)
    );
}

#[test]
fn a_kae_code_is_told_by_its_prefix_in_any_case() {
    use kakao_errors::channel::KaeError;

    for code in ["KAE001", "kae001", "Kae001"] {
        let body = format!(r#"{{"error_code":"{code}","error_msg":"internal error"}}"#);
        let e = parse(500, body.as_bytes());
        assert_eq!(e.kind(), BodyKind::Kae, "{code}");
        assert_eq!(e.kae_code(), Some(code));
        assert_eq!(e.koe_code(), None);
        assert_eq!(e.kae(), Some(KaeError::InternalServerError), "{code}");
        assert!(e.is_retryable(), "{code}");
    }
}

#[test]
fn a_code_sent_as_text_in_kakao_pays_shape_is_on_the_line() {
    // Kakao Talk Certification's `E` codes: no number, the code as text.
    let body = br#"{"error_code":"E2003","error_message":"signing timed out"}"#;
    let line = parse(400, body).to_string();
    assert_eq!(
        line,
        "Kakao API error: HTTP 400, code E2003 (undocumented): signing timed out"
    );
    let typed = parse_as::<kakao_errors::certification::CertificationError>(400, body);
    assert!(typed.to_string().contains(", code E2003 ("), "{typed}");
    assert!(!typed.to_string().contains("undocumented"), "{typed}");
}
