//! Reading a JSON error body.
//!
//! In two steps. First, where each known member's value is: serde_json reads the object once,
//! taking each known member's value as a borrowed raw value (no copy, no decoding yet) and
//! skipping every other member without allocating. A body serde_json rejects (a bad escape, a
//! raw control character in a string, a bare word, a body cut short, nesting deeper than its
//! recursion limit) is read again by the tolerant reader of `scan.rs`, which splits the object
//! into members without judging their values: a damaged value then costs only itself, never
//! the code. Second, [`Draft::fill`] keeps the JSON text (copied once: before reading for a
//! small body, after for a large one, see [`SMALL_BODY`]) and decodes the values that need it
//! (a string serde_json borrowed, and a number, are kept as their span of the text).
//!
//! Both steps allocate nothing that depends on the body beyond the JSON text, the decoded
//! escaped strings (never longer than their raw text) and at most
//! [`LIST_LIMIT`](crate::response::LIST_LIMIT) spans per list. A key sent twice keeps its
//! first value: the later ones are skipped like unknown members, so repeating a key costs
//! nothing.

use std::borrow::Cow;

use core::fmt;

use serde::Deserializer as _;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::response::kind::BodyKind;
use crate::response::limits::EXCERPT_LIMIT;
use crate::response::scan::{self, Elements, Members};
use crate::response::texts::{self, Draft, Slot, Texts};

/// What a JSON body gave.
pub(crate) struct JsonRead {
    /// The texts.
    pub(crate) texts: Texts,
    /// The shape; `None` when no member of a known shape was found.
    pub(crate) kind: Option<BodyKind>,
    /// The code: `code` when it is an integer in `i64`, else Kakao Pay's integer
    /// `error_code` when there is no `code` at all.
    pub(crate) code: Option<i64>,
    /// Whether the object was read whole, with nothing after it.
    pub(crate) complete: bool,
    /// Whether a value was kept cut, or dropped, for want of room (only in a body that is not
    /// UTF-8: see [`Draft::fill_lossy`]).
    pub(crate) cut: bool,
    /// The length of the message's whole text (at most `u32::MAX`) when it was kept cut, else
    /// 0.
    pub(crate) cut_message_len: u32,
}

/// What a key this crate reads is read into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Key {
    /// A slot of the texts.
    Field(Slot),
    /// `extras`: an object whose `detailCode` and `detailMsg` are read (the whole of it is
    /// found in the kept text when asked for).
    Extras,
}

/// The names of a set of keys this crate reads.
struct Keys {
    table: &'static [(&'static str, Key)],
    lookup: fn(&str) -> Option<Key>,
}

impl Keys {
    /// The key whose text between its quotes is `raw` (possibly escaped).
    fn find_raw(&self, raw: &str) -> Option<Key> {
        if raw.contains('\\') {
            self.table
                .iter()
                .find(|(name, _)| scan::decodes_to(raw, name))
                .map(|&(_, key)| key)
        } else {
            (self.lookup)(raw)
        }
    }
}

/// Declares a key set: a table of names (for escaped keys) and a `match` over the same names
/// (for the common, unescaped case).
macro_rules! keys {
    ($set:ident, $lookup:ident { $($name:literal => $key:expr,)* }) => {
        fn $lookup(name: &str) -> Option<Key> {
            match name {
                $($name => Some($key),)*
                _ => None,
            }
        }

        const $set: Keys = Keys {
            table: &[$(($name, $key),)*],
            lookup: $lookup,
        };
    };
}

keys!(TOP_LEVEL, top_level_key {
    "code" => Key::Field(Slot::Code),
    "msg" => Key::Field(Slot::Msg),
    "error" => Key::Field(Slot::Error),
    "error_description" => Key::Field(Slot::Description),
    "error_code" => Key::Field(Slot::ErrorCode),
    "name" => Key::Field(Slot::Name),
    "required_scopes" => Key::Field(Slot::RequiredScopes),
    "allowed_scopes" => Key::Field(Slot::AllowedScopes),
    "api_type" => Key::Field(Slot::ApiType),
    "errorType" => Key::Field(Slot::ErrorType),
    "message" => Key::Field(Slot::Message),
    "error_message" => Key::Field(Slot::ErrorMessage),
    "error_msg" => Key::Field(Slot::ErrorMsg),
    "extras" => Key::Extras,
    "receiver_ids" => Key::Field(Slot::ReceiverIds),
});

