//! Retrying on a [`Remedy`]: "should this request be sent again, and after how long?"
//!
//! [`RetryPolicy::decide`] answers from what to do about the failure (a [`Remedy`], such as
//! [`ResponseError::remedy`](crate::response::ResponseError::remedy) gives) and how many
//! attempts were made. It never sleeps and keeps no state, so it fits a hand-written loop, a
//! retry crate that asks the same question for each error, and the adapters of this crate
//! that act on it (features `reqwest-middleware`, `reqwest-middleware-0-4` and `tower`), which
//! all take their `RetrySettings` (feature `http`, which they imply).
//!
//! One policy decides for one request. What bounds them all together is a [`RetryBudget`],
//! a token bucket that every retry draws from (on by default in the adapters, shared by the
//! clones of their settings); what bounds one call in time is the policy's
//! [`deadline`](RetryPolicy::deadline) ([`decide_within`](RetryPolicy::decide_within)). See
//! [The budget and the deadline](#the-budget-and-the-deadline).
//!
//! | remedy | decision |
//! |---|---|
//! | [`Retry`](Remedy::Retry) | retry after the backoff, or after the `Retry-After` if the response gave a longer one |
//! | [`Maintenance`](Remedy::Maintenance) | the same |
//! | [`Throttled`](Remedy::Throttled) with a `Retry-After` | the same |
//! | [`Throttled`](Remedy::Throttled) without one | stop ([`Stop::UnknownWait`]): a quota may not reset for hours |
//! | [`RetryLater`](Remedy::RetryLater) | stop ([`Stop::RetryLater`]): what it waits for takes minutes or more; schedule the request |
//! | any other remedy (refresh the token, ask for consent, fix the request, ...) | stop ([`Stop::NotRetryable`]) |
//!
//! A waiting remedy whose `Retry-After` is longer than
//! [`max_retry_after`](RetryPolicy::max_retry_after) stops too ([`Stop::WaitTooLong`]): the
//! error is handed back rather than held for an hour. And once
//! [`max_attempts`](RetryPolicy::max_attempts) requests have been sent, every remedy stops
//! ([`Stop::AttemptsExhausted`]).
//!
//! # The backoff
//!
//! Before retry `n` (after `n` failed attempts) the backoff is
//! `min(max_delay, base_delay × 2^(n-1))`: with the defaults 200 ms, 400 ms, 800 ms, ... up to
//! 5 s. With [jitter](RetryPolicy::jitter) on (the default) the wait is drawn uniformly from
//! `[0, backoff]` ("full jitter"), so that clients that failed together do not come back
//! together. Each draw hashes a counter with a new `RandomState` of the standard library:
//! `SipHash`, keyed from random keys that each thread draws once and then steps by one for
//! every new `RandomState`. Good enough to spread retries, not meant for anything secret.
//!
//! A `Retry-After` is a lower bound: the wait is the larger of it and the (jittered) backoff.
//!
//! # A hand-written loop
//!
//! ```
//! # #[cfg(feature = "response")] {
//! use std::time::Duration;
//!
//! use kakao_errors::response::{ResponseError, parse};
//! use kakao_errors::retry::{Decision, RetryPolicy};
//!
//! /// Stands in for sending a request: the server fails twice with -1, then answers.
//! fn send(attempt: u32) -> Result<&'static str, ResponseError> {
//!     if attempt < 3 {
//!         Err(parse(400, br#"{"code":-1,"msg":"internal error"}"#))
//!     } else {
//!         Ok(r#"{"id":123}"#)
//!     }
//! }
//!
//! let policy = RetryPolicy::new().base_delay(Duration::from_millis(1));
//! let mut attempt = 1;
//! let result = loop {
//!     match send(attempt) {
//!         Ok(body) => break Ok(body),
//!         Err(e) => {
//!             let decision = policy.decide(&e.remedy(), attempt);
//!             match decision {
//!                 Decision::Retry { after } => std::thread::sleep(after), // or an async sleep
//!                 Decision::Stop(_) => break Err(e),
//!             }
//!         }
//!     }
//!     attempt += 1;
//! };
//! assert_eq!(result.unwrap(), r#"{"id":123}"#);
//! assert_eq!(attempt, 3);
//! # }
//! ```
//!
//! A retry crate that asks, for each error, whether to retry and how long to wait first (such
//! as `backon`) takes the same call: [`Decision::after`] is `Some(wait)` or `None`.
//!
//! # The budget and the deadline
//!
//! Retries that each make sense multiply an outage when many requests fail together: 200
//! concurrent calls against a Kakao that answers every request with `-1` would make 600
//! requests with the default policy, 2,000 with `max_attempts(10)`.
//!
//! [`RetryBudget`] bounds them: a token bucket of 500 tokens, a retry costing 5 (10 after a
//! timeout, a 429 or maintenance, 1 for a request never sent), a success at the first attempt
//! giving one back and a retry that succeeds its cost: the numbers of the AWS SDKs' "standard"
//! retry mode (see its docs for each constant and its source). A total outage then costs at
//! most 100 retries in all, whatever the number of calls; a failure that one retry fixes
//! costs nothing in the end. The adapters ask it after the policy
//! ([`Stop::BudgetExhausted`]); a hand-written loop asks it with
//! [`RetryBudget::try_spend`] and tells it of a success with
//! [`RetryBudget::record_success`].
//!
//! A [`deadline`](RetryPolicy::deadline) bounds a call: no wait that would end past it
//! ([`Stop::DeadlineReached`]). None by default: the client's timeout bounds each attempt,
//! the policy their number and waits, and a default deadline would cut a long upload that
//! nothing else says is too slow.
//!
//! ```
//! use std::time::{Duration, Instant};
//!
//! use kakao_errors::response::parse;
//! use kakao_errors::retry::{Decision, RetryBudget, RetryPolicy, Stop};
//!
//! let policy = RetryPolicy::new().base_delay(Duration::from_millis(1)).deadline(Duration::from_secs(5));
//! let budget = RetryBudget::with_capacity(5); // one retry's worth, for the example
//! let started = Instant::now();
//! let failed = parse(400, br#"{"code":-1,"msg":"internal error"}"#);
//! let remedy = failed.remedy();
//! let decision = policy.decide_within(&remedy, 1, started.elapsed());
//! let cost = RetryBudget::cost(&remedy).unwrap();
//! assert!(matches!(decision, Decision::Retry { .. }) && budget.try_spend(cost));
//! // The retry failed the same way: the policy would retry, the budget says no.
//! assert!(matches!(policy.decide_within(&remedy, 2, started.elapsed()), Decision::Retry { .. }));
//! assert!(!budget.try_spend(cost));
//! # let _ = Stop::BudgetExhausted;
//! ```
//!
//! # Requests that are not idempotent
//!
#![doc = include_str!("retry/unsafe_methods.md")]

