//! The catalog lists every table once, and answers for each what the table itself answers.

use std::collections::HashSet;

use kakao_errors::catalog::{self, Family};
use kakao_errors::moment::MomentError;
use kakao_errors::rest::ApiError;
use kakao_errors::share::TalkShareError;
use kakao_errors::{ErrorCode, KakaoError};

#[test]
fn every_table_once_with_a_page() {
    let mut titles = HashSet::new();
    let mut paths = HashSet::new();
    for table in catalog::TABLES {
        assert!(titles.insert(table.title()), "{} twice", table.title());
        assert!(paths.insert(table.path()), "{} twice", table.path());
        assert!(table.url().starts_with("https://"), "{}", table.title());
        assert!(
            table.path().starts_with("kakao_errors::"),
            "{}",
            table.path()
        );
        assert!(!table.codes().is_empty(), "{}", table.title());
    }
}

#[test]
fn every_code_of_every_table_has_its_entries() {
    for table in catalog::TABLES {
        let entries: Vec<_> = table.entries().collect();
        // Each code once, in order; a code documented once per status has one entry each.
        let mut numbers: Vec<i32> = entries.iter().map(|e| e.code().number()).collect();
        numbers.dedup();
        assert_eq!(numbers, table.codes(), "{}", table.title());
        for entry in &entries {
            assert!(std::ptr::eq(entry.table(), table));
            assert_eq!(entry.doc_url(), table.url());
            assert!(!entry.message().is_empty());
            let rows: Vec<_> = table.rows(entry.code()).map(|e| e.name()).collect();
            assert!(rows.contains(&entry.name()), "{}", entry.name());
        }
    }
}

#[test]
fn a_code_documented_once_per_status_has_a_row_per_status() {
    let table = catalog::table::<MomentError>().unwrap();
    let rows: Vec<_> = table
        .rows(ErrorCode::new(-813))
        .map(|e| (e.name(), e.status()))
        .collect();
    assert_eq!(
        rows,
        [
            ("MomentInternalError", Some(400)),
            ("MomentPermissionDenied", Some(403)),
            ("MomentQuotaExceeded", Some(429))
        ]
    );
    assert_eq!(table.entries().count(), MomentError::CODES.len() + 2);
    let quota = table.get_with_status(ErrorCode::new(-813), 429).unwrap();
    assert_eq!(quota.remedy(), kakao_errors::Remedy::RetryLater);
    // A status no row has: the first row.
    let other = table.get_with_status(ErrorCode::new(-813), 500).unwrap();
    assert_eq!(other.name(), "MomentInternalError");
    let found: Vec<_> = catalog::find_with_status(ErrorCode::new(-813), 429)
        .map(|e| (e.table().title(), e.name()))
        .collect();
    assert_eq!(
        found,
        [
            ("REST API > Kakao Moment", "MomentInternalError"),
            ("Kakao Moment", "MomentQuotaExceeded"),
            ("Kakao Keyword Ad", "QuotaExceeded")
        ]
    );
    assert_eq!(table.rows(ErrorCode::new(-7)).count(), 0);
}

