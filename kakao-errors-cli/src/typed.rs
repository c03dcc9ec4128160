//! A response read with the type of the table whose row it is: its remedy, case and cause are
//! that table's (a Kakao Pay `-780` is `PayError`'s, with its `USER_LOCKED` case), which the
//! REST API's union cannot give.
//!
//! The tables' types come from the catalog's one list, [`kakao_errors::for_each_table!`]: the
//! command has no list of its own.

use core::time::Duration;

use kakao_errors::case::Case;
use kakao_errors::catalog::Table;
use kakao_errors::response::{ResponseError, parse_as};
use kakao_errors::rest::ApiError;
use kakao_errors::{KakaoError, Remedy};
use serde_json::value::RawValue;

/// What the command reads a body from: its status and bytes, and the head of `curl -i` output
/// (for `Retry-After` and the request id).
#[derive(Clone, Copy)]
pub(crate) struct Source<'a> {
    pub(crate) status: u16,
    pub(crate) bytes: &'a [u8],
    pub(crate) parts: Option<&'a http::response::Parts>,
}

impl Source<'_> {
    /// The body read with `E`.
    pub(crate) fn parse<E: KakaoError>(self) -> ResponseError<E> {
        match self.parts {
            Some(parts) => ResponseError::from_http_parts(parts, self.bytes),
            None => parse_as(self.status, self.bytes),
        }
    }
}

/// A remedy with what it borrowed copied: its name, description, wait and scopes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RemedyOf {
    pub(crate) name: &'static str,
    pub(crate) description: &'static str,
    pub(crate) after: Option<Duration>,
    pub(crate) scopes: Vec<String>,
    /// As `Remedy`'s `Display` writes it (`throttled after 30s`, `request_consent: a, b`).
    pub(crate) text: String,
}

impl RemedyOf {
    pub(crate) fn new(remedy: &Remedy<'_>) -> Self {
        let scopes = match remedy {
            Remedy::RequestConsent { scopes } => scopes.clone().map(str::to_owned).collect(),
            _ => Vec::new(),
        };
        Self {
            name: remedy.as_str(),
            description: remedy.description(),
            after: remedy.after(),
            scopes,
            text: remedy.to_string(),
        }
    }
}

/// What the typed reading gives that depends on the table.
pub(crate) struct Typed {
    /// `ResponseError::remedy`.
    pub(crate) remedy: RemedyOf,
    /// `ResponseError::case`.
    pub(crate) case: Option<Case>,
    /// The name of the documented cause, if the table documents the code.
    pub(crate) cause: Option<&'static str>,
    /// The library's serialized form, indented to sit at the first level of `--json`'s object.
    pub(crate) json: Box<RawValue>,
}

impl Typed {
    /// `source` read with `E`.
    fn read<E: KakaoError>(source: Source<'_>) -> Self {
        let response: ResponseError<E> = source.parse();
        Self {
            remedy: RemedyOf::new(&response.remedy()),
            case: response.case(),
            cause: response.documented_cause().map(KakaoError::name),
            json: nested_json(&response),
        }
    }

    /// `source` read with the type of `table`, or with the REST API's union (every Kakao API
    /// answers its common codes) when there is no table or it is not one of the catalog's.
    pub(crate) fn read_with(table: Option<&Table>, source: Source<'_>) -> Self {
        table
            .and_then(|table| read_with_table(table, source))
            .unwrap_or_else(|| Self::read::<ApiError>(source))
    }
}

/// A value pretty-printed as `--json` prints the members of its top-level object: each line
/// after the first indented by two more spaces. JSON strings hold no line breaks, so adding
/// spaces after each `\n` changes nothing else.
fn nested_json(value: &impl serde::Serialize) -> Box<RawValue> {
    let text = serde_json::to_string_pretty(value)
        .map(|text| text.replace('\n', "\n  "))
        .unwrap_or_else(|e| {
            serde_json::Value::String(format!("not serializable: {e}")).to_string()
        });
    RawValue::from_string(text).unwrap_or_else(|_| {
        // Unreachable: serde_json wrote the text; `null` beats a panic.
        RawValue::from_string("null".to_owned()).expect("`null` is JSON")
    })
}

/// Defines `read_with_table` from the catalog's list: one branch per table type.
macro_rules! typed_readers {
    ($krate:tt; $($($segment:ident)::+ { $($field:tt)* })*) => {
        /// `source` read with the type of `table`; `None` for a table not in the catalog.
        fn read_with_table(table: &Table, source: Source<'_>) -> Option<Typed> {
            $(
                if table.is::<$krate::$($segment)::+>() {
                    return Some(Typed::read::<$krate::$($segment)::+>(source));
                }
            )*
            None
        }
    };
}

kakao_errors::for_each_table!(typed_readers);

#[cfg(test)]
mod tests {
    use super::*;
    use kakao_errors::catalog;
    use kakao_errors::pay::PayError;

    #[test]
    fn every_table_of_the_catalog_has_its_reader() {
        let source = Source {
            status: 400,
            bytes: b"{}",
            parts: None,
        };
        for table in catalog::TABLES {
            assert!(
                read_with_table(table, source).is_some(),
                "{}",
                table.title()
            );
        }
    }

    #[test]
    fn a_table_reads_its_own_cases() {
        let body = br#"{"error_code":-780,"error_message":"approval failure!","extras":{"method_result_code":"USER_LOCKED"}}"#;
        let source = Source {
            status: 400,
            bytes: body,
            parts: None,
        };
        let pay = Typed::read_with(catalog::table::<PayError>(), source);
        assert_eq!(pay.case.map(|c| c.name()), Some("UserLocked"));
        assert_eq!(pay.remedy.name, "outcome_unknown");
        assert_eq!(pay.cause, Some("ApprovalFailed"));
        // The REST API's union does not know -780.
        let rest = Typed::read_with(None, source);
        assert!(rest.case.is_none() && rest.cause.is_none());
    }

    #[test]
    fn nested_json_is_indented_one_level() {
        let json = nested_json(&serde_json::json!({"a": [1]}));
        assert_eq!(json.get(), "{\n    \"a\": [\n      1\n    ]\n  }");
    }
}
