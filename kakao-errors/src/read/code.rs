//! What a code slot's value is read as: an integer, or text kept as sent.

use super::schema::{HasSchema, Slot};
use super::texts::Draft;

/// A code slot's value, as read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CodeValue {
    /// No value, `null`, `""` (or only spaces), or a value that cannot be a code (an object,
    /// an array, a boolean).
    Absent,
    /// An integer in `i64`: a JSON integer, an integral number in range (`-402.0`), or a
    /// string holding an integer (`"-402"`, `" -402 "`).
    Int(i64),
    /// Present, but not an integer in `i64` (`"abc"`, `"KOE320"`, `-402.5`, `1e400`): its
    /// text stays in the slot.
    Text,
}

impl CodeValue {
    /// The value in `slot` of a filled draft. Inlined into each caller, where the slot is
    /// known: most of it then folds away.
    #[inline(always)]
    pub(crate) fn of<const N: usize, S: HasSchema<N>>(draft: &Draft<N, S>, slot: Slot) -> Self {
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

/// `2^63` as a float: the first float past `i64::MAX`.
const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;
