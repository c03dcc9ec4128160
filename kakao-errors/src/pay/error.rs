//! Kakao Pay's error codes (-701 .. -799), as third-party sources give them: every code, in
//! code order, and a catch-all.
//!
//! Where the rows come from, how far they can be trusted, the wording and status chosen and the
//! remedy rule are in the [module docs](super).

use crate::KakaoError;

/// An error code of the Kakao Pay online payment APIs (ready, approve, cancel, subscription).
///
/// **No row is Kakao's word.** No Kakao Pay page is available to this crate: every row is known
/// only from third-party sources (public code that copies Kakao Pay's table), and its
/// [`known_from`](KakaoError::known_from) names them, with the status each gives and their trust.
/// The sources are Korean only: `message_ko` is the chosen source's wording, and the English
/// `message` is this crate's translation of it. No source gives a solution but one (-799).
///
/// ```
/// use kakao_errors::{KakaoError, Remedy};
/// use kakao_errors::pay::PayError;
///
/// let e = PayError::from_code(-780).unwrap();
/// assert_eq!(e, PayError::ApprovalFailed);
/// // Never "send the same approval again": look the payment up first.
/// assert_eq!((e.status(), e.remedy()), (Some(400), Remedy::OutcomeUnknown));
/// assert!(e.known_from().unwrap().contains("third-party"));
/// assert_eq!(PayError::PaymentExpired.remedy(), Remedy::StartOver);
/// assert_eq!(PayError::from_code(-700), Some(PayError::Unknown(-700)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum PayError {
    /// The approve API was called before the payment's authentication was complete.
    ///
    /// The wording is id2567755526's; id37110107160 words it "결제 인증이 완료되지 않은 상태에서
    /// 결제 승인 API를 호출한 경우".
    #[kakao(
        code = -701,
        status = 400,
        remedy = UserAction,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "결제인증이 완료되지 않았는데 결제승인 API를 호출한 경우"
    )]
    PaymentNotAuthenticated,

    /// The approve API was called a second time, with the TID of a payment that is already
    /// complete.
    #[kakao(
        code = -702,
        status = 400,
        remedy = OutcomeUnknown,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "이미 결제 완료된 TID로 다시 결제승인 API를 호출한 경우"
    )]
    AlreadyApproved,

    /// The point amount of the approve request is wrong.
    #[kakao(
        code = -703,
        status = 400,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "결제승인 API 호출 시 포인트 금액이 잘못된 경우"
    )]
    InvalidPointAmount,

    /// The amount of the original payment method (money or card) of the approve request is wrong.
    ///
    /// The wording is id2567755526's; id37110107160 words it "결제 승인 API 호출 시 결제 금액이
    /// 잘못된 경우".
    #[kakao(
        code = -704,
        status = 400,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "결제승인 API 호출 시 원결제수단(머니/카드)의 금액이 잘못된 경우"
    )]
    InvalidPaymentMethodAmount,

    /// The approve request asked for a payment method that is not supported.
    ///
    /// The wording is id2567755526's; id37110107160 words it "결제 승인 API 호출 시 CARD 또는 MONEY
    /// 외에 지원하지 않는 결제 수단으로 요청한 경우".
    #[kakao(
        code = -705,
        status = 400,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "결제승인 API 호출 시 지원하지 않는 결제수단으로 요청한 경우"
    )]
    UnsupportedPaymentMethod,

    /// The approve request's partner_order_id differs from the ready request's.
    #[kakao(
        code = -706,
        status = 400,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "결제준비 API에서 요청한 partner_order_id 와 다른 값으로 결제승인 API 호출 한 경우"
    )]
    PartnerOrderIdMismatch,

    /// The approve request's partner_user_id differs from the ready request's.
    #[kakao(
        code = -707,
        status = 400,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "결제준비 API에서 요청한 partner_user_id 와 다른 값으로 결제승인 API 호출 한 경우"
    )]
    PartnerUserIdMismatch,

    /// The approve API was called with a wrong pg_token.
    #[kakao(
        code = -708,
        status = 400,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "잘못된 pg_token 로 결제승인 API를 호출한 경우"
    )]
    InvalidPgToken,

    /// The cancel request's amount is more than the amount that can be cancelled.
    #[kakao(
        code = -710,
        status = 400,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "결제취소 API 호출 시 취소 요청 금액을 취소 가능액보다 큰 금액으로 요청한 경우"
    )]
    CancelAmountOverCancelable,

    /// The cancel amount is more than the original approved amount.
    ///
    /// Only id2567755526 has this code.
    #[kakao(
        code = -711,
        status = 400,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400)",
        message_ko = "취소금액오류, 원거래 승인금액보다 취소금액이 더 큰 경우"
    )]
    CancelAmountOverApproved,

    /// The TID does not exist.
    #[kakao(
        code = -721,
        status = 400,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "TID가 존재하지 않는 경우"
    )]
    TidNotFound,

    /// The amount information is wrong.
    #[kakao(
        code = -722,
        status = 400,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "금액 정보가 잘못된 경우"
    )]
    InvalidAmount,

    /// The payment's expiry time has passed.
    #[kakao(
        code = -723,
        status = 400,
        remedy = StartOver,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "결제 만료 시간이 지난 경우"
    )]
    PaymentExpired,

    /// The single-payment amount is wrong.
    #[kakao(
        code = -724,
        status = 400,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "단건결제금액이 잘못된 경우"
    )]
    InvalidSinglePaymentAmount,

    /// The total payment amount is wrong.
    #[kakao(
        code = -725,
        status = 400,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "총 결제금액이 잘못된 경우"
    )]
    InvalidTotalAmount,

    /// The order information is wrong.
    #[kakao(
        code = -726,
        status = 400,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "주문정보가 잘못된 경우"
    )]
    InvalidOrderInfo,

    /// The merchant's app information is wrong.
    #[kakao(
        code = -730,
        status = 400,
        remedy = FixAppSettings,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "가맹점 앱 정보가 잘못된 경우"
    )]
    InvalidMerchantAppInfo,

    /// The CID is wrong.
    #[kakao(
        code = -731,
        status = 400,
        remedy = FixAppSettings,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "CID 가 잘못된 경우"
    )]
    InvalidCid,

    /// The GID is wrong.
    #[kakao(
        code = -732,
        status = 400,
        remedy = FixAppSettings,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "GID 가 잘못된 경우"
    )]
    InvalidGid,

    /// The CID_SECRET is wrong.
    ///
    /// Not in id33312208362.
    #[kakao(
        code = -733,
        status = 400,
        remedy = FixAppSettings,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id37110107160 (no status)",
        message_ko = "CID_SECRET 이 잘못된 경우"
    )]
    InvalidCidSecret,

    /// The SID does not exist.
    #[kakao(
        code = -750,
        status = 400,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "SID가 존재하지 않는 경우"
    )]
    SidNotFound,

    /// The subscription payment API was called with a deactivated SID.
    #[kakao(
        code = -751,
        status = 400,
        remedy = StartOver,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "비활성화된 SID로 정기결제 API 를 호출한 경우"
    )]
    InactiveSid,

    /// The SID has been used more than its monthly maximum number of times.
    ///
    /// The wording is id2567755526's; id37110107160 words it "SID가 월 최대 사용 회수를 초과한
    /// 경우".
    #[kakao(
        code = -752,
        status = 400,
        remedy = RetryLater,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "SID가 월 최대 사용 횟수를 초과한 경우"
    )]
    SidMonthlyLimitExceeded,

    /// The subscription request's partner_user_id differs from the one of the first ready request,
    /// which issued the SID.
    #[kakao(
        code = -753,
        status = 400,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "정기결제 API 호출시 partner_user_id가 SID를 발급받았던 최초 결제준비 API 에서 요청한 값과 다른 경우"
    )]
    SidPartnerUserIdMismatch,

    /// The phone number given has not signed up for Kakao Talk.
    #[kakao(
        code = -761,
        status = 400,
        remedy = UserAction,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "입력한 전화번호가 카카오톡에 가입하지 않은 경우"
    )]
    NotKakaoTalkUser,

    /// The approve API call failed.
    ///
    /// The sources disagree on the status: HTTP 400 in id2567755526, 500 in id33312208362, none in
    /// id37110107160. Every -780 body seen comes with 400 (`{"error_code": -780, "error_message":
    /// "approval failure!", "extras": {"method_result_code": "USER_LOCKED", ...}}`), so the status
    /// is 400. A body whose `extras.method_result_code` is `USER_LOCKED` ("진행중인 거래가
    /// 있습니다": a transaction is in progress) says why; either way the approval's outcome is not
    /// known until the payment is looked up, and sending the same approval again is never the fix.
    #[kakao(
        code = -780,
        status = 400,
        remedy = OutcomeUnknown,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 500), id37110107160 (no status)",
        message_ko = "결제승인 API 호출이 실패한 경우"
    )]
    ApprovalFailed,

    /// The cancel API call failed.
    ///
    /// The sources disagree on the status: HTTP 400 in id2567755526, 500 in id33312208362, none in
    /// id37110107160; 400 is kept, as for -780, whose bodies come with 400. Whether the
    /// cancellation took effect is not known until the payment is looked up; sending it again
    /// blindly is never the fix.
    #[kakao(
        code = -781,
        status = 400,
        remedy = OutcomeUnknown,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 500), id37110107160 (no status)",
        message_ko = "결제취소 API 호출이 실패한 경우"
    )]
    CancelFailed,

    /// The subscription payment API call failed.
    ///
    /// The sources disagree on the status: HTTP 400 in id2567755526, 500 in id33312208362, none in
    /// id37110107160; 400 is kept, as for -780, whose bodies come with 400. Whether the payment was
    /// made is not known until it is looked up; sending it again blindly could charge twice.
    #[kakao(
        code = -782,
        status = 400,
        remedy = OutcomeUnknown,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 500), id37110107160 (no status)",
        message_ko = "정기결제 API 호출이 실패한 경우"
    )]
    SubscriptionPaymentFailed,

    /// The approve API was called in a state in which approval cannot be requested.
    ///
    /// The wording is id2567755526's; id37110107160 words it "승인 요청을 할 수 없는 상태에서 결제
    /// 승인 API를 호출한 경우".
    #[kakao(
        code = -783,
        status = 400,
        remedy = OutcomeUnknown,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "승인요청을 할 수 없는 상태에 결제승인 API를 호출한 경우"
    )]
    ApprovalNotAllowed,

    /// The cancel API was called in a state in which cancellation cannot be requested.
    ///
    /// The wording is id2567755526's; id37110107160 words it "취소 요청을 할 수 없는 상태에서 결제
    /// 취소 API를 호출한 경우".
    #[kakao(
        code = -784,
        status = 400,
        remedy = OutcomeUnknown,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "취소요청을 할 수 없는 상태에 결제취소 API를 호출한 경우"
    )]
    CancelNotAllowed,

    /// A payment or a cancellation was requested twice.
    ///
    /// The wording is id2567755526's; id37110107160 words it "결제와 취소를 중복으로 요청한 경우".
    #[kakao(
        code = -785,
        status = 400,
        remedy = OutcomeUnknown,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "결제/취소를 중복으로 요청한 경우"
    )]
    DuplicateRequest,

    /// The amount is over the limit of one payment.
    ///
    /// Not in id33312208362. The wording is id2567755526's; id37110107160 words it "1회 결제 한도
    /// 금액을 초과할 경우".
    #[kakao(
        code = -797,
        status = 400,
        remedy = FixRequest,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id37110107160 (no status)",
        message_ko = "1회 결제 한도금액 초과일 경우"
    )]
    SinglePaymentLimitExceeded,

    /// The request came from an IP address that is not allowed.
    ///
    /// The wording is id2567755526's; id37110107160 words it "허용되지 않는 IP를 사용한 경우".
    #[kakao(
        code = -798,
        status = 400,
        remedy = FixAppSettings,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id2567755526 (HTTP 400), id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "허용되지 않는 ip를 사용한 경우"
    )]
    IpNotAllowed,

    /// The request's domain is not the website domain registered for the app.
    ///
    /// Not in id2567755526; its cause is id33312208362's, with HTTP 400. id37110107160 words it
    /// "등록된 웹사이트 도메인의 설정과 요청 도메인이 다를 경우" and adds a fix, `solution_ko`, the
    /// only solution any source gives.
    #[kakao(
        code = -799,
        status = 400,
        remedy = FixAppSettings,
        known_from = "third-party sources only, no Kakao Pay page being available (trust medium-low): public code files id33312208362 (HTTP 400), id37110107160 (no status)",
        message_ko = "앱에 등록된 웹사이트 도메인과 같지 않은 경우",
        solution_ko = "[내 애플리케이션] > [플랫폼] > [Web]에서 등록한 사이트 도메인 확인"
    )]
    DomainMismatch,

    /// A code this table does not list; the code is kept.
    #[kakao(other, message = "unknown Kakao Pay error code")]
    Unknown(i32),
}
