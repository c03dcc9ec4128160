//! `retry::RetryPolicy::decide`: which remedies retry, the backoff, its jitter, `Retry-After`,
//! and the bound on attempts.

use core::time::Duration;

use kakao_errors::retry::{Decision, RetryPolicy, Stop};
use kakao_errors::{Remedy, TextList};

const MS: Duration = Duration::from_millis(1);

/// 10 ms doubling up to 100 ms, no jitter: every wait is exact.
const EXACT: RetryPolicy = RetryPolicy::new()
    .max_attempts(10)
    .base_delay(Duration::from_millis(10))
    .max_delay(Duration::from_millis(100))
    .jitter(false);

const RETRY: Remedy<'static> = Remedy::Retry { after: None };

fn retry_after(after: Duration) -> Decision {
    Decision::Retry { after }
}

#[test]
fn only_waiting_remedies_retry() {
    let policy = RetryPolicy::new();
    for remedy in [
        Remedy::Retry { after: None },
        Remedy::Maintenance { after: None },
        Remedy::Throttled {
            after: Some(Duration::from_secs(1)),
        },
    ] {
        assert!(
            matches!(policy.decide(&remedy, 1), Decision::Retry { .. }),
            "{remedy}"
        );
    }
    assert_eq!(
        policy.decide(&Remedy::Throttled { after: None }, 1),
        Decision::Stop(Stop::UnknownWait)
    );
    for remedy in [
        Remedy::RefreshToken,
        Remedy::Relogin,
        Remedy::RequestConsent {
            scopes: TextList::EMPTY,
        },
        Remedy::FixRequest,
        Remedy::FixAppSettings,
        Remedy::UserAction,
        Remedy::ContactSupport,
        Remedy::Unknown,
    ] {
        assert_eq!(
            policy.decide(&remedy, 1),
            Decision::Stop(Stop::NotRetryable),
            "{remedy}"
        );
    }
}

#[test]
fn the_backoff_doubles_up_to_the_cap() {
    let waits: Vec<Duration> = (1..10)
        .map(|attempt| EXACT.decide(&RETRY, attempt).after().unwrap())
        .collect();
    assert_eq!(
        waits,
        [10, 20, 40, 80, 100, 100, 100, 100, 100].map(|n| n * MS)
    );
    // Maintenance backs off the same way.
    let maintenance = Remedy::Maintenance { after: None };
    assert_eq!(EXACT.decide(&maintenance, 3), retry_after(40 * MS));
}

#[test]
fn jitter_stays_within_zero_and_the_backoff() {
    let policy = EXACT.jitter(true);
    for attempt in 1..10 {
        let backoff = EXACT.decide(&RETRY, attempt).after().unwrap();
        let waits: Vec<Duration> = (0..200)
            .map(|_| policy.decide(&RETRY, attempt).after().unwrap())
            .collect();
        assert!(waits.iter().all(|&wait| wait <= backoff), "{waits:?}");
        // Spread out, not a constant: 200 draws from [0, backoff] are not all in one half.
        let low = waits.iter().filter(|&&wait| wait < backoff / 2).count();
        assert!(
            (20..180).contains(&low),
            "attempt {attempt}: {low} of 200 below half"
        );
    }
}

#[test]
fn retry_after_is_honoured_as_a_lower_bound() {
    let policy = EXACT.max_retry_after(Duration::from_secs(5));
    for remedy in [
        Remedy::Retry {
            after: Some(Duration::from_secs(2)),
        },
        Remedy::Maintenance {
            after: Some(Duration::from_secs(2)),
        },
        Remedy::Throttled {
            after: Some(Duration::from_secs(2)),
        },
    ] {
        assert_eq!(
            policy.decide(&remedy, 1),
            retry_after(Duration::from_secs(2)),
            "{remedy}"
        );
        // With jitter the wait is never shorter than what the server asked for.
        for _ in 0..100 {
            let wait = policy.jitter(true).decide(&remedy, 1).after().unwrap();
            assert_eq!(wait, Duration::from_secs(2), "{remedy}");
        }
    }
    // Shorter than the backoff: the backoff.
    let soon = Remedy::Throttled {
        after: Some(Duration::ZERO),
    };
    assert_eq!(policy.decide(&soon, 3), retry_after(40 * MS));
    // Exactly the maximum is still waited for.
    let limit = Remedy::Maintenance {
        after: Some(Duration::from_secs(5)),
    };
    assert_eq!(
        policy.decide(&limit, 1),
        retry_after(Duration::from_secs(5))
    );
}

