//! [`RetryBudget`]: the retries that every request of a client may make, together.

use core::fmt;
use core::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use crate::Remedy;

/// A token bucket that every retry draws from: shared by every clone (of itself, of the
/// `RetrySettings` (feature `http`) that hold it and of the adapters made from
/// them), so that many requests failing together cannot multiply an outage.
///
/// [`RetryPolicy`](crate::retry::RetryPolicy) decides for one request; the budget bounds all
/// of them. A retry costs tokens, and is not made when the bucket holds too few: the failure
/// is handed back at once ([`Stop::BudgetExhausted`](crate::retry::Stop::BudgetExhausted)).
/// Successes put tokens back. The scheme and its numbers are the AWS SDKs' "standard" retry
/// mode (their `INITIAL_RETRY_TOKENS`, `RETRY_COST`, `TIMEOUT_RETRY_COST` and
/// `NO_RETRY_INCREMENT`), which the AWS SDK for Rust also follows:
///
/// | constant | value | AWS standard mode | meaning |
/// |---|---:|---|---|
/// | [`DEFAULT_CAPACITY`](Self::DEFAULT_CAPACITY) | 500 | `INITIAL_RETRY_TOKENS` | tokens in a full bucket, and in a new one |
/// | [`RETRY_COST`](Self::RETRY_COST) | 5 | `RETRY_COST` | a retry of a transient failure (`-1`, a gateway's 502, a connection lost) |
/// | [`THROTTLED_COST`](Self::THROTTLED_COST) | 10 | `TIMEOUT_RETRY_COST` | a retry after a timeout, a rate limit or maintenance ([`Throttled`](Remedy::Throttled), [`Maintenance`](Remedy::Maintenance)): the server said it is overloaded |
/// | [`CONNECT_COST`](Self::CONNECT_COST) | 1 | (none: AWS charges `RETRY_COST`) | a retry of a request that was never sent (no connection could be made) |
/// | [`SUCCESS_REFILL`](Self::SUCCESS_REFILL) | 1 | `NO_RETRY_INCREMENT` | put back by a success at the first attempt |
///
/// A retry that succeeds puts its own cost back, as in AWS's scheme: a failure that one
/// retry fixes costs nothing in the end.
///
/// What that means for Kakao: with the default bucket, a total outage (every request failing
/// with `-1`) lets 100 retries through (500 / 5) in all, however many requests fail and
/// whatever [`max_attempts`](crate::retry::RetryPolicy::max_attempts) says; over 200
/// concurrent calls that is 300 requests, 1.5 per call, and after that every call fails fast
/// with one request until successes refill the bucket. A 429 storm lets 50 retries through
/// (500 / 10): a `Retry-After: 0` is no free retry. One request in ten failing once costs 5
/// tokens per failure for as long as its retry takes, then nothing: every request succeeds.
///
/// A request never sent costs [`CONNECT_COST`](Self::CONNECT_COST), a fifth of a retry: it put
/// no load on Kakao, but an unreachable host still drains the bucket, so that a network
/// outage too ends with calls failing fast rather than each making all its attempts.
///
/// The bucket refills only with successes, never with time: after an outage, calls that
/// succeed at once put it back, one token each (AWS's rule).
///
/// ```
/// use kakao_errors::Remedy;
/// use kakao_errors::retry::RetryBudget;
///
/// let budget = RetryBudget::new();
/// let shared = budget.clone(); // the same bucket
/// let retry = Remedy::Retry { after: None };
/// assert_eq!(RetryBudget::cost(&retry), Some(RetryBudget::RETRY_COST));
/// assert!(shared.try_spend(RetryBudget::RETRY_COST));
/// assert_eq!(budget.tokens(), 495);
/// // The retry succeeded: its cost comes back.
/// budget.refund(RetryBudget::RETRY_COST);
/// assert_eq!(budget.tokens(), RetryBudget::DEFAULT_CAPACITY);
///
/// // A small bucket runs out.
/// let small = RetryBudget::with_capacity(7);
/// assert!(small.try_spend(5));
/// assert!(!small.try_spend(5));
/// assert_eq!(small.tokens(), 2);
/// ```
#[derive(Clone)]
pub struct RetryBudget {
    bucket: Arc<Bucket>,
}

struct Bucket {
    tokens: AtomicU32,
    capacity: u32,
}

impl RetryBudget {
    /// The tokens of a new, full bucket: 500 (AWS's `INITIAL_RETRY_TOKENS`).
    pub const DEFAULT_CAPACITY: u32 = 500;
    /// What a retry of a transient failure costs: 5 (AWS's `RETRY_COST`).
    pub const RETRY_COST: u32 = 5;
    /// What a retry after a timeout, a rate limit or maintenance costs: 10 (AWS's
    /// `TIMEOUT_RETRY_COST`, which AWS charges for timeouts and throttling errors).
    pub const THROTTLED_COST: u32 = 10;
    /// What a retry of a request that was never sent costs: 1.
    pub const CONNECT_COST: u32 = 1;
    /// What a success at the first attempt puts back: 1 (AWS's `NO_RETRY_INCREMENT`).
    pub const SUCCESS_REFILL: u32 = 1;

    /// A full bucket of [`DEFAULT_CAPACITY`](Self::DEFAULT_CAPACITY) tokens.
    #[must_use]
    pub fn new() -> Self {
        Self::with_capacity(Self::DEFAULT_CAPACITY)
    }

