//! Fidelity of the tables of two further Kakao pages in `tests/fixtures/kakao-docs/more/`:
//! Kakao Talk Certification ([`CertificationError`], both stored copies of its page) and the
//! route result codes of Kakao Mobility's directions reference ([`RouteError`]). Every row is
//! checked against the text of the copy it comes from; the retry and remedy rules of the
//! module docs are applied to the page's own text; the `mutated_*` tests prove that a changed
//! page line is reported, readably.

use kakao_errors::certification::CertificationError;
use kakao_errors::mobility::RouteError;
use kakao_errors::{KakaoError, Remedy};

use crate::report::{Report, assert_none, assert_reported, assert_reported_line};
use crate::source_text::{
    after, doc_lines_with, documented_remedies, first_paragraph, variant_doc,
};
use crate::stored_page::{LineJoin, RowEnd, copy_address, mutate, row_texts};

const CERTIFICATION: &str =
    include_str!("../../fixtures/kakao-docs/more/kakao-certification-troubleshooting.ko.txt");
const NAVI_REFERENCE: &str =
    include_str!("../../fixtures/kakao-docs/more/kakaomobility-navi-reference.en.txt");

const CERTIFICATION_SOURCE: &str = include_str!("../../../kakao-errors/src/certification/error.rs");
const CERTIFICATION_MODULE: &str = include_str!("../../../kakao-errors/src/certification/mod.rs");
const ROUTE_SOURCE: &str = include_str!("../../../kakao-errors/src/mobility/route.rs");
const MOBILITY_MODULE: &str = include_str!("../../../kakao-errors/src/mobility/mod.rs");

// ---------------------------------------------------------------------------------------------
// Reading a stored page
// ---------------------------------------------------------------------------------------------

/// A row of the Kakao Talk Certification table.
#[derive(Debug, Clone, PartialEq)]
struct CertRow {
    copy: usize,
    code: String,
    cause: String,
    /// After the description's first "해결 방법:".
    solution: Option<String>,
    status: Option<u16>,
    /// Not the row a cut copy stops in.
    whole: bool,
}

/// `E0001 |`, then the description cell (cause, "해결 방법:", solution), then `400 |`: a row
/// is whole once its three cells are closed. Its lines are kept as written: the cause runs into
/// "해결 방법:" with or without a space.
fn certification_rows(page: &str) -> Vec<CertRow> {
    let end = RowEnd::ClosedCells {
        cells: 3,
        join: LineJoin::AsWritten,
        next_row: starts_certification_row,
    };
    row_texts(page, starts_certification_row, &end)
        .into_iter()
        .map(|row| {
            let parts: Vec<&str> = row.text.split('|').map(str::trim).collect();
            let description = parts.get(1).copied().unwrap_or("");
            let (cause, solution) = match description.split_once("해결 방법:") {
                Some((cause, solution)) => (cause.trim_end(), Some(solution.trim().to_owned())),
                None => (description, None),
            };
            CertRow {
                copy: row.copy,
                code: parts[0].to_owned(),
                cause: cause.to_owned(),
                solution,
                status: parts.get(2).and_then(|s| s.parse().ok()),
                whole: row.text.matches('|').count() == 3,
            }
        })
        .collect()
}

/// `E0001 |`: the line a row of the Kakao Talk Certification table starts with.
fn starts_certification_row(line: &str) -> bool {
    line.len() == 7
        && line.starts_with('E')
        && line[1..5].bytes().all(|b| b.is_ascii_digit())
        && line.ends_with(" |")
}

