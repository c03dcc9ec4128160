//! What the retry adapters share (the reqwest-middleware middleware of each version, and the
//! tower policy): their settings, and the decision on what one attempt gave. Each adapter only
//! gets the response or the error out of its framework and acts on the answer.

use core::time::Duration;

use ::http::{HeaderMap, Method, StatusCode};

use crate::response::ResponseError;
use crate::retry::RetryPolicy;
use crate::{KakaoError, Remedy};

/// An adapter's settings, as its builder methods set them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Settings {
    pub(crate) policy: RetryPolicy,
    /// Whether a request whose method is not idempotent is sent again on a remedy that the
    /// status alone gave ([`documented_by_kakao`]).
    pub(crate) retry_unsafe_methods: bool,
}

impl Settings {
    pub(crate) const fn new(policy: RetryPolicy) -> Self {
        Self {
            policy,
            retry_unsafe_methods: false,
        }
    }

    /// Whether another attempt may follow the one numbered `attempt`: if not, there is no
    /// need to keep a copy of the request.
    pub(crate) const fn allows_retry_after(&self, attempt: u32) -> bool {
        self.policy.allows_retry_after(attempt)
    }

    /// How long to wait before sending the request again, after the attempt numbered
    /// `attempt`, a `method` request, got a response with `status`, `headers` and `body` (what
    /// was read of it); `None` to hand the response back.
    ///
    /// Only a 4xx or 5xx response ([`is_failure`]) is ever retried; and one to a request whose
    /// method is not idempotent only when Kakao's own documented code asked for it (or
    /// [`retry_unsafe_methods`](Self::retry_unsafe_methods) is set).
    pub(crate) fn after_response<E: KakaoError>(
        &self,
        method: &Method,
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
        attempt: u32,
    ) -> Option<Duration> {
        if !is_failure(status) {
            return None;
        }
        let error = ResponseError::<E>::from_head(status, headers, body);
        if !method.is_idempotent() && !self.retry_unsafe_methods && !documented_by_kakao(&error) {
            return None;
        }
        self.policy.decide(&error.remedy(), attempt).after()
    }

    /// How long to wait before sending the request again after the attempt numbered `attempt`
    /// failed before the request left (no connection could be made): a request never sent is
    /// always safe to send, as [`Remedy::Retry`].
    pub(crate) fn after_unsent(&self, attempt: u32) -> Option<Duration> {
        self.policy
            .decide(&Remedy::Retry { after: None }, attempt)
            .after()
    }
}

/// Whether the response carries a code that Kakao documents: one of `E`'s rows, or a `KOE` or
/// `KAE` code of Kakao Login's or Kakao Talk Channel's table. Its remedy then comes from what
/// Kakao said; without one it comes from the status alone (a gateway's 502, a bare 500), which
/// does not say whether the request reached Kakao and was acted on.
fn documented_by_kakao<E: KakaoError>(error: &ResponseError<E>) -> bool {
    error.documented_cause().is_some() || error.text_code_row().is_some()
}

/// Whether an adapter looks at a response with `status`: 4xx and 5xx; a success or a redirect
/// is handed back untouched, its body unread.
pub(crate) fn is_failure(status: StatusCode) -> bool {
    status.is_client_error() || status.is_server_error()
}
