//! What the input is: its parsed response, the catalog's entries for its codes, the table
//! whose row it is (its shape, its family, the type it is read with), its case, and the
//! family of APIs whose conventions apply. Every table, shape and family comes from the
//! catalog ([`catalog::TABLES`], `Table::shape()`, `Table::family()`).

use kakao_errors::bizmessage::{BizMessageError, ResultCode};
use kakao_errors::catalog::{self, Entry, Family, Shape, Table};
use kakao_errors::local::ErrorType;
use kakao_errors::mobility::{FailedRoutes, failed_routes};
use kakao_errors::redact::clean;
use kakao_errors::response::{BodyKind, ResponseError};
use kakao_errors::rest::ApiError;
use kakao_errors::share::{SubError, TalkShareError};
use kakao_errors::{ErrorCode, KakaoError};

use crate::curl::Head;
use crate::input::{self, Body, Form, Input, StatusFrom};
use crate::typed::{RemedyOf, Source, Typed};

/// A parsed response, read for its fields (which do not depend on the table it is read with:
/// the [`Typed`] reading has what does).
pub(crate) type Parsed = ResponseError<ApiError>;

/// Everything known about the input, for either output form.
pub(crate) struct Explanation {
    /// The code as given, for a code.
    pub(crate) code: Option<CodeGiven>,
    /// What was read from a body.
    pub(crate) body: Option<BodyRead>,
    /// The response's status and where it comes from (for a code: the code read as a status).
    pub(crate) status: Option<(u16, StatusFrom)>,
    /// The family of APIs whose conventions apply.
    pub(crate) family: Option<Family>,
    /// What the tables say about the codes, in the catalog's order, code by code.
    pub(crate) entries: Vec<Entry>,
    /// The search and Local APIs' `errorType` row, for an `errorType` given or sent.
    pub(crate) error_type: Option<ErrorType>,
    /// The Talk Share 4019 sub-error of a response whose row is Talk Share's 4019.
    pub(crate) sub_error: Option<SubError>,
    /// Why nothing documented was found, when nothing was.
    pub(crate) missing: Option<String>,
}

/// A code given on the command line.
pub(crate) struct CodeGiven {
    /// As given.
    pub(crate) text: String,
    /// The code whose entries are shown, where it is not the text: `-401` for `401`, `3018`
    /// for `KKO_3018`.
    pub(crate) read_as: Option<String>,
    /// What the command read the text as, when it is not plain (`401` is no code: ...).
    pub(crate) note: Option<String>,
}

/// What a body told.
pub(crate) struct BodyRead {
    /// What it was given in.
    pub(crate) form: Form,
    /// The head of `curl` output.
    pub(crate) head: Option<Head>,
    /// The title of an HTML page.
    pub(crate) page_title: Option<String>,
    /// The parsed response, for its fields.
    pub(crate) response: Parsed,
    /// The response read with the type of its table.
    pub(crate) typed: Typed,
    /// The table whose body shape it is (a detail code's table for a body with a detail code,
    /// the route result table for a directions answer).
    pub(crate) shape: Option<&'static Table>,
    /// What to do, from the whole response.
    pub(crate) remedy: RemedyOf,
    /// The failed routes of a directions answer.
    pub(crate) routes: Option<FailedRoutes>,
}

impl BodyRead {
    /// Whether the body is a page some gateway wrote, not Kakao's error body.
    pub(crate) fn is_gateway_page(&self) -> bool {
        is_gateway_page(&self.response)
    }
}

impl Explanation {
    /// Whether an entry is Kakao Talk Share's.
    pub(crate) fn is_share(entry: &Entry) -> bool {
        entry.table().is::<TalkShareError>()
    }
}

/// Whether `response`'s body is what a gateway or a proxy sends in Kakao's place: an HTML
/// page, or nothing.
fn is_gateway_page(response: &Parsed) -> bool {
    match response.kind() {
        BodyKind::Empty => true,
        BodyKind::Unreadable => response
            .excerpt()
            .is_some_and(|text| text.trim_start().starts_with('<')),
        _ => false,
    }
}

