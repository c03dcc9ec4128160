//! The one place where a failure of one request becomes a remedy: what the adapters (the
//! reqwest-middleware middleware, the tower policy) decide on, and what the reqwest `Error`
//! says. It knows what the parsed response says, how the request failed if no response came,
//! and, where the integration knows it, whether the request may be sent twice.
#![cfg_attr(
    not(all(feature = "reqwest-middleware", feature = "tower")),
    allow(dead_code, reason = "each integration uses a part of it")
)]

use core::time::Duration;
use std::time::Instant;

use ::http::{Method, StatusCode};

use crate::response::ResponseError;
use crate::retry::{DeadlineExceeded, Decision, RetryBudget, RetryPolicy, RetrySettings, Stop};
use crate::{KakaoError, Remedy};

/// What the integration knows of the request that failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Sent {
    pub(crate) method: Method,
    /// Whether sending it twice has the effect of sending it once: its method is idempotent
    /// (RFC 9110, section 9.2.2), or the adapter was told that every request is
    /// (`retry_unsafe_methods`).
    pub(crate) repeatable: bool,
}

impl Sent {
    pub(crate) fn new(method: &Method, retry_unsafe_methods: bool) -> Self {
        Self {
            method: method.clone(),
            repeatable: retry_unsafe_methods || method.is_idempotent(),
        }
    }
}

/// How a request failed when no response came, as far as the remedy goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Failure {
    /// No connection could be made: nothing was sent.
    Connect,
    /// The request could not be built (an invalid URL or header): nothing was sent, and the
    /// same request fails the same way.
    Builder,
    /// The request may have reached the server: a timeout, a connection lost after it was
    /// written, a body that failed while being sent or read, a redirect that failed.
    AfterSending,
    /// Anything else (an error made from a status alone, an error of another middleware).
    Other,
}

/// What to do about a request that got no response.
///
/// A request never sent is sent again whatever its method. One that may have reached the
/// server is sent again only when that is safe ([`Sent::repeatable`]); when it is not, or when
/// the integration does not know the request, its fate is unknown.
pub(crate) fn transport_remedy(failure: Failure, sent: Option<&Sent>) -> Remedy<'static> {
    match failure {
        Failure::Connect => Remedy::Retry { after: None },
        Failure::Builder => Remedy::FixRequest,
        Failure::AfterSending if sent.is_some_and(|sent| sent.repeatable) => {
            Remedy::Retry { after: None }
        }
        Failure::AfterSending => Remedy::OutcomeUnknown,
        Failure::Other => Remedy::Unknown,
    }
}

/// What to do about a request whose response failed with `error`.
///
/// Without the request, the response's own [`remedy`](ResponseError::remedy). With it:
///
/// - a request that may be sent twice: a remedy of [`OutcomeUnknown`](Remedy::OutcomeUnknown)
///   (a row for an internal error or a timeout whose effect is unknown) becomes
///   [`Retry`](Remedy::Retry), since sending it again is the look-up;
/// - one that may not: a waiting remedy ([`Retry`](Remedy::Retry),
///   [`Throttled`](Remedy::Throttled), [`Maintenance`](Remedy::Maintenance)) that the status
///   alone gave, with no code that Kakao documents (a gateway's 502 or 504 page, a bare 500, a
///   429 or a 503 without a Kakao code), becomes [`OutcomeUnknown`](Remedy::OutcomeUnknown):
///   nothing says whether the request reached Kakao and was acted on. A documented code that
///   says to retry (-1) keeps its remedy: Kakao answered, and said to send it again.
pub(crate) fn response_remedy<'a, E: KakaoError>(
    error: &'a ResponseError<E>,
    sent: Option<&Sent>,
) -> Remedy<'a> {
    let remedy = error.remedy();
    match sent {
        None => remedy,
        Some(sent) if sent.repeatable => match remedy {
            Remedy::OutcomeUnknown => Remedy::Retry {
                after: error.retry_after(),
            },
            remedy => remedy,
        },
        Some(_) if remedy.is_wait() && !documented_by_kakao(error) => Remedy::OutcomeUnknown,
        Some(_) => remedy,
    }
}

