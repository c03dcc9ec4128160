//! One tolerant pass over a JSON error body.
//!
//! The body is read once with serde_json into a [`Collected`]: known keys are kept (their text
//! appended to one buffer), unknown keys skipped without allocating, and a value of an
//! unexpected type (a number for `msg`, an object for `code`) ignored instead of failing the
//! whole body. Each field is stored the moment it is read, so a body that breaks off (truncated,
//! trailing garbage) still keeps every field read before the break.

use core::fmt;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::texts::{self, Slot, Span, Texts};
use crate::oauth::OAuthError;

/// A `code` field as read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Code {
    /// No code, `null`, or a value that cannot be a code (object, array, boolean, `""`).
    #[default]
    Absent,
    /// An integer in `i64`: a JSON integer, an integral float, or a string holding one.
    Int(i64),
    /// Present but not an integer in `i64`; its text is [`Texts::raw_code`].
    Raw,
}

/// What one JSON body gave.
#[derive(Debug, Default)]
pub(crate) struct Collected {
    pub(crate) code: Code,
    pub(crate) texts: Texts,
    /// The last value read was a numeric `code` (a break right after it may have cut it).
    last_was_numeric_code: bool,
}

impl Collected {
    /// Whether any key of a known shape was read.
    pub(crate) fn found_anything(&self) -> bool {
        self.code != Code::Absent || !self.texts.is_empty()
    }

    /// Whether the OAuth fields were seen.
    pub(crate) fn has_oauth_fields(&self) -> bool {
        self.texts.oauth_error.is_some()
            || self.texts.slot(Slot::Description).is_some()
            || self.texts.slot(Slot::Koe).is_some()
    }
}

/// The most buffer reserved up front for a body's text.
const TEXT_RESERVE: usize = 1024;

/// Reads `body` (which starts with `{` after whitespace). Returns what was read and whether the
/// body was read whole.
pub(crate) fn collect(body: &[u8]) -> (Collected, bool) {
    let mut out = Collected::default();
    // Text read from a JSON string is never longer than the string as sent, so a typical body
    // fits in one allocation; an unusually large one grows as needed.
    out.texts.buf.reserve(body.len().min(TEXT_RESERVE));
    let mut de = serde_json::Deserializer::from_slice(body);
    let result = (&mut out).deserialize(&mut de).and_then(|()| de.end());
    match result {
        Ok(()) => (out, true),
        Err(e) => {
            // `{"code":-40` cut inside the number reads as -40: drop a code that ends where
            // the body does.
            if e.is_eof() && out.last_was_numeric_code && ends_in_number(body) {
                out.code = Code::Absent;
                out.texts.unset(Slot::RawCode);
            }
            (out, false)
        }
    }
}

/// Whether the body's last non-blank byte may be part of a JSON number.
fn ends_in_number(body: &[u8]) -> bool {
    body.iter()
        .rev()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
}

/// The keys this crate reads; anything else is skipped.
enum Key {
    Code,
    Msg,
    Error,
    ErrorDescription,
    ErrorCode,
    Name,
    RequiredScopes,
    AllowedScopes,
    ApiType,
    Other,
}

impl<'de> de::Deserialize<'de> for Key {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
                Ok(match v {
                    "code" => Key::Code,
                    "msg" => Key::Msg,
                    "error" => Key::Error,
                    "error_description" => Key::ErrorDescription,
                    "error_code" => Key::ErrorCode,
                    "name" => Key::Name,
                    "required_scopes" => Key::RequiredScopes,
                    "allowed_scopes" => Key::AllowedScopes,
                    "api_type" => Key::ApiType,
                    _ => Key::Other,
                })
            }
        }
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