/// Explains `input`.
pub(crate) fn explain(input: Input) -> Explanation {
    match input {
        Input::Code(code) => explain_code(code),
        Input::Body(body) => explain_body(body),
    }
}

/// Every entry for `code` as written, each row of a code documented once per status.
fn rows_of(code: &str) -> Vec<Entry> {
    catalog::find_text(code)
        .flat_map(|entry| entry.table().rows(entry.code()))
        .collect()
}

/// The catalog's entry for a documented value of one of its tables.
fn entry_of<E: KakaoError + 'static>(value: &E) -> Option<Entry> {
    catalog::table::<E>()?.get(value.error_code())
}

/// The bizmessage row of a result code as resellers write it (`KKO_3018`, `K3018`).
fn reseller_entry(text: &str) -> Option<Entry> {
    match ResultCode::read(text)? {
        ResultCode::Failed(error) if error.is_documented() => entry_of::<BizMessageError>(&error),
        _ => None,
    }
}

/// A number written without a sign that could be an HTTP status (100 to 599).
fn status_like(text: &str) -> Option<u16> {
    if text.len() != 3 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse()
        .ok()
        .filter(|status| (100..=599).contains(status))
}

fn explain_code(text: String) -> Explanation {
    if input::error_type_name(&text) {
        return explain_error_type(text);
    }
    let mut entries = rows_of(&text);
    let mut read_as = None;
    let mut note = None;
    if entries.is_empty() {
        if let Some(entry) = reseller_entry(&text) {
            let code = entry.code().to_string();
            note = Some(format!(
                "{text} is the bizmessage result code {code} as resellers write it."
            ));
            entries = entry.table().rows(entry.code()).collect();
            read_as = Some(code);
        }
    }
    let mut status = None;
    if let Some(number) = status_like(&text) {
        let negative = format!("-{number}");
        let negatives = rows_of(&negative);
        let meaning = crate::status::title(number);
        // A documented code below 400 (a route result code) is not read as a status.
        let as_status = entries.is_empty() || number >= 400;
        let as_status_text = if as_status {
            format!(" As an HTTP status, {text} is {meaning}.")
        } else {
            String::new()
        };
        note = match (entries.is_empty(), negatives.is_empty()) {
            (true, false) => Some(format!(
                "{text} is no code a table documents. Kakao's API error codes are negative: as \
                 a code it is {negative}, documented below.{as_status_text}"
            )),
            (true, true) => Some(format!(
                "{text} is no code a table documents.{as_status_text}"
            )),
            (false, false) => Some(format!(
                "{negative} is documented too: kakao-errors explain {negative}.{as_status_text}"
            )),
            (false, true) => as_status.then(|| as_status_text.trim_start().to_owned()),
        };
        if entries.is_empty() && !negatives.is_empty() {
            entries = negatives;
            read_as = Some(negative);
        }
        if as_status {
            status = Some((number, StatusFrom::Code));
        }
    }
    let missing = entries
        .is_empty()
        .then(|| format!("no table documents the code {}", clean(&text)));
    Explanation {
        family: entries.first().map(|e| e.table().family()),
        code: Some(CodeGiven {
            text,
            read_as,
            note,
        }),
        body: None,
        status,
        entries,
        error_type: None,
        sub_error: None,
        missing,
    }
}

/// An `errorType` given as a code: its row, or that no table documents it.
fn explain_error_type(text: String) -> Explanation {
    let error_type = ErrorType::VARIANTS
        .iter()
        .copied()
        .find(|e| e.name().eq_ignore_ascii_case(&text));
    let missing = error_type
        .is_none()
        .then(|| format!("no table documents the errorType {}", clean(&text)));
    Explanation {
        code: Some(CodeGiven {
            text,
            read_as: None,
            note: None,
        }),
        body: None,
        status: None,
        // The one family whose bodies carry an `errorType` (its note says so).
        family: error_type.map(|_| Family::Search),
        entries: Vec::new(),
        error_type,
        sub_error: None,
        missing,
    }
}