use core::fmt;
use core::sync::atomic::{AtomicU64, Ordering};
use core::time::Duration;
use std::hash::{BuildHasher, Hasher, RandomState};

use crate::Remedy;

#[cfg(any(feature = "reqwest", feature = "reqwest-0-12", feature = "tower"))]
pub(crate) mod adapt;
mod budget;
#[cfg(feature = "http")]
mod settings;

pub use budget::RetryBudget;
#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub use settings::RetrySettings;

/// When to send a failed request again: how many attempts, how long to back off, and how
/// long a server-given `Retry-After` may be. See the [module docs](self) for the rules.
///
/// | setting | default |
/// |---|---|
/// | [`max_attempts`](Self::max_attempts) | 3 (the first request and two retries) |
/// | [`base_delay`](Self::base_delay) | 200 ms |
/// | [`max_delay`](Self::max_delay) | 5 s |
/// | [`max_retry_after`](Self::max_retry_after) | 10 s |
/// | [`jitter`](Self::jitter) | on |
/// | [`deadline`](Self::deadline) | none |
///
/// ```
/// use std::time::Duration;
///
/// use kakao_errors::Remedy;
/// use kakao_errors::retry::{Decision, RetryPolicy, Stop};
///
/// const POLICY: RetryPolicy = RetryPolicy::new()
///     .max_attempts(5)
///     .base_delay(Duration::from_millis(100))
///     .max_delay(Duration::from_secs(2))
///     .max_retry_after(Duration::from_secs(30))
///     .jitter(false);
///
/// let retry = Remedy::Retry { after: None };
/// assert_eq!(POLICY.decide(&retry, 1), Decision::Retry { after: Duration::from_millis(100) });
/// assert_eq!(POLICY.decide(&retry, 3), Decision::Retry { after: Duration::from_millis(400) });
/// assert_eq!(POLICY.decide(&retry, 5), Decision::Stop(Stop::AttemptsExhausted));
/// assert_eq!(POLICY.decide(&Remedy::RefreshToken, 1), Decision::Stop(Stop::NotRetryable));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    base_delay: Duration,
    max_delay: Duration,
    max_retry_after: Duration,
    jitter: bool,
    deadline: Option<Duration>,
}

