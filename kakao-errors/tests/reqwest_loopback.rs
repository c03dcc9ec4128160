//! Features `reqwest_0_13` and `reqwest_0_12`: real HTTP/1.1 exchanges with a small server on
//! 127.0.0.1 (`loopback/server.rs`). The same cases (`loopback/cases.rs`) run once for each
//! reqwest version enabled.
//!
//! This binary counts its allocations (the `cap` allocator), so that a test can assert that no
//! response header sizes an allocation.
#![cfg(any(feature = "reqwest_0_13", feature = "reqwest_0_12"))]
#![allow(
    clippy::duplicate_mod,
    reason = "the same cases, compiled once for each reqwest version"
)]

#[path = "loopback/server.rs"]
mod server;

/// Every allocation of this test binary, counted: its peak is asserted on.
#[global_allocator]
static ALLOCATOR: cap::Cap<std::alloc::System> = cap::Cap::new(std::alloc::System, usize::MAX);

#[cfg(feature = "reqwest_0_13")]
#[path = "loopback"]
mod v0_13 {
    use ::reqwest;
    use kakao_errors::reqwest as kakao;

    mod cases;
}

#[cfg(feature = "reqwest_0_12")]
#[path = "loopback"]
mod v0_12 {
    use ::reqwest_0_12 as reqwest;
    use kakao_errors::reqwest_0_12 as kakao;

    mod cases;
}
