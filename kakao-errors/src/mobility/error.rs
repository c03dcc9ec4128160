//! Kakao Mobility > Troubleshooting > Response code > **Common Error Codes**: the 15 rows, in
//! the page's order, and a catch-all.
//!
//! Source: the English page
//! ([Troubleshooting > Response code](https://developers.kakaomobility.com/affiliate-en/solution.html))
//! for `message` (the "Description" before "Solution:") and `solution` (after "Solution: ");
//! the Korean page (문제 해결하기 > 응답 코드) for `message_ko` (the description's first line)
//! and `solution_ko` (after "해결 방법: "). Both pages give the same statuses,
//! which are Kakao Mobility's own: -1 and -7 are 500 here, 400 in the REST API table.

use crate::KakaoError;

/// An error code of the Kakao Mobility APIs (directions, navigation).
///
/// Variant names follow the REST API table's ([`crate::rest::Common`]) for the same codes.
///
/// ```
/// use kakao_errors::KakaoError;
/// use kakao_errors::mobility::MobilityError;
///
/// let e = MobilityError::from_code(-1).unwrap();
/// assert_eq!(e, MobilityError::InternalError);
/// assert_eq!((e.status(), e.is_retryable()), (Some(500), true));
/// assert_eq!(e.solution_ko(), Some("재시도"));
/// assert_eq!(MobilityError::from_code(-6), Some(MobilityError::Unknown(-6)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum MobilityError {
    /// The server failed while processing the request; send it again.
    #[kakao(
        code = -1,
        status = 500,
        retry = true,
        remedy = Retry,
        message = "Internal server error occurred during processing.",
        message_ko = "서버 내부에서 처리 중에 에러가 발생한 경우",
        solution = "Retry.",
        solution_ko = "재시도"
    )]
    InternalError,

    /// A required parameter is missing, has the wrong type or is out of range.
    #[kakao(
        code = -2,
        status = 400,
        remedy = FixRequest,
        message = "Required parameters are missing, or values are of the wrong type or out of range.",
        message_ko = "필수 인자가 포함되지 않은 경우나 호출 인자 값의 데이터 타입이 적절하지 않거나 허용된 범위를 벗어난 경우",
        solution = "Check your request parameters.",
        solution_ko = "요청 파라미터 확인"
    )]
    IllegalParams,

    /// A feature the API needs is not enabled for the app.
    #[kakao(
        code = -3,
        status = 403,
        remedy = FixAppSettings,
        message = "Required features (e.g., Simple Signup, Consent Items) are not enabled.",
        message_ko = "해당 API를 사용하기 위해 필요한 기능(간편 가입, 동의 항목, 서비스 설정 등)이 활성화되지 않은 경우",
        solution = "Go to Kakao Developers > App > your app > Dashboard > Settings. Under the relevant item, click Set, and set Usage settings to On. After completing these steps, retry the API request.",
        solution_ko = "카카오디벨로퍼스의 내 애플리케이션에서 필요한 기능을 선택한 후, [활성화 설정]에서 ON으로 설정한 후 재호출"
    )]
    UnsupportedApi,

    /// The account is restricted, or asked for a restricted action.
    #[kakao(
        code = -4,
        status = 403,
        remedy = UserAction,
        message = "The account is restricted or is performing restricted actions.",
        message_ko = "계정이 제재된 경우나 해당 계정에 제재된 행동을 하는 경우"
    )]
    BlockedAction,

    /// The app has no permission to call this API.
    #[kakao(
        code = -5,
        status = 403,
        remedy = FixAppSettings,
        message = "The app does not have permission to access the requested API.",
        message_ko = "해당 API에 대한 요청 권한이 없는 경우",
        solution = "Request API review to obtain permission.",
        solution_ko = "검수 진행하여 권한 획득 후 재호출"
    )]
    PermissionDenied,

    /// The service is under maintenance or has an internal problem (HTTP 500 here).
    #[kakao(
        code = -7,
        status = 500,
        remedy = RetryLater,
        message = "The service is under maintenance or experiencing internal issues.",
        message_ko = "서비스 점검 또는 내부 문제가 있는 경우"
    )]
    ServiceMaintenanceOrInternalError,

    /// A request header is invalid.
    #[kakao(
        code = -8,
        status = 400,
        remedy = FixRequest,
        message = "The request was sent with invalid headers.",
        message_ko = "올바르지 않은 헤더로 요청한 경우",
        solution = "Check and correct your request headers.",
        solution_ko = "요청 헤더 확인"
    )]
    InvalidHeader,

    /// The API has been retired.
    #[kakao(
        code = -9,
        status = 400,
        remedy = FixRequest,
        message = "The API you’re calling has been deprecated.",
        message_ko = "서비스가 종료된 API를 호출한 경우"
    )]
    DeprecatedApi,

    /// The request quota is used up.
    #[kakao(
        code = -10,
        status = 400,
        remedy = RetryLater,
        message = "API request quota exceeded.",
        message_ko = "허용된 요청 회수가 초과한 경우",
        solution = "Check and adjust your usage within allowed limits.",
        solution_ko = "허용된 쿼터 확인 후 쿼터 범위 내로 호출 조정, 쿼터 및 제한 참고"
    )]
    ApiLimitExceeded,

    /// The app key or access token is invalid, or the calling app does not match its
    /// registration.
    #[kakao(
        code = -401,
        status = 401,
        remedy = RefreshToken,
        message = "Invalid app key or access token, or mismatch between the calling app and the registered app.",
        message_ko = "유효하지 않은 앱 키나 액세스 토큰으로 요청한 경우, 등록된 앱 정보와 호출된 앱 정보가 불일치하는 경우",
        solution = "Verify app key or renew token, and check registered app info on the Kakao Developers.",
        solution_ko = "앱 키(App Key) 확인 또는 토큰 갱신, 개발자 사이트에 등록된 앱 정보 확인"
    )]
    InvalidToken,

    /// The uploaded image is larger than allowed.
    #[kakao(
        code = -602,
        status = 400,
        remedy = FixRequest,
        message = "Uploaded image exceeds the maximum allowed file size.",
        message_ko = "이미지 업로드 시 최대 용량을 초과하였을 경우"
    )]
    ImageUploadSizeExceeded,

    /// A long-running request (image upload, scraping) took too long.
    #[kakao(
        code = -603,
        status = 400,
        remedy = OutcomeUnknown,
        message = "The request took too long to complete (e.g., image upload or scraping).",
        message_ko = "이미지 업로드나 스크랩 요청과 같이 오래 걸리는 작업이 필요한 API에서 수행 시간이 오래 걸리는 경우"
    )]
    ServerTimeOut,

    /// The app key (or the token's app key) belongs to an unregistered developer.
    #[kakao(
        code = -903,
        status = 400,
        remedy = FixAppSettings,
        message = "The request was made using an unregistered developer’s app key or token.",
        message_ko = "등록되지 않은 개발자의 앱 키나 등록되지 않은 개발자의 앱 키로 구성된 액세스 토큰으로 요청한 경우"
    )]
    DeveloperDoesNotExist,

    /// The uploaded image is in a format that is not supported.
    #[kakao(
        code = -911,
        status = 400,
        remedy = FixRequest,
        message = "Unsupported image format",
        message_ko = "지원하지 않는 포맷의 이미지를 업로드하는 경우"
    )]
    UnsupportedImageFormat,

    /// The service is under maintenance.
    #[kakao(
        code = -9798,
        status = 503,
        remedy = RetryLater,
        message = "The service is currently under maintenance.",
        message_ko = "서비스 점검 중"
    )]
    UnderMaintenance,

    /// A code the Kakao Mobility table does not document; the code is kept.
    #[kakao(other, message = "unknown Kakao Mobility error code")]
    Unknown(i32),
}
