//! REST API > Error code > **Kakao Talk Channel**: errors of the Kakao Talk Channel APIs.
//!
//! Source: the Kakao Developers page [REST API > Error code](https://developers.kakao.com/docs/latest/en/rest-api/error-code), section "Kakao Talk Channel", rows in the page's
//! order. The Android SDK has none of these codes, so the names say what each error is.
//!
//! The Korean texts are those of the Korean Kakao Talk Channel troubleshooting page
//! ([카카오톡 채널 > 문제 해결](https://developers.kakao.com/docs/latest/ko/kakaotalk-channel/trouble-shooting)),
//! whose REST API table has the same seven codes and statuses: `message_ko` is its "원인"
//! (cause) and `solution_ko` its "해결 방법" (solution, absent where the page has "-"), word
//! for word.

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
        message = "If the Kakao Talk Channel does not exist.",
        message_ko = "존재하지 않는 카카오톡 채널인 경우"
    )]
    ChannelDoesNotExist,

    /// The Kakao Talk Channel is banned.
    #[kakao(
        code = -544,
        status = 400,
        remedy = ContactSupport,
        message = "If the Kakao Talk Channel is banned.",
        message_ko = "카카오톡 채널이 제재 상태인 경우"
    )]
    ChannelBanned,

    /// The Kakao Talk Channel API failed internally.
    #[kakao(
        code = -815,
        status = 400,
        remedy = OutcomeUnknown,
        message = "Internal error related to Kakao Talk Channel API.",
        message_ko = "카카오톡 채널 API 내부 에러"
    )]
    ChannelInternalError,

    /// The customer file ID is wrong or not among the channel's uploaded customer files.
    #[kakao(
        code = -816,
        status = 400,
        remedy = FixRequest,
        message = "If used a wrong customer file ID, or if it fails to find the customer file ID among the uploaded Kakao Talk Channel customer files.",
        message_ko = "파일 ID가 잘못된 경우나 해당 파일 ID로 업로드된 카카오톡 채널 고객파일을 찾을 수 없는 경우"
    )]
    CustomerFileNotFound,

    /// A customer file was registered under an existing or a disallowed file name.
    #[kakao(
        code = -817,
        status = 400,
        remedy = FixRequest,
        message = "If tried to register customer file API using the existing file name or unallowed file name.",
        message_ko = "이미 존재하는 파일명이나 허용되지 않는 파일명으로 고객파일 등록하는 경우"
    )]
    InvalidCustomerFileName,

    /// The channel already has the maximum number of customer files (30, Admin Center uploads
    /// included).
    ///
    /// The English REST API page says "Kakao Talk Channel Admin Center"; the Korean page says
    /// "카카오톡 채널 파트너센터" (Partner Center), the center's newer name.
    #[kakao(
        code = -818,
        status = 400,
        remedy = FixRequest,
        message = "If exceeding the maximum number of the customer files. Up to 30 files are allowed including the files uploaded to the Kakao Talk Channel Admin Center.",
        message_ko = "등록한 고객파일이 최대 개수를 초과한 경우 (카카오톡 채널 파트너센터에 업로드한 파일 포함하여 최대 30개)"
    )]
    CustomerFileLimitExceeded,

    /// The Kakao Talk Channel is not connected to the service app.
    #[kakao(
        code = -819,
        status = 400,
        remedy = FixAppSettings,
        message = "If a Kakao Talk Channel and a service app are not connected.",
        solution = "Connect Kakao Talk Channel to app.",
        message_ko = "카카오톡 채널과 앱이 연결되지 않은 경우",
        solution_ko = "앱에 카카오톡 채널 연결"
    )]
    ChannelNotConnected,
}
