//! Cases of Kakao Pay's `-780`, told apart by `extras.method_result_code`: `USER_LOCKED`, a
//! transaction of the user already in progress.
//!
//! Source: no Kakao Pay page is available; the bodies are known from third-party code
//! (`third-party/kakaopay-error-bodies.txt`: `{"error_code":-780,"error_message":"approval
//! failure!","extras":{"method_result_code":"USER_LOCKED","method_result_message":"진행중인 거래가
//! 있습니다. 잠시 후 다시 시도해 주세요."}}`, in both of Kakao Pay's body shapes). A lower-confidence
//! row: its English texts are this crate's words, its Korean the bodies' `method_result_message`.
//! A transaction in progress is not one to send again: look the payment up first
//! ([`OutcomeUnknown`](Remedy::OutcomeUnknown)).

use super::{CaseRow, Parent, When};
use crate::Remedy;
use crate::pay::PayError;

const PAGE: &str = "https://developers.kakaopay.com/";

/// The cases, in the order above.
pub(super) const CASES: &[CaseRow] = &[CaseRow::new(
    "UserLocked",
    &[Parent::row::<PayError>(-780)],
    When::SubCode("USER_LOCKED"),
    "A transaction of the user is already in progress.",
    PAGE,
)
.with_message_ko("진행중인 거래가 있습니다. 잠시 후 다시 시도해 주세요.")
.with_solution("Look the payment up before doing anything: the transaction in progress may complete it.")
.with_remedy(Remedy::OutcomeUnknown)
.with_known_from("Kakao Pay bodies in third-party code (tests, a mock and a code comment: ids 7503996240, 70999865452, 17096719748, 47185402190); no Kakao Pay page; low-medium trust")];
