//! The input, read and told apart: a code, a body, a whole HTTP response as `curl -i` or
//! `curl -v` prints it, a log line with a body inside, or this crate's own `Display` line.

use std::ffi::OsString;
use std::io::Read;

use kakao_errors::mobility::failed_routes;
use kakao_errors::response::{BodyKind, parse};

use crate::args::{self, Source};
use crate::curl::{self, Head};
use crate::{display_line, log_line};

/// The most read from standard input.
const STDIN_LIMIT: u64 = 16 << 20;

/// UTF-8's byte order mark.
const BOM: &[u8] = "\u{feff}".as_bytes();

/// What to explain.
pub(crate) enum Input {
    /// An error code as written (`-402`, `KOE320`, `KKO_3018`, `NotAuthorizedError`), trimmed.
    Code(String),
    /// A response body, with what is known of the response around it.
    Body(Body),
}

/// A response body, and its status and headers when known.
pub(crate) struct Body {
    /// The body's bytes.
    pub(crate) bytes: Vec<u8>,
    /// The status, and where it comes from.
    pub(crate) status: Option<(u16, StatusFrom)>,
    /// The status line and the headers of `curl -i` or `curl -v` output.
    pub(crate) head: Option<Head>,
    /// What the body was given in.
    pub(crate) form: Form,
}

/// What a body was given in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// The body itself.
    Body,
    /// `curl -i` output (`-si`, `-siL`): status line, headers, body.
    HttpResponse,
    /// `curl -v` output: `< ` lines and the body.
    CurlVerbose,
    /// A log line (or any text) with the body inside.
    LogLine,
    /// This crate's `Display` line of a parsed response.
    DisplayLine,
}

impl Form {
    /// A stable snake_case name, for `--json`.
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            Self::Body => "body",
            Self::HttpResponse => "http_response",
            Self::CurlVerbose => "curl_verbose",
            Self::LogLine => "log_line",
            Self::DisplayLine => "display_line",
        }
    }
}

/// Where a response's status comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StatusFrom {
    /// `--status N`.
    Argument,
    /// The status line of `curl -i` or `curl -v` output.
    StatusLine,
    /// The title of a gateway's HTML page (`<title>502 Bad Gateway</title>`).
    PageTitle,
    /// `status=NNN` (or `HTTP NNN`) beside the body in a log line.
    LogLine,
    /// `HTTP NNN` of this crate's `Display` line.
    DisplayLine,
    /// A code given as a number from 100 to 599 (`explain 401`), read as a status too.
    Code,
}

impl StatusFrom {
    /// A stable snake_case name, for `--json`.
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            Self::Argument => "argument",
            Self::StatusLine => "status_line",
            Self::PageTitle => "page_title",
            Self::LogLine => "log_line",
            Self::DisplayLine => "display_line",
            Self::Code => "code",
        }
    }
}

/// Reads the input of `explain` from its argument or from `stdin`, and tells what it is.
/// `Err` is a usage error's message.
pub(crate) fn read(
    source: args::Source,
    status: Option<u16>,
    stdin: impl Read,
) -> Result<Input, String> {
    let (mut bytes, what) = match source {
        Source::Arg(arg) => (os_bytes(arg), "the input"),
        Source::Stdin => (read_stdin(stdin)?, "standard input"),
    };
    // Editors on Windows save a body with a byte order mark; it is not part of the body.
    if bytes.starts_with(BOM) {
        bytes.drain(..BOM.len());
    }
    if let Some(status) = status {
        // With a status, the input is a body whatever it looks like.
        return Ok(Input::Body(Body {
            bytes,
            status: Some((status, StatusFrom::Argument)),
            head: None,
            form: Form::Body,
        }));
    }
    let trimmed = bytes.trim_ascii();
    if trimmed.is_empty() {
        return Err(format!(
            "nothing to explain: {what} is empty (an empty body needs its status: --status 502 '')"
        ));
    }
    if let Some(code) = core::str::from_utf8(trimmed).ok().filter(|t| is_code(t)) {
        return Ok(Input::Code(code.to_owned()));
    }
    if trimmed.starts_with(b"HTTP/") {
        return curl::read_i(trimmed).map(|response| from_curl(response, Form::HttpResponse));
    }
    if let Some(response) = curl::read_verbose(trimmed) {
        return response.map(|response| from_curl(response, Form::CurlVerbose));
    }
    if curl::looks_verbose(trimmed) {
        return Err(format!(
            "{what} looks like curl -v output, but has no response line (< HTTP/...): give \
             the whole output, with 2>&1"
        ));
    }
    let body = |bytes: Vec<u8>| {
        Input::Body(Body {
            bytes,
            status: None,
            head: None,
            form: Form::Body,
        })
    };
    match trimmed[0] {
        // A JSON object: the body itself, unless it is no Kakao error body but holds one (a
        // JSON log record).
        b'{' => {
            let whole =
                parse(0, trimmed).kind() != BodyKind::Unreadable || failed_routes(trimmed).is_ok();
            if whole {
                return Ok(body(bytes));
            }
            let text = String::from_utf8_lossy(trimmed);
            return Ok(match log_line::find(&text) {
                Some(found) => from_log(found),
                None => body(bytes),
            });
        }
        b'<' => return Ok(body(bytes)),
        b'[' if parse(0, trimmed).kind() == BodyKind::Text => return Ok(body(bytes)),
        _ => {}
    }
    let text = String::from_utf8_lossy(trimmed);
    if let Some(line) = display_line::read(&text) {
        let line = line?;
        return Ok(Input::Body(Body {
            bytes: line.body,
            status: Some((line.status, StatusFrom::DisplayLine)),
            head: None,
            form: Form::DisplayLine,
        }));
    }
    if let Some(found) = log_line::find(&text) {
        return Ok(from_log(found));
    }
    Err(format!(
        "{what} is neither an error code (-402, 4019, KOE320, KKO_3018, E2003, \
         NotAuthorizedError), an error body ({{\"code\":-402,\"msg\":\"...\"}}, [-401] ..., an \
         HTML page), curl -i or curl -v output, a log line with an error body in it, nor a \
         \"Kakao API error: HTTP ...\" line; to explain it as a body anyway, give its status: \
         --status 400 ..."
    ))
}

