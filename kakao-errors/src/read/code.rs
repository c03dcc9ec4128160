//! What a code slot's value is read as: an integer, or text kept as sent.
//!
//! A number is an integer only if its decimal text is exactly one, decided by its digits and
//! never through `f64`: `-402.0`, `-402.000` and `-4.02e2` are -402, but `-402.00000000000001`
//! (which an `f64` rounds to -402.0) is not an integer, nor is `-9223372036854775809` (which
//! an `f64` rounds to `i64::MIN`). What is not an integer in `i64` stays as sent.

use super::schema::{HasSchema, Slot};
use super::texts::Draft;

/// A code slot's value, as read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CodeValue {
    /// No value, `null`, `""` (or only spaces), or a value that cannot be a code (an object,
    /// an array, a boolean).
    Absent,
    /// An integer in `i64`: a JSON integer, a number whose decimal text is exactly an integer
    /// (`-402.0`, `-4.02e2`), or a string holding an integer (`"-402"`, `" -402 "`).
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
        match integral(text) {
            Some(n) => Self::Int(n),
            None => Self::Text,
        }
    }
}

/// The integer the number text `text` stands for, when it is exactly an integer in `i64`,
/// decided by its decimal digits (see the [module docs](self)). Takes an optional sign (`+`
/// too, as Rust's integer parsing does), digits with an optional fraction (also `1.` and `.5`,
/// which the tolerant reader may meet), and an optional exponent; anything else is `None`.
pub(crate) fn integral(text: &str) -> Option<i64> {
    let bytes = text.as_bytes();
    let (negative, unsigned) = match bytes.first()? {
        b'-' => (true, &bytes[1..]),
        b'+' => (false, &bytes[1..]),
        _ => (false, bytes),
    };
    let (mantissa, exponent) = match unsigned.iter().position(|&b| matches!(b, b'e' | b'E')) {
        Some(e) => (&unsigned[..e], exponent(&unsigned[e + 1..])?),
        None => (unsigned, 0),
    };
    let (whole, fraction) = match mantissa.iter().position(|&b| b == b'.') {
        Some(point) => (&mantissa[..point], &mantissa[point + 1..]),
        None => (mantissa, &[][..]),
    };
    if whole.is_empty() && fraction.is_empty()
        || !whole.iter().chain(fraction).all(u8::is_ascii_digit)
    {
        return None;
    }
    // The digits, `whole` then `fraction`, are 0.d1 d2 ... dk times 10^point once the leading
    // zeros are dropped (each moves the point one place left) and the trailing ones (which
    // change nothing).
    let digits = || whole.iter().chain(fraction);
    let leading = digits().take_while(|&&d| d == b'0').count();
    let total = whole.len() + fraction.len();
    if leading == total {
        return Some(0);
    }
    let trailing = digits().rev().take_while(|&&d| d == b'0').count();
    let significant = total - leading - trailing;
    // At most 20 digits can fit `i64`; the text's length bounds the rest.
    let point = i64::try_from(whole.len()).ok()? + exponent - i64::try_from(leading).ok()?;
    let zeros = u32::try_from(point - i64::try_from(significant).ok()?).ok()?;
    if point > 19 {
        return None;
    }
    let mut magnitude: u64 = 0;
    for &d in digits().skip(leading).take(significant) {
        magnitude = magnitude
            .checked_mul(10)?
            .checked_add(u64::from(d - b'0'))?;
    }
    let magnitude = magnitude.checked_mul(10u64.checked_pow(zeros)?)?;
    if negative {
        0i64.checked_sub_unsigned(magnitude)
    } else {
        i64::try_from(magnitude).ok()
    }
}

/// The exponent after an `e`: an optional sign and at least one digit; a huge one is kept at
/// a billion, past which no number with a nonzero digit is an integer in `i64` either way.
fn exponent(text: &[u8]) -> Option<i64> {
    const BOUND: i64 = 1_000_000_000;
    let (negative, digits) = match text.first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let value = digits
        .iter()
        .fold(0i64, |n, &d| (n * 10 + i64::from(d - b'0')).min(BOUND));
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn integral_numbers_are_decided_by_their_digits() {
        for (text, expected) in [
            ("-402", Some(-402)),
            ("-402.0", Some(-402)),
            ("-402.000", Some(-402)),
            ("-4.02e2", Some(-402)),
            ("-4.02E+2", Some(-402)),
            ("-40200e-2", Some(-402)),
            ("-0.0402e4", Some(-402)),
            ("00402", Some(402)),
            ("+5", Some(5)),
            ("1.", Some(1)),
            ("-0", Some(0)),
            ("0e999999999999999999999", Some(0)),
            ("0.000", Some(0)),
            ("9223372036854775807", Some(i64::MAX)),
            ("9.223372036854775807e18", Some(i64::MAX)),
            ("-9223372036854775808", Some(i64::MIN)),
            ("-9223372036854775808.0", Some(i64::MIN)),
            ("1e18", Some(1_000_000_000_000_000_000)),
            // Not integers, whatever an f64 makes of them.
            ("-402.00000000000001", None),
            ("-402.5", None),
            ("-4.025e2", None),
            ("4020e-1", Some(402)),
            ("4025e-1", None),
            (".5", None),
            // Beyond i64.
            ("9223372036854775808", None),
            ("-9223372036854775809", None),
            ("-9223372036854775809.0", None),
            ("1e19", None),
            ("1e400", None),
            ("18446744073709551615", None),
            ("99999999999999999999999", None),
            ("1e-400", None),
            // Not numbers.
            ("", None),
            ("-", None),
            (".", None),
            ("1e", None),
            ("1e+", None),
            ("--1", None),
            ("0x1F", None),
            ("NaN", None),
            ("inf", None),
            ("1_000", None),
            ("1.2.3", None),
            ("12a", None),
        ] {
            assert_eq!(integral(text), expected, "{text}");
        }
    }

    proptest! {
        /// Every `i64` written as an integer, with a zero fraction, and with its digits moved
        /// behind the point by an exponent, reads back as itself; one more nonzero digit past
        /// the point makes it no integer.
        #[test]
        fn every_i64_reads_back(n in any::<i64>(), zeros in 0usize..4, shift in 0usize..6) {
            prop_assert_eq!(integral(&n.to_string()), Some(n));
            prop_assert_eq!(integral(&format!("{n}.{}", "0".repeat(zeros))), Some(n));
            prop_assert_eq!(integral(&format!("{n}.{}1", "0".repeat(zeros))), None);
            let digits = n.unsigned_abs().to_string();
            let cut = digits.len().saturating_sub(shift);
            let sign = if n < 0 { "-" } else { "" };
            let (whole, fraction) = digits.split_at(cut);
            let moved = format!("{sign}{whole}.{fraction}e{}", fraction.len());
            prop_assert_eq!(integral(&moved), Some(n), "{}", moved);
        }
    }
}
