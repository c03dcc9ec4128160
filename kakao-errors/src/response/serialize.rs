//! The serialized form of a [`ResponseError`], documented on the type.

use std::borrow::Cow;
use std::collections::HashSet;

use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};
use serde_json::value::RawValue;

use crate::KakaoError;
use crate::read::limits::EXCERPT_LIMIT;
use crate::read::{Key, scan};
use crate::response::error::ResponseError;
use crate::response::kind::BodyKind;
use crate::response::rules::members::{self, key_of};

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
        let other = self
            .body_texts()
            .json()
            .is_some()
            .then_some(OtherFields(self));
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
            if shows_member(self.0, &name, raw) || seen.contains(&name) {
                continue;
            }
            map.serialize_entry(&name, &Raw(raw))?;
            seen.insert(name);
        }
        map.end()
    }
}

/// Whether the other keys of the serialized form show the top-level member called `name`,
/// whose raw JSON text is `raw` (so that `other_fields` need not repeat it).
fn shows_member<E: KakaoError>(error: &ResponseError<E>, name: &str, raw: &str) -> bool {
    let slot = match key_of(name) {
        None => return false,
        // Shown raw under `extras`.
        Some(Key::Object(_)) => return true,
        Some(Key::Slot(slot)) => slot,
    };
    let texts = error.body_texts();
    match slot {
        members::CODE => {
            error.unparsed_code().is_some()
                || (error.code().is_some() && error.kind() != BodyKind::Pay)
        }
        members::ERROR_CODE => {
            texts.text(slot).is_some() || (error.kind() == BodyKind::Pay && error.code().is_some())
        }
        // Only the message `message()` gives is shown.
        members::MSG
        | members::DESCRIPTION
        | members::ERROR_MESSAGE
        | members::ERROR_MSG
        | members::MESSAGE => texts.message_slot() == Some(slot),
        // Only a value `oauth_error` keeps whole.
        members::ERROR => error
            .oauth_error_text()
            .is_some_and(|t| t.len() <= EXCERPT_LIMIT),
        // Only a list that kept every item: one with an item that is not a string, or with
        // more than `LIST_LIMIT` items, is shown raw too.
        members::REQUIRED_SCOPES | members::ALLOWED_SCOPES => {
            texts
                .list_len(slot)
                .is_some_and(|kept| match raw.as_bytes().first() {
                    Some(b'[') => scan::Elements::new(raw).count() == kept,
                    // A lone string, kept as a list of one.
                    _ => kept == 1,
                })
        }
        members::RECEIVER_IDS | members::DETAIL_CODE | members::DETAIL_MSG | members::EXCERPT => {
            false
        }
        _ => texts.text(slot).is_some(),
    }
}
