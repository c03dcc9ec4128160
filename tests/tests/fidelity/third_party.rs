//! Fidelity of the tables known only from third-party sources, in
//! `tests/fixtures/kakao-docs/third-party/`: Kakao Pay ([`PayError`]), the `errorType` values and
//! message phrases of `dapi.kakao.com` ([`ErrorType`] and the case rows under it) and Kakao's bizmessage
//! result codes ([`BizMessageError`], [`ResultCode`]).
//!
//! The fact files are read as their README describes them: `# ` header lines (the sources,
//! their trust, the disagreements), a blank line, then one row per line with fields apart by
//! ` | `, the last one the sources that give exactly that row. Every code of every file is
//! checked: the wording and status the module docs say are chosen, a `known_from` that names
//! every source with its trust, the docs quoting the wordings not chosen, and the remedy rule
//! applied to the text. The `mutated_*` tests prove a changed line is reported, readably.

use std::collections::BTreeMap;

use kakao_errors::bizmessage::{BizMessageError, ResultCode};
use kakao_errors::case::{CaseRow, PAGES, Parent, When};
use kakao_errors::local::ErrorType;
use kakao_errors::pay::PayError;
use kakao_errors::{KakaoError, Remedy};

use crate::fact_file::{DapiBody, Facts, dapi_bodies, facts, sources};
use crate::report::{
    Report, assert_none, assert_only_reported, assert_reported, assert_reported_line,
};
use crate::source_text::{doc_lines_with, documented_remedies, first_paragraph, variant_doc};
use crate::stored_page::{has_hangul, mutate, squeeze};

const PAY_CODES: &str =
    include_str!("../../fixtures/kakao-docs/third-party/kakaopay-error-codes.txt");
const PAY_BODIES: &str =
    include_str!("../../fixtures/kakao-docs/third-party/kakaopay-error-bodies.txt");
const DAPI_BODIES: &str =
    include_str!("../../fixtures/kakao-docs/third-party/dapi-error-bodies.txt");
const BIZMESSAGE: &str =
    include_str!("../../fixtures/kakao-docs/third-party/bizmessage-result-codes.txt");
const RESELLER_MTS: &str =
    include_str!("../../fixtures/kakao-docs/third-party/bizmessage-reseller-mts-codes.txt");
const RESELLER_OTHER: &str =
    include_str!("../../fixtures/kakao-docs/third-party/bizmessage-reseller-other-codes.txt");
const RESELLER_NHN: &str =
    include_str!("../../fixtures/kakao-docs/third-party/bizmessage-reseller-nhncloud-codes.txt");

const PAY_SOURCE: &str = include_str!("../../../kakao-errors/src/pay/error.rs");
const PAY_MODULE: &str = include_str!("../../../kakao-errors/src/pay/mod.rs");
const LOCAL_MODULE: &str = include_str!("../../../kakao-errors/src/local/mod.rs");
const LOCAL_ERROR_TYPE: &str = include_str!("../../../kakao-errors/src/local/error_type.rs");
const LOCAL_CASES: &str = include_str!("../../../kakao-errors/src/case/local.rs");
const BIZMESSAGE_SOURCE: &str = include_str!("../../../kakao-errors/src/bizmessage/error.rs");
const BIZMESSAGE_MODULE: &str = include_str!("../../../kakao-errors/src/bizmessage/mod.rs");
const BIZMESSAGE_READER: &str = include_str!("../../../kakao-errors/src/bizmessage/result_code.rs");

// ---------------------------------------------------------------------------------------------
// Reading a fact file
// ---------------------------------------------------------------------------------------------

/// The public code ids and issue threads a header line names, in order.
fn named_ids(line: &str) -> Vec<String> {
    line.split(|c: char| c.is_whitespace() || ",;()".contains(c))
        .filter(|w| {
            (w.starts_with("id") && w.len() > 2 && w[2..].bytes().all(|b| b.is_ascii_digit()))
                || (w.contains('/') && w.contains('#') && !w.starts_with("http"))
        })
        .map(str::to_owned)
        .collect()
}

/// A source as a `known_from` names it: an id as it is, an issue thread by its address.
fn as_named(source: &str) -> String {
    match source.split_once('#') {
        Some((repo, number)) => format!("https://github.com/{repo}/issues/{number}"),
        None => source.to_owned(),
    }
}

/// The doc comment of the variant with `code = <code>,`, its lines joined with spaces, and
/// its first paragraph (the message the derive makes of it).
fn doc_and_message(source: &str, code: i32) -> (String, String) {
    let doc = variant_doc(source, &format!("code = {code},"), 0);
    (doc.join(" "), first_paragraph(&doc))
}

/// The checks every row of a third-party table shares: no status where none is known, not
/// retryable (no source says to send a request again), this crate's English message in the
/// docs, no English solution, and a `known_from` that says it is third-party.
fn check_common<E: KakaoError>(report: &mut Report, place: &str, e: &E, doc_message: &str) {
    report.eq(
        place,
        "retry (no source says to send it again)",
        false,
        e.is_retryable(),
    );
    report.crate_message(place, "no English source", doc_message, e.message(), &[]);
    report.eq(place, "solution (no English source)", None, e.solution());
    report.known_from_has(
        place,
        e.known_from(),
        &["third-party"],
        "must say it is third-party",
    );
}

