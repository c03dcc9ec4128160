//! Kakao Keyword Ad > Error code > the common table (에러 코드): the 10 rows, in the page's
//! order, and a catch-all.
//!
//! Where the texts come from, the retry rule and the remedy rule are in the
//! [module docs](super).

use crate::KakaoError;

/// An error code of the Kakao Keyword Ad APIs, with Kakao Keyword Ad's own statuses.
///
/// The page is Korean only: `message_ko` and `solution_ko` are its cause and solution, and the
/// English `message` is this crate's translation of the cause (there is no English solution).
/// What went wrong in detail is the body's `extras.detailCode`: see
/// [`KeywordAdDetail`](super::KeywordAdDetail).
///
/// ```
/// use kakao_errors::{KakaoError, Remedy};
/// use kakao_errors::keyword_ad::KeywordAdError;
///
/// let e = KeywordAdError::from_code(-820).unwrap();
/// assert_eq!(e, KeywordAdError::KeywordAdInternalError);
/// assert_eq!((e.status(), e.remedy()), (Some(400), Remedy::OutcomeUnknown));
/// // -3 is 400 here, 403 in the REST API's common table.
/// assert_eq!(KeywordAdError::UnsupportedApi.status(), Some(400));
/// assert_eq!(KeywordAdError::from_code(-7), Some(KeywordAdError::Unknown(-7)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum KeywordAdError {
    /// A system error occurred.
    ///
    /// The page gives no solution ("-").
    #[kakao(
        code = -1,
        status = 500,
        remedy = OutcomeUnknown,
        message_ko = "시스템 오류가 발생한 경우"
    )]
    InternalError,

    /// A wrong parameter was passed: an argument value is wrong, or a required one is
    /// missing.
    #[kakao(
        code = -2,
        status = 400,
        remedy = FixRequest,
        message_ko = "잘못된 파라미터를 전달한 경우 호출 인자값이 잘못되었거나 필수 인자가 포함되지 않은 경우",
        solution_ko = "API 호출 시 파라미터를 확인하고 올바른 값을 전달합니다."
    )]
    IllegalParams,

    /// An unsupported service API was called: the API is turned off in the app's settings.
    #[kakao(
        code = -3,
        status = 400,
        remedy = FixAppSettings,
        message_ko = "지원되지 않는 서비스 API를 호출한 경우 해당 앱의 호출된 API가 설정에서 off되어 있을 경우",
        solution_ko = "앱 관리 페이지에서 API 설정을 확인합니다."
    )]
    UnsupportedApi,

    /// The app has no permission for this API.
    #[kakao(
        code = -5,
        status = 403,
        remedy = FixAppSettings,
        message_ko = "해당 API에 대한 권한/퍼미션이 없는 경우",
        solution_ko = "API 사용 권한을 확인합니다."
    )]
    PermissionDenied,

    /// The allowed number of requests is exceeded.
    ///
    /// Not retryable: the solution asks for fewer requests first ("요청 횟수를 줄이고
    /// 재시도합니다"), and a limit on the number of requests resets by itself, but not within a
    /// backoff. Kakao Moment's -10, whose English page says "try again later", is `Throttled`.
    #[kakao(
        code = -10,
        status = 400,
        remedy = RetryLater,
        message_ko = "허용된 요청 횟수가 초과된 경우",
        solution_ko = "요청 횟수를 줄이고 재시도합니다."
    )]
    ApiLimitExceeded,

    /// The Kakao Developers app or the developer account is suspended.
    #[kakao(
        code = -12,
        status = 403,
        remedy = ContactSupport,
        message_ko = "카카오디벨로퍼스 앱 또는 개발자 계정이 제재된 경우",
        solution_ko = "데브톡으로 문의합니다."
    )]
    BlockedApp,

    /// The request is for a user who is not linked to the app; the login-based APIs need the
    /// app linked first.
    #[kakao(
        code = -101,
        status = 400,
        remedy = UserAction,
        message_ko = "해당 앱에 연결이 되지 않은 사용자의 요청인 경우 로그인 기반 API의 경우 앱 연결이 선행되어야 함",
        solution_ko = "사용자가 앱에 연결되어 있는지 확인합니다."
    )]
    NotRegisteredUser,

    /// The user has not agreed to the business consent items the API needs; the response's
    /// required_scope(s) are what to ask for.
    #[kakao(
        code = -402,
        status = 403,
        remedy = RequestConsent,
        message_ko = "해당 API 요청에 필요한 비즈니스 동의항목의 사용자 동의를 받지 않은 경우 응답 내 required_scope(s) 항목을 사용자에게 추가 동의 요청 필요",
        solution_ko = "사용자에게 필요한 동의항목에 대한 추가 동의를 요청합니다. 참고: 비즈니스 동의항목"
    )]
    InsufficientScope,

    /// Kakao Keyword Ad failed internally.
    ///
    /// The error most detail codes come with (`extras.detailCode`: see
    /// [`KeywordAdDetail`](super::KeywordAdDetail)). The page gives no solution ("-") and does
    /// not say to send the request again: its outcome is unknown.
    #[kakao(
        code = -820,
        status = 400,
        remedy = OutcomeUnknown,
        message_ko = "카카오 키워드광고 내부 에러가 있을 경우"
    )]
    KeywordAdInternalError,

    /// The usage limit (quota) is exceeded.
    ///
    /// Kakao Moment's -813 with HTTP 429, on this page as Kakao Keyword Ad's. Not retryable: the
    /// solution asks for a look at the quota first ("쿼터 사용량을 확인하고 재시도합니다").
    #[kakao(
        code = -813,
        status = 429,
        remedy = RetryLater,
        message_ko = "사용량 제한(쿼터)을 초과한 경우",
        solution_ko = "쿼터 사용량을 확인하고 재시도합니다."
    )]
    QuotaExceeded,

    /// A code the Kakao Keyword Ad table does not list; the code is kept.
    #[kakao(other, message = "unknown Kakao Keyword Ad error code")]
    Unknown(i32),
}
