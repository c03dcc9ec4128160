//! The store of what a body gave: one allocation for most bodies, two for a body with lists
//! or more than [`INLINE`] texts.
//!
//! Everything is in one `String`: first the escaped strings serde_json decoded while reading a
//! small body, then the body's JSON text as received (so that any member can be found in it
//! later), then the strings decoded from it, then an excerpt. Each value is a [`Span`] of that
//! buffer, kept in its [`Slot`] of the [`Schema`](crate::read::Schema) the draft is made for.
//! A string sent without escapes is a span of the JSON text itself and costs nothing more.
//!
//! Where each slot's span is, is a [`Table`], in one of two forms:
//!
//! - **inline**, inside the `Texts` value, for a body with no list item, at most [`INLINE`]
//!   slots set and every offset below 64 KiB (every shape of Kakao's but a REST body with
//!   scopes, in practice): a bit set of the slots that are set, and their spans as `u16`
//!   pairs in slot order. A slot's span is at the index given by how many set slots come
//!   before it (the popcount of the bits below its own). Such a body costs one allocation, the
//!   buffer.
//! - **on the heap**, otherwise: one `Vec` holding the items of the body's lists first, then
//!   one span per slot (`NONE` when unset); a list's slot holds the range of its items. The
//!   items' allocation, made with room for the slots, becomes this table (a body with more
//!   texts but no list allocates one): two allocations in all.
//!
//! What the buffer holds is bounded by the body: its JSON text once (longer than the body's
//! bytes when they are not UTF-8: each invalid run becomes a three-byte U+FFFD), the strings
//! decoded from it (never more than the room [`Draft::fill`] gives them: at most the body's
//! length again, less what its text grew, and at least [`DECODED_ROOM_FLOOR`]), and an
//! excerpt of at most [`EXCERPT_LIMIT`] bytes.
//!
//! Either form fits in the 24 bytes of a `Vec` (the inline one lives in the `Vec`'s niche), so
//! a [`Texts`] is no larger for it.
//!
//! A [`Draft`] is filled in two steps. First the reader marks where each slot's value is in
//! the JSON text: the text itself when it is known to need no decoding (a string serde_json
//! read without escapes, a number; [`set_text`](Draft::set_text)), else the raw value
//! (`"..."` with its quotes, `[...]`; [`set`](Draft::set)). Then [`fill`](Draft::fill) copies
//! the text in and decodes the raw values only, in place, and [`seal`](Draft::seal) gives the
//! [`Texts`]. Bodies that are not JSON put their few texts directly ([`put`](Draft::put),
//! [`put_lossy`](Draft::put_lossy)). The buffer is private to this module: every write records
//! its span in the same call.

use std::borrow::Cow;

use core::marker::PhantomData;

use crate::read::limits::{DECODED_ROOM_FLOOR, EXCERPT_LIMIT, LIST_LIMIT};
use crate::read::scan::{self, Piece};
use crate::read::{HasSchema, Slot, SlotKind};
use crate::text_list::TextList;
use crate::utf8::floor_char_boundary;

/// A byte range of the buffer, or (in a list's slot) a range of the list items.
pub(crate) use crate::text_list::TextSpan as Span;

impl Span {
    /// An empty slot.
    const NONE: Self = Self {
        start: u32::MAX,
        end: u32::MAX,
    };

    /// The span of `start..end`; `NONE` when it does not fit `u32` offsets (never for a body
    /// the reader reads whole, see
    /// [`LONGEST_READ_WHOLE`](crate::read::limits::LONGEST_READ_WHOLE)).
    pub(crate) fn new(start: usize, end: usize) -> Self {
        match (u32::try_from(start), u32::try_from(end)) {
            (Ok(start), Ok(end)) if start <= end && end < u32::MAX => Self { start, end },
            _ => Self::NONE,
        }
    }

    /// One past the last byte, for a span that is set.
    pub(crate) fn end(self) -> Option<usize> {
        (!self.is_none()).then_some(self.end as usize)
    }

    /// The span `by` bytes further on.
    fn shifted(self, by: usize) -> Self {
        if self.is_none() {
            return self;
        }
        Self::new(self.start as usize + by, self.end as usize + by)
    }

    /// The byte range, for a span that is set.
    pub(crate) fn range(self) -> Option<core::ops::Range<usize>> {
        (!self.is_none()).then_some(self.start as usize..self.end as usize)
    }

    fn bytes(self) -> core::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    fn is_none(self) -> bool {
        // Every span that is set ends below `u32::MAX` (see `new`).
        self.end == u32::MAX
    }
}

/// The span of `part`, a slice of `whole`, within `whole` (no span if it is not one).
pub(crate) fn span_in(whole: &str, part: &str) -> Span {
    let start = (part.as_ptr() as usize).wrapping_sub(whole.as_ptr() as usize);
    match start.checked_add(part.len()) {
        Some(end) if end <= whole.len() => Span::new(start, end),
        _ => Span::NONE,
    }
}

/// The room the strings decoded from a body get: at most the body's length again, less what
/// its text grew when made valid UTF-8 (`text_len` against `body_len` bytes), and at least
/// [`DECODED_ROOM_FLOOR`]. With the text, that keeps the buffer within twice the body (and a few
/// kilobytes) whatever the escapes decode to.
fn decoded_room(body_len: usize, text_len: usize) -> usize {
    body_len
        .saturating_mul(2)
        .saturating_sub(text_len)
        .max(DECODED_ROOM_FLOOR)
}