// ---------------------------------------------------------------------------------------------
// Kakao Pay
// ---------------------------------------------------------------------------------------------

/// The Kakao Pay sources, in the header's order: the order in which the module docs choose a
/// wording and a status.
fn pay_sources(facts: &Facts<'_>) -> Vec<String> {
    facts
        .header
        .iter()
        .filter(|l| l.starts_with("  id") && l.contains(" = public code file id"))
        .map(|l| l.trim().split(' ').next().unwrap_or("").to_owned())
        .collect()
}

/// The trust the header gives the sources ("Trust: medium-low.").
fn header_trust(facts: &Facts<'_>) -> String {
    facts
        .header
        .iter()
        .find_map(|l| l.split_once("Trust: "))
        .map(|(_, t)| t.trim_end_matches('.').to_owned())
        .unwrap_or_default()
}

/// Kakao Pay's remedy rule (`pay`, "The remedy rule"): the remedy and the rule's number.
fn pay_rule(meaning: &str) -> (Remedy<'static>, u8) {
    let text = meaning.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    if has(&["이미 결제 완료", "중복", "할 수 없는 상태"]) {
        (Remedy::OutcomeUnknown, 1)
    } else if has(&["호출이 실패"]) {
        (Remedy::OutcomeUnknown, 2)
    } else if has(&["만료", "비활성화된"]) {
        (Remedy::StartOver, 3)
    } else if has(&["가맹점 앱 정보", "cid", "gid", "허용되지 않는 ip", "도메인"]) {
        (Remedy::FixAppSettings, 4)
    } else if has(&["월 최대 사용"]) {
        (Remedy::RetryLater, 5)
    } else if has(&["인증이 완료되지 않", "카카오톡에 가입하지 않은"]) {
        (Remedy::UserAction, 6)
    } else {
        (Remedy::FixRequest, 7)
    }
}

/// `(code, status or None, meaning, sources)` of every row.
type PayRow<'a> = (i32, Option<u16>, &'a str, Vec<&'a str>);

fn pay_rows<'a>(facts: &Facts<'a>) -> Vec<PayRow<'a>> {
    facts
        .rows
        .iter()
        .map(|r| {
            (
                r[0].parse().unwrap_or(0),
                r[1].parse().ok(),
                r[2],
                sources(r),
            )
        })
        .collect()
}

fn check_pay(codes_file: &str, bodies_file: &str) -> Vec<String> {
    let facts = facts(codes_file);
    let order = pay_sources(&facts);
    let trust = header_trust(&facts);
    let rows = pay_rows(&facts);
    let mut report = Report::against_source();
    let mut codes: Vec<i32> = rows.iter().map(|r| r.0).collect();
    codes.dedup();
    for &code in &codes {
        let place = format!("PayError {code}");
        let Some(e) = PayError::from_code(code).filter(KakaoError::is_documented) else {
            report.push(&place, "missing from PayError");
            continue;
        };
        // Each source's status and meaning for the code, in the header's order.
        let given: Vec<(&str, Option<u16>, &str)> = order
            .iter()
            .filter_map(|source| {
                rows.iter()
                    .find(|r| r.0 == code && r.3.contains(&source.as_str()))
                    .map(|r| (source.as_str(), r.1, r.2))
            })
            .collect();
        let (chosen, _, meaning) = given[0];
        let cause = meaning.split(" 해결 방법: ").next().unwrap_or(meaning);
        report.text(&place, "message_ko", cause, e.message_ko().unwrap_or(""));
        let solution = given
            .iter()
            .find_map(|(_, _, m)| m.split_once(" 해결 방법: ").map(|(_, s)| s));
        report.eq(&place, "solution_ko", solution, e.solution_ko());
        let status = given.iter().find_map(|(_, s, _)| *s);
        report.eq(&place, "status", status, e.status());
        let (doc, first) = doc_and_message(PAY_SOURCE, code);
        check_common(&mut report, &place, &e, &first);
        report.eq(
            &place,
            "remedy",
            pay_rule(cause).0.as_str(),
            e.remedy().as_str(),
        );
        let from = e.known_from().unwrap_or("");
        if !from.contains(&trust) {
            report.push(
                &place,
                format!("known_from must give the trust {trust:?}: {from:?}"),
            );
        }
        for (source, status, other) in &given {
            let shown = status.map_or("no status".to_owned(), |s| format!("HTTP {s}"));
            if !from.contains(&format!("{source} ({shown})")) {
                report.push(
                    &place,
                    format!("known_from must name {source} ({shown}): {from:?}"),
                );
            }
            // A status another source gives: the docs say so.
            if status.is_some_and(|s| Some(s) != e.status())
                && !(doc.contains(source) && doc.contains(&status.unwrap_or(0).to_string()))
            {
                report.push(
                    &place,
                    format!("the docs do not say that {source} gives HTTP {status:?}"),
                );
            }
            // A wording not chosen, beyond spacing: the docs quote it.
            let other = other.split(" 해결 방법: ").next().unwrap_or(other);
            if squeeze(other) != squeeze(cause) && !doc.contains(&format!("\"{other}\"")) {
                report.push(
                    &place,
                    format!(
                        "the docs do not quote {source}'s wording {other:?} ({chosen}'s is kept)"
                    ),
                );
            }
        }
    }
    let declared: Vec<i32> = PayError::VARIANTS.iter().map(KakaoError::code).collect();
    report.eq("PayError", "codes, in the file's order", codes, declared);
    // The bodies seen come with the table's status.
    for row in facts_rows(bodies_file) {
        let body: serde_json::Value = serde_json::from_str(row[1]).expect("a JSON body");
        let code = body
            .get("error_code")
            .or_else(|| body.get("code"))
            .and_then(serde_json::Value::as_i64)
            .and_then(|c| i32::try_from(c).ok())
            .unwrap_or(0);
        let place = format!("Kakao Pay body of {}", row[2]);
        match PayError::from_code(code).filter(KakaoError::is_documented) {
            Some(e) => report.eq(&place, "status", row[0].parse().ok(), e.status()),
            None => report.push(&place, format!("code {code} missing from PayError")),
        }
    }
    report.into_problems()
}

