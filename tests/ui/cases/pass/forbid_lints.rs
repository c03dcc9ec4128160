//! A crate forbidding lint groups compiles: the expansion carries no `#[allow]` that would
//! conflict with `forbid`, and trips none of the lints. Private and public enums, a wrapper, a
//! catch-all, compile-time messages and serde.
#![forbid(dead_code, unused, warnings, missing_docs, unreachable_pub)]
#![forbid(rust_2018_idioms, unused_qualifications, trivial_casts, trivial_numeric_casts)]

use kakao_errors::KakaoError;

/// Private and never used directly: the derive's own uses do not count as use, and nothing
/// in the expansion is dead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
enum Unused {
    /// Never built.
    #[kakao(code = 1)]
    One,
}

/// Private, used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
#[kakao(serde)]
enum Private {
    /// Scope missing.
    #[kakao(code = -402, status = 403, remedy = RequestConsent)]
    InsufficientScope,
    #[doc = concat!("From ", "concat.")]
    #[kakao(code = -403, retry = true)]
    Concat,
    #[kakao(other)]
    Unknown(i32),
}

/// Public.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Public {
    /// Shares -813 with `Quota`.
    #[kakao(code = -813, status = 400)]
    Internal,
    /// Shares -813 with `Internal`.
    #[kakao(code = -813, status = 429, shares_code)]
    Quota,
}

/// A private wrapper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
enum Wrapper {
    /// Own.
    #[kakao(code = 7001)]
    Own,
    /// Public's codes.
    #[kakao(transparent)]
    Public(Public),
    /// Private's codes, and its catch-all.
    #[kakao(transparent)]
    Private(Private),
}

/// A private wrapper that nothing uses.
#[derive(Debug, KakaoError)]
enum UnusedWrapper {
    /// Public's codes.
    #[kakao(transparent)]
    Public(Public),
}

/// An empty private enum.
#[derive(Debug, KakaoError)]
enum Empty {}

fn main() {
    assert_eq!(Private::from_code(-403), Some(Private::Concat));
    assert_eq!(Private::Concat.message(), "From concat.");
    assert_eq!(Public::from_code_and_status(-813, 429), Some(Public::Quota));
    assert_eq!(Wrapper::from_code(5), Some(Wrapper::Private(Private::Unknown(5))));
    assert_eq!(Wrapper::from_code(7001), Some(Wrapper::Own));
}