/// The texts of one body while it is read, into the `N` slots of the schema `S` stands for.
pub(crate) struct Draft<const N: usize, S: HasSchema<N>> {
    buf: String,
    /// One span per slot; `NONE` when unset.
    slots: [Span; N],
    /// The slots that are set.
    set: u32,
    /// The list items, each a string's text or (in a list of `raw`) a raw JSON value.
    items: Vec<Span>,
    /// Slots whose span is a raw JSON value of the JSON text (`"..."` with its quotes, `-402`,
    /// or for a list, items that are raw values), decoded by `fill`. Every other slot that is
    /// set holds its text already.
    raw: u32,
    /// Slots whose value was a JSON string.
    strings: u32,
    /// Slots decoded before the JSON text was copied in (by `put_decoded`), whose spans are of
    /// `buf`, not of the JSON text.
    early: u32,
    /// The schema's two number slots, when serde_json read them as integers (they need no
    /// text).
    ints: [Option<i64>; 2],
    /// Where the JSON text starts in `buf` (after the strings decoded while reading).
    json_start: u32,
    /// The length of the JSON text.
    json_len: u32,
    /// Slots whose value was kept cut (a text) or dropped (a code, a list item) for want of
    /// room (see [`fill`](Self::fill)).
    cut: u32,
    /// When the lead text (the first of the schema's lead slots set) is one of `cut`, the
    /// length of its whole decoded text (at most `u32::MAX`); 0 otherwise.
    lead_len: u32,
    schema: PhantomData<fn() -> S>,
}

impl<const N: usize, S: HasSchema<N>> Draft<N, S> {
    /// An empty draft.
    pub(crate) fn new() -> Self {
        Self {
            buf: String::new(),
            slots: [Span::NONE; N],
            set: 0,
            items: Vec::new(),
            raw: 0,
            strings: 0,
            early: 0,
            ints: [None; 2],
            json_start: 0,
            json_len: 0,
            cut: 0,
            lead_len: 0,
            schema: PhantomData,
        }
    }

    /// Sets slot `i` to `span` (`NONE` unsets it).
    fn store(&mut self, i: usize, span: Span) {
        self.slots[i] = span;
        if span.is_none() {
            self.set &= !(1 << i);
        } else {
            self.set |= 1 << i;
        }
    }

    /// Records the raw value of `slot` (a span of the JSON text), to be decoded by `fill`.
    pub(crate) fn set(&mut self, slot: Slot, span: Span) {
        self.store(slot.index(), span);
        self.raw |= slot.bit();
        self.early &= !slot.bit();
    }

    /// Records the text of `slot`, a span of the JSON text that needs no decoding: a string
    /// without escapes (between its quotes; `string`), or a number as sent.
    pub(crate) fn set_text(&mut self, slot: Slot, span: Span, string: bool) {
        self.store(slot.index(), span);
        self.raw &= !slot.bit();
        self.early &= !slot.bit();
        if string {
            self.strings |= slot.bit();
        } else {
            self.strings &= !slot.bit();
        }
    }

    /// Records `slot`'s value, an integer, if the slot is one of the schema's number slots;
    /// `false` otherwise.
    pub(crate) fn set_int(&mut self, slot: Slot, value: i64) -> bool {
        let Some(i) = S::SCHEMA.number_index(slot) else {
            return false;
        };
        self.ints[i] = Some(value);
        true
    }

    /// `slot`'s value, when it was recorded as an integer.
    pub(crate) fn int(&self, slot: Slot) -> Option<i64> {
        S::SCHEMA.number_index(slot).and_then(|i| self.ints[i])
    }

    /// Whether the buffer has been made (by [`make_buffer`](Self::make_buffer)).
    pub(crate) fn has_buffer(&self) -> bool {
        self.buf.capacity() != 0
    }

    /// Makes the buffer before the first string decoded while reading `json` (`len` bytes
    /// decoded, from a raw string ending at `end`, when known), with room for all it will
    /// hold but an excerpt: the decoded strings, then the JSON text. Every string decoded
    /// later (serde_json reading the whole body: every escape is valid) decodes to at most its
    /// raw length, and is either an escaped string after `end` (none if the rest has no
    /// backslash) or a raw value recorded before it.
    pub(crate) fn make_buffer(&mut self, json: &str, len: usize, end: Option<usize>) {
        let after = match end.and_then(|end| json.as_bytes().get(end..)) {
            Some(rest) if !scan::has_backslash(rest) => 0,
            Some(rest) => rest.len(),
            None => json.len(),
        };
        let before = if self.raw == 0 {
            0
        } else {
            self.escaped_len(json)
        };
        self.buf.reserve_exact(len + after + before + json.len());
    }

    /// Records the value of `slot`, a JSON string already decoded (by serde_json, while it
    /// read a small body, into the buffer [`make_buffer`](Self::make_buffer) made): the text
    /// is kept now, before the JSON text.
    pub(crate) fn put_decoded(&mut self, slot: Slot, text: &str) {
        self.put(slot, text);
        self.raw &= !slot.bit();
        self.early |= slot.bit();
        self.strings |= slot.bit();
    }

