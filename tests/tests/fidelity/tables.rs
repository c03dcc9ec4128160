//! Behaviour of the documented tables beyond the row-by-row fidelity check: unknown codes, name
//! lookups, placement of the SDK-only causes, the retry list, the differences between pages, the
//! Talk Share troubleshooting API and the Kakao Mobility HTTP status table.

use std::collections::HashSet;

use kakao_errors::KakaoError;
use kakao_errors::catalog::{self, Family};
use kakao_errors::mobility::{HttpStatus, MobilityError};
use kakao_errors::rest::{
    ApiError, Common, KeywordAd, Login, Moment, Push, TalkCalendar, TalkChannel, TalkMessage,
};
use kakao_errors::share::{COOKIE_NOTE, Guide, SubError, TalkShareError, Troubleshooting};

/// Codes no table documents.
const FOREIGN: [i32; 6] = [0, 1, -13, -400, 4004, i32::MIN];

// ---------------------------------------------------------------------------------------------
// Unknown codes
// ---------------------------------------------------------------------------------------------

#[test]
fn unions_keep_unknown_codes() {
    // Foreign codes, including a Talk Share code, which the REST tables do not document.
    for code in FOREIGN.into_iter().chain([i32::MAX, 5001, -1_000_000]) {
        let e = ApiError::from_code(code).unwrap();
        assert_eq!(e, ApiError::Unknown(code));
        assert!(e.is_unknown());
        assert_eq!((e.code(), e.name(), e.status()), (code, "Unknown", None));
        assert!(!e.is_retryable());
        assert_eq!(
            (e.solution(), e.message_ko(), e.section()),
            (None, None, None)
        );
    }
    for code in FOREIGN {
        assert_eq!(ApiError::from_code(code), Some(ApiError::Unknown(code)));
        assert_eq!(
            TalkShareError::from_code(code),
            Some(TalkShareError::Unknown(code))
        );
        assert_eq!(
            MobilityError::from_code(code),
            Some(MobilityError::Unknown(code))
        );
        assert_eq!(MobilityError::from_code(code).unwrap().code(), code);
    }
    // Codes documented elsewhere only.
    assert_eq!(
        TalkShareError::from_code(-402),
        Some(TalkShareError::Unknown(-402))
    );
    assert_eq!(
        MobilityError::from_code(-6),
        Some(MobilityError::Unknown(-6))
    );
    assert_eq!(
        MobilityError::from_code(4019),
        Some(MobilityError::Unknown(4019))
    );
}

#[test]
fn unknown_codes_display_their_code() {
    assert!(ApiError::Unknown(-77).to_string().contains("-77"));
    assert!(TalkShareError::Unknown(4999).to_string().contains("4999"));
    assert!(MobilityError::Unknown(-12).to_string().contains("-12"));
}

/// A per-product enum: its name, its codes, and whether it knows a code.
type Product = (&'static str, &'static [i32], fn(i32) -> bool);

/// The eight per-product enums (the catalog's REST API tables, checked below): a catch-all is
/// a property of the type, which the catalog does not show.
fn products() -> [Product; 8] {
    fn knows<E: KakaoError>(code: i32) -> bool {
        E::from_code(code).is_some()
    }
    [
        ("Common", Common::CODES, knows::<Common>),
        ("Login", Login::CODES, knows::<Login>),
        ("TalkMessage", TalkMessage::CODES, knows::<TalkMessage>),
        ("TalkChannel", TalkChannel::CODES, knows::<TalkChannel>),
        ("Push", Push::CODES, knows::<Push>),
        ("TalkCalendar", TalkCalendar::CODES, knows::<TalkCalendar>),
        ("Moment", Moment::CODES, knows::<Moment>),
        ("KeywordAd", KeywordAd::CODES, knows::<KeywordAd>),
    ]
}

#[test]
fn per_product_enums_have_no_catch_all() {
    let products = products();
    for (name, own, knows) in products {
        for code in FOREIGN {
            assert!(!knows(code), "{name} answers foreign code {code}");
        }
        // Every other product's codes are foreign too.
        for (other, codes, _) in products {
            for &code in codes {
                assert_eq!(
                    knows(code),
                    own.contains(&code),
                    "{name} and {other}'s {code}"
                );
            }
        }
    }
    assert_eq!(Login::from_code(-1), None);
    assert_eq!(Common::from_code(-402), None);
    assert!(Login::try_from(-1).is_err());
    assert_eq!(Login::try_from(-402), Ok(Login::InsufficientScope));
}

