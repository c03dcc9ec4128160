//! Explains a Kakao error: a code, or a whole error response body.
//!
//! ```text
//! cargo run --example explain -- -402                       # a code
//! cargo run --example explain -- 4019                       # a Talk Share code, with its troubleshooting
//! cargo run --example explain -- '{"code":-402,"msg":"..."}'  # a body (REST, OAuth, JavaScript SDK, text)
//! cargo run --example explain -- --status 400 '<body>'      # a body with its HTTP status
//! cargo run --example explain -- --markdown                 # every table, as Markdown
//! ```
//!
//! For a code it prints every table that documents it (REST API first, then Kakao Talk Share,
//! then Kakao Mobility): the table, the variant name, the code, the HTTP status, whether
//! retrying helps, the remedy, the English and Korean messages and the solutions; for 4002,
//! 4019 and 5001 also the case-by-case troubleshooting. For a body it first prints what the
//! body says (code, message, `required_scopes`, OAuth error and KOE code, ...), then explains
//! its code.
//!
//! Exit status: 0 when the input was explained, 1 when it names nothing documented (an unknown
//! code, a body without a readable error), 2 for bad arguments. It never panics, whatever the
//! arguments (including ones that are not UTF-8).

use std::ffi::OsString;
use std::fmt::{self, Write as _};
use std::io::Write as _;
use std::process::ExitCode;

use kakao_errors::mobility::{HttpStatus, MobilityError};
use kakao_errors::response::{BodyKind, ResponseError, parse};
use kakao_errors::rest::{
    Common, KeywordAd, Login, Moment, Push, TalkCalendar, TalkChannel, TalkMessage,
};
use kakao_errors::share::{
    DEVTALK_INQUIRY, Guide, INTRO, Step, SubError, TalkShareError, Troubleshooting,
};
use kakao_errors::{KakaoError, Remedy};

const USAGE: &str = "\
usage: explain <CODE>                  explain a Kakao error code, e.g. -402 or 4019
       explain [--status N] <BODY>      explain an error response body, e.g. '{\"code\":-402,\"msg\":\"...\"}'
       explain --markdown               print every table as Markdown
       explain --help                   print this help";

/// How the run ended: 0 explained, 1 nothing documented found, 2 bad arguments.
const EXPLAINED: u8 = 0;
const NOT_DOCUMENTED: u8 = 1;
const BAD_ARGUMENTS: u8 = 2;

fn main() -> ExitCode {
    let mut out = String::new();
    let mut err = String::new();
    let code = match parse_args(std::env::args_os().skip(1).collect()) {
        Ok(Command::Help) => {
            out.push_str(USAGE);
            out.push('\n');
            EXPLAINED
        }
        Ok(Command::Markdown) => {
            markdown(&mut out);
            EXPLAINED
        }
        Ok(Command::Code(code)) => explain_code_alone(&mut out, &mut err, code),
        Ok(Command::Body { status, body }) => explain_body(&mut out, &mut err, status, &body),
        Err(message) => {
            err.push_str(&format!("explain: {message}\n\n{USAGE}\n"));
            BAD_ARGUMENTS
        }
    };
    // A closed pipe (`explain --markdown | head`) is not worth a panic or a message.
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    let _ = std::io::stderr().lock().write_all(err.as_bytes());
    ExitCode::from(code)
}

// ---------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------

enum Command {
    Help,
    Markdown,
    Code(i32),
    Body { status: Option<u16>, body: Vec<u8> },
}