impl RetryPolicy {
    /// The defaults: 3 attempts, a 200 ms base delay doubling up to 5 s, `Retry-After` honoured
    /// up to 10 s, jitter on, no deadline.
    pub const DEFAULT: Self = Self {
        max_attempts: 3,
        base_delay: Duration::from_millis(200),
        max_delay: Duration::from_secs(5),
        max_retry_after: Duration::from_secs(10),
        jitter: true,
        deadline: None,
    };

    /// The [defaults](Self::DEFAULT).
    #[must_use]
    pub const fn new() -> Self {
        Self::DEFAULT
    }

    /// How many requests may be sent in all, the first one included; `0` is taken as `1`
    /// (the first request is always sent; `1` means no retry).
    #[must_use]
    pub const fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = if attempts == 0 { 1 } else { attempts };
        self
    }

    /// The backoff before the first retry; it doubles before each next one.
    #[must_use]
    pub const fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// The longest backoff (before jitter). It does not shorten a `Retry-After`.
    #[must_use]
    pub const fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// The longest `Retry-After` waited for; a longer one stops the retries
    /// ([`Stop::WaitTooLong`]).
    #[must_use]
    pub const fn max_retry_after(mut self, delay: Duration) -> Self {
        self.max_retry_after = delay;
        self
    }

    /// Whether the backoff is jittered: each wait drawn uniformly from `[0, backoff]`
    /// (`true`, the default), or the backoff itself (`false`).
    #[must_use]
    pub const fn jitter(mut self, on: bool) -> Self {
        self.jitter = on;
        self
    }

    /// The longest a call may take, its attempts and the waits between them together, counted
    /// from the start of its first attempt: no wait that would end past it is started
    /// ([`Stop::DeadlineReached`]), and the reqwest-middleware adapter cuts the attempt in
    /// flight at it (the tower policy cannot: see its docs).
    ///
    /// None by default: the client's own timeout bounds each attempt, and the policy's
    /// attempts and waits bound their number and length (with the defaults, at most three
    /// attempts and two waits of at most 10 s each). A default deadline would cut a long
    /// upload in flight that nothing else says is too slow, and a call with none pays for no
    /// timer. Set one where a caller must have an answer by then (a request handler with its
    /// own time limit): the deadline is then a bound on the whole call, not per attempt.
    #[must_use]
    pub const fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = Some(deadline);
        self
    }

    /// No [`deadline`](Self::deadline) (the default).
    #[must_use]
    pub const fn no_deadline(mut self) -> Self {
        self.deadline = None;
        self
    }

    /// The deadline set by [`deadline`](Self::deadline), if any.
    #[must_use]
    pub const fn get_deadline(&self) -> Option<Duration> {
        self.deadline
    }

    /// The number of attempts set by [`max_attempts`](Self::max_attempts) (at least 1).
    #[must_use]
    pub const fn get_max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The delay set by [`base_delay`](Self::base_delay).
    #[must_use]
    pub const fn get_base_delay(&self) -> Duration {
        self.base_delay
    }

    /// The delay set by [`max_delay`](Self::max_delay).
    #[must_use]
    pub const fn get_max_delay(&self) -> Duration {
        self.max_delay
    }

    /// The delay set by [`max_retry_after`](Self::max_retry_after).
    #[must_use]
    pub const fn get_max_retry_after(&self) -> Duration {
        self.max_retry_after
    }

    /// What [`jitter`](Self::jitter) set.
    #[must_use]
    pub const fn get_jitter(&self) -> bool {
        self.jitter
    }

    /// Whether to send the request again, and after how long, when the attempt numbered
    /// `attempt` (1 for the first request, `0` is taken as `1`) failed with `remedy`. See the
    /// [module docs](self) for the rules.
    ///
    /// It does not know the time: a policy with a [`deadline`](Self::deadline) is asked with
    /// [`decide_within`](Self::decide_within).
    ///
    /// ```
    /// use std::time::Duration;
    ///
    /// use kakao_errors::Remedy;
    /// use kakao_errors::retry::{Decision, RetryPolicy, Stop};
    ///
    /// let policy = RetryPolicy::new();
    /// // A rate limit that resets in 2 s: wait for it.
    /// let throttled = Remedy::Throttled { after: Some(Duration::from_secs(2)) };
    /// assert!(policy.decide(&throttled, 1).after() >= Some(Duration::from_secs(2)));
    /// // One that resets in an hour: hand the error back.
    /// let throttled = Remedy::Throttled { after: Some(Duration::from_secs(3600)) };
    /// assert_eq!(policy.decide(&throttled, 1), Decision::Stop(Stop::WaitTooLong));
    /// ```
    pub fn decide(&self, remedy: &Remedy<'_>, attempt: u32) -> Decision {
        // The first request is attempt 1; a count that starts at 0 means the same.
        let attempt = attempt.max(1);
        let retry_after = match *remedy {
            Remedy::Retry { after } | Remedy::Maintenance { after } => after,
            Remedy::Throttled { after: Some(after) } => Some(after),
            Remedy::Throttled { after: None } => return Decision::Stop(Stop::UnknownWait),
            Remedy::RetryLater => return Decision::Stop(Stop::RetryLater),
            _ => return Decision::Stop(Stop::NotRetryable),
        };
        if retry_after.is_some_and(|after| after > self.max_retry_after) {
            return Decision::Stop(Stop::WaitTooLong);
        }
        if !self.allows_retry_after(attempt) {
            return Decision::Stop(Stop::AttemptsExhausted);
        }
        let backoff = self.backoff(attempt);
        let backoff = if self.jitter {
            full_jitter(backoff, random())
        } else {
            backoff
        };
        Decision::Retry {
            after: retry_after.map_or(backoff, |after| after.max(backoff)),
        }
    }

    /// [`decide`](Self::decide), for a call that started `elapsed` ago: a retry whose wait
    /// would end at or past the [`deadline`](Self::deadline) is [`Stop::DeadlineReached`]
    /// instead (and so is any retry once the deadline has passed). Without a deadline, the
    /// same as [`decide`](Self::decide).
    ///
    /// ```
    /// use std::time::Duration;
    ///
    /// use kakao_errors::Remedy;
    /// use kakao_errors::retry::{Decision, RetryPolicy, Stop};
    ///
    /// let policy = RetryPolicy::new().jitter(false).deadline(Duration::from_secs(3));
    /// let retry = Remedy::Retry { after: None };
    /// let early = policy.decide_within(&retry, 1, Duration::from_secs(1));
    /// assert_eq!(early, Decision::Retry { after: Duration::from_millis(200) });
    /// // 2.9 s in, a 200 ms wait would end past the deadline.
    /// let late = policy.decide_within(&retry, 1, Duration::from_millis(2900));
    /// assert_eq!(late, Decision::Stop(Stop::DeadlineReached));
    /// ```
    pub fn decide_within(&self, remedy: &Remedy<'_>, attempt: u32, elapsed: Duration) -> Decision {
        match self.decide(remedy, attempt) {
            Decision::Retry { after } if !self.wait_ends_in_time(elapsed, after) => {
                Decision::Stop(Stop::DeadlineReached)
            }
            decision => decision,
        }
    }

    /// Whether a wait of `after`, started `elapsed` into the call, ends before the deadline
    /// (always, without one).
    pub(crate) fn wait_ends_in_time(&self, elapsed: Duration, after: Duration) -> bool {
        match self.deadline {
            Some(deadline) => elapsed.saturating_add(after) < deadline,
            None => true,
        }
    }

    /// Whether another request may be sent after the attempt numbered `attempt` (`0` taken as
    /// `1`), remedy aside.
    pub(crate) const fn allows_retry_after(&self, attempt: u32) -> bool {
        // `max(1)`, written for a `const fn`.
        let attempt = if attempt == 0 { 1 } else { attempt };
        attempt < self.max_attempts
    }

    /// `min(max_delay, base_delay × 2^(attempt-1))`, before jitter.
    fn backoff(&self, attempt: u32) -> Duration {
        // 2^31 is as far as a u32 factor goes; the cap has long applied by then.
        let doublings = attempt.saturating_sub(1).min(31);
        self.base_delay
            .saturating_mul(1 << doublings)
            .min(self.max_delay)
    }
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// What [`RetryPolicy::decide`] says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use]
pub enum Decision {
    /// Send the same request again after waiting this long.
    Retry {
        /// How long to wait first.
        after: Duration,
    },
    /// Do not: hand the error back, for this reason.
    Stop(Stop),
}

