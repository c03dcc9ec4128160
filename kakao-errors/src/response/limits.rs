//! The bounds on what a [`ResponseError`](crate::response::ResponseError) shows and searches.
//! (The bounds on what it keeps, [`EXCERPT_LIMIT`](crate::response::EXCERPT_LIMIT) and
//! [`LIST_LIMIT`](crate::response::LIST_LIMIT), are the reader's.)

use crate::utf8::floor_char_boundary;

/// The most bytes `Display` writes of a message (escapes counted: see
/// [`redact`](crate::redact)), and `Debug` of each text; a longer one is cut on a character
/// boundary and followed by `…` and its length.
pub(crate) const SHOWN_MESSAGE: usize = 1024;

/// The most bytes `Display` and `Debug` write of a short field (an OAuth `error`, a `KOE` or
/// `KAE` code, an `errorType`, a JavaScript error name, a code that is not an integer), escapes
/// counted.
pub(crate) const SHOWN_SHORT: usize = 96;

/// The most bytes of a text that are searched for words (Talk Share's sub-errors, the app
/// settings a `-401` names): those phrases come first in Kakao's messages, and a search must
/// not cost more for a longer body.
const SEARCHED: usize = 1024;

/// The part of `text` searched for words: its first [`SEARCHED`] bytes, cut on a character
/// boundary. Every search of a message goes through here.
pub(crate) fn searched(text: &str) -> &str {
    &text[..floor_char_boundary(text, SEARCHED)]
}
