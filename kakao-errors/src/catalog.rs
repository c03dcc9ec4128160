//! Every table this crate has, in one list: what each documents, where Kakao documents it, and
//! which tables document a given code.
//!
//! ```
//! use kakao_errors::catalog;
//! use kakao_errors::ErrorCode;
//!
//! // Which tables document code -1? The REST API's, Kakao Mobility's and Kakao Moment's, with
//! // their own figures.
//! let found: Vec<_> = catalog::find(ErrorCode::new(-1)).collect();
//! assert_eq!(found.len(), 3);
//! assert_eq!(found[0].table().title(), "REST API > Common");
//! assert_eq!((found[0].name(), found[0].status()), ("InternalError", Some(400)));
//! assert_eq!(found[1].table().title(), "Kakao Mobility");
//! assert_eq!(found[1].status(), Some(500));
//! assert!(found[1].doc_url().starts_with("https://"));
//! assert_eq!((found[2].table().title(), found[2].status()), ("Kakao Moment", Some(500)));
//!
//! // A code as people write it.
//! let entry = catalog::find_text("-402").next().unwrap();
//! assert_eq!(entry.name(), "InsufficientScope");
//! ```
//!
//! # Adding a table
//!
//! 1. Write the table in its own file with `#[derive(KakaoError)]`, rows in the page's order,
//!    and export it from its module.
//! 2. Register it here: one line in [`TABLES`], `table!(module::YourTable, title, family, url)`,
//!    in the order the `kakao-errors` command lists tables (REST API first, then Kakao Talk
//!    Share, then Kakao Mobility, then the others).
//! 3. Check every row against the page in the fidelity tests (`tests/tests/fidelity*.rs`), and
//!    regenerate `docs/error-codes.md`:
//!    `cargo run -p kakao-errors-cli -- markdown > docs/error-codes.md` (a test fails while it
//!    is out of date).
//!
//! Everything else reads the list: the `kakao-errors` command (package `kakao-errors-cli`), its
//! Markdown, the benchmarks' code lists and the table tests.

use core::any::TypeId;
use core::fmt;

use crate::{ErrorCode, KakaoError, Remedy};
use crate::{channel, mobility, moment, oauth, rest, share};

/// Which family of Kakao APIs a table belongs to: they answer with different hosts, body
/// shapes and HTTP status conventions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Family {
    /// The REST APIs on `kapi.kakao.com` (`{"code": -402, "msg": ...}` bodies).
    Rest,
    /// Kakao Login's authorization server on `kauth.kakao.com` (OAuth bodies, `KOE` codes).
    Login,
    /// Kakao Talk Share (the JavaScript SDK and its REST calls).
    Share,
    /// Kakao Talk Channel through the Kakao SDKs (`KAE` codes).
    Channel,
    /// Kakao Moment, Kakao's advertising APIs.
    Moment,
    /// Kakao Mobility's directions and navigation APIs, with their own status table.
    Mobility,
    /// The search and local APIs on `dapi.kakao.com` (`{"errorType": ..., "message": ...}`).
    Search,
}

impl Family {
    /// Every family, in the order of the variants.
    const ALL: [Self; 7] = [
        Self::Rest,
        Self::Login,
        Self::Share,
        Self::Channel,
        Self::Moment,
        Self::Mobility,
        Self::Search,
    ];

