//! Cases: rows under a documented code, told apart by what a response says beyond the code.
//!
//! One code often covers several failures, and Kakao's pages tell them apart by what else the
//! response carries: Kakao Moment's `-813` is an internal error with HTTP 400, a missing
//! permission with 403 and a used-up quota with 429; a `-813` or a Kakao Keyword Ad `-820` with
//! an `extras.detailCode` is the row of that detail code; a `-401` whose message says
//! `domain mismatched!` is a web domain the app has not registered, not an expired token; an
//! OAuth `invalid_grant` whose description says `Invalid redirect` is the redirect URI setting.
//! Each such failure is a [`Case`]: a row under its code (the *parent*), with the texts, the
//! remedy and the source a table row has, and the one thing that tells it apart (a [`When`]).
//!
//! Cases are data, one file per page in the page's order, checked row by row against the
//! stored pages by the fidelity tests (`tests/tests/fidelity/cases.rs`), like the tables. A new
//! case is one row.
//!
//! # How a response finds its case
//!
//! [`ResponseError::case`](crate::response::ResponseError::case) looks for the first case, in
//! the order of [`PAGES`] and of each page's rows, whose parent is the response's row and whose
//! [`When`] the response meets. The response's row is, in this order: the documented row of
//! the table the response was parsed with (through a wrapper, the member's row); the row of
//! the table its text code belongs to (`KOE320`: Kakao Login's); the REST API's row of its
//! number (every Kakao API answers the REST API's common codes); its OAuth `error` value; its
//! `errorType`. So a case is named only where it applies: Kakao Talk Share's 4019 cases only
//! for a response whose row is Talk Share's 4019, never for a REST `-401` or a Kakao Login
//! `KOE009`.
//!
//! What the response meets is read from its first 1024 bytes of text (the message, the OAuth
//! `error_description`), as every phrase Kakao uses comes first in its messages: finding a
//! case costs no more for a longer body, and allocates nothing.
//!
//! ```
//! # #[cfg(feature = "response")] {
//! use kakao_errors::Remedy;
//! use kakao_errors::response::parse;
//!
//! let body = br#"{"code":-401,"msg":"domain mismatched! caller=https://a.example. check out registered web domains."}"#;
//! let e = parse(401, body);
//! let case = e.case().unwrap();
//! assert_eq!(case.name(), "DomainMismatched");
//! assert_eq!(case.remedy(), Remedy::FixAppSettings);
//! assert!(case.solution().unwrap().contains("[Web domain]"));
//! assert_eq!(e.remedy(), Remedy::FixAppSettings);
//!
//! // An expired token is the row's own remedy.
//! let expired = parse(401, br#"{"code":-401,"msg":"this access token does not exist"}"#);
//! assert!(expired.case().is_none());
//! assert_eq!(expired.remedy(), Remedy::RefreshToken);
//! # }
//! ```

// Without the `response` feature nothing parses a response, so nothing finds a case: the rows
// are still there to read.
#![cfg_attr(not(feature = "response"), allow(dead_code))]

use core::fmt;

use crate::catalog::{self, Entry, Table};
use crate::share::Step;
use crate::{ErrorCode, KakaoError, Remedy};

mod devtalk_messaging;
mod kakao_login;
mod keyword_ad;
mod local;
mod moment;
mod pay;
mod rest;
mod talk_message;
pub(crate) mod talk_share;

/// Every page's cases, in the order they are looked at: Kakao's pages first, then the rows
/// known from other sources.
pub static PAGES: &[&[CaseRow]] = &[
    talk_share::CASES,
    talk_message::CASES,
    rest::CASES,
    moment::CASES,
    keyword_ad::CASES,
    devtalk_messaging::CASES,
    kakao_login::CASES,
    local::CASES,
    pay::CASES,
];

/// What a case is a row under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parent {
    /// A documented row of a table: the table's type (by its identity) and the code.
    Row {
        /// The identity of the table's type (its module path and name).
        table: &'static str,
        /// The code, as the table writes it.
        code: ErrorCode,
    },
    /// An OAuth `error` value of Kakao Login's authorization server (`"invalid_grant"`), for
    /// a body that may have no `KOE` code.
    OAuth(&'static str),
    /// An `errorType` of the search and Local APIs (`"AccessDeniedError"`).
    ErrorType(&'static str),
}

impl Parent {
    /// The row of table `T` for `code` (as a number: `320` for `KOE320`).
    #[must_use]
    pub const fn row<T: KakaoError>(code: i32) -> Self {
        Self::Row {
            table: T::__IDENTITY,
            code: crate::__private::error_code::<T>(code),
        }
    }
}

/// What tells a case apart, beyond its parent's code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum When {
    /// The response's HTTP status.
    Status(u16),
    /// One of these phrases in the message (or in the OAuth `error_description`), matched
    /// ignoring ASCII case; a `*` in a phrase stands for any text (`wrong appKey(*) format`).
    Phrase(&'static [&'static str]),
    /// `extras.method_result_code` (Kakao Pay): a sub-code, matched exactly.
    SubCode(&'static str),
    /// `extras.detailCode`: the case is the row of the detail-code table `T` for the
    /// response's detail code (see [`When::detail`]).
    Detail(DetailTable),
}

