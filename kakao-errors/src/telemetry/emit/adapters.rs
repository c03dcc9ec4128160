//! The events of the retry adapters and of the token and consent adapters.
#![cfg_attr(
    not(all(
        feature = "reqwest-middleware",
        feature = "tower",
        any(feature = "reqwest", feature = "reqwest-0-12")
    )),
    allow(dead_code, reason = "each integration emits a part of the events")
)]

use core::time::Duration;
use std::error::Error as StdError;

use tracing::{Level, Span, event, event_enabled};

use super::{ErrorType, OTHER, Seen, TARGET};
use crate::oauth::KoeError;
use crate::response::ResponseError;
use crate::rest::ApiError;
use crate::retry::adapt::{Failure, Sent, response_remedy, transport_remedy};
use crate::retry::{Decision, RetryPolicy, Stop};
use crate::{KakaoError, Remedy};

impl ErrorType {
    /// A failure to get any response: `connect` when no connection could be made, `timeout`
    /// when time ran out, [`OTHER`] otherwise.
    fn of_transport(failure: Failure, timeout: bool) -> Self {
        Self::token(match failure {
            Failure::Connect => "connect",
            _ if timeout => "timeout",
            _ => OTHER,
        })
    }
}

impl Seen<'_> {
    /// A failure to get any response.
    fn transport(failure: Failure, timeout: bool, remedy: &Remedy<'_>) -> Self {
        Self {
            error_type: Some(ErrorType::of_transport(failure, timeout)),
            status: None,
            remedy: Some(remedy.as_str()),
            request_id: None,
        }
    }
}

/// The number of resends made before `attempt` (OpenTelemetry's `http.request.resend_count`:
/// 1 for the first resend).
fn resends_before(attempt: u32) -> u32 {
    attempt.saturating_sub(1)
}

/// What a retry adapter decided on a failure whose remedy was a wait (`wait`) or not: a resend
/// of the attempt numbered `attempt` (the next one, counted already) after the wait, or a stop
/// (`attempt` the one that failed).
fn decided<'a>(
    seen: impl FnOnce() -> Seen<'a>,
    wait: bool,
    decision: Result<Duration, Stop>,
    attempt: u32,
) {
    let resends = resends_before(attempt);
    match decision {
        Ok(after) => {
            // A no-op unless the caller's span declared the field (reqwest-tracing's, say).
            Span::current().record("http.request.resend_count", resends);
            if event_enabled!(target: TARGET, Level::WARN) {
                let after_ms = u64::try_from(after.as_millis()).unwrap_or(u64::MAX);
                failure_event!(
                    WARN,
                    &seen(),
                    {
                        http.request.resend_count = resends,
                        kakao.retry.after_ms = after_ms,
                    },
                    "retrying a Kakao API request"
                );
            }
        }
        Err(stop) => gave_up(seen, wait, stop, resends),
    }
}

/// A give-up after `resends` resends: WARN when the remedy was a wait (a retry the budget, the
/// deadline or the attempts cut short), DEBUG otherwise.
fn gave_up<'a>(seen: impl FnOnce() -> Seen<'a>, wait: bool, stop: Stop, resends: u32) {
    macro_rules! gave_up_at {
        ($level:ident) => {
            if event_enabled!(target: TARGET, Level::$level) {
                failure_event!(
                    $level,
                    &seen(),
                    {
                        http.request.resend_count = resends,
                        kakao.retry.stop = stop.as_str(),
                    },
                    "not retrying a Kakao API request"
                );
            }
        };
    }
    if wait {
        gave_up_at!(WARN);
    } else {
        gave_up_at!(DEBUG);
    }
}

/// Why the policy stops, when it does: a remedy that it would retry (which the callers rule
/// out) is taken as not retryable.
fn stop_of(decision: Decision) -> Stop {
    match decision {
        Decision::Stop(stop) => stop,
        Decision::Retry { .. } => Stop::NotRetryable,
    }
}

