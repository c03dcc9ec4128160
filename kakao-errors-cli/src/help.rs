//! The text of `--help`.

/// What `kakao-errors --help` prints: every input form, the output forms and the exit codes.
pub const HELP: &str = r#"kakao-errors: explain a Kakao API error, from its code or from the response itself.

Usage:
  kakao-errors explain [--json] <CODE>
  kakao-errors explain [--json] <BODY>
  kakao-errors explain [--json] --status <N> <BODY>
  kakao-errors explain [--json] [--status <N>] -
  kakao-errors markdown
  kakao-errors --help | --version

The word explain may be left out: kakao-errors -402 is kakao-errors explain -402.

Inputs:
  <CODE>          An error code as Kakao writes it: -402, 4019, KOE320, KAE004 (any
                  letter case). Every table that documents it is shown, REST API first,
                  then Kakao Talk Share, then Kakao Mobility, then the others.
  <BODY>          An error response body, as one argument (quote it):
                    '{"code":-402,"msg":"..."}'                       REST API
                    '{"error":"invalid_grant","error_code":"KOE320"}' Kakao Login
                    '{"error_code":"KAE004","error_msg":"..."}'       Kakao Talk Channel
                    '{"errorType":"...","message":"..."}'             search and local APIs
                    '{"name":"KAPIError","msg":"...","code":-401}'    JavaScript SDK
                    '[-401] domain mismatched! ...'                   plain text
                    '<html>...502 Bad Gateway...</html>'              a gateway's page
  --status <N>    The response's HTTP status, 100 to 599 (also --status=N). The input
                  is then a body whatever it looks like, even 42 or '' (empty).
  -               Read the input from standard input:
                    curl -s https://kapi.kakao.com/... | kakao-errors explain -
  curl -i output  A status line, headers, a blank line, then the body, as an argument
                  or on standard input; the status and the Retry-After and request id
                  headers are taken from it:
                    curl -si https://kapi.kakao.com/... | kakao-errors explain -
  --              Everything after it is the input, even if it starts with -.

Output:
  Text (the default). For a code: each table's entry (table, name, code, documented
  status, retry, remedy, message and solution in English and Korean, documentation
  link, and where a code not on its table's page is known from), and Kakao Talk Share's case-by-case troubleshooting for 4002, 4019 and 5001.
  For a body: first what the response says (its shape, the HTTP status and what it
  means for the family of APIs that answered, code, message, scopes, ..., and the
  remedy read from the whole response), then the entries for its code.

  --json          One JSON object instead, for scripts, with these keys in this order:
                    input            {"form": "code", "text"}, or {"form": "body" or
                                     "http_response", "status", "status_from",
                                     "status_line", "page_title"}
                    status           {"code", "reason", "family", "note"}: the response's
                                     HTTP status and its meaning, or null
                    response         the parsed response (the serialized ResponseError of
                                     the kakao-errors library; its status is 0 when none
                                     was given), or null for a code
                    remedy           {"name", "description", "after_secs", "scopes"}: what
                                     to do, from the whole response; null for a code (each
                                     entry has its own)
                    share_case       the Kakao Talk Share 4019 case the body shows, or null
                    entries          [{"table", "path", "url", "family", "code", "name",
                                     "status", "retry", "remedy", "message", "message_ko",
                                     "solution", "solution_ko", "known_from"}], in the
                                     order above
                    troubleshooting  Kakao Talk Share's case-by-case troubleshooting of the
                                     entries that have one
                    documented       whether anything documented was found (exit status 0)

Other commands:
  markdown        Print every table as Markdown (the text of docs/error-codes.md).

Exit status:
  0  explained: a table documents the code (or the body shows a documented error)
  1  read, but nothing documented found: an unknown code, a body whose code no table
     documents, a gateway's page, a body without an error code (what is known is still
     printed, and --json still prints its object)
  2  bad usage: an unknown option, a missing or extra input, a bad --status, an input
     that is neither a code, a body nor curl -i output (the message says which)
"#;
