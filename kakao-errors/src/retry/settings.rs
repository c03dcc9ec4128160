//! [`RetrySettings`]: what the retry adapters are told, shared by all of them.

use core::fmt;
use core::marker::PhantomData;

use crate::http::DEFAULT_BODY_LIMIT;
use crate::rest::ApiError;
use crate::retry::{RetryBudget, RetryPolicy};

/// The settings of a retry adapter: the reqwest-middleware middleware
/// (`kakao_errors::reqwest_middleware::KakaoRetry`, features `reqwest-middleware` and
/// `reqwest-middleware-0-4`) and the tower policy (`kakao_errors::tower::KakaoRetry`, feature
/// `tower`) take the same settings, with the same meaning.
///
/// | setting | default |
/// |---|---|
/// | [`policy`](Self::policy) | the policy given to [`new`](Self::new) |
/// | [`parse_as`](Self::parse_as) | [`ApiError`]: error bodies' codes are looked up in every REST table |
/// | [`body_limit`](Self::body_limit) | [`DEFAULT_BODY_LIMIT`] bytes of an error body decided on |
/// | [`retry_unsafe_methods`](Self::retry_unsafe_methods) | off |
/// | [`budget`](Self::budget) | a new [`RetryBudget`] of [`DEFAULT_CAPACITY`](RetryBudget::DEFAULT_CAPACITY) tokens, made by [`new`](Self::new) |
///
/// Each setting is read back by its `get_` method.
///
/// Clones share the budget, and so do the adapters made from them (every clone of a
/// middleware, every request's copy of a tower policy): make the settings once per client, or
/// give several the same budget ([`budget`](Self::budget)) to bound their retries together.
///
/// ```
/// use std::time::Duration;
///
/// use kakao_errors::retry::{RetryPolicy, RetrySettings};
/// use kakao_errors::share::ShareApiError;
///
/// let settings = RetrySettings::new(RetryPolicy::new().max_attempts(5))
///     // Talk Share's codes (4003, 5001, ...) as well as the REST API's.
///     .parse_as::<ShareApiError>()
///     .body_limit(16 * 1024);
/// assert_eq!(settings.get_policy().get_max_attempts(), 5);
/// assert_eq!(settings.get_body_limit(), 16 * 1024);
/// assert!(!settings.get_retry_unsafe_methods());
/// assert_eq!(settings.get_budget().unwrap().tokens(), 500);
/// ```
pub struct RetrySettings<E = ApiError> {
    policy: RetryPolicy,
    body_limit: usize,
    retry_unsafe_methods: bool,
    budget: Option<RetryBudget>,
    table: PhantomData<fn() -> E>,
}

impl RetrySettings {
    /// Retries as `policy` says, with the other settings at their defaults: among them a new
    /// [`RetryBudget`], which the clones of these settings share.
    #[must_use]
    pub fn new(policy: RetryPolicy) -> Self {
        Self {
            policy,
            body_limit: DEFAULT_BODY_LIMIT,
            retry_unsafe_methods: false,
            budget: Some(RetryBudget::new()),
            table: PhantomData,
        }
    }
}

impl<E> RetrySettings<E> {
    /// The same settings, looking the codes of error bodies up in `T` (a table of this crate,
    /// a union such as [`ShareApiError`](crate::share::ShareApiError), or your own derived
    /// enum).
    #[must_use]
    pub fn parse_as<T>(self) -> RetrySettings<T> {
        RetrySettings {
            policy: self.policy,
            body_limit: self.body_limit,
            retry_unsafe_methods: self.retry_unsafe_methods,
            budget: self.budget,
            table: PhantomData,
        }
    }

    /// The policy that decides whether to send a request again, and after how long.
    #[must_use]
    pub fn policy(mut self, policy: RetryPolicy) -> Self {
        self.policy = policy;
        self
    }

