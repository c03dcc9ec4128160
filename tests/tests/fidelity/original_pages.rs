//! Fidelity: every table of the crate, checked row by row against the text of the documentation
//! pages it encodes (byte-exact copies in `tests/fixtures/kakao-docs/`).
//!
//! The parsers here read the page text the way a person reads it (section titles, table rows,
//! bullet lists) and know nothing of the tables beyond the contract names. Each `check_*`
//! function returns the list of differences, each naming the page, the section and the code,
//! with the page's text beside the table's; the tests assert the list is empty, and the
//! `mutated_*` tests prove that a changed page line is reported.

use kakao_errors::mobility::{HttpStatus, MobilityError};
use kakao_errors::rest::{
    ApiError, Common, KeywordAd, Login, Moment, Push, TalkCalendar, TalkChannel, TalkMessage,
};
use kakao_errors::share::{
    COOKIE_NOTE, DEVTALK_INQUIRY, Guide, INTRO, Step, SubError, TalkShareError, Troubleshooting,
};
use kakao_errors::{KakaoError, Remedy};

use crate::report::{
    Report, assert_none, assert_only_reported, assert_reported, assert_reported_line,
    assert_reported_words,
};
use crate::stored_page::{copies, markdown_cells, mutate, solution_cell};

const REST_PAGE: &str = include_str!("../../fixtures/kakao-docs/000_aaed22e6c5df7ef6.txt");
const MOBILITY_PAGE_EN: &str = include_str!("../../fixtures/kakao-docs/001_08dbb06fc89b498e.txt");
const SDK_PAGE: &str = include_str!("../../fixtures/kakao-docs/002_b17b09d7e87e2239.txt");
const MOBILITY_PAGE_KO: &str = include_str!("../../fixtures/kakao-docs/003_4560393f14c57b58.txt");
const SHARE_PAGE: &str = include_str!("../../fixtures/kakao-docs/004_f19ebbf9b5f57bcc.txt");
const README: &str = include_str!("../../fixtures/kakao-docs/README.md");
const REST_PAGE_KO: &str =
    include_str!("../../fixtures/kakao-docs/more/rest-api-error-code.ko.txt");
const LOGIN_PAGE_KO: &str =
    include_str!("../../fixtures/kakao-docs/more/kakaologin-troubleshooting.ko.txt");
const CHANNEL_PAGE_KO: &str =
    include_str!("../../fixtures/kakao-docs/more/kakaotalk-channel-troubleshooting.ko.txt");
/// The address of page 002, the Android SDK's `ApiErrorCause` reference (the copy itself does
/// not carry it): what the `known_from` of a code only the SDK gives must name.
const SDK_REFERENCE: &str = "https://developers.kakao.com/sdk/reference/android-rx/release/kakao-open-android-docs/com.kakao.sdk.common.model/-api-error-cause/index.html";
/// The sources of the REST tables whose Korean texts come from a Korean page, where the
/// variants' docs quote the SDK's Korean wording.
const COMMON_SOURCE: &str = include_str!("../../../kakao-errors/src/rest/common.rs");
const LOGIN_SOURCE: &str = include_str!("../../../kakao-errors/src/rest/login.rs");
const TALK_CHANNEL_SOURCE: &str = include_str!("../../../kakao-errors/src/rest/talk_channel.rs");

/// The sections of page 000 whose rows a Korean page gives, with that page and the section's
/// source: `message_ko` and `solution_ko` are the Korean page's (checked by
/// `check_rest_korean_page`), and the SDK's Korean wording, where it differs, is quoted in the
/// source.
const KOREAN_PAGES: [(&str, &str, &str); 3] = [
    ("Common", REST_PAGE_KO, COMMON_SOURCE),
    ("Kakao Login", LOGIN_PAGE_KO, LOGIN_SOURCE),
    ("Kakao Talk Channel", CHANNEL_PAGE_KO, TALK_CHANNEL_SOURCE),
];

/// The source of a section with a Korean page, `None` for the others.
fn korean_section_source(section: &str) -> Option<&'static str> {
    KOREAN_PAGES
        .iter()
        .find(|(title, _, _)| *title == section)
        .map(|(_, _, source)| *source)
}

/// Whether a page's solution text is "send the same request again without changing anything
/// first" (SPEC §4): "Retry.", "... try again later ...". "Retry after linking ...", "Try again
/// after the review ...", "... and try again" ask for an action first; "Retry ... after cached
/// data expires" waits for something slower than a backoff (`RetryLater`, not retryable).
fn page_says_retry(solution: &str) -> bool {
    let s = solution.to_lowercase();
    s == "retry." || s.contains("try again later")
}

// ---------------------------------------------------------------------------------------------
// The remedy rule
// ---------------------------------------------------------------------------------------------

/// What a step of the remedy rule reads.
#[derive(Clone, Copy)]
enum Reads {
    Cause,
    /// The cause, when the solution also says to send the request again (the retry rule).
    CauseWithRetry,
    Solution,
    /// The solution, by the retry rule ([`page_says_retry`]).
    RetrySolution,
    /// The solution, unless it also says to send the request again (the retry rule): a limit to
    /// raise, when waiting is not offered as a way out.
    RaiseSolution,
    /// Nothing: the last step, taken when no other is.
    Nothing,
}

/// The remedy rule, as the module docs of `rest` write it ("The remedy rule"): the first step
/// whose words (lower case; matched ignoring case) the text contains decides.
const REMEDY_RULE: [(Reads, &[&str], Remedy<'static>); 17] = [
    (Reads::Cause, &["maintenance"], Remedy::RetryLater),
    (
        Reads::RaiseSolution,
        &["increase the limit", "quota increase"],
        Remedy::FixAppSettings,
    ),
    (
        Reads::CauseWithRetry,
        &["quota", "limit"],
        Remedy::Throttled { after: None },
    ),
    (Reads::Cause, &["quota", "limit"], Remedy::RetryLater),
    (Reads::RetrySolution, &[], Remedy::Retry { after: None }),
    (
        Reads::Solution,
        &["after cached data expires"],
        Remedy::RetryLater,
    ),
    (Reads::Solution, &["token"], Remedy::RefreshToken),
    (Reads::Solution, &["consent"], Remedy::REQUEST_CONSENT),
    (
        Reads::Solution,
        &[
            "app key",
            "app management page",
            "kakao developers",
            "review",
            "connect",
        ],
        Remedy::FixAppSettings,
    ),
    (
        Reads::Solution,
        &[
            "request parameters",
            "request header",
            "allowed range",
            "correct specification",
            "pass the correct",
        ],
        Remedy::FixRequest,
    ),
    (
        Reads::Solution,
        &[
            "kakao account",
            "browser",
            "[admin only]",
            "customer service",
        ],
        Remedy::UserAction,
    ),
    (
        Reads::Cause,
        &["developer account", "channel is banned"],
        Remedy::ContactSupport,
    ),
    (
        Reads::Cause,
        &[
            "not signed up",
            "dormant",
            "under age",
            "age verification",
            "signing is not completed",
            "refuses",
            "unsupported device",
            "suspended",
            "banned",
            "blocked",
            "restricted",
        ],
        Remedy::UserAction,
    ),
    (
        Reads::Cause,
        &["app key", "authentication failed"],
        Remedy::FixAppSettings,
    ),
    (
        Reads::Cause,
        &["timeout", "took too long", "internal error"],
        Remedy::OutcomeUnknown,
    ),
    (
        Reads::Cause,
        &[
            "does not exist",
            "wrong",
            "invalid",
            "unsupported",
            "maximum",
            "tried to",
            "terminated",
            "deprecated",
            "expired",
            "already linked",
            "does not have any registered",
        ],
        Remedy::FixRequest,
    ),
    (Reads::Nothing, &[], Remedy::Unknown),
];

/// The step of the remedy rule (1-based) that decides a row with this cause and solution
/// (`None`: the page's "-", or no solution at all), and the remedy it gives.
fn page_remedy_step(cause: &str, solution: Option<&str>) -> (usize, Remedy<'static>) {
    let cause = cause.to_lowercase();
    let solution = solution.map(str::to_lowercase);
    let has = |text: &str, words: &[&str]| words.iter().any(|w| text.contains(w));
    for (step, (reads, words, remedy)) in REMEDY_RULE.iter().enumerate() {
        let decides = match reads {
            Reads::Cause => has(&cause, words),
            Reads::CauseWithRetry => {
                has(&cause, words) && solution.as_deref().is_some_and(page_says_retry)
            }
            Reads::Solution => solution.as_deref().is_some_and(|s| has(s, words)),
            Reads::RetrySolution => solution.as_deref().is_some_and(page_says_retry),
            Reads::RaiseSolution => solution
                .as_deref()
                .is_some_and(|s| has(s, words) && !page_says_retry(s)),
            Reads::Nothing => true,
        };
        if decides {
            return (step + 1, remedy.clone());
        }
    }
    unreachable!("the rule's last step decides every row")
}

/// The remedy the rule gives a row with this cause and solution.
fn page_remedy(cause: &str, solution: Option<&str>) -> Remedy<'static> {
    page_remedy_step(cause, solution).1
}

