//! Cases of Kakao Moment's `-813`: its detail codes, and the statuses the REST API's page does
//! not document. A `-813` body with `extras.detailCode` is the row of that detail code in
//! [`MomentDetail`] (the page's sample, `{"code": -813, "msg": "KakaoMomentException", "extras":
//! {"detailCode": 21006, "detailMsg": "존재하지 않는 광고계정입니다."}}`, is "the ad account does not
//! exist", whatever the status says). Without one, the REST API's page documents `-813` once
//! (an internal error, HTTP 400) and Kakao Moment's own pages once per status: no permission
//! with 403, a used-up quota with 429.
//!
//! Source: [카카오모먼트 > 에러 코드](https://developers.kakao.com/docs/latest/ko/kakaomoment/error-code)
//! (Korean; the English page has the 400 and 429 rows, not the 403 one): its detail-code table
//! and sample bodies, and its rows of -813. Each status case is the row of
//! [`MomentError`] with that status, whose texts and remedy it has: a response parsed with the
//! REST API's tables (where `-813` is [`rest::Moment`]) gets the same
//! answer as one parsed with Kakao Moment's. Each row's own texts and remedy are what that row
//! says (no permission is an app setting, a quota resets by itself but not within a backoff),
//! and the fidelity tests check they agree.

use super::{CaseRow, Parent, When};
use crate::Remedy;
use crate::moment::{MomentDetail, MomentError};
use crate::rest;

const PAGE: &str = "https://developers.kakao.com/docs/latest/ko/kakaomoment/error-code";

const UNDER: &[Parent] = &[Parent::row::<rest::Moment>(-813)];

/// The cases, in the page's order.
pub(super) const CASES: &[CaseRow] = &[
    CaseRow::new(
        "MomentDetail",
        &[
            Parent::row::<rest::Moment>(-813),
            Parent::row::<MomentError>(-813),
        ],
        When::detail::<MomentDetail>(),
        "A detail code of Kakao Moment: the row of its detail-code table.",
        PAGE,
    ),
    CaseRow::new(
        "MomentPermissionDenied",
        UNDER,
        When::Status(403),
        "If you have no permission.",
        PAGE,
    )
    .with_remedy(Remedy::FixAppSettings)
    .same_as::<MomentError>(-813, 403),
    CaseRow::new(
        "MomentQuotaExceeded",
        UNDER,
        When::Status(429),
        "If you have exceeded the allowed quota limit.",
        PAGE,
    )
    .with_remedy(Remedy::RetryLater)
    .same_as::<MomentError>(-813, 429),
];