#[test]
fn the_products_are_the_catalogs_rest_tables() {
    let rest: Vec<(&str, &[i32])> = catalog::TABLES
        .iter()
        .filter(|table| table.family() == Family::Rest)
        .map(|table| (table.path(), table.codes()))
        .collect();
    let products: Vec<(String, &[i32])> = products()
        .iter()
        .map(|&(name, codes, _)| (format!("kakao_errors::rest::{name}"), codes))
        .collect();
    assert_eq!(rest.len(), products.len());
    for ((path, codes), (product, product_codes)) in rest.into_iter().zip(products) {
        assert_eq!((path, codes), (product.as_str(), product_codes));
    }
}

#[test]
fn the_union_covers_every_rest_table_in_page_order() {
    let flattened: Vec<i32> = catalog::TABLES
        .iter()
        .filter(|table| table.family() == Family::Rest)
        .flat_map(|table| table.codes().iter().copied())
        .collect();
    assert_eq!(ApiError::CODES, flattened.as_slice());
    // Page 000's 43 rows and the SDK's 7 extra causes; no code twice.
    assert_eq!(ApiError::CODES.len(), 43 + 7);
    assert_eq!(
        ApiError::CODES.iter().collect::<HashSet<_>>().len(),
        ApiError::CODES.len()
    );
    assert_eq!(TalkShareError::CODES.len(), 19);
    assert_eq!(MobilityError::CODES.len(), 15);
    for &code in ApiError::CODES {
        let e = ApiError::from_code(code).unwrap();
        assert!(!e.is_unknown() && e.section().is_some(), "{code}");
        assert_eq!(e.code(), code);
    }
}

