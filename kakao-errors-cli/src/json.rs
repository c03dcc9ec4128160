//! The `--json` form of an explanation: one object, its keys in the order `--help` gives.
//!
//! What a server sent is written by the library's rule ([`kakao_errors::redact`]): redacted,
//! its hidden characters escaped as text (`\u{1b}`); `response` is the library's serialized
//! form, which follows the rule itself. This crate's own texts (the tables') are as they are.

use kakao_errors::KakaoError as _;
use kakao_errors::case::Case;
use kakao_errors::catalog::{Entry, Family, Table};
use kakao_errors::local::ErrorType;
use kakao_errors::mobility::FailedRoutes;
use kakao_errors::redact::{Clean, clean};
use kakao_errors::share::{Guide, Note, Step, SubError, Troubleshooting};
use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::explain::Explanation;
use crate::human::when_text;
use crate::status;
use crate::typed::RemedyOf;

/// The top-level keys, in their order: `--help` documents each (a test compares the two).
pub(crate) const KEYS: &[&str] = &[
    "input",
    "status",
    "shape",
    "response",
    "remedy",
    "case",
    "routes",
    "entries",
    "troubleshooting",
    "documented",
];

/// The explanation as pretty-printed JSON, with a final newline; the error, should a value
/// refuse to be written (none is known to).
pub(crate) fn render(explanation: &Explanation) -> Result<String, serde_json::Error> {
    let mut text = serde_json::to_string_pretty(&Report(explanation))?;
    text.push('\n');
    Ok(text)
}

/// The whole object.
struct Report<'a>(&'a Explanation);

impl Serialize for Report<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let e = self.0;
        let troubleshooting: Vec<TroubleshootingJson> = e
            .entries
            .iter()
            .filter(|entry| Explanation::is_share(entry))
            .filter_map(|entry| Troubleshooting::for_code(entry.code().number()))
            .map(TroubleshootingJson)
            .collect();
        let body = e.body.as_ref();
        let mut entries: Vec<EntryJson<'_>> =
            e.error_type.map(EntryJson::ErrorType).into_iter().collect();
        entries.extend(e.entries.iter().map(EntryJson::Table));
        let mut s = serializer.serialize_struct("Explanation", KEYS.len())?;
        s.serialize_field(KEYS[0], &InputJson(e))?;
        s.serialize_field(KEYS[1], &e.status.map(|(number, _)| StatusJson(e, number)))?;
        s.serialize_field(KEYS[2], &body.and_then(|b| b.shape).map(ShapeJson))?;
        s.serialize_field(KEYS[3], &body.map(|b| &b.typed.json))?;
        s.serialize_field(KEYS[4], &body.map(|b| RemedyJson(&b.remedy)))?;
        s.serialize_field(
            KEYS[5],
            &body.and_then(|b| b.typed.case.as_ref()).map(CaseJson),
        )?;
        s.serialize_field(
            KEYS[6],
            &body.and_then(|b| b.routes.as_ref()).map(RoutesJson),
        )?;
        s.serialize_field(KEYS[7], &entries)?;
        s.serialize_field(KEYS[8], &troubleshooting)?;
        s.serialize_field(KEYS[9], &e.missing.is_none())?;
        s.end()
    }
}

/// What was given: a code, or a body in one of its forms.
struct InputJson<'a>(&'a Explanation);

impl Serialize for InputJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let e = self.0;
        if let Some(code) = &e.code {
            let mut s = serializer.serialize_struct("Input", 3)?;
            s.serialize_field("form", "code")?;
            s.serialize_field("text", &clean(&code.text))?;
            s.serialize_field("read_as", &code.read_as)?;
            return s.end();
        }
        let body = e.body.as_ref();
        let head = body.and_then(|b| b.head.as_ref());
        let mut s = serializer.serialize_struct("Input", 6)?;
        s.serialize_field("form", body.map_or("body", |b| b.form.as_str()))?;
        s.serialize_field("status", &e.status.map(|(number, _)| number))?;
        s.serialize_field("status_from", &e.status.map(|(_, from)| from.as_str()))?;
        s.serialize_field("status_line", &head.map(|head| clean(&head.status_line)))?;
        s.serialize_field("responses", &head.map_or(1, |head| head.responses))?;
        let page_title = body.and_then(|b| b.page_title.as_deref()).map(clean);
        s.serialize_field("page_title", &page_title)?;
        s.end()
    }
}

/// The response's status, its reason phrase, and what its family's documentation says.
struct StatusJson<'a>(&'a Explanation, u16);

impl Serialize for StatusJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let StatusJson(e, number) = *self;
        let note = e.family.and_then(|f| status::family_note(f, number));
        let mut s = serializer.serialize_struct("Status", 4)?;
        s.serialize_field("code", &number)?;
        s.serialize_field("reason", &status::reason(number))?;
        s.serialize_field("family", &e.family)?;
        s.serialize_field("note", &note)?;
        s.end()
    }
}

/// The body's shape, as the catalog gives it for the table whose row the body is.
struct ShapeJson(&'static Table);

impl Serialize for ShapeJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let table = self.0;
        let mut s = serializer.serialize_struct("Shape", 3)?;
        s.serialize_field("family", &table.family())?;
        s.serialize_field("table", table.title())?;
        s.serialize_field("body", &table.shape().to_string())?;
        s.end()
    }
}

struct RemedyJson<'a>(&'a RemedyOf);

