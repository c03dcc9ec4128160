//! Typical error bodies, and the baselines a user could parse them with instead of
//! `kakao_errors::response`: for each shape, a bare `#[derive(Deserialize)]` struct with
//! borrowed `&str` fields (the cheapest serde can do; it cannot read escaped strings), and
//! `serde_json::Value`.

use serde::Deserialize;

/// A REST error with every field `ResponseError` types (no escapes, so the borrowed struct
/// can read it).
pub const REST_402: &[u8] = br#"{"msg":"[talk_message] scope is required.","code":-402,"api_type":"TALK_MEMO_DEFAULT_SEND","allowed_scopes":["profile_nickname","profile_image"],"required_scopes":["talk_message"]}"#;

/// The same error as Kakao often sends it: the message in Korean, escaped.
pub const REST_402_ESCAPED: &[u8] = br#"{"msg":"\uc0ac\uc6a9\uc790 \ub3d9\uc758\uac00 \ud544\uc694\ud569\ub2c8\ub2e4.","code":-402,"api_type":"TALK_MEMO_DEFAULT_SEND","allowed_scopes":["profile_nickname","profile_image"],"required_scopes":["talk_message"]}"#;

/// An OAuth error of the authorization server.
pub const OAUTH: &[u8] = br#"{"error":"invalid_grant","error_description":"authorization code not found for code=abc","error_code":"KOE320"}"#;

/// An error of the search and Local APIs (`dapi.kakao.com`).
pub const DAPI: &[u8] = br#"{"errorType":"AccessDeniedError","message":"domain mismatched! caller=http://localhost:8080 registered=[https://example.com]"}"#;

/// A Kakao Pay error.
pub const PAY: &[u8] = br#"{"error_code":-780,"error_message":"approval failure!","extras":{"method_result_code":"USER_LOCKED","method_result_message":"user is locked"}}"#;

/// A `KAE` error of Kakao Talk Channel.
pub const KAE: &[u8] =
    br#"{"error_code":"KAE001","error_msg":"Invalid app key or the app key is not registered"}"#;

/// Kakao Moment's sample error, with `extras` (the message in Korean, not escaped).
pub const MOMENT: &[u8] = r#"{"code":-813,"msg":"KakaoMomentException","extras":{"detailCode":21006,"detailMsg":"존재하지 않는 광고계정입니다."}}"#.as_bytes();

/// Kakao Keyword Ad's sample error: the same shape as Kakao Moment's, under -820.
pub const KEYWORD_AD: &[u8] = r#"{"code":-820,"msg":"KakaoKeywordAdException","extras":{"detailCode":103005,"detailMsg":"없는 비즈채널입니다."}}"#.as_bytes();

/// A Kakao Talk Certification error: a code written with a prefix, in Kakao Pay's shape (the
/// message in Korean, not escaped, as the page writes its texts).
pub const CERTIFICATION: &[u8] =
    r#"{"error_code":"E2001","error_message":"존재하지 않는 카카오계정입니다."}"#.as_bytes();

/// A Kakao Mobility directions answer (HTTP 200) with one route found and one not.
pub const ROUTE: &[u8] = br#"{"trans_id":"018e3d7f","routes":[{"result_code":0,"result_msg":"found","summary":{"distance":1200}},{"result_code":104,"result_msg":"origin and destination too close"}]}"#;

/// What a gateway sends when the API behind it is down.
pub const HTML_502: &[u8] = b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n";

/// A REST error body, every field borrowed from the input.
#[derive(Debug, Deserialize)]
pub struct RestBorrowed<'a> {
    /// `code`.
    pub code: i32,
    /// `msg`.
    #[serde(borrow)]
    pub msg: Option<&'a str>,
    /// `api_type`.
    #[serde(borrow)]
    pub api_type: Option<&'a str>,
    /// `allowed_scopes`.
    #[serde(borrow)]
    pub allowed_scopes: Option<Vec<&'a str>>,
    /// `required_scopes`.
    #[serde(borrow)]
    pub required_scopes: Option<Vec<&'a str>>,
}

