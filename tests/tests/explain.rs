//! The `explain` example (`kakao-errors/examples/explain.rs`), run as a program on real and
//! malformed inputs; and `docs/error-codes.md`, which must be its `--markdown` output.
//!
//! The example is built once per test run with the `cargo` that runs the tests (same target
//! directory, same profile, the features this crate was built with), so the tests work on a
//! clean clone and never run a stale binary.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use kakao_errors::KakaoError;
use kakao_errors::mobility::MobilityError;
use kakao_errors::rest::{
    Common, KeywordAd, Login, Moment, Push, TalkCalendar, TalkChannel, TalkMessage,
};
use kakao_errors::share::TalkShareError;

/// The built example.
fn explain_binary() -> &'static Path {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(build_explain)
}

fn build_explain() -> PathBuf {
    // This test runs as <target>/<profile>/deps/explain-<hash>; examples go to
    // <target>/<profile>/examples.
    let exe = std::env::current_exe().expect("the test binary's path");
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("<target>/<profile>");
    let target_dir = profile_dir.parent().expect("<target>");
    let profile = profile_dir
        .file_name()
        .and_then(OsStr::to_str)
        .unwrap_or("debug");

    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut build = Command::new(cargo);
    build
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "build",
            "--quiet",
            "-p",
            "kakao-errors",
            "--example",
            "explain",
        ])
        .arg("--target-dir")
        .arg(target_dir);
    match profile {
        "debug" => {}
        "release" => {
            build.arg("--release");
        }
        other => {
            build.args(["--profile", other]);
        }
    }
    let mut features = Vec::new();
    if cfg!(feature = "http") {
        features.push("kakao-errors/http");
    }
    if cfg!(feature = "reqwest") {
        features.push("kakao-errors/reqwest");
    }
    if cfg!(feature = "reqwest_0_12") {
        features.push("kakao-errors/reqwest_0_12");
    }
    if !features.is_empty() {
        build.args(["--features", &features.join(",")]);
    }
    let status = build
        .status()
        .expect("running cargo build for the explain example");
    assert!(
        status.success(),
        "cargo build --example explain failed: {status}"
    );

    let binary = profile_dir
        .join("examples")
        .join(format!("explain{}", std::env::consts::EXE_SUFFIX));
    assert!(
        binary.is_file(),
        "no example binary at {}",
        binary.display()
    );
    binary
}

