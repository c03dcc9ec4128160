//! REST API > Error code > **Kakao Talk Message**: errors of the Kakao Talk Message API.
//!
//! Source: the Kakao Developers page [REST API > Error code](https://developers.kakao.com/docs/latest/en/rest-api/error-code), section "Kakao Talk Message", rows in the page's
//! order; then the two causes of the Android SDK's [`ApiErrorCause` reference](https://developers.kakao.com/sdk/reference/android-rx/release/kakao-open-android-docs/com.kakao.sdk.common.model/-api-error-cause/index.html) that belong here but that the REST
//! page does not list (-504, -531), in the SDK's order and without an HTTP status, since no
//! page documents one.

use crate::KakaoError;

/// The "Kakao Talk Message" table of the REST API error codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum TalkMessage {
    /// The recipient is not the sender's friend (the friend list may be cached: try again once it
    /// has expired, minutes or more later, not within a backoff).
    ///
    /// Named `NotFriend` as in newer Kakao SDKs.
    #[kakao(
        code = -502,
        status = 400,
        remedy = RetryLater,
        message = "If the recipient is not the sender's friend.",
        solution = "Retry to make a request after cached data expires."
    )]
    NotFriend,

    /// The recipient does not accept messages.
    ///
    /// The two sources word this code differently: the REST API error code page (used for the
    /// message) says the recipient refuses to receive messages; the Android SDK's
    /// `ApiErrorCause` reference (used for the Korean message) says "The receiver turned off
    /// the profile visibility" (받는 이가 프로필 비공개로 설정한 경우).
    #[kakao(
        code = -530,
        status = 400,
        remedy = UserAction,
        message = "If the recipient refuses to receive a message.",
        message_ko = "받는 이가 프로필 비공개로 설정한 경우"
    )]
    TalkMessageDisabled,

    /// The sender used up the app's daily quota for sending messages.
    #[kakao(
        code = -532,
        status = 400,
        remedy = RetryLater,
        message = "If the sender requests to send a message after exceeding the quota limit allowed to send a message regardless of recipients from a specific app during a day.",
        message_ko = "보내는 이가 하루 동안 보낼 수 있는 쿼터를 초과한 경우"
    )]
    TalkSendMessageDailyLimitExceed,

    /// The recipient used up the daily quota for receiving messages from the app.
    #[kakao(
        code = -533,
        status = 400,
        remedy = RetryLater,
        message = "If exceeding the quota limit, allowed to receive a message from a specific app during a day."
    )]
    TalkReceiveMessageDailyLimitExceed,

    /// The daily quota of messages between this sender and this recipient is used up.
    #[kakao(
        code = -536,
        status = 400,
        remedy = RetryLater,
        message = "If exceeding the quota limit, allowed to send and receive a message between a sender and a recipient during a day."
    )]
    TalkSenderRecipientDailyLimitExceed,

    /// The message was sent to a device that does not support it.
    ///
    /// Only in the Android SDK's `ApiErrorCause` reference, which gives no HTTP status.
    #[kakao(
        code = -504,
        remedy = UserAction,
        known_from = "the Kakao Android SDK's ApiErrorCause reference: https://developers.kakao.com/sdk/reference/android-rx/release/kakao-open-android-docs/com.kakao.sdk.common.model/-api-error-cause/index.html",
        message = "Sent message to an unsupported device",
        message_ko = "지원되지 않는 기기로 메시지를 전송한 경우"
    )]
    UserDeviceUnsupported,

    /// The sender used up the monthly quota for sending messages.
    ///
    /// Only in the Android SDK's `ApiErrorCause` reference, which gives no HTTP status.
    #[kakao(
        code = -531,
        remedy = RetryLater,
        known_from = "the Kakao Android SDK's ApiErrorCause reference: https://developers.kakao.com/sdk/reference/android-rx/release/kakao-open-android-docs/com.kakao.sdk.common.model/-api-error-cause/index.html",
        message = "The sender exceeded the monthly quota for sending messages",
        message_ko = "보내는 이가 한 달 동안 보낼 수 있는 쿼터를 초과한 경우"
    )]
    TalkSendMessageMonthlyLimitExceed,
}