    /// The family whose [`as_str`](Self::as_str) is `name`.
    ///
    /// ```
    /// use kakao_errors::catalog::Family;
    ///
    /// assert_eq!(Family::from_name("login"), Some(Family::Login));
    /// assert_eq!(Family::from_name("Login"), None);
    /// ```
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|family| family.as_str() == name)
    }

    /// A stable snake_case name: `"rest"`, `"login"`, `"share"`, `"channel"`, `"moment"`,
    /// `"mobility"` or `"search"` (the serialized form, with the `serde` feature).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Rest => "rest",
            Self::Login => "login",
            Self::Share => "share",
            Self::Channel => "channel",
            Self::Moment => "moment",
            Self::Mobility => "mobility",
            Self::Search => "search",
        }
    }

    /// A short English name: `"REST API"`, `"Kakao Login"`, ...
    #[must_use]
    pub const fn title(self) -> &'static str {
        match self {
            Self::Rest => "REST API",
            Self::Login => "Kakao Login",
            Self::Share => "Kakao Talk Share",
            Self::Channel => "Kakao Talk Channel",
            Self::Moment => "Kakao Moment",
            Self::Mobility => "Kakao Mobility",
            Self::Search => "Kakao search and local APIs",
        }
    }
}

/// One documented table: a `KakaoError` type of this crate and the Kakao page it encodes.
pub struct Table {
    title: &'static str,
    family: Family,
    url: &'static str,
    path: &'static str,
    codes: &'static [i32],
    prefix: &'static str,
    digits: u8,
    type_id: fn() -> TypeId,
    lookup: fn(i32, Option<u16>) -> Option<Row>,
}

/// What a table says about one code.
#[derive(Clone)]
struct Row {
    name: &'static str,
    status: Option<u16>,
    retry: bool,
    remedy: Remedy<'static>,
    message: &'static str,
    message_ko: Option<&'static str>,
    solution: Option<&'static str>,
    solution_ko: Option<&'static str>,
    known_from: Option<&'static str>,
}

/// The row of `E` for `code` (the one `status` picks, where `E` documents the code once per
/// status), if `E` documents it (a catch-all does not count).
fn row<E: KakaoError>(code: i32, status: Option<u16>) -> Option<Row> {
    let value = match status {
        Some(status) => E::from_code_and_status(code, status),
        None => E::from_code(code),
    };
    let value = value.filter(KakaoError::is_documented)?;
    Some(Row {
        name: value.name(),
        status: value.status(),
        retry: value.is_retryable(),
        remedy: value.remedy(),
        message: value.message(),
        message_ko: value.message_ko(),
        solution: value.solution(),
        solution_ko: value.solution_ko(),
        known_from: value.known_from(),
    })
}

