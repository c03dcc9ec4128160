//! The catalog lists every table once, and answers for each what the table itself answers.

use std::collections::HashSet;

use kakao_errors::catalog::{self, Family};
use kakao_errors::rest::ApiError;
use kakao_errors::share::TalkShareError;
use kakao_errors::{ErrorCode, KakaoError};

#[test]
fn every_table_once_with_a_page() {
    let mut titles = HashSet::new();
    let mut paths = HashSet::new();
    for table in catalog::tables() {
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
fn every_code_of_every_table_has_its_entry() {
    for table in catalog::tables() {
        let entries: Vec<_> = table.entries().collect();
        assert_eq!(entries.len(), table.codes().len(), "{}", table.title());
        for (entry, &number) in entries.iter().zip(table.codes()) {
            assert_eq!(entry.code().number(), number);
            assert!(std::ptr::eq(entry.table(), table));
            assert_eq!(entry.doc_url(), table.url());
            assert!(!entry.message().is_empty());
        }
    }
}

#[test]
fn the_rest_tables_are_exactly_the_rest_union() {
    let mut rest: Vec<i32> = catalog::tables()
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
    assert_eq!(tables, ["REST API > Kakao Moment", "Kakao Moment"]);
}
