//! [`LoginApp`] and [`Consent`]: where to send a user who has not agreed to what a request
//! needs.

use core::fmt;
use core::fmt::Write as _;

use crate::redact::clean;
use crate::response::ResponseError;
use crate::{KakaoError, Remedy, TextList};

/// Kakao Login's authorization endpoint, which a consent's URL points to.
pub const AUTHORIZE_URL: &str = "https://kauth.kakao.com/oauth/authorize";

/// What a consent's URL needs of the app: its REST API key (`client_id`) and a redirect URI
/// registered for it in the Kakao Developers console, to which Kakao sends the user back
/// with an authorization code.
///
/// `Debug` leaves the REST API key out: Kakao's Local and search APIs take it as a
/// credential (`Authorization: KakaoAK <key>`).
///
/// ```
/// use kakao_errors::auth::LoginApp;
///
/// let app = LoginApp::new("REST_API_KEY", "https://app.example/callback?from=kakao");
/// assert_eq!(
///     app.authorize_url(["account_email", "talk_message"]),
///     "https://kauth.kakao.com/oauth/authorize?client_id=REST_API_KEY\
///      &redirect_uri=https%3A%2F%2Fapp.example%2Fcallback%3Ffrom%3Dkakao\
///      &response_type=code&scope=account_email,talk_message"
/// );
/// assert!(!format!("{app:?}").contains("REST_API_KEY"));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct LoginApp {
    client_id: String,
    redirect_uri: String,
}

impl LoginApp {
    /// The app whose REST API key is `client_id`, with this registered redirect URI.
    #[must_use]
    pub fn new(client_id: impl Into<String>, redirect_uri: impl Into<String>) -> Self {
        Self {
            client_id: client_id.into(),
            redirect_uri: redirect_uri.into(),
        }
    }

    /// The redirect URI set by [`new`](Self::new).
    #[must_use]
    pub fn redirect_uri(&self) -> &str {
        &self.redirect_uri
    }

    /// Kakao Login's authorization URL asking the user for `scopes`:
    /// [`AUTHORIZE_URL`]`?client_id=...&redirect_uri=...&response_type=code&scope=a,b`, each
    /// value percent-encoded (every byte but the letters, digits, `-`, `.`, `_` and `~`), the
    /// scopes joined by commas; no `scope` parameter when there are none.
    #[must_use]
    pub fn authorize_url<'a>(&self, scopes: impl IntoIterator<Item = &'a str>) -> String {
        let mut url = String::with_capacity(128);
        url.push_str(AUTHORIZE_URL);
        url.push_str("?client_id=");
        encode(&mut url, &self.client_id);
        url.push_str("&redirect_uri=");
        encode(&mut url, &self.redirect_uri);
        url.push_str("&response_type=code");
        for (i, scope) in scopes.into_iter().enumerate() {
            url.push_str(if i == 0 { "&scope=" } else { "," });
            encode(&mut url, scope);
        }
        url
    }

    /// The consent that `error` asks for: when its [`remedy`](ResponseError::remedy) is
    /// [`RequestConsent`](Remedy::RequestConsent) and it lists the scopes (`required_scopes`);
    /// `None` otherwise (a consent with no scopes would ask for nothing).
    #[must_use]
    pub fn consent<E: KakaoError>(&self, error: &ResponseError<E>) -> Option<Consent> {
        match error.remedy() {
            Remedy::RequestConsent { scopes } => self.consent_for(scopes),
            _ => None,
        }
    }

    /// The consent for `scopes`, if there are any.
    pub(crate) fn consent_for(&self, scopes: TextList<'_>) -> Option<Consent> {
        if scopes.is_empty() {
            return None;
        }
        let scopes: Vec<String> = scopes.map(str::to_owned).collect();
        let url = self.authorize_url(scopes.iter().map(String::as_str));
        Some(Consent { scopes, url })
    }
}

impl fmt::Debug for LoginApp {
    /// The redirect URI, by the crate's [output rule](crate::redact); not the REST API key.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LoginApp")
            .field("redirect_uri", &clean(&self.redirect_uri))
            .finish_non_exhaustive()
    }
}

