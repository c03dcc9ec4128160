//! Feature `fixture`: every fixture reads back as the error it was made from, in the shape
//! and with the status its table gives; the builder's options; users' own enums.
#![cfg(feature = "fixture")]

use core::fmt::Debug;
use core::time::Duration;
use std::collections::BTreeSet;

use kakao_errors::catalog::{self, Shape, Table};
use kakao_errors::fixture::{self, Fixture};
use kakao_errors::oauth::{BusinessAuthError, KoeError, OAuthError};
use kakao_errors::response::{BodyKind, ResponseError, parse, parse_as};
use kakao_errors::rest::{ApiError, Common, Login};
use kakao_errors::{KakaoError, Remedy, channel, mobility, share};

/// The row a parsed fixture gives back, by the table's shape: the typed cause of a numeric
/// code; a code written with a prefix (which has no numeric `code`) looked up in `T`; a detail
/// code as the response's case.
fn read_back<T: KakaoError + Clone>(shape: Shape, e: &ResponseError<T>) -> Option<T> {
    match shape {
        Shape::Detail { .. } => e
            .case()
            .and_then(|case| case.detail_code())
            .and_then(T::from_code),
        _ if !T::CODE_PREFIX.is_empty() => e.text_code().and_then(T::from_code_str),
        _ => e.documented_cause().cloned(),
    }
}

/// What a parsed fixture says, for comparing a body's reading with an `http::Response`'s.
#[cfg(feature = "http")]
fn reading<T: KakaoError + Clone>(
    shape: Shape,
    e: &ResponseError<T>,
) -> (u16, BodyKind, Option<T>, String) {
    (
        e.status(),
        e.kind(),
        read_back(shape, e),
        e.remedy().to_string(),
    )
}

/// The shape a table's fixtures are read as.
fn expected_kind(shape: Shape) -> BodyKind {
    match shape {
        Shape::OAuth => BodyKind::OAuth,
        Shape::ErrorMsg => BodyKind::Kae,
        Shape::ErrorMessage => BodyKind::Pay,
        _ => BodyKind::Rest,
    }
}

/// Checks every value of table `T`: its fixture, in its table's shape, reads back as that row,
/// cause and remedy (a row's own fixture is no case of it, but a detail code's is its case);
/// returns its table.
fn check_table<T>(values: &[T]) -> &'static Table
where
    T: KakaoError + Clone + Debug + PartialEq + 'static,
{
    let table = catalog::table::<T>().expect("a table of the crate");
    let shape = table.shape();
    for value in values {
        let fixture = Fixture::of(value);
        assert_eq!(fixture.shape(), shape, "{value:?}");
        if shape == Shape::Route {
            check_route(value, &fixture);
            continue;
        }
        let e = parse_as::<T>(fixture.status_code(), &fixture.body());
        let client = e.oauth_error() == Some(&OAuthError::InvalidClient);
        let status = value.status().unwrap_or(if client { 401 } else { 400 });
        assert_eq!(fixture.status_code(), status, "{value:?}");
        assert_eq!(
            (e.status(), e.kind()),
            (status, expected_kind(shape)),
            "{value:?}"
        );
        assert_eq!(read_back(shape, &e).as_ref(), Some(value), "{value:?}");
        assert_eq!(e.remedy(), value.remedy(), "{value:?}");
        if let Shape::Detail { under, msg } = shape {
            // The body of the code the detail codes come under, its detail in `extras`.
            assert_eq!(e.code(), Some(i64::from(under)), "{value:?}");
            assert_eq!(e.message(), Some(msg), "{value:?}");
            assert_eq!(e.detail_msg(), Some(value.message()), "{value:?}");
            assert_eq!(
                e.case().and_then(|case| case.detail_code()),
                Some(value.code())
            );
        } else {
            assert_eq!(e.message(), Some(value.message()), "{value:?}");
            assert_eq!(e.case(), None, "{value:?}");
            if T::CODE_PREFIX.is_empty() {
                assert_eq!(e.code(), Some(i64::from(value.code())), "{value:?}");
            }
        }

        // The catalog's entry for the code makes the same fixture (for a code documented
        // twice, its first row).
        let entry = table
            .get(value.error_code())
            .expect("every row is in the catalog");
        if entry.name() == value.name() {
            assert_eq!(Fixture::from_entry(&entry), fixture, "{value:?}");
        }

        #[cfg(feature = "http")]
        {
            let checked = kakao_errors::http::check_as::<T, _>(fixture.http_response());
            assert_eq!(
                reading(shape, &checked.unwrap_err()),
                reading(shape, &e),
                "{value:?}"
            );
        }
    }
    let codes: BTreeSet<i32> = values.iter().map(KakaoError::code).collect();
    assert!(table.codes().iter().all(|code| codes.contains(code)));
    table
}

