//! Fidelity of the advertising tables: Kakao Moment ([`MomentError`], [`MomentDetail`]) and
//! Kakao Keyword Ad ([`KeywordAdError`], [`KeywordAdDetail`]), every row checked against the
//! stored copies of their pages in `tests/fixtures/kakao-docs/more/`.
//!
//! The pages are read the way a person reads them: the English Kakao Moment page in its four
//! renderings (cells run together, spaced, or apart with `|`), the Korean error-code pages
//! whose rows span lines (`-813 |`, `429 |`, `cause | solution |`), their detail-code tables
//! (`| 2007 | ... |`), the reference page's list (`2007 |`, then its text) and the sample
//! response bodies (`"detailCode": 21006`, `"detailMsg": "..."`). A row a copy is cut in is
//! unfinished. The retry and remedy rules of the module docs are applied to the pages' own
//! text, so a changed page line changes what the table must say; the `mutated_*` tests prove
//! each kind of change is reported, readably.

use std::fmt::Debug;

use kakao_errors::keyword_ad::{KeywordAdDetail, KeywordAdError};
use kakao_errors::moment::{MomentDetail, MomentError};
use kakao_errors::{KakaoError, Remedy};

use crate::report::{
    Report, assert_none, assert_reported, assert_reported_line, code_and_status, tells_what_to_do,
};
use crate::source_text::{
    after, doc_lines_with, documented_remedies, first_paragraph, variant_doc,
};
use crate::stored_page::{
    Body, LineJoin, RowEnd, RowText, copies, copy_address, has_hangul, mutate, row_cells,
    row_texts, rows_per_copy,
};

const MOMENT_EN: &str =
    include_str!("../../fixtures/kakao-docs/more/kakaomoment-error-code.en.txt");
const MOMENT_KO: &str =
    include_str!("../../fixtures/kakao-docs/more/kakaomoment-error-code.ko.txt");
const MOMENT_REFERENCE: &str =
    include_str!("../../fixtures/kakao-docs/more/kakaomoment-reference.ko.txt");
const KEYWORD_AD_KO: &str =
    include_str!("../../fixtures/kakao-docs/more/keywordad-error-code.ko.txt");

/// The table sources, for the variants' doc comments.
const MOMENT_ERROR_SOURCE: &str = include_str!("../../../kakao-errors/src/moment/error.rs");
const MOMENT_DETAIL_SOURCE: &str = include_str!("../../../kakao-errors/src/moment/detail.rs");
const MOMENT_MODULE: &str = include_str!("../../../kakao-errors/src/moment/mod.rs");
const KEYWORD_AD_ERROR_SOURCE: &str = include_str!("../../../kakao-errors/src/keyword_ad/error.rs");
const KEYWORD_AD_DETAIL_SOURCE: &str =
    include_str!("../../../kakao-errors/src/keyword_ad/detail.rs");
const KEYWORD_AD_MODULE: &str = include_str!("../../../kakao-errors/src/keyword_ad/mod.rs");

// ---------------------------------------------------------------------------------------------
// Reading a stored page
// ---------------------------------------------------------------------------------------------

/// A row of an error-code table: a code and an HTTP status, then the cause and the solution.
#[derive(Debug, Clone)]
struct Row {
    copy: usize,
    code: i32,
    status: Option<u16>,
    body: Body,
    /// Not the row a cut copy stops in.
    whole: bool,
}

impl Row {
    fn key(&self) -> (i32, Option<u16>) {
        (self.code, self.status)
    }
}

fn starts_numbered_row(line: &str) -> bool {
    line.strip_prefix('-')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// The rows of the English Kakao Moment page, in every copy: `-2 400 cause solution` (cells
/// apart by spaces, a cell's second line on a line of its own), `-2400cause...solution` (run
/// together: the status is the last three digits), or `-2 | 400 | cause | solution |`. A blank
/// line ends the table.
fn english_rows(page: &str) -> Vec<Row> {
    let end = RowEnd::BlankLine { goes_on_at: None };
    row_texts(page, starts_numbered_row, &end)
        .into_iter()
        .map(read_english_row)
        .collect()
}

fn read_english_row(row: RowText) -> Row {
    let text = row.text.trim_end();
    if text.lines().next().unwrap_or("").contains('|') {
        let (cells, closed) = row_cells(text);
        return Row {
            copy: row.copy,
            code: cells[0].parse().unwrap_or(0),
            status: cells.get(1).and_then(|s| s.parse().ok()),
            body: Body::from_cells(&cells[2.min(cells.len())..]),
            whole: closed && !row.last_of_cut_copy,
        };
    }
    let end = 1 + text[1..]
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len() - 1);
    let number = &text[..end];
    let (code, status, rest) = match text[end..].strip_prefix(' ') {
        Some(after) => {
            let status_end = after.find(' ').unwrap_or(after.len());
            (
                number,
                after[..status_end].parse().ok(),
                &after[status_end..],
            )
        }
        None => {
            let (code, status) = number.split_at(number.len().saturating_sub(3));
            (code, status.parse().ok(), &text[end..])
        }
    };
    Row {
        copy: row.copy,
        code: code.parse().unwrap_or(0),
        status,
        body: Body::Joined(rest.strip_prefix(' ').unwrap_or(rest).to_owned()),
        whole: !row.last_of_cut_copy,
    }
}