    /// The budget every retry draws from: a clone of `budget` (the same bucket), to share one
    /// budget between several clients or adapters.
    ///
    /// ```
    /// use kakao_errors::retry::{RetryBudget, RetryPolicy, RetrySettings};
    ///
    /// let budget = RetryBudget::new();
    /// let talk = RetrySettings::new(RetryPolicy::new()).budget(budget.clone());
    /// let login = RetrySettings::new(RetryPolicy::new().max_attempts(2)).budget(budget.clone());
    /// assert!(talk.get_budget().unwrap().same_bucket(login.get_budget().unwrap()));
    /// ```
    #[must_use]
    pub fn budget(mut self, budget: RetryBudget) -> Self {
        self.budget = Some(budget);
        self
    }

    /// No budget: every retry the policy allows is made, however many requests fail at once.
    /// For a client whose requests are few, or bounded elsewhere.
    #[must_use]
    pub fn no_budget(mut self) -> Self {
        self.budget = None;
        self
    }

    /// How many bytes of an error body are read and parsed to decide: the first `limit`
    /// (Kakao's error bodies are a few hundred bytes). A response sent again is dropped there,
    /// its rest never downloaded; one handed back loses nothing, its reader gets those bytes
    /// again and then the rest. The middleware holds at most `limit` bytes of a body, plus the
    /// rest of the chunk that crossed the limit.
    #[must_use]
    pub fn body_limit(mut self, limit: usize) -> Self {
        self.body_limit = limit;
        self
    }

    /// Whether every request may be sent twice, whatever its method: a request whose method
    /// is not idempotent (`POST`, `PATCH`) is then sent again as a `GET` would be. Off by
    /// default; see [Requests that are not idempotent](crate::retry#requests-that-are-not-idempotent).
    #[must_use]
    pub fn retry_unsafe_methods(mut self, on: bool) -> Self {
        self.retry_unsafe_methods = on;
        self
    }

    /// The policy set by [`new`](RetrySettings::new) or [`policy`](Self::policy).
    #[must_use]
    pub const fn get_policy(&self) -> &RetryPolicy {
        &self.policy
    }

    /// The limit set by [`body_limit`](Self::body_limit).
    #[must_use]
    pub const fn get_body_limit(&self) -> usize {
        self.body_limit
    }

    /// What [`retry_unsafe_methods`](Self::retry_unsafe_methods) set.
    #[must_use]
    pub const fn get_retry_unsafe_methods(&self) -> bool {
        self.retry_unsafe_methods
    }

    /// The budget, `None` after [`no_budget`](Self::no_budget).
    #[must_use]
    pub const fn get_budget(&self) -> Option<&RetryBudget> {
        self.budget.as_ref()
    }
}

impl Default for RetrySettings {
    /// [`RetrySettings::new`] with the default [`RetryPolicy`].
    fn default() -> Self {
        Self::new(RetryPolicy::DEFAULT)
    }
}

impl<E> Clone for RetrySettings<E> {
    /// The same settings, sharing the budget.
    fn clone(&self) -> Self {
        Self {
            policy: self.policy,
            body_limit: self.body_limit,
            retry_unsafe_methods: self.retry_unsafe_methods,
            budget: self.budget.clone(),
            table: PhantomData,
        }
    }
}

impl<E> PartialEq for RetrySettings<E> {
    /// The same settings, and the same budget (one bucket, or none for both).
    fn eq(&self, other: &Self) -> bool {
        let same_budget = match (&self.budget, &other.budget) {
            (Some(one), Some(other)) => one.same_bucket(other),
            (None, None) => true,
            _ => false,
        };
        same_budget
            && (self.policy, self.body_limit, self.retry_unsafe_methods)
                == (other.policy, other.body_limit, other.retry_unsafe_methods)
    }
}

impl<E> Eq for RetrySettings<E> {}

impl<E> fmt::Debug for RetrySettings<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetrySettings")
            .field("policy", &self.policy)
            .field("parse_as", &core::any::type_name::<E>())
            .field("body_limit", &self.body_limit)
            .field("retry_unsafe_methods", &self.retry_unsafe_methods)
            .field("budget", &self.budget)
            .finish()
    }
}
