//! Reading a JSON object body into a [`Draft`], as its [`Schema`](super::Schema) says.
//!
//! In two steps. First, where each member the schema names has its value: serde_json reads the
//! object once, taking each such member's value as a borrowed raw value (no copy, no decoding
//! yet) and skipping every other member without allocating. A body serde_json rejects (a bad
//! escape, a raw control character in a string, a bare word, a body cut short, nesting deeper
//! than its recursion limit) is read again by the tolerant reader of [`scan`], which splits the
//! object into members without judging their values: a damaged value then costs only itself,
//! never the others. Second, [`Draft::fill`] keeps the JSON text (copied once: before reading
//! for a small body, after for a large one, see [`SMALL_BODY`]) and decodes the values that
//! need it (a string serde_json borrowed, and a number, are kept as their span of the text).
//!
//! Both steps allocate nothing that depends on the body beyond the JSON text, the decoded
//! escaped strings (within the room `fill` gives them) and at most
//! [`LIST_LIMIT`](super::limits::LIST_LIMIT) spans per list. A key sent twice keeps its first
//! value: the later ones are skipped like unknown members, so repeating a key costs nothing.
//!
//! A body longer than [`LONGEST_READ_WHOLE`](super::limits::LONGEST_READ_WHOLE) has only its
//! first [`HUGE_BODY_PREFIX`] bytes read, as a body that broke off there.

use std::borrow::Cow;

use core::fmt;

use serde::Deserializer as _;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::read::limits::HUGE_BODY_PREFIX;
use crate::read::scan::{self, Elements, Members};
use crate::read::texts::{self, Draft};
use crate::read::{HasSchema, Key, Keys, Slot};

/// Which reader goes first.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Start {
    /// serde_json, then the tolerant reader if serde_json rejects the body.
    SerdeJson,
    /// The tolerant reader alone (for the tests comparing the two).
    #[cfg(test)]
    Tolerant,
}

/// Reads the JSON object body `json` (from its `{`) into `draft`, as the draft's schema says,
/// starting with the reader `start`, and fills it (see [`Draft::fill`]), with room for an
/// excerpt when the body was not read whole or nothing of it was kept (its caller then keeps
/// its beginning). Whether the object was read whole: closed, followed by nothing but
/// whitespace, and not longer than `longest`
/// ([`LONGEST_READ_WHOLE`](super::limits::LONGEST_READ_WHOLE), lower in tests, which then need
/// no gibibyte); of a longer body, only the first [`HUGE_BODY_PREFIX`] bytes (at most
/// `longest`) are read.
#[inline] // Called once per body.
pub(crate) fn read<const N: usize, S: HasSchema<N>>(
    draft: &mut Draft<N, S>,
    json: &[u8],
    start: Start,
    longest: usize,
) -> bool {
    let whole = json.len() <= longest;
    let json = if whole {
        json
    } else {
        prefix(json, HUGE_BODY_PREFIX.min(longest))
    };
    let small = json.len() <= SMALL_BODY;
    let text = if small {
        // Copied first (see `SMALL_BODY`); checked as UTF-8 there.
        String::from_utf8(json.to_vec()).ok().map(Cow::Owned)
    } else {
        core::str::from_utf8(json).ok().map(Cow::Borrowed)
    };
    match text {
        Some(text) => {
            let mut reader = Reader {
                text: &text,
                draft: &mut *draft,
                claimed: 0,
                key: None,
                keep_decoded: small,
            };
            let first = match start {
                Start::SerdeJson => reader.with_serde_json(),
                #[cfg(test)]
                Start::Tolerant => None,
            };
            let (complete, tolerantly) = match first {
                Some(complete) => (complete, false),
                None => {
                    reader.draft.clear();
                    reader.claimed = 0;
                    (reader.tolerantly(), true)
                }
            };
            let complete = complete && whole;
            let excerpt = !complete || draft.is_blank();
            draft.fill(text, excerpt, tolerantly);
            complete
        }
        None => read_lossy(draft, json) && whole,
    }
}