fn parse_args(args: Vec<OsString>) -> Result<Command, String> {
    let mut status: Option<u16> = None;
    let mut input: Option<OsString> = None;
    let mut markdown = false;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--help" | "-h") => return Ok(Command::Help),
            Some("--markdown") => markdown = true,
            Some("--status") => {
                let value = args
                    .next()
                    .ok_or("--status needs a value, e.g. --status 400")?;
                status = Some(parse_status(&value)?);
            }
            Some(s) if s.starts_with("--status=") => {
                status = Some(parse_status(&OsString::from(&s["--status=".len()..]))?);
            }
            // A lone "-" or a negative number is an input, not an option.
            Some(s) if s.starts_with("--") || (s.starts_with('-') && !looks_numeric(s)) => {
                return Err(format!("unknown option {s:?}"));
            }
            _ if input.is_some() => return Err("give one code or one body, not several".into()),
            _ => input = Some(arg),
        }
    }
    match (markdown, input) {
        (true, None) if status.is_none() => Ok(Command::Markdown),
        (true, _) => Err("--markdown takes no other argument".into()),
        (false, None) => Err("nothing to explain".into()),
        (false, Some(input)) => {
            let text = input.to_str().map(str::trim);
            match text {
                Some(t) if looks_numeric(t) && status.is_some() => Err(format!(
                    "--status goes with a body; {t} is a code: leave --status out"
                )),
                Some(t) if looks_numeric(t) => t.parse::<i32>().map(Command::Code).map_err(|_| {
                    format!("{t} is not an error code: codes fit in a 32-bit signed integer")
                }),
                Some(t) if t.is_empty() && status.is_none() => Err("the input is empty".into()),
                _ => Ok(Command::Body {
                    status,
                    body: os_bytes(input),
                }),
            }
        }
    }
}

/// An optional sign and at least one ASCII digit, nothing else.
fn looks_numeric(s: &str) -> bool {
    let digits = s.strip_prefix(['-', '+']).unwrap_or(s);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

fn parse_status(value: &OsString) -> Result<u16, String> {
    let text = value.to_str().unwrap_or("").trim();
    match text.parse::<u16>() {
        Ok(status) if (100..=599).contains(&status) => Ok(status),
        _ => Err(format!(
            "--status needs an HTTP status between 100 and 599, not {:?}",
            value.to_string_lossy()
        )),
    }
}

/// The argument's bytes as given (on Unix even when they are not UTF-8).
fn os_bytes(arg: OsString) -> Vec<u8> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        arg.into_vec()
    }
    #[cfg(not(unix))]
    {
        arg.to_string_lossy().into_owned().into_bytes()
    }
}

// ---------------------------------------------------------------------------------------------
// The tables
// ---------------------------------------------------------------------------------------------

/// What the trait says about one documented code, for printing.
struct Entry {
    name: &'static str,
    code: i32,
    status: Option<u16>,
    retry: bool,
    remedy: Remedy<'static>,
    message: &'static str,
    message_ko: Option<&'static str>,
    solution: Option<&'static str>,
    solution_ko: Option<&'static str>,
}

impl Entry {
    fn of<E: KakaoError>(e: &E) -> Self {
        Self {
            name: e.name(),
            code: e.code(),
            status: e.status(),
            retry: e.is_retryable(),
            remedy: e.remedy(),
            message: e.message(),
            message_ko: e.message_ko(),
            solution: e.solution(),
            solution_ko: e.solution_ko(),
        }
    }
}

/// One documented table.
struct Table {
    /// Where the table is documented, e.g. "REST API > Kakao Login".
    title: &'static str,
    /// The Rust type.
    path: &'static str,
    codes: &'static [i32],
    lookup: fn(i32) -> Option<Entry>,
}

/// The table's entry for `code`, if the table documents it (a catch-all does not count).
fn documented<E: KakaoError>(code: i32) -> Option<Entry> {
    if E::CODES.contains(&code) {
        E::from_code(code).map(|e| Entry::of(&e))
    } else {
        None
    }
}

fn table<E: KakaoError>(title: &'static str, path: &'static str) -> Table {
    Table {
        title,
        path,
        codes: E::CODES,
        lookup: documented::<E>,
    }
}