    /// Forgets everything recorded (keeping the allocations).
    pub(crate) fn clear(&mut self) {
        self.buf.clear();
        self.slots = [Span::NONE; N];
        self.set = 0;
        self.items.clear();
        self.raw = 0;
        self.strings = 0;
        self.early = 0;
        self.ints = [None; 2];
        self.json_start = 0;
        self.json_len = 0;
        self.cut = 0;
        self.lead_len = 0;
    }

    /// Where the next list starts.
    pub(crate) fn list_start(&self) -> usize {
        self.items.len()
    }

    /// Adds an item to the list that started at `start`; `false` once it holds
    /// [`LIST_LIMIT`] items (the item is then not kept).
    pub(crate) fn push_item(&mut self, start: usize, span: Span) -> bool {
        let room = self.items.len() - start < LIST_LIMIT;
        if room && !span.is_none() {
            if self.items.capacity() == 0 {
                // Room for the slots too: sealing then needs no second allocation.
                self.items.reserve_exact(N + 8);
            }
            self.items.push(span);
        }
        room
    }

    /// Drops the items pushed since `start`.
    pub(crate) fn truncate_items(&mut self, start: usize) {
        self.items.truncate(start);
    }

    /// Closes the list that started at `start` into `slot`: `raw` when its items are raw JSON
    /// values, to be decoded by `fill` (those that are not strings then dropped); otherwise
    /// each is a string's text already.
    pub(crate) fn end_list(&mut self, slot: Slot, start: usize, raw: bool) {
        let range = Span::new(start, self.items.len());
        if raw {
            self.set(slot, range);
        } else {
            self.set_text(slot, range, false);
        }
    }

    /// Records in `slot` a list of one item, `span`, a string's text (a lone string sent where
    /// a list belongs). Kept out of line: the common value is not a list.
    #[cold]
    pub(crate) fn list_of_one(&mut self, slot: Slot, span: Span) {
        let start = self.list_start();
        self.push_item(start, span);
        self.end_list(slot, start, false);
    }

    /// Copies the JSON text in and decodes every raw value recorded in it, with room for an
    /// excerpt after them if `excerpt` (for a body not read whole; the caller puts it) or if a
    /// text may be kept cut.
    ///
    /// The decoded strings get the room [`decoded_room`] gives: past it a text is kept cut, a
    /// code or a list item dropped, and [`was_cut`](Self::was_cut) says so. What serde_json
    /// read whole has only valid escapes, each shorter than its raw text, so its strings
    /// always fit. A body read `tolerantly` (serde_json rejected it) may have escapes that
    /// decode longer than they are sent (an unknown escape `\x`, a `\u` without four hex
    /// digits, a lone backslash: each a three-byte U+FFFD): their room is measured first.
    #[inline] // Called once per body.
    pub(crate) fn fill(&mut self, json: Cow<'_, str>, excerpt: bool, tolerantly: bool) {
        // Reserved once. (Most bodies have no raw value left to decode.)
        let decoded = match self.raw {
            0 => 0,
            _ if tolerantly => self.decoded_len(&json),
            _ => self.escaped_len(&json),
        };
        let room = decoded.min(decoded_room(json.len(), json.len()));
        // A text kept cut has the body's beginning kept too.
        let may_cut = decoded > room;
        let reserved = if excerpt || may_cut { EXCERPT_LIMIT } else { 0 } + room;
        let base = self.buf.len();
        self.json_start = u32::try_from(base).unwrap_or(0);
        self.json_len = u32::try_from(json.len()).unwrap_or(0);
        match json {
            Cow::Owned(mut text) if base == 0 => {
                text.reserve_exact(reserved);
                self.buf = text;
            }
            // Allocated at its size at once (cheaper than growing an empty buffer).
            json if self.buf.capacity() == 0 => {
                self.buf = String::with_capacity(json.len() + reserved);
                self.buf.push_str(&json);
            }
            json => {
                self.buf.reserve_exact(json.len() + reserved);
                self.buf.push_str(&json);
            }
        }
        if base > 0 {
            // The spans of the JSON text move past the strings decoded before it.
            let mut pending = self.set & !self.early;
            while pending != 0 {
                let i = pending.trailing_zeros() as usize;
                pending &= pending - 1;
                if S::SCHEMA.kind_at(i) != SlotKind::List {
                    self.slots[i] = self.slots[i].shifted(base);
                }
            }
            for item in &mut self.items {
                *item = item.shifted(base);
            }
        }
        if self.raw != 0 {
            let limit = self.buf.len() + room;
            self.decode_all(limit, may_cut);
        }
    }

    /// [`fill`](Self::fill) for a body that is not UTF-8: `json`, read as `text` (its text
    /// made valid by [`scan::lossy`], every slot recorded raw, read tolerantly).
    ///
    /// That text can be twice as long as the body (each invalid byte becomes three), and the
    /// strings decoded from it longer again. So `text` is dropped before the buffer is made
    /// (the buffer is `json` made valid again, the same text), and the decoded strings get
    /// the room [`decoded_room`] gives, which is less what the text grew. Room for an excerpt
    /// is always made.
    pub(crate) fn fill_lossy(&mut self, text: String, json: &[u8]) {
        let decoded = self.decoded_len(&text);
        let len = text.len();
        drop(text);
        let room = decoded.min(decoded_room(json.len(), len));
        self.buf = String::with_capacity(len + room + EXCERPT_LIMIT);
        scan::lossy_into(json, &mut self.buf);
        self.json_start = 0;
        self.json_len = u32::try_from(len).unwrap_or(0);
        self.decode_all(len + room, decoded > room);
    }

