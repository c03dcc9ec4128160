//! The HTTP integrations (features `reqwest`, `reqwest-0-12`, the middleware of both
//! reqwest-middleware versions, `tower`, `problem`, `tracing`) over real HTTP/1.1 exchanges with
//! the servers of `loopback/`, in one test binary: each module is the tests of one adapter or
//! one promise, compiled with the features it needs. One binary, not one per module, because
//! each would build and link reqwest, hyper and Tokio again (tests/README.md).
//!
//! The tests that count allocations with a global allocator have binaries of their own
//! (`reqwest_loopback.rs`, `middleware_memory.rs`): an allocator is one per binary.
#![allow(
    clippy::duplicate_mod,
    reason = "the same cases, compiled once for each adapter"
)]

#[cfg(any(feature = "reqwest", feature = "reqwest-0-12"))]
#[path = "../loopback/server.rs"]
mod server;

#[cfg(any(
    feature = "reqwest-middleware",
    feature = "reqwest-middleware-0-4",
    all(feature = "tower", feature = "reqwest")
))]
#[path = "../loopback/busy.rs"]
mod busy;

#[cfg(all(
    feature = "serde",
    any(feature = "reqwest", all(feature = "tracing", feature = "http"))
))]
#[path = "../corpus/mod.rs"]
mod corpus;

#[cfg(all(feature = "tower", feature = "reqwest"))]
#[path = "../loopback/tower_service.rs"]
mod tower_service;

#[cfg(all(feature = "tracing", feature = "http"))]
#[path = "../support_tracing/mod.rs"]
mod support_tracing;

mod auth;
mod output;
mod problem;
mod remedies;
mod retry;
mod tower_policy;
mod tracing_fields;