/// The first `len` bytes of `json` at most, less the bytes of a UTF-8 character it would cut
/// (at most three: a body that is not UTF-8 anyway loses nothing it would have kept).
fn prefix(json: &[u8], len: usize) -> &[u8] {
    let mut end = len.min(json.len());
    let start = end.saturating_sub(3);
    while end > start && json.get(end).is_some_and(|&b| b & 0xC0 == 0x80) {
        end -= 1;
    }
    &json[..end]
}

/// Reads a body that is not UTF-8 (`json`, from its `{`) into `draft` with the tolerant reader
/// alone, over its text made valid (serde_json would decode an escaped string into a buffer of
/// its own, held with that text, which may be twice the body already), and fills the draft
/// (see [`Draft::fill_lossy`]). Whether the object was read whole.
#[cold]
fn read_lossy<const N: usize, S: HasSchema<N>>(draft: &mut Draft<N, S>, json: &[u8]) -> bool {
    let text = scan::lossy(json);
    let complete = Reader {
        text: &text,
        draft: &mut *draft,
        claimed: 0,
        key: None,
        keep_decoded: false,
    }
    .tolerantly();
    draft.fill_lossy(text, json);
    complete
}

/// The first step: where the known members' values are in `text`.
struct Reader<'t, 'd, const N: usize, S: HasSchema<N>> {
    text: &'t str,
    draft: &'d mut Draft<N, S>,
    /// The keys met (the first value counts): slots' bits, and nested objects' (see
    /// [`Nested::met`](crate::read::Nested::met)).
    claimed: u32,
    /// The key just read by serde_json, when it is borrowed from the text (has no escapes),
    /// so that its place, and the value's after it, is known.
    key: Option<&'t str>,
    /// Whether an escaped string serde_json decodes is kept as decoded, rather than decoded
    /// again from the text later: for a small body only, whose decoded strings are small.
    keep_decoded: bool,
}

/// The largest body read as a small one: copied before it is read (the copy is the text the
/// result keeps, and checking it is UTF-8 there, in a fresh allocation, costs the same wherever
/// the caller's bytes sit: `str::from_utf8` goes byte by byte up to the first aligned word,
/// which on a short body is up to a twentieth of the parse), and its escaped strings kept as
/// serde_json decodes them. A larger body is read in place and copied once read, with room
/// for its decoded strings, so that its copy never grows; its escaped strings are decoded from
/// the copy, so that serde_json's buffer for a huge string and its copy are never held at
/// once.
const SMALL_BODY: usize = 16 << 10;

