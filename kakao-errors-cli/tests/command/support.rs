//! Running the command in-process, and checking what it printed.

// Each test file uses a different part of this module.
#![allow(dead_code)]

use std::ffi::OsString;

use kakao_errors_cli::{Exit, help, run};

/// What one run printed, and how it ended.
#[derive(Debug)]
pub struct Run {
    pub exit: Exit,
    pub stdout: String,
    pub stderr: String,
}

/// Runs the command with `args` and `stdin`.
pub fn run_with(args: Vec<OsString>, stdin: &[u8]) -> Run {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let exit = run(args, stdin, &mut out, &mut err);
    Run {
        exit,
        stdout: String::from_utf8(out).expect("standard output is UTF-8"),
        stderr: String::from_utf8(err).expect("standard error is UTF-8"),
    }
}

/// Runs the command with `args` and nothing on standard input.
pub fn cmd(args: &[&str]) -> Run {
    run_with(args.iter().map(OsString::from).collect(), b"")
}

/// Runs the command with `args` and `stdin` on standard input.
pub fn cmd_stdin(args: &[&str], stdin: &[u8]) -> Run {
    run_with(args.iter().map(OsString::from).collect(), stdin)
}

impl Run {
    /// Checks how the run ended.
    #[track_caller]
    pub fn exited(&self, exit: Exit) -> &Self {
        assert_eq!(
            self.exit, exit,
            "stdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    /// Checks that standard output has each of `parts`, in this order.
    #[track_caller]
    pub fn prints_in_order(&self, parts: &[&str]) -> &Self {
        let mut rest = self.stdout.as_str();
        for part in parts {
            match rest.find(part) {
                Some(at) => rest = &rest[at + part.len()..],
                None => panic!("{part:?} is missing (or out of order) in:\n{}", self.stdout),
            }
        }
        self
    }

    /// Checks that standard output does not have `part`.
    #[track_caller]
    pub fn lacks(&self, part: &str) -> &Self {
        assert!(
            !self.stdout.contains(part),
            "{part:?} should not be in:\n{}",
            self.stdout
        );
        self
    }

    /// Checks that the run was a usage error (exit 2) saying `message`, with nothing on
    /// standard output.
    #[track_caller]
    pub fn rejects_with(&self, message: &str) {
        self.exited(Exit::Usage);
        assert!(
            self.stderr.contains(message),
            "{message:?} is missing in:\n{}",
            self.stderr
        );
        assert!(self.stderr.contains("--help"), "{}", self.stderr);
        assert!(self.stdout.is_empty(), "{}", self.stdout);
    }

    /// Checks that nothing documented was found (exit 1), standard error saying `message`.
    #[track_caller]
    pub fn finds_nothing(&self, message: &str) -> &Self {
        self.exited(Exit::NotDocumented);
        assert!(
            self.stderr.contains(message),
            "{message:?} is missing in:\n{}",
            self.stderr
        );
        self
    }

    /// Standard output as JSON.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).expect("--json prints one JSON value")
    }
}

/// The top-level `--json` keys that `--help` documents, in its order: each line of its
/// `--json` section that starts with a key and then at least two spaces.
pub fn documented_json_keys() -> Vec<&'static str> {
    let help: &'static str = Box::leak(help().into_boxed_str());
    let start = help.find("  --json ").expect("--help has a --json section");
    let end = help[start..]
        .find("\nOther commands:")
        .map_or(help.len(), |at| start + at);
    help[start..end]
        .lines()
        .skip(1)
        .filter_map(|line| {
            let rest = line.strip_prefix("                    ")?;
            let key = rest.split("  ").next()?;
            let is_key = !key.is_empty()
                && key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
                && rest.len() > key.len();
            is_key.then_some(key)
        })
        .collect()
}
