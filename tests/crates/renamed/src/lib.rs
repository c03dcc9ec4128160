//! Error tables of a crate that depends on kakao-errors under the name `ke`.

use ke::KakaoError;

/// A leaf table, the crate given as a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
#[kakao(crate = ke, serde)]
pub enum Billing {
    /// The card was declined.
    #[kakao(code = 7001, status = 402, remedy = UserAction)]
    CardDeclined,
    #[doc = concat!("The refund ", "window has passed.")]
    #[kakao(code = 7002)]
    RefundExpired,
}

/// A wrapper over the table above and the crate's REST union, the crate given as a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
#[kakao(crate = "ke", serde)]
pub enum AppError {
    /// The app's own code.
    #[kakao(code = 9001, retry = true)]
    Busy,
    /// Billing.
    #[kakao(transparent)]
    Billing(Billing),
    /// Kakao's REST errors, with their catch-all.
    #[kakao(transparent)]
    Kakao(ke::rest::ApiError),
}

/// Prefixed codes, the crate given as an absolute path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
#[kakao(crate = ::ke)]
pub enum Authorize {
    /// Consent was refused.
    #[kakao(code = "KOE320")]
    Consent,
}

/// No `crate = ...`: the derive reads this crate's manifest and uses `::ke`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
#[kakao(serde)]
pub enum Found {
    /// Found by its dependency name.
    #[kakao(code = 8001)]
    ByName,
    /// The table above, wrapped.
    #[kakao(transparent)]
    Billing(Billing),
    /// Any other code.
    #[kakao(other)]
    Unknown(i32),
}

#[cfg(test)]
mod tests {
    use super::{AppError, Authorize, Billing, Found};
    use ke::KakaoError;
    use ke::rest::{ApiError, Login};

    #[test]
    fn leaf_table_works_through_the_renamed_crate() {
        assert_eq!(Billing::from_code(7001), Some(Billing::CardDeclined));
        assert_eq!(Billing::CardDeclined.status(), Some(402));
        assert_eq!(Billing::CardDeclined.remedy(), ke::Remedy::UserAction);
        assert_eq!(
            Billing::RefundExpired.to_string(),
            "[7002] The refund window has passed."
        );
        assert_eq!(Billing::try_from(1).unwrap_err().type_name(), "Billing");
        assert_eq!(<Billing as KakaoError>::CODES, &[7001, 7002]);
        assert_eq!(Authorize::from_code_str("KOE320"), Some(Authorize::Consent));
    }

    #[test]
    fn wrapper_reaches_its_members_and_the_crates_tables() {
        assert_eq!(AppError::from_code(9001), Some(AppError::Busy));
        assert!(AppError::Busy.is_retryable());
        assert_eq!(
            AppError::from_code(7002),
            Some(AppError::Billing(Billing::RefundExpired))
        );
        assert_eq!(
            AppError::from_code(-402),
            Some(AppError::Kakao(ApiError::Login(Login::InsufficientScope)))
        );
        assert_eq!(
            AppError::from_code(123_456),
            Some(AppError::Kakao(ApiError::Unknown(123_456)))
        );
        assert_eq!(AppError::from(Billing::CardDeclined).code(), 7001);
    }

    #[test]
    fn serde_through_the_renamed_crate() {
        assert_eq!(serde_json::to_string(&AppError::Busy).unwrap(), "9001");
        assert_eq!(
            serde_json::from_str::<AppError>("-402").unwrap(),
            AppError::Kakao(ApiError::Login(Login::InsufficientScope))
        );
        assert_eq!(
            serde_json::from_str::<Billing>("7001").unwrap(),
            Billing::CardDeclined
        );
    }

    #[test]
    fn without_a_crate_path_the_renamed_dependency_is_found() {
        assert_eq!(Found::from_code(8001), Some(Found::ByName));
        assert_eq!(
            Found::from_code(7001),
            Some(Found::Billing(Billing::CardDeclined))
        );
        assert_eq!(Found::from_code(1), Some(Found::Unknown(1)));
        assert_eq!(
            Found::ByName.to_string(),
            "[8001] Found by its dependency name."
        );
        assert_eq!(serde_json::to_string(&Found::ByName).unwrap(), "8001");
        assert_eq!(<Found as KakaoError>::CODES, &[8001, 7001, 7002]);
    }
}
