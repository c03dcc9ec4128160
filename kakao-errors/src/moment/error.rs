//! Kakao Moment > Error code > **Common error code** (공통 에러 코드): the 11 rows of the
//! Korean page, in its order (-813 three times, with three statuses), and a catch-all.
//!
//! Which page each text comes from, the retry rule and the remedy rule are in the
//! [module docs](super).

use crate::KakaoError;

/// An error code of the Kakao Moment (advertising) APIs.
///
/// -813 is documented three times, told apart by the HTTP status: an internal error with 400,
/// a missing permission with 403, a quota with 429.
/// [`from_code_and_status`](KakaoError::from_code_and_status) picks the row;
/// [`from_code`](KakaoError::from_code) alone gives the first (400). Serialized, a value is
/// its code only, so the 403 and 429 rows read back as the 400 one. What went wrong in
/// detail is the body's `extras.detailCode`: see [`MomentDetail`](super::MomentDetail).
///
/// Variant names are the Kakao Android SDK's `ApiErrorCause` names where the SDK has the code,
/// as in [`rest`](crate::rest).
///
/// ```
/// use kakao_errors::{KakaoError, Remedy};
/// use kakao_errors::moment::MomentError;
///
/// let e = MomentError::from_code_and_status(-813, 429).unwrap();
/// assert_eq!(e, MomentError::MomentQuotaExceeded);
/// assert_eq!((e.status(), e.remedy(), e.solution()), (Some(429), Remedy::RetryLater, None));
/// assert_eq!(e.solution_ko(), Some("쿼터 사용량을 확인하고 재시도합니다."));
/// assert_eq!(MomentError::from_code(-813), Some(MomentError::MomentInternalError));
/// assert_eq!(MomentError::CODES, &[-1, -2, -3, -5, -10, -12, -101, -402, -813]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum MomentError {
    /// An internal server error occurred.
    ///
    /// On the Korean page only: the English message, this line, is this crate's translation of
    /// the Korean cause, and there is no solution (the page's is "-").
    #[kakao(
        code = -1,
        status = 500,
        remedy = OutcomeUnknown,
        message_ko = "내부 서버 에러가 발생한 경우"
    )]
    InternalError,

    /// A required parameter is missing, or a value has the wrong data.
    #[kakao(
        code = -2,
        status = 400,
        remedy = FixRequest,
        message = "Wrong parameter\nIf some required parameters are not included, or if the argument value has the wrong data.",
        message_ko = "잘못된 파라미터를 전달한 경우",
        solution = "Check the request parameters and ensure all required parameters are included with correct data types.",
        solution_ko = "API 호출 시 파라미터를 확인하고 올바른 값을 전달합니다."
    )]
    IllegalParams,

    /// The API is not supported, or a feature it needs is not activated for the app.
    #[kakao(
        code = -3,
        status = 400,
        remedy = FixAppSettings,
        message = "If you call unsupported service APIs.\nIf the required function for the API is not activated.",
        message_ko = "지원되지 않는 서비스 API를 호출한 경우",
        solution = "Check if the API is supported and ensure the required function is activated in your app settings.",
        solution_ko = "앱 관리 페이지에서 API 설정을 확인합니다."
    )]
    UnsupportedApi,

    /// The app has no permission to call this API.
    #[kakao(
        code = -5,
        status = 403,
        remedy = FixAppSettings,
        message = "If you have no permission to request the API.",
        message_ko = "해당 API에 대한 권한/퍼미션이 없는 경우",
        solution = "Verify that your app has the necessary permissions to access the requested API.",
        solution_ko = "API 사용 권한을 확인합니다."
    )]
    PermissionDenied,

    /// The number of allowed calls is exceeded; try again later.
    #[kakao(
        code = -10,
        status = 400,
        retry = true,
        remedy = Throttled,
        message = "If you make a request over the number of allowed calls.",
        message_ko = "허용된 요청 횟수가 초과된 경우",
        solution = "Check your API quota limits and try again later or request a quota increase.",
        solution_ko = "요청 횟수를 줄이고 재시도합니다."
    )]
    ApiLimitExceeded,

    /// The Kakao Developers app or the developer account is suspended.
    #[kakao(
        code = -12,
        status = 403,
        remedy = ContactSupport,
        message = "If your Kakao Developers app or developer account has been suspended.",
        message_ko = "카카오디벨로퍼스 앱 또는 개발자 계정이 제재된 경우",
        solution = "Contact DevTalk.",
        solution_ko = "데브톡으로 문의합니다."
    )]
    BlockedApp,

    /// The user is not linked to the app.
    #[kakao(
        code = -101,
        status = 400,
        remedy = UserAction,
        message = "If you call an API for a user who is not linked to your app.\nFor the login-based APIs, the app must be linked with the user.",
        message_ko = "해당 앱에 연결이 되지 않은 사용자의 요청인 경우",
        solution = "Ensure the user is properly linked to your app before making API calls.",
        solution_ko = "사용자가 앱에 연결되어 있는지 확인합니다."
    )]
    NotRegisteredUser,

    /// The user has not agreed to the business consent items the API needs.
    #[kakao(
        code = -402,
        status = 403,
        remedy = RequestConsent,
        message = "If you don't have user consent for the Business consent items to request API\nRequest required_scope(s) of response to user for additional consent.",
        message_ko = "해당 API 요청에 필요한 비즈니스 동의항목의 사용자 동의를 받지 않은 경우",
        solution = "Request additional consent from the user for the required business consent items.",
        solution_ko = "사용자에게 필요한 동의항목에 대한 추가 동의를 요청합니다. 참고: 비즈니스 동의항목"
    )]
    InsufficientScope,

    /// Kakao Moment failed internally (HTTP 400); try again later.
    ///
    /// The Korean page gives no solution ("-"); the English page's "Try again later" makes it
    /// retryable.
    #[kakao(
        code = -813,
        status = 400,
        retry = true,
        remedy = Retry,
        message = "If internal error of Kakao Moment occurs.",
        message_ko = "카카오모먼트 내부 에러가 있을 경우",
        solution = "Try again later or contact support if the error persists."
    )]
    MomentInternalError,

    /// If you have no permission.
    ///
    /// HTTP 403. On the Korean page only: the English message, this line, is this crate's
    /// translation of the Korean cause, and there is no solution (the page's is "-").
    #[kakao(
        code = -813,
        status = 403,
        shares_code,
        remedy = FixAppSettings,
        message_ko = "권한(Permission)이 없는 경우"
    )]
    MomentPermissionDenied,

    /// The allowed quota is exceeded (HTTP 429).
    ///
    /// The English page gives no solution; the Korean page's, "check the quota usage and try
    /// again", asks for a look at the quota first, which resets by itself but not within a
    /// backoff: not retryable, and `RetryLater`.
    #[kakao(
        code = -813,
        status = 429,
        shares_code,
        remedy = RetryLater,
        message = "If you have exceeded the allowed quota limit.",
        message_ko = "사용량 제한(쿼터)을 초과한 경우",
        solution_ko = "쿼터 사용량을 확인하고 재시도합니다."
    )]
    MomentQuotaExceeded,

    /// A code the Kakao Moment table does not list; the code is kept.
    #[kakao(other, message = "unknown Kakao Moment error code")]
    Unknown(i32),
}
