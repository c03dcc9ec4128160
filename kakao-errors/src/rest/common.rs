//! REST API > Error code > **Common**: errors any Kakao REST API may return.
//!
//! Source: the Kakao Developers page [REST API > Error code](https://developers.kakao.com/docs/latest/en/rest-api/error-code),
//! section "Common", rows in the page's order; then the one cause of the Android SDK's
//! [`ApiErrorCause` reference](https://developers.kakao.com/sdk/reference/android-rx/release/kakao-open-android-docs/com.kakao.sdk.common.model/-api-error-cause/index.html)
//! that belongs here but that the REST page does not list: -301, which therefore has no HTTP
//! status.
//!
//! The Korean texts of the 20 page rows are the Korean page's, section "공통"
//! ([REST API > 에러 코드](https://developers.kakao.com/docs/latest/ko/rest-api/error-code)):
//! `message_ko` is its "원인" (cause) and `solution_ko` its "해결 방법" (solution, absent
//! where the page has "-"), word for word, spelling included ("데이타", "회수", "점검중").
//! Where the Android SDK also has a Korean description of the code, the page's wins, being the
//! same table's own text; the SDK's wording, where it differs, is quoted in the variant's
//! docs. -301 keeps the SDK's Korean: the page does not list it.
use crate::KakaoError;