/// The `result_code` table of the directions reference: `(code, text)`, between its title and
/// the next table's.
fn route_rows(page: &str) -> Vec<(i32, String)> {
    let section = page.split_once("\nresult_code\n").map_or("", |(_, s)| s);
    let section = section
        .split_once("\ntraffic_state")
        .map_or(section, |(s, _)| s);
    section
        .lines()
        .filter_map(|l| l.strip_prefix("| ")?.strip_suffix(" |"))
        .filter_map(|l| {
            let (code, text) = l.split_once(" | ")?;
            Some((code.parse().ok()?, text.to_owned()))
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The rules of the module docs, applied to the pages' text
// ---------------------------------------------------------------------------------------------

/// The retry rule: the solution is to send the same request again without changing anything.
fn says_retry(solution: &str) -> bool {
    solution.trim() == "재시도"
}

/// Kakao Talk Certification's remedy rule: the remedy and the number of the rule.
fn certification_rule(cause: &str, solution: Option<&str>) -> (Remedy<'static>, u8) {
    let text = format!("{cause} {}", solution.unwrap_or(""));
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    if solution.is_some_and(says_retry) {
        (Remedy::Retry { after: None }, 1)
    } else if has(&["점검"]) {
        (Remedy::RetryLater, 2)
    } else if has(&["권한"]) {
        (Remedy::FixAppSettings, 3)
    } else if has(&["새롭게 발급"]) {
        (Remedy::StartOver, 4)
    } else if has(&["상태 조회"]) {
        (Remedy::OutcomeUnknown, 5)
    } else if has(&["카카오계정", "사용자 정보", "사용자에게"]) {
        (Remedy::UserAction, 6)
    } else if has(&["파라미터", "헤더", "settle_id", "desc", "도메인"]) {
        (Remedy::FixRequest, 7)
    } else {
        (Remedy::Unknown, 0)
    }
}

/// Kakao Mobility's remedy rule for route result codes.
fn route_rule(text: &str) -> (Remedy<'static>, u8) {
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    if has(&["road event", "road blockage"]) {
        (Remedy::RetryLater, 1)
    } else if has(&["time limit"]) {
        (Remedy::OutcomeUnknown, 2)
    } else if has(&[
        "near the",
        "search area",
        "search radius",
        "Failed to select",
        "same location",
        "maximum number",
    ]) {
        (Remedy::FixRequest, 3)
    } else {
        (Remedy::Unknown, 4)
    }
}

// ---------------------------------------------------------------------------------------------
// Kakao Talk Certification
// ---------------------------------------------------------------------------------------------

/// Copy 1 is the current version; copy 2, an older one, only records the older wording.
const CERTIFICATION_PREFERENCE: [usize; 2] = [1, 2];

fn check_certification(page: &str) -> Vec<String> {
    let rows = certification_rows(page);
    let mut report = Report::against_page();
    let chosen = |code: &str| {
        CERTIFICATION_PREFERENCE.iter().find_map(|&copy| {
            rows.iter()
                .find(|r| r.copy == copy && r.whole && r.code == code)
        })
    };
    for row in rows.iter().filter(|r| r.whole) {
        if CertificationError::from_code_str(&row.code).is_none_or(|e| !e.is_documented()) {
            report.push(
                &format!("Kakao Talk Certification copy {} {}", row.copy, row.code),
                "missing from CertificationError",
            );
        }
    }
    for e in CertificationError::VARIANTS {
        let code = e.error_code().to_string();
        let place = format!("CertificationError {code}");
        let doc = variant_doc(CERTIFICATION_SOURCE, &format!("code = \"{code}\","), 0);
        report.crate_message(
            &place,
            "Korean only",
            &first_paragraph(&doc),
            e.message(),
            &[],
        );
        report.eq(&place, "solution (Korean only)", None, e.solution());
        let row = if let Some(row) = chosen(&code) {
            report.eq(&place, "known_from (a page row)", None, e.known_from());
            report.eq(&place, "status", row.status, e.status());
            report.text(
                &place,
                "message_ko",
                &row.cause,
                e.message_ko().unwrap_or(""),
            );
            report.optional_text(
                &place,
                "solution_ko",
                row.solution.as_deref(),
                e.solution_ko(),
            );
            row.clone()
        } else if let Some(row) = rows.iter().find(|r| !r.whole && r.code == code) {
            // The row a copy is cut in: its whole cause is the page's, the rest this crate's.
            let address = copy_address(page, row.copy).unwrap_or_default();
            report.known_from_has(
                &place,
                e.known_from(),
                &[address],
                &format!("must name {address:?}"),
            );
            report.eq(&place, "status (none is known)", None, e.status());
            report.text(
                &place,
                "message_ko",
                &row.cause,
                e.message_ko().unwrap_or(""),
            );
            let page_start = row.solution.as_deref().unwrap_or("");
            let table = e.solution_ko().unwrap_or("");
            if table == page_start || !table.starts_with(page_start) {
                report.push(
                    &place,
                    format!(
                        "solution_ko must go on from the page's words {page_start:?}: {table:?}"
                    ),
                );
            }
            CertRow {
                solution: e.solution_ko().map(str::to_owned),
                ..row.clone()
            }
        } else {
            report.push(&place, "on no page");
            continue;
        };
        report.eq(
            &place,
            "retry",
            row.solution.as_deref().is_some_and(says_retry),
            e.is_retryable(),
        );
        report.eq(
            &place,
            "remedy",
            certification_rule(&row.cause, row.solution.as_deref())
                .0
                .as_str(),
            e.remedy().as_str(),
        );
    }
    // Each copy's whole rows come in the table's order.
    let declared: Vec<String> = CertificationError::VARIANTS
        .iter()
        .map(|e| e.error_code().to_string())
        .collect();
    for copy in CERTIFICATION_PREFERENCE {
        let order: Vec<String> = rows
            .iter()
            .filter(|r| r.copy == copy && r.whole)
            .map(|r| r.code.clone())
            .collect();
        report.order(
            &format!("Kakao Talk Certification copy {copy}"),
            "CertificationError",
            &order,
            &declared,
        );
    }
    report.into_problems()
}

/// The rows that a copy other than the preferred one words otherwise than the table (exactly,
/// spaces included): `"<code>"`.
fn older_wording(page: &str) -> Vec<String> {
    certification_rows(page)
        .into_iter()
        .filter(|r| r.copy == 2 && r.whole)
        .filter(|r| {
            let e = CertificationError::from_code_str(&r.code).unwrap();
            e.message_ko() != Some(r.cause.as_str()) || e.solution_ko() != r.solution.as_deref()
        })
        .map(|r| r.code)
        .collect()
}

#[test]
fn certification_table_matches_the_page() {
    assert_none("CertificationError", &check_certification(CERTIFICATION));
}

#[test]
fn the_older_copy_differs_where_the_module_docs_say() {
    let differing = older_wording(CERTIFICATION);
    assert_eq!(differing, ["E1002", "E1005", "E1006", "E1007"]);
    // The module docs name each of them where they describe the older version.
    let paragraph = CERTIFICATION_MODULE
        .split_once("Two versions of the page are known")
        .and_then(|(_, rest)| rest.split_once("//!\n"))
        .map_or("", |(paragraph, _)| paragraph);
    for code in differing {
        assert!(paragraph.contains(&code), "{code} is not in {paragraph:?}");
    }
}

#[test]
fn certification_parse_sees_every_row() {
    let rows = certification_rows(CERTIFICATION);
    let count = |copy: usize, whole: bool| {
        rows.iter()
            .filter(|r| r.copy == copy && r.whole == whole)
            .count()
    };
    // Copy 1: 12 rows and E2005 (cut); copy 2: 9 rows and E2002 (cut).
    assert_eq!((count(1, true), count(1, false)), (12, 1));
    assert_eq!((count(2, true), count(2, false)), (9, 1));
    let e2005 = rows.iter().find(|r| r.code == "E2005").unwrap();
    assert_eq!(
        (
            e2005.cause.as_str(),
            e2005.solution.as_deref(),
            e2005.status
        ),
        (
            "카카오계정의 상태가 휴면, 제재, 탈퇴, 보호 상태인 경우",
            Some("사용자의 카카오계정이 카카오톡 인증 서비스를 이용할 수 없는 상태임을 안"),
            None
        )
    );
    // "...경우해결 방법:": the cause and the solution run together.
    let e1005 = rows
        .iter()
        .find(|r| r.copy == 1 && r.code == "E1005")
        .unwrap();
    assert_eq!(e1005.cause, "settle_id 파라미터가 없거나 잘못된 경우");
    assert_eq!(e1005.status, Some(400));
}

#[test]
fn mutated_certification_rows_are_reported() {
    let page = mutate(
        CERTIFICATION,
        "서버 점검 중인 경우 해결 방법: 기능 제공 일시 중단 또는 사용자 안내 처리 |\n503 |",
        "서버 점검 중인 경우 해결 방법: 재시도 |\n500 |",
    );
    let problems = check_certification(&page);
    assert_eq!(problems.len(), 4, "{problems:#?}");
    assert_reported_line(
        &problems,
        "CertificationError E0002: status: page Some(500), table Some(503)",
    );
    assert!(
        problems[1].starts_with("CertificationError E0002: solution_ko differs at character 0")
    );
    assert_reported_line(
        &problems,
        "CertificationError E0002: retry: page true, table false",
    );
    assert_reported_line(
        &problems,
        "CertificationError E0002: remedy: page \"retry\", table \"retry_later\"",
    );

    // E2003's solution no longer starts over: it asks for the state to be looked up.
    let page = mutate(
        CERTIFICATION,
        "전자서명 준비 API를 재호출해 tx_id를 새롭게 발급받아 올바른 tx_id로 재요청",
        "전자서명 상태 조회 API로 확인",
    );
    let problems = check_certification(&page);
    assert_reported_line(
        &problems,
        "CertificationError E2003: remedy: page \"outcome_unknown\", table \"start_over\"",
    );

    // The cut row made whole: it is no longer this crate's wording.
    let page = mutate(
        CERTIFICATION,
        "이용할 수 없는 상태임을 안\n",
        "이용할 수 없는 상태임을 안내 |\n400 |\n",
    );
    let problems = check_certification(&page);
    assert_reported(
        &problems,
        "CertificationError E2005: known_from (a page row): page None",
    );
    assert_reported_line(
        &problems,
        "CertificationError E2005: status: page Some(400), table None",
    );
}

// ---------------------------------------------------------------------------------------------
// Kakao Mobility route result codes
// ---------------------------------------------------------------------------------------------

fn check_routes(page: &str) -> Vec<String> {
    let rows = route_rows(page);
    let mut report = Report::against_page();
    for (code, text) in &rows {
        let place = format!("RouteError {code}");
        let Some(e) = RouteError::from_code(*code).filter(KakaoError::is_documented) else {
            // 0 is a route found: not an error, and not a row.
            if *code != 0 {
                report.push(&place, "missing from RouteError");
            }
            continue;
        };
        report.text(&place, "message", text, e.message());
        report.eq(
            &place,
            "status (none: the answer is HTTP 200)",
            None,
            e.status(),
        );
        report.eq(&place, "message_ko", None, e.message_ko());
        report.eq(&place, "solution", None, e.solution());
        report.eq(&place, "solution_ko", None, e.solution_ko());
        report.eq(&place, "known_from", None, e.known_from());
        report.eq(&place, "retry (no solution)", false, e.is_retryable());
        report.eq(
            &place,
            "remedy",
            route_rule(text).0.as_str(),
            e.remedy().as_str(),
        );
    }
    for e in RouteError::VARIANTS {
        if !rows.iter().any(|(code, _)| *code == e.code()) {
            report.push(&format!("RouteError {}", e.code()), "on no page");
        }
    }
    let order: Vec<i32> = rows.iter().map(|(c, _)| *c).filter(|c| *c != 0).collect();
    let declared: Vec<i32> = RouteError::VARIANTS.iter().map(KakaoError::code).collect();
    report.eq("RouteError", "order", order, declared);
    report.into_problems()
}

#[test]
fn route_error_matches_the_reference_page() {
    assert_none("RouteError", &check_routes(NAVI_REFERENCE));
}

#[test]
fn route_parse_sees_every_row() {
    let rows = route_rows(NAVI_REFERENCE);
    assert_eq!(rows.len(), 20);
    assert_eq!(rows[0], (0, "Successfully retrieved directions".to_owned()));
    assert!(
        rows[8]
            .1
            .starts_with("Traffic road event occurs near a waypoint.")
    );
    // 0 is success: not a row.
    assert_eq!(RouteError::from_code(0), Some(RouteError::Unknown(0)));
    assert_eq!(RouteError::VARIANTS.len(), 19);
}

#[test]
fn mutated_route_rows_are_reported() {
    let page = mutate(
        NAVI_REFERENCE,
        "| 104 | The origin and destination are set to the same location. |",
        "| 104 | Traffic road event occurs between the origin and destination. |",
    );
    let page = mutate(&page, "| 304 |", "| 305 |");
    let problems = check_routes(&page);
    assert!(
        problems[0].starts_with("RouteError 104: message differs at character 1"),
        "{problems:#?}"
    );
    assert_reported_line(
        &problems,
        "RouteError 104: remedy: page \"retry_later\", table \"fix_request\"",
    );
    assert_reported_line(&problems, "RouteError 305: missing from RouteError");
    assert_reported_line(&problems, "RouteError 304: on no page");
}

// ---------------------------------------------------------------------------------------------
// The module docs
// ---------------------------------------------------------------------------------------------

#[test]
fn module_docs_remedy_tables_match_the_tables_and_the_rules() {
    let documented = documented_remedies(CERTIFICATION_MODULE);
    assert_eq!(documented.len(), CertificationError::VARIANTS.len());
    for row in documented {
        let e = CertificationError::from_code_str(row.code).unwrap();
        assert_eq!(e.remedy().as_str(), row.remedy, "{}", row.code);
        let (cause, solution) = (e.message_ko().unwrap(), e.solution_ko());
        assert_eq!(
            certification_rule(cause, solution).1,
            row.rule,
            "{}",
            row.code
        );
    }
    let documented = documented_remedies(after(MOBILITY_MODULE, "# Route result codes"));
    assert_eq!(documented.len(), RouteError::VARIANTS.len());
    for row in documented {
        let e = RouteError::from_code(row.code.parse().unwrap()).unwrap();
        assert_eq!(e.remedy().as_str(), row.remedy, "{}", row.code);
        assert_eq!(route_rule(e.message()).1, row.rule, "{}", row.code);
    }
}

#[test]
fn public_docs_do_not_speak_of_stored_copies() {
    let sources = [
        ("certification/mod.rs", CERTIFICATION_MODULE),
        ("certification/error.rs", CERTIFICATION_SOURCE),
        ("mobility/route.rs", ROUTE_SOURCE),
        ("mobility/mod.rs", MOBILITY_MODULE),
    ];
    let found = doc_lines_with(&sources, "stored");
    assert!(found.is_empty(), "{found:#?}");
}
