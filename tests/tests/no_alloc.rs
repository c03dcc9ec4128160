//! Heap allocations, counted by a global allocator: none in `from_code`, `from_name`,
//! `TryFrom<i32>`, any accessor, `source()`, or `Display` into a `String` with room, for every
//! table of the crate, the REST union, and user-defined leaves, wrappers and nested wrappers;
//! none in `Display` and `Debug` of responses that carry secrets or hostile text (the output
//! corpus: redacting and escaping);
//! and parsing an error response allocates at most what the result must own.
//!
//! A correctness test, not a timing: the counts are exact. The counter is per thread, so the
//! test harness's other threads do not disturb it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::{Display, Write as _};

use kakao_errors::KakaoError;
use kakao_errors::catalog;
use kakao_errors::mobility::MobilityError;
use kakao_errors::response::{ResponseError, parse, parse_as};
use kakao_errors::rest::{ApiError, Common, Login};

/// The system allocator, counting allocations (and reallocations) made by the current thread.
struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn bump() {
    // `try_with`: the thread-local may already be gone while a thread shuts down.
    let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
}

// SAFETY: every method forwards to `System` with the caller's arguments unchanged; counting
// touches only a const-initialised thread-local `Cell`, which never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        bump();
        // SAFETY: forwarded from our caller, who upholds `GlobalAlloc::alloc`'s contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        bump();
        // SAFETY: as in `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        bump();
        // SAFETY: `ptr` came from this allocator, which is `System` underneath.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from this allocator, which is `System` underneath.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// What `f` returns, and how many allocations it made on this thread.
fn allocations<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let before = ALLOCATIONS.with(Cell::get);
    let result = f();
    let after = ALLOCATIONS.with(Cell::get);
    (result, after - before)
}

/// Asserts that `f` allocates nothing; `what` names the call in the failure message.
fn assert_none<R>(what: impl Display, f: impl FnOnce() -> R) -> R {
    let (result, count) = allocations(f);
    assert_eq!(count, 0, "{what} allocated {count} time(s)");
    result
}

/// The counter sees allocations at all (otherwise every other test here would pass vacuously).
#[test]
fn the_counter_counts() {
    let (_, count) = allocations(|| std::hint::black_box(String::from("x")));
    assert_eq!(count, 1);
    let (_, count) = allocations(|| std::hint::black_box(format!("{}", 12_345)));
    assert!(count >= 1);
}

/// Codes no table here knows, next to every code `T` lists.
const UNKNOWN: [i32; 6] = [0, 1, -13, -99_999, i32::MIN, i32::MAX];

/// Every lookup and accessor of `T`, for every code it lists and a few it does not; the path
/// of `T` in the catalog, if it is one of its tables.
fn check_type<T>(type_name: &str) -> Option<&'static str>
where
    T: KakaoError + Display + core::fmt::Debug + TryFrom<i32> + 'static,
{
    // Room for any message of any table: Display must write into it without growing it.
    let mut buf = String::with_capacity(4_096);
    for &code in T::CODES.iter().chain(&UNKNOWN) {
        let what = |call: &str| format!("{type_name}::{call} for code {code}");
        let found = assert_none(what("from_code"), || T::from_code(code));
        let tried = assert_none(what("try_from"), || T::try_from(code).ok());
        assert_eq!(found.is_some(), tried.is_some(), "{}", what("try_from"));
        let Some(value) = found else {
            continue;
        };
        assert_none(what("accessors"), || {
            std::hint::black_box((
                value.code(),
                value.name(),
                value.status(),
                value.is_retryable(),
                value.message(),
                value.message_ko(),
                value.solution(),
                value.solution_ko(),
                value.source().is_none(),
                value.remedy(),
                value.is_documented(),
                value.error_code(),
            ))
        });
        let name = value.name();
        assert_none(what("from_name"), || {
            std::hint::black_box(T::from_name(name))
        });
        buf.clear();
        let capacity = buf.capacity();
        assert_none(what("Display"), || write!(buf, "{value}").unwrap());
        assert_eq!(buf.capacity(), capacity);
        assert!(buf.contains(&value.error_code().to_string()), "{buf}");
    }
    catalog::table::<T>().map(catalog::Table::path)
}

