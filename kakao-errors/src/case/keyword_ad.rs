//! Cases of Kakao Keyword Ad's `-820` (and of its `-813`): a body with `extras.detailCode` is the
//! row of that detail code in [`KeywordAdDetail`] (the page's sample, `{"code": -820, "msg":
//! "KakaoKeywordAdException", "extras": {"detailCode": 103005, "detailMsg": "없는 비즈채널입니다."}}`,
//! is "the business channel does not exist").
//!
//! Source: [카카오 키워드광고 > 에러 코드](https://developers.kakao.com/docs/latest/ko/keyword-ad/error-code)
//! (Korean): its detail-code table and sample body. The REST API's page documents `-820` too
//! ([`rest::KeywordAd`]); both rows have the case.

use super::{CaseRow, Parent, When};
use crate::keyword_ad::{KeywordAdDetail, KeywordAdError};
use crate::rest;

const PAGE: &str = "https://developers.kakao.com/docs/latest/ko/keyword-ad/error-code";

/// The cases, in the page's order.
pub(super) const CASES: &[CaseRow] = &[CaseRow::new(
    "KeywordAdDetail",
    &[
        Parent::row::<rest::KeywordAd>(-820),
        Parent::row::<KeywordAdError>(-820),
        Parent::row::<KeywordAdError>(-813),
    ],
    When::detail::<KeywordAdDetail>(),
    "A detail code of Kakao Keyword Ad: the row of its detail-code table.",
    PAGE,
)];