/// What one run printed and how it ended.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    /// Asserts the run ended with `code` and did not panic.
    fn exited(&self, code: i32) -> &Self {
        assert!(
            !self.stderr.contains("panicked"),
            "explain panicked:\n{}",
            self.stderr
        );
        assert_eq!(
            self.code, code,
            "exit code\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    /// Asserts stdout has each of `parts`, in this order.
    fn prints_in_order(&self, parts: &[&str]) -> &Self {
        let mut from = 0;
        for part in parts {
            match self.stdout[from..].find(part) {
                Some(at) => from += at + part.len(),
                None => panic!(
                    "stdout lacks {part:?} (after byte {from}):\n{}",
                    self.stdout
                ),
            }
        }
        self
    }

    /// Asserts a bad-arguments run: exit 2, nothing on stdout, `message` and the usage on stderr.
    fn rejects_with(&self, message: &str) {
        self.exited(2);
        assert!(self.stdout.is_empty(), "stdout: {}", self.stdout);
        assert!(
            self.stderr.contains(message),
            "stderr lacks {message:?}:\n{}",
            self.stderr
        );
        assert!(
            self.stderr.contains("usage: explain <CODE>"),
            "no usage:\n{}",
            self.stderr
        );
    }
}

fn run_os(args: &[OsString]) -> Run {
    let output = Command::new(explain_binary())
        .args(args)
        .output()
        .expect("running the explain example");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

fn run(args: &[&str]) -> Run {
    run_os(&args.iter().map(OsString::from).collect::<Vec<_>>())
}

// ---------------------------------------------------------------------------------------------
// Codes
// ---------------------------------------------------------------------------------------------

#[test]
fn a_rest_code_shows_its_table_name_status_retry_messages_and_solution() {
    run(&["-402"]).exited(0).prints_in_order(&[
        "Error code -402 is documented in 1 table.",
        "REST API > Kakao Login (kakao_errors::rest::Login)",
        "name:        InsufficientScope",
        "code:        -402",
        "status:      403",
        "retry:       no",
        "remedy:      request_consent (Ask the user to agree to the missing consent items.)",
        "message:     If a user has not agreed to provide the user information (scope) that the API attempts to access.",
        "message_ko:  접근하려는 리소스에 대해 사용자 동의를 받지 않은 경우",
        "solution:    Check the required_scopes in the response body, and request additional consent to the scope.",
    ]);
}

#[test]
fn a_code_in_several_tables_shows_rest_first_then_mobility() {
    let out = run(&["-1"]);
    out.exited(0).prints_in_order(&[
        "Error code -1 is documented in 2 tables.",
        "REST API > Common",
        "status:      400",
        "retry:       yes",
        "Kakao Mobility (kakao_errors::mobility::MobilityError)",
        "status:      500",
        "retry:       yes",
        "solution_ko: 재시도",
    ]);
    assert!(!out.stdout.contains("Kakao Talk Share"));
}

#[test]
fn an_sdk_only_code_has_no_status() {
    run(&["-301"]).exited(0).prints_in_order(&[
        "REST API > Common",
        "name:        AppDoesNotExist",
        "status:      not documented",
        "message:     Requested with an app key of not registered app, or requested to an app that does not exist",
        "solution:    none documented",
    ]);
}

#[test]
fn talk_share_4019_prints_its_three_sub_errors_and_guides() {
    run(&["4019"]).exited(0).prints_in_order(&[
        "Kakao Talk Share (kakao_errors::share::TalkShareError)",
        "name:        PlatformAuthenticationFailed",
        "status:      401",
        "case-by-case troubleshooting",
        "sub-error \"invalid android_key_hash or ios_bundle_id or web_site_url\" (Misconfigured)",
        "\"error_code\":\"KOE009\"",
        "1. Check if the Web, Android, iOS platform information matches the actual service.",
        "sub-error \"domain mismatched\" (DomainMismatched)",
        "[-401] domain mismatched! caller=https://xx.",
        "sub-error \"wrong appKey(null) format\" (WrongAppKeyFormat)",
        "3. Check if the entire app key value is passed without omission.",
        "When using Google Apps Script web app:",
        "- (O) https://script.google.com",
        "When using an app distributed through App Distribution:",
        "- Flutter: print(await KakaoSdk.origin)",
        "- [Required] App ID",
    ]);
}

#[test]
fn talk_share_4002_and_5001_print_causes_steps_and_the_cookie_note() {
    run(&["4002"]).exited(0).prints_in_order(&[
        "name:        InvalidRequest",
        "solution:    Check the development guide and call the API according to the correct specification.",
        "             Refer to 4002 error occurs..",
        "causes:",
        "- The message template ID used for Kakao Talk Share is invalid",
        "steps:",
        "4. Update to the latest version of the SDK.",
    ]);
    let out = run(&["5001"]);
    out.exited(0).prints_in_order(&[
        "name:        InternalServerError",
        "retry:       yes",
        "- Cookies do not work properly due to external factors such as Chrome extensions in the browser",
        "2. Check if the image used for Kakao Talk Share is accessible from outside.",
        "- When using a firewall on the service server",
        "Reference: Error occurring in cookie-restricted environment:",
        "verify CSRF tokens",
    ]);
    assert!(!out.stdout.contains("sub-error"));
}

#[test]
fn a_talk_share_code_without_troubleshooting_prints_none() {
    let out = run(&["4007"]);
    out.exited(0).prints_in_order(&[
        "name:        TemporaryUsageLimitExceeded",
        "retry:       yes",
    ]);
    assert!(!out.stdout.contains("troubleshooting"));
}

#[test]
fn an_unknown_code_says_so_and_fails() {
    for code in ["99999", "0", "-2147483648", "+4019000"] {
        let out = run(&[code]);
        out.exited(1);
        assert!(out.stdout.is_empty(), "{code}: {}", out.stdout);
        assert!(
            out.stderr.contains("is not documented in any table"),
            "{code}: {}",
            out.stderr
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Bodies
// ---------------------------------------------------------------------------------------------

#[test]
fn a_rest_body_shows_its_fields_then_its_code() {
    let body = r#"{"msg":"\uc0ac\uc6a9\uc790 \ub3d9\uc758 \ud544\uc694","code":-402,"api_type":"TALK_MEMO_DEFAULT_SEND","allowed_scopes":["profile","friends"],"required_scopes":["talk_message"]}"#;
    run(&[body]).exited(0).prints_in_order(&[
        "Response body (REST API error):",
        "code:            -402",
        "message:         사용자 동의 필요",
        "required_scopes: talk_message",
        "allowed_scopes:  profile, friends",
        "api_type:        TALK_MEMO_DEFAULT_SEND",
        "REST API > Kakao Login",
        "name:        InsufficientScope",
    ]);
}

#[test]
fn a_status_and_body_show_the_status_and_retry() {
    run(&["--status", "400", r#"{"code":-1,"msg":"internal error"}"#])
        .exited(0)
        .prints_in_order(&[
            "HTTP status:     400 Bad Request (General error; 일반적인 오류)",
            "code:            -1",
            "retry:           yes",
            "REST API > Common",
            "Kakao Mobility",
        ]);
    run(&["--status=429", r#"{"code":4007,"msg":"limit"}"#])
        .exited(0)
        .prints_in_order(&[
            "HTTP status:     429 Too Many Request (Quota exceeded; 쿼터 초과)",
            "Kakao Talk Share",
            "name:        TemporaryUsageLimitExceeded",
        ]);
}

#[test]
fn an_oauth_body_shows_the_error_koe_code_and_its_4019_case() {
    let body = r#"{"error":"misconfigured","error_description":"invalid android_key_hash or ios_bundle_id or web_site_url","error_code":"KOE009"}"#;
    let out = run(&["--status", "401", body]);
    out.exited(0).prints_in_order(&[
        "Response body (OAuth error of Kakao Login):",
        "HTTP status:     401 Unauthorized",
        "OAuth error:     misconfigured",
        "KOE code:        KOE009",
        "This is the Kakao Talk Share 4019 case \"invalid android_key_hash or ios_bundle_id or web_site_url\"",
        "- The key hash passed from the app is different from the registered key hash",
        "When using an app distributed through App Distribution:",
    ]);
    assert!(
        !out.stdout.contains("domain mismatched"),
        "only the matching sub-error"
    );
}

#[test]
fn a_javascript_sdk_body_shows_its_sub_error_and_code() {
    let body = r#"{"name":"KAPIError","msg":"wrong appKey(null) format","code":-401}"#;
    run(&[body]).exited(0).prints_in_order(&[
        "Response body (JavaScript SDK error):",
        "name:            KAPIError",
        "message:         wrong appKey(null) format",
        "4019 case \"wrong appKey(null) format\"",
        "Error code -401 is documented in 2 tables.",
        "REST API > Common",
        "name:        InvalidToken",
        "Kakao Mobility",
    ]);
}

#[test]
fn a_plain_text_body_shows_its_sub_error() {
    let body =
        "[-401] domain mismatched! caller=https://example.com. check out registered web domains.";
    run(&[body]).exited(0).prints_in_order(&[
        "Response body (plain text):",
        "code:            -401",
        "4019 case \"domain mismatched\"",
        "When using Google Apps Script web app:",
        "REST API > Common",
    ]);
}

#[test]
fn a_body_with_an_unknown_code_fails() {
    let out = run(&[r#"{"code":12345,"msg":"new"}"#]);
    out.exited(1)
        .prints_in_order(&["code:            12345", "message:         new"]);
    assert!(
        out.stderr.contains("error code 12345 is not documented"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_gateway_page_with_a_status_is_shown_but_fails() {
    let out = run(&[
        "--status",
        "502",
        "<html><body>502 Bad Gateway</body></html>",
    ]);
    out.exited(1).prints_in_order(&[
        "HTTP status:     502 Bad Gateway (System error; 시스템 오류)",
        "body excerpt:    <html><body>502 Bad Gateway</body></html>",
        "retry:           yes",
    ]);
    assert!(
        out.stderr.contains("no documented Kakao error code"),
        "{}",
        out.stderr
    );
}

// ---------------------------------------------------------------------------------------------
// Malformed input
// ---------------------------------------------------------------------------------------------

#[test]
fn malformed_input_gets_a_message_and_the_usage() {
    run(&[]).rejects_with("nothing to explain");
    run(&["abc"]).rejects_with("neither an error code");
    run(&["{\"code\":"]).rejects_with("neither an error code");
    run(&["<html></html>"]).rejects_with("neither an error code");
    run(&["   "]).rejects_with("the input is empty");
    run(&["2147483648"]).rejects_with("codes fit in a 32-bit signed integer");
    run(&["-99999999999999999999"]).rejects_with("codes fit in a 32-bit signed integer");
    run(&["--bogus"]).rejects_with("unknown option \"--bogus\"");
    run(&["-x"]).rejects_with("unknown option \"-x\"");
    run(&["-402", "4019"]).rejects_with("not several");
    run(&["--status"]).rejects_with("--status needs a value");
    run(&["--status", "abc", "{}"]).rejects_with("between 100 and 599");
    run(&["--status", "99", "{}"]).rejects_with("between 100 and 599");
    run(&["--status", "600", "{}"]).rejects_with("between 100 and 599");
    run(&["--status", "400", "-402"]).rejects_with("--status goes with a body");
    run(&["--markdown", "-402"]).rejects_with("--markdown takes no other argument");
}

#[cfg(unix)]
#[test]
fn arguments_that_are_not_utf8_do_not_panic() {
    use std::os::unix::ffi::OsStringExt;
    let bad = || OsString::from_vec(vec![0xff, 0xfe, b'{']);

    run_os(&[bad()]).rejects_with("neither an error code");
    run_os(&["--status".into(), OsString::from_vec(vec![0xff])])
        .rejects_with("between 100 and 599");
    run_os(&[OsString::from_vec(b"--\xff".to_vec())]).rejects_with("neither an error code");

    let out = run_os(&["--status".into(), "400".into(), bad()]);
    out.exited(1)
        .prints_in_order(&["HTTP status:     400", "body excerpt:    \u{fffd}"]);
}

#[test]
fn help_prints_the_usage() {
    let out = run(&["--help"]);
    out.exited(0)
        .prints_in_order(&["usage: explain <CODE>", "explain --markdown"]);
    assert!(out.stderr.is_empty());
}

// ---------------------------------------------------------------------------------------------
// --markdown and docs/error-codes.md
// ---------------------------------------------------------------------------------------------

fn docs_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/error-codes.md")
}

#[test]
fn docs_error_codes_md_is_up_to_date() {
    let generated = run(&["--markdown"]).exited(0).stdout.clone();
    let path = docs_path();
    if std::env::var_os("KAKAO_ERRORS_BLESS").is_some() {
        std::fs::write(&path, &generated).expect("writing docs/error-codes.md");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != generated {
        let line = committed
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| committed.lines().count().min(generated.lines().count()));
        panic!(
            "docs/error-codes.md is out of date (first difference at line {}):\n  file     : {:?}\n  generated: {:?}\n\
             Regenerate it: cargo run --example explain -- --markdown > docs/error-codes.md\n\
             (or run this test with KAKAO_ERRORS_BLESS=1)",
            line + 1,
            committed.lines().nth(line).unwrap_or("<end of file>"),
            generated.lines().nth(line).unwrap_or("<end of output>"),
        );
    }
}

#[test]
fn markdown_has_a_row_for_every_code_of_every_table() {
    let out = run(&["--markdown"]);
    let markdown = &out.exited(0).stdout;
    let tables: [(&str, &[i32]); 10] = [
        ("## REST API > Common", Common::CODES),
        ("## REST API > Kakao Login", Login::CODES),
        ("## REST API > Kakao Talk Message", TalkMessage::CODES),
        ("## REST API > Kakao Talk Channel", TalkChannel::CODES),
        ("## REST API > Push Notification", Push::CODES),
        ("## REST API > Talk Calendar", TalkCalendar::CODES),
        ("## REST API > Kakao Moment", Moment::CODES),
        ("## REST API > Kakao Keyword Ad", KeywordAd::CODES),
        ("## Kakao Talk Share", TalkShareError::CODES),
        ("## Kakao Mobility", MobilityError::CODES),
    ];
    let mut rows = 0;
    for (heading, codes) in tables {
        let start = markdown
            .find(&format!("{heading}\n"))
            .unwrap_or_else(|| panic!("no {heading}"));
        let section = &markdown[start..];
        let section = &section[..section[heading.len()..]
            .find("\n## ")
            .map_or(section.len(), |e| e + heading.len())];
        let table_rows: Vec<&str> = section
            .lines()
            .filter(|l| l.starts_with("| ") && !l.starts_with("| code"))
            .collect();
        let listed: Vec<i32> = table_rows
            .iter()
            .filter_map(|l| l[2..].split(' ').next()?.parse().ok())
            .collect();
        assert_eq!(listed, codes, "{heading}");
        rows += listed.len();
    }
    assert_eq!(
        rows,
        43 + 7 + 19 + 15,
        "page 000 rows + SDK-only causes + Talk Share + Mobility"
    );
    // A line break in a solution (4002, 4011) stays inside its table cell.
    assert!(markdown.contains("correct specification.<br>Refer to 4002 error occurs.."));
    assert!(markdown.contains("| 429 Too Many Request | Fail | Quota exceeded |"));
    // The remedy column: 4007 waits for its limit to reset.
    assert!(
        markdown.contains("| 4007 | `TemporaryUsageLimitExceeded` | 400 | yes | `throttled` |")
    );
}