/// One call's retries, as an adapter keeps them: the attempt being made, when the call's
/// deadline passes (only with one: a call without one reads no clock), and the cost of the
/// last retry (put back if it succeeds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Call {
    /// The attempt being made, or whose result is looked at: 1 for the first request.
    pub(crate) attempt: u32,
    last_cost: u32,
    deadline: Option<Instant>,
}

impl Call {
    /// A call about to make its first attempt, its clock not started.
    #[inline]
    pub(crate) const fn new() -> Self {
        Self {
            attempt: 1,
            last_cost: 0,
            deadline: None,
        }
    }

    /// A call whose first attempt starts now: its deadline is `policy`'s from now, if it has
    /// one (a deadline too far to represent is none).
    #[inline]
    pub(crate) fn start(policy: &RetryPolicy) -> Self {
        Self {
            deadline: policy
                .get_deadline()
                .and_then(|deadline| Instant::now().checked_add(deadline)),
            ..Self::new()
        }
    }

    /// When the call's deadline passes; `None` without one.
    #[inline]
    pub(crate) const fn deadline(&self) -> Option<Instant> {
        self.deadline
    }

    /// The error of an attempt that `policy`'s deadline cut short.
    pub(crate) fn exceeded(&self, policy: &RetryPolicy) -> DeadlineExceeded {
        DeadlineExceeded::new(policy.get_deadline().unwrap_or_default(), self.attempt)
    }

    /// Whether `settings` send the request again after this attempt failed with `remedy`,
    /// and after how long (`Ok`), or why not (`Err`): the policy's decision, then its deadline
    /// (no wait that ends past it), then the budget, charged `cost` (or what
    /// [`RetryBudget::cost`] says of `remedy`). A retry counts the next attempt.
    fn retry<X>(
        &mut self,
        settings: &RetrySettings<X>,
        remedy: &Remedy<'_>,
        cost: Option<u32>,
    ) -> Result<Duration, Stop> {
        let after = match settings.get_policy().decide(remedy, self.attempt) {
            Decision::Retry { after } => after,
            Decision::Stop(stop) => return Err(stop),
        };
        if let Some(deadline) = self.deadline {
            // No wait that ends at or past the deadline.
            if Instant::now()
                .checked_add(after)
                .is_none_or(|end| end >= deadline)
            {
                return Err(Stop::DeadlineReached);
            }
        }
        if let Some(budget) = settings.get_budget() {
            // A remedy the policy retries always has a cost.
            let cost = cost
                .or_else(|| RetryBudget::cost(remedy))
                .ok_or(Stop::NotRetryable)?;
            if !budget.try_spend(cost) {
                return Err(Stop::BudgetExhausted);
            }
            self.last_cost = cost;
        }
        self.attempt = self.attempt.saturating_add(1);
        Ok(after)
    }

    /// Records that the attempt succeeded (a status under 400): the budget gets a token back,
    /// or the last retry's cost.
    #[inline]
    pub(crate) fn succeeded<X>(&self, settings: &RetrySettings<X>) {
        if let Some(budget) = settings.get_budget() {
            budget.record_success(self.attempt - 1, self.last_cost);
        }
    }

    /// How long to wait before sending the request again after this attempt got the failed
    /// response `error`; `None` to hand it back.
    pub(crate) fn retry_response<X, E: KakaoError>(
        &mut self,
        settings: &RetrySettings<X>,
        error: &ResponseError<E>,
        sent: &Sent,
    ) -> Option<Duration> {
        // Most failures (a wrong parameter, a token to refresh) can be told apart from a
        // retry without the whole remedy, whose message search is the most of the decision's
        // cost.
        if !may_retry(error) {
            #[cfg(feature = "tracing")]
            crate::telemetry::emit::response_not_retried(
                error,
                sent,
                settings.get_policy(),
                self.attempt,
            );
            return None;
        }
        let remedy = response_remedy(error, Some(sent));
        let decision = self.retry(settings, &remedy, None);
        #[cfg(feature = "tracing")]
        crate::telemetry::emit::response_decided(error, &remedy, decision, self.attempt);
        decision.ok()
    }

