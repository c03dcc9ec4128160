//! Fidelity of the tables encoded from the stored copies in `tests/fixtures/kakao-docs/more/`
//! (Kakao Login, including its page for Kakao and affiliate services only, Business
//! Authentication, Kakao Talk Channel): every row of every table, checked against the text of
//! the copy it comes from. (Kakao Moment, whose English and Korean pages differ in their rows,
//! is checked with Kakao Keyword Ad in `ads.rs`.)
//!
//! The parser reads each stored copy the way a person reads it: a row starts with its code
//! (`KOE001`, `KAE004`), its cells are apart where the rendering separates them with
//! `|` and run together where it does not, a blank line ends the table unless a "Note:"
//! follows, and the last row of a copy that the excerpt limit cut is unfinished. For each row
//! and language, the table must match the first copy, in the preference order written here and
//! in the module docs, that has the whole row. The retry and remedy rules are applied to the
//! page's own text, so a changed page line changes what the table must say.
//!
//! Each `check_*` function returns the differences, one readable entry each; the tests assert
//! there are none, and the `mutated_*` tests prove that a changed page line is reported.

use std::collections::BTreeSet;
use std::fmt::Debug;

use kakao_errors::channel::KaeError;
use kakao_errors::oauth::{BusinessAuthError, KoeError};
use kakao_errors::{KakaoError, Remedy};

use crate::report::{
    Report, assert_none, assert_only_reported, assert_reported, assert_reported_line,
    code_and_status, in_declared_order, tells_what_to_do,
};
use crate::source_text::{doc_lines_with, documented_remedies, first_paragraph, variant_doc};
use crate::stored_page::{
    Body, RowEnd, RowText, copy_address, markdown_cells, mutate, row_cells, row_texts,
    rows_per_copy,
};

const LOGIN_EN: &str =
    include_str!("../../fixtures/kakao-docs/more/kakaologin-troubleshooting.en.txt");
const LOGIN_KO: &str =
    include_str!("../../fixtures/kakao-docs/more/kakaologin-troubleshooting.ko.txt");
const BUSINESS_EN: &str =
    include_str!("../../fixtures/kakao-docs/more/business-auth-troubleshooting.en.txt");
const BUSINESS_KO: &str =
    include_str!("../../fixtures/kakao-docs/more/business-auth-troubleshooting.ko.txt");
const CHANNEL_EN: &str =
    include_str!("../../fixtures/kakao-docs/more/kakaotalk-channel-troubleshooting.en.txt");
const CHANNEL_KO: &str =
    include_str!("../../fixtures/kakao-docs/more/kakaotalk-channel-troubleshooting.ko.txt");
const LOGIN_AFFILIATE_KO: &str =
    include_str!("../../fixtures/kakao-docs/more/kakaologin-affiliate-troubleshooting.ko.txt");
const README: &str = include_str!("../../fixtures/kakao-docs/more/README.md");

/// The table sources, for the doc comments of the variants (a row without English text takes
/// its English message from the doc comment).
const KOE_SOURCE: &str = include_str!("../../../kakao-errors/src/oauth/koe.rs");
const BUSINESS_SOURCE: &str = include_str!("../../../kakao-errors/src/oauth/business_auth.rs");
const KAE_SOURCE: &str = include_str!("../../../kakao-errors/src/channel/kae.rs");

// ---------------------------------------------------------------------------------------------
// Reading a stored page
// ---------------------------------------------------------------------------------------------

/// What a row of a table starts with.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Codes {
    /// `KOE` and digits.
    Koe,
    /// `KAE` and digits.
    Kae,
}

impl Codes {
    fn starts_row(self, line: &str) -> bool {
        let rest = match self {
            Self::Koe => line.strip_prefix("KOE"),
            Self::Kae => line.strip_prefix("KAE"),
        };
        rest.is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    }
}

#[derive(Debug, Clone)]
struct Row {
    copy: usize,
    /// As written: `KOE001`; an unfinished row may have an unfinished code (`KAE00`).
    code: String,
    /// The HTTP status: none of these tables has a status column, so always `None`; it is
    /// part of the key a table's value is looked up by, as in the other fidelity tests.
    status: Option<u16>,
    /// The OAuth `error` value written in the code's cell (`KOE201 invalid_request`).
    error: Option<String>,
    body: Body,
    /// Whether the row is whole: not the row a cut copy stops in.
    whole: bool,
}

impl Row {
    fn key(&self) -> (String, Option<u16>) {
        (self.code.clone(), self.status)
    }
}

/// `KOE201invalid_request` → (`KOE201`, `invalid_request`); `KOE001` → (`KOE001`, none).
fn split_code(cell: &str) -> (String, Option<String>) {
    let letters = cell.find(|c: char| !c.is_ascii_uppercase()).unwrap_or(0);
    let end = cell[letters..]
        .find(|c: char| !(c.is_ascii_digit() || c == '-'))
        .map_or(cell.len(), |i| letters + i);
    let rest = cell[end..].trim();
    (
        cell[..end].to_owned(),
        (!rest.is_empty()).then(|| rest.to_owned()),
    )
}

/// The rows of every copy of `page`, in order: a blank line ends the table unless a note of
/// the cell ("Note:") follows.
fn rows(page: &str, codes: Codes) -> Vec<Row> {
    let end = RowEnd::BlankLine {
        goes_on_at: Some("Note:"),
    };
    row_texts(page, |line| codes.starts_row(line), &end)
        .into_iter()
        .map(read_row)
        .collect()
}

fn read_row(row: RowText) -> Row {
    let text = row.text.trim_end();
    let first_line = text.lines().next().unwrap_or("");
    if first_line.contains('|') {
        let (cells, closed) = row_cells(text);
        let (code, error) = split_code(cells[0]);
        let body = match &cells[1..] {
            // The older Korean Kakao Talk Channel copy: "cause 해결 방법: solution".
            [description] => match description.split_once(" 해결 방법: ") {
                Some((cause, solution)) => Body::from_cells(&[cause, solution]),
                None => Body::from_cells(&[description]),
            },
            cells => Body::from_cells(cells),
        };
        return Row {
            copy: row.copy,
            code,
            status: None,
            // The code's cell is whole once another cell follows it.
            error: error.filter(|_| cells.len() > 1),
            body,
            whole: closed && !row.last_of_cut_copy,
        };
    }
    // Without separators: `KOE001 cause solution` or `KAE001causesolution`.
    let end = 3 + text[3..]
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len() - 3);
    let (code, rest) = (text[..end].to_owned(), &text[end..]);
    Row {
        copy: row.copy,
        code,
        status: None,
        error: None,
        body: Body::Joined(rest.strip_prefix(' ').unwrap_or(rest).to_owned()),
        whole: !row.last_of_cut_copy,
    }
}