/// A table row's text ("cause solution") split into the page's cause and solution, using the
/// table's texts to find the boundary: after the table's cause, or before the table's
/// solution. So a changed cause or a changed solution is still read from the page; `None` when
/// neither matches (both changed; the text difference is reported anyway).
fn split_row<'a>(text: &'a str, message: &str, solution: &str) -> Option<(&'a str, &'a str)> {
    if let Some(rest) = text.strip_prefix(message) {
        return Some((&text[..message.len()], rest.trim_start()));
    }
    let cause = text.strip_suffix(solution)?.strip_suffix(' ')?;
    Some((cause, &text[cause.len() + 1..]))
}

/// Checks one row's retry flag and remedy against what the page's cause and solution say.
fn check_retry_and_remedy<E: KakaoError>(
    report: &mut Report,
    place: &str,
    e: &E,
    cause: &str,
    solution: Option<&str>,
) {
    report.eq(
        place,
        "retry",
        solution.is_some_and(page_says_retry),
        e.is_retryable(),
    );
    report.eq(place, "remedy", page_remedy(cause, solution), e.remedy());
}

/// The leading integer of `s` and the rest after one space, as in `-402 403 ...`.
fn leading_int(s: &str) -> Option<(i32, &str)> {
    let end = s
        .char_indices()
        .find(|&(i, c)| !(c.is_ascii_digit() || (i == 0 && c == '-')))
        .map_or(s.len(), |(i, _)| i);
    let number = s[..end].parse().ok()?;
    Some((number, &s[end..]))
}

/// `-402 403 rest...` → `(-402, 403, "rest...")`.
fn code_status_rest(line: &str) -> Option<(i32, u16, &str)> {
    let (code, rest) = leading_int(line)?;
    let (status, rest) = leading_int(rest.strip_prefix(' ')?)?;
    Some((code, u16::try_from(status).ok()?, rest.strip_prefix(' ')?))
}

// ---------------------------------------------------------------------------------------------
// Page 000: REST API > Error code
// ---------------------------------------------------------------------------------------------

/// One section of page 000 and the type that encodes it.
struct RestSection {
    title: &'static str,
    codes: &'static [i32],
    lookup: fn(i32) -> Option<ApiError>,
}

fn rest_sections() -> [RestSection; 8] {
    fn via<E: KakaoError + Into<ApiError>>(code: i32) -> Option<ApiError> {
        E::from_code(code).map(Into::into)
    }
    [
        RestSection {
            title: "Common",
            codes: Common::CODES,
            lookup: via::<Common>,
        },
        RestSection {
            title: "Kakao Login",
            codes: Login::CODES,
            lookup: via::<Login>,
        },
        RestSection {
            title: "Kakao Talk Message",
            codes: TalkMessage::CODES,
            lookup: via::<TalkMessage>,
        },
        RestSection {
            title: "Kakao Talk Channel",
            codes: TalkChannel::CODES,
            lookup: via::<TalkChannel>,
        },
        RestSection {
            title: "Push Notification",
            codes: Push::CODES,
            lookup: via::<Push>,
        },
        RestSection {
            title: "Talk Calendar",
            codes: TalkCalendar::CODES,
            lookup: via::<TalkCalendar>,
        },
        RestSection {
            title: "Kakao Moment",
            codes: Moment::CODES,
            lookup: via::<Moment>,
        },
        RestSection {
            title: "Kakao Keyword Ad",
            codes: KeywordAd::CODES,
            lookup: via::<KeywordAd>,
        },
    ]
}

/// A table row as the page has it.
struct Row {
    section: String,
    code: i32,
    status: u16,
    /// Everything after the status: the cause, a space, the solution (or `-`).
    text: String,
}

/// The rows of page 000: every line under an "Error Code Status Code Cause Solution" header,
/// up to the next blank line, with the title of its section (the nearest known title above).
fn parse_rest_page(page: &str, titles: &[&str], report: &mut Report) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut section: Option<&str> = None;
    let mut in_table = false;
    for line in page.lines() {
        if titles.contains(&line) {
            section = Some(line);
        } else if line == "Error Code Status Code Cause Solution" {
            if section.is_none() {
                report.push("000", "a table without a known section title");
            }
            in_table = true;
        } else if line.trim().is_empty() {
            in_table = false;
        } else if in_table {
            match (section, code_status_rest(line)) {
                (Some(section), Some((code, status, text))) => rows.push(Row {
                    section: section.to_owned(),
                    code,
                    status,
                    text: text.to_owned(),
                }),
                _ => report.push("000", format!("unreadable table line {line:?}")),
            }
        }
    }
    rows
}

/// The codes of page 002's causes, from the README next to the pages: `(name, code)` in order.
fn sdk_codes(readme: &str) -> Vec<(String, i32)> {
    let start = readme
        .find("In the order of 002:")
        .expect("README: SDK code list");
    let list = &readme[start + "In the order of 002:".len()..];
    let list = &list[..list
        .find("\nNewer SDKs")
        .expect("README: end of the SDK code list")];
    // Drop the parenthetical remarks, e.g. "(renamed BlockedAccount in newer SDKs)".
    let mut plain = String::new();
    let mut depth = 0;
    for c in list.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain
        .trim()
        .trim_end_matches('.')
        .split(',')
        .map(|entry| {
            let mut words = entry.split_whitespace();
            let name = words.next().expect("README: SDK name").to_owned();
            let code = words
                .next()
                .and_then(|c| c.parse().ok())
                .expect("README: SDK code");
            (name, code)
        })
        .collect()
}

/// The names newer SDKs add ("Newer SDKs add NotFriend -502 and BlockedApp -12;").
fn newer_sdk_codes(readme: &str) -> Vec<(String, i32)> {
    let start = readme
        .find("Newer SDKs add ")
        .expect("README: newer SDK names");
    let rest = &readme[start + "Newer SDKs add ".len()..];
    let list = &rest[..rest.find(';').expect("README: end of newer SDK names")];
    list.split(" and ")
        .map(|entry| {
            let (name, code) = entry.trim().split_once(' ').expect("README: name and code");
            (
                name.to_owned(),
                code.parse().expect("README: newer SDK code"),
            )
        })
        .collect()
}

