//! Kakao Login > Troubleshooting > **Authorization code**: the rows of the table (KOE001 ..
//! KOE201), in the page's order; the rows of the page for Kakao and affiliate services only
//! (KOE103 .. KOE110), in its order; the row of which only the first words are known (KOE202);
//! then the codes known only from other sources; and a catch-all.
//!
//! Which version of the page each column comes from, the remedy rule and the sources of the
//! last rows are in the [module docs](super).

use crate::KakaoError;

/// An error of the Kakao Login authorization server (`error_code` `KOE...` of an OAuth error
/// body), for the authorization code and token requests of Kakao Login.
///
/// Codes are written as Kakao writes them: [`code`](KakaoError::code) is the number,
/// [`error_code`](KakaoError::error_code), `Display` and serde write `KOE320`, and
/// [`from_code_str`](KakaoError::from_code_str) reads it (in any ASCII case).
///
/// ```
/// use kakao_errors::KakaoError;
/// use kakao_errors::Remedy;
/// use kakao_errors::oauth::KoeError;
///
/// let e = KoeError::from_code_str("KOE006").unwrap();
/// assert_eq!(e, KoeError::UnregisteredRedirectUri);
/// assert_eq!(e.remedy(), Remedy::FixAppSettings);
/// assert_eq!(e.error_code().to_string(), "KOE006");
///
/// let e = KoeError::from_code_str("koe320").unwrap();
/// assert_eq!((e.remedy(), e.error_value()), (Remedy::Relogin, Some("invalid_grant")));
/// assert_eq!(KoeError::from_code_str("KOE999"), Some(KoeError::Unknown(999)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum KoeError {
    /// The request parameters are wrong.
    #[kakao(
        code = "KOE001",
        remedy = FixRequest,
        message = "You used the wrong request parameters.",
        message_ko = "잘못된 형식의 요청인 경우",
        solution = "Check the parameters in your request and use the right parameters.",
        solution_ko = "요청에 포함된 파라미터를 확인한 후 재요청합니다. 참고: 인가 코드 요청"
    )]
    WrongParameters,

    /// The request was sent to the wrong URL.
    #[kakao(
        code = "KOE002",
        remedy = FixRequest,
        message = "You have sent your request to the wrong URL.",
        message_ko = "잘못된 URL로 요청을 보낸 경우",
        solution = "Check the URL you sent the request to and make a request again.",
        solution_ko = "요청을 보낸 URL을 확인 후 재요청합니다. 참고: 인가 코드 요청"
    )]
    WrongUrl,

    /// The Kakao OAuth server failed for the moment; send the request again a little later.
    #[kakao(
        code = "KOE003",
        retry = true,
        remedy = Retry,
        message = "Due to a temporary error in the Kakao OAuth server, the request is not completed.",
        message_ko = "카카오 OAuth 서버에서 일시적인 오류가 발생한 경우",
        solution = "Try it again a few seconds later. If the problem persists, contact us through DevTalk.",
        solution_ko = "잠시 후 재요청합니다. 문제가 지속될 경우 데브톡으로 문의합니다."
    )]
    TemporaryServerError,

    /// Kakao Login is not turned on for the app.
    #[kakao(
        code = "KOE004",
        remedy = FixAppSettings,
        message = "Kakao Login is not activated.",
        message_ko = "카카오 로그인을 사용하도록 설정하지 않은 경우",
        solution = "Go to [My Application] > [Kakao Login], and set Activation setting to ON. Note: Activate Kakao Login",
        solution_ko = "앱 관리 페이지의 [카카오 로그인]에서 카카오 로그인 기능을 활성화합니다. 참고: 카카오 로그인 사용 설정"
    )]
    KakaoLoginNotActivated,

    /// Someone who is not a member of a test app tried to log in to it.
    #[kakao(
        code = "KOE005",
        remedy = FixAppSettings,
        message = "A user who is not registered as a team member for a test app tries to log in.",
        message_ko = "테스트 앱에 멤버로 등록되지 않은 사용자가 로그인을 시도한 경우",
        solution = "Invite the person as a team member in [My Application] > [Team Management]. Note: Manage team members",
        solution_ko = "앱 관리 페이지의 [앱] > [멤버]에서 멤버를 추가합니다. 참고: 멤버"
    )]
    NotTestAppMember,

    /// The authorization request's redirect URI is not registered for the app.
    #[kakao(
        code = "KOE006",
        remedy = FixAppSettings,
        message = "You used an unregistered Redirect URI when requesting an authorization code.",
        message_ko = "등록하지 않은 리다이렉트 URI를 사용해 인가 코드를 요청한 경우",
        solution = "Go to [My Application] > [Kakao Login] and register the Redirect URI. Or use the registered Redirect URI as the value of redirect_uri parameter for requesting an authorization code.Note: Set Redirect URI",
        solution_ko = "앱 관리 페이지의 [앱] > [플랫폼 키] > [REST API 키] 또는 [JavaScript 키]에서 리다이렉트 URI를 새로 등록하거나, 등록된 리다이렉트 URI를 인가 코드 요청의 redirect_uri 값으로 사용합니다.참고: 리다이렉트 URI"
    )]
    UnregisteredRedirectUri,

    /// The logout request's redirect URI is not registered for the app.
    #[kakao(
        code = "KOE007",
        remedy = FixAppSettings,
        message = "You used an unregistered Logout Redirect URI when requesting logout.",
        message_ko = "등록하지 않은 Logout Redirect URI를 사용해 로그아웃을 요청한 경우",
        solution = "Go to [My Application] > [Kakao Login] > [Advanced] and register the Logout Redirect URI. Or use the registered Logout Redirect URI as the value of logout_redirect_uri parameter for requesting logout.Note: Set Redirect URI",
        solution_ko = "[내 애플리케이션] > [카카오 로그인] > [고급]에서 Logout Redirect URI를 새로 등록하거나, 등록된 Logout Redirect URI를 로그아웃 요청 logout_redirect_uri 값으로 사용합니다.참고: Logout Redirect URI 등록"
    )]
    UnregisteredLogoutRedirectUri,

    /// The app key is wrong (not one of the app's keys, or not the type this request needs).
    #[kakao(
        code = "KOE008",
        remedy = FixAppSettings,
        message = "You used the wrong app key.",
        message_ko = "인가 코드 요청에 잘못된 앱 키를 사용한 경우",
        solution = "Go to [My Application] > [App Keys] and check if the app key you used is correct (One of native app key, REST API key, or JavaScript key). Note: Check your app keys",
        solution_ko = "개발 환경에 맞는 타입의 앱 키를 사용해 재요청합니다.(네이티브 앱 키, REST API 키, JavaScript 키 중 하나) 참고: 앱 키"
    )]
    WrongAppKey,

    /// The app key, or its type, is wrong.
    ///
    /// No English text is known for this row (the English page's table is available only up to
    /// KOE008): the English message, this line, is this crate's translation of the Korean cause,
    /// and there is no English solution. The Korean cause and solution are the Korean page's.
    #[kakao(
        code = "KOE101",
        remedy = FixAppSettings,
        message_ko = "잘못된 앱 키 또는 앱 키 타입을 사용한 경우",
        solution_ko = "[내 애플리케이션] > [앱 키]에서 발급받은 앱 키를 올바르게 사용했는지 확인합니다. 참고: 앱 키"
    )]
    WrongAppKeyOrType,

    /// The authorization request has channel_public_id, but the app is not connected to a
    /// Kakao Talk Channel.
    ///
    /// No English text is known for this row (the English page's table is available only up to
    /// KOE008): the English message, this line, is this crate's translation of the Korean cause,
    /// and there is no English solution. The Korean cause and solution are the Korean page's.
    #[kakao(
        code = "KOE102",
        remedy = FixAppSettings,
        message_ko = "카카오톡 채널과 연결되지 않은 앱으로 인가 코드 요청 시 channel_public_id 파라미터를 포함한 경우Required PLUS_FRIENDS_ON_AGREEMENT_SUPPORTED permission",
        solution_ko = "카카오톡 채널과 앱을 연결한 후 재요청합니다."
    )]
    ChannelNotConnected,

    /// The authorization request's response_type is not supported.
    ///
    /// No English text is known for this row (the English page's table is available only up to
    /// KOE008): the English message, this line, is this crate's translation of the Korean cause,
    /// and there is no English solution. The Korean cause and solution are the Korean page's.
    #[kakao(
        code = "KOE201",
        remedy = FixRequest,
        message_ko = "지원하지 않는 응답 유형(response_type )을 포함해 인가 코드를 요청한 경우Unsupported response type: ${response_type}",
        solution_ko = "response_type 파라미터 값을 code 로 변경해 재요청합니다."
    )]
    UnsupportedResponseType,

    /// No plugin is registered under the requesting app's ID, PLUGIN_TYPE and PLUGIN_EXT_ID.
    ///
    /// A row of the troubleshooting page for Kakao and affiliate services only
    /// (<https://developers.kakao.com/docs/in/kakaologin/trouble-shooting>), not for public
    /// apps; see the [module docs](super#rows-for-kakao-and-affiliate-services-only). The page
    /// is Korean only: the English message, this line, is this crate's translation of the
    /// Korean cause, and there is no English solution.
    #[kakao(
        code = "KOE103",
        remedy = FixRequest,
        known_from = "the Kakao Login troubleshooting page for Kakao and affiliate services only (not for public apps): https://developers.kakao.com/docs/in/kakaologin/trouble-shooting",
        message_ko = "요청 앱의 앱 ID, PLUGIN_TYPE, PLUGIN_EXT_ID로 DB에서 플러그인 정보를 찾을 수 없는 경우Not exist plugin [appID, PLUGIN_TYPE, plugin_extra_ID]",
        solution_ko = "플러그인 타입과 플러그인 아이디를 확인하고 재요청합니다."
    )]
    PluginNotFound,

    /// No Biz Survey is registered under the requesting app's ID, PLUGIN_TYPE and PLUGIN_EXT_ID.
    ///
    /// A row of the troubleshooting page for Kakao and affiliate services only
    /// (<https://developers.kakao.com/docs/in/kakaologin/trouble-shooting>), not for public
    /// apps; see the [module docs](super#rows-for-kakao-and-affiliate-services-only). The page
    /// is Korean only: the English message, this line, is this crate's translation of the
    /// Korean cause, and there is no English solution.
    #[kakao(
        code = "KOE104",
        remedy = FixRequest,
        known_from = "the Kakao Login troubleshooting page for Kakao and affiliate services only (not for public apps): https://developers.kakao.com/docs/in/kakaologin/trouble-shooting",
        message_ko = "요청 앱의 앱 ID, PLUGIN_TYPE, PLUGIN_EXT_ID로 비즈 서베이 정보를 찾을 수 없는 경우Not found survey info [appID, PLUGIN_TYPE, plugin_extra_ID]",
        solution_ko = "플러그인 타입과 플러그인 아이디를 확인하고 재요청합니다."
    )]
    SurveyNotFound,

    /// The plugin parameter is not one of EVENT, SURVEY, DEFAULT and DEFAULT_INHOUSE.
    ///
    /// A row of the troubleshooting page for Kakao and affiliate services only
    /// (<https://developers.kakao.com/docs/in/kakaologin/trouble-shooting>), not for public
    /// apps; see the [module docs](super#rows-for-kakao-and-affiliate-services-only). The page
    /// is Korean only: the English message, this line, is this crate's translation of the
    /// Korean cause, and there is no English solution.
    #[kakao(
        code = "KOE105",
        remedy = FixRequest,
        known_from = "the Kakao Login troubleshooting page for Kakao and affiliate services only (not for public apps): https://developers.kakao.com/docs/in/kakaologin/trouble-shooting",
        message_ko = "plugin 파라미터의 값이 \"EVENT\", \"SURVEY\", \"DEFAULT\", \"DEFAULT_INHOUSE\"가 아닌 경우Not supported plugin [PLUGIN_TYPE]",
        solution_ko = "plugin 파라미터 값을 변경후 재요청합니다."
    )]
    UnsupportedPlugin,

    /// The request has a plugin parameter, but the app lacks the PLUGIN_SUPPORTED permission.
    ///
    /// A row of the troubleshooting page for Kakao and affiliate services only
    /// (<https://developers.kakao.com/docs/in/kakaologin/trouble-shooting>), not for public
    /// apps; see the [module docs](super#rows-for-kakao-and-affiliate-services-only). The page
    /// is Korean only: the English message, this line, is this crate's translation of the
    /// Korean cause, and there is no English solution.
    #[kakao(
        code = "KOE106",
        remedy = FixAppSettings,
        known_from = "the Kakao Login troubleshooting page for Kakao and affiliate services only (not for public apps): https://developers.kakao.com/docs/in/kakaologin/trouble-shooting",
        message_ko = "plugin 파라미터 값이 있는 요청에 앱에 PLUGIN_SUPPORTED 권한이 없는 경우Required PLUGIN_SUPPORTED permission",
        solution_ko = "[서비스] API플랫폼 아지트에서 추가 권한을 신청합니다."
    )]
    PluginNotPermitted,

    /// The request has delegate_client_id, but the app lacks the DELEGATE_SUPPORTED permission.
    ///
    /// A row of the troubleshooting page for Kakao and affiliate services only
    /// (<https://developers.kakao.com/docs/in/kakaologin/trouble-shooting>), not for public
    /// apps; see the [module docs](super#rows-for-kakao-and-affiliate-services-only). The page
    /// is Korean only: the English message, this line, is this crate's translation of the
    /// Korean cause, and there is no English solution.
    #[kakao(
        code = "KOE107",
        remedy = FixAppSettings,
        known_from = "the Kakao Login troubleshooting page for Kakao and affiliate services only (not for public apps): https://developers.kakao.com/docs/in/kakaologin/trouble-shooting",
        message_ko = "delegate_client_id 파라미터를 사용했지만 DELEGATE_SUPPORTED 권한이 없는 경우Required DELEGATE_SUPPORTED permission",
        solution_ko = "DELEGATE_SUPPORTED 권한이 있는 플랫폼 앱을 사용합니다."
    )]
    DelegateNotPermitted,

    /// A profile plugin was requested, but the app lacks the CHANNEL_SUPPORTED permission.
    ///
    /// A row of the troubleshooting page for Kakao and affiliate services only
    /// (<https://developers.kakao.com/docs/in/kakaologin/trouble-shooting>), not for public
    /// apps; see the [module docs](super#rows-for-kakao-and-affiliate-services-only). The page
    /// is Korean only: the English message, this line, is this crate's translation of the
    /// Korean cause, and there is no English solution.
    #[kakao(
        code = "KOE108",
        remedy = FixAppSettings,
        known_from = "the Kakao Login troubleshooting page for Kakao and affiliate services only (not for public apps): https://developers.kakao.com/docs/in/kakaologin/trouble-shooting",
        message_ko = "프로필 플러그인 요청 시 CHANNEL_SUPPORTED 권한이 없는 경우, Required CHANNEL_SUPPORTED permission",
        solution_ko = "[서비스] API플랫폼 아지트에서 추가 권한을 신청합니다."
    )]
    ChannelPluginNotPermitted,

    /// A profile plugin was requested with a channel_ext value that is not supported.
    ///
    /// A row of the troubleshooting page for Kakao and affiliate services only
    /// (<https://developers.kakao.com/docs/in/kakaologin/trouble-shooting>), not for public
    /// apps; see the [module docs](super#rows-for-kakao-and-affiliate-services-only). The page
    /// is Korean only: the English message, this line, is this crate's translation of the
    /// Korean cause, and there is no English solution.
    #[kakao(
        code = "KOE109",
        remedy = FixRequest,
        known_from = "the Kakao Login troubleshooting page for Kakao and affiliate services only (not for public apps): https://developers.kakao.com/docs/in/kakaologin/trouble-shooting",
        message_ko = "프로필 플러그인 요청 시 유효하지 않은 channel_ext 파라미터 값을 사용하는 경우Not supported channel ext [Channel_Ext]",
        solution_ko = "channel_ext 파라미터 값을 merged_scope 또는 scope으로 재요청합니다."
    )]
    UnsupportedChannelExt,

    /// A profile plugin was requested with channel_ext set to merged_scope and scope together.
    ///
    /// A row of the troubleshooting page for Kakao and affiliate services only
    /// (<https://developers.kakao.com/docs/in/kakaologin/trouble-shooting>), not for public
    /// apps; see the [module docs](super#rows-for-kakao-and-affiliate-services-only). The page
    /// is Korean only: the English message, this line, is this crate's translation of the
    /// Korean cause, and there is no English solution.
    #[kakao(
        code = "KOE110",
        remedy = FixRequest,
        known_from = "the Kakao Login troubleshooting page for Kakao and affiliate services only (not for public apps): https://developers.kakao.com/docs/in/kakaologin/trouble-shooting",
        message_ko = "프로필 플러그인 요청 시 channel_ext 파라미터 값을 \"merged_scope,scope\"으로 함께 사용하는 경우Not be used together [merged_scope, scope]",
        solution_ko = "channel_ext 파라미터 값을 merged_scope 또는 scope으로 재요청합니다."
    )]
    ConflictingChannelExt,

    /// The authorization code was requested with response_type=token (the implicit grant).
    ///
    /// Only the first words of this row are known: the older Korean version of the Kakao Login
    /// troubleshooting page
    /// (<https://developers.kakao.com/docs/latest/kakaologin/trouble-shooting>) gives the code with
    /// `invalid_request`, and its available text stops inside the cause ("response_type 이 token 일
    /// 경우Implicit g"). The texts here are this crate's.
    #[kakao(
        code = "KOE202",
        remedy = FixRequest,
        known_from = "the first words of its row on the older Korean Kakao Login troubleshooting page (the rest is this crate's wording): https://developers.kakao.com/docs/latest/kakaologin/trouble-shooting",
        message_ko = "response_type을 token으로 지정해(Implicit Grant) 인가 코드를 요청한 경우",
        solution = "Request the authorization code with response_type=code.",
        solution_ko = "response_type을 code로 지정해 인가 코드를 요청합니다."
    )]
    ImplicitGrant,

    /// The calling app's platform data (Android key hash, iOS bundle ID or web domain) does not
    /// match the platforms registered for the app.
    ///
    /// Not on Kakao's troubleshooting page, as far as its text is available; known from Kakao Talk
    /// Share > Troubleshooting, case "4019"
    /// (<https://developers.kakao.com/docs/latest/en/kakaotalk-share/trouble-shooting>), which
    /// shows this body (`misconfigured`, `KOE009`) and its causes as a Kakao Talk Share case
    /// ([`SubError::Misconfigured`](crate::share::SubError::Misconfigured)); and Kakao SDK
    /// maintainers' replies in <https://github.com/kakao/kakao_flutter_sdk/issues/97> and
    /// <https://github.com/kakao/kakao_flutter_sdk/issues/199>. The texts here are this crate's.
    #[kakao(
        code = "KOE009",
        remedy = FixAppSettings,
        known_from = "Kakao Talk Share > Troubleshooting, case 4019, and Kakao SDK maintainers' replies: https://developers.kakao.com/docs/latest/en/kakaotalk-share/trouble-shooting, https://github.com/kakao/kakao_flutter_sdk/issues/97",
        message_ko = "호출한 앱의 플랫폼 정보(Android 키 해시, iOS 번들 ID, 웹 도메인)가 앱에 등록된 플랫폼과 다른 경우",
        solution = "Register the calling app's platform in the Kakao Developers console: its Android key hash, iOS bundle ID or site domain.",
        solution_ko = "카카오디벨로퍼스에 호출한 앱의 플랫폼 정보(Android 키 해시, iOS 번들 ID, 사이트 도메인)를 등록합니다."
    )]
    PlatformMismatch,

    /// The token request came from an app with Client Secret turned on, and client_secret was
    /// missing or wrong.
    ///
    /// Not on Kakao's troubleshooting page, as far as its text is available; known from public
    /// issue threads that show `invalid_client` with "Bad client credentials":
    /// <https://github.com/gnuboard/g6/issues/499>,
    /// <https://github.com/nextauthjs/next-auth/issues/3501> and
    /// <https://github.com/lepture/flask-oauthlib/issues/295>. No Kakao text was found. The texts
    /// here are this crate's.
    #[kakao(
        code = "KOE010",
        remedy = FixRequest,
        known_from = "public issue threads that show invalid_client with \"Bad client credentials\" (no Kakao text): https://github.com/gnuboard/g6/issues/499",
        message_ko = "Client Secret을 사용하는 앱의 토큰 요청에 client_secret이 없거나 값이 잘못된 경우",
        solution = "Send the client secret shown in the Kakao Developers console as client_secret in the token request.",
        solution_ko = "카카오디벨로퍼스에 표시된 Client Secret 값을 토큰 요청의 client_secret으로 전달합니다."
    )]
    BadClientCredentials,

    /// The authorization request asked for a consent item that the app has not set up.
    ///
    /// Not on Kakao's troubleshooting page, as far as its text is available; known from Kakao's
    /// error screen, as quoted in <https://github.com/supabase/supabase/issues/36878>; also
    /// <https://github.com/nextauthjs/next-auth/issues/3501>. The screen shows no `error` value.
    /// The texts here are this crate's.
    #[kakao(
        code = "KOE205",
        remedy = FixAppSettings,
        known_from = "Kakao's error screen, as quoted in a public issue thread: https://github.com/supabase/supabase/issues/36878",
        message_ko = "앱에 설정하지 않은 동의 항목을 포함해 인가 코드를 요청한 경우",
        solution = "Set up the consent item in the Kakao Developers console, or leave it out of the scope parameter.",
        solution_ko = "카카오디벨로퍼스에서 해당 동의 항목을 설정하거나, scope 파라미터에서 해당 항목을 뺍니다."
    )]
    ConsentItemNotSet,

    /// The token request's redirect_uri differs from the one the authorization request used (a
    /// difference in URL encoding counts).
    ///
    /// Not on Kakao's troubleshooting page, as far as its text is available; known from public
    /// issue threads, <https://github.com/Mapps-unit/backend-v2/issues/3> and
    /// <https://github.com/crossplatformkorea/react-native-kakao-login/issues/212>; the Kakao Login
    /// FAQ (<https://developers.kakao.com/docs/latest/ko/kakaologin/faq>) shows `invalid_grant` for
    /// a redirect URI that differs from the registered one, without a code. The texts here are this
    /// crate's.
    #[kakao(
        code = "KOE303",
        remedy = FixRequest,
        known_from = "public issue threads (Kakao's FAQ shows the error without the code): https://github.com/Mapps-unit/backend-v2/issues/3",
        message_ko = "토큰 요청의 redirect_uri가 인가 코드 요청에 사용한 값과 다른 경우(URL 인코딩 차이 포함)",
        solution = "Send the same redirect_uri, encoded the same way, in the authorization request and in the token request.",
        solution_ko = "인가 코드 요청과 토큰 요청에 같은 redirect_uri를 같은 방식으로 인코딩해 전달합니다."
    )]
    RedirectUriMismatch,

    /// The authorization code is no good: it was already used, it has expired, or it was never
    /// issued.
    ///
    /// Not on Kakao's troubleshooting page, as far as its text is available; known from third-party
    /// posts only, <https://dev-silog.vercel.app/posts/kakao_login_error_KOE320> (the meaning) and
    /// <http://urin79.com/index.php?mid=blog&document_srl=20667956> (a response body). Its
    /// `error_description` contains the authorization code: redact it before logging. The texts
    /// here are this crate's.
    #[kakao(
        code = "KOE320",
        remedy = Relogin,
        known_from = "a third-party blog post (no Kakao text): https://dev-silog.vercel.app/posts/kakao_login_error_KOE320",
        message_ko = "인가 코드를 이미 사용했거나, 만료되었거나, 찾을 수 없는 경우",
        solution = "Get a new authorization code (the user logs in again) and exchange it for tokens once.",
        solution_ko = "새 인가 코드를 받아(사용자가 다시 로그인) 토큰 발급에 한 번만 사용합니다."
    )]
    AuthorizationCodeNotFound,

    /// The refresh token cannot be found or has expired.
    ///
    /// Not on Kakao's troubleshooting page, as far as its text is available; known from a Kakao
    /// DevTalk guide post,
    /// <https://devtalk.kakao.com/t/koe322-expired-or-invalid-refresh-token/126899>, which gives
    /// the body (`invalid_grant`, "expired_or_invalid_refresh_token") and the fix. The texts here
    /// are this crate's.
    #[kakao(
        code = "KOE322",
        remedy = Relogin,
        known_from = "a Kakao DevTalk guide post: https://devtalk.kakao.com/t/koe322-expired-or-invalid-refresh-token/126899",
        message_ko = "리프레시 토큰을 찾을 수 없거나 만료된 경우",
        solution = "The user must log in with Kakao again: get new tokens with the new authorization code.",
        solution_ko = "카카오 로그인을 다시 진행해 새 인가 코드로 토큰을 새로 발급받습니다."
    )]
    ExpiredOrInvalidRefreshToken,

    /// Too many token requests: the token request rate limit is exceeded.
    ///
    /// Not on Kakao's troubleshooting page, as far as its text is available; known from public app
    /// code only (no Kakao page, DevTalk post or issue thread was found), so there is no solution
    /// text. The text here is this crate's.
    #[kakao(
        code = "KOE237",
        remedy = RetryLater,
        known_from = "public app code only (no Kakao page, DevTalk post or issue thread)",
        message_ko = "토큰 요청 횟수 제한을 초과한 경우"
    )]
    TokenRequestRateLimitExceeded,

    /// A token refresh request was sent without a refresh token.
    ///
    /// Not on Kakao's troubleshooting page, as far as its text is available; known from public app
    /// code only, which also gives `invalid_grant` (not confirmed elsewhere, so not given by
    /// [`error_value`](KoeError::error_value)). The text here is this crate's.
    #[kakao(
        code = "KOE319",
        remedy = FixRequest,
        known_from = "public app code only (no Kakao page, DevTalk post or issue thread)",
        message_ko = "리프레시 토큰 없이 토큰 갱신을 요청한 경우"
    )]
    MissingRefreshToken,

    /// A `KOE` code this table does not list; the number is kept (`Unknown(999)` is `KOE999`).
    #[kakao(other, message = "unknown Kakao Login authorization error code")]
    Unknown(i32),
}

