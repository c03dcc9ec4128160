//! The `error` values of the Kakao Login authorization server.

use core::fmt;
use core::str::FromStr;

use crate::redact::{SHOWN_TEXT, clean};

/// The `error` field of an OAuth error body from the Kakao Login authorization server, for
/// example `{"error":"invalid_grant","error_description":"...","error_code":"KOE320"}`.
///
/// The values the Kakao SDKs know are variants; anything else is kept in
/// [`Other`](Self::Other), so no value is lost. With the `serde` feature it serializes as the
/// value as sent (`"invalid_grant"`). An [`Other`](Self::Other) value comes from a response:
/// its `Display`, `Debug` and serialized form follow the [rule](crate::redact) (redacted,
/// escaped; [`as_str`](Self::as_str) gives it as sent).
///
/// ```
/// use kakao_errors::oauth::OAuthError;
///
/// assert_eq!(OAuthError::from("invalid_grant"), OAuthError::InvalidGrant);
/// assert_eq!(OAuthError::InvalidGrant.as_str(), "invalid_grant");
/// assert_eq!(OAuthError::from("slow_down").as_str(), "slow_down");
/// assert!(!OAuthError::from("slow_down").is_known());
///
/// // Values compare as the text they stand for, however they were made.
/// assert_eq!(OAuthError::Other("invalid_grant".into()), OAuthError::InvalidGrant);
/// ```
#[derive(Clone)]
#[non_exhaustive]
pub enum OAuthError {
    /// `invalid_request`: a parameter is missing, repeated or malformed.
    InvalidRequest,
    /// `invalid_client`: the app key (client ID) or client secret is wrong.
    InvalidClient,
    /// `invalid_scope`: a requested scope is unknown or not allowed for the app.
    InvalidScope,
    /// `invalid_grant`: the authorization code or refresh token is invalid, expired or used.
    InvalidGrant,
    /// `misconfigured`: the app's platform settings (key hash, bundle ID, site domain) do not
    /// match the request (see Talk Share 4019, `KOE009`).
    Misconfigured,
    /// `unauthorized`: the app is not allowed to make this request.
    Unauthorized,
    /// `access_denied`: the user or the server refused the request.
    AccessDenied,
    /// `server_error`: the authorization server failed.
    ServerError,
    /// `unauthorized_client`: the app may not use this grant type.
    UnauthorizedClient,
    /// `login_required`: `prompt=none` was sent but the user is not logged in.
    LoginRequired,
    /// `consent_required`: `prompt=none` was sent but the user must consent first.
    ConsentRequired,
    /// `interaction_required`: `prompt=none` was sent but the user must interact first.
    InteractionRequired,
    /// Any other value, kept as sent.
    Other(Box<str>),
}

impl OAuthError {
    /// The known values, in the order of this enum's variants: every variant but
    /// [`Other`](Self::Other), which holds any other value.
    pub const VARIANTS: &'static [OAuthError] = &[
        Self::InvalidRequest,
        Self::InvalidClient,
        Self::InvalidScope,
        Self::InvalidGrant,
        Self::Misconfigured,
        Self::Unauthorized,
        Self::AccessDenied,
        Self::ServerError,
        Self::UnauthorizedClient,
        Self::LoginRequired,
        Self::ConsentRequired,
        Self::InteractionRequired,
    ];

    /// The value as it appears in the body (`"invalid_grant"`, or the kept string).
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InvalidRequest => "invalid_request",
            Self::InvalidClient => "invalid_client",
            Self::InvalidScope => "invalid_scope",
            Self::InvalidGrant => "invalid_grant",
            Self::Misconfigured => "misconfigured",
            Self::Unauthorized => "unauthorized",
            Self::AccessDenied => "access_denied",
            Self::ServerError => "server_error",
            Self::UnauthorizedClient => "unauthorized_client",
            Self::LoginRequired => "login_required",
            Self::ConsentRequired => "consent_required",
            Self::InteractionRequired => "interaction_required",
            Self::Other(s) => s,
        }
    }

    /// Whether this is one of the values the Kakao SDKs know: a named variant, or an
    /// [`Other`](Self::Other) spelled like one (they compare equal).
    #[must_use]
    pub fn is_known(&self) -> bool {
        Self::known(self.as_str()).is_some()
    }

    /// The known value spelled `s` exactly (a reference to it in [`KNOWN`](Self::VARIANTS)).
    pub(crate) fn known(s: &str) -> Option<&'static Self> {
        Self::VARIANTS.iter().find(|known| known.as_str() == s)
    }
}