    /// Decodes every raw value (see [`decode_raw`](Self::decode_raw)) within `limit`; if
    /// `may_cut` (the decoded strings need more room than they have), notes the whole length
    /// of the lead text if it is kept cut.
    fn decode_all(&mut self, limit: usize, may_cut: bool) {
        if !may_cut {
            self.decode_raw(limit);
            return;
        }
        let raw = self.slots;
        self.decode_raw(limit);
        let schema = S::SCHEMA;
        if let Some(&lead) = schema.lead.iter().find(|&&slot| self.has(slot)) {
            if self.cut & lead.bit() != 0 {
                let span = raw[lead.index()];
                let inner = self
                    .buf
                    .get(span.start as usize + 1..(span.end as usize).saturating_sub(1))
                    .unwrap_or_default();
                self.lead_len = u32::try_from(scan::decoded_len(inner)).unwrap_or(u32::MAX);
            }
        }
    }

    /// Whether a value was kept cut or dropped for want of room (see [`fill`](Self::fill)).
    pub(crate) fn was_cut(&self) -> bool {
        self.cut != 0
    }

    /// The length of the lead text's whole decoded text (at most `u32::MAX`) when it was kept
    /// cut, else 0.
    pub(crate) fn cut_lead_len(&self) -> u32 {
        self.lead_len
    }

    /// Decodes every raw value recorded in the JSON text, appending what has escapes, as long
    /// as the buffer stays within `limit` bytes: past it a text is kept cut, and a code or a
    /// list item (which a cut could make into another one) is dropped; either is noted in
    /// `cut`. Codes go first, so that a long text cannot take their room.
    fn decode_raw(&mut self, limit: usize) {
        let codes = S::SCHEMA.codes();
        let raw = self.raw;
        self.raw = 0;
        for mut pending in [raw & codes, raw & !codes] {
            while pending != 0 {
                let i = pending.trailing_zeros() as usize;
                pending &= pending - 1;
                let decoded = self.decode_slot(i, limit);
                self.store(i, decoded);
            }
        }
    }

    /// The decoded value of slot `i`, whose span is raw (see [`decode_raw`](Self::decode_raw)).
    fn decode_slot(&mut self, i: usize, limit: usize) -> Span {
        let raw = self.slots[i];
        match S::SCHEMA.kind_at(i) {
            SlotKind::Text => {
                let (span, whole) = self.string(raw, limit);
                if !whole {
                    self.cut |= 1 << i;
                }
                span
            }
            SlotKind::Code => match self.buf.as_bytes().get(raw.start as usize) {
                Some(b'"') => {
                    self.strings |= 1 << i;
                    match self.string(raw, limit) {
                        (span, true) => span,
                        (span, false) => {
                            self.cut |= 1 << i;
                            self.buf.truncate(span.start as usize);
                            Span::NONE
                        }
                    }
                }
                Some(b'-' | b'+' | b'.' | b'0'..=b'9') => raw,
                _ => Span::NONE,
            },
            SlotKind::List => {
                let (kept, whole) = self.decode_items(raw.bytes(), limit);
                if !whole {
                    self.cut |= 1 << i;
                }
                Span::new(raw.start as usize, kept)
            }
            SlotKind::Written => raw,
        }
    }

    /// The total raw length of the raw strings that have escapes: what they decode to at most
    /// when every escape is valid.
    fn escaped_len(&self, json: &str) -> usize {
        self.raw_strings_len(json, |inner| inner.len() + 2)
    }

    /// The total decoded length of the raw strings that have escapes, whatever the escapes.
    fn decoded_len(&self, json: &str) -> usize {
        self.raw_strings_len(json, scan::decoded_len)
    }

    /// The sum of `measure` over the text between the quotes of each raw string (a slot's, or
    /// a list item's) that has escapes.
    fn raw_strings_len(&self, json: &str, measure: impl Fn(&str) -> usize) -> usize {
        let escaped = |span: Span| {
            let raw = json.get(span.bytes()).unwrap_or_default();
            match raw.as_bytes() {
                [b'"', inner @ .., b'"'] if scan::has_backslash(inner) => {
                    measure(&raw[1..raw.len() - 1])
                }
                _ => 0,
            }
        };
        let mut total = 0;
        let mut pending = self.raw;
        while pending != 0 {
            let i = pending.trailing_zeros() as usize;
            pending &= pending - 1;
            let span = self.slots[i];
            total += match S::SCHEMA.kind_at(i) {
                SlotKind::Text | SlotKind::Code => escaped(span),
                SlotKind::List => self
                    .items
                    .get(span.bytes())
                    .unwrap_or_default()
                    .iter()
                    .map(|&item| escaped(item))
                    .sum(),
                SlotKind::Written => 0,
            };
        }
        total
    }

