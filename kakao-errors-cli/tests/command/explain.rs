//! `kakao-errors explain`, run in-process on every input form: codes, bodies as arguments and
//! on standard input, `--status` with bodies of any look, `curl -i` output, `--json`; and on
//! malformed input.

use std::ffi::OsString;

use crate::support::{cmd, cmd_stdin, run_with};
use kakao_errors::catalog;
use kakao_errors_cli::{Exit, help};

const REST_PAGE: &str = "https://developers.kakao.com/docs/latest/en/rest-api/error-code";

// ---------------------------------------------------------------------------------------------
// Codes
// ---------------------------------------------------------------------------------------------

/// What the command says of how many tables document `code`: the catalog's count, so that a
/// new table documenting it does not break the tests.
fn documented_in(code: &str) -> String {
    let tables = catalog::find_text(code)
        .map(|entry| entry.table().title())
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let noun = if tables == 1 { "table" } else { "tables" };
    format!("{code} is documented in {tables} {noun}.")
}

#[test]
fn a_rest_code_shows_each_table_with_its_remedy_and_doc_link() {
    cmd(&["explain", "-402"])
        .exited(Exit::Explained)
        .prints_in_order(&[
            &documented_in("-402"),
            "REST API > Kakao Login (kakao_errors::rest::Login)",
            "name:          InsufficientScope",
            "code:          -402",
            "status:        403 Forbidden",
            "retry:         no",
            "remedy:        request_consent (Ask the user to agree to the missing consent items.)",
            "message:       If a user has not agreed to provide the user information (scope) that the API attempts to access.",
            "message (ko):  해당 API에서 접근하는 리소스에 대해 사용자의 동의를 받지 않은 경우",
            "solution:      Check the required_scopes in the response body, and request additional consent to the scope.",
            "solution (ko): 응답본문의 required_scopes을 확인하여 사용자에게 해당 동의항목을 추가 동의 받도록 요청",
            &format!("docs:          {REST_PAGE}"),
            "Kakao Moment (kakao_errors::moment::MomentError)",
            "docs:          https://developers.kakao.com/docs/latest/ko/kakaomoment/error-code",
        ])
        .lacks("HTTP status");
}

#[test]
fn the_word_explain_may_be_left_out() {
    let short = cmd(&["-402"]);
    short.exited(Exit::Explained);
    assert_eq!(short.stdout, cmd(&["explain", "-402"]).stdout);
}

#[test]
fn a_code_in_several_tables_is_shown_in_the_catalogs_order() {
    // -1: REST first, then Kakao Mobility, then Kakao Moment, each with its own status.
    cmd(&["-1"]).exited(Exit::Explained).prints_in_order(&[
        &documented_in("-1"),
        "REST API > Common",
        "status:        400 Bad Request",
        "retry:         yes",
        "Kakao Mobility (kakao_errors::mobility::MobilityError)",
        "status:        500 Internal Server Error",
        "solution (ko): 재시도",
        "docs:          https://developers.kakaomobility.com/",
        "Kakao Moment (kakao_errors::moment::MomentError)",
        "status:        500 Internal Server Error",
        "remedy:        outcome_unknown",
    ]);
    // The order is the catalog's, whatever the code.
    let out = cmd(&["-10"]);
    let titles: Vec<&str> = catalog::find_text("-10")
        .map(|e| e.table().title())
        .collect();
    assert!(titles.len() >= 3, "{titles:?}");
    out.exited(Exit::Explained).prints_in_order(&titles);
}

#[test]
fn a_code_a_table_documents_once_per_status_shows_each_row() {
    cmd(&["-813"]).exited(Exit::Explained).prints_in_order(&[
        &documented_in("-813"),
        "REST API > Kakao Moment",
        "Kakao Moment (kakao_errors::moment::MomentError)",
        "name:          MomentInternalError",
        "status:        400 Bad Request",
        "Kakao Moment (kakao_errors::moment::MomentError)",
        "name:          MomentQuotaExceeded",
        "status:        429 Too Many Requests",
        "remedy:        retry_later",
    ]);
}

#[test]
fn prefixed_codes_are_read_in_any_case() {
    cmd(&["KOE320"]).exited(Exit::Explained).prints_in_order(&[
        "KOE320 is documented in 1 table.",
        "Kakao Login > Authorization code (kakao_errors::oauth::KoeError)",
        "code:          KOE320",
        "status:        not documented",
        "remedy:        relogin (The user must log in again to get new tokens.)",
        "docs:          https://developers.kakao.com/docs/latest/en/kakaologin/trouble-shooting",
    ]);
    cmd(&["kae004"]).exited(Exit::Explained).prints_in_order(&[
        "Kakao Talk Channel > Kakao SDK (kakao_errors::channel::KaeError)",
        "code:          KAE004",
    ]);
    // On two pages: Kakao Login's and Business Authentication's.
    cmd(&["KOE003"]).exited(Exit::Explained).prints_in_order(&[
        &documented_in("KOE003"),
        "Kakao Login > Authorization code",
        "Business Authentication",
    ]);
}

