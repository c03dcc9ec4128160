//! The serialized form of a [`ResponseError`], documented on the type.

use core::time::Duration;
use std::borrow::Cow;
use std::collections::HashSet;

use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};

use crate::read::limits::EXCERPT_LIMIT;
use crate::read::{Key, scan};
use crate::redact::{Clean, REDACTED, clean, is_secret_name, json, json_keeps};
use crate::response::error::ResponseError;
use crate::response::kind::BodyKind;
use crate::response::rules::members::{self, key_of};
use crate::{KakaoError, Remedy};

impl<E: KakaoError> Serialize for ResponseError<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Every text from the body goes out by the rule of `crate::redact`.
        fn text(text: Option<&str>) -> Option<Clean<'_>> {
            text.map(clean)
        }
        let mut s = serializer.serialize_struct("ResponseError", 24)?;
        s.serialize_field("status", &self.status())?;
        s.serialize_field("kind", &self.kind())?;
        s.serialize_field("code", &self.code())?;
        // The code as sent is what the report is about: escaped, never redacted.
        s.serialize_field(
            "unparsed_code",
            &self.unparsed_code().map(|raw| clean(raw).unredacted()),
        )?;
        s.serialize_field("name", &self.cause().map(KakaoError::name))?;
        s.serialize_field("documented", &self.documented_cause().is_some())?;
        s.serialize_field("case", &self.case().map(|case| case.name()))?;
        s.serialize_field("remedy", &RemedyReport(self.remedy()))?;
        s.serialize_field("retry_after", &self.retry_after().map(seconds))?;
        s.serialize_field("request_id", &text(self.request_id()))?;
        s.serialize_field("message", &text(self.message()))?;
        s.serialize_field("required_scopes", &self.required_scopes())?;
        s.serialize_field("allowed_scopes", &self.allowed_scopes())?;
        s.serialize_field("api_type", &text(self.api_type()))?;
        s.serialize_field("oauth_error", &self.oauth_error())?;
        s.serialize_field("koe_code", &text(self.koe_code()))?;
        s.serialize_field("kae_code", &text(self.kae_code()))?;
        s.serialize_field("error_type", &text(self.error_type()))?;
        s.serialize_field("js_error_name", &text(self.js_error_name()))?;
        s.serialize_field("extras", &self.extras().map(json))?;
        let other = self
            .body_texts()
            .json()
            .is_some()
            .then_some(OtherFields(self));
        s.serialize_field("other_fields", &other)?;
        s.serialize_field("excerpt", &text(self.excerpt()))?;
        s.serialize_field("complete", &self.is_complete())?;
        s.serialize_field("body_len", &self.body_len())?;
        s.end()
    }
}

/// A wait in whole seconds, rounded up: a client that waits this long has waited long enough.
fn seconds(wait: Duration) -> u64 {
    wait.as_secs() + u64::from(wait.subsec_nanos() > 0)
}

/// A remedy in the serialized form: `{"name": "throttled", "after": 30}`.
struct RemedyReport<'a>(Remedy<'a>);

impl Serialize for RemedyReport<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Remedy", 2)?;
        s.serialize_field("name", self.0.as_str())?;
        s.serialize_field("after", &self.0.after().map(seconds))?;
        s.end()
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
            // A member holding a secret is never serialized with its value.
            if is_secret_name(&name) && !json_keeps(&name, raw) {
                map.serialize_entry(&clean(&name), REDACTED)?;
            } else {
                map.serialize_entry(&clean(&name), &json(raw))?;
            }
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