/// An OAuth error body, every field borrowed from the input.
#[derive(Debug, Deserialize)]
pub struct OAuthBorrowed<'a> {
    /// `error`.
    pub error: &'a str,
    /// `error_description`.
    #[serde(borrow)]
    pub error_description: Option<&'a str>,
    /// `error_code`.
    #[serde(borrow)]
    pub error_code: Option<&'a str>,
}

/// A search and Local error body.
#[derive(Debug, Deserialize)]
pub struct DapiBorrowed<'a> {
    /// `errorType`.
    #[serde(rename = "errorType")]
    pub error_type: &'a str,
    /// `message`.
    #[serde(borrow)]
    pub message: Option<&'a str>,
}

/// A Kakao Pay error body.
#[derive(Debug, Deserialize)]
pub struct PayBorrowed<'a> {
    /// `error_code`.
    pub error_code: i64,
    /// `error_message`.
    #[serde(borrow)]
    pub error_message: Option<&'a str>,
    /// `extras`.
    #[serde(borrow)]
    pub extras: Option<PayExtras<'a>>,
}

/// Kakao Pay's `extras`.
#[derive(Debug, Deserialize)]
pub struct PayExtras<'a> {
    /// `method_result_code`.
    #[serde(borrow)]
    pub method_result_code: Option<&'a str>,
    /// `method_result_message`.
    #[serde(borrow)]
    pub method_result_message: Option<&'a str>,
}

/// A `KAE` error body.
#[derive(Debug, Deserialize)]
pub struct KaeBorrowed<'a> {
    /// `error_code`.
    pub error_code: &'a str,
    /// `error_msg`.
    #[serde(borrow)]
    pub error_msg: Option<&'a str>,
}

/// A Kakao Moment error body.
#[derive(Debug, Deserialize)]
pub struct MomentBorrowed<'a> {
    /// `code`.
    pub code: i32,
    /// `msg`.
    #[serde(borrow)]
    pub msg: Option<&'a str>,
    /// `extras`.
    #[serde(borrow)]
    pub extras: Option<MomentExtras<'a>>,
}

/// Kakao Moment's `extras`.
#[derive(Debug, Deserialize)]
pub struct MomentExtras<'a> {
    /// `detailCode`.
    #[serde(rename = "detailCode")]
    pub detail_code: i64,
    /// `detailMsg`.
    #[serde(rename = "detailMsg", borrow)]
    pub detail_msg: Option<&'a str>,
}

/// A Kakao Talk Certification error body.
#[derive(Debug, Deserialize)]
pub struct CertificationBorrowed<'a> {
    /// `error_code`.
    pub error_code: &'a str,
    /// `error_message`.
    #[serde(borrow)]
    pub error_message: Option<&'a str>,
}

/// A directions answer: its routes' results.
#[derive(Debug, Deserialize)]
pub struct RouteBorrowed<'a> {
    /// `routes`.
    #[serde(borrow)]
    pub routes: Vec<RouteResultBorrowed<'a>>,
}

/// One route's result.
#[derive(Debug, Deserialize)]
pub struct RouteResultBorrowed<'a> {
    /// `result_code`.
    pub result_code: i32,
    /// `result_msg`.
    #[serde(borrow)]
    pub result_msg: Option<&'a str>,
}

/// Declares a function that parses a body into a borrowed struct; each returns whether it
/// parsed.
macro_rules! borrowed {
    ($($name:ident: $ty:ident,)*) => {
        $(
            #[doc = concat!("`", stringify!($ty), "` for `body`; whether it parsed.")]
            #[must_use]
            pub fn $name(body: &[u8]) -> bool {
                serde_json::from_slice::<$ty<'_>>(body).is_ok()
            }
        )*
    };
}

borrowed! {
    rest: RestBorrowed,
    oauth: OAuthBorrowed,
    dapi: DapiBorrowed,
    pay: PayBorrowed,
    kae: KaeBorrowed,
    moment: MomentBorrowed,
    certification: CertificationBorrowed,
    route: RouteBorrowed,
}

