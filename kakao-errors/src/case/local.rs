//! Cases of the search and Local APIs (`dapi.kakao.com`, `{"errorType": ..., "message": ...}`
//! bodies), told apart by a phrase of their messages: the most common Local failure (Kakao Map
//! not enabled for the app), a web domain, an IP address or an app key the app has not
//! registered, a server call without its header, a parameter out of range. Each is a case under
//! its [`ErrorType`](crate::local::ErrorType), whose own row says what to do when the message
//! has no known phrase.
//!
//! Source: no Kakao page documents these bodies (`PAGE` is the Local API's guide, which lists
//! no error types). They are known from responses reported in public code and issue threads,
//! collected in the crate's `third-party/dapi-error-bodies.txt`, each body with its sources and
//! their trust: lower-confidence rows, whose texts are this crate's words (the meanings those
//! sources report, paraphrased), and whose [`known_from`](super::Case::known_from) names the
//! sources of the bodies that have the phrase, by kind and trust. A phrase is the part of a
//! message that stays the same from one body to another (the app's name in `App(...)`, the
//! caller's origin and the key vary). The remedy rule is the [`local`](crate::local) module's.

use super::{CaseRow, Parent, When};
use crate::Remedy;

const PAGE: &str = "https://developers.kakao.com/docs/latest/en/local/dev-guide";

/// The cases, grouped by `errorType` in the order of [`ErrorType::VARIANTS`](crate::local::ErrorType::VARIANTS).
pub(super) const CASES: &[CaseRow] = &[
    CaseRow::new(
        "MapServiceDisabled",
        &[Parent::ErrorType("NotAuthorizedError")],
        When::Phrase(&["disabled OPEN_MAP_AND_LOCAL service"]),
        "The app's Kakao Map and Local service (OPEN_MAP_AND_LOCAL) is turned off for the app; the app key itself is valid.",
        PAGE,
    )
    .with_remedy(Remedy::FixAppSettings)
    .with_known_from("third-party only, no Kakao page listing errorType values: the bodies of reported responses (trust medium): id69623431861, id67111026169, id67123142819, id58658407293, id53105462827, id62651105902, id69406746928, id71111670269, id60382984419, id60821265699"),
    CaseRow::new(
        "DomainMismatched",
        &[Parent::ErrorType("AccessDeniedError")],
        When::Phrase(&["domain mismatched!"]),
        "The calling page's origin (scheme, host and port) is not one of the app's registered web domains.",
        PAGE,
    )
    .with_remedy(Remedy::FixAppSettings)
    .with_known_from("third-party only, no Kakao page listing errorType values: the bodies of reported responses (trust medium): id69623431861, https://github.com/TEAM-BEAT/BEAT-Client/issues/524, id61996479696, id61943965367; notes and code comments (trust low-medium): id59982907261"),
    CaseRow::new(
        "AppKeyDoesNotExist",
        &[Parent::ErrorType("AccessDeniedError")],
        When::Phrase(&["does not exist"]),
        "The app key does not exist.",
        PAGE,
    )
    .with_remedy(Remedy::FixAppSettings)
    .with_known_from("third-party only, no Kakao page listing errorType values: the bodies of reported responses (trust medium): id69623431861"),
    CaseRow::new(
        "WrongAppKeyFormat",
        &[Parent::ErrorType("AccessDeniedError")],
        When::Phrase(&["wrong appKey("]),
        "The app key is malformed, or none was given (\"appKey(null)\").",
        PAGE,
    )
    .with_remedy(Remedy::FixAppSettings)
    .with_known_from("third-party only, no Kakao page listing errorType values: the bodies of notes and code comments (trust low-medium): id70902106927; test fixtures (trust low): id34558537263"),
    CaseRow::new(
        "WrongAppKeyType",
        &[Parent::ErrorType("AccessDeniedError")],
        When::Phrase(&["appKeyType is"]),
        "The app key is of the wrong type: a REST API key where a native app key or a JavaScript key is expected (the Maps JavaScript SDK).",
        PAGE,
    )
    .with_remedy(Remedy::FixAppSettings)
    .with_known_from("third-party only, no Kakao page listing errorType values: the bodies of notes and code comments (trust low-medium): id60564605656, id60438017903"),
    CaseRow::new(
        "KaHeaderMissing",
        &[Parent::ErrorType("AccessDeniedError")],
        When::Phrase(&["KA Header is required"]),
        "The request has neither a KA header nor an origin: a call from a server without the KA header.",
        PAGE,
    )
    .with_remedy(Remedy::FixRequest)
    .with_known_from("third-party only, no Kakao page listing errorType values: the bodies of reported responses (trust medium): id71287135470"),
    CaseRow::new(
        "IpMismatched",
        &[Parent::ErrorType("AccessDeniedError")],
        When::Phrase(&["ip mismatched!"]),
        "The caller's IP address is not one the app allows.",
        PAGE,
    )
    .with_remedy(Remedy::FixAppSettings)
    .with_known_from("third-party only, no Kakao page listing errorType values: the bodies of notes and code comments (trust low-medium): id68844422463"),
    CaseRow::new(
        "PageOverMax",
        &[Parent::ErrorType("InvalidArgument")],
        When::Phrase(&["page is more than max"]),
        "The page parameter is more than its maximum.",
        PAGE,
    )
    .with_remedy(Remedy::FixRequest)
    .with_known_from("third-party only, no Kakao page listing errorType values: the bodies of notes and code comments (trust low-medium): id23178741631, id47606371716, id23357607645, id23164358987"),
    CaseRow::new(
        "QueryMissing",
        &[Parent::ErrorType("InvalidArgument")],
        When::Phrase(&["query is required"]),
        "The query parameter is missing.",
        PAGE,
    )
    .with_remedy(Remedy::FixRequest)
    .with_known_from("third-party only, no Kakao page listing errorType values: the bodies of test fixtures (trust low): id58522931835, id58667184238"),
    CaseRow::new(
        "RadiusOutOfRange",
        &[Parent::ErrorType("InvalidArgument")],
        When::Phrase(&["radius is out of range"]),
        "The radius parameter is out of range.",
        PAGE,
    )
    .with_remedy(Remedy::FixRequest)
    .with_known_from("third-party only, no Kakao page listing errorType values: the bodies of test fixtures (trust low): id66485198224"),
];
