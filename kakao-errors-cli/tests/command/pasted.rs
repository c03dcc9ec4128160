//! What people paste: `curl -siL` and `curl -v` output, a log line with a body inside, this
//! crate's own `Display` line; and what they mistype: a misspelt command, a status given as a
//! code.

use crate::support::{cmd, cmd_stdin};
use kakao_errors::catalog;
use kakao_errors::fixture::Fixture;
use kakao_errors::response::parse_as;
use kakao_errors_cli::Exit;
use serde_json::Value;

// ---------------------------------------------------------------------------------------------
// curl -siL: several responses, the last one explained
// ---------------------------------------------------------------------------------------------

const REDIRECTS: &str = "HTTP/1.1 302 Found\r\nLocation: https://kapi.kakao.com/v2/user/me\r\nContent-Type: text/html\r\n\r\n<html><body>Found</body></html>\r\nHTTP/1.1 301 Moved Permanently\r\nLocation: /v2/user/me/\r\n\r\nHTTP/2 401 \r\ncontent-type: application/json;charset=UTF-8\r\nx-request-id: req-77\r\nwww-authenticate: Bearer error=\"invalid_token\"\r\n\r\n{\"msg\":\"this access token does not exist\",\"code\":-401}";

#[test]
fn curl_sil_output_explains_the_last_response() {
    let out = cmd_stdin(&["explain", "-"], REDIRECTS.as_bytes());
    out.exited(Exit::Explained)
        .prints_in_order(&[
            "Response: a REST API error body",
            "status line:   HTTP/2 401 (the last of 3 responses)",
            "HTTP status:   401 Unauthorized",
            "code:          -401",
            "request id:    req-77",
            "remedy:        refresh_token",
            "name:          InvalidToken",
        ])
        .lacks("302")
        .lacks("Found</body>");
    let json = cmd(&["--json", REDIRECTS]).json();
    assert_eq!(json["input"]["form"], "http_response");
    assert_eq!(json["input"]["responses"], 3);
    assert_eq!(json["input"]["status"], 401);
    assert_eq!(json["input"]["status_line"], "HTTP/2 401");
}

#[test]
fn a_redirect_alone_or_a_body_that_quotes_a_status_line_is_one_response() {
    // curl -si without -L: the redirect is the response.
    let redirect = "HTTP/1.1 302 Found\r\nLocation: /x\r\n\r\n<html>Found</html>";
    let json = cmd(&["--json", redirect]).json();
    assert_eq!(
        (
            json["input"]["status"].clone(),
            json["input"]["responses"].clone()
        ),
        (302.into(), 1.into())
    );
    // A final response whose body has a status line in it: still one response, that body.
    let quoted = "HTTP/1.1 400 Bad Request\r\n\r\n{\"code\":-2,\"msg\":\"see\\nHTTP/1.1 200 OK\"}";
    let json = cmd(&["--json", quoted]).json();
    assert_eq!(json["input"]["responses"], 1);
    assert_eq!(json["response"]["code"], -2);
}

// ---------------------------------------------------------------------------------------------
// curl -v
// ---------------------------------------------------------------------------------------------

/// `curl -v ... 2>&1` of a POST whose request carries a token and a JSON body of its own.
const VERBOSE: &str = "* Host kapi.kakao.com:443 was resolved.\r\n*   Trying 1.2.3.4:443...\r\n* Connected to kapi.kakao.com (1.2.3.4) port 443\r\n* using HTTP/2\r\n> POST /v2/api/talk/memo/default/send HTTP/2\r\n> Host: kapi.kakao.com\r\n> Authorization: Bearer SECRET-ACCESS-TOKEN-123\r\n> Content-Type: application/json\r\n> \r\n{\"code\":-2,\"msg\":\"a request body that looks like an error\"}\r\n} [58 bytes data]\r\n< HTTP/2 403 \r\n< content-type: application/json;charset=UTF-8\r\n< x-request-id: v-1\r\n< \r\n{ [120 bytes data]\r\n{\"msg\":\"insufficient scopes.\",\"code\":-402,\"required_scopes\":[\"talk_message\"]}* Connection #0 to host kapi.kakao.com left intact\r\n";

