//! Kakao Talk Share > Troubleshooting > **Case-by-case troubleshooting**: the causes and steps
//! the page gives for 4002, 4019 (split into three sub-errors by the message shown) and 5001,
//! with the two guides 4019 refers to and the cookie note of 5001.
//!
//! Source: Kakao Developers, [Kakao Talk Share > Troubleshooting](https://developers.kakao.com/docs/latest/en/kakaotalk-share/trouble-shooting), sections "4002 Error", "4019 Error", "When using Google Apps Script web
//! app", "When using an app distributed through App Distribution", "5001 Error", "Reference:
//! Error occurring in cookie-restricted environment" and "DevTalk inquiry". Texts are the
//! page's, word for word.

use super::TalkShareError;
use crate::KakaoError;

/// What the page says to do when the steps do not help, before the case-by-case sections.
pub const INTRO: &str = "The causes of problems vary depending on the situation. If the problem is not resolved with the methods below, contact DevTalk.";

/// What to send to DevTalk when no solution helps ("DevTalk inquiry" on the page).
pub const DEVTALK_INQUIRY: &[&str] = &[
    "[Required] App ID",
    "[Required] UUID (Copy and paste the UUID value, not a screenshot of the error screen)",
    "Detailed error message",
    "SDK version if using SDK",
];

/// One step of a solution: a sentence, and the sub-points the page lists under it (example
/// URLs, per-platform commands, ...), usually none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Step {
    text: &'static str,
    details: &'static [&'static str],
}

impl Step {
    const fn new(text: &'static str) -> Self {
        Self { text, details: &[] }
    }

    const fn with_details(text: &'static str, details: &'static [&'static str]) -> Self {
        Self { text, details }
    }

    /// The step itself.
    #[must_use]
    pub const fn text(&self) -> &'static str {
        self.text
    }

    /// The points the page lists under the step, in order; empty for most steps.
    #[must_use]
    pub const fn details(&self) -> &'static [&'static str] {
        self.details
    }
}

/// A guide that the 4019 steps refer to, with its own steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Guide {
    /// "When using Google Apps Script web app": which domain to register.
    GoogleAppsScript,
    /// "When using an app distributed through App Distribution": which key hash to register.
    AppDistribution,
}

impl Guide {
    /// The guide's title on the page.
    #[must_use]
    pub const fn title(self) -> &'static str {
        match self {
            Self::GoogleAppsScript => "When using Google Apps Script web app",
            Self::AppDistribution => "When using an app distributed through App Distribution",
        }
    }

    /// The guide's steps, in order.
    #[must_use]
    pub const fn steps(self) -> &'static [Step] {
        match self {
            Self::GoogleAppsScript => GAS_STEPS,
            Self::AppDistribution => APP_DISTRIBUTION_STEPS,
        }
    }
}

const GAS_STEPS: &[Step] = &[
    Step::with_details(
        "Check if only the base domain is registered in the Web platform information, not the full URL.",
        &[
            "(O) https://script.google.com",
            "(X) https://script.google.com/macros/s/AKfycb.../exec",
        ],
    ),
    Step::new(
        "When the web app runs inside an iframe, check if the actual domain where the iframe is loaded is registered as the site domain. For GAS web apps, URLs are provided in the pattern https://script.google.com/macros/..., but the actual content is loaded through an iframe, so the domain information may differ from the domain where the iframe is loaded.",
    ),
    Step::new(
        "When using URL shortening services (e.g., bit.ly), register the final redirected domain as the site domain. Shortened URLs may not be recognized as valid site domains.",
    ),
];

const APP_DISTRIBUTION_STEPS: &[Step] = &[
    Step::with_details(
        "To check which key hash is used in the distributed app, output and log the key hash inside the app.",
        &[
            "Android: Log.d(\"KakaoSDK\", message)",
            "iOS: print(\"KakaoSDK: (message)\")",
            "JavaScript: console.log(\"KakaoSDK:\", message)",
            "Flutter: print(await KakaoSdk.origin)",
        ],
    ),
    Step::new(
        "Compare the logged key hash with the key hash registered in Kakao Developers. If the two key hashes do not match, add the key hash confirmed in Kakao Developers to the app.",
    ),
    Step::new(
        "If the problem persists, the app signing key certificate may have changed, so check the SHA-1 fingerprint of the app signing key certificate in Google Play Console again and regenerate the key hash. The regenerated key hash must be additionally registered in Kakao Developers.",
    ),
];

