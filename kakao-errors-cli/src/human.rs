//! The text form of an explanation.

use std::fmt::Write as _;

use kakao_errors::case::{Case, When};
use kakao_errors::catalog::{Entry, Family};
use kakao_errors::local::ErrorType;
use kakao_errors::mobility::FailedRoutes;
use kakao_errors::redact::clean;
use kakao_errors::response::BodyKind;
use kakao_errors::share::{DEVTALK_INQUIRY, Guide, INTRO, Step, SubError, Troubleshooting};
use kakao_errors::{KakaoError as _, Remedy};

use crate::explain::{BodyRead, Explanation};
use crate::input::{Form, StatusFrom};
use crate::status;
use crate::typed::RemedyOf;

/// Width of a field's label, colon included.
const LABEL: usize = 14;

/// The explanation as text.
pub(crate) fn render(explanation: &Explanation) -> String {
    let mut out = Out::default();
    if let Some(code) = &explanation.code {
        if let Some(note) = &code.note {
            out.blank();
            out.line(0, note);
        }
        if let Some((number, _)) = explanation.status {
            status_field(&mut out, explanation, number, None);
        }
    }
    if let Some(body) = &explanation.body {
        response_block(&mut out, explanation, body);
        if let Some(case) = &body.typed.case {
            out.blank();
            case_block(&mut out, case);
        }
        if let Some(routes) = &body.routes {
            out.blank();
            routes_block(&mut out, routes);
        }
    }
    if let Some(error_type) = explanation.error_type {
        out.blank();
        error_type_block(&mut out, error_type);
    }
    let entries = &explanation.entries;
    let mut at = 0;
    while at < entries.len() {
        // The entries of one code, then those of the next (a detail code, a route's code).
        let code = entries[at].code();
        let same = entries[at..]
            .iter()
            .take_while(|entry| entry.code() == code)
            .count();
        let group = &entries[at..at + same];
        let mut tables: Vec<&str> = group.iter().map(|e| e.table().path()).collect();
        tables.dedup();
        let count = match tables.len() {
            1 => "1 table".to_owned(),
            n => format!("{n} tables"),
        };
        out.blank();
        out.line(0, &format!("{code} is documented in {count}."));
        for entry in group {
            out.blank();
            entry_block(&mut out, entry, explanation.sub_error);
        }
        at += same;
    }
    let mut text = out.text;
    // The blank line that separates blocks is not wanted before the first one.
    let start = text.len() - text.trim_start_matches('\n').len();
    text.drain(..start);
    text
}

/// What each form of input is read for, said once under the response.
fn form_text(form: Form) -> Option<&'static str> {
    match form {
        Form::Body | Form::HttpResponse => None,
        Form::CurlVerbose => Some(
            "curl -v output: the response's lines (< ...) and its body; the request's lines \
             (> ...) and curl's notes (* ...) are not read",
        ),
        Form::LogLine => Some(
            "a log line: the Kakao error body inside it, and a status written beside it \
             (status=NNN, HTTP NNN)",
        ),
        Form::DisplayLine => Some(
            "this crate's one-line Display of a parsed response: its status, code, case and \
             message, as a body of the shape its table's bodies have",
        ),
    }
}

/// The reader's kind of a body that no table's shape describes.
fn kind_text(kind: BodyKind) -> &'static str {
    match kind {
        BodyKind::JavaScript => "a JavaScript SDK error body",
        BodyKind::Text => "a plain-text error body",
        BodyKind::Empty => "an empty body",
        BodyKind::Dapi => "an error body of the search and local APIs",
        BodyKind::Unreadable => "not a Kakao error body",
        _ => "an error body",
    }
}

/// What the body is: its shape as the catalog gives it for the table whose row it is.
fn shape_text(explanation: &Explanation, body: &BodyRead) -> String {
    let r = &body.response;
    let kind = r.kind();
    if body.is_gateway_page() && kind == BodyKind::Unreadable {
        return "not a Kakao error body: a page from a gateway or proxy in front of Kakao"
            .to_owned();
    }
    let table_shape = body.shape.filter(|_| {
        !matches!(
            kind,
            BodyKind::JavaScript | BodyKind::Text | BodyKind::Empty
        )
    });
    if let Some(table) = table_shape {
        return format!(
            "a {} error body: {} ({})",
            table.family().title(),
            table.shape(),
            table.title()
        );
    }
    match (kind, explanation.family) {
        (BodyKind::Unreadable, _) if r.fields().next().is_some() => {
            "a JSON object, of no Kakao error shape".to_owned()
        }
        (BodyKind::JavaScript | BodyKind::Text | BodyKind::Empty | BodyKind::Unreadable, _)
        | (_, None) => kind_text(kind).to_owned(),
        (_, Some(family)) => format!("a {} error body", family.title()),
    }
}

