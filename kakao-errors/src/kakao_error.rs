//! The [`KakaoError`] trait and the error [`TryFrom<i32>`] returns for a code a type does not know.

use core::fmt;

/// A type whose values are documented Kakao error codes.
///
/// Implement it with `#[derive(KakaoError)]` (see the [crate docs](crate) for the attribute
/// keys); every table in this crate is written that way. A hand-written implementation must
/// keep the same invariants:
///
/// - `from_code(c).map(|e| e.code()) == Some(c)` for every `c` in [`CODES`](Self::CODES);
/// - `CODES` holds no code twice;
/// - a type with a catch-all answers `Some` for every code.
pub trait KakaoError: core::error::Error + Sized {
    /// Every code this type recognises, in declaration order; transparent members' codes inline.
    ///
    /// A catch-all variant adds nothing here: it has no code of its own.
    const CODES: &'static [i32];

    /// Whether [`from_code`](Self::from_code) answers every code (the type or one of its
    /// transparent members has an `other` variant). Used by the derive's compile-time checks.
    #[doc(hidden)]
    const __HAS_CATCH_ALL: bool = false;

    /// The value for `code`: its documented variant, the catch-all for an unknown code if the
    /// type has one, and `None` otherwise.
    fn from_code(code: i32) -> Option<Self>;

    /// [`from_code`](Self::from_code), always inlined: what a wrapper's lookup calls on its
    /// members, so the optimizer sees one `match` over every code of a (nested) wrapper.
    #[doc(hidden)]
    #[inline(always)]
    fn __from_code_inline(code: i32) -> Option<Self> {
        Self::from_code(code)
    }

    /// The value whose variant is called `name` (like the Kakao SDK's `valueOf`), looking at the
    /// type's own variants first, then through each transparent member in declaration order.
    /// The catch-all's name gives `None`: there is no code to build it from.
    fn from_name(name: &str) -> Option<Self>;

    /// The Kakao error code (the catch-all keeps the code it was made from).
    fn code(&self) -> i32;

    /// The variant name; through a transparent variant, the inner value's.
    fn name(&self) -> &'static str;

    /// The documented HTTP status, where a page documents one.
    fn status(&self) -> Option<u16>;

    /// Whether the documented remedy is to send the same request again, now or later, without
    /// changing anything first.
    fn is_retryable(&self) -> bool;

    /// The English description.
    fn message(&self) -> &'static str;

    /// The Korean description, where one is documented.
    fn message_ko(&self) -> Option<&'static str>;

    /// What the caller should do, where the documentation says.
    fn solution(&self) -> Option<&'static str>;

    /// What the caller should do, in Korean, where the documentation says.
    fn solution_ko(&self) -> Option<&'static str>;

    /// Whether this is a catch-all value: a code the type does not document.
    #[doc(hidden)]
    fn __is_catch_all(&self) -> bool {
        false
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

/// The error of `TryFrom<i32>` on a derived type: the code is not one the type knows.
///
/// It keeps the code and names the type, so nothing is lost in a `?` chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    type_name: &'static str,
    code: i32,
}

impl UnknownCode {
    /// An unknown `code` for the type called `type_name`.
    #[must_use]
    pub const fn new(type_name: &'static str, code: i32) -> Self {
        Self { type_name, code }
    }

    /// The code that was not recognised.
    #[must_use]
    pub const fn code(&self) -> i32 {
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