    /// How long to wait before sending the request again after this attempt got no response
    /// (`failure`, `timeout` whether time ran out); `None` to hand the error back. A request
    /// never sent costs the budget [`RetryBudget::CONNECT_COST`], a timeout
    /// [`RetryBudget::THROTTLED_COST`], anything else [`RetryBudget::RETRY_COST`].
    pub(crate) fn retry_transport<X>(
        &mut self,
        settings: &RetrySettings<X>,
        failure: Failure,
        timeout: bool,
        sent: &Sent,
    ) -> Option<Duration> {
        let cost = match failure {
            Failure::Connect => RetryBudget::CONNECT_COST,
            _ if timeout => RetryBudget::THROTTLED_COST,
            _ => RetryBudget::RETRY_COST,
        };
        let remedy = transport_remedy(failure, Some(sent));
        let decision = self.retry(settings, &remedy, Some(cost));
        #[cfg(feature = "tracing")]
        crate::telemetry::emit::transport_decided(
            failure,
            timeout,
            &remedy,
            decision,
            self.attempt,
        );
        decision.ok()
    }
}

/// Whether [`response_remedy`] may be one the policy sends the request again on: `false` only
/// when none of the rules of [`ResponseError::remedy`] that give a wait can apply (a wait comes
/// from the status, an OAuth error, a `KOE` or `KAE` code, or a documented cause whose row
/// waits or has an unknown outcome). The test `may_retry_never_misses_a_wait` holds it to
/// those rules.
fn may_retry<E: KakaoError>(error: &ResponseError<E>) -> bool {
    matches!(error.status(), 429 | 500 | 502 | 503 | 504)
        || !E::CODE_PREFIX.is_empty()
        || error.oauth_error().is_some()
        || error.text_code().is_some()
        || error.documented_cause().is_some_and(|cause| {
            let remedy = cause.remedy();
            remedy.is_wait() || remedy == Remedy::OutcomeUnknown
        })
}

/// Whether the response carries a code that Kakao documents: one of `E`'s rows, or a `KOE` or
/// `KAE` code of Kakao Login's or Kakao Talk Channel's table. Its remedy then comes from what
/// Kakao said; without one it comes from the status alone.
fn documented_by_kakao<E: KakaoError>(error: &ResponseError<E>) -> bool {
    error.documented_cause().is_some() || error.text_code_row().is_some()
}