/// A route's result code: its fixture is an HTTP 200 directions answer whose one route failed
/// with it.
fn check_route<T: KakaoError + Debug>(value: &T, fixture: &Fixture) {
    assert_eq!(fixture.status_code(), 200, "{value:?}");
    let answer = mobility::failed_routes(&fixture.body()).expect("a directions answer");
    let failed: Vec<_> = answer.iter().collect();
    assert_eq!(failed.len(), 1, "{value:?}");
    assert_eq!(
        failed[0].code().map(|code| code.code()),
        Some(value.code()),
        "{value:?}"
    );
    assert_eq!(failed[0].message(), Some(value.message()), "{value:?}");
}

#[test]
fn every_code_of_every_table_reads_back_as_itself() {
    macro_rules! check_every_table {
        ($krate:tt; $($($segment:ident)::+ { $($field:tt)* })*) => {
            [$(check_table($krate::$($segment)::+::VARIANTS),)*]
        };
    }
    // Every table of the catalog: the list is the catalog's own.
    let checked = kakao_errors::for_each_table!(check_every_table);
    assert_eq!(checked.len(), catalog::TABLES.len());
}

#[test]
fn rest_rows_read_back_through_the_union_too() {
    for (entry, fixture) in fixture::every_documented() {
        if entry.table().path().starts_with("kakao_errors::rest::") {
            let e = parse(fixture.status_code(), &fixture.body());
            let cause = e.documented_cause().expect("documented");
            assert_eq!(cause.error_code(), entry.code());
        }
    }
}

#[test]
fn every_documented_is_every_entry_of_every_table() {
    let entries: usize = catalog::TABLES.iter().map(|t| t.entries().count()).sum();
    let mut count = 0;
    for (entry, fixture) in fixture::every_documented() {
        count += 1;
        assert_eq!(fixture.code(), entry.code());
        assert_eq!(fixture, Fixture::from_entry(&entry));
        let code = entry.code().to_string();
        if entry.table().shape() == Shape::Route {
            let answer = kakao_errors::mobility::failed_routes(&fixture.body()).unwrap();
            let route = answer.iter().next().unwrap();
            assert_eq!(route.code().map(|c| c.error_code().to_string()), Some(code));
            continue;
        }
        let e = parse(fixture.status_code(), &fixture.body());
        let sent = match entry.table().shape() {
            Shape::Detail { .. } => e.detail_code().map(|code| code.to_string()),
            _ if entry.code().prefix().is_empty() => e.code().map(|code| code.to_string()),
            _ => e.text_code().map(str::to_owned),
        };
        assert_eq!(sent, Some(code));
        if let Some(status) = entry.status() {
            assert_eq!(e.status(), status);
        }
    }
    assert_eq!(count, entries);
    // A code documented once per status has a fixture per row, each with its status.
    let moment_813: Vec<u16> = fixture::every_documented()
        .filter(|(entry, _)| entry.table().is::<kakao_errors::moment::MomentError>())
        .filter(|(entry, _)| entry.code().number() == -813)
        .map(|(_, fixture)| fixture.status_code())
        .collect();
    assert_eq!(moment_813, [400, 403, 429]);
}

