//! [`ErrorCode`]: a Kakao error code as people write it (`-402`, `4019`, `KOE320`).

use core::fmt;

/// A Kakao error code as Kakao writes it: a number (`-402`, `4019`), or a prefix and a
/// zero-padded number (`KOE009`, `KAE004`).
///
/// Kakao Login's authorization errors (`KOE...`) and Kakao Talk Channel's (`KAE...`) are
/// written with a prefix. A table of such codes declares them as strings
/// (`#[kakao(code = "KOE320")]`); its values keep the number ([`KakaoError::code`] gives `320`)
/// and know the prefix ([`KakaoError::CODE_PREFIX`]), so every place a code is shown
/// (`Display`, [`KakaoError::error_code`], serde, the `kakao-errors` command) writes it the way the documentation
/// and Kakao's error screens do.
///
/// [`KakaoError::code`]: crate::KakaoError::code
/// [`KakaoError::CODE_PREFIX`]: crate::KakaoError::CODE_PREFIX
/// [`KakaoError::error_code`]: crate::KakaoError::error_code
///
/// ```
/// use kakao_errors::ErrorCode;
///
/// assert_eq!(ErrorCode::new(-402).to_string(), "-402");
/// assert_eq!(ErrorCode::prefixed("KOE", 3, 9).to_string(), "KOE009");
/// assert_eq!(ErrorCode::parse_number("KOE320", "KOE"), Some(320));
/// assert_eq!(ErrorCode::parse_number("koe320", "KOE"), Some(320));
/// assert_eq!(ErrorCode::parse_number(" -402 ", ""), Some(-402));
/// assert_eq!(ErrorCode::parse_number("KAE320", "KOE"), None);
///
/// // Two codes are equal when they are the same code, however they are padded or cased.
/// assert_eq!(ErrorCode::prefixed("koe", 0, 320), ErrorCode::prefixed("KOE", 3, 320));
/// assert_ne!(ErrorCode::prefixed("KOE", 3, 320), ErrorCode::new(320));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct ErrorCode {
    prefix: &'static str,
    digits: u8,
    number: i32,
}

impl ErrorCode {
    /// A code written as a plain number.
    #[must_use]
    pub const fn new(number: i32) -> Self {
        Self {
            prefix: "",
            digits: 0,
            number,
        }
    }

    /// A code written as `prefix` followed by `number`, zero-padded to `digits` digits
    /// (`KOE009` is `prefixed("KOE", 3, 9)`).
    #[must_use]
    pub const fn prefixed(prefix: &'static str, digits: u8, number: i32) -> Self {
        Self {
            prefix,
            digits,
            number,
        }
    }

    /// `number` as a type with `prefix` and `digits` writes it: [`new`](Self::new) for an empty
    /// prefix (whatever `digits` is), [`prefixed`](Self::prefixed) otherwise.
    #[must_use]
    pub(crate) const fn written(prefix: &'static str, digits: u8, number: i32) -> Self {
        if prefix.is_empty() {
            Self::new(number)
        } else {
            Self::prefixed(prefix, digits, number)
        }
    }

    /// The number: `-402`, or `9` for `KOE009`.
    #[must_use]
    pub const fn number(self) -> i32 {
        self.number
    }

    /// The prefix (`"KOE"`), or `""` for a code written as a plain number.
    #[must_use]
    pub const fn prefix(self) -> &'static str {
        self.prefix
    }

    /// The number written in `text` as a code with `prefix`: `"KOE320"` with prefix `"KOE"`
    /// gives `320` (the prefix is matched ignoring ASCII case; any number of digits is
    /// accepted, after a `-` for a negative number, which is how a catch-all's negative code
    /// is written: `KOE-05`); with an empty prefix, an optionally signed integer (`"-402"`).
    /// Surrounding whitespace is ignored. `None` for anything else, or a number outside `i32`.
    #[must_use]
    pub fn parse_number(text: &str, prefix: &str) -> Option<i32> {
        let text = text.trim();
        if prefix.is_empty() {
            return text.parse().ok();
        }
        let (head, number) = text.split_at_checked(prefix.len())?;
        let digits = number.strip_prefix('-').unwrap_or(number);
        let all_digits = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
        if !head.eq_ignore_ascii_case(prefix) || !all_digits {
            return None;
        }
        number.parse().ok()
    }

    /// The prefix's bytes, upper-cased: what equality, hashing and order compare.
    fn prefix_key(self) -> impl Iterator<Item = u8> {
        self.prefix.bytes().map(|b| b.to_ascii_uppercase())
    }
}

impl PartialEq for ErrorCode {
    /// The same number with the same prefix (ignoring ASCII case); the padding does not count.
    fn eq(&self, other: &Self) -> bool {
        self.number == other.number && self.prefix.eq_ignore_ascii_case(other.prefix)
    }
}

impl Eq for ErrorCode {}

impl core::hash::Hash for ErrorCode {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        state.write_usize(self.prefix.len());
        for byte in self.prefix_key() {
            state.write_u8(byte);
        }
        state.write_i32(self.number);
    }
}

impl PartialOrd for ErrorCode {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ErrorCode {
    /// By prefix (ignoring ASCII case; plain numbers first), then by number.
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.prefix_key()
            .cmp(other.prefix_key())
            .then(self.number.cmp(&other.number))
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.prefix.is_empty() {
            return fmt::Display::fmt(&self.number, f);
        }
        write!(
            f,
            "{}{:0width$}",
            self.prefix,
            self.number,
            width = usize::from(self.digits)
        )
    }
}

impl PartialEq<str> for ErrorCode {
    /// Whether `text` is this code as written (the prefix matched ignoring ASCII case).
    fn eq(&self, text: &str) -> bool {
        Self::parse_number(text, self.prefix) == Some(self.number)
    }
}

impl PartialEq<&str> for ErrorCode {
    fn eq(&self, text: &&str) -> bool {
        *self == **text
    }
}
