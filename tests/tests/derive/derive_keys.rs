//! What the newer variant keys do at run time: `shares_code` (one code, told apart by HTTP
//! status), prefixed codes (`code = "KOE320"`), `remedy`, and `#[kakao(serde)]` on an enum
//! whose name is a raw identifier.

use kakao_errors::{KakaoError, Remedy};

/// -813 is documented twice, with two statuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
enum Moment {
    /// An internal error.
    #[kakao(code = -813, status = 400)]
    Internal,
    /// A quota was reached.
    #[kakao(code = -813, status = 429, shares_code, retry = true, remedy = Throttled)]
    Quota,
    /// Another code.
    #[kakao(code = -814, status = 400)]
    Other,
}

/// Codes written `KOE` and three digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
enum Authorize {
    /// The redirect URI is not registered.
    #[kakao(code = "KOE006", remedy = FixAppSettings)]
    RedirectUri,
    /// The app key is invalid.
    #[kakao(code = "KOE101")]
    AppKey,
    /// Consent was refused.
    #[kakao(code = "KOE320", remedy = Remedy::RequestConsent)]
    Consent,
}

/// A wrapper of prefixed tables writes its codes as they do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
enum Login {
    #[kakao(transparent)]
    Authorize(Authorize),
}

/// A wrapper over the table with a shared code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
enum Ads {
    /// Own code.
    #[kakao(code = 1, retry = true)]
    Own,
    #[kakao(transparent)]
    Moment(Moment),
}

#[test]
fn shared_code_is_told_apart_by_status() {
    assert_eq!(Moment::from_code(-813), Some(Moment::Internal));
    assert_eq!(
        Moment::from_code_and_status(-813, 400),
        Some(Moment::Internal)
    );
    assert_eq!(Moment::from_code_and_status(-813, 429), Some(Moment::Quota));
    // A status the table does not list for the code: the first variant.
    assert_eq!(
        Moment::from_code_and_status(-813, 500),
        Some(Moment::Internal)
    );
    assert_eq!(Moment::from_code_and_status(-814, 429), Some(Moment::Other));
    assert_eq!(<Moment as KakaoError>::CODES, &[-813, -814]);
    assert_eq!(Moment::VARIANTS.len(), 3);
    assert_eq!(Moment::Quota.code(), -813);
    assert_eq!(Moment::Quota.status(), Some(429));
    assert_eq!(Moment::from_name("Quota"), Some(Moment::Quota));
    assert!(Moment::Quota.is_documented());
    assert_eq!(Moment::Quota.to_string(), "[-813] A quota was reached.");
}

#[test]
fn shared_code_through_a_wrapper() {
    assert_eq!(
        Ads::from_code_and_status(-813, 429),
        Some(Ads::Moment(Moment::Quota))
    );
    assert_eq!(Ads::from_code(-813), Some(Ads::Moment(Moment::Internal)));
    assert_eq!(<Ads as KakaoError>::CODES, &[1, -813, -814]);
}

#[test]
fn prefixed_codes_are_written_as_kakao_writes_them() {
    assert_eq!(<Authorize as KakaoError>::CODE_PREFIX, "KOE");
    assert_eq!(<Authorize as KakaoError>::CODE_DIGITS, 3);
    assert_eq!(<Authorize as KakaoError>::CODES, &[6, 101, 320]);
    assert_eq!(Authorize::RedirectUri.code(), 6);
    assert_eq!(Authorize::RedirectUri.error_code().to_string(), "KOE006");
    assert_eq!(
        Authorize::RedirectUri.to_string(),
        "[KOE006] The redirect URI is not registered."
    );
    assert_eq!(Authorize::from_code(320), Some(Authorize::Consent));
    assert_eq!(Authorize::from_code_str("KOE320"), Some(Authorize::Consent));
    assert_eq!(Authorize::from_code_str("koe101"), Some(Authorize::AppKey));
    assert_eq!(Authorize::from_code_str("KOE999"), None);
    let unknown = Authorize::try_from(999).unwrap_err();
    assert_eq!(unknown.to_string(), "Authorize has no error code KOE999");

    assert_eq!(<Login as KakaoError>::CODE_PREFIX, "KOE");
    assert_eq!(<Login as KakaoError>::CODE_DIGITS, 3);
    assert_eq!(
        Login::from_code_str("KOE006").map(|e| e.error_code().to_string()),
        Some("KOE006".to_owned())
    );
    assert_eq!(
        Login::try_from(7).unwrap_err().to_string(),
        "Login has no error code KOE007"
    );
}

#[test]
fn remedies_are_as_written_or_follow_retry() {
    assert_eq!(Moment::Quota.remedy(), Remedy::Throttled { after: None });
    assert_eq!(Moment::Internal.remedy(), Remedy::Unknown);
    assert_eq!(Authorize::RedirectUri.remedy(), Remedy::FixAppSettings);
    assert!(matches!(
        Authorize::Consent.remedy(),
        Remedy::RequestConsent { .. }
    ));
    assert_eq!(Authorize::AppKey.remedy(), Remedy::Unknown);
    // `retry = true` without a remedy: Retry.
    assert_eq!(Ads::Own.remedy(), Remedy::Retry { after: None });
    assert_eq!(
        Ads::Moment(Moment::Quota).remedy(),
        Remedy::Throttled { after: None }
    );
}

#[allow(non_camel_case_types)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
#[kakao(serde)]
enum r#enum {
    /// One.
    #[kakao(code = 1)]
    r#match,
}

#[test]
fn raw_identifiers_are_shown_without_r_hash() {
    assert_eq!(r#enum::r#match.name(), "match");
    assert_eq!(
        r#enum::try_from(2).unwrap_err().to_string(),
        "enum has no error code 2"
    );
    assert_eq!(serde_json::to_string(&r#enum::r#match).unwrap(), "1");
    let error = serde_json::from_str::<r#enum>("2").unwrap_err().to_string();
    assert!(error.starts_with("enum has no error code 2"), "{error}");
}

/// `known_from`: a row that is not on its table's page says where it is known from, through
/// the trait and through a wrapper; page rows and catch-alls say nothing.
#[test]
fn known_from_marks_rows_not_on_the_page() {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
    enum Table {
        /// On the page.
        #[kakao(code = 1)]
        OnThePage,
        /// Seen in the wild.
        #[kakao(code = 2, known_from = "a public issue thread")]
        Elsewhere,
        #[kakao(other)]
        Unknown(i32),
    }
    #[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
    enum Wrapper {
        #[kakao(transparent)]
        Table(Table),
    }
    assert_eq!(Table::OnThePage.known_from(), None);
    assert_eq!(Table::Elsewhere.known_from(), Some("a public issue thread"));
    assert_eq!(Table::Unknown(3).known_from(), None);
    assert_eq!(
        Wrapper::from_code(2).unwrap().known_from(),
        Some("a public issue thread")
    );
}