    /// Decodes the raw list items in `range` in place, dropping those that are not strings
    /// (and those that do not fit under `limit`); returns the end of the kept ones, and
    /// whether none was dropped for want of room.
    fn decode_items(&mut self, range: core::ops::Range<usize>, limit: usize) -> (usize, bool) {
        let mut kept = range.start;
        let mut whole = true;
        for i in range {
            let span = match self.string(self.items[i], limit) {
                (span, true) => span,
                (span, false) => {
                    whole = false;
                    self.buf.truncate(span.start as usize);
                    Span::NONE
                }
            };
            if !span.is_none() {
                self.items[kept] = span;
                kept += 1;
            }
        }
        (kept, whole)
    }

    /// The decoded text of the raw JSON string at `raw` (quotes included): a span inside the
    /// JSON text when it has no escape, else the decoded text appended, as much of it as fits
    /// while the buffer stays within `limit` bytes; and whether it is all there. `NONE` if
    /// `raw` is not a whole string.
    fn string(&mut self, raw: Span, limit: usize) -> (Span, bool) {
        let (start, end) = (raw.start as usize, raw.end as usize);
        let bytes = self.buf.as_bytes();
        if end < start + 2 || bytes.get(start) != Some(&b'"') || bytes.get(end - 1) != Some(&b'"') {
            return (Span::NONE, true);
        }
        let (start, end) = (start + 1, end - 1);
        if !scan::has_backslash(&bytes[start..end]) {
            return (Span::new(start, end), true);
        }
        let out = self.buf.len();
        let mut at = start;
        while let Some(piece) = self.buf.get(at..end).and_then(scan::piece) {
            let room = limit.saturating_sub(self.buf.len());
            match piece {
                Piece::Text(n) if n > room => {
                    let fits = floor_char_boundary(&self.buf[at..at + n], room);
                    self.append_within(at..at + fits);
                    return (Span::new(out, self.buf.len()), false);
                }
                Piece::Text(n) => {
                    self.append_within(at..at + n);
                    at += n;
                }
                Piece::Char(c, _) if c.len_utf8() > room => {
                    return (Span::new(out, self.buf.len()), false);
                }
                Piece::Char(c, n) => {
                    self.buf.push(c);
                    at += n;
                }
            }
        }
        (Span::new(out, self.buf.len()), true)
    }

    /// Appends a copy of `range` of the buffer to the buffer (through a small stack buffer:
    /// `String::extend_from_within` is newer than this crate's minimum Rust).
    fn append_within(&mut self, range: core::ops::Range<usize>) {
        let mut chunk = [0u8; 256];
        let mut at = range.start;
        while at < range.end {
            let mut n = (range.end - at).min(chunk.len());
            while n > 0 && !self.buf.is_char_boundary(at + n) {
                n -= 1;
            }
            let Some(bytes) = self
                .buf
                .as_bytes()
                .get(at..at + n)
                .filter(|b| !b.is_empty())
            else {
                return;
            };
            chunk[..n].copy_from_slice(bytes);
            self.buf
                .push_str(core::str::from_utf8(&chunk[..n]).unwrap_or_default());
            at += n;
        }
    }

    /// Appends `text` as the value of `slot`.
    pub(crate) fn put(&mut self, slot: Slot, text: &str) {
        let start = self.buf.len();
        self.buf.push_str(text);
        self.store(slot.index(), Span::new(start, self.buf.len()));
    }

    /// Appends, as the value of `slot`, at most `limit` bytes of text decoded from the
    /// beginning of `bytes`: invalid UTF-8 becomes U+FFFD, and the text is cut on a character
    /// boundary. Reads no more of `bytes` than it needs, so a huge body costs no more than a
    /// small one. Whether the text holds all of `bytes` (was not cut).
    pub(crate) fn put_lossy(&mut self, slot: Slot, bytes: &[u8], limit: usize) -> bool {
        let start = self.buf.len();
        // Every input byte yields at least one output byte, so `limit` input bytes fill the
        // text; three more let the last character in be whole.
        let window = &bytes[..bytes.len().min(limit.saturating_add(3))];
        let cut_input = window.len() < bytes.len();
        let mut room = limit;
        let mut consumed = 0;
        let mut whole = !cut_input;
        for chunk in window.utf8_chunks() {
            let valid = chunk.valid();
            let take = floor_char_boundary(valid, room);
            self.buf.push_str(&valid[..take]);
            room -= take;
            consumed += valid.len();
            if take < valid.len() {
                whole = false;
                break;
            }
            let invalid = chunk.invalid();
            if invalid.is_empty() {
                continue;
            }
            consumed += invalid.len();
            // An incomplete sequence at the end of the window may be a character the window
            // cut.
            if cut_input && consumed == window.len() {
                break;
            }
            if room < char::REPLACEMENT_CHARACTER.len_utf8() {
                whole = false;
                break;
            }
            self.buf.push(char::REPLACEMENT_CHARACTER);
            room -= char::REPLACEMENT_CHARACTER.len_utf8();
        }
        self.store(slot.index(), Span::new(start, self.buf.len()));
        whole
    }

    /// The text of `slot`, if set.
    pub(crate) fn text(&self, slot: Slot) -> Option<&str> {
        self.slot(slot).and_then(|span| self.buf.get(span.bytes()))
    }

    fn slot(&self, slot: Slot) -> Option<Span> {
        Some(self.slots[slot.index()]).filter(|span| !span.is_none())
    }

    /// Whether `slot` holds a value.
    pub(crate) fn has(&self, slot: Slot) -> bool {
        self.set & slot.bit() != 0
    }

