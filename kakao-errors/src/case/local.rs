//! Cases of the search and Local APIs (`dapi.kakao.com`, `{"errorType": ..., "message": ...}`
//! bodies), told apart by their messages: the most common Local failure (Kakao Map not enabled
//! for the app), a web domain, an IP address or an app key the app has not registered, a
//! server call without its header.
//!
//! Source: no Kakao page documents these bodies. They are known from responses reported in
//! public code and issue threads, collected in the crate's `third-party/dapi-error-bodies.txt`
//! (each body with its sources and their trust): lower-confidence rows, whose texts are this
//! crate's words (the meanings those sources report, paraphrased). The phrase of each is the
//! part of the message that every reported body shares.
//!
//! A service to enable, a domain, an IP address or a key to register or use are app settings
//! ([`FixAppSettings`](Remedy::FixAppSettings)); a missing header is the request's
//! ([`FixRequest`](Remedy::FixRequest)).

use super::{CaseRow, Parent, When};
use crate::Remedy;

const PAGE: &str = "https://developers.kakao.com/docs/latest/en/local/common";

const NOT_AUTHORIZED: &[Parent] = &[Parent::ErrorType("NotAuthorizedError")];
const ACCESS_DENIED: &[Parent] = &[Parent::ErrorType("AccessDeniedError")];

/// The cases, in the order above.
pub(super) const CASES: &[CaseRow] = &[
    CaseRow::new(
        "MapServiceDisabled",
        NOT_AUTHORIZED,
        When::Phrase(&["disabled OPEN_MAP_AND_LOCAL service"]),
        "The app's Kakao Map and Local service is not enabled in the Kakao Developers console, while its key is valid.",
        PAGE,
    )
    .with_solution("Enable Kakao Map for the app in the Kakao Developers console, then send the request again.")
    .with_remedy(Remedy::FixAppSettings)
    .with_known_from("responses reported in public code (dapi.kakao.com, 403 in every source that gives a status but one, which gives 401); medium trust"),
    CaseRow::new(
        "DomainMismatched",
        ACCESS_DENIED,
        When::Phrase(&["domain mismatched"]),
        "The calling web page's origin (scheme, host and port) is not a web domain registered for the app.",
        PAGE,
    )
    .with_solution("Register the origin as a web domain of the app in the Kakao Developers console.")
    .with_remedy(Remedy::FixAppSettings)
    .with_known_from("responses reported in public code and a public issue thread (TEAM-BEAT/BEAT-Client#524); medium trust"),
    CaseRow::new(
        "AppKeyDoesNotExist",
        ACCESS_DENIED,
        When::Phrase(&["appKey(*) does not exist"]),
        "The app key does not exist.",
        PAGE,
    )
    .with_solution("Use an app key of the app, as the Kakao Developers console shows it.")
    .with_remedy(Remedy::FixAppSettings)
    .with_known_from("a response reported in public code; medium trust"),
    CaseRow::new(
        "WrongAppKeyFormat",
        ACCESS_DENIED,
        When::Phrase(&["wrong appKey(*) format"]),
        "The app key is missing or malformed.",
        PAGE,
    )
    .with_solution("Pass the app's key whole, as the Kakao Developers console shows it.")
    .with_remedy(Remedy::FixAppSettings)
    .with_known_from("notes and a test in public code; low-medium trust"),
    CaseRow::new(
        "WrongAppKeyType",
        ACCESS_DENIED,
        When::Phrase(&["appKeyType is * but expected"]),
        "The key is of another kind than the API takes (a REST API key given to the Maps JavaScript SDK).",
        PAGE,
    )
    .with_solution("Use the key of the kind the API takes (the JavaScript key for the Maps JavaScript SDK).")
    .with_remedy(Remedy::FixAppSettings)
    .with_known_from("a note in public code; low-medium trust"),
    CaseRow::new(
        "KaHeaderMissing",
        ACCESS_DENIED,
        When::Phrase(&["KA Header is required"]),
        "A call from a server without the KA header, which says where it comes from.",
        PAGE,
    )
    .with_solution("Send the KA header (os or origin) with the request.")
    .with_remedy(Remedy::FixRequest)
    .with_known_from("a response reported in public code; medium trust"),
    CaseRow::new(
        "IpMismatched",
        ACCESS_DENIED,
        When::Phrase(&["ip mismatched"]),
        "The request came from an IP address that the app does not allow.",
        PAGE,
    )
    .with_solution("Add the caller's IP address to the app's allowed IP addresses in the Kakao Developers console, or call from an allowed address.")
    .with_remedy(Remedy::FixAppSettings)
    .with_known_from("a note in public code; low-medium trust"),
];