/// The rows of a Korean error-code page: each row is `-813 |`, `429 |` and `cause | solution |`
/// on lines of their own (a long cell may go on to a next line, read as one text with a
/// space), so a row is whole once its four cells are closed.
fn korean_rows(page: &str) -> Vec<Row> {
    let end = RowEnd::ClosedCells {
        cells: 4,
        join: LineJoin::Spaced,
        next_row: starts_numbered_row,
    };
    let starts = |line: &str| starts_numbered_row(line) && line.ends_with(" |");
    row_texts(page, starts, &end)
        .into_iter()
        .map(|row| {
            let cells: Vec<&str> = row.text.split('|').map(str::trim).collect();
            Row {
                copy: row.copy,
                code: cells[0].parse().unwrap_or(0),
                status: cells.get(1).and_then(|s| s.parse().ok()),
                body: Body::from_cells(&cells[2.min(cells.len())..]),
                whole: row.text.matches('|').count() == 4 && row.text.ends_with('|'),
            }
        })
        .collect()
}

/// A row of a detail-code table or list: a code and its description.
#[derive(Debug, Clone, PartialEq)]
struct DetailRow {
    copy: usize,
    code: i32,
    text: String,
    whole: bool,
}

/// The detail-code rows of a page: `| 2007 | text |` (a table) or `2007 |` with its text on
/// the next line (the reference page's list). The error-code table's own rows (`-2 |`, `400 |`)
/// start with a minus sign or are followed by a row's status: neither is read here.
fn detail_rows(page: &str) -> Vec<DetailRow> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mut rows = Vec::new();
    for copy in copies(page) {
        let lines: Vec<&str> = copy.text.lines().collect();
        for (at, line) in lines.iter().enumerate() {
            if let Some(rest) = line.strip_prefix("| ") {
                let Some((code, text)) = rest.split_once(" | ") else {
                    continue;
                };
                if digits(code) {
                    let whole = text.ends_with(" |");
                    rows.push(DetailRow {
                        copy: copy.number,
                        code: code.parse().unwrap_or(0),
                        text: text.trim_end_matches(" |").to_owned(),
                        whole,
                    });
                }
            } else {
                let Some(code) = line.strip_suffix(" |") else {
                    continue;
                };
                // A status line of the error-code table follows a code line `-2 |`.
                if !digits(code) || (at > 0 && starts_numbered_row(lines[at - 1])) {
                    continue;
                }
                let next = lines.get(at + 1).copied().unwrap_or("");
                rows.push(DetailRow {
                    copy: copy.number,
                    code: code.parse().unwrap_or(0),
                    text: next.trim_end_matches(" |").trim_end_matches('|').to_owned(),
                    whole: next.ends_with('|'),
                });
            }
        }
    }
    rows
}

/// The `(detailCode, detailMsg)` of every complete sample response body on a page.
fn sample_details(page: &str) -> Vec<(i32, String)> {
    let lines: Vec<&str> = page.lines().collect();
    let mut found = Vec::new();
    for (at, line) in lines.iter().enumerate() {
        let Some(code) = line.trim().strip_prefix("\"detailCode\": ") else {
            continue;
        };
        let code = code.trim_end_matches(',').parse().unwrap_or(0);
        let message = lines
            .get(at + 1)
            .and_then(|l| l.trim().strip_prefix("\"detailMsg\": \""))
            .and_then(|m| m.trim_end_matches(',').strip_suffix('"'));
        if let Some(message) = message {
            found.push((code, message.to_owned()));
        }
    }
    found
}

// ---------------------------------------------------------------------------------------------
// The rules of the module docs, applied to the pages' text
// ---------------------------------------------------------------------------------------------

/// The retry rule: a solution, in either language, is to send the same request again without
/// changing anything first.
fn says_retry(solution: &str) -> bool {
    let s = solution.trim().to_lowercase();
    s == "retry."
        || s == "재시도"
        || s.contains("try again later")
        || s.starts_with("잠시 후 재요청")
        || s.starts_with("잠시 후 재시도")
}