impl<'t, const N: usize, S: HasSchema<N>> Reader<'t, '_, N, S> {
    /// Reads the object with serde_json: `Some(complete)`, or `None` if serde_json rejects
    /// it before its end (then nothing it recorded can be trusted to be all there is).
    #[inline] // Called once per body.
    fn with_serde_json(&mut self) -> Option<bool> {
        let mut de = serde_json::Deserializer::from_str(self.text);
        let keys = S::SCHEMA.top;
        let object = Object { reader: self, keys };
        match (&mut de).deserialize_map(object) {
            Ok(()) => Some(de.end().is_ok()),
            Err(_) => None,
        }
    }

    /// Reads the object with the tolerant reader; whether it was whole, closed, and followed
    /// by nothing but whitespace.
    fn tolerantly(&mut self) -> bool {
        self.scan_object(self.text, S::SCHEMA.top)
    }

    fn scan_object(&mut self, object: &'t str, keys: &Keys) -> bool {
        let mut members = Members::new(object);
        for member in members.by_ref() {
            // A value cut by the end of the body may be cut short (`-40` of `-402`).
            if !member.whole {
                continue;
            }
            let Some(key) = keys.find_raw(&object[member.key]) else {
                continue;
            };
            if !self.wants(key) {
                continue;
            }
            let raw = &object[member.value];
            match key {
                Key::Slot(slot) => self.value(slot, raw),
                Key::Object(i) => {
                    let nested = &S::SCHEMA.nested[usize::from(i)];
                    self.claimed |= nested.met;
                    if raw.starts_with('{') {
                        self.scan_object(raw, nested.keys);
                    }
                }
            }
        }
        members
            .closed()
            .is_some_and(|end| object.as_bytes()[end..].iter().all(|&b| scan::is_ws(b)))
    }

    /// Whether `key` has not been met yet.
    fn wants(&self, key: Key) -> bool {
        let bit = match key {
            Key::Slot(slot) => slot.bit(),
            Key::Object(i) => S::SCHEMA.nested[usize::from(i)].met,
        };
        self.claimed & bit == 0
    }

    /// Records `raw`, the first value of `slot`'s key, as sent (found by the tolerant
    /// reader).
    fn value(&mut self, slot: Slot, raw: &'t str) {
        self.claimed |= slot.bit();
        let span = texts::span_in(self.text, raw);
        if S::SCHEMA.is_list(slot) {
            self.list(slot, raw);
        } else {
            self.draft.set(slot, span);
        }
    }

    /// Records the items of the list `raw`, split by the tolerant reader (a lone string is a
    /// list of one; anything else is no list).
    fn list(&mut self, slot: Slot, raw: &'t str) {
        let start = self.draft.list_start();
        match raw.as_bytes().first() {
            Some(b'[') => {
                for (range, whole) in Elements::new(raw) {
                    let item = texts::span_in(self.text, &raw[range]);
                    if whole && !self.draft.push_item(start, item) {
                        break;
                    }
                }
            }
            Some(b'"') => {
                self.draft.push_item(start, texts::span_in(self.text, raw));
            }
            _ => return,
        }
        self.draft.end_list(slot, start, true);
    }

    /// The span of the integer, `len` characters long, after the key just read; `None` when
    /// the key's place is not known. serde_json gives an integer (not a float) only for text
    /// in the JSON integer form, whose length its value gives: `-0` and `1e2` are floats.
    fn integer_after_key(&self, len: usize) -> Option<texts::Span> {
        let bytes = self.text.as_bytes();
        let start = scan::value_start(bytes, self.after_key()?)?;
        let end = start.checked_add(len)?;
        matches!(bytes.get(start), Some(b'-' | b'0'..=b'9'))
            .then_some(())
            .filter(|()| end <= bytes.len())
            .map(|()| texts::Span::new(start, end))
    }

    /// The span of the value after the key just read; `None` when the key's place is not
    /// known.
    fn value_after_key(&self) -> Option<texts::Span> {
        let bytes = self.text.as_bytes();
        let start = scan::value_start(bytes, self.after_key()?)?;
        let end = scan::value_end(bytes, start).0;
        Some(texts::span_in(self.text, self.text.get(start..end)?))
    }

    /// One past the closing quote of the key just read, when known.
    fn after_key(&self) -> Option<usize> {
        // The key's text ends before its closing quote.
        texts::span_in(self.text, self.key?)
            .end()
            .map(|end| end + 1)
    }
}

/// Implements `DeserializeSeed` for a seed that is its own visitor, over any JSON value
/// (the visitor decides what to keep).
macro_rules! seed_is_visitor {
    ($seed:ident) => {
        impl<'de: 't, 't, const N: usize, S: HasSchema<N>> DeserializeSeed<'de>
            for $seed<'_, 't, '_, N, S>
        {
            type Value = ();

            fn deserialize<D: de::Deserializer<'de>>(
                self,
                deserializer: D,
            ) -> Result<(), D::Error> {
                deserializer.deserialize_any(self)
            }
        }
    };
}