/// A retry adapter's decision on the failed response `error` (whose remedy for the request was
/// `remedy`), made for the attempt before `attempt` (see [`decided`]).
pub(crate) fn response_decided<E: KakaoError>(
    error: &ResponseError<E>,
    remedy: &Remedy<'_>,
    decision: Result<Duration, Stop>,
    attempt: u32,
) {
    decided(
        || Seen::response(error, remedy.as_str()),
        remedy.is_wait(),
        decision,
        attempt,
    );
}

/// A failed response that no retry can follow, told apart without its remedy
/// (`retry::adapt::may_retry`): a DEBUG give-up, the remedy and the stop worked out only for a
/// subscriber that wants it.
pub(crate) fn response_not_retried<E: KakaoError>(
    error: &ResponseError<E>,
    sent: &Sent,
    policy: &RetryPolicy,
    attempt: u32,
) {
    if !event_enabled!(target: TARGET, Level::DEBUG) {
        return;
    }
    let remedy = response_remedy(error, Some(sent));
    let stop = stop_of(policy.decide(&remedy, attempt));
    gave_up(
        || Seen::response(error, remedy.as_str()),
        false,
        stop,
        resends_before(attempt),
    );
}

/// A retry adapter's decision on a failure to get any response.
pub(crate) fn transport_decided(
    failure: Failure,
    timeout: bool,
    remedy: &Remedy<'_>,
    decision: Result<Duration, Stop>,
    attempt: u32,
) {
    decided(
        || Seen::transport(failure, timeout, remedy),
        remedy.is_wait(),
        decision,
        attempt,
    );
}

/// The last attempt the policy allows failed with no response (after at least one resend):
/// handed back, with the stop the policy gives its remedy.
pub(crate) fn last_attempt_transport(
    failure: Failure,
    timeout: bool,
    sent: &Sent,
    policy: &RetryPolicy,
    attempt: u32,
) {
    let remedy = transport_remedy(failure, Some(sent));
    let stop = stop_of(policy.decide(&remedy, attempt));
    gave_up(
        || Seen::transport(failure, timeout, &remedy),
        remedy.is_wait(),
        stop,
        resends_before(attempt),
    );
}

/// The last attempt the policy allows got a failed response (after at least one resend): handed
/// back unread, so its code is `kakao_check()`'s to tell.
pub(crate) fn last_attempt_unread(status: u16, attempt: u32) {
    gave_up(
        || Seen::unread(status),
        true,
        Stop::AttemptsExhausted,
        resends_before(attempt),
    );
}

/// The call's deadline passed during the attempt numbered `attempt`: before a response head
/// came (`status` `None`), or while the body of a failed one was read.
pub(crate) fn deadline_passed(status: Option<u16>, sent: &Sent, attempt: u32) {
    let remedy = transport_remedy(Failure::AfterSending, Some(sent));
    gave_up(
        || Seen {
            status,
            ..Seen::transport(Failure::AfterSending, true, &remedy)
        },
        true,
        Stop::DeadlineReached,
        resends_before(attempt),
    );
}

/// An error that is not a response nor a transport failure the adapter can sort out (another
/// middleware's, or a tower service's that `retry_errors_when` does not retry): handed back.
pub(crate) fn other_error(attempt: u32) {
    gave_up(
        || Seen {
            error_type: Some(ErrorType::token(OTHER)),
            status: None,
            remedy: Some(Remedy::Unknown.as_str()),
            request_id: None,
        },
        false,
        Stop::NotRetryable,
        resends_before(attempt),
    );
}

/// An auth adapter asks for a new access token for a request whose response said so (`parsed`,
/// when it was parsed; its `status` otherwise).
pub(crate) fn refresh_started<E: KakaoError>(status: u16, parsed: Option<&ResponseError<E>>) {
    if !event_enabled!(target: TARGET, Level::DEBUG) {
        return;
    }
    let remedy = Remedy::RefreshToken.as_str();
    let seen = match parsed {
        Some(error) => Seen::response(error, remedy),
        None => Seen {
            remedy: Some(remedy),
            ..Seen::unread(status)
        },
    };
    failure_event!(DEBUG, &seen, {}, "refreshing the Kakao access token");
}