fn facts_rows(file: &str) -> Vec<Vec<&str>> {
    facts(file).rows
}

#[test]
fn pay_table_matches_its_sources() {
    assert_none("PayError", &check_pay(PAY_CODES, PAY_BODIES));
}

#[test]
fn pay_parse_sees_every_row() {
    let facts = facts(PAY_CODES);
    assert_eq!(facts.rows.len(), 72);
    let mut codes: Vec<&str> = facts.rows.iter().map(|r| r[0]).collect();
    codes.dedup();
    assert_eq!(codes.len(), 34);
    assert_eq!(PayError::VARIANTS.len(), 34);
    assert_eq!(
        pay_sources(&facts),
        ["id2567755526", "id33312208362", "id37110107160"]
    );
    assert_eq!(header_trust(&facts), "medium-low");
    assert_eq!(facts_rows(PAY_BODIES).len(), 3);
}

#[test]
fn pay_bodies_read_as_the_table() {
    use kakao_errors::response::parse_as;

    for row in facts_rows(PAY_BODIES) {
        let e = parse_as::<PayError>(row[0].parse().unwrap(), row[1].as_bytes());
        assert_eq!(e.cause(), Some(&PayError::ApprovalFailed), "{}", row[1]);
        assert_eq!(e.cause().unwrap().remedy(), Remedy::OutcomeUnknown);
    }
}

#[test]
fn mutated_pay_rows_are_reported() {
    // id2567755526 now gives -780 with 500: the status follows it, the docs still say 400.
    let file = mutate(
        PAY_CODES,
        "-780 | 400 | 결제승인 API 호출이 실패한 경우 | id2567755526",
        "-780 | 500 | 결제승인 API 호출이 실패한 경우 | id2567755526",
    );
    let problems = check_pay(&file, PAY_BODIES);
    assert_reported_line(
        &problems,
        "PayError -780: status: source Some(500), table Some(400)",
    );
    assert_reported(
        &problems,
        "PayError -780: known_from must name id2567755526 (HTTP 500)",
    );
    // A new wording in id37110107160 that the docs do not quote; a meaning that changes the
    // remedy; a body with another status.
    let file = mutate(
        PAY_CODES,
        "-721 | - | TID가 존재하지 않는 경우 | id37110107160",
        "-721 | - | 존재하지 않는 TID로 요청한 경우 | id37110107160",
    );
    let file = mutate(
        &file,
        "-750 | 400 | SID가 존재하지 않는 경우 | id2567755526, id33312208362",
        "-750 | 400 | SID가 만료된 경우 | id2567755526, id33312208362",
    );
    let bodies = mutate(PAY_BODIES, "400 | {\"error_code\"", "401 | {\"error_code\"");
    let problems = check_pay(&file, &bodies);
    assert_eq!(problems.len(), 5, "{problems:#?}");
    assert_reported(
        &problems,
        "PayError -721: the docs do not quote id37110107160's wording \"존재하지 않는 TID로 요청한 경우\"",
    );
    assert_reported(
        &problems,
        "PayError -750: message_ko differs at character 5",
    );
    assert_reported_line(
        &problems,
        "PayError -750: remedy: source \"start_over\", table \"fix_request\"",
    );
    // id37110107160's wording, the same as the old one, is now a wording not chosen.
    assert_reported(
        &problems,
        "PayError -750: the docs do not quote id37110107160's wording \"SID가 존재하지 않는 경우\"",
    );
    assert_reported_line(
        &problems,
        "Kakao Pay body of id7503996240: status: source Some(401), table Some(400)",
    );
}

// ---------------------------------------------------------------------------------------------
// dapi.kakao.com
// ---------------------------------------------------------------------------------------------