impl Serialize for RemedyJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let remedy = self.0;
        // Whole seconds, rounded up: waiting a little longer is safe, shorter is not.
        let after = remedy
            .after
            .map(|d| d.as_secs() + u64::from(d.subsec_nanos() > 0));
        let mut s = serializer.serialize_struct("Remedy", 4)?;
        s.serialize_field("name", remedy.name)?;
        s.serialize_field("description", remedy.description)?;
        s.serialize_field("after_secs", &after)?;
        // The body's scopes.
        let scopes: Vec<Clean<'_>> = remedy.scopes.iter().map(|scope| clean(scope)).collect();
        s.serialize_field("scopes", &scopes)?;
        s.end()
    }
}

/// The case the response is.
struct CaseJson<'a>(&'a Case);

impl Serialize for CaseJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let case = self.0;
        let mut s = serializer.serialize_struct("Case", 10)?;
        s.serialize_field("name", case.name())?;
        s.serialize_field("told_apart_by", &when_text(case))?;
        s.serialize_field("detail_code", &case.detail_code())?;
        s.serialize_field("message", case.message())?;
        s.serialize_field("message_ko", &case.message_ko())?;
        s.serialize_field("solution", &case.solution())?;
        s.serialize_field("solution_ko", &case.solution_ko())?;
        s.serialize_field("remedy", case.remedy().as_str())?;
        s.serialize_field("page", case.doc_url())?;
        s.serialize_field("known_from", &case.known_from())?;
        s.end()
    }
}

/// The failed routes of a directions answer.
struct RoutesJson<'a>(&'a FailedRoutes);

impl Serialize for RoutesJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let routes = self.0;
        let failed: Vec<RouteJson<'_>> = routes.iter().map(RouteJson).collect();
        let mut s = serializer.serialize_struct("Routes", 3)?;
        s.serialize_field("routes", &routes.routes())?;
        s.serialize_field("failed", &routes.failed())?;
        s.serialize_field("failed_routes", &failed)?;
        s.end()
    }
}

struct RouteJson<'a>(&'a kakao_errors::mobility::FailedRoute);

impl Serialize for RouteJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let route = self.0;
        let mut s = serializer.serialize_struct("Route", 4)?;
        s.serialize_field("index", &route.index())?;
        s.serialize_field("code", &route.code().map(|c| c.code()))?;
        s.serialize_field("name", &route.code().map(|c| c.name()))?;
        s.serialize_field("message", &route.message().map(clean))?;
        s.end()
    }
}

/// An entry: a table's (its serialized form), or an `errorType`'s, with the same keys.
enum EntryJson<'a> {
    Table(&'a Entry),
    ErrorType(ErrorType),
}

impl Serialize for EntryJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let error_type = match self {
            Self::Table(entry) => return entry.serialize(serializer),
            Self::ErrorType(error_type) => *error_type,
        };
        let page = error_type.phrases().next().map(|row| row.page());
        let mut s = serializer.serialize_struct("Entry", 14)?;
        s.serialize_field("table", &format!("{} > errorType", Family::Search.title()))?;
        s.serialize_field("path", "kakao_errors::local::ErrorType")?;
        s.serialize_field("url", &page)?;
        s.serialize_field("family", &Family::Search)?;
        s.serialize_field("code", error_type.name())?;
        s.serialize_field("name", error_type.name())?;
        s.serialize_field("status", &error_type.status())?;
        s.serialize_field("retry", &error_type.remedy().is_wait())?;
        s.serialize_field("remedy", error_type.remedy().as_str())?;
        s.serialize_field("message", error_type.message())?;
        s.serialize_field("message_ko", &None::<&str>)?;
        s.serialize_field("solution", &None::<&str>)?;
        s.serialize_field("solution_ko", &None::<&str>)?;
        s.serialize_field("known_from", error_type.known_from())?;
        s.end()
    }
}

struct StepJson(&'static Step);

impl Serialize for StepJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Step", 2)?;
        s.serialize_field("text", self.0.text())?;
        s.serialize_field("details", self.0.details())?;
        s.end()
    }
}

fn steps(steps: &'static [Step]) -> Vec<StepJson> {
    steps.iter().map(StepJson).collect()
}

struct SubErrorJson(SubError);

impl Serialize for SubErrorJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let sub = self.0;
        let guides: Vec<GuideJson> = sub.guides().iter().map(|&g| GuideJson(g)).collect();
        let mut s = serializer.serialize_struct("SubError", 5)?;
        s.serialize_field("title", sub.title())?;
        s.serialize_field("shows", sub.shown_message())?;
        s.serialize_field("causes", sub.causes())?;
        s.serialize_field("steps", &steps(sub.steps()))?;
        s.serialize_field("guides", &guides)?;
        s.end()
    }
}

struct GuideJson(Guide);

impl Serialize for GuideJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Guide", 2)?;
        s.serialize_field("title", self.0.title())?;
        s.serialize_field("steps", &steps(self.0.steps()))?;
        s.end()
    }
}

struct NoteJson(&'static Note);

impl Serialize for NoteJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Note", 2)?;
        s.serialize_field("title", self.0.title())?;
        s.serialize_field("paragraphs", self.0.paragraphs())?;
        s.end()
    }
}

struct TroubleshootingJson(&'static Troubleshooting);

impl Serialize for TroubleshootingJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let case = self.0;
        let subs: Vec<SubErrorJson> = case.sub_errors().iter().map(|&s| SubErrorJson(s)).collect();
        let mut s = serializer.serialize_struct("Troubleshooting", 5)?;
        s.serialize_field("code", &case.error().error_code().to_string())?;
        s.serialize_field("causes", case.causes())?;
        s.serialize_field("steps", &steps(case.steps()))?;
        s.serialize_field("sub_errors", &subs)?;
        s.serialize_field("note", &case.note().map(NoteJson))?;
        s.end()
    }
}