impl Table {
    /// The table of `E` (whose public path is `path`, e.g. `"kakao_errors::rest::Login"`),
    /// documented on the page at `url` under `title`.
    #[must_use]
    pub const fn of<E: KakaoError + 'static>(
        path: &'static str,
        title: &'static str,
        family: Family,
        url: &'static str,
    ) -> Self {
        Self {
            title,
            family,
            url,
            path,
            codes: E::CODES,
            prefix: E::CODE_PREFIX,
            digits: E::CODE_DIGITS,
            type_id: TypeId::of::<E>,
            lookup: row::<E>,
        }
    }

    /// Where the table is documented, e.g. `"REST API > Kakao Login"`.
    #[must_use]
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// The family of APIs the table belongs to.
    #[must_use]
    pub const fn family(&self) -> Family {
        self.family
    }

    /// The Kakao page the table comes from.
    #[must_use]
    pub const fn url(&self) -> &'static str {
        self.url
    }

    /// The Rust type's public path, e.g. `"kakao_errors::rest::Login"`.
    #[must_use]
    pub const fn path(&self) -> &'static str {
        self.path
    }

    /// Every code the table documents, in its order (numbers, for prefixed codes).
    #[must_use]
    pub const fn codes(&self) -> &'static [i32] {
        self.codes
    }

    /// Whether the table is the one of type `E`.
    #[must_use]
    pub fn is<E: 'static>(&self) -> bool {
        (self.type_id)() == TypeId::of::<E>()
    }

    /// The code `number` as this table writes it (`-402`, `KOE320`).
    #[must_use]
    pub const fn error_code(&self, number: i32) -> ErrorCode {
        ErrorCode::written(self.prefix, self.digits, number)
    }

    /// The table's entry for `code`, if it documents it: for a code the table documents once
    /// per HTTP status (Kakao Moment's -813), the first of its rows.
    #[must_use]
    pub fn get(&'static self, code: ErrorCode) -> Option<Entry> {
        self.entry(code, None)
    }

    /// The table's entry for `code` in a response with HTTP `status`: the same as
    /// [`get`](Self::get), except that for a code documented once per status the status picks
    /// the row (the first row when none has that status).
    ///
    /// ```
    /// use kakao_errors::ErrorCode;
    /// use kakao_errors::catalog;
    /// use kakao_errors::moment::MomentError;
    ///
    /// let table = catalog::table::<MomentError>().unwrap();
    /// let quota = table.get_with_status(ErrorCode::new(-813), 429).unwrap();
    /// assert_eq!((quota.name(), quota.status()), ("MomentQuotaExceeded", Some(429)));
    /// assert_eq!(table.get(ErrorCode::new(-813)).unwrap().status(), Some(400));
    /// ```
    #[must_use]
    pub fn get_with_status(&'static self, code: ErrorCode, status: u16) -> Option<Entry> {
        self.entry(code, Some(status))
    }

    /// Every entry of the table for `code`, in its order: one, or one per status for a code
    /// the table documents once per HTTP status; none when it does not document the code.
    pub fn rows(&'static self, code: ErrorCode) -> impl Iterator<Item = Entry> {
        let first = self.get(code);
        let mut seen: Vec<&'static str> = first.iter().map(Entry::name).collect();
        // Only a documented code can have more rows: then every status is tried, and each row
        // kept once (by its variant name); otherwise none is.
        let last_status = if first.is_some() { 599 } else { 99 };
        let others = (100..=last_status).filter_map(move |status| {
            let entry = self.get_with_status(code, status)?;
            if seen.contains(&entry.name()) {
                return None;
            }
            seen.push(entry.name());
            Some(entry)
        });
        first.into_iter().chain(others)
    }

    /// Every entry of the table, in its order (a code documented once per status gives one
    /// entry per status).
    pub fn entries(&'static self) -> impl Iterator<Item = Entry> {
        self.codes
            .iter()
            .flat_map(move |&number| self.rows(self.error_code(number)))
    }

    fn entry(&'static self, code: ErrorCode, status: Option<u16>) -> Option<Entry> {
        if !code.prefix().eq_ignore_ascii_case(self.prefix) {
            return None;
        }
        let row = (self.lookup)(code.number(), status)?;
        Some(Entry {
            table: self,
            number: code.number(),
            row,
        })
    }
}

impl fmt::Debug for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Table")
            .field("title", &self.title)
            .field("path", &self.path)
            .field("codes", &self.codes.len())
            .finish_non_exhaustive()
    }
}

/// What one table documents for one code.
#[derive(Clone)]
pub struct Entry {
    table: &'static Table,
    number: i32,
    row: Row,
}

impl Entry {
    /// The table that documents the code.
    #[must_use]
    pub const fn table(&self) -> &'static Table {
        self.table
    }

    /// The code, as the table writes it.
    #[must_use]
    pub const fn code(&self) -> ErrorCode {
        self.table.error_code(self.number)
    }

    /// The variant's name.
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.row.name
    }

    /// The documented HTTP status.
    #[must_use]
    pub const fn status(&self) -> Option<u16> {
        self.row.status
    }

    /// Whether the documented remedy is to send the same request again.
    #[must_use]
    pub const fn is_retryable(&self) -> bool {
        self.row.retry
    }

    /// What to do.
    #[must_use]
    pub fn remedy(&self) -> Remedy<'static> {
        self.row.remedy.clone()
    }

    /// The English description.
    #[must_use]
    pub const fn message(&self) -> &'static str {
        self.row.message
    }

    /// The Korean description.
    #[must_use]
    pub const fn message_ko(&self) -> Option<&'static str> {
        self.row.message_ko
    }

    /// What to do, in the documentation's words.
    #[must_use]
    pub const fn solution(&self) -> Option<&'static str> {
        self.row.solution
    }

    /// The same in Korean.
    #[must_use]
    pub const fn solution_ko(&self) -> Option<&'static str> {
        self.row.solution_ko
    }

    /// The table's page. For a row that page does not list (see
    /// [`known_from`](Self::known_from)), the page of the table it belongs to, not of the row.
    #[must_use]
    pub const fn doc_url(&self) -> &'static str {
        self.table.url
    }

    /// Where the row is known from, when it is not on the table's page (a lower-confidence
    /// row, whose texts are this crate's words); `None` for a row of the page itself.
    #[must_use]
    pub const fn known_from(&self) -> Option<&'static str> {
        self.row.known_from
    }
}