/// The three cases of a 4019 error, told apart by the message the caller sees.
///
/// ```
/// use kakao_errors::share::SubError;
///
/// let shown = "[-401] domain mismatched! caller=https://example.com. check out registered web domains.";
/// match SubError::from_message(shown) {
///     Some(SubError::DomainMismatched) => {}
///     other => panic!("unexpected {other:?}"),
/// }
/// assert_eq!(SubError::from_message("something else"), None);
/// assert_eq!(SubError::Misconfigured.koe_code(), Some("KOE009"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SubError {
    /// The OAuth error `misconfigured` / `KOE009`: "invalid android_key_hash or ios_bundle_id
    /// or web_site_url". The app's platform settings do not match the caller.
    Misconfigured,
    /// "domain mismatched!": the calling web page's domain is not registered.
    DomainMismatched,
    /// "wrong appKey(null) format" (JavaScript SDK): the app key is missing, mistyped, or of
    /// another app or platform.
    WrongAppKeyFormat,
}

impl SubError {
    /// The three sub-errors, in the page's order.
    pub const ALL: [Self; 3] = [
        Self::Misconfigured,
        Self::DomainMismatched,
        Self::WrongAppKeyFormat,
    ];

    /// The sub-error whose message `text` shows, if any (ASCII case is ignored): `text` holds
    /// "invalid android_key_hash or ios_bundle_id or web_site_url" or `KOE009`, "domain
    /// mismatched", or "wrong appKey(...) format" respectively, the phrases of the 4019
    /// [cases](crate::case). Any text is accepted; none panics.
    #[must_use]
    pub fn from_message(text: &str) -> Option<Self> {
        crate::case::talk_share::phrases()
            .find(|(_, phrases)| {
                phrases
                    .iter()
                    .any(|phrase| crate::case::has_phrase(text, phrase))
            })
            .and_then(|(index, _)| crate::case::talk_share::sub_error(index))
    }

    /// The sub-error's heading on the page.
    #[must_use]
    pub const fn title(self) -> &'static str {
        match self {
            Self::Misconfigured => "invalid android_key_hash or ios_bundle_id or web_site_url",
            Self::DomainMismatched => "domain mismatched",
            Self::WrongAppKeyFormat => "wrong appKey(null) format",
        }
    }

    /// The message the page shows for it, as the caller receives it.
    #[must_use]
    pub const fn shown_message(self) -> &'static str {
        match self {
            Self::Misconfigured => {
                r#"{"error":"misconfigured","error_description":"invalid android_key_hash or ios_bundle_id or web_site_url","error_code":"KOE009"}"#
            }
            Self::DomainMismatched => {
                "[-401] domain mismatched! caller=https://xx. check out registered web domains."
            }
            Self::WrongAppKeyFormat => {
                r#"{"name":"KAPIError","msg":"wrong appKey(null) format","code":-401}"#
            }
        }
    }

    /// The OAuth `error` value of the message, for the one sub-error that is an OAuth error.
    #[must_use]
    pub const fn oauth_error(self) -> Option<&'static str> {
        match self {
            Self::Misconfigured => Some("misconfigured"),
            Self::DomainMismatched | Self::WrongAppKeyFormat => None,
        }
    }

    /// The Kakao Login error code (`KOE...`) of the message, where it has one.
    #[must_use]
    pub const fn koe_code(self) -> Option<&'static str> {
        match self {
            Self::Misconfigured => Some("KOE009"),
            Self::DomainMismatched | Self::WrongAppKeyFormat => None,
        }
    }

    /// The causes the page lists, in order.
    #[must_use]
    pub const fn causes(self) -> &'static [&'static str] {
        match self {
            Self::Misconfigured => &[
                "The key hash passed from the app is different from the registered key hash",
                "The bundle ID registered in the app is different from the actual service",
                "The domain registered in the app is different from the domain passed in the request",
            ],
            Self::DomainMismatched => &[
                "The domain registered in the app does not match the domain passed in the actual API request",
            ],
            Self::WrongAppKeyFormat => &[
                "You used an app key from a different app than the one where the domain is registered",
                "You used an app key that does not match the platform you are using",
                "The app key value is missing or has a typo",
            ],
        }
    }

    /// The solution steps the page lists, in order.
    #[must_use]
    pub const fn steps(self) -> &'static [Step] {
        match self {
            Self::Misconfigured => MISCONFIGURED_STEPS,
            Self::DomainMismatched => DOMAIN_MISMATCHED_STEPS,
            Self::WrongAppKeyFormat => WRONG_APP_KEY_STEPS,
        }
    }

    /// The guides its steps refer to.
    #[must_use]
    pub const fn guides(self) -> &'static [Guide] {
        match self {
            Self::Misconfigured => &[Guide::GoogleAppsScript, Guide::AppDistribution],
            Self::DomainMismatched => &[Guide::GoogleAppsScript],
            Self::WrongAppKeyFormat => &[],
        }
    }
}