/// What the catalog says about a response's codes.
#[derive(Default)]
struct Found {
    entries: Vec<Entry>,
    /// The table whose row the response is: it is read with this table's type.
    answer: Option<&'static Table>,
    /// The table whose body shape it is.
    shape: Option<&'static Table>,
    /// Whether the code is a reseller's way of writing a bizmessage result code, which the
    /// library's reader does not read.
    reseller: bool,
}

/// Whether a table's codes come inside a body of another code (detail codes) or inside a
/// directions answer (route results), never as a body's own code.
fn is_nested(shape: Shape) -> bool {
    matches!(shape, Shape::Detail { .. } | Shape::Route)
}

/// The catalog's entries for the codes of `r`, looked up as its shape says: a code sent as
/// text in the tables of its prefix (or, written as resellers write a bizmessage result, in
/// that table); a number in every table of body codes, the row the status picks where a table
/// documents the code once per status; a detail code in the detail table of its code.
fn lookup(r: &Parsed, status: Option<u16>) -> Found {
    let mut found = Found::default();
    if let Some(text) = r.text_code() {
        found.entries = catalog::find_text(text).collect();
        found.answer = found.entries.first().map(Entry::table);
        found.shape = found.answer.or_else(|| catalog::text_code_table(text));
        if found.shape.is_some() {
            return found;
        }
    }
    let reseller = [r.unparsed_code(), r.text_code()]
        .into_iter()
        .flatten()
        .find_map(reseller_entry);
    if let Some(entry) = reseller {
        found.answer = Some(entry.table());
        found.shape = found.answer;
        found.entries = vec![entry];
        found.reseller = true;
        return found;
    }
    let Some(code) = r.code().and_then(|c| i32::try_from(c).ok()) else {
        return found;
    };
    let code = ErrorCode::new(code);
    let top: Vec<Entry> = catalog::TABLES
        .iter()
        .filter(|table| !is_nested(table.shape()))
        .flat_map(|table| -> Vec<Entry> {
            match status {
                Some(status) => table.get_with_status(code, status).into_iter().collect(),
                None => table.rows(code).collect(),
            }
        })
        .collect();
    let answer = top
        .iter()
        .find(|entry| status.is_some() && entry.status() == status)
        .or(top.first());
    found.answer = answer.map(Entry::table);
    found.shape = found.answer;
    found.entries = top;
    if let Some(detail) = r.detail_code().and_then(|d| i32::try_from(d).ok()) {
        for table in catalog::TABLES {
            let Shape::Detail { under, .. } = table.shape() else {
                continue;
            };
            if under != code.number() {
                continue;
            }
            if let Some(entry) = table.get(ErrorCode::new(detail)) {
                found.shape = Some(table);
                found.entries.push(entry);
            }
        }
    }
    found
}

/// The entries of a directions answer's failed routes, each code once, in the answer's order.
fn route_entries(routes: &FailedRoutes) -> (Option<&'static Table>, Vec<Entry>) {
    let table = catalog::TABLES
        .iter()
        .find(|table| table.shape() == Shape::Route);
    let mut entries: Vec<Entry> = Vec::new();
    for route in routes {
        let Some(code) = route.code().map(|c| c.error_code()) else {
            continue;
        };
        let entry = table.and_then(|table| table.get(code));
        if let Some(entry) = entry.filter(|e| !entries.iter().any(|seen| seen.code() == e.code())) {
            entries.push(entry);
        }
    }
    (table, entries)
}

/// The body shape a reader's kind stands for, to find the family of a response no table
/// documents the code of (a `KOE` code, an OAuth error without one, a REST code no table has).
fn shape_of_kind(kind: BodyKind) -> Option<Shape> {
    match kind {
        BodyKind::Rest | BodyKind::JavaScript | BodyKind::Text => Some(Shape::Code),
        BodyKind::OAuth => Some(Shape::OAuth),
        BodyKind::Kae => Some(Shape::ErrorMsg),
        BodyKind::Pay => Some(Shape::ErrorMessage),
        _ => None,
    }
}

