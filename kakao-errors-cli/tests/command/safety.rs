//! Safe output: the output corpus (`tests/fixtures/output-corpus.json`: responses that carry
//! secrets, and hostile ones with control, bidirectional and invisible characters) through the
//! command in every form it reads (an argument, standard input, `curl -i` output, `curl -v`
//! output, a log line, the library's own unredacted `Display` line), text and `--json`: no
//! secret and no hidden character on standard output or standard error, and the status and the
//! code always shown.

use std::path::PathBuf;

use crate::support::{Run, cmd, cmd_stdin};
use kakao_errors::redact::is_hidden;
use kakao_errors::response::parse;
use kakao_errors_cli::Exit;
use serde_json::Value;

/// A response of the corpus.
struct Case {
    name: String,
    status: u16,
    url: Option<String>,
    headers: Vec<(String, String)>,
    body: String,
    secrets: Vec<String>,
    shows: Vec<String>,
}

fn corpus() -> Vec<Case> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/output-corpus.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("the output corpus {}: {e}", path.display()));
    let corpus: Value = serde_json::from_str(&text).unwrap();
    let strings = |v: &Value| -> Vec<String> {
        v.as_array()
            .map(|items| {
                items
                    .iter()
                    .map(|s| s.as_str().unwrap().to_owned())
                    .collect()
            })
            .unwrap_or_default()
    };
    ["responses", "hostile"]
        .iter()
        .flat_map(|list| corpus[list].as_array().unwrap().clone())
        .map(|case| Case {
            name: case["name"].as_str().unwrap().to_owned(),
            status: u16::try_from(case["status"].as_u64().unwrap()).unwrap(),
            url: case["url"].as_str().map(str::to_owned),
            headers: case["headers"]
                .as_array()
                .map(|headers| {
                    headers
                        .iter()
                        .map(|h| {
                            (
                                h[0].as_str().unwrap().to_owned(),
                                h[1].as_str().unwrap().to_owned(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default(),
            body: case["body"].as_str().unwrap().to_owned(),
            secrets: strings(&case["secrets"]),
            shows: strings(&case["shows"]),
        })
        .collect()
}

/// The corpus response as `curl -i` prints it.
fn curl_i(case: &Case) -> String {
    let mut text = format!("HTTP/1.1 {} Whatever\r\n", case.status);
    for (name, value) in &case.headers {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    text.push_str("\r\n");
    text.push_str(&case.body);
    text
}

/// The corpus response as `curl -v ... 2>&1` prints it, with the request's URL and a token in
/// its `Authorization` header.
fn curl_v(case: &Case) -> String {
    let target = case
        .url
        .as_deref()
        .and_then(|url| url.find("//").map(|at| &url[at + 2..]))
        .and_then(|rest| rest.find('/').map(|at| &rest[at..]))
        .unwrap_or("/");
    let mut text = format!(
        "* Connected to kapi.kakao.com\r\n> GET {target} HTTP/1.1\r\n> Authorization: Bearer VERBOSE-REQUEST-TOKEN-0001\r\n> \r\n< HTTP/1.1 {} Whatever\r\n",
        case.status
    );
    for (name, value) in &case.headers {
        text.push_str(&format!("< {name}: {value}\r\n"));
    }
    text.push_str("< \r\n");
    text.push_str(&case.body);
    text.push_str("\r\n* Connection #0 to host kapi.kakao.com left intact\r\n");
    text
}

/// The texts that may come from the response or the request: every string of these `--json`
/// members, decoded.
const SENT_MEMBERS: &[&str] = &["input", "response", "remedy", "routes"];

fn strings_of(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| strings_of(v, out)),
        Value::Object(members) => members.iter().for_each(|(k, v)| {
            out.push(k.clone());
            strings_of(v, out);
        }),
        _ => {}
    }
}

/// Checks one run: nothing secret or hidden on either stream; the status and the code shown
/// (when the input was read).
#[track_caller]
fn check(case: &Case, form: &str, run: &Run, json: bool) {
    let what = format!("{} ({form})", case.name);
    let secrets = case.secrets.iter().map(String::as_str);
    for secret in secrets.chain(["VERBOSE-REQUEST-TOKEN-0001"]) {
        for (stream, text) in [("stdout", &run.stdout), ("stderr", &run.stderr)] {
            assert!(
                !text.contains(secret),
                "{what}: {stream} shows {secret:?}:\n{text}"
            );
        }
    }
    for (stream, text) in [("stdout", &run.stdout), ("stderr", &run.stderr)] {
        // The command's own line breaks, and nothing else hidden.
        let hidden: Vec<char> = text
            .chars()
            .filter(|&c| is_hidden(c) && c != '\n')
            .collect();
        assert!(
            hidden.is_empty(),
            "{what}: {stream} holds {hidden:?}:\n{text}"
        );
    }
    if run.exit == Exit::Usage {
        return;
    }
    for shown in &case.shows {
        assert!(
            run.stdout.contains(shown.as_str()),
            "{what}: {shown:?} is not shown:\n{}",
            run.stdout
        );
    }
    if json {
        let value = run.json();
        let mut sent = Vec::new();
        for member in SENT_MEMBERS {
            strings_of(&value[member], &mut sent);
        }
        for text in sent {
            assert!(
                !text.chars().any(is_hidden),
                "{what}: --json holds {text:?}"
            );
            for secret in &case.secrets {
                assert!(
                    !text.contains(secret.as_str()),
                    "{what}: --json holds {secret:?}"
                );
            }
        }
    }
}

#[test]
fn the_corpus_through_every_form_shows_no_secret_and_nothing_hidden() {
    let cases = corpus();
    assert!(cases.len() >= 30, "{}", cases.len());
    for case in &cases {
        let status = case.status.to_string();
        let curl_i = curl_i(case);
        let curl_v = curl_v(case);
        let log = format!(
            "2026-12-07T01:02:03Z ERROR kakao call to {} failed: status={status} body={}",
            case.url.as_deref().unwrap_or("/"),
            case.body
        );
        // The library's line with the secrets in it, as a careless log would hold it.
        let display = format!(
            "WARN {}",
            parse(case.status, case.body.as_bytes()).unredacted()
        );
        for json in [false, true] {
            let flag: &[&str] = if json { &["--json"] } else { &[] };
            let args = |rest: &[&str]| -> Vec<String> {
                flag.iter().chain(rest).map(|s| (*s).to_owned()).collect()
            };
            let run = |rest: &[&str], stdin: &str| {
                let args = args(rest);
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                cmd_stdin(&args, stdin.as_bytes())
            };
            check(
                case,
                "argument",
                &run(&["--status", &status, &case.body], ""),
                json,
            );
            check(
                case,
                "standard input",
                &run(&["--status", &status, "-"], &case.body),
                json,
            );
            check(case, "curl -i", &run(&[&curl_i], ""), json);
            check(
                case,
                "curl -i on standard input",
                &run(&["-"], &curl_i),
                json,
            );
            check(case, "curl -v", &run(&["-"], &curl_v), json);
            // Read or not (a page is no log line's body), nothing leaks.
            let log_run = run(&[&log], "");
            let shows_code = log_run.exit != Exit::Usage;
            if shows_code {
                check(case, "log line", &log_run, json);
            } else {
                let quiet = Case {
                    shows: Vec::new(),
                    ..clone_of(case)
                };
                check(&quiet, "log line", &log_run, json);
            }
            let display_run = run(&[&display], "");
            check(
                &Case {
                    shows: Vec::new(),
                    ..clone_of(case)
                },
                "Display line",
                &display_run,
                json,
            );
        }
    }
}

fn clone_of(case: &Case) -> Case {
    Case {
        name: case.name.clone(),
        status: case.status,
        url: case.url.clone(),
        headers: case.headers.clone(),
        body: case.body.clone(),
        secrets: case.secrets.clone(),
        shows: case.shows.clone(),
    }
}

#[test]
fn an_unknown_text_code_on_standard_error_is_clean() {
    // A KOE code the tables do not have, with a title-setting and a screen-clearing sequence:
    // standard error says which code, escaped.
    let body = "{\"error\":\"invalid_request\",\"error_description\":\"x\",\"error_code\":\"KOE999\\u001b]0;owned\\u0007\\u001b[2J\"}";
    let out = cmd(&["--status", "400", body]);
    out.finds_nothing("no table documents the code KOE999\\u{1b}]0;owned\\u{7}\\u{1b}[2J");
    assert!(!out.stderr.contains('\u{1b}') && !out.stdout.contains('\u{1b}'));
    let body = "{\"error_code\":\"KAE999\\u202e\\u200b\",\"error_msg\":\"m\"}";
    let out = cmd(&[body]);
    out.finds_nothing("KAE999\\u{202e}\\u{200b}");
    // A secret in an unparsed code is redacted on standard error too.
    let out = cmd(&[r#"{"code":"code=SECRET-IN-CODE-42","msg":"x"}"#]);
    assert!(!out.stderr.contains("SECRET-IN-CODE-42"), "{}", out.stderr);
    assert!(!out.stdout.contains("SECRET-IN-CODE-42"), "{}", out.stdout);
}

#[test]
fn echoed_arguments_are_clean() {
    for arg in ["--\u{1b}[2Jx", "--code=SECRET-ARG-7", "--x\u{202e}y"] {
        let out = cmd(&[arg]);
        out.rejects_with("unknown option");
        assert!(
            !out.stderr.chars().any(|c| is_hidden(c) && c != '\n'),
            "{}",
            out.stderr
        );
        assert!(!out.stderr.contains("SECRET-ARG-7"), "{}", out.stderr);
    }
    let out = cmd(&["HTTP/1.1 4x4 \u{1b}[2J\r\n\r\n{}"]);
    out.rejects_with("has no HTTP status");
    assert!(!out.stderr.contains('\u{1b}'), "{}", out.stderr);
    let out = cmd(&["markdown", "\u{202e}"]);
    out.rejects_with("markdown takes no arguments");
    assert!(!out.stderr.contains('\u{202e}'), "{}", out.stderr);
}

#[test]
fn a_page_title_and_a_status_line_are_redacted_and_clean() {
    let page = "HTTP/1.1 502 Bad \u{1b}[31mGateway access_token=SECRET-LINE-1\r\n\r\n<html><title>502 \u{202e}Bad Gateway ?code=SECRET-TITLE-2</title></html>";
    for args in [&[page][..], &["--json", page]] {
        let out = cmd(args);
        for secret in ["SECRET-LINE-1", "SECRET-TITLE-2"] {
            assert!(!out.stdout.contains(secret), "{}", out.stdout);
        }
        assert!(
            !out.stdout.contains(['\u{1b}', '\u{202e}']),
            "{}",
            out.stdout
        );
        assert!(out.stdout.contains("502"));
    }
    let v = cmd(&["--json", page]).json();
    assert!(
        v["input"]["status_line"]
            .as_str()
            .unwrap()
            .contains("<redacted>")
    );
    assert!(
        v["input"]["page_title"]
            .as_str()
            .unwrap()
            .contains("\\u{202e}")
    );
}

#[test]
fn the_body_scopes_in_the_remedy_are_clean() {
    let body = "{\"code\":-402,\"msg\":\"m\",\"required_scopes\":[\"talk_message\\u001b[2J\",\"\\u202eevil\"]}";
    for args in [
        &["--status", "403", body][..],
        &["--json", "--status", "403", body],
    ] {
        let out = cmd(args);
        assert!(
            !out.stdout.contains(['\u{1b}', '\u{202e}']),
            "{}",
            out.stdout
        );
        assert!(out.stdout.contains("talk_message"));
    }
}