/// Every table, REST API first, then Kakao Talk Share, then Kakao Mobility.
fn tables() -> [Table; 10] {
    [
        table::<Common>("REST API > Common", "kakao_errors::rest::Common"),
        table::<Login>("REST API > Kakao Login", "kakao_errors::rest::Login"),
        table::<TalkMessage>(
            "REST API > Kakao Talk Message",
            "kakao_errors::rest::TalkMessage",
        ),
        table::<TalkChannel>(
            "REST API > Kakao Talk Channel",
            "kakao_errors::rest::TalkChannel",
        ),
        table::<Push>("REST API > Push Notification", "kakao_errors::rest::Push"),
        table::<TalkCalendar>(
            "REST API > Talk Calendar",
            "kakao_errors::rest::TalkCalendar",
        ),
        table::<Moment>("REST API > Kakao Moment", "kakao_errors::rest::Moment"),
        table::<KeywordAd>(
            "REST API > Kakao Keyword Ad",
            "kakao_errors::rest::KeywordAd",
        ),
        table::<TalkShareError>("Kakao Talk Share", "kakao_errors::share::TalkShareError"),
        table::<MobilityError>("Kakao Mobility", "kakao_errors::mobility::MobilityError"),
    ]
}

// ---------------------------------------------------------------------------------------------
// Explaining a code
// ---------------------------------------------------------------------------------------------

fn explain_code_alone(out: &mut String, err: &mut String, code: i32) -> u8 {
    if explain_code(out, code) {
        EXPLAINED
    } else {
        err.push_str(&format!(
            "explain: error code {code} is not documented in any table (REST API, Kakao Talk Share, Kakao Mobility)\n"
        ));
        NOT_DOCUMENTED
    }
}

/// Prints every table's entry for `code`; `false` when no table documents it.
fn explain_code(out: &mut String, code: i32) -> bool {
    let found: Vec<(Table, Entry)> = tables()
        .into_iter()
        .filter_map(|t| (t.lookup)(code).map(|e| (t, e)))
        .collect();
    let count = found.len();
    let _ = match count {
        0 => return false,
        1 => writeln!(out, "Error code {code} is documented in 1 table."),
        n => writeln!(out, "Error code {code} is documented in {n} tables."),
    };
    for (table, entry) in &found {
        out.push('\n');
        let _ = write_entry(out, table, entry);
        if table.path.ends_with("TalkShareError") {
            if let Some(case) = Troubleshooting::for_code(code) {
                let _ = write_troubleshooting(out, case);
            }
        }
    }
    true
}

fn write_entry(out: &mut String, table: &Table, e: &Entry) -> fmt::Result {
    writeln!(out, "{} ({})", table.title, table.path)?;
    writeln!(out, "  name:        {}", e.name)?;
    writeln!(out, "  code:        {}", e.code)?;
    match e.status {
        Some(status) => writeln!(out, "  status:      {status}")?,
        None => writeln!(out, "  status:      not documented")?,
    }
    let retry = if e.retry {
        "yes, send the same request again"
    } else {
        "no"
    };
    writeln!(out, "  retry:       {retry}")?;
    writeln!(
        out,
        "  remedy:      {} ({})",
        e.remedy,
        e.remedy.description()
    )?;
    write_field(out, "message", e.message)?;
    if let Some(ko) = e.message_ko {
        write_field(out, "message_ko", ko)?;
    }
    write_field(out, "solution", e.solution.unwrap_or("none documented"))?;
    if let Some(ko) = e.solution_ko {
        write_field(out, "solution_ko", ko)?;
    }
    Ok(())
}

/// `  label:       text`, continuation lines indented under the text.
fn write_field(out: &mut String, label: &str, text: &str) -> fmt::Result {
    let mut lines = text.lines();
    writeln!(
        out,
        "  {:<12} {}",
        format!("{label}:"),
        lines.next().unwrap_or("")
    )?;
    for line in lines {
        writeln!(out, "  {:<12} {line}", "")?;
    }
    Ok(())
}

