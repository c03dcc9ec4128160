//! The [`KakaoError`] trait and the error [`TryFrom<i32>`] returns for a code a type does not know.

use core::fmt;

use crate::{ErrorCode, Remedy};

/// A type whose values are documented Kakao error codes.
///
/// Implement it with `#[derive(KakaoError)]` (see the [crate docs](crate) for the attribute
/// keys); every table in this crate is written that way. A hand-written implementation must
/// keep the same invariants:
///
/// - `from_code(c).map(|e| e.code()) == Some(c)` for every `c` in [`CODES`](Self::CODES);
/// - `CODES` holds no code twice;
/// - a type with a catch-all answers `Some` for every code, and its catch-all values are not
///   [documented](Self::is_documented).
///
/// The provided methods have defaults written with the required ones, so a hand-written
/// implementation gets them right (if not as fast as the derive's). A hand-written type writes
/// all its codes one way, [`CODE_PREFIX`](Self::CODE_PREFIX); only a derived wrapper may hold
/// codes written several ways (see below).
///
/// # Codes written several ways
///
/// A derived wrapper may hold tables of plain codes (`-402`) and of prefixed codes (`KOE320`,
/// `KAE004`) together. Each of its values keeps the way its code is written
/// ([`error_code`](Self::error_code), `Display`, serde), and:
///
/// - the code as written finds every member: [`from_error_code`](Self::from_error_code) and
///   [`from_code_str`](Self::from_code_str) (`"KOE320"`, `"-402"`) look at the wrapper's own
///   codes, then each member's, in declaration order, whatever their prefix;
/// - the wrapper's *number form* is the way its own codes are written; without codes of its
///   own, the way all its members' codes are written if they agree, else plain numbers. It is
///   [`CODE_PREFIX`](Self::CODE_PREFIX) and [`CODE_DIGITS`](Self::CODE_DIGITS), and it is what
///   a bare number means: [`from_code`](Self::from_code) finds the codes written that way
///   only, [`CODES`](Self::CODES) lists them, and the wrapper's own catch-all holds such codes;
/// - a code no one documents lands in the wrapper's catch-all if it is written in the number
///   form; otherwise (or without a catch-all) in the catch-all of the last member that has one
///   for codes written that way; otherwise nowhere (`None`). A prefixed code never lands in a
///   catch-all of plain numbers, which would lose its prefix.
pub trait KakaoError: core::error::Error + Sized {
    /// Every code this type documents, in declaration order; transparent members' codes
    /// inline. For codes written with a [prefix](Self::CODE_PREFIX), the numbers. In a wrapper
    /// of codes written several ways, the codes written in its number form only (see above):
    /// those [`from_code`](Self::from_code) finds.
    ///
    /// A catch-all variant adds nothing here: it has no code of its own.
    const CODES: &'static [i32];

    /// The letters before the number in this type's codes as Kakao writes them: `"KOE"` for
    /// Kakao Login's authorization errors (`KOE320`), `""` for codes written as plain numbers
    /// (`-402`). See [`ErrorCode`]. In a wrapper of codes written several ways, the prefix of
    /// its number form (see above).
    const CODE_PREFIX: &'static str = "";

    /// How many digits a prefixed code is written with, zero-padded (`3` for `KOE009`); `0`
    /// for codes written as plain numbers.
    const CODE_DIGITS: u8 = 0;

