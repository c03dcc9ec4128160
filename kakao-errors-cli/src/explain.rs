//! What the input is: its parsed response, the catalog's entries for its code, the Talk Share
//! case it shows, and the family of APIs whose conventions apply.

use kakao_errors::ErrorCode;
use kakao_errors::catalog::{self, Entry, Family};
use kakao_errors::response::{BodyKind, ResponseError, parse_as};
use kakao_errors::share::{ShareApiError, SubError, TalkShareError};

use crate::input::{Body, Head, Input, StatusFrom};

/// A parsed response, its code looked up in the REST API's and Kakao Talk Share's tables (the
/// two families whose bodies carry a plain code; a Kakao Talk Share call also answers with
/// the REST API's common codes), so its retry and remedy are those of the right row.
pub(crate) type Parsed = ResponseError<ShareApiError>;

/// Everything known about the input, for either output form.
pub(crate) struct Explanation {
    /// The code as given, for a code.
    pub(crate) code: Option<String>,
    /// The head of `curl -i` output.
    pub(crate) head: Option<Head>,
    /// The parsed response, for a body.
    pub(crate) response: Option<Parsed>,
    /// The response's status and where it comes from.
    pub(crate) status: Option<(u16, StatusFrom)>,
    /// The family of APIs the response reads as coming from.
    pub(crate) family: Option<Family>,
    /// The title of an HTML page.
    pub(crate) page_title: Option<String>,
    /// What the tables say about the code, in the catalog's order.
    pub(crate) entries: Vec<Entry>,
    /// The Talk Share 4019 case the body's message shows.
    pub(crate) sub_error: Option<SubError>,
    /// Why nothing documented was found, when nothing was.
    pub(crate) missing: Option<String>,
}

impl Explanation {
    /// Whether an entry is Kakao Talk Share's.
    pub(crate) fn is_share(entry: &Entry) -> bool {
        entry.table().is::<TalkShareError>()
    }

    /// Whether the body is a page some gateway wrote, not Kakao's error body.
    pub(crate) fn is_gateway_page(&self) -> bool {
        self.response.as_ref().is_some_and(is_gateway_page)
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

fn explain_code(code: String) -> Explanation {
    // Every row of every table that has the code: a code documented once per status, once
    // per status.
    let entries: Vec<Entry> = catalog::find_text(&code)
        .flat_map(|entry| entry.table().rows(entry.code()))
        .collect();
    let missing = entries
        .is_empty()
        .then(|| format!("no table documents the code {code}"));
    Explanation {
        code: Some(code),
        head: None,
        response: None,
        status: None,
        family: None,
        page_title: None,
        entries,
        sub_error: None,
        missing,
    }
}

fn explain_body(body: Body) -> Explanation {
    let Body {
        bytes,
        mut status,
        head,
    } = body;
    let mut response = match &head {
        Some(head) => Parsed::from_http_parts(&head.parts, &bytes),
        None => parse_as(status.map_or(0, |(s, _)| s), &bytes),
    };
    let page_title = response
        .excerpt()
        .filter(|_| response.kind() == BodyKind::Unreadable)
        .and_then(html_title);
    if status.is_none() {
        // A gateway's page without its status: its title usually says it (502 Bad Gateway).
        let titled = page_title.as_deref().and_then(leading_status);
        if let Some(from_title) = titled {
            status = Some((from_title, StatusFrom::PageTitle));
            response = parse_as(from_title, &bytes);
        }
    }
    let entries = entries_of(&response, status.map(|(s, _)| s));
    let family = family_of(&response, &entries);
    let sub_error = response.share_sub_error();
    let mut explanation = Explanation {
        code: None,
        head,
        response: None,
        status,
        family,
        page_title,
        entries,
        sub_error,
        missing: None,
    };
    explanation.missing = missing(&explanation, &response);
    explanation.response = Some(response);
    explanation
}

/// The catalog's entries for the code of `response`, looked up as its shape says: a `KOE` code
/// in Kakao Login's tables, a `KAE` code in Kakao Talk Channel's, a number in every table (the
/// row the status picks, where a table documents the code once per status).
fn entries_of(response: &Parsed, status: Option<u16>) -> Vec<Entry> {
    if let Some(text) = response.koe_code().or_else(|| response.kae_code()) {
        return catalog::find_text(text).collect();
    }
    let Some(code) = response.code().and_then(|c| i32::try_from(c).ok()) else {
        return Vec::new();
    };
    let code = ErrorCode::new(code);
    match status {
        Some(status) => catalog::find_with_status(code, status).collect(),
        None => catalog::find(code)
            .flat_map(|entry| entry.table().rows(entry.code()))
            .collect(),
    }
}

/// The family whose conventions the response follows: by the body's shape where it tells
/// (OAuth: Kakao Login; `KAE`: Kakao Talk Channel; `errorType`: the search APIs); otherwise the
/// family of the first table that documents the code with the response's status, or of the
/// first that documents it; a REST API body with an undocumented code is the REST API's.
fn family_of(response: &Parsed, entries: &[Entry]) -> Option<Family> {
    match response.kind() {
        BodyKind::OAuth => return Some(Family::Login),
        BodyKind::Kae => return Some(Family::Channel),
        BodyKind::Dapi => return Some(Family::Search),
        BodyKind::Unreadable | BodyKind::Empty | BodyKind::Pay => return None,
        _ => {}
    }
    let status = response.status();
    let by_status = entries.iter().find(|e| e.status() == Some(status));
    match by_status.or(entries.first()) {
        Some(entry) => Some(entry.table().family()),
        None => Some(Family::Rest),
    }
}

/// Why nothing documented was found; `None` when something was (a table's entry, a Talk Share
/// case, an OAuth error the Kakao SDKs know sent without a `KOE` code).
fn missing(explanation: &Explanation, response: &Parsed) -> Option<String> {
    // An OAuth body's `KOE` code, when it has one, is what a table documents or not.
    let known_oauth =
        response.koe_code().is_none() && response.oauth_error().is_some_and(|e| e.is_known());
    if !explanation.entries.is_empty() || explanation.sub_error.is_some() || known_oauth {
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
        format!("the code {raw:?} is not a number: no table documents it")
    } else if let Some(text) = response.koe_code().or_else(|| response.kae_code()) {
        format!("no table documents the code {text}")
    } else if let Some(error_type) = response.error_type() {
        format!("no table documents the errorType {error_type:?}")
    } else if let Some(error) = response.oauth_error() {
        format!(
            "the OAuth error {:?} is not one the Kakao SDKs know",
            error.as_str()
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
}