/// Page 002: the causes between "Entries" and "Functions", a Korean line then an English one.
fn parse_sdk_page(page: &str) -> Vec<(String, String)> {
    let entries = page.split_once("\nEntries\n").map_or("", |(_, rest)| rest);
    let entries = entries
        .split_once("\nFunctions\n")
        .map_or(entries, |(e, _)| e);
    let lines: Vec<&str> = entries.lines().filter(|l| !l.trim().is_empty()).collect();
    lines
        .chunks(2)
        .map(|pair| {
            (
                pair[0].to_owned(),
                pair.get(1).copied().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

fn check_rest_page(page: &str, sdk_page: &str, readme: &str) -> Vec<String> {
    let mut report = Report::against_page();
    let sections = rest_sections();
    let titles: Vec<&str> = sections.iter().map(|s| s.title).collect();
    let rows = parse_rest_page(page, &titles, &mut report);
    let sdk: Vec<(String, i32)> = sdk_codes(readme);
    let sdk_causes = parse_sdk_page(sdk_page);

    for row in &rows {
        let place = format!("000 {} {}", row.section, row.code);
        let Some(section) = sections.iter().find(|s| s.title == row.section) else {
            continue;
        };
        let Some(e) = (section.lookup)(row.code) else {
            report.push(
                &place,
                format!("code missing from the {} table", row.section),
            );
            continue;
        };
        report.eq(
            &place,
            "ApiError::from_code",
            Some(e),
            ApiError::from_code(row.code),
        );
        report.eq(&place, "status", Some(row.status), e.status());
        report.eq(&place, "known_from (a page row)", None, e.known_from());
        let solution = e.solution().unwrap_or("-");
        report.text(
            &place,
            "cause + solution",
            &row.text,
            &format!("{} {solution}", e.message()),
        );
        // The retry and remedy rules, read off the page's own cause and solution.
        match split_row(&row.text, e.message(), solution) {
            Some((cause, page_solution)) => {
                check_retry_and_remedy(&mut report, &place, &e, cause, solution_cell(page_solution))
            }
            None => report.push(&place, "cause and solution both differ: rules not checked"),
        }
        // Korean: from the section's Korean page where it has one (checked by
        // `check_rest_korean_page`), otherwise from page 002 where it lists the code.
        let korean_page = korean_section_source(&row.section).is_some();
        let in_sdk = sdk.iter().any(|&(_, code)| code == row.code);
        report.eq(
            &place,
            "has Korean (a section with a Korean page, or page 002 lists the code)",
            korean_page || in_sdk,
            e.message_ko().is_some(),
        );
        if !korean_page {
            report.eq(&place, "solution_ko", None, e.solution_ko());
        }
    }

    // Every section: the page's codes, in the page's order, then only SDK-only codes.
    for section in &sections {
        let page_codes: Vec<i32> = rows
            .iter()
            .filter(|r| r.section == section.title)
            .map(|r| r.code)
            .collect();
        let table_page_codes: Vec<i32> = section
            .codes
            .iter()
            .copied()
            .filter(|c| page_codes.contains(c))
            .collect();
        report.eq(
            section.title,
            "codes in page order",
            page_codes.clone(),
            table_page_codes,
        );
        for &code in section.codes.iter().filter(|c| !page_codes.contains(c)) {
            if !sdk.iter().any(|&(_, c)| c == code) {
                report.push(
                    section.title,
                    format!("{code} is on neither page 000 nor page 002"),
                );
            }
        }
    }

    // Page 002's causes: the SDK's names and Korean text; for codes page 000 lacks, the SDK's
    // English text and no status.
    report.eq(
        "002",
        "number of causes (README list vs page)",
        sdk.len(),
        sdk_causes.len(),
    );
    for ((name, code), (korean, english)) in sdk.iter().zip(&sdk_causes) {
        let place = format!("002 {name} {code}");
        let Some(e) = ApiError::from_code(*code).filter(|e| !e.is_unknown()) else {
            report.push(&place, "code missing from the REST tables");
            continue;
        };
        report.eq(&place, "name", name.as_str(), e.name());
        // The source of the section with a Korean page that has this code as a row.
        let korean_source = rows
            .iter()
            .filter(|r| r.code == *code)
            .find_map(|r| korean_section_source(&r.section));
        match korean_source {
            None => report.text(&place, "message_ko", korean, e.message_ko().unwrap_or("")),
            Some(source)
                if e.message_ko() != Some(korean.as_str())
                    && !source.contains(&format!("\"{korean}\"")) =>
            {
                // The Korean page's cause is `message_ko`; the SDK's other wording must stay in
                // the variant's docs.
                report.push(
                    &place,
                    format!(
                        "the SDK's Korean {korean:?} is neither message_ko nor quoted in the docs"
                    ),
                );
            }
            Some(_) => {}
        }
        if rows.iter().all(|r| r.code != *code) {
            report.text(&place, "message (SDK-only cause)", english, e.message());
            report.eq(&place, "status (SDK-only cause)", None, e.status());
            report.eq(&place, "solution (SDK-only cause)", None, e.solution());
            report.eq(&place, "retry (SDK-only cause)", false, e.is_retryable());
            // Marked as a row the REST page does not list, naming the SDK's reference.
            report.known_from_has(
                &place,
                e.known_from(),
                &["ApiErrorCause", SDK_REFERENCE],
                &format!(
                    "(SDK-only cause) should name the SDK's ApiErrorCause reference, {SDK_REFERENCE}"
                ),
            );
            // The remedy rule, read off the SDK's English description (there is no solution).
            report.eq(
                &place,
                "remedy (SDK-only cause)",
                page_remedy(english, None),
                e.remedy(),
            );
        }
    }
    for (name, code) in newer_sdk_codes(readme) {
        let found = ApiError::from_code(code).map(|e| e.name());
        report.eq(
            &format!("README newer SDK {code}"),
            "name",
            Some(name.as_str()),
            found,
        );
    }
    report.into_problems()
}

// ---------------------------------------------------------------------------------------------
// REST API > 에러 코드 (Korean): the Common table
// ---------------------------------------------------------------------------------------------

/// A row of a Korean page's REST API table: code, status, 원인 (cause), 해결 방법 (solution).
#[derive(Debug, PartialEq)]
struct KoRow {
    code: i32,
    status: u16,
    cause: String,
    solution: String,
}

/// A Korean page's first REST API table: the first run of table lines (lines with a `|`) whose
/// cells start with the header "에러 코드", "상태 코드", "원인", "해결 방법", read in order four
/// cells to a row; the table ends at the first line that is not a table line. One rendering
/// puts a cell on each line, another a row; read as cells, both are the same. `None` for a copy
/// without such a table (an older version of a page that had no REST API table).
fn korean_rest_rows(copy: &str, report: &mut Report) -> Option<Vec<KoRow>> {
    const HEADER: [&str; 4] = ["에러 코드", "상태 코드", "원인", "해결 방법"];
    let lines: Vec<&str> = copy.lines().collect();
    let table_cells = |block: &[&str]| -> Vec<String> {
        block
            .iter()
            .filter(|l| !l.starts_with("|---"))
            .flat_map(|l| markdown_cells(l).into_iter().map(str::to_owned))
            .collect()
    };
    let mut at = 0;
    let cells = loop {
        let start = at + lines[at..].iter().position(|l| l.contains('|'))?;
        let end = start
            + lines[start..]
                .iter()
                .position(|l| !l.contains('|'))
                .unwrap_or(lines.len() - start);
        let cells = table_cells(&lines[start..end]);
        if cells.starts_with(&HEADER.map(str::to_owned)) {
            break cells;
        }
        at = end;
    };
    let table = &cells[HEADER.len()..];
    if table.len() % 4 != 0 {
        report.push(
            "ko",
            format!("{} cells do not make rows of four", table.len()),
        );
    }
    let rows = table
        .chunks_exact(4)
        .filter_map(|row| {
            let parsed = (row[0].parse().ok(), row[1].parse().ok());
            if let (Some(code), Some(status)) = parsed {
                Some(KoRow {
                    code,
                    status,
                    cause: row[2].clone(),
                    solution: row[3].clone(),
                })
            } else {
                report.push("ko", format!("unreadable row {row:?}"));
                None
            }
        })
        .collect();
    Some(rows)
}

/// A Korean page's REST API table against the table of page 000's `section`: its codes are the
/// English page's, with the same statuses; `message_ko` is its 원인 and `solution_ko` its 해결
/// 방법 (none for "-"), from the first copy that has the table (the current address); every
/// other copy that has it must say the same.
fn check_rest_korean_page(ko_page: &str, en_page: &str, section: &str) -> Vec<String> {
    let mut report = Report::against_page();
    let mut tables: Vec<(usize, Vec<KoRow>)> = Vec::new();
    for copy in copies(ko_page) {
        if let Some(rows) = korean_rest_rows(copy.text, &mut report) {
            tables.push((copy.number, rows));
        }
    }
    let Some(((_, chosen), others)) = tables.split_first() else {
        report.push(&format!("ko {section}"), "no copy has a REST API table");
        return report.into_problems();
    };
    let sections = rest_sections();
    let Some(table) = sections.iter().find(|s| s.title == section) else {
        report.push(&format!("ko {section}"), "not a section of page 000");
        return report.into_problems();
    };

    let titles: Vec<&str> = sections.iter().map(|s| s.title).collect();
    let en_codes: Vec<i32> = parse_rest_page(en_page, &titles, &mut report)
        .iter()
        .filter(|r| r.section == section)
        .map(|r| r.code)
        .collect();
    let ko_codes: Vec<i32> = chosen.iter().map(|r| r.code).collect();
    report.eq(
        &format!("ko {section}"),
        "codes (vs the English page)",
        en_codes,
        ko_codes,
    );

    for row in chosen {
        let place = format!("ko {section} {}", row.code);
        let Some(e) = (table.lookup)(row.code) else {
            report.push(&place, format!("code missing from the {section} table"));
            continue;
        };
        report.eq(&place, "status", Some(row.status), e.status());
        report.text(
            &place,
            "message_ko",
            &row.cause,
            e.message_ko().unwrap_or(""),
        );
        report.eq(
            &place,
            "solution_ko",
            solution_cell(&row.solution),
            e.solution_ko(),
        );
    }
    for (copy, other) in others {
        report.eq(
            &format!("ko copy {copy}"),
            &format!("number of {section} rows (vs copy 1)"),
            chosen.len(),
            other.len(),
        );
        for (a, b) in chosen.iter().zip(other) {
            if a != b {
                report.push(
                    &format!("ko copy {copy} {section} {}", b.code),
                    format!("differs from copy 1: {b:?}, copy 1 {a:?}"),
                );
            }
        }
    }
    report.into_problems()
}

#[test]
fn rest_korean_texts_match_the_korean_pages() {
    let mut problems = Vec::new();
    for (section, page, _) in KOREAN_PAGES {
        problems.extend(check_rest_korean_page(page, REST_PAGE, section));
    }
    assert_none("REST API (Korean)", &problems);
}

#[test]
fn korean_page_parse_sees_every_rest_api_table() {
    let mut report = Report::against_page();
    let mut read = |page: &str| -> Vec<Option<Vec<KoRow>>> {
        copies(page)
            .iter()
            .map(|copy| korean_rest_rows(copy.text, &mut report))
            .collect()
    };
    // REST API > 에러 코드: both copies have the Common table (and stop in the next one).
    let common = read(REST_PAGE_KO);
    assert_eq!(common.len(), 2);
    for rows in &common {
        let rows = rows.as_ref().unwrap();
        assert_eq!(rows.len(), 20);
        assert_eq!((rows[0].code, rows[0].solution.as_str()), (-1, "재시도"));
        assert_eq!(
            (rows[19].code, rows[19].cause.as_str()),
            (-9798, "서비스 점검중")
        );
    }
    // Kakao Login and Kakao Talk Channel troubleshooting: the current version has the REST
    // API table (before its own table), the older version none.
    let login = read(LOGIN_PAGE_KO);
    let login_rows = login[0].as_ref().unwrap();
    let codes: Vec<i32> = login_rows.iter().map(|r| r.code).collect();
    assert_eq!(codes, [-101, -102, -103, -201, -402, -406]);
    assert_eq!(login_rows[0].solution, "카카오계정 연결 후 재시도");
    assert!(login[1].is_none());
    let channel = read(CHANNEL_PAGE_KO);
    let channel_rows = channel[0].as_ref().unwrap();
    let codes: Vec<i32> = channel_rows.iter().map(|r| r.code).collect();
    assert_eq!(codes, [-541, -544, -815, -816, -817, -818, -819]);
    assert_eq!(channel_rows[6].solution, "앱에 카카오톡 채널 연결");
    assert!(channel[1].is_none());
    assert!(report.into_problems().is_empty());
}

/// The Korean REST API page's text stops inside the first row of its Kakao Login table; what
/// it has of -101's cause is the beginning of the Kakao Login page's, which the table keeps.
#[test]
fn the_korean_rest_page_begins_login_rows_as_the_login_page_gives_them() {
    let message_ko = Login::NotRegisteredUser.message_ko().unwrap();
    for copy in copies(REST_PAGE_KO) {
        let (_, last) = copy.text.rsplit_once("-101").expect("the cut -101 row");
        let cells: Vec<&str> = last
            .split(['|', '\n'])
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        assert_eq!(cells.len(), 2, "{cells:?}");
        assert_eq!(cells[0], "400");
        assert!(
            message_ko.starts_with(cells[1]) && cells[1].len() > 20,
            "{:?} does not begin {message_ko:?}",
            cells[1]
        );
    }
}

#[test]
fn rest_tables_match_page_000_and_002() {
    assert_none("REST API", &check_rest_page(REST_PAGE, SDK_PAGE, README));
}

#[test]
fn rest_page_parse_sees_every_row() {
    let titles: Vec<&str> = rest_sections().iter().map(|s| s.title).collect();
    let mut report = Report::against_page();
    let rows = parse_rest_page(REST_PAGE, &titles, &mut report);
    assert!(report.into_problems().is_empty());
    // The README's row counts: 20 + 6 + 5 + 7 + 1 + 2 + 1 + 1.
    let count = |title: &str| rows.iter().filter(|r| r.section == title).count();
    let counts: Vec<usize> = titles.iter().map(|t| count(t)).collect();
    assert_eq!(counts, [20, 6, 5, 7, 1, 2, 1, 1]);
    assert_eq!(sdk_codes(README).len(), 29);
    assert_eq!(parse_sdk_page(SDK_PAGE).len(), 29);
}

// ---------------------------------------------------------------------------------------------
// Pages 001 and 003: Kakao Mobility > Troubleshooting > Response code
// ---------------------------------------------------------------------------------------------

/// The cells of a Markdown-style table line `| a | b | c |` (the page glues one to a `}`).
fn cells(line: &str) -> Option<Vec<&str>> {
    let start = line.find("| ")?;
    let inner = line[start..].strip_prefix('|')?.strip_suffix('|')?;
    Some(inner.split(" | ").map(str::trim).collect())
}

/// `(description, solution)` of a 001 "Description" cell: "text Solution: text".
fn split_solution(cell: &str) -> (&str, Option<&str>) {
    match cell.split_once(" Solution: ") {
        Some((message, solution)) => (message, Some(solution)),
        None => (cell, None),
    }
}

/// Page 001's error rows: `(code, status, description cell)`.
fn mobility_rows_en(page: &str) -> Vec<(i32, u16, String)> {
    page.lines()
        .filter_map(cells)
        .filter(|c| c.len() == 3)
        .filter_map(|c| {
            let (code, _) = leading_int(c[0]).filter(|(_, rest)| rest.is_empty())?;
            let status = c[1].parse().ok()?;
            Some((code, status, c[2].to_owned()))
        })
        .collect()
}

/// Page 003's error rows: `code\tstatus\tdescription`, then (after a blank line) an optional
/// "해결 방법: ..." line.
fn mobility_rows_ko(page: &str) -> Vec<(i32, u16, String, Option<String>)> {
    let mut rows: Vec<(i32, u16, String, Option<String>)> = Vec::new();
    let table = page
        .split_once("표 1 공통 에러 코드")
        .map_or("", |(_, t)| t);
    for line in table.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        if let [code, status, description] = fields[..] {
            if let (Ok(code), Ok(status)) = (code.parse(), status.parse()) {
                rows.push((code, status, description.to_owned(), None));
                continue;
            }
        }
        if let Some(solution) = line.strip_prefix("해결 방법: ") {
            if let Some(last) = rows.last_mut() {
                last.3 = Some(solution.to_owned());
            }
        }
    }
    rows
}

fn check_mobility_pages(en: &str, ko: &str) -> Vec<String> {
    let mut report = Report::against_page();
    let rows_en = mobility_rows_en(en);
    let rows_ko = mobility_rows_ko(ko);
    let codes_en: Vec<i32> = rows_en.iter().map(|r| r.0).collect();
    let codes_ko: Vec<i32> = rows_ko.iter().map(|r| r.0).collect();
    report.eq(
        "001",
        "codes in page order",
        codes_en.as_slice(),
        MobilityError::CODES,
    );
    report.eq(
        "003",
        "codes in page order",
        codes_ko.as_slice(),
        MobilityError::CODES,
    );

    for (code, status, cell) in &rows_en {
        let place = format!("001 {code}");
        let Some(e) = MobilityError::from_code(*code).filter(|e| e.name() != "Unknown") else {
            report.push(&place, "code missing from MobilityError");
            continue;
        };
        let (message, solution) = split_solution(cell);
        report.eq(&place, "status", Some(*status), e.status());
        report.text(&place, "message", message, e.message());
        report.eq(&place, "solution", solution, e.solution());
        check_retry_and_remedy(&mut report, &place, &e, message, solution);
    }
    for (code, status, description, solution) in &rows_ko {
        let place = format!("003 {code}");
        let Some(e) = MobilityError::from_code(*code).filter(|e| e.name() != "Unknown") else {
            report.push(&place, "code missing from MobilityError");
            continue;
        };
        report.eq(&place, "status", Some(*status), e.status());
        report.text(
            &place,
            "message_ko",
            description,
            e.message_ko().unwrap_or(""),
        );
        report.eq(&place, "solution_ko", solution.as_deref(), e.solution_ko());
    }
    report.into_problems()
}

fn check_http_status_pages(en: &str, ko: &str) -> Vec<String> {
    let mut report = Report::against_page();
    // English: | 400 Bad Request | Fail | General error Indicates ... |
    let rows_en: Vec<Vec<&str>> = en
        .lines()
        .filter_map(cells)
        .filter(|c| c.len() == 3 && c[1] != "Status" && c[1] != "---")
        .filter(|c| leading_int(c[0]).is_some_and(|(_, rest)| !rest.is_empty()))
        .collect();
    let numbers: Vec<u16> = rows_en
        .iter()
        .filter_map(|c| c[0].split(' ').next()?.parse().ok())
        .collect();
    let all: Vec<u16> = HttpStatus::VARIANTS.iter().map(|s| s.as_u16()).collect();
    report.eq("001 HTTP", "statuses in page order", numbers, all);
    for row in &rows_en {
        let place = format!("001 HTTP {}", row[0]);
        let Some(s) = row[0]
            .split(' ')
            .next()
            .and_then(|n| n.parse().ok())
            .and_then(HttpStatus::from_u16)
        else {
            report.push(&place, "status missing from HttpStatus");
            continue;
        };
        report.text(&place, "code cell", row[0], &s.to_string());
        report.text(&place, "status cell", row[1], s.outcome());
        report.eq(&place, "is_success", row[1] == "Success", s.is_success());
        report.text(
            &place,
            "description cell",
            row[2],
            &format!("{} {}", s.meaning(), s.description()),
        );
    }

    // Korean: "400 Bad Request\t실패\t일반적인 오류", a blank line, the description.
    let table = ko.split_once("표 1 HTTP 상태 코드").map_or("", |(_, t)| t);
    let table = table.split_once("에러 코드").map_or(table, |(t, _)| t);
    let lines: Vec<&str> = table.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut seen = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let fields: Vec<&str> = line.split('\t').collect();
        let [code, outcome, meaning] = fields[..] else {
            continue;
        };
        let Some(s) = code
            .split(' ')
            .next()
            .and_then(|n| n.parse().ok())
            .and_then(HttpStatus::from_u16)
        else {
            if code != "Code" {
                report.push(
                    "003 HTTP",
                    format!("status missing from HttpStatus: {code:?}"),
                );
            }
            continue;
        };
        let place = format!("003 HTTP {code}");
        seen.push(s);
        report.text(&place, "code cell", code, &s.to_string());
        report.text(&place, "status cell", outcome, s.outcome_ko());
        report.text(&place, "meaning_ko", meaning, s.meaning_ko());
        let description = lines.get(i + 1).copied().unwrap_or("");
        report.text(&place, "description_ko", description, s.description_ko());
    }
    report.eq(
        "003 HTTP",
        "statuses in page order",
        seen.as_slice(),
        HttpStatus::VARIANTS,
    );
    report.into_problems()
}

#[test]
fn mobility_table_matches_pages_001_and_003() {
    assert_none(
        "Kakao Mobility",
        &check_mobility_pages(MOBILITY_PAGE_EN, MOBILITY_PAGE_KO),
    );
}

#[test]
fn http_status_table_matches_pages_001_and_003() {
    assert_none(
        "HTTP status",
        &check_http_status_pages(MOBILITY_PAGE_EN, MOBILITY_PAGE_KO),
    );
}

#[test]
fn mobility_parse_sees_every_row() {
    assert_eq!(mobility_rows_en(MOBILITY_PAGE_EN).len(), 15);
    let ko = mobility_rows_ko(MOBILITY_PAGE_KO);
    assert_eq!(ko.len(), 15);
    assert_eq!(ko.iter().filter(|r| r.3.is_some()).count(), 7);
}

// ---------------------------------------------------------------------------------------------
// Page 004: Kakao Talk Share > Troubleshooting
// ---------------------------------------------------------------------------------------------

/// The rows of page 004's table: a line starting with a 4-digit code and a status, plus the
/// lines that continue it (up to a blank line or the next row), joined with `\n`.
fn share_rows(page: &str) -> Vec<(i32, u16, String)> {
    let mut rows: Vec<(i32, u16, String)> = Vec::new();
    let table = page
        .split_once("Error Code Status Code Cause Solution\n")
        .map_or("", |(_, t)| t);
    for line in table.lines() {
        if line.trim().is_empty() {
            break;
        }
        match code_status_rest(line) {
            Some((code, status, rest)) => rows.push((code, status, rest.to_owned())),
            None => {
                if let Some(last) = rows.last_mut() {
                    last.2.push('\n');
                    last.2.push_str(line);
                }
            }
        }
    }
    rows
}

fn check_share_table(page: &str) -> Vec<String> {
    let mut report = Report::against_page();
    let rows = share_rows(page);
    let codes: Vec<i32> = rows.iter().map(|r| r.0).collect();
    report.eq(
        "004",
        "codes in page order",
        codes.as_slice(),
        TalkShareError::CODES,
    );
    for (code, status, text) in &rows {
        let place = format!("004 {code}");
        let Some(e) = TalkShareError::from_code(*code).filter(|e| e.name() != "Unknown") else {
            report.push(&place, "code missing from TalkShareError");
            continue;
        };
        report.eq(&place, "status", Some(*status), e.status());
        let solution = e.solution().unwrap_or("-");
        report.text(
            &place,
            "cause + solution",
            text,
            &format!("{} {solution}", e.message()),
        );
        match split_row(text, e.message(), solution) {
            Some((cause, page_solution)) => {
                check_retry_and_remedy(&mut report, &place, &e, cause, solution_cell(page_solution))
            }
            None => report.push(&place, "cause and solution both differ: rules not checked"),
        }
        report.eq(
            &place,
            "message_ko (English-only page)",
            None,
            e.message_ko(),
        );
    }
    report.into_problems()
}

/// The lines of `page` from the line equal to `heading` (exclusive) to the first line equal to
/// one of `ends` (exclusive) or the end.
fn section<'a>(page: &'a str, heading: &str, ends: &[&str]) -> Vec<&'a str> {
    page.lines()
        .skip_while(|l| *l != heading)
        .skip(1)
        .take_while(|l| !ends.contains(l))
        .collect()
}

