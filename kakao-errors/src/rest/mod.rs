//! The REST API error tables of Kakao Developers, one type per table, and their union
//! [`ApiError`].
//!
//! # Where the data comes from
//!
//! The Kakao Developers page "REST API > Error code"
//! (<https://developers.kakao.com/docs/latest/en/rest-api/error-code>) lists, per product,
//! each error's code, HTTP status, cause and solution. Each section is one enum here, in one
//! file, with its rows in the page's order:
//!
//! | section of the page | type | codes |
//! |---|---|---|
//! | Common | [`Common`] | -1 .. -12, -401, -501, -602, -603, -606, -903, -911, -9798 (+ -301) |
//! | Kakao Login | [`Login`] | -101, -102, -103, -201, -402, -406 (+ -405, -421, -422, -423) |
//! | Kakao Talk Message | [`TalkMessage`] | -502, -530, -532, -533, -536 (+ -504, -531) |
//! | Kakao Talk Channel | [`TalkChannel`] | -541, -544, -815, -816, -817, -818, -819 |
//! | Push Notification | [`Push`] | -901 |
//! | Talk Calendar | [`TalkCalendar`] | -520, -521 |
//! | Kakao Moment | [`Moment`] | -813 |
//! | Kakao Keyword Ad | [`KeywordAd`] | -820 |
//!
//! Where each field of a row comes from:
//!
//! | field | Common, Kakao Login, Kakao Talk Channel | the other five tables | the SDK-only codes (below) |
//! |---|---|---|---|
//! | `message` | the page's "Cause" | the page's "Cause" | the SDK's English description |
//! | `status` | the page's "Status Code" | the page's "Status Code" | none |
//! | `solution` | the page's "Solution"; none for "-" | the page's "Solution"; none for "-" | none |
//! | `message_ko` | the Korean page's "원인" | the SDK's Korean description, where the SDK has the code | the SDK's Korean description |
//! | `solution_ko` | the Korean page's "해결 방법"; none for "-" | none | none |
//! | `remedy` | [the remedy rule](#the-remedy-rule) | the remedy rule | the remedy rule, over the SDK's English description |
//!
//! Texts are word for word, typos included (such as "requsted" in -520, or "데이타" in the
//! Korean -2). "The page" is the English page above. "The Korean page" of a table is a Korean
//! Kakao Developers page with the same rows (the same codes and statuses):
//!
//! - Common: the page's Korean version, REST API > 에러 코드
//!   (<https://developers.kakao.com/docs/latest/ko/rest-api/error-code>), table "공통"; its older
//!   address (<https://developers.kakao.com/docs/ko/rest-api/error-code>) gives the same table
//!   word for word. Its text is available only up to the first words of the next table, Kakao
//!   Login's.
//! - Kakao Login: 카카오 로그인 > 문제 해결
//!   (<https://developers.kakao.com/docs/latest/ko/kakaologin/trouble-shooting>), table "카카오
//!   로그인 API".
//! - Kakao Talk Channel: 카카오톡 채널 > 문제 해결
//!   (<https://developers.kakao.com/docs/latest/ko/kakaotalk-channel/trouble-shooting>), its
//!   REST API table.
//!
//! No Korean text is known for the other five tables' rows beyond the SDK's. "The SDK" is the
//! Android SDK's `ApiErrorCause` reference
//! (<https://developers.kakao.com/sdk/reference/android-rx/release/kakao-open-android-docs/com.kakao.sdk.common.model/-api-error-cause/index.html>),
//! which has Korean and English descriptions of 29 codes. For a code that both a Korean page
//! and the SDK describe, the Korean page's cause is `message_ko`: it is a Kakao Developers
//! table's text for the same row, next to its Korean solution; the SDK's wording, where it
//! differs, is quoted in the variant's docs.
//!
//! Variant names are the Android SDK's `ApiErrorCause` names where the SDK has the code
//! (`NotFriend` for -502 and `BlockedApp` for -12 come from newer SDKs), and otherwise say what
//! the error is.
//!
//! The codes in parentheses above are the SDK's causes that the REST page does not list
//! (-301, -405, -421, -422, -423, -504, -531). They follow the page's rows in their table,
//! with the SDK's English and Korean descriptions and **no HTTP status**: no page documents one.
//! Their [`known_from`](crate::KakaoError::known_from) names the SDK reference, with its
//! address; it is `None` for every row of the page.
//!
//! # The retry rule
//!
//! [`is_retryable`](crate::KakaoError::is_retryable) is `true` exactly where the page's
//! solution is to send the same request again without changing anything first, after a
//! backoff. One row qualifies:
//!
//! | code | page's solution |
//! |---|---|
//! | -1 ([`Common::InternalError`]) | "Retry." |
//!
//! Every other row is not retryable, including those whose solution ends in "make a request
//! again" or "Retry after ...": they ask for a user's or an admin's action first (link the
//! account, enable a feature, pass a review), and the same request sent again fails the same
//! way; or, for -502 ([`TalkMessage::NotFriend`], "Retry to make a request after cached data
//! expires."), for something slower than a backoff: Kakao's cached friend data expiring takes
//! minutes or more, so its remedy is [`RetryLater`](crate::Remedy::RetryLater), which no retry
//! loop resends. The SDK-only codes have no solution and are not retryable either.
//!
//! # The remedy rule
//!
//! [`remedy`](crate::KakaoError::remedy) says what to do about an error: a
//! [`Remedy`](crate::Remedy). Every row gets one by a rule that reads the row's cause and
//! solution as the page gives them (for the SDK-only codes, the SDK's English description as
//! the cause, and no solution). The first step whose words the text contains decides; words
//! are matched ignoring case:
//!
//! | step | reads | words | remedy |
//! |---:|---|---|---|
//! | 1 | cause | "maintenance" | `RetryLater` |
//! | 2 | solution | "increase the limit", "quota increase" (unless the solution also says to retry, by the retry rule) | `FixAppSettings` |
//! | 3 | cause | "quota", "limit" (when the solution says to retry, by the retry rule) | `Throttled` |
//! | 4 | cause | "quota", "limit" | `RetryLater` |
//! | 5 | solution | the retry rule's: "Retry." alone, "try again later" | `Retry` |
//! | 6 | solution | "after cached data expires" | `RetryLater` |
//! | 7 | solution | "token" | `RefreshToken` |
//! | 8 | solution | "consent" | `RequestConsent` |
//! | 9 | solution | "app key", "app management page", "Kakao Developers", "review", "connect" | `FixAppSettings` |
//! | 10 | solution | "request parameters", "request header", "allowed range", "correct specification", "pass the correct" | `FixRequest` |
//! | 11 | solution | "Kakao Account", "browser", "[Admin only]", "customer service" | `UserAction` |
//! | 12 | cause | "developer account", "channel is banned" | `ContactSupport` |
//! | 13 | cause | "not signed up", "dormant", "under age", "age verification", "signing is not completed", "refuses", "unsupported device", "suspended", "banned", "blocked", "restricted" | `UserAction` |
//! | 14 | cause | "app key", "authentication failed" | `FixAppSettings` |
//! | 15 | cause | "timeout", "took too long", "internal error" | `OutcomeUnknown` |
//! | 16 | cause | "does not exist", "wrong", "invalid", "unsupported", "maximum", "tried to", "terminated", "deprecated", "expired", "already linked", "does not have any registered" | `FixRequest` |
//! | 17 | | none of the above | `Unknown` |
//!
//! In words: first whether the service is down for maintenance, which lasts longer than any
//! backoff (the page says to check the notice): `RetryLater`. Then limits: a limit whose way
//! out is to have it raised (the solution asks to increase the limit or to request a quota
//! increase, and does not offer to try again later) is `FixAppSettings`, since it may not reset
//! for weeks (a monthly spending limit) and only the app's team can have it raised; a limit
//! the page says to try again after is `Throttled`, a wait the retry loop honours; any other
//! quota or limit reached resets by itself, but not within a backoff (a daily quota):
//! `RetryLater`. Then what the solution tells the caller to do (send it again, wait for cached
//! data to expire, refresh the
//! token, ask for consent, change a console setting, fix the request, or have the user act,
//! which includes contacting Kakao Customer Service: that is where Kakao's users get help,
//! while an app's team is sent to DevTalk). Then, where the solution is "-" or says none of
//! these, who the cause says must act: Kakao's support, through the app's team, when the
//! app's side is suspended (the Kakao Developers app, the developer account, the app's Kakao
//! Talk Channel); the user, for the user's own state (not signed up, dormant, under age, a
//! signature to complete, messages refused) and for the user's own account suspended, banned,
//! blocked or restricted, which the user must take up with Kakao and the app's team cannot
//! fix; the app's settings (its app key); nobody knows (a timeout or an internal error inside
//! Kakao, which the page does not say to send again: the request may or may not have taken
//! effect, `OutcomeUnknown`, which an adapter resends only for a request that is idempotent);
//! or the caller (a wrong, missing or oversized value). A cause that says none of these gets
//! `Unknown`. The same rule decides the rows of [Kakao Talk Share](crate::share) and
//! [Kakao Mobility](crate::mobility).
//!
//! A row is retryable exactly when its remedy is a waiting one (`Retry`, `Throttled` or
//! `Maintenance`): [`is_retryable`](crate::KakaoError::is_retryable) is always
//! `remedy().is_wait()`, and the derive rejects a row where the two disagree. Rows whose cause
//! calls for waiting while the page's solution does not say to send the same request again
//! get `RetryLater`, handed back to the caller rather than resent: maintenance (-7, -9798),
//! quotas that reset by themselves (-10, -531, -532, -533, -536) and cached friend data
//! (-502); the timeout (-603) and the internal errors of three products (-815, -813, -820) get
//! `OutcomeUnknown`.
//!
//! -401 is `RefreshToken`, from the page's "reissue an access token". Its cause also covers an
//! app that does not match its registration: a -401 whose message says "domain mismatched" or
//! "wrong appKey(null) format" (Kakao Talk Share > Troubleshooting,
//! <https://developers.kakao.com/docs/latest/en/kakaotalk-share/trouble-shooting>) is a
//! settings problem, `FixAppSettings`. Only the response's message tells the two apart
//! ([`ResponseError::share_sub_error`](crate::response::ResponseError::share_sub_error)), so
//! the remedy of a parsed response refines this one; the table's answer for -401 stays
//! `RefreshToken`.
//!
//! ```
//! use kakao_errors::{KakaoError, Remedy};
//! use kakao_errors::rest::{ApiError, Common};
//!
//! assert_eq!(Common::ApiLimitExceeded.remedy(), Remedy::RetryLater);
//! let maintenance = Common::UnderMaintenance;
//! assert!(!maintenance.remedy().is_wait() && !maintenance.is_retryable());
//! assert_eq!(ApiError::from_code(-819).unwrap().remedy(), Remedy::FixAppSettings);
//! ```
//!
//! | code | name | remedy | step | the text that decides |
//! |---|---|---|---:|---|
//! | -1 | `InternalError` | `Retry` | 5 | solution "Retry." |
//! | -2 | `IllegalParams` | `FixRequest` | 10 | solution "Check the request parameters." |
//! | -3 | `UnsupportedApi` | `FixAppSettings` | 9 | solution "Go to [Service name] on the app management page, enable the function under [Usage settings] and then make a request again." |
//! | -4 | `BlockedAction` | `UserAction` | 13 | cause "If an account has been blocked or restricted to do some actions." |
//! | -5 | `PermissionDenied` | `FixAppSettings` | 9 | solution "Request a review to use the API, and then make a request again." |
//! | -6 | `ActionNotAllowed` | `FixRequest` | 10 | solution "Refer to the API documentation and request for an action within the allowed range." |
//! | -7 | `ServiceMaintenanceOrInternalError` | `RetryLater` | 1 | cause "If the service is undergoing maintenance or has an internal problem." |
//! | -8 | `InvalidHeader` | `FixRequest` | 10 | solution "Check the request header." |
//! | -9 | `DeprecatedApi` | `FixRequest` | 16 | cause "If the API has been terminated its service." |
//! | -10 | `ApiLimitExceeded` | `RetryLater` | 4 | cause "If the allowed quota limit has been exceeded." |
//! | -11 | `PaidApiLimitExceeded` | `FixAppSettings` | 2 | solution "Increase the limit amount." |
//! | -12 | `BlockedApp` | `ContactSupport` | 12 | cause "If your Kakao Developers app or developer account has been suspended." |
//! | -401 | `InvalidToken` | `RefreshToken` | 7 | solution "... or reissue an access token. ..." |
//! | -501 | `NotTalkUser` | `UserAction` | 13 | cause "If a user who has not signed up for Kakao Talk or suspended calls ..." |
//! | -602 | `ImageUploadSizeExceeded` | `FixRequest` | 16 | cause "If the file size of the uploaded image exceeds the maximum size." |
//! | -603 | `ServerTimeOut` | `OutcomeUnknown` | 15 | cause "If a timeout occurs while processing the request on the Kakao Platform." |
//! | -606 | `ImageMaxUploadCountExceed` | `FixRequest` | 16 | cause "If exceeding the maximum number of images to upload." |
//! | -903 | `DeveloperDoesNotExist` | `FixAppSettings` | 14 | cause "If the request has been made with an unregistered developer's app key ..." |
//! | -911 | `UnsupportedImageFormat` | `FixRequest` | 16 | cause "If using an image file with the unsupported format to upload." |
//! | -9798 | `UnderMaintenance` | `RetryLater` | 1 | cause "If the service is undergoing maintenance." |
//! | -301 | `AppDoesNotExist` | `FixAppSettings` | 14 | SDK "Requested with an app key of not registered app, ..." |
//! | -101 | `NotRegisteredUser` | `UserAction` | 11 | solution "Retry after linking the Kakao Account to the app through Kakao Login." |
//! | -102 | `AlreadyRegisteredUser` | `FixRequest` | 16 | cause "... with an access token of a user who is already linked to the app." |
//! | -103 | `AccountDoesNotExist` | `UserAction` | 13 | cause "If the request has been made with a dormant or invalid Kakao Account." |
//! | -201 | `PropertyKeyDoesNotExist` | `FixRequest` | 10 | solution "... and set the request parameters to match the registered user property keys." |
//! | -402 | `InsufficientScope` | `RequestConsent` | 8 | solution "... and request additional consent to the scope." |
//! | -406 | `UnderAgeLimit` | `UserAction` | 13 | cause "If a user under age 14 calls the API ..." |
//! | -405 | `RequiredAgeVerification` | `UserAction` | 13 | SDK "Age verification is required" |
//! | -421 | `SigningIsNotCompleted` | `UserAction` | 13 | SDK "Signing is not completed" |
//! | -422 | `InvalidTransaction` | `UserAction` | 13 | SDK "Signing is not completed in the valid time" |
//! | -423 | `TransactionHasExpired` | `FixRequest` | 16 | SDK "The public key has been expired" |
//! | -502 | `NotFriend` | `RetryLater` | 6 | solution "Retry to make a request after cached data expires." |
//! | -530 | `TalkMessageDisabled` | `UserAction` | 13 | cause "If the recipient refuses to receive a message." |
//! | -532 | `TalkSendMessageDailyLimitExceed` | `RetryLater` | 4 | cause "... after exceeding the quota limit allowed to send a message ..." |
//! | -533 | `TalkReceiveMessageDailyLimitExceed` | `RetryLater` | 4 | cause "If exceeding the quota limit, allowed to receive a message ..." |
//! | -536 | `TalkSenderRecipientDailyLimitExceed` | `RetryLater` | 4 | cause "If exceeding the quota limit, allowed to send and receive a message ..." |
//! | -504 | `UserDeviceUnsupported` | `UserAction` | 13 | SDK "Sent message to an unsupported device" |
//! | -531 | `TalkSendMessageMonthlyLimitExceed` | `RetryLater` | 4 | SDK "The sender exceeded the monthly quota for sending messages" |
//! | -541 | `ChannelDoesNotExist` | `FixRequest` | 16 | cause "If the Kakao Talk Channel does not exist." |
//! | -544 | `ChannelBanned` | `ContactSupport` | 12 | cause "If the Kakao Talk Channel is banned." |
//! | -815 | `ChannelInternalError` | `OutcomeUnknown` | 15 | cause "Internal error related to Kakao Talk Channel API." |
//! | -816 | `CustomerFileNotFound` | `FixRequest` | 16 | cause "If used a wrong customer file ID, ..." |
//! | -817 | `InvalidCustomerFileName` | `FixRequest` | 16 | cause "If tried to register customer file API using the existing file name or unallowed file name." |
//! | -818 | `CustomerFileLimitExceeded` | `FixRequest` | 16 | cause "If exceeding the maximum number of the customer files. ..." |
//! | -819 | `ChannelNotConnected` | `FixAppSettings` | 9 | solution "Connect Kakao Talk Channel to app." |
//! | -901 | `PushTokenNotRegistered` | `FixRequest` | 16 | cause "If a push notification sent to a device that does not have any registered push token." |
//! | -520 | `EventOrCalendarNotFound` | `FixRequest` | 16 | cause "If the requsted public event ID or calendar ID does not exist." |
//! | -521 | `ProfileStickerNotEditable` | `FixRequest` | 16 | cause "If tried to edit or delete a task on the Kakao Talk profile sticker." |
//! | -813 | `MomentInternalError` | `OutcomeUnknown` | 15 | cause "Internal error related to Kakao Moment APIs occurs." |
//! | -820 | `KeywordAdInternalError` | `OutcomeUnknown` | 15 | cause "Internal error related to Kakao Keyword Ad APIs occurs." |
//!
//! "SDK" is the Android SDK's English description of a code the REST page does not list. The
//! three "Internal error related to ..." rows (-815, -813, -820) have no solution on the page,
//! so their cause decides: "internal error" (step 15) makes them `OutcomeUnknown`, a failure
//! inside Kakao after which the request may or may not have taken effect. Kakao Moment's and
//! Kakao Keyword Ad's pages answer more precisely by the detail code and the status a -813 or
//! -820 response carries, which a parsed response reads (see [`response`](crate::response)).
//!
//! # Unknown codes
//!
//! Each per-product enum knows only its own codes: `Login::from_code(-1)` is `None`.
//! [`ApiError`] tries the eight tables in the order above and keeps any other code in
//! [`ApiError::Unknown`], so parsing a response never loses the code.
//!
//! ```
//! use kakao_errors::KakaoError;
//! use kakao_errors::rest::{ApiError, Common, Login};
//!
//! assert_eq!(Login::from_code(-1), None);
//! let e = ApiError::from_code(-1).unwrap();
//! assert_eq!(e, ApiError::Common(Common::InternalError));
//! assert_eq!((e.status(), e.is_retryable()), (Some(400), true));
//! assert_eq!(e.message_ko(), Some("서버 내부에서 처리 중에 에러가 발생한 경우"));
//! assert_eq!(e.solution_ko(), Some("재시도"));
//! assert_eq!(ApiError::from_code(-9999), Some(ApiError::Unknown(-9999)));
//! ```

mod api_error;
mod common;
mod keyword_ad;
mod login;
mod moment;
mod push;
mod talk_calendar;
mod talk_channel;
mod talk_message;

pub use api_error::ApiError;
pub use common::Common;
pub use keyword_ad::KeywordAd;
pub use login::Login;
pub use moment::Moment;
pub use push::Push;
pub use talk_calendar::TalkCalendar;
pub use talk_channel::TalkChannel;
pub use talk_message::TalkMessage;