fn from_curl(response: curl::Response, form: Form) -> Input {
    let status = response.head.parts.status.as_u16();
    Input::Body(Body {
        bytes: response.body,
        status: Some((status, StatusFrom::StatusLine)),
        head: Some(response.head),
        form,
    })
}

fn from_log(found: log_line::Found) -> Input {
    Input::Body(Body {
        bytes: found.body,
        status: found.status.map(|status| (status, StatusFrom::LogLine)),
        head: None,
        form: Form::LogLine,
    })
}

/// Whether `text` is written like an error code: an integer (`-402`, `4019`); letters, an
/// optional `_`, and digits (`KOE320`, `kae004`, `E2003`, `KKO_3018`); or an `errorType` name
/// (see [`error_type_name`]).
fn is_code(text: &str) -> bool {
    if args::is_number(text) {
        return true;
    }
    let letters = text.bytes().take_while(u8::is_ascii_alphabetic).count();
    let rest = &text[letters..];
    let digits = rest.strip_prefix('_').unwrap_or(rest);
    let prefixed = (1..=8).contains(&letters)
        && !digits.is_empty()
        && digits.len() <= 12
        && digits.bytes().all(|b| b.is_ascii_digit());
    prefixed || error_type_name(text)
}

/// Whether `text` is written like an `errorType` of the search and Local APIs: a known one in
/// any ASCII case (`NotAuthorizedError`), or a word of letters that starts with a capital and
/// ends with `Error` (`SomeNewError`, which no table documents).
pub(crate) fn error_type_name(text: &str) -> bool {
    use kakao_errors::local::ErrorType;

    let known = ErrorType::VARIANTS
        .iter()
        .any(|e| e.name().eq_ignore_ascii_case(text));
    let word = (6..=64).contains(&text.len())
        && text.bytes().all(|b| b.is_ascii_alphabetic())
        && text.starts_with(|c: char| c.is_ascii_uppercase())
        && text.ends_with("Error");
    known || word
}

/// The argument's bytes as given (on Unix, even when they are not UTF-8).
fn os_bytes(arg: OsString) -> Vec<u8> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt as _;
        arg.into_vec()
    }
    #[cfg(not(unix))]
    {
        arg.to_string_lossy().into_owned().into_bytes()
    }
}

fn read_stdin(stdin: impl Read) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    stdin
        .take(STDIN_LIMIT + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    if bytes.len() as u64 > STDIN_LIMIT {
        return Err(format!(
            "standard input is larger than {} MiB: give the error response alone",
            STDIN_LIMIT >> 20
        ));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_told_from_other_text() {
        for code in [
            "-402",
            "4019",
            "+1",
            "KOE320",
            "kae004",
            "KOE0001",
            "E2003",
            "K3018",
            "KKO_3018",
            "kko_3018",
            "NotAuthorizedError",
            "notauthorizederror",
            "InvalidArgument",
            "SomeNewError",
        ] {
            assert!(is_code(code), "{code}");
        }
        for text in [
            "",
            "-",
            "KOE",
            "KOE32a",
            "{}",
            "abc",
            "KOE-320",
            "KKO_",
            "_3018",
            "KKO__3018",
            "explain",
            "Error",
            "someError",
            "Not Authorized Error",
        ] {
            assert!(!is_code(text), "{text}");
        }
    }
}