fn status_field(out: &mut Out, explanation: &Explanation, number: u16, from: Option<StatusFrom>) {
    let mut text = status::title(number);
    match from {
        Some(StatusFrom::PageTitle) => text.push_str(" (read from the page's title)"),
        Some(StatusFrom::LogLine) => text.push_str(" (read beside the body)"),
        _ => {}
    }
    let note = explanation
        .family
        .and_then(|family| status::family_note(family, number));
    if let Some(note) = note {
        text.push('\n');
        text.push_str(&note);
    }
    out.field(1, "HTTP status", &text);
}

fn response_block(out: &mut Out, explanation: &Explanation, body: &BodyRead) {
    let r = &body.response;
    out.line(0, &format!("Response: {}", shape_text(explanation, body)));
    if let Some(text) = form_text(body.form) {
        out.field(1, "read from", text);
    }
    if let Some(head) = &body.head {
        let mut line = head.status_line.clone();
        if head.responses > 1 {
            let _ = write!(line, " (the last of {} responses)", head.responses);
        }
        out.sent(1, "status line", &line);
    }
    if let Some(title) = &body.page_title {
        out.sent(1, "page title", title);
    }
    if let Some((number, from)) = explanation.status {
        status_field(out, explanation, number, Some(from));
    }
    if let Some(code) = r.code() {
        out.field(1, "code", &code.to_string());
    } else if let Some(raw) = r.unparsed_code() {
        out.sent(1, "code (as sent)", raw);
    }
    let texts = [
        ("name", r.js_error_name()),
        ("OAuth error", r.oauth_error().map(|e| e.as_str())),
        ("error_code", r.text_code()),
        ("errorType", r.error_type()),
        ("message", r.message()),
        ("api_type", r.api_type()),
    ];
    for (label, text) in texts {
        if let Some(text) = text {
            out.sent(1, label, text);
        }
    }
    if let Some(detail) = r.detail_code() {
        out.field(1, "detail code", &detail.to_string());
    }
    let lists = [
        ("required_scopes", r.required_scopes()),
        ("allowed_scopes", r.allowed_scopes()),
        ("receiver_ids", r.receiver_ids()),
    ];
    for (label, list) in lists {
        if let Some(list) = list {
            out.sent(1, label, &list.collect::<Vec<_>>().join(", "));
        }
    }
    if let Some(extras) = r.extras() {
        out.sent(1, "extras", extras);
    }
    if let Some(id) = r.request_id() {
        out.sent(1, "request id", id);
    }
    if let Some(excerpt) = r.excerpt() {
        out.sent(1, "body excerpt", excerpt);
    }
    // The remedy says whether to send the request again, so no separate retry line.
    // Its scopes are the body's.
    out.sent(1, "remedy", &remedy_of_text(&body.remedy));
    if let Some(case) = &body.typed.case {
        out.field(1, "case", &format!("{} (below)", case.name()));
    }
    if body.is_gateway_page() && matches!(r.status(), 502 | 504) {
        out.line(
            1,
            "A gateway or proxy answered instead of Kakao: the request may never have reached Kakao.",
        );
    }
    if explanation.status.is_none() {
        out.line(
            1,
            "(Give the response's status for its meaning and a better remedy: --status N, or \
             the output of curl -i.)",
        );
    }
}

/// What tells a case apart, in words.
pub(crate) fn when_text(case: &Case) -> String {
    match case.when() {
        When::Status(status) => format!("the HTTP status {status}"),
        When::Phrase(phrases) => format!(
            "the message, which says {}",
            phrases
                .iter()
                .map(|p| format!("{p:?}"))
                .collect::<Vec<_>>()
                .join(" or ")
        ),
        When::SubCode(code) => format!("extras.method_result_code {code:?}"),
        When::Detail(_) => match case.detail_code() {
            Some(detail) => format!("extras.detailCode {detail}"),
            None => "extras.detailCode".to_owned(),
        },
        _ => "what the response says beyond its code".to_owned(),
    }
}

