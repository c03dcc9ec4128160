//! Kakao Talk Channel > Troubleshooting > **SDK**, "Add Kakao Talk Channel": the rows of the
//! table (KAE001 .. KAE201), in the Korean page's order; then the codes that only the Kakao SDK
//! reference gives; and a catch-all.
//!
//! Which version of the page each column comes from and the remedy rule are in the
//! [module docs](super).

use crate::KakaoError;

/// An error of the Kakao SDK's Kakao Talk Channel calls (adding a channel, ...): the SDK's
/// `AppsError` codes, `KAE...`.
///
/// Codes are written as Kakao writes them: [`code`](KakaoError::code) is the number,
/// [`error_code`](KakaoError::error_code), `Display` and serde write `KAE004`, and
/// [`from_code_str`](KakaoError::from_code_str) reads it.
///
/// ```
/// use kakao_errors::{KakaoError, Remedy};
/// use kakao_errors::channel::KaeError;
///
/// let e = KaeError::from_code_str("KAE001").unwrap();
/// assert_eq!(e, KaeError::InternalServerError);
/// assert_eq!((e.is_retryable(), e.solution_ko()), (true, Some("재시도")));
/// assert_eq!(KaeError::from_code_str("KAE201").unwrap().remedy(), Remedy::RefreshToken);
/// assert_eq!(KaeError::from_code_str("KAE999"), Some(KaeError::Unknown(999)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum KaeError {
    /// The server failed while processing the request; send it again.
    #[kakao(
        code = "KAE001",
        retry = true,
        remedy = Retry,
        message = "Internal server error",
        message_ko = "서버 내부에서 처리 중 에러가 발생한 경우",
        solution = "Retry.",
        solution_ko = "재시도"
    )]
    InternalServerError,

    /// A request parameter is wrong.
    #[kakao(
        code = "KAE003",
        remedy = FixRequest,
        message = "Bad Parameter",
        message_ko = "잘못된 파라미터로 요청한 경우",
        solution = "Check used parameters.",
        solution_ko = "요청 파라미터 확인"
    )]
    InvalidParameter,

    /// The request's validity period has expired; the user must be told and try again.
    #[kakao(
        code = "KAE004",
        remedy = UserAction,
        message = "Validity period has expired",
        message_ko = "유효 시간이 만료된 경우",
        solution = "Inform users the reason and retry.",
        solution_ko = "사용자에게 에러 원인과 재시도 필요 안내"
    )]
    TimeExpired,

    /// The channel cannot be looked up (a wrong channel profile ID, for example).
    #[kakao(
        code = "KAE005",
        remedy = FixRequest,
        message = "Invalid Kakao Talk Channel\n(Example: Wrong Kakao Talk Channel profile ID)",
        message_ko = "조회가 불가능한 상태(잘못된 채널 프로필 ID 또는 요청 수행 불가)의 채널 정보로 요청한 경우",
        solution = "Retry with a valid Kakao Talk Channel profile ID",
        solution_ko = "올바른 채널 정보로 재요청"
    )]
    InvalidChannel,

    /// The channel cannot be added as a friend (it is private or locked, for example).
    #[kakao(
        code = "KAE006",
        remedy = FixRequest,
        message = "The specified Kakao Talk Channel is not available to be added\n(Example: Private or locked Kakao Talk Channel)",
        message_ko = "친구 추가가 불가능한 상태(비공개, 잠금 등)의 채널 정보로 요청한 경우",
        solution = "Check the status of the Kakao Talk Channel and retry.",
        solution_ko = "채널 상태 확인 후 올바른 정보로 재요청"
    )]
    IllegalStateChannel,

    /// The user's environment is not supported.
    #[kakao(
        code = "KAE007",
        remedy = UserAction,
        message = "Not supported environment",
        message_ko = "지원하지 않는 환경에서 요청한 경우",
        solution = "Inform users the reason and retry.",
        solution_ko = "사용자에게 에러 원인 안내"
    )]
    UnsupportedEnvironment,

    /// The app key is wrong (or of the wrong type).
    #[kakao(
        code = "KAE104",
        remedy = FixAppSettings,
        message = "Invalid app key",
        message_ko = "잘못된 앱 키로 요청한 경우",
        solution = "Retry with the valid app key in [App] > [Platform key] > [Native app key] on the app management page.",
        solution_ko = "앱 관리 페이지의 [앱] > [플랫폼 키] 또는 [어드민 키]에서 확인한 앱 키로 재요청"
    )]
    AppKeyTypeError,

    /// The channel is not connected to the app.
    #[kakao(
        code = "KAE105",
        remedy = FixAppSettings,
        message = "Kakao Talk Channel is not connected with the app",
        message_ko = "앱과 연결되지 않은 채널 정보로 요청한 경우",
        solution = "Connect Kakao Talk Channel to app and retry.",
        solution_ko = "앱에 카카오톡 채널 연결 후 재요청"
    )]
    AppChannelNotConnected,

    /// The Kakao Developers app or the developer account is suspended.
    ///
    /// No English text is known for this whole row (the English page's available text stops
    /// inside it): the English message, this line, is this crate's translation of the Korean
    /// cause, and there is no English solution. The Korean cause and solution are the Korean
    /// page's.
    #[kakao(
        code = "KAE108",
        remedy = ContactSupport,
        message_ko = "카카오디벨로퍼스 앱 또는 개발자 계정이 제재된 경우",
        solution_ko = "데브톡으로 문의합니다."
    )]
    SuspendedAppOrDeveloper,

    /// The request was made with an invalid access token.
    ///
    /// No English text is known for this row (the English page's available text stops before
    /// it): the English message, this line, is this crate's translation of the Korean cause,
    /// and there is no English solution. The Korean cause and solution are the Korean page's.
    #[kakao(
        code = "KAE201",
        remedy = RefreshToken,
        message_ko = "유효하지 않은 액세스 토큰으로 요청한 경우",
        solution_ko = "액세스 토큰 재발급 후 재요청"
    )]
    AuthError,

    /// The request is wrong.
    ///
    /// Not on Kakao's Kakao Talk Channel troubleshooting page; known from the Kakao Android SDK
    /// reference, `AppsErrorCause`
    /// (<https://developers.kakao.com/sdk/reference/android-rx/release/kakao-open-android-docs/com.kakao.sdk.common.model/-apps-error-cause/index.html>),
    /// whose English and Korean descriptions are the texts here.
    #[kakao(
        code = "KAE002",
        remedy = FixRequest,
        known_from = "the Kakao Android SDK's AppsErrorCause reference: https://developers.kakao.com/sdk/reference/android-rx/release/kakao-open-android-docs/com.kakao.sdk.common.model/-apps-error-cause/index.html",
        message = "Passed wrong request",
        message_ko = "잘못된 요청을 전달한 경우"
    )]
    InvalidRequest,

    /// The app's type cannot use this API.
    ///
    /// Not on Kakao's Kakao Talk Channel troubleshooting page; known from the Kakao Android SDK
    /// reference, `AppsErrorCause` (see [`KaeError::InvalidRequest`]), whose English and Korean
    /// descriptions are the texts here.
    #[kakao(
        code = "KAE101",
        remedy = FixAppSettings,
        known_from = "the Kakao Android SDK's AppsErrorCause reference: https://developers.kakao.com/sdk/reference/android-rx/release/kakao-open-android-docs/com.kakao.sdk.common.model/-apps-error-cause/index.html",
        message = "Unavailable app type",
        message_ko = "사용할 수 없는 앱 타입인 경우"
    )]
    AppTypeError,

    /// A consent item the API needs is not set up for the app.
    ///
    /// Not on Kakao's Kakao Talk Channel troubleshooting page; known from the Kakao Android SDK
    /// reference, `AppsErrorCause` (see [`KaeError::InvalidRequest`]), whose English and Korean
    /// descriptions are the texts here.
    #[kakao(
        code = "KAE102",
        remedy = FixAppSettings,
        known_from = "the Kakao Android SDK's AppsErrorCause reference: https://developers.kakao.com/sdk/reference/android-rx/release/kakao-open-android-docs/com.kakao.sdk.common.model/-apps-error-cause/index.html",
        message = "Required consent items are not set",
        message_ko = "필요한 동의항목이 설정되지 않은 경우"
    )]
    AppScopeError,

    /// The app has no permission to use this API.
    ///
    /// Not on Kakao's Kakao Talk Channel troubleshooting page; known from the Kakao Android SDK
    /// reference, `AppsErrorCause` (see [`KaeError::InvalidRequest`]), whose English and Korean
    /// descriptions are the texts here.
    #[kakao(
        code = "KAE103",
        remedy = FixAppSettings,
        known_from = "the Kakao Android SDK's AppsErrorCause reference: https://developers.kakao.com/sdk/reference/android-rx/release/kakao-open-android-docs/com.kakao.sdk.common.model/-apps-error-cause/index.html",
        message = "Requested an API using an app that does not have permission",
        message_ko = "앱에 사용 권한이 없는 API를 호출한 경우"
    )]
    PermissionError,

    /// A `KAE` code this table does not list; the number is kept.
    #[kakao(other, message = "unknown Kakao Talk Channel SDK error code")]
    Unknown(i32),
}
