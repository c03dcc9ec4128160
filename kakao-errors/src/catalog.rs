//! Every table this crate has, in one list: what each documents, where Kakao documents it, and
//! which tables document a given code.
//!
//! ```
//! use kakao_errors::catalog;
//! use kakao_errors::ErrorCode;
//!
//! // Which tables document code -1? The REST API's, Kakao Mobility's, Kakao Moment's and
//! // Kakao Keyword Ad's, with their own figures.
//! let found: Vec<_> = catalog::find(ErrorCode::new(-1)).collect();
//! assert_eq!(found.len(), 4);
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
//! # The one list
//!
//! [`for_each_table!`](crate::for_each_table) is the list: one row per table, with its type,
//! its title, its [`Family`], its page and the [`Shape`] of its error bodies. [`TABLES`] is built from it, and so is everything
//! that goes over every table: the `kakao-errors` command and its Markdown (through
//! [`TABLES`]), the fixtures (`fixture::every_documented`, feature `fixture`), the tests and the
//! benchmarks (which call the macro with a callback of their own, to get every table's type).
//! A family is declared once too, with its title and a note on how its APIs answer; the shape
//! of a table's bodies is what the fixtures write and the command explains.
//!
//! # Adding a table
//!
//! 1. Write the table in its own file with `#[derive(KakaoError)]`, rows in the page's order,
//!    and export it from its module.
//! 2. Add its row to [`for_each_table!`](crate::for_each_table), in the order the
//!    `kakao-errors` command lists tables (REST API first, then Kakao Talk Share, then Kakao
//!    Mobility, then the others); a new family of APIs is a row of [`Family`] too.
//! 3. Store its page under `tests/fixtures/kakao-docs/` and check every row against it in the
//!    fidelity tests (`tests/tests/fidelity/`); regenerate `docs/error-codes.md` with
//!    `cargo run -p kakao-errors-cli -- markdown > docs/error-codes.md` (a test fails while it
//!    is out of date).

use core::any::TypeId;
use core::fmt;

use crate::{ErrorCode, KakaoError, Remedy};

/// Declares [`Family`] from one row per family: its variant, its name, its title and a sentence
/// on reading its errors.
macro_rules! families {
    ($(
        $(#[$doc:meta])*
        $variant:ident = $name:literal, $title:literal, $note:literal;
    )*) => {
        /// Which family of Kakao APIs a table belongs to: they answer with different hosts, body
        /// shapes and HTTP status conventions.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Family {
            $($(#[$doc])* $variant,)*
        }

        impl Family {
            /// Every family, in the order of the variants.
            pub const VARIANTS: &'static [Self] = &[$(Self::$variant),*];

            /// The [`as_str`](Self::as_str) names, in the same order (for serde's errors).
            #[cfg(feature = "serde")]
            const NAMES: &'static [&'static str] = &[$($name),*];

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
                Self::VARIANTS.iter().copied().find(|family| family.as_str() == name)
            }

            /// A stable snake_case name (the serialized form, with the `serde` feature):
            #[doc = concat!($("`\"", $name, "\"`", ", "),*)]
            /// in the order of the variants.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $name,)*
                }
            }

            /// A short English name: `"REST API"`, `"Kakao Login"`, ...
            #[must_use]
            pub const fn title(self) -> &'static str {
                match self {
                    $(Self::$variant => $title,)*
                }
            }

            /// How the family's APIs answer a failure, in one or two English sentences: the
            /// body's shape, and what in it tells which error it is.
            #[must_use]
            pub const fn note(self) -> &'static str {
                match self {
                    $(Self::$variant => $note,)*
                }
            }
        }
    };
}