/// Each source's kind and trust, from the header: `(kind, trust)`.
fn dapi_trust(file: &str) -> BTreeMap<String, (String, String)> {
    let mut trust = BTreeMap::new();
    for line in facts(file).header {
        let kind = [
            ("  reported as observed", "reported responses"),
            ("  notes and code comments", "notes and code comments"),
            ("  test fixtures", "test fixtures"),
        ]
        .into_iter()
        .find(|(start, _)| line.starts_with(start))
        .map(|(_, kind)| kind);
        let Some(kind) = kind else { continue };
        let level = line
            .split_once("(trust ")
            .map(|(_, t)| t.split([')', ':']).next().unwrap_or(""))
            .unwrap_or("");
        for id in named_ids(line) {
            trust
                .entry(id)
                .or_insert_with(|| (kind.to_owned(), level.to_owned()));
        }
    }
    trust
}

/// The dapi remedy rule (`local`, "The remedy rule"): the remedy and the rule's number.
fn dapi_rule(error_type: &str, words: &str) -> (Remedy<'static>, u8) {
    let has = |list: &[&str]| list.iter().any(|w| words.contains(w));
    if error_type == "InvalidArgument" || has(&["Header is required"]) {
        (Remedy::FixRequest, 1)
    } else if has(&[
        "disabled",
        "domain mismatched",
        "appKey",
        "does not exist",
        "ip mismatched",
    ]) {
        (Remedy::FixAppSettings, 2)
    } else {
        (Remedy::Unknown, 3)
    }
}

/// A `known_from` names each source with its kind and trust: "<kind> (trust <level>): ... id".
/// The case rows of the search and Local APIs: those under an `errorType`, each with its
/// error type's name and its phrase.
fn phrases() -> Vec<(&'static CaseRow, &'static str, &'static str)> {
    PAGES
        .iter()
        .flat_map(|rows| rows.iter())
        .filter_map(|row| match (row.under(), row.when()) {
            ([Parent::ErrorType(error_type)], When::Phrase([phrase])) => {
                Some((row, *error_type, *phrase))
            }
            _ => None,
        })
        .collect()
}

/// Whether `message` has `phrase`, as a case matches it (ignoring ASCII case).
fn has_phrase(message: &str, phrase: &str) -> bool {
    message
        .to_ascii_lowercase()
        .contains(&phrase.to_ascii_lowercase())
}

/// The name of the remedy a parsed body of `error_type` and `message` gets.
fn parsed_remedy(error_type: &str, message: &str) -> &'static str {
    let body = serde_json::json!({"errorType": error_type, "message": message}).to_string();
    kakao_errors::response::parse(400, body.as_bytes())
        .remedy()
        .as_str()
}

fn check_names_sources(
    report: &mut Report,
    place: &str,
    from: &str,
    sources: &[String],
    trust: &BTreeMap<String, (String, String)>,
) {
    if !from.contains("third-party") {
        report.push(
            place,
            format!("known_from must say it is third-party: {from:?}"),
        );
    }
    for source in sources {
        let Some((kind, level)) = trust.get(source) else {
            report.push(place, format!("{source} has no trust in the header"));
            continue;
        };
        let group = from
            .split("; ")
            .find(|g| g.contains(&format!("{kind} (trust {level}):")));
        if !group.is_some_and(|g| g.contains(&as_named(source))) {
            report.push(
                place,
                format!("known_from must name {source} among {kind} (trust {level}): {from:?}"),
            );
        }
    }
}

