//! A hand-written `KakaoError` implementation, shared by the behaviour tests.
//!
//! Unlike a derived type it has a `source()` and a `Display` of its own, so a wrapper that
//! delegates to it (rather than formatting `[code] message` itself, or returning the inner
//! value as its source) is told apart.

use core::fmt;
use kakao_errors::KakaoError;

/// The root cause [`Hand`] reports as its `source()`.
#[derive(Debug)]
pub struct RootCause;

impl fmt::Display for RootCause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("root cause")
    }
}

impl core::error::Error for RootCause {}

static ROOT: RootCause = RootCause;

/// Codes 900 (`HandA`) and 901 (`HandB`), implemented by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hand(i32);

impl Hand {
    pub const A: Self = Self(900);
    pub const B: Self = Self(901);
}

impl fmt::Display for Hand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "hand-written error {}", self.0)
    }
}

impl core::error::Error for Hand {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        Some(&ROOT)
    }
}

impl KakaoError for Hand {
    const CODES: &'static [i32] = &[900, 901];

    fn from_code(code: i32) -> Option<Self> {
        Self::CODES.contains(&code).then_some(Self(code))
    }

    fn from_name(name: &str) -> Option<Self> {
        match name {
            "HandA" => Some(Self::A),
            "HandB" => Some(Self::B),
            _ => None,
        }
    }

    fn code(&self) -> i32 {
        self.0
    }

    fn name(&self) -> &'static str {
        if self.0 == 900 { "HandA" } else { "HandB" }
    }

    fn status(&self) -> Option<u16> {
        Some(418)
    }

    fn is_retryable(&self) -> bool {
        true
    }

    fn message(&self) -> &'static str {
        "hand message"
    }

    fn message_ko(&self) -> Option<&'static str> {
        Some("수동 메시지")
    }

    fn solution(&self) -> Option<&'static str> {
        Some("hand solution")
    }

    fn solution_ko(&self) -> Option<&'static str> {
        Some("수동 해결")
    }
}

/// `source()` as the text it displays, for comparing error chains.
pub fn source_text(e: &dyn core::error::Error) -> Option<String> {
    e.source().map(ToString::to_string)
}
