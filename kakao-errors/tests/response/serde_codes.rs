//! serde (default feature): every derived enum is its integer code on the wire.
#![cfg(all(feature = "serde", feature = "response"))]

use std::collections::BTreeMap;

use kakao_errors::KakaoError;
use kakao_errors::mobility::MobilityError;
use kakao_errors::rest::{ApiError, Common, Login};
use kakao_errors::share::TalkShareError;
use serde_json::json;

/// No catch-all: an unknown code is an error naming the type and the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
#[kakao(serde)]
enum Billing {
    /// The card was declined.
    #[kakao(code = 7001)]
    CardDeclined,
    /// The refund window has passed.
    #[kakao(code = -7002)]
    RefundExpired,
}

/// With a catch-all: every code deserializes, unknown ones keep their code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
#[kakao(serde)]
enum Shipping {
    /// The address is incomplete.
    #[kakao(code = 8001)]
    BadAddress,
    /// A code nobody listed.
    #[kakao(other)]
    Unknown(i32),
}

/// A wrapper over a user table and the REST union.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
#[kakao(serde)]
enum AppError {
    #[kakao(transparent)]
    Billing(Billing),
    #[kakao(transparent)]
    Kakao(ApiError),
}

#[test]
fn user_enum_serializes_as_its_code() {
    assert_eq!(
        serde_json::to_string(&Billing::CardDeclined).unwrap(),
        "7001"
    );
    assert_eq!(
        serde_json::to_string(&Billing::RefundExpired).unwrap(),
        "-7002"
    );
    assert_eq!(
        serde_json::to_value(Shipping::Unknown(-5)).unwrap(),
        json!(-5)
    );
}

#[test]
fn user_enum_round_trips_every_variant() {
    for &v in Billing::VARIANTS {
        let text = serde_json::to_string(&v).unwrap();
        assert_eq!(text, v.code().to_string());
        assert_eq!(serde_json::from_str::<Billing>(&text).unwrap(), v);
    }
    for v in [
        Shipping::BadAddress,
        Shipping::Unknown(0),
        Shipping::Unknown(i32::MIN),
    ] {
        let text = serde_json::to_string(&v).unwrap();
        assert_eq!(serde_json::from_str::<Shipping>(&text).unwrap(), v);
    }
}

#[test]
fn unknown_code_without_catch_all_is_an_error_naming_type_and_code() {
    let err = serde_json::from_str::<Billing>("1234").unwrap_err();
    let text = err.to_string();
    assert!(text.contains("Billing"), "{text}");
    assert!(text.contains("1234"), "{text}");
    // serde_json adds where in the input the value was.
    assert!(
        text.starts_with(&kakao_errors::UnknownCode::new("Billing", 1234).to_string()),
        "{text}"
    );
}

#[test]
fn a_string_holding_a_code_deserializes_as_the_code() {
    assert_eq!(
        serde_json::from_str::<Billing>("\"7001\"").unwrap(),
        Billing::CardDeclined
    );
    assert_eq!(
        serde_json::from_str::<ApiError>("\" -401 \"").unwrap(),
        ApiError::Common(Common::InvalidToken)
    );
    let err = serde_json::from_str::<Billing>("\"1234\"").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("Billing has no error code 1234"),
        "{err}"
    );
}

#[test]
fn unknown_code_with_catch_all_keeps_the_code() {
    assert_eq!(
        serde_json::from_str::<Shipping>("-31337").unwrap(),
        Shipping::Unknown(-31337)
    );
    assert_eq!(
        serde_json::from_str::<ApiError>("-31337").unwrap(),
        ApiError::Unknown(-31337)
    );
}

#[test]
fn wrong_json_types_and_ranges_are_errors() {
    assert!(serde_json::from_str::<Billing>("\"seven\"").is_err());
    assert!(serde_json::from_str::<Billing>("\"7001.5\"").is_err());
    assert!(serde_json::from_str::<Billing>("7001.5").is_err());
    assert!(serde_json::from_str::<Shipping>("null").is_err());
    // Beyond i32: an error, not a wrapped-around code.
    let err = serde_json::from_str::<Shipping>("4294975297").unwrap_err();
    assert!(err.to_string().contains("4294975297"), "{err}");
}

#[test]
fn wrapper_round_trips_through_its_members() {
    let cases = [
        (AppError::Billing(Billing::CardDeclined), 7001),
        (
            AppError::Kakao(ApiError::Login(Login::InsufficientScope)),
            -402,
        ),
        (AppError::Kakao(ApiError::Common(Common::InternalError)), -1),
        (AppError::Kakao(ApiError::Unknown(99)), 99),
    ];
    for (value, code) in cases {
        assert_eq!(serde_json::to_value(value).unwrap(), json!(code));
        assert_eq!(
            serde_json::from_value::<AppError>(json!(code)).unwrap(),
            value
        );
    }
}

#[test]
fn crate_tables_round_trip_every_code() {
    for &code in ApiError::CODES {
        let v = ApiError::from_code(code).unwrap();
        assert_eq!(serde_json::to_value(v).unwrap(), json!(code));
        assert_eq!(serde_json::from_value::<ApiError>(json!(code)).unwrap(), v);
    }
    for &code in TalkShareError::CODES {
        let v: TalkShareError = serde_json::from_value(json!(code)).unwrap();
        assert_eq!(v.code(), code);
    }
    for &code in MobilityError::CODES {
        let v: MobilityError = serde_json::from_value(json!(code)).unwrap();
        assert_eq!(serde_json::to_value(v).unwrap(), json!(code));
    }
}

#[test]
fn enums_inside_lists_and_maps() {
    let failures: Vec<ApiError> =
        serde_json::from_str("[-401, -402, -9999]").expect("a list of codes");
    assert_eq!(
        failures,
        [
            ApiError::Common(Common::InvalidToken),
            ApiError::Login(Login::InsufficientScope),
            ApiError::Unknown(-9999),
        ]
    );
    let mut by_api = BTreeMap::new();
    by_api.insert("login", Login::InsufficientScope);
    assert_eq!(serde_json::to_string(&by_api).unwrap(), r#"{"login":-402}"#);
}