// ---------------------------------------------------------------------------------------------
// The rules, applied to the page's text
// ---------------------------------------------------------------------------------------------

/// SPEC §4: the solution is to send the same request again without changing anything first.
fn says_retry(solution: &str) -> bool {
    let s = solution.trim().to_lowercase();
    s == "retry."
        || s == "재시도"
        || s.contains("try again later")
        || s.starts_with("try it again a few seconds later")
        || s.starts_with("잠시 후 재요청")
}

/// The remedy rule of the module docs (`oauth`, "The remedy rule"): the first rule whose words
/// the cause or the solution has.
fn remedy_rule(cause: &str, solution: Option<&str>) -> Remedy<'static> {
    let text = format!("{cause} {}", solution.unwrap_or("")).to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    // A limit whose way out is to have it raised, with no waiting offered.
    let raise = solution.is_some_and(|s| {
        let s = s.to_lowercase();
        ["increase the limit", "quota increase"]
            .iter()
            .any(|w| s.contains(w))
            && !says_retry(&s)
    });
    if has(&["developer account", "개발자 계정"]) {
        Remedy::ContactSupport
    } else if raise {
        Remedy::FixAppSettings
    } else if has(&["quota", "number of allowed calls", "rate limit"]) {
        // A wait the retry loop honours only where the page says to send the request again.
        if solution.is_some_and(says_retry) {
            Remedy::Throttled { after: None }
        } else {
            Remedy::RetryLater
        }
    } else if solution.is_some_and(says_retry) {
        Remedy::Retry { after: None }
    } else if has(&["액세스 토큰 재발급"]) {
        Remedy::RefreshToken
    } else if has(&["new authorization code", "log in with kakao again"]) {
        Remedy::Relogin
    } else if has(&["additional consent"]) {
        Remedy::REQUEST_CONSENT
    } else if has(&[
        "[my application]",
        "[app]",
        "앱 관리 페이지",
        "[내 애플리케이션]",
        "app settings",
        "app key",
        "앱 키",
        "registered platforms",
        "permission",
        "권한",
        "consent item the app has not set",
        "consent items are not set",
        "동의항목이 설정되지 않은",
        "connect kakao talk channel to app",
        "채널과 앱을 연결",
        "앱에 카카오톡 채널 연결",
        "unavailable app type",
        "사용할 수 없는 앱 타입",
    ]) {
        Remedy::FixAppSettings
    } else if has(&[
        "inform users",
        "사용자에게",
        "linked to your app",
        "kakao business center registration",
        "카카오비즈니스센터 가입",
        "status of the kakao account",
        "카카오계정 상태",
        "business assets",
        "비즈니스 자산",
        "suspended",
        "제재",
    ]) {
        Remedy::UserAction
    } else if has(&[
        "parameter",
        "파라미터",
        "url",
        "response_type",
        "redirect_uri",
        "client_secret",
        "rest api key",
        "rest api 키",
        "profile id",
        "채널 정보로 재요청",
        "status of the kakao talk channel",
        "올바른 정보로 재요청",
        "wrong request",
        "잘못된 요청",
        "without a refresh token",
        "플러그인 타입",
    ]) {
        Remedy::FixRequest
    } else {
        Remedy::Unknown
    }
}

// ---------------------------------------------------------------------------------------------
// The README: rows known from other sources, and the SDK's KAE codes
// ---------------------------------------------------------------------------------------------

/// A row of the README's table "Rows known only from other sources".
#[derive(Debug)]
struct OtherSource {
    codes: Vec<String>,
    /// The `error` cell when it is one value and nothing else.
    error: Option<String>,
    meaning: String,
    source: String,
    encode: bool,
}

/// The Markdown table lines of `readme` between the heading `from` and the heading `to`.
fn readme_table<'r>(readme: &'r str, from: &str, to: &str) -> Vec<Vec<&'r str>> {
    let section = readme.split_once(from).map_or("", |(_, s)| s);
    let section = section.split_once(to).map_or(section, |(s, _)| s);
    section
        .lines()
        .filter(|l| l.starts_with("| K"))
        .map(markdown_cells)
        .collect()
}

/// `KOE203, KOE204, KOE400-KOE403` → every code.
fn expand_codes(cell: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in cell.split(',').map(str::trim) {
        let word = part.split(' ').next().unwrap_or("");
        match word.split_once('-') {
            Some((from, to)) => {
                let (a, b): (u32, u32) = (from[3..].parse().unwrap(), to[3..].parse().unwrap());
                out.extend((a..=b).map(|n| format!("{}{n:03}", &from[..3])));
            }
            None => out.push(word.to_owned()),
        }
    }
    out
}

fn other_sources(readme: &str) -> Vec<OtherSource> {
    readme_table(
        readme,
        "## Rows known only from other sources",
        "### KAE codes",
    )
    .into_iter()
    .map(|c| {
        let error = c[1]
            .strip_prefix('`')
            .and_then(|e| e.strip_suffix('`'))
            .filter(|e| !e.contains(' ') && !e.contains('`'))
            .map(str::to_owned);
        OtherSource {
            codes: expand_codes(c[0]),
            error,
            meaning: c[2].to_owned(),
            source: c[3].to_owned(),
            encode: !c[4].contains("do not encode"),
        }
    })
    .collect()
}

/// The README's "KAE codes given only by Kakao SDK references": `(code, name, ko, en)`.
fn sdk_kae_codes(readme: &str) -> Vec<[String; 4]> {
    readme_table(
        readme,
        "### KAE codes given only by Kakao SDK references",
        "\nThe Flutter",
    )
    .into_iter()
    .map(|c| [c[0], c[1], c[2], c[3]].map(str::to_owned))
    .collect()
}

/// The address of the SDK reference the README's "KAE codes given only by Kakao SDK references"
/// come from: the first address in that section.
fn sdk_kae_reference(readme: &str) -> String {
    let section = readme
        .split_once("### KAE codes given only by Kakao SDK references")
        .map_or("", |(_, s)| s);
    named_sources(section.split_once("\n| code").map_or(section, |(s, _)| s))
        .into_iter()
        .next()
        .unwrap_or_default()
}