impl When {
    /// The detail-code table `T`: a response's `extras.detailCode` picks its row.
    #[must_use]
    pub const fn detail<T: KakaoError + 'static>() -> Self {
        Self::Detail(DetailTable {
            identity: T::__IDENTITY,
        })
    }
}

/// A table of detail codes, as [`When::Detail`] names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DetailTable {
    identity: &'static str,
}

impl DetailTable {
    /// The catalog's table, when it is one of this crate's.
    fn table(self) -> Option<&'static Table> {
        catalog::TABLES
            .iter()
            .find(|table| table.identity() == self.identity)
    }
}

/// One case row, as a page file declares it: see the [module docs](self).
#[derive(Debug, Clone)]
pub struct CaseRow {
    /// The row of a table whose texts and remedy the case has (a code a product's own table
    /// documents once per status, which another table's row covers once).
    same_as: Option<(&'static str, ErrorCode, u16)>,
    name: &'static str,
    under: &'static [Parent],
    when: When,
    message: &'static str,
    message_ko: Option<&'static str>,
    causes: &'static [&'static str],
    solution: Option<&'static str>,
    solution_ko: Option<&'static str>,
    steps: &'static [Step],
    remedy: Remedy<'static>,
    known_from: Option<&'static str>,
    page: &'static str,
}

impl CaseRow {
    /// A case called `name` (CamelCase, saying what the failure is), under `under`, told apart
    /// by `when`, described by `message` (English), documented on `page`; its remedy is
    /// [`Remedy::Unknown`] until [`with_remedy`](Self::with_remedy) sets it.
    #[must_use]
    pub const fn new(
        name: &'static str,
        under: &'static [Parent],
        when: When,
        message: &'static str,
        page: &'static str,
    ) -> Self {
        Self {
            same_as: None,
            name,
            under,
            when,
            message,
            message_ko: None,
            causes: &[],
            solution: None,
            solution_ko: None,
            steps: &[],
            remedy: Remedy::Unknown,
            known_from: None,
            page,
        }
    }

    /// A case that is the row of table `T` for `code` with HTTP `status` (its texts and
    /// remedy are that row's; `name`, `message` and `page` stand for it where the catalog does
    /// not have `T`).
    #[must_use]
    pub const fn same_as<T: KakaoError>(mut self, code: i32, status: u16) -> Self {
        self.same_as = Some((
            T::__IDENTITY,
            crate::__private::error_code::<T>(code),
            status,
        ));
        self
    }

    /// The Korean description.
    #[must_use]
    pub const fn with_message_ko(mut self, text: &'static str) -> Self {
        self.message_ko = Some(text);
        self
    }

