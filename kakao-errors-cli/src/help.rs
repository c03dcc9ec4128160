//! The text of `--help`.

use std::fmt::Write as _;

use kakao_errors::catalog;

/// What `kakao-errors --help` prints: every input form, the output forms and the exit codes.
/// The list of body shapes is the catalog's (each table's `Shape`, with its families), so a
/// table added to the catalog is in it.
///
/// ```
/// let help = kakao_errors_cli::help();
/// assert!(help.contains("kakao-errors explain [--json] <CODE>"));
/// assert!(help.contains(r#"{"error_code": ..., "error_message": ..., "extras": {...}}"#));
/// ```
#[must_use]
pub fn help() -> String {
    let mut text = String::from(BEFORE_SHAPES);
    text.push_str(&shapes());
    text.push_str(AFTER_SHAPES);
    text
}

/// Each body shape of the catalog's tables, once, in the catalog's order, with the families
/// whose tables have it.
fn shapes() -> String {
    let mut shapes: Vec<(String, Vec<&str>)> = Vec::new();
    for table in catalog::TABLES {
        let shape = table.shape().to_string();
        let family = table.family().title();
        match shapes.iter_mut().find(|(known, _)| *known == shape) {
            Some((_, families)) if !families.contains(&family) => families.push(family),
            Some(_) => {}
            None => shapes.push((shape, vec![family])),
        }
    }
    let mut text = String::new();
    for (shape, families) in shapes {
        let _ = writeln!(text, "  {shape}");
        let mut line = String::from("      ");
        for (i, family) in families.iter().enumerate() {
            let word = if i + 1 < families.len() {
                format!("{family}, ")
            } else {
                (*family).to_owned()
            };
            if line.len() + word.len() > 88 {
                let _ = writeln!(text, "{}", line.trim_end());
                line = String::from("      ");
            }
            line.push_str(&word);
        }
        let _ = writeln!(text, "{line}");
    }
    text
}

const BEFORE_SHAPES: &str = r#"kakao-errors: explain a Kakao API error, from its code or from the response itself.

Usage:
  kakao-errors explain [--json] <CODE>
  kakao-errors explain [--json] <BODY>
  kakao-errors explain [--json] --status <N> <BODY>
  kakao-errors explain [--json] [--status <N>] -
  kakao-errors markdown
  kakao-errors --help | --version

The word explain may be left out: kakao-errors -402 is kakao-errors explain -402. A
misspelt command or option gets a suggestion (unknown command "explian", did you mean
explain?) and exit status 2.

