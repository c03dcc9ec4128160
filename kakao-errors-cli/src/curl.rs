//! What `curl` prints: `curl -i` (`-si`, `-siL`: a response, or several one after another)
//! and `curl -v` (the response's lines marked `< `, then the body).

/// The head of an HTTP response: its status line and headers.
pub(crate) struct Head {
    /// The status line, as given (`HTTP/1.1 429 Too Many Requests`).
    pub(crate) status_line: String,
    /// The status and the headers (those that are valid HTTP).
    pub(crate) parts: http::response::Parts,
    /// How many responses the output held; the last one is this one.
    pub(crate) responses: usize,
}

/// The response read: its head and its body.
pub(crate) struct Response {
    pub(crate) head: Head,
    pub(crate) body: Vec<u8>,
}

/// Reads `curl -i` output, which starts with a status line: a head (status line and headers)
/// up to a blank line, then the body. Heads of responses that are followed by another are
/// skipped: an interim response (`HTTP/1.1 100 Continue`), a proxy's `HTTP/1.1 200 Connection
/// established`, a redirect that `-L` followed (its body too, up to the next status line), and
/// any head with no body right before another. The last response is the one read.
pub(crate) fn read_i(mut text: &[u8]) -> Result<Response, String> {
    let mut responses = 0;
    loop {
        responses += 1;
        let (head, rest) = split_head(text);
        let mut lines = lines(head);
        let status_line =
            String::from_utf8_lossy(lines.next().unwrap_or_default().trim_ascii()).into_owned();
        let status = status_of(&status_line).ok_or_else(|| {
            format!(
                "the status line {:?} has no HTTP status from 100 to 599",
                kakao_errors::redact::clean(&status_line)
            )
        })?;
        let next = rest.trim_ascii_start();
        if starts_with_status_line(next) {
            text = next;
            continue;
        }
        let passes_on = status < 200
            || (300..400).contains(&status)
            || status_line.to_ascii_lowercase().contains("established");
        if passes_on {
            if let Some(at) = next_status_line(rest) {
                text = &rest[at..];
                continue;
            }
        }
        return Ok(Response {
            head: head_of(status_line, status, lines, responses)?,
            body: rest.to_vec(),
        });
    }
}

/// Reads `curl -v` output (or `curl -v ... 2>&1`, or `--trace-ascii`'s marked lines): a line
/// `< HTTP/...` starts a response's head, the `< ` lines after it are its headers up to a
/// blank `<` line, and the lines after that which carry no mark are the body. Request lines
/// (`> `), curl's notes (`* `) and data notes (`{ [5 bytes data]`) are never read, so a
/// request's `Authorization` header or body is neither read nor shown. Several responses
/// (redirects with `-L`): the last one. `None` when no line starts with `< HTTP/`.
pub(crate) fn read_verbose(text: &[u8]) -> Option<Result<Response, String>> {
    let mut head: Vec<&[u8]> = Vec::new();
    let mut in_head = false;
    let mut body: Vec<&[u8]> = Vec::new();
    let mut responses = 0;
    for line in lines(text) {
        if let Some(marked) = response_line(line) {
            if starts_with_status_line(marked) {
                responses += 1;
                head = vec![marked];
                in_head = true;
                body.clear();
            } else if in_head {
                if marked.trim_ascii().is_empty() {
                    in_head = false;
                } else {
                    head.push(marked);
                }
            }
            continue;
        }
        if is_curl_note(line) || responses == 0 || in_head {
            continue;
        }
        body.push(without_curl_note(line));
    }
    if responses == 0 {
        return None;
    }
    while body.last().is_some_and(|line| line.trim_ascii().is_empty()) {
        body.pop();
    }
    let body = body.join(&b'\n');
    // `curl -v -i` prints the head again, unmarked, before the body: read that.
    if starts_with_status_line(body.trim_ascii_start()) {
        return Some(read_i(body.trim_ascii_start()).map(|mut response| {
            response.head.responses = responses.max(response.head.responses);
            response
        }));
    }
    let mut lines = head.into_iter();
    let status_line =
        String::from_utf8_lossy(lines.next().unwrap_or_default().trim_ascii()).into_owned();
    let status = status_of(&status_line)?;
    Some(head_of(status_line, status, lines, responses).map(|head| Response { head, body }))
}

/// Whether `text` looks like `curl -v` output: its first line is marked as curl marks its
/// lines (`* `, `> `, `< `).
pub(crate) fn looks_verbose(text: &[u8]) -> bool {
    let first = lines(text).next().unwrap_or_default();
    [&b"* "[..], b"> ", b"< "]
        .iter()
        .any(|mark| first.starts_with(mark))
}

/// A response line of `curl -v` without its mark: `< Content-Type: ...`, and `<` alone.
fn response_line(line: &[u8]) -> Option<&[u8]> {
    match line {
        [b'<'] => Some(&[]),
        [b'<', b' ', rest @ ..] => Some(rest),
        _ => None,
    }
}

