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
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
    /// accepted); with an empty prefix, an optionally signed integer (`"-402"`). Surrounding
    /// whitespace is ignored. `None` for anything else, or a number outside `i32`.
    #[must_use]
    pub fn parse_number(text: &str, prefix: &str) -> Option<i32> {
        let text = text.trim();
        if prefix.is_empty() {
            return text.parse().ok();
        }
        let (head, digits) = text.split_at_checked(prefix.len())?;
        let all_digits = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
        if !head.eq_ignore_ascii_case(prefix) || !all_digits {
            return None;
        }
        digits.parse().ok()
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