fn write_steps(out: &mut String, indent: &str, steps: &[Step]) -> fmt::Result {
    for (i, step) in steps.iter().enumerate() {
        writeln!(out, "{indent}{}. {}", i + 1, step.text())?;
        for detail in step.details() {
            writeln!(out, "{indent}   - {detail}")?;
        }
    }
    Ok(())
}

fn write_list(out: &mut String, indent: &str, items: &[&str]) -> fmt::Result {
    for item in items {
        writeln!(out, "{indent}- {item}")?;
    }
    Ok(())
}

fn write_troubleshooting(out: &mut String, case: &Troubleshooting) -> fmt::Result {
    writeln!(
        out,
        "  case-by-case troubleshooting (Kakao Talk Share > Troubleshooting):"
    )?;
    if !case.causes().is_empty() {
        writeln!(out, "    causes:")?;
        write_list(out, "      ", case.causes())?;
    }
    if !case.steps().is_empty() {
        writeln!(out, "    steps:")?;
        write_steps(out, "      ", case.steps())?;
    }
    let mut guides: Vec<Guide> = Vec::new();
    for sub in case.sub_errors() {
        write_sub_error(out, *sub)?;
        for guide in sub.guides() {
            if !guides.contains(guide) {
                guides.push(*guide);
            }
        }
    }
    for guide in guides {
        write_guide(out, guide)?;
    }
    if let Some(note) = case.note() {
        writeln!(out, "    {}:", note.title())?;
        for paragraph in note.paragraphs() {
            writeln!(out, "      {paragraph}")?;
        }
    }
    writeln!(out, "    {INTRO} Send DevTalk:")?;
    write_list(out, "      ", DEVTALK_INQUIRY)
}

fn write_sub_error(out: &mut String, sub: SubError) -> fmt::Result {
    writeln!(out, "    sub-error \"{}\" ({sub:?}):", sub.title())?;
    writeln!(out, "      shows:  {}", sub.shown_message())?;
    writeln!(out, "      causes:")?;
    write_list(out, "        ", sub.causes())?;
    writeln!(out, "      steps:")?;
    write_steps(out, "        ", sub.steps())
}

fn write_guide(out: &mut String, guide: Guide) -> fmt::Result {
    writeln!(out, "    {}:", guide.title())?;
    write_steps(out, "      ", guide.steps())
}

// ---------------------------------------------------------------------------------------------
// Explaining a body
// ---------------------------------------------------------------------------------------------

fn explain_body(out: &mut String, err: &mut String, status: Option<u16>, body: &[u8]) -> u8 {
    // Without --status the status is unknown; 0 stands for it and is never printed.
    let response = parse(status.unwrap_or(0), body);
    let readable = !matches!(response.kind(), BodyKind::Unreadable | BodyKind::Empty);
    if !readable && status.is_none() {
        err.push_str(
            "explain: the input is neither an error code (like -402) nor an error body (JSON such as {\"code\":-402,\"msg\":\"...\"}, or text such as \"[-401] ...\")\n\n",
        );
        err.push_str(USAGE);
        err.push('\n');
        return BAD_ARGUMENTS;
    }
    let _ = write_response(out, status, &response);
    let sub_error = response.share_sub_error();
    if let Some(sub) = sub_error {
        out.push('\n');
        let _ = writeln!(
            out,
            "This is the Kakao Talk Share 4019 case \"{}\":",
            sub.title()
        );
        let _ = write_sub_error(out, sub);
        for guide in sub.guides() {
            let _ = write_guide(out, *guide);
        }
    }
    let code = response.code().and_then(|c| i32::try_from(c).ok());
    if let Some(code) = code {
        out.push('\n');
        if explain_code(out, code) {
            return EXPLAINED;
        }
        err.push_str(&format!(
            "explain: error code {code} is not documented in any table (REST API, Kakao Talk Share, Kakao Mobility)\n"
        ));
        return NOT_DOCUMENTED;
    }
    if sub_error.is_some() || response.oauth_error().is_some_and(|e| e.is_known()) {
        return EXPLAINED;
    }
    err.push_str("explain: the body carries no documented Kakao error code\n");
    NOT_DOCUMENTED
}