#[test]
fn curl_v_output_reads_the_response_lines_and_the_body() {
    let out = cmd_stdin(&["-"], VERBOSE.as_bytes());
    out.exited(Exit::Explained)
        .prints_in_order(&[
            "Response: a REST API error body",
            "read from:     curl -v output",
            "status line:   HTTP/2 403",
            "HTTP status:   403 Forbidden",
            "code:          -402",
            "required_scopes: talk_message",
            "request id:    v-1",
            "remedy:        request_consent: talk_message",
            "name:          InsufficientScope",
        ])
        .lacks("SECRET-ACCESS-TOKEN-123")
        .lacks("Authorization")
        .lacks("looks like an error");
    assert!(!out.stderr.contains("SECRET"), "{}", out.stderr);
    let json = cmd(&["--json", VERBOSE]).json();
    assert_eq!(json["input"]["form"], "curl_verbose");
    assert!(!json.to_string().contains("SECRET"));
}

#[test]
fn a_request_line_is_never_read_as_the_response() {
    // The only error-looking JSON is on request lines: the response is a 502 with no body.
    let text = "> POST /v1/x HTTP/1.1\r\n> {\"code\":-2,\"msg\":\"request\"}\r\n< HTTP/1.1 502 Bad Gateway\r\n< Content-Length: 0\r\n< \r\n* Connection #0 left intact\r\n";
    let json = cmd(&["--json", text]).json();
    assert_eq!(json["input"]["status"], 502);
    assert_eq!(json["response"]["kind"], "empty");
    assert!(json["response"]["code"].is_null());
    cmd(&[text]).finds_nothing("the body is empty").lacks("-2");
    // Request lines alone: no response to explain.
    cmd(&["> GET /v2/user/me HTTP/1.1\r\n> Authorization: Bearer abc\r\n"])
        .rejects_with("curl -v output, but has no response line");
}

#[test]
fn curl_v_with_redirects_and_with_i_gives_the_last_response() {
    let text = "> GET /a HTTP/1.1\n< HTTP/1.1 302 Found\n< Location: /b\n< \n* Issue another request\n> GET /b HTTP/1.1\n< HTTP/1.1 429 Too Many Requests\n< Retry-After: 7\n< \n{\"code\":-10,\"msg\":\"API limit has been exceeded.\"}\n";
    let json = cmd(&["--json", text]).json();
    assert_eq!(json["input"]["status"], 429);
    assert_eq!(json["input"]["responses"], 2);
    assert_eq!(json["remedy"]["name"], "throttled");
    assert_eq!(json["remedy"]["after_secs"], 7);
    // curl -v -i: the head again, unmarked, before the body.
    let both = "< HTTP/1.1 400 Bad Request\r\n< Content-Type: application/json\r\n< \r\nHTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n\r\n{\"code\":-2,\"msg\":\"bad\"}";
    let json = cmd(&["--json", both]).json();
    assert_eq!(json["response"]["code"], -2);
    assert_eq!(json["input"]["status"], 400);
}

// ---------------------------------------------------------------------------------------------
// A log line
// ---------------------------------------------------------------------------------------------

#[test]
fn a_log_line_gives_its_body_and_the_status_beside_it() {
    let line = r#"2026-12-07T01:02:03Z ERROR kakao call failed: status=401 body={"code":-401,"msg":"this access token does not exist"}"#;
    let out = cmd(&[line]);
    out.exited(Exit::Explained)
        .prints_in_order(&[
            "Response: a REST API error body",
            "read from:     a log line",
            "HTTP status:   401 Unauthorized (read beside the body)",
            "code:          -401",
            "remedy:        refresh_token",
            "name:          InvalidToken",
        ])
        .lacks("2026-12-07");
    let json = cmd(&["--json", line]).json();
    assert_eq!(json["input"]["form"], "log_line");
    assert_eq!(json["input"]["status"], 401);
    assert_eq!(json["input"]["status_from"], "log_line");
    assert_eq!(json["response"]["status"], 401);
    // On standard input, among other lines, and without a status.
    let log = "INFO start\nWARN kakao said {\"error\":\"invalid_grant\",\"error_description\":\"authorization code not found for code=x\",\"error_code\":\"KOE320\"}\nINFO done\n";
    let json = cmd_stdin(&["--json", "-"], log.as_bytes()).json();
    assert_eq!(json["input"]["form"], "log_line");
    assert!(json["input"]["status"].is_null());
    assert_eq!(json["entries"][0]["code"], "KOE320");
    assert_eq!(json["remedy"]["name"], "relogin");
}

