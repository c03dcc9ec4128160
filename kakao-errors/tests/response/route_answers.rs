//! `mobility::failed_routes`: the failed routes of a Kakao Mobility directions answer that came
//! with HTTP 200, read from bodies shaped like the answer
//! (`{"trans_id": ..., "routes": [{"result_code": ..., "result_msg": ..., ...}, ...]}`), and
//! from anything else without a panic and within its bounds.
#![cfg(feature = "response")]

use kakao_errors::KakaoError;
use kakao_errors::mobility::{
    MAX_FAILED_ROUTES, MAX_ROUTE_MESSAGE_BYTES, RouteAnswerError, RouteError, failed_routes,
};
use proptest::prelude::*;

/// A directions answer with one route per `(result_code, result_msg)`, each with the summary
/// and sections a found route has.
fn answer(routes: &[(&str, &str)]) -> String {
    let routes: Vec<String> = routes
        .iter()
        .map(|(code, message)| {
            format!(
                r#"{{"result_code": {code}, "result_msg": {message}, "summary": {{"origin": {{"x": 127.1, "y": 37.4}}, "distance": 1200, "fare": {{"taxi": 4800}}}}, "sections": [{{"roads": [{{"vertexes": [127.1, 37.4, 127.2, 37.5]}}]}}]}}"#
            )
        })
        .collect();
    format!(
        r#"{{"trans_id": "018e3d7f7a4d7b8e", "routes": [{}]}}"#,
        routes.join(",")
    )
}

