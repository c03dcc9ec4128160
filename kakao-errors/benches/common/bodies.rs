//! Typical error bodies, and the baselines a user could parse them with instead of
//! `kakao_errors::response`: a bare `#[derive(Deserialize)]` struct with borrowed `&str` fields
//! (the cheapest serde can do; it cannot read escaped strings) and `serde_json::Value`.

use serde::Deserialize;

/// A REST error with every field `ResponseError` keeps (no escapes, so the borrowed struct
/// can read it).
pub const REST_402: &[u8] = br#"{"msg":"[talk_message] scope is required.","code":-402,"api_type":"TALK_MEMO_DEFAULT_SEND","allowed_scopes":["profile_nickname","profile_image"],"required_scopes":["talk_message"]}"#;

/// The same error as Kakao often sends it: the message in Korean, escaped.
pub const REST_402_ESCAPED: &[u8] = br#"{"msg":"\uc0ac\uc6a9\uc790 \ub3d9\uc758\uac00 \ud544\uc694\ud569\ub2c8\ub2e4.","code":-402,"api_type":"TALK_MEMO_DEFAULT_SEND","allowed_scopes":["profile_nickname","profile_image"],"required_scopes":["talk_message"]}"#;

/// An OAuth error of the authorization server.
pub const OAUTH: &[u8] = br#"{"error":"invalid_grant","error_description":"authorization code not found for code=abc","error_code":"KOE320"}"#;

/// What a gateway sends when the API behind it is down.
pub const HTML_502: &[u8] = b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n";

/// A REST error body, every field borrowed from the input.
#[derive(Debug, Deserialize)]
pub struct RestBorrowed<'a> {
    /// `code`.
    pub code: i32,
    /// `msg`.
    #[serde(borrow)]
    pub msg: Option<&'a str>,
    /// `api_type`.
    #[serde(borrow)]
    pub api_type: Option<&'a str>,
    /// `allowed_scopes`.
    #[serde(borrow)]
    pub allowed_scopes: Option<Vec<&'a str>>,
    /// `required_scopes`.
    #[serde(borrow)]
    pub required_scopes: Option<Vec<&'a str>>,
}

/// An OAuth error body, every field borrowed from the input.
#[derive(Debug, Deserialize)]
pub struct OAuthBorrowed<'a> {
    /// `error`.
    pub error: &'a str,
    /// `error_description`.
    #[serde(borrow)]
    pub error_description: Option<&'a str>,
    /// `error_code`.
    #[serde(borrow)]
    pub error_code: Option<&'a str>,
}

/// The bare borrowed struct for `body` (the REST shape, except for the OAuth body); `Err`
/// for the HTML body, as for anything not JSON. Returns whether it parsed.
#[must_use]
pub fn borrowed(body: &[u8]) -> bool {
    if core::ptr::eq(body, OAUTH) {
        serde_json::from_slice::<OAuthBorrowed<'_>>(body).is_ok()
    } else {
        serde_json::from_slice::<RestBorrowed<'_>>(body).is_ok()
    }
}

/// `serde_json::Value`. Returns whether it parsed.
#[must_use]
pub fn value(body: &[u8]) -> bool {
    serde_json::from_slice::<serde_json::Value>(body).is_ok()
}

/// Every body, by name, with its HTTP status.
pub const BODIES: &[(&str, u16, &[u8])] = &[
    ("rest_402", 403, REST_402),
    ("rest_402_escaped", 403, REST_402_ESCAPED),
    ("oauth", 400, OAUTH),
    ("html_502", 502, HTML_502),
];

/// Checks the baselines read what they should, so none is fast for failing early.
pub fn check() {
    assert!(borrowed(REST_402));
    assert!(
        !borrowed(REST_402_ESCAPED),
        "the borrowed struct reads no escapes"
    );
    assert!(borrowed(OAUTH));
    assert!(!borrowed(HTML_502));
    for &(name, status, body) in BODIES {
        assert_eq!(value(body), name != "html_502", "{name}");
        let parsed = kakao_errors::response::parse(status, body);
        assert_eq!(parsed.status(), status);
        assert!(
            parsed.code().is_some() || parsed.koe_code().is_some() || parsed.excerpt().is_some()
        );
    }
}