/// `serde_json::Value`. Returns whether it parsed.
#[must_use]
pub fn value(body: &[u8]) -> bool {
    serde_json::from_slice::<serde_json::Value>(body).is_ok()
}

/// A body to parse: its name, HTTP status, bytes, and its borrowed-struct baseline (`None`
/// where no borrowed struct can read it).
pub struct Body {
    /// The name, as in the bench's rows.
    pub name: &'static str,
    /// The HTTP status it comes with.
    pub status: u16,
    /// The body.
    pub bytes: &'static [u8],
    /// The bare borrowed struct for its shape.
    pub borrowed: Option<fn(&[u8]) -> bool>,
}

/// Every body.
pub const BODIES: &[Body] = &[
    Body {
        name: "rest_402",
        status: 403,
        bytes: REST_402,
        borrowed: Some(rest),
    },
    Body {
        name: "rest_402_escaped",
        status: 403,
        bytes: REST_402_ESCAPED,
        borrowed: None,
    },
    Body {
        name: "oauth",
        status: 400,
        bytes: OAUTH,
        borrowed: Some(oauth),
    },
    Body {
        name: "dapi",
        status: 401,
        bytes: DAPI,
        borrowed: Some(dapi),
    },
    Body {
        name: "pay",
        status: 400,
        bytes: PAY,
        borrowed: Some(pay),
    },
    Body {
        name: "kae",
        status: 401,
        bytes: KAE,
        borrowed: Some(kae),
    },
    Body {
        name: "moment",
        status: 400,
        bytes: MOMENT,
        borrowed: Some(moment),
    },
    Body {
        name: "keyword_ad",
        status: 400,
        bytes: KEYWORD_AD,
        borrowed: Some(moment),
    },
    Body {
        name: "certification",
        status: 400,
        bytes: CERTIFICATION,
        borrowed: Some(certification),
    },
    // Read by `mobility::failed_routes`, not `response::parse`: it comes with HTTP 200.
    Body {
        name: "route",
        status: 200,
        bytes: ROUTE,
        borrowed: Some(route),
    },
    // The REST struct gives up at the first byte, as for anything not JSON.
    Body {
        name: "html_502",
        status: 502,
        bytes: HTML_502,
        borrowed: Some(rest),
    },
];

/// The body called `name`.
#[must_use]
pub fn body(name: &str) -> &'static Body {
    BODIES.iter().find(|b| b.name == name).expect("a body")
}

/// Checks the baselines read what they should, so none is fast for failing early, and that
/// `parse` reads each body as its shape.
pub fn check() {
    assert!(
        !rest(REST_402_ESCAPED),
        "the borrowed struct reads no escapes"
    );
    for body in BODIES {
        let json = body.name != "html_502";
        assert_eq!(value(body.bytes), json, "{}", body.name);
        if let Some(borrowed) = body.borrowed {
            assert_eq!(borrowed(body.bytes), json, "{}", body.name);
        }
        if body.name == "route" {
            let failed = kakao_errors::mobility::failed_routes(body.bytes).expect("an answer");
            assert_eq!((failed.routes(), failed.failed()), (2, 1));
            continue;
        }
        let parsed = kakao_errors::response::parse(body.status, body.bytes);
        assert_eq!(parsed.status(), body.status);
        assert_eq!(
            parsed.kind().as_str(),
            match body.name {
                "rest_402" | "rest_402_escaped" | "moment" | "keyword_ad" => "rest",
                "certification" => "pay",
                "html_502" => "unreadable",
                name => name,
            }
        );
        assert!(
            parsed.code().is_some()
                || parsed.text_code().is_some()
                || parsed.error_type().is_some()
                || parsed.excerpt().is_some()
        );
        if matches!(body.name, "moment" | "keyword_ad") {
            assert!(parsed.detail_code().is_some(), "{}", body.name);
        }
    }
}