/// [`refresh_started`] for a response whose body is in memory (the tower layer, which does not
/// keep its parse): parsed again, for a subscriber that wants the event only.
#[cfg(feature = "tower")]
pub(crate) fn refresh_started_for(
    status: ::http::StatusCode,
    headers: &::http::HeaderMap,
    body: &[u8],
) {
    if !event_enabled!(target: TARGET, Level::DEBUG) {
        return;
    }
    let read = &body[..body.len().min(crate::http::DEFAULT_BODY_LIMIT)];
    let error = ResponseError::<ApiError>::from_head(status, headers, read);
    refresh_started(status.as_u16(), Some(&error));
}

/// The refresh gave a new token: the request is sent again with it.
pub(crate) fn refreshed() {
    event!(
        target: TARGET,
        Level::DEBUG,
        "refreshed the Kakao access token"
    );
}

/// The refresh failed: WARN, with the failure's remedy and, when its chain holds a Kakao error
/// (the token endpoint's `KOE322`), that error's type and code; never the failure's text.
pub(crate) fn refresh_failed(failed: &crate::auth::RefreshFailed) {
    if !event_enabled!(target: TARGET, Level::WARN) {
        return;
    }
    let error_type = failed
        .source()
        .and_then(kakao_failure_in)
        .unwrap_or_else(|| ErrorType::token(OTHER));
    let seen = Seen {
        error_type: Some(error_type),
        status: None,
        remedy: Some(failed.remedy().as_str()),
        request_id: None,
    };
    failure_event!(WARN, &seen, {}, "refreshing the Kakao access token failed");
}

/// The `error.type` of the first error of `error`'s `source()` chain that is one of this crate's
/// (a parsed response of the REST or `KOE` tables, or a reqwest integration error of them).
fn kakao_failure_in(error: &(dyn StdError + 'static)) -> Option<ErrorType> {
    let mut next = Some(error);
    while let Some(error) = next {
        if let Some(e) = error.downcast_ref::<ResponseError<ApiError>>() {
            return Some(ErrorType::of_response(e));
        }
        if let Some(e) = error.downcast_ref::<ResponseError<KoeError>>() {
            return Some(ErrorType::of_response(e));
        }
        #[cfg(any(feature = "reqwest", feature = "reqwest-0-12"))]
        {
            if let Some(e) = error.downcast_ref::<crate::reqwest::Error<ApiError>>() {
                return Some(of_reqwest(e));
            }
            if let Some(e) = error.downcast_ref::<crate::reqwest::Error<KoeError>>() {
                return Some(of_reqwest(e));
            }
        }
        next = error.source();
    }
    None
}

/// The `error.type` of a reqwest integration error.
#[cfg(any(feature = "reqwest", feature = "reqwest-0-12"))]
fn of_reqwest<E: KakaoError>(error: &crate::reqwest::Error<E>) -> ErrorType {
    match error.response() {
        Some(response) => ErrorType::of_response(response),
        None if error.is_connect() => ErrorType::token("connect"),
        None if error.is_timeout() => ErrorType::token("timeout"),
        None => ErrorType::token(OTHER),
    }
}

/// An auth adapter hands `error` back with a consent URL (not in the event: it holds the app's
/// REST API key) asking for `scopes` scopes.
pub(crate) fn consent_made<E: KakaoError>(error: &ResponseError<E>, scopes: usize) {
    if !event_enabled!(target: TARGET, Level::DEBUG) {
        return;
    }
    let seen = Seen::response(error, Remedy::REQUEST_CONSENT.as_str());
    failure_event!(
        DEBUG,
        &seen,
        { kakao.consent.scope_count = scopes, },
        "made a Kakao consent URL"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transport_failures_are_fixed_tokens() {
        let of = |failure, timeout| ErrorType::of_transport(failure, timeout);
        assert_eq!(of(Failure::Connect, true).as_str(), "connect");
        assert_eq!(of(Failure::AfterSending, true).as_str(), "timeout");
        assert_eq!(of(Failure::AfterSending, false).as_str(), OTHER);
        assert_eq!(of(Failure::Other, false).code(), None);
    }
}
