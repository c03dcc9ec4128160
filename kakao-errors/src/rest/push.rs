//! REST API > Error code > **Push Notification**: errors of the push notification APIs.
//!
//! Source: the Kakao Developers page [REST API > Error code](https://developers.kakao.com/docs/latest/en/rest-api/error-code), section "Push Notification".

use crate::KakaoError;

/// The "Push Notification" table of the REST API error codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum Push {
    /// The device has no registered push token.
    #[kakao(
        code = -901,
        status = 400,
        remedy = FixRequest,
        message = "If a push notification sent to a device that does not have any registered push token."
    )]
    PushTokenNotRegistered,
}
