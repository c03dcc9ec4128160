//! Kakao Talk Certification (카카오톡 인증: electronic signatures through Kakao Talk): its
//! error codes, `E0001` .. `E2005`.
//!
//! # Where the data comes from
//!
//! The Kakao Developers page 카카오톡 인증 > 문제 해결
//! (<https://developers.kakao.com/docs/latest/ko/kakao-certification/trouble-shooting>), in
//! Korean; no English version of it is known. Its table has three columns: the code, a
//! description that holds the cause and then, after "해결 방법:", the solution, and the HTTP
//! status. [`CertificationError`] is that table, rows in the page's order: the description
//! before its first "해결 방법:" is `message_ko`, the rest `solution_ko`, the third column
//! `status`, word for word, and the English `message` is this crate's translation of the cause
//! (the variant's one-line description), as for the Korean-only rows of
//! [`oauth`](crate::oauth); there is no English solution. Where the page runs a cell's parts
//! together ("...경우해결 방법:", "...경우K1300: ..."), they stay so. E1001's cell holds a
//! second case after its first solution (a phone number from abroad), which is thus part of
//! `solution_ko`.
//!
//! Two versions of the page are known, each available only in part: the current one, whose
//! text stops inside E2005's solution, and an older one (its address is not known), whose
//! text stops inside E2002's cause. The rows come from the current version. Codes and
//! statuses are the same in both; the older words four rows otherwise: E1002's solution
//! ("REST API 레퍼런스 에러 코드의 코드별 해결 방법 수행"), E1006's ("개발 가이드를 참고해 전자서명
//! 요청하기의 ..."), and a space in E1005 ("settle_id 를") and E1007 ("K1110T 의", "K1110 의",
//! "cbt-cert-sign.kakao.com 으로").
//!
//! E2005 is known only in part: its cause is whole, its solution stops at "...이용할 수 없는
//! 상태임을 안", and no status is known (none is given). The solution's last word is this
//! crate's; its [`known_from`](crate::KakaoError::known_from) says so. Rows after E2005 are
//! not known and land in the catch-all.
//!
//! # The retry rule
//!
//! [`is_retryable`](crate::KakaoError::is_retryable) is `true` exactly where the solution is
//! to send the same request again without changing anything first: E0001, "재시도". Every
//! other "재요청" comes after a change (a header, settle_id, a valid desc, a new tx_id). E0002
//! (maintenance) is not retryable: the page says to suspend the feature or tell the user, and
//! maintenance lasts longer than a backoff (`RetryLater`).
//!
//! # The remedy rule
//!
//! Every row's remedy is decided by the first rule below that its cause or solution matches:
//!
//! | # | the cause or solution says | remedy |
//! |---|---|---|
//! | 1 | send the same request again: the solution is "재시도" (the retry rule) | [`Retry`](crate::Remedy::Retry) |
//! | 2 | maintenance: "점검" | [`RetryLater`](crate::Remedy::RetryLater) |
//! | 3 | a permission: "권한" | [`FixAppSettings`](crate::Remedy::FixAppSettings) |
//! | 4 | start the signature over from its first step: "새롭게 발급" (a new tx_id from the prepare API) | [`StartOver`](crate::Remedy::StartOver) |
//! | 5 | look the state up before anything else: "상태 조회" | [`OutcomeUnknown`](crate::Remedy::OutcomeUnknown) |
//! | 6 | the user's Kakao Account or information, or tell the user: "카카오계정", "사용자 정보", "사용자에게" | [`UserAction`](crate::Remedy::UserAction) |
//! | 7 | the request: "파라미터", "헤더", "settle_id", "desc", "도메인" | [`FixRequest`](crate::Remedy::FixRequest) |
//!
//! | code | remedy | decided by (rule) |
//! |---|---|---|
//! | E0001 | Retry | "재시도" (1) |
//! | E0002 | RetryLater | "서버 점검 중인 경우" (2) |
//! | E1001 | FixRequest | "요청 파라미터 확인" (7) |
//! | E1002 | FixAppSettings | "해당 API에 대한 요청 권한이 없거나" (3) |
//! | E1004 | FixRequest | "HTTP 헤더(Header)가 없거나 잘못된 경우" (7) |
//! | E1005 | FixRequest | "settle_id 파라미터가 없거나 잘못된 경우" (7) |
//! | E1006 | FixRequest | "desc 데이터가 ... 포맷이 맞지 않는 경우" (7) |
//! | E1007 | FixRequest | "상품 종류에 해당하는 도메인으로 요청" (7) |
//! | E2001 | UserAction | "존재하지 않는 카카오계정으로 요청한 경우" (6) |
//! | E2002 | UserAction | "...전자서명이 불가함을 사용자에게 안내" (6) |
//! | E2003 | StartOver | "전자서명 준비 API를 재호출해 tx_id를 새롭게 발급받아" (4) |
//! | E2004 | OutcomeUnknown | "전자서명 상태 조회 API 사용" (5) |
//! | E2005 | UserAction | "카카오계정의 상태가 휴면, 제재, 탈퇴, 보호 상태인 경우" (6) |

mod error;

pub use error::CertificationError;
