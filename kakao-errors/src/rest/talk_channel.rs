//! REST API > Error code > **Kakao Talk Channel**: errors of the Kakao Talk Channel APIs.
//!
//! Source: the Kakao Developers page [REST API > Error code](https://developers.kakao.com/docs/latest/en/rest-api/error-code), section "Kakao Talk Channel", rows in the page's
//! order. The Android SDK has none of these codes, so the names say what each error is.

use crate::KakaoError;

/// The "Kakao Talk Channel" table of the REST API error codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum TalkChannel {
    /// The Kakao Talk Channel does not exist.
    #[kakao(
        code = -541,
        status = 400,
        remedy = FixRequest,
        message = "If the Kakao Talk Channel does not exist."
    )]
    ChannelDoesNotExist,

    /// The Kakao Talk Channel is banned.
    #[kakao(
        code = -544,
        status = 400,
        remedy = ContactSupport,
        message = "If the Kakao Talk Channel is banned."
    )]
    ChannelBanned,

    /// The Kakao Talk Channel API failed internally.
    #[kakao(
        code = -815,
        status = 400,
        remedy = Retry,
        message = "Internal error related to Kakao Talk Channel API."
    )]
    ChannelInternalError,

    /// The customer file ID is wrong or not among the channel's uploaded customer files.
    #[kakao(
        code = -816,
        status = 400,
        remedy = FixRequest,
        message = "If used a wrong customer file ID, or if it fails to find the customer file ID among the uploaded Kakao Talk Channel customer files."
    )]
    CustomerFileNotFound,

    /// A customer file was registered under an existing or a disallowed file name.
    #[kakao(
        code = -817,
        status = 400,
        remedy = FixRequest,
        message = "If tried to register customer file API using the existing file name or unallowed file name."
    )]
    InvalidCustomerFileName,

    /// The channel already has the maximum number of customer files (30, Admin Center uploads
    /// included).
    #[kakao(
        code = -818,
        status = 400,
        remedy = FixRequest,
        message = "If exceeding the maximum number of the customer files. Up to 30 files are allowed including the files uploaded to the Kakao Talk Channel Admin Center."
    )]
    CustomerFileLimitExceeded,

    /// The Kakao Talk Channel is not connected to the service app.
    #[kakao(
        code = -819,
        status = 400,
        remedy = FixAppSettings,
        message = "If a Kakao Talk Channel and a service app are not connected.",
        solution = "Connect Kakao Talk Channel to app."
    )]
    ChannelNotConnected,
}
