//! The message phrases of `dapi.kakao.com` error bodies that tell a cause apart.
//!
//! Where they come from and the remedy rule are in the [module docs](super).

use super::ErrorType;
use crate::Remedy;

/// A phrase of the `message` of a `dapi.kakao.com` error body that tells one cause apart, with
/// what it means and what to do: `"App(...) disabled OPEN_MAP_AND_LOCAL service."` is the app's
/// Kakao Map and Local service turned off in the Kakao Developers console.
///
/// **Not Kakao's word:** each is known from bodies that third-party sources report;
/// [`known_from`](Self::known_from) names them with their trust.
///
/// ```
/// use kakao_errors::Remedy;
/// use kakao_errors::local::{ErrorType, find_phrase};
///
/// let message = "App(my-app) disabled OPEN_MAP_AND_LOCAL service.";
/// let phrase = find_phrase(ErrorType::NotAuthorizedError, message).unwrap();
/// assert_eq!(phrase.name(), "MapServiceDisabled");
/// assert_eq!(phrase.remedy(), Remedy::FixAppSettings);
/// assert!(phrase.matches(message));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Phrase {
    name: &'static str,
    error_type: ErrorType,
    phrase: &'static str,
    message: &'static str,
    remedy: Remedy<'static>,
    known_from: &'static str,
}

impl Phrase {
    /// A name for the cause, in CamelCase (`"DomainMismatched"`).
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The `errorType` the phrase comes with.
    #[must_use]
    pub const fn error_type(&self) -> ErrorType {
        self.error_type
    }

    /// The words a message has when it is this cause, as the bodies write them
    /// (`"domain mismatched!"`).
    #[must_use]
    pub const fn phrase(&self) -> &'static str {
        self.phrase
    }

    /// Whether `message` has the phrase.
    #[must_use]
    pub fn matches(&self, message: &str) -> bool {
        message.contains(self.phrase)
    }

    /// What it means, in this crate's words.
    #[must_use]
    pub const fn message(&self) -> &'static str {
        self.message
    }

    /// What to do, by the module's [remedy rule](super#the-remedy-rule).
    #[must_use]
    pub fn remedy(&self) -> Remedy<'static> {
        self.remedy.clone()
    }

    /// Where it is known from: the third-party sources whose bodies have it, with their trust.
    #[must_use]
    pub const fn known_from(&self) -> &'static str {
        self.known_from
    }
}