fn explain_body(body: Body) -> Explanation {
    let Body {
        bytes,
        mut status,
        head,
        form,
    } = body;
    let parts = head.as_ref().map(|head| &head.parts);
    let source = |status: Option<(u16, StatusFrom)>| Source {
        status: status.map_or(0, |(s, _)| s),
        bytes: &bytes,
        parts,
    };
    let mut response: Parsed = source(status).parse();
    let page_title = response
        .excerpt()
        .filter(|_| response.kind() == BodyKind::Unreadable)
        .and_then(html_title);
    if status.is_none() {
        // A gateway's page without its status: its title usually says it (502 Bad Gateway).
        let titled = page_title.as_deref().and_then(leading_status);
        if let Some(from_title) = titled {
            status = Some((from_title, StatusFrom::PageTitle));
            response = source(status).parse();
        }
    }
    let routes = match response.kind() {
        BodyKind::Unreadable => failed_routes(&bytes).ok(),
        _ => None,
    };
    let found = match &routes {
        Some(routes) => {
            let (table, entries) = route_entries(routes);
            Found {
                entries,
                answer: table,
                shape: table,
                reseller: false,
            }
        }
        None => lookup(&response, status.map(|(s, _)| s)),
    };
    let typed = Typed::read_with(found.answer, source(status));
    // Where the library's reader does not read the code (a reseller's bizmessage code, a
    // route's result code), the remedy is that code's row's.
    let row_remedy = (routes.is_some() || (found.reseller && typed.cause.is_none()))
        .then(|| {
            found
                .entries
                .first()
                .map(|entry| RemedyOf::new(&entry.remedy()))
        })
        .flatten();
    let remedy = row_remedy.unwrap_or_else(|| typed.remedy.clone());
    let error_type = response.error_type().and_then(ErrorType::from_name);
    let family = found
        .answer
        .or(found.shape)
        .map(Table::family)
        .or_else(|| response.error_type().map(|_| Family::Search))
        .or_else(|| {
            let shape = shape_of_kind(response.kind())?;
            catalog::TABLES
                .iter()
                .find(|table| table.shape() == shape)
                .map(Table::family)
        });
    // Talk Share's 4019 troubleshooting, one sub-error of it, for a response whose row is it.
    let share_4019 = found
        .answer
        .is_some_and(|table| table.is::<TalkShareError>())
        && response.code() == Some(4019);
    let sub_error = share_4019.then(|| response.share_sub_error()).flatten();
    let missing = missing(
        &response,
        &found.entries,
        &typed,
        routes.as_ref(),
        error_type,
    );
    Explanation {
        code: None,
        status,
        family,
        entries: found.entries,
        error_type,
        sub_error,
        missing,
        body: Some(BodyRead {
            form,
            head,
            page_title,
            response,
            typed,
            shape: found.shape,
            remedy,
            routes,
        }),
    }
}

