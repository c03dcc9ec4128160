//! The command line, read into a [`Command`]. Arguments are `OsString`s: one that is not
//! UTF-8 is an input like any other (its bytes are the body), never a panic.

use std::ffi::OsString;

use kakao_errors::redact::clean;

use crate::suggest;

/// The commands, for suggestions.
const COMMANDS: &[&str] = &["explain", "markdown", "help"];

/// The options, for suggestions.
const OPTIONS: &[&str] = &["--json", "--status", "--help", "--version"];

/// What the command line asks for.
#[derive(Debug)]
pub(crate) enum Command {
    /// `--help`, `-h`, `help`.
    Help,
    /// `--version`, `-V`.
    Version,
    /// `markdown`: every table as Markdown.
    Markdown,
    /// `explain ...` (the word `explain` may be left out).
    Explain(Explain),
}

/// The arguments of `explain`.
#[derive(Debug)]
pub(crate) struct Explain {
    /// `--json`: one JSON object instead of text.
    pub(crate) json: bool,
    /// `--status N`: the input is a body, answered with this status.
    pub(crate) status: Option<u16>,
    /// The input.
    pub(crate) source: Source,
}

/// Where the input comes from.
#[derive(Debug)]
pub(crate) enum Source {
    /// An argument, as given.
    Arg(OsString),
    /// `-`: standard input.
    Stdin,
}

/// Reads the arguments (without the program name). `Err` is a message for a usage error.
pub(crate) fn parse(args: Vec<OsString>) -> Result<Command, String> {
    let mut before_inputs = args.iter().take_while(|arg| arg.to_str() != Some("--"));
    if before_inputs.any(|arg| matches!(arg.to_str(), Some("--help" | "-h"))) {
        return Ok(Command::Help);
    }
    let mut args = args.into_iter().peekable();
    let Some(first) = args.peek() else {
        return Err("nothing to explain: give a code, a body or -".to_owned());
    };
    match first.to_str() {
        Some("help") => return Ok(Command::Help),
        Some("--version" | "-V") => return Ok(Command::Version),
        Some("markdown") => {
            args.next();
            return match args.next() {
                None => Ok(Command::Markdown),
                Some(extra) => Err(format!(
                    "markdown takes no arguments, not {:?}",
                    clean(&extra.to_string_lossy())
                )),
            };
        }
        Some("explain") => {
            args.next();
        }
        // A word close to a command is a misspelt command, not an input.
        Some(word) if word.bytes().all(|b| b.is_ascii_alphabetic()) => {
            if let Some(command) = suggest::closest(word, COMMANDS) {
                return Err(format!(
                    "unknown command {:?}, did you mean {command}?",
                    clean(word)
                ));
            }
        }
        // Anything else (an argument that is not UTF-8 too) is explain's.
        _ => {}
    }
    explain(args).map(Command::Explain)
}

fn explain(args: impl Iterator<Item = OsString>) -> Result<Explain, String> {
    let mut json = false;
    let mut status = None;
    let mut input: Option<Source> = None;
    let mut options_done = false;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let text = arg.to_str().filter(|_| !options_done);
        let source = match text {
            Some("--json") => {
                json = true;
                continue;
            }
            Some("--status") => {
                let value = args
                    .next()
                    .ok_or("--status needs a value, e.g. --status 400")?;
                status = Some(parse_status(&value)?);
                continue;
            }
            Some(text) if text.starts_with("--status=") => {
                status = Some(parse_status(&OsString::from(&text["--status=".len()..]))?);
                continue;
            }
            Some("--") => {
                options_done = true;
                continue;
            }
            Some("-") => Source::Stdin,
            // A negative code (-402) is an input, not an option.
            Some(text) if text.starts_with('-') && !is_number(text) => {
                let name = text.split('=').next().unwrap_or(text);
                return Err(match suggest::closest(name, OPTIONS) {
                    Some(option) => {
                        format!("unknown option {:?}, did you mean {option}?", clean(text))
                    }
                    None => format!("unknown option {:?}", clean(text)),
                });
            }
            _ => Source::Arg(arg),
        };
        if input.is_some() {
            return Err("give one input (a code, a body or -), not several".to_owned());
        }
        input = Some(source);
    }
    let source = input.ok_or("nothing to explain: give a code, a body or -")?;
    Ok(Explain {
        json,
        status,
        source,
    })
}

/// An optional sign and at least one ASCII digit, nothing else.
pub(crate) fn is_number(text: &str) -> bool {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

fn parse_status(value: &OsString) -> Result<u16, String> {
    let text = value.to_str().unwrap_or("").trim();
    match text.parse::<u16>() {
        Ok(status) if (100..=599).contains(&status) => Ok(status),
        _ => Err(format!(
            "--status needs an HTTP status from 100 to 599, not {:?}",
            clean(&value.to_string_lossy())
        )),
    }
}
