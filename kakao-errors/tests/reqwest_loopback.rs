//! Features `reqwest` and `reqwest-0-12`: real HTTP/1.1 exchanges with a small server on
//! 127.0.0.1 (`loopback/server.rs`). The same cases (`loopback/cases.rs`) run once for each
//! reqwest version enabled, with the one `kakao_errors::reqwest::Error` of both.
//!
//! This binary counts its allocations (the `cap` allocator), so that a test can assert that no
//! response header sizes an allocation.
#![cfg(any(feature = "reqwest", feature = "reqwest-0-12"))]
#![allow(
    clippy::duplicate_mod,
    reason = "the same cases, compiled once for each reqwest version"
)]

#[path = "loopback/server.rs"]
mod server;

/// Every allocation of this test binary, counted: its peak is asserted on.
#[global_allocator]
static ALLOCATOR: cap::Cap<std::alloc::System> = cap::Cap::new(std::alloc::System, usize::MAX);

#[cfg(feature = "reqwest")]
#[path = "loopback"]
mod v0_13 {
    use ::reqwest;

    mod cases;
}

#[cfg(feature = "reqwest-0-12")]
#[path = "loopback"]
mod v0_12 {
    use ::reqwest_0_12 as reqwest;

    mod cases;
}

/// One function, one `?` type, both reqwest versions: the error of each converts into the
/// same `kakao_errors::reqwest::Error`, and so does a failed `kakao_check()` of each.
#[cfg(all(feature = "reqwest", feature = "reqwest-0-12"))]
#[test]
fn both_versions_share_one_error_type() {
    use kakao_errors::reqwest::{Error, ResponseExt};

    async fn both(url: &str) -> Result<(u16, u16), Error> {
        let new = reqwest::Client::builder().no_proxy().build()?;
        let old = reqwest_0_12::Client::builder().no_proxy().build()?;
        let new = new.get(url).send().await?.kakao_check().await?;
        let old = old.get(url).send().await?.kakao_check().await?;
        Ok((new.status().as_u16(), old.status().as_u16()))
    }

    let server = server::Server::start(3);
    server::runtime().block_on(async {
        let ok = both(&server.url("/v2/user/me")).await.unwrap();
        assert_eq!(ok, (200, 200));
        let e = both(&server.url("/v1/api/talk/memo/default/send"))
            .await
            .unwrap_err();
        assert_eq!(e.response().unwrap().code(), Some(-402));
    });
}
