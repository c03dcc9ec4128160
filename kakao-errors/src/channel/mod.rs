//! Kakao Talk Channel: the `KAE` error codes of the Kakao SDK's channel calls.
//!
//! Page [Kakao Talk Channel > Troubleshooting](https://developers.kakao.com/docs/latest/ko/kakaotalk-channel/trouble-shooting)
//! has two tables. Its REST API table (-541 .. -819, the `kapi.kakao.com` APIs) is
//! [`rest::TalkChannel`](crate::rest::TalkChannel). Its SDK table, the errors of adding a
//! Kakao Talk Channel through the Kakao SDK, is [`KaeError`], with a catch-all that keeps any
//! other `KAE` number. Codes are written as Kakao does (`KAE004`: see
//! [`ErrorCode`](crate::ErrorCode)); the table has no HTTP status.
//!
//! ```
//! use kakao_errors::{KakaoError, Remedy};
//! use kakao_errors::channel::KaeError;
//!
//! let e = KaeError::from_code_str("KAE105").unwrap();
//! assert_eq!(e, KaeError::AppChannelNotConnected);
//! assert_eq!(e.remedy(), Remedy::FixAppSettings);
//! assert_eq!(e.to_string(), "[KAE105] Kakao Talk Channel is not connected with the app");
//! ```
//!
//! # Where the data comes from
//!
//! - Rows, their order and the Korean texts (`message_ko`, `solution_ko`): the current Korean
//!   page (<https://developers.kakao.com/docs/latest/ko/kakaotalk-channel/trouble-shooting>),
//!   whose text is available whole: KAE001, KAE003 .. KAE007, KAE104, KAE105, KAE108, KAE201.
//!   An older Korean version (<https://developers.kakao.com/docs/latest/kakaotalk-channel/trouble-shooting>)
//!   lacks KAE108 and words KAE104 ("\[내 애플리케이션\] > \[앱 키\]에서 확인한 올바른 플랫폼의 앱
//!   키로 재요청") and KAE105 ("앱과 카카오톡 채널 연결 후 재요청") otherwise; the current one is
//!   kept.
//! - English texts (`message`, `solution`): the English page
//!   (<https://developers.kakao.com/docs/latest/en/kakaotalk-channel/trouble-shooting>), whose text
//!   is available only in part, in every version. For each row, the newest version whose text has
//!   the whole row: the new docs site's version ("Partner Center", menus "\[App\] > \[Platform
//!   key\] > ...") for KAE001 .. KAE104; the older version ("Admin Center") for KAE105, since the
//!   newer version's text is available only up to the middle of it. The older versions write "(EX:
//!   ...)" for "(Example: ...)" in KAE005 and KAE006 and "\[App\] > \[General\] > \[App keys\]" in
//!   KAE104; the newer is kept. A cause and its example are on two lines on the page and here
//!   (`\n`). No English text is known for the whole of KAE108 or for KAE201: these two have as
//!   their English `message` this crate's translation of the Korean cause, which is the variant's
//!   one-line description, and no English solution.
//! - Then four codes the page does not list, from the Kakao Android SDK reference for
//!   `AppsErrorCause`
//!   (<https://developers.kakao.com/sdk/reference/android-rx/release/kakao-open-android-docs/com.kakao.sdk.common.model/-apps-error-cause/index.html>):
//!   KAE002, KAE101, KAE102, KAE103, with the SDK's English and Korean descriptions and no
//!   solution. Their docs say so, and their [`known_from`](crate::KakaoError::known_from)
//!   names the SDK reference with its address (`None` for the page's rows).
//!
//! Variant names are the SDK's `AppsErrorCause` names where the SDK reference shows the code,
//! and otherwise say what the error is (KAE007, KAE108).
//!
//! # The retry rule
//!
//! [`is_retryable`](crate::KakaoError::is_retryable) is `true` exactly where the page's
//! solution is to send the same request again without changing anything first. One row
//! qualifies: KAE001, "Retry." ("재시도"). KAE004 ("Inform users the reason and retry.",
//! "사용자에게 에러 원인과 재시도 필요 안내") asks the user to try again, after being told why:
//! not retryable; nor are the rows whose solution is "retry with" something else. No row gets
//! a waiting remedy without being retryable.
//!
//! # The remedy rule
//!
//! Every row's [`remedy`](crate::KakaoError::remedy) is decided by the first rule that its cause
//! or solution (English or Korean; for the SDK's codes, the SDK's descriptions) matches; the
//! rules are those of [`oauth`](crate::oauth#the-remedy-rule), of which these rows meet:
//!
//! | code | remedy | decided by (rule) |
//! |---|---|---|
//! | KAE001 | Retry | "Retry." / "재시도" (4) |
//! | KAE003 | FixRequest | "Check used parameters." / "요청 파라미터 확인" (10) |
//! | KAE004 | UserAction | "Inform users the reason and retry." / "사용자에게 에러 원인과 재시도 필요 안내" (9) |
//! | KAE005 | FixRequest | "Retry with a valid Kakao Talk Channel profile ID" / "올바른 채널 정보로 재요청" (10) |
//! | KAE006 | FixRequest | "Check the status of the Kakao Talk Channel and retry." / "채널 상태 확인 후 올바른 정보로 재요청" (10) |
//! | KAE007 | UserAction | "Inform users the reason and retry." / "사용자에게 에러 원인 안내" (9) |
//! | KAE104 | FixAppSettings | "Invalid app key" / "앱 관리 페이지의 \[앱\] > \[플랫폼 키\] ..." (8) |
//! | KAE105 | FixAppSettings | "Connect Kakao Talk Channel to app and retry." / "앱에 카카오톡 채널 연결 후 재요청" (8) |
//! | KAE108 | ContactSupport | "카카오디벨로퍼스 앱 또는 개발자 계정이 제재된 경우" (1) |
//! | KAE201 | RefreshToken | "액세스 토큰 재발급 후 재요청" (5) |
//! | KAE002 | FixRequest | "Passed wrong request" / "잘못된 요청을 전달한 경우" (10) |
//! | KAE101 | FixAppSettings | "Unavailable app type" / "사용할 수 없는 앱 타입인 경우" (8) |
//! | KAE102 | FixAppSettings | "Required consent items are not set" / "필요한 동의항목이 설정되지 않은 경우" (8) |
//! | KAE103 | FixAppSettings | "Requested an API using an app that does not have permission" / "앱에 사용 권한이 없는 API를 호출한 경우" (8) |

mod kae;

pub use kae::KaeError;
