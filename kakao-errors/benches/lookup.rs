//! Lookup by code (`KakaoError::from_code`) over a fixed stream of 1,024 codes, 90 % known and
//! 10 % unknown: every table, the REST union, a user wrapper around it and a nested wrapper,
//! with the baselines a user could write instead measured in the same run.
//!
//! `cargo bench --bench lookup`; instruction counts (stabler than time): `cargo bench --bench
//! instructions`. See BENCHMARKS.md.

mod common;

use std::hint::black_box;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main};
use kakao_errors::KakaoError;
use kakao_errors::rest::ApiError;

use common::{AppError, Baselines, Billing, Service, check_same, stream};

/// Times `lookup` over every code of `codes`.
fn run<T>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
    codes: &[i32],
    lookup: impl Fn(i32) -> Option<T>,
) {
    group.bench_function(name, |b| {
        b.iter(|| {
            for &code in codes {
                black_box(lookup(black_box(code)));
            }
        });
    });
}

/// The derive on one table, over a stream of that table's codes.
fn table<T: KakaoError>(group: &mut BenchmarkGroup<'_, WallTime>, name: &str) {
    let codes = stream(T::CODES);
    run(group, name, &codes, T::from_code);
}

/// The derive on a type with a catch-all, and every baseline over the same stream.
fn with_baselines<T: KakaoError + Copy + PartialEq + core::fmt::Debug>(
    c: &mut Criterion,
    group_name: &str,
    flat: fn(i32) -> Option<T>,
) {
    let codes = stream(T::CODES);
    let baselines = Baselines::<T>::new(T::from_code);
    check_same("flat match", &codes, flat);
    check_same("HashMap", &codes, |code| baselines.hash_map(code));
    check_same("binary search", &codes, |code| {
        baselines.binary_search(code)
    });
    check_same("linear scan", &codes, |code| baselines.linear_scan(code));

    let mut group = configure(c, group_name, codes.len());
    run(&mut group, "derive", &codes, T::from_code);
    run(&mut group, "flat_match", &codes, flat);
    run(&mut group, "hash_map", &codes, |code| {
        baselines.hash_map(code)
    });
    run(&mut group, "binary_search", &codes, |code| {
        baselines.binary_search(code)
    });
    run(&mut group, "linear_scan", &codes, |code| {
        baselines.linear_scan(code)
    });
    group.finish();
}

fn configure<'a>(c: &'a mut Criterion, name: &str, len: usize) -> BenchmarkGroup<'a, WallTime> {
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Elements(len as u64));
    group
}

fn tables(c: &mut Criterion) {
    let mut group = configure(c, "lookup/table", common::STREAM_LEN);
    macro_rules! every_table {
        ($krate:tt; $($($segment:ident)::+ { $($field:tt)* })*) => {
            $(table::<$krate::$($segment)::+>(&mut group, stringify!($($segment)::+));)*
        };
    }
    kakao_errors::for_each_table!(every_table);
    table::<Billing>(&mut group, "user_leaf");
    group.finish();
}

fn unions(c: &mut Criterion) {
    with_baselines::<ApiError>(c, "lookup/rest_union", common::flat_rest);
    with_baselines::<AppError>(c, "lookup/user_wrapper", common::flat_app);
    with_baselines::<Service>(c, "lookup/nested_wrapper", common::flat_service);
}

criterion_group! {
    name = benches;
    config = common::criterion();
    targets = tables, unions
}
criterion_main!(benches);