fn check_dapi(file: &str) -> Vec<String> {
    let bodies = dapi_bodies(file);
    let trust = dapi_trust(file);
    let mut report = Report::against_source();
    // The error types: the ones seen, with the status most bodies give.
    let mut seen: Vec<&str> = bodies.iter().map(|b| b.1.as_str()).collect();
    seen.dedup();
    let known: Vec<&str> = ErrorType::VARIANTS.iter().map(|e| e.name()).collect();
    report.eq(
        "ErrorType",
        "values, in the file's order",
        seen.clone(),
        known,
    );
    for name in seen {
        let place = format!("ErrorType {name}");
        let Some(e) = ErrorType::from_name(name) else {
            continue;
        };
        let of_type: Vec<&DapiBody> = bodies.iter().filter(|b| b.1 == name).collect();
        let mut statuses: BTreeMap<u16, usize> = BTreeMap::new();
        for status in of_type.iter().filter_map(|b| b.0) {
            *statuses.entry(status).or_default() += 1;
        }
        let most = statuses.iter().max_by_key(|(_, n)| **n).map(|(s, _)| *s);
        report.eq(
            &place,
            "status (the one most bodies give)",
            most,
            e.status(),
        );
        let sources: Vec<String> = of_type.iter().flat_map(|b| b.3.clone()).collect();
        check_names_sources(&mut report, &place, e.known_from(), &sources, &trust);
        // A status another source gives: the docs say so.
        for body in of_type
            .iter()
            .filter(|b| b.0.is_some() && b.0 != e.status())
        {
            let status = body.0.unwrap_or(0).to_string();
            if !(LOCAL_ERROR_TYPE.contains(&body.3[0]) && LOCAL_ERROR_TYPE.contains(&status)) {
                report.push(
                    &place,
                    format!("the docs do not say that {} gives HTTP {status}", body.3[0]),
                );
            }
        }
        // The remedy most of its bodies' phrases get by the rule.
        let mut remedies: BTreeMap<&str, usize> = BTreeMap::new();
        for body in &of_type {
            *remedies
                .entry(dapi_rule(name, &body.2).0.as_str())
                .or_default() += 1;
        }
        let most = remedies.iter().max_by_key(|(_, n)| **n).map(|(r, _)| *r);
        report.eq(
            &place,
            "remedy (most of its bodies')",
            most,
            Some(e.remedy().as_str()),
        );
    }
    // Every body has exactly one phrase of its type, which names its sources.
    for body in &bodies {
        let place = format!("{} body of {}", body.1, body.3[0]);
        let Some(error_type) = ErrorType::from_name(&body.1) else {
            continue;
        };
        let matching: Vec<&str> = phrases()
            .into_iter()
            .filter(|(_, t, phrase)| *t == error_type.name() && has_phrase(&body.2, phrase))
            .map(|(row, _, _)| row.name())
            .collect();
        if matching.len() != 1 {
            report.push(
                &place,
                format!("{:?} matches the phrases {matching:?}, not one", body.2),
            );
            continue;
        }
        let (phrase, _, _) = phrases()
            .into_iter()
            .find(|(_, t, phrase)| *t == error_type.name() && has_phrase(&body.2, phrase))
            .expect("the phrase that matches");
        let known_from = phrase.known_from().unwrap_or_default();
        check_names_sources(&mut report, &place, known_from, &body.3, &trust);
        report.eq(
            &place,
            "remedy",
            dapi_rule(&body.1, &body.2).0.as_str(),
            phrase.remedy().as_str(),
        );
        report.eq(
            &place,
            "the parsed body's remedy",
            phrase.remedy().as_str(),
            parsed_remedy(&body.1, &body.2),
        );
    }
    // No phrase without a body.
    for (phrase, error_type, words) in phrases() {
        let found = bodies
            .iter()
            .any(|b| b.1 == error_type && has_phrase(&b.2, words));
        if !found {
            report.push(&format!("phrase {}", phrase.name()), "no body has it");
        }
    }
    report.into_problems()
}

#[test]
fn dapi_tables_match_the_bodies() {
    assert_none("local", &check_dapi(DAPI_BODIES));
}

#[test]
fn dapi_parse_sees_every_body_and_source() {
    let bodies = dapi_bodies(DAPI_BODIES);
    assert_eq!(bodies.len(), 23);
    let count = |t: &str| bodies.iter().filter(|b| b.1 == t).count();
    assert_eq!(
        (
            count("NotAuthorizedError"),
            count("AccessDeniedError"),
            count("InvalidArgument")
        ),
        (9, 11, 3)
    );
    let trust = dapi_trust(DAPI_BODIES);
    assert_eq!(
        trust["TEAM-BEAT/BEAT-Client#524"],
        ("reported responses".to_owned(), "medium".to_owned())
    );
    assert_eq!(trust["id60438017903"].1, "low-medium");
    assert_eq!(trust["id66485198224"].1, "low");
    // Every source of every body has a trust.
    assert!(
        bodies
            .iter()
            .flat_map(|b| &b.3)
            .all(|s| trust.contains_key(s))
    );
}

#[test]
fn mutated_dapi_bodies_are_reported() {
    // A NotAuthorizedError with 401 in most bodies; a new message no phrase knows; a phrase
    // that moves to another error type.
    let file = mutate(
        DAPI_BODIES,
        "403 | {\"errorType\":\"NotAuthorizedError\",\"message\":\"App(IDAS)",
        "401 | {\"errorType\":\"NotAuthorizedError\",\"message\":\"App(IDAS)",
    );
    let file = mutate(
        &file,
        "403 | {\"errorType\":\"NotAuthorizedError\",\"message\":\"App(Eggplant",
        "401 | {\"errorType\":\"NotAuthorizedError\",\"message\":\"App(Eggplant",
    );
    let file = mutate(
        &file,
        "403 | {\"errorType\":\"NotAuthorizedError\",\"message\":\"App(...)",
        "401 | {\"errorType\":\"NotAuthorizedError\",\"message\":\"App(...)",
    );
    let file = mutate(
        &file,
        "403 | {\"errorType\":\"NotAuthorizedError\",\"message\":\"App(카더라)",
        "401 | {\"errorType\":\"NotAuthorizedError\",\"message\":\"App(카더라)",
    );
    let file = mutate(
        &file,
        "403 | {\"errorType\":\"NotAuthorizedError\",\"message\":\"App(jina-gayo)",
        "401 | {\"errorType\":\"NotAuthorizedError\",\"message\":\"App(jina-gayo)",
    );
    let file = mutate(
        &file,
        "\"message\":\"ip mismatched! callerIp=...\"",
        "\"message\":\"ip not allowed: ...\"",
    );
    let file = mutate(
        &file,
        "{\"errorType\":\"InvalidArgument\",\"message\":\"query is required\"}",
        "{\"errorType\":\"AccessDeniedError\",\"message\":\"query is required\"}",
    );
    let problems = check_dapi(&file);
    assert_reported_line(
        &problems,
        "ErrorType NotAuthorizedError: status (the one most bodies give): source Some(401), table Some(403)",
    );
    assert_reported(
        &problems,
        "AccessDeniedError body of id68844422463: \"ip not allowed: ...\" matches the phrases [], not one",
    );
    assert_reported_line(&problems, "phrase IpMismatched: no body has it");
    assert_reported(
        &problems,
        "AccessDeniedError body of id58522931835: \"query is required\" matches the phrases []",
    );
    // A source whose trust changes: the known_from no longer gives it.
    let file = mutate(DAPI_BODIES, "id71287135470 (a pasted console log)", "");
    let file = mutate(
        &file,
        "#   test fixtures (trust low: they show the shape, not Kakao's exact text or status): ",
        "#   test fixtures (trust low: they show the shape, not Kakao's exact text or status): id71287135470, ",
    );
    let problems = check_dapi(&file);
    assert_reported(
        &problems,
        "AccessDeniedError body of id71287135470: known_from must name id71287135470 among test fixtures (trust low)",
    );
}