/// The "Common" table of the REST API error codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum Common {
    /// The server failed while processing the request; send it again.
    ///
    /// The Android SDK's `ApiErrorCause` reference words it in Korean:
    /// "서버 내부에서 처리 중 에러가 발생한 경우".
    #[kakao(
        code = -1,
        status = 400,
        retry = true,
        remedy = Retry,
        message = "If an error occurs while the server is internally processing.",
        message_ko = "서버 내부에서 처리 중에 에러가 발생한 경우",
        solution = "Retry.",
        solution_ko = "재시도"
    )]
    InternalError,

    /// A required parameter is missing, has the wrong type or is out of range.
    ///
    /// The Android SDK's `ApiErrorCause` reference words it in Korean:
    /// "필수 파라미터가 포함되지 않았거나, 파라미터 값이 올바르지 않은 경우".
    #[kakao(
        code = -2,
        status = 400,
        remedy = FixRequest,
        message = "If some required parameters are not included, or if the argument value has the wrong data type or is out of the acceptable range.",
        message_ko = "필수 인자가 포함되지 않은 경우나 호출 인자값의 데이타 타입이 적절하지 않거나 허용된 범위를 벗어난 경우",
        solution = "Check the request parameters.",
        solution_ko = "요청 파라미터 확인"
    )]
    IllegalParams,

    /// A feature the API needs (Simple Signup, Consent Items, ...) is not enabled for the app.
    ///
    /// The Android SDK's `ApiErrorCause` reference words it in Korean:
    /// "API 사용에 필요한 사전 설정을 완료하지 않은 경우".
    #[kakao(
        code = -3,
        status = 403,
        remedy = FixAppSettings,
        message = "If the required function (Example: Simple Signup, Consent Items, services settings, etc.) for the API is not activated.",
        message_ko = "해당 API를 사용하기 위해 필요한 기능 활성화(간편가입, 동의항목, 서비스 설정 등) 또는 사용 가능 API에서 호출 허용 설정을 하지 않은 경우",
        solution = "Go to [Service name] on the app management page, enable the function under [Usage settings] and then make a request again.",
        solution_ko = "앱 관리 페이지에서 필요한 설정을 완료 후 재호출"
    )]
    UnsupportedApi,

    /// The Kakao Account is blocked, or asked for an action it is restricted from.
    ///
    /// Named `BlockedAction` as in the Android SDK's `ApiErrorCause`; newer SDKs call it
    /// `BlockedAccount`.
    ///
    /// The Android SDK's `ApiErrorCause` reference words it in Korean:
    /// "카카오계정이 제재되었거나, 카카오계정에 제한된 동작을 요청한 경우".
    #[kakao(
        code = -4,
        status = 403,
        remedy = UserAction,
        message = "If an account has been blocked or restricted to do some actions.",
        message_ko = "계정이 제재된 경우나 해당 계정에 제재된 행동을 하는 경우"
    )]
    BlockedAction,

    /// The app has no permission to call this API (it needs a review first).
    ///
    /// The Android SDK's `ApiErrorCause` reference words it in Korean:
    /// "앱에 사용 권한이 없는 API를 호출한 경우".
    #[kakao(
        code = -5,
        status = 403,
        remedy = FixAppSettings,
        message = "If the app has no permission to request the API.",
        message_ko = "해당 API에 대한 요청 권한이 없는 경우",
        solution = "Request a review to use the API, and then make a request again.",
        solution_ko = "해당 API의 이해하기 문서를 참고해 권한 획득 후 재호출"
    )]
    PermissionDenied,

    /// The Kakao service does not allow the requested action.
    #[kakao(
        code = -6,
        status = 403,
        remedy = FixRequest,
        message = "If a request for an action is not allowed by Kakao services.",
        message_ko = "카카오 서비스에서 허용하지 않는 동작을 요청한 경우",
        solution = "Refer to the API documentation and request for an action within the allowed range.",
        solution_ko = "해당 API 문서를 참고해 카카오 서비스가 허용하는 범위 내 동작으로 재요청"
    )]
    ActionNotAllowed,

    /// The service is under maintenance or has an internal problem.
    ///
    /// Kakao Mobility documents the same code with HTTP 500 (see
    /// [`MobilityError::ServiceMaintenanceOrInternalError`](crate::mobility::MobilityError::ServiceMaintenanceOrInternalError)).
    #[kakao(
        code = -7,
        status = 400,
        remedy = RetryLater,
        message = "If the service is undergoing maintenance or has an internal problem.",
        message_ko = "서비스 점검 또는 내부 문제가 있는 경우",
        solution = "Check the Notice on the service.",
        solution_ko = "해당 서비스 공지사항 확인"
    )]
    ServiceMaintenanceOrInternalError,

    /// A request header is invalid.
    #[kakao(
        code = -8,
        status = 400,
        remedy = FixRequest,
        message = "If the header is invalid.",
        message_ko = "올바르지 않은 헤더로 요청한 경우",
        solution = "Check the request header.",
        solution_ko = "요청 헤더 확인"
    )]
    InvalidHeader,

    /// The API has been retired.
    ///
    /// The Android SDK's `ApiErrorCause` reference words it in Korean:
    /// "제공 종료된 API를 호출한 경우".
    #[kakao(
        code = -9,
        status = 400,
        remedy = FixRequest,
        message = "If the API has been terminated its service.",
        message_ko = "서비스가 종료된 API를 호출한 경우",
        solution = "Check the Notice mail or Notice.",
        solution_ko = "공지 메일이나 데브톡 공지 확인"
    )]
    DeprecatedApi,

    /// The app's quota for the API is used up.
    ///
    /// The Android SDK's `ApiErrorCause` reference words it in Korean:
    /// "사용량 제한을 초과한 경우".
    #[kakao(
        code = -10,
        status = 400,
        remedy = RetryLater,
        message = "If the allowed quota limit has been exceeded.",
        message_ko = "허용된 요청 회수를 초과한 경우",
        solution = "Check the allowed quota limit and request an API less than the quota limit. Refer to the quota. If needed, contact DevTalk.",
        solution_ko = "쿼터 확인 후 쿼터 범위 내로 호출 조정, 필요시 데브톡으로 제휴 문의"
    )]
    ApiLimitExceeded,

    /// A paid API was called beyond its daily or monthly spending limit.
    #[kakao(
        code = -11,
        status = 400,
        remedy = FixAppSettings,
        message = "If called a paid API exceeding the daily or monthly limit amount.",
        message_ko = "일 한도 또는 월 한도 금액을 초과한 유료 API를 호출한 경우",
        solution = "Increase the limit amount.",
        solution_ko = "한도 확인 후 한도 금액 상향"
    )]
    PaidApiLimitExceeded,

    /// The Kakao Developers app or the developer account is suspended.
    ///
    /// Named `BlockedApp` as in newer Kakao SDKs.
    #[kakao(
        code = -12,
        status = 403,
        remedy = ContactSupport,
        message = "If your Kakao Developers app or developer account has been suspended.",
        message_ko = "카카오디벨로퍼스 앱 또는 개발자 계정이 제재된 경우"
    )]
    BlockedApp,

    /// The app key or access token is invalid, or the app does not match its registration.
    ///
    /// The Android SDK's `ApiErrorCause` reference words it in Korean:
    /// "유효하지 않은 앱 키나 액세스 토큰으로 요청했거나, 앱 정보가 등록된 앱 정보와 일치하지 않는 경우".
    #[kakao(
        code = -401,
        status = 401,
        remedy = RefreshToken,
        message = "If the request has been made with an invalid app key or access token, or if the app does not match the registered app information.",
        message_ko = "유효하지 않은 앱키나 액세스 토큰으로 요청한 경우, 등록된 앱 정보와 호출된 앱 정보가 불일치 하는 경우",
        solution = "Check the app key in [App] > [General] > [App keys] on the app management page or reissue an access token. Check the app information.",
        solution_ko = "앱키 확인 또는 토큰 갱신, 개발자 사이트에 등록된 앱 정보 확인"
    )]
    InvalidToken,

    /// The user has no (or a suspended) Kakao Talk account but called a Kakao Talk API.
    ///
    /// The Android SDK's `ApiErrorCause` reference words it in Korean:
    /// "카카오톡 미가입 사용자가 카카오톡 API를 호출한 경우".
    #[kakao(
        code = -501,
        status = 400,
        remedy = UserAction,
        message = "If a user who has not signed up for Kakao Talk or suspended calls the Kakao Talk Message API or the Talk Calendar API.",
        message_ko = "카카오톡 미가입 또는 유예 사용자가 카카오톡 또는 톡캘린더 API를 호출한 경우"
    )]
    NotTalkUser,

    /// The uploaded image is larger than allowed.
    ///
    /// The Android SDK's `ApiErrorCause` reference words it in Korean:
    /// "업로드 가능한 이미지 최대 용량을 초과한 경우".
    #[kakao(
        code = -602,
        status = 400,
        remedy = FixRequest,
        message = "If the file size of the uploaded image exceeds the maximum size.",
        message_ko = "이미지 업로드 시 최대 용량을 초과한 경우"
    )]
    ImageUploadSizeExceeded,

    /// The Kakao Platform timed out while processing the request.
    #[kakao(
        code = -603,
        status = 400,
        remedy = OutcomeUnknown,
        message = "If a timeout occurs while processing the request on the Kakao Platform.",
        message_ko = "카카오 플랫폼 내부에서 요청 처리 중 타임아웃이 발생한 경우"
    )]
    ServerTimeOut,

    /// More images were uploaded than allowed.
    #[kakao(
        code = -606,
        status = 400,
        remedy = FixRequest,
        message = "If exceeding the maximum number of images to upload.",
        message_ko = "업로드할 수 있는 최대 이미지 개수를 초과한 경우"
    )]
    ImageMaxUploadCountExceed,

    /// The app key (or the token's app key) belongs to an unregistered developer.
    #[kakao(
        code = -903,
        status = 400,
        remedy = FixAppSettings,
        message = "If the request has been made with an unregistered developer's app key or an access token that consists of an unregistered developer's app key.",
        message_ko = "등록되지 않은 개발자의 앱키나 등록되지 않은 개발자의 앱키로 구성된 액세스 토큰으로 요청한 경우"
    )]
    DeveloperDoesNotExist,

    /// The uploaded image is in a format Kakao does not support.
    #[kakao(
        code = -911,
        status = 400,
        remedy = FixRequest,
        message = "If using an image file with the unsupported format to upload.",
        message_ko = "지원하지 않는 포맷의 이미지를 업로드 하는 경우"
    )]
    UnsupportedImageFormat,

    /// The service is under maintenance.
    ///
    /// The Android SDK's `ApiErrorCause` reference words it in Korean:
    /// "서비스 점검 중".
    #[kakao(
        code = -9798,
        status = 503,
        remedy = RetryLater,
        message = "If the service is undergoing maintenance.",
        message_ko = "서비스 점검중"
    )]
    UnderMaintenance,

    /// The app key is not registered, or the app does not exist.
    ///
    /// Only in the Android SDK's `ApiErrorCause` reference, which gives no HTTP status.
    #[kakao(
        code = -301,
        remedy = FixAppSettings,
        known_from = "the Kakao Android SDK's ApiErrorCause reference: https://developers.kakao.com/sdk/reference/android-rx/release/kakao-open-android-docs/com.kakao.sdk.common.model/-api-error-cause/index.html",
        message = "Requested with an app key of not registered app, or requested to an app that does not exist",
        message_ko = "등록되지 않은 앱 키로 요청했거나, 존재하지 않는 앱에 대해 요청한 경우"
    )]
    AppDoesNotExist,
}