#[test]
fn a_mixed_answer_gives_each_failed_route_with_its_index_code_and_message() {
    let body = answer(&[
        ("0", r#""route found""#),
        ("104", r#""origin and destination too close""#),
        ("0", r#""route found""#),
        ("107", r#""Incident detected at a waypoint: Waypoint 1""#),
        ("999", r#""a code no table lists""#),
    ]);
    let failed = failed_routes(body.as_bytes()).unwrap();
    assert_eq!((failed.routes(), failed.failed()), (5, 3));
    assert!(failed.is_complete() && !failed.all_found());
    let seen: Vec<(usize, Option<RouteError>, Option<&str>)> = failed
        .iter()
        .map(|r| (r.index(), r.code(), r.message()))
        .collect();
    assert_eq!(
        seen,
        [
            (
                1,
                Some(RouteError::SameOriginAndDestination),
                Some("origin and destination too close")
            ),
            (
                3,
                Some(RouteError::RoadEventNearWaypoint),
                Some("Incident detected at a waypoint: Waypoint 1")
            ),
            (
                4,
                Some(RouteError::Unknown(999)),
                Some("a code no table lists")
            ),
        ]
    );
    // The typed code says what to do.
    let first = failed.iter().next().unwrap().code().unwrap();
    assert_eq!(first.remedy(), kakao_errors::Remedy::FixRequest);
}

#[test]
fn an_answer_whose_routes_were_all_found_has_no_failed_route() {
    let body = answer(&[("0", r#""ok""#), ("0", r#""ok""#)]);
    let failed = failed_routes(body.as_bytes()).unwrap();
    assert!(failed.all_found());
    assert_eq!((failed.routes(), failed.failed()), (2, 0));
    assert_eq!(failed.iter().count(), 0);
    let empty = failed_routes(br#"{"trans_id":"x","routes":[]}"#).unwrap();
    assert_eq!((empty.routes(), empty.all_found()), (0, true));
}

#[test]
fn result_message_is_read_too_and_codes_as_strings_are_numbers() {
    // The reference page names the field result_message; a code may come as a string.
    let body = br#"{"routes": [
        {"result_code": "102", "result_message": "no road near the origin"},
        {"result_message": "first", "result_msg": "second", "result_code": 301},
        {"result_code": " 0 "}
    ]}"#;
    let failed = failed_routes(body).unwrap();
    let seen: Vec<_> = failed.iter().map(|r| (r.code(), r.message())).collect();
    assert_eq!(
        seen,
        [
            (
                Some(RouteError::NoRoadNearOrigin),
                Some("no road near the origin")
            ),
            (
                Some(RouteError::MultiDestinationNoOriginRoad),
                Some("first")
            ),
        ]
    );
    assert_eq!(failed.routes(), 3);
}

#[test]
fn a_route_without_a_readable_code_is_reported_without_one() {
    let body = br#"{"routes": [
        {"result_msg": "no code at all"},
        {"result_code": 1.5},
        {"result_code": 99999999999},
        {"result_code": null, "result_msg": 7},
        {"result_code": [0]},
        "not a route",
        [1, 2],
        {"result_code": {"value": 0}}
    ]}"#;
    let failed = failed_routes(body).unwrap();
    assert_eq!((failed.routes(), failed.failed()), (8, 8));
    assert!(failed.iter().all(|r| r.code().is_none()));
    assert_eq!(
        failed.iter().next().unwrap().message(),
        Some("no code at all")
    );
    // A message that is not a string is no message.
    assert_eq!(failed.iter().nth(3).unwrap().message(), None);
    assert_eq!(
        failed.iter().map(|r| r.index()).collect::<Vec<_>>(),
        (0..8).collect::<Vec<_>>()
    );
}

#[test]
fn escaped_messages_are_read_as_text() {
    let body =
        br#"{"routes": [{"result_code": 1, "result_msg": "\uae38\ucc3e\uae30 \"failed\"\n"}]}"#;
    let failed = failed_routes(body).unwrap();
    let route = failed.iter().next().unwrap();
    assert_eq!(route.code(), Some(RouteError::NoRoute));
    assert_eq!(route.message(), Some("길찾기 \"failed\"\n"));
}

#[test]
fn bodies_that_are_not_an_answer_are_errors() {
    for body in [
        &b""[..],
        b"   ",
        b"<html><body>502 Bad Gateway</body></html>",
        b"null",
        b"[]",
        b"\"routes\"",
        br#"{"routes": [{"result_code": 1}"#,
        br#"{"routes": []} trailing"#,
        b"\xff\xfe{}",
    ] {
        assert_eq!(
            failed_routes(body),
            Err(RouteAnswerError::NotJson),
            "{:?}",
            String::from_utf8_lossy(body)
        );
    }
    for body in [
        &br#"{}"#[..],
        br#"{"trans_id": "x"}"#,
        br#"{"routes": null}"#,
        br#"{"routes": {"0": {"result_code": 1}}}"#,
        br#"{"routes": "none"}"#,
        br#"{"code": -1, "msg": "internal server error"}"#,
    ] {
        assert_eq!(
            failed_routes(body),
            Err(RouteAnswerError::NoRoutes),
            "{:?}",
            String::from_utf8_lossy(body)
        );
    }
    assert_eq!(
        RouteAnswerError::NoRoutes.to_string(),
        "the directions answer has no routes array"
    );
}

#[test]
fn routes_given_twice_are_read_once() {
    let body = br#"{"routes": [{"result_code": 102}], "routes": [{"result_code": 103}, {"result_code": 104}]}"#;
    let failed = failed_routes(body).unwrap();
    assert_eq!(failed.routes(), 1);
    assert_eq!(
        failed.iter().next().unwrap().code(),
        Some(RouteError::NoRoadNearOrigin)
    );
    // A non-array first `routes` does not hide a later array.
    let body = br#"{"routes": null, "routes": [{"result_code": 103}]}"#;
    assert_eq!(failed_routes(body).unwrap().failed(), 1);
}

#[test]
fn many_failed_routes_are_counted_whole_and_kept_up_to_the_bound() {
    let routes = vec![("1", r#""no route""#); MAX_FAILED_ROUTES + 500];
    let body = answer(&routes);
    let failed = failed_routes(body.as_bytes()).unwrap();
    assert_eq!(failed.failed(), MAX_FAILED_ROUTES + 500);
    assert_eq!(failed.routes(), MAX_FAILED_ROUTES + 500);
    assert_eq!(failed.iter().count(), MAX_FAILED_ROUTES);
    assert!(!failed.is_complete());
    assert_eq!(failed.iter().last().unwrap().index(), MAX_FAILED_ROUTES - 1);
}

#[test]
fn long_messages_are_cut_at_a_character_boundary() {
    // Three-byte characters: the bound falls inside one.
    let long = "경".repeat(MAX_ROUTE_MESSAGE_BYTES);
    let body = format!(r#"{{"routes": [{{"result_code": 1, "result_msg": "{long}"}}]}}"#);
    let failed = failed_routes(body.as_bytes()).unwrap();
    let message = failed.iter().next().unwrap().message().unwrap();
    assert!(message.len() <= MAX_ROUTE_MESSAGE_BYTES);
    assert!(message.len() > MAX_ROUTE_MESSAGE_BYTES - 3);
    assert!(long.starts_with(message));
}

#[test]
fn deep_nesting_is_skipped_without_a_stack_overflow() {
    // Nesting where nothing is read (a summary, a route that is an array, a code that is an
    // object) is skipped; the routes around it are still read.
    let (open, close) = ("[".repeat(100_000), "]".repeat(100_000));
    let objects = format!("{}0{}", r#"{"a":"#.repeat(100_000), "}".repeat(100_000));
    let deep = format!(
        r#"{{"x": {open}{close}, "routes": [{{"result_code": 1, "summary": {objects}}}, {open}{close}, {{"result_code": {objects}}}]}}"#
    );
    let failed = failed_routes(deep.as_bytes()).unwrap();
    assert_eq!((failed.routes(), failed.failed()), (3, 3));
    assert_eq!(
        failed.iter().map(|r| r.code()).collect::<Vec<_>>(),
        [Some(RouteError::NoRoute), None, None]
    );
    // Deep nesting where an answer is expected is not an answer.
    assert_eq!(
        failed_routes(format!("{open}{close}").as_bytes()),
        Err(RouteAnswerError::NotJson)
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_bytes_are_read_without_a_panic(body in proptest::collection::vec(any::<u8>(), 0..256)) {
        let _ = failed_routes(&body);
    }

    #[test]
    fn any_codes_keep_their_number(codes in proptest::collection::vec(any::<i64>(), 0..40)) {
        let routes: Vec<String> = codes.iter().map(|c| c.to_string()).collect();
        let pairs: Vec<(&str, &str)> = routes.iter().map(|c| (c.as_str(), r#""m""#)).collect();
        let failed = failed_routes(answer(&pairs).as_bytes()).unwrap();
        prop_assert_eq!(failed.routes(), codes.len());
        let expected: Vec<(usize, Option<i32>)> = codes
            .iter()
            .enumerate()
            .filter(|(_, c)| **c != 0)
            .map(|(i, c)| (i, i32::try_from(*c).ok()))
            .collect();
        let seen: Vec<(usize, Option<i32>)> = failed
            .iter()
            .map(|r| (r.index(), r.code().map(|e| e.code())))
            .collect();
        prop_assert_eq!(seen, expected);
    }
}