fn write_response(out: &mut String, status: Option<u16>, r: &ResponseError) -> fmt::Result {
    writeln!(out, "Response body ({}):", kind_name(r.kind()))?;
    if let Some(status) = status {
        match HttpStatus::from_u16(status) {
            Some(s) => writeln!(
                out,
                "  HTTP status:     {s} ({}; {})",
                s.meaning(),
                s.meaning_ko()
            )?,
            None => writeln!(out, "  HTTP status:     {status}")?,
        }
    }
    if let Some(code) = r.code() {
        writeln!(out, "  code:            {code}")?;
    } else if let Some(raw) = r.unparsed_code() {
        writeln!(out, "  code (unparsed): {raw}")?;
    }
    if let Some(name) = r.js_error_name() {
        writeln!(out, "  name:            {name}")?;
    }
    if let Some(error) = r.oauth_error() {
        writeln!(out, "  OAuth error:     {}", error.as_str())?;
    }
    if let Some(koe) = r.koe_code() {
        writeln!(out, "  KOE code:        {koe}")?;
    }
    if let Some(message) = r.message() {
        writeln!(out, "  message:         {message}")?;
    }
    if let Some(scopes) = r.required_scopes() {
        writeln!(
            out,
            "  required_scopes: {}",
            scopes.collect::<Vec<_>>().join(", ")
        )?;
    }
    if let Some(scopes) = r.allowed_scopes() {
        writeln!(
            out,
            "  allowed_scopes:  {}",
            scopes.collect::<Vec<_>>().join(", ")
        )?;
    }
    if let Some(api_type) = r.api_type() {
        writeln!(out, "  api_type:        {api_type}")?;
    }
    if let Some(excerpt) = r.excerpt() {
        writeln!(out, "  body excerpt:    {excerpt}")?;
    }
    if status.is_some() {
        let retry = if r.is_retryable() { "yes" } else { "no" };
        writeln!(out, "  retry:           {retry}")?;
    }
    Ok(())
}

fn kind_name(kind: BodyKind) -> &'static str {
    match kind {
        BodyKind::Rest => "REST API error",
        BodyKind::OAuth => "OAuth error of Kakao Login",
        BodyKind::JavaScript => "JavaScript SDK error",
        BodyKind::Text => "plain text",
        BodyKind::Unreadable => "not a Kakao error body",
        BodyKind::Empty => "empty",
        _ => "unrecognised",
    }
}

// ---------------------------------------------------------------------------------------------
// --markdown
// ---------------------------------------------------------------------------------------------

fn markdown(out: &mut String) {
    let _ = write_markdown(out);
}

/// Text for a Markdown table cell: `|` escaped, line breaks as `<br>`.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', "<br>")
}