/// The bullet or numbered items of `lines` from the line equal to `label` up to the first line
/// that is neither an item nor blank: each top-level item (two spaces, then "• " or "N. ") with
/// the four-space sub-items under it.
fn items(lines: &[&str], label: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for line in lines.iter().skip_while(|l| **l != label).skip(1) {
        if let Some(sub) = line.strip_prefix("    • ") {
            if let Some(last) = out.last_mut() {
                last.1.push(sub.to_owned());
            }
        } else if let Some(item) = line.strip_prefix("  ") {
            let text = item.strip_prefix("• ").or_else(|| {
                item.split_once(". ")
                    .filter(|(n, _)| n.parse::<u8>().is_ok())
                    .map(|(_, t)| t)
            });
            match text {
                Some(text) => out.push((text.to_owned(), Vec::new())),
                None => break,
            }
        } else if !line.trim().is_empty() {
            break;
        }
    }
    out
}

fn table_steps(steps: &[Step]) -> Vec<(String, Vec<String>)> {
    steps
        .iter()
        .map(|s| {
            (
                s.text().to_owned(),
                s.details().iter().map(|d| (*d).to_owned()).collect(),
            )
        })
        .collect()
}

fn owned(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|t| (*t).to_owned()).collect()
}

fn check_share_troubleshooting(page: &str) -> Vec<String> {
    let mut report = Report::against_page();
    let headings = [
        "4002 Error",
        "4019 Error",
        "invalid android_key_hash or ios_bundle_id or web_site_url",
        "domain mismatched",
        "wrong appKey(null) format",
        "When using Google Apps Script web app",
        "When using an app distributed through App Distribution",
        "5001 Error",
        COOKIE_NOTE.title(),
        "DevTalk inquiry",
    ];
    let intro = section(page, "Case-by-case troubleshooting", &headings);
    report.eq(
        "004 intro",
        "text",
        intro.iter().find(|l| !l.is_empty()).copied(),
        Some(INTRO),
    );

    let cases = [
        (4002, "4002 Error"),
        (4019, "4019 Error"),
        (5001, "5001 Error"),
    ];
    let codes: Vec<i32> = Troubleshooting::all()
        .iter()
        .map(|t| t.error().code())
        .collect();
    report.eq(
        "004 cases",
        "codes",
        codes,
        cases.iter().map(|c| c.0).collect(),
    );
    for (code, heading) in cases {
        let place = format!("004 {heading}");
        let Some(t) = Troubleshooting::for_code(code) else {
            report.push(&place, "no Troubleshooting");
            continue;
        };
        let lines = section(page, heading, &headings);
        let causes: Vec<String> = items(&lines, "Cause").into_iter().map(|c| c.0).collect();
        report.eq(&place, "causes", causes, owned(t.causes()));
        report.eq(
            &place,
            "steps",
            items(&lines, "Solution"),
            table_steps(t.steps()),
        );
    }

    for &sub in SubError::VARIANTS {
        let place = format!("004 4019 {:?}", sub);
        let lines = section(page, sub.title(), &headings);
        let shown = lines.iter().find(|l| !l.is_empty()).copied();
        report.eq(&place, "shown message", shown, Some(sub.shown_message()));
        report.eq(
            &place,
            "from_message(shown)",
            Some(sub),
            SubError::from_message(sub.shown_message()),
        );
        let causes: Vec<String> = items(&lines, "Cause").into_iter().map(|c| c.0).collect();
        report.eq(&place, "causes", causes, owned(sub.causes()));
        let steps = items(&lines, "Solution");
        report.eq(&place, "steps", steps.clone(), table_steps(sub.steps()));
        // A guide is listed exactly when a step refers to it by title.
        let referred: Vec<Guide> = [Guide::GoogleAppsScript, Guide::AppDistribution]
            .into_iter()
            .filter(|g| {
                steps
                    .iter()
                    .any(|s| s.0.contains(&format!("refer to {}", g.title())))
            })
            .collect();
        report.eq(&place, "guides", referred.as_slice(), sub.guides());
    }
    for guide in [Guide::GoogleAppsScript, Guide::AppDistribution] {
        let place = format!("004 guide {:?}", guide);
        let mut lines = vec![""];
        lines.extend(section(page, guide.title(), &headings));
        report.eq(
            &place,
            "steps",
            items(&lines, ""),
            table_steps(guide.steps()),
        );
    }

    let note: Vec<&str> = section(page, COOKIE_NOTE.title(), &headings)
        .into_iter()
        .filter(|l| !l.is_empty())
        .collect();
    report.eq(
        "004 cookie note",
        "paragraphs",
        note.as_slice(),
        COOKIE_NOTE.paragraphs(),
    );
    let inquiry = section(page, "DevTalk inquiry", &headings);
    let inquiry: Vec<String> = items(&inquiry, "If you cannot find a solution in this document, contact DevTalk with the following information.")
        .into_iter()
        .map(|i| i.0)
        .collect();
    report.eq(
        "004 DevTalk inquiry",
        "items",
        inquiry,
        owned(DEVTALK_INQUIRY),
    );
    report.into_problems()
}