/// Kakao Moment's remedy rule for error codes (`moment`, "The remedy rule"), over every text of
/// a row (causes and solutions of both languages): the remedy and the number of the rule.
fn error_rule(causes: &[&str], solutions: &[&str]) -> (Remedy<'static>, u8) {
    let text = causes
        .iter()
        .chain(solutions)
        .map(|t| t.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    let retry = solutions.iter().any(|s| says_retry(s));
    if has(&["developer account", "개발자 계정"]) {
        (Remedy::ContactSupport, 1)
    } else if has(&["quota", "number of allowed calls", "쿼터", "요청 횟수"]) {
        if retry {
            (Remedy::Throttled { after: None }, 2)
        } else {
            (Remedy::RetryLater, 2)
        }
    } else if retry {
        (Remedy::Retry { after: None }, 3)
    } else if has(&[
        "internal error",
        "내부 서버 에러",
        "내부 에러",
        "시스템 오류",
    ]) {
        (Remedy::OutcomeUnknown, 4)
    } else if has(&["additional consent", "추가 동의"]) {
        (Remedy::REQUEST_CONSENT, 5)
    } else if has(&["app settings", "앱 관리 페이지", "permission", "권한"]) {
        (Remedy::FixAppSettings, 6)
    } else if has(&["linked to your app", "앱에 연결"]) {
        (Remedy::UserAction, 7)
    } else if has(&["parameter", "파라미터"]) {
        (Remedy::FixRequest, 8)
    } else {
        (Remedy::Unknown, 0)
    }
}

/// Kakao Moment's remedy rule for detail codes, over a description.
fn detail_rule(description: &str) -> (Remedy<'static>, u8) {
    let has = |words: &[&str]| words.iter().any(|w| description.contains(w));
    if has(&["가입되지 않은 사용자"]) {
        (Remedy::UserAction, 1)
    } else if has(&["Forbidden"]) {
        (Remedy::UserAction, 2)
    } else if has(&["지워진", "삭제된", "삭제처리중"]) {
        (Remedy::OutcomeUnknown, 3)
    } else {
        (Remedy::FixRequest, 4)
    }
}

/// The words beyond the shared ones ([`tells_what_to_do`]) that make a message this crate
/// writes for a row without English text an instruction rather than a cause: the advertising
/// pages' own messages never plead.
const MORE_SOLUTION_WORDS: &[&str] = &["please"];

// ---------------------------------------------------------------------------------------------
// Error-code tables (MomentError, KeywordAdError)
// ---------------------------------------------------------------------------------------------

/// The pages of an error-code table: English rows with the order in which their copies are
/// preferred (newest rendering that keeps a cell's line breaks first), and Korean rows.
struct ErrorTable<E: 'static> {
    name: &'static str,
    english: Vec<Row>,
    english_preference: &'static [usize],
    korean: Vec<Row>,
    variants: &'static [E],
    source: &'static str,
}

fn by_code_and_status<E: KakaoError>(key: (i32, Option<u16>)) -> Option<E> {
    let found = match key.1 {
        Some(status) => E::from_code_and_status(key.0, status),
        None => E::from_code(key.0),
    };
    found.filter(KakaoError::is_documented)
}

impl<E: KakaoError + Copy + Debug> ErrorTable<E> {
    fn english_row(&self, key: (i32, Option<u16>)) -> Option<&Row> {
        self.english_preference.iter().find_map(|&copy| {
            self.english
                .iter()
                .find(|r| r.copy == copy && r.whole && r.key() == key)
        })
    }

    fn korean_row(&self, key: (i32, Option<u16>)) -> Option<&Row> {
        self.korean.iter().find(|r| r.whole && r.key() == key)
    }

    /// The number of the remedy rule that decides `e`, reading its pages' texts.
    fn rule_number(&self, e: &E) -> u8 {
        let key = (e.code(), e.status());
        let mut causes = Vec::new();
        let mut solutions = Vec::new();
        for row in [self.english_row(key), self.korean_row(key)]
            .into_iter()
            .flatten()
        {
            if let Some((cause, solution)) = row.body.cause_and_solution(e.message()) {
                causes.push(cause.to_owned());
                solutions.extend(solution);
            }
        }
        let causes: Vec<&str> = causes.iter().map(String::as_str).collect();
        let solutions: Vec<&str> = solutions.iter().map(String::as_str).collect();
        error_rule(&causes, &solutions).1
    }

    fn check(&self) -> Vec<String> {
        let mut report = Report::against_page();
        let name = self.name;
        // Every whole row of every copy is in the table, with the table's status.
        for (label, rows) in [("en", &self.english), ("ko", &self.korean)] {
            for row in rows.iter().filter(|r| r.whole) {
                let place = format!(
                    "{name} page ({label}) copy {} {}",
                    row.copy,
                    code_and_status(row.code, row.status)
                );
                match by_code_and_status::<E>(row.key()) {
                    None => report.push(&place, format!("missing from {name}")),
                    Some(e) => report.eq(&place, "status", row.status, e.status()),
                }
            }
        }
        let mut shared = std::collections::HashMap::<i32, usize>::new();
        for e in self.variants {
            let key = (e.code(), e.status());
            let nth = *shared.entry(e.code()).and_modify(|n| *n += 1).or_default();
            let place = format!("{name} {}", code_and_status(key.0, key.1));
            let doc = variant_doc(self.source, &format!("code = {},", e.code()), nth);
            self.check_variant(&mut report, &place, e, &doc);
        }
        self.check_order(&mut report);
        self.check_every_copy(&mut report);
        report.into_problems()
    }