    /// Whether any slot read from the body (not one its caller writes) holds a value.
    pub(crate) fn has_field(&self) -> bool {
        self.set & !S::SCHEMA.written() != 0
    }

    /// Whether no slot read from the body holds a value, nor any number (before `fill`, and
    /// then after it too: decoding only empties slots).
    pub(crate) fn is_blank(&self) -> bool {
        !self.has_field() && self.ints == [None; 2]
    }

    /// Makes room for `additional` more bytes of text, exactly (nothing if there is room).
    pub(crate) fn reserve(&mut self, additional: usize) {
        self.buf.reserve_exact(additional);
    }

    /// Whether `slot`'s value was sent as a JSON string (after `fill`).
    pub(crate) fn was_string(&self, slot: Slot) -> bool {
        self.strings & slot.bit() != 0
    }

    /// Empties `slot`.
    pub(crate) fn unset(&mut self, slot: Slot) {
        self.store(slot.index(), Span::NONE);
    }

    /// The finished texts. Allocates a span table only for a body with lists or with more
    /// slots set than fit inline (and then, with lists, reuses the items' allocation). Takes
    /// the buffer and the items out of the draft: borrowed rather than moved, since moving a
    /// draft copies it whole.
    #[inline] // Called once per body.
    pub(crate) fn seal(&mut self) -> Texts<N> {
        let items = core::mem::take(&mut self.items);
        Texts {
            buf: core::mem::take(&mut self.buf),
            table: Table::new(self.set, &self.slots, items),
            json_start: self.json_start,
            json_len: self.json_len,
        }
    }
}

/// How many slots an inline table holds.
const INLINE: usize = 3;

/// Where each slot's text is: see the [module docs](self).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Table<const N: usize> {
    /// No list item, at most [`INLINE`] slots set, every offset below 64 KiB: the set slots
    /// (one bit per slot) and their spans, in slot order.
    Inline { set: u32, spans: [[u16; 2]; INLINE] },
    /// The list items, then one span per slot (`NONE` when unset).
    Heap(Vec<Span>),
}

impl<const N: usize> Default for Table<N> {
    fn default() -> Self {
        Self::Inline {
            set: 0,
            spans: [[0; 2]; INLINE],
        }
    }
}

impl<const N: usize> Table<N> {
    /// The table of `slots` (`set`: which are set) and list `items`.
    #[inline] // Called once per body.
    fn new(set: u32, slots: &[Span; N], items: Vec<Span>) -> Self {
        if items.is_empty() {
            if let Some(inline) = Self::inline(set, slots) {
                return inline;
            }
        }
        let mut spans = items;
        spans.reserve_exact(N);
        spans.extend_from_slice(slots);
        Self::Heap(spans)
    }

    /// The inline table of `slots`, if the set ones fit.
    fn inline(set: u32, slots: &[Span; N]) -> Option<Self> {
        let mut spans = [[0; 2]; INLINE];
        let mut pending = set;
        for span in &mut spans {
            if pending == 0 {
                break;
            }
            let slot = slots.get(pending.trailing_zeros() as usize)?;
            pending &= pending - 1;
            *span = [
                u16::try_from(slot.start).ok()?,
                u16::try_from(slot.end).ok()?,
            ];
        }
        // More slots set than there is room for.
        (pending == 0).then_some(Self::Inline { set, spans })
    }

    /// The span of `slot`, if set.
    fn slot(&self, slot: Slot) -> Option<Span> {
        match self {
            Self::Inline { set, spans } => {
                let bit = slot.bit();
                if set & bit == 0 {
                    return None;
                }
                // The set slots before this one come first.
                let [start, end] = *spans.get((set & (bit - 1)).count_ones() as usize)?;
                Some(Span {
                    start: start.into(),
                    end: end.into(),
                })
            }
            Self::Heap(spans) => {
                let first = spans.len().checked_sub(N)?;
                spans
                    .get(first + slot.index())
                    .copied()
                    .filter(|span| !span.is_none())
            }
        }
    }

    /// The list items (and, after them, the slots' spans).
    fn items(&self) -> &[Span] {
        match self {
            Self::Inline { .. } => &[],
            Self::Heap(spans) => spans,
        }
    }
}

/// The strings read from one body into the `N` slots of a schema: see the
/// [module docs](self).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Texts<const N: usize> {
    buf: String,
    table: Table<N>,
    /// Where the JSON text is in `buf` (empty for a body that is not JSON).
    json_start: u32,
    json_len: u32,
}

impl<const N: usize> Texts<N> {
    fn slot(&self, slot: Slot) -> Option<Span> {
        self.table.slot(slot)
    }

    /// The text of `slot`, if set.
    pub(crate) fn text(&self, slot: Slot) -> Option<&str> {
        self.slot(slot).map(|span| self.get(span))
    }

    /// The text of `span` (empty for a span of another buffer, never a panic).
    pub(crate) fn get(&self, span: Span) -> &str {
        self.buf.get(span.bytes()).unwrap_or_default()
    }

