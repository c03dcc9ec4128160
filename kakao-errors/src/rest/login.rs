//! REST API > Error code > **Kakao Login**: errors of the login-based APIs.
//!
//! Source: the Kakao Developers page [REST API > Error code](https://developers.kakao.com/docs/latest/en/rest-api/error-code), section "Kakao Login", rows in the page's order;
//! then the four causes of the Android SDK's [`ApiErrorCause` reference](https://developers.kakao.com/sdk/reference/android-rx/release/kakao-open-android-docs/com.kakao.sdk.common.model/-api-error-cause/index.html) that belong to Kakao Login but that the
//! REST page does not list (-405, -421, -422, -423), in the SDK's order and without an HTTP
//! status, since no page documents one.
//!
//! The Korean texts of the six page rows are those of the Korean Kakao Login troubleshooting page
//! ([카카오 로그인 > 문제 해결](https://developers.kakao.com/docs/latest/ko/kakaologin/trouble-shooting)),
//! whose "카카오 로그인 API" table has the same codes and statuses: `message_ko` is its "원인"
//! (cause) and `solution_ko` its "해결 방법" (solution, absent where the page has "-"), word for
//! word ("required_scopes을", "응답본문의"). The Korean REST API page, which would give them
//! too, is available only up to the first words of -101, which agree. Where the Android SDK
//! also has a Korean description of the code, the page's wins, being a Kakao Developers table
//! of the same rows with its Korean solution; the SDK's wording, where it differs, is quoted in
//! the variant's docs. The four SDK-only codes keep the SDK's Korean.
//!
//! The page's note on the section: to use login-based APIs, the Kakao Account of the user must
//! be linked with the service app.

use crate::KakaoError;