impl Decision {
    /// How long to wait before sending the request again; `None` for [`Stop`](Self::Stop).
    ///
    /// ```
    /// use kakao_errors::Remedy;
    /// use kakao_errors::retry::RetryPolicy;
    ///
    /// assert_eq!(RetryPolicy::new().decide(&Remedy::FixRequest, 1).after(), None);
    /// ```
    #[must_use]
    pub const fn after(self) -> Option<Duration> {
        match self {
            Self::Retry { after } => Some(after),
            Self::Stop(_) => None,
        }
    }
}

/// Why [`RetryPolicy::decide`] said not to retry.
///
/// New reasons may be added: match with a wildcard arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Stop {
    /// The remedy is not to send the same request again: refresh a token, ask for consent, fix
    /// the request or a setting, ...
    NotRetryable,
    /// A quota or rate limit was reached ([`Remedy::Throttled`]) and no `Retry-After` says
    /// when it resets.
    UnknownWait,
    /// The request may succeed unchanged, but only after something that takes minutes or
    /// more ([`Remedy::RetryLater`]): schedule it rather than wait.
    RetryLater,
    /// The server's `Retry-After` is longer than the policy's
    /// [`max_retry_after`](RetryPolicy::max_retry_after).
    WaitTooLong,
    /// The policy's [`max_attempts`](RetryPolicy::max_attempts) have been made.
    AttemptsExhausted,
    /// The wait before the retry would end at or past the policy's
    /// [`deadline`](RetryPolicy::deadline).
    DeadlineReached,
    /// The [`RetryBudget`] that the retries of every request share holds too few tokens: many
    /// requests are failing at once, and retrying them would add to the load.
    BudgetExhausted,
}

