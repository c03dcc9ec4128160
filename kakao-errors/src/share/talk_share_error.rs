//! Kakao Talk Share > Troubleshooting > **Error code**: the 19 rows of the table, in the page's
//! order, and a catch-all.
//!
//! Source: the Kakao Developers page [Kakao Talk Share > Troubleshooting](https://developers.kakao.com/docs/latest/en/kakaotalk-share/trouble-shooting).
//! Where a solution spans two lines on the page (4002, 4011), the line break is kept as `\n`.

use crate::KakaoError;

/// An error code of Kakao Talk Share.
///
/// ```
/// use kakao_errors::KakaoError;
/// use kakao_errors::share::TalkShareError;
///
/// let e = TalkShareError::from_code(4007).unwrap();
/// assert_eq!(e, TalkShareError::TemporaryUsageLimitExceeded);
/// assert_eq!((e.status(), e.is_retryable()), (Some(400), true));
/// assert_eq!(TalkShareError::from_code(4999), Some(TalkShareError::Unknown(4999)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum TalkShareError {
    /// The request is wrong (domain, template or SDK version); see
    /// [`Troubleshooting::for_code`](super::Troubleshooting::for_code).
    #[kakao(
        code = 4002,
        status = 400,
        remedy = FixRequest,
        message = "You sent a wrong request.",
        solution = "Check the development guide and call the API according to the correct specification.\nRefer to 4002 error occurs.."
    )]
    InvalidRequest,

    /// The app key is wrong, or a temporary error occurred (then trying again later helps).
    #[kakao(
        code = 4003,
        status = 400,
        retry = true,
        remedy = Retry,
        message = "You used the wrong app key or a temporary error occurred.",
        solution = "Check if the app key used for the API call is correct, or try again later."
    )]
    WrongAppKeyOrTemporaryError,

    /// The browser is not supported.
    #[kakao(
        code = 4005,
        status = 400,
        remedy = UserAction,
        message = "You used an unsupported browser.",
        solution = "Try again with a different browser or Internet Explorer version 11 or higher."
    )]
    UnsupportedBrowser,

    /// The app's default Kakao Talk Share quota is used up.
    #[kakao(
        code = 4006,
        status = 400,
        remedy = FixAppSettings,
        message = "You exceeded the default quota for Kakao Talk Share.",
        solution = "Request a quota increase. Try again after the review is approved."
    )]
    DefaultQuotaExceeded,

    /// The usage limit is exceeded for the moment.
    #[kakao(
        code = 4007,
        status = 400,
        retry = true,
        remedy = Throttled,
        message = "You temporarily exceeded the usage limit.",
        solution = "Try again later."
    )]
    TemporaryUsageLimitExceeded,

    /// The user's Kakao Talk account is suspended.
    #[kakao(
        code = 4008,
        status = 400,
        remedy = UserAction,
        message = "A user whose Kakao Talk account is suspended cannot use Kakao Talk Share.",
        solution = "Contact Kakao Customer Service."
    )]
    SuspendedTalkAccount,

    /// A non-admin shared into an open chat room set to "Admin only".
    #[kakao(
        code = 4009,
        status = 400,
        remedy = UserAction,
        message = "A non-admin user shared in an open chat room where [Admin only] option is enabled.",
        solution = "Disable the [Admin only] option and try again."
    )]
    AdminOnlyOpenChat,

    /// Authentication failed because the request is wrong (check the app key).
    #[kakao(
        code = 4011,
        status = 401,
        remedy = FixAppSettings,
        message = "Authentication failed due to a wrong request.",
        solution = "Check the app key used in the request.\nContact DevTalk."
    )]
    AuthenticationFailed,

    /// The Kakao Account is not connected to Kakao Talk.
    #[kakao(
        code = 4012,
        status = 401,
        remedy = UserAction,
        message = "Kakao Account is not connected to Kakao Talk.",
        solution = "Log in to Kakao Account in Kakao Talk's [More] > [Settings] > [Kakao Account] and try again."
    )]
    AccountNotConnectedToTalk,

    /// The Kakao Account is suspended.
    #[kakao(
        code = 4013,
        status = 401,
        remedy = UserAction,
        message = "Kakao Account is suspended.",
        solution = "Contact Kakao Customer Service."
    )]
    SuspendedKakaoAccount,

    /// Registering the user failed.
    #[kakao(
        code = 4015,
        status = 401,
        retry = true,
        remedy = Retry,
        message = "User registration failed.",
        solution = "Try again later."
    )]
    UserRegistrationFailed,

    /// The request is not authorized.
    #[kakao(
        code = 4016,
        status = 401,
        remedy = Unknown,
        message = "Unauthorized request."
    )]
    Unauthorized,

    /// Authenticating the Kakao Account failed.
    #[kakao(
        code = 4017,
        status = 401,
        retry = true,
        remedy = Retry,
        message = "Kakao Account authentication failed.",
        solution = "Try again later."
    )]
    AccountAuthenticationFailed,

    /// Another Kakao Account logged in before the share completed.
    #[kakao(
        code = 4018,
        status = 401,
        remedy = UserAction,
        message = "A user logged in with a different Kakao Account before completing the share.",
        solution = "Check the currently logged-in Kakao Account and try again."
    )]
    DifferentAccountLoggedIn,

    /// Authentication failed because the app's platform settings (key hash, bundle ID, web
    /// domain) or the app key do not match the caller; see
    /// [`SubError`](super::SubError) for the three messages it comes with.
    #[kakao(
        code = 4019,
        status = 401,
        remedy = FixAppSettings,
        message = "Authentication failed due to a wrong request.",
        solution = "Refer to 4019 error occurs.."
    )]
    PlatformAuthenticationFailed,

    /// The Kakao Developers app or the developer account is suspended.
    #[kakao(
        code = 4020,
        status = 401,
        remedy = ContactSupport,
        message = "Your Kakao Developers app or developer account has been suspended.",
        solution = "Contact DevTalk."
    )]
    SuspendedAppOrDeveloper,

    /// The URL shared to Kakao Talk is invalid.
    #[kakao(
        code = 4041,
        status = 404,
        remedy = FixRequest,
        message = "The URL shared to Kakao Talk is invalid.",
        solution = "Pass the correct URL when calling the Kakao Talk Share API."
    )]
    InvalidSharedUrl,

    /// An internal server error with known client-side causes (parameters, images the scraper
    /// cannot reach, cookies); see [`Troubleshooting::for_code`](super::Troubleshooting::for_code).
    #[kakao(
        code = 5001,
        status = 500,
        retry = true,
        remedy = Retry,
        message = "Internal server error occurred.",
        solution = "Try again later or refer to 5001 error occurs.."
    )]
    InternalServerError,

    /// An internal server error; trying again later is the remedy.
    #[kakao(
        code = 5005,
        status = 500,
        retry = true,
        remedy = Retry,
        message = "Internal server error occurred.",
        solution = "Try again later."
    )]
    TemporaryServerError,

    /// A code the Kakao Talk Share table does not document; the code is kept.
    #[kakao(other, message = "unknown Kakao Talk Share error code")]
    Unknown(i32),
}