    fn check_variant(&self, report: &mut Report, place: &str, e: &E, doc: &[String]) {
        let key = (e.code(), e.status());
        let english = self.english_row(key);
        let korean = self.korean_row(key);
        if english.is_none() && korean.is_none() {
            report.push(place, "on no page");
            return;
        }
        report.eq(place, "known_from (a page row)", None, e.known_from());
        let mut causes = Vec::new();
        let mut solutions = Vec::new();
        let english_texts = ("message", "solution");
        match english {
            Some(row) => {
                let texts =
                    row.body
                        .check_texts(report, place, english_texts, e.message(), e.solution());
                if let Some((cause, solution)) = texts {
                    causes.push(cause);
                    solutions.extend(solution);
                }
            }
            None => {
                // No English row: the message is this crate's, the doc comment's first line.
                report.crate_message(
                    place,
                    "no English row",
                    &first_paragraph(doc),
                    e.message(),
                    MORE_SOLUTION_WORDS,
                );
                report.eq(place, "solution (no English row)", None, e.solution());
            }
        }
        let korean_texts = ("message_ko", "solution_ko");
        match korean {
            Some(row) => {
                let message_ko = e.message_ko().unwrap_or("");
                let texts =
                    row.body
                        .check_texts(report, place, korean_texts, message_ko, e.solution_ko());
                if let Some((cause, solution)) = texts {
                    causes.push(cause);
                    solutions.extend(solution);
                }
            }
            None => {
                report.eq(place, "message_ko (no Korean row)", None, e.message_ko());
                report.eq(place, "solution_ko (no Korean row)", None, e.solution_ko());
            }
        }
        let causes: Vec<&str> = causes.iter().map(String::as_str).collect();
        let solutions: Vec<&str> = solutions.iter().map(String::as_str).collect();
        report.eq(
            place,
            "retry",
            solutions.iter().any(|s| says_retry(s)),
            e.is_retryable(),
        );
        report.eq(
            place,
            "remedy",
            error_rule(&causes, &solutions).0.as_str(),
            e.remedy().as_str(),
        );
    }

    /// Each copy's whole rows come in the table's order.
    fn check_order(&self, report: &mut Report) {
        let declared: Vec<String> = self
            .variants
            .iter()
            .map(|e| code_and_status(e.code(), e.status()))
            .collect();
        for (label, rows) in [("en", &self.english), ("ko", &self.korean)] {
            let mut numbers: Vec<usize> = rows.iter().map(|r| r.copy).collect();
            numbers.dedup();
            for copy in numbers {
                // The rows' values in the table (a row that is not is reported above).
                let order: Vec<String> = rows
                    .iter()
                    .filter(|r| r.copy == copy && r.whole)
                    .filter_map(|r| by_code_and_status::<E>(r.key()))
                    .map(|e| code_and_status(e.code(), e.status()))
                    .collect();
                report.order(
                    &format!("{} page ({label}) copy {copy}", self.name),
                    self.name,
                    &order,
                    &declared,
                );
            }
        }
    }

    /// Every whole row of every English copy words the row as the table does, whitespace
    /// aside: the copies agree (the module docs say so).
    fn check_every_copy(&self, report: &mut Report) {
        for row in self.english.iter().filter(|r| r.whole) {
            let Some(e) = by_code_and_status::<E>(row.key()) else {
                continue;
            };
            if !row.body.words_as(e.message(), e.solution()) {
                report.push(
                    &format!(
                        "{} page (en) copy {} {}",
                        self.name,
                        row.copy,
                        code_and_status(row.code, row.status)
                    ),
                    "words the row otherwise than the table",
                );
            }
        }
    }
}

fn moment_table(en: &str, ko: &str) -> ErrorTable<MomentError> {
    ErrorTable {
        name: "MomentError",
        english: english_rows(en),
        // Copy 2 (the new site) and copy 1 (the older rendering) have the whole table and keep
        // the line breaks of its cells, which the pipe renderings (3, 4) turn into spaces.
        english_preference: &[2, 1, 4, 3],
        korean: korean_rows(ko),
        variants: MomentError::VARIANTS,
        source: MOMENT_ERROR_SOURCE,
    }
}

fn keyword_ad_table(ko: &str) -> ErrorTable<KeywordAdError> {
    ErrorTable {
        name: "KeywordAdError",
        english: Vec::new(),
        english_preference: &[],
        korean: korean_rows(ko),
        variants: KeywordAdError::VARIANTS,
        source: KEYWORD_AD_ERROR_SOURCE,
    }
}

// ---------------------------------------------------------------------------------------------
// Detail-code tables (MomentDetail, KeywordAdDetail)
// ---------------------------------------------------------------------------------------------

/// A list of detail codes and the page it is on.
struct DetailList<'a> {
    label: &'static str,
    page: &'a str,
    rows: Vec<DetailRow>,
}

fn detail_list<'a>(label: &'static str, page: &'a str) -> DetailList<'a> {
    DetailList {
        label,
        page,
        rows: detail_rows(page),
    }
}

struct DetailTable<'a, E: 'static> {
    name: &'static str,
    lists: Vec<DetailList<'a>>,
    /// The sample response bodies' `(detailCode, detailMsg)`, and the page they are on.
    samples: Vec<(i32, String)>,
    sample_page: &'a str,
    variants: &'static [E],
    source: &'static str,
}