const MISCONFIGURED_STEPS: &[Step] = &[
    Step::new(
        "Check if the Web, Android, iOS platform information matches the actual service. (Refer to: Platform)",
    ),
    Step::new(
        "Check if the domain passed in the request (caller value) is included in the domain list registered in [App] > [General] > [Platform] > [Web].",
    ),
    Step::new(
        "For Android, check if the key hash used in the app matches the key hash registered in Kakao Developers, and add registration if necessary by referring to How to register key hash.",
    ),
    Step::new(
        "When using Google Apps Script web app, refer to When using Google Apps Script web app to register the domain.",
    ),
    Step::new(
        "When using an app distributed through App Distribution, refer to When using an app distributed through App Distribution to check and register the actual distributed app's key hash.",
    ),
];

const DOMAIN_MISMATCHED_STEPS: &[Step] = &[
    Step::new(
        "Check if the domain passed in the request (caller value) is included in the domain list registered in [App] > [General] > [Platform] > [Web].",
    ),
    Step::new(
        "When using Google Apps Script web app, refer to When using Google Apps Script web app to register the domain.",
    ),
];

const WRONG_APP_KEY_STEPS: &[Step] = &[
    Step::new(
        "Check if you are calling the API with the app key of the app where the domain is registered in Kakao Developers.",
    ),
    Step::new(
        "Check if you are using the correct app key for the platform you want to use. (Refer to: Platform-specific app keys)",
    ),
    Step::new("Check if the entire app key value is passed without omission."),
];

/// A note the page attaches to a case: a title and its paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Note {
    title: &'static str,
    paragraphs: &'static [&'static str],
}

impl Note {
    /// The note's title on the page.
    #[must_use]
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// The note's paragraphs, in order.
    #[must_use]
    pub const fn paragraphs(&self) -> &'static [&'static str] {
        self.paragraphs
    }
}

/// The cookie / CSRF note of the 5001 case.
pub const COOKIE_NOTE: Note = Note {
    title: "Reference: Error occurring in cookie-restricted environment",
    paragraphs: &[
        "Kakao Login and Kakao Talk Share functionality verify CSRF tokens to prevent Cross-Site Request Forgery(CSRF) attacks.",
        "In environments where cookies do not work properly, even normal API requests may fail. Browsers with restricted cookie usage cannot send session IDs to the server, so the server cannot find the user's session and cannot verify valid CSRF tokens. As a result, the request is considered to have an invalid token and an error occurs.",
    ],
};

/// The case-by-case troubleshooting of one Talk Share error code (4002, 4019 or 5001).
///
/// 4002 and 5001 have causes and steps of their own; 4019 has none but three
/// [`SubError`]s, each with its causes and steps.
///
/// ```
/// use kakao_errors::share::{SubError, TalkShareError, Troubleshooting};
///
/// let t = Troubleshooting::for_code(4019).unwrap();
/// assert_eq!(t.error(), TalkShareError::PlatformAuthenticationFailed);
/// assert_eq!(t.sub_errors(), &SubError::ALL);
/// assert_eq!(Troubleshooting::for_code(5001).unwrap().causes().len(), 4);
/// assert!(Troubleshooting::for_code(4003).is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Troubleshooting {
    error: TalkShareError,
    causes: &'static [&'static str],
    steps: &'static [Step],
    sub_errors: &'static [SubError],
    note: Option<&'static Note>,
}

