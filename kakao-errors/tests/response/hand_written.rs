//! A hand-written `KakaoError` (no derive) with a catch-all: the provided methods must read it
//! right, so a response parsed with it, or a derived wrapper around it, keeps telling its
//! documented codes from the ones its catch-all holds.

use core::fmt;

use kakao_errors::KakaoError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Payment {
    Declined,
    Other(i32),
}

impl fmt::Display for Payment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}] {}", self.code(), self.message())
    }
}

impl core::error::Error for Payment {}

impl KakaoError for Payment {
    const CODES: &'static [i32] = &[-780];

    fn from_code(code: i32) -> Option<Self> {
        Some(if code == -780 {
            Self::Declined
        } else {
            Self::Other(code)
        })
    }

    fn from_name(name: &str) -> Option<Self> {
        (name == "Declined").then_some(Self::Declined)
    }

    fn code(&self) -> i32 {
        match self {
            Self::Declined => -780,
            Self::Other(code) => *code,
        }
    }

    fn name(&self) -> &'static str {
        match self {
            Self::Declined => "Declined",
            Self::Other(_) => "Other",
        }
    }

    fn status(&self) -> Option<u16> {
        None
    }

    fn is_retryable(&self) -> bool {
        false
    }

    fn message(&self) -> &'static str {
        "The payment was declined."
    }

    fn message_ko(&self) -> Option<&'static str> {
        None
    }

    fn solution(&self) -> Option<&'static str> {
        None
    }

    fn solution_ko(&self) -> Option<&'static str> {
        None
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
enum Checkout {
    #[kakao(transparent)]
    Payment(Payment),
    #[kakao(other)]
    Unknown(i32),
}

#[test]
fn provided_methods_tell_documented_from_catch_all() {
    assert!(Payment::Declined.is_documented());
    assert!(!Payment::Other(5).is_documented());
    assert_eq!(
        Payment::from_code_and_status(-780, 402),
        Some(Payment::Declined)
    );
    assert_eq!(Payment::from_code_str("-780"), Some(Payment::Declined));
    assert_eq!(Payment::Declined.error_code().to_string(), "-780");
}

#[test]
fn a_derived_wrapper_skips_the_hand_written_catch_all() {
    assert_eq!(
        Checkout::from_code(-780),
        Some(Checkout::Payment(Payment::Declined))
    );
    assert_eq!(Checkout::from_code(5), Some(Checkout::Unknown(5)));
    assert_eq!(Checkout::CODES, &[-780]);
}

#[cfg(feature = "response")]
#[test]
fn a_response_parsed_with_it_keeps_documented_apart() {
    use kakao_errors::response::parse_as;

    let known = parse_as::<Payment>(400, br#"{"error_code":-780,"code":-780}"#);
    assert_eq!(known.documented_cause(), Some(&Payment::Declined));
    let unknown = parse_as::<Payment>(400, br#"{"code":-5}"#);
    assert_eq!(unknown.cause(), Some(&Payment::Other(-5)));
    assert_eq!(unknown.documented_cause(), None);
    assert!(unknown.to_string().contains("undocumented"), "{unknown}");
}
