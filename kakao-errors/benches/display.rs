//! `Display` into a reused `String`: the derive's output (one `write_str` of a string built at
//! compile time for code variants) against what a hand-written `Display` would do, formatting
//! `"[{code}] {message}"` at run time, and against copying the message alone (a floor).
//! `cargo bench --bench display`; see BENCHMARKS.md.

mod common;

use std::fmt::{Display, Write as _};
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use kakao_errors::KakaoError;
use kakao_errors::response::parse;
use kakao_errors::rest::ApiError;

use common::{Billing, Service, stream};

/// Every value `T` gives for the lookup stream over its codes (unknown codes skipped when `T`
/// has no catch-all).
fn values<T: KakaoError>() -> Vec<T> {
    stream(T::CODES)
        .into_iter()
        .filter_map(T::from_code)
        .collect()
}

fn group<T: KakaoError + Display>(c: &mut Criterion, name: &str) {
    let values = values::<T>();
    let mut buf = String::with_capacity(4_096);
    let mut group = c.benchmark_group(format!("display/{name}"));
    group.throughput(Throughput::Elements(values.len() as u64));
    group.bench_function("derive", |b| {
        b.iter(|| {
            for value in &values {
                buf.clear();
                write!(buf, "{}", black_box(value)).unwrap();
            }
        });
    });
    group.bench_function("hand_written_format", |b| {
        b.iter(|| {
            for value in &values {
                let value = black_box(value);
                buf.clear();
                write!(buf, "[{}] {}", value.code(), value.message()).unwrap();
            }
        });
    });
    group.bench_function("message_only", |b| {
        b.iter(|| {
            for value in &values {
                buf.clear();
                buf.push_str(black_box(value).message());
            }
        });
    });
    group.finish();
    black_box(buf);
}

fn bench(c: &mut Criterion) {
    group::<ApiError>(c, "rest_union");
    group::<Billing>(c, "user_leaf");
    group::<Service>(c, "nested_wrapper");

    let error = parse(403, common::bodies::REST_402);
    let mut buf = String::with_capacity(4_096);
    c.bench_function("display/response_error", |b| {
        b.iter(|| {
            buf.clear();
            write!(buf, "{}", black_box(&error)).unwrap();
        });
    });
}

criterion_group! {
    name = benches;
    config = common::criterion();
    targets = bench
}
criterion_main!(benches);
