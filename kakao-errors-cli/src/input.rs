//! The input, read and told apart: a code, a body, or a whole HTTP response as `curl -i`
//! prints it.

use std::ffi::OsString;
use std::io::Read;

use kakao_errors::response::{BodyKind, parse};

use crate::args::{self, Source};

/// The most read from standard input.
const STDIN_LIMIT: u64 = 16 << 20;

/// UTF-8's byte order mark.
const BOM: &[u8] = "\u{feff}".as_bytes();

/// What to explain.
pub(crate) enum Input {
    /// An error code as written (`-402`, `KOE320`), trimmed.
    Code(String),
    /// A response body, with what is known of the response around it.
    Body(Body),
}

/// A response body, and its status and headers when known.
pub(crate) struct Body {
    /// The body's bytes, as given.
    pub(crate) bytes: Vec<u8>,
    /// The status, and where it comes from.
    pub(crate) status: Option<(u16, StatusFrom)>,
    /// The status line and the headers of `curl -i` output.
    pub(crate) head: Option<Head>,
}

/// Where a response's status comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StatusFrom {
    /// `--status N`.
    Argument,
    /// The status line of `curl -i` output.
    StatusLine,
    /// The title of a gateway's HTML page (`<title>502 Bad Gateway</title>`).
    PageTitle,
}

impl StatusFrom {
    /// A stable snake_case name, for `--json`.
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            Self::Argument => "argument",
            Self::StatusLine => "status_line",
            Self::PageTitle => "page_title",
        }
    }
}

/// The head of an HTTP response: its status line and headers.
pub(crate) struct Head {
    /// The status line, as given (`HTTP/1.1 429 Too Many Requests`).
    pub(crate) status_line: String,
    /// The status and the headers (those that are valid HTTP).
    pub(crate) parts: http::response::Parts,
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
        return http_response(trimmed).map(Input::Body);
    }
    let body_like = match trimmed[0] {
        b'{' | b'<' => true,
        b'[' => parse(0, trimmed).kind() == BodyKind::Text,
        _ => false,
    };
    if !body_like {
        return Err(format!(
            "{what} is neither an error code (-402, 4019, KOE320, KAE004), an error body \
             ({{\"code\":-402,\"msg\":\"...\"}}, [-401] ..., an HTML page) nor curl -i output; \
             to explain it as a body anyway, give its status: --status 400 ..."
        ));
    }
    Ok(Input::Body(Body {
        bytes,
        status: None,
        head: None,
    }))
}

/// Whether `text` is written like an error code: an integer (`-402`, `4019`), or letters and
/// digits (`KOE320`, `kae004`).
fn is_code(text: &str) -> bool {
    if args::is_number(text) {
        return true;
    }
    let letters = text.bytes().take_while(u8::is_ascii_alphabetic).count();
    let digits = &text[letters..];
    (2..=8).contains(&letters)
        && !digits.is_empty()
        && digits.len() <= 12
        && digits.bytes().all(|b| b.is_ascii_digit())
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

/// A response as `curl -i` prints it: a status line, headers, a blank line, the body. The
/// heads of interim responses (`HTTP/1.1 100 Continue`, a proxy's `200 Connection
/// established`) are skipped.
fn http_response(mut text: &[u8]) -> Result<Body, String> {
    loop {
        let (head, body) = split_head(text);
        let mut lines = head
            .split(|&b| b == b'\n')
            .map(|line| line.strip_suffix(b"\r").unwrap_or(line));
        let status_line = String::from_utf8_lossy(lines.next().unwrap_or_default()).into_owned();
        let status = status_of(&status_line).ok_or_else(|| {
            format!("the status line {status_line:?} has no HTTP status from 100 to 599")
        })?;
        let next = body.trim_ascii_start();
        let interim = status < 200 || status_line.to_ascii_lowercase().contains("established");
        if interim && next.starts_with(b"HTTP/") {
            text = next;
            continue;
        }
        let mut builder = http::Response::builder().status(status);
        for line in lines {
            let Some(colon) = line.iter().position(|&b| b == b':') else {
                continue;
            };
            let name = http::HeaderName::from_bytes(line[..colon].trim_ascii());
            let value = http::HeaderValue::from_bytes(line[colon + 1..].trim_ascii());
            if let (Ok(name), Ok(value)) = (name, value) {
                builder = builder.header(name, value);
            }
        }
        let (parts, ()) = builder
            .body(())
            .map_err(|e| format!("cannot read the response head: {e}"))?
            .into_parts();
        return Ok(Body {
            bytes: body.to_vec(),
            status: Some((status, StatusFrom::StatusLine)),
            head: Some(Head { status_line, parts }),
        });
    }
}

/// The head (up to the first blank line) and the body after it.
fn split_head(text: &[u8]) -> (&[u8], &[u8]) {
    let mut start = 0;
    while let Some(newline) = text[start..].iter().position(|&b| b == b'\n') {
        let end = start + newline;
        if start > 0 && text[start..end].trim_ascii().is_empty() {
            return (&text[..start], &text[end + 1..]);
        }
        start = end + 1;
    }
    (text, &[])
}

/// The status of a status line: `HTTP/1.1 429 Too Many Requests`, `HTTP/2 502`.
fn status_of(line: &str) -> Option<u16> {
    let mut words = line.split_ascii_whitespace();
    words
        .next()
        .filter(|version| version.starts_with("HTTP/"))?;
    let status = words.next().filter(|s| s.len() == 3)?.parse().ok()?;
    (100..=599).contains(&status).then_some(status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_split_at_the_first_blank_line() {
        let (head, body) = split_head(b"HTTP/1.1 400 X\r\nA: b\r\n\r\n{\"code\":-2}\r\n\r\n");
        assert_eq!(head, b"HTTP/1.1 400 X\r\nA: b\r\n");
        assert_eq!(body, b"{\"code\":-2}\r\n\r\n");
        assert_eq!(split_head(b"HTTP/2 502\n\n").1, b"");
        assert_eq!(split_head(b"HTTP/2 502").0, b"HTTP/2 502");
    }

    #[test]
    fn status_lines() {
        assert_eq!(status_of("HTTP/1.1 429 Too Many Requests"), Some(429));
        assert_eq!(status_of("HTTP/2 502"), Some(502));
        assert_eq!(status_of("HTTP/1.1 4000 X"), None);
        assert_eq!(status_of("HTTP/1.1 abc"), None);
        assert_eq!(status_of("HTTP/1.1 999"), None);
    }

    #[test]
    fn codes_are_told_from_other_text() {
        for code in ["-402", "4019", "+1", "KOE320", "kae004", "KOE0001"] {
            assert!(is_code(code), "{code}");
        }
        for text in ["", "-", "KOE", "K320", "KOE32a", "{}", "abc", "KOE-320"] {
            assert!(!is_code(text), "{text}");
        }
    }
}