families! {
    /// The REST APIs on `kapi.kakao.com` (`{"code": -402, "msg": ...}` bodies).
    Rest = "rest", "REST API",
        "REST API: a failure answers {\"code\": ..., \"msg\": ...}; the code, not the status, tells which error it is (one status serves many codes).";
    /// Kakao Login's authorization server on `kauth.kakao.com` (OAuth bodies, `KOE` codes).
    Login = "login", "Kakao Login",
        "Kakao Login: the authorization server answers an OAuth error, {\"error\", \"error_description\", \"error_code\": \"KOE...\"}; the KOE code tells which error it is.";
    /// Kakao Talk Share (the JavaScript SDK and its REST calls).
    Share = "share", "Kakao Talk Share",
        "Kakao Talk Share: a failure answers {\"code\", \"msg\"} (the JavaScript SDK: {\"name\", \"msg\", \"code\"}); 4019 has case-by-case troubleshooting, told apart by the message.";
    /// Kakao Talk Channel through the Kakao SDKs (`KAE` codes).
    Channel = "channel", "Kakao Talk Channel",
        "Kakao Talk Channel: the Kakao SDKs' channel APIs answer {\"error_code\": \"KAE...\", \"error_msg\": ...}.";
    /// Kakao Moment, Kakao's advertising APIs.
    Moment = "moment", "Kakao Moment",
        "Kakao Moment: a failure answers {\"code\", \"msg\"}, with \"extras\": {\"detailCode\", \"detailMsg\"} for the details; -813 is an internal error with 400, no permission with 403 and a quota with 429.";
    /// Kakao Mobility's directions and navigation APIs, with their own status table.
    Mobility = "mobility", "Kakao Mobility",
        "Kakao Mobility: a failure answers {\"code\", \"msg\"}, with statuses of its own; a directions answer with HTTP 200 gives each route a result_code.";
    /// The search and local APIs on `dapi.kakao.com` (`{"errorType": ..., "message": ...}`).
    Search = "search", "Kakao search and local APIs",
        "Search and local APIs: a failure answers {\"errorType\": ..., \"message\": ...}; the errorType and a phrase of the message tell which error it is.";
    /// Kakao Keyword Ad, Kakao's search advertising APIs.
    KeywordAd = "keyword_ad", "Kakao Keyword Ad",
        "Kakao Keyword Ad: a failure answers {\"code\", \"msg\"}, with \"extras\": {\"detailCode\", \"detailMsg\"} for the details; its statuses are its own.";
    /// Kakao Pay's online payment APIs (`{"error_code": -780, "error_message": ...}`).
    Pay = "pay", "Kakao Pay",
        "Kakao Pay: a failure answers {\"error_code\": -780, \"error_message\": ..., \"extras\": {...}} (older: {\"code\", \"msg\", \"extras\"}); extras.method_result_code says more. Known from third-party sources only.";
    /// Kakao Talk Certification (electronic signatures), with `E` codes.
    Certification = "certification", "Kakao Talk Certification",
        "Kakao Talk Certification: a failure carries an E code (E2001) with its HTTP status.";
    /// Kakao's bizmessage results (AlimTalk, FriendTalk), as resellers pass them on.
    BizMessage = "bizmessage", "Kakao bizmessage",
        "Kakao bizmessage (AlimTalk, FriendTalk): a result code (3018) that resellers pass on in bodies of their own, often prefixed (KKO_3018, K3018). Known from third-party sources only.";
}

/// The shape of a table's error bodies: where its code is, as `kakao_errors::fixture`
/// writes a row and the [`response`](crate::response) reader finds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Shape {
    /// `{"code": -402, "msg": "..."}`: the REST API, Kakao Talk Share, Kakao Moment, Kakao
    /// Mobility, Kakao Keyword Ad; also the bodies resellers pass bizmessage results in.
    Code,
    /// `{"error": "invalid_grant", "error_description": "...", "error_code": "KOE320"}`: Kakao
    /// Login's authorization server.
    OAuth,
    /// `{"error_code": "KAE001", "error_msg": "..."}`: the Kakao SDKs' Kakao Talk Channel APIs.
    ErrorMsg,
    /// `{"error_code": -780, "error_message": "...", "extras": {...}}`: Kakao Pay (a number) and
    /// Kakao Talk Certification (a text code, `E2001`).
    ErrorMessage,
    /// The row of a detail code: a body of the code `under`, with `extras.detailCode` (Kakao
    /// Moment's and Kakao Keyword Ad's detail codes):
    /// `{"code": -813, "msg": "KakaoMomentException", "extras": {"detailCode": 21006, "detailMsg": "..."}}`.
    Detail {
        /// The code the detail codes come under (-813, -820).
        under: i32,
        /// The `msg` such a body has, as the page's sample shows it (`"KakaoMomentException"`).
        msg: &'static str,
    },
    /// The `result_code` of a route in an HTTP 200 directions answer (Kakao Mobility):
    /// `{"routes": [{"result_code": 104, "result_msg": "..."}]}`, read by
    /// `mobility::failed_routes`.
    Route,
}

