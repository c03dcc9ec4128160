//! Feature `http`: what a `ResponseError` keeps from the response headers (`Retry-After`, a
//! request id), through `http::check`, `ResponseError::from_http` and `from_http_parts`.
#![cfg(feature = "http")]

// As in every application: the calls below must still reach `ResponseError`'s own methods.
use std::error::Error;
use std::time::{Duration, SystemTime};

use http::Response;
use kakao_errors::http::{check, check_as};
use kakao_errors::mobility::MobilityError;
use kakao_errors::response::{REQUEST_ID_HEADERS, ResponseError, parse};
use kakao_errors::rest::{ApiError, Common};

const LIMIT_BODY: &[u8] = br#"{"code":-10,"msg":"API limit has been exceeded."}"#;

fn failed(headers: &[(&str, &[u8])]) -> ResponseError {
    let mut response = Response::builder().status(429);
    for &(name, value) in headers {
        response = response.header(name, value);
    }
    check(response.body(LIMIT_BODY).unwrap()).unwrap_err()
}

#[test]
fn retry_after_in_seconds() {
    let e = failed(&[("Retry-After", b"120")]);
    assert_eq!(e.retry_after(), Some(Duration::from_secs(120)));
    assert_eq!(e.cause(), Some(&ApiError::Common(Common::ApiLimitExceeded)));
    assert!(e.source().is_none());
    // The same value each time it is asked.
    assert_eq!(e.retry_after(), Some(Duration::from_secs(120)));
    // Absurd delays are capped, so `Instant::now() + delay` cannot overflow.
    let e = failed(&[("retry-after", b"99999999999999999999999999")]);
    let capped = e.retry_after().unwrap();
    assert_eq!(capped, Duration::from_secs(1 << 31));
    let _ = std::time::Instant::now() + capped;
}

#[test]
fn retry_after_as_a_date_counts_from_now() {
    // 2090-01-01 00:00:00 UTC.
    let at = SystemTime::UNIX_EPOCH + Duration::from_secs(3_786_912_000);
    let e = failed(&[("retry-after", b"Sun, 01 Jan 2090 00:00:00 GMT")]);
    let before = SystemTime::now();
    let wait = e.retry_after().unwrap();
    let after = SystemTime::now();
    let (longest, shortest) = (
        at.duration_since(before).unwrap(),
        at.duration_since(after).unwrap(),
    );
    assert!(shortest <= wait && wait <= longest, "{wait:?}");

    // A date further off than 2^31 seconds waits that long, as a number of seconds does.
    let e = failed(&[("retry-after", b"Fri, 31 Dec 9999 23:59:59 GMT")]);
    assert_eq!(e.retry_after(), Some(Duration::from_secs(1 << 31)));

    for past in [
        "Sun, 06 Nov 1994 08:49:37 GMT",
        "Sunday, 06-Nov-94 08:49:37 GMT",
        "Sun Nov  6 08:49:37 1994",
    ] {
        let e = failed(&[("retry-after", past.as_bytes())]);
        assert_eq!(e.retry_after(), Some(Duration::ZERO), "{past}");
    }
}

#[test]
fn unreadable_retry_after_is_none() {
    for bad in [
        &b"soon"[..],
        b"-5",
        b"1.5",
        b"",
        b"Sun, 06 Nov 1994",
        b"\xff\xfe",
    ] {
        let e = failed(&[("retry-after", bad)]);
        assert_eq!(e.retry_after(), None, "{bad:?}");
    }
}

#[test]
fn request_id_from_the_first_usable_header() {
    let e = failed(&[("X-Request-Id", b"  abc-123  ")]);
    assert_eq!(e.request_id(), Some("abc-123"));
    for name in REQUEST_ID_HEADERS {
        let e = failed(&[(name, b"id-1")]);
        assert_eq!(e.request_id(), Some("id-1"), "{name}");
    }
    // In the order of REQUEST_ID_HEADERS, skipping values that are not kept.
    let e = failed(&[
        ("x-correlation-id", b"third"),
        ("x-kakao-request-id", b"second"),
    ]);
    assert_eq!(e.request_id(), Some("second"));
    let e = failed(&[("x-request-id", b"has spaces"), ("request-id", b"fine")]);
    assert_eq!(e.request_id(), Some("fine"));
    let long = [b'a'; 129];
    let e = failed(&[("x-request-id", &long), ("x-amzn-requestid", b"other-name")]);
    assert_eq!(e.request_id(), None);
    let e = failed(&[("x-request-id", &long[..128])]);
    assert_eq!(e.request_id().map(str::len), Some(128));
    let e = failed(&[("x-request-id", "\u{c694}\u{ccad}".as_bytes())]);
    assert_eq!(e.request_id(), None);
}

#[test]
fn without_those_headers_nothing_is_kept() {
    let e = failed(&[("content-type", b"application/json")]);
    assert_eq!((e.retry_after(), e.request_id()), (None, None));
    // An error made from a status and a body alone equals one whose headers had nothing.
    assert_eq!(e, parse(429, LIMIT_BODY));
    assert!(!format!("{e:?}").contains("headers"));

    let e = failed(&[("retry-after", b"5"), ("x-request-id", b"r-1")]);
    assert_ne!(e, parse(429, LIMIT_BODY));
    let debug = format!("{e:?}");
    assert!(debug.contains("r-1") && debug.contains("5s"), "{debug}");
}

#[test]
fn every_http_entry_point_reads_the_headers() {
    let response = Response::builder()
        .status(503)
        .header("retry-after", "7")
        .header("x-request-id", "m-9")
        .body(br#"{"code": -1, "msg": "internal server error"}"#.to_vec())
        .unwrap();

    let from_http = ResponseError::<MobilityError>::from_http(&response);
    let checked = check_as::<MobilityError, _>(response.clone()).unwrap_err();
    let (parts, body) = response.into_parts();
    let from_parts = ResponseError::<MobilityError>::from_http_parts(&parts, &body);
    for e in [&from_http, &checked, &from_parts] {
        assert_eq!(e.cause(), Some(&MobilityError::InternalError));
        assert_eq!(e.retry_after(), Some(Duration::from_secs(7)));
        assert_eq!(e.request_id(), Some("m-9"));
    }
    assert_eq!(from_http, from_parts);
    assert_eq!(checked, from_parts);
}