    /// A full bucket of `capacity` tokens (`0`: no retry is ever made).
    #[must_use]
    pub fn with_capacity(capacity: u32) -> Self {
        Self {
            bucket: Arc::new(Bucket {
                tokens: AtomicU32::new(capacity),
                capacity,
            }),
        }
    }

    /// The tokens left: a gauge for metrics.
    #[must_use]
    pub fn tokens(&self) -> u32 {
        self.bucket.tokens.load(Ordering::Relaxed)
    }

    /// The tokens of a full bucket.
    #[must_use]
    pub fn capacity(&self) -> u32 {
        self.bucket.capacity
    }

    /// Whether `other` is a clone of this budget: the same bucket.
    #[must_use]
    pub fn same_bucket(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.bucket, &other.bucket)
    }

    /// What a retry on `remedy` costs: [`THROTTLED_COST`](Self::THROTTLED_COST) for
    /// [`Throttled`](Remedy::Throttled) and [`Maintenance`](Remedy::Maintenance),
    /// [`RETRY_COST`](Self::RETRY_COST) for [`Retry`](Remedy::Retry); `None` for a remedy
    /// that is not a wait (nothing to retry). The adapters charge a timeout
    /// [`THROTTLED_COST`](Self::THROTTLED_COST) and a request never sent
    /// [`CONNECT_COST`](Self::CONNECT_COST), which a remedy alone cannot tell.
    #[must_use]
    pub const fn cost(remedy: &Remedy<'_>) -> Option<u32> {
        match remedy {
            Remedy::Retry { .. } => Some(Self::RETRY_COST),
            Remedy::Throttled { .. } | Remedy::Maintenance { .. } => Some(Self::THROTTLED_COST),
            _ => None,
        }
    }

    /// Takes `cost` tokens for a retry, if the bucket holds that many; `false` (and nothing
    /// taken) if not: do not retry.
    #[must_use = "a retry is allowed only when this is true"]
    pub fn try_spend(&self, cost: u32) -> bool {
        self.bucket
            .tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |tokens| {
                tokens.checked_sub(cost)
            })
            .is_ok()
    }

    /// Puts `tokens` back (a retry that succeeded: its cost), never past the capacity.
    pub fn refund(&self, tokens: u32) {
        let bucket = &*self.bucket;
        // A full bucket, the usual case, is left without a write.
        if tokens == 0 || bucket.tokens.load(Ordering::Relaxed) >= bucket.capacity {
            return;
        }
        let _ = bucket
            .tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |left| {
                (left < bucket.capacity).then(|| left.saturating_add(tokens).min(bucket.capacity))
            });
    }

    /// Records a call that succeeded after `retries` retries, the last of which cost
    /// `last_cost`: a success at the first attempt puts
    /// [`SUCCESS_REFILL`](Self::SUCCESS_REFILL) back, a retry that succeeded its own cost.
    pub fn record_success(&self, retries: u32, last_cost: u32) {
        self.refund(if retries == 0 {
            Self::SUCCESS_REFILL
        } else {
            last_cost
        });
    }
}

impl Default for RetryBudget {
    /// [`RetryBudget::new`].
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for RetryBudget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryBudget")
            .field("tokens", &self.tokens())
            .field("capacity", &self.capacity())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_total_outage_lets_a_hundred_retries_through() {
        let budget = RetryBudget::new();
        let retries = (0..10_000)
            .filter(|_| budget.try_spend(RetryBudget::RETRY_COST))
            .count();
        assert_eq!(retries, 100);
        assert_eq!(budget.tokens(), 0);
        // Throttling costs twice as much.
        let budget = RetryBudget::new();
        let retries = (0..10_000)
            .filter(|_| budget.try_spend(RetryBudget::THROTTLED_COST))
            .count();
        assert_eq!(retries, 50);
    }

    #[test]
    fn successes_refill_up_to_the_capacity() {
        let budget = RetryBudget::with_capacity(10);
        assert!(budget.try_spend(10));
        budget.record_success(0, 0);
        assert_eq!(budget.tokens(), 1);
        budget.record_success(2, 5);
        assert_eq!(budget.tokens(), 6);
        budget.refund(100);
        assert_eq!(budget.tokens(), 10);
        budget.refund(u32::MAX);
        assert_eq!(budget.tokens(), 10);
    }

    #[test]
    fn clones_share_one_bucket_across_threads() {
        let budget = RetryBudget::new();
        let spent: usize = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..4)
                .map(|_| {
                    let budget = budget.clone();
                    scope.spawn(move || {
                        (0..1000)
                            .filter(|_| budget.try_spend(RetryBudget::RETRY_COST))
                            .count()
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).sum()
        });
        assert_eq!(spent, 100);
        assert!(budget.same_bucket(&budget.clone()));
        assert!(!budget.same_bucket(&RetryBudget::new()));
    }

    #[test]
    fn only_waits_cost_tokens() {
        assert_eq!(RetryBudget::cost(&Remedy::RefreshToken), None);
        assert_eq!(RetryBudget::cost(&Remedy::OutcomeUnknown), None);
        assert_eq!(
            RetryBudget::cost(&Remedy::Throttled { after: None }),
            Some(RetryBudget::THROTTLED_COST)
        );
        assert_eq!(
            RetryBudget::cost(&Remedy::Maintenance { after: None }),
            Some(RetryBudget::THROTTLED_COST)
        );
    }
}