/// The sources a README cell names: its addresses, and its GitHub issue threads written
/// `owner/name#number` (as their addresses).
fn named_sources(cell: &str) -> Vec<String> {
    cell.split_whitespace()
        .filter_map(|word| {
            let word = word
                .trim_start_matches(['(', '`'])
                .trim_end_matches([')', ',', ';', '.', ':', '`']);
            if word.starts_with("http") {
                return Some(word.to_owned());
            }
            let (repo, number) = word.split_once('#')?;
            let repo_ok = repo.split('/').count() == 2 && !repo.starts_with('/');
            (repo_ok && !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()))
                .then(|| format!("https://github.com/{repo}/issues/{number}"))
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The tables and the copies they come from
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Lang {
    En,
    Ko,
}

/// One language of a page, and the order in which its copies are preferred: newest version
/// first, and of one version the rendering that keeps each cell on one line.
struct Source<'a> {
    label: &'static str,
    page: &'a str,
    lang: Lang,
    preference: &'static [usize],
    /// A page for Kakao and affiliate services only: its rows are the table's, but each says
    /// so in its `known_from`, naming the page.
    affiliate: bool,
}

struct Table<'a, E: 'static> {
    name: &'static str,
    codes: Codes,
    sources: Vec<Source<'a>>,
    variants: &'static [E],
    lookup: fn(&str, Option<u16>) -> Option<E>,
    error_value: fn(&E) -> Option<&'static str>,
    source_file: &'static str,
}

fn by_code_str<E: KakaoError>(code: &str, _: Option<u16>) -> Option<E> {
    E::from_code_str(code).filter(KakaoError::is_documented)
}

fn source<'a>(
    label: &'static str,
    page: &'a str,
    lang: Lang,
    preference: &'static [usize],
) -> Source<'a> {
    Source {
        label,
        page,
        lang,
        preference,
        affiliate: false,
    }
}

/// A page for Kakao and affiliate services only, in Korean, of one copy.
fn affiliate_source<'a>(label: &'static str, page: &'a str) -> Source<'a> {
    Source {
        affiliate: true,
        ..source(label, page, Lang::Ko, &[1])
    }
}

fn koe_table<'a>(en: &'a str, ko: &'a str) -> Table<'a, KoeError> {
    koe_table_with(en, ko, LOGIN_AFFILIATE_KO)
}

fn koe_table_with<'a>(en: &'a str, ko: &'a str, affiliate: &'a str) -> Table<'a, KoeError> {
    Table {
        name: "KoeError",
        codes: Codes::Koe,
        sources: vec![
            // Copy 4: the new docs site; 1-3: the newer version (2 and 3 in pipes); 5 and 6:
            // the older version (6 in pipes).
            source("Kakao Login (en)", en, Lang::En, &[4, 2, 3, 1, 6, 5]),
            // Copy 1: the newer version; copy 2: the older.
            source("Kakao Login (ko)", ko, Lang::Ko, &[1, 2]),
            // KOE103 .. KOE110.
            affiliate_source("Kakao Login, affiliates only (ko)", affiliate),
        ],
        variants: KoeError::VARIANTS,
        lookup: by_code_str::<KoeError>,
        error_value: KoeError::error_value,
        source_file: KOE_SOURCE,
    }
}

fn business_table<'a>(en: &'a str, ko: &'a str) -> Table<'a, BusinessAuthError> {
    Table {
        name: "BusinessAuthError",
        codes: Codes::Koe,
        sources: vec![
            // Copy 1: the newer version; 2 and 3: the older (3 in pipes).
            source("Business Authentication (en)", en, Lang::En, &[1, 3, 2]),
            source("Business Authentication (ko)", ko, Lang::Ko, &[1]),
        ],
        variants: BusinessAuthError::VARIANTS,
        lookup: by_code_str::<BusinessAuthError>,
        error_value: BusinessAuthError::error_value,
        source_file: BUSINESS_SOURCE,
    }
}

fn kae_table<'a>(en: &'a str, ko: &'a str) -> Table<'a, KaeError> {
    Table {
        name: "KaeError",
        codes: Codes::Kae,
        sources: vec![
            // Copies 2 and 4: the new docs site ("Partner Center", "[Platform key]"); 3: "Partner
            // Center"; 1: the oldest ("Admin Center").
            source("Kakao Talk Channel (en)", en, Lang::En, &[2, 4, 3, 1]),
            // Copy 1: the current version; copy 2: the older.
            source("Kakao Talk Channel (ko)", ko, Lang::Ko, &[1, 2]),
        ],
        variants: KaeError::VARIANTS,
        lookup: by_code_str::<KaeError>,
        error_value: |_| None,
        source_file: KAE_SOURCE,
    }
}

fn texts<E: KakaoError>(e: &E, lang: Lang) -> (&'static str, Option<&'static str>) {
    match lang {
        Lang::En => (e.message(), e.solution()),
        Lang::Ko => (e.message_ko().unwrap_or(""), e.solution_ko()),
    }
}

fn key_of<E: KakaoError>(e: &E) -> (String, Option<u16>) {
    (e.error_code().to_string(), e.status())
}

/// Each source's rows, and the whole ones in order of preference.
struct Parsed<'s, 'a> {
    source: &'s Source<'a>,
    rows: Vec<Row>,
}

impl Parsed<'_, '_> {
    /// The row a table's value for `key` must match: the whole row in the first copy of the
    /// preference order that has one.
    fn chosen(&self, key: &(String, Option<u16>)) -> Option<&Row> {
        self.source.preference.iter().find_map(|&copy| {
            self.rows
                .iter()
                .find(|r| r.copy == copy && r.whole && &r.key() == key)
        })
    }

    /// The keys of the whole rows, in the order of their first appearance.
    fn keys(&self) -> Vec<(String, Option<u16>)> {
        let mut keys = Vec::new();
        for row in self.rows.iter().filter(|r| r.whole) {
            if !keys.contains(&row.key()) {
                keys.push(row.key());
            }
        }
        keys
    }
}