impl fmt::Debug for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Entry")
            .field("table", &self.table.title)
            .field("code", &format_args!("{}", self.code()))
            .field("name", &self.row.name)
            .field("status", &self.row.status)
            .field("remedy", &self.row.remedy)
            .finish_non_exhaustive()
    }
}

/// `Table::of::<T>` with `T`'s public path written out from the same tokens.
macro_rules! table {
    ($($module:ident)::+, $title:expr, $family:ident, $url:expr $(,)?) => {
        Table::of::<$($module)::+>(
            concat!("kakao_errors", $("::", stringify!($module)),+),
            $title,
            Family::$family,
            $url,
        )
    };
}

const REST_PAGE: &str = "https://developers.kakao.com/docs/latest/en/rest-api/error-code";
const SHARE_PAGE: &str =
    "https://developers.kakao.com/docs/latest/en/kakaotalk-share/trouble-shooting";
const MOBILITY_PAGE: &str = "https://developers.kakaomobility.com/affiliate-en/solution.html";
const LOGIN_PAGE: &str = "https://developers.kakao.com/docs/latest/en/kakaologin/trouble-shooting";
const BUSINESS_PAGE: &str =
    "https://developers.kakao.com/docs/latest/en/business-auth/trouble-shooting";
const CHANNEL_PAGE: &str =
    "https://developers.kakao.com/docs/latest/ko/kakaotalk-channel/trouble-shooting";
const MOMENT_PAGE: &str = "https://developers.kakao.com/docs/latest/en/kakaomoment/error-code";

/// Every table of the crate, REST API first, then Kakao Talk Share, then Kakao Mobility, then
/// the others.
pub static TABLES: &[Table] = &[
    table!(rest::Common, "REST API > Common", Rest, REST_PAGE),
    table!(rest::Login, "REST API > Kakao Login", Rest, REST_PAGE),
    table!(
        rest::TalkMessage,
        "REST API > Kakao Talk Message",
        Rest,
        REST_PAGE
    ),
    table!(
        rest::TalkChannel,
        "REST API > Kakao Talk Channel",
        Rest,
        REST_PAGE
    ),
    table!(rest::Push, "REST API > Push Notification", Rest, REST_PAGE),
    table!(
        rest::TalkCalendar,
        "REST API > Talk Calendar",
        Rest,
        REST_PAGE
    ),
    table!(rest::Moment, "REST API > Kakao Moment", Rest, REST_PAGE),
    table!(
        rest::KeywordAd,
        "REST API > Kakao Keyword Ad",
        Rest,
        REST_PAGE
    ),
    table!(share::TalkShareError, "Kakao Talk Share", Share, SHARE_PAGE),
    table!(
        mobility::MobilityError,
        "Kakao Mobility",
        Mobility,
        MOBILITY_PAGE
    ),
    table!(
        oauth::KoeError,
        "Kakao Login > Authorization code",
        Login,
        LOGIN_PAGE
    ),
    table!(
        oauth::BusinessAuthError,
        "Business Authentication",
        Login,
        BUSINESS_PAGE
    ),
    table!(
        channel::KaeError,
        "Kakao Talk Channel > Kakao SDK",
        Channel,
        CHANNEL_PAGE
    ),
    table!(moment::MomentError, "Kakao Moment", Moment, MOMENT_PAGE),
];

