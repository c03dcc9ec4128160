//! Instructions per lookup, counted by callgrind: stable where wall time is noisy.
//!
//! `cargo bench --bench instructions` runs this binary under
//! `valgrind --tool=callgrind` once per implementation and stream length, for `N_SHORT` and
//! `N_LONG` lookups, and reports `(count(N_LONG) - count(N_SHORT)) / (N_LONG - N_SHORT)`: the
//! start-up, the stream and the baselines' tables cancel out, what is left is one lookup plus
//! the loop around it (the `noop` row: reading the code and handing the result to
//! `black_box`). Without valgrind it says so and exits successfully.
//!
//! `instructions run NAME N` performs `N` lookups with one implementation (what valgrind runs);
//! with no arguments (`cargo test --benches`) it only checks every baseline against the derive.

mod common;

use std::hint::black_box;
use std::process::Command;

use kakao_errors::KakaoError;
use kakao_errors::mobility::MobilityError;
use kakao_errors::rest::{ApiError, Common, Login};
use kakao_errors::share::TalkShareError;

use common::{AppError, Baselines, Billing, STREAM_LEN, Service, check_same, stream};

const N_SHORT: usize = 20_000;
const N_LONG: usize = 220_000;

/// Every implementation, as `group/name`.
const NAMES: &[&str] = &[
    "loop/noop",
    "table/Common",
    "table/Login",
    "table/TalkShareError",
    "table/MobilityError",
    "table/user_leaf",
    "rest_union/derive",
    "rest_union/flat_match",
    "rest_union/hash_map",
    "rest_union/binary_search",
    "rest_union/linear_scan",
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
];

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
        ("table", "Common") => derive::<Common>(n),
        ("table", "Login") => derive::<Login>(n),
        ("table", "TalkShareError") => derive::<TalkShareError>(n),
        ("table", "MobilityError") => derive::<MobilityError>(n),
        ("table", "user_leaf") => derive::<Billing>(n),
        ("rest_union", "derive") => derive::<ApiError>(n),
        ("rest_union", "flat_match") => lookups(&stream(ApiError::CODES), n, common::flat_rest),
        ("rest_union", kind) => baseline::<ApiError>(kind, n),
        ("user_wrapper", "derive") => derive::<AppError>(n),
        ("user_wrapper", "flat_match") => lookups(&stream(AppError::CODES), n, common::flat_app),
        ("user_wrapper", kind) => baseline::<AppError>(kind, n),
        ("nested_wrapper", "derive") => derive::<Service>(n),
        ("nested_wrapper", "flat_match") => {
            lookups(&stream(Service::CODES), n, common::flat_service);
        }
        ("nested_wrapper", kind) => baseline::<Service>(kind, n),
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
    for name in NAMES {
        run(name, 10);
    }
}

fn measure(filter: Option<&str>) -> Result<(), String> {
    if Command::new("valgrind").arg("--version").output().is_err() {
        println!("instructions: valgrind not found; install it to count instructions per lookup");
        return Ok(());
    }
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let exe = exe.to_str().ok_or("non-UTF-8 executable path")?;
    let mut per_lookup = Vec::new();
    for &name in NAMES {
        if filter.is_some_and(|f| !name.contains(f)) && name != "loop/noop" {
            continue;
        }
        let short = count(exe, name, N_SHORT)?;
        let long = count(exe, name, N_LONG)?;
        #[allow(clippy::cast_precision_loss)]
        let each = long.saturating_sub(short) as f64 / (N_LONG - N_SHORT) as f64;
        per_lookup.push((name, each));
    }
    let of = |name: &str| per_lookup.iter().find(|(n, _)| *n == name).map(|&(_, i)| i);
    let noop = of("loop/noop").unwrap_or(0.0);
    println!("\ninstructions per lookup (callgrind; loop overhead = loop/noop, net = minus it)");
    println!(
        "{:<30} {:>8} {:>8} {:>13}",
        "implementation", "gross", "net", "vs derive"
    );
    for &(name, each) in &per_lookup {
        let group = name.split('/').next().unwrap_or(name);
        let ratio = of(&format!("{group}/derive"))
            .map_or_else(String::new, |derive| format!("{:.2}x", each / derive));
        println!("{name:<30} {each:>8.2} {:>8.2} {ratio:>13}", each - noop);
    }
    println!();
    for group in ["rest_union", "user_wrapper", "nested_wrapper"] {
        let (Some(derive), Some(flat), Some(map)) = (
            of(&format!("{group}/derive")),
            of(&format!("{group}/flat_match")),
            of(&format!("{group}/hash_map")),
        ) else {
            continue;
        };
        println!(
            "{group}: derive / flat match = {:.2}x (target <= 1.2x: {}), \
             HashMap / derive = {:.1}x (target >= 5x: {})",
            derive / flat,
            if derive / flat <= 1.2 {
                "met"
            } else {
                "NOT met"
            },
            map / derive,
            if map / derive >= 5.0 {
                "met"
            } else {
                "NOT met"
            },
        );
    }
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