    /// The documented codes, one group per way they are written (prefix and digits), in
    /// declaration order: a wrapper's groups are its own and its members', so the derive's
    /// compile-time checks see every code as written. The default is one group of
    /// [`CODES`](Self::CODES).
    #[doc(hidden)]
    const __GROUPS: &'static [crate::__private::CodeGroup] = &[crate::__private::CodeGroup {
        prefix: Self::CODE_PREFIX,
        digits: Self::CODE_DIGITS,
        codes: Self::CODES,
    }];

    /// A name unique to the derived type (its module path and name), so the derive's
    /// compile-time checks can tell one type wrapped twice from two types sharing codes.
    #[doc(hidden)]
    const __IDENTITY: &'static str = "";

    /// The value for `code`: its documented variant, the catch-all for an unknown code if the
    /// type has one, and `None` otherwise.
    fn from_code(code: i32) -> Option<Self>;

    /// The value for `code` in a response with HTTP `status`. The same as
    /// [`from_code`](Self::from_code), except for a code a table documents twice with two
    /// statuses (Kakao Moment's -813: an internal error with 400, a quota with 429), where
    /// the status picks the row.
    fn from_code_and_status(code: i32, status: u16) -> Option<Self> {
        let _ = status;
        Self::from_code(code)
    }

    /// The value for a code written as text, the way Kakao writes it: `"-402"`, `"4019"`,
    /// or `"KOE320"` for a type whose codes have a [prefix](Self::CODE_PREFIX) (matched
    /// ignoring ASCII case). `None` for text that is not such a code, or a code this type
    /// has no value for. A wrapper of codes written several ways reads each as written: see
    /// [`from_error_code`](Self::from_error_code), which it gives the same answer as.
    ///
    /// This is the cheap way to look up a code found as text (a response's `"error_code":
    /// "KOE320"`) in any type: no allocation, and text that is no code of the type is `None`.
    fn from_code_str(text: &str) -> Option<Self> {
        ErrorCode::parse_number(text, Self::CODE_PREFIX).and_then(Self::from_code)
    }

    /// The value for a code as written: its documented value, looked up in the type's own
    /// codes and then in each member's, whatever their prefix; for a code no one documents,
    /// the catch-all that keeps codes written that way (see [Codes written several
    /// ways](KakaoError#codes-written-several-ways)); `None` otherwise. The prefix is matched
    /// ignoring ASCII case, the padding not at all.
    ///
    /// For a type whose codes are all written one way (every hand-written implementation, and
    /// every table of this crate), this is [`from_code`](Self::from_code) for a code written
    /// with [`CODE_PREFIX`](Self::CODE_PREFIX), and `None` for any other.
    ///
    /// ```
    /// use kakao_errors::{ErrorCode, KakaoError};
    /// use kakao_errors::oauth::KoeError;
    ///
    /// let koe320 = ErrorCode::prefixed("KOE", 3, 320);
    /// assert_eq!(KoeError::from_error_code(koe320), Some(KoeError::AuthorizationCodeNotFound));
    /// assert_eq!(KoeError::from_error_code(ErrorCode::new(320)), None);
    /// ```
    fn from_error_code(code: ErrorCode) -> Option<Self> {
        let (prefix, number) = (code.prefix(), code.number());
        Self::__lookup_written(prefix, number).or_else(|| Self::__catch_all_written(prefix, number))
    }

    /// The documented value for the code written with `prefix` (ignoring ASCII case) and
    /// `number`, through every member whatever its prefix; a catch-all does not count.
    #[doc(hidden)]
    #[inline]
    fn __lookup_written(prefix: &str, number: i32) -> Option<Self> {
        if prefix.eq_ignore_ascii_case(Self::CODE_PREFIX) {
            Self::__lookup(number, None)
        } else {
            None
        }
    }

    /// The catch-all value that keeps the code written with `prefix` and `number`, if any.
    #[doc(hidden)]
    #[inline]
    fn __catch_all_written(prefix: &str, number: i32) -> Option<Self> {
        if prefix.eq_ignore_ascii_case(Self::CODE_PREFIX) {
            Self::__catch_all(number)
        } else {
            None
        }
    }

    /// The documented value for `code` (a catch-all does not count), the variant that a
    /// `status` picks where a code is documented with several: the lookup a wrapper runs
    /// through its members before falling back to a catch-all. The derive marks it
    /// `#[inline(always)]` for an enum of at most 64 codes of its own, so a wrapper's lookup
    /// merges those into one `match`; a larger enum's is compiled once in its crate.
    #[doc(hidden)]
    #[inline(always)]
    fn __lookup(code: i32, status: Option<u16>) -> Option<Self> {
        let found = match status {
            Some(status) => Self::from_code_and_status(code, status),
            None => Self::from_code(code),
        };
        found.filter(Self::is_documented)
    }

    /// The catch-all value for `code`, if the type has a catch-all.
    #[doc(hidden)]
    #[inline]
    fn __catch_all(code: i32) -> Option<Self> {
        Self::from_code(code).filter(|value| !value.is_documented())
    }

    /// The value whose variant is called `name` (like the Kakao SDK's `valueOf`), looking at the
    /// type's own variants first, then through each transparent member in declaration order.
    /// The catch-all's name gives `None`: there is no code to build it from.
    fn from_name(name: &str) -> Option<Self>;

    /// The Kakao error code (the catch-all keeps the code it was made from). For a code written
    /// with a [prefix](Self::CODE_PREFIX), its number: `320` for `KOE320`.
    fn code(&self) -> i32;

    /// The code as Kakao writes it: `-402`, or `KOE320` for a type with a
    /// [prefix](Self::CODE_PREFIX). In a wrapper of codes written several ways, as the value's
    /// own table writes it.
    fn error_code(&self) -> ErrorCode {
        ErrorCode::written(Self::CODE_PREFIX, Self::CODE_DIGITS, self.code())
    }

    /// The variant name; through a transparent variant, the inner value's.
    fn name(&self) -> &'static str;

    /// Whether this is a documented code, not a catch-all value holding a code nobody listed.
    fn is_documented(&self) -> bool {
        Self::CODES.contains(&self.code())
    }

    /// The documented HTTP status, where a page documents one.
    fn status(&self) -> Option<u16>;

    /// Whether the documented remedy is to send the same request again, unchanged, after a
    /// backoff: always `self.remedy().is_wait()` (the derive rejects a row where the two
    /// disagree; a hand-written implementation must keep it too).
    ///
    /// This is one bit of what [`remedy`](Self::remedy) says: use `remedy()` to decide what
    /// to do (refresh a token, ask for consent, back off, fix a setting, ...).
    fn is_retryable(&self) -> bool;

    /// What to do about this error. The tables of this crate give every code one, by the
    /// rule their module docs write out; the derive's default is
    /// [`Remedy::Retry`] for a `retry = true` code and [`Remedy::Unknown`] otherwise. A
    /// parsed response knows more: see
    /// [`ResponseError::remedy`](crate::response::ResponseError::remedy).
    fn remedy(&self) -> Remedy<'static> {
        if self.is_retryable() {
            Remedy::Retry { after: None }
        } else {
            Remedy::Unknown
        }
    }

    /// The English description.
    fn message(&self) -> &'static str;

    /// The Korean description, where one is documented.
    fn message_ko(&self) -> Option<&'static str>;

    /// What the caller should do, where the documentation says.
    fn solution(&self) -> Option<&'static str>;

    /// What the caller should do, in Korean, where the documentation says.
    fn solution_ko(&self) -> Option<&'static str>;

    /// Where this row is known from, when it is not on its table's Kakao page (a code users
    /// meet that the published table does not list, known from an SDK reference, a Kakao
    /// DevTalk answer, public issue threads, ...). `None` for a row of the page itself, which
    /// is every row of most tables. A lower-confidence row: its texts are this crate's words.
    fn known_from(&self) -> Option<&'static str> {
        None
    }

    /// The identity ([`__IDENTITY`](Self::__IDENTITY)) of the table whose row this value is:
    /// through a transparent variant, the member's (innermost) table; the type's own otherwise.
    /// What a case row names its parent by.
    #[doc(hidden)]
    fn __table(&self) -> &'static str {
        Self::__IDENTITY
    }

    /// `Display` through the trait, for a wrapper's transparent variants: wrapping a type that
    /// is not a `KakaoError` then reports that one missing bound, at the member type.
    #[doc(hidden)]
    fn __display(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        core::fmt::Display::fmt(self, f)
    }

    /// `Error::source` through the trait, like [`__display`](Self::__display).
    #[doc(hidden)]
    fn __source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        self.source()
    }
}