impl<E: KakaoError + Copy + Debug> DetailTable<'_, E> {
    fn check(&self) -> Vec<String> {
        let mut report = Report::against_page();
        let name = self.name;
        for list in &self.lists {
            for row in list.rows.iter().filter(|r| r.whole) {
                if E::from_code(row.code).is_none_or(|e| !e.is_documented()) {
                    report.push(
                        &format!("{} copy {} {}", list.label, row.copy, row.code),
                        format!("missing from {name}"),
                    );
                }
            }
        }
        for e in self.variants {
            let place = format!("{name} {}", e.code());
            let doc = variant_doc(self.source, &format!("code = {},", e.code()), 0);
            self.check_variant(&mut report, &place, e, &doc);
        }
        self.check_samples(&mut report);
        self.check_order(&mut report);
        report.into_problems()
    }

    fn check_variant(&self, report: &mut Report, place: &str, e: &E, doc: &[String]) {
        report.eq(place, "status", None, e.status());
        report.eq(place, "retry", false, e.is_retryable());
        report.eq(place, "solution", None, e.solution());
        report.eq(place, "solution_ko", None, e.solution_ko());
        let whole: Vec<(&DetailList<'_>, &DetailRow)> = self
            .lists
            .iter()
            .flat_map(|l| l.rows.iter().map(move |r| (l, r)))
            .filter(|(_, r)| r.whole && r.code == e.code())
            .collect();
        // The text the row must have: a list's, or else the sample response's.
        let text = if let Some((_, row)) = whole.first() {
            report.eq(place, "known_from (a row of a list)", None, e.known_from());
            for (list, other) in &whole[1..] {
                report.text(
                    place,
                    &format!("the text of {} (the lists disagree)", list.label),
                    &other.text,
                    &row.text,
                );
            }
            row.text.clone()
        } else if let Some((_, message)) = self.samples.iter().find(|(c, _)| *c == e.code()) {
            let address = copy_address(self.sample_page, 1).unwrap_or_default();
            report.known_from_has(
                place,
                e.known_from(),
                &["sample", address],
                &format!("must name the sample response and {address:?}"),
            );
            message.clone()
        } else if let Some((list, row)) = self
            .lists
            .iter()
            .flat_map(|l| l.rows.iter().map(move |r| (l, r)))
            .find(|(_, r)| !r.whole && r.code == e.code())
        {
            // A row a list is cut in: this crate's wording, starting with the page's words.
            let address = copy_address(list.page, row.copy).unwrap_or_default();
            report.known_from_has(
                place,
                e.known_from(),
                &["first words", address],
                &format!("must say only the first words are known, on {address:?}"),
            );
            let table = e.message_ko().unwrap_or("");
            if table == row.text || !table.starts_with(&row.text) {
                report.push(
                    place,
                    format!(
                        "message_ko must go on from the page's first words {:?}: {table:?}",
                        row.text
                    ),
                );
            }
            table.to_owned()
        } else {
            report.push(place, "on no list and in no sample response");
            return;
        };
        if has_hangul(&text) {
            report.text(place, "message_ko", &text, e.message_ko().unwrap_or(""));
            report.crate_message(
                place,
                "Korean only",
                &first_paragraph(doc),
                e.message(),
                MORE_SOLUTION_WORDS,
            );
        } else {
            report.text(place, "message (English on the page)", &text, e.message());
            report.eq(
                place,
                "message_ko (English on the page)",
                None,
                e.message_ko(),
            );
        }
        report.eq(
            place,
            "remedy",
            detail_rule(&text).0.as_str(),
            e.remedy().as_str(),
        );
    }

    /// A sample response's detail code is in the table; where its `detailMsg` is not the
    /// table's text, the variant's docs quote it.
    fn check_samples(&self, report: &mut Report) {
        for (code, message) in &self.samples {
            let place = format!("{} sample response {code}", self.name);
            match E::from_code(*code).filter(KakaoError::is_documented) {
                None => report.push(&place, format!("missing from {}", self.name)),
                Some(e) if e.message_ko() != Some(message.as_str()) => {
                    let doc = variant_doc(self.source, &format!("code = {code},"), 0).join(" ");
                    if !doc.contains(&format!("\"{message}\"")) {
                        report.push(
                            &place,
                            format!(
                                "the docs of {} do not quote its detailMsg {message:?}",
                                e.name()
                            ),
                        );
                    }
                }
                Some(_) => {}
            }
        }
    }

    /// Each list's whole rows come in the table's order.
    fn check_order(&self, report: &mut Report) {
        let declared: Vec<i32> = self.variants.iter().map(KakaoError::code).collect();
        for list in &self.lists {
            let order: Vec<i32> = list
                .rows
                .iter()
                .filter(|r| r.whole)
                .map(|r| r.code)
                .collect();
            report.order(list.label, self.name, &order, &declared);
        }
    }
}

fn moment_detail_table<'a>(
    error_page: &'a str,
    reference: &'a str,
) -> DetailTable<'a, MomentDetail> {
    DetailTable {
        name: "MomentDetail",
        lists: vec![
            detail_list("Kakao Moment error-code page (ko)", error_page),
            detail_list("Kakao Moment reference page (ko)", reference),
        ],
        samples: sample_details(error_page),
        sample_page: error_page,
        variants: MomentDetail::VARIANTS,
        source: MOMENT_DETAIL_SOURCE,
    }
}

fn keyword_ad_detail_table(page: &str) -> DetailTable<'_, KeywordAdDetail> {
    DetailTable {
        name: "KeywordAdDetail",
        lists: vec![detail_list("Kakao Keyword Ad error-code page (ko)", page)],
        samples: sample_details(page),
        sample_page: page,
        variants: KeywordAdDetail::VARIANTS,
        source: KEYWORD_AD_DETAIL_SOURCE,
    }
}

// ---------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------

#[test]
fn moment_error_matches_the_english_and_korean_pages() {
    assert_none("MomentError", &moment_table(MOMENT_EN, MOMENT_KO).check());
}