#[test]
fn talk_share_table_matches_page_004() {
    assert_none("Kakao Talk Share", &check_share_table(SHARE_PAGE));
}

#[test]
fn talk_share_troubleshooting_matches_page_004() {
    assert_none(
        "Talk Share troubleshooting",
        &check_share_troubleshooting(SHARE_PAGE),
    );
}

#[test]
fn share_parse_sees_every_row() {
    let rows = share_rows(SHARE_PAGE);
    assert_eq!(rows.len(), 19);
    assert!(
        rows.iter()
            .any(|r| r.0 == 4011 && r.2.ends_with("\nContact DevTalk."))
    );
}

// ---------------------------------------------------------------------------------------------
// The remedy rule in the module docs, and what it promises
// ---------------------------------------------------------------------------------------------

const REST_DOCS: &str = include_str!("../../../kakao-errors/src/rest/mod.rs");
const SHARE_DOCS: &str = include_str!("../../../kakao-errors/src/share/mod.rs");
const MOBILITY_DOCS: &str = include_str!("../../../kakao-errors/src/mobility/mod.rs");

/// The rows of the Markdown tables under "# The remedy rule" in a module's `//!` docs, as
/// trimmed cells.
fn remedy_docs_rows(source: &str) -> Vec<Vec<String>> {
    source
        .lines()
        .filter_map(|l| l.strip_prefix("//!"))
        .map(str::trim)
        .skip_while(|l| *l != "# The remedy rule")
        .skip(1)
        .take_while(|l| !l.starts_with("# "))
        .filter(|l| l.starts_with('|') && !l.starts_with("|---"))
        .map(|l| markdown_cells(l).into_iter().map(str::to_owned).collect())
        .collect()
}