/// The error of `TryFrom<i32>` (and of serde's deserializing) on a derived type: the code is
/// not one the type knows.
///
/// It keeps the code and names the type, so nothing is lost in a `?` chain.
///
/// ```
/// use kakao_errors::rest::Login;
///
/// let e = Login::try_from(-1).unwrap_err();
/// assert_eq!((e.type_name(), e.code()), ("Login", -1));
/// assert_eq!(e.to_string(), "Login has no error code -1");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    type_name: &'static str,
    code: ErrorCode,
}

impl UnknownCode {
    /// An unknown `code` for the type called `type_name`.
    #[must_use]
    pub const fn new(type_name: &'static str, code: i32) -> Self {
        Self {
            type_name,
            code: ErrorCode::new(code),
        }
    }

    /// An unknown code, as written (`KOE999`), for the type called `type_name`.
    #[must_use]
    pub const fn from_error_code(type_name: &'static str, code: ErrorCode) -> Self {
        Self { type_name, code }
    }

    /// The code that was not recognised (its number, for a prefixed code).
    #[must_use]
    pub const fn code(&self) -> i32 {
        self.code.number()
    }

    /// The code that was not recognised, as written.
    #[must_use]
    pub const fn error_code(&self) -> ErrorCode {
        self.code
    }

    /// The name of the type that did not recognise it.
    #[must_use]
    pub const fn type_name(&self) -> &'static str {
        self.type_name
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} has no error code {}", self.type_name, self.code)
    }
}

impl core::error::Error for UnknownCode {}
