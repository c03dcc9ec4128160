//! [`Remedy`]: what to do about an error.

use core::fmt;
use core::time::Duration;

use crate::TextList;
use crate::redact::{SHOWN_ITEM, SHOWN_ITEMS, clean};

/// What an application should do about an error: retry, back off, refresh the token, ask for
/// consent, fix something, or give up.
///
/// Every documented code has one ([`KakaoError::remedy`](crate::KakaoError::remedy)), chosen
/// by a rule each table's module docs write out. A parsed response refines it from what the
/// whole response says (the HTTP status, the message, the scopes, `Retry-After`):
/// [`ResponseError::remedy`](crate::response::ResponseError::remedy).
///
/// New variants may be added: match with a wildcard arm.
///
/// ```
/// use kakao_errors::{KakaoError, Remedy};
/// use kakao_errors::rest::{Common, Login};
///
/// assert_eq!(Common::InvalidToken.remedy(), Remedy::RefreshToken);
/// assert!(matches!(Login::InsufficientScope.remedy(), Remedy::RequestConsent { .. }));
/// assert_eq!(Common::InternalError.remedy(), Remedy::Retry { after: None });
/// assert_eq!(Remedy::FixAppSettings.as_str(), "fix_app_settings");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Remedy<'a> {
    /// A transient failure: send the same request again, after a backoff.
    ///
    /// For a request that is not idempotent, only when Kakao documents the code as one to
    /// send again: a failure whose fate is unknown is [`OutcomeUnknown`](Self::OutcomeUnknown).
    Retry {
        /// How long the server asked to wait (`Retry-After`), if it said.
        after: Option<Duration>,
    },
    /// A quota or rate limit was reached that resets by itself: stop sending until it resets.
    /// (A limit that only raising it lifts is [`FixAppSettings`](Self::FixAppSettings).)
    Throttled {
        /// How long the server asked to wait (`Retry-After`), if it said.
        after: Option<Duration>,
    },
    /// The service is down for maintenance: wait, then send the same request again.
    Maintenance {
        /// How long the server asked to wait (`Retry-After`), if it said.
        after: Option<Duration>,
    },
    /// The same request may succeed unchanged, but only after something on Kakao's side that
    /// takes minutes or more (cached friend data expiring, a daily quota resetting,
    /// maintenance ending, a sending window opening): hand the error back and schedule the
    /// request for later. Not a backoff: no retry loop or adapter sends it again. (With a
    /// `Retry-After`, a parsed response says [`Throttled`](Self::Throttled) or
    /// [`Maintenance`](Self::Maintenance) with the server's wait instead.)
    RetryLater,
    /// The request may or may not have taken effect: it is not idempotent, and its fate is
    /// unknown (the connection broke after it was sent, a gateway answered 5xx, time ran out,
    /// Kakao reported an internal error or a timeout), or Kakao says it is already done or in
    /// progress. Look its state up (Kakao Pay's order lookup, the message's delivery) before
    /// doing anything; never send it again blindly. For a request that only reads, sending it
    /// again is the look-up.
    OutcomeUnknown,
    /// The access token is invalid or expired: refresh it, then resend the request once.
    RefreshToken,
    /// The refresh token or the authorization code is no good: the user must log in again.
    Relogin,
    /// The user has not agreed to a consent item the request needs: ask for it.
    RequestConsent {
        /// The scopes to ask for, when the response lists them (`required_scopes`); empty
        /// otherwise.
        scopes: TextList<'a>,
    },
    /// The request itself is wrong (parameters, headers, template): fix it; sending it again
    /// unchanged fails the same way.
    FixRequest,
    /// What the request belongs to has expired or was cancelled (a payment not approved in
    /// time): start it over from its first request (a new payment), not this step.
    StartOver,
    /// The recipient cannot receive this kind of message (no Kakao Talk, the channel blocked,
    /// messages of this kind turned off): deliver it another way (SMS, e-mail); sending it
    /// again fails the same way.
    DeliverAnotherWay,
    /// A setting of the app in the Kakao Developers console is missing or wrong (app key,
    /// platform, redirect URI, consent item, activation of a feature), or a limit of the app
    /// must be raised (a paid API's spending limit, a quota increase to request): the app's team
    /// fixes it.
    FixAppSettings,
    /// The user must act first: link the account, join Kakao Talk, pass an age check, ... or,
    /// when the user's own Kakao Account is suspended or restricted, take it up with Kakao
    /// Customer Service (the app's team cannot).
    UserAction,
    /// The app's side is suspended or banned (the Kakao Developers app, the developer account,
    /// the app's Kakao Talk Channel): the app's team contacts Kakao.
    ContactSupport,
    /// Nothing is known about what would help.
    Unknown,
}

