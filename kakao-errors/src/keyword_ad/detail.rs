//! Kakao Keyword Ad's **detail codes** (`extras.detailCode`): the rows of the page's table,
//! in its order, the row it is cut in, the code of its sample response, and a catch-all.
//!
//! Where the texts come from and the remedy rule are in the [module docs](super).

use crate::KakaoError;

/// A detail code of a Kakao Keyword Ad error: the `extras.detailCode` of a response body, which
/// says what went wrong inside the error's code (mostly -820):
/// `{"code": -820, "msg": "KakaoKeywordAdException", "extras": {"detailCode": 103005, "detailMsg": "없는 비즈채널입니다."}}`.
///
/// Detail codes are plain integers with no HTTP status of their own (the response's status
/// is the error code's): 400, 403, 404 and 409 are written like HTTP statuses but are detail
/// codes, and are kept as such. The page describes the others in Korean only: `message_ko` is
/// its description, and the English `message` is this crate's translation of it. No row has
/// a solution or is retryable. A detail code the table does not list (it is available only in
/// part) is kept by the catch-all [`Unknown`](Self::Unknown).
///
/// ```
/// use kakao_errors::{KakaoError, Remedy};
/// use kakao_errors::keyword_ad::KeywordAdDetail;
///
/// let detail = KeywordAdDetail::from_code(101002).unwrap();
/// assert_eq!(detail, KeywordAdDetail::BizChannelNameTaken);
/// assert_eq!((detail.status(), detail.remedy()), (None, Remedy::FixRequest));
/// // A detail code written like an HTTP status is a detail code.
/// assert_eq!(KeywordAdDetail::from_code(409), Some(KeywordAdDetail::Conflict));
/// assert_eq!(KeywordAdDetail::Conflict.status(), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum KeywordAdDetail {
    /// The detail code 400, "Bad Request".
    ///
    /// Written like an HTTP status, but a detail code (`extras.detailCode`), kept as one. The
    /// page's description is English.
    #[kakao(
        code = 400,
        remedy = FixRequest,
        message = "Bad Request"
    )]
    BadRequest,

    /// The detail code 403, "Forbidden".
    ///
    /// Written like an HTTP status, but a detail code, kept as one. The page's description is
    /// English.
    #[kakao(
        code = 403,
        remedy = UserAction,
        message = "Forbidden"
    )]
    Forbidden,

    /// The detail code 404, "Not Found".
    ///
    /// Written like an HTTP status, but a detail code, kept as one. The page's description is
    /// English.
    #[kakao(
        code = 404,
        remedy = FixRequest,
        message = "Not Found"
    )]
    NotFound,

    /// The detail code 409, "Conflict".
    ///
    /// Written like an HTTP status, but a detail code, kept as one. The page's description is
    /// English.
    #[kakao(
        code = 409,
        remedy = FixRequest,
        message = "Conflict"
    )]
    Conflict,

    /// The URL's format is not valid.
    #[kakao(
        code = 100000,
        remedy = FixRequest,
        message_ko = "유효하지 않은 URL 형식입니다."
    )]
    InvalidUrlFormat,

    /// The landing URL does not suit the biz channel's URL.
    #[kakao(
        code = 100001,
        remedy = FixRequest,
        message_ko = "비즈채널의 URL에 적합하지 않은 랜딩 URL입니다."
    )]
    LandingUrlMismatch,

    /// No biz channel category was given.
    #[kakao(
        code = 101001,
        remedy = FixRequest,
        message_ko = "비즈채널 카테고리를 입력하세요."
    )]
    BizChannelCategoryMissing,

    /// The biz channel's name is already in use.
    #[kakao(
        code = 101002,
        remedy = FixRequest,
        message_ko = "비즈채널 이름이 이미 사용 중 입니다."
    )]
    BizChannelNameTaken,

    /// The biz channel's name is not valid.
    #[kakao(
        code = 101003,
        remedy = FixRequest,
        message_ko = "비즈채널 이름이 올바르지 않습니다."
    )]
    InvalidBizChannelName,

    /// The biz channel's name is not 1 to 12 characters long.
    #[kakao(
        code = 101004,
        remedy = FixRequest,
        message_ko = "비즈채널 이름은 1 ~ 12자로 해주세요."
    )]
    BizChannelNameLength,

    /// The ID or the password of the biz channel's review account is missing.
    #[kakao(
        code = 101010,
        remedy = FixRequest,
        message_ko = "비즈채널 검수계정 아이디 또는 비밀번호를 입력하세요."
    )]
    ReviewAccountMissing,

    /// The biz channel does not exist.
    #[kakao(
        code = 101012,
        remedy = FixRequest,
        message_ko = "비즈채널이 존재하지 않습니다."
    )]
    BizChannelNotFound,

    /// The biz channel has campaigns.
    #[kakao(
        code = 101014,
        remedy = FixRequest,
        message_ko = "비즈채널에 캠페인이 존재합니다."
    )]
    BizChannelHasCampaigns,

    /// The number of Talk Channels that can be registered is exceeded.
    #[kakao(
        code = 101015,
        remedy = FixRequest,
        message_ko = "등록 가능한 톡 채널 수를 넘었습니다."
    )]
    TooManyTalkChannels,

    /// The review document's ID is not valid.
    ///
    /// Only the first words of this row are known: the page's available text stops inside it
    /// ("심사 서류 ID가 올바"). The texts here are this crate's.
    #[kakao(
        code = 101016,
        remedy = FixRequest,
        known_from = "the first words of its row on the Kakao Keyword Ad error-code page (the rest is this crate's wording): https://developers.kakao.com/docs/latest/ko/keyword-ad/error-code",
        message_ko = "심사 서류 ID가 올바르지 않습니다."
    )]
    InvalidReviewDocumentId,

    /// The biz channel does not exist.
    ///
    /// Not in the page's detail-code table as far as its text is available (up to 101016):
    /// known from the page's sample response, `{"code": -820, "msg": "KakaoKeywordAdException",
    /// "extras": {"detailCode": 103005, "detailMsg": "없는 비즈채널입니다."}}`, whose `detailMsg` is
    /// `message_ko`.
    #[kakao(
        code = 103005,
        remedy = FixRequest,
        known_from = "the sample response body on the Kakao Keyword Ad error-code page, not its detail-code table: https://developers.kakao.com/docs/latest/ko/keyword-ad/error-code",
        message_ko = "없는 비즈채널입니다."
    )]
    NoSuchBizChannel,

    /// A detail code the Kakao Keyword Ad table does not list; the code is kept.
    #[kakao(other, message = "unknown Kakao Keyword Ad detail code")]
    Unknown(i32),
}
