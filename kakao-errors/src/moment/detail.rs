//! Kakao Moment's **detail codes** (상세 에러 코드, `extras.detailCode`): the rows of the
//! error-code page's table and of the reference page's list, in their order, and a catch-all.
//!
//! Which page each text comes from and the remedy rule are in the [module docs](super).

use crate::KakaoError;

/// A detail code of a Kakao Moment error: the `extras.detailCode` of a response body, which
/// says what went wrong inside the error's code (mostly -813):
/// `{"code": -813, "msg": "KakaoMomentException", "extras": {"detailCode": 21006, "detailMsg": "존재하지 않는 광고계정입니다."}}`.
///
/// Detail codes are plain integers with no HTTP status of their own (the response's status
/// is the error code's). The pages describe them in Korean only: `message_ko` is the page's
/// description, and the English `message` is this crate's translation of it. None has a
/// solution column, and none says to send the same request again, so none is retryable. A
/// detail code the tables do not list (they are available only in part) is kept by the
/// catch-all [`Unknown`](Self::Unknown).
///
/// ```
/// use kakao_errors::{KakaoError, Remedy};
/// use kakao_errors::moment::MomentDetail;
///
/// let detail = MomentDetail::from_code(21006).unwrap();
/// assert_eq!(detail, MomentDetail::AdAccountDoesNotExist);
/// assert_eq!(detail.message_ko(), Some("존재하지 않는 광고계정입니다."));
/// assert_eq!((detail.status(), detail.remedy()), (None, Remedy::FixRequest));
/// assert_eq!(MomentDetail::from_code(99999), Some(MomentDetail::Unknown(99999)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum MomentDetail {
    /// The bank code does not exist.
    #[kakao(
        code = 2007,
        remedy = FixRequest,
        message_ko = "존재하지 않는 은행코드입니다."
    )]
    BankCodeNotFound,

    /// The deposit amount is not between 1,000 and 1,000,000,000 won.
    #[kakao(
        code = 2010,
        remedy = FixRequest,
        message_ko = "입금금액은 1,000원 이상 1,000,000,000원 이하여야 합니다."
    )]
    DepositAmountOutOfRange,

    /// The user has not joined an AGENCY.
    ///
    /// On the error-code page's table only: the reference page's list, as far as its text is
    /// available, does not have it.
    #[kakao(
        code = 3002,
        remedy = UserAction,
        message_ko = "AGENCY에 가입되지 않은 사용자입니다."
    )]
    NotAgencyMember,

    /// The business does not exist.
    #[kakao(
        code = 5001,
        remedy = FixRequest,
        message_ko = "존재하지 않는 사업자입니다."
    )]
    BusinessNotFound,

    /// The ad account does not exist.
    ///
    /// The same text as 21006 ([`AdAccountDoesNotExist`](Self::AdAccountDoesNotExist)).
    #[kakao(
        code = 6003,
        remedy = FixRequest,
        message_ko = "존재하지 않는 광고계정입니다."
    )]
    AdAccountNotFound,

    /// No search term for the city, county or district (시/군/구) was given.
    ///
    /// The error-code page's table is available only up to the first words of this row; the
    /// text is the reference page's.
    #[kakao(
        code = 7550,
        remedy = FixRequest,
        message_ko = "조회할 시/군/구 검색어를 입력해 주세요."
    )]
    DistrictSearchTermMissing,

    /// The ad account is a Talk Biz Board or Shopping Box guaranteed-delivery account.
    ///
    /// Two texts: `message_ko` is the reference page's list ("톡비즈보드, 쇼핑박스 보장형 계정인 경우"); the
    /// error-code page's sample response answers this code with the `detailMsg` "허용되지 않은 광고계정의
    /// 집행 상태입니다." (the ad account's delivery status does not allow it), which is what a
    /// response carries.
    #[kakao(
        code = 20023,
        remedy = FixRequest,
        message_ko = "톡비즈보드, 쇼핑박스 보장형 계정인 경우"
    )]
    GuaranteedAdAccount,

    /// The ad account does not exist.
    ///
    /// The same text as 6003 ([`AdAccountNotFound`](Self::AdAccountNotFound)); the error-code
    /// page's sample response shows this code with it.
    #[kakao(
        code = 21006,
        remedy = FixRequest,
        message_ko = "존재하지 않는 광고계정입니다."
    )]
    AdAccountDoesNotExist,

    /// The ad account is being deleted.
    #[kakao(
        code = 21400,
        remedy = OutcomeUnknown,
        message_ko = "광고계정이 삭제처리중입니다."
    )]
    AdAccountBeingDeleted,

    /// The ad account's status cannot be changed.
    #[kakao(
        code = 21500,
        remedy = FixRequest,
        message_ko = "광고계정 상태 변경이 불가합니다."
    )]
    AdAccountStatusUnchangeable,

    /// The ad reaction (내 광고반응) does not exist.
    #[kakao(
        code = 22200,
        remedy = FixRequest,
        message_ko = "존재하지 않는 내 광고반응 입니다."
    )]
    AdReactionNotFound,

    /// The ad reaction (내 광고반응) was already deleted.
    #[kakao(
        code = 22201,
        remedy = OutcomeUnknown,
        message_ko = "이미 지워진 내 광고반응 입니다."
    )]
    AdReactionAlreadyDeleted,

    /// The ad reaction target is in use.
    #[kakao(
        code = 22202,
        remedy = FixRequest,
        message_ko = "해당 내 광고반응 타겟을 사용중입니다."
    )]
    AdReactionTargetInUse,

    /// The account has reached its limit of 50 ad reaction targets.
    #[kakao(
        code = 22203,
        remedy = FixRequest,
        message_ko = "광고반응 타겟은 계정당 50개까지 등록 가능합니다."
    )]
    AdReactionTargetLimit,

    /// At most 20 ad groups or messages can be selected.
    #[kakao(
        code = 22204,
        remedy = FixRequest,
        message_ko = "광고그룹/메시지는 최대 20개까지 선택 가능합니다."
    )]
    TooManyAdGroupsSelected,

    /// The ad reaction target's name is already in use.
    #[kakao(
        code = 22205,
        remedy = FixRequest,
        message_ko = "사용중인 광고반응 타겟 이름입니다."
    )]
    AdReactionTargetNameTaken,

    /// An ad reaction target that was deleted or does not exist cannot be renamed.
    #[kakao(
        code = 22207,
        remedy = FixRequest,
        message_ko = "이미 삭제되었거나 존재하지 않는 광고반응 타겟의 경우 이름 수정이 불가능합니다."
    )]
    AdReactionTargetNotRenamable,

    /// The ad reaction target's type is not valid.
    #[kakao(
        code = 22209,
        remedy = FixRequest,
        message_ko = "광고반응 타겟 유형이 올바르지 않습니다."
    )]
    InvalidAdReactionTargetType,

    /// The request includes reaction data that the campaign does not support.
    #[kakao(
        code = 22211,
        remedy = FixRequest,
        message_ko = "해당 캠페인에서 지원하지 않는 반응데이터가 포함되어 있습니다."
    )]
    UnsupportedReactionData,

    /// Some of the selected categories were discontinued and have been deselected.
    #[kakao(
        code = 22300,
        remedy = FixRequest,
        message_ko = "선택한 카테고리 중 지원 중단된 값이 있어 해제되었습니다. 변경된 타겟과 모수를 확인 후 다시 저장하세요."
    )]
    DiscontinuedCategoryRemoved,

    /// The ad account has reached its limit of audiences.
    #[kakao(
        code = 22400,
        remedy = FixRequest,
        message_ko = "광고계정 내 오디언스 개수 제한으로 추가 등록이 불가능합니다. 기존 오디언스를 삭제한 후 다시 진행해 주십시오."
    )]
    AudienceLimitReached,

    /// The audience targeting's name is missing; it is required.
    #[kakao(
        code = 22402,
        remedy = FixRequest,
        message_ko = "오디언스 타게팅 이름은 필수 입력사항입니다."
    )]
    AudienceNameMissing,

    /// The audience does not exist.
    #[kakao(
        code = 22403,
        remedy = FixRequest,
        message_ko = "오디언스가 존재하지 않습니다."
    )]
    AudienceNotFound,

    /// An audience that an ad group of a Kakao Talk Channel reach campaign uses cannot be modified.
    #[kakao(
        code = 22405,
        remedy = FixRequest,
        message_ko = "카카오톡 채널x도달 캠페인 광고그룹에 사용 중인 오디언스는 수정 불가합니다. 해당 광고그룹에서 오디언스 사용해제한 후 다시 시도하세요."
    )]
    AudienceInReachCampaign,

    /// Only an available audience can be linked to an ad group, and this one is not available.
    #[kakao(
        code = 22406,
        remedy = FixRequest,
        message_ko = "광고그룹 연동 시 사용가능한 오디언스만 연동이 가능합니다. 사용불가능한 상태의 오디언스이므로 확인 후 다시 진행해 주십시오."
    )]
    AudienceUnavailable,

    /// The ad group has no audience.
    #[kakao(
        code = 22407,
        remedy = FixRequest,
        message_ko = "해당 광고그룹에 오디언스가 존재하지 않습니다."
    )]
    AdGroupHasNoAudience,

    /// The target option cannot be set for this type of audience.
    #[kakao(
        code = 22409,
        remedy = FixRequest,
        message_ko = "해당 오디언스 유형에서 설정할 수 있는 타겟 옵션이 아닙니다."
    )]
    TargetOptionNotAllowed,

    /// At most 1,000 administrative districts can be set.
    #[kakao(
        code = 22086,
        remedy = FixRequest,
        message_ko = "행정구역은 최대 1,000개까지 설정할 수 있습니다."
    )]
    TooManyDistricts,

    /// The request has regions that overlap across the province, city and town levels.
    #[kakao(
        code = 22087,
        remedy = FixRequest,
        message_ko = "시/도, 시/군/구, 동/읍/면 간 중복 요청된 지역이 포함되어 있습니다."
    )]
    OverlappingDistricts,

    /// No customer file was uploaded.
    #[kakao(
        code = 24003,
        remedy = FixRequest,
        message_ko = "업로드된 고객파일이 없습니다."
    )]
    NoCustomerFileUploaded,

    /// One of the files is not valid.
    #[kakao(
        code = 24004,
        remedy = FixRequest,
        message_ko = "유효하지 않은 파일이 있습니다."
    )]
    InvalidFile,

    /// The customer file's name is already in use.
    #[kakao(
        code = 24007,
        remedy = FixRequest,
        message_ko = "사용중인 고객파일명입니다."
    )]
    CustomerFileNameTaken,

    /// An ad group or message uses this target.
    #[kakao(
        code = 24008,
        remedy = FixRequest,
        message_ko = "해당 타겟을 사용중인 광고그룹 또는 메시지가 있습니다."
    )]
    TargetInUse,

    /// The customer file was already deleted.
    #[kakao(
        code = 24010,
        remedy = OutcomeUnknown,
        message_ko = "이미 삭제된 고객파일 입니다."
    )]
    CustomerFileAlreadyDeleted,

    /// This customer file's information cannot be looked up.
    #[kakao(
        code = 24012,
        remedy = FixRequest,
        message_ko = "해당 고객파일 정보는 조회가 불가능합니다."
    )]
    CustomerFileNotViewable,

    /// No Kakao Talk Channel group file was uploaded.
    #[kakao(
        code = 24013,
        remedy = FixRequest,
        message_ko = "업로드된 카카오톡 채널그룹파일이 없습니다."
    )]
    NoChannelGroupFileUploaded,

    /// The Kakao Talk Channel group's name is already in use.
    #[kakao(
        code = 24017,
        remedy = FixRequest,
        message_ko = "이미 사용중인 카카오톡 채널그룹 이름입니다."
    )]
    ChannelGroupNameTaken,

    /// An ad group uses this Kakao Talk Channel group.
    #[kakao(
        code = 24018,
        remedy = FixRequest,
        message_ko = "해당 카카오톡 채널그룹을 사용 중인 광고그룹이 있습니다."
    )]
    ChannelGroupInUse,

    /// The Kakao Talk Channel group file was already deleted.
    ///
    /// The page writes "이미지" (image) where "이미" (already) is meant; the text is kept as the
    /// page gives it.
    #[kakao(
        code = 24020,
        remedy = OutcomeUnknown,
        message_ko = "이미지 지워진 카카오톡 채널그룹 파일입니다."
    )]
    ChannelGroupFileAlreadyDeleted,

    /// An account can have at most 50 friend groups.
    ///
    /// Only the first words of this row are known: the reference page's available text stops
    /// inside it ("친구그룹은 계정당 50개"). The texts here are this crate's.
    #[kakao(
        code = 24029,
        remedy = FixRequest,
        known_from = "the first words of its row on the Kakao Moment reference page (the rest is this crate's wording): https://developers.kakao.com/docs/latest/kakaomoment/reference",
        message_ko = "친구그룹은 계정당 50개까지 만들 수 있습니다."
    )]
    FriendGroupLimit,

    /// A detail code the Kakao Moment tables do not list; the code is kept.
    #[kakao(other, message = "unknown Kakao Moment detail code")]
    Unknown(i32),
}
