//! Kakao Login's authorization server errors: the `KOE` codes of an OAuth error body.
//!
//! The authorization server (`kauth.kakao.com`: authorization code, token and logout requests)
//! answers a failed request with
//! `{"error": "invalid_grant", "error_description": "...", "error_code": "KOE320"}`. The
//! `error` value is an [`OAuthError`]; the `error_code` is looked up here:
//!
//! | table | type | codes |
//! |---|---|---|
//! | [Kakao Login > Troubleshooting](https://developers.kakao.com/docs/latest/en/kakaologin/trouble-shooting), "Authorization code" | [`KoeError`] | KOE001 .. KOE008, KOE101, KOE102, KOE201; KOE103 .. KOE110 (Kakao and affiliate services only); KOE202 (cut short); KOE009, KOE010, KOE205, KOE303, KOE320, KOE322, KOE237, KOE319 (other sources) |
//! | [Business Authentication > Troubleshooting](https://developers.kakao.com/docs/latest/en/business-auth/trouble-shooting), "Business authorization code" | [`BusinessAuthError`] | KOE003, KOE005, KOE008, KOE025 .. KOE028, KOE101, KOE123 .. KOE125, KOE201, KOE232; KOE233 (cut short) |
//!
//! The two tables share codes with different meanings (KOE008 is a wrong app key in Kakao
//! Login, a wrong app *type* in Business Authentication), so each is its own type; look a code
//! up in the table of the flow that sent it. Both keep any other `KOE` number in their
//! catch-all `Unknown`, and write codes as Kakao does (`KOE320`: see
//! [`ErrorCode`](crate::ErrorCode)). No row has an HTTP status: the pages give none.
//! [`KoeError::error_value`] and [`BusinessAuthError::error_value`] give the OAuth `error`
//! value a code comes with, where it is known.
//!
//! ```
//! use kakao_errors::{KakaoError, Remedy};
//! use kakao_errors::oauth::KoeError;
//!
//! let e = KoeError::from_code_str("KOE320").unwrap();
//! assert_eq!(e, KoeError::AuthorizationCodeNotFound);
//! assert_eq!(e.remedy(), Remedy::Relogin);
//! assert_eq!(e.error_value(), Some("invalid_grant"));
//! assert_eq!(e.error_code().to_string(), "KOE320");
//! # #[cfg(feature = "response")] {
//! let body = br#"{"error":"invalid_grant","error_description":"authorization code not found for code=abc","error_code":"KOE320"}"#;
//! let response = kakao_errors::response::parse(400, body);
//! let cause = response.koe_code().and_then(KoeError::from_code_str);
//! assert_eq!(cause, Some(KoeError::AuthorizationCodeNotFound));
//! # }
//! ```
//!
//! # Where the data comes from
//!
//! Each page is published in English and in Korean, and Kakao has reworded it over time: an older
//! and a newer version of each are known (at two addresses, or as two renderings of one address).
//! Only the beginning of each version's text is available to this crate, so no version gives a
//! whole table: the English Kakao Login table is available up to KOE008, the Korean one up to
//! KOE201. For each row and each language the newest version whose text has the whole row (code,
//! cause and solution) is used; of two renderings of one version, the one that puts each cell on
//! one line. `message` and `solution` are the English cause and solution, `message_ko` and
//! `solution_ko` the Korean ones, word for word, as the page renders them: text that the rendering
//! runs together stays so (KOE006's "...authorization code.Note: Set Redirect URI", KOE102's
//! "...포함한 경우Required PLUS_FRIENDS_ON_AGREEMENT_SUPPORTED permission", KOE201's "(response_type
//! )"), and a "Note:" or "참고:" naming a guide stays part of the solution.
//!
//! [`KoeError`], from the Kakao Login page:
//!
//! - English: KOE001 .. KOE003 from the newer version (titled "Error code"), whose text is
//!   word for word the older version's; KOE004 .. KOE008 from the older version (titled
//!   "Troubleshooting", console menus "\[My Application\] > ..."): the newer version's text is
//!   available only up to the middle of KOE004. No English text is known for KOE101 or later.
//! - Korean: KOE001 .. KOE006 from the newer version
//!   (<https://developers.kakao.com/docs/latest/ko/kakaologin/trouble-shooting>, menus "앱 관리 페이지의
//!   \[앱\] > ..."); KOE007, KOE008, KOE101, KOE102 and KOE201 from the older version
//!   (<https://developers.kakao.com/docs/latest/kakaologin/trouble-shooting>, menus "[내 애플리케이션] >
//!   ..."), since the newer version's text is available only up to the middle of KOE007's solution.
//!   KOE007 is taken whole from the older version, whose cause says "Logout Redirect URI" where the
//!   newer says "로그아웃 리다이렉트 URI".
//! - Where the versions word a row differently, the newer is kept: the older Korean version
//!   differs on KOE001 and KOE002 (no "참고: 인가 코드 요청"), KOE004 (menus, "참고: 카카오
//!   로그인 활성화 설정"), KOE005 ("팀원", "\[팀 관리\]") and KOE006 ("Redirect URI", menus). The
//!   English versions agree wherever both have a row.
//!
//! [`BusinessAuthError`], from the Business Authentication page:
//!
//! - English: KOE003 .. KOE027 from the newer version (titled "Error code", menus "\[App\] >
//!   \[Member\]"), whose cells keep their line breaks (`\n`, and `\n\n` before a "Note:");
//!   KOE028, KOE101 and KOE123 from the older version (menus "\[My Application\] > ..."): the
//!   newer version's text is available only up to the middle of KOE028. The older version
//!   differs on KOE005 ("\[My Application\] > \[Team Management\]") and KOE008 ("Note: App
//!   key"); the newer is kept. No English text is known for KOE124 or later.
//! - Korean: the one known version
//!   (<https://developers.kakao.com/docs/latest/ko/business-auth/trouble-shooting>), whose text
//!   is available whole up to KOE232.
//!
//! # Rows for Kakao and affiliate services only
//!
//! KOE103 .. KOE110 of [`KoeError`] come from another page of Kakao Login's troubleshooting,
//! "에러 코드" (<https://developers.kakao.com/docs/in/kakaologin/trouble-shooting>), which is
//! for Kakao's own and its affiliates' (공동체) services only: they concern the `plugin`,
//! `delegate_client_id` and `channel_ext` parameters and permissions that public apps do not
//! have, and their solutions point to an internal channel ("\[서비스\] API플랫폼 아지트").
//! A public app should not meet them. The page is available whole up to KOE110, in Korean
//! only, and writes `invalid_client` straight after each code ("KOE103invalid_client"):
//! [`KoeError::error_value`] gives it. The cause cell ends with the server's message as the
//! page renders it, run together ("...찾을 수 없는 경우Not exist plugin [appID, ...]"), and is
//! kept so in `message_ko`. Their [`known_from`](crate::KakaoError::known_from) names that
//! page and says it is for Kakao and affiliate services only, so code, the catalog and the CLI
//! can tell them from the public page's rows; they follow the public page's rows, in the
//! affiliate page's order.
//!
//! A row for which no English text is known (KOE101, KOE102, KOE201 and KOE103 .. KOE110 of
//! [`KoeError`]; KOE124, KOE125, KOE201, KOE232 of [`BusinessAuthError`]) has as its English
//! `message` this crate's translation of the Korean cause, which is the variant's one-line
//! description, and no English solution.
//!
//! # Rows known only in part, and codes known from other sources
//!
//! These rows are not on the page, or only their first words are known; their texts are this
//! crate's wording, listed after the page's rows. Each says where it is known from, in its docs and
//! in [`known_from`](crate::KakaoError::known_from) (the source, with its address where there is
//! one), so that code, the catalog and the CLI can tell them apart; `known_from` is `None` for the
//! page's rows. They are less certain than the page's rows.
//!
//! | code | type | `error` | known from |
//! |---|---|---|---|
//! | KOE202 | [`KoeError::ImplicitGrant`] | `invalid_request` | the first words of its row on the older Korean Kakao Login page, whose available text stops inside the cause: "response_type 이 token 일 경우Implicit g" |
//! | KOE233 | [`BusinessAuthError::UnsupportedParameter`] | - | the first words of its row on the Korean Business Authentication page, whose available text stops inside the cause: "지원하지 않는 파라미터로 비즈" |
//! | KOE009 | [`KoeError::PlatformMismatch`] | `misconfigured` | Kakao Talk Share > Troubleshooting, case "4019" (the body and its causes); Kakao SDK maintainers' replies |
//! | KOE010 | [`KoeError::BadClientCredentials`] | `invalid_client` | public issue threads (`error_description` "Bad client credentials"); no Kakao text |
//! | KOE205 | [`KoeError::ConsentItemNotSet`] | - | Kakao's error screen, as quoted in a public issue thread |
//! | KOE303 | [`KoeError::RedirectUriMismatch`] | `invalid_grant` | public issue threads; the Kakao Login FAQ shows the `error` without the code |
//! | KOE320 | [`KoeError::AuthorizationCodeNotFound`] | `invalid_grant` | third-party posts only |
//! | KOE322 | [`KoeError::ExpiredOrInvalidRefreshToken`] | `invalid_grant` | a Kakao DevTalk guide post |
//! | KOE237 | [`KoeError::TokenRequestRateLimitExceeded`] | - | public app code only; no solution text |
//! | KOE319 | [`KoeError::MissingRefreshToken`] | - | public app code only; no solution text |
//!
//! Not encoded (they land in the catch-all with their number): KOE023, of which the available text
//! of the older English version has only "KOE023 | JavaScrip" and whose meaning is known only from
//! a reproduction of the page on a third-party site; and KOE203, KOE204, KOE207, KOE310 and
//! KOE400 .. KOE403, whose meanings are known only from such reproductions.
//!
//! # The retry rule
//!
//! [`is_retryable`](crate::KakaoError::is_retryable) is `true` exactly where the page's
//! solution is to send the same request again without changing anything first. One code
//! qualifies, in both tables: KOE003, "Try it again a few seconds later. If the problem
//! persists, contact us through DevTalk." ("잠시 후 재요청합니다."). Every other row is not
//! retryable, including those whose solution ends in "make a request again", "try again" or
//! "재요청합니다": they change the request, the app or the account first. KOE237, a token
//! request rate limit known only from app code, with no solution text, is `RetryLater`: it
//! resets by itself, but nothing says when.
//!
//! # The remedy rule
//!
//! Every row's [`remedy`](crate::KakaoError::remedy) is decided by the first rule below that
//! its cause or solution (in English or Korean; for the rows of other sources, what the source
//! says) matches. The same rules decide the rows of [`channel`](crate::channel) and
//! [`moment`](crate::moment).
//!
//! | # | the cause or solution says | remedy |
//! |---|---|---|
//! | 1 | the app's side is suspended: the Kakao Developers app or its developer account ("developer account", "개발자 계정") | [`ContactSupport`](crate::Remedy::ContactSupport) |
//! | 2 | the solution's way out is to have a limit raised ("increase the limit", "quota increase"), and it does not also say to send the request again later (rule 4) | [`FixAppSettings`](crate::Remedy::FixAppSettings) |
//! | 3 | a quota, a number of allowed calls or a rate limit is exceeded: when the solution says to send the request again later (rule 4), a wait the retry loop honours; otherwise one that resets by itself, but not within a backoff | [`Throttled`](crate::Remedy::Throttled); otherwise [`RetryLater`](crate::Remedy::RetryLater) |
//! | 4 | send the same request again later ("Retry.", "Try it again a few seconds later", "Try again later", "잠시 후 재요청", "재시도") | [`Retry`](crate::Remedy::Retry) |
//! | 5 | get a new access token ("액세스 토큰 재발급") | [`RefreshToken`](crate::Remedy::RefreshToken) |
//! | 6 | get a new authorization code, log in with Kakao again | [`Relogin`](crate::Remedy::Relogin) |
//! | 7 | ask the user for additional consent | [`RequestConsent`](crate::Remedy::RequestConsent) |
//! | 8 | change the app in the Kakao Developers console: a console menu ("\[My Application\] > ...", "\[App\] > ...", "앱 관리 페이지의 ...", "\[내 애플리케이션\] > ...", "your app settings"), the app key ("app key", "앱 키"), its registered platforms, its permissions ("permission", "권한"), consent items it has not set, an app type that cannot be used, connecting a Kakao Talk Channel to the app | [`FixAppSettings`](crate::Remedy::FixAppSettings) |
//! | 9 | the user must act or be told: "Inform users", "사용자에게", a user not linked to the app, Kakao Business Center registration, the Kakao Account's status, business assets, the user's own account suspended ("suspended", "제재") | [`UserAction`](crate::Remedy::UserAction) |
//! | 10 | change the request: a wrong request, its parameters, URL, `response_type`, `redirect_uri`, `client_secret`, the REST API key, the channel profile ID or the channel's status, a missing refresh token, the plugin type and ID ("플러그인 타입") | [`FixRequest`](crate::Remedy::FixRequest) |
//!
//! As in [`rest`](crate::rest#the-remedy-rule): a suspended account is `ContactSupport` when it
//! is the app's side, which the app's team takes up with Kakao through DevTalk, and `UserAction`
//! when it is a user's own Kakao Account, which only the user can take up with Kakao (no row of
//! these tables is one). A limit is `FixAppSettings` when the only way out is to have it raised,
//! `Throttled` when waiting is offered, and `RetryLater` when it resets by itself with no word
//! of sending the request again (a backoff is too short for it): Kakao Moment's -10 says "try
//! again later or request a quota increase", so rule 2 passes it and rule 3 makes it
//! `Throttled`.
//!
//! [`KoeError`]:
//!
//! | code | remedy | decided by (rule) |
//! |---|---|---|
//! | KOE001 | FixRequest | "Check the parameters in your request and use the right parameters." (10) |
//! | KOE002 | FixRequest | "You have sent your request to the wrong URL." (10) |
//! | KOE003 | Retry | "Try it again a few seconds later." / "잠시 후 재요청합니다." (4) |
//! | KOE004 | FixAppSettings | "Go to \[My Application\] > \[Kakao Login\], and set Activation setting to ON." (8) |
//! | KOE005 | FixAppSettings | "Invite the person as a team member in \[My Application\] > \[Team Management\]." (8) |
//! | KOE006 | FixAppSettings | "Go to \[My Application\] > \[Kakao Login\] and register the Redirect URI." (8) |
//! | KOE007 | FixAppSettings | "Go to \[My Application\] > \[Kakao Login\] > \[Advanced\] and register the Logout Redirect URI." (8) |
//! | KOE008 | FixAppSettings | "You used the wrong app key." / "잘못된 앱 키를 사용한 경우" (8) |
//! | KOE101 | FixAppSettings | "\[내 애플리케이션\] > \[앱 키\]에서 발급받은 앱 키를 올바르게 사용했는지 확인합니다." (8) |
//! | KOE102 | FixAppSettings | "카카오톡 채널과 앱을 연결한 후 재요청합니다." (8) |
//! | KOE201 | FixRequest | "response_type 파라미터 값을 code 로 변경해 재요청합니다." (10) |
//! | KOE103 | FixRequest | "플러그인 타입과 플러그인 아이디를 확인하고 재요청합니다." (10) |
//! | KOE104 | FixRequest | "플러그인 타입과 플러그인 아이디를 확인하고 재요청합니다." (10) |
//! | KOE105 | FixRequest | "plugin 파라미터의 값이 ... 아닌 경우" (10) |
//! | KOE106 | FixAppSettings | "앱에 PLUGIN_SUPPORTED 권한이 없는 경우" (8) |
//! | KOE107 | FixAppSettings | "DELEGATE_SUPPORTED 권한이 없는 경우" (8) |
//! | KOE108 | FixAppSettings | "CHANNEL_SUPPORTED 권한이 없는 경우" (8) |
//! | KOE109 | FixRequest | "유효하지 않은 channel_ext 파라미터 값을 사용하는 경우" (10) |
//! | KOE110 | FixRequest | "channel_ext 파라미터 값을 ... 함께 사용하는 경우" (10) |
//! | KOE202 | FixRequest | "response_type 이 token 일 경우" (10) |
//! | KOE009 | FixAppSettings | platform data that does not match the app's registered platforms (8) |
//! | KOE010 | FixRequest | `client_secret` missing or wrong (10) |
//! | KOE205 | FixAppSettings | a consent item the app has not set (8) |
//! | KOE303 | FixRequest | a `redirect_uri` that differs from the authorization request's (10) |
//! | KOE320 | Relogin | "get a new authorization code" (6) |
//! | KOE322 | Relogin | "log in with Kakao again" (6) |
//! | KOE237 | RetryLater | "token request rate limit exceeded" (3) |
//! | KOE319 | FixRequest | a refresh request without a refresh token (10) |
//!
//! [`BusinessAuthError`]:
//!
//! | code | remedy | decided by (rule) |
//! |---|---|---|
//! | KOE003 | Retry | "Try it again a few seconds later." / "잠시 후 재요청합니다." (4) |
//! | KOE005 | FixAppSettings | "Invite the person as a team member in \[App\] > \[Member\] on the app management page." (8) |
//! | KOE008 | FixRequest | "Request again using the REST API key." (10) |
//! | KOE025 | UserAction | "Complete the Kakao Business Center registration and try again." (9) |
//! | KOE026 | UserAction | "Check the status of the Kakao Account and follow the necessary steps." (9) |
//! | KOE027 | UserAction | "Create business assets or request with a Kakao Account that has business assets." (9) |
//! | KOE028 | FixAppSettings | "Register a new business Redirect URI in \[My Application\] > \[Business Authentication\]" (8) |
//! | KOE101 | FixAppSettings | "Go to \[My Application\] > \[App Keys\] and check if the app key you used is correct." (8) |
//! | KOE123 | FixAppSettings | "Convert your service app to a Biz App in \[My Application\] > \[Business\]." (8) |
//! | KOE124 | FixAppSettings | "권한이 없는 앱으로 비즈니스 인가 코드를 요청한 경우" (8) |
//! | KOE125 | ContactSupport | "카카오디벨로퍼스 앱 또는 개발자 계정이 제재된 경우" (1) |
//! | KOE201 | FixRequest | "response_type 값을 code로 변경해 재요청합니다." (10) |
//! | KOE232 | FixAppSettings | "앱 관리 페이지의 \[비즈니스 인증\] > \[동의항목\]에서 동의 필요 항목을 설정" (8) |
//! | KOE233 | FixRequest | "지원하지 않는 파라미터로 비즈" (10) |

mod business_auth;
mod koe;

mod error_value;

pub use business_auth::BusinessAuthError;
pub use error_value::OAuthError;
pub use koe::KoeError;