fn case_block(out: &mut Out, case: &Case) {
    out.line(0, &format!("Case: {}", case.name()));
    out.field(1, "told apart by", &when_text(case));
    out.field(1, "message", case.message());
    if let Some(ko) = case.message_ko() {
        out.field(1, "message (ko)", ko);
    }
    if !case.causes().is_empty() {
        out.line(1, "causes:");
        out.list(2, case.causes());
    }
    if let Some(solution) = case.solution() {
        out.field(1, "solution", solution);
    }
    if let Some(ko) = case.solution_ko() {
        out.field(1, "solution (ko)", ko);
    }
    if !case.steps().is_empty() {
        out.line(1, "steps:");
        out.steps(2, case.steps());
    }
    out.field(1, "remedy", &remedy_text(&case.remedy()));
    if let Some(source) = case.known_from() {
        out.field(
            1,
            "source",
            &format!("not on a Kakao page; known from {source}"),
        );
    }
    out.field(1, "docs", case.doc_url());
}

fn routes_block(out: &mut Out, routes: &FailedRoutes) {
    out.line(
        0,
        &format!(
            "Directions answer: {} routes, {} failed",
            routes.routes(),
            routes.failed()
        ),
    );
    for route in routes {
        let code = route.code().map_or_else(
            || "no result_code".to_owned(),
            |c| format!("{} {}", c.error_code(), c.name()),
        );
        let mut text = code;
        if let Some(message) = route.message() {
            let _ = write!(text, ": {message}");
        }
        out.sent(1, &format!("route {}", route.index()), &text);
    }
    if !routes.is_complete() {
        out.line(
            1,
            &format!("(and {} more)", routes.failed() - routes.iter().count()),
        );
    }
}

fn error_type_block(out: &mut Out, error_type: ErrorType) {
    out.line(
        0,
        &format!(
            "{} > errorType (kakao_errors::local::ErrorType)",
            Family::Search.title()
        ),
    );
    out.field(1, "name", error_type.name());
    let status = error_type
        .status()
        .map_or_else(|| "not documented".to_owned(), status::title);
    out.field(1, "status", &status);
    out.field(1, "remedy", &remedy_text(&error_type.remedy()));
    out.field(1, "message", error_type.message());
    out.field(
        1,
        "source",
        &format!(
            "not on a Kakao page; known from {}",
            error_type.known_from()
        ),
    );
    let phrases: Vec<String> = error_type
        .phrases()
        .map(|row| {
            let said = match row.when() {
                When::Phrase(phrases) => phrases.join("\" or \""),
                _ => String::new(),
            };
            format!("{}: \"{said}\", {}", row.name(), row.remedy().as_str())
        })
        .collect();
    if !phrases.is_empty() {
        out.line(1, "cases, told apart by the message:");
        let phrases: Vec<&str> = phrases.iter().map(String::as_str).collect();
        out.list(2, &phrases);
    }
}

/// Text, with `label:` fields aligned and wrapped lines indented under their value.
///
/// Everything is written by the library's rule ([`kakao_errors::redact`]): a text a server sent
/// ([`sent`](Self::sent)) is redacted and cleaned, on one line (its line breaks escaped); this
/// crate's own texts (the tables' rows, the command's words) are cleaned only, line by line:
/// the rule does not redact the tables' texts, whose `{"code": ...}` is no secret.
#[derive(Default)]
struct Out {
    text: String,
}

impl Out {
    fn blank(&mut self) {
        self.text.push('\n');
    }

    /// A line of this crate's text at `depth` (two spaces each).
    fn line(&mut self, depth: usize, text: &str) {
        for line in text.lines() {
            let line = clean(line).unredacted();
            let _ = writeln!(self.text, "{:indent$}{line}", "", indent = depth * 2);
        }
    }

    /// `label: value` at `depth`, `value` this crate's text, each further line of it under
    /// the first.
    fn field(&mut self, depth: usize, label: &str, value: &str) {
        let indent = depth * 2;
        let mut lines = value.lines().map(|line| clean(line).unredacted());
        let first = lines.next().unwrap_or(clean(""));
        let label = format!("{label}:");
        let _ = writeln!(self.text, "{:indent$}{label:<LABEL$} {first}", "");
        for line in lines {
            let _ = writeln!(self.text, "{:width$} {line}", "", width = indent + LABEL);
        }
    }

    /// `label: value` at `depth`, `value` a text a server sent: redacted and cleaned, on one
    /// line.
    fn sent(&mut self, depth: usize, label: &str, value: &str) {
        let label = format!("{label}:");
        let value = clean(value);
        let _ = writeln!(
            self.text,
            "{:indent$}{label:<LABEL$} {value}",
            "",
            indent = depth * 2
        );
    }