/// Whether an adapter looks at a response with `status`: 4xx and 5xx; a success or a redirect
/// is handed back untouched, its body unread.
pub(crate) fn is_failure(status: StatusCode) -> bool {
    status.is_client_error() || status.is_server_error()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::response::parse;

    fn sent(method: Method) -> Sent {
        Sent::new(&method, false)
    }

    #[test]
    fn a_request_never_sent_is_sent_again_whatever_its_method() {
        for known in [None, Some(sent(Method::POST)), Some(sent(Method::GET))] {
            let remedy = transport_remedy(Failure::Connect, known.as_ref());
            assert_eq!(remedy, Remedy::Retry { after: None });
            assert_eq!(
                transport_remedy(Failure::Builder, known.as_ref()),
                Remedy::FixRequest
            );
            assert_eq!(
                transport_remedy(Failure::Other, known.as_ref()),
                Remedy::Unknown
            );
        }
    }

    #[test]
    fn a_retry_costs_the_budget_what_its_failure_says() {
        let settings = RetrySettings::new(RetryPolicy::new().max_attempts(10));
        let budget = settings.get_budget().unwrap().clone();
        let get = sent(Method::GET);
        let mut call = Call::new();
        let spent = |call: &mut Call, failure, timeout, sent: &Sent| {
            let before = budget.tokens();
            let retried = call.retry_transport(&settings, failure, timeout, sent);
            (retried.is_some(), before - budget.tokens())
        };
        // Never sent: 1; a timeout: 10; a connection lost: 5.
        assert_eq!(spent(&mut call, Failure::Connect, false, &get), (true, 1));
        assert_eq!(
            spent(&mut call, Failure::AfterSending, true, &get),
            (true, 10)
        );
        assert_eq!(
            spent(&mut call, Failure::AfterSending, false, &get),
            (true, 5)
        );
        // A `POST` that timed out is not sent again: nothing spent.
        let post = sent(Method::POST);
        assert_eq!(
            spent(&mut call, Failure::AfterSending, true, &post),
            (false, 0)
        );
        assert_eq!(call.attempt, 4);

        // A 429 with a `Retry-After`: throttled, 10.
        let mut headers = ::http::HeaderMap::new();
        headers.insert("retry-after", ::http::HeaderValue::from_static("0"));
        let limited = ResponseError::<crate::rest::ApiError>::from_head(
            StatusCode::TOO_MANY_REQUESTS,
            &headers,
            b"",
        );
        let before = budget.tokens();
        assert!(call.retry_response(&settings, &limited, &get).is_some());
        assert_eq!(before - budget.tokens(), 10);
        // The retry succeeded: its cost comes back.
        call.succeeded(&settings);
        assert_eq!(budget.tokens(), before);

        // An empty bucket: no retry, and no attempt counted.
        let empty = RetrySettings::new(RetryPolicy::new())
            .budget(crate::retry::RetryBudget::with_capacity(0));
        let mut call = Call::new();
        assert_eq!(
            call.retry_transport(&empty, Failure::Connect, false, &get),
            None
        );
        assert_eq!(call.attempt, 1);
        // No budget: only the policy decides.
        let unbounded = RetrySettings::new(RetryPolicy::new()).no_budget();
        assert!(
            call.retry_transport(&unbounded, Failure::Connect, false, &get)
                .is_some()
        );
    }

    #[test]
    fn a_request_that_may_have_left_is_sent_again_only_if_repeatable() {
        let after = Failure::AfterSending;
        for method in [Method::GET, Method::PUT, Method::DELETE, Method::HEAD] {
            let remedy = transport_remedy(after, Some(&sent(method)));
            assert_eq!(remedy, Remedy::Retry { after: None });
        }
        for method in [Method::POST, Method::PATCH] {
            let remedy = transport_remedy(after, Some(&sent(method.clone())));
            assert_eq!(remedy, Remedy::OutcomeUnknown);
            let told = Sent::new(&method, true);
            assert_eq!(
                transport_remedy(after, Some(&told)),
                Remedy::Retry { after: None }
            );
        }
        assert_eq!(transport_remedy(after, None), Remedy::OutcomeUnknown);
    }

    #[test]
    fn a_status_alone_is_an_unknown_outcome_for_a_post() {
        let gateway = parse(502, b"<html>Bad Gateway</html>");
        let limiter = parse(429, b"");
        let post = sent(Method::POST);
        let get = sent(Method::GET);
        for error in [&gateway, &limiter] {
            assert_eq!(response_remedy(error, Some(&post)), Remedy::OutcomeUnknown);
            assert_eq!(response_remedy(error, Some(&get)), error.remedy());
            assert_eq!(response_remedy(error, None), error.remedy());
            let told = Sent::new(&Method::POST, true);
            assert_eq!(response_remedy(error, Some(&told)), error.remedy());
        }
        // Kakao's own -1: sent again, whatever the method.
        let internal = parse(400, br#"{"code":-1,"msg":"internal error"}"#);
        assert_eq!(
            response_remedy(&internal, Some(&post)),
            Remedy::Retry { after: None }
        );
        // Not a wait: as parsed.
        let consent = parse(403, br#"{"code":-402,"msg":"x"}"#);
        assert_eq!(response_remedy(&consent, Some(&post)), consent.remedy());
    }

    /// Every code of `E` with every status and a few messages (plain, Talk Share's sub-errors,
    /// an app setting), and bodies of every other shape: where `may_retry` says no, no
    /// remedy is a wait, whatever the request.
    fn assert_no_wait_is_missed<E: KakaoError>() {
        let messages = [
            "ProfileId is not a number",
            "domain mismatched! caller=https://a.example",
            "wrong appKey(abc) format",
            "misconfigured",
            "ip mismatched!",
        ];
        let mut bodies = Vec::new();
        for code in E::CODES {
            for message in messages {
                bodies.push(format!(r#"{{"code":{code},"msg":"{message}"}}"#));
            }
        }
        for code in ["KOE003", "KOE320", "KOE006", "KAE001", "KAE004", "KOE999"] {
            bodies.push(format!(
                r#"{{"error":"server_error","error_code":"{code}"}}"#
            ));
            bodies.push(format!(r#"{{"error_code":"{code}","error_msg":"x"}}"#));
        }
        for body in [
            r#"{"error":"invalid_grant"}"#,
            r#"{"error":"server_error"}"#,
            "[-1] internal error",
            "<html>Bad Gateway</html>",
            "",
            r#"{"code":-123456,"msg":"?"}"#,
        ] {
            bodies.push(body.to_owned());
        }
        let requests = [
            None,
            Some(sent(Method::GET)),
            Some(sent(Method::POST)),
            Some(Sent::new(&Method::POST, true)),
        ];
        for status in [400, 401, 403, 404, 409, 429, 500, 502, 503, 504] {
            for body in &bodies {
                let error = ResponseError::<E>::parse(status, body.as_bytes());
                if may_retry(&error) {
                    continue;
                }
                for request in &requests {
                    let remedy = response_remedy(&error, request.as_ref());
                    assert!(!remedy.is_wait(), "{status} {body}: {remedy:?}");
                }
            }
        }
    }

    #[test]
    fn may_retry_never_misses_a_wait() {
        assert_no_wait_is_missed::<crate::rest::ApiError>();
        assert_no_wait_is_missed::<crate::share::ShareApiError>();
        assert_no_wait_is_missed::<crate::mobility::MobilityError>();
        assert_no_wait_is_missed::<crate::oauth::KoeError>();
        assert_no_wait_is_missed::<crate::channel::KaeError>();
        assert_no_wait_is_missed::<Payments>();
        // And it does skip: a wrong parameter, a token to refresh.
        assert!(!may_retry(&parse(400, br#"{"code":-2,"msg":"x"}"#)));
        assert!(!may_retry(&parse(401, br#"{"code":-401,"msg":"x"}"#)));
    }

    /// A row whose effect is unknown (a payment's internal error, say).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, crate::KakaoError)]
    enum Payments {
        /// The payment server timed out.
        #[kakao(code = -780, status = 500, remedy = OutcomeUnknown)]
        Timeout,
    }

    #[test]
    fn an_unknown_outcome_is_looked_up_by_sending_a_read_again() {
        let timeout = ResponseError::<Payments>::parse(500, br#"{"code":-780,"msg":"timeout"}"#);
        assert_eq!(timeout.remedy(), Remedy::OutcomeUnknown);
        assert_eq!(
            response_remedy(&timeout, Some(&sent(Method::GET))),
            Remedy::Retry { after: None }
        );
        let post = sent(Method::POST);
        assert_eq!(
            response_remedy(&timeout, Some(&post)),
            Remedy::OutcomeUnknown
        );
        assert_eq!(response_remedy(&timeout, None), Remedy::OutcomeUnknown);
    }
}