#[test]
fn tables_do_not_allocate() {
    macro_rules! check_every_table {
        ($krate:tt; $($($segment:ident)::+ { $($field:tt)* })*) => {
            [$(check_type::<$krate::$($segment)::+>(concat!($(stringify!($segment)),+)),)*]
        };
    }
    // Every table of the catalog (the list is the catalog's own), each found in it.
    let checked = kakao_errors::for_each_table!(check_every_table);
    assert!(checked.iter().all(Option::is_some));
    // And the union of the REST tables, which the catalog lists table by table.
    assert_eq!(check_type::<ApiError>("ApiError"), None);
}

#[test]
fn const_lookups_do_not_allocate() {
    for &code in Login::CODES.iter().chain(&UNKNOWN) {
        let found = assert_none(
            format_args!("Login::from_code (const fn) for {code}"),
            || std::hint::black_box(Login::from_code(code)),
        );
        assert_eq!(found, <Login as KakaoError>::from_code(code));
    }
    assert_none("VARIANTS", || std::hint::black_box(Common::VARIANTS.len()));
}

mod user {
    use kakao_errors::KakaoError;
    use kakao_errors::rest::ApiError;

    /// A user's leaf table.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
    pub enum Billing {
        /// The card was declined.
        #[kakao(code = 7001, status = 402, solution = "Ask the user for another card.")]
        CardDeclined,
        /// The payment gateway timed out.
        #[kakao(
            code = 7002,
            status = 504,
            retry = true,
            message_ko = "결제 게이트웨이 시간 초과"
        )]
        GatewayTimeout,
    }

    /// A user's leaf table with its own catch-all.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
    pub enum Shipping {
        /// The carrier is down.
        #[kakao(code = 8001, status = 503, retry = true)]
        CarrierDown,
        /// Anything else.
        #[kakao(other, message = "unknown shipping error", solution = "Call support.")]
        Unknown(i32),
    }

    /// A wrapper around the REST union.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
    pub enum AppError {
        /// The app is read-only.
        #[kakao(code = 9001, status = 503)]
        ReadOnly,
        /// Billing codes.
        #[kakao(transparent)]
        Billing(Billing),
        /// Every REST code, and its catch-all.
        #[kakao(transparent)]
        Kakao(ApiError),
    }

    /// A wrapper of two leaves, the last one with a catch-all.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
    pub enum Service {
        /// Wrapped twice.
        #[kakao(transparent)]
        Billing(Billing),
        /// The Talk Share table.
        #[kakao(transparent)]
        Share(kakao_errors::share::TalkShareError),
    }

    /// Nested: a wrapper of a wrapper of the REST union.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
    pub enum Outer {
        /// The wrapper above, and through it every REST code.
        #[kakao(transparent)]
        App(AppError),
    }
}

#[test]
fn user_types_do_not_allocate() {
    check_type::<user::Billing>("Billing");
    check_type::<user::Shipping>("Shipping");
    check_type::<user::AppError>("AppError");
    check_type::<user::Service>("Service");
    check_type::<user::Outer>("Outer");
}

/// A typical REST body: message, API type, both scope lists.
const REST_402: &[u8] = br#"{"msg":"[talk_message] scope is required.","code":-402,"api_type":"TALK_MEMO_DEFAULT_SEND","allowed_scopes":["profile_nickname","profile_image"],"required_scopes":["talk_message"]}"#;
/// The bound for a parse: what the body's data costs an owning result written the plain way
/// (`#[derive(Deserialize)]` with `String` and `Vec<String>` fields), one allocation per text
/// and per list. Here: message, API type, three scopes, two lists.
const REST_402_OWNED: usize = 7;

const OAUTH: &[u8] = br#"{"error":"invalid_grant","error_description":"authorization code not found for code=abc","error_code":"KOE320"}"#;
/// `error`, `error_description`, `error_code`.
const OAUTH_OWNED: usize = 3;

const DAPI: &[u8] = br#"{"errorType":"AccessDeniedError","message":"domain mismatched! caller=http://localhost:8080"}"#;
/// `errorType`, `message`.
const DAPI_OWNED: usize = 2;