/// `FixAppSettings` for [`Remedy::FixAppSettings`]: the name `#[kakao(remedy = ...)]` takes.
fn remedy_name(remedy: &Remedy) -> String {
    remedy
        .as_str()
        .split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

/// The docs' per-code table of a module against the type: every code once, in order, with the
/// variant's name, its remedy, and the step of the rule that decides it.
fn check_remedy_docs<E: KakaoError>(module: &str, source: &str) -> Vec<String> {
    let mut report = Report::against_page();
    let rows: Vec<Vec<String>> = remedy_docs_rows(source)
        .into_iter()
        .filter(|cells| cells.len() == 5 && cells[0].parse::<i32>().is_ok())
        .collect();
    let codes: Vec<i32> = rows.iter().filter_map(|c| c[0].parse().ok()).collect();
    report.eq(
        module,
        "codes of the remedy table",
        codes.as_slice(),
        E::CODES,
    );
    for cells in &rows {
        let place = format!("{module} docs {}", cells[0]);
        let Some(e) = cells[0].parse().ok().and_then(E::from_code) else {
            continue;
        };
        let (step, _) = page_remedy_step(e.message(), e.solution());
        report.eq(&place, "name", format!("`{}`", e.name()), cells[1].clone());
        report.eq(
            &place,
            "remedy",
            format!("`{}`", remedy_name(&e.remedy())),
            cells[2].clone(),
        );
        report.eq(&place, "step", step.to_string(), cells[3].clone());
    }
    report.into_problems()
}

/// The steps of the rule as `rest`'s docs write them, against [`REMEDY_RULE`].
fn check_remedy_rule_docs(source: &str) -> Vec<String> {
    let mut report = Report::against_page();
    let steps: Vec<Vec<String>> = remedy_docs_rows(source)
        .into_iter()
        .filter(|cells| cells.len() == 4 && cells[0].parse::<usize>().is_ok())
        .collect();
    report.eq(
        "rest docs",
        "number of steps",
        REMEDY_RULE.len(),
        steps.len(),
    );
    for (cells, (reads, words, remedy)) in steps.iter().zip(&REMEDY_RULE) {
        let place = format!("rest docs step {}", cells[0]);
        let reads = match reads {
            Reads::Cause | Reads::CauseWithRetry => "cause",
            Reads::Solution | Reads::RetrySolution | Reads::RaiseSolution => "solution",
            Reads::Nothing => "",
        };
        report.eq(&place, "reads", reads, cells[1].as_str());
        // The quoted words, in the order written (the retry step quotes the retry rule's).
        let quoted: Vec<String> = cells[2]
            .split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_lowercase)
            .collect();
        if !words.is_empty() {
            report.eq(
                &place,
                "words",
                words.to_vec(),
                quoted.iter().map(String::as_str).collect(),
            );
        }
        report.eq(
            &place,
            "remedy",
            format!("`{}`", remedy_name(remedy)),
            cells[3].clone(),
        );
    }
    report.into_problems()
}

#[test]
fn remedy_rule_docs_match_the_rule_and_the_tables() {
    let mut problems = check_remedy_rule_docs(REST_DOCS);
    problems.extend(check_remedy_docs::<ApiError>("rest", REST_DOCS));
    problems.extend(check_remedy_docs::<TalkShareError>("share", SHARE_DOCS));
    problems.extend(check_remedy_docs::<MobilityError>(
        "mobility",
        MOBILITY_DOCS,
    ));
    assert_none("remedy rule docs", &problems);
}