#[test]
fn bodies_have_the_shape_of_their_table() {
    let body = |fixture: Fixture| String::from_utf8(fixture.body()).unwrap();
    assert_eq!(
        body(Fixture::of(&Login::InsufficientScope).message("insufficient scopes.")),
        r#"{"code":-402,"msg":"insufficient scopes."}"#
    );
    assert_eq!(
        body(Fixture::of(&mobility::MobilityError::InternalError).message("internal server error")),
        r#"{"code":-1,"msg":"internal server error"}"#
    );
    assert_eq!(
        body(
            Fixture::of(&KoeError::ExpiredOrInvalidRefreshToken)
                .message("expired_or_invalid_refresh_token")
        ),
        r#"{"error":"invalid_grant","error_description":"expired_or_invalid_refresh_token","error_code":"KOE322"}"#
    );
    assert_eq!(
        body(Fixture::of(&channel::KaeError::TimeExpired)),
        r#"{"error_code":"KAE004","error_msg":"Validity period has expired"}"#
    );
    // Talk Share answers in the REST shape.
    let share = Fixture::of(&share::TalkShareError::from_code(4019).unwrap());
    assert_eq!((share.shape(), share.status_code()), (Shape::Code, 401));
}

#[test]
fn statuses_where_no_page_documents_one() {
    // The Kakao SDK's codes that the REST API page does not list.
    assert_eq!(Login::from_code(-405).unwrap().status(), None);
    assert_eq!(
        Fixture::of(&Login::from_code(-405).unwrap()).status_code(),
        400
    );
    // OAuth: 400, and 401 for `invalid_client`, known or set.
    assert_eq!(
        Fixture::of(&KoeError::AuthorizationCodeNotFound).status_code(),
        400
    );
    assert_eq!(
        Fixture::of(&KoeError::BadClientCredentials).status_code(),
        401
    );
    let set = Fixture::of(&KoeError::WrongParameters).oauth_error(OAuthError::InvalidClient);
    assert_eq!(set.status_code(), 401);
    assert_eq!(set.clone().status(400).status_code(), 400);
    // `KAE`: 400. A catch-all value: 400.
    assert_eq!(
        Fixture::of(&channel::KaeError::TimeExpired).status_code(),
        400
    );
    assert_eq!(Fixture::of(&ApiError::Unknown(-123_456)).status_code(), 400);
    // A documented status is kept.
    assert_eq!(Fixture::of(&Common::UnderMaintenance).status_code(), 503);
}

#[test]
fn the_oauth_error_value_comes_from_the_table_or_defaults_to_invalid_request() {
    let error = |fixture: Fixture| {
        let e = parse(fixture.status_code(), &fixture.body());
        e.oauth_error().map(|value| value.as_str().to_owned())
    };
    assert_eq!(
        error(Fixture::of(&KoeError::PlatformMismatch)).as_deref(),
        Some("misconfigured")
    );
    assert_eq!(
        error(Fixture::of(&BusinessAuthError::UnsupportedResponseType)).as_deref(),
        Some("invalid_request")
    );
    assert_eq!(
        error(Fixture::of(&KoeError::TemporaryServerError)).as_deref(),
        Some("invalid_request")
    );
    assert_eq!(
        error(Fixture::of(&KoeError::TemporaryServerError).oauth_error("server_error")).as_deref(),
        Some("server_error")
    );
    // KOE008 means different things in the two tables; neither has a known value.
    assert_eq!(
        error(Fixture::of(&BusinessAuthError::from_code(8).unwrap())).as_deref(),
        Some("invalid_request")
    );
}

#[test]
fn every_koe_row_sends_its_known_error_value() {
    let sent = |fixture: Fixture| {
        let e = parse(fixture.status_code(), &fixture.body());
        e.oauth_error().unwrap().as_str().to_owned()
    };
    for value in KoeError::VARIANTS {
        let known = value.error_value().unwrap_or("invalid_request");
        assert_eq!(sent(Fixture::of(value)), known, "{value:?}");
    }
    for value in BusinessAuthError::VARIANTS {
        let known = value.error_value().unwrap_or("invalid_request");
        assert_eq!(sent(Fixture::of(value)), known, "{value:?}");
    }
}

#[test]
fn the_message_is_set_and_written_as_json() {
    let text = "사용자 \"동의\" 필요\n\\ end";
    let fixture = Fixture::of(&Common::IllegalParams).message(text);
    let e = parse(fixture.status_code(), &fixture.body());
    assert_eq!(e.message(), Some(text));
    assert_eq!(e.cause(), Some(&ApiError::Common(Common::IllegalParams)));

    let fixture = Fixture::of(&KoeError::AuthorizationCodeNotFound)
        .message("authorization code not found for code=x");
    let e = parse(fixture.status_code(), &fixture.body());
    assert_eq!(e.message(), Some("authorization code not found for code=x"));

    // -401: Kakao's message for an expired token gives the table's remedy back.
    let fixture = Fixture::of(&Common::InvalidToken).message("this access token does not exist");
    assert_eq!(parse(401, &fixture.body()).remedy(), Remedy::RefreshToken);
    assert_eq!(Fixture::of(&Common::InvalidToken).status_code(), 401);
}