/// Visitor methods for the JSON values a visitor has no use for, each giving `self.$on()`:
/// `numbers`, `units` (booleans, `null`), `str` (escaped strings), `seq` and `map` (drained
/// first, so that the body reads on).
macro_rules! no_use_for {
    ($value:ty => $on:ident: $($kind:ident)*) => {
        $(no_use_for!(@$kind $value, $on);)*
    };
    (@numbers $value:ty, $on:ident) => {
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<$value, E> {
            Ok(self.$on())
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<$value, E> {
            Ok(self.$on())
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<$value, E> {
            Ok(self.$on())
        }
    };
    (@units $value:ty, $on:ident) => {
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<$value, E> {
            Ok(self.$on())
        }
        fn visit_unit<E: de::Error>(self) -> Result<$value, E> {
            Ok(self.$on())
        }
        fn visit_none<E: de::Error>(self) -> Result<$value, E> {
            Ok(self.$on())
        }
    };
    (@str $value:ty, $on:ident) => {
        fn visit_str<E: de::Error>(self, _: &str) -> Result<$value, E> {
            Ok(self.$on())
        }
    };
    (@seq $value:ty, $on:ident) => {
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<$value, A::Error> {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            Ok(self.$on())
        }
    };
    (@map $value:ty, $on:ident) => {
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<$value, A::Error> {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            Ok(self.$on())
        }
    };
}

/// An object read by serde_json (the top level, or a nested object): the values of the keys
/// it names located, the rest skipped.
struct Object<'r, 't, 'd, const N: usize, S: HasSchema<N>> {
    reader: &'r mut Reader<'t, 'd, N, S>,
    keys: &'r Keys,
}

impl<'de: 't, 't, const N: usize, S: HasSchema<N>> Visitor<'de> for Object<'_, 't, '_, N, S> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Self { reader, keys } = self;
        while let Some(key) = map.next_key_seed(KeySeed { reader, keys })? {
            match key {
                Some(key) if reader.wants(key) => match key {
                    Key::Slot(slot) => map.next_value_seed(MemberSeed { reader, slot })?,
                    Key::Object(i) => {
                        let nested = &S::SCHEMA.nested[usize::from(i)];
                        reader.claimed |= nested.met;
                        map.next_value_seed(Object {
                            reader: &mut *reader,
                            keys: nested.keys,
                        })?;
                    }
                },
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }

    // A nested object's member that is not an object: nothing to read in it.
    no_use_for!(() => skip: numbers units str seq);
}

seed_is_visitor!(Object);

impl<const N: usize, S: HasSchema<N>> Object<'_, '_, '_, N, S> {
    /// A value of a nested object's member that is not an object.
    fn skip(self) {}
}

/// A key, looked up in a key set (`None` for a key the schema does not name); notes where the
/// key ends.
struct KeySeed<'r, 't, 'd, const N: usize, S: HasSchema<N>> {
    reader: &'r mut Reader<'t, 'd, N, S>,
    keys: &'r Keys,
}

impl<'de: 't, 't, const N: usize, S: HasSchema<N>> DeserializeSeed<'de>
    for KeySeed<'_, 't, '_, N, S>
{
    type Value = Option<Key>;

    fn deserialize<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de: 't, 't, const N: usize, S: HasSchema<N>> Visitor<'de> for KeySeed<'_, 't, '_, N, S> {
    type Value = Option<Key>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        self.reader.key = Some(v);
        Ok((self.keys.lookup)(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        // An escaped key: where it ends is not known.
        self.reader.key = None;
        Ok((self.keys.lookup)(v))
    }
}

/// The value of a known member, located in the text: a string or a code's number kept as one
/// text, or a list's items. Lists are read item by item (strings without escapes, the common
/// case), or, if they hold anything else, split again by the tolerant reader.
struct MemberSeed<'r, 't, 'd, const N: usize, S: HasSchema<N>> {
    reader: &'r mut Reader<'t, 'd, N, S>,
    slot: Slot,
}

seed_is_visitor!(MemberSeed);

impl<const N: usize, S: HasSchema<N>> MemberSeed<'_, '_, '_, N, S> {
    /// Whether the slot holds a list.
    fn is_list(&self) -> bool {
        S::SCHEMA.is_list(self.slot)
    }

    /// The key is met, whether its value gives something or not (the first value counts).
    fn met(self) {
        self.reader.claimed |= self.slot.bit();
    }

    /// The value, located after its key (a list's, split again).
    fn located<E: de::Error>(self) -> Result<(), E> {
        let reader = self.reader;
        reader.claimed |= self.slot.bit();
        let span = reader
            .value_after_key()
            .ok_or_else(|| E::custom("a value after an escaped key"))?;
        if S::SCHEMA.is_list(self.slot) {
            let raw = span.range().and_then(|range| reader.text.get(range));
            reader.list(self.slot, raw.unwrap_or_default());
        } else {
            reader.draft.set(self.slot, span);
        }
        Ok(())
    }

    /// A number: kept as sent for a code, nothing otherwise. `len`: how long its text is,
    /// when known (an integer's digits and sign).
    fn number<E: de::Error>(self, len: Option<usize>) -> Result<(), E> {
        if !S::SCHEMA.is_code(self.slot) {
            self.met();
            return Ok(());
        }
        match len.and_then(|len| self.reader.integer_after_key(len)) {
            Some(span) => {
                self.reader.draft.set_text(self.slot, span, false);
                self.met();
                Ok(())
            }
            None => self.located(),
        }
    }
}

