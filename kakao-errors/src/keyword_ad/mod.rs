//! Kakao Keyword Ad (keyword advertising APIs): its error codes and its detail codes.
//!
//! # Where the data comes from
//!
//! The Kakao Developers page 카카오 키워드광고 > 에러 코드 (Kakao Keyword Ad > Error code,
//! <https://developers.kakao.com/docs/latest/ko/keyword-ad/error-code>), in Korean; no
//! English version of it is known. Its text is available whole up to the middle of its
//! detail-code table.
//!
//! - Its error-code table (10 rows) is [`KeywordAdError`], rows in the page's order: "원인" as
//!   `message_ko`, "해결 방법" as `solution_ko` ("-" is none), "상태 코드" as `status`, word for
//!   word; where a cause is two sentences in one cell ("...경우 호출 인자값이 ..."), they stay
//!   so. The English `message` is this crate's translation of the cause (the variant's
//!   one-line description), as for the Korean-only rows of [`oauth`](crate::oauth); there is
//!   no English solution. The statuses are Kakao Keyword Ad's own: -3 is 400 here (403 in the
//!   REST API's common table), -1 is 500, and -813 (Kakao Moment's code) is listed with 429
//!   only.
//! - Its detail-code table (상세 에러 코드, `extras.detailCode`) is [`KeywordAdDetail`]: 14
//!   whole rows, in the page's order, then 101016, in which the available text stops ("심사
//!   서류 ID가 올바"), with this crate's wording, and 103005, which is not in the table as far as
//!   it is available but is the detail code of the page's sample response
//!   (`{"code": -820, "msg": "KakaoKeywordAdException", "extras": {"detailCode": 103005,
//!   "detailMsg": "없는 비즈채널입니다."}}`). Those two say so in their
//!   [`known_from`](crate::KakaoError::known_from). The first four detail codes, 400, 403, 404
//!   and 409, are written like HTTP statuses, with English descriptions ("Bad Request", ...):
//!   they are detail codes, kept as such, with the page's English as `message` and no Korean.
//!
//! [`rest::KeywordAd`](crate::rest::KeywordAd) is the one Kakao Keyword Ad row of the page
//! REST API > Error code (-820), part of [`rest::ApiError`](crate::rest::ApiError); this page is
//! Kakao Keyword Ad's own, and [`rest::ApiError`](crate::rest::ApiError) does not include it.
//! Read a Kakao Keyword Ad response with [`KeywordAdError`] (for example
//! `parse_as::<KeywordAdError>` of the `response` module), and its detail code with
//! [`KeywordAdDetail::from_code`](crate::KakaoError::from_code).
//!
//! ```
//! use kakao_errors::{KakaoError, Remedy};
//! use kakao_errors::keyword_ad::{KeywordAdDetail, KeywordAdError};
//!
//! let e = KeywordAdError::from_code(-813).unwrap();
//! assert_eq!((e.status(), e.remedy()), (Some(429), Remedy::RetryLater));
//! let detail = KeywordAdDetail::from_code(103005).unwrap();
//! assert_eq!(detail.message_ko(), Some("없는 비즈채널입니다."));
//! assert!(detail.known_from().is_some());
//! ```
//!
//! # The retry rule
//!
//! [`is_retryable`](crate::KakaoError::is_retryable) is `true` where the page's solution is to
//! send the same request again without changing anything first, as for
//! [Kakao Moment](crate::moment#the-retry-rule). No row qualifies: the two solutions that end
//! in "재시도합니다" ask for something first (-10: "요청 횟수를 줄이고 재시도합니다.", reduce the
//! number of requests; -813: "쿼터 사용량을 확인하고 재시도합니다.", check the quota usage), and
//! the limits they are about reset by themselves, but not within a backoff: `RetryLater`.
//! Kakao Moment's -10 is `Throttled` because its English page says "try again later"; this
//! page has no English text.
//!
//! # The remedy rule
//!
//! [`KeywordAdError`]'s rows are decided by [Kakao Moment's rule](crate::moment#the-remedy-rule)
//! for error codes, reading the page's Korean cause and solution:
//!
//! | code | remedy | decided by (rule) |
//! |---|---|---|
//! | -1 | OutcomeUnknown | "시스템 오류가 발생한 경우" (4) |
//! | -2 | FixRequest | "API 호출 시 파라미터를 확인하고 올바른 값을 전달합니다." (8) |
//! | -3 | FixAppSettings | "앱 관리 페이지에서 API 설정을 확인합니다." (6) |
//! | -5 | FixAppSettings | "해당 API에 대한 권한/퍼미션이 없는 경우" (6) |
//! | -10 | RetryLater | "허용된 요청 횟수가 초과된 경우" (2) |
//! | -12 | ContactSupport | "카카오디벨로퍼스 앱 또는 개발자 계정이 제재된 경우" (1) |
//! | -101 | UserAction | "해당 앱에 연결이 되지 않은 사용자의 요청인 경우" (7) |
//! | -402 | RequestConsent | "사용자에게 필요한 동의항목에 대한 추가 동의를 요청합니다." (5) |
//! | -820 | OutcomeUnknown | "카카오 키워드광고 내부 에러가 있을 경우" (4) |
//! | -813 | RetryLater | "사용량 제한(쿼터)을 초과한 경우" (2) |
//!
//! [`KeywordAdDetail`]'s rows are decided by [Kakao Moment's rule](crate::moment#the-remedy-rule)
//! for detail codes, reading the description: a detail code says what is wrong with what the
//! request asks for (a name that is taken, a biz channel that does not exist, a value over a
//! limit, ...), and none says to send the same request again. "Forbidden" refuses access to
//! what the request names: the user must be given a role for it (`UserAction`).
//!
//! | code | remedy | decided by (rule) |
//! |---|---|---|
//! | 400 | FixRequest | "Bad Request" (4) |
//! | 403 | UserAction | "Forbidden" (2) |
//! | 404 | FixRequest | "Not Found" (4) |
//! | 409 | FixRequest | "Conflict" (4) |
//! | 100000 | FixRequest | "유효하지 않은 URL 형식입니다." (4) |
//! | 100001 | FixRequest | "비즈채널의 URL에 적합하지 않은 랜딩 URL입니다." (4) |
//! | 101001 | FixRequest | "비즈채널 카테고리를 입력하세요." (4) |
//! | 101002 | FixRequest | "비즈채널 이름이 이미 사용 중 입니다." (4) |
//! | 101003 | FixRequest | "비즈채널 이름이 올바르지 않습니다." (4) |
//! | 101004 | FixRequest | "비즈채널 이름은 1 ~ 12자로 해주세요." (4) |
//! | 101010 | FixRequest | "비즈채널 검수계정 아이디 또는 비밀번호를 입력하세요." (4) |
//! | 101012 | FixRequest | "비즈채널이 존재하지 않습니다." (4) |
//! | 101014 | FixRequest | "비즈채널에 캠페인이 존재합니다." (4) |
//! | 101015 | FixRequest | "등록 가능한 톡 채널 수를 넘었습니다." (4) |
//! | 101016 | FixRequest | "심사 서류 ID가 올바르지 않습니다." (4) |
//! | 103005 | FixRequest | "없는 비즈채널입니다." (4) |

mod detail;
mod error;

pub use detail::KeywordAdDetail;
pub use error::KeywordAdError;
