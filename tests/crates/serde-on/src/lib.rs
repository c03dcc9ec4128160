//! Turns kakao-errors' `serde` feature on and derives serde for its enum with
//! `#[kakao(serde)]`, while depending on `serde-off`: one build, where `serde-off`'s kakao-errors
//! has the feature that crate turned off, and both crates' enums keep their own encodings.

use kakao_errors::KakaoError;

/// Serialized as its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
#[kakao(serde)]
pub enum Shipping {
    /// The address is incomplete.
    #[kakao(code = 8001)]
    BadAddress,
}

#[cfg(test)]
mod tests {
    use super::Shipping;
    use kakao_errors_serde_off_test::Billing;

    #[test]
    fn each_crate_keeps_its_encoding_in_one_build() {
        assert_eq!(
            serde_json::to_string(&Shipping::BadAddress).unwrap(),
            "8001"
        );
        assert_eq!(
            serde_json::to_string(&Billing::CardDeclined).unwrap(),
            r#""CardDeclined""#
        );
        // The feature is on for kakao-errors in this build: its tables serialize as codes.
        assert_eq!(
            serde_json::to_string(&kakao_errors::rest::Login::InsufficientScope).unwrap(),
            "-402"
        );
    }
}