/// Every table, in the order of [`TABLES`].
#[must_use]
pub fn tables() -> &'static [Table] {
    TABLES
}

/// The table of type `E`, if it is one of this crate's.
#[must_use]
pub fn table<E: 'static>() -> Option<&'static Table> {
    TABLES.iter().find(|table| table.is::<E>())
}

/// Every table's entry for `code`, in the order of [`TABLES`].
pub fn find(code: ErrorCode) -> impl Iterator<Item = Entry> {
    TABLES.iter().filter_map(move |table| table.get(code))
}

/// Every table's entry for a code written as text (`"-402"`, `"4019"`, `"KOE320"`), in the
/// order of [`TABLES`]: each table reads the text its own way (with or without its prefix).
pub fn find_text(text: &str) -> impl Iterator<Item = Entry> + '_ {
    TABLES.iter().filter_map(move |table| {
        let number = ErrorCode::parse_number(text, table.prefix)?;
        table.get(table.error_code(number))
    })
}

/// Every table's entry for `code` in a response with HTTP `status` (see
/// [`Table::get_with_status`]), in the order of [`TABLES`].
pub fn find_with_status(code: ErrorCode, status: u16) -> impl Iterator<Item = Entry> {
    TABLES
        .iter()
        .filter_map(move |table| table.get_with_status(code, status))
}

#[cfg(feature = "serde")]
impl serde::Serialize for Family {
    /// As [`as_str`](Self::as_str).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Family {
    /// From [`as_str`](Self::as_str)'s name.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        Self::from_name(&name).ok_or_else(|| {
            serde::de::Error::unknown_variant(
                &name,
                &[
                    "rest", "login", "share", "channel", "moment", "mobility", "search",
                ],
            )
        })
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Entry {
    /// One object, every key always present (`null` where the table has nothing):
    ///
    /// | key | value |
    /// |---|---|
    /// | `table` | the table's [title](Table::title) |
    /// | `path` | the Rust type's [path](Table::path) |
    /// | `url` | the page that documents the code ([`doc_url`](Entry::doc_url)) |
    /// | `family` | the table's [family](Table::family), as [`Family::as_str`] |
    /// | `code` | the code as the table writes it, as a string (`"-402"`, `"KOE320"`) |
    /// | `name` | the variant's name |
    /// | `status` | the documented HTTP status |
    /// | `retry` | [`is_retryable`](Entry::is_retryable) |
    /// | `remedy` | the remedy's [name](Remedy::as_str) |
    /// | `message`, `message_ko`, `solution`, `solution_ko` | the texts |
    /// | `known_from` | for a row not on the table's page, where it is known from ([`known_from`](Entry::known_from)) |
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;

        let mut s = serializer.serialize_struct("Entry", 14)?;
        s.serialize_field("table", self.table.title)?;
        s.serialize_field("path", self.table.path)?;
        s.serialize_field("url", self.table.url)?;
        s.serialize_field("family", &self.table.family)?;
        s.serialize_field("code", &self.code().to_string())?;
        s.serialize_field("name", self.row.name)?;
        s.serialize_field("status", &self.row.status)?;
        s.serialize_field("retry", &self.row.retry)?;
        s.serialize_field("remedy", self.row.remedy.as_str())?;
        s.serialize_field("message", self.row.message)?;
        s.serialize_field("message_ko", &self.row.message_ko)?;
        s.serialize_field("solution", &self.row.solution)?;
        s.serialize_field("solution_ko", &self.row.solution_ko)?;
        s.serialize_field("known_from", &self.row.known_from)?;
        s.end()
    }
}
