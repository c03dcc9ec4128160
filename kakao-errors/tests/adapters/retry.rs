//! Features `reqwest-middleware`, `reqwest-middleware-0-4` and `tower`: the retry adapters
//! against a real HTTP/1.1 server on 127.0.0.1 (`loopback/server.rs`) that fails on script,
//! and against one that serves many calls at once (`loopback/busy.rs`). The same cases
//! (`loopback/retry_cases.rs`, and the budget's, `loopback/budget_cases.rs`) run once for
//! each adapter enabled: the middleware for each reqwest-middleware version
//! (`loopback/middleware_adapter.rs`), and the tower policy around a reqwest 0.13 service
//! (`loopback/tower_adapter.rs`).
#![cfg(any(
    feature = "reqwest-middleware",
    feature = "reqwest-middleware-0-4",
    all(feature = "tower", feature = "reqwest")
))]

#[cfg(feature = "reqwest-middleware")]
#[path = "../loopback"]
mod middleware_0_5 {
    use ::reqwest;
    use ::reqwest_middleware;

    #[path = "middleware_adapter.rs"]
    mod adapter;
    mod budget_cases;
    mod middleware_cases;
    mod retry_cases;
}

#[cfg(feature = "reqwest-middleware-0-4")]
#[path = "../loopback"]
mod middleware_0_4 {
    use ::reqwest_0_12 as reqwest;
    use ::reqwest_middleware_0_4 as reqwest_middleware;

    #[path = "middleware_adapter.rs"]
    mod adapter;
    mod budget_cases;
    mod middleware_cases;
    mod retry_cases;
}

#[cfg(all(feature = "tower", feature = "reqwest"))]
#[path = "../loopback"]
mod tower_policy {
    #[path = "tower_adapter.rs"]
    mod adapter;
    mod budget_cases;
    mod retry_cases;
}
