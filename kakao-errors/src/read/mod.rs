//! A reader of JSON and text bodies that knows nothing of Kakao.
//!
//! It is told what to keep by a [`Schema`]: which member names go into which [`Slot`], which
//! members are objects read with keys of their own, and what each slot holds (a text, a code,
//! a list of strings, or a text its caller writes). It knows JSON (serde_json's fast path, and a
//! tolerant reader for what serde_json rejects), text (bounded, lossy where bytes are not
//! UTF-8), and the bounds on what it keeps and holds; the names of Kakao's members, the shapes
//! of its bodies and the tables of its codes are in `response::rules`, which gives this reader
//! its schema.
//!
//! - [`scan`]: the tolerant reader (members and elements split without judging values, string
//!   escapes decoded leniently, members found by name in a kept text), and lossy UTF-8;
//! - [`texts`]: the store of what a body gave: one buffer, and a span per slot
//!   ([`Draft`](texts::Draft) while reading, [`Texts`](texts::Texts) once sealed);
//! - [`json`]: reading a JSON object body into a draft;
//! - [`code`]: what a code slot's value is read as (an integer, decided by its text, or text);
//! - [`limits`]: the bounds on what is kept.
//!
//! Nothing here imports from the tables, the catalog, `oauth`, `share`, `rest` or `response`
//! (a test, `tests/response_modules.rs`, checks every `use` and path of this directory).

pub(crate) mod code;
pub(crate) mod json;
pub(crate) mod limits;
pub(crate) mod scan;
mod schema;
pub(crate) mod texts;

pub(crate) use schema::{HasSchema, Key, Keys, Nested, Schema, Slot, SlotKind, key_set};

/// A schema of every kind of slot, for the reader's own tests.
#[cfg(test)]
pub(crate) mod test_schema;

/// JSON objects for property tests.
#[cfg(test)]
pub(crate) mod prop_json;