impl<'a> Remedy<'a> {
    /// [`Remedy::RequestConsent`] without a list of scopes.
    pub const REQUEST_CONSENT: Remedy<'static> = Remedy::RequestConsent {
        scopes: TextList::EMPTY,
    };

    /// How long the server asked to wait, for [`Retry`](Self::Retry),
    /// [`Throttled`](Self::Throttled) and [`Maintenance`](Self::Maintenance) when it said.
    #[must_use]
    pub const fn after(&self) -> Option<Duration> {
        match self {
            Self::Retry { after } | Self::Throttled { after } | Self::Maintenance { after } => {
                *after
            }
            _ => None,
        }
    }

    /// Whether a retry loop may wait and send the same request again, unchanged:
    /// [`Retry`](Self::Retry), [`Throttled`](Self::Throttled) and
    /// [`Maintenance`](Self::Maintenance). Not [`RetryLater`](Self::RetryLater), whose wait
    /// is longer than any backoff, nor [`OutcomeUnknown`](Self::OutcomeUnknown).
    ///
    /// [`KakaoError::is_retryable`](crate::KakaoError::is_retryable) is this of
    /// [`KakaoError::remedy`](crate::KakaoError::remedy), for every table row, every parsed
    /// response and every integration error.
    #[must_use]
    pub const fn is_wait(&self) -> bool {
        matches!(
            self,
            Self::Retry { .. } | Self::Throttled { .. } | Self::Maintenance { .. }
        )
    }

    /// A stable snake_case name: `"retry"`, `"throttled"`, `"maintenance"`,
    /// `"retry_later"`, `"outcome_unknown"`, `"refresh_token"`, `"relogin"`,
    /// `"request_consent"`, `"fix_request"`, `"start_over"`, `"deliver_another_way"`,
    /// `"fix_app_settings"`, `"user_action"`, `"contact_support"` or `"unknown"`.
    #[must_use]
    pub const fn as_str(&self) -> &'static str {
        match self {
            Self::Retry { .. } => "retry",
            Self::Throttled { .. } => "throttled",
            Self::Maintenance { .. } => "maintenance",
            Self::RetryLater => "retry_later",
            Self::OutcomeUnknown => "outcome_unknown",
            Self::RefreshToken => "refresh_token",
            Self::Relogin => "relogin",
            Self::RequestConsent { .. } => "request_consent",
            Self::FixRequest => "fix_request",
            Self::StartOver => "start_over",
            Self::DeliverAnotherWay => "deliver_another_way",
            Self::FixAppSettings => "fix_app_settings",
            Self::UserAction => "user_action",
            Self::ContactSupport => "contact_support",
            Self::Unknown => "unknown",
        }
    }

    /// What to do, in one English sentence.
    #[must_use]
    pub const fn description(&self) -> &'static str {
        match self {
            Self::Retry { .. } => "Send the same request again after a backoff.",
            Self::Throttled { .. } => "A quota or rate limit was reached: stop until it resets.",
            Self::Maintenance { .. } => {
                "The service is under maintenance: wait, then send the request again."
            }
            Self::RetryLater => {
                "It may succeed unchanged, but only much later: hand it back and schedule it."
            }
            Self::OutcomeUnknown => {
                "It may or may not have taken effect: look its state up before doing anything."
            }
            Self::RefreshToken => "Refresh the access token, then resend the request once.",
            Self::Relogin => "The user must log in again to get new tokens.",
            Self::RequestConsent { .. } => "Ask the user to agree to the missing consent items.",
            Self::FixRequest => "Fix the request; sent again unchanged it fails the same way.",
            Self::StartOver => "It has expired or was cancelled: start over from the first step.",
            Self::DeliverAnotherWay => {
                "The recipient cannot receive it: deliver it another way (SMS, e-mail)."
            }
            Self::FixAppSettings => {
                "Fix the app's settings in the Kakao Developers console, or have its limit raised."
            }
            Self::UserAction => "The user must act first.",
            Self::ContactSupport => {
                "The app or its developer account or channel is suspended: contact Kakao."
            }
            Self::Unknown => "Nothing is known about what would help.",
        }
    }

    /// The same remedy, carrying `after` if it is a waiting one
    /// ([`Retry`](Self::Retry), [`Throttled`](Self::Throttled),
    /// [`Maintenance`](Self::Maintenance)); any other remedy is returned as it is.
    #[must_use]
    pub fn with_after(self, after: Option<Duration>) -> Self {
        match self {
            Self::Retry { .. } => Self::Retry { after },
            Self::Throttled { .. } => Self::Throttled { after },
            Self::Maintenance { .. } => Self::Maintenance { after },
            other => other,
        }
    }
}

impl fmt::Display for Remedy<'_> {
    /// The [`as_str`](Self::as_str) name, with the wait (`retry after 2s`) and the scopes
    /// (`request_consent: talk_message, profile`) when known. The scopes come from a response:
    /// they are written by the [rule](crate::redact), the first 16, each cut at 96 bytes, then
    /// how many more there are.
    ///
    /// ```
    /// use kakao_errors::{Remedy, TextList};
    ///
    /// let consent = Remedy::RequestConsent { scopes: TextList::from_slice(&["talk_message", "a\nb"]) };
    /// assert_eq!(consent.to_string(), r"request_consent: talk_message, a\nb");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())?;
        if let Some(after) = self.after() {
            write!(f, " after {after:?}")?;
        }
        if let Self::RequestConsent { scopes } = self {
            for (i, scope) in scopes.clone().take(SHOWN_ITEMS).enumerate() {
                f.write_str(if i == 0 { ": " } else { ", " })?;
                write!(f, "{}", clean(scope).max_bytes(SHOWN_ITEM))?;
            }
            if let Some(more) = scopes.len().checked_sub(SHOWN_ITEMS).filter(|&n| n > 0) {
                write!(f, ", … ({more} more)")?;
            }
        }
        Ok(())
    }
}