/// Every phrase known, grouped by [`ErrorType`] in [`ErrorType::ALL`]'s order.
pub static PHRASES: &[Phrase] = &[
    Phrase {
        name: "MapServiceDisabled",
        error_type: ErrorType::NotAuthorizedError,
        phrase: "disabled OPEN_MAP_AND_LOCAL service",
        message: "The app's Kakao Map and Local service (OPEN_MAP_AND_LOCAL) is turned off for the app; the app key itself is valid.",
        remedy: Remedy::FixAppSettings,
        known_from: "third-party only, no Kakao page listing errorType values: the bodies of reported responses (trust medium): id69623431861, id67111026169, id67123142819, id58658407293, id53105462827, id62651105902, id69406746928, id71111670269, id60382984419, id60821265699",
    },
    Phrase {
        name: "DomainMismatched",
        error_type: ErrorType::AccessDeniedError,
        phrase: "domain mismatched!",
        message: "The calling page's origin (scheme, host and port) is not one of the app's registered web domains.",
        remedy: Remedy::FixAppSettings,
        known_from: "third-party only, no Kakao page listing errorType values: the bodies of reported responses (trust medium): id69623431861, https://github.com/TEAM-BEAT/BEAT-Client/issues/524, id61996479696, id61943965367; notes and code comments (trust low-medium): id59982907261",
    },
    Phrase {
        name: "AppKeyDoesNotExist",
        error_type: ErrorType::AccessDeniedError,
        phrase: "does not exist",
        message: "The app key does not exist.",
        remedy: Remedy::FixAppSettings,
        known_from: "third-party only, no Kakao page listing errorType values: the bodies of reported responses (trust medium): id69623431861",
    },
    Phrase {
        name: "WrongAppKeyFormat",
        error_type: ErrorType::AccessDeniedError,
        phrase: "wrong appKey(",
        message: "The app key is malformed, or none was given (\"appKey(null)\").",
        remedy: Remedy::FixAppSettings,
        known_from: "third-party only, no Kakao page listing errorType values: the bodies of notes and code comments (trust low-medium): id70902106927; test fixtures (trust low): id34558537263",
    },
    Phrase {
        name: "WrongAppKeyType",
        error_type: ErrorType::AccessDeniedError,
        phrase: "appKeyType is",
        message: "The app key is of the wrong type: a REST API key where a native app key or a JavaScript key is expected (the Maps JavaScript SDK).",
        remedy: Remedy::FixAppSettings,
        known_from: "third-party only, no Kakao page listing errorType values: the bodies of notes and code comments (trust low-medium): id60564605656, id60438017903",
    },
    Phrase {
        name: "KaHeaderMissing",
        error_type: ErrorType::AccessDeniedError,
        phrase: "KA Header is required",
        message: "The request has neither a KA header nor an origin: a call from a server without the KA header.",
        remedy: Remedy::FixRequest,
        known_from: "third-party only, no Kakao page listing errorType values: the bodies of reported responses (trust medium): id71287135470",
    },
    Phrase {
        name: "IpMismatched",
        error_type: ErrorType::AccessDeniedError,
        phrase: "ip mismatched!",
        message: "The caller's IP address is not one the app allows.",
        remedy: Remedy::FixAppSettings,
        known_from: "third-party only, no Kakao page listing errorType values: the bodies of notes and code comments (trust low-medium): id68844422463",
    },
    Phrase {
        name: "PageOverMax",
        error_type: ErrorType::InvalidArgument,
        phrase: "page is more than max",
        message: "The page parameter is more than its maximum.",
        remedy: Remedy::FixRequest,
        known_from: "third-party only, no Kakao page listing errorType values: the bodies of notes and code comments (trust low-medium): id23178741631, id47606371716, id23357607645, id23164358987",
    },
    Phrase {
        name: "QueryMissing",
        error_type: ErrorType::InvalidArgument,
        phrase: "query is required",
        message: "The query parameter is missing.",
        remedy: Remedy::FixRequest,
        known_from: "third-party only, no Kakao page listing errorType values: the bodies of test fixtures (trust low): id58522931835, id58667184238",
    },
    Phrase {
        name: "RadiusOutOfRange",
        error_type: ErrorType::InvalidArgument,
        phrase: "radius is out of range",
        message: "The radius parameter is out of range.",
        remedy: Remedy::FixRequest,
        known_from: "third-party only, no Kakao page listing errorType values: the bodies of test fixtures (trust low): id66485198224",
    },
];

/// The phrase of `error_type` that `message` has, if one does.
#[must_use]
pub fn find_phrase(error_type: ErrorType, message: &str) -> Option<&'static Phrase> {
    error_type.phrases().find(|p| p.matches(message))
}

/// What to do about a `dapi.kakao.com` error body with `errorType` `error_type` and
/// `message`: its phrase's remedy when the message has a known phrase, else the error type's,
/// and [`Remedy::Unknown`] for an `errorType` not known. Any text is accepted.
///
/// ```
/// use kakao_errors::Remedy;
/// use kakao_errors::local::remedy_for;
///
/// let message = "KA Header is required but neither os nor origin field is given";
/// assert_eq!(remedy_for("AccessDeniedError", message), Remedy::FixRequest);
/// assert_eq!(remedy_for("AccessDeniedError", "something new"), Remedy::FixAppSettings);
/// assert_eq!(remedy_for("SomethingElse", message), Remedy::Unknown);
/// ```
#[must_use]
pub fn remedy_for(error_type: &str, message: &str) -> Remedy<'static> {
    let Some(error_type) = ErrorType::from_name(error_type) else {
        return Remedy::Unknown;
    };
    find_phrase(error_type, message).map_or_else(|| error_type.remedy(), Phrase::remedy)
}