#[test]
fn a_json_log_record_gives_the_body_it_holds() {
    let record = r#"{"ts":"2026-12-07T01:02:03Z","level":"error","status":403,"response":{"errorType":"NotAuthorizedError","message":"App(x) disabled OPEN_MAP_AND_LOCAL service."}}"#;
    let json = cmd(&["--json", record]).json();
    assert_eq!(json["input"]["form"], "log_line");
    assert_eq!(json["input"]["status"], 403);
    assert_eq!(json["case"]["name"], "MapServiceDisabled");
    // The body as an escaped string, as structured loggers write it.
    let escaped =
        r#"{"level":"error","http_status":400,"body":"{\"code\":-2,\"msg\":\"bad \\\"x\\\"\"}"}"#;
    let json = cmd(&["--json", escaped]).json();
    assert_eq!(json["response"]["code"], -2);
    assert_eq!(json["response"]["message"], "bad \"x\"");
    assert_eq!(json["input"]["status"], 400);
    // logfmt.
    let logfmt = r#"level=error status=429 body="{\"code\":-10,\"msg\":\"limit\"}""#;
    let json = cmd(&["--json", logfmt]).json();
    assert_eq!(json["response"]["code"], -10);
    assert_eq!(json["input"]["status"], 429);
}

#[test]
fn text_without_an_error_body_is_no_log_line() {
    cmd(&["ERROR kakao call failed: timeout after 30s"]).rejects_with("neither an error code");
    cmd(&[r#"INFO {"user":"a","ok":true}"#]).rejects_with("neither an error code");
}

// ---------------------------------------------------------------------------------------------
// This crate's Display line
// ---------------------------------------------------------------------------------------------

/// What `explain --json` says of a response that matters for the round trip: its code (as a
/// number, as text, an errorType), status, remedy, case, and first entry.
fn gist(json: &Value) -> Value {
    let r = &json["response"];
    serde_json::json!({
        "code": r["code"],
        "unparsed_code": r["unparsed_code"],
        "koe_code": r["koe_code"],
        "kae_code": r["kae_code"],
        "error_type": r["error_type"],
        "status": r["status"],
        "remedy": json["remedy"]["name"],
        "case": json["case"]["name"],
        "entries": json["entries"].as_array().unwrap().iter()
            .map(|e| format!("{} {} {}", e["table"], e["code"], e["name"]))
            .collect::<Vec<_>>(),
        "documented": json["documented"],
    })
}

/// The Display lines of every table's fixtures: read with the REST API's tables (`parse`, as
/// most services do) and with the table's own type (found through the catalog's one list).
/// Each with its table's title and its code.
fn display_lines() -> Vec<(&'static str, String, String, Fixture)> {
    macro_rules! lines_of {
        ($krate:tt; $($($segment:ident)::+ { $($field:tt)* })*) => {{
            let mut lines = Vec::new();
            $(
                let table = catalog::table::<$krate::$($segment)::+>().unwrap();
                for entry in table.entries() {
                    let fixture = Fixture::from_entry(&entry);
                    let (status, body) = (fixture.status_code(), fixture.body());
                    let rest = kakao_errors::response::parse(status, &body).to_string();
                    let own = parse_as::<$krate::$($segment)::+>(status, &body).to_string();
                    let code = entry.code().to_string();
                    lines.push((table.title(), code.clone(), rest, fixture.clone()));
                    lines.push((table.title(), code, own, fixture));
                }
            )*
            lines
        }};
    }
    kakao_errors::for_each_table!(lines_of)
}

#[test]
fn a_display_line_explains_as_its_response_does() {
    // Every table's every fixture, shown by the library and pasted back: the same code,
    // status, remedy, case and entries as the response itself.
    let mut checked = 0;
    for (title, code, line, fixture) in display_lines() {
        let what = format!("{title} {code}");
        let body = String::from_utf8(fixture.body()).unwrap();
        let status = fixture.status_code().to_string();
        let of_body = cmd(&["--json", "--status", &status, &body]).json();
        let out = cmd(&["--json", &line]);
        let of_line = out.json();
        assert_eq!(of_line["input"]["form"], "display_line", "{what}: {line}");
        assert_eq!(
            of_line["input"]["status"],
            fixture.status_code(),
            "{what}: {line}"
        );
        // Every line carries its code, Kakao Talk Certification's `E` codes too.
        assert_eq!(gist(&of_line), gist(&of_body), "{what}: {line}");
        if of_body["documented"] == true {
            out.exited(Exit::Explained);
        }
        checked += 1;
    }
    assert!(checked > 2 * 300, "{checked}");
}

#[test]
fn a_display_line_in_a_log_line_is_read() {
    let line = "2026-12-07 01:02:03 WARN app: request failed: Kakao API error: HTTP 400, code -2 (IllegalParams; case TemplatePurposeNotSet): template_type (messageType: 'kakaolink/memo API') is invalid. please use 'message API' messageType.";
    let json = cmd(&["--json", line]).json();
    assert_eq!(json["input"]["form"], "display_line");
    assert_eq!(json["input"]["status_from"], "display_line");
    assert_eq!(json["case"]["name"], "TemplatePurposeNotSet");
    assert_eq!(json["remedy"]["name"], "fix_app_settings");
    cmd(&["Kakao API error: HTTP xyz, code -2"]).rejects_with("has no HTTP status");
}

// ---------------------------------------------------------------------------------------------
// Misspelt commands, statuses given as codes
// ---------------------------------------------------------------------------------------------

#[test]
fn a_misspelt_command_gets_a_suggestion() {
    for (typo, command) in [
        ("explian", "explain"),
        ("expalin", "explain"),
        ("EXPLAN", "explain"),
        ("markdwon", "markdown"),
        ("hepl", "help"),
    ] {
        cmd(&[typo, "-402"]).rejects_with(&format!(
            "unknown command \"{typo}\", did you mean {command}?"
        ));
        cmd(&[typo]).rejects_with(&format!("did you mean {command}?"));
    }
    cmd(&["--jsno", "-402"]).rejects_with("unknown option \"--jsno\", did you mean --json?");
    cmd(&["--stauts=400", "{}"]).rejects_with("did you mean --status?");
}

#[test]
fn a_word_far_from_every_command_gets_no_suggestion() {
    for word in ["foo", "abc", "hello", "markup"] {
        let out = cmd(&[word]);
        out.rejects_with("neither an error code");
        assert!(
            !out.stderr.contains("did you mean"),
            "{word}: {}",
            out.stderr
        );
    }
    let out = cmd(&["--bogus"]);
    out.rejects_with("unknown option \"--bogus\"");
    assert!(!out.stderr.contains("did you mean"));
    // Codes and errorTypes are never taken for misspelt commands.
    cmd(&["KOE320"]).exited(Exit::Explained);
    cmd(&["InvalidArgument"]).exited(Exit::Explained);
}

#[test]
fn a_status_given_as_a_code_mentions_the_code_and_the_status() {
    let out = cmd(&["explain", "401"]);
    out.exited(Exit::Explained)
        .prints_in_order(&[
            "401 is no code a table documents. Kakao's API error codes are negative: as a code it is -401",
            "As an HTTP status, 401 is 401 Unauthorized.",
            "HTTP status:   401 Unauthorized",
            "-401 is documented in",
            "REST API > Common (kakao_errors::rest::Common)",
            "name:          InvalidToken",
        ]);
    let json = cmd(&["--json", "401"]).json();
    assert_eq!(json["input"]["read_as"], "-401");
    assert_eq!(json["status"]["code"], 401);
    assert_eq!(json["status"]["reason"], "Unauthorized");
    assert_eq!(json["entries"][0]["code"], "-401");
    assert_eq!(json["documented"], true);
    // Every number from 400 to 599 whose negative is documented, likewise.
    for number in 400..=599 {
        let text = number.to_string();
        let negative = format!("-{number}");
        let documented_as_is = catalog::find_text(&text).next().is_some();
        let negative_documented = catalog::find_text(&negative).next().is_some();
        if documented_as_is || !negative_documented {
            continue;
        }
        let out = cmd(&[&text]);
        out.exited(Exit::Explained).prints_in_order(&[
            &format!("as a code it is {negative}"),
            &format!("HTTP status:   {number}"),
            &format!("{negative} is documented in"),
        ]);
    }
    // A status no code stands for: its meaning, and exit 1.
    let out = cmd(&["429"]);
    out.finds_nothing("no table documents the code 429")
        .prints_in_order(&[
            "429 is no code a table documents. As an HTTP status, 429 is 429 Too Many Requests.",
        ]);
    // A number a table documents as written (a detail code) is shown, with the status.
    cmd(&["400"]).exited(Exit::Explained).prints_in_order(&[
        "As an HTTP status, 400 is 400 Bad Request.",
        "Kakao Keyword Ad > Detail code",
    ]);
    // A route result code below 400 whose negative is documented too.
    cmd(&["101"])
        .exited(Exit::Explained)
        .prints_in_order(&[
            "-101 is documented too: kakao-errors explain -101.",
            "Kakao Mobility > Route result code",
        ])
        .lacks("HTTP status");
    // With a sign, a code only.
    cmd(&["+401"])
        .finds_nothing("no table documents the code +401")
        .lacks("HTTP");
}
