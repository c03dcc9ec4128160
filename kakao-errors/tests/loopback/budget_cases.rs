// The cases of the retry budget, run once for each adapter: 200 calls at once through one
// client (`super::adapter::Shared`), against a server on 127.0.0.1 that fails on purpose
// (`crate::busy`), with the requests it received counted.
use std::collections::HashSet;
use std::sync::Mutex;
use std::time::Duration;

use kakao_errors::retry::{RetryBudget, RetryPolicy, RetrySettings};

use super::adapter::{Shared, status};
use crate::busy::{Busy, Reply};
use crate::server::{TIMEOUT, runtime};

/// The default policy's three attempts, with short waits: a fast suite.
const FAST: RetryPolicy = RetryPolicy::new()
    .base_delay(Duration::from_millis(2))
    .max_delay(Duration::from_millis(20));

const CALLS: usize = 200;

/// Sends `CALLS` `GET`s at once through `shared`, call `i` to `server`'s `/v2/user/me?call=i`;
/// gives the status each got.
async fn at_once(shared: &Shared, server: &Busy) -> Vec<u16> {
    let handles: Vec<_> = (0..CALLS)
        .map(|i| {
            let shared = shared.clone();
            let request = http::Request::get(server.url(&format!("/v2/user/me?call={i}")))
                .body(Vec::new())
                .unwrap();
            tokio::spawn(async move {
                let sent = shared.send(request).await;
                status(&sent.expect("a response"))
            })
        })
        .collect();
    let mut statuses = Vec::with_capacity(CALLS);
    for handle in handles {
        statuses.push(handle.await.unwrap());
    }
    statuses
}

/// Every request fails with Kakao's `-1`: the default budget lets 100 retries through in all
/// (500 tokens, 5 each), so 200 calls make 300 requests, whatever `max_attempts` says;
/// without a budget they make 600 (and 2,000 with `max_attempts(10)`).
#[test]
fn a_total_outage_costs_at_most_one_and_a_half_requests_a_call() {
    for policy in [FAST, FAST.max_attempts(10)] {
        let server = Busy::start(|_| Reply::internal_error());
        let settings = RetrySettings::new(policy);
        let budget = settings.get_budget().unwrap().clone();
        let statuses = runtime().block_on(at_once(&Shared::new(settings, TIMEOUT), &server));
        assert!(statuses.iter().all(|s| *s == 400), "{statuses:?}");
        let requests = server.requests();
        eprintln!(
            "outage, {} attempts: {requests} requests for {CALLS} calls",
            policy.get_max_attempts()
        );
        assert!(requests * 2 <= CALLS * 3, "{requests}");
        assert_eq!(requests, CALLS + 100);
        assert_eq!(budget.tokens(), 0);
    }

    // The same outage without a budget: every call makes all its attempts.
    let server = Busy::start(|_| Reply::internal_error());
    let settings = RetrySettings::new(FAST).no_budget();
    runtime().block_on(at_once(&Shared::new(settings, TIMEOUT), &server));
    assert_eq!(server.requests(), CALLS * 3);
}

/// Two clients given one budget share it: their retries together stay within it.
#[test]
fn clients_given_one_budget_share_it() {
    let budget = RetryBudget::new();
    let server = Busy::start(|_| Reply::internal_error());
    let first = Shared::new(RetrySettings::new(FAST).budget(budget.clone()), TIMEOUT);
    let second = Shared::new(
        RetrySettings::new(FAST.max_attempts(5)).budget(budget.clone()),
        TIMEOUT,
    );
    runtime().block_on(async {
        let (one, two) = tokio::join!(at_once(&first, &server), at_once(&second, &server));
        assert_eq!(one.len() + two.len(), 2 * CALLS);
    });
    assert_eq!(server.requests(), 2 * CALLS + 100);
    assert_eq!(budget.tokens(), 0);
}

/// One call in ten fails once, then succeeds: every call succeeds, each failure costs one
/// more request, and the budget ends full (a retry that succeeds gives its cost back).
#[test]
fn one_call_in_ten_failing_once_still_succeeds() {
    let failed: Mutex<HashSet<String>> = Mutex::default();
    let server = Busy::start(move |request| {
        let call = request.query("call").unwrap_or("").to_owned();
        let tenth = call.parse::<usize>().is_ok_and(|i| i % 10 == 0);
        if tenth && failed.lock().unwrap().insert(call) {
            Reply::internal_error()
        } else {
            Reply::ok()
        }
    });
    let settings = RetrySettings::new(FAST);
    let budget = settings.get_budget().unwrap().clone();
    let statuses = runtime().block_on(at_once(&Shared::new(settings, TIMEOUT), &server));
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    assert_eq!(server.requests(), CALLS + CALLS / 10);
    assert_eq!(budget.tokens(), RetryBudget::DEFAULT_CAPACITY);
}

/// A rate limiter answers every request 429 with `Retry-After: 0`: no free retry. Each costs
/// 10 tokens, so 200 calls make 250 requests (1.25 a call; 2,000 without the budget).
#[test]
fn a_429_storm_with_retry_after_zero_does_not_multiply_traffic() {
    let server = Busy::start(|_| Reply::too_many_requests_now());
    let settings = RetrySettings::new(FAST.max_attempts(10));
    let statuses = runtime().block_on(at_once(&Shared::new(settings, TIMEOUT), &server));
    assert!(statuses.iter().all(|s| *s == 429), "{statuses:?}");
    let requests = server.requests();
    eprintln!("429 storm, Retry-After: 0: {requests} requests for {CALLS} calls");
    assert_eq!(requests, CALLS + 50);
}
