//! The `errorType` values of `dapi.kakao.com` error bodies, as third-party sources give them.
//!
//! Where they come from and the remedy rule are in the [module docs](super).

use core::fmt;

use crate::Remedy;
use crate::case::{CaseRow, PAGES, Parent};

/// The `errorType` of an error of the search, Local and other `dapi.kakao.com` APIs
/// (`{"errorType": "AccessDeniedError", "message": "..."}`).
///
/// An `errorType` is a name, not a number: there is no code to look up, only the name, and the
/// `message`, whose phrase tells the cause apart: a [case](crate::case) under the error type
/// ([`phrases`](Self::phrases)).
/// **Not Kakao's word:** no Kakao page lists these values; each is known from bodies that
/// third-party sources report, and [`known_from`](Self::known_from) names them with their trust.
///
/// ```
/// use kakao_errors::Remedy;
/// use kakao_errors::local::ErrorType;
///
/// let e = ErrorType::from_name("NotAuthorizedError").unwrap();
/// assert_eq!((e.status(), e.remedy()), (Some(403), Remedy::FixAppSettings));
/// assert_eq!(e.to_string(), "NotAuthorizedError");
/// assert_eq!(ErrorType::from_name("notauthorizederror"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorType {
    /// The app is not allowed to use the API: a service it needs is turned off for the app
    /// (HTTP 403).
    ///
    /// Every body seen with it says the app's Kakao Map and Local service is disabled. The
    /// sources that give a status give 403, except id60821265699, which gives 401.
    NotAuthorizedError,
    /// The request was refused for its credentials or origin: the app key, its type, the
    /// calling web domain or IP address, or a missing KA header (HTTP 401).
    AccessDeniedError,
    /// A request parameter is missing or out of range (HTTP 400).
    ///
    /// Only a test fixture's fake server gives a status (400), so the status is known with
    /// low trust.
    InvalidArgument,
}

impl ErrorType {
    /// Every `errorType` value known, in the order of the sources' file.
    pub const VARIANTS: &'static [Self] = &[
        Self::NotAuthorizedError,
        Self::AccessDeniedError,
        Self::InvalidArgument,
    ];

    /// The value named `name`, written exactly as a body writes it (`"AccessDeniedError"`).
    /// `None` for any other text.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        Self::VARIANTS.iter().copied().find(|e| e.name() == name)
    }

    /// The name, as a body writes it.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::NotAuthorizedError => "NotAuthorizedError",
            Self::AccessDeniedError => "AccessDeniedError",
            Self::InvalidArgument => "InvalidArgument",
        }
    }

    /// The HTTP status the sources give with it (the one most of them give).
    #[must_use]
    pub const fn status(self) -> Option<u16> {
        match self {
            Self::NotAuthorizedError => Some(403),
            Self::AccessDeniedError => Some(401),
            Self::InvalidArgument => Some(400),
        }
    }

    /// What it means, in this crate's words (no source gives a meaning of its own).
    #[must_use]
    pub const fn message(self) -> &'static str {
        match self {
            Self::NotAuthorizedError => {
                "The app is not allowed to use the API: a service it needs is turned off for the app."
            }
            Self::AccessDeniedError => {
                "The request was refused: its app key, the key's type, the calling web domain or IP address, or a required header is wrong."
            }
            Self::InvalidArgument => "A request parameter is missing or out of range.",
        }
    }

    /// What to do, when the message has no known phrase (a [case](Self::phrases) says more):
    /// by the module's [remedy rule](super#the-remedy-rule).
    #[must_use]
    pub const fn remedy(self) -> Remedy<'static> {
        match self {
            Self::NotAuthorizedError | Self::AccessDeniedError => Remedy::FixAppSettings,
            Self::InvalidArgument => Remedy::FixRequest,
        }
    }

    /// Where it is known from: the third-party sources whose bodies have it, with their trust.
    #[must_use]
    pub const fn known_from(self) -> &'static str {
        match self {
            Self::NotAuthorizedError => {
                "third-party only, no Kakao page listing errorType values: the bodies of reported responses (trust medium): id69623431861, id67111026169, id67123142819, id58658407293, id53105462827, id62651105902, id69406746928, id71111670269, id60382984419, id60821265699"
            }
            Self::AccessDeniedError => {
                "third-party only, no Kakao page listing errorType values: the bodies of reported responses (trust medium): id69623431861, https://github.com/TEAM-BEAT/BEAT-Client/issues/524, id61996479696, id61943965367, id71287135470; notes and code comments (trust low-medium): id60564605656, id60438017903, id68844422463, id70902106927, id59982907261; test fixtures (trust low): id34558537263"
            }
            Self::InvalidArgument => {
                "third-party only, no Kakao page listing errorType values: the bodies of notes and code comments (trust low-medium): id23178741631, id47606371716, id23357607645, id23164358987; test fixtures (trust low): id58522931835, id58667184238, id66485198224"
            }
        }
    }

    /// The cases under it, told apart by a phrase of the message, in their order.
    pub fn phrases(self) -> impl Iterator<Item = &'static CaseRow> {
        PAGES
            .iter()
            .flat_map(|rows| rows.iter())
            .filter(move |row| row.under().contains(&Parent::ErrorType(self.name())))
    }
}

impl fmt::Display for ErrorType {
    /// The name, as a body writes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