#[test]
fn entries_serialize_with_their_table() {
    let entry = catalog::find_text("KOE320").next().unwrap();
    let json = serde_json::to_value(&entry).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "table": "Kakao Login > Authorization code",
            "path": "kakao_errors::oauth::KoeError",
            "url": entry.doc_url(),
            "family": "login",
            "code": "KOE320",
            "name": entry.name(),
            "status": null,
            "retry": false,
            "remedy": "relogin",
            "message": entry.message(),
            "message_ko": entry.message_ko(),
            "solution": entry.solution(),
            "solution_ko": entry.solution_ko(),
            "known_from": entry.known_from(),
        })
    );
    // KOE320 is not on the Kakao Login page: the entry says where it is known from.
    assert!(
        entry
            .known_from()
            .is_some_and(|from| from.contains("https://dev-silog.vercel.app/")),
        "{:?}",
        entry.known_from()
    );
    let text = serde_json::to_string(&entry).unwrap();
    assert!(
        text.starts_with(r#"{"table":"Kakao Login > Authorization code","path":"#),
        "{text}"
    );
    let families: Vec<&str> = catalog::TABLES
        .iter()
        .map(|t| t.family().as_str())
        .collect();
    assert_eq!(families.first(), Some(&"rest"));
    assert_eq!(
        serde_json::to_value(Family::Mobility).unwrap(),
        serde_json::json!("mobility")
    );
    // Every family reads back from its name; anything else is an error that lists the names.
    for table in catalog::TABLES {
        let json = serde_json::to_string(&table.family()).unwrap();
        assert_eq!(
            serde_json::from_str::<Family>(&json).unwrap(),
            table.family()
        );
    }
    let error = serde_json::from_str::<Family>(r#""Login""#).unwrap_err();
    assert!(
        error.to_string().contains("expected one of `rest`"),
        "{error}"
    );
    // An entry is a plain value: it clones.
    let entry = catalog::find_text("-402").next().unwrap();
    assert_eq!(entry.clone().name(), entry.name());
}

#[test]
fn the_rest_tables_are_exactly_the_rest_union() {
    let mut rest: Vec<i32> = catalog::TABLES
        .iter()
        .filter(|table| table.family() == Family::Rest)
        .flat_map(|table| table.codes().iter().copied())
        .collect();
    rest.sort_unstable();
    let mut union = ApiError::CODES.to_vec();
    union.sort_unstable();
    assert_eq!(rest, union);
}

#[test]
fn an_entry_says_what_the_table_says() {
    let table = catalog::table::<TalkShareError>().unwrap();
    assert_eq!(table.path(), "kakao_errors::share::TalkShareError");
    for &code in TalkShareError::CODES {
        let value = TalkShareError::from_code(code).unwrap();
        let entry = table.get(ErrorCode::new(code)).unwrap();
        assert_eq!(entry.name(), value.name());
        assert_eq!(entry.status(), value.status());
        assert_eq!(entry.is_retryable(), value.is_retryable());
        assert_eq!(entry.remedy(), value.remedy());
        assert_eq!(entry.message(), value.message());
        assert_eq!(entry.solution(), value.solution());
    }
    // A catch-all value is not an entry.
    assert!(table.get(ErrorCode::new(4999)).is_none());
}

#[test]
fn find_lists_every_table_that_documents_a_code() {
    let tables: Vec<_> = catalog::find(ErrorCode::new(-7))
        .map(|entry| entry.table().title())
        .collect();
    assert_eq!(tables, ["REST API > Common", "Kakao Mobility"]);
    assert_eq!(catalog::find(ErrorCode::new(-123_456)).count(), 0);
    assert_eq!(catalog::find_text(" 4019 ").count(), 1);
    assert_eq!(catalog::find_text("not a code").count(), 0);
}

#[test]
fn prefixed_codes_are_found_as_people_write_them() {
    let koe: Vec<_> = catalog::find_text("KOE320").collect();
    assert_eq!(koe.len(), 1);
    assert_eq!(koe[0].code().to_string(), "KOE320");
    assert_eq!(koe[0].table().family(), Family::Login);
    // KOE003 is on both Kakao Login's page and Business Authentication's.
    assert_eq!(catalog::find_text("koe003").count(), 2);
    let kae = catalog::find_text("KAE004").next().unwrap();
    assert_eq!(kae.table().path(), "kakao_errors::channel::KaeError");
    // 320 alone is no KOE code: prefixed tables need their prefix.
    assert!(catalog::find_text("320").all(|entry| entry.table().family() != Family::Login));
}

#[test]
fn a_code_documented_twice_by_status_is_one_entry_per_table() {
    let tables: Vec<_> = catalog::find(ErrorCode::new(-813))
        .map(|entry| entry.table().title())
        .collect();
    assert_eq!(
        tables,
        [
            "REST API > Kakao Moment",
            "Kakao Moment",
            "Kakao Keyword Ad"
        ]
    );
}