/// What a user must agree to, and where to send them to do it: made by the auth adapters
/// (in the extensions of the response they hand back, and by `kakao_check()` as
/// [`Error::consent`](crate::reqwest::Error::consent)) or by [`LoginApp::consent`].
///
/// Send the user to [`authorize_url`](Self::authorize_url) (a redirect from a web app, the
/// browser of a desktop app); Kakao asks for the scopes and sends the user back to the app's
/// redirect URI with an authorization code, which the app exchanges for new tokens.
#[derive(Clone, PartialEq, Eq)]
pub struct Consent {
    scopes: Vec<String>,
    url: String,
}

impl Consent {
    /// The scopes to ask for, as the response listed them (`required_scopes`).
    pub fn scopes(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.scopes.iter().map(String::as_str)
    }

    /// Kakao Login's authorization URL asking for [`scopes`](Self::scopes) (see
    /// [`LoginApp::authorize_url`]).
    #[must_use]
    pub fn authorize_url(&self) -> &str {
        &self.url
    }
}

impl fmt::Debug for Consent {
    /// The scopes, which a response sent, by the crate's [output rule](crate::redact); not the
    /// URL, which holds the app's REST API key.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Consent")
            .field("scopes", &CleanList(&self.scopes))
            .finish_non_exhaustive()
    }
}

/// Texts shown as a list, each by the crate's output rule.
struct CleanList<'a>(&'a [String]);

impl fmt::Debug for CleanList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.0.iter().map(|text| clean(text)))
            .finish()
    }
}

/// Appends `text` percent-encoded: every byte but the unreserved characters of RFC 3986
/// (letters, digits, `-`, `.`, `_`, `~`) as `%XX`.
fn encode(url: &mut String, text: &str) {
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            url.push(char::from(byte));
        } else {
            // Writing to a `String` cannot fail.
            let _ = write!(url, "%{byte:02X}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::response::parse;

    #[test]
    fn every_value_is_percent_encoded() {
        let app = LoginApp::new("a b&c=d", "http://127.0.0.1:8080/cb?x=1&y=한");
        let url = app.authorize_url(["profile nickname", "a,b", "&scope=admin"]);
        assert_eq!(
            url,
            "https://kauth.kakao.com/oauth/authorize?client_id=a%20b%26c%3Dd\
             &redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2Fcb%3Fx%3D1%26y%3D%ED%95%9C\
             &response_type=code&scope=profile%20nickname,a%2Cb,%26scope%3Dadmin"
        );
        assert_eq!(
            app.authorize_url([]),
            "https://kauth.kakao.com/oauth/authorize?client_id=a%20b%26c%3Dd\
             &redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2Fcb%3Fx%3D1%26y%3D%ED%95%9C\
             &response_type=code"
        );
    }

    #[test]
    fn a_consent_comes_from_the_scopes_a_response_lists() {
        let app = LoginApp::new("key", "https://a.example/cb");
        let e = parse(
            403,
            br#"{"code":-402,"msg":"x","required_scopes":["talk_message","friends"],"allowed_scopes":["profile"]}"#,
        );
        let consent = app.consent(&e).unwrap();
        assert_eq!(
            consent.scopes().collect::<Vec<_>>(),
            ["talk_message", "friends"]
        );
        assert!(
            consent
                .authorize_url()
                .ends_with("&scope=talk_message,friends")
        );
        assert_eq!(
            format!("{consent:?}"),
            r#"Consent { scopes: ["talk_message", "friends"], .. }"#
        );
        // A scope a hostile server sends is shown by the output rule.
        let hostile = parse(
            403,
            br#"{"code":-402,"required_scopes":["access_token=abcdefgh123","\u202ex"]}"#,
        );
        let shown = format!("{:?}", app.consent(&hostile).unwrap());
        assert_eq!(
            shown,
            r#"Consent { scopes: ["access_token=<redacted>", "\u{202e}x"], .. }"#
        );
        assert_eq!(app.consent(&parse(403, br#"{"code":-402}"#)), None);
        assert_eq!(app.consent(&parse(400, br#"{"code":-2}"#)), None);
    }
}