#[test]
fn module_docs_give_each_phrase_its_remedy_and_rule() {
    let rows: Vec<Vec<&str>> = LOCAL_MODULE
        .lines()
        .filter_map(|l| l.strip_prefix("//! | `"))
        .filter(|l| l.contains("` | `"))
        .map(|l| l.split(" | ").collect())
        .collect();
    let phrases = phrases();
    assert_eq!(rows.len(), phrases.len());
    for (row, (phrase, error_type, words)) in rows.iter().zip(phrases) {
        assert_eq!(row[0].trim_end_matches('`'), phrase.name());
        assert_eq!(row[1].trim_matches('`'), error_type);
        assert_eq!(row[2].trim_matches('"'), words);
        let remedy = dapi_rule(error_type, words);
        assert_eq!(
            row[3],
            format!("{:?}", phrase.remedy()),
            "{}",
            phrase.name()
        );
        assert_eq!(&remedy.0, phrase.remedy(), "{}", phrase.name());
        assert_eq!(
            row[4].trim_end_matches(" |"),
            remedy.1.to_string(),
            "{}",
            phrase.name()
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Bizmessage result codes
// ---------------------------------------------------------------------------------------------

const GUIDES: [&str; 3] = ["id36363176526", "id36477100678", "id35993704980"];
const DUMP: &str = "id31697526186";
const BLOG: &str = "velog-ooweat";

/// The bizmessage remedy rule (`bizmessage`, "The remedy rule"): the remedy and the number.
fn bizmessage_rule(text: &str) -> (Remedy<'static>, u8) {
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    if has(&["발송 가능한 시간"]) {
        (Remedy::RetryLater, 1)
    } else if has(&[
        "메시지를 전송할 수 없음",
        "톡 유저가 아님",
        "수신 차단",
        "최소 버전",
    ]) {
        (Remedy::DeliverAnotherWay, 2)
    } else if has(&[
        "수신확인 안됨",
        "중복",
        "결과를 찾을 수 없음",
        "알 수 없는",
        "내부",
        "예기치 않은",
    ]) {
        (Remedy::OutcomeUnknown, 3)
    } else if has(&["서비스를 제공하고 있지 않습니다", "일일 발송량 초과"]) {
        (Remedy::RetryLater, 4)
    } else if has(&["담당자에게 문의", "차단 상태", "제재"]) {
        (Remedy::ContactSupport, 5)
    } else if has(&[
        "파트너 키",
        "프로필 키",
        "발신프로필을 찾을 수 없음",
        "닫힘 상태",
        "삭제된 카카오톡 채널",
        "삭제대기",
        "app 연결",
        "사업자",
    ]) {
        (Remedy::FixAppSettings, 6)
    } else if has(&["추가하지 않았음", "인증을 받은 사용자가 아님"]) {
        (Remedy::UserAction, 7)
    } else {
        (Remedy::FixRequest, 8)
    }
}

/// A row of the bizmessage file: `(code, name, meaning, sources)`.
type BizRow<'a> = (&'a str, &'a str, &'a str, Vec<&'a str>);

fn bizmessage_rows(file: &str) -> Vec<BizRow<'_>> {
    facts(file)
        .rows
        .iter()
        .map(|r| (r[0], r[2], r[3], sources(r)))
        .collect()
}

/// The description the module docs choose for `code`: the guides' (the one most guides give;
/// where a guide gives a sentence in place of a result name, that sentence and the
/// description), else the dump's, else the blog's.
fn chosen_description(rows: &[BizRow<'_>], code: &str) -> String {
    let of_code: Vec<&BizRow<'_>> = rows.iter().filter(|r| r.0 == code).collect();
    let mut votes: Vec<(String, usize)> = Vec::new();
    for (_, name, meaning, sources) in &of_code {
        let guides = sources.iter().filter(|s| GUIDES.contains(s)).count();
        if guides == 0 {
            continue;
        }
        let text = if has_hangul(name) {
            format!("{name} {meaning}")
        } else {
            (*meaning).to_owned()
        };
        match votes.iter_mut().find(|(t, _)| *t == text) {
            Some((_, n)) => *n += guides,
            None => votes.push((text, guides)),
        }
    }
    if let Some((text, _)) = votes.iter().rev().max_by_key(|(_, n)| *n) {
        return text.clone();
    }
    let by = |source: &str| of_code.iter().find(|r| r.3.contains(&source)).map(|r| r.2);
    by(DUMP).or_else(|| by(BLOG)).unwrap_or("").to_owned()
}

fn check_bizmessage(file: &str) -> Vec<String> {
    let rows = bizmessage_rows(file);
    let blog_url = facts(file)
        .header
        .iter()
        .find(|l| l.contains("velog-ooweat = "))
        .and_then(|l| {
            l.split_whitespace()
                .find(|w| w.starts_with("https://velog.io/"))
        })
        .map(|w| w.trim_end_matches([',', ')']).to_owned())
        .unwrap_or_default();
    let mut report = Report::against_source();
    let mut codes: Vec<&str> = rows.iter().map(|r| r.0).collect();
    codes.dedup();
    for &code in &codes {
        let place = format!("BizMessageError {code}");
        if code == "0000" {
            // Success: not a row.
            report.eq(
                &place,
                "success",
                Some(ResultCode::Success),
                ResultCode::read(code),
            );
            continue;
        }
        let number: i32 = code.parse().unwrap_or(0);
        let Some(e) = BizMessageError::from_code(number).filter(KakaoError::is_documented) else {
            report.push(&place, "missing from BizMessageError");
            continue;
        };
        let chosen = chosen_description(&rows, code);
        report.text(&place, "message_ko", &chosen, e.message_ko().unwrap_or(""));
        report.eq(&place, "status (none is given)", None, e.status());
        report.eq(&place, "solution_ko (none is given)", None, e.solution_ko());
        let (doc, first) = doc_and_message(BIZMESSAGE_SOURCE, number);
        check_common(&mut report, &place, &e, &first);
        report.eq(
            &place,
            "remedy",
            bizmessage_rule(&chosen).0.as_str(),
            e.remedy().as_str(),
        );
        let from = e.known_from().unwrap_or("");
        for (_, name, meaning, sources) in rows.iter().filter(|r| r.0 == code) {
            for source in sources {
                let (named, trust) = if GUIDES.contains(source) {
                    ((*source).to_owned(), "trust medium")
                } else if *source == DUMP {
                    ((*source).to_owned(), "trust low-medium")
                } else {
                    (blog_url.clone(), "trust low")
                };
                if !(from.contains(&named) && from.contains(trust)) {
                    report.push(
                        &place,
                        format!("known_from must name {named} ({trust}): {from:?}"),
                    );
                }
            }
            // A description not chosen: the docs quote it.
            let full = if has_hangul(name) && sources.iter().any(|s| GUIDES.contains(s)) {
                format!("{name} {meaning}")
            } else {
                (*meaning).to_owned()
            };
            if squeeze(&full) != squeeze(&chosen) && !doc.contains(&format!("\"{meaning}\"")) {
                report.push(
                    &place,
                    format!("the docs do not quote {sources:?}'s description {meaning:?}"),
                );
            }
        }
        report.eq(
            &place,
            "read as resellers write it",
            Some(ResultCode::Failed(e)),
            ResultCode::read(&format!("KKO_{code}")),
        );
    }
    let listed: Vec<i32> = codes
        .iter()
        .filter(|c| **c != "0000")
        .map(|c| c.parse().unwrap_or(0))
        .collect();
    let declared: Vec<i32> = BizMessageError::VARIANTS
        .iter()
        .map(KakaoError::code)
        .collect();
    report.eq(
        "BizMessageError",
        "codes, in the file's order",
        listed,
        declared,
    );
    report.into_problems()
}

#[test]
fn bizmessage_table_matches_its_sources() {
    assert_none("BizMessageError", &check_bizmessage(BIZMESSAGE));
}

#[test]
fn bizmessage_parse_sees_every_row() {
    let rows = bizmessage_rows(BIZMESSAGE);
    assert_eq!(rows.len(), 111);
    let mut codes: Vec<&str> = rows.iter().map(|r| r.0).collect();
    codes.dedup();
    assert_eq!(codes.len(), 71);
    // 0000 is success, not a row.
    assert_eq!(BizMessageError::VARIANTS.len(), 70);
    assert_eq!(
        chosen_description(&rows, "9998"),
        "현재 서비스를 제공하고 있지 않습니다. 시스템에 문제가 발생하여 담당자가 확인하고 있는 경우"
    );
    // Two guides against one with an OCR error ("코 드").
    assert!(chosen_description(&rows, "3040").contains("통화기호/코드,"));
}

/// The codes of a reseller's file that read as a Kakao row (or as Kakao's success).
fn reseller_codes_read_as_kakao(file: &str) -> Vec<String> {
    facts(file)
        .rows
        .iter()
        .map(|row| row[0])
        .filter(|code| {
            let read = ResultCode::read(code);
            read == Some(ResultCode::Success)
                || read
                    .and_then(ResultCode::error)
                    .is_some_and(|e| e.is_documented())
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn no_reseller_code_reads_as_a_kakao_row() {
    for file in [RESELLER_MTS, RESELLER_OTHER, RESELLER_NHN] {
        assert!(!facts(file).rows.is_empty());
        assert_eq!(reseller_codes_read_as_kakao(file), Vec::<String>::new());
    }
    // The four digits of the dump's own 9991 are kept, as any unlisted code.
    assert_eq!(
        ResultCode::read("9991"),
        Some(ResultCode::Failed(BizMessageError::Unknown(9991)))
    );
}

#[test]
fn mutated_reseller_codes_are_reported() {
    // A reseller code written like a Kakao one, with a prefix, is read as Kakao's: reported.
    let file = mutate(RESELLER_MTS, "ER05 | - |", "K3013 | - |");
    assert_eq!(reseller_codes_read_as_kakao(&file), ["K3013"]);
    let file = mutate(RESELLER_NHN, "\n0 | - |", "\n0000 | - |");
    assert_eq!(reseller_codes_read_as_kakao(&file), ["0000"]);
}

#[test]
fn mutated_bizmessage_rows_are_reported() {
    // The guides change 3018's description: the remedy follows; the dump words 3016 its own
    // way, which the docs do not quote.
    let file = mutate(
        BIZMESSAGE,
        "3018 | - | NoSendAvailableException | 메시지를 전송할 수 없음 | id36363176526, id36477100678, id35993704980",
        "3018 | - | NoSendAvailableException | 메시지 형식 오류 | id36363176526, id36477100678, id35993704980",
    );
    let file = mutate(
        &file,
        "3016 | - | NoMatchedTemplateException | 메시지 내용이 템플릿과 일치하지 않음 | id36363176526, id36477100678, id35993704980, id31697526186",
        "3016 | - | NoMatchedTemplateException | 메시지 내용이 템플릿과 일치하지 않음 | id36363176526, id36477100678, id35993704980\n3016 | - | NoMatchedTemplateException | 템플릿 불일치 | id31697526186",
    );
    let problems = check_bizmessage(&file);
    // The two texts under each other, the caret under the first character that differs.
    assert_reported_line(
        &problems,
        "BizMessageError 3018: message_ko differs at character 3\n    source: 메시지 형식 오류\n    table : 메시지를 전송할 수 없음\n               ^",
    );
    assert_reported_line(
        &problems,
        "BizMessageError 3018: remedy: source \"fix_request\", table \"deliver_another_way\"",
    );
    assert_reported_line(
        &problems,
        "BizMessageError 3016: the docs do not quote [\"id31697526186\"]'s description \"템플릿 불일치\"",
    );
    // A code only the dump gives moves to the blog: its known_from no longer names it.
    let file = mutate(
        BIZMESSAGE,
        "2003 | - | FailedToSendMessageByNoFriendshipException | (테스트 발송) 카카오톡 채널을 추가하지 않았음 | id31697526186",
        "2003 | - | FailedToSendMessageByNoFriendshipException | (테스트 발송) 카카오톡 채널을 추가하지 않았음 | velog-ooweat",
    );
    let problems = check_bizmessage(&file);
    assert_only_reported(
        &problems,
        "BizMessageError 2003: known_from must name https://velog.io/",
    );
}

// ---------------------------------------------------------------------------------------------
// Module docs
// ---------------------------------------------------------------------------------------------

#[test]
fn module_docs_remedy_tables_match_the_tables_and_the_rules() {
    let pay = documented_remedies(PAY_MODULE);
    assert_eq!(pay.len(), PayError::VARIANTS.len());
    for (e, row) in PayError::VARIANTS.iter().zip(pay) {
        let code: i32 = row.code.parse().unwrap_or(0);
        assert_eq!((e.code(), e.remedy().as_str()), (code, row.remedy.as_str()));
        assert_eq!(pay_rule(e.message_ko().unwrap()).1, row.rule, "{code}");
    }
    let bizmessage = documented_remedies(BIZMESSAGE_MODULE);
    assert_eq!(bizmessage.len(), BizMessageError::VARIANTS.len());
    for (e, row) in BizMessageError::VARIANTS.iter().zip(bizmessage) {
        let code: i32 = row.code.parse().unwrap_or(0);
        assert_eq!((e.code(), e.remedy().as_str()), (code, row.remedy.as_str()));
        assert_eq!(
            bizmessage_rule(e.message_ko().unwrap()).1,
            row.rule,
            "{code}"
        );
    }
}

#[test]
fn public_docs_do_not_speak_of_stored_copies() {
    let sources = [
        ("pay/mod.rs", PAY_MODULE),
        ("pay/error.rs", PAY_SOURCE),
        ("local/mod.rs", LOCAL_MODULE),
        ("local/error_type.rs", LOCAL_ERROR_TYPE),
        ("case/local.rs", LOCAL_CASES),
        ("bizmessage/mod.rs", BIZMESSAGE_MODULE),
        ("bizmessage/error.rs", BIZMESSAGE_SOURCE),
        ("bizmessage/result_code.rs", BIZMESSAGE_READER),
    ];
    let found = doc_lines_with(&sources, "stored");
    assert!(found.is_empty(), "{found:#?}");
}
