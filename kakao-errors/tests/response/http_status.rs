//! Feature `http`: conversions to `http::StatusCode` and parsing an `http::Response`.
#![cfg(feature = "http")]

use http::{Response, StatusCode};
use kakao_errors::KakaoError;
use kakao_errors::http::{StatusCodeExt, check, check_as};
use kakao_errors::mobility::MobilityError;
use kakao_errors::response::{BodyKind, ResponseError, parse};
use kakao_errors::rest::{ApiError, Common, Login, TalkMessage};
use kakao_errors::share::TalkShareError;

#[test]
fn documented_statuses_convert_for_every_table() {
    for &code in ApiError::CODES {
        let e = ApiError::from_code(code).unwrap();
        assert_eq!(e.http_status().map(|s| s.as_u16()), e.status(), "{code}");
    }
    for &code in TalkShareError::CODES {
        let e = TalkShareError::from_code(code).unwrap();
        assert_eq!(e.http_status().map(|s| s.as_u16()), e.status(), "{code}");
    }
    for &code in MobilityError::CODES {
        let e = MobilityError::from_code(code).unwrap();
        assert_eq!(e.http_status().map(|s| s.as_u16()), e.status(), "{code}");
    }
    assert_eq!(
        Login::InsufficientScope.http_status(),
        Some(StatusCode::FORBIDDEN)
    );
    assert_eq!(
        MobilityError::InternalError.http_status(),
        Some(StatusCode::INTERNAL_SERVER_ERROR)
    );
    // An SDK-only code has no documented status, so none is invented.
    assert_eq!(TalkMessage::from_code(-504).unwrap().http_status(), None);
    assert_eq!(ApiError::Unknown(-1234).http_status(), None);
}

#[test]
fn response_error_status() {
    assert_eq!(
        parse(429, b"{\"code\":-10}").http_status(),
        Some(StatusCode::TOO_MANY_REQUESTS)
    );
    // Out of what StatusCode accepts: no panic, no status.
    assert_eq!(parse(0, b"").http_status(), None);
    assert_eq!(parse(1000, b"").http_status(), None);
    assert_eq!(parse(1000, b"").status(), 1000);
}

#[test]
fn check_passes_success_through_and_parses_failures() {
    let ok = Response::builder()
        .status(201)
        .body(b"{\"code\":-1}".to_vec())
        .unwrap();
    let ok = check(ok).expect("2xx is a success whatever the body");
    assert_eq!(ok.status(), StatusCode::CREATED);

    let failed = Response::builder()
        .status(StatusCode::UNAUTHORIZED)
        .body(&br#"{"msg":"this access token does not exist","code":-401}"#[..])
        .unwrap();
    let e = check(failed).unwrap_err();
    assert_eq!(e.status(), 401);
    assert_eq!(e.cause(), Some(&ApiError::Common(Common::InvalidToken)));
    assert_eq!(e.message(), Some("this access token does not exist"));

    let gateway = Response::builder()
        .status(502)
        .body(String::from("<html>bad gateway</html>"))
        .unwrap();
    let e = check_as::<MobilityError, _>(gateway).unwrap_err();
    assert_eq!((e.kind(), e.status()), (BodyKind::Unreadable, 502));

    // A redirect that was not followed is not a success.
    let moved = Response::builder().status(302).body(Vec::new()).unwrap();
    assert_eq!(check(moved).unwrap_err().kind(), BodyKind::Empty);
}

#[test]
fn from_http_parses_any_status() {
    let response = Response::builder()
        .status(400)
        .body(br#"{"error":"invalid_request","error_description":"bad","error_code":"KOE101"}"#)
        .unwrap();
    let e: ResponseError = ResponseError::from_http(&response);
    assert_eq!(e.kind(), BodyKind::OAuth);
    assert_eq!(e.koe_code(), Some("KOE101"));
}