#[test]
fn talk_share_4019_prints_its_troubleshooting_after_its_lead_in() {
    let out = cmd(&["4019"]);
    out.exited(Exit::Explained).prints_in_order(&[
        "Kakao Talk Share (kakao_errors::share::TalkShareError)",
        "name:          PlatformAuthenticationFailed",
        "status:        401 Unauthorized",
        "docs:          https://developers.kakao.com/docs/latest/en/kakaotalk-share/trouble-shooting",
        "troubleshooting (Kakao Talk Share, case by case):",
        // The page's lead-in speaks of "the methods below": they follow it.
        "If the problem is not resolved with the methods below, contact DevTalk.",
        "case \"invalid android_key_hash or ios_bundle_id or web_site_url\":",
        "\"error_code\":\"KOE009\"",
        "1. Check if the Web, Android, iOS platform information matches the actual service.",
        "case \"domain mismatched\":",
        "[-401] domain mismatched! caller=https://xx.",
        "case \"wrong appKey(null) format\":",
        "3. Check if the entire app key value is passed without omission.",
        "When using Google Apps Script web app:",
        "- (O) https://script.google.com",
        "When using an app distributed through App Distribution:",
        "- Flutter: print(await KakaoSdk.origin)",
        "To ask DevTalk, send:",
        "- [Required] App ID",
    ]);
    // The lead-in comes before every method, never after.
    let intro = out.stdout.find("the methods below").unwrap();
    assert!(intro < out.stdout.find("case \"").unwrap());
}

#[test]
fn talk_share_4002_and_5001_print_causes_steps_and_the_cookie_note() {
    cmd(&["4002"]).exited(Exit::Explained).prints_in_order(&[
        "name:          InvalidRequest",
        "solution:      Check the development guide and call the API according to the correct specification.",
        "               Refer to 4002 error occurs..",
        "the methods below",
        "causes:",
        "- The message template ID used for Kakao Talk Share is invalid",
        "steps:",
        "4. Update to the latest version of the SDK.",
        "To ask DevTalk, send:",
    ]);
    cmd(&["5001"])
        .exited(Exit::Explained)
        .prints_in_order(&[
            "name:          InternalServerError",
            "retry:         yes",
            "- Cookies do not work properly due to external factors such as Chrome extensions in the browser",
            "2. Check if the image used for Kakao Talk Share is accessible from outside.",
            "- When using a firewall on the service server",
            "Reference: Error occurring in cookie-restricted environment:",
            "verify CSRF tokens",
        ])
        .lacks("case \"");
    cmd(&["4007"])
        .exited(Exit::Explained)
        .lacks("troubleshooting");
}

#[test]
fn unknown_codes_say_so_and_exit_1() {
    for code in [
        "99999",
        "0",
        "-2147483648",
        "+4019000",
        "2147483648",
        "KOE999",
        "ABC123",
    ] {
        let out = cmd(&["explain", code]);
        out.finds_nothing(&format!("no table documents the code {code}"));
        assert!(out.stdout.is_empty(), "{code}: {}", out.stdout);
    }
}

// ---------------------------------------------------------------------------------------------
// Bodies
// ---------------------------------------------------------------------------------------------

#[test]
fn a_rest_body_shows_its_fields_its_remedy_then_its_code() {
    let body = r#"{"msg":"\uc0ac\uc6a9\uc790 \ub3d9\uc758 \ud544\uc694","code":-402,"api_type":"TALK_MEMO_DEFAULT_SEND","allowed_scopes":["profile","friends"],"required_scopes":["talk_message"]}"#;
    cmd(&[body])
        .exited(Exit::Explained)
        .prints_in_order(&[
            "Response: a REST API error body",
            "code:          -402",
            "message:       사용자 동의 필요",
            "api_type:      TALK_MEMO_DEFAULT_SEND",
            "required_scopes: talk_message",
            "allowed_scopes: profile, friends",
            "remedy:        request_consent: talk_message (Ask the user to agree",
            &documented_in("-402"),
            "REST API > Kakao Login",
            "name:          InsufficientScope",
        ])
        // No status given: no status line.
        .lacks("HTTP status");
}

#[test]
fn a_body_cannot_write_escape_sequences_to_the_terminal() {
    // A message that would clear the screen and one with a carriage return that would write
    // over its own start: shown written out, on one line.
    let body = "{\"code\":-401,\"msg\":\"token \\u001b[2J gone\\rfake\\u2028x\"}";
    let out = cmd_stdin(&["explain", "-"], body.as_bytes());
    out.exited(Exit::Explained).prints_in_order(&[
        "code:          -401",
        "message:       token \\u{1b}[2J gone\\rfake\\u{2028}x",
    ]);
    assert!(!out.stdout.contains(['\u{1b}', '\r', '\u{2028}']));
}

