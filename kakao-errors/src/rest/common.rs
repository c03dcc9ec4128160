//! REST API > Error code > **Common**: errors any Kakao REST API may return.
//!
//! Source: the Kakao Developers page [REST API > Error code](https://developers.kakao.com/docs/latest/en/rest-api/error-code), section "Common", rows in the page's order; then
//! the one cause of the Android SDK's [`ApiErrorCause` reference](https://developers.kakao.com/sdk/reference/android-rx/release/kakao-open-android-docs/com.kakao.sdk.common.model/-api-error-cause/index.html) that belongs here but that the REST page does
//! not list: -301, which therefore has no HTTP status.

use crate::KakaoError;

/// The "Common" table of the REST API error codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
pub enum Common {
    /// The server failed while processing the request; send it again.
    #[kakao(
        code = -1,
        status = 400,
        retry = true,
        remedy = Retry,
        message = "If an error occurs while the server is internally processing.",
        message_ko = "서버 내부에서 처리 중 에러가 발생한 경우",
        solution = "Retry."
    )]
    InternalError,

    /// A required parameter is missing, has the wrong type or is out of range.
    #[kakao(
        code = -2,
        status = 400,
        remedy = FixRequest,
        message = "If some required parameters are not included, or if the argument value has the wrong data type or is out of the acceptable range.",
        message_ko = "필수 파라미터가 포함되지 않았거나, 파라미터 값이 올바르지 않은 경우",
        solution = "Check the request parameters."
    )]
    IllegalParams,

    /// A feature the API needs (Simple Signup, Consent Items, ...) is not enabled for the app.
    #[kakao(
        code = -3,
        status = 403,
        remedy = FixAppSettings,
        message = "If the required function (Example: Simple Signup, Consent Items, services settings, etc.) for the API is not activated.",
        message_ko = "API 사용에 필요한 사전 설정을 완료하지 않은 경우",
        solution = "Go to [Service name] on the app management page, enable the function under [Usage settings] and then make a request again."
    )]
    UnsupportedApi,

    /// The Kakao Account is blocked, or asked for an action it is restricted from.
    ///
    /// Named `BlockedAction` as in the Android SDK's `ApiErrorCause`; newer SDKs call it
    /// `BlockedAccount`.
    #[kakao(
        code = -4,
        status = 403,
        remedy = ContactSupport,
        message = "If an account has been blocked or restricted to do some actions.",
        message_ko = "카카오계정이 제재되었거나, 카카오계정에 제한된 동작을 요청한 경우"
    )]
    BlockedAction,

    /// The app has no permission to call this API (it needs a review first).
    #[kakao(
        code = -5,
        status = 403,
        remedy = FixAppSettings,
        message = "If the app has no permission to request the API.",
        message_ko = "앱에 사용 권한이 없는 API를 호출한 경우",
        solution = "Request a review to use the API, and then make a request again."
    )]
    PermissionDenied,

    /// The Kakao service does not allow the requested action.
    #[kakao(
        code = -6,
        status = 403,
        remedy = FixRequest,
        message = "If a request for an action is not allowed by Kakao services.",
        solution = "Refer to the API documentation and request for an action within the allowed range."
    )]
    ActionNotAllowed,

    /// The service is under maintenance or has an internal problem.
    ///
    /// Kakao Mobility documents the same code with HTTP 500 (see
    /// [`MobilityError::ServiceMaintenanceOrInternalError`](crate::mobility::MobilityError::ServiceMaintenanceOrInternalError)).
    #[kakao(
        code = -7,
        status = 400,
        remedy = Maintenance,
        message = "If the service is undergoing maintenance or has an internal problem.",
        solution = "Check the Notice on the service."
    )]
    ServiceMaintenanceOrInternalError,

    /// A request header is invalid.
    #[kakao(
        code = -8,
        status = 400,
        remedy = FixRequest,
        message = "If the header is invalid.",
        solution = "Check the request header."
    )]
    InvalidHeader,

    /// The API has been retired.
    #[kakao(
        code = -9,
        status = 400,
        remedy = FixRequest,
        message = "If the API has been terminated its service.",
        message_ko = "제공 종료된 API를 호출한 경우",
        solution = "Check the Notice mail or Notice."
    )]
    DeprecatedApi,

    /// The app's quota for the API is used up.
    #[kakao(
        code = -10,
        status = 400,
        remedy = Throttled,
        message = "If the allowed quota limit has been exceeded.",
        message_ko = "사용량 제한을 초과한 경우",
        solution = "Check the allowed quota limit and request an API less than the quota limit. Refer to the quota. If needed, contact DevTalk."
    )]
    ApiLimitExceeded,

    /// A paid API was called beyond its daily or monthly spending limit.
    #[kakao(
        code = -11,
        status = 400,
        remedy = Throttled,
        message = "If called a paid API exceeding the daily or monthly limit amount.",
        solution = "Increase the limit amount."
    )]
    PaidApiLimitExceeded,

    /// The Kakao Developers app or the developer account is suspended.
    ///
    /// Named `BlockedApp` as in newer Kakao SDKs.
    #[kakao(
        code = -12,
        status = 403,
        remedy = ContactSupport,
        message = "If your Kakao Developers app or developer account has been suspended."
    )]
    BlockedApp,

    /// The app key or access token is invalid, or the app does not match its registration.
    #[kakao(
        code = -401,
        status = 401,
        remedy = RefreshToken,
        message = "If the request has been made with an invalid app key or access token, or if the app does not match the registered app information.",
        message_ko = "유효하지 않은 앱 키나 액세스 토큰으로 요청했거나, 앱 정보가 등록된 앱 정보와 일치하지 않는 경우",
        solution = "Check the app key in [App] > [General] > [App keys] on the app management page or reissue an access token. Check the app information."
    )]
    InvalidToken,

    /// The user has no (or a suspended) Kakao Talk account but called a Kakao Talk API.
    #[kakao(
        code = -501,
        status = 400,
        remedy = UserAction,
        message = "If a user who has not signed up for Kakao Talk or suspended calls the Kakao Talk Message API or the Talk Calendar API.",
        message_ko = "카카오톡 미가입 사용자가 카카오톡 API를 호출한 경우"
    )]
    NotTalkUser,

    /// The uploaded image is larger than allowed.
    #[kakao(
        code = -602,
        status = 400,
        remedy = FixRequest,
        message = "If the file size of the uploaded image exceeds the maximum size.",
        message_ko = "업로드 가능한 이미지 최대 용량을 초과한 경우"
    )]
    ImageUploadSizeExceeded,

    /// The Kakao Platform timed out while processing the request.
    #[kakao(
        code = -603,
        status = 400,
        remedy = Retry,
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
        message = "If using an image file with the unsupported format to upload."
    )]
    UnsupportedImageFormat,

    /// The service is under maintenance.
    #[kakao(
        code = -9798,
        status = 503,
        remedy = Maintenance,
        message = "If the service is undergoing maintenance.",
        message_ko = "서비스 점검 중"
    )]
    UnderMaintenance,

    /// The app key is not registered, or the app does not exist.
    ///
    /// Only in the Android SDK's `ApiErrorCause` reference, which gives no HTTP status.
    #[kakao(
        code = -301,
        remedy = FixAppSettings,
        message = "Requested with an app key of not registered app, or requested to an app that does not exist",
        message_ko = "등록되지 않은 앱 키로 요청했거나, 존재하지 않는 앱에 대해 요청한 경우"
    )]
    AppDoesNotExist,
}
