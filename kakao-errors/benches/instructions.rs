//! Instructions per lookup, per parse and per `Display`, counted by callgrind: stable where
//! wall time is noisy.
//!
//! `cargo bench --bench instructions` runs this binary under `valgrind --tool=callgrind` twice
//! per implementation, for a short and a long run (`N_LOOKUP`, `N_PARSE`), and reports
//! `(count(long) - count(short)) / (long - short)`: start-up, the stream and the baselines'
//! tables cancel out, what is left is one call plus the loop around it. For lookups, "net"
//! also subtracts the loop itself (the `loop/noop` row: reading the code and handing the
//! result to `black_box`). Without valgrind it says so and exits successfully.
//!
//! `instructions run NAME N` performs `N` lookups with one implementation (what valgrind runs);
//! with no arguments (`cargo test --benches`) it only checks every baseline against the derive.

mod common;

use std::hint::black_box;
use std::process::Command;

use std::fmt::Write as _;

use kakao_errors::KakaoError;
use kakao_errors::mobility::failed_routes;
use kakao_errors::response::parse;
use kakao_errors::rest::ApiError;

use common::bodies;
use common::{AppError, Baselines, Billing, STREAM_LEN, Service, check_same, stream};

/// Lookups and `Display` calls per run: short and long.
const N_LOOKUP: (usize, usize) = (20_000, 220_000);
/// Parses (and `Display` calls of a parsed response) per run: short and long.
const N_PARSE: (usize, usize) = (2_000, 12_000);

/// Every implementation, as `group/name`; the first of each group is this crate's.
const NAMES: &[&str] = &[
    "loop/noop",
    "table/user_leaf",
    "rest_union/derive",
    "rest_union/flat_match",
    "rest_union/hash_map",
    "rest_union/binary_search",
    "rest_union/linear_scan",
    "rest_union_status/derive",
    "rest_union_status/flat_match",
    "user_wrapper/derive",
    "user_wrapper/flat_match",
    "user_wrapper/hash_map",
    "user_wrapper/binary_search",
    "user_wrapper/linear_scan",
    "nested_wrapper/derive",
    "nested_wrapper/flat_match",
    "nested_wrapper/hash_map",
    "nested_wrapper/binary_search",
    "nested_wrapper/linear_scan",
    "display_rest_union/derive",
    "display_rest_union/hand_written_format",
    "display_response_rest_402/kakao_errors",
    "display_response_rest_402/unredacted",
    "display_response_rest_402/hand_written_format",
    "display_response_oauth/kakao_errors",
    "display_response_oauth/unredacted",
    "display_response_oauth/hand_written_format",
    "display_response_dapi/kakao_errors",
    "display_response_dapi/unredacted",
    "display_response_dapi/hand_written_format",
    "display_response_html_502/kakao_errors",
    "display_response_html_502/unredacted",
    "display_response_html_502/hand_written_format",
    "parse_rest_402/kakao_errors",
    "parse_rest_402/borrowed_struct",
    "parse_rest_402/serde_json_value",
    "parse_rest_402_escaped/kakao_errors",
    "parse_rest_402_escaped/serde_json_value",
    "parse_oauth/kakao_errors",
    "parse_oauth/borrowed_struct",
    "parse_oauth/serde_json_value",
    "parse_dapi/kakao_errors",
    "parse_dapi/borrowed_struct",
    "parse_dapi/serde_json_value",
    "parse_pay/kakao_errors",
    "parse_pay/borrowed_struct",
    "parse_pay/serde_json_value",
    "parse_kae/kakao_errors",
    "parse_kae/borrowed_struct",
    "parse_kae/serde_json_value",
    "parse_moment/kakao_errors",
    "parse_moment/borrowed_struct",
    "parse_moment/serde_json_value",
    "parse_keyword_ad/kakao_errors",
    "parse_keyword_ad/borrowed_struct",
    "parse_keyword_ad/serde_json_value",
    "parse_certification/kakao_errors",
    "parse_certification/borrowed_struct",
    "parse_certification/serde_json_value",
    "parse_route/kakao_errors",
    "parse_route/borrowed_struct",
    "parse_route/serde_json_value",
    "parse_html_502/kakao_errors",
    "parse_html_502/borrowed_struct",
    "parse_html_502/serde_json_value",
];

/// Every table of the catalog, as `table/module::Type` and its lookups over its own stream,
/// so a table added to the catalog is measured with the others.
macro_rules! table_runs {
    ($krate:tt; $($($segment:ident)::+ { $($field:tt)* })*) => {
        &[$((
            concat!("table/", stringify!($($segment)::+)),
            derive::<$krate::$($segment)::+> as fn(usize),
        ),)*]
    };
}

