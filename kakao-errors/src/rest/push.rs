//! REST API > Error code > **Push Notification**: errors of the push notification APIs.
//!
//! Source: Kakao Developers, REST API > Error code, section "Push Notification" (page 000).

use crate::KakaoError;

/// The "Push Notification" table of the REST API error codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
pub enum Push {
    /// The device has no registered push token.
    #[kakao(
        code = -901,
        status = 400,
        message = "If a push notification sent to a device that does not have any registered push token."
    )]
    PushTokenNotRegistered,
}