impl fmt::Display for Shape {
    /// The body as a template, its values left out (`...`) except those the shape fixes (a
    /// detail code's parent code and `msg`): what the `kakao-errors` command and
    /// `docs/error-codes.md` show for a table's bodies.
    ///
    /// ```
    /// use kakao_errors::catalog::{self, Shape};
    /// use kakao_errors::moment::MomentDetail;
    ///
    /// assert_eq!(Shape::Code.to_string(), r#"{"code": ..., "msg": ...}"#);
    /// let detail = catalog::table::<MomentDetail>().unwrap().shape();
    /// assert_eq!(
    ///     detail.to_string(),
    ///     r#"{"code": -813, "msg": "KakaoMomentException", "extras": {"detailCode": ..., "detailMsg": ...}}"#
    /// );
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Code => f.write_str(r#"{"code": ..., "msg": ...}"#),
            Self::OAuth => {
                f.write_str(r#"{"error": ..., "error_description": ..., "error_code": ...}"#)
            }
            Self::ErrorMsg => f.write_str(r#"{"error_code": ..., "error_msg": ...}"#),
            Self::ErrorMessage => {
                f.write_str(r#"{"error_code": ..., "error_message": ..., "extras": {...}}"#)
            }
            Self::Detail { under, msg } => write!(
                f,
                r#"{{"code": {under}, "msg": {msg:?}, "extras": {{"detailCode": ..., "detailMsg": ...}}}}"#
            ),
            Self::Route => f.write_str(
                r#"{"routes": [{"result_code": ..., "result_msg": ...}, ...]} with HTTP 200"#,
            ),
        }
    }
}

/// One documented table: a `KakaoError` type of this crate and the Kakao page it encodes.
pub struct Table {
    /// The type's identity ([`KakaoError`]'s hidden `__IDENTITY`), for the case rows that name it.
    identity: &'static str,
    title: &'static str,
    family: Family,
    url: &'static str,
    shape: Shape,
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
    /// documented on the page at `url` under `title`, whose errors come in bodies of `shape`.
    #[must_use]
    pub const fn of<E: KakaoError + 'static>(
        path: &'static str,
        title: &'static str,
        family: Family,
        url: &'static str,
        shape: Shape,
    ) -> Self {
        Self {
            identity: E::__IDENTITY,
            title,
            family,
            url,
            shape,
            path,
            codes: E::CODES,
            prefix: E::CODE_PREFIX,
            digits: E::CODE_DIGITS,
            type_id: TypeId::of::<E>,
            lookup: row::<E>,
        }
    }

    /// The identity of the table's type, as case rows name it.
    pub(crate) const fn identity(&self) -> &'static str {
        self.identity
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

    /// The letters before the number in the table's codes (`"KOE"`), `""` for plain numbers.
    #[must_use]
    pub const fn prefix(&self) -> &'static str {
        self.prefix
    }