impl Stop {
    /// A stable snake_case name: `"not_retryable"`, `"unknown_wait"`, `"retry_later"`,
    /// `"wait_too_long"`, `"attempts_exhausted"`, `"deadline_reached"` or
    /// `"budget_exhausted"` (the `kakao.retry.stop` field of the adapters' `tracing` events).
    ///
    /// ```
    /// use kakao_errors::retry::Stop;
    ///
    /// assert_eq!(Stop::BudgetExhausted.as_str(), "budget_exhausted");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::NotRetryable => "not_retryable",
            Self::UnknownWait => "unknown_wait",
            Self::RetryLater => "retry_later",
            Self::WaitTooLong => "wait_too_long",
            Self::AttemptsExhausted => "attempts_exhausted",
            Self::DeadlineReached => "deadline_reached",
            Self::BudgetExhausted => "budget_exhausted",
        }
    }
}

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::NotRetryable => "the remedy is not to send the same request again",
            Self::UnknownWait => "a quota or rate limit was reached, with no Retry-After",
            Self::RetryLater => "it may succeed unchanged, but only much later",
            Self::WaitTooLong => "the server asked to wait longer than the policy allows",
            Self::AttemptsExhausted => "every attempt the policy allows has been made",
            Self::DeadlineReached => "the call's deadline would pass before the retry",
            Self::BudgetExhausted => "the retry budget shared by every request is spent",
        })
    }
}

