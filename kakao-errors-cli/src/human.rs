//! The text form of an explanation.

use std::collections::BTreeSet;
use std::fmt::{self, Write as _};

use kakao_errors::Remedy;
use kakao_errors::catalog::Entry;
use kakao_errors::response::BodyKind;
use kakao_errors::share::{DEVTALK_INQUIRY, Guide, INTRO, Step, SubError, Troubleshooting};

use crate::explain::{Explanation, Parsed};
use crate::input::StatusFrom;
use crate::status;

/// Width of a field's label, colon included.
const LABEL: usize = 14;

/// The explanation as text.
pub(crate) fn render(explanation: &Explanation) -> String {
    let mut out = Out::default();
    if let Some(response) = &explanation.response {
        response_block(&mut out, explanation, response);
    }
    let entries = &explanation.entries;
    if !entries.is_empty() {
        let tables: BTreeSet<&str> = entries.iter().map(|e| e.table().path()).collect();
        let code = explanation
            .code
            .clone()
            .unwrap_or_else(|| entries[0].code().to_string());
        let count = match tables.len() {
            1 => "1 table".to_owned(),
            n => format!("{n} tables"),
        };
        out.blank();
        out.line(0, &format!("{code} is documented in {count}."));
        for entry in entries {
            out.blank();
            entry_block(&mut out, entry, explanation.sub_error);
        }
    }
    // A Talk Share case the body shows, unless its 4019 entry above showed it.
    if let Some(sub) = explanation
        .sub_error
        .filter(|_| !entries.iter().any(is_4019))
    {
        out.blank();
        out.line(
            0,
            &format!(
                "If this answered a Kakao Talk Share call, it is its 4019 case \"{}\":",
                sub.title()
            ),
        );
        sub_error_block(&mut out, 1, sub);
    }
    let mut text = out.text;
    // The blank line that separates blocks is not wanted before the first one.
    let start = text.len() - text.trim_start_matches('\n').len();
    text.drain(..start);
    text
}

fn is_4019(entry: &Entry) -> bool {
    Explanation::is_share(entry) && entry.code().number() == 4019
}

/// A line of text as a terminal should show it: a body's control characters (an escape
/// sequence, a carriage return) and line separators written out as `\u{1b}`, so that what a
/// server sent cannot move the cursor or recolour the terminal.
struct Visible<'a>(&'a str);

impl fmt::Display for Visible<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest
            .find(|c: char| (c.is_control() && c != '\t') || matches!(c, '\u{2028}' | '\u{2029}'))
        {
            f.write_str(&rest[..at])?;
            let c = rest[at..].chars().next().unwrap_or_default();
            write!(f, "\\u{{{:x}}}", u32::from(c))?;
            rest = &rest[at + c.len_utf8()..];
        }
        f.write_str(rest)
    }
}

/// Text, with `label:` fields aligned and wrapped lines indented under their value.
#[derive(Default)]
struct Out {
    text: String,
}

impl Out {
    fn blank(&mut self) {
        self.text.push('\n');
    }

    /// A line at `depth` (two spaces each).
    fn line(&mut self, depth: usize, text: &str) {
        let text = Visible(text);
        let _ = writeln!(self.text, "{:indent$}{text}", "", indent = depth * 2);
    }

    /// `label: value` at `depth`, each further line of `value` under the first.
    fn field(&mut self, depth: usize, label: &str, value: &str) {
        let indent = depth * 2;
        let mut lines = value.lines();
        let first = Visible(lines.next().unwrap_or(""));
        let label = format!("{label}:");
        let _ = writeln!(self.text, "{:indent$}{label:<LABEL$} {first}", "");
        for line in lines.map(Visible) {
            let _ = writeln!(self.text, "{:width$} {line}", "", width = indent + LABEL);
        }
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

fn kind_text(kind: BodyKind) -> &'static str {
    match kind {
        BodyKind::Rest => "a REST API error body",
        BodyKind::OAuth => "an OAuth error body of Kakao Login",
        BodyKind::JavaScript => "a JavaScript SDK error body",
        BodyKind::Dapi => "an error body of the search and local APIs",
        BodyKind::Pay => "a Kakao Pay error body",
        BodyKind::Kae => "a KAE error body (Kakao Talk Channel and app APIs)",
        BodyKind::Text => "a plain-text error body",
        BodyKind::Empty => "an empty body",
        _ => "not a Kakao error body",
    }
}

fn response_block(out: &mut Out, explanation: &Explanation, r: &Parsed) {
    let gateway = explanation.is_gateway_page();
    let kind = match (gateway, r.kind()) {
        (true, BodyKind::Unreadable) => {
            "not a Kakao error body: a page from a gateway or proxy in front of Kakao"
        }
        (false, BodyKind::Unreadable) if r.fields().next().is_some() => {
            "a JSON object, of no Kakao error shape"
        }
        (_, kind) => kind_text(kind),
    };
    out.line(0, &format!("Response: {kind}"));
    if let Some(head) = &explanation.head {
        out.field(1, "status line", &head.status_line);
    }
    if let Some(title) = &explanation.page_title {
        out.field(1, "page title", title);
    }
    if let Some((number, from)) = explanation.status {
        let mut text = status::title(number);
        match from {
            StatusFrom::PageTitle => text.push_str(" (read from the page's title)"),
            StatusFrom::Argument | StatusFrom::StatusLine => {}
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
    if let Some(code) = r.code() {
        out.field(1, "code", &code.to_string());
    } else if let Some(raw) = r.unparsed_code() {
        out.field(1, "code (as sent)", raw);
    }
    let texts = [
        ("name", r.js_error_name()),
        ("OAuth error", r.oauth_error().map(|e| e.as_str())),
        ("KOE code", r.koe_code()),
        ("KAE code", r.kae_code()),
        ("errorType", r.error_type()),
        ("message", r.message()),
        ("api_type", r.api_type()),
    ];
    for (label, text) in texts {
        if let Some(text) = text {
            out.field(1, label, text);
        }
    }
    let lists = [
        ("required_scopes", r.required_scopes()),
        ("allowed_scopes", r.allowed_scopes()),
        ("receiver_ids", r.receiver_ids()),
    ];
    for (label, list) in lists {
        if let Some(list) = list {
            out.field(1, label, &list.collect::<Vec<_>>().join(", "));
        }
    }
    if let Some(extras) = r.extras() {
        out.field(1, "extras", extras);
    }
    if let Some(id) = r.request_id() {
        out.field(1, "request id", id);
    }
    if let Some(excerpt) = r.excerpt() {
        out.field(1, "body excerpt", excerpt);
    }
    // The remedy says whether to send the request again, so no separate retry line.
    out.field(1, "remedy", &remedy_text(&r.remedy()));
    if gateway && matches!(r.status(), 502 | 504) {
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

/// A sub-error on its own (for a body that shows it), with its guides and whom to ask.
fn sub_error_block(out: &mut Out, depth: usize, sub: SubError) {
    out.line(depth, INTRO);
    sub_error_fields(out, depth, sub);
    for guide in sub.guides() {
        guide_block(out, depth, *guide);
    }
    devtalk(out, depth);
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
