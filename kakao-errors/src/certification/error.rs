//! Kakao Talk Certification > 문제 해결 (Troubleshooting): the rows of its table, in the
//! page's order (E2005 known in part), and a catch-all.
//!
//! Which version of the page the texts come from, the retry rule and the remedy rule are in
//! the [module docs](super).

use crate::KakaoError;

/// An error of the Kakao Talk Certification (카카오톡 인증) APIs: `E0001`, `E1001`, ...
///
/// Codes are written as Kakao writes them: [`code`](KakaoError::code) is the number,
/// [`error_code`](KakaoError::error_code), `Display` and serde write `E1001`, and
/// [`from_code_str`](KakaoError::from_code_str) reads it. The page is Korean only:
/// `message_ko` and `solution_ko` are its texts, and the English `message` is this crate's
/// translation of the cause (there is no English solution).
///
/// ```
/// use kakao_errors::{KakaoError, Remedy};
/// use kakao_errors::certification::CertificationError;
///
/// let e = CertificationError::from_code_str("E2003").unwrap();
/// assert_eq!(e, CertificationError::TransactionNotFound);
/// assert_eq!((e.status(), e.remedy()), (Some(400), Remedy::StartOver));
/// assert_eq!(e.error_code().to_string(), "E2003");
/// assert!(CertificationError::InternalError.is_retryable());
/// assert_eq!(CertificationError::from_code_str("E9999"), Some(CertificationError::Unknown(9999)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum CertificationError {
    /// An error occurred while the server was processing the request.
    #[kakao(
        code = "E0001",
        status = 400,
        retry = true,
        remedy = Retry,
        message_ko = "서버 내부에서 처리 중 에러가 발생한 경우",
        solution_ko = "재시도"
    )]
    InternalError,

    /// The server is under maintenance.
    ///
    /// Not retryable: the page's solution is to suspend the feature or tell the user, and
    /// maintenance lasts longer than a backoff.
    #[kakao(
        code = "E0002",
        status = 503,
        remedy = RetryLater,
        message_ko = "서버 점검 중인 경우",
        solution_ko = "기능 제공 일시 중단 또는 사용자 안내 처리"
    )]
    UnderMaintenance,

    /// A required parameter is missing, or a parameter has the wrong data type or is out of range.
    ///
    /// The page's cell has a second case, run on after the first solution: the phone number
    /// linked to Kakao Talk is a foreign number ("카카오톡에 연결된 번호가 해외 번호인 경우"; solution: check
    /// that number). The cell is split at its first "해결 방법:", so that case is part of
    /// `solution_ko`, as the page runs it.
    #[kakao(
        code = "E1001",
        status = 400,
        remedy = FixRequest,
        message_ko = "필수 파라미터를 포함하지 않은 경우, 또는 파라미터의 데이터 타입이 적절하지 않거나 허용된 범위를 벗어난 경우",
        solution_ko = "요청 파라미터 확인 카카오톡에 연결된 번호가 해외 번호인 경우 해결 방법: 카카오톡에 연결된 번호 확인"
    )]
    IllegalParams,

    /// The request has no permission for this API, or its information is wrong.
    #[kakao(
        code = "E1002",
        status = 403,
        remedy = FixAppSettings,
        message_ko = "해당 API에 대한 요청 권한이 없거나 요청 정보가 잘못된 경우",
        solution_ko = "REST API > 에러 코드에서 코드별 해결 방법 참고"
    )]
    PermissionDenied,

    /// An HTTP header is missing or wrong.
    #[kakao(
        code = "E1004",
        status = 401,
        remedy = FixRequest,
        message_ko = "HTTP 헤더(Header)가 없거나 잘못된 경우",
        solution_ko = "이용기관 앱 REST API 키 및 딜러사 앱 REST API 키를 헤더에 포함해 재요청"
    )]
    InvalidHeader,

    /// The settle_id parameter is missing or wrong.
    #[kakao(
        code = "E1005",
        status = 400,
        remedy = FixRequest,
        message_ko = "settle_id 파라미터가 없거나 잘못된 경우",
        solution_ko = "settle_id를 포함해 재요청"
    )]
    InvalidSettleId,

    /// The desc data differs from the contract, or its format is wrong.
    #[kakao(
        code = "E1006",
        status = 400,
        remedy = FixRequest,
        message_ko = "desc 데이터가 계약 내용과 다르거나 포맷이 맞지 않는 경우",
        solution_ko = "개발 문서를 참고해 전자서명 요청의 desc 포맷 확인 후 유효한 값으로 재요청"
    )]
    InvalidDesc,

    /// The request was sent to a domain that does not match the product type.
    #[kakao(
        code = "E1007",
        status = 400,
        remedy = FixRequest,
        message_ko = "상품 종류에 해당하지 않는 도메인으로 호출한 경우",
        solution_ko = "상품 종류에 해당하는 도메인으로 요청(예: 테스트 상품 K1110T의 경우 cbt-cert-sign.kakao.com으로, 운영 상품 K1110의 경우 cert-sign.kakao.com 도메인으로 요청)"
    )]
    WrongDomainForProduct,

    /// No Kakao Account matches the request.
    #[kakao(
        code = "E2001",
        status = 400,
        remedy = UserAction,
        message_ko = "존재하지 않는 카카오계정으로 요청한 경우",
        solution_ko = "이름, 전화번호, 생년월일 또는 CI에 해당하는 카카오계정을 확인할 수 없는 경우, 사용자 정보 확인"
    )]
    AccountNotFound,

    /// The Kakao Account's phone number, name, birth date (K1100) or CI (K1300) does not match
    /// the request's parameters.
    ///
    /// The cause has two sub-codes, K1100 and K1300, run together as the page renders them.
    #[kakao(
        code = "E2002",
        status = 400,
        remedy = UserAction,
        message_ko = "K1100: 카카오계정의 전화번호, 이름, 생년월일이 요청 파라미터와 일치하지 않는 경우K1300: 카카오 계정의 ci가 요청 파라미터와 일치하지 않는 경우",
        solution_ko = "요청 시 파라미터로 전달된 사용자 정보와 카카오톡의 카카오계정 정보가 일치하지 않으면 전자서명이 불가함을 사용자에게 안내"
    )]
    UserInfoMismatch,

    /// No information exists for the tx_id.
    #[kakao(
        code = "E2003",
        status = 400,
        remedy = StartOver,
        message_ko = "tx_id에 대한 정보가 존재하지 않는 경우",
        solution_ko = "전자서명 준비 API를 재호출해 tx_id를 새롭게 발급받아 올바른 tx_id로 재요청"
    )]
    TransactionNotFound,

    /// The signature request API was called twice or more in a row.
    #[kakao(
        code = "E2004",
        status = 400,
        remedy = OutcomeUnknown,
        message_ko = "전자서명 요청 API를 연속해서 2회 이상 호출한 경우",
        solution_ko = "전자서명 요청 API는 연속해서 호출할 수 없음, 사용자에게 전자서명이 올바르게 전달되었는지 확인하려면 전자서명 상태 조회 API 사용"
    )]
    RepeatedSignRequest,

    /// The Kakao Account is dormant, restricted, deleted or under protection.
    ///
    /// Known only in part: the page's text stops inside its solution ("...이용할 수 없는 상태임을 안"), so
    /// its HTTP status is not known either. The cause is the page's; the solution's last word
    /// ("안내", inform) is this crate's completion.
    #[kakao(
        code = "E2005",
        remedy = UserAction,
        known_from = "its row on the Korean Kakao Talk Certification troubleshooting page, whose text stops inside the solution (the solution's end is this crate's wording): https://developers.kakao.com/docs/latest/ko/kakao-certification/trouble-shooting",
        message_ko = "카카오계정의 상태가 휴면, 제재, 탈퇴, 보호 상태인 경우",
        solution_ko = "사용자의 카카오계정이 카카오톡 인증 서비스를 이용할 수 없는 상태임을 안내"
    )]
    AccountUnavailable,

    /// An `E` code this table does not list; the number is kept (`Unknown(9999)` is `E9999`).
    #[kakao(other, message = "unknown Kakao Talk Certification error code")]
    Unknown(i32),
}