const PAY: &[u8] = br#"{"error_code":-780,"error_message":"approval failure!","extras":{"method_result_code":"USER_LOCKED","method_result_message":"locked"}}"#;
/// `error_message`, and `extras` kept as it was sent (a `Box<RawValue>`).
const PAY_OWNED: usize = 2;

const KAE: &[u8] = br#"{"error_code":"KAE001","error_msg":"Invalid app key"}"#;
/// `error_code`, `error_msg`.
const KAE_OWNED: usize = 2;

const MOMENT: &[u8] = br#"{"code":-813,"msg":"KakaoMomentException","extras":{"detailCode":21006,"detailMsg":"no such ad account"}}"#;
/// `msg`, `extras.detailMsg`.
const MOMENT_OWNED: usize = 2;

const RECEIVERS: &[u8] =
    br#"{"code":-532,"msg":"daily limit exceeded","receiver_ids":["abc","def"]}"#;
/// `msg`, the list and its two strings.
const RECEIVERS_OWNED: usize = 4;

const HTML_502: &[u8] = b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>";
/// The excerpt.
const HTML_OWNED: usize = 1;

/// Parses `body`, checks that it allocates at most `bound` times, then that reading the result
/// allocates nothing.
fn check_parse(what: &str, status: u16, body: &[u8], bound: usize) -> ResponseError {
    let (error, count) = allocations(|| parse(status, body));
    println!("parse {what}: {count} allocation(s), bound {bound}");
    assert!(
        count <= bound,
        "parse {what}: {count} allocations, more than {bound}"
    );
    assert_none(format_args!("accessors of {what}"), || {
        std::hint::black_box((
            error.status(),
            error.kind(),
            error.code(),
            error.cause(),
            error.message(),
            error.is_retryable(),
            error.solution(),
            error.required_scopes().map(Iterator::count),
            error.allowed_scopes().map(Iterator::count),
            error.api_type(),
            error.oauth_error(),
            error.koe_code(),
            error.kae_code(),
            error.error_type(),
            error.js_error_name(),
            error.excerpt(),
            error.extras(),
            error.extra("detailMsg"),
            error.detail_code(),
            error.detail_msg(),
            error.receiver_ids().map(Iterator::count),
            error.field("code"),
            error.fields().count(),
            error.share_sub_error(),
        ))
    });
    let mut buf = String::with_capacity(4_096);
    assert_none(format_args!("Display of {what}"), || {
        write!(buf, "{error}").unwrap();
    });
    assert!(buf.contains(&status.to_string()), "{buf}");
    error
}