/// How many characters the decimal text of `n` has.
fn decimal_len(n: u64) -> usize {
    n.checked_ilog10().map_or(1, |digits| digits as usize + 1)
}

impl<'de: 't, 't, const N: usize, S: HasSchema<N>> Visitor<'de> for MemberSeed<'_, 't, '_, N, S> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<(), E> {
        // Borrowed: no escapes, so its text is the value.
        let text = texts::span_in(self.reader.text, v);
        if self.is_list() {
            // A lone string is a list of one.
            self.reader.draft.list_of_one(self.slot, text);
        } else {
            self.reader.draft.set_text(self.slot, text, true);
        }
        self.met();
        Ok(())
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        if !self.reader.keep_decoded || self.is_list() {
            return self.located();
        }
        let reader = &mut *self.reader;
        if !reader.draft.has_buffer() {
            // The first string decoded while reading: the buffer is made now.
            let end = reader.value_after_key().and_then(texts::Span::end);
            reader.draft.make_buffer(reader.text, v.len(), end);
        }
        reader.draft.put_decoded(self.slot, v);
        self.met();
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<(), E> {
        if self.reader.draft.set_int(self.slot, v) {
            self.met();
            return Ok(());
        }
        self.number(Some(decimal_len(v.unsigned_abs()) + usize::from(v < 0)))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<(), E> {
        match i64::try_from(v) {
            Ok(v) => self.visit_i64(v),
            Err(_) => self.number(Some(decimal_len(v))),
        }
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.number(None)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        if !self.is_list() {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            self.met();
            return Ok(());
        }
        let draft = &mut *self.reader.draft;
        let text = self.reader.text;
        let start = draft.list_start();
        let mut room = true;
        let mut plain = true;
        while let Some(item) = seq.next_element::<PlainString<'de>>()? {
            match item.0 {
                Some(item) if room => {
                    room = draft.push_item(start, texts::span_in(text, item));
                }
                Some(_) => {}
                None => plain = false,
            }
        }
        if plain {
            draft.end_list(self.slot, start, false);
            self.met();
            Ok(())
        } else {
            draft.truncate_items(start);
            self.located()
        }
    }

    /// An object: nothing to keep. Or a number: with its `arbitrary_precision` feature (which
    /// Cargo turns on for the whole build as soon as any crate asks for it), serde_json hands
    /// a number that is no `i64` or `u64` (a float, `-0`, an integer beyond them) to a visitor
    /// as a map of one entry holding its text. A code is then located after its key and kept
    /// as sent, as [`visit_f64`](Self::visit_f64) keeps it (an object there is located too,
    /// and then kept as nothing).
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        self.number(None)
    }

    no_use_for!(() => met: units);
}