    /// The causes the page lists, in order.
    #[must_use]
    pub const fn with_causes(mut self, causes: &'static [&'static str]) -> Self {
        self.causes = causes;
        self
    }

    /// What to do, in the page's words.
    #[must_use]
    pub const fn with_solution(mut self, text: &'static str) -> Self {
        self.solution = Some(text);
        self
    }

    /// The same in Korean.
    #[must_use]
    pub const fn with_solution_ko(mut self, text: &'static str) -> Self {
        self.solution_ko = Some(text);
        self
    }

    /// The steps the page lists, in order.
    #[must_use]
    pub const fn with_steps(mut self, steps: &'static [Step]) -> Self {
        self.steps = steps;
        self
    }

    /// What to do about it.
    #[must_use]
    pub const fn with_remedy(mut self, remedy: Remedy<'static>) -> Self {
        self.remedy = remedy;
        self
    }

    /// Where the case is known from, when no Kakao page gives it (a lower-confidence row).
    #[must_use]
    pub const fn with_known_from(mut self, source: &'static str) -> Self {
        self.known_from = Some(source);
        self
    }

    /// The case's name.
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// What the case is a row under (one parent, or the same row of several tables).
    #[must_use]
    pub const fn under(&self) -> &'static [Parent] {
        self.under
    }

    /// What tells the case apart.
    #[must_use]
    pub const fn when(&self) -> When {
        self.when
    }

    /// The English description (for a [`same_as`](Self::same_as) case, what stands for the
    /// row's where the catalog does not have its table).
    #[must_use]
    pub const fn message(&self) -> &'static str {
        self.message
    }

    /// The Korean description.
    #[must_use]
    pub const fn message_ko(&self) -> Option<&'static str> {
        self.message_ko
    }

    /// The causes the page lists.
    #[must_use]
    pub const fn causes(&self) -> &'static [&'static str] {
        self.causes
    }

    /// What to do, in the page's words.
    #[must_use]
    pub const fn solution(&self) -> Option<&'static str> {
        self.solution
    }

    /// The same in Korean.
    #[must_use]
    pub const fn solution_ko(&self) -> Option<&'static str> {
        self.solution_ko
    }

    /// The steps the page lists.
    #[must_use]
    pub const fn steps(&self) -> &'static [Step] {
        self.steps
    }

    /// What to do about it.
    #[must_use]
    pub const fn remedy(&self) -> &Remedy<'static> {
        &self.remedy
    }

    /// Where the case is known from, when no Kakao page gives it.
    #[must_use]
    pub const fn known_from(&self) -> Option<&'static str> {
        self.known_from
    }

    /// The page that documents it.
    #[must_use]
    pub const fn page(&self) -> &'static str {
        self.page
    }

    /// Whether the case is under the response's row `key`.
    fn is_under(&self, key: &Key<'_>) -> bool {
        self.under.iter().any(|under| key.is(under))
    }
}

/// A row of a response that cases may be under: a table's documented row, an OAuth `error`
/// value, an `errorType` (see [`Parent`], whose values it is compared with).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Key<'a> {
    Row(&'static str, ErrorCode),
    OAuth(&'a str),
    ErrorType(&'a str),
}

impl Key<'_> {
    /// The row of `value`, a documented value of a table.
    pub(crate) fn row<E: KakaoError>(value: &E) -> Self {
        Self::Row(value.__table(), value.error_code())
    }

    fn is(&self, parent: &Parent) -> bool {
        match (*self, *parent) {
            (Self::Row(table, code), Parent::Row { table: p, code: c }) => table == p && code == c,
            (Self::OAuth(value), Parent::OAuth(p))
            | (Self::ErrorType(value), Parent::ErrorType(p)) => value == p,
            _ => false,
        }
    }
}

/// What a response says beyond its code, as the case-finding reads it.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Facts<'a> {
    pub(crate) status: u16,
    /// The texts phrases are looked for in (the message, the OAuth description), each already
    /// cut to the part searched.
    pub(crate) texts: [Option<&'a str>; 2],
    pub(crate) detail_code: Option<i64>,
    pub(crate) sub_code: Option<&'a str>,
}

/// The first case under one of `keys` (in their order) that `facts` meet.
pub(crate) fn find<'a>(keys: impl IntoIterator<Item = Key<'a>>, facts: &Facts<'_>) -> Option<Case> {
    keys.into_iter().find_map(|key| {
        PAGES
            .iter()
            .flat_map(|rows| rows.iter())
            .filter(|row| row.is_under(&key))
            .find_map(|row| Case::matching(row, facts))
    })
}

/// A case a response was found to be: a [`CaseRow`] of a page, or the row of a detail-code
/// table that its `extras.detailCode` picked. What a table row has: a name, texts in English
/// and Korean where the page has them, a remedy, a page and, for a row no Kakao page gives,
/// where it is known from.
#[derive(Clone)]
pub struct Case {
    row: &'static CaseRow,
    /// The table row whose texts the case has: the detail-code table's row of a
    /// [`When::Detail`] case, or the row a [`CaseRow::same_as`] case is.
    entry: Option<Entry>,
}

impl Case {
    fn matching(row: &'static CaseRow, facts: &Facts<'_>) -> Option<Self> {
        let met = match row.when {
            When::Status(status) => facts.status == status,
            When::Phrase(phrases) => facts
                .texts
                .iter()
                .flatten()
                .any(|text| phrases.iter().any(|phrase| has_phrase(text, phrase))),
            When::SubCode(code) => facts.sub_code == Some(code),
            When::Detail(table) => {
                let number = i32::try_from(facts.detail_code?).ok()?;
                let entry = table.table()?.get(ErrorCode::new(number))?;
                return Some(Self {
                    row,
                    entry: Some(entry),
                });
            }
        };
        if !met {
            return None;
        }
        let entry = row.same_as.and_then(|(identity, code, status)| {
            catalog::TABLES
                .iter()
                .find(|table| table.identity() == identity)?
                .get_with_status(code, status)
                // The row of that status, not the first row a status no row has gives.
                .filter(|entry| entry.status() == Some(status))
        });
        Some(Self { row, entry })
    }