fn write_markdown(out: &mut String) -> fmt::Result {
    writeln!(out, "# Kakao error codes")?;
    writeln!(out)?;
    writeln!(
        out,
        "Every table of `kakao-errors`, generated by `cargo run --example explain -- --markdown`."
    )?;
    writeln!(
        out,
        "Do not edit by hand: a test fails when this file and the tables differ."
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "\"retry\" is yes where the documented remedy is to send the same request again without changing anything first."
    )?;
    writeln!(
        out,
        "\"remedy\" is what to do, chosen by the remedy rule of the table's module docs."
    )?;
    for table in tables() {
        writeln!(out)?;
        writeln!(out, "## {}", table.title)?;
        writeln!(out)?;
        writeln!(out, "`{}`", table.path)?;
        writeln!(out)?;
        writeln!(
            out,
            "| code | name | status | retry | remedy | message | message (ko) | solution | solution (ko) |"
        )?;
        writeln!(out, "|---:|---|---:|---|---|---|---|---|---|")?;
        for entry in table.codes.iter().filter_map(|&c| (table.lookup)(c)) {
            writeln!(
                out,
                "| {} | `{}` | {} | {} | `{}` | {} | {} | {} | {} |",
                entry.code,
                entry.name,
                entry
                    .status
                    .map_or_else(|| "-".to_owned(), |s| s.to_string()),
                if entry.retry { "yes" } else { "no" },
                entry.remedy.as_str(),
                cell(entry.message),
                cell(entry.message_ko.unwrap_or("-")),
                cell(entry.solution.unwrap_or("-")),
                cell(entry.solution_ko.unwrap_or("-")),
            )?;
        }
    }
    writeln!(out)?;
    writeln!(out, "## Kakao Talk Share: case-by-case troubleshooting")?;
    writeln!(out)?;
    writeln!(out, "{INTRO}")?;
    for case in Troubleshooting::all() {
        writeln!(out)?;
        writeln!(out, "### {} `{}`", case.error().code(), case.error().name())?;
        md_case(out, case.causes(), case.steps())?;
        for sub in case.sub_errors() {
            writeln!(out)?;
            writeln!(out, "#### {} (`{sub:?}`)", sub.title())?;
            writeln!(out)?;
            writeln!(out, "Shows: `{}`", sub.shown_message())?;
            md_case(out, sub.causes(), sub.steps())?;
        }
        if let Some(note) = case.note() {
            writeln!(out)?;
            writeln!(out, "#### {}", note.title())?;
            for paragraph in note.paragraphs() {
                writeln!(out)?;
                writeln!(out, "{paragraph}")?;
            }
        }
    }
    for guide in [Guide::GoogleAppsScript, Guide::AppDistribution] {
        writeln!(out)?;
        writeln!(out, "### {}", guide.title())?;
        writeln!(out)?;
        md_steps(out, guide.steps())?;
    }
    writeln!(out)?;
    writeln!(out, "### DevTalk inquiry")?;
    writeln!(out)?;
    for item in DEVTALK_INQUIRY {
        writeln!(out, "- {item}")?;
    }
    writeln!(out)?;
    writeln!(out, "## Kakao Mobility: HTTP status codes")?;
    writeln!(out)?;
    writeln!(out, "`kakao_errors::mobility::HttpStatus`")?;
    writeln!(out)?;
    writeln!(
        out,
        "| status | outcome | meaning | description | meaning (ko) | description (ko) |"
    )?;
    writeln!(out, "|---|---|---|---|---|---|")?;
    for s in HttpStatus::ALL {
        writeln!(
            out,
            "| {s} | {} | {} | {} | {} | {} |",
            s.outcome(),
            cell(s.meaning()),
            cell(s.description()),
            cell(s.meaning_ko()),
            cell(s.description_ko()),
        )?;
    }
    Ok(())
}

fn md_case(out: &mut String, causes: &[&str], steps: &[Step]) -> fmt::Result {
    if !causes.is_empty() {
        writeln!(out)?;
        writeln!(out, "Causes:")?;
        writeln!(out)?;
        for cause in causes {
            writeln!(out, "- {cause}")?;
        }
    }
    if !steps.is_empty() {
        writeln!(out)?;
        writeln!(out, "Steps:")?;
        writeln!(out)?;
        md_steps(out, steps)?;
    }
    Ok(())
}

fn md_steps(out: &mut String, steps: &[Step]) -> fmt::Result {
    for (i, step) in steps.iter().enumerate() {
        writeln!(out, "{}. {}", i + 1, step.text())?;
        for detail in step.details() {
            writeln!(out, "   - {detail}")?;
        }
    }
    Ok(())
}