impl PartialEq for OAuthError {
    /// The same value as sent: an [`Other`](Self::Other) that spells a known value equals it.
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for OAuthError {}

impl core::hash::Hash for OAuthError {
    /// As the value as sent, so equal values hash alike.
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl From<&str> for OAuthError {
    /// The known value spelled exactly `s`, or [`Other`](Self::Other) keeping `s`.
    fn from(s: &str) -> Self {
        Self::known(s)
            .cloned()
            .unwrap_or_else(|| Self::Other(s.into()))
    }
}

impl FromStr for OAuthError {
    type Err = core::convert::Infallible;

    /// Never fails: an unknown value becomes [`Other`](Self::Other).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(s))
    }
}

impl fmt::Display for OAuthError {
    /// Writes the value as it appears in the body, by the [rule](crate::redact): an
    /// [`Other`](Self::Other) value redacted and escaped.
    ///
    /// ```
    /// use kakao_errors::oauth::OAuthError;
    ///
    /// assert_eq!(OAuthError::InvalidGrant.to_string(), "invalid_grant");
    /// assert_eq!(OAuthError::from("slow\u{1b}[2J").to_string(), r"slow\u{1b}[2J");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&clean(self.as_str()), f)
    }
}

impl fmt::Debug for OAuthError {
    /// The variant's name; an [`Other`](Self::Other) value by the [rule](crate::redact), at
    /// most 1 KiB of it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self {
            Self::InvalidRequest => "InvalidRequest",
            Self::InvalidClient => "InvalidClient",
            Self::InvalidScope => "InvalidScope",
            Self::InvalidGrant => "InvalidGrant",
            Self::Misconfigured => "Misconfigured",
            Self::Unauthorized => "Unauthorized",
            Self::AccessDenied => "AccessDenied",
            Self::ServerError => "ServerError",
            Self::UnauthorizedClient => "UnauthorizedClient",
            Self::LoginRequired => "LoginRequired",
            Self::ConsentRequired => "ConsentRequired",
            Self::InteractionRequired => "InteractionRequired",
            Self::Other(value) => {
                return f
                    .debug_tuple("Other")
                    .field(&clean(value).max_bytes(SHOWN_TEXT))
                    .finish();
            }
        };
        f.write_str(name)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for OAuthError {
    /// The value as it appears in the body, by the [rule](crate::redact).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(&clean(self.as_str()), serializer)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for OAuthError {
    /// From the value as sent: a known value, or [`Other`](Self::Other) keeping it.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(text.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_values_compare_and_hash_alike_however_made() {
        use std::hash::BuildHasher as _;
        let state = std::collections::hash_map::RandomState::new();
        let spelled = OAuthError::Other("invalid_grant".into());
        assert_eq!(spelled, OAuthError::InvalidGrant);
        assert_eq!(spelled.is_known(), OAuthError::InvalidGrant.is_known());
        assert_eq!(
            state.hash_one(&spelled),
            state.hash_one(OAuthError::InvalidGrant)
        );
        assert_ne!(OAuthError::from("slow_down"), OAuthError::InvalidGrant);
        assert_eq!(format!("{:?}", OAuthError::InvalidGrant), "InvalidGrant");
        assert_eq!(
            format!("{:?}", OAuthError::from("x\u{202e} code=abc")),
            r#"Other("x\u{202e} code=<redacted>")"#
        );
        assert_eq!(
            OAuthError::from("slow_down"),
            OAuthError::Other("slow_down".into())
        );
    }

    #[cfg(all(feature = "serde", feature = "response"))]
    #[test]
    fn serde_round_trips_known_and_other_values() {
        for text in ["invalid_grant", "misconfigured", "slow_down", ""] {
            let value = OAuthError::from(text);
            let json = serde_json::to_string(&value).unwrap();
            assert_eq!(json, format!("{text:?}"));
            let back: OAuthError = serde_json::from_str(&json).unwrap();
            assert_eq!(back, value);
            assert_eq!(back.is_known(), value.is_known());
        }
        assert!(serde_json::from_str::<OAuthError>("1").is_err());
    }
}