    fn list(&mut self, depth: usize, items: &[&str]) {
        for item in items {
            self.line(depth, &format!("- {item}"));
        }
    }

    fn steps(&mut self, depth: usize, steps: &[Step]) {
        for (i, step) in steps.iter().enumerate() {
            self.line(depth, &format!("{}. {}", i + 1, step.text()));
            for detail in step.details() {
                self.line(depth + 1, &format!(" - {detail}"));
            }
        }
    }
}

/// `name (description)`, with the wait and the scopes when known.
pub(crate) fn remedy_text(remedy: &Remedy<'_>) -> String {
    format!("{remedy} ({})", remedy.description())
}

fn remedy_of_text(remedy: &RemedyOf) -> String {
    format!("{} ({})", remedy.text, remedy.description)
}

fn entry_block(out: &mut Out, entry: &Entry, sub_error: Option<SubError>) {
    let table = entry.table();
    out.line(0, &format!("{} ({})", table.title(), table.path()));
    out.field(1, "name", entry.name());
    out.field(1, "code", &entry.code().to_string());
    let status = entry
        .status()
        .map_or_else(|| "not documented".to_owned(), status::title);
    out.field(1, "status", &status);
    let retry = if entry.is_retryable() {
        "yes, send the same request again"
    } else {
        "no"
    };
    out.field(1, "retry", retry);
    out.field(1, "remedy", &remedy_text(&entry.remedy()));
    out.field(1, "message", entry.message());
    if let Some(ko) = entry.message_ko() {
        out.field(1, "message (ko)", ko);
    }
    match (entry.solution(), entry.solution_ko()) {
        (None, None) => out.field(1, "solution", "none documented"),
        (solution, ko) => {
            if let Some(solution) = solution {
                out.field(1, "solution", solution);
            }
            if let Some(ko) = ko {
                out.field(1, "solution (ko)", ko);
            }
        }
    }
    out.field(1, "sent as", &table.shape().to_string());
    if let Some(source) = entry.known_from() {
        out.field(
            1,
            "source",
            &format!("not on the page; known from {source}"),
        );
    }
    out.field(1, "docs", entry.doc_url());
    if Explanation::is_share(entry) {
        if let Some(case) = Troubleshooting::for_code(entry.code().number()) {
            troubleshooting_block(out, case, sub_error);
        }
    }
}

/// A Talk Share case: the page's lead-in, then the methods it leads into, then whom to ask.
/// With `only`, of 4019's three sub-errors only that one.
fn troubleshooting_block(out: &mut Out, case: &Troubleshooting, only: Option<SubError>) {
    out.line(1, "troubleshooting (Kakao Talk Share, case by case):");
    out.line(2, INTRO);
    if !case.causes().is_empty() {
        out.line(2, "causes:");
        out.list(3, case.causes());
    }
    if !case.steps().is_empty() {
        out.line(2, "steps:");
        out.steps(3, case.steps());
    }
    let subs: Vec<SubError> = case
        .sub_errors()
        .iter()
        .copied()
        .filter(|sub| only.is_none_or(|only| only == *sub))
        .collect();
    let mut guides: Vec<Guide> = Vec::new();
    for sub in &subs {
        out.line(2, &format!("case \"{}\":", sub.title()));
        sub_error_fields(out, 3, *sub);
        for guide in sub.guides() {
            if !guides.contains(guide) {
                guides.push(*guide);
            }
        }
    }
    for guide in guides {
        guide_block(out, 2, guide);
    }
    if let Some(note) = case.note() {
        out.line(2, &format!("{}:", note.title()));
        for paragraph in note.paragraphs() {
            out.line(3, paragraph);
        }
    }
    devtalk(out, 2);
}

fn sub_error_fields(out: &mut Out, depth: usize, sub: SubError) {
    out.field(depth, "shows", sub.shown_message());
    out.line(depth, "causes:");
    out.list(depth + 1, sub.causes());
    out.line(depth, "steps:");
    out.steps(depth + 1, sub.steps());
}

fn guide_block(out: &mut Out, depth: usize, guide: Guide) {
    out.line(depth, &format!("{}:", guide.title()));
    out.steps(depth + 1, guide.steps());
}

fn devtalk(out: &mut Out, depth: usize) {
    out.line(depth, "To ask DevTalk, send:");
    out.list(depth + 1, DEVTALK_INQUIRY);
}
