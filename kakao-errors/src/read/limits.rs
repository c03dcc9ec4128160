//! The bounds on what the reader keeps and holds. The two public ones are re-exported by
//! [`response`](crate::response), whose results they bound.

/// The most bytes of body text an [excerpt](crate::response::ResponseError::excerpt) (or the
/// message of a plain-text body, kept cut past it) keeps.
pub const EXCERPT_LIMIT: usize = 400;

/// The most items a list of the body keeps (`required_scopes`, `allowed_scopes`,
/// `receiver_ids`); the rest of a longer list is still in
/// [`field`](crate::response::ResponseError::field).
pub const LIST_LIMIT: usize = 1024;

/// The longest JSON text read whole: its offsets, and those of its text made valid UTF-8 (at
/// most twice as long), its decoded strings and an excerpt, fit the text store's `u32`
/// offsets. A longer body has only its first [`HUGE_BODY_PREFIX`] bytes read.
pub(crate) const LONGEST_READ_WHOLE: usize = (u32::MAX / 4) as usize;

/// How much of a body longer than [`LONGEST_READ_WHOLE`] is read: its first 64 KiB (less up to
/// three bytes, so as not to cut a character), read as a body that broke off there. An error
/// object's code and message come first, and no error object is anywhere near this long: what
/// such a body has past its first 64 KiB is not an error's, and reading no more of it keeps
/// its cost to that of a 64 KiB body.
pub(crate) const HUGE_BODY_PREFIX: usize = 64 << 10;

/// The room the strings decoded from a body get at least, whatever the body (see
/// [`Draft::fill`](super::texts::Draft::fill)).
pub(crate) const DECODED_ROOM_FLOOR: usize = 4 << 10;
