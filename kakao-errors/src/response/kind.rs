//! The shape a body was read as.

/// The shape a body was read as; see the [module docs](crate::response) for what each keeps.
///
/// With the `serde` feature it serializes as [`as_str`](Self::as_str) (`"rest"`, `"oauth"`,
/// ...).
///
/// ```
/// use kakao_errors::response::{BodyKind, parse};
///
/// let e = parse(401, br#"{"errorType":"AccessDeniedError","message":"domain mismatched! caller=http://localhost"}"#);
/// assert_eq!(e.kind(), BodyKind::Dapi);
/// assert_eq!(e.kind().as_str(), "dapi");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BodyKind {
    /// A REST API error object: `{"code": -401, "msg": "..."}`, possibly with
    /// `required_scopes`, `allowed_scopes`, `api_type`, `extras`, `receiver_ids` and more.
    /// Also any JSON object with a `code` (or another field of this crate's shapes) that fits
    /// no other shape.
    Rest,
    /// An OAuth error of the Kakao Login authorization server:
    /// `{"error": "...", "error_description": "...", "error_code": "KOE..."}`.
    OAuth,
    /// A JavaScript SDK error: `{"name": "KAPIError", "msg": "...", "code": -401}`.
    JavaScript,
    /// An error of the search, Local and other APIs served from `dapi.kakao.com`:
    /// `{"errorType": "AccessDeniedError", "message": "..."}`.
    Dapi,
    /// A Kakao Pay error: `{"error_code": -780, "error_message": "...", "extras": {...}}`; the
    /// integer `error_code` is the [code](crate::response::ResponseError::code).
    Pay,
    /// An error with a `KAE` code (Kakao Talk Channel and app APIs):
    /// `{"error_code": "KAE001", "error_msg": "..."}`.
    Kae,
    /// Plain text starting with the code in brackets: `[-401] domain mismatched! ...`. (A body
    /// that is only a bracketed integer, `[-401]`, is read this way too.)
    Text,
    /// Anything else: kept as an [excerpt](crate::response::ResponseError::excerpt) (and, for a
    /// JSON object, every member in [`field`](crate::response::ResponseError::field)).
    Unreadable,
    /// An empty body (or only whitespace).
    Empty,
}

impl BodyKind {
    /// The shape's name in snake case: `"rest"`, `"oauth"`, `"javascript"`, `"dapi"`,
    /// `"pay"`, `"kae"`, `"text"`, `"unreadable"`, `"empty"`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Rest => "rest",
            Self::OAuth => "oauth",
            Self::JavaScript => "javascript",
            Self::Dapi => "dapi",
            Self::Pay => "pay",
            Self::Kae => "kae",
            Self::Text => "text",
            Self::Unreadable => "unreadable",
            Self::Empty => "empty",
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for BodyKind {
    /// As [`as_str`](Self::as_str).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