#[test]
fn scopes_and_api_type_in_a_rest_body() {
    let fixture = Fixture::of(&Login::InsufficientScope)
        .api_type("TALK_MEMO_DEFAULT_SEND")
        .required_scopes(["talk_message"])
        .allowed_scopes(vec![
            "profile_nickname".to_owned(),
            "talk_message".to_owned(),
        ]);
    let e = parse(fixture.status_code(), &fixture.body());
    assert_eq!(e.status(), 403);
    assert_eq!(e.api_type(), Some("TALK_MEMO_DEFAULT_SEND"));
    assert_eq!(
        e.required_scopes().unwrap().collect::<Vec<_>>(),
        ["talk_message"]
    );
    assert_eq!(
        e.allowed_scopes().unwrap().collect::<Vec<_>>(),
        ["profile_nickname", "talk_message"]
    );
    let Remedy::RequestConsent { scopes } = e.remedy() else {
        panic!("{:?}", e.remedy())
    };
    assert_eq!(scopes.collect::<Vec<_>>(), ["talk_message"]);

    // Not written in the other shapes.
    let oauth = Fixture::of(&KoeError::ConsentItemNotSet).required_scopes(["account_email"]);
    assert!(
        parse(oauth.status_code(), &oauth.body())
            .required_scopes()
            .is_none()
    );
}

#[test]
fn status_override_goes_through_the_status_rules() {
    // A documented cause that says what to do decides before the status...
    let fixture = Fixture::of(&Common::InvalidToken)
        .message("this access token does not exist")
        .status(503);
    let e = parse(fixture.status_code(), &fixture.body());
    assert_eq!((e.status(), e.remedy()), (503, Remedy::RefreshToken));
    // ...one that only says "send it again" is refined by a 503 (or a 429)...
    let fixture = Fixture::of(&Common::InternalError).status(503);
    let e = parse(fixture.status_code(), &fixture.body());
    assert_eq!(
        (e.status(), e.remedy()),
        (503, Remedy::Maintenance { after: None })
    );
    // ...an unknown code does not.
    let unknown = |status| {
        let fixture = Fixture::of(&ApiError::Unknown(-123_456)).status(status);
        parse(fixture.status_code(), &fixture.body())
            .remedy()
            .as_str()
    };
    assert_eq!(unknown(429), "throttled");
    assert_eq!(unknown(503), "maintenance");
    assert_eq!(unknown(400), "unknown");
}

#[test]
fn retry_after_is_a_header_in_whole_seconds() {
    let fixture = Fixture::of(&Common::InternalError).retry_after(Duration::from_millis(1_500));
    assert_eq!(
        fixture.headers(),
        [
            ("content-type", fixture::CONTENT_TYPE.to_owned()),
            ("retry-after", "2".to_owned())
        ]
    );
    assert_eq!(fixture.body(), Fixture::of(&Common::InternalError).body());
    assert_eq!(Fixture::of(&Common::InternalError).headers().len(), 1);
}

#[cfg(feature = "http")]
#[test]
fn the_http_response_carries_status_headers_and_body() {
    use kakao_errors::http::check;

    let fixture = Fixture::of(&Common::ApiLimitExceeded)
        .status(429)
        .retry_after(Duration::from_secs(30));
    let response = fixture.http_response();
    assert_eq!(response.status(), 429);
    assert_eq!(response.headers()["retry-after"], "30");
    assert_eq!(response.headers()["content-type"], fixture::CONTENT_TYPE);
    assert_eq!(response.body(), &fixture.body());

    let e = check(response).unwrap_err();
    assert_eq!(e.retry_after(), Some(Duration::from_secs(30)));
    assert_eq!(
        e.remedy(),
        Remedy::Throttled {
            after: Some(Duration::from_secs(30))
        }
    );
    assert_eq!(e.remedy().after(), e.retry_after());

    let e = check(
        Fixture::of(&Common::InternalError)
            .retry_after(Duration::from_secs(5))
            .http_response(),
    )
    .unwrap_err();
    assert_eq!(
        e.remedy(),
        Remedy::Retry {
            after: Some(Duration::from_secs(5))
        }
    );
}