/// The three cases, in the page's order.
const CASES: &[Troubleshooting] = &[
    Troubleshooting {
        error: TalkShareError::InvalidRequest,
        causes: &[
            "The domain of the shared URL is not registered in the app's Web platform",
            "The specification of the requested message template does not match",
            "The message template ID used for Kakao Talk Share is invalid",
            "The SDK version is too low to support Kakao Talk Share functionality",
        ],
        steps: &[
            Step::new(
                "Check if the domain of the shared URL is registered in the Web platform of the Kakao Developers app. (Refer to Platform)",
            ),
            Step::new(
                "When using message templates, call the API according to the correct specification. (Refer to: Development guide)",
            ),
            Step::new(
                "Check if the message template ID registered in the app is correct, then request again. (Refer to: Custom template)",
            ),
            Step::new("Update to the latest version of the SDK."),
        ],
        sub_errors: &[],
        note: None,
    },
    Troubleshooting {
        error: TalkShareError::PlatformAuthenticationFailed,
        causes: &[],
        steps: &[],
        sub_errors: &SubError::ALL,
        note: None,
    },
    Troubleshooting {
        error: TalkShareError::InternalServerError,
        causes: &[
            "Wrong parameter configuration",
            "The image URL passed as a parameter is not accessible from outside (e.g., internal network, firewall) and the Kakao image scraping server failed to access",
            "Cookie usage is restricted in the browser (Refer to: Error occurring in cookie-restricted environment)",
            "Cookies do not work properly due to external factors such as Chrome extensions in the browser",
        ],
        steps: &[
            Step::new("Check if the image used for Kakao Talk Share is valid."),
            Step::with_details(
                "Check if the image used for Kakao Talk Share is accessible from outside.",
                &[
                    "When using a firewall on the service server, the image may not be displayed because the Kakao scraping server's access is blocked. Refer to Firewall to register the Kakao scraping server's IP in the ACL (Access Control List).",
                ],
            ),
            Step::new("Check if cookie usage is not disabled in the browser."),
            Step::new(
                "Try the Kakao Talk Share functionality again in incognito/private mode. If it works normally, disable extensions that may affect cookies or browser behavior among the extensions installed in Chrome or other browsers, then try again.",
            ),
        ],
        sub_errors: &[],
        note: Some(&COOKIE_NOTE),
    },
];

impl Troubleshooting {
    /// Every case the page has (4002, 4019, 5001), in the page's order.
    #[must_use]
    pub const fn all() -> &'static [Self] {
        CASES
    }

    /// The troubleshooting of `code`, or `None` when the page has none for it.
    #[must_use]
    pub fn for_code(code: i32) -> Option<&'static Self> {
        CASES.iter().find(|case| case.error.code() == code)
    }

    /// The troubleshooting of `error`, or `None` when the page has none for it.
    #[must_use]
    pub fn for_error(error: TalkShareError) -> Option<&'static Self> {
        CASES.iter().find(|case| case.error == error)
    }

    /// The error code this case is about.
    #[must_use]
    pub const fn error(&self) -> TalkShareError {
        self.error
    }

    /// The causes the page lists for the code itself (empty for 4019: see
    /// [`sub_errors`](Self::sub_errors)).
    #[must_use]
    pub const fn causes(&self) -> &'static [&'static str] {
        self.causes
    }

    /// The solution steps for the code itself (empty for 4019).
    #[must_use]
    pub const fn steps(&self) -> &'static [Step] {
        self.steps
    }

    /// The sub-errors of the code, each with its own causes and steps (only 4019 has any).
    #[must_use]
    pub const fn sub_errors(&self) -> &'static [SubError] {
        self.sub_errors
    }

    /// The note attached to the case (the cookie / CSRF note of 5001).
    #[must_use]
    pub const fn note(&self) -> Option<&'static Note> {
        self.note
    }
}
