//! The built `kakao-errors` binary itself (Cargo builds it once for the tests): its process exit
//! status and its two streams, for the inputs the in-process tests cover in detail.

use std::io::Write as _;
use std::process::{Command, Output, Stdio};

/// Runs the binary with `args` and `stdin`.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kakao-errors"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .expect("a stdin pipe")
        .write_all(stdin)
        .expect("stdin is written");
    child.wait_with_output().expect("the binary ends")
}

#[test]
fn exit_statuses_and_streams_of_the_process() {
    let out = run(&["explain", "401"], b"");
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("-401") && stdout.contains("401 Unauthorized"),
        "{stdout}"
    );

    let out = run(&["explian", "-402"], b"");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("did you mean explain?"), "{stderr}");
    assert!(out.stdout.is_empty());

    let out = run(&["99999"], b"");
    assert_eq!(out.status.code(), Some(1));

    // A hostile, secret-carrying body on standard input: neither stream holds the escape
    // sequence or the code.
    let body = "{\"error\":\"invalid_grant\",\"error_description\":\"\\u001b]0;owned\\u0007 code=SECRET-BIN-9\",\"error_code\":\"KOE999\\u001b[2J\"}";
    let out = run(&["--status", "400", "-"], body.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    for stream in [&out.stdout, &out.stderr] {
        let text = String::from_utf8_lossy(stream);
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}'),
            "{text}"
        );
        assert!(!text.contains("SECRET-BIN-9"), "{text}");
    }
}