#[test]
fn moment_detail_matches_both_lists_and_the_sample_responses() {
    assert_none(
        "MomentDetail",
        &moment_detail_table(MOMENT_KO, MOMENT_REFERENCE).check(),
    );
}

#[test]
fn keyword_ad_error_matches_the_page() {
    assert_none("KeywordAdError", &keyword_ad_table(KEYWORD_AD_KO).check());
}

#[test]
fn keyword_ad_detail_matches_the_page_and_its_sample_response() {
    assert_none(
        "KeywordAdDetail",
        &keyword_ad_detail_table(KEYWORD_AD_KO).check(),
    );
}

#[test]
fn parse_sees_every_row_the_headers_count() {
    let rows = |page, read: fn(&str) -> Vec<Row>| {
        rows_per_copy(page, &read(page), |r| r.copy, |r| r.whole)
    };
    let details = |page| rows_per_copy(page, &detail_rows(page), |r| r.copy, |r| r.whole);
    // Kakao Moment (en): 9 rows in copies 1 and 2; copy 3 stops inside -402, copy 4 inside -3.
    assert_eq!(
        rows(MOMENT_EN, english_rows),
        [(1, 9, 0), (2, 9, 0), (3, 6, 1), (4, 1, 1)]
    );
    assert_eq!(rows(MOMENT_KO, korean_rows), [(1, 11, 0)]);
    assert_eq!(rows(KEYWORD_AD_KO, korean_rows), [(1, 10, 0)]);
    // Detail codes: 5 + 7550 (cut); 38 + 24029 (cut); 14 + 101016 (cut).
    assert_eq!(details(MOMENT_KO), [(1, 5, 1)]);
    assert_eq!(details(MOMENT_REFERENCE), [(1, 38, 1)]);
    assert_eq!(details(KEYWORD_AD_KO), [(1, 14, 1)]);
    assert_eq!(
        sample_details(MOMENT_KO),
        [
            (21006, "존재하지 않는 광고계정입니다.".to_owned()),
            (
                20023,
                "허용되지 않은 광고계정의 집행 상태입니다.".to_owned()
            )
        ]
    );
    assert_eq!(
        sample_details(KEYWORD_AD_KO),
        [(103005, "없는 비즈채널입니다.".to_owned())]
    );
    // The English page's sample body is cut inside its detailMsg: it gives no sample.
    assert!(sample_details(MOMENT_EN).is_empty());
}

#[test]
fn rows_are_read_like_a_person_reads_them() {
    // Cells run together, status glued to the code: "-813429If ...-".
    let quota = english_rows(MOMENT_EN)
        .into_iter()
        .find(|r| r.copy == 2 && r.status == Some(429))
        .unwrap();
    assert_eq!(quota.code, -813);
    assert_eq!(
        quota.body,
        Body::Joined("If you have exceeded the allowed quota limit.-".to_owned())
    );
    // A Korean cell that goes on to a second line.
    let korean = korean_rows(KEYWORD_AD_KO);
    assert_eq!(
        korean[1].body,
        Body::Cells(
            "잘못된 파라미터를 전달한 경우 호출 인자값이 잘못되었거나 필수 인자가 포함되지 않은 경우"
                .to_owned(),
            Some("API 호출 시 파라미터를 확인하고 올바른 값을 전달합니다.".to_owned())
        )
    );
    // The last row of the table ends before the sample response.
    let last = korean.last().unwrap();
    assert_eq!(
        (last.code, last.status, last.whole),
        (-813, Some(429), true)
    );
    // Status lines of the error-code table are not detail codes; 400 is one in the detail table.
    let details = detail_rows(KEYWORD_AD_KO);
    assert_eq!(details[0].code, 400);
    assert_eq!(details[0].text, "Bad Request");
    assert_eq!(details.iter().filter(|r| r.code == 400).count(), 1);
    let reference = detail_rows(MOMENT_REFERENCE);
    let cut = reference.last().unwrap();
    assert_eq!(
        (cut.code, cut.text.as_str(), cut.whole),
        (24029, "친구그룹은 계정당 50개", false)
    );
}

#[test]
fn module_docs_remedy_tables_match_the_tables_and_the_rules() {
    /// The table of the module docs after `section` against `variants`.
    fn check<E: KakaoError + Copy + Debug>(
        module: &str,
        section: &str,
        variants: &[E],
        rule: impl Fn(&E) -> u8,
    ) {
        let documented = documented_remedies(after(module, section));
        assert_eq!(documented.len(), variants.len(), "{documented:#?}");
        for (e, row) in variants.iter().zip(documented) {
            let code: i32 = row.code.parse().unwrap_or(0);
            let place = format!("{} {code} {:?}", e.name(), row.status);
            // A status is written only to tell apart the rows of a shared code.
            let shown_status = e.status().filter(|_| row.status.is_some());
            assert_eq!((e.code(), shown_status), (code, row.status), "{place}");
            assert_eq!(e.remedy().as_str(), row.remedy, "{place}");
            assert_eq!(rule(e), row.rule, "{place}: the rule that decides it");
        }
    }
    let moment = moment_table(MOMENT_EN, MOMENT_KO);
    check(
        MOMENT_MODULE,
        "# The remedy rule",
        MomentError::VARIANTS,
        |e| moment.rule_number(e),
    );
    check(
        MOMENT_MODULE,
        "A [`MomentDetail`] says what is wrong",
        MomentDetail::VARIANTS,
        |e| detail_rule(e.message_ko().unwrap_or(e.message())).1,
    );
    let keyword_ad = keyword_ad_table(KEYWORD_AD_KO);
    check(
        KEYWORD_AD_MODULE,
        "# The remedy rule",
        KeywordAdError::VARIANTS,
        |e| keyword_ad.rule_number(e),
    );
    check(
        KEYWORD_AD_MODULE,
        "[`KeywordAdDetail`]'s rows are decided",
        KeywordAdDetail::VARIANTS,
        |e| detail_rule(e.message_ko().unwrap_or(e.message())).1,
    );
}

