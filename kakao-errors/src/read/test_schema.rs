//! A schema of every kind of slot, for the reader's own tests: names that are nobody's.

use super::schema::{HasSchema, Key, Nested, Schema, Slot, SlotKind, key_set};

/// How many slots.
pub(crate) const SLOTS: usize = 10;
/// `id`: a code, kept as a number when serde_json reads an integer.
pub(crate) const ID: Slot = Slot::new(0);
/// `text`: a text, the first lead text.
pub(crate) const TEXT: Slot = Slot::new(1);
/// `label`: a text, the second lead text.
pub(crate) const LABEL: Slot = Slot::new(2);
/// `other`: a text.
pub(crate) const OTHER: Slot = Slot::new(3);
/// `alt_id`: a code, kept as a number too.
pub(crate) const ALT_ID: Slot = Slot::new(4);
/// `tags`: a list.
pub(crate) const TAGS: Slot = Slot::new(5);
/// `more_tags`: a list.
pub(crate) const MORE_TAGS: Slot = Slot::new(6);
/// `inner.sub_id`: a code in a nested object, kept as text.
pub(crate) const SUB_ID: Slot = Slot::new(7);
/// `inner.sub_text`: a text in a nested object.
pub(crate) const SUB_TEXT: Slot = Slot::new(8);
/// Written by the caller.
pub(crate) const WRITTEN: Slot = Slot::new(9);

key_set!(TOP, top_key {
    "id" => Key::Slot(ID),
    "text" => Key::Slot(TEXT),
    "label" => Key::Slot(LABEL),
    "other" => Key::Slot(OTHER),
    "alt_id" => Key::Slot(ALT_ID),
    "tags" => Key::Slot(TAGS),
    "more_tags" => Key::Slot(MORE_TAGS),
    "inner" => Key::Object(0),
});

key_set!(INNER, inner_key {
    "sub_id" => Key::Slot(SUB_ID),
    "sub_text" => Key::Slot(SUB_TEXT),
});

/// Every slot, by index.
pub(crate) const ALL: [Slot; SLOTS] = [
    ID, TEXT, LABEL, OTHER, ALT_ID, TAGS, MORE_TAGS, SUB_ID, SUB_TEXT, WRITTEN,
];

/// The type of the test schema.
pub(crate) struct Test;

impl HasSchema<SLOTS> for Test {
    const SCHEMA: &'static Schema<SLOTS> = &SCHEMA;
}

/// The test schema.
pub(crate) static SCHEMA: Schema<SLOTS> = Schema::new(
    [
        SlotKind::Code,
        SlotKind::Text,
        SlotKind::Text,
        SlotKind::Text,
        SlotKind::Code,
        SlotKind::List,
        SlotKind::List,
        SlotKind::Code,
        SlotKind::Text,
        SlotKind::Written,
    ],
    &TOP,
    &[Nested {
        keys: &INNER,
        met: 1 << 31,
    }],
    [ID, ALT_ID],
    &[TEXT, LABEL],
);
