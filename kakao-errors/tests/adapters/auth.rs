//! Features `reqwest-middleware`, `reqwest-middleware-0-4` and `tower` (with `reqwest`): the
//! token and consent adapters against a server on 127.0.0.1 (`loopback/busy.rs`) that knows
//! which access tokens are good and runs a token endpoint. The same cases
//! (`loopback/auth_cases.rs`) run once for each adapter enabled: the middleware for each
//! reqwest-middleware version (`loopback/auth_middleware.rs`), and the tower layer around a
//! reqwest 0.13 service (`loopback/auth_tower.rs`).
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

    #[path = "auth_middleware.rs"]
    mod adapter;
    mod auth_cases;
}

#[cfg(feature = "reqwest-middleware-0-4")]
#[path = "../loopback"]
mod middleware_0_4 {
    use ::reqwest_0_12 as reqwest;
    use ::reqwest_middleware_0_4 as reqwest_middleware;

    #[path = "auth_middleware.rs"]
    mod adapter;
    mod auth_cases;
}

#[cfg(all(feature = "tower", feature = "reqwest"))]
#[path = "../loopback"]
mod tower_layer {
    use ::reqwest;

    #[path = "auth_tower.rs"]
    mod adapter;
    mod auth_cases;
}