#[test]
fn a_retry_after_beyond_the_maximum_is_refused() {
    let policy = RetryPolicy::new();
    for remedy in [
        Remedy::Retry {
            after: Some(Duration::from_secs(11)),
        },
        Remedy::Maintenance {
            after: Some(Duration::from_secs(3600)),
        },
        Remedy::Throttled {
            after: Some(Duration::from_millis(10_001)),
        },
    ] {
        assert_eq!(
            policy.decide(&remedy, 1),
            Decision::Stop(Stop::WaitTooLong),
            "{remedy}"
        );
    }
    let policy = policy.max_retry_after(Duration::ZERO);
    let now = Remedy::Throttled {
        after: Some(Duration::ZERO),
    };
    assert!(matches!(policy.decide(&now, 1), Decision::Retry { .. }));
}

#[test]
fn attempts_are_bounded() {
    let policy = EXACT.max_attempts(3);
    assert!(policy.decide(&RETRY, 1).after().is_some());
    assert!(policy.decide(&RETRY, 2).after().is_some());
    for attempt in [3, 4, u32::MAX] {
        assert_eq!(
            policy.decide(&RETRY, attempt),
            Decision::Stop(Stop::AttemptsExhausted)
        );
    }
    // One attempt (or zero, read as one): never a retry, whether the attempts are counted
    // from 1 or from 0.
    for max in [0, 1] {
        let policy = EXACT.max_attempts(max);
        for attempt in [0, 1] {
            assert_eq!(
                policy.decide(&RETRY, attempt),
                Decision::Stop(Stop::AttemptsExhausted),
                "max_attempts({max}), attempt {attempt}"
            );
        }
    }
}

#[test]
fn attempt_zero_is_the_first_attempt() {
    let waiting = [
        RETRY,
        Remedy::Maintenance { after: None },
        Remedy::Throttled {
            after: Some(Duration::ZERO),
        },
    ];
    for max in [2, 3, 10] {
        let policy = EXACT.max_attempts(max);
        for remedy in &waiting {
            // The same decision as for attempt 1: the first backoff, and the same bound.
            assert_eq!(
                policy.decide(remedy, 0),
                policy.decide(remedy, 1),
                "{remedy}"
            );
        }
    }
    assert_eq!(EXACT.decide(&RETRY, 0), retry_after(10 * MS));
    // Two attempts allowed: after the first (0 or 1) one retry, after the second none.
    let two = EXACT.max_attempts(2);
    assert_eq!(two.decide(&RETRY, 0), retry_after(10 * MS));
    assert_eq!(
        two.decide(&RETRY, 2),
        Decision::Stop(Stop::AttemptsExhausted)
    );
}

#[test]
fn the_defaults() {
    let policy = RetryPolicy::default();
    assert_eq!(policy, RetryPolicy::DEFAULT);
    assert_eq!(policy, RetryPolicy::new());
    let exact = policy.jitter(false);
    assert_eq!(exact.decide(&RETRY, 1), retry_after(200 * MS));
    assert_eq!(exact.decide(&RETRY, 2), retry_after(400 * MS));
    assert_eq!(
        exact.decide(&RETRY, 3),
        Decision::Stop(Stop::AttemptsExhausted)
    );
    let capped = exact.max_attempts(20);
    assert_eq!(
        capped.decide(&RETRY, 19),
        retry_after(Duration::from_secs(5))
    );
    let ten = Remedy::Throttled {
        after: Some(Duration::from_secs(10)),
    };
    assert_eq!(exact.decide(&ten, 1), retry_after(Duration::from_secs(10)));
    assert_eq!(
        Stop::WaitTooLong.to_string(),
        "the server asked to wait longer than the policy allows"
    );
}
