//! The `kakao-errors` command: explain a Kakao API error from the command line.
//!
//! ```text
//! kakao-errors explain -402                        # a code
//! kakao-errors explain KOE320                      # a Kakao Login code
//! kakao-errors explain KKO_3018                    # a bizmessage result, as resellers write it
//! kakao-errors explain '{"code":-402,"msg":"..."}' # a response body
//! kakao-errors explain --status 429 '<body>'       # a body and its HTTP status
//! curl -siL https://kapi.kakao.com/... | kakao-errors explain -        # a whole response
//! curl -v https://kapi.kakao.com/... 2>&1 | kakao-errors explain -     # curl -v output
//! kakao-errors explain 'ERROR ... status=401 body={"code":-401,...}'  # a log line
//! kakao-errors explain 'Kakao API error: HTTP 403, code -402 (...): ...' # a Display line
//! kakao-errors explain --json -402                 # the same, as JSON
//! kakao-errors markdown                            # every table, as Markdown
//! ```
//!
//! Install it with `cargo install kakao-errors-cli` (from a clone: `cargo install --path
//! kakao-errors-cli`); `kakao-errors --help` says every input and output form and the exit
//! codes ([`help`]).
//!
//! Everything it knows comes from the `kakao-errors` library: the tables of
//! [`kakao_errors::catalog`], the parser of [`kakao_errors::response`] and its remedies. This
//! crate is the command's code as a library, so that it can be run in-process: [`run`] is the
//! whole command, [`markdown`] the Markdown of every table.
//!
//! ```
//! use kakao_errors_cli::{Exit, run};
//!
//! let (mut out, mut err) = (Vec::new(), Vec::new());
//! let exit = run(["explain", "-402"], std::io::empty(), &mut out, &mut err);
//! assert_eq!(exit, Exit::Explained);
//! let text = String::from_utf8(out).unwrap();
//! assert!(text.contains("InsufficientScope"));
//! ```

mod args;
mod curl;
mod display_line;
mod explain;
mod help;
mod human;
mod input;
mod json;
mod log_line;
mod markdown;
mod status;
mod suggest;
mod typed;

use std::ffi::OsString;
use std::io::{Read, Write};
use std::process::ExitCode;

use kakao_errors::redact::clean;

pub use help::help;
pub use markdown::{REGENERATE, markdown};

/// How a run ended; the process exits with [`code`](Self::code).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Exit {
    /// 0: the input was explained (a table documents it), or help, version or Markdown was
    /// printed.
    Explained,
    /// 1: the input was read, but nothing documented was found (an unknown code, a body whose
    /// code no table documents, a gateway's page).
    NotDocumented,
    /// 2: bad usage (an unknown option, a missing input, a bad status, an input that is
    /// neither a code nor a body), or an explanation that could not be written as JSON.
    Usage,
}

impl Exit {
    /// The process exit code: 0, 1 or 2.
    #[must_use]
    pub const fn code(self) -> u8 {
        match self {
            Self::Explained => 0,
            Self::NotDocumented => 1,
            Self::Usage => 2,
        }
    }
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> Self {
        Self::from(exit.code())
    }
}

/// Runs the command with `args` (without the program name), reading standard input from
/// `stdin` (for the input `-`), writing the result to `stdout` and messages to `stderr`.
/// Never panics, whatever the arguments (those that are not UTF-8 included); a failure to
/// write (a closed pipe) is ignored.
pub fn run<I, A>(args: I, stdin: impl Read, stdout: &mut dyn Write, stderr: &mut dyn Write) -> Exit
where
    I: IntoIterator<Item = A>,
    A: Into<OsString>,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let (exit, out, err) = match args::parse(args) {
        Ok(command) => execute(command, stdin),
        Err(message) => usage(&message),
    };
    let _ = stdout.write_all(out.as_bytes());
    let _ = stdout.flush();
    let _ = stderr.write_all(err.as_bytes());
    let _ = stderr.flush();
    exit
}

/// The outcome, the text for standard output and the text for standard error.
type Outcome = (Exit, String, String);

fn usage(message: &str) -> Outcome {
    // What the message quotes of the input or the response is redacted where it is built;
    // nothing of it may move the cursor either.
    let message = clean(message).unredacted();
    let err = format!("kakao-errors: {message}\n(kakao-errors --help says how to use it)\n");
    (Exit::Usage, String::new(), err)
}

fn execute(command: args::Command, stdin: impl Read) -> Outcome {
    let explain = match command {
        args::Command::Help => return (Exit::Explained, help(), String::new()),
        args::Command::Version => {
            let version = format!("kakao-errors {}\n", env!("CARGO_PKG_VERSION"));
            return (Exit::Explained, version, String::new());
        }
        args::Command::Markdown => return (Exit::Explained, markdown(), String::new()),
        args::Command::Explain(explain) => explain,
    };
    let input = match input::read(explain.source, explain.status, stdin) {
        Ok(input) => input,
        Err(message) => return usage(&message),
    };
    let explanation = explain::explain(input);
    let out = if explain.json {
        match json::render(&explanation) {
            Ok(out) => out,
            Err(e) => {
                let err =
                    format!("kakao-errors: the explanation could not be written as JSON: {e}\n");
                return (Exit::Usage, String::new(), err);
            }
        }
    } else {
        human::render(&explanation)
    };
    match &explanation.missing {
        None => (Exit::Explained, out, String::new()),
        Some(missing) => {
            let err = format!("kakao-errors: {}\n", clean(missing).unredacted());
            (Exit::NotDocumented, out, err)
        }
    }
}
