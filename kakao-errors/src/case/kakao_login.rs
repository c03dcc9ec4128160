//! Cases of Kakao Login's authorization server that its `KOE` codes do not tell apart: an OAuth
//! `invalid_grant` sent without a `KOE` code, whose description says the redirect URI is not
//! one the app registered.
//!
//! Source: no stored Kakao page. Kakao Login's FAQ shows `error="invalid_grant",
//! error_description="Invalid redirect: ..."` for a `redirect_uri` that differs from the
//! registered value, but that passage is not stored; the body is known from public issue
//! threads (mango-tree/vue-kakao-login#3 quotes `Invalid redirect: JS-SDK does not match one of
//! the registered values. Please check app settings on kakao developer site.`). A
//! lower-confidence row, whose texts are this crate's words. Its remedy is the app's Redirect
//! URI setting ([`FixAppSettings`](Remedy::FixAppSettings)), not [`Relogin`](Remedy::Relogin),
//! which `invalid_grant` otherwise means.

use super::{CaseRow, Parent, When};
use crate::Remedy;

const PAGE: &str = "https://developers.kakao.com/docs/latest/en/kakaologin/trouble-shooting";

/// The cases, in the order above.
pub(super) const CASES: &[CaseRow] = &[CaseRow::new(
    "InvalidRedirect",
    &[Parent::OAuth("invalid_grant")],
    When::Phrase(&["Invalid redirect"]),
    "The redirect URI of the request does not match one of the Redirect URIs registered for the app.",
    PAGE,
)
.with_solution("Register the redirect URI in the app's Kakao Login settings in the Kakao Developers console, or send the one registered, written the same way.")
.with_remedy(Remedy::FixAppSettings)
.with_known_from("public issue threads (mango-tree/vue-kakao-login#3); Kakao's Kakao Login FAQ shows the error, but its text is not stored; medium trust")];