fn parse_sources<'s, 'a, E>(table: &'s Table<'a, E>) -> Vec<Parsed<'s, 'a>> {
    table
        .sources
        .iter()
        .map(|source| Parsed {
            source,
            rows: rows(source.page, table.codes),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The checks
// ---------------------------------------------------------------------------------------------

/// One page row against the table: status, texts, retry and remedy.
fn check_page_row<E: KakaoError + Debug>(
    report: &mut Report,
    place: &str,
    lang: Lang,
    row: &Row,
    e: &E,
) {
    report.eq(place, "status", row.status, e.status());
    let (message, solution) = texts(e, lang);
    let names = match lang {
        Lang::En => ("message", "solution"),
        Lang::Ko => ("message_ko", "solution_ko"),
    };
    let texts = row
        .body
        .check_texts(report, place, names, message, solution);
    let Some((cause, page_solution)) = texts else {
        return;
    };
    report.eq(
        place,
        "retry",
        page_solution.as_deref().is_some_and(says_retry),
        e.is_retryable(),
    );
    report.eq(
        place,
        "remedy",
        remedy_rule(&cause, page_solution.as_deref()).as_str(),
        e.remedy().as_str(),
    );
}

/// What the checks of one table share: the table, its pages read, and the README's lists.
struct Context<'t, 's, 'a, E: 'static> {
    table: &'t Table<'a, E>,
    parsed: Vec<Parsed<'s, 'a>>,
    /// The keys of every whole row of every copy.
    page_keys: BTreeSet<(String, Option<u16>)>,
    others: Vec<OtherSource>,
    sdk: Vec<[String; 4]>,
    /// The address of the SDK reference that gives the `sdk` codes.
    sdk_reference: String,
}

impl<E: KakaoError + Copy + PartialEq + Debug> Context<'_, '_, '_, E> {
    /// The `error` value the code cells of `code` give, whole row or not.
    fn page_error(&self, code: &str) -> Option<&str> {
        self.parsed
            .iter()
            .flat_map(|p| &p.rows)
            .filter(|r| r.code == code)
            .find_map(|r| r.error.as_deref())
    }

    /// Every whole row of every copy: the table has it, and matches the row of the preferred
    /// copy.
    fn check_whole_rows(&self, report: &mut Report) {
        for p in &self.parsed {
            for key in p.keys() {
                let row = p.chosen(&key).expect("a whole row");
                let place = format!(
                    "{} copy {} {}",
                    p.source.label,
                    row.copy,
                    code_and_status(&key.0, key.1)
                );
                match (self.table.lookup)(&key.0, key.1) {
                    None => report.push(&place, format!("missing from {}", self.table.name)),
                    Some(e) => check_page_row(report, &place, p.source.lang, row, &e),
                }
            }
        }
    }

    /// A variant that is a page row: no `known_from`, the page's `error` value, and no text in
    /// a language that has no whole row.
    fn check_page_variant(&self, report: &mut Report, place: &str, e: &E, doc: &[String]) {
        let key = key_of(e);
        let affiliate = self
            .parsed
            .iter()
            .filter(|p| p.source.affiliate)
            .find_map(|p| p.chosen(&key).map(|row| (p.source.page, row.copy)));
        match affiliate {
            // A row of a page for Kakao and affiliate services only says so, naming the page.
            Some((page, copy)) => {
                let address = copy_address(page, copy).unwrap_or_default();
                report.known_from_has(
                    place,
                    e.known_from(),
                    &[address, "affiliate"],
                    &format!(
                        "(a row for affiliates only) must name {address:?} and say \"affiliate\""
                    ),
                );
            }
            None => report.eq(place, "known_from (a page row)", None, e.known_from()),
        }
        report.eq(
            place,
            "error value",
            self.page_error(&key.0),
            (self.table.error_value)(e),
        );
        for lang in [Lang::En, Lang::Ko] {
            let mut of_lang = self.parsed.iter().filter(|p| p.source.lang == lang);
            let Some(first) = of_lang.next() else {
                continue;
            };
            if first.keys().contains(&key) || of_lang.any(|p| p.keys().contains(&key)) {
                continue;
            }
            // No whole row in this language: the English message is the doc comment's first
            // paragraph and there is no English solution; there is no Korean at all.
            match lang {
                Lang::En => {
                    report.crate_message(
                        place,
                        "no English row",
                        &first_paragraph(doc),
                        e.message(),
                        &[],
                    );
                    report.eq(place, "solution (no English row)", None, e.solution());
                }
                Lang::Ko => {
                    report.eq(place, "message_ko (no Korean row)", None, e.message_ko());
                    report.eq(place, "solution_ko (no Korean row)", None, e.solution_ko());
                }
            }
        }
        if !self.parsed.iter().any(|p| p.source.lang == Lang::Ko) {
            report.eq(place, "message_ko (no Korean page)", None, e.message_ko());
            report.eq(place, "solution_ko (no Korean page)", None, e.solution_ko());
        }
    }

    /// A variant that is not a page row: a `known_from` that names its source, no status, not
    /// retryable, not the page's unfinished text, and listed by the README as known from other
    /// sources or from the SDK, with the remedy its meaning gives.
    fn check_other_variant(&self, report: &mut Report, place: &str, e: &E) {
        let code = e.error_code().to_string();
        self.check_known_from(report, place, e);
        report.eq(place, "status", None, e.status());
        report.eq(place, "retry", false, e.is_retryable());
        for row in self
            .parsed
            .iter()
            .flat_map(|p| &p.rows)
            .filter(|r| r.code == code)
        {
            let (Body::Cells(text, _) | Body::Joined(text)) = &row.body;
            if !text.is_empty() && (e.message() == text || e.message_ko() == Some(text)) {
                report.push(place, "the message is the page's unfinished text");
            }
        }
        let remedy = |text: &str| remedy_rule(text, None).as_str();
        let table_remedy = e.remedy().as_str();
        if let Some(other) = self.others.iter().find(|o| o.codes.contains(&code)) {
            report.eq(place, "listed to be encoded (README)", true, other.encode);
            report.eq(
                place,
                "remedy (README meaning)",
                remedy(&other.meaning),
                table_remedy,
            );
            let expected = self.page_error(&code).or(other.error.as_deref());
            report.eq(
                place,
                "error value (page or README)",
                expected,
                (self.table.error_value)(e),
            );
        } else if let Some([_, name, korean, english]) = self.sdk.iter().find(|s| s[0] == code) {
            report.eq(place, "name (SDK)", name.as_str(), e.name());
            report.text(place, "message (SDK)", english, e.message());
            report.text(
                place,
                "message_ko (SDK)",
                korean,
                e.message_ko().unwrap_or(""),
            );
            report.eq(place, "solution (SDK)", None, e.solution());
            report.eq(place, "solution_ko (SDK)", None, e.solution_ko());
            report.eq(
                place,
                "remedy (SDK, English)",
                remedy(english),
                table_remedy,
            );
            report.eq(place, "remedy (SDK, Korean)", remedy(korean), table_remedy);
            report.eq(
                place,
                "error value (SDK)",
                None,
                (self.table.error_value)(e),
            );
        } else {
            report.push(
                place,
                "on no page, and neither the README's other sources nor the SDK's codes list it",
            );
        }
    }

    /// A row that is not the page's says where it is known from ([`KakaoError::known_from`]),
    /// naming its source: for a row a copy stops inside, that copy's address; for a row of the
    /// README's other sources, one of the addresses or issue threads it gives (or "public app
    /// code", where it gives none); for a code of the SDK's, the SDK reference's address.
    fn check_known_from(&self, report: &mut Report, place: &str, e: &E) {
        let Some(from) = e.known_from() else {
            report.push(place, "known_from: None, for a row that is not on the page");
            return;
        };
        let code = e.error_code().to_string();
        let cut_in: Vec<String> = self
            .parsed
            .iter()
            .flat_map(|p| p.rows.iter().map(move |r| (p.source.page, r)))
            .filter(|(_, r)| r.code == code && !r.whole)
            .filter_map(|(page, r)| copy_address(page, r.copy))
            .map(str::to_owned)
            .collect();
        let names: Vec<String> = if !cut_in.is_empty() {
            cut_in
        } else if let Some(other) = self.others.iter().find(|o| o.codes.contains(&code)) {
            let named = named_sources(&other.source);
            if named.is_empty() && other.source.to_lowercase().contains("public app code") {
                vec!["public app code".to_owned()]
            } else {
                named
            }
        } else if self.sdk.iter().any(|s| s[0] == code) {
            vec![self.sdk_reference.clone()]
        } else {
            Vec::new()
        };
        if !names.iter().any(|name| from.contains(name.as_str())) {
            report.push(
                place,
                format!("known_from names none of its sources {names:?}: {from:?}"),
            );
        }
    }

    /// Each copy's whole rows come in the table's order; the page rows come first.
    fn check_order(&self, report: &mut Report) {
        let name = self.table.name;
        let declared: Vec<(String, Option<u16>)> = self.table.variants.iter().map(key_of).collect();
        let shown = |keys: &[(String, Option<u16>)]| -> Vec<String> {
            keys.iter()
                .map(|(code, status)| code_and_status(code, *status))
                .collect()
        };
        let page_rows = declared
            .iter()
            .take_while(|k| self.page_keys.contains(*k))
            .count();
        if let Some(late) = declared[page_rows..]
            .iter()
            .find(|k| self.page_keys.contains(*k))
        {
            report.push(
                &format!("{name} {}", code_and_status(&late.0, late.1)),
                "a page row after the rows that are not the page's",
            );
        }
        for p in &self.parsed {
            let mut copies: Vec<usize> = p.rows.iter().map(|r| r.copy).collect();
            copies.dedup();
            for copy in copies {
                let order: Vec<(String, Option<u16>)> = p
                    .rows
                    .iter()
                    .filter(|r| r.copy == copy && r.whole)
                    .map(Row::key)
                    .collect();
                // Shown against the page rows of the table, the ones a copy can have.
                if !in_declared_order(&order, &declared) {
                    report.push(
                        &format!("{} copy {copy}", p.source.label),
                        format!(
                            "rows in the order {:?}, {name} in the order {:?}",
                            shown(&order),
                            shown(&declared[..page_rows])
                        ),
                    );
                }
            }
        }
    }
}

fn check_table<E: KakaoError + Copy + PartialEq + Debug>(
    table: &Table<'_, E>,
    readme: &str,
) -> Vec<String> {
    let parsed = parse_sources(table);
    let page_keys = parsed.iter().flat_map(Parsed::keys).collect();
    let context = Context {
        table,
        parsed,
        page_keys,
        others: other_sources(readme),
        sdk: sdk_kae_codes(readme),
        sdk_reference: sdk_kae_reference(readme),
    };
    let mut report = Report::against_page();
    context.check_whole_rows(&mut report);
    for e in table.variants {
        let key = key_of(e);
        let place = format!("{} {}", table.name, code_and_status(&key.0, key.1));
        let doc = variant_doc(table.source_file, &format!("code = \"{}\",", key.0), 0);
        if context.page_keys.contains(&key) {
            context.check_page_variant(&mut report, &place, e, &doc);
        } else {
            context.check_other_variant(&mut report, &place, e);
        }
    }
    context.check_order(&mut report);
    // The codes the README says not to encode land in the catch-all.
    for code in context
        .others
        .iter()
        .filter(|o| !o.encode)
        .flat_map(|o| &o.codes)
    {
        if (table.lookup)(code, None).is_some() {
            report.push(
                &format!("{} {code}", table.name),
                "encoded, but the README says not to",
            );
        }
    }
    report.into_problems()
}

/// Where a whole row of some copy words a row otherwise than the table does (whitespace
/// aside): `"<source> copy <n>: <code>"`. The module docs list these.
fn wording_differences<E: KakaoError>(table: &Table<'_, E>) -> Vec<String> {
    let mut out = Vec::new();
    for p in parse_sources(table) {
        for row in p.rows.iter().filter(|r| r.whole) {
            let Some(e) = (table.lookup)(&row.code, row.status) else {
                continue;
            };
            let (message, solution) = texts(&e, p.source.lang);
            if !row.body.words_as(message, solution) {
                out.push(format!(
                    "{} copy {}: {}",
                    p.source.label,
                    row.copy,
                    code_and_status(&row.code, row.status)
                ));
            }
        }
    }
    out
}

/// The wording differences between copies that the module docs describe (`oauth`, `channel`):
/// an older version words these rows otherwise, and the table follows the newer one.
const WORDING_DIFFERENCES: &[&str] = &[
    "Kakao Login (ko) copy 2: KOE001",
    "Kakao Login (ko) copy 2: KOE002",
    "Kakao Login (ko) copy 2: KOE004",
    "Kakao Login (ko) copy 2: KOE005",
    "Kakao Login (ko) copy 2: KOE006",
    "Business Authentication (en) copy 2: KOE005",
    "Business Authentication (en) copy 2: KOE008",
    "Business Authentication (en) copy 3: KOE005",
    "Business Authentication (en) copy 3: KOE008",
    "Kakao Talk Channel (en) copy 1: KAE005",
    "Kakao Talk Channel (en) copy 1: KAE006",
    "Kakao Talk Channel (en) copy 1: KAE104",
    "Kakao Talk Channel (en) copy 3: KAE005",
    "Kakao Talk Channel (ko) copy 2: KAE104",
    "Kakao Talk Channel (ko) copy 2: KAE105",
];

fn all_wording_differences(login_en: &str) -> Vec<String> {
    let mut all = wording_differences(&koe_table(login_en, LOGIN_KO));
    all.extend(wording_differences(&business_table(
        BUSINESS_EN,
        BUSINESS_KO,
    )));
    all.extend(wording_differences(&kae_table(CHANNEL_EN, CHANNEL_KO)));
    all
}

// ---------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------

#[test]
fn koe_table_matches_the_kakao_login_pages() {
    assert_none(
        "KoeError",
        &check_table(&koe_table(LOGIN_EN, LOGIN_KO), README),
    );
}

#[test]
fn business_auth_table_matches_the_business_authentication_pages() {
    assert_none(
        "BusinessAuthError",
        &check_table(&business_table(BUSINESS_EN, BUSINESS_KO), README),
    );
}

#[test]
fn kae_table_matches_the_kakao_talk_channel_pages() {
    assert_none(
        "KaeError",
        &check_table(&kae_table(CHANNEL_EN, CHANNEL_KO), README),
    );
}

#[test]
fn copies_differ_only_where_the_module_docs_say() {
    assert_eq!(all_wording_differences(LOGIN_EN), WORDING_DIFFERENCES);
}

#[test]
fn parse_sees_every_row_the_readme_counts() {
    // `(copy, whole rows, unfinished rows)` of each copy, as the README counts them.
    let counts = |page, codes| rows_per_copy(page, &rows(page, codes), |r| r.copy, |r| r.whole);
    let koe = Codes::Koe;
    assert_eq!(
        counts(LOGIN_EN, koe),
        [
            (1, 3, 1),
            (2, 3, 1),
            (3, 0, 0),
            (4, 0, 0),
            (5, 7, 1),
            (6, 8, 1)
        ]
    );
    assert_eq!(counts(LOGIN_KO, koe), [(1, 6, 1), (2, 11, 1)]);
    assert_eq!(counts(BUSINESS_EN, koe), [(1, 6, 1), (2, 8, 1), (3, 9, 1)]);
    assert_eq!(counts(BUSINESS_KO, koe), [(1, 13, 1)]);
    let kae = Codes::Kae;
    assert_eq!(
        counts(CHANNEL_EN, kae),
        [(1, 8, 1), (2, 7, 1), (3, 4, 1), (4, 0, 0)]
    );
    assert_eq!(counts(CHANNEL_KO, kae), [(1, 10, 0), (2, 9, 0)]);
    // KOE103 .. KOE110, and the row after KOE110, cut to "KOE1".
    assert_eq!(counts(LOGIN_AFFILIATE_KO, koe), [(1, 8, 1)]);
}

#[test]
fn rows_are_read_like_a_person_reads_them() {
    let login_ko = rows(LOGIN_KO, Codes::Koe);
    let koe201 = login_ko.iter().find(|r| r.code == "KOE201").unwrap();
    assert_eq!(koe201.error.as_deref(), Some("invalid_request"));
    assert_eq!(
        koe201.body,
        Body::Cells(
            "지원하지 않는 응답 유형(response_type )을 포함해 인가 코드를 요청한 경우Unsupported response type: ${response_type}".to_owned(),
            Some("response_type 파라미터 값을 code 로 변경해 재요청합니다.".to_owned())
        )
    );
    let koe202 = login_ko.iter().find(|r| r.code == "KOE202").unwrap();
    assert_eq!(
        (koe202.whole, koe202.error.as_deref()),
        (false, Some("invalid_request"))
    );
    // "KOE201invalid_request": the code and the value run together.
    let business_ko = rows(BUSINESS_KO, Codes::Koe);
    let koe201 = business_ko.iter().find(|r| r.code == "KOE201").unwrap();
    assert_eq!(koe201.error.as_deref(), Some("invalid_request"));
    // A note after a blank line stays in the cell; the next row starts a new one.
    let business_en = rows(BUSINESS_EN, Codes::Koe);
    let koe005 = business_en
        .iter()
        .find(|r| r.copy == 1 && r.code == "KOE005")
        .unwrap();
    assert!(
        matches!(&koe005.body, Body::Joined(t) if t.ends_with("page.\n\nNote: Team management"))
    );
    // The affiliate page writes the `error` value straight after the code, and the server's
    // message straight after the cause.
    let affiliate = rows(LOGIN_AFFILIATE_KO, Codes::Koe);
    assert_eq!(
        (affiliate[0].code.as_str(), affiliate[0].error.as_deref()),
        ("KOE103", Some("invalid_client"))
    );
    assert!(matches!(
        &affiliate[7].body,
        Body::Cells(cause, Some(solution))
            if cause.ends_with("경우Not be used together [merged_scope, scope]")
                && solution == "channel_ext 파라미터 값을 merged_scope 또는 scope으로 재요청합니다."
    ));
    // "KAE00" where a copy stops is an unfinished row, not part of KAE005.
    let channel_en = rows(CHANNEL_EN, Codes::Kae);
    assert!(
        channel_en
            .iter()
            .any(|r| r.copy == 3 && r.code == "KAE00" && !r.whole)
    );
}

/// Codes the README lists as known from other sources that no table encodes (the module docs
/// say why).
const LEFT_OUT: &[&str] = &["KOE023"];

#[test]
fn other_sources_rows_are_encoded_once_and_never_as_page_rows() {
    let mut page_codes = BTreeSet::new();
    for page in [LOGIN_EN, LOGIN_KO, BUSINESS_EN, BUSINESS_KO] {
        page_codes.extend(
            rows(page, Codes::Koe)
                .into_iter()
                .filter(|r| r.whole)
                .map(|r| r.code),
        );
    }
    let others = other_sources(README);
    assert_eq!(others.len(), 12, "{others:#?}");
    for code in others.iter().filter(|o| o.encode).flat_map(|o| &o.codes) {
        let koe = by_code_str::<KoeError>(code, None);
        let business = by_code_str::<BusinessAuthError>(code, None);
        assert!(
            !page_codes.contains(code),
            "{code} is a whole row of a page"
        );
        if LEFT_OUT.contains(&code.as_str()) {
            assert_eq!((koe, business), (None, None), "{code}");
        } else {
            assert!(
                koe.is_some() != business.is_some(),
                "{code}: {koe:?} {business:?}"
            );
        }
    }
    let not_encoded: Vec<String> = others
        .iter()
        .filter(|o| !o.encode)
        .flat_map(|o| o.codes.clone())
        .collect();
    assert_eq!(
        not_encoded,
        [
            "KOE203", "KOE204", "KOE207", "KOE310", "KOE400", "KOE401", "KOE402", "KOE403"
        ]
    );
    assert_eq!(
        KoeError::from_code_str("KOE401"),
        Some(KoeError::Unknown(401))
    );
    assert_eq!(sdk_kae_codes(README).len(), 4);
}

// ---------------------------------------------------------------------------------------------
// A changed page must fail, readably
// ---------------------------------------------------------------------------------------------

#[test]
fn mutated_korean_solution_changes_retry_and_remedy() {
    let ko = mutate(
        LOGIN_KO,
        "잠시 후 재요청합니다. 문제가 지속될 경우 데브톡으로 문의합니다.",
        "요청 파라미터를 확인합니다.",
    );
    let problems = check_table(&koe_table(LOGIN_EN, &ko), README);
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert_reported(
        &problems,
        "Kakao Login (ko) copy 1 KOE003: solution_ko differs at character 0",
    );
    assert_reported_line(
        &problems,
        "Kakao Login (ko) copy 1 KOE003: retry: page false, table true",
    );
    assert_reported_line(
        &problems,
        "Kakao Login (ko) copy 1 KOE003: remedy: page \"fix_request\", table \"retry\"",
    );
}

#[test]
fn mutated_run_together_row_is_reported_with_a_diff() {
    let en = mutate(
        CHANNEL_EN,
        "[App] > [Platform key] > [Native app key]",
        "[App] > [Platform key]",
    );
    let problems = check_table(&kae_table(&en, CHANNEL_KO), README);
    assert_only_reported(
        &problems,
        "Kakao Talk Channel (en) copy 2 KAE104: solution differs at character 55",
    );
}

#[test]
fn removed_and_added_rows_are_reported() {
    let ko = mutate(
        CHANNEL_KO,
        "KAE108 |\n카카오디벨로퍼스 앱 또는 개발자 계정이 제재된 경우 | 데브톡으로 문의합니다. |\n",
        "",
    );
    let problems = check_table(&kae_table(CHANNEL_EN, &ko), README);
    assert_reported(&problems, "KaeError KAE108: on no page");

    let ko = mutate(LOGIN_KO, "KOE101 |", "KOE999 | 새 에러 | - |\nKOE101 |");
    let problems = check_table(&koe_table(LOGIN_EN, &ko), README);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert_eq!(
        problems[0],
        "Kakao Login (ko) copy 2 KOE999: missing from KoeError"
    );
    assert_reported(
        &problems,
        "Kakao Login (ko) copy 2: rows in the order [\"KOE001\"",
    );
}

#[test]
fn mutated_error_value_is_reported() {
    let ko = mutate(
        LOGIN_KO,
        "KOE201 invalid_request |",
        "KOE201 invalid_grant |",
    );
    let problems = check_table(&koe_table(LOGIN_EN, &ko), README);
    assert_eq!(
        problems,
        [
            "KoeError KOE201: error value: page Some(\"invalid_grant\"), table Some(\"invalid_request\")"
        ]
    );
}

#[test]
fn a_cut_row_made_whole_is_reported() {
    let ko = mutate(
        LOGIN_KO,
        "KOE202 invalid_request |\nresponse_type 이 token 일 경우Implicit g",
        // Whole, and no longer the row the copy stops in.
        "KOE202 invalid_request |\nresponse_type 이 token 일 경우Implicit grant 미지원 | - |\nKOE2",
    );
    let problems = check_table(&koe_table(LOGIN_EN, &ko), README);
    assert_reported(
        &problems,
        "Kakao Login (ko) copy 2 KOE202: message_ko differs",
    );
    assert_reported(
        &problems,
        "KoeError KOE202: known_from (a page row): page None, table Some(",
    );
}

#[test]
fn mutated_other_source_meaning_changes_the_remedy() {
    let readme = mutate(
        README,
        "Fix: get a new authorization code.",
        "Fix: check the request parameter.",
    );
    let problems = check_table(&koe_table(LOGIN_EN, LOGIN_KO), &readme);
    assert_eq!(
        problems,
        ["KoeError KOE320: remedy (README meaning): page \"fix_request\", table \"relogin\""]
    );
}

#[test]
fn mutated_older_copy_shows_as_a_new_wording_difference() {
    let en = mutate(LOGIN_EN, "[Team Management].\n\nNote", "[Team].\n\nNote");
    // The preferred copies still match...
    assert_none("KoeError", &check_table(&koe_table(&en, LOGIN_KO), README));
    // ...but the older copy now words KOE005 otherwise, which the docs do not say.
    let differences = all_wording_differences(&en);
    assert!(
        differences.contains(&"Kakao Login (en) copy 5: KOE005".to_owned()),
        "{differences:#?}"
    );
    assert_ne!(differences, WORDING_DIFFERENCES);
}

#[test]
fn module_docs_remedy_tables_match_the_tables() {
    fn check<E: KakaoError + Copy>(
        module: &str,
        variants: &[E],
        lookup: fn(&str, Option<u16>) -> Option<E>,
    ) {
        let documented = documented_remedies(module);
        assert_eq!(documented.len(), variants.len(), "{documented:#?}");
        for row in documented {
            let (code, status) = (row.code, row.status);
            let e = lookup(code, status).unwrap_or_else(|| panic!("{code} {status:?}"));
            assert_eq!(e.remedy().as_str(), row.remedy, "{code} {status:?}");
        }
    }
    let oauth = include_str!("../../../kakao-errors/src/oauth/mod.rs");
    let (koe, business) = oauth
        .split_once("//! [`BusinessAuthError`]:\n")
        .expect("the Business Authentication remedy table");
    check(koe, KoeError::VARIANTS, by_code_str::<KoeError>);
    check(
        business,
        BusinessAuthError::VARIANTS,
        by_code_str::<BusinessAuthError>,
    );
    let channel = include_str!("../../../kakao-errors/src/channel/mod.rs");
    check(channel, KaeError::VARIANTS, by_code_str::<KaeError>);
}

#[test]
fn known_from_must_name_the_source_the_readme_gives() {
    // The README's source of KOE322 changes: the row's known_from no longer names it.
    let readme = mutate(
        README,
        "https://devtalk.kakao.com/t/koe322-expired-or-invalid-refresh-token/126899",
        "https://devtalk.kakao.com/t/another-post/1",
    );
    let problems = check_table(&koe_table(LOGIN_EN, LOGIN_KO), &readme);
    assert_only_reported(
        &problems,
        "KoeError KOE322: known_from names none of its sources [\"https://devtalk.kakao.com/t/another-post/1\"]",
    );

    // The address of the copy KOE233 is cut in changes.
    let ko = mutate(
        BUSINESS_KO,
        "# === copy 1 of 1: https://developers.kakao.com/docs/latest/ko/business-auth/trouble-shooting",
        "# === copy 1 of 1: https://developers.kakao.com/docs/latest/ko/business-auth/moved",
    );
    let problems = check_table(&business_table(BUSINESS_EN, &ko), README);
    assert_only_reported(
        &problems,
        "BusinessAuthError KOE233: known_from names none of its sources",
    );
}

#[test]
fn known_from_is_given_exactly_for_the_rows_not_on_the_pages() {
    fn marked<E: KakaoError>(variants: &[E]) -> Vec<String> {
        variants
            .iter()
            .filter(|e| e.known_from().is_some())
            .map(|e| e.error_code().to_string())
            .collect()
    }
    // The pages' rows say nothing; these are the rows the tests above find on no page.
    assert_eq!(
        marked(KoeError::VARIANTS),
        [
            // The rows of the page for Kakao and affiliate services only.
            "KOE103", "KOE104", "KOE105", "KOE106", "KOE107", "KOE108", "KOE109", "KOE110",
            // The rows not on a page.
            "KOE202", "KOE009", "KOE010", "KOE205", "KOE303", "KOE320", "KOE322", "KOE237",
            "KOE319"
        ]
    );
    assert_eq!(marked(BusinessAuthError::VARIANTS), ["KOE233"]);
    assert_eq!(
        marked(KaeError::VARIANTS),
        ["KAE002", "KAE101", "KAE102", "KAE103"]
    );
    assert_eq!(KoeError::Unknown(999).known_from(), None);
}

/// The public docs speak of Kakao's pages as a reader knows them (published pages, their
/// versions, what of their text is available), not of this repository's fixture files.
#[test]
fn public_docs_do_not_speak_of_stored_copies() {
    let sources = [
        (
            "oauth/mod.rs",
            include_str!("../../../kakao-errors/src/oauth/mod.rs"),
        ),
        ("oauth/koe.rs", KOE_SOURCE),
        ("oauth/business_auth.rs", BUSINESS_SOURCE),
        (
            "channel/mod.rs",
            include_str!("../../../kakao-errors/src/channel/mod.rs"),
        ),
        ("channel/kae.rs", KAE_SOURCE),
    ];
    let found = doc_lines_with(&sources, "stored");
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_crate_written_message_that_reads_like_a_solution_is_told_apart() {
    // KAE201's former English message, and the Korean page's cause it renders now.
    assert!(tells_what_to_do(
        "The access token is invalid; get a new one and send the request again.",
        &[]
    ));
    assert!(!tells_what_to_do(KaeError::AuthError.message(), &[]));
    assert_eq!(
        KaeError::AuthError.message_ko(),
        Some("유효하지 않은 액세스 토큰으로 요청한 경우")
    );
    assert_eq!(
        KaeError::AuthError.solution_ko(),
        Some("액세스 토큰 재발급 후 재요청")
    );
}

#[test]
fn mutated_pages_follow_the_suspension_and_limit_rules() {
    // KAE108: a suspended user's Kakao Account instead of the app or developer account.
    let ko = mutate(
        CHANNEL_KO,
        "카카오디벨로퍼스 앱 또는 개발자 계정이 제재된 경우 | 데브톡으로 문의합니다. |",
        "카카오계정이 제재된 경우 | 데브톡으로 문의합니다. |",
    );
    let problems = check_table(&kae_table(CHANNEL_EN, &ko), README);
    assert_reported_line(
        &problems,
        "Kakao Talk Channel (ko) copy 1 KAE108: remedy: page \"user_action\", table \"contact_support\"",
    );
}

#[test]
fn mutated_affiliate_page_is_reported() {
    // A changed `error` value, a changed cause and a solution that now names a permission.
    let affiliate = mutate(
        LOGIN_AFFILIATE_KO,
        "KOE106invalid_client",
        "KOE106invalid_request",
    );
    let affiliate = mutate(
        &affiliate,
        "유효하지 않은 channel_ext 파라미터 값을",
        "잘못된 channel_ext 파라미터 값을",
    );
    let affiliate = mutate(
        &affiliate,
        "plugin 파라미터 값을 변경후 재요청합니다.",
        "[서비스] API플랫폼 아지트에서 추가 권한을 신청합니다.",
    );
    let problems = check_table(&koe_table_with(LOGIN_EN, LOGIN_KO, &affiliate), README);
    assert_eq!(problems.len(), 4, "{problems:#?}");
    assert_reported_line(
        &problems,
        "KoeError KOE106: error value: page Some(\"invalid_request\"), table Some(\"invalid_client\")",
    );
    assert_reported(
        &problems,
        "Kakao Login, affiliates only (ko) copy 1 KOE109: message_ko differs at character 14",
    );
    assert_reported(
        &problems,
        "Kakao Login, affiliates only (ko) copy 1 KOE105: solution_ko differs",
    );
    assert_reported_line(
        &problems,
        "Kakao Login, affiliates only (ko) copy 1 KOE105: remedy: page \"fix_app_settings\", table \"fix_request\"",
    );

    // The page moves: the rows' known_from no longer names it.
    let moved = mutate(
        LOGIN_AFFILIATE_KO,
        "# === copy 1 of 1: https://developers.kakao.com/docs/in/kakaologin/trouble-shooting",
        "# === copy 1 of 1: https://developers.kakao.com/docs/in/kakaologin/moved",
    );
    let problems = check_table(&koe_table_with(LOGIN_EN, LOGIN_KO, &moved), README);
    assert_eq!(problems.len(), 8, "{problems:#?}");
    assert_reported(
        &problems,
        "KoeError KOE103: known_from (a row for affiliates only) must name \"https://developers.kakao.com/docs/in/kakaologin/moved\"",
    );
}