/// A list item: `Some` for a string without escapes (borrowed from the text), `None` for
/// anything else.
struct PlainString<'de>(Option<&'de str>);

impl<'de> de::Deserialize<'de> for PlainString<'de> {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Item;
        impl<'de> Visitor<'de> for Item {
            type Value = PlainString<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list item")
            }

            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(PlainString(Some(v)))
            }

            no_use_for!(PlainString<'de> => other: numbers units str seq map);
        }

        impl Item {
            fn other<'de>(self) -> PlainString<'de> {
                PlainString(None)
            }
        }

        deserializer.deserialize_any(Item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::code::CodeValue;
    use crate::read::prop_json;
    use crate::read::test_schema::{
        ALL, ALT_ID, ID, LABEL, SCHEMA, SLOTS, SUB_ID, TAGS, TEXT, Test, WRITTEN,
    };

    type TestDraft = Draft<SLOTS, Test>;
    use proptest::prelude::*;
    use serde_json::Value;

    /// What a filled draft kept, as plain values: each code slot as read, each list's items,
    /// each other slot's text; and whether the read was complete.
    fn summary(mut draft: TestDraft, complete: bool) -> (bool, Vec<String>) {
        let codes: Vec<_> = ALL
            .iter()
            .map(|&slot| SCHEMA.is_code(slot).then(|| CodeValue::of(&draft, slot)))
            .collect();
        let texts = draft.seal();
        let kept = ALL
            .iter()
            .zip(codes)
            .map(|(&slot, code)| {
                let text = if SCHEMA.is_list(slot) {
                    texts.list(slot).map(|items| {
                        let items: Vec<_> = items.iter().map(|&span| texts.get(span)).collect();
                        items.join("\u{1}")
                    })
                } else {
                    texts.text(slot).map(str::to_owned)
                };
                match code {
                    // An integer is kept as a number or as its text: the same code.
                    Some(CodeValue::Int(n)) => format!("{n}"),
                    _ => format!("{text:?}"),
                }
            })
            .collect();
        (complete, kept)
    }

    /// Reads `json` starting with `start`, reading whole at most `longest` bytes.
    fn read_from(json: &[u8], start: Start, longest: usize) -> (bool, Vec<String>) {
        let mut draft = TestDraft::new();
        let complete = read(&mut draft, json, start, longest);
        summary(draft, complete)
    }

    /// Reads `json` with serde_json and with the tolerant reader.
    fn both(json: &str) -> ((bool, Vec<String>), (bool, Vec<String>)) {
        let bytes = json.as_bytes();
        (
            read_from(bytes, Start::SerdeJson, usize::MAX),
            read_from(bytes, Start::Tolerant, usize::MAX),
        )
    }

    #[test]
    fn first_value_of_a_repeated_key_counts() {
        let json = r#"{"id":-1,"text":null,"id":-2,"text":"second","tags":["a"],"tags":["b"]}"#;
        let (fast, tolerant) = both(json);
        assert_eq!(fast, tolerant);
        let kept = fast.1;
        assert_eq!(kept[ID.index()], "-1");
        assert_eq!(kept[TEXT.index()], "None", "the first value was null");
        assert_eq!(kept[TAGS.index()], r#"Some("a")"#);
    }

    #[test]
    fn escaped_keys_are_known_keys() {
        let json = r#"{"i\u0064":-402,"\u0074ext":"m","inner":{"sub_\u0069d":7}}"#;
        let (fast, tolerant) = both(json);
        assert_eq!(fast, tolerant);
        assert_eq!(fast.1[ID.index()], "-402");
        assert_eq!(fast.1[TEXT.index()], r#"Some("m")"#);
        assert_eq!(fast.1[SUB_ID.index()], "7");
        // A list after an escaped key, with an escaped item: read again tolerantly.
        let json = r#"{"t\u0061gs":["a","\n",1],"id":-402}"#;
        let (fast, tolerant) = both(json);
        assert_eq!(fast, tolerant);
        assert_eq!(fast.1[TAGS.index()], r#"Some("a\u{1}\n")"#);
    }

    #[test]
    fn lists_with_more_than_plain_strings_are_split_again() {
        for json in [
            r#"{"tags":["a",{"x":1},"b\"c",null,"d"],"id":-402}"#,
            r#"{"tags":"\u0061","id":-402}"#,
            r#"{"tags":"a","id":-402}"#,
            // An escaped code, decoded by serde_json, is not a list.
            r#"{"id":"\"0"}"#,
        ] {
            let (fast, tolerant) = both(json);
            assert_eq!(fast, tolerant, "{json}");
        }
        let (fast, _) = both(r#"{"tags":["a",{"x":1},"b\"c",null,"d"]}"#);
        assert_eq!(fast.1[TAGS.index()], r#"Some("a\u{1}b\"c\u{1}d")"#);
    }

    /// Reads the number that is the value of `key` in `json` into `slot` the way serde_json
    /// hands it over with its `arbitrary_precision` feature (a map of one entry, its key a
    /// private token, its value the number's text), and fills the draft as `read` does. The
    /// feature cannot be turned on for this crate's tests alone: Cargo would turn it on for
    /// every crate of the build.
    fn read_number_as_map(json: &str, key: &str, slot: Slot) -> (bool, Vec<String>) {
        let bytes = json.as_bytes();
        let key_at = json.find(&format!("\"{key}\"")).unwrap() + 1;
        let start = scan::value_start(bytes, key_at + key.len() + 1).unwrap();
        let number = &json[start..scan::value_end(bytes, start).0];
        let map = de::value::MapDeserializer::<_, de::value::Error>::new(core::iter::once((
            "$serde_json::private::Number",
            number.to_owned(),
        )));
        let mut draft = TestDraft::new();
        let mut reader = Reader {
            text: json,
            draft: &mut draft,
            claimed: 0,
            key: Some(&json[key_at..key_at + key.len()]),
            keep_decoded: true,
        };
        MemberSeed {
            reader: &mut reader,
            slot,
        }
        .deserialize(map)
        .unwrap();
        draft.fill(Cow::Borrowed(json), false, false);
        summary(draft, true)
    }

    #[test]
    fn numbers_handed_over_as_maps_keep_the_code() {
        for (json, key, slot) in [
            (r#"{"id":-402.0}"#, "id", ID),
            (r#"{"id": -402.5}"#, "id", ID),
            (r#"{"id":-402.00000000000001}"#, "id", ID),
            (r#"{"id":1e400}"#, "id", ID),
            (r#"{"id":99999999999999999999999}"#, "id", ID),
            (r#"{"id":-9223372036854775809}"#, "id", ID),
            (r#"{"id":-0}"#, "id", ID),
            (r#"{"alt_id":-780.0}"#, "alt_id", ALT_ID),
            (r#"{"inner":{"sub_id":21006.0}}"#, "sub_id", SUB_ID),
        ] {
            let (fast, _) = both(json);
            let as_map = read_number_as_map(json, key, slot);
            assert_eq!(as_map, fast, "{json}");
            assert_ne!(as_map.1[slot.index()], "None", "{json}: nothing kept");
        }
        let kept =
            |json, key, slot: Slot| read_number_as_map(json, key, slot).1[slot.index()].clone();
        assert_eq!(kept(r#"{"id":-402.0}"#, "id", ID), "-402");
        assert_eq!(kept(r#"{"id":-402.5}"#, "id", ID), r#"Some("-402.5")"#);
        assert_eq!(
            kept(r#"{"id":-402.00000000000001}"#, "id", ID),
            r#"Some("-402.00000000000001")"#
        );
        assert_eq!(
            kept(r#"{"id":-9223372036854775809}"#, "id", ID),
            r#"Some("-9223372036854775809")"#
        );
        assert_eq!(kept(r#"{"alt_id":-780.0}"#, "alt_id", ALT_ID), "-780");
        // A number where a text belongs is nothing, as without the feature.
        assert_eq!(kept(r#"{"text":1.5,"id":-1}"#, "text", TEXT), "None");
    }

    #[test]
    fn a_body_past_the_longest_has_its_beginning_read() {
        // `longest` stands for the gibibyte: past it, the first 64 KiB are read (here, the
        // first `longest` bytes, less a character they would cut), as a body cut short.
        let json = format!(
            r#"{{"id":-401,"text":"가나다","label":"{}"}}"#,
            "x".repeat(100)
        );
        for longest in [json.len(), json.len() + 1] {
            let (complete, kept) = read_from(json.as_bytes(), Start::SerdeJson, longest);
            assert!(complete);
            assert_eq!(kept[LABEL.index()], format!("{:?}", Some("x".repeat(100))));
        }
        let longest = json.len() - 10;
        let mut draft = TestDraft::new();
        assert!(!read(
            &mut draft,
            json.as_bytes(),
            Start::SerdeJson,
            longest
        ));
        assert_eq!(CodeValue::of(&draft, ID), CodeValue::Int(-401));
        assert_eq!(draft.text(TEXT), Some("가나다"));
        // The cut string is not kept; room was made for an excerpt.
        assert_eq!(draft.text(LABEL), None);
        draft.put_lossy(WRITTEN, json.as_bytes(), 400);
        let texts = draft.seal();
        assert_eq!(texts.json(), Some(&json[..longest]));
        // A cut inside a character backs off to its start: no U+FFFD is made of it.
        let cut_in_char = json.find('나').unwrap() + 1;
        let (complete, kept) = read_from(json.as_bytes(), Start::SerdeJson, cut_in_char);
        assert!(!complete);
        assert_eq!(kept[ID.index()], "-401");
        assert_eq!(kept[TEXT.index()], "None");
        let mut draft = TestDraft::new();
        read(&mut draft, json.as_bytes(), Start::SerdeJson, cut_in_char);
        let texts = draft.seal();
        assert_eq!(texts.json(), Some(&json[..cut_in_char - 1]));
        // An object closed within the beginning read is still cut short: the rest is unread.
        let json = format!(r#"{{"id":-401}}{}"#, " ".repeat(100));
        let (complete, kept) = read_from(json.as_bytes(), Start::SerdeJson, 20);
        assert!(!complete);
        assert_eq!(kept[ID.index()], "-401");
    }

    fn key() -> impl Strategy<Value = String> {
        prop_json::key(SCHEMA.top.table.iter().map(|&(name, _)| name).collect())
    }

    fn value() -> impl Strategy<Value = Value> {
        prop_json::value(&[], ["sub_id", "sub_text"])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// On every well-formed object, the tolerant reader keeps exactly what serde_json
        /// keeps: the fallback changes nothing for bodies that do not need it.
        #[test]
        fn tolerant_reader_agrees_with_serde_json(
            entries in prop::collection::vec((key(), value()), 0..8),
            pretty in any::<bool>(),
        ) {
            let object = Value::Object(entries.into_iter().collect());
            let json = if pretty {
                serde_json::to_string_pretty(&object).unwrap()
            } else {
                serde_json::to_string(&object).unwrap()
            };
            let (fast, tolerant) = both(&json);
            prop_assert!(fast.0);
            prop_assert_eq!(fast, tolerant, "{}", json);
        }

        /// Whatever the bytes after a `{`, and wherever the longest body read whole ends,
        /// reading never panics, and a body past it is never complete.
        #[test]
        fn any_body_reads_without_panic(
            bytes in prop::collection::vec(any::<u8>(), 0..600),
            longest in 0usize..700,
        ) {
            let json = [b"{".as_slice(), &bytes].concat();
            let mut draft = TestDraft::new();
            let complete = read(&mut draft, &json, Start::SerdeJson, longest);
            prop_assert!(!complete || json.len() <= longest);
            let texts = draft.seal();
            prop_assert!(texts.json().map_or(0, str::len) <= 3 * json.len().min(longest.max(1)));
        }
    }
}
