//! Cases of the REST API's common `-401` known from other pages than the Kakao Talk Message
//! page's (which has `domain mismatched`): a JavaScript app key in the wrong format, quoted by
//! the Kakao Talk Share page, and an IP address the app does not allow, known only from public
//! code.
//!
//! Sources: [Kakao Talk Share > Troubleshooting](https://developers.kakao.com/docs/latest/en/kakaotalk-share/trouble-shooting)
//! ("4019 Error", whose `wrong appKey(null) format` case arrives as the JavaScript SDK's
//! `{"name":"KAPIError","msg":"wrong appKey(null) format","code":-401}`: its heading, causes and
//! steps, kept once in [`SubError::WrongAppKeyFormat`]); and, for `ip mismatched`, public app
//! code quoting `{"msg":"ip mismatched! callerIp=... check out registered ips.","code":-401}`
//! (named in the header of `third-party/dapi-error-bodies.txt`, which keeps only the
//! `dapi.kakao.com` bodies): a lower-confidence row, whose texts are this crate's words.
//!
//! Both are app settings: the app key of the app and platform that call, the IP addresses the
//! app allows ([`FixAppSettings`](Remedy::FixAppSettings)).

use super::{CaseRow, Parent, When};
use crate::Remedy;
use crate::rest::Common;
use crate::share::SubError;

const UNDER_401: &[Parent] = &[Parent::row::<Common>(-401)];

const SHARE_PAGE: &str =
    "https://developers.kakao.com/docs/latest/en/kakaotalk-share/trouble-shooting";
const REST_PAGE: &str = "https://developers.kakao.com/docs/latest/en/rest-api/error-code";

/// The cases, in the order above.
pub(super) const CASES: &[CaseRow] = &[
    CaseRow::new(
        "WrongAppKeyFormat",
        UNDER_401,
        When::Phrase(&["wrong appKey(*) format"]),
        SubError::WrongAppKeyFormat.title(),
        SHARE_PAGE,
    )
    .with_causes(SubError::WrongAppKeyFormat.causes())
    .with_steps(SubError::WrongAppKeyFormat.steps())
    .with_remedy(Remedy::FixAppSettings),
    CaseRow::new(
        "IpMismatched",
        UNDER_401,
        When::Phrase(&["ip mismatched"]),
        "The request came from an IP address that the app does not allow.",
        REST_PAGE,
    )
    .with_solution("Add the caller's IP address to the app's allowed IP addresses in the Kakao Developers console, or call from an allowed address.")
    .with_remedy(Remedy::FixAppSettings)
    .with_known_from("public app code only (a kapi.kakao.com body {\"msg\":\"ip mismatched! callerIp=... check out registered ips.\",\"code\":-401}, named in the header of the crate's third-party dapi body list); no Kakao page; low trust"),
];