// ---------------------------------------------------------------------------------------------
// A changed page must fail, readably
// ---------------------------------------------------------------------------------------------

#[test]
fn mutated_english_status_is_reported() {
    let en = mutate(MOMENT_EN, "-12403If", "-12400If");
    let problems = moment_table(&en, MOMENT_KO).check();
    assert_eq!(
        problems,
        ["MomentError page (en) copy 2 -12 (400): status: page Some(400), table Some(403)"]
    );
}

#[test]
fn mutated_shared_code_row_is_told_apart_by_status() {
    let en = mutate(
        MOMENT_EN,
        "-813429If you have exceeded the allowed quota limit.-",
        "-813429If you have exceeded the allowed quota limit.Try again later.",
    );
    let problems = moment_table(&en, MOMENT_KO).check();
    assert_reported(
        &problems,
        "MomentError -813 (429): solution: page Some(\"Try again later.\"), table None",
    );
    assert_reported_line(
        &problems,
        "MomentError -813 (429): retry: page true, table false",
    );
    // The 400 and 403 rows are untouched.
    assert!(
        !problems
            .iter()
            .any(|p| p.contains("-813 (400)") || p.contains("-813 (403)")),
        "{problems:#?}"
    );
}

#[test]
fn mutated_korean_rows_are_reported() {
    // The 403 row's cause; -1's solution now says to retry.
    let ko = mutate(
        MOMENT_KO,
        "권한(Permission)이 없는 경우",
        "권한이 없는 경우",
    );
    let ko = mutate(
        &ko,
        "내부 서버 에러가 발생한 경우 | - |",
        "내부 서버 에러가 발생한 경우 | 재시도 |",
    );
    let problems = moment_table(MOMENT_EN, &ko).check();
    assert_eq!(problems.len(), 4, "{problems:#?}");
    assert_reported(
        &problems,
        "MomentError -813 (403): message_ko differs at character 2",
    );
    assert_reported(
        &problems,
        "MomentError -1 (500): solution_ko: page Some(\"재시도\"), table None",
    );
    assert_reported_line(
        &problems,
        "MomentError -1 (500): retry: page true, table false",
    );
    assert_reported_line(
        &problems,
        "MomentError -1 (500): remedy: page \"retry\", table \"outcome_unknown\"",
    );
}

#[test]
fn mutated_limit_rows_follow_the_rule() {
    // Kakao Moment -10 without "try again later": a limit that resets by itself.
    let en = mutate(
        MOMENT_EN,
        "-10400If you make a request over the number of allowed calls.Check your API quota limits and try again later or request a quota increase.",
        "-10400If you make a request over the number of allowed calls.Check your API quota limits.",
    );
    let problems = moment_table(&en, MOMENT_KO).check();
    assert_reported_line(
        &problems,
        "MomentError -10 (400): remedy: page \"retry_later\", table \"throttled\"",
    );
    // Kakao Keyword Ad -10 with "잠시 후 재시도": a wait the retry loop honours.
    let ko = mutate(
        KEYWORD_AD_KO,
        "허용된 요청 횟수가 초과된 경우 | 요청 횟수를 줄이고 재시도합니다. |",
        "허용된 요청 횟수가 초과된 경우 | 잠시 후 재시도합니다. |",
    );
    let problems = keyword_ad_table(&ko).check();
    assert_reported_line(
        &problems,
        "KeywordAdError -10 (400): remedy: page \"throttled\", table \"retry_later\"",
    );
    assert_reported_line(
        &problems,
        "KeywordAdError -10 (400): retry: page true, table false",
    );
}

#[test]
fn mutated_keyword_ad_rows_are_reported() {
    // A status that changes, and a row that goes.
    let ko = mutate(KEYWORD_AD_KO, "-3 |\n400 |", "-3 |\n403 |");
    let ko = mutate(
        &ko,
        "-820 |\n400 |\n카카오 키워드광고 내부 에러가 있을 경우 | - |\n",
        "",
    );
    let problems = keyword_ad_table(&ko).check();
    assert_reported(
        &problems,
        "KeywordAdError page (ko) copy 1 -3 (403): status: page Some(403), table Some(400)",
    );
    assert_reported(&problems, "KeywordAdError -820 (400): on no page");
    assert_reported(&problems, "KeywordAdError -3 (400): on no page");
}