keys!(IN_EXTRAS, extras_key {
    "detailCode" => Key::Field(Slot::DetailCode),
    "detailMsg" => Key::Field(Slot::DetailMsg),
});

/// What a top-level member called `name` is read into, if anything.
#[cfg(feature = "serde")]
pub(crate) fn key_of(name: &str) -> Option<Key> {
    top_level_key(name)
}

/// Reads the JSON body `json` (from its `{`; `body` is the whole body, for an excerpt).
/// `None` for a body too large for the text store's offsets (over a gibibyte).
pub(crate) fn read(body: &[u8], json: &[u8]) -> Option<JsonRead> {
    read_with(body, json, Start::SerdeJson)
}

/// Which reader goes first.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Start {
    /// serde_json, then the tolerant reader if serde_json rejects the body.
    SerdeJson,
    /// The tolerant reader alone (for the tests comparing the two).
    #[cfg(test)]
    Tolerant,
}

fn read_with(body: &[u8], json: &[u8], start: Start) -> Option<JsonRead> {
    if !texts::fits(json.len()) {
        return None;
    }
    let small = json.len() <= SMALL_BODY;
    let text = if small {
        // Copied first (see `SMALL_BODY`); checked as UTF-8 there.
        String::from_utf8(json.to_vec()).ok().map(Cow::Owned)
    } else {
        core::str::from_utf8(json).ok().map(Cow::Borrowed)
    };
    let mut draft = Draft::default();
    let complete = match text {
        Some(text) => {
            let mut reader = Reader {
                text: &text,
                draft: &mut draft,
                claimed: 0,
                key: None,
                keep_decoded: small,
            };
            let first = match start {
                Start::SerdeJson => reader.with_serde_json(),
                #[cfg(test)]
                Start::Tolerant => None,
            };
            let complete = match first {
                Some(complete) => complete,
                None => {
                    reader.draft.clear();
                    reader.claimed = 0;
                    reader.tolerantly()
                }
            };
            draft.fill(text, !complete);
            complete
        }
        None => read_lossy(&mut draft, json),
    };
    Some(finish(&mut draft, body, complete))
}

/// Reads a body that is not UTF-8 (`json`, from its `{`) into `draft` with the tolerant reader
/// alone, over its text made valid (serde_json would decode an escaped string into a buffer of
/// its own, held with that text, which may be twice the body already), and fills the draft
/// (see [`Draft::fill_lossy`]). Whether the object was read whole.
#[cold]
fn read_lossy(draft: &mut Draft, json: &[u8]) -> bool {
    let text = scan::lossy(json);
    let complete = Reader {
        text: &text,
        draft,
        claimed: 0,
        key: None,
        keep_decoded: false,
    }
    .tolerantly();
    draft.fill_lossy(text, json);
    complete
}

/// The read of a filled draft: its shape and code, and the excerpt of a body not kept whole.
/// (The draft is borrowed: moving it would copy it whole.)
#[inline] // Called once per body.
fn finish(draft: &mut Draft, body: &[u8], mut complete: bool) -> JsonRead {
    let (kind, code) = shape(draft);
    // Nothing of a known shape: not read as an error body, so its beginning is kept too.
    complete &= kind.is_some();
    let cut = draft.was_cut();
    if !complete || cut {
        draft.put_lossy(Slot::Excerpt, body, EXCERPT_LIMIT);
    }
    JsonRead {
        cut,
        cut_message_len: draft.cut_message_len(),
        texts: draft.seal(),
        kind,
        code,
        complete,
    }
}