Inputs:
  <CODE>          An error code as Kakao writes it, in any letter case: -402, 4019,
                  KOE320, KAE004, E2003 (Kakao Talk Certification), -780 (Kakao Pay),
                  3018 (bizmessage; also as resellers write it: KKO_3018, K3018), a
                  detail code (21006, Kakao Moment's), a route result code (104, Kakao
                  Mobility's), or an errorType of the search and local APIs
                  (NotAuthorizedError). Every table that documents it is shown, in the
                  catalog's order: REST API first, then Kakao Talk Share, then Kakao
                  Mobility, then the others.
                  A number from 100 to 599 written without a sign is read as an HTTP
                  status too: where no table documents it as written, its negative is
                  shown (401 is no code; -401 is, and HTTP 401 is Unauthorized), and
                  exit status is 0 when the negative is documented; where a table does
                  document it (a route result code), that is shown, with the status.
  <BODY>          An error response body, as one argument (quote it), in one of these
                  shapes: each table's bodies as the catalog gives them, with the
                  families that send them, then the other bodies Kakao's APIs send.
"#;

const AFTER_SHAPES: &str = r#"  {"name": "KAPIError", "msg": ..., "code": -401}
      the JavaScript SDK
  {"errorType": ..., "message": ...}
      the search and local APIs
  [-401] domain mismatched! ...
      plain text
  <html>...502 Bad Gateway...</html>
      a gateway's or proxy's page
                  The response is named by its table's shape, and read with that
                  table: its remedy and case are that table's (a detail code, a Kakao
                  Pay sub-code, a route's result code).
  --status <N>    The response's HTTP status, 100 to 599 (also --status=N). The input
                  is then a body whatever it looks like, even 42 or '' (empty).
  -               Read the input from standard input:
                    curl -s https://kapi.kakao.com/... | kakao-errors explain -
  curl -i output  A status line, headers, a blank line, then the body, as an argument
                  or on standard input; the status and the Retry-After and request id
                  headers are taken from it. With several responses one after another
                  (curl -siL's redirects, HTTP/1.1 100 Continue, a proxy's 200
                  Connection established), the last one is explained:
                    curl -siL https://kapi.kakao.com/... | kakao-errors explain -
  curl -v output  The response's lines (< HTTP/1.1 401 ..., < Header: value, a blank <)
                  and the body after them, with 2>&1; the request's lines (> ...),
                  curl's notes (* ...) and data notes ({ [5 bytes data]) are not read,
                  so a request's Authorization header is never read or shown:
                    curl -v https://kapi.kakao.com/... 2>&1 | kakao-errors explain -
  a log line      Any text with a Kakao error body in it (a log line, a JSON log
                  record, a stack trace): the first balanced JSON object that reads as
                  an error body (one whose code a table documents first), or a JSON
                  string holding one. Its status is read beside it on its line: the
                  last status=NNN, status: NNN, "status":NNN, status_code=NNN, HTTP NNN
                  or HTTP/1.1 NNN before the body, else the first after it; none there,
                  no status:
                    ... ERROR kakao call failed: status=401 body={"code":-401,"msg":"..."}
  a Display line  The one line a parsed response of the kakao-errors library prints
                  (from a log, anywhere in the text): its status, code, the row and
                  case it names and its message are read back into a body of its
                  table's shape, explained with the same code, status and remedy:
                    Kakao API error: HTTP 403, code -402 (InsufficientScope): ...
  --              Everything after it is the input, even if it starts with -.

Output:
  Text (the default). For a code: each table's entry (table, name, code, documented
  status, retry, remedy, message and solution in English and Korean, the body its
  code is sent in, documentation link, and where a code not on its table's page is
  known from), and Kakao Talk Share's case-by-case troubleshooting for 4002, 4019 and
  5001; an errorType's row and the cases its messages tell apart.
  For a body: first what the response says (its shape, the HTTP status and what it
  means for the family of APIs that answered, code, message, scopes, detail code,
  ..., and the remedy read from the whole response), then its case, where one of its
  row's cases applies, then the failed routes of a directions answer, then the entries
  for its codes.

  What a server sent (messages, codes, page titles, header values, the status line)
  and what is echoed of the input is written by the kakao-errors library's rule
  (kakao_errors::redact), in the text, in --json and on standard error: secrets
  (code=..., tokens, cookies, Authorization) as <redacted>, and control,
  bidirectional and zero-width characters escaped (\u{1b}, \u{202e}), on one line. A
  request's lines (curl -v's > lines) and the text around a log line's body are never
  shown.

  --json          One JSON object instead, for scripts, with these keys in this order:
                    input            {"form": "code", "text", "read_as"} (read_as: the
                                     code shown when it is not the text: "-401" for
                                     401, "3018" for KKO_3018; else null), or {"form":
                                     "body", "http_response", "curl_verbose",
                                     "log_line" or "display_line", "status",
                                     "status_from", "status_line", "responses",
                                     "page_title"}
                    status           {"code", "reason", "family", "note"}: the response's
                                     HTTP status (for a code from 100 to 599, the code
                                     read as a status) and its meaning, or null
                    shape            {"family", "table", "body"}: the body's shape, from
                                     the table whose row the response is; null for a
                                     code, or a body no table's shape is
                    response         the parsed response, read with that table (the
                                     serialized ResponseError of the kakao-errors
                                     library; its status is 0 when none was given), or
                                     null for a code
                    remedy           {"name", "description", "after_secs", "scopes"}: what
                                     to do, from the whole response; null for a code (each
                                     entry has its own)
                    case             {"name", "told_apart_by", "detail_code", "message",
                                     "message_ko", "solution", "solution_ko", "remedy",
                                     "page", "known_from"}: the case of the response's
                                     own row it is (any product's: a detail code, a
                                     status, a phrase of the message, a sub-code), or
                                     null; never a case of another product's row
                    routes           {"routes", "failed", "failed_routes": [{"index",
                                     "code", "name", "message"}]}: the failed routes of a
                                     directions answer, or null
                    entries          [{"table", "path", "url", "family", "code", "name",
                                     "status", "retry", "remedy", "message", "message_ko",
                                     "solution", "solution_ko", "known_from"}], in the
                                     order above (an errorType's row with the same keys)
                    troubleshooting  Kakao Talk Share's case-by-case troubleshooting of the
                                     entries that have one
                    documented       whether anything documented was found (exit status 0)

Other commands:
  markdown        Print every table as Markdown (the text of docs/error-codes.md).

Exit status:
  0  explained: a table documents the code (or the body shows a documented error, or
     a case of one)
  1  read, but nothing documented found: an unknown code, a body whose code no table
     documents, a gateway's page, a body without an error code, a directions answer
     with no failed route (what is known is still printed, and --json still prints
     its object)
  2  bad usage: an unknown command or option, a missing or extra input, a bad
     --status, an input that is neither a code, a body, curl output, a log line with
     a body nor a Display line (the message says which)
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shape_of_the_catalog_is_listed_with_its_families() {
        let help = help();
        for table in catalog::TABLES {
            let shape = table.shape().to_string();
            let at = help.find(&shape).unwrap_or_else(|| panic!("{shape}"));
            let after = &help[at..];
            let families = &after[..after.find("\n  {").unwrap_or(after.len())];
            let words: String = families.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(words.contains(table.family().title()), "{shape}: {words}");
        }
    }

    #[test]
    fn lines_fit_a_terminal() {
        for line in help().lines() {
            assert!(line.chars().count() <= 100, "{line}");
        }
    }
}
