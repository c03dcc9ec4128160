//! The members of Kakao's error bodies that are kept, and the slot each goes into: the
//! reader's [`SCHEMA`]. Every other member is still in the kept JSON text, for
//! [`field`](crate::response::ResponseError::field).

use crate::oauth::OAuthError;
use crate::read::limits::EXCERPT_LIMIT;
use crate::read::texts::Draft;
use crate::read::texts::Texts;
use crate::read::{HasSchema, Key, Nested, Schema, Slot, SlotKind, key_set};
use crate::text_list::TextList;
use crate::utf8::floor_char_boundary;

use crate::catalog::{self, Family};

/// How many slots there are.
pub(crate) const SLOTS: usize = 17;

/// `code` (REST, JavaScript SDK): a string code decoded, a number as sent; after reading, only
/// a code that is not an integer in `i64` stays here. Also a plain-text body's bracketed code
/// beyond `i64`.
pub(crate) const CODE: Slot = Slot::new(0);
/// `msg` (REST, JavaScript SDK); the text after `[code]` of a plain-text body.
pub(crate) const MSG: Slot = Slot::new(1);
/// `error_description` (OAuth).
pub(crate) const DESCRIPTION: Slot = Slot::new(2);
/// `error_message` (Kakao Pay).
pub(crate) const ERROR_MESSAGE: Slot = Slot::new(3);
/// `error_msg` (`KAE` errors).
pub(crate) const ERROR_MSG: Slot = Slot::new(4);
/// `message` (search and Local APIs).
pub(crate) const MESSAGE: Slot = Slot::new(5);
/// `error` (OAuth).
pub(crate) const ERROR: Slot = Slot::new(6);
/// `error_code`: `KOE...`, `KAE...`, or Kakao Pay's integer code; after reading, only a code
/// sent as text stays here.
pub(crate) const ERROR_CODE: Slot = Slot::new(7);
/// `name` (JavaScript SDK).
pub(crate) const NAME: Slot = Slot::new(8);
/// `api_type` (REST).
pub(crate) const API_TYPE: Slot = Slot::new(9);
/// `errorType` (search and Local APIs).
pub(crate) const ERROR_TYPE: Slot = Slot::new(10);
/// `extras.detailCode` (Kakao Moment).
pub(crate) const DETAIL_CODE: Slot = Slot::new(11);
/// `extras.detailMsg` (Kakao Moment).
pub(crate) const DETAIL_MSG: Slot = Slot::new(12);
/// The beginning of a body that was not read whole.
pub(crate) const EXCERPT: Slot = Slot::new(13);
/// `required_scopes` (REST `-402`).
pub(crate) const REQUIRED_SCOPES: Slot = Slot::new(14);
/// `allowed_scopes` (REST `-402`).
pub(crate) const ALLOWED_SCOPES: Slot = Slot::new(15);
/// `receiver_ids` (Kakao Talk Message's failures to send to friends).
pub(crate) const RECEIVER_IDS: Slot = Slot::new(16);

/// What each slot holds, by index.
const KINDS: [SlotKind; SLOTS] = [
    SlotKind::Code,    // code
    SlotKind::Text,    // msg
    SlotKind::Text,    // error_description
    SlotKind::Text,    // error_message
    SlotKind::Text,    // error_msg
    SlotKind::Text,    // message
    SlotKind::Text,    // error
    SlotKind::Code,    // error_code
    SlotKind::Text,    // name
    SlotKind::Text,    // api_type
    SlotKind::Text,    // errorType
    SlotKind::Code,    // extras.detailCode
    SlotKind::Text,    // extras.detailMsg
    SlotKind::Written, // the excerpt
    SlotKind::List,    // required_scopes
    SlotKind::List,    // allowed_scopes
    SlotKind::List,    // receiver_ids
];

/// `extras`, read with [`IN_EXTRAS`]: its index in [`SCHEMA`]'s nested objects.
const EXTRAS: u8 = 0;

key_set!(
    /// The top-level members kept.
    TOP_LEVEL, top_level_key {
        "code" => Key::Slot(CODE),
        "msg" => Key::Slot(MSG),
        "error" => Key::Slot(ERROR),
        "error_description" => Key::Slot(DESCRIPTION),
        "error_code" => Key::Slot(ERROR_CODE),
        "name" => Key::Slot(NAME),
        "required_scopes" => Key::Slot(REQUIRED_SCOPES),
        "allowed_scopes" => Key::Slot(ALLOWED_SCOPES),
        "api_type" => Key::Slot(API_TYPE),
        "errorType" => Key::Slot(ERROR_TYPE),
        "message" => Key::Slot(MESSAGE),
        "error_message" => Key::Slot(ERROR_MESSAGE),
        "error_msg" => Key::Slot(ERROR_MSG),
        "extras" => Key::Object(EXTRAS),
        "receiver_ids" => Key::Slot(RECEIVER_IDS),
    }
);

key_set!(
    /// The members of `extras` kept (the whole of it is found in the kept text when asked
    /// for).
    IN_EXTRAS, extras_key {
        "detailCode" => Key::Slot(DETAIL_CODE),
        "detailMsg" => Key::Slot(DETAIL_MSG),
    }
);

