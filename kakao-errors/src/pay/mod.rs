//! Kakao Pay (online payments: ready, approve, cancel, subscription): its error codes, known
//! only from third-party sources.
//!
//! # Where the data comes from
//!
//! **Not from Kakao.** No Kakao Pay page (developers.kakaopay.com, or the former Kakao Pay
//! section of Kakao Developers) is available to this crate. [`PayError`]'s rows come from
//! three public code files that copy Kakao Pay's error table, known by their public code index
//! ids; none cites a Kakao page, and each is trusted **medium-low**:
//!
//! | source | what it gives |
//! |---|---|
//! | id2567755526 | 33 codes, -701 .. -798 with -711 and without -799, each with HTTP 400; the whole file |
//! | id33312208362 | 31 codes (no -711, -733, -797), each with a status; the whole function |
//! | id37110107160 | 33 codes (no -711), no status; the whole file |
//!
//! Every row says so in its [`known_from`](crate::KakaoError::known_from): the sources that give
//! the code, with the status each gives, and their trust. Treat the rows as lower-confidence
//! than the tables of Kakao's own pages.
//!
//! - **Wording.** id2567755526 and id33312208362 agree word for word (but for spaces around
//!   "/" in -704 and -785), so their sentences are taken as copies of Kakao Pay's own table
//!   text, and `message_ko` is the first of id2567755526, id33312208362 and id37110107160 that
//!   has the code. id37110107160 words most rows with other spacing ("결제 승인" for "결제승인"),
//!   possibly a newer version of the table; where its words differ beyond spacing (-701, -704,
//!   -705, -752, -783, -784, -785, -797, -798, -799), the row's docs quote them. The English
//!   `message` is this crate's translation. The only solution any source gives is
//!   id37110107160's for -799 (`solution_ko`).
//! - **Status.** Every status given is 400, except -780, -781 and -782: 400 in id2567755526,
//!   500 in id33312208362. The -780 bodies seen (typed by developers into tests and a code
//!   comment) all come with 400, so 400 is kept for the three, and their docs say so.
//! - **Bodies.** Kakao Pay answers with `{"error_code": -780, "error_message": "approval
//!   failure!", "extras": {"method_result_code": "USER_LOCKED", "method_result_message":
//!   "..."}}` (older APIs: `{"code": -780, "msg": ..., "extras": ...}`); `extras` says more,
//!   such as `USER_LOCKED` for a transaction in progress.
//!
//! # The retry rule
//!
//! No source gives a solution that is to send the same request again, so no row is
//! retryable. A payment request is not idempotent: a failed or duplicated approval, cancel or
//! subscription payment is looked up (Kakao Pay's order lookup) before anything is sent again.
//!
//! # The remedy rule
//!
//! Every row's remedy is decided by the first rule below that its `message_ko` matches (words
//! matched ignoring case):
//!
//! | # | the meaning says | remedy |
//! |---|---|---|
//! | 1 | already done, a duplicate, or a state that does not allow the step: "이미 결제 완료", "중복", "할 수 없는 상태" (look the transaction up first) | [`OutcomeUnknown`](crate::Remedy::OutcomeUnknown) |
//! | 2 | an approve, cancel or subscription call failed: "호출이 실패" (whether it took effect is not known: look it up; never send the same request again) | [`OutcomeUnknown`](crate::Remedy::OutcomeUnknown) |
//! | 3 | what the request belongs to expired or is no longer active: "만료", "비활성화된" (a new payment, or a new subscription) | [`StartOver`](crate::Remedy::StartOver) |
//! | 4 | the merchant's settings: "가맹점 앱 정보", "CID", "GID", "허용되지 않는 ip", "도메인" | [`FixAppSettings`](crate::Remedy::FixAppSettings) |
//! | 5 | a monthly limit that resets by itself: "월 최대 사용" | [`RetryLater`](crate::Remedy::RetryLater) |
//! | 6 | the user must act first: "인증이 완료되지 않" (the payment's authentication), "카카오톡에 가입하지 않은" | [`UserAction`](crate::Remedy::UserAction) |
//! | 7 | anything else: a value of the request is wrong (an amount, an ID, a token, a payment method, an amount over the limit of one payment) | [`FixRequest`](crate::Remedy::FixRequest) |
//!
//! | code | remedy | decided by (rule) |
//! |---|---|---|
//! | -701 | UserAction | "결제인증이 완료되지 않았는데 결제승인 API를 호출한 경우" (6) |
//! | -702 | OutcomeUnknown | "이미 결제 완료된 TID로 다시 결제승인 API를 호출한 경우" (1) |
//! | -703 | FixRequest | "결제승인 API 호출 시 포인트 금액이 잘못된 경우" (7) |
//! | -704 | FixRequest | "결제승인 API 호출 시 원결제수단(머니/카드)의 금액이 잘못된 경우" (7) |
//! | -705 | FixRequest | "결제승인 API 호출 시 지원하지 않는 결제수단으로 요청한 경우" (7) |
//! | -706 | FixRequest | "결제준비 API에서 요청한 partner_order_id 와 다른 값으로 결제승인 API 호출 한 경우" (7) |
//! | -707 | FixRequest | "결제준비 API에서 요청한 partner_user_id 와 다른 값으로 결제승인 API 호출 한 경우" (7) |
//! | -708 | FixRequest | "잘못된 pg_token 로 결제승인 API를 호출한 경우" (7) |
//! | -710 | FixRequest | "결제취소 API 호출 시 취소 요청 금액을 취소 가능액보다 큰 금액으로 요청한 경우" (7) |
//! | -711 | FixRequest | "취소금액오류, 원거래 승인금액보다 취소금액이 더 큰 경우" (7) |
//! | -721 | FixRequest | "TID가 존재하지 않는 경우" (7) |
//! | -722 | FixRequest | "금액 정보가 잘못된 경우" (7) |
//! | -723 | StartOver | "결제 만료 시간이 지난 경우" (3) |
//! | -724 | FixRequest | "단건결제금액이 잘못된 경우" (7) |
//! | -725 | FixRequest | "총 결제금액이 잘못된 경우" (7) |
//! | -726 | FixRequest | "주문정보가 잘못된 경우" (7) |
//! | -730 | FixAppSettings | "가맹점 앱 정보가 잘못된 경우" (4) |
//! | -731 | FixAppSettings | "CID 가 잘못된 경우" (4) |
//! | -732 | FixAppSettings | "GID 가 잘못된 경우" (4) |
//! | -733 | FixAppSettings | "CID_SECRET 이 잘못된 경우" (4) |
//! | -750 | FixRequest | "SID가 존재하지 않는 경우" (7) |
//! | -751 | StartOver | "비활성화된 SID로 정기결제 API 를 호출한 경우" (3) |
//! | -752 | RetryLater | "SID가 월 최대 사용 횟수를 초과한 경우" (5) |
//! | -753 | FixRequest | "정기결제 API 호출시 partner_user_id가 SID를 발급받았던 최초 결제준비 API 에서 요청한 값과 다른 경우" (7) |
//! | -761 | UserAction | "입력한 전화번호가 카카오톡에 가입하지 않은 경우" (6) |
//! | -780 | OutcomeUnknown | "결제승인 API 호출이 실패한 경우" (2) |
//! | -781 | OutcomeUnknown | "결제취소 API 호출이 실패한 경우" (2) |
//! | -782 | OutcomeUnknown | "정기결제 API 호출이 실패한 경우" (2) |
//! | -783 | OutcomeUnknown | "승인요청을 할 수 없는 상태에 결제승인 API를 호출한 경우" (1) |
//! | -784 | OutcomeUnknown | "취소요청을 할 수 없는 상태에 결제취소 API를 호출한 경우" (1) |
//! | -785 | OutcomeUnknown | "결제/취소를 중복으로 요청한 경우" (1) |
//! | -797 | FixRequest | "1회 결제 한도금액 초과일 경우" (7) |
//! | -798 | FixAppSettings | "허용되지 않는 ip를 사용한 경우" (4) |
//! | -799 | FixAppSettings | "앱에 등록된 웹사이트 도메인과 같지 않은 경우" (4) |

mod error;

pub use error::PayError;