impl KoeError {
    /// The OAuth `error` value Kakao sends with this code (the `error` field of the body, next
    /// to `"error_code": "KOE..."`), where it is known.
    ///
    /// For the page's rows, the value the Korean page writes in the code's cell: `KOE102`
    /// `invalid_client`, `KOE201` and `KOE202` `invalid_request`; the page for Kakao and
    /// affiliate services only writes `invalid_client` for each of `KOE103` .. `KOE110`. For
    /// the codes known from other sources, the value those sources show in a response body:
    /// `KOE009` `misconfigured`, `KOE010` `invalid_client`, `KOE303`, `KOE320` and `KOE322`
    /// `invalid_grant`. `None` elsewhere, including the catch-all.
    ///
    /// ```
    /// use kakao_errors::oauth::KoeError;
    ///
    /// assert_eq!(KoeError::UnsupportedResponseType.error_value(), Some("invalid_request"));
    /// assert_eq!(KoeError::WrongUrl.error_value(), None);
    /// ```
    #[must_use]
    pub const fn error_value(&self) -> Option<&'static str> {
        match self {
            Self::ChannelNotConnected
            | Self::PluginNotFound
            | Self::SurveyNotFound
            | Self::UnsupportedPlugin
            | Self::PluginNotPermitted
            | Self::DelegateNotPermitted
            | Self::ChannelPluginNotPermitted
            | Self::UnsupportedChannelExt
            | Self::ConflictingChannelExt
            | Self::BadClientCredentials => Some("invalid_client"),
            Self::UnsupportedResponseType | Self::ImplicitGrant => Some("invalid_request"),
            Self::PlatformMismatch => Some("misconfigured"),
            Self::RedirectUriMismatch
            | Self::AuthorizationCodeNotFound
            | Self::ExpiredOrInvalidRefreshToken => Some("invalid_grant"),
            _ => None,
        }
    }
}
