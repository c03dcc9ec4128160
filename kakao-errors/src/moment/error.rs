//! Kakao Moment > Error code > **Common error code**: the 9 rows, in the page's order (-813
//! twice, with two statuses), and a catch-all.
//!
//! Which version of the page the texts come from and the remedy rule are in the
//! [module docs](super).

use crate::KakaoError;

/// An error code of the Kakao Moment (advertising) APIs.
///
/// -813 is documented twice, told apart by the HTTP status: an internal error with 400, a
/// quota with 429. [`from_code_and_status`](KakaoError::from_code_and_status) picks the row;
/// [`from_code`](KakaoError::from_code) alone gives the first (400). Serialized, a value is
/// its code only, so the 429 row reads back as the 400 one.
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
/// assert_eq!(MomentError::from_code(-813), Some(MomentError::MomentInternalError));
/// assert_eq!(MomentError::CODES, &[-2, -3, -5, -10, -12, -101, -402, -813]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum MomentError {
    /// A required parameter is missing, or a value has the wrong data.
    #[kakao(
        code = -2,
        status = 400,
        remedy = FixRequest,
        message = "Wrong parameter\nIf some required parameters are not included, or if the argument value has the wrong data.",
        solution = "Check the request parameters and ensure all required parameters are included with correct data types."
    )]
    IllegalParams,

    /// The API is not supported, or a feature it needs is not activated for the app.
    #[kakao(
        code = -3,
        status = 400,
        remedy = FixAppSettings,
        message = "If you call unsupported service APIs.\nIf the required function for the API is not activated.",
        solution = "Check if the API is supported and ensure the required function is activated in your app settings."
    )]
    UnsupportedApi,

    /// The app has no permission to call this API.
    #[kakao(
        code = -5,
        status = 403,
        remedy = FixAppSettings,
        message = "If you have no permission to request the API.",
        solution = "Verify that your app has the necessary permissions to access the requested API."
    )]
    PermissionDenied,

    /// The number of allowed calls is exceeded; try again later.
    #[kakao(
        code = -10,
        status = 400,
        retry = true,
        remedy = Throttled,
        message = "If you make a request over the number of allowed calls.",
        solution = "Check your API quota limits and try again later or request a quota increase."
    )]
    ApiLimitExceeded,

    /// The Kakao Developers app or the developer account is suspended.
    #[kakao(
        code = -12,
        status = 403,
        remedy = ContactSupport,
        message = "If your Kakao Developers app or developer account has been suspended.",
        solution = "Contact DevTalk."
    )]
    BlockedApp,

    /// The user is not linked to the app.
    #[kakao(
        code = -101,
        status = 400,
        remedy = UserAction,
        message = "If you call an API for a user who is not linked to your app.\nFor the login-based APIs, the app must be linked with the user.",
        solution = "Ensure the user is properly linked to your app before making API calls."
    )]
    NotRegisteredUser,

    /// The user has not agreed to the business consent items the API needs.
    #[kakao(
        code = -402,
        status = 403,
        remedy = RequestConsent,
        message = "If you don't have user consent for the Business consent items to request API\nRequest required_scope(s) of response to user for additional consent.",
        solution = "Request additional consent from the user for the required business consent items."
    )]
    InsufficientScope,

    /// Kakao Moment failed internally (HTTP 400); try again later.
    #[kakao(
        code = -813,
        status = 400,
        retry = true,
        remedy = Retry,
        message = "If internal error of Kakao Moment occurs.",
        solution = "Try again later or contact support if the error persists."
    )]
    MomentInternalError,

    /// The allowed quota is exceeded (HTTP 429).
    #[kakao(
        code = -813,
        status = 429,
        shares_code,
        remedy = RetryLater,
        message = "If you have exceeded the allowed quota limit."
    )]
    MomentQuotaExceeded,

    /// A code the Kakao Moment table does not list; the code is kept.
    #[kakao(other, message = "unknown Kakao Moment error code")]
    Unknown(i32),
}