#[test]
fn sections_name_the_page_000_sections() {
    let sections: Vec<Option<&str>> = [-1, -402, -502, -541, -901, -520, -813, -820]
        .into_iter()
        .map(|c| ApiError::from_code(c).unwrap().section())
        .collect();
    assert_eq!(
        sections,
        [
            Some("Common"),
            Some("Kakao Login"),
            Some("Kakao Talk Message"),
            Some("Kakao Talk Channel"),
            Some("Push Notification"),
            Some("Talk Calendar"),
            Some("Kakao Moment"),
            Some("Kakao Keyword Ad"),
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

#[test]
fn names_round_trip_and_are_unique_across_the_rest_tables() {
    let mut seen = HashSet::new();
    for &code in ApiError::CODES {
        let e = ApiError::from_code(code).unwrap();
        assert!(seen.insert(e.name()), "two REST codes named {}", e.name());
        assert_eq!(ApiError::from_name(e.name()), Some(e), "{}", e.name());
    }
    for &code in TalkShareError::CODES {
        let e = TalkShareError::from_code(code).unwrap();
        assert_eq!(TalkShareError::from_name(e.name()), Some(e));
    }
    for &code in MobilityError::CODES {
        let e = MobilityError::from_code(code).unwrap();
        assert_eq!(MobilityError::from_name(e.name()), Some(e));
    }
    assert_eq!(ApiError::from_name("Unknown"), None);
    assert_eq!(TalkShareError::from_name("Unknown"), None);
    assert_eq!(
        ApiError::from_name("insufficientscope"),
        None,
        "names are exact, like valueOf"
    );
    assert_eq!(ApiError::from_name(""), None);
}

#[test]
fn variant_names_follow_the_android_sdk() {
    let name = |code| ApiError::from_code(code).unwrap().name();
    assert_eq!(
        name(-4),
        "BlockedAction",
        "the SDK's name; newer SDKs say BlockedAccount"
    );
    assert_eq!(name(-12), "BlockedApp", "newer SDKs");
    assert_eq!(name(-502), "NotFriend", "newer SDKs");
    assert_eq!(name(-402), "InsufficientScope");
    assert_eq!(name(-9798), "UnderMaintenance");
    assert_eq!(
        ApiError::from_name("NotFriend"),
        Some(ApiError::TalkMessage(TalkMessage::NotFriend))
    );
    // Kakao Mobility reuses the REST names for the same codes.
    for &code in MobilityError::CODES {
        assert_eq!(
            MobilityError::from_code(code).unwrap().name(),
            name(code),
            "{code}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Placement and wording
// ---------------------------------------------------------------------------------------------

#[test]
fn sdk_only_causes_sit_in_their_tables_without_status() {
    let placed: [(i32, &str); 7] = [
        (-301, "Common"),
        (-405, "Kakao Login"),
        (-421, "Kakao Login"),
        (-422, "Kakao Login"),
        (-423, "Kakao Login"),
        (-504, "Kakao Talk Message"),
        (-531, "Kakao Talk Message"),
    ];
    for (code, section) in placed {
        let e = ApiError::from_code(code).unwrap();
        assert_eq!(e.section(), Some(section), "{code}");
        assert_eq!(e.status(), None, "{code}: no page documents a status");
        assert!(e.message_ko().is_some() && e.solution().is_none() && !e.is_retryable());
    }
    assert_eq!(Common::from_code(-301), Some(Common::AppDoesNotExist));
    assert_eq!(Login::from_code(-405), Some(Login::RequiredAgeVerification));
    assert_eq!(
        TalkMessage::from_code(-531),
        Some(TalkMessage::TalkSendMessageMonthlyLimitExceed)
    );
    // Every other REST code has a status.
    let without_status = ApiError::CODES
        .iter()
        .filter(|&&c| ApiError::from_code(c).unwrap().status().is_none())
        .count();
    assert_eq!(without_status, 7);
}

#[test]
fn code_530_keeps_both_wordings() {
    let e = TalkMessage::TalkMessageDisabled;
    assert_eq!(e.code(), -530);
    assert_eq!(
        e.message(),
        "If the recipient refuses to receive a message."
    );
    assert_eq!(
        e.message_ko(),
        Some("받는 이가 프로필 비공개로 설정한 경우")
    );
    assert_ne!(
        e.message(),
        "The receiver turned off the profile visibility"
    );
    assert_eq!(
        e.to_string(),
        "[-530] If the recipient refuses to receive a message."
    );
}

#[test]
fn page_typos_are_kept() {
    assert_eq!(
        TalkCalendar::EventOrCalendarNotFound.message(),
        "If the requsted public event ID or calendar ID does not exist."
    );
    assert_eq!(HttpStatus::TooManyRequests.reason(), "Too Many Request");
}

#[test]
fn rest_and_mobility_keep_their_own_figures() {
    let rest = |c| ApiError::from_code(c).unwrap();
    let mobility = |c| MobilityError::from_code(c).unwrap();
    assert_eq!(
        (rest(-1).status(), mobility(-1).status()),
        (Some(400), Some(500))
    );
    assert_eq!(
        (rest(-7).status(), mobility(-7).status()),
        (Some(400), Some(500))
    );
    for code in [-6, -11, -12, -501, -606] {
        assert!(!rest(code).is_unknown(), "{code} is in the REST table");
        assert_eq!(
            mobility(code),
            MobilityError::Unknown(code),
            "{code} is not in Mobility's"
        );
    }
    // Same figures elsewhere.
    for &code in MobilityError::CODES
        .iter()
        .filter(|c| ![-1, -7].contains(*c))
    {
        assert_eq!(rest(code).status(), mobility(code).status(), "{code}");
    }
}

#[test]
fn mobility_has_korean_for_every_row_and_solutions_in_both_languages() {
    for &code in MobilityError::CODES {
        let e = MobilityError::from_code(code).unwrap();
        assert!(e.message_ko().is_some(), "{code}");
        assert_eq!(e.solution().is_some(), e.solution_ko().is_some(), "{code}");
    }
    assert_eq!(
        MobilityError::InvalidHeader.solution_ko(),
        Some("요청 헤더 확인")
    );
    assert_eq!(
        MobilityError::DeprecatedApi.message(),
        "The API you’re calling has been deprecated."
    );
}

// ---------------------------------------------------------------------------------------------
// Retry
// ---------------------------------------------------------------------------------------------

/// The codes of `table` whose documented remedy is to send the same request again.
fn retryable(table: &'static catalog::Table) -> Vec<String> {
    table
        .entries()
        .filter(|entry| entry.is_retryable())
        .map(|entry| entry.code().to_string())
        .collect()
}

#[test]
fn retry_is_true_exactly_on_the_documented_list() {
    // Every table of the catalog, by title; a new table adds its line.
    let expected: &[(&str, &[&str])] = &[
        ("REST API > Common", &["-1"]),
        ("REST API > Kakao Login", &[]),
        ("REST API > Kakao Talk Message", &[]),
        ("REST API > Kakao Talk Channel", &[]),
        ("REST API > Push Notification", &[]),
        ("REST API > Talk Calendar", &[]),
        ("REST API > Kakao Moment", &[]),
        ("REST API > Kakao Keyword Ad", &[]),
        (
            "Kakao Talk Share",
            &["4003", "4007", "4015", "4017", "5001", "5005"],
        ),
        ("Kakao Mobility", &["-1"]),
        ("Kakao Mobility > Route result code", &[]),
        ("Kakao Login > Authorization code", &["KOE003"]),
        ("Business Authentication", &["KOE003"]),
        ("Kakao Talk Channel > Kakao SDK", &["KAE001"]),
        ("Kakao Moment", &["-10", "-813"]),
        ("Kakao Moment > Detail code", &[]),
        ("Kakao Keyword Ad", &[]),
        ("Kakao Keyword Ad > Detail code", &[]),
        ("Kakao Pay", &[]),
        ("Kakao Talk Certification", &["E0001"]),
        ("Kakao bizmessage (AlimTalk, FriendTalk)", &[]),
    ];
    let tables = catalog::TABLES;
    assert_eq!(tables.len(), expected.len(), "a table without its line");
    for (table, &(title, codes)) in tables.iter().zip(expected) {
        assert_eq!(table.title(), title);
        assert_eq!(retryable(table), codes, "{title}");
    }
    // A retry after someone acts first is not a retry.
    assert!(
        !Login::NotRegisteredUser.is_retryable(),
        "Retry after linking the account"
    );
    assert!(
        !TalkShareError::DefaultQuotaExceeded.is_retryable(),
        "after the review"
    );
    assert!(
        !MobilityError::UnsupportedApi.is_retryable(),
        "after enabling the feature"
    );
}

#[test]
fn every_table_of_the_catalog_is_well_formed() {
    for table in catalog::TABLES {
        let title = table.title();
        let mut codes = table.codes().to_vec();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), table.codes().len(), "{title}: a code twice");
        let mut names = HashSet::new();
        for entry in table.entries() {
            let code = entry.code();
            assert!(
                names.insert(entry.name()),
                "{title}: {} twice",
                entry.name()
            );
            assert!(!entry.message().trim().is_empty(), "{title} {code}");
            if let Some(status) = entry.status() {
                assert!((100..=599).contains(&status), "{title} {code}: {status}");
            }
            // Retrying is a waiting remedy.
            if entry.is_retryable() {
                assert!(entry.remedy().is_wait(), "{title} {code}");
            }
            // Found as people write the code, in this table.
            let text = code.to_string();
            assert!(
                catalog::find_text(&text).any(|found| std::ptr::eq(found.table(), table)),
                "{title}: {text}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Talk Share troubleshooting
// ---------------------------------------------------------------------------------------------

#[test]
fn troubleshooting_exists_for_4002_4019_and_5001_only() {
    let codes: Vec<i32> = Troubleshooting::all()
        .iter()
        .map(|t| t.error().code())
        .collect();
    assert_eq!(codes, [4002, 4019, 5001]);
    for &code in TalkShareError::CODES.iter().chain(&FOREIGN) {
        let found = Troubleshooting::for_code(code);
        assert_eq!(found.is_some(), codes.contains(&code), "{code}");
        if let Some(t) = found {
            let e = TalkShareError::from_code(code).unwrap();
            assert_eq!(Troubleshooting::for_error(e), Some(t));
        }
    }
    assert_eq!(
        Troubleshooting::for_error(TalkShareError::Unknown(4002)),
        None
    );
}

#[test]
fn troubleshooting_cases_have_their_parts() {
    let case = |code| Troubleshooting::for_code(code).unwrap();
    assert_eq!(
        (case(4002).causes().len(), case(4002).steps().len()),
        (4, 4)
    );
    assert!(case(4002).sub_errors().is_empty() && case(4002).note().is_none());

    assert!(case(4019).causes().is_empty() && case(4019).steps().is_empty());
    assert_eq!(case(4019).sub_errors(), SubError::VARIANTS);

    assert_eq!(
        (case(5001).causes().len(), case(5001).steps().len()),
        (4, 4)
    );
    assert_eq!(case(5001).note(), Some(&COOKIE_NOTE));
    assert!(COOKIE_NOTE.paragraphs()[0].contains("CSRF"));
    // The firewall advice sits under the second 5001 step.
    assert_eq!(case(5001).steps()[1].details().len(), 1);
    assert!(case(5001).steps()[1].details()[0].contains("ACL"));
}

#[test]
fn sub_errors_are_told_apart_by_the_message() {
    let cases: [(&str, Option<SubError>); 9] = [
        (
            r#"{"error":"misconfigured","error_description":"invalid android_key_hash or ios_bundle_id or web_site_url","error_code":"KOE009"}"#,
            Some(SubError::Misconfigured),
        ),
        (
            "invalid android_key_hash or ios_bundle_id or web_site_url",
            Some(SubError::Misconfigured),
        ),
        ("KOE009", Some(SubError::Misconfigured)),
        (
            "[-401] domain mismatched! caller=https://my.site. check out registered web domains.",
            Some(SubError::DomainMismatched),
        ),
        ("Domain Mismatched!", Some(SubError::DomainMismatched)),
        (
            r#"{"name":"KAPIError","msg":"wrong appKey(abc) format","code":-401}"#,
            Some(SubError::WrongAppKeyFormat),
        ),
        ("misconfigured", None),
        ("", None),
        ("도메인 불일치 \u{fffd}", None),
    ];
    for (text, expected) in cases {
        assert_eq!(SubError::from_message(text), expected, "{text:?}");
    }
    for &sub in SubError::VARIANTS {
        assert_eq!(SubError::from_message(sub.shown_message()), Some(sub));
        assert_eq!(SubError::from_message(sub.title()), Some(sub));
        assert!(!sub.causes().is_empty() && !sub.steps().is_empty());
    }
    assert_eq!(
        (
            SubError::Misconfigured.oauth_error(),
            SubError::Misconfigured.koe_code()
        ),
        (Some("misconfigured"), Some("KOE009"))
    );
    assert_eq!(SubError::DomainMismatched.koe_code(), None);
    assert_eq!(
        SubError::Misconfigured.guides(),
        [Guide::GoogleAppsScript, Guide::AppDistribution]
    );
    assert_eq!(
        SubError::DomainMismatched.guides(),
        [Guide::GoogleAppsScript]
    );
    assert!(SubError::WrongAppKeyFormat.guides().is_empty());
    assert_eq!(Guide::AppDistribution.steps()[0].details().len(), 4);
}

// ---------------------------------------------------------------------------------------------
// Kakao Mobility HTTP statuses
// ---------------------------------------------------------------------------------------------

#[test]
fn http_statuses_round_trip_and_reject_the_rest() {
    let numbers: Vec<u16> = HttpStatus::VARIANTS.iter().map(|s| s.as_u16()).collect();
    assert_eq!(numbers, [200, 400, 401, 403, 429, 500, 502, 503]);
    for n in 0..=u16::MAX {
        match HttpStatus::from_u16(n) {
            Some(s) => {
                assert_eq!(s.as_u16(), n);
                assert_eq!(HttpStatus::try_from(n), Ok(s));
                assert_eq!(u16::from(s), n);
            }
            None => {
                assert!(!numbers.contains(&n));
                assert_eq!(HttpStatus::try_from(n), Err(n));
            }
        }
    }
}

#[test]
fn http_statuses_say_success_or_failure_in_both_languages() {
    for &s in HttpStatus::VARIANTS {
        assert_eq!(s.is_success(), s == HttpStatus::Ok);
        assert_eq!(s.outcome(), if s.is_success() { "Success" } else { "Fail" });
        assert_eq!(s.outcome_ko(), if s.is_success() { "성공" } else { "실패" });
        assert!(!s.meaning().is_empty() && !s.description().is_empty());
        assert!(!s.meaning_ko().is_empty() && !s.description_ko().is_empty());
    }
    assert_eq!(HttpStatus::BadRequest.to_string(), "400 Bad Request");
    assert_eq!(
        HttpStatus::ServiceUnavailable.meaning(),
        "Undergoing maintenance"
    );
    assert_eq!(
        HttpStatus::ServiceUnavailable.meaning_ko(),
        "서비스 점검 중"
    );
    // Every status a Mobility error documents is in the table.
    for &code in MobilityError::CODES {
        let status = MobilityError::from_code(code).unwrap().status().unwrap();
        assert!(HttpStatus::from_u16(status).is_some(), "{code}: {status}");
    }
}
