//! The serialized form of a [`ResponseError`], documented on the type.

use std::borrow::Cow;
use std::collections::HashSet;

use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};
use serde_json::value::RawValue;

use crate::KakaoError;
use crate::response::error::ResponseError;
use crate::response::scan;

impl<E: KakaoError> Serialize for ResponseError<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("ResponseError", 21)?;
        s.serialize_field("status", &self.status())?;
        s.serialize_field("kind", &self.kind())?;
        s.serialize_field("code", &self.code())?;
        s.serialize_field("unparsed_code", &self.unparsed_code())?;
        s.serialize_field("name", &self.cause().map(KakaoError::name))?;
        s.serialize_field("documented", &self.documented_cause().is_some())?;
        s.serialize_field("case", &self.case().map(|case| case.name()))?;
        s.serialize_field("message", &self.message())?;
        s.serialize_field("required_scopes", &self.required_scopes())?;
        s.serialize_field("allowed_scopes", &self.allowed_scopes())?;
        s.serialize_field("api_type", &self.api_type())?;
        s.serialize_field("oauth_error", &self.oauth_error())?;
        s.serialize_field("koe_code", &self.koe_code())?;
        s.serialize_field("kae_code", &self.kae_code())?;
        s.serialize_field("error_type", &self.error_type())?;
        s.serialize_field("js_error_name", &self.js_error_name())?;
        s.serialize_field("extras", &self.extras().map(Raw))?;
        let other = self.is_json_object().then_some(OtherFields(self));
        s.serialize_field("other_fields", &other)?;
        s.serialize_field("excerpt", &self.excerpt())?;
        s.serialize_field("complete", &self.is_complete())?;
        s.serialize_field("body_len", &self.body_len())?;
        s.end()
    }
}

/// A raw JSON value, embedded as JSON; as a string if serde_json would not read it back (not
/// valid JSON, or valid but holding a lone surrogate or a number beyond `f64`, which
/// `RawValue` accepts), so that the output always reads back.
struct Raw<'a>(&'a str);

impl Serialize for Raw<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match serde_json::from_str::<&RawValue>(self.0) {
            Ok(raw) if scan::reads_back(self.0) => raw.serialize(serializer),
            _ => serializer.serialize_str(self.0),
        }
    }
}

/// The members the other keys do not show, first of each name.
struct OtherFields<'a, E: KakaoError>(&'a ResponseError<E>);

impl<E: KakaoError> Serialize for OtherFields<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seen: HashSet<Cow<'_, str>> = HashSet::new();
        let mut map = serializer.serialize_map(None)?;
        for (name, raw) in self.0.fields() {
            if self.0.shows_member(&name, raw) || seen.contains(&name) {
                continue;
            }
            map.serialize_entry(&name, &Raw(raw))?;
            seen.insert(name);
        }
        map.end()
    }
}