    /// The shape of the table's error bodies.
    #[must_use]
    pub const fn shape(&self) -> Shape {
        self.shape
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

/// The list of every table of the crate, in the catalog's order: calls the macro named by its
/// input with `$crate;` and then one row per table,
/// `module::Type { title: "...", family: Family, page: "...", shape: Shape }` (the
/// [`Family`](crate::catalog::Family) and [`Shape`](crate::catalog::Shape) variants by name).
///
/// This is the one list: [`catalog::TABLES`](crate::catalog::TABLES) is built from it, and a
/// test or a benchmark that needs every table's *type* calls it with a callback of its own
/// (`macro_rules!`) instead of listing the types. The rows' paths are relative to the crate
/// (`rest::Common`): prefix them with the first token (`$crate`, which names this crate from
/// anywhere) to name the type. A callback that needs only the types can skip each row's braces
/// whole (`{ $($field:tt)* }`), and keeps working when a field is added.
///
/// ```
/// macro_rules! code_counts {
///     ($krate:tt; $($($segment:ident)::+ { $($field:tt)* })*) => {
///         [$(<$krate::$($segment)::+ as kakao_errors::KakaoError>::CODES.len(),)*]
///     };
/// }
///
/// let counts = kakao_errors::for_each_table!(code_counts);
/// assert_eq!(counts.len(), kakao_errors::catalog::TABLES.len());
/// assert_eq!(counts[0], kakao_errors::rest::Common::CODES.len());
/// # use kakao_errors::KakaoError;
/// ```
#[macro_export]
macro_rules! for_each_table {
    ($($callback:tt)+) => {
        $($callback)+! {
            $crate;
            rest::Common {
                title: "REST API > Common",
                family: Rest,
                page: "https://developers.kakao.com/docs/latest/en/rest-api/error-code",
                shape: Code,
            }
            rest::Login {
                title: "REST API > Kakao Login",
                family: Rest,
                page: "https://developers.kakao.com/docs/latest/en/rest-api/error-code",
                shape: Code,
            }
            rest::TalkMessage {
                title: "REST API > Kakao Talk Message",
                family: Rest,
                page: "https://developers.kakao.com/docs/latest/en/rest-api/error-code",
                shape: Code,
            }
            rest::TalkChannel {
                title: "REST API > Kakao Talk Channel",
                family: Rest,
                page: "https://developers.kakao.com/docs/latest/en/rest-api/error-code",
                shape: Code,
            }
            rest::Push {
                title: "REST API > Push Notification",
                family: Rest,
                page: "https://developers.kakao.com/docs/latest/en/rest-api/error-code",
                shape: Code,
            }
            rest::TalkCalendar {
                title: "REST API > Talk Calendar",
                family: Rest,
                page: "https://developers.kakao.com/docs/latest/en/rest-api/error-code",
                shape: Code,
            }
            rest::Moment {
                title: "REST API > Kakao Moment",
                family: Rest,
                page: "https://developers.kakao.com/docs/latest/en/rest-api/error-code",
                shape: Code,
            }
            rest::KeywordAd {
                title: "REST API > Kakao Keyword Ad",
                family: Rest,
                page: "https://developers.kakao.com/docs/latest/en/rest-api/error-code",
                shape: Code,
            }
            share::TalkShareError {
                title: "Kakao Talk Share",
                family: Share,
                page: "https://developers.kakao.com/docs/latest/en/kakaotalk-share/trouble-shooting",
                shape: Code,
            }
            mobility::MobilityError {
                title: "Kakao Mobility",
                family: Mobility,
                page: "https://developers.kakaomobility.com/affiliate-en/solution.html",
                shape: Code,
            }
            mobility::RouteError {
                title: "Kakao Mobility > Route result code",
                family: Mobility,
                page: "https://developers.kakaomobility.com/affiliate-en/navi-api/reference",
                shape: Route,
            }
            oauth::KoeError {
                title: "Kakao Login > Authorization code",
                family: Login,
                page: "https://developers.kakao.com/docs/latest/en/kakaologin/trouble-shooting",
                shape: OAuth,
            }
            oauth::BusinessAuthError {
                title: "Business Authentication",
                family: Login,
                page: "https://developers.kakao.com/docs/latest/en/business-auth/trouble-shooting",
                shape: OAuth,
            }
            channel::KaeError {
                title: "Kakao Talk Channel > Kakao SDK",
                family: Channel,
                page: "https://developers.kakao.com/docs/latest/ko/kakaotalk-channel/trouble-shooting",
                shape: ErrorMsg,
            }
            moment::MomentError {
                title: "Kakao Moment",
                family: Moment,
                page: "https://developers.kakao.com/docs/latest/ko/kakaomoment/error-code",
                shape: Code,
            }
            moment::MomentDetail {
                title: "Kakao Moment > Detail code",
                family: Moment,
                page: "https://developers.kakao.com/docs/latest/kakaomoment/reference",
                shape: Detail(-813, "KakaoMomentException"),
            }
            keyword_ad::KeywordAdError {
                title: "Kakao Keyword Ad",
                family: KeywordAd,
                page: "https://developers.kakao.com/docs/latest/ko/keyword-ad/error-code",
                shape: Code,
            }
            keyword_ad::KeywordAdDetail {
                title: "Kakao Keyword Ad > Detail code",
                family: KeywordAd,
                page: "https://developers.kakao.com/docs/latest/ko/keyword-ad/error-code",
                shape: Detail(-820, "KakaoKeywordAdException"),
            }
            pay::PayError {
                title: "Kakao Pay",
                family: Pay,
                page: "https://developers.kakaopay.com/",
                shape: ErrorMessage,
            }
            certification::CertificationError {
                title: "Kakao Talk Certification",
                family: Certification,
                page: "https://developers.kakao.com/docs/latest/ko/kakao-certification/trouble-shooting",
                shape: ErrorMessage,
            }
            bizmessage::BizMessageError {
                title: "Kakao bizmessage (AlimTalk, FriendTalk)",
                family: BizMessage,
                page: "https://docs.kakaoi.ai/kakao_i_connect_message/bizmessage_eng/at_code/",
                shape: Code,
            }
        }
    };
}

/// Builds [`TABLES`] from the rows of [`for_each_table!`](crate::for_each_table).
macro_rules! tables {
    ($krate:tt; $(
        $($segment:ident)::+ {
            title: $title:literal,
            family: $family:ident,
            page: $page:literal,
            shape: $shape:ident $(($under:literal, $msg:literal))? $(,)?
        }
    )*) => {
        /// Every table of the crate, REST API first, then Kakao Talk Share, then Kakao
        /// Mobility, then the others (the rows of [`for_each_table!`](crate::for_each_table)).
        pub static TABLES: &[Table] = ALL;

        /// [`TABLES`], for const evaluation.
        const ALL: &[Table] = &[$(
            Table::of::<$krate::$($segment)::+>(
                concat!("kakao_errors", $("::", stringify!($segment)),+),
                $title,
                Family::$family,
                $page,
                Shape::$shape $({ under: $under, msg: $msg })?,
            ),
        )*];
    };
}

crate::for_each_table!(tables);

/// How many tables write their codes with a prefix.
const PREFIXED_LEN: usize = {
    let mut count = 0;
    let mut i = 0;
    while i < ALL.len() {
        if !ALL[i].prefix.is_empty() {
            count += 1;
        }
        i += 1;
    }
    count
};

/// The tables whose codes are written with a prefix (`KOE`, `KAE`, `E`), in the catalog's
/// order: the ones a code sent as text (`"error_code": "KOE320"`) may belong to.
static PREFIXED: [&Table; PREFIXED_LEN] = {
    let mut prefixed = [&ALL[0]; PREFIXED_LEN];
    let (mut i, mut filled) = (0, 0);
    while i < ALL.len() {
        if !ALL[i].prefix.is_empty() {
            prefixed[filled] = &ALL[i];
            filled += 1;
        }
        i += 1;
    }
    prefixed
};

/// The table a code sent as text belongs to: the first of the catalog whose prefix the text
/// starts with (ignoring ASCII case), followed by a digit or a `-` (`"KOE320"`: Kakao Login's
/// authorization codes; `"E2001"`: Kakao Talk Certification's). `None` for a text no table
/// writes its codes like (a reseller's `ER03`, a plain number).
#[must_use]
pub fn text_code_table(code: &str) -> Option<&'static Table> {
    let code = code.trim_ascii_start().as_bytes();
    PREFIXED.iter().copied().find(|table| {
        let prefix = table.prefix.as_bytes();
        code.len() > prefix.len()
            && code[..prefix.len()].eq_ignore_ascii_case(prefix)
            && matches!(code[prefix.len()], b'0'..=b'9' | b'-')
    })
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
        Self::from_name(&name).ok_or_else(|| serde::de::Error::unknown_variant(&name, Self::NAMES))
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