/// A line of `curl -v` that is not the response's: the request (`> `), a note (`* `), a note
/// on data sent or received (`{ [5 bytes data]`, `} [...]`).
fn is_curl_note(line: &[u8]) -> bool {
    matches!(
        line,
        [b'>' | b'*'] | [b'>' | b'*', b' ', ..] | [b'{' | b'}', b' ', b'[', ..]
    )
}

/// A body line without the note curl writes right after a body that does not end with a line
/// break (`{"code":-401}* Connection #0 to host kapi.kakao.com left intact`).
fn without_curl_note(line: &[u8]) -> &[u8] {
    for note in [&b"* Connection #"[..], b"* Closing connection"] {
        if let Some(at) = line.windows(note.len()).position(|w| w == note) {
            return &line[..at];
        }
    }
    line
}

/// The lines of `text`, without their `\r`.
fn lines(text: &[u8]) -> impl Iterator<Item = &[u8]> {
    text.split(|&b| b == b'\n')
        .map(|line| line.strip_suffix(b"\r").unwrap_or(line))
}

/// The head built from a status line and header lines (`Name: value`; others are skipped).
fn head_of<'a>(
    status_line: String,
    status: u16,
    lines: impl Iterator<Item = &'a [u8]>,
    responses: usize,
) -> Result<Head, String> {
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
    Ok(Head {
        status_line,
        parts,
        responses,
    })
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

/// Whether `text` starts with a status line.
fn starts_with_status_line(text: &[u8]) -> bool {
    let line = lines(text).next().unwrap_or_default();
    line.starts_with(b"HTTP/") && status_of(&String::from_utf8_lossy(line)).is_some()
}

/// Where the first line of `text` that is a status line starts.
fn next_status_line(text: &[u8]) -> Option<usize> {
    let mut start = 0;
    loop {
        if starts_with_status_line(&text[start..]) {
            return Some(start);
        }
        start += text[start..].iter().position(|&b| b == b'\n')? + 1;
    }
}

/// The status of a status line: `HTTP/1.1 429 Too Many Requests`, `HTTP/2 502`.
pub(crate) fn status_of(line: &str) -> Option<u16> {
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
    fn a_redirect_chain_gives_its_last_response() {
        let text = b"HTTP/1.1 302 Found\r\nLocation: /b\r\n\r\n<html>moved</html>\r\nHTTP/1.1 301 Moved\r\nLocation: /c\r\n\r\nHTTP/2 401\r\nx-request-id: r1\r\n\r\n{\"code\":-401}";
        let response = read_i(text).unwrap();
        assert_eq!(response.head.status_line, "HTTP/2 401");
        assert_eq!(response.head.responses, 3);
        assert_eq!(response.head.parts.headers["x-request-id"], "r1");
        assert_eq!(response.body, b"{\"code\":-401}");
        // A body that is not followed by another response stays the body, a status line in it
        // or not.
        let text = b"HTTP/1.1 400 Bad\r\n\r\n{\"msg\":\"see\nHTTP/1.1 200 OK\"}";
        assert_eq!(
            read_i(text).unwrap().body,
            b"{\"msg\":\"see\nHTTP/1.1 200 OK\"}"
        );
    }

    #[test]
    fn verbose_output_reads_marked_response_lines_and_the_body() {
        let text = b"* Trying 1.2.3.4\r\n> POST /v2/api HTTP/1.1\r\n> Authorization: Bearer secret\r\n> \r\n} [20 bytes data]\r\n< HTTP/1.1 400 Bad Request\r\n< Content-Type: application/json\r\n< \r\n{ [40 bytes data]\r\n{\"code\":-2,\"msg\":\"bad\"}* Connection #0 to host x left intact\r\n";
        let response = read_verbose(text).unwrap().unwrap();
        assert_eq!(response.head.status_line, "HTTP/1.1 400 Bad Request");
        assert_eq!(response.body, b"{\"code\":-2,\"msg\":\"bad\"}");
        assert!(response.head.parts.headers.get("authorization").is_none());
        assert!(read_verbose(b"* Trying\r\n> GET / HTTP/1.1\r\n").is_none());
    }

    #[test]
    fn curl_notes_are_told_from_body_lines() {
        for note in [
            &b"* Trying"[..],
            b"> GET /",
            b">",
            b"*",
            b"{ [5 bytes data]",
            b"} [5",
        ] {
            assert!(is_curl_note(note), "{:?}", String::from_utf8_lossy(note));
        }
        for body in [&b"{\"code\":-2}"[..], b"{[", b"[-401] x", b""] {
            assert!(!is_curl_note(body), "{:?}", String::from_utf8_lossy(body));
        }
    }
}