/// Why nothing documented was found; `None` when something was (a table's entry, a case, an
/// `errorType`'s row, an OAuth error the Kakao SDKs know sent without a `KOE` code).
fn missing(
    response: &Parsed,
    entries: &[Entry],
    typed: &Typed,
    routes: Option<&FailedRoutes>,
    error_type: Option<ErrorType>,
) -> Option<String> {
    if let Some(routes) = routes {
        return match (routes.all_found(), entries.is_empty()) {
            (true, _) => Some(format!(
                "the directions answer has no failed route: all {} routes were found",
                routes.routes()
            )),
            (false, true) => Some(
                "no table documents the result codes of the directions answer's failed routes"
                    .to_owned(),
            ),
            (false, false) => None,
        };
    }
    // An OAuth body's `KOE` code, when it has one, is what a table documents or not.
    let known_oauth =
        response.koe_code().is_none() && response.oauth_error().is_some_and(|e| e.is_known());
    if !entries.is_empty() || typed.case.is_some() || error_type.is_some() || known_oauth {
        return None;
    }
    let message = if response.kind() == BodyKind::Empty {
        "the body is empty: it names no documented error".to_owned()
    } else if is_gateway_page(response) {
        "the body is not a Kakao error body (a gateway's or proxy's page): it names no \
         documented error"
            .to_owned()
    } else if let Some(code) = response.code() {
        format!("no table documents the code {code}")
    } else if let Some(raw) = response.unparsed_code() {
        format!(
            "the code {:?} is not a number: no table documents it",
            clean(raw)
        )
    } else if let Some(text) = response.text_code() {
        format!("no table documents the code {}", clean(text))
    } else if let Some(error_type) = response.error_type() {
        format!("no table documents the errorType {:?}", clean(error_type))
    } else if let Some(error) = response.oauth_error() {
        format!(
            "the OAuth error {:?} is not one the Kakao SDKs know",
            clean(error.as_str())
        )
    } else if response.kind() == BodyKind::Unreadable {
        "the body is not a Kakao error body: it names no documented error".to_owned()
    } else {
        "the body names no error code".to_owned()
    };
    Some(message)
}

/// The text of an HTML page's `<title>`, or of its first `<h1>`, tags removed and spaces
/// joined.
fn html_title(page: &str) -> Option<String> {
    let lower = page.to_ascii_lowercase();
    ["title", "h1"].into_iter().find_map(|tag| {
        let open = lower.find(&format!("<{tag}"))?;
        let start = open + lower[open..].find('>')? + 1;
        let end = start + lower[start..].find(&format!("</{tag}"))?;
        let text: String = strip_tags(&page[start..end])
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        (!text.is_empty()).then_some(text)
    })
}

fn strip_tags(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

/// The status a page's title starts with (`502 Bad Gateway`), 400 to 599.
fn leading_status(title: &str) -> Option<u16> {
    let digits = title.get(..3)?;
    let after = title[3..].chars().next();
    if !digits.bytes().all(|b| b.is_ascii_digit()) || after.is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    let status: u16 = digits.parse().ok()?;
    (400..=599).contains(&status).then_some(status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_of_gateway_pages() {
        let page = "<html><head><TITLE>502 Bad Gateway</TITLE></head><body>x</body></html>";
        assert_eq!(html_title(page).as_deref(), Some("502 Bad Gateway"));
        let page = "<html><body><h1>504 <b>Gateway</b>\n Time-out</h1></body></html>";
        assert_eq!(html_title(page).as_deref(), Some("504 Gateway Time-out"));
        assert_eq!(html_title("<html><title></title></html>"), None);
        assert_eq!(html_title("<html><title>cut short"), None);
    }

    #[test]
    fn statuses_at_the_start_of_a_title() {
        assert_eq!(leading_status("502 Bad Gateway"), Some(502));
        assert_eq!(leading_status("503"), Some(503));
        assert_eq!(leading_status("5023 things"), None);
        assert_eq!(leading_status("200 OK"), None);
        assert_eq!(leading_status("Bad Gateway"), None);
        assert_eq!(leading_status("50"), None);
    }

    #[test]
    fn status_like_numbers() {
        assert_eq!(status_like("401"), Some(401));
        assert_eq!(status_like("100"), Some(100));
        for text in ["-401", "+401", "4010", "099", "600", "40"] {
            assert_eq!(status_like(text), None, "{text}");
        }
    }

    #[test]
    fn every_body_kind_of_an_error_body_has_a_shape_of_the_catalog() {
        // Each shape a reader's kind stands for is the shape of some table.
        for kind in [
            BodyKind::Rest,
            BodyKind::JavaScript,
            BodyKind::Text,
            BodyKind::OAuth,
            BodyKind::Kae,
            BodyKind::Pay,
        ] {
            let shape = shape_of_kind(kind).unwrap();
            assert!(
                catalog::TABLES.iter().any(|table| table.shape() == shape),
                "{kind:?}"
            );
        }
    }
}
