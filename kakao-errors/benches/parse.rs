//! Parsing typical error bodies with `kakao_errors::response::parse`, against a bare
//! `#[derive(Deserialize)]` struct with borrowed `&str` fields for each shape and
//! `serde_json::Value`, in the same run (a Kakao Mobility directions answer with
//! `mobility::failed_routes`). `cargo bench --bench parse`; see BENCHMARKS.md.

mod common;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use kakao_errors::mobility::failed_routes;
use kakao_errors::response::parse;

use common::bodies::{self, BODIES};

fn bench(c: &mut Criterion) {
    bodies::check();
    for body in BODIES {
        let mut group = c.benchmark_group(format!("parse/{}", body.name));
        group.throughput(Throughput::Bytes(body.bytes.len() as u64));
        // A directions answer comes with HTTP 200: `failed_routes` reads it.
        if body.name == "route" {
            group.bench_function("kakao_errors", |b| {
                b.iter(|| failed_routes(black_box(body.bytes)));
            });
        } else {
            group.bench_function("kakao_errors", |b| {
                b.iter(|| parse(black_box(body.status), black_box(body.bytes)));
            });
        }
        // No borrowed struct reads escaped strings: no row for that body.
        if let Some(borrowed) = body.borrowed {
            group.bench_function("borrowed_struct", |b| {
                b.iter(|| borrowed(black_box(body.bytes)));
            });
        }
        group.bench_function("serde_json_value", |b| {
            b.iter(|| bodies::value(black_box(body.bytes)));
        });
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = common::criterion();
    targets = bench
}
criterion_main!(benches);