#[test]
fn mutated_detail_codes_are_reported() {
    // A reference text that changes, a text that now says "already deleted", a row that goes.
    let reference = mutate(
        MOMENT_REFERENCE,
        "광고계정 상태 변경이 불가합니다.",
        "광고계정 상태를 바꿀 수 없습니다.",
    );
    let reference = mutate(
        &reference,
        "존재하지 않는 사업자입니다.",
        "이미 삭제된 사업자입니다.",
    );
    let problems = moment_detail_table(MOMENT_KO, &reference).check();
    assert_reported(
        &problems,
        "MomentDetail 21500: message_ko differs at character 7",
    );
    // 5001 is on both lists: they now disagree, and the rule reads the first.
    assert_reported(
        &problems,
        "MomentDetail 5001: the text of Kakao Moment reference page (ko) (the lists disagree) differs",
    );

    let error_page = mutate(MOMENT_KO, "| 5001 | 존재하지 않는 사업자입니다. |\n", "");
    let reference = mutate(
        MOMENT_REFERENCE,
        "5001 |\n존재하지 않는 사업자입니다. |\n",
        "",
    );
    let problems = moment_detail_table(&error_page, &reference).check();
    assert_eq!(
        problems,
        ["MomentDetail 5001: on no list and in no sample response"]
    );

    let error_page = mutate(
        MOMENT_KO,
        "| 3002 | AGENCY에 가입되지 않은 사용자입니다. |",
        "| 3002 | 존재하지 않는 AGENCY입니다. |",
    );
    let problems = moment_detail_table(&error_page, MOMENT_REFERENCE).check();
    assert_reported_line(
        &problems,
        "MomentDetail 3002: remedy: page \"fix_request\", table \"user_action\"",
    );
}

#[test]
fn mutated_sample_responses_are_reported() {
    // 20023's detailMsg changes: the docs no longer quote it.
    let error_page = mutate(
        MOMENT_KO,
        "\"detailMsg\": \"허용되지 않은 광고계정의 집행 상태입니다.\",",
        "\"detailMsg\": \"집행할 수 없는 광고계정입니다.\",",
    );
    let problems = moment_detail_table(&error_page, MOMENT_REFERENCE).check();
    assert_eq!(
        problems,
        [
            "MomentDetail sample response 20023: the docs of GuaranteedAdAccount do not quote its detailMsg \"집행할 수 없는 광고계정입니다.\""
        ]
    );
    // Keyword Ad's sample detail code changes: 103005 is on no list and in no sample.
    let page = mutate(
        KEYWORD_AD_KO,
        "\"detailCode\": 103005,",
        "\"detailCode\": 103006,",
    );
    let problems = keyword_ad_detail_table(&page).check();
    assert_reported(
        &problems,
        "KeywordAdDetail 103005: on no list and in no sample response",
    );
    assert_reported(
        &problems,
        "KeywordAdDetail sample response 103006: missing from KeywordAdDetail",
    );
}

#[test]
fn a_cut_detail_row_made_whole_is_reported() {
    let page = mutate(
        KEYWORD_AD_KO,
        // The header quotes the cut line too: the row starts a line.
        "\n| 101016 | 심사 서류 ID가 올바",
        "\n| 101016 | 심사 서류 ID가 올바르지 않습니다. |",
    );
    let problems = keyword_ad_detail_table(&page).check();
    assert_reported(
        &problems,
        "KeywordAdDetail 101016: known_from (a row of a list): page None, table Some(",
    );
}

#[test]
fn the_korean_only_rows_are_the_ones_without_english_text() {
    // The two rows the English page lacks have this crate's English and no English solution.
    for e in [
        MomentError::InternalError,
        MomentError::MomentPermissionDenied,
    ] {
        assert_eq!(e.solution(), None);
        assert!(!tells_what_to_do(e.message(), MORE_SOLUTION_WORDS));
    }
    assert_eq!(
        MomentError::from_code_and_status(-813, 403),
        Some(MomentError::MomentPermissionDenied)
    );
    // Every Keyword Ad row is Korean only.
    assert!(
        KeywordAdError::VARIANTS
            .iter()
            .all(|e| e.solution().is_none() && e.message_ko().is_some())
    );
    // Detail codes written like HTTP statuses are detail codes.
    for code in [400, 403, 404, 409] {
        let detail = KeywordAdDetail::from_code(code).unwrap();
        assert!(detail.is_documented());
        assert_eq!((detail.status(), detail.message_ko()), (None, None));
    }
    assert_eq!(
        MomentDetail::from_code(400),
        Some(MomentDetail::Unknown(400))
    );
}

/// The public docs speak of Kakao's pages as a reader knows them, not of this repository's
/// fixture files.
#[test]
fn public_docs_do_not_speak_of_stored_copies() {
    let sources = [
        ("moment/mod.rs", MOMENT_MODULE),
        ("moment/error.rs", MOMENT_ERROR_SOURCE),
        ("moment/detail.rs", MOMENT_DETAIL_SOURCE),
        ("keyword_ad/mod.rs", KEYWORD_AD_MODULE),
        ("keyword_ad/error.rs", KEYWORD_AD_ERROR_SOURCE),
        ("keyword_ad/detail.rs", KEYWORD_AD_DETAIL_SOURCE),
    ];
    let found = doc_lines_with(&sources, "stored");
    assert!(found.is_empty(), "{found:#?}");
}
