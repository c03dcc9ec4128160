//! The corpus of responses that carry secrets or hostile text (`tests/fixtures/output-corpus.json`
//! at the workspace's root, one list as data, which the command's tests can read too), and the
//! checks every output of them must pass.
#![allow(
    dead_code,
    reason = "each test binary that includes this module uses a part of it"
)]

use kakao_errors::response::ResponseError;
use serde::Deserialize;
use serde_json::Value;

/// The whole file.
#[derive(Deserialize)]
pub struct Corpus {
    pub responses: Vec<Secretive>,
    pub hostile: Vec<Hostile>,
}

/// A response that carries secrets: in its body, its request URL or its headers.
#[derive(Deserialize)]
pub struct Secretive {
    pub name: String,
    pub status: u16,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
    /// Texts no output may show.
    pub secrets: Vec<String>,
    /// Texts every output shows.
    pub shows: Vec<String>,
}

/// A response whose body holds control, bidirectional or invisible characters.
#[derive(Deserialize)]
pub struct Hostile {
    pub name: String,
    pub status: u16,
    pub body: String,
    /// Texts every output shows.
    pub shows: Vec<String>,
}

impl Secretive {
    /// The response's header lines as the loopback server writes them (`name: value\r\n`),
    /// kept for the rest of the test run.
    pub fn header_lines(&self) -> &'static str {
        let lines: String = self
            .headers
            .iter()
            .map(|(name, value)| format!("{name}: {value}\r\n"))
            .collect();
        Box::leak(lines.into_boxed_str())
    }

    /// The request URL from its path on (query included): what the loopback server is asked
    /// for.
    pub fn path(&self) -> &str {
        let after_scheme = self
            .url
            .split_once("://")
            .map_or(self.url.as_str(), |(_, rest)| rest);
        after_scheme.find('/').map_or("/", |at| &after_scheme[at..])
    }
}

pub fn corpus() -> Corpus {
    serde_json::from_str(include_str!("../../../tests/fixtures/output-corpus.json"))
        .expect("the corpus is valid JSON of the documented shape")
}

/// Every output path of a parsed response: `Display`, `{:?}`, `{:#?}`, and the serialized
/// form (compact and pretty).
pub fn outputs<E: kakao_errors::KakaoError>(e: &ResponseError<E>) -> Vec<(&'static str, String)> {
    vec![
        ("Display", e.to_string()),
        ("Debug", format!("{e:?}")),
        ("alternate Debug", format!("{e:#?}")),
        ("serde_json", serde_json::to_string(e).unwrap()),
        (
            "serde_json pretty",
            serde_json::to_string_pretty(e).unwrap(),
        ),
    ]
}

/// The characters no output may hold unescaped, as the issue lists them (written out here, not
/// taken from the crate): control characters, Unicode's line and paragraph separators, the
/// bidirectional controls, the zero-width characters and the byte order mark, the tag
/// characters.
pub fn is_forbidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
                | '\u{e0000}'..='\u{e007f}'
        )
}

/// Asserts that `output` (of `what`, for the corpus entry `name`) shows none of `secrets` and
/// each of `shows`.
pub fn assert_shows(name: &str, what: &str, output: &str, secrets: &[String], shows: &[String]) {
    for secret in secrets {
        assert!(
            !output.contains(secret.as_str()),
            "{name}: {what} shows the secret {secret:?}: {output}"
        );
    }
    for shown in shows {
        assert!(
            output.contains(shown.as_str()),
            "{name}: {what} does not show {shown:?}: {output}"
        );
    }
}

/// Asserts that `output` holds no forbidden character (`{:#?}` and pretty JSON break their own
/// lines: a line feed is theirs); for a serialized form, that it reads back with serde_json's
/// default limits and that none of its strings (keys too) holds one once decoded.
pub fn assert_clean(name: &str, what: &str, output: &str) {
    let multiline = what.contains("alternate") || what.contains("pretty");
    if let Some(c) = output
        .chars()
        .find(|&c| is_forbidden(c) && !(multiline && c == '\n'))
    {
        panic!("{name}: {what} holds {c:?}: {output:?}");
    }
    if !what.starts_with("serde_json") {
        return;
    }
    let value: Value = serde_json::from_str(output)
        .unwrap_or_else(|e| panic!("{name}: {what} does not read back: {e}"));
    let mut strings = Vec::new();
    collect_strings(&value, &mut strings);
    for s in strings {
        assert!(
            !s.chars().any(is_forbidden),
            "{name}: {what} has the string {s:?} once decoded"
        );
    }
}

/// Every string of `value`, the keys of its objects too.
pub fn collect_strings<'a>(value: &'a Value, out: &mut Vec<&'a str>) {
    // A loop over a stack: the values tested are nested deep.
    let mut stack = vec![value];
    while let Some(value) = stack.pop() {
        match value {
            Value::String(s) => out.push(s),
            Value::Array(items) => stack.extend(items),
            Value::Object(members) => {
                for (key, value) in members {
                    out.push(key);
                    stack.push(value);
                }
            }
            _ => {}
        }
    }
}
