//! The `--json` form of an explanation: one object, its keys in the order `--help` gives.

use kakao_errors::share::{Guide, Note, Step, SubError, Troubleshooting};
use kakao_errors::{KakaoError as _, Remedy};
use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::explain::Explanation;
use crate::status;

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
        let troubleshooting: Vec<Case> = e
            .entries
            .iter()
            .filter(|entry| Explanation::is_share(entry))
            .filter_map(|entry| Troubleshooting::for_code(entry.code().number()))
            .map(Case)
            .collect();
        let remedy = e.response.as_ref().map(|r| RemedyJson(r.remedy()));
        let mut s = serializer.serialize_struct("Explanation", 8)?;
        s.serialize_field("input", &InputJson(e))?;
        s.serialize_field("status", &e.status.map(|(number, _)| StatusJson(e, number)))?;
        s.serialize_field("response", &e.response)?;
        s.serialize_field("remedy", &remedy)?;
        s.serialize_field("share_case", &e.sub_error.map(SubErrorJson))?;
        s.serialize_field("entries", &e.entries)?;
        s.serialize_field("troubleshooting", &troubleshooting)?;
        s.serialize_field("documented", &e.missing.is_none())?;
        s.end()
    }
}

/// What was given: a code, a body, or a whole response.
struct InputJson<'a>(&'a Explanation);

impl Serialize for InputJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let e = self.0;
        if let Some(code) = &e.code {
            let mut s = serializer.serialize_struct("Input", 2)?;
            s.serialize_field("form", "code")?;
            s.serialize_field("text", code)?;
            return s.end();
        }
        let form = if e.head.is_some() {
            "http_response"
        } else {
            "body"
        };
        let mut s = serializer.serialize_struct("Input", 5)?;
        s.serialize_field("form", form)?;
        s.serialize_field("status", &e.status.map(|(number, _)| number))?;
        s.serialize_field("status_from", &e.status.map(|(_, from)| from.as_str()))?;
        let status_line = e.head.as_ref().map(|head| head.status_line.as_str());
        s.serialize_field("status_line", &status_line)?;
        s.serialize_field("page_title", &e.page_title)?;
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

struct RemedyJson<'a>(Remedy<'a>);

impl Serialize for RemedyJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let remedy = &self.0;
        let scopes: Vec<&str> = match remedy {
            Remedy::RequestConsent { scopes } => scopes.clone().collect(),
            _ => Vec::new(),
        };
        // Whole seconds, rounded up: waiting a little longer is safe, shorter is not.
        let after = remedy
            .after()
            .map(|d| d.as_secs() + u64::from(d.subsec_nanos() > 0));
        let mut s = serializer.serialize_struct("Remedy", 4)?;
        s.serialize_field("name", remedy.as_str())?;
        s.serialize_field("description", remedy.description())?;
        s.serialize_field("after_secs", &after)?;
        s.serialize_field("scopes", &scopes)?;
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

struct Case(&'static Troubleshooting);

impl Serialize for Case {
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