/// Every documented value of `E`.
fn documented<E: KakaoError>() -> Vec<E> {
    E::CODES.iter().filter_map(|&c| E::from_code(c)).collect()
}

#[test]
fn retryable_rows_have_a_waiting_remedy() {
    fn check<E: KakaoError>(problems: &mut Vec<String>) -> usize {
        let retryable: Vec<E> = documented::<E>()
            .into_iter()
            .filter(KakaoError::is_retryable)
            .collect();
        for e in &retryable {
            if !e.remedy().is_wait() {
                problems.push(format!(
                    "{} {}: retry = true but remedy {}",
                    e.name(),
                    e.code(),
                    e.remedy()
                ));
            }
        }
        retryable.len()
    }
    let mut problems = Vec::new();
    let rest = check::<ApiError>(&mut problems);
    let share = check::<TalkShareError>(&mut problems);
    let mobility = check::<MobilityError>(&mut problems);
    assert_none("retryable rows", &problems);
    // SPEC §4: REST -1; Talk Share 4003, 4007, 4015, 4017, 5001, 5005; Mobility -1.
    assert_eq!((rest, share, mobility), (1, 6, 1));
}

/// Every row of every table in the catalog, a code documented once per status once per
/// status: `is_retryable() == remedy().is_wait()` (the derive enforces it; this checks the
/// tables as built, through the catalog that every tool reads).
#[test]
fn every_row_is_retryable_exactly_when_its_remedy_waits() {
    let mut problems = Vec::new();
    let mut rows = 0;
    for table in kakao_errors::catalog::TABLES {
        for entry in table.entries() {
            rows += 1;
            if entry.is_retryable() != entry.remedy().is_wait() {
                problems.push(format!(
                    "{} {} {}: retry {} but remedy {}",
                    table.title(),
                    entry.code(),
                    entry.name(),
                    entry.is_retryable(),
                    entry.remedy()
                ));
            }
        }
    }
    assert_none("retry and remedy", &problems);
    assert!(rows > 130, "{rows} rows");
    // The rows that once waited without being retryable now wait longer than a backoff, or do
    // not know their outcome.
    let rest: Vec<(i32, Remedy)> = [
        -7, -10, -502, -531, -532, -533, -536, -9798, -603, -815, -813, -820,
    ]
    .iter()
    .map(|&c| (c, ApiError::from_code(c).unwrap().remedy()))
    .collect();
    for (code, remedy) in rest {
        let expected = if [-603, -815, -813, -820].contains(&code) {
            Remedy::OutcomeUnknown
        } else {
            Remedy::RetryLater
        };
        assert_eq!(remedy, expected, "{code}");
    }
}

#[test]
fn every_step_of_the_remedy_rule_decides_a_row() {
    fn steps<E: KakaoError>() -> Vec<usize> {
        documented::<E>()
            .iter()
            .map(|e| page_remedy_step(e.message(), e.solution()).0)
            .collect()
    }
    let mut used = steps::<ApiError>();
    used.extend(steps::<TalkShareError>());
    used.extend(steps::<MobilityError>());
    let unused: Vec<usize> = (1..=REMEDY_RULE.len())
        .filter(|step| !used.contains(step))
        .collect();
    assert!(unused.is_empty(), "steps that decide no row: {unused:?}");
}

// ---------------------------------------------------------------------------------------------
// A changed page must fail, readably
// ---------------------------------------------------------------------------------------------

#[test]
fn mutated_rest_status_is_reported() {
    let page = mutate(REST_PAGE, "\n-402 403 ", "\n-402 400 ");
    let problems = check_rest_page(&page, SDK_PAGE, README);
    assert_eq!(
        problems,
        ["000 Kakao Login -402: status: page Some(400), table Some(403)"]
    );
}

#[test]
fn mutated_rest_cause_is_reported_with_a_diff() {
    let page = mutate(
        REST_PAGE,
        "If the header is invalid.",
        "If the headers are invalid.",
    );
    let problems = check_rest_page(&page, SDK_PAGE, README);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    let report = &problems[0];
    assert!(
        report.starts_with("000 Common -8: cause + solution differs at character 13"),
        "{report}"
    );
    assert!(
        report.contains("page : If the headers are invalid. Check the request header."),
        "{report}"
    );
    assert!(
        report.contains("table: If the header is invalid. Check the request header."),
        "{report}"
    );
}

#[test]
fn mutated_rest_solution_changes_the_retry_rule() {
    // "-" → "Retry.": the row text differs and the page now says retry where the table does not.
    let page = mutate(
        REST_PAGE,
        "-9798 503 If the service is undergoing maintenance. -",
        "-9798 503 If the service is undergoing maintenance. Retry.",
    );
    let problems = check_rest_page(&page, SDK_PAGE, README);
    assert_reported(&problems, "000 Common -9798: cause + solution differs");
    assert_reported_line(&problems, "000 Common -9798: retry: page true, table false");
}

#[test]
fn removed_and_added_rest_rows_are_reported() {
    let removed = mutate(
        REST_PAGE,
        "-911 400 If using an image file with the unsupported format to upload. -\n",
        "",
    );
    let problems = check_rest_page(&removed, SDK_PAGE, README);
    assert_reported_words(&problems, "-911 is on neither page 000 nor page 002");

    let added = mutate(
        REST_PAGE,
        "-820 400 Internal",
        "-821 400 A new row. -\n-820 400 Internal",
    );
    let problems = check_rest_page(&added, SDK_PAGE, README);
    assert_reported_line(
        &problems,
        "000 Kakao Keyword Ad -821: code missing from the Kakao Keyword Ad table",
    );
}

#[test]
fn mutated_sdk_korean_line_is_reported() {
    let page = mutate(SDK_PAGE, "연령인증 필요", "연령 인증 필요");
    let problems = check_rest_page(REST_PAGE, &page, README);
    assert_only_reported(
        &problems,
        "002 RequiredAgeVerification -405: message_ko differs",
    );
}

#[test]
fn mutated_mobility_rows_are_reported() {
    let en = mutate(MOBILITY_PAGE_EN, "| -7 | 500 |", "| -7 | 400 |");
    assert_eq!(
        check_mobility_pages(&en, MOBILITY_PAGE_KO),
        ["001 -7: status: page Some(400), table Some(500)"]
    );

    let en = mutate(
        MOBILITY_PAGE_EN,
        "Solution: Check your request parameters.",
        "Solution: Retry.",
    );
    let problems = check_mobility_pages(&en, MOBILITY_PAGE_KO);
    assert_reported_line(&problems, "001 -2: retry: page true, table false");

    let ko = mutate(
        MOBILITY_PAGE_KO,
        "해결 방법: 요청 헤더 확인",
        "해결 방법: 헤더 확인",
    );
    let problems = check_mobility_pages(MOBILITY_PAGE_EN, &ko);
    assert_eq!(
        problems,
        ["003 -8: solution_ko: page Some(\"헤더 확인\"), table Some(\"요청 헤더 확인\")"]
    );
}

#[test]
fn mutated_http_status_row_is_reported() {
    let ko = mutate(
        MOBILITY_PAGE_KO,
        "429 Too Many Request\t실패\t쿼터 초과",
        "429 Too Many Request\t성공\t쿼터 초과",
    );
    let problems = check_http_status_pages(MOBILITY_PAGE_EN, &ko);
    assert_only_reported(
        &problems,
        "003 HTTP 429 Too Many Request: status cell differs",
    );
}

#[test]
fn mutated_share_rows_are_reported() {
    let page = mutate(
        SHARE_PAGE,
        "4016 401 Unauthorized request. -",
        "4016 401 Unauthorized request. Try again later.",
    );
    let problems = check_share_table(&page);
    assert_reported_line(&problems, "004 4016: retry: page true, table false");

    let page = mutate(
        SHARE_PAGE,
        "Check the app key used in the request.\nContact DevTalk.",
        "Check the app key used in the request.",
    );
    let problems = check_share_table(&page);
    assert_only_reported(&problems, "004 4011: cause + solution differs");
}

#[test]
fn mutated_troubleshooting_is_reported() {
    let page = mutate(
        SHARE_PAGE,
        "  4. Update to the latest version of the SDK.\n",
        "",
    );
    let problems = check_share_troubleshooting(&page);
    assert_only_reported(&problems, "004 4002 Error: steps");

    let page = mutate(
        SHARE_PAGE,
        "[-401] domain mismatched! caller=https://xx.",
        "[-401] domain mismatch! caller=https://xx.",
    );
    let problems = check_share_troubleshooting(&page);
    assert_reported(&problems, "004 4019 DomainMismatched: shown message");
}

