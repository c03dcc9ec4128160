//! Kakao's bizmessage result codes (AlimTalk, FriendTalk, brand message), as third-party
//! sources give them: every failure code, in code order, and a catch-all.
//!
//! Where the rows come from, how far they can be trusted, the wording chosen and the remedy
//! rule are in the [module docs](super).

use crate::KakaoError;

/// A result code of Kakao's bizmessage service (AlimTalk, FriendTalk, brand message): why a message
/// was not sent or delivered. Resellers pass it on (`3018`, `K3018`, `KKO_3018`):
/// [`ResultCode::read`](super::ResultCode::read) reads it as they write it.
///
/// **No row is Kakao's word.** Kakao's own result-code page is not available to this crate: every
/// row is known only from third-party sources (resellers' guides that copy Kakao's table, a
/// database dump, a blog), and its [`known_from`](KakaoError::known_from) names them with their
/// trust. The sources are Korean only: `message_ko` is the chosen source's description, and the
/// English `message` is this crate's translation of it. No row has an HTTP status (the codes come
/// in the body of a sending result) or a solution. `0000`, a message sent, is success, not a row.
///
/// ```
/// use kakao_errors::{KakaoError, Remedy};
/// use kakao_errors::bizmessage::BizMessageError;
///
/// let e = BizMessageError::from_code(3018).unwrap();
/// assert_eq!(e, BizMessageError::CannotSend);
/// assert_eq!(e.remedy(), Remedy::DeliverAnotherWay);
/// assert_eq!(e.status(), None);
/// assert!(e.known_from().unwrap().contains("third-party"));
/// assert_eq!(BizMessageError::from_code(9991), Some(BizMessageError::Unknown(9991)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum BizMessageError {
    /// The request body is not JSON.
    #[kakao(
        code = 1001,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium); a blog post https://velog.io/@ooweat/카카오-알림톡-응답값-enum-클래스-공유 (trust low)",
        message_ko = "Request Body가 Json형식이 아님"
    )]
    NotJsonBody,

    /// The hub partner key is not valid.
    #[kakao(
        code = 1002,
        remedy = FixAppSettings,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium); a blog post https://velog.io/@ooweat/카카오-알림톡-응답값-enum-클래스-공유 (trust low)",
        message_ko = "허브 파트너 키가 유효하지 않음"
    )]
    InvalidHubPartnerKey,

    /// The sender profile key is not valid.
    ///
    /// The blog gives "발신 프로피 키가 유효하지 않음"; the guides' description is kept, as more
    /// trusted.
    #[kakao(
        code = 1003,
        remedy = FixAppSettings,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium); a blog post https://velog.io/@ooweat/카카오-알림톡-응답값-enum-클래스-공유 (trust low)",
        message_ko = "발신 프로필 키가 유효하지 않음"
    )]
    InvalidSenderKey,

    /// A name cannot be found in the request body (JSON).
    #[kakao(
        code = 1004,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium); a blog post https://velog.io/@ooweat/카카오-알림톡-응답값-enum-클래스-공유 (trust low)",
        message_ko = "Request Body(Json)에서 name을 찾을 수 없음"
    )]
    MissingJsonField,

    /// The sender profile cannot be found.
    ///
    /// Known from the blog only.
    #[kakao(
        code = 1005,
        remedy = FixAppSettings,
        known_from = "third-party sources only, no Kakao page being available: a blog post https://velog.io/@ooweat/카카오-알림톡-응답값-enum-클래스-공유 (trust low)",
        message_ko = "발신프로필을 찾을 수 없음"
    )]
    SenderProfileNotFound,

    /// The sender profile was deleted.
    ///
    /// The blog gives "삭제된 발신프로필."; the guides' description is kept, as more trusted.
    #[kakao(
        code = 1006,
        remedy = ContactSupport,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium); a blog post https://velog.io/@ooweat/카카오-알림톡-응답값-enum-클래스-공유 (trust low)",
        message_ko = "삭제된 발신프로필. (메시지 사업 담당자에게 문의)"
    )]
    DeletedSenderProfile,

    /// The sender profile is blocked.
    ///
    /// The blog gives "차단 상태의 발신프로필."; the guides' description is kept, as more trusted.
    #[kakao(
        code = 1007,
        remedy = ContactSupport,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium); a blog post https://velog.io/@ooweat/카카오-알림톡-응답값-enum-클래스-공유 (trust low)",
        message_ko = "차단 상태의 발신프로필. (메시지 사업 담당자에게 문의)"
    )]
    BlockedSenderProfile,

    /// The Yellow ID (the former name of a Kakao Talk Channel) is blocked.
    ///
    /// Known from the blog only; "옐로아이디" (Yellow ID) is the former name of the Kakao Talk
    /// Channel.
    #[kakao(
        code = 1008,
        remedy = ContactSupport,
        known_from = "third-party sources only, no Kakao page being available: a blog post https://velog.io/@ooweat/카카오-알림톡-응답값-enum-클래스-공유 (trust low)",
        message_ko = "차단 상태의 옐로아이디."
    )]
    BlockedYellowId,

    /// The Yellow ID (the former name of a Kakao Talk Channel) is closed.
    ///
    /// Known from the blog only; "옐로아이디" (Yellow ID) is the former name of the Kakao Talk
    /// Channel.
    #[kakao(
        code = 1009,
        remedy = FixAppSettings,
        known_from = "third-party sources only, no Kakao page being available: a blog post https://velog.io/@ooweat/카카오-알림톡-응답값-enum-클래스-공유 (trust low)",
        message_ko = "닫힘 상태의 옐로아이디."
    )]
    ClosedYellowId,

    /// No contract information can be found.
    #[kakao(
        code = 1011,
        remedy = ContactSupport,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "계약정보를 찾을 수 없음. (메시지 사업 담당자에게 문의)"
    )]
    ContractNotFound,

    /// The user key's format is wrong.
    #[kakao(
        code = 1012,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "잘못된 형식의 유저키 요청"
    )]
    InvalidUserKey,

    /// The app link is not valid.
    #[kakao(
        code = 1013,
        remedy = FixAppSettings,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "유효하지 않은 app 연결"
    )]
    InvalidAppLink,

    /// The business registration number is not valid.
    #[kakao(
        code = 1014,
        remedy = FixAppSettings,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "유효하지 않은 사업자번호"
    )]
    InvalidBusinessNumber,

    /// The app user ID is not valid.
    #[kakao(
        code = 1015,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "유효하지 않은 app user id 요청"
    )]
    InvalidAppUserId,

    /// The business registration number does not match.
    #[kakao(
        code = 1016,
        remedy = FixAppSettings,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "사업자등록번호 불일치"
    )]
    BusinessNumberMismatch,

    /// The user key's format is wrong.
    ///
    /// The guides give 1020 the result name and the meaning of 1012 (InvalidUserKeyException); the
    /// dump names it InvalidReceiveUser. The dump, id31697526186, gives "전화번호 or app user id가
    /// 유효하지 않거나 미입력 요청"; the guides' description is kept, as more trusted.
    #[kakao(
        code = 1020,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "잘못된 형식의 유저키 요청"
    )]
    MalformedUserKey,

    /// The Kakao Talk Channel is blocked.
    #[kakao(
        code = 1021,
        remedy = ContactSupport,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "차단 상태의 카카오톡 채널 (카카오톡 채널 운영툴에서 확인)"
    )]
    BlockedChannel,

    /// The Kakao Talk Channel is closed.
    #[kakao(
        code = 1022,
        remedy = FixAppSettings,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "닫힘 상태의 카카오톡 채널 (카카오톡 채널 운영툴에서 확인)"
    )]
    ClosedChannel,

    /// The Kakao Talk Channel was deleted.
    #[kakao(
        code = 1023,
        remedy = FixAppSettings,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "삭제된 카카오톡 채널 (카카오톡 채널 운영툴에서 확인)"
    )]
    DeletedChannel,

    /// The Kakao Talk Channel is waiting to be deleted.
    #[kakao(
        code = 1024,
        remedy = FixAppSettings,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "삭제대기 상태의 카카오톡 채널 (카카오톡 채널 운영툴에서 확인)"
    )]
    ChannelBeingDeleted,

    /// The message was not sent: the Kakao Talk Channel is sanctioned.
    ///
    /// The dump, id31697526186, gives "메시지차단 상태의 카카오톡 채널 (카카오톡 채널
    /// 운영툴에서확인)"; the guides' description is kept, as more trusted.
    #[kakao(
        code = 1025,
        remedy = ContactSupport,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "채널 제재 상태로 인한 메시지 전송 실패 (카카오톡 채널 운영툴에서 확인)"
    )]
    SanctionedChannel,

    /// The Kakao Talk Channel's messages are blocked.
    ///
    /// Known from the dump only, which names it UnableUseMessageType and gives it the description
    /// of its 1025.
    #[kakao(
        code = 1026,
        remedy = ContactSupport,
        known_from = "third-party sources only, no Kakao page being available: a database dump id31697526186 (trust low-medium)",
        message_ko = "메시지차단 상태의 카카오톡 채널 (카카오톡 채널 운영툴에서확인)"
    )]
    UnusableMessageType,

    /// A request parameter is wrong.
    #[kakao(
        code = 1030,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "잘못된 파라메터 요청"
    )]
    InvalidParameter,

    /// (Test send) The recipient has not added the Kakao Talk Channel.
    ///
    /// Known from the dump only.
    #[kakao(
        code = 2003,
        remedy = UserAction,
        known_from = "third-party sources only, no Kakao page being available: a database dump id31697526186 (trust low-medium)",
        message_ko = "(테스트 발송) 카카오톡 채널을 추가하지 않았음"
    )]
    NotChannelFriend,

    /// An internal error occurred while matching the message to its template.
    ///
    /// Known from the dump only.
    #[kakao(
        code = 2004,
        remedy = OutcomeUnknown,
        known_from = "third-party sources only, no Kakao page being available: a database dump id31697526186 (trust low-medium)",
        message_ko = "템플릿 일치 확인시 오류 발생(내부 오류 발생)"
    )]
    TemplateMatchFailed,

    /// The serial number's format does not match.
    #[kakao(
        code = 2006,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "시리얼넘버 형식 불일치"
    )]
    SerialNumberFormatMismatch,

    /// An unexpected error occurred.
    #[kakao(
        code = 3000,
        remedy = OutcomeUnknown,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "예기치 않은 오류 발생"
    )]
    UnexpectedError,

    /// The message was sent, but its receipt was not confirmed (success uncertain).
    ///
    /// The dump, id31697526186, gives "메시지를 발송했으나 수신확인 안됨 (성공불확실)"; the guides'
    /// description is kept, as more trusted.
    #[kakao(
        code = 3005,
        remedy = OutcomeUnknown,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "메시지를 발송했으나 수신확인 안됨 (성공불확실) - 서버에는 암호화 되어 보관되며 3 일 이내 수신 가능"
    )]
    AckTimeout,

    /// The message was not sent because of an internal system error.
    #[kakao(
        code = 3006,
        remedy = OutcomeUnknown,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "내부 시스템 오류로 메시지 전송 실패"
    )]
    SendFailed,

    /// The phone number is wrong.
    #[kakao(
        code = 3008,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "전화번호 오류"
    )]
    InvalidPhoneNumber,

    /// The JSON cannot be parsed.
    #[kakao(
        code = 3010,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "Json 파싱 오류"
    )]
    JsonParseError,

    /// The message does not exist.
    #[kakao(
        code = 3011,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "메시지가 존재하지 않음"
    )]
    MessageNotFound,

    /// The message's serial number is a duplicate.
    ///
    /// The dump, id31697526186, gives "메시지 일련번호가 중복됨"; the guides' description is kept,
    /// as more trusted.
    #[kakao(
        code = 3012,
        remedy = OutcomeUnknown,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "메시지 일련번호가 중복됨 - 메시지 일련번호는 CS 처리를 위해 고유한 값이 부여되어야 함."
    )]
    DuplicateSerialNumber,

    /// The message is empty.
    #[kakao(
        code = 3013,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "메시지가 비어 있음"
    )]
    EmptyMessage,

    /// The message is longer than its limit (the template's, or 1,000 characters).
    #[kakao(
        code = 3014,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "메시지 길이 제한 오류 (템플릿별 제한 길이 또는 1000자 초과)"
    )]
    MessageTooLong,

    /// The template cannot be found.
    #[kakao(
        code = 3015,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "템플릿을 찾을 수 없음"
    )]
    TemplateNotFound,

    /// The message's content does not match the template.
    #[kakao(
        code = 3016,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "메시지 내용이 템플릿과 일치하지 않음"
    )]
    TemplateMismatch,

    /// The message cannot be sent.
    ///
    /// The dump, id31697526186, gives "메시지를 전송할 수 없음, 카톡 설치 안됨, 알림톡 차단"; the
    /// guides' description is kept, as more trusted.
    #[kakao(
        code = 3018,
        remedy = DeliverAnotherWay,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "메시지를 전송할 수 없음"
    )]
    CannotSend,

    /// The recipient is not a Kakao Talk user.
    #[kakao(
        code = 3019,
        remedy = DeliverAnotherWay,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium)",
        message_ko = "톡 유저가 아님"
    )]
    NotTalkUser,

    /// The recipient blocks these messages.
    ///
    /// The guides, for brand messages, describe it as the recipient blocking brand messages (its
    /// result name speaks of AlimTalk).
    #[kakao(
        code = 3020,
        remedy = DeliverAnotherWay,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium)",
        message_ko = "브랜드 메시지 수신 차단"
    )]
    RecipientBlocksMessages,

    /// The recipient's Kakao Talk is older than the minimum version.
    #[kakao(
        code = 3021,
        remedy = DeliverAnotherWay,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium)",
        message_ko = "카카오톡 최소 버전 미지원"
    )]
    UnsupportedKakaoTalkVersion,

    /// It is not a time at which the message can be sent (FriendTalk and marketing messages: 08:00
    /// to 20:00).
    #[kakao(
        code = 3022,
        remedy = RetryLater,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium)",
        message_ko = "메시지 발송 가능한 시간이 아님 (친구톡 / 마케팅 메시지는 08시부터 20시까지 발송 가능)"
    )]
    OutsideSendingHours,

    /// The message's image cannot be sent.
    #[kakao(
        code = 3024,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium)",
        message_ko = "메시지에 포함된 이미지를 전송할 수 없음"
    )]
    InvalidImage,

    /// A variable is longer than its limit.
    #[kakao(
        code = 3025,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "변수 글자수 제한 초과"
    )]
    VariableTooLong,

    /// The extra or event of a consultation or bot button is longer than its limit.
    #[kakao(
        code = 3026,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "상담/봇 전환 버튼 extra, event 글자수 제한 초과"
    )]
    ButtonExtraTooLong,

    /// The message's buttons or quick links do not match the template.
    #[kakao(
        code = 3027,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "메시지 버튼/바로연결이 템플릿과 일치하지 않음"
    )]
    ButtonMismatch,

    /// The message's emphasized title does not match the template.
    #[kakao(
        code = 3028,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "메시지 강조 표기 타이틀이 템플릿과 일치하지 않음"
    )]
    TitleMismatch,

    /// The message's emphasized title is longer than 50 characters.
    #[kakao(
        code = 3029,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "메시지 강조 표기 타이틀 길이 제한 초과 (50자)"
    )]
    TitleTooLong,

    /// The message type does not match the template's emphasis type.
    #[kakao(
        code = 3030,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "메시지 타입과 템플릿 강조유형이 일치하지 않음"
    )]
    MessageTypeMismatch,

    /// The header does not match the template.
    #[kakao(
        code = 3031,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "헤더가 템플릿과 일치하지 않음"
    )]
    HeaderMismatch,

    /// The header is longer than 16 characters.
    #[kakao(
        code = 3032,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "헤더 길이 제한 초과(16자)"
    )]
    HeaderTooLong,

    /// The item highlight does not match the template.
    #[kakao(
        code = 3033,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "아이템 하이라이트가 템플릿과 일치하지 않음"
    )]
    ItemHighlightMismatch,

    /// The item highlight's title is too long (30 characters, 21 with an image).
    #[kakao(
        code = 3034,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "아이템 하이라이트 타이틀 길이 제한 초과(이미지 없는 경우 30자, 이미지 있는 경우 21자)"
    )]
    ItemHighlightTitleTooLong,

    /// The item highlight's description is too long (19 characters, 13 with an image).
    ///
    /// The dump, id31697526186, gives "아이템 하이라이트 디스크립션 길이 제한 초과(이미지 없는경우
    /// 19자, 이미지 있는 경우 14자)"; the guides' description is kept, as more trusted.
    #[kakao(
        code = 3035,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "아이템 하이라이트 디스크립션 길이 제한 초과(이미지 없는 경우 19자, 이미지 있는 경우 13자)"
    )]
    ItemHighlightDescriptionTooLong,

    /// The item list does not match the template.
    #[kakao(
        code = 3036,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "아이템 리스트가 템플릿과 일치하지 않음"
    )]
    ItemListMismatch,

    /// The description of an item of the item list is longer than 23 characters.
    #[kakao(
        code = 3037,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "아이템 리스트의 아이템의 디스크립션 길이 제한 초과(23자)"
    )]
    ItemDescriptionTooLong,

    /// The item summary does not match the template.
    #[kakao(
        code = 3038,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "아이템 요약정보가 템플릿과 일치하지 않음"
    )]
    ItemSummaryMismatch,

    /// The item summary's description is longer than 14 characters.
    #[kakao(
        code = 3039,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "아이템 요약정보의 디스크립션 길이 제한 초과(14자)"
    )]
    ItemSummaryDescriptionTooLong,

    /// The item summary's description has characters other than currency signs or codes, digits,
    /// commas, decimal points and spaces.
    #[kakao(
        code = 3040,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "아이템 요약정보의 디스크립션에 허용되지 않은 문자 포함(통화기호/코드, 숫자, 콤마, 소수점, 공백을 제외한 문자 포함)"
    )]
    InvalidItemSummaryDescription,

    /// The wide item list has fewer or more items than allowed.
    #[kakao(
        code = 3041,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium)",
        message_ko = "와이드 아이템 리스트 개수 최대 최소 개수 불일치"
    )]
    WideItemListCount,

    /// The carousel has fewer or more items than allowed.
    #[kakao(
        code = 3051,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium)",
        message_ko = "캐러셀 아이템 리스트 개수 최소, 최대 개수 불일치"
    )]
    CarouselItemCount,

    /// A carousel item's message is too long.
    #[kakao(
        code = 3052,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium)",
        message_ko = "캐러셀 아이템 메시지 길이 OVER"
    )]
    CarouselMessageTooLong,

    /// The wide item list's title is longer than its limit.
    #[kakao(
        code = 3056,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium)",
        message_ko = "와이드 아이템 리스트 타이틀 길이 제한 오류"
    )]
    WideItemListTitleTooLong,

    /// The carousel's header is longer than its limit.
    #[kakao(
        code = 3058,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium)",
        message_ko = "캐러셀 헤더 길이 제한 오류"
    )]
    CarouselHeaderTooLong,

    /// The message's sending result cannot be found.
    #[kakao(
        code = 4000,
        remedy = OutcomeUnknown,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "메시지 전송 결과를 찾을 수 없음"
    )]
    ResultNotFound,

    /// The message's status is unknown.
    #[kakao(
        code = 4001,
        remedy = OutcomeUnknown,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "알 수 없는 메시지 상태"
    )]
    UnknownMessageStatus,

    /// (Test send) The recipient is not an administrator or a user with a one-time verification.
    ///
    /// Known from the dump only.
    #[kakao(
        code = 5000,
        remedy = UserAction,
        known_from = "third-party sources only, no Kakao page being available: a database dump id31697526186 (trust low-medium)",
        message_ko = "(테스트 발송) 관리자 혹은 일회성 인증을 받은 사용자가 아님"
    )]
    NotTestRecipient,

    /// (Test send) The daily sending limit is exceeded.
    ///
    /// Known from the dump only.
    #[kakao(
        code = 5001,
        remedy = RetryLater,
        known_from = "third-party sources only, no Kakao page being available: a database dump id31697526186 (trust low-medium)",
        message_ko = "(테스트 발송) 일일 발송량 초과"
    )]
    DailyTestLimitExceeded,

    /// The service is not provided at the moment: a system problem is being looked into.
    ///
    /// The guides give the sentence "현재 서비스를 제공하고 있지 않습니다." in place of a result
    /// name, then the description; `message_ko` is the two, as the dump joins them.
    #[kakao(
        code = 9998,
        remedy = RetryLater,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "현재 서비스를 제공하고 있지 않습니다. 시스템에 문제가 발생하여 담당자가 확인하고 있는 경우"
    )]
    ServiceUnavailable,

    /// An unknown system problem occurred and is being looked into.
    ///
    /// The guides give the sentence "시스템에서 알 수 없는 문제가 발생하였습니다. 담당자가 확인
    /// 중입니다." in place of a result name, then the description; `message_ko` is the two, as the
    /// dump joins them.
    #[kakao(
        code = 9999,
        remedy = OutcomeUnknown,
        known_from = "third-party sources only, no Kakao page being available: MTS guide tables id36363176526, id36477100678, id35993704980 (trust medium); a database dump id31697526186 (trust low-medium)",
        message_ko = "시스템에서 알 수 없는 문제가 발생하였습니다. 담당자가 확인 중입니다. 시스템에 문제가 발생하여 담당자가 확인하고 있는 경우"
    )]
    UnknownSystemError,

    /// A result code this table does not list; the code is kept.
    #[kakao(other, message = "unknown Kakao bizmessage result code")]
    Unknown(i32),
}