/// A table's row name and its lookups.
type TableRun = (&'static str, fn(usize));

const TABLE_RUNS: &[TableRun] = kakao_errors::for_each_table!(table_runs);

/// The lookups of the catalog's table called `name` (`table/rest::Common`).
fn table_run(name: &str) -> Option<fn(usize)> {
    TABLE_RUNS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, run)| run)
}

/// Every implementation measured: [`NAMES`], then a lookup row per table of the catalog.
fn names() -> impl Iterator<Item = &'static str> {
    NAMES
        .iter()
        .copied()
        .chain(TABLE_RUNS.iter().map(|&(name, _)| name))
}

/// How many calls the short and the long run of `name` make.
fn counts(name: &str) -> (usize, usize) {
    if name.starts_with("parse") || name.starts_with("display_response") {
        N_PARSE
    } else {
        N_LOOKUP
    }
}

/// `n` parses of the body called `body`.
fn parses(body: &str, kind: &str, n: usize) {
    let body = bodies::body(body);
    let (status, bytes) = (body.status, body.bytes);
    let route = body.name == "route";
    for _ in 0..n {
        match kind {
            "kakao_errors" if route => {
                black_box(failed_routes(black_box(bytes)).ok());
            }
            "kakao_errors" => {
                black_box(parse(black_box(status), black_box(bytes)));
            }
            "borrowed_struct" => {
                let borrowed = body.borrowed.expect("a borrowed struct for this body");
                black_box(borrowed(black_box(bytes)));
            }
            "serde_json_value" => {
                black_box(bodies::value(black_box(bytes)));
            }
            _ => unreachable!("{kind}"),
        }
    }
}

/// `n` `Display` calls into a reused `String`, over the values of the REST union's stream.
fn displays(kind: &str, n: usize) {
    let values: Vec<ApiError> = stream(ApiError::CODES)
        .into_iter()
        .filter_map(ApiError::from_code)
        .collect();
    let mut buf = String::with_capacity(4_096);
    for i in 0..n {
        let value = black_box(&values[i % values.len()]);
        buf.clear();
        match kind {
            "derive" => write!(buf, "{value}"),
            "hand_written_format" => write!(buf, "[{}] {}", value.code(), value.message()),
            _ => unreachable!("{kind}"),
        }
        .unwrap();
        black_box(&buf);
    }
}

/// `n` `Display` calls of the response error parsed from the body called `body`, into a reused
/// `String`; `unredacted` is the same line without looking for secrets (what redacting costs);
/// the baseline writes the status, the code and the message as they are (what a hand-written
/// line with no cut, no escaping and no redaction costs).
fn response_displays(body: &str, kind: &str, n: usize) {
    let body = bodies::body(body);
    let error = parse(body.status, body.bytes);
    let mut buf = String::with_capacity(4_096);
    for _ in 0..n {
        let e = black_box(&error);
        buf.clear();
        match kind {
            "kakao_errors" => write!(buf, "{e}"),
            // The same line without looking for secrets: what redacting costs.
            "unredacted" => write!(buf, "{}", e.unredacted()),
            "hand_written_format" => write!(
                buf,
                "Kakao API error: HTTP {}, code {:?}: {}",
                e.status(),
                e.code(),
                e.message().or(e.excerpt()).unwrap_or_default()
            ),
            _ => unreachable!("{kind}"),
        }
        .unwrap();
        black_box(&buf);
    }
}

/// `n` lookups cycling over `codes`.
#[inline(never)]
fn lookups<T>(codes: &[i32], n: usize, lookup: impl Fn(i32) -> Option<T>) {
    assert_eq!(codes.len(), STREAM_LEN);
    for i in 0..n {
        black_box(lookup(black_box(codes[i % STREAM_LEN])));
    }
}

fn derive<T: KakaoError>(n: usize) {
    lookups(&stream(T::CODES), n, T::from_code);
}

fn baseline<T: KakaoError + Copy>(kind: &str, n: usize) {
    let codes = stream(T::CODES);
    let b = Baselines::<T>::new(T::from_code);
    match kind {
        "hash_map" => lookups(&codes, n, |code| b.hash_map(code)),
        "binary_search" => lookups(&codes, n, |code| b.binary_search(code)),
        "linear_scan" => lookups(&codes, n, |code| b.linear_scan(code)),
        _ => unreachable!("{kind}"),
    }
}