#[test]
fn parsing_allocates_at_most_what_the_result_owns() {
    let rest = check_parse("REST -402", 403, REST_402, REST_402_OWNED);
    assert_eq!(
        rest.cause(),
        Some(&ApiError::Login(Login::InsufficientScope))
    );
    assert_eq!(
        rest.required_scopes().unwrap().collect::<Vec<_>>(),
        ["talk_message"]
    );
    let oauth = check_parse("OAuth", 400, OAUTH, OAUTH_OWNED);
    assert_eq!(oauth.koe_code(), Some("KOE320"));
    let dapi = check_parse("search and Local", 401, DAPI, DAPI_OWNED);
    assert_eq!(dapi.error_type(), Some("AccessDeniedError"));
    let pay = check_parse("Kakao Pay", 400, PAY, PAY_OWNED);
    assert_eq!(pay.code(), Some(-780));
    let kae = check_parse("KAE", 401, KAE, KAE_OWNED);
    assert_eq!(kae.kae_code(), Some("KAE001"));
    let moment = check_parse("Kakao Moment", 400, MOMENT, MOMENT_OWNED);
    assert_eq!(moment.detail_code(), Some(21006));
    let receivers = check_parse("receiver_ids", 400, RECEIVERS, RECEIVERS_OWNED);
    assert_eq!(receivers.receiver_ids().unwrap().len(), 2);
    let html = check_parse("HTML 502", 502, HTML_502, HTML_OWNED);
    assert!(html.excerpt().unwrap().contains("502 Bad Gateway"));
    // `ResponseError` keeps its texts in one buffer; for a body without lists and with few
    // texts, their positions are kept inline: one allocation, however many texts.
    for (what, status, body) in [
        ("OAuth", 400, OAUTH),
        ("search and Local", 401, DAPI),
        ("Kakao Pay", 400, PAY),
        ("KAE", 401, KAE),
        ("Kakao Moment", 400, MOMENT),
        ("HTML 502", 502, HTML_502),
    ] {
        let (_, count) = allocations(|| parse(status, body));
        assert_eq!(count, 1, "parse {what}: {count} allocations");
    }

    // A body with only a code: the one allocation is its text, kept for `field`.
    let (bare, count) = allocations(|| parse(500, br#"{"code":-1}"#));
    println!("parse code only: {count} allocation(s), bound 1");
    assert!(
        count <= 1,
        "a body with only a code allocated {count} time(s)"
    );
    assert_eq!(bare.cause(), Some(&ApiError::Common(Common::InternalError)));
    let (empty, count) = allocations(|| parse_as::<MobilityError>(502, b""));
    assert_eq!(count, 0, "an empty body allocated {count} time(s)");
    assert_eq!(empty.status(), 502);
}

/// Redacting and escaping allocate nothing: `Display`, `Debug` (`{:?}` and `{:#?}`) and the
/// remedy's `Display` of every response of the output corpus (secrets in queries, JSON, headers
/// and credentials; escape sequences, bidirectional and invisible characters), and
/// `redact::clean` of each body, into a buffer with room.
#[test]
fn redacting_and_escaping_do_not_allocate() {
    use kakao_errors::redact::clean;

    let corpus: serde_json::Value =
        serde_json::from_str(include_str!("../fixtures/output-corpus.json")).unwrap();
    let mut buf = String::with_capacity(64 << 10);
    let mut redacted = 0;
    for list in ["responses", "hostile"] {
        for entry in corpus[list].as_array().unwrap() {
            let name = entry["name"].as_str().unwrap();
            let status = u16::try_from(entry["status"].as_u64().unwrap()).unwrap();
            let body = entry["body"].as_str().unwrap();
            let e = parse(status, body.as_bytes());
            buf.clear();
            assert_none(format_args!("Display of {name}"), || {
                write!(buf, "{e}").unwrap();
            });
            redacted += usize::from(buf.contains("<redacted>"));
            assert_none(format_args!("Debug of {name}"), || {
                write!(buf, "{e:?} {e:#?}").unwrap();
            });
            assert_none(format_args!("the remedy of {name}"), || {
                write!(buf, "{}", e.remedy()).unwrap();
            });
            assert_none(format_args!("clean() of {name}"), || {
                write!(buf, "{} {:?}", clean(body), clean(body).max_bytes(100)).unwrap();
            });
        }
    }
    // The lines did redact something: the counter saw the redacting paths run.
    assert!(redacted >= 10, "{redacted}");
}

#[test]
fn remedies_do_not_allocate() {
    for &code in ApiError::CODES {
        let e = ApiError::from_code(code).unwrap();
        assert_none(format_args!("ApiError {code} remedy()"), || e.remedy());
    }
    let bodies: &[(u16, &[u8])] = &[
        (403, br#"{"code":-402,"msg":"insufficient scopes.","required_scopes":["talk_message","profile"]}"#),
        (401, br#"{"code":-401,"msg":"domain mismatched! caller=https://a.example"}"#),
        (401, br#"{"code":-401,"msg":"this access token does not exist"}"#),
        (400, br#"{"error":"invalid_grant","error_description":"x","error_code":"KOE320"}"#),
        (429, b""),
        (502, b"<html>Bad Gateway</html>"),
    ];
    for &(status, body) in bodies {
        let e = parse(status, body);
        let remedy = assert_none(format_args!("remedy() of {e}"), || e.remedy());
        // Walking the scopes a remedy carries allocates nothing either.
        if let kakao_errors::Remedy::RequestConsent { scopes } = remedy {
            let count = assert_none("counting the scopes", || scopes.count());
            assert_eq!(count, 2);
        }
    }
}