/// The "Kakao Login" table of the REST API error codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum Login {
    /// The user's Kakao Account is not linked to the app.
    ///
    /// The Android SDK's `ApiErrorCause` reference words it in Korean:
    /// "앱과 연결되지 않은 사용자가 요청한 경우".
    #[kakao(
        code = -101,
        status = 400,
        remedy = UserAction,
        message = "If a user whose Kakao Account is not linked to the app makes a request.",
        message_ko = "해당 앱에 카카오계정 연결이 완료되지 않은 사용자가 호출한 경우",
        solution = "Retry after linking the Kakao Account to the app through Kakao Login.",
        solution_ko = "카카오계정 연결 후 재시도"
    )]
    NotRegisteredUser,

    /// The manual signup API was called for a user who is already linked to the app.
    ///
    /// The Android SDK's `ApiErrorCause` reference words it in Korean:
    /// "이미 앱과 연결되어 있는 사용자에 대해 연결하기 요청한 경우".
    #[kakao(
        code = -102,
        status = 400,
        remedy = FixRequest,
        message = "If requested the manual signup API with an access token of a user who is already linked to the app.",
        message_ko = "이미 앱과 연결되어 있는 사용자의 토큰으로 수동 연결을 요청한 경우"
    )]
    AlreadyRegisteredUser,

    /// The Kakao Account is dormant or invalid.
    #[kakao(
        code = -103,
        status = 400,
        remedy = UserAction,
        message = "If the request has been made with a dormant or invalid Kakao Account.",
        message_ko = "휴면 상태, 또는 존재하지 않는 카카오계정으로 요청한 경우"
    )]
    AccountDoesNotExist,

    /// A user property key that the app has not registered was read or written.
    ///
    /// The Android SDK's `ApiErrorCause` reference words it in Korean:
    /// "앱에 추가하지 않은 사용자 프로퍼티 키 값을 불러오거나 저장하려고 한 경우".
    #[kakao(
        code = -201,
        status = 400,
        remedy = FixRequest,
        message = "If tried to retrieve or store the value of the invalid user property key.",
        message_ko = "사용자 정보 요청 API나 사용자 정보 저장 API 호출 시 앱에 추가하지 않은 사용자 프로퍼티 키 값을 불러오거나 저장하려고 한 경우",
        solution = "Go to App > [Kakao Login] > [User Properties] to check registered keys, and set the request parameters to match the registered user property keys.",
        solution_ko = "앱 관리 페이지의 [카카오 로그인] > [고급] > [사용자 프로퍼티]에서 설정한 사용자 프로퍼티 키와 요청 파라미터가 일치하도록 설정"
    )]
    PropertyKeyDoesNotExist,

    /// The user has not consented to a scope the API needs; the body lists `required_scopes`.
    ///
    /// The Android SDK's `ApiErrorCause` reference words it in Korean:
    /// "접근하려는 리소스에 대해 사용자 동의를 받지 않은 경우".
    #[kakao(
        code = -402,
        status = 403,
        remedy = RequestConsent,
        message = "If a user has not agreed to provide the user information (scope) that the API attempts to access.",
        message_ko = "해당 API에서 접근하는 리소스에 대해 사용자의 동의를 받지 않은 경우",
        solution = "Check the required_scopes in the response body, and request additional consent to the scope.",
        solution_ko = "응답본문의 required_scopes을 확인하여 사용자에게 해당 동의항목을 추가 동의 받도록 요청"
    )]
    InsufficientScope,

    /// The user is younger than the app's age limit (under 14 where the app does not allow it).
    ///
    /// The Android SDK's `ApiErrorCause` reference words it in Korean:
    /// "앱에 설정된 제한 연령보다 사용자의 연령이 낮음".
    #[kakao(
        code = -406,
        status = 401,
        remedy = UserAction,
        message = "If a user under age 14 calls the API from the app that does not allow the users under age 14.",
        message_ko = "14세 미만 미허용 설정이 되어 있는 앱으로 14세 미만 사용자가 API 호출한 경우"
    )]
    UnderAgeLimit,

    /// The user must verify their age first.
    ///
    /// Only in the Android SDK's `ApiErrorCause` reference, which gives no HTTP status.
    #[kakao(
        code = -405,
        remedy = UserAction,
        known_from = "the Kakao Android SDK's ApiErrorCause reference: https://developers.kakao.com/sdk/reference/android-rx/release/kakao-open-android-docs/com.kakao.sdk.common.model/-api-error-cause/index.html",
        message = "Age verification is required",
        message_ko = "연령인증 필요"
    )]
    RequiredAgeVerification,

    /// A signing request (Kakao Certificate) has not been completed.
    ///
    /// Only in the Android SDK's `ApiErrorCause` reference, which gives no HTTP status.
    #[kakao(
        code = -421,
        remedy = UserAction,
        known_from = "the Kakao Android SDK's ApiErrorCause reference: https://developers.kakao.com/sdk/reference/android-rx/release/kakao-open-android-docs/com.kakao.sdk.common.model/-api-error-cause/index.html",
        message = "Signing is not completed",
        message_ko = "서명이 완료되지 않은 경우"
    )]
    SigningIsNotCompleted,

    /// The signing was not completed within its valid time.
    ///
    /// Only in the Android SDK's `ApiErrorCause` reference, which gives no HTTP status.
    #[kakao(
        code = -422,
        remedy = UserAction,
        known_from = "the Kakao Android SDK's ApiErrorCause reference: https://developers.kakao.com/sdk/reference/android-rx/release/kakao-open-android-docs/com.kakao.sdk.common.model/-api-error-cause/index.html",
        message = "Signing is not completed in the valid time",
        message_ko = "유효시간 안에 서명이 완료되지 않은 경우"
    )]
    InvalidTransaction,

    /// The public key of the signing transaction has expired.
    ///
    /// Only in the Android SDK's `ApiErrorCause` reference, which gives no HTTP status.
    #[kakao(
        code = -423,
        remedy = FixRequest,
        known_from = "the Kakao Android SDK's ApiErrorCause reference: https://developers.kakao.com/sdk/reference/android-rx/release/kakao-open-android-docs/com.kakao.sdk.common.model/-api-error-cause/index.html",
        message = "The public key has been expired",
        message_ko = "공개 키가 만료된 경우"
    )]
    TransactionHasExpired,
}