/// Runs `n` lookups of the implementation called `name`.
fn run(name: &str, n: usize) {
    let (group, kind) = name.split_once('/').expect("group/name");
    match (group, kind) {
        ("loop", "noop") => lookups(&stream(ApiError::CODES), n, Some),
        ("table", "user_leaf") => derive::<Billing>(n),
        ("table", _) => table_run(name).expect("a table of the catalog")(n),
        ("rest_union", "derive") => derive::<ApiError>(n),
        ("rest_union", "flat_match") => lookups(&stream(ApiError::CODES), n, common::flat_rest),
        ("rest_union", kind) => baseline::<ApiError>(kind, n),
        ("rest_union_status", "derive") => {
            lookups(&stream(ApiError::CODES), n, common::rest_status)
        }
        ("rest_union_status", "flat_match") => {
            lookups(&stream(ApiError::CODES), n, common::flat_rest_status);
        }
        ("user_wrapper", "derive") => derive::<AppError>(n),
        ("user_wrapper", "flat_match") => lookups(&stream(AppError::CODES), n, common::flat_app),
        ("user_wrapper", kind) => baseline::<AppError>(kind, n),
        ("nested_wrapper", "derive") => derive::<Service>(n),
        ("nested_wrapper", "flat_match") => {
            lookups(&stream(Service::CODES), n, common::flat_service);
        }
        ("nested_wrapper", kind) => baseline::<Service>(kind, n),
        ("display_rest_union", kind) => displays(kind, n),
        (group, kind) if group.starts_with("display_response_") => {
            response_displays(&group["display_response_".len()..], kind, n);
        }
        (group, kind) if group.starts_with("parse_") => parses(&group["parse_".len()..], kind, n),
        _ => unreachable!("{name}"),
    }
}

/// Instructions callgrind counts for `n` lookups of `name`.
fn count(exe: &str, name: &str, n: usize) -> Result<u64, String> {
    let output = Command::new("valgrind")
        .args([
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            exe,
            "run",
            name,
        ])
        .arg(n.to_string())
        .output()
        .map_err(|e| format!("valgrind: {e}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        return Err(format!("valgrind failed on {name}: {stderr}"));
    }
    stderr
        .lines()
        .find_map(|line| {
            line.split_once("Collected :")
                .map(|(_, n)| n.trim().to_owned())
        })
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| format!("no instruction count for {name} in: {stderr}"))
}

fn check_baselines() {
    fn all<T: KakaoError + Copy + PartialEq + core::fmt::Debug>(flat: fn(i32) -> Option<T>) {
        let codes = stream(T::CODES);
        let b = Baselines::<T>::new(T::from_code);
        check_same("flat match", &codes, flat);
        check_same("HashMap", &codes, |code| b.hash_map(code));
        check_same("binary search", &codes, |code| b.binary_search(code));
        check_same("linear scan", &codes, |code| b.linear_scan(code));
    }
    all::<ApiError>(common::flat_rest);
    all::<AppError>(common::flat_app);
    all::<Service>(common::flat_service);
    bodies::check();
    common::check_same_status(&stream(ApiError::CODES));
    for name in names() {
        run(name, 10);
    }
}

/// The group of `name` (`rest_union` of `rest_union/derive`).
fn group_of(name: &str) -> &str {
    name.split('/').next().unwrap_or(name)
}