#[test]
fn mutated_pages_change_the_expected_remedy() {
    type Check = fn(&str) -> Vec<String>;
    // (page, its check, the line changed, the change, the difference reported)
    let cases: [(&str, Check, &str, &str, &str); 9] = [
        // A solution: "-" becomes a request to fix parameters; the timeout is no longer `Retry`.
        (
            REST_PAGE,
            |page| check_rest_page(page, SDK_PAGE, README),
            "on the Kakao Platform. -",
            "on the Kakao Platform. Check the request parameters.",
            "000 Common -603: remedy: page FixRequest, table OutcomeUnknown",
        ),
        // A cause: the solution stays "-", the new cause's words decide.
        (
            REST_PAGE,
            |page| check_rest_page(page, SDK_PAGE, README),
            "If the Kakao Talk Channel is banned.",
            "If the Kakao Talk Channel does not exist yet.",
            "000 Kakao Talk Channel -544: remedy: page FixRequest, table ContactSupport",
        ),
        // An SDK-only cause, read from the SDK's English description.
        (
            SDK_PAGE,
            |sdk| check_rest_page(REST_PAGE, sdk, README),
            "The public key has been expired",
            "The public key is not ready",
            "002 TransactionHasExpired -423: remedy (SDK-only cause): page Unknown, table FixRequest",
        ),
        // Kakao Talk Share: a solution that now sends the user to Kakao Customer Service (the
        // user's help desk: the user acts).
        (
            SHARE_PAGE,
            check_share_table,
            "4016 401 Unauthorized request. -",
            "4016 401 Unauthorized request. Contact Kakao Customer Service.",
            "004 4016: remedy: page UserAction, table Unknown",
        ),
        // A suspended account: the user's is the user's to resolve, the developer's is the
        // app's team's.
        (
            REST_PAGE,
            |page| check_rest_page(page, SDK_PAGE, README),
            "-12 403 If your Kakao Developers app or developer account has been suspended.",
            "-12 403 If your Kakao Account has been suspended.",
            "000 Common -12: remedy: page UserAction, table ContactSupport",
        ),
        (
            REST_PAGE,
            |page| check_rest_page(page, SDK_PAGE, README),
            "-4 403 If an account has been blocked",
            "-4 403 If a developer account has been blocked",
            "000 Common -4: remedy: page ContactSupport, table UserAction",
        ),
        // A limit: raising it is the way out, unless the solution offers to wait.
        (
            REST_PAGE,
            |page| check_rest_page(page, SDK_PAGE, README),
            "limit amount. Increase the limit amount.",
            "limit amount. -",
            "000 Common -11: remedy: page RetryLater, table FixAppSettings",
        ),
        (
            SHARE_PAGE,
            check_share_table,
            "Request a quota increase. Try again after the review is approved.",
            "Try again later or request a quota increase.",
            "004 4006: remedy: page Throttled { after: None }, table FixAppSettings",
        ),
        // Kakao Mobility: a description that no longer says maintenance.
        (
            MOBILITY_PAGE_EN,
            |en| check_mobility_pages(en, MOBILITY_PAGE_KO),
            "The service is currently under maintenance.",
            "The service is currently unavailable.",
            "001 -9798: remedy: page Unknown, table RetryLater",
        ),
    ];
    for (page, check, from, to, expected) in cases {
        let problems = check(&mutate(page, from, to));
        assert!(
            problems.iter().any(|p| p == expected),
            "{from:?} -> {to:?}: expected {expected:?} among {problems:#?}"
        );
    }
}

#[test]
fn mutated_korean_page_is_reported() {
    // The current address's copy changes: the table differs from it, and the copies disagree.
    let page = mutate(REST_PAGE_KO, "서비스 점검중 |\n", "서비스 점검 중 |\n");
    let problems = check_rest_korean_page(&page, REST_PAGE, "Common");
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(
        problems[0].starts_with("ko Common -9798: message_ko differs"),
        "{problems:#?}"
    );
    assert!(
        problems[1].starts_with("ko copy 2 Common -9798: differs from copy 1"),
        "{problems:#?}"
    );

    // A solution: "-" becomes a text the table does not have.
    let page = mutate(
        REST_PAGE_KO,
        "타임아웃이 발생한 경우 |\n- |",
        "타임아웃이 발생한 경우 |\n재시도 |",
    );
    let problems = check_rest_korean_page(&page, REST_PAGE, "Common");
    assert_reported_line(
        &problems,
        "ko Common -603: solution_ko: page Some(\"재시도\"), table None",
    );

    // The SDK's Korean wording of a Common code, which the variant's docs must keep.
    let sdk = mutate(SDK_PAGE, "서비스 점검 중\n", "서비스 점검 중입니다\n");
    let problems = check_rest_page(REST_PAGE, &sdk, README);
    assert_eq!(
        problems,
        [
            "002 UnderMaintenance -9798: the SDK's Korean \"서비스 점검 중입니다\" is neither message_ko nor quoted in the docs"
        ]
    );
}

#[test]
fn known_from_marks_exactly_the_codes_only_the_sdk_gives() {
    let marked: Vec<i32> = ApiError::CODES
        .iter()
        .copied()
        .filter(|&code| ApiError::from_code(code).unwrap().known_from().is_some())
        .collect();
    assert_eq!(marked, [-301, -405, -421, -422, -423, -504, -531]);

    // -406 leaves the page: page 002 still has it, so it must now be marked (and take the
    // SDK's texts), which the table's row is not.
    let page = mutate(
        REST_PAGE,
        "-406 401 If a user under age 14 calls the API from the app that does not allow the users under age 14. -\n",
        "",
    );
    let problems = check_rest_page(&page, SDK_PAGE, README);
    assert_reported(
        &problems,
        "002 UnderAgeLimit -406: known_from (SDK-only cause) should name the SDK's ApiErrorCause reference",
    );
}

#[test]
fn mutated_korean_login_and_channel_pages_are_reported() {
    // Kakao Login: a solution of the "카카오 로그인 API" table changes.
    let page = mutate(
        LOGIN_PAGE_KO,
        "| 카카오계정 연결 후 재시도 |",
        "| 카카오계정 연결 후 재요청 |",
    );
    assert_eq!(
        check_rest_korean_page(&page, REST_PAGE, "Kakao Login"),
        [
            "ko Kakao Login -101: solution_ko: page Some(\"카카오계정 연결 후 재요청\"), table Some(\"카카오계정 연결 후 재시도\")"
        ]
    );

    // Kakao Talk Channel: a status changes, and a cause loses a word.
    let page = mutate(
        CHANNEL_PAGE_KO,
        "-544 |\n400 |\n카카오톡 채널이 제재 상태인 경우 |",
        "-544 |\n403 |\n카카오톡 채널이 제재된 경우 |",
    );
    let problems = check_rest_korean_page(&page, REST_PAGE, "Kakao Talk Channel");
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert_eq!(
        problems[0],
        "ko Kakao Talk Channel -544: status: page Some(403), table Some(400)"
    );
    assert!(
        problems[1].starts_with("ko Kakao Talk Channel -544: message_ko differs"),
        "{problems:#?}"
    );

    // A row leaves the Korean table: the codes no longer match the English page's.
    let page = mutate(
        CHANNEL_PAGE_KO,
        "-815 |\n400 |\n카카오톡 채널 API 내부 에러 | - |\n",
        "",
    );
    let problems = check_rest_korean_page(&page, REST_PAGE, "Kakao Talk Channel");
    assert_only_reported(
        &problems,
        "ko Kakao Talk Channel: codes (vs the English page)",
    );

    // The SDK's Korean wording of a Kakao Login code, which the variant's docs must keep.
    let sdk = mutate(
        SDK_PAGE,
        "앱에 설정된 제한 연령보다 사용자의 연령이 낮음\n",
        "앱에 설정된 제한 연령보다 사용자의 연령이 낮은 경우\n",
    );
    assert_eq!(
        check_rest_page(REST_PAGE, &sdk, README),
        [
            "002 UnderAgeLimit -406: the SDK's Korean \"앱에 설정된 제한 연령보다 사용자의 연령이 낮은 경우\" is neither message_ko nor quoted in the docs"
        ]
    );
}