#[test]
fn a_body_on_standard_input() {
    let body = br#"{"code":-401,"msg":"this access token does not exist"}"#;
    let out = cmd_stdin(&["explain", "-"], body);
    out.exited(Exit::Explained).prints_in_order(&[
        "Response: a REST API error body",
        "code:          -401",
        "remedy:        refresh_token",
        "REST API > Common",
        "name:          InvalidToken",
    ]);
    assert_eq!(
        out.stdout,
        cmd(&[std::str::from_utf8(body).unwrap()]).stdout
    );
    // A code on standard input is a code.
    cmd_stdin(&["-"], b"KOE320\n")
        .exited(Exit::Explained)
        .prints_in_order(&["KOE320 is documented in 1 table."]);
    cmd_stdin(&["--status", "400", "-"], b"")
        .exited(Exit::NotDocumented)
        .prints_in_order(&["Response: an empty body", "HTTP status:   400 Bad Request"]);
    cmd_stdin(&["-"], b" \n").rejects_with("standard input is empty");
}

#[test]
fn the_status_meaning_comes_from_the_family_that_answered() {
    // REST API: the standard phrase, and what REST failures look like; not Mobility's table.
    cmd(&[
        "--status",
        "429",
        r#"{"code":-10,"msg":"API limit has been exceeded."}"#,
    ])
    .exited(Exit::Explained)
    .prints_in_order(&[
        "HTTP status:   429 Too Many Requests",
        "REST API: a failure answers {\"code\": ..., \"msg\": ...}",
        "remedy:        throttled",
    ])
    .lacks("Quota exceeded");
    // Kakao Mobility documents -1 with 500: its own status table applies.
    cmd(&[
        "--status",
        "500",
        r#"{"code":-1,"msg":"internal server error"}"#,
    ])
    .exited(Exit::Explained)
    .prints_in_order(&[
        "HTTP status:   500 Internal Server Error",
        "Kakao Mobility: System error (시스템 오류(서버 관련 오류를 총칭)).",
    ]);
    // The same code with 400 is the REST API's.
    cmd(&["--status=400", r#"{"code":-1,"msg":"internal error"}"#])
        .exited(Exit::Explained)
        .prints_in_order(&["HTTP status:   400 Bad Request", "REST API: a failure"])
        .lacks("Kakao Mobility: General error");
    // Kakao Login's authorization server.
    let koe = r#"{"error":"invalid_grant","error_description":"authorization code not found for code=abc","error_code":"KOE320"}"#;
    cmd(&["--status", "400", koe])
        .exited(Exit::Explained)
        .prints_in_order(&[
            "Response: a Kakao Login error body: {\"error\": ..., \"error_description\": ..., \"error_code\": ...} (Kakao Login > Authorization code)",
            "HTTP status:   400 Bad Request",
            "Kakao Login: the authorization server answers an OAuth error",
            "OAuth error:   invalid_grant",
            "error_code:    KOE320",
            "remedy:        relogin",
            "KOE320 is documented in 1 table.",
            "Kakao Login > Authorization code",
            "name:          AuthorizationCodeNotFound",
        ]);
    // The search and local APIs: an errorType's row, and the case its message shows.
    let dapi = r#"{"errorType":"AccessDeniedError","message":"wrong appKey(null) format"}"#;
    cmd(&["--status", "401", dapi])
        .exited(Exit::Explained)
        .prints_in_order(&[
            "Response: a Kakao search and local APIs error body",
            "HTTP status:   401 Unauthorized",
            kakao_errors::catalog::Family::Search.note(),
            "errorType:     AccessDeniedError",
            "remedy:        fix_app_settings",
            "Case: WrongAppKeyFormat",
            "Kakao search and local APIs > errorType (kakao_errors::local::ErrorType)",
            "name:          AccessDeniedError",
            "- WrongAppKeyFormat: \"wrong appKey(\", fix_app_settings",
        ]);
    cmd(&[r#"{"errorType":"NewError","message":"x"}"#])
        .finds_nothing("no table documents the errorType \"NewError\"");
}

#[test]
fn a_status_picks_the_row_of_a_code_documented_once_per_status() {
    cmd(&["--status", "429", r#"{"code":-813,"msg":"quota"}"#])
        .exited(Exit::Explained)
        .prints_in_order(&[
            "Kakao Moment: a failure answers",
            "REST API > Kakao Moment",
            "Kakao Moment (kakao_errors::moment::MomentError)",
            "name:          MomentQuotaExceeded",
        ])
        .lacks("name:          MomentInternalError\n  code:          -813\n  status:        400 Bad Request\n  retry:         yes");
}

#[test]
fn a_kae_body_shows_its_kae_entry() {
    cmd(&[r#"{"error_code":"KAE004","error_msg":"time expired"}"#])
        .exited(Exit::Explained)
        .prints_in_order(&[
            "Response: a Kakao Talk Channel error body: {\"error_code\": ..., \"error_msg\": ...} (Kakao Talk Channel > Kakao SDK)",
            "error_code:    KAE004",
            "KAE004 is documented in 1 table.",
            "Kakao Talk Channel > Kakao SDK",
        ]);
}

#[test]
fn a_kakao_login_koe009_names_no_talk_share_case() {
    // The same words as Talk Share's first 4019 case, from Kakao Login: its row is KOE009,
    // not Talk Share's 4019 (contract: a Talk Share case only for a Talk Share row).
    let body = r#"{"error":"misconfigured","error_description":"invalid android_key_hash or ios_bundle_id or web_site_url","error_code":"KOE009"}"#;
    let out = cmd(&["--status", "401", body]);
    out.exited(Exit::Explained)
        .prints_in_order(&[
            "OAuth error:   misconfigured",
            "remedy:        fix_app_settings",
            "KOE009 is documented in 1 table.",
            "Kakao Login > Authorization code",
        ])
        .lacks("Kakao Talk Share (kakao_errors::share::TalkShareError)")
        .lacks("troubleshooting (Kakao Talk Share")
        .lacks("Case:");
    let v = cmd(&["--json", "--status", "401", body]).json();
    assert!(v["case"].is_null(), "{}", v["case"]);
    assert_eq!(v["remedy"]["name"], "fix_app_settings");
}

#[test]
fn a_rest_401_names_its_own_case_never_talk_shares() {
    // A JavaScript SDK body and a plain-text body of -401: the REST API's -401 cases.
    let body = r#"{"name":"KAPIError","msg":"wrong appKey(null) format","code":-401}"#;
    cmd(&[body])
        .exited(Exit::Explained)
        .prints_in_order(&[
            "Response: a JavaScript SDK error body",
            "name:          KAPIError",
            "remedy:        fix_app_settings",
            "case:          WrongAppKeyFormat (below)",
            "Case: WrongAppKeyFormat",
            "told apart by: the message, which says \"wrong appKey(*) format\"",
            "REST API > Common",
            "name:          InvalidToken",
        ])
        .lacks("Kakao Talk Share (kakao_errors::share::TalkShareError)")
        .lacks("troubleshooting (Kakao Talk Share");
    let text =
        "[-401] domain mismatched! caller=https://example.com. check out registered web domains.";
    let out = cmd(&[text]);
    out.exited(Exit::Explained)
        .prints_in_order(&[
            "Response: a plain-text error body",
            "code:          -401",
            "Case: DomainMismatched",
            "[Web domain]",
            "docs:          https://developers.kakao.com/docs/latest/en/kakaotalk-message/trouble-shooting",
            "REST API > Common",
        ])
        .lacks("Kakao Talk Share (kakao_errors::share::TalkShareError)")
        .lacks("troubleshooting");
    let v = cmd(&["--json", text]).json();
    assert_eq!(v["case"]["name"], "DomainMismatched");
    assert_eq!(v["case"]["remedy"], "fix_app_settings");
    assert!(
        v["case"]["page"]
            .as_str()
            .unwrap()
            .contains("kakaotalk-message")
    );
}

#[test]
fn a_talk_share_4019_body_shows_its_case_and_that_troubleshooting_only() {
    let out = cmd(&[r#"{"code":4019,"msg":"domain mismatched! caller=https://a.example"}"#]);
    out.exited(Exit::Explained).prints_in_order(&[
        "Response: a Kakao Talk Share error body",
        "case:          DomainMismatched (below)",
        "Case: DomainMismatched",
        "docs:          https://developers.kakao.com/docs/latest/en/kakaotalk-share/trouble-shooting",
        "Kakao Talk Share",
        "troubleshooting (Kakao Talk Share, case by case):",
        "case \"domain mismatched\":",
        "When using Google Apps Script web app:",
    ]);
    // Of the three 4019 cases, only the one the body shows.
    assert_eq!(out.stdout.matches("case \"").count(), 1, "{}", out.stdout);
}

#[test]
fn a_row_with_only_a_korean_solution_shows_it_alone() {
    cmd(&["KOE101"])
        .exited(Exit::Explained)
        .prints_in_order(&[
            "name:          WrongAppKeyOrType",
            "message (ko):  잘못된 앱 키 또는 앱 키 타입을 사용한 경우",
            "solution (ko): [내 애플리케이션] > [앱 키]",
            "docs:",
        ])
        .lacks("none documented");
    cmd(&["KOE003"]).prints_in_order(&["solution:      Try it again a few seconds later."]);
}

#[test]
fn a_row_not_on_its_page_says_where_it_is_known_from() {
    let entry = catalog::find_text("KOE320").next().unwrap();
    let source = entry.known_from().expect("KOE320 is not on the page");
    cmd(&["KOE320"]).exited(Exit::Explained).prints_in_order(&[
        "name:          AuthorizationCodeNotFound",
        &format!("source:        not on the page; known from {source}"),
        "docs:",
    ]);
    cmd(&["-402"]).lacks("source:");
    let json = cmd(&["--json", "KOE320"]).json();
    assert_eq!(json["entries"][0]["known_from"], source);
    let json = cmd(&["--json", "-402"]).json();
    assert!(json["entries"][0]["known_from"].is_null());
}

#[test]
fn a_talk_share_body_gets_the_remedy_of_its_row() {
    // 4007 is only in Kakao Talk Share's table: the body's remedy is that row's.
    cmd(&[r#"{"code":4007,"msg":"exceeded"}"#])
        .exited(Exit::Explained)
        .prints_in_order(&[
            "Response: a Kakao Talk Share error body: {\"code\": ..., \"msg\": ...} (Kakao Talk Share)",
            "code:          4007",
            "remedy:        throttled",
            "Kakao Talk Share",
            "name:          TemporaryUsageLimitExceeded",
        ]);
}

#[test]
fn a_byte_order_mark_before_the_input_is_skipped() {
    let body = r#"{"code":-401,"msg":"this access token does not exist"}"#;
    let with_bom = [&b"\xef\xbb\xbf"[..], body.as_bytes()].concat();
    let out = cmd_stdin(&["-"], &with_bom);
    out.exited(Exit::Explained);
    assert_eq!(out.stdout, cmd(&[body]).stdout);
    cmd_stdin(&["-"], b"\xef\xbb\xbf-402\r\n")
        .exited(Exit::Explained)
        .prints_in_order(&[&documented_in("-402")]);
}

#[test]
fn a_body_with_an_undocumented_code_exits_1() {
    cmd(&[r#"{"code":12345,"msg":"new"}"#])
        .finds_nothing("no table documents the code 12345")
        .prints_in_order(&["code:          12345", "message:       new"]);
    cmd(&[r#"{"msg":"no code here"}"#]).finds_nothing("the body names no error code");
    // A known OAuth error does not make an undocumented KOE code documented.
    cmd(&[r#"{"error":"invalid_request","error_description":"x","error_code":"KOE999"}"#])
        .finds_nothing("no table documents the code KOE999")
        .prints_in_order(&["OAuth error:   invalid_request", "error_code:    KOE999"]);
    cmd(&[r#"{"error":"invalid_request","error_description":"x"}"#]).exited(Exit::Explained);
}

#[test]
fn a_gateway_page_is_explained_with_or_without_a_status() {
    let page = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>";
    // Without --status: a gateway's page, the status read from its title.
    cmd(&[page])
        .finds_nothing("not a Kakao error body (a gateway's or proxy's page)")
        .prints_in_order(&[
            "Response: not a Kakao error body: a page from a gateway or proxy in front of Kakao",
            "page title:    502 Bad Gateway",
            "HTTP status:   502 Bad Gateway (read from the page's title)",
            "body excerpt:  <html>",
            "remedy:        retry",
            "the request may never have reached Kakao",
        ]);
    cmd(&["--status", "503", page])
        .finds_nothing("gateway")
        .prints_in_order(&[
            "HTTP status:   503 Service Unavailable",
            "remedy:        maintenance",
        ])
        .lacks("read from the page");
    // A page without a status in its title.
    cmd(&["<html><body>Service down</body></html>"])
        .finds_nothing("gateway")
        .prints_in_order(&[
            "Response: not a Kakao error body",
            "remedy:        unknown",
            "--status N",
        ])
        .lacks("HTTP status");
}

#[test]
fn with_status_any_body_is_a_body() {
    // A number, empty, whitespace, text, HTML, not UTF-8: all bodies with --status.
    cmd(&["--status", "400", "42"])
        .finds_nothing("not a Kakao error body")
        .prints_in_order(&[
            "Response: not a Kakao error body",
            "HTTP status:   400 Bad Request",
            "body excerpt:  42",
        ]);
    cmd(&["--status", "502", ""])
        .finds_nothing("the body is empty")
        .prints_in_order(&[
            "Response: an empty body",
            "HTTP status:   502 Bad Gateway",
            "remedy:        retry",
        ]);
    cmd(&["--status", "400", "-402"])
        .finds_nothing("not a Kakao error body")
        .prints_in_order(&["body excerpt:  -402"]);
    cmd(&["--status", "500", "oops"]).finds_nothing("not a Kakao error body");
    cmd(&["--status", "418", "{}"])
        .finds_nothing("the body")
        .prints_in_order(&["HTTP status:   418 (a client error)"]);
}

#[cfg(unix)]
#[test]
fn arguments_that_are_not_utf8_never_panic() {
    use std::os::unix::ffi::OsStringExt as _;
    let bad = || OsString::from_vec(vec![0xff, 0xfe, b'{']);

    run_with(vec![bad()], b"").rejects_with("neither an error code");
    run_with(vec!["--status".into(), OsString::from_vec(vec![0xff])], b"")
        .rejects_with("from 100 to 599");
    run_with(vec![OsString::from_vec(b"--\xff".to_vec())], b"")
        .rejects_with("neither an error code");
    let out = run_with(vec!["--status".into(), "400".into(), bad()], b"");
    out.finds_nothing("not a Kakao error body")
        .prints_in_order(&["HTTP status:   400", "body excerpt:  \u{fffd}"]);
    // A body whose message is not UTF-8: kept, with U+FFFD.
    let body = OsString::from_vec(b"{\"code\":-2,\"msg\":\"bad \xff byte\"}".to_vec());
    run_with(vec!["--status".into(), "400".into(), body], b"")
        .exited(Exit::Explained)
        .prints_in_order(&[
            "message:       bad \u{fffd} byte",
            "name:          IllegalParams",
        ]);
    // And on standard input.
    cmd_stdin(&["-"], b"\xff\xfe").rejects_with("standard input is neither an error code");
}

// ---------------------------------------------------------------------------------------------
// curl -i output
// ---------------------------------------------------------------------------------------------

const CURL_429: &str = "HTTP/1.1 429 Too Many Requests\r\nDate: Mon, 02 Mar 2026 01:02:03 GMT\r\nContent-Type: application/json;charset=UTF-8\r\nRetry-After: 30\r\nX-Request-Id: 8f2e-11\r\n\r\n{\"code\":-10,\"msg\":\"API limit has been exceeded.\"}";

#[test]
fn curl_i_output_gives_the_status_and_headers() {
    let out = cmd_stdin(&["explain", "-"], CURL_429.as_bytes());
    out.exited(Exit::Explained).prints_in_order(&[
        "Response: a REST API error body",
        "status line:   HTTP/1.1 429 Too Many Requests",
        "HTTP status:   429 Too Many Requests",
        "REST API: a failure answers",
        "code:          -10",
        "request id:    8f2e-11",
        "remedy:        throttled after 30s",
        &documented_in("-10"),
    ]);
    // As an argument, the same.
    assert_eq!(cmd(&[CURL_429]).stdout, out.stdout);
}

#[test]
fn curl_i_output_skips_interim_heads_and_reads_any_body() {
    let text = "HTTP/1.1 100 Continue\r\n\r\nHTTP/2 502\r\nserver: nginx\r\n\r\n<html><title>502 Bad Gateway</title></html>";
    cmd(&[text])
        .finds_nothing("gateway")
        .prints_in_order(&[
            "status line:   HTTP/2 502",
            "HTTP status:   502 Bad Gateway",
            "remedy:        retry",
        ])
        .lacks("read from the page");
    let proxy = "HTTP/1.1 200 Connection established\r\n\r\nHTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"code\":-401,\"msg\":\"this access token does not exist\"}\n";
    cmd(&[proxy]).exited(Exit::Explained).prints_in_order(&[
        "HTTP status:   401 Unauthorized",
        "name:          InvalidToken",
    ]);
    // A head alone: an empty body.
    cmd(&["HTTP/1.1 503 Service Unavailable\r\nRetry-After: 120\r\n\r\n"])
        .finds_nothing("the body is empty")
        .prints_in_order(&[
            "HTTP status:   503 Service Unavailable",
            "remedy:        maintenance after 120s",
        ]);
    cmd(&["HTTP/1.1 abc\r\n\r\n{}"]).rejects_with("has no HTTP status");
}

// ---------------------------------------------------------------------------------------------
// --json
// ---------------------------------------------------------------------------------------------

#[test]
fn json_for_a_code_has_every_entry() {
    let out = cmd(&["explain", "--json", "-402"]);
    out.exited(Exit::Explained);
    assert!(out.stderr.is_empty());
    let v = out.json();
    // The keys --help documents, in its order.
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    let mut documented = crate::support::documented_json_keys();
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    documented.sort_unstable();
    assert_eq!(sorted, documented);
    let at = |key: &str| out.stdout.find(&format!("\n  \"{key}\":")).unwrap();
    let order = crate::support::documented_json_keys();
    for pair in order.windows(2) {
        assert!(at(pair[0]) < at(pair[1]), "{pair:?}");
    }

    assert_eq!(v["input"]["form"], "code");
    assert_eq!(v["input"]["text"], "-402");
    assert!(v["response"].is_null() && v["remedy"].is_null() && v["status"].is_null());
    assert!(v["shape"].is_null() && v["case"].is_null() && v["routes"].is_null());
    assert!(v["input"]["read_as"].is_null());
    assert_eq!(v["documented"], true);
    let entries = v["entries"].as_array().unwrap();
    assert_eq!(entries.len(), catalog::find_text("-402").count());
    let first = &entries[0];
    assert_eq!(first["table"], "REST API > Kakao Login");
    assert_eq!(first["path"], "kakao_errors::rest::Login");
    assert_eq!(first["url"], REST_PAGE);
    assert_eq!(first["family"], "rest");
    assert_eq!(first["code"], "-402");
    assert_eq!(first["name"], "InsufficientScope");
    assert_eq!(first["status"], 403);
    assert_eq!(first["retry"], false);
    assert_eq!(first["remedy"], "request_consent");
    assert_eq!(
        first["message_ko"],
        "해당 API에서 접근하는 리소스에 대해 사용자의 동의를 받지 않은 경우"
    );
    assert!(
        first["solution"]
            .as_str()
            .unwrap()
            .starts_with("Check the required_scopes")
    );
    assert_eq!(
        first["solution_ko"],
        "응답본문의 required_scopes을 확인하여 사용자에게 해당 동의항목을 추가 동의 받도록 요청"
    );
    assert_eq!(entries[1]["family"], "moment");
    assert_eq!(v["troubleshooting"].as_array().unwrap().len(), 0);
}

#[test]
fn json_for_a_prefixed_code_writes_it_as_kakao_does() {
    let v = cmd(&["--json", "koe320"]).json();
    assert_eq!(v["input"]["text"], "koe320");
    assert_eq!(v["entries"][0]["code"], "KOE320");
    assert_eq!(v["entries"][0]["family"], "login");
    assert_eq!(v["entries"][0]["status"], serde_json::Value::Null);
    assert_eq!(v["entries"][0]["remedy"], "relogin");
}

#[test]
fn json_for_a_body_has_the_parsed_response_status_and_remedy() {
    let body = r#"{"code":-402,"msg":"insufficient scopes.","required_scopes":["talk_message","friends"],"trace":"t1"}"#;
    let v = cmd(&["--json", "--status", "403", body]).json();
    assert_eq!(v["input"]["form"], "body");
    assert_eq!(v["input"]["status"], 403);
    assert_eq!(v["input"]["status_from"], "argument");
    assert_eq!(v["status"]["code"], 403);
    assert_eq!(v["status"]["reason"], "Forbidden");
    assert_eq!(v["status"]["family"], "rest");
    assert!(
        v["status"]["note"]
            .as_str()
            .unwrap()
            .starts_with("REST API:")
    );
    // The library's serialized form, as is.
    let r = &v["response"];
    assert_eq!(r["status"], 403);
    assert_eq!(r["kind"], "rest");
    assert_eq!(r["code"], -402);
    assert_eq!(r["name"], "InsufficientScope");
    assert_eq!(r["documented"], true);
    assert_eq!(
        r["required_scopes"],
        serde_json::json!(["talk_message", "friends"])
    );
    assert_eq!(r["other_fields"], serde_json::json!({"trace": "t1"}));
    assert_eq!(v["remedy"]["name"], "request_consent");
    assert_eq!(
        v["remedy"]["scopes"],
        serde_json::json!(["talk_message", "friends"])
    );
    assert!(v["remedy"]["after_secs"].is_null());
    assert_eq!(v["entries"][0]["name"], "InsufficientScope");
    assert_eq!(v["documented"], true);
}

#[test]
fn json_for_curl_i_output_has_the_wait() {
    let out = cmd_stdin(&["--json", "-"], CURL_429.as_bytes());
    out.exited(Exit::Explained);
    let v = out.json();
    assert_eq!(v["input"]["form"], "http_response");
    assert_eq!(v["input"]["status_from"], "status_line");
    assert_eq!(v["input"]["status_line"], "HTTP/1.1 429 Too Many Requests");
    assert_eq!(v["remedy"]["name"], "throttled");
    assert_eq!(v["remedy"]["after_secs"], 30);
    assert_eq!(v["response"]["status"], 429);
}

#[test]
fn json_for_a_gateway_page_is_printed_and_exits_1() {
    let out = cmd(&["--json", "<html><title>504 Gateway Time-out</title></html>"]);
    out.finds_nothing("gateway");
    let v = out.json();
    assert_eq!(v["documented"], false);
    assert_eq!(v["input"]["status"], 504);
    assert_eq!(v["input"]["status_from"], "page_title");
    assert_eq!(v["input"]["page_title"], "504 Gateway Time-out");
    assert_eq!(v["response"]["kind"], "unreadable");
    assert_eq!(v["remedy"]["name"], "retry");
    assert!(v["entries"].as_array().unwrap().is_empty());
    // Without any status, the response's status is 0 and the top-level one null.
    let v = cmd(&["--json", r#"{"code":-2,"msg":"bad"}"#]).json();
    assert!(v["status"].is_null() && v["input"]["status"].is_null());
    assert_eq!(v["response"]["status"], 0);
}

#[test]
fn json_carries_talk_share_troubleshooting() {
    let v = cmd(&["--json", "4019"]).json();
    let cases = v["troubleshooting"].as_array().unwrap();
    assert_eq!(cases.len(), 1);
    assert_eq!(cases[0]["code"], "4019");
    let subs = cases[0]["sub_errors"].as_array().unwrap();
    assert_eq!(subs.len(), 3);
    assert_eq!(subs[1]["title"], "domain mismatched");
    assert_eq!(
        subs[1]["guides"][0]["title"],
        "When using Google Apps Script web app"
    );
    assert_eq!(
        subs[1]["guides"][0]["steps"][0]["details"][0],
        "(O) https://script.google.com"
    );
    let v = cmd(&["--json", "5001"]).json();
    assert_eq!(
        v["troubleshooting"][0]["note"]["title"],
        "Reference: Error occurring in cookie-restricted environment"
    );
    let body = r#"{"code":4019,"msg":"domain mismatched! caller=https://a.example"}"#;
    let v = cmd(&["--json", body]).json();
    assert_eq!(v["case"]["name"], "DomainMismatched");
    assert_eq!(
        v["case"]["told_apart_by"],
        "the message, which says \"domain mismatched\""
    );
    // The troubleshooting is 4019's, the page's three cases; the case is the one it shows.
    assert_eq!(
        v["troubleshooting"][0]["sub_errors"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
}

#[test]
fn json_for_an_unknown_code_is_printed_and_exits_1() {
    let out = cmd(&["--json", "99999"]);
    out.finds_nothing("no table documents the code 99999");
    let v = out.json();
    assert_eq!(v["documented"], false);
    assert!(v["entries"].as_array().unwrap().is_empty());
}

// ---------------------------------------------------------------------------------------------
// Usage
// ---------------------------------------------------------------------------------------------

#[test]
fn bad_usage_gets_a_message_and_exit_2() {
    cmd(&[]).rejects_with("nothing to explain");
    cmd(&["explain"]).rejects_with("nothing to explain");
    cmd(&["abc"]).rejects_with("neither an error code");
    cmd(&["[abc]"]).rejects_with("neither an error code");
    cmd(&["   "]).rejects_with("the input is empty");
    cmd(&["--bogus"]).rejects_with("unknown option \"--bogus\"");
    cmd(&["-x"]).rejects_with("unknown option \"-x\"");
    cmd(&["-402", "4019"]).rejects_with("not several");
    cmd(&["--status"]).rejects_with("--status needs a value");
    cmd(&["--status", "abc", "{}"]).rejects_with("from 100 to 599");
    cmd(&["--status", "99", "{}"]).rejects_with("from 100 to 599");
    cmd(&["--status", "600", "{}"]).rejects_with("from 100 to 599");
    cmd(&["--status=", "{}"]).rejects_with("from 100 to 599");
    cmd(&["markdown", "-402"]).rejects_with("markdown takes no arguments");
}

#[test]
fn a_double_dash_ends_the_options() {
    cmd(&["--", "-402"]).exited(Exit::Explained);
    cmd(&["--json", "--", "--help"]).rejects_with("neither an error code");
}

#[test]
fn help_says_every_input_and_output_form_and_the_exit_codes() {
    let help = help();
    for args in [
        &["--help"][..],
        &["-h"],
        &["help"],
        &["explain", "--help"],
        &["--json", "-402", "-h"],
    ] {
        let out = cmd(args);
        out.exited(Exit::Explained);
        assert_eq!(out.stdout, help, "{args:?}");
        assert!(out.stderr.is_empty());
    }
    for part in [
        "kakao-errors explain [--json] <CODE>",
        "-402, 4019,",
        "KOE320, KAE004, E2003",
        "KKO_3018, K3018",
        "21006",
        "NotAuthorizedError",
        "401 is no code; -401 is",
        "--status <N>",
        "even 42",
        "curl -s https://kapi.kakao.com/... | kakao-errors explain -",
        "curl -i output",
        "curl -siL",
        "Retry-After",
        "curl -v output",
        "> ...",
        "a log line",
        "status=NNN",
        "a Display line",
        "Kakao API error: HTTP 403",
        "did you mean",
        "--json",
        "kakao-errors markdown",
        "Exit status:",
        "0  explained",
        "1  read, but nothing documented found",
        "2  bad usage",
    ] {
        assert!(help.contains(part), "--help lacks {part:?}");
    }
    assert!(!help.contains("share_case"));
    let version = cmd(&["--version"]);
    version.exited(Exit::Explained);
    assert_eq!(
        version.stdout,
        format!("kakao-errors {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn help_documents_every_json_key_of_every_output() {
    // Each input form's object has the keys --help lists, in its order, and the nested keys
    // --help lists for each.
    let documented = crate::support::documented_json_keys();
    let inputs: &[&[&str]] = &[
        &["--json", "-402"],
        &["--json", "401"],
        &["--json", "NotAuthorizedError"],
        &[
            "--json",
            "--status",
            "403",
            r#"{"code":-402,"msg":"x","required_scopes":["a"]}"#,
        ],
        &[
            "--json",
            r#"{"code":-813,"msg":"KakaoMomentException","extras":{"detailCode":21006}}"#,
        ],
        &[
            "--json",
            r#"{"trans_id":"t","routes":[{"result_code":104,"result_msg":"x"}]}"#,
        ],
        &["--json", "4019"],
        &[
            "--json",
            "HTTP/1.1 429 Too Many\r\nRetry-After: 3\r\n\r\n{\"code\":-10}",
        ],
    ];
    let help = help();
    for args in inputs {
        let out = cmd(args);
        let v = out.json();
        let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        let mut expected = documented.clone();
        expected.sort_unstable();
        assert_eq!(sorted, expected, "{args:?}");
        // Every nested key is named in --help, quoted.
        for key in ["input", "status", "shape", "remedy", "case", "routes"] {
            if let Some(object) = v[key].as_object() {
                for nested in object.keys() {
                    assert!(
                        help.contains(&format!("\"{nested}\"")),
                        "--help lacks {key}.{nested} ({args:?})"
                    );
                }
            }
        }
        for entry in v["entries"].as_array().unwrap() {
            for nested in entry.as_object().unwrap().keys() {
                assert!(help.contains(&format!("\"{nested}\"")), "entries.{nested}");
            }
        }
        if let Some(route) = v["routes"]["failed_routes"].get(0) {
            for nested in route.as_object().unwrap().keys() {
                assert!(
                    help.contains(&format!("\"{nested}\"")),
                    "failed_routes.{nested}"
                );
            }
        }
    }
}

#[test]
fn exit_codes_are_0_1_2() {
    assert_eq!(
        [Exit::Explained, Exit::NotDocumented, Exit::Usage].map(Exit::code),
        [0, 1, 2]
    );
}