/// A call cut short by its policy's [`deadline`](RetryPolicy::deadline) while an attempt was
/// in flight: the error the reqwest-middleware adapter hands back when no response head came
/// in time (as `reqwest_middleware::Error::Middleware`; `kakao_errors::reqwest::Error` takes
/// it as a timeout), and under the body it hands back when the deadline passed while it was
/// reading an error body (inside an [`io::Error`](std::io::Error) of kind `TimedOut`, so that
/// reqwest's `is_timeout()` says so).
///
/// ```
/// use std::time::Duration;
///
/// use kakao_errors::retry::DeadlineExceeded;
///
/// let e = DeadlineExceeded::new(Duration::from_secs(3), 2);
/// assert_eq!((e.deadline(), e.attempts()), (Duration::from_secs(3), 2));
/// assert_eq!(e.to_string(), "the call's deadline of 3s passed during attempt 2");
/// let io = std::io::Error::from(e);
/// assert_eq!(io.kind(), std::io::ErrorKind::TimedOut);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeadlineExceeded {
    deadline: Duration,
    attempts: u32,
}

impl DeadlineExceeded {
    /// The deadline `deadline` passed during the attempt numbered `attempts` (1 for the first).
    #[must_use]
    pub const fn new(deadline: Duration, attempts: u32) -> Self {
        Self { deadline, attempts }
    }

    /// The policy's deadline.
    #[must_use]
    pub const fn deadline(&self) -> Duration {
        self.deadline
    }

    /// The attempts made, the one cut short included.
    #[must_use]
    pub const fn attempts(&self) -> u32 {
        self.attempts
    }
}

impl fmt::Display for DeadlineExceeded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the call's deadline of {:?} passed during attempt {}",
            self.deadline, self.attempts
        )
    }
}

impl std::error::Error for DeadlineExceeded {}

impl From<DeadlineExceeded> for std::io::Error {
    /// An error of kind [`TimedOut`](std::io::ErrorKind::TimedOut), whose source is `e`.
    fn from(e: DeadlineExceeded) -> Self {
        Self::new(std::io::ErrorKind::TimedOut, e)
    }
}

/// A duration drawn uniformly from `[0, backoff]` by `random` (backoffs beyond 2^64 ns, about
/// 584 years, are taken as that).
fn full_jitter(backoff: Duration, random: u64) -> Duration {
    let nanos = u64::try_from(backoff.as_nanos()).unwrap_or(u64::MAX);
    // random / 2^64 is in [0, 1); times (nanos + 1), floored, is in [0, nanos].
    let scaled = (u128::from(random) * (u128::from(nanos) + 1)) >> 64;
    Duration::from_nanos(u64::try_from(scaled).unwrap_or(nanos))
}

/// 64 random bits: a counter hashed with a new `RandomState` (`SipHash` with this thread's
/// random keys, stepped for each new `RandomState`).
fn random() -> u64 {
    static DRAWS: AtomicU64 = AtomicU64::new(0);
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(DRAWS.fetch_add(1, Ordering::Relaxed));
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_jitter_spans_zero_to_the_backoff() {
        let second = Duration::from_secs(1);
        assert_eq!(full_jitter(second, 0), Duration::ZERO);
        assert_eq!(full_jitter(second, u64::MAX), second);
        assert_eq!(full_jitter(second, 1 << 63), Duration::from_millis(500));
        assert_eq!(full_jitter(Duration::ZERO, u64::MAX), Duration::ZERO);
        let huge = full_jitter(Duration::MAX, u64::MAX);
        assert_eq!(huge, Duration::from_nanos(u64::MAX));
    }

    #[test]
    fn random_draws_differ() {
        let draws: std::collections::HashSet<u64> = (0..1000).map(|_| random()).collect();
        assert_eq!(draws.len(), 1000);
    }

    #[test]
    fn backoff_saturates() {
        let policy = RetryPolicy::new()
            .base_delay(Duration::MAX)
            .max_delay(Duration::MAX);
        assert_eq!(policy.backoff(u32::MAX), Duration::MAX);
        assert_eq!(policy.backoff(0), Duration::MAX);
        let policy = RetryPolicy::new().max_delay(Duration::MAX);
        assert_eq!(policy.backoff(0), Duration::from_millis(200));
        assert_eq!(policy.backoff(40), Duration::from_millis(200) * (1 << 31));
    }
}