mod user {
    use kakao_errors::KakaoError;
    use kakao_errors::oauth::KoeError;
    use kakao_errors::rest::ApiError;

    #[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
    pub enum Billing {
        /// The card was declined.
        #[kakao(code = 7001, status = 402, solution = "Ask the user for another card.")]
        CardDeclined,
        /// The payment gateway timed out.
        #[kakao(code = 7002, retry = true)]
        GatewayTimeout,
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
    pub enum AppError {
        #[kakao(transparent)]
        Billing(Billing),
        #[kakao(transparent)]
        Kakao(ApiError),
    }

    /// A login flow's codes: the crate's `KOE` table wrapped.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
    pub enum LoginFlow {
        #[kakao(transparent)]
        Koe(KoeError),
    }

    /// `KOE` codes of a user's own.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
    pub enum PartnerLogin {
        /// The partner's session ended.
        #[kakao(code = "KOE901", status = 401)]
        SessionEnded,
        /// The partner refused the request.
        #[kakao(code = "KOE902")]
        Refused,
    }
}

#[test]
fn users_own_enums() {
    use user::{AppError, Billing, LoginFlow, PartnerLogin};

    // Numeric codes: the REST shape, the documented status or 400.
    let fixture = Fixture::of(&Billing::CardDeclined);
    assert_eq!((fixture.shape(), fixture.status_code()), (Shape::Code, 402));
    let e = parse_as::<AppError>(fixture.status_code(), &fixture.body());
    assert_eq!(e.cause(), Some(&AppError::Billing(Billing::CardDeclined)));
    assert_eq!(e.solution(), Some("Ask the user for another card."));
    let fixture = Fixture::of(&AppError::Billing(Billing::GatewayTimeout));
    let e = parse_as::<AppError>(fixture.status_code(), &fixture.body());
    assert_eq!(fixture.status_code(), 400);
    assert_eq!(e.remedy(), Remedy::Retry { after: None });
    // Through a wrapper, a crate table's row makes the same fixture.
    assert_eq!(
        Fixture::of(&AppError::Kakao(ApiError::Login(Login::InsufficientScope))),
        Fixture::of(&Login::InsufficientScope)
    );

    // A wrapper of the KOE table: the OAuth shape, with the table's `error` value.
    let wrapped = Fixture::of(&LoginFlow::Koe(KoeError::AuthorizationCodeNotFound));
    assert_eq!(wrapped, Fixture::of(&KoeError::AuthorizationCodeNotFound));
    let e = parse_as::<LoginFlow>(wrapped.status_code(), &wrapped.body());
    assert_eq!(
        e.text_code().and_then(LoginFlow::from_code_str),
        Some(LoginFlow::Koe(KoeError::AuthorizationCodeNotFound))
    );
    assert_eq!(e.remedy(), Remedy::Relogin);

    // Own `KOE` codes: the OAuth shape, `invalid_request` unless set.
    let own = Fixture::of(&PartnerLogin::SessionEnded);
    assert_eq!((own.shape(), own.status_code()), (Shape::OAuth, 401));
    assert_eq!(
        String::from_utf8(own.body()).unwrap(),
        r#"{"error":"invalid_request","error_description":"The partner's session ended.","error_code":"KOE901"}"#
    );
    let refused = Fixture::of(&PartnerLogin::Refused).oauth_error(OAuthError::AccessDenied);
    let e = parse_as::<PartnerLogin>(refused.status_code(), &refused.body());
    assert_eq!(read_back(Shape::OAuth, &e), Some(PartnerLogin::Refused));
    assert_eq!(e.remedy(), Remedy::UserAction);
}

#[cfg(feature = "http")]
#[test]
#[should_panic(expected = "a fixture's status must be in 100..=999, not 1000")]
fn an_impossible_status_has_no_http_response() {
    let _ = Fixture::of(&Common::InternalError)
        .status(1000)
        .http_response();
}