/// The bit of `extras` among the keys met (past every slot's).
const EXTRAS_MET: u32 = 1 << 31;

impl Key {
    fn bit(self) -> u32 {
        match self {
            Self::Field(slot) => slot.bit(),
            Self::Extras => EXTRAS_MET,
        }
    }
}

/// The first step: where the known members' values are in `text`.
struct Reader<'t, 'd> {
    text: &'t str,
    draft: &'d mut Draft,
    /// The keys met (the first value counts): slots' bits, and [`EXTRAS_MET`].
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

impl<'t> Reader<'t, '_> {
    /// Reads the object with serde_json: `Some(complete)`, or `None` if serde_json rejects
    /// it before its end (then nothing it recorded can be trusted to be all there is).
    fn with_serde_json(&mut self) -> Option<bool> {
        let mut de = serde_json::Deserializer::from_str(self.text);
        let object = Object {
            reader: self,
            keys: &TOP_LEVEL,
        };
        match (&mut de).deserialize_map(object) {
            Ok(()) => Some(de.end().is_ok()),
            Err(_) => None,
        }
    }

    /// Reads the object with the tolerant reader; whether it was whole, closed, and followed
    /// by nothing but whitespace.
    fn tolerantly(&mut self) -> bool {
        self.scan_object(self.text, &TOP_LEVEL)
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
                Key::Field(slot) => self.value(slot, raw),
                Key::Extras => {
                    self.claimed |= EXTRAS_MET;
                    if raw.starts_with('{') {
                        self.scan_object(raw, &IN_EXTRAS);
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
        self.claimed & key.bit() == 0
    }

    /// Records `raw`, the first value of `slot`'s key, as sent (found by the tolerant
    /// reader).
    fn value(&mut self, slot: Slot, raw: &'t str) {
        self.claimed |= slot.bit();
        let span = texts::span_in(self.text, raw);
        match slot {
            _ if slot.is_list() => self.list(slot, raw),
            _ => self.draft.set(slot, span),
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
        impl<'de: 't, 't> DeserializeSeed<'de> for $seed<'_, 't, '_> {
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

/// An object read by serde_json (the top level, or `extras`): known keys' values located, the
/// rest skipped.
struct Object<'r, 't, 'd> {
    reader: &'r mut Reader<'t, 'd>,
    keys: &'r Keys,
}

impl<'de: 't, 't> Visitor<'de> for Object<'_, 't, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Self { reader, keys } = self;
        while let Some(key) = map.next_key_seed(KeySeed { reader, keys })? {
            match key {
                Some(key) if reader.wants(key) => match key {
                    Key::Field(slot) => map.next_value_seed(MemberSeed { reader, slot })?,
                    Key::Extras => {
                        reader.claimed |= EXTRAS_MET;
                        map.next_value_seed(Object {
                            reader: &mut *reader,
                            keys: &IN_EXTRAS,
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

    // `extras` that is not an object: nothing to read in it.
    no_use_for!(() => skip: numbers units str seq);
}

seed_is_visitor!(Object);

impl Object<'_, '_, '_> {
    /// A value of `extras` that is not an object.
    fn skip(self) {}
}

/// A key, looked up in a key set (`None` for a key this crate does not read); notes where
/// the key ends.
struct KeySeed<'r, 't, 'd> {
    reader: &'r mut Reader<'t, 'd>,
    keys: &'r Keys,
}

impl<'de: 't, 't> DeserializeSeed<'de> for KeySeed<'_, 't, '_> {
    type Value = Option<Key>;

    fn deserialize<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de: 't, 't> Visitor<'de> for KeySeed<'_, 't, '_> {
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
struct MemberSeed<'r, 't, 'd> {
    reader: &'r mut Reader<'t, 'd>,
    slot: Slot,
}

seed_is_visitor!(MemberSeed);

impl MemberSeed<'_, '_, '_> {
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
        if self.slot.is_list() {
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
        if !self.slot.is_code() {
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

impl<'de: 't, 't> Visitor<'de> for MemberSeed<'_, 't, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<(), E> {
        // Borrowed: no escapes, so its text is the value.
        let text = texts::span_in(self.reader.text, v);
        if self.slot.is_list() {
            // A lone string is a list of one.
            self.reader.draft.list_of_one(self.slot, text);
        } else {
            self.reader.draft.set_text(self.slot, text, true);
        }
        self.met();
        Ok(())
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        if !self.reader.keep_decoded || self.slot.is_list() {
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
        if !self.slot.is_list() {
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

/// A code member as read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Code {
    /// No value, `null`, `""`, or a value that cannot be a code (object, array, boolean).
    Absent,
    /// An integer in `i64`: a JSON integer, an integral number in range (`-402.0`), or a
    /// string holding an integer (`"-402"`, `" -402 "`).
    Int(i64),
    /// Present, but not an integer in `i64` (`"abc"`, `-402.5`, `1e400`): its text stays in
    /// the slot.
    Text,
}

/// `2^63` as a float: the first float past `i64::MAX`.
const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;

impl Code {
    /// The code in `slot` of a filled draft. Inlined into each of its two callers, where the
    /// slot is known: most of it then folds away.
    #[inline(always)]
    fn read(draft: &Draft, slot: Slot) -> Self {
        if let Some(n) = draft.int(slot) {
            return Self::Int(n);
        }
        let Some(text) = draft.text(slot) else {
            return Self::Absent;
        };
        if draft.was_string(slot) {
            // Most text codes (`KOE320`) start with a letter: no need to try them as numbers.
            let trimmed = match text.as_bytes().first() {
                Some(b) if b.is_ascii_alphabetic() => return Self::Text,
                _ => text.trim(),
            };
            return match trimmed.parse() {
                _ if trimmed.is_empty() => Self::Absent,
                Ok(n) => Self::Int(n),
                Err(_) => Self::Text,
            };
        }
        if let Ok(n) = text.parse() {
            return Self::Int(n);
        }
        match text.parse::<f64>() {
            Ok(v)
                if v.is_finite() && v.fract() == 0.0 && (-TWO_POW_63..TWO_POW_63).contains(&v) =>
            {
                // In range and integral: the conversion is exact.
                #[allow(clippy::cast_possible_truncation)]
                Self::Int(v as i64)
            }
            _ => Self::Text,
        }
    }
}

/// The shape and code of a filled draft; leaves in the draft only the code texts that are
/// kept as text (a `code` that is not an integer, a `KOE` or `KAE` code).
fn shape(draft: &mut Draft) -> (Option<BodyKind>, Option<i64>) {
    let code = Code::read(draft, Slot::Code);
    if let Code::Int(_) = code {
        draft.unset(Slot::Code);
    }
    let error_code = Code::read(draft, Slot::ErrorCode);
    // A text `error_code` is a KOE or KAE code; an integer one is Kakao Pay's code.
    if !(error_code == Code::Text && draft.was_string(Slot::ErrorCode)) {
        draft.unset(Slot::ErrorCode);
    }
    let pay_code = match (code, error_code) {
        (Code::Absent, Code::Int(n)) => Some(n),
        _ => None,
    };
    let kae = draft.text(Slot::ErrorCode).is_some_and(scan::is_kae_code);
    let has = |slot| draft.has(slot);
    let kind = if code != Code::Absent {
        Some(if has(Slot::Name) {
            BodyKind::JavaScript
        } else {
            BodyKind::Rest
        })
    } else if has(Slot::Error) || has(Slot::Description) || (has(Slot::ErrorCode) && !kae) {
        Some(BodyKind::OAuth)
    } else if kae || has(Slot::ErrorMsg) {
        Some(BodyKind::Kae)
    } else if pay_code.is_some() || has(Slot::ErrorMessage) {
        Some(BodyKind::Pay)
    } else if has(Slot::ErrorType) || has(Slot::Message) {
        Some(BodyKind::Dapi)
    } else if draft.has_field() {
        Some(BodyKind::Rest)
    } else {
        None
    };
    let code = match code {
        Code::Int(n) => Some(n),
        _ => pay_code,
    };
    (kind, code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::{Map, Value};

    /// What a read kept, as plain values: every slot's text, every list, the code and kind.
    fn summary(read: JsonRead) -> (Option<BodyKind>, Option<i64>, bool, Vec<Option<String>>) {
        let texts = read.texts;
        let mut kept: Vec<Option<String>> = TOP_LEVEL
            .table
            .iter()
            .chain(IN_EXTRAS.table)
            .filter_map(|&(_, key)| match key {
                Key::Field(slot) => Some(slot),
                Key::Extras => None,
            })
            .map(|slot| match texts.list(slot) {
                Some(items) => Some(
                    items
                        .iter()
                        .map(|&span| texts.get(span))
                        .collect::<Vec<_>>()
                        .join("\u{1}"),
                ),
                None => texts.text(slot).map(str::to_owned),
            })
            .collect();
        kept.push(texts.oauth_error().map(|e| e.as_str().to_owned()));
        (read.kind, read.code, read.complete, kept)
    }

    /// Reads `json` with serde_json and with the tolerant reader.
    fn both(json: &str) -> (JsonRead, JsonRead) {
        let bytes = json.as_bytes();
        (
            read_with(bytes, bytes, Start::SerdeJson).unwrap(),
            read_with(bytes, bytes, Start::Tolerant).unwrap(),
        )
    }

    #[test]
    fn first_value_of_a_repeated_key_counts() {
        let json = r#"{"code":-1,"msg":null,"code":-2,"msg":"second","required_scopes":["a"],"required_scopes":["b"]}"#;
        let (fast, tolerant) = both(json);
        let fast = summary(fast);
        assert_eq!(fast, summary(tolerant));
        assert_eq!(fast.1, Some(-1));
        let texts = fast.3;
        assert_eq!(texts[1], None, "msg: the first value was null");
        assert_eq!(texts[6].as_deref(), Some("a"));
    }

    #[test]
    fn escaped_keys_are_known_keys() {
        let json = r#"{"co\u0064e":-402,"\u006dsg":"m","extras":{"detail\u0043ode":7}}"#;
        let (fast, tolerant) = both(json);
        let fast = summary(fast);
        assert_eq!(fast, summary(tolerant));
        assert_eq!(fast.1, Some(-402));
        assert_eq!(fast.3[1].as_deref(), Some("m"));
        assert_eq!(fast.3[14].as_deref(), Some("7"));
        // A list after an escaped key, with an escaped item: read again tolerantly.
        let json = r#"{"required_\u0073copes":["a","\n",1],"code":-402}"#;
        let (fast, tolerant) = both(json);
        let fast = summary(fast);
        assert_eq!(fast, summary(tolerant));
        assert_eq!(fast.3[6].as_deref(), Some("a\u{1}\n"));
    }

    #[test]
    fn lists_with_more_than_plain_strings_are_split_again() {
        for json in [
            r#"{"allowed_scopes":["a",{"x":1},"b\"c",null,"d"],"code":-402}"#,
            r#"{"allowed_scopes":"\u0061","code":-402}"#,
            r#"{"allowed_scopes":"a","code":-402}"#,
            // An escaped code, decoded by serde_json, is not a list.
            r#"{"code":"\"0"}"#,
        ] {
            let (fast, tolerant) = both(json);
            assert_eq!(summary(fast), summary(tolerant), "{json}");
        }
        let (fast, _) = both(r#"{"allowed_scopes":["a",{"x":1},"b\"c",null,"d"]}"#);
        assert_eq!(summary(fast).3[7].as_deref(), Some("a\u{1}b\"c\u{1}d"));
    }

    /// Reads the number that is the value of `key` in `json` into `slot` the way serde_json
    /// hands it over with its `arbitrary_precision` feature (a map of one entry, its key a
    /// private token, its value the number's text), and finishes the read as `read_with`
    /// does. The feature cannot be turned on for this crate's tests alone: Cargo would turn it
    /// on for every crate of the build.
    fn read_number_as_map(json: &str, key: &str, slot: Slot) -> JsonRead {
        let bytes = json.as_bytes();
        let key_at = json.find(&format!("\"{key}\"")).unwrap() + 1;
        let start = scan::value_start(bytes, key_at + key.len() + 1).unwrap();
        let number = &json[start..scan::value_end(bytes, start).0];
        let map = de::value::MapDeserializer::<_, de::value::Error>::new(core::iter::once((
            "$serde_json::private::Number",
            number.to_owned(),
        )));
        let mut draft = Draft::default();
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
        draft.fill(Cow::Borrowed(json), false);
        finish(&mut draft, json.as_bytes(), true)
    }

    #[test]
    fn numbers_handed_over_as_maps_keep_the_code() {
        for (json, key, slot) in [
            (r#"{"code":-402.0}"#, "code", Slot::Code),
            (r#"{"code": -402.5}"#, "code", Slot::Code),
            (r#"{"code":1e400}"#, "code", Slot::Code),
            (r#"{"code":99999999999999999999999}"#, "code", Slot::Code),
            (r#"{"code":-0}"#, "code", Slot::Code),
            (r#"{"error_code":-780.0}"#, "error_code", Slot::ErrorCode),
            (
                r#"{"extras":{"detailCode":21006.0}}"#,
                "detailCode",
                Slot::DetailCode,
            ),
        ] {
            let (fast, _) = both(json);
            let fast = summary(fast);
            let as_map = summary(read_number_as_map(json, key, slot));
            assert_eq!(as_map, fast, "{json}");
            assert!(
                as_map.1.is_some() || as_map.3.iter().any(Option::is_some),
                "{json}: nothing kept"
            );
        }
        let (_, code, _, texts) =
            summary(read_number_as_map(r#"{"code":-402.0}"#, "code", Slot::Code));
        assert_eq!((code, texts[0].as_deref()), (Some(-402), None));
        let (_, code, _, texts) =
            summary(read_number_as_map(r#"{"code":-402.5}"#, "code", Slot::Code));
        assert_eq!((code, texts[0].as_deref()), (None, Some("-402.5")));
        let (kind, code, _, _) = summary(read_number_as_map(
            r#"{"error_code":-780.0}"#,
            "error_code",
            Slot::ErrorCode,
        ));
        assert_eq!((kind, code), (Some(BodyKind::Pay), Some(-780)));
        // A number where a text belongs is nothing, as without the feature.
        let json = r#"{"msg":1.5,"code":-1}"#;
        assert_eq!(
            summary(read_number_as_map(json, "msg", Slot::Msg)).3[1],
            None
        );
    }

    fn key() -> impl Strategy<Value = String> {
        prop_oneof![
            3 => prop::sample::select(
                TOP_LEVEL.table.iter().map(|&(name, _)| name).collect::<Vec<_>>()
            )
            .prop_map(str::to_owned),
            1 => any::<String>(),
        ]
    }

    fn value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<f64>()
                .prop_filter("finite", |f| f.is_finite())
                .prop_map(Value::from),
            (-1000i64..1000).prop_map(|n| Value::from(n.to_string())),
            prop_oneof![
                Just("KOE320".to_owned()),
                Just("KAE001".to_owned()),
                any::<String>()
            ]
            .prop_map(Value::from),
        ];
        leaf.prop_recursive(3, 16, 5, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
                prop::collection::vec(
                    (
                        prop_oneof![
                            Just("detailCode".to_owned()),
                            Just("detailMsg".to_owned()),
                            any::<String>()
                        ],
                        inner
                    ),
                    0..5
                )
                .prop_map(|e| Value::Object(e.into_iter().collect::<Map<_, _>>())),
            ]
        })
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
            prop_assert!(fast.complete || fast.kind.is_none());
            prop_assert_eq!(summary(fast), summary(tolerant), "{}", json);
        }
    }
}
