//! Business Authentication > Troubleshooting > **Business authorization code**: the rows of the
//! table (KOE003 .. KOE232), in the page's order; the row of which only the first words are
//! known (KOE233); and a catch-all.
//!
//! Which version of the page each column comes from and the remedy rule are in the
//! [module docs](super).

use crate::KakaoError;

/// An error of the Kakao Login authorization server when an app requests a *business*
/// authorization code (Business Authentication, for Kakao Moment and other business APIs).
///
/// Its codes overlap [`KoeError`](super::KoeError)'s with other meanings (`KOE008` is a wrong
/// app *type* here, a wrong app key there; `KOE101` a wrong platform key here), so a
/// business flow looks its codes up here.
///
/// ```
/// use kakao_errors::{KakaoError, Remedy};
/// use kakao_errors::oauth::{BusinessAuthError, KoeError};
///
/// let e = BusinessAuthError::from_code_str("KOE008").unwrap();
/// assert_eq!(e, BusinessAuthError::WrongAppType);
/// assert_eq!(e.remedy(), Remedy::FixRequest);
/// assert_eq!(KoeError::from_code_str("KOE008").unwrap().remedy(), Remedy::FixAppSettings);
/// assert_eq!(e.to_string(), "[KOE008] The wrong app type was used to request a business authorization code.");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum BusinessAuthError {
    /// The Kakao OAuth server failed for the moment; send the request again a little later.
    #[kakao(
        code = "KOE003",
        retry = true,
        remedy = Retry,
        message = "Due to a temporary error in the Kakao OAuth server, the request is not completed.",
        message_ko = "카카오 OAuth 서버에서 일시적인 오류가 발생한 경우",
        solution = "Try it again a few seconds later.\nIf the problem persists, contact us through DevTalk.",
        solution_ko = "잠시 후 재요청합니다. 문제가 지속될 경우 데브톡으로 문의합니다."
    )]
    TemporaryServerError,

    /// Someone who is not a member of a test app tried to log in to it.
    #[kakao(
        code = "KOE005",
        remedy = FixAppSettings,
        message = "A user who is not registered as a team member for a test app tries to log in.",
        message_ko = "테스트 앱에 멤버로 등록되지 않은 사용자가 로그인을 시도한 경우",
        solution = "Invite the person as a team member in [App] > [Member] on the app management page.\n\nNote: Team management",
        solution_ko = "앱 관리 페이지의 [앱] > [멤버]에서 멤버 추가합니다. 참고: 멤버"
    )]
    NotTestAppMember,

    /// The business authorization code was requested with an app key of the wrong type (it
    /// takes the REST API key).
    #[kakao(
        code = "KOE008",
        remedy = FixRequest,
        message = "The wrong app type was used to request a business authorization code.",
        message_ko = "비즈니스 인가 코드 요청에 잘못된 앱 타입을 사용한 경우",
        solution = "Request again using the REST API key.\n\nNote: REST API key",
        solution_ko = "REST API 키를 사용해 재요청합니다. 참고: REST API 키"
    )]
    WrongAppType,

    /// The Kakao Account has not completed its Kakao Business Center registration.
    #[kakao(
        code = "KOE025",
        remedy = UserAction,
        message = "You requested business authentication with a Kakao Account that has not completed Kakao Business Center registration.",
        message_ko = "카카오비즈니스센터 가입을 완료하지 않은 카카오계정으로 비즈니스 인증을 요청 한 경우",
        solution = "Complete the Kakao Business Center registration and try again.",
        solution_ko = "카카오비즈니스센터 가입 후 재요청합니다."
    )]
    BusinessCenterNotJoined,

    /// The Kakao Account is in a state that cannot use the service.
    #[kakao(
        code = "KOE026",
        remedy = UserAction,
        message = "You requested business authentication with a Kakao Account that is not eligible for service use.",
        message_ko = "서비스를 이용할 수 없는 상태의 카카오계정으로 비즈니스 인증을 요청한 경우",
        solution = "Check the status of the Kakao Account and follow the necessary steps.",
        solution_ko = "카카오계정 상태를 확인 후 필요한 절차를 수행합니다."
    )]
    AccountNotEligible,

    /// The Kakao Account has no business assets.
    #[kakao(
        code = "KOE027",
        remedy = UserAction,
        message = "You requested business authentication with a Kakao Account that does not have Business assets.",
        message_ko = "비즈니스 자산이 없는 카카오계정으로 비즈니스 인증을 요청한 경우",
        solution = "Create business assets or request with a Kakao Account that has business assets.",
        solution_ko = "비즈니스 자산을 생성하거나, 비즈니스 자산이 존재하는 카카오계정으로 재요청합니다."
    )]
    NoBusinessAssets,

    /// The business redirect URI is not registered for the app.
    #[kakao(
        code = "KOE028",
        remedy = FixAppSettings,
        message = "You used an unregistered business Redirect URI when requesting a business authorization code.",
        message_ko = "등록하지 않은 비즈니스 리다이렉트 URI를 사용해 비즈니스 인가 코드를 요청한 경우",
        solution = "Register a new business Redirect URI in [My Application] > [Business Authentication], or use the registered value as the redirect_uri for the business authorization code request.",
        solution_ko = "앱 관리 페이지의 [앱] > [플랫폼 키] > [REST API 키] > [리다이렉트 URI]에서 비즈니스 인증 리다이렉트 URI를 새로 등록하거나, 등록된 값을 비즈니스 인가 코드 요청 redirect_uri 값으로 사용합니다."
    )]
    UnregisteredBusinessRedirectUri,

    /// The app key (platform key) is wrong.
    #[kakao(
        code = "KOE101",
        remedy = FixAppSettings,
        message = "You used the wrong app key, or the app key has a typo.",
        message_ko = "잘못된 플랫폼 키를 사용한 경우",
        solution = "Go to [My Application] > [App Keys] and check if the app key you used is correct. Note: App key",
        solution_ko = "앱 관리 페이지의 [앱] > [플랫폼 키]에서 발급받은 앱 키를 올바르게 사용했는지 확인합니다. 참고: 플랫폼 키"
    )]
    WrongAppKey,

    /// The app is not a Biz App.
    #[kakao(
        code = "KOE123",
        remedy = FixAppSettings,
        message = "You requested a business authorization code with an app that is not a Biz App.",
        message_ko = "비즈 앱이 아닌 앱으로 비즈니스 인가 코드를 요청한 경우",
        solution = "Convert your service app to a Biz App in [My Application] > [Business].",
        solution_ko = "앱 관리 페이지의 [앱] > [일반] > [비즈니스 정보]에서 서비스 앱을 비즈 앱으로 전환합니다."
    )]
    NotBizApp,

    /// The app does not have the permission that business authorization needs.
    ///
    /// No English text is known for this row (the English page's table is available only up to
    /// KOE123): the English message, this line, is this crate's translation of the Korean cause,
    /// and there is no English solution. The Korean cause and solution are the Korean page's.
    #[kakao(
        code = "KOE124",
        remedy = FixAppSettings,
        message_ko = "권한이 없는 앱으로 비즈니스 인가 코드를 요청한 경우",
        solution_ko = "필요한 권한 획득 후 재요청합니다."
    )]
    AppNotPermitted,

    /// The Kakao Developers app or the developer account is suspended.
    ///
    /// No English text is known for this row (the English page's table is available only up to
    /// KOE123): the English message, this line, is this crate's translation of the Korean cause,
    /// and there is no English solution. The Korean cause and solution are the Korean page's.
    #[kakao(
        code = "KOE125",
        remedy = ContactSupport,
        message_ko = "카카오디벨로퍼스 앱 또는 개발자 계정이 제재된 경우",
        solution_ko = "데브톡으로 문의합니다."
    )]
    SuspendedAppOrDeveloper,

    /// The business authorization request's response_type is not supported.
    ///
    /// No English text is known for this row (the English page's table is available only up to
    /// KOE123): the English message, this line, is this crate's translation of the Korean cause,
    /// and there is no English solution. The Korean cause and solution are the Korean page's.
    #[kakao(
        code = "KOE201",
        remedy = FixRequest,
        message_ko = "지원하지 않는 응답 유형(response_type)을 포함해 비즈니스 인가 코드를 요청한 경우에러 메시지: Unsupported response type: ${response_type}",
        solution_ko = "response_type 값을 code로 변경해 재요청합니다."
    )]
    UnsupportedResponseType,

    /// The request has a business consent item that the app may not use or has not set up.
    ///
    /// No English text is known for this row (the English page's table is available only up to
    /// KOE123): the English message, this line, is this crate's translation of the Korean cause,
    /// and there is no English solution. The Korean cause and solution are the Korean page's.
    #[kakao(
        code = "KOE232",
        remedy = FixAppSettings,
        message_ko = "권한이 없거나 설정하지 않은 비즈니스 동의항목을 포함해 비즈니스 인가 코드를 요청한 경우",
        solution_ko = "권한이 없는 동의항목을 제외하거나, 앱 관리 페이지의 [비즈니스 인증] > [동의항목]에서 동의 필요 항목을 설정 후 재요청합니다."
    )]
    InvalidBusinessConsentItem,

    /// The business authorization code was requested with a parameter it does not support.
    ///
    /// Only the first words of this row are known: the available text of the Korean Business
    /// Authentication troubleshooting page
    /// (<https://developers.kakao.com/docs/latest/ko/business-auth/trouble-shooting>) stops
    /// inside its cause ("지원하지 않는 파라미터로 비즈"). The texts here are this crate's.
    #[kakao(
        code = "KOE233",
        remedy = FixRequest,
        known_from = "the first words of its row on the Korean Business Authentication troubleshooting page (the rest is this crate's wording): https://developers.kakao.com/docs/latest/ko/business-auth/trouble-shooting",
        message_ko = "지원하지 않는 파라미터로 비즈니스 인가 코드를 요청한 경우",
        solution = "Leave out the parameters that the business authorization code request does not support.",
        solution_ko = "지원하지 않는 파라미터를 빼고 비즈니스 인가 코드를 요청합니다."
    )]
    UnsupportedParameter,

    /// A `KOE` code this table does not list; the number is kept.
    #[kakao(
        other,
        message = "unknown Business Authentication authorization error code"
    )]
    Unknown(i32),
}

impl BusinessAuthError {
    /// The OAuth `error` value Kakao sends with this code, where the page gives one in the
    /// code's cell: `invalid_request` for `KOE201`. `None` elsewhere.
    ///
    /// ```
    /// use kakao_errors::oauth::BusinessAuthError;
    ///
    /// assert_eq!(BusinessAuthError::UnsupportedResponseType.error_value(), Some("invalid_request"));
    /// assert_eq!(BusinessAuthError::NotBizApp.error_value(), None);
    /// ```
    #[must_use]
    pub const fn error_value(&self) -> Option<&'static str> {
        match self {
            Self::UnsupportedResponseType => Some("invalid_request"),
            _ => None,
        }
    }
}
