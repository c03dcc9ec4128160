//! Kakao Moment (advertising APIs): its common error codes and its detail codes.
//!
//! # Where the data comes from
//!
//! The Kakao Developers page Kakao Moment > Error code, in English
//! (<https://developers.kakao.com/docs/latest/en/kakaomoment/error-code>) and in Korean
//! (카카오모먼트 > 에러 코드, <https://developers.kakao.com/docs/latest/ko/kakaomoment/error-code>),
//! and the Korean reference page (카카오모먼트 > 레퍼런스,
//! <https://developers.kakao.com/docs/latest/kakaomoment/reference>).
//!
//! [`MomentError`] is the error-code page's "Common error code" table (공통 에러 코드), rows in
//! the Korean page's order. The two languages do not have the same rows: the Korean page has
//! 11, the English page 9 of them (it lacks -1 with HTTP 500 and -813 with HTTP 403). Each row
//! takes its English texts from the English page (its "Cause" as `message`, its "Solution" as
//! `solution`) and its Korean texts from the Korean page ("원인" as `message_ko`, "해결 방법" as
//! `solution_ko`), word for word; "-" is no solution. The statuses are the same on both pages.
//! For the two rows only the Korean page has, the English `message` is this crate's
//! translation of the Korean cause (the variant's one-line description), and there is no
//! English solution, as for the Korean-only rows of [`oauth`](crate::oauth).
//!
//! The English page's text is available only in part; two versions of it (an older rendering
//! and the new docs site) give the whole table, with the same text; where a cause is two lines
//! on the page, so is `message` (`\n`). The two differ on the 429 row of -813 only: one has no
//! solution, the other "-"; both mean none. The Korean page is available whole up to its
//! detail-code table.
//!
//! -813 is on the Korean page three times: "카카오모먼트 내부 에러가 있을 경우" with HTTP 400,
//! "권한(Permission)이 없는 경우" with 403, and "사용량 제한(쿼터)을 초과한 경우" with 429 (the
//! English page has the 400 and 429 rows). The three rows are kept, as
//! [`MomentError::MomentInternalError`], [`MomentError::MomentPermissionDenied`] and
//! [`MomentError::MomentQuotaExceeded`];
//! [`from_code_and_status`](crate::KakaoError::from_code_and_status) tells them apart, and
//! `CODES` lists -813 once.
//!
//! [`MomentDetail`] is the detail codes (상세 에러 코드), the `extras.detailCode` of a response
//! body: `{"code": -813, "msg": "KakaoMomentException", "extras": {"detailCode": 21006,
//! "detailMsg": "존재하지 않는 광고계정입니다."}}`. Two Kakao lists give them, each available
//! only in part: the error-code page's table (2007, 2010, 3002, 5001, 6003, then cut inside
//! 7550) and the reference page's list (from 2007, with no rows before it, to 24020, then cut
//! inside 24029). Their rows agree where both have them; 3002 is only on the error-code page.
//! The rows are in the order of both lists. The description (설명) is `message_ko`, and the
//! English `message` is this crate's translation; no row has a status or a solution. Where the
//! two pages give a code two texts, both are kept: 20023 is "톡비즈보드, 쇼핑박스 보장형 계정인
//! 경우" in the reference list (`message_ko`) and "허용되지 않은 광고계정의 집행 상태입니다." in
//! the error-code page's sample response (quoted in the variant's docs). 24029 is known only
//! by its first words; its texts are this crate's and its
//! [`known_from`](crate::KakaoError::known_from) says so.
//!
//! # How it relates to [`rest::Moment`](crate::rest::Moment)
//!
//! The REST API > Error code page lists one Kakao Moment code, -813 with HTTP 400 ("Internal
//! error related to Kakao Moment APIs occurs."): that is [`rest::Moment`](crate::rest::Moment),
//! part of [`rest::ApiError`](crate::rest::ApiError). This page is Kakao Moment's own: the
//! 403 and 429 rows of -813, its -1 with HTTP 500, and the common codes (-2, -3, -5, -10, -12,
//! -101, -402) in Kakao Moment's wording. [`rest::ApiError`](crate::rest::ApiError) does not
//! include it; read a Kakao Moment response with this table (for example
//! `parse_as::<MomentError>` of the `response` module), and its detail code with
//! [`MomentDetail::from_code`](crate::KakaoError::from_code).
//!
//! # The retry rule
//!
//! [`is_retryable`](crate::KakaoError::is_retryable) is `true` exactly where a page's
//! solution, in either language, is to send the same request again without changing anything
//! first ("try again later", "Retry.", "재시도" alone, "잠시 후 재요청"):
//!
//! | code | page's solution |
//! |---|---|
//! | -10 | "Check your API quota limits and try again later or request a quota increase." |
//! | -813 (400) | "Try again later or contact support if the error persists." |
//!
//! A Korean solution that asks for something first and then "재시도합니다" is not one: -10's
//! "요청 횟수를 줄이고 재시도합니다." (reduce the number of requests, then retry) and the 429
//! row of -813's "쿼터 사용량을 확인하고 재시도합니다." (check the quota usage, then retry).
//! -813 (429) is not retryable: the English page gives it no solution, the Korean one asks for
//! a look at the quota first, and a quota that resets by itself is not one a backoff waits
//! out; its remedy is `RetryLater`. No detail code is retryable.
//!
//! # The remedy rule
//!
//! The remedy of a [`MomentError`] row is decided by the first rule below that its cause or
//! solution, in English or in Korean, matches (words are matched ignoring case). The same rule
//! decides the rows of [`keyword_ad::KeywordAdError`](crate::keyword_ad::KeywordAdError).
//!
//! | # | the cause or solution says | remedy |
//! |---|---|---|
//! | 1 | the app's side is suspended: "developer account", "개발자 계정" | [`ContactSupport`](crate::Remedy::ContactSupport) |
//! | 2 | a quota or a number of allowed calls is exceeded ("quota", "number of allowed calls", "쿼터", "요청 횟수"): when a solution says to send the same request again (the retry rule), a wait the retry loop honours; otherwise one that resets by itself, but not within a backoff | [`Throttled`](crate::Remedy::Throttled); otherwise [`RetryLater`](crate::Remedy::RetryLater) |
//! | 3 | a solution says to send the same request again (the retry rule) | [`Retry`](crate::Remedy::Retry) |
//! | 4 | an internal error, with no word of sending the request again: "internal error", "내부 서버 에러", "내부 에러", "시스템 오류" | [`OutcomeUnknown`](crate::Remedy::OutcomeUnknown) |
//! | 5 | ask the user for additional consent: "additional consent", "추가 동의" | [`RequestConsent`](crate::Remedy::RequestConsent) |
//! | 6 | the app's settings or permissions: "app settings", "앱 관리 페이지", "permission", "권한" | [`FixAppSettings`](crate::Remedy::FixAppSettings) |
//! | 7 | the user is not linked to the app: "linked to your app", "앱에 연결" | [`UserAction`](crate::Remedy::UserAction) |
//! | 8 | the request's parameters: "parameter", "파라미터" | [`FixRequest`](crate::Remedy::FixRequest) |
//!
//! As in [`rest`](crate::rest#the-remedy-rule), an internal error that the page does not say to
//! send again (-1; -813 with 400 has "Try again later" and is `Retry`) may or may not have
//! taken effect: `OutcomeUnknown`.
//!
//! | code | remedy | decided by (rule) |
//! |---|---|---|
//! | -1 | OutcomeUnknown | "내부 서버 에러가 발생한 경우" (4) |
//! | -2 | FixRequest | "Check the request parameters ..." (8) |
//! | -3 | FixAppSettings | "... ensure the required function is activated in your app settings." (6) |
//! | -5 | FixAppSettings | "If you have no permission to request the API." (6) |
//! | -10 | Throttled | "If you make a request over the number of allowed calls." (2) |
//! | -12 | ContactSupport | "If your Kakao Developers app or developer account has been suspended." (1) |
//! | -101 | UserAction | "Ensure the user is properly linked to your app before making API calls." (7) |
//! | -402 | RequestConsent | "Request additional consent from the user for the required business consent items." (5) |
//! | -813 (400) | Retry | "Try again later or contact support if the error persists." (3) |
//! | -813 (403) | FixAppSettings | "권한(Permission)이 없는 경우" (6) |
//! | -813 (429) | RetryLater | "If you have exceeded the allowed quota limit." (2) |
//!
//! A [`MomentDetail`] says what is wrong with what the request asks for (an ad account that
//! does not exist, a name already taken, a limit on how many, ...): none says to send the same
//! request again. Its remedy is decided by the first rule below that its description
//! (`message_ko`) matches. The same rule decides the rows of
//! [`keyword_ad::KeywordAdDetail`](crate::keyword_ad::KeywordAdDetail).
//!
//! | # | the description says | remedy |
//! |---|---|---|
//! | 1 | the user has not joined something ("가입되지 않은 사용자") | [`UserAction`](crate::Remedy::UserAction) |
//! | 2 | access to what the request names is refused ("Forbidden"): a role the user must be given | [`UserAction`](crate::Remedy::UserAction) |
//! | 3 | what the request names was already deleted, or is being deleted ("지워진", "삭제된", "삭제처리중"): the request may already have been done; look it up first | [`OutcomeUnknown`](crate::Remedy::OutcomeUnknown) |
//! | 4 | anything else: a value is wrong or missing, names something that does not exist, is taken or in use, or is over a limit | [`FixRequest`](crate::Remedy::FixRequest) |
//!
//! | code | remedy | decided by (rule) |
//! |---|---|---|
//! | 2007 | FixRequest | "존재하지 않는 은행코드입니다." (4) |
//! | 2010 | FixRequest | "입금금액은 1,000원 이상 1,000,000,000원 이하여야 합니다." (4) |
//! | 3002 | UserAction | "AGENCY에 가입되지 않은 사용자입니다." (1) |
//! | 5001 | FixRequest | "존재하지 않는 사업자입니다." (4) |
//! | 6003 | FixRequest | "존재하지 않는 광고계정입니다." (4) |
//! | 7550 | FixRequest | "조회할 시/군/구 검색어를 입력해 주세요." (4) |
//! | 20023 | FixRequest | "톡비즈보드, 쇼핑박스 보장형 계정인 경우" (4) |
//! | 21006 | FixRequest | "존재하지 않는 광고계정입니다." (4) |
//! | 21400 | OutcomeUnknown | "광고계정이 삭제처리중입니다." (3) |
//! | 21500 | FixRequest | "광고계정 상태 변경이 불가합니다." (4) |
//! | 22200 | FixRequest | "존재하지 않는 내 광고반응 입니다." (4) |
//! | 22201 | OutcomeUnknown | "이미 지워진 내 광고반응 입니다." (3) |
//! | 22202 | FixRequest | "해당 내 광고반응 타겟을 사용중입니다." (4) |
//! | 22203 | FixRequest | "광고반응 타겟은 계정당 50개까지 등록 가능합니다." (4) |
//! | 22204 | FixRequest | "광고그룹/메시지는 최대 20개까지 선택 가능합니다." (4) |
//! | 22205 | FixRequest | "사용중인 광고반응 타겟 이름입니다." (4) |
//! | 22207 | FixRequest | "이미 삭제되었거나 존재하지 않는 광고반응 타겟의 경우 이름 수정이 불가능합니다." (4) |
//! | 22209 | FixRequest | "광고반응 타겟 유형이 올바르지 않습니다." (4) |
//! | 22211 | FixRequest | "해당 캠페인에서 지원하지 않는 반응데이터가 포함되어 있습니다." (4) |
//! | 22300 | FixRequest | "선택한 카테고리 중 지원 중단된 값이 있어 해제되었습니다. 변경된 타겟과 모수를 확인 후 다시 저장하세요." (4) |
//! | 22400 | FixRequest | "광고계정 내 오디언스 개수 제한으로 추가 등록이 불가능합니다. 기존 오디언스를 삭제한 후 다시 진행해 주십시오." (4) |
//! | 22402 | FixRequest | "오디언스 타게팅 이름은 필수 입력사항입니다." (4) |
//! | 22403 | FixRequest | "오디언스가 존재하지 않습니다." (4) |
//! | 22405 | FixRequest | "카카오톡 채널x도달 캠페인 광고그룹에 사용 중인 오디언스는 수정 불가합니다. 해당 광고그룹에서 오디언스 사용해제한 후 다시 시도하세요." (4) |
//! | 22406 | FixRequest | "광고그룹 연동 시 사용가능한 오디언스만 연동이 가능합니다. 사용불가능한 상태의 오디언스이므로 확인 후 다시 진행해 주십시오." (4) |
//! | 22407 | FixRequest | "해당 광고그룹에 오디언스가 존재하지 않습니다." (4) |
//! | 22409 | FixRequest | "해당 오디언스 유형에서 설정할 수 있는 타겟 옵션이 아닙니다." (4) |
//! | 22086 | FixRequest | "행정구역은 최대 1,000개까지 설정할 수 있습니다." (4) |
//! | 22087 | FixRequest | "시/도, 시/군/구, 동/읍/면 간 중복 요청된 지역이 포함되어 있습니다." (4) |
//! | 24003 | FixRequest | "업로드된 고객파일이 없습니다." (4) |
//! | 24004 | FixRequest | "유효하지 않은 파일이 있습니다." (4) |
//! | 24007 | FixRequest | "사용중인 고객파일명입니다." (4) |
//! | 24008 | FixRequest | "해당 타겟을 사용중인 광고그룹 또는 메시지가 있습니다." (4) |
//! | 24010 | OutcomeUnknown | "이미 삭제된 고객파일 입니다." (3) |
//! | 24012 | FixRequest | "해당 고객파일 정보는 조회가 불가능합니다." (4) |
//! | 24013 | FixRequest | "업로드된 카카오톡 채널그룹파일이 없습니다." (4) |
//! | 24017 | FixRequest | "이미 사용중인 카카오톡 채널그룹 이름입니다." (4) |
//! | 24018 | FixRequest | "해당 카카오톡 채널그룹을 사용 중인 광고그룹이 있습니다." (4) |
//! | 24020 | OutcomeUnknown | "이미지 지워진 카카오톡 채널그룹 파일입니다." (3) |
//! | 24029 | FixRequest | "친구그룹은 계정당 50개까지 만들 수 있습니다." (4) |

mod detail;
mod error;

pub use detail::MomentDetail;
pub use error::MomentError;