/// Where the message comes from, first found first: see
/// [`ResponseError::message`](crate::response::ResponseError::message).
pub(crate) const MESSAGES: [Slot; 5] = [MSG, DESCRIPTION, ERROR_MESSAGE, ERROR_MSG, MESSAGE];

/// What the reader keeps of a Kakao body. `code` and `error_code`, when serde_json reads them
/// as integers, are kept as numbers; the message is the lead text (when it is kept cut, its
/// whole length is kept for `Display`).
pub(crate) static SCHEMA: Schema<SLOTS> = Schema::new(
    KINDS,
    &TOP_LEVEL,
    &[Nested {
        keys: &IN_EXTRAS,
        met: 1 << 31,
    }],
    [CODE, ERROR_CODE],
    &MESSAGES,
);

/// The type of [`SCHEMA`], for the reader.
pub(crate) struct Kakao;

impl HasSchema<SLOTS> for Kakao {
    const SCHEMA: &'static Schema<SLOTS> = &SCHEMA;
}

/// A draft of a Kakao body.
pub(crate) type KakaoDraft = Draft<SLOTS, Kakao>;

/// What a top-level member called `name` is read into, if anything.
#[cfg(feature = "serde")]
pub(crate) fn key_of(name: &str) -> Option<Key> {
    top_level_key(name)
}

/// What a body gave, in Kakao's terms: its texts, read into [`SCHEMA`]'s slots, and the OAuth
/// `error` value that is not one of [`OAuthError::VARIANTS`] (an `OAuthError::Other` owns a copy
/// of it, of at most [`EXCERPT_LIMIT`] bytes, in a box, so that a `ResponseError` stays small;
/// two allocations more, for such a value only).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct BodyTexts {
    texts: Texts<SLOTS>,
    oauth_other: Option<Box<OAuthError>>,
}

impl BodyTexts {
    /// The texts of a filled draft, sealed (see
    /// [`Draft::seal`](crate::read::texts::Draft::seal)).
    #[inline] // Called once per body.
    pub(crate) fn seal(draft: &mut KakaoDraft) -> Self {
        // The one text kept twice (`oauth_error` lends an `OAuthError`, whose `Other` owns its
        // text): bounded, as an excerpt is.
        let oauth_other = draft
            .text(ERROR)
            .filter(|value| OAuthError::known(value).is_none())
            .map(|value| {
                let kept = &value[..floor_char_boundary(value, EXCERPT_LIMIT)];
                Box::new(OAuthError::Other(kept.into()))
            });
        Self {
            texts: draft.seal(),
            oauth_other,
        }
    }

    /// The text of `slot`, if set.
    pub(crate) fn text(&self, slot: Slot) -> Option<&str> {
        self.texts.text(slot)
    }

    /// The list in `slot`, if it is a list slot and set.
    pub(crate) fn text_list(&self, slot: Slot) -> Option<TextList<'_>> {
        if !SCHEMA.is_list(slot) {
            return None;
        }
        self.texts.text_list(slot)
    }

    /// How many items the list in `slot` kept, if it is a list slot and set.
    #[cfg(feature = "serde")]
    pub(crate) fn list_len(&self, slot: Slot) -> Option<usize> {
        if !SCHEMA.is_list(slot) {
            return None;
        }
        self.texts.list(slot).map(<[_]>::len)
    }

    /// The body's JSON text, as received (invalid UTF-8 replaced), for a JSON body.
    pub(crate) fn json(&self) -> Option<&str> {
        self.texts.json()
    }

    /// The slot the message comes from: the first of [`MESSAGES`] set (for the serialized
    /// form, which writes the message under its own key).
    #[cfg(feature = "serde")]
    pub(crate) fn message_slot(&self) -> Option<Slot> {
        MESSAGES
            .into_iter()
            .find(|&slot| self.texts.text(slot).is_some())
    }

    /// The message: the first of [`MESSAGES`] set.
    pub(crate) fn message(&self) -> Option<&str> {
        MESSAGES.iter().find_map(|&slot| self.texts.text(slot))
    }

    /// The `error_code` sent as text (`"KOE320"`, `"KAE001"`, `"E2001"`).
    pub(crate) fn text_code(&self) -> Option<&str> {
        self.texts.text(ERROR_CODE)
    }

    /// The `error_code` sent as text, if the catalog's table of its prefix is of `family`; with
    /// `or_unclaimed`, also a text code no table claims.
    pub(crate) fn text_code_of(&self, family: Family, or_unclaimed: bool) -> Option<&str> {
        self.text_code()
            .filter(|&code| match catalog::text_code_table(code) {
                Some(table) => table.family() == family,
                None => or_unclaimed,
            })
    }

    /// The OAuth `error` value.
    pub(crate) fn oauth_error(&self) -> Option<&OAuthError> {
        let value = self.texts.text(ERROR)?;
        OAuthError::known(value).or(self.oauth_other.as_deref())
    }
}
