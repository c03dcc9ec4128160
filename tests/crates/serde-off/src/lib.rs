//! A crate that builds kakao-errors without its `serde` feature and serializes its derived
//! enum its own way (by variant name). Built in one workspace with `serde-on`, which turns the
//! feature on for every crate of the build: this crate must compile all the same, so the
//! derive's output cannot depend on the feature (its serde impls come only with
//! `#[kakao(serde)]`).

use kakao_errors::KakaoError;
use serde::de::{Deserialize, Deserializer, Error as _};
use serde::{Serialize, Serializer};

/// Serialized by name, by the impls below.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Billing {
    /// The card was declined.
    #[kakao(code = 7001)]
    CardDeclined,
    /// The refund window has passed.
    #[kakao(code = 7002)]
    RefundExpired,
}

/// A wrapper, serialized by the name of its innermost variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum AppError {
    /// Billing.
    #[kakao(transparent)]
    Billing(Billing),
}

impl Serialize for Billing {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Billing {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        Self::from_name(&name).ok_or_else(|| D::Error::custom(format!("no variant {name}")))
    }
}

impl Serialize for AppError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::{AppError, Billing};

    #[test]
    fn serializes_by_name_through_its_own_impls() {
        assert_eq!(
            serde_json::to_string(&Billing::CardDeclined).unwrap(),
            r#""CardDeclined""#
        );
        assert_eq!(
            serde_json::from_str::<Billing>(r#""RefundExpired""#).unwrap(),
            Billing::RefundExpired
        );
        assert!(serde_json::from_str::<Billing>("7001").is_err());
        assert_eq!(
            serde_json::to_string(&AppError::Billing(Billing::RefundExpired)).unwrap(),
            r#""RefundExpired""#
        );
    }
}