    /// The list in `slot`, if set; `slot` must be one of the schema's list slots (see
    /// [`list`](Self::list)).
    pub(crate) fn text_list(&self, slot: Slot) -> Option<TextList<'_>> {
        Some(TextList::new(&self.buf, self.list(slot)?))
    }

    /// The item spans of the list in `slot`, if set. The texts do not keep their schema, so
    /// the caller asks only for a list slot: another slot's span would be read as a range of
    /// items (wrong items, never a panic).
    pub(crate) fn list(&self, slot: Slot) -> Option<&[Span]> {
        let range = self.slot(slot)?;
        self.table.items().get(range.bytes())
    }

    /// The body's JSON text, as received (invalid UTF-8 replaced), for a JSON body.
    pub(crate) fn json(&self) -> Option<&str> {
        let start = self.json_start as usize;
        self.buf
            .get(start..start + self.json_len as usize)
            .filter(|json| !json.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::test_schema::{
        ALT_ID, ID, LABEL, MORE_TAGS, OTHER, SLOTS, SUB_TEXT, TAGS, TEXT, Test, WRITTEN,
    };

    type TestDraft = Draft<SLOTS, Test>;

    fn draft() -> TestDraft {
        TestDraft::new()
    }

    fn lossy(bytes: &[u8], limit: usize) -> String {
        let mut draft = draft();
        draft.put_lossy(WRITTEN, bytes, limit);
        draft.seal().text(WRITTEN).unwrap().to_owned()
    }

    #[test]
    fn lossy_keeps_short_text_whole() {
        assert_eq!(lossy(b"Bad Gateway", 400), "Bad Gateway");
        assert_eq!(lossy(b"", 400), "");
    }

    #[test]
    fn lossy_cuts_on_a_character_boundary() {
        let korean = "내부 서버 오류".as_bytes();
        // Each syllable is three bytes: a limit inside one drops it whole.
        assert_eq!(lossy(korean, 2), "");
        assert_eq!(lossy(korean, 3), "내");
        assert_eq!(lossy(korean, 5), "내");
        assert_eq!(lossy(korean, 6), "내부");
        assert_eq!(lossy(korean, 7), "내부 ");
    }

    #[test]
    fn lossy_replaces_invalid_bytes() {
        assert_eq!(lossy(b"a\xffb\xc3", 400), "a\u{fffd}b\u{fffd}");
        // Each replacement is three bytes of output: the limit counts output bytes.
        let out = lossy(&[0xff; 1000], 400);
        assert!(out.len() <= 400, "{}", out.len());
        assert_eq!(out.chars().count(), 133);
    }

    #[test]
    fn lossy_does_not_replace_a_character_the_window_cut() {
        // A three-byte character straddling the end of the window read.
        let mut body = vec![b'x'; 401];
        body.extend_from_slice("가".as_bytes());
        body.extend_from_slice(&[b'y'; 10]);
        let out = lossy(&body, 400);
        assert_eq!(out, "x".repeat(400));
    }

    #[test]
    fn lossy_reads_only_the_beginning_of_a_huge_body() {
        let body = vec![b'a'; 10 << 20];
        assert_eq!(lossy(&body, 400).len(), 400);
    }

    /// Fills a draft from `json` with the raw values at `slots` (found by the caller).
    fn filled(json: &str, slots: &[(Slot, &str)]) -> Texts<SLOTS> {
        filled_draft(json, slots, false).seal()
    }

    /// A draft of `json` with the raw values at `slots`, filled (as read `tolerantly` or not).
    fn filled_draft(json: &str, slots: &[(Slot, &str)], tolerantly: bool) -> TestDraft {
        let mut draft = draft();
        for &(slot, raw) in slots {
            let start = json.find(raw).unwrap();
            draft.set(slot, Span::new(start, start + raw.len()));
        }
        draft.fill(Cow::Borrowed(json), false, tolerantly);
        draft
    }

    #[test]
    fn fill_decodes_strings_in_place_or_appended() {
        let json = r#"{"text":"plain","label":"t\u00e9st \"q\"","other":7,"id":-402.5}"#;
        let texts = filled(
            json,
            &[
                (TEXT, r#""plain""#),
                (LABEL, r#""t\u00e9st \"q\"""#),
                (OTHER, "7"),
                (ID, "-402.5"),
            ],
        );
        assert_eq!(texts.json(), Some(json));
        assert_eq!(texts.text(TEXT), Some("plain"));
        assert_eq!(texts.text(LABEL), Some("tést \"q\""));
        assert_eq!(texts.text(OTHER), None);
        assert_eq!(texts.text(ID), Some("-402.5"));
        // The unescaped string is a span of the JSON text: only the escaped one was added.
        assert_eq!(texts.buf.len(), json.len() + "tést \"q\"".len());
    }

    #[test]
    fn long_escaped_text_is_copied_whole() {
        let plain = "가나다".repeat(200);
        let json = format!(r#"{{"text":"{plain}\n{plain}"}}"#);
        let raw = &json[8..json.len() - 1];
        let texts = filled(&json, &[(TEXT, raw)]);
        assert_eq!(texts.text(TEXT), Some(format!("{plain}\n{plain}").as_str()));
    }

    #[test]
    fn few_slots_and_no_list_keep_their_spans_inline() {
        let mut draft = draft();
        draft.fill(Cow::Borrowed("{}"), false, false);
        assert_eq!(draft.seal().table, Table::default());
        let json = r#"{"alt_id":"KAE001","label":"m","other":"t"}"#;
        let texts = filled(
            json,
            &[
                (ALT_ID, r#""KAE001""#),
                (LABEL, r#""m""#),
                (OTHER, r#""t""#),
            ],
        );
        assert!(matches!(texts.table, Table::Inline { .. }));
        assert_eq!(texts.text(ALT_ID), Some("KAE001"));
        assert_eq!(texts.text(LABEL), Some("m"));
        assert_eq!(texts.text(OTHER), Some("t"));
        assert_eq!(texts.text(TEXT), None);
        assert_eq!(texts.list(TAGS), None);
    }

    #[test]
    fn lists_many_slots_and_far_offsets_take_a_heap_table() {
        let json = r#"{"text":"a","label":"b","other":"c","sub_text":"d"}"#;
        let slots = [
            (TEXT, r#""a""#),
            (LABEL, r#""b""#),
            (OTHER, r#""c""#),
            (SUB_TEXT, r#""d""#),
        ];
        let texts = filled(json, &slots);
        assert!(matches!(texts.table, Table::Heap(_)));
        for (slot, raw) in slots {
            assert_eq!(texts.text(slot), Some(&raw[1..raw.len() - 1]));
        }
        // One slot, past 64 KiB.
        let json = format!(r#"{{"x":"{}","text":"far"}}"#, "a".repeat(70_000));
        let texts = filled(&json, &[(TEXT, r#""far""#)]);
        assert!(matches!(texts.table, Table::Heap(_)));
        assert_eq!(texts.text(TEXT), Some("far"));
        // A list item.
        let json = r#"{"more_tags":["a"]}"#;
        let mut draft = draft();
        let start = draft.list_start();
        draft.push_item(start, Span::new(14, 17));
        draft.end_list(MORE_TAGS, start, true);
        draft.fill(Cow::Borrowed(json), false, false);
        let texts = draft.seal();
        assert!(matches!(texts.table, Table::Heap(_)));
        assert_eq!(
            texts.text_list(MORE_TAGS).unwrap().collect::<Vec<_>>(),
            ["a"]
        );
    }

    #[test]
    fn the_table_is_no_larger_than_a_vec() {
        assert_eq!(size_of::<Table<SLOTS>>(), size_of::<Vec<Span>>());
    }

    #[test]
    fn an_empty_list_stays_inline() {
        let mut draft = draft();
        let start = draft.list_start();
        draft.end_list(TAGS, start, false);
        draft.fill(Cow::Borrowed(r#"{"tags":[]}"#), false, false);
        let texts = draft.seal();
        assert!(matches!(texts.table, Table::Inline { .. }));
        assert_eq!(texts.list(TAGS), Some(&[][..]));
    }

    #[test]
    fn bad_escapes_of_a_small_body_are_measured_and_kept_whole() {
        // Each `\x` (two bytes) decodes to U+FFFD (three bytes): longer than sent.
        let json = r#"{"text":"\x\x\x\x"}"#;
        let mut draft = filled_draft(json, &[(TEXT, r#""\x\x\x\x""#)], true);
        assert!(!draft.was_cut());
        let texts = draft.seal();
        assert_eq!(texts.text(TEXT), Some("\u{fffd}".repeat(4).as_str()));
        // Reserved exactly: the buffer never grew.
        assert_eq!(texts.buf.len(), json.len() + 12);
        assert_eq!(texts.buf.capacity(), texts.buf.len());
    }

    #[test]
    fn decoded_strings_get_at_most_the_body_again() {
        // 10 KiB of `\x`, 15 KiB once decoded: past the body's length again, a text is kept
        // cut (and the lead text's whole length noted), and a text after it gets no room.
        let bad = r"\x".repeat(5 << 10);
        let json = format!(r#"{{"id":"\x","text":"{bad}","label":"\x"}}"#);
        let text_at = json.find(&bad).unwrap() - 1;
        let label_at = json.rfind(r#""\x""#).unwrap();
        let mut draft = draft();
        draft.set(ID, Span::new(6, 10));
        draft.set(TEXT, Span::new(text_at, text_at + bad.len() + 2));
        draft.set(LABEL, Span::new(label_at, label_at + 4));
        draft.fill(Cow::Borrowed(&json), false, true);
        assert!(draft.was_cut());
        assert_eq!(draft.cut_lead_len(), 15 << 10);
        let texts = draft.seal();
        // The code went first, whole.
        assert_eq!(texts.text(ID), Some("\u{fffd}"));
        let text = texts.text(TEXT).unwrap();
        assert!(text.len() < 15 << 10 && text.chars().all(|c| c == '\u{fffd}'));
        assert_eq!(texts.text(LABEL), Some(""), "no room left");
        // The body, then at most the body again, and room for the excerpt a cut body keeps.
        assert!(texts.buf.len() <= 2 * json.len());
        assert_eq!(texts.buf.capacity(), 2 * json.len() + EXCERPT_LIMIT);
        // Read by serde_json (valid escapes only), nothing is measured, nothing is cut.
        let json = format!(r#"{{"text":"{}"}}"#, r"\n".repeat(5 << 10));
        let mut draft = filled_draft(&json, &[(TEXT, &json[8..json.len() - 1])], false);
        assert!(!draft.was_cut());
        assert_eq!(draft.seal().text(TEXT).map(str::len), Some(5 << 10));
    }
}