/// Prints the table and the targets. Per call: "gross" is everything the loop did per call,
/// "net" subtracts `loop/noop` (reading the code, handing the result to `black_box`); ratios
/// are against the first implementation of the group (this crate's).
fn report(measured: &[(&str, f64)]) {
    let of = |name: &str| measured.iter().find(|(n, _)| *n == name).map(|&(_, i)| i);
    let noop = of("loop/noop").unwrap_or(0.0);
    let lookup = |group: &str| {
        [
            "table",
            "rest_union",
            "rest_union_status",
            "user_wrapper",
            "nested_wrapper",
        ]
        .contains(&group)
    };
    let first = |group: &str| {
        let name = names().find(|name| group_of(name) == group)?;
        of(name)
    };
    println!("\ninstructions per call (callgrind); net = gross - loop/noop");
    println!(
        "{:<40} {:>9} {:>9} {:>12} {:>12}",
        "implementation", "gross", "net", "gross/crate", "net/crate"
    );
    for &(name, each) in measured {
        let group = group_of(name);
        // Each table is a row of its own: no ratio within the group.
        let crate_own = first(group).filter(|_| !matches!(group, "loop" | "table"));
        let gross = crate_own.map_or_else(String::new, |c| format!("{:.2}x", each / c));
        let (net, net_ratio) = if lookup(group) {
            let ratio = crate_own.map_or_else(String::new, |c| {
                format!("{:.2}x", (each - noop) / (c - noop))
            });
            (format!("{:.1}", each - noop), ratio)
        } else {
            (String::from("-"), String::new())
        };
        println!("{name:<40} {each:>9.1} {net:>9} {gross:>12} {net_ratio:>12}");
    }
    let verdict = |met: bool| if met { "met" } else { "NOT met" };
    println!();
    for group in ["rest_union", "user_wrapper", "nested_wrapper"] {
        let (Some(derive), Some(flat), Some(map)) = (
            of(&format!("{group}/derive")),
            of(&format!("{group}/flat_match")),
            of(&format!("{group}/hash_map")),
        ) else {
            continue;
        };
        let vs_flat = (derive - noop) / (flat - noop);
        let vs_map = (map - noop) / (derive - noop);
        println!(
            "{group}: derive / flat match = {vs_flat:.2}x net, {:.2}x gross (target <= 1.2x: {}); \
             HashMap / derive = {vs_map:.1}x net, {:.1}x gross (target >= 5x: {})",
            derive / flat,
            verdict(vs_flat <= 1.2),
            map / derive,
            verdict(vs_map >= 5.0),
        );
    }
    if let (Some(derive), Some(flat)) = (
        of("rest_union_status/derive"),
        of("rest_union_status/flat_match"),
    ) {
        let ratio = (derive - noop) / (flat - noop);
        println!(
            "rest_union_status: lookup and status / flat match of the statuses = {ratio:.2}x net, \
             {:.2}x gross (target <= 1.2x: {})",
            derive / flat,
            verdict(ratio <= 1.2),
        );
    }
    // Parsing: this crate against the bare borrowed struct of the same shape.
    for (body, target) in [
        ("rest_402", Some(1.2)),
        ("dapi", Some(1.3)),
        ("pay", Some(1.3)),
        ("kae", Some(1.3)),
        ("moment", Some(1.3)),
        ("keyword_ad", Some(1.3)),
        ("certification", Some(1.3)),
        ("route", Some(1.3)),
        ("oauth", None),
    ] {
        let (Some(ours), Some(borrowed)) = (
            of(&format!("parse_{body}/kakao_errors")),
            of(&format!("parse_{body}/borrowed_struct")),
        ) else {
            continue;
        };
        let ratio = ours / borrowed;
        let verdict = target.map_or_else(
            || String::from("no stated target"),
            |t| format!("target <= {t}x: {}", verdict(ratio <= t)),
        );
        println!("parse_{body}: kakao_errors / borrowed struct = {ratio:.2}x ({verdict})");
    }
    report_response_displays(of);
}

/// `Display` of a parsed response against the hand-written line, per body.
fn report_response_displays(of: impl Fn(&str) -> Option<f64>) {
    for body in ["rest_402", "oauth", "dapi", "html_502"] {
        let (Some(ours), Some(hand)) = (
            of(&format!("display_response_{body}/kakao_errors")),
            of(&format!("display_response_{body}/hand_written_format")),
        ) else {
            continue;
        };
        let unredacted = of(&format!("display_response_{body}/unredacted")).unwrap_or(f64::NAN);
        println!(
            "display_response_{body}: kakao_errors / hand-written line = {:.2}x, / unredacted = {:.2}x",
            ours / hand,
            ours / unredacted
        );
    }
}

fn measure(filter: Option<&str>) -> Result<(), String> {
    if Command::new("valgrind").arg("--version").output().is_err() {
        println!("instructions: valgrind not found; install it to count instructions per lookup");
        return Ok(());
    }
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let exe = exe.to_str().ok_or("non-UTF-8 executable path")?;
    let mut measured = Vec::new();
    for name in names() {
        if filter.is_some_and(|f| !name.contains(f)) && name != "loop/noop" {
            continue;
        }
        let (n_short, n_long) = counts(name);
        let short = count(exe, name, n_short)?;
        let long = count(exe, name, n_long)?;
        #[allow(clippy::cast_precision_loss)]
        let each = long.saturating_sub(short) as f64 / (n_long - n_short) as f64;
        measured.push((name, each));
    }
    report(&measured);
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("run") => {
            let n = args[2].parse().expect("a count");
            run(&args[1], n);
        }
        _ if args.iter().any(|a| a == "--bench") => {
            let filter = args
                .iter()
                .find(|a| !a.starts_with('-'))
                .map(String::as_str);
            if let Err(e) = measure(filter) {
                eprintln!("instructions: {e}");
                std::process::exit(1);
            }
        }
        _ => check_baselines(),
    }
}