    /// The case's name (CamelCase, saying what the failure is); for a detail code, the detail
    /// table's variant name (and for a case that is a table's row, that row's).
    #[must_use]
    pub fn name(&self) -> &'static str {
        self.entry.as_ref().map_or(self.row.name, Entry::name)
    }

    /// What tells the case apart.
    #[must_use]
    pub fn when(&self) -> When {
        self.row.when
    }

    /// The detail code, for a case picked by `extras.detailCode`.
    #[must_use]
    pub fn detail_code(&self) -> Option<i32> {
        match self.row.when {
            When::Detail(_) => self.entry.as_ref().map(|entry| entry.code().number()),
            _ => None,
        }
    }

    /// The English description.
    #[must_use]
    pub fn message(&self) -> &'static str {
        self.entry.as_ref().map_or(self.row.message, Entry::message)
    }

    /// The Korean description, where the page has one.
    #[must_use]
    pub fn message_ko(&self) -> Option<&'static str> {
        match &self.entry {
            Some(entry) => entry.message_ko(),
            None => self.row.message_ko,
        }
    }

    /// The causes the page lists, in order (empty for most cases).
    #[must_use]
    pub fn causes(&self) -> &'static [&'static str] {
        self.row.causes
    }

    /// What to do, in the page's words.
    #[must_use]
    pub fn solution(&self) -> Option<&'static str> {
        match &self.entry {
            Some(entry) => entry.solution(),
            None => self.row.solution,
        }
    }

    /// The same in Korean.
    #[must_use]
    pub fn solution_ko(&self) -> Option<&'static str> {
        match &self.entry {
            Some(entry) => entry.solution_ko(),
            None => self.row.solution_ko,
        }
    }

    /// The steps the page lists, in order (empty for most cases).
    #[must_use]
    pub fn steps(&self) -> &'static [Step] {
        self.row.steps
    }

    /// What to do about it.
    #[must_use]
    pub fn remedy(&self) -> Remedy<'static> {
        match &self.entry {
            Some(entry) => entry.remedy(),
            None => self.row.remedy.clone(),
        }
    }

    /// Where the case is known from, when no Kakao page gives it.
    #[must_use]
    pub fn known_from(&self) -> Option<&'static str> {
        match &self.entry {
            Some(entry) => entry.known_from(),
            None => self.row.known_from,
        }
    }

    /// The page that documents the case.
    #[must_use]
    pub fn doc_url(&self) -> &'static str {
        self.entry.as_ref().map_or(self.row.page, Entry::doc_url)
    }
}

impl fmt::Debug for Case {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Case")
            .field("name", &self.name())
            .field("when", &self.row.when)
            .field("remedy", &self.remedy())
            .finish_non_exhaustive()
    }
}

impl PartialEq for Case {
    fn eq(&self, other: &Self) -> bool {
        core::ptr::eq(self.row, other.row) && self.detail_code() == other.detail_code()
    }
}

impl Eq for Case {}

/// Whether `text` holds `pattern`, ignoring ASCII case; a `*` in the pattern stands for any
/// text (the parts around it are found in order).
pub(crate) fn has_phrase(text: &str, pattern: &str) -> bool {
    let mut rest = text.as_bytes();
    for part in pattern.split('*').filter(|part| !part.is_empty()) {
        let part = part.as_bytes();
        match rest
            .windows(part.len())
            .position(|window| window.eq_ignore_ascii_case(part))
        {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_are_found_in_order_ignoring_ascii_case() {
        assert!(has_phrase(
            "Domain Mismatched! caller=x",
            "domain mismatched"
        ));
        assert!(has_phrase(
            "wrong appKey(null) format",
            "wrong appKey(*) format"
        ));
        assert!(has_phrase(
            "wrong APPKEY(abc123) format",
            "wrong appKey(*) format"
        ));
        assert!(!has_phrase(
            "format of wrong appKey(",
            "wrong appKey(*) format"
        ));
        assert!(!has_phrase("", "x"));
        assert!(has_phrase("anything", ""));
        // Multi-byte text is matched by bytes: no panic, no false match.
        assert!(!has_phrase("도메인 불일치", "domain"));
        assert!(has_phrase("앱 [talk_message] 비활성", "[talk_message]"));
    }

    #[test]
    fn every_case_names_a_parent_and_a_page() {
        for row in PAGES.iter().flat_map(|rows| rows.iter()) {
            assert!(!row.under.is_empty(), "{}", row.name);
            assert!(row.page.starts_with("https://"), "{}", row.name);
            assert!(!row.message.is_empty(), "{}", row.name);
        }
    }
}