impl<'de> DeserializeSeed<'de> for &mut Collected {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for &mut Collected {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Kakao error object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<Key>()? {
            self.last_was_numeric_code = false;
            let t = &mut self.texts;
            match key {
                Key::Code => {
                    let (code, numeric) = map.next_value_seed(CodeSeed(&mut t.buf))?;
                    match code {
                        CodeRead::Absent => {}
                        CodeRead::Int(n) => {
                            self.code = Code::Int(n);
                            t.unset(Slot::RawCode);
                        }
                        CodeRead::Raw(span) => {
                            self.code = Code::Raw;
                            t.set(Slot::RawCode, Some(span));
                        }
                    }
                    self.last_was_numeric_code = numeric;
                }
                Key::Msg => text_field(t, Slot::Msg, &mut map)?,
                Key::ErrorDescription => text_field(t, Slot::Description, &mut map)?,
                Key::ErrorCode => text_field(t, Slot::Koe, &mut map)?,
                Key::Name => text_field(t, Slot::Name, &mut map)?,
                Key::ApiType => text_field(t, Slot::ApiType, &mut map)?,
                Key::Error => {
                    if let Some(e) = map.next_value_seed(ErrorSeed)? {
                        t.oauth_error = Some(e);
                    }
                }
                Key::RequiredScopes => {
                    let list = map.next_value_seed(Scopes(t))?;
                    t.set(Slot::RequiredScopes, list);
                }
                Key::AllowedScopes => {
                    let list = map.next_value_seed(Scopes(t))?;
                    t.set(Slot::AllowedScopes, list);
                }
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

/// Reads a text value into `slot` (the last value given for a key is kept).
fn text_field<'de, A: MapAccess<'de>>(
    texts: &mut Texts,
    slot: Slot,
    map: &mut A,
) -> Result<(), A::Error> {
    let span = map.next_value_seed(Text(&mut texts.buf))?;
    texts.set(slot, span);
    Ok(())
}

/// Drains a sequence the caller does not want.
fn drain_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<(), A::Error> {
    while seq.next_element::<IgnoredAny>()?.is_some() {}
    Ok(())
}

/// Drains a map the caller does not want.
fn drain_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<(), A::Error> {
    while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
    Ok(())
}

/// Visitor methods giving `$none` for values a seed has no use for (compound values are
/// drained, so the body can be read on), and looking through `Some`.
macro_rules! ignore {
    (numbers, $value:ty, $none:expr) => {
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<$value, E> {
            Ok($none)
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<$value, E> {
            Ok($none)
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<$value, E> {
            Ok($none)
        }
    };
    (others, $value:ty, $none:expr) => {
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<$value, E> {
            Ok($none)
        }
        fn visit_unit<E: de::Error>(self) -> Result<$value, E> {
            Ok($none)
        }
        fn visit_none<E: de::Error>(self) -> Result<$value, E> {
            Ok($none)
        }
        fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<$value, D::Error> {
            d.deserialize_any(self)
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<$value, A::Error> {
            drain_map(map).map(|()| $none)
        }
    };
    (seq, $value:ty, $none:expr) => {
        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<$value, A::Error> {
            drain_seq(seq).map(|()| $none)
        }
    };
}

/// A seed that is its own visitor, reading any JSON type (the visitor decides what to keep).
macro_rules! seed_is_visitor {
    ($seed:ty, $value:ty) => {
        impl<'de> DeserializeSeed<'de> for $seed {
            type Value = $value;

            fn deserialize<D: de::Deserializer<'de>>(
                self,
                deserializer: D,
            ) -> Result<Self::Value, D::Error> {
                deserializer.deserialize_any(self)
            }
        }
    };
}

/// A string value appended to the buffer; any other value ignored.
struct Text<'a>(&'a mut String);

seed_is_visitor!(Text<'_>, Option<Span>);

impl<'de> Visitor<'de> for Text<'_> {
    type Value = Option<Span>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(texts::push(self.0, v))
    }

    ignore!(numbers, Self::Value, None);
    ignore!(others, Self::Value, None);
    ignore!(seq, Self::Value, None);
}

/// The OAuth `error` string: a known value costs no allocation.
struct ErrorSeed;

seed_is_visitor!(ErrorSeed, Option<OAuthError>);

impl<'de> Visitor<'de> for ErrorSeed {
    type Value = Option<OAuthError>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an OAuth error string")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Some(OAuthError::from(v)))
    }

    ignore!(numbers, Self::Value, None);
    ignore!(others, Self::Value, None);
    ignore!(seq, Self::Value, None);
}

/// A list of scope strings (a lone string counts as a list of one); other elements skipped.
struct Scopes<'a>(&'a mut Texts);

seed_is_visitor!(Scopes<'_>, Option<Span>);

impl<'de> Visitor<'de> for Scopes<'_> {
    type Value = Option<Span>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of scopes")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let Some(mark) = self.0.scopes_mark() else {
            return drain_seq(seq).map(|()| None);
        };
        while let Some(item) = seq.next_element_seed(Text(&mut self.0.buf))? {
            if let Some(span) = item {
                self.0.push_scope(span);
            }
        }
        Ok(self.0.scopes_since(mark))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        let Some(mark) = self.0.scopes_mark() else {
            return Ok(None);
        };
        if let Some(span) = texts::push(&mut self.0.buf, v) {
            self.0.push_scope(span);
        }
        Ok(self.0.scopes_since(mark))
    }

    ignore!(numbers, Self::Value, None);
    ignore!(others, Self::Value, None);
}

/// A code as read by [`CodeSeed`].
enum CodeRead {
    Absent,
    Int(i64),
    Raw(Span),
}

/// The `code` value, tolerant of every JSON type. Gives whether it was a JSON number.
struct CodeSeed<'a>(&'a mut String);

seed_is_visitor!(CodeSeed<'_>, (CodeRead, bool));

/// `2^63` as a float: the first float past `i64::MAX`.
const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;

impl<'de> Visitor<'de> for CodeSeed<'_> {
    type Value = (CodeRead, bool);

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an error code")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok((CodeRead::Int(v), true))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok((
            match i64::try_from(v) {
                Ok(n) => CodeRead::Int(n),
                Err(_) => raw(texts::push_display(self.0, v)),
            },
            true,
        ))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        let integral = v.is_finite() && v.fract() == 0.0 && (-TWO_POW_63..TWO_POW_63).contains(&v);
        Ok((
            if integral {
                // In range and integral: the conversion is exact.
                #[allow(clippy::cast_possible_truncation)]
                CodeRead::Int(v as i64)
            } else {
                raw(texts::push_display(self.0, v))
            },
            true,
        ))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        let trimmed = v.trim();
        let code = if trimmed.is_empty() {
            CodeRead::Absent
        } else if let Ok(n) = trimmed.parse::<i64>() {
            CodeRead::Int(n)
        } else {
            raw(texts::push(self.0, v))
        };
        Ok((code, false))
    }

    ignore!(others, Self::Value, (CodeRead::Absent, false));
    ignore!(seq, Self::Value, (CodeRead::Absent, false));
}

fn raw(span: Option<Span>) -> CodeRead {
    span.map_or(CodeRead::Absent, CodeRead::Raw)
}
