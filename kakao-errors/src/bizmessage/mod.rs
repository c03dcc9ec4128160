//! Kakao's bizmessage results (AlimTalk, FriendTalk, brand message): its result codes, known
//! only from third-party sources, and a reader for them as resellers pass them on.
//!
//! Businesses send AlimTalk and FriendTalk messages through resellers (MTS, NHN Cloud, ...),
//! which hand Kakao's result code back, written their way: `3018`, `K3018`, `KKO_3018`.
//! [`ResultCode::read`] reads any of these into [`ResultCode::Success`] (`0000`) or
//! [`ResultCode::Failed`] with a [`BizMessageError`] row.
//!
//! ```
//! use kakao_errors::Remedy;
//! use kakao_errors::KakaoError;
//! use kakao_errors::bizmessage::{BizMessageError, ResultCode};
//!
//! let result = ResultCode::read("KKO_3018").unwrap();
//! assert_eq!(result, ResultCode::Failed(BizMessageError::CannotSend));
//! assert_eq!(result.remedy(), Some(Remedy::DeliverAnotherWay));
//! assert_eq!(ResultCode::read("0000"), Some(ResultCode::Success));
//! // A reseller's own code is not Kakao's.
//! assert_eq!(ResultCode::read("ER01"), None);
//! ```
//!
//! # Where the data comes from
//!
//! **Not from Kakao.** Kakao's result-code page (Kakao i Connect Message) is not available to
//! this crate. [`BizMessageError`]'s rows come from sources that copy Kakao's table, each
//! named in every row's [`known_from`](crate::KakaoError::known_from) with its trust:
//!
//! | source | what it gives | trust |
//! |---|---|---|
//! | MTS guide tables: public code files id36363176526, id36477100678, id35993704980 | the reseller MTS's brand-message interface guides: 63 Kakao codes with their result names and descriptions (and MTS's own codes, left out here); complete | medium |
//! | a database dump: public code file id31697526186 | 58 AlimTalk and FriendTalk codes marked as Kakao's; complete | low-medium |
//! | a blog post: <https://velog.io/@ooweat/카카오-알림톡-응답값-enum-클래스-공유> | 10 AlimTalk codes, 0000 and 1001 .. 1009, written `KKO_1001`; cut after 1009 | low |
//!
//! - **Wording.** The sources agree on most descriptions. Where they differ, the stated trust
//!   decides: `message_ko` is the guides' description (the one most guides give, where an
//!   OCR error sets one apart), else the dump's, else the blog's; the row's docs quote the
//!   others. So 1020 is the guides' "잘못된 형식의 유저키 요청" (the dump: "전화번호 or app user
//!   id가 유효하지 않거나 미입력 요청"), 3018 the guides' "메시지를 전송할 수 없음" (the dump adds
//!   "카톡 설치 안됨, 알림톡 차단"), and 3035's limit with an image 13 characters (the dump: 14).
//!   For 9998 and 9999 the guides give a sentence where the result name goes; `message_ko` is
//!   that sentence and the description, as the dump joins them. The English `message` is this
//!   crate's translation.
//! - **Result names** (`NoSendAvailableException`, ...) are not kept: the sources spell many
//!   of them with OCR errors, and the variant names say what each error is.
//! - **Left out.** `0000` is success, not an error ([`ResultCode::Success`]). The resellers'
//!   own codes are not Kakao's and are not rows: MTS's `ER00` .. `ER99`, NHN Cloud's (`0`,
//!   `-1000`, ...), a dealer's `ERR_...`, and `9991` and `K991` of the dump, which look like
//!   the dump owner's own; [`ResultCode::read`] reads none of them as a Kakao row (`9991` is
//!   kept as [`BizMessageError::Unknown`], like any four-digit code no source lists).
//!
//! # The retry rule
//!
//! No source gives a solution, so no row is retryable: a message is not sent again blindly.
//!
//! # The remedy rule
//!
//! Every row's remedy is decided by the first rule below that its `message_ko` matches:
//!
//! | # | the description says | remedy |
//! |---|---|---|
//! | 1 | not a time at which the message may be sent: "발송 가능한 시간" (wait for the window) | [`RetryLater`](crate::Remedy::RetryLater) |
//! | 2 | the recipient cannot receive it: "메시지를 전송할 수 없음", "톡 유저가 아님", "수신 차단", "최소 버전" | [`DeliverAnotherWay`](crate::Remedy::DeliverAnotherWay) |
//! | 3 | whether it was delivered is not known, or it may have been sent already: "수신확인 안됨", "중복", "결과를 찾을 수 없음", "알 수 없는", an internal error ("내부", "예기치 않은") (look the delivery up before sending it again) | [`OutcomeUnknown`](crate::Remedy::OutcomeUnknown) |
//! | 4 | the service is down, or a daily limit is reached: "서비스를 제공하고 있지 않습니다", "일일 발송량 초과" | [`RetryLater`](crate::Remedy::RetryLater) |
//! | 5 | contact the messaging business manager, or the sender or channel is blocked or sanctioned: "담당자에게 문의", "차단 상태", "제재" | [`ContactSupport`](crate::Remedy::ContactSupport) |
//! | 6 | the sender's setup: its keys, sender profile, channel (closed, deleted), app link, business number: "파트너 키", "프로필 키", "발신프로필을 찾을 수 없음", "닫힘 상태", "삭제된 카카오톡 채널", "삭제대기", "app 연결", "사업자" | [`FixAppSettings`](crate::Remedy::FixAppSettings) |
//! | 7 | a test recipient must act first: "추가하지 않았음", "인증을 받은 사용자가 아님" | [`UserAction`](crate::Remedy::UserAction) |
//! | 8 | anything else: the request (its JSON, a parameter, a template, a length, an image, a phone number) | [`FixRequest`](crate::Remedy::FixRequest) |
//!
//! | code | remedy | decided by (rule) |
//! |---|---|---|
//! | 1001 | FixRequest | "Request Body가 Json형식이 아님" (8) |
//! | 1002 | FixAppSettings | "허브 파트너 키가 유효하지 않음" (6) |
//! | 1003 | FixAppSettings | "발신 프로필 키가 유효하지 않음" (6) |
//! | 1004 | FixRequest | "Request Body(Json)에서 name을 찾을 수 없음" (8) |
//! | 1005 | FixAppSettings | "발신프로필을 찾을 수 없음" (6) |
//! | 1006 | ContactSupport | "삭제된 발신프로필. (메시지 사업 담당자에게 문의)" (5) |
//! | 1007 | ContactSupport | "차단 상태의 발신프로필. (메시지 사업 담당자에게 문의)" (5) |
//! | 1008 | ContactSupport | "차단 상태의 옐로아이디." (5) |
//! | 1009 | FixAppSettings | "닫힘 상태의 옐로아이디." (6) |
//! | 1011 | ContactSupport | "계약정보를 찾을 수 없음. (메시지 사업 담당자에게 문의)" (5) |
//! | 1012 | FixRequest | "잘못된 형식의 유저키 요청" (8) |
//! | 1013 | FixAppSettings | "유효하지 않은 app 연결" (6) |
//! | 1014 | FixAppSettings | "유효하지 않은 사업자번호" (6) |
//! | 1015 | FixRequest | "유효하지 않은 app user id 요청" (8) |
//! | 1016 | FixAppSettings | "사업자등록번호 불일치" (6) |
//! | 1020 | FixRequest | "잘못된 형식의 유저키 요청" (8) |
//! | 1021 | ContactSupport | "차단 상태의 카카오톡 채널 (카카오톡 채널 운영툴에서 확인)" (5) |
//! | 1022 | FixAppSettings | "닫힘 상태의 카카오톡 채널 (카카오톡 채널 운영툴에서 확인)" (6) |
//! | 1023 | FixAppSettings | "삭제된 카카오톡 채널 (카카오톡 채널 운영툴에서 확인)" (6) |
//! | 1024 | FixAppSettings | "삭제대기 상태의 카카오톡 채널 (카카오톡 채널 운영툴에서 확인)" (6) |
//! | 1025 | ContactSupport | "채널 제재 상태로 인한 메시지 전송 실패 (카카오톡 채널 운영툴에서  ..." (5) |
//! | 1026 | ContactSupport | "메시지차단 상태의 카카오톡 채널 (카카오톡 채널 운영툴에서확인)" (5) |
//! | 1030 | FixRequest | "잘못된 파라메터 요청" (8) |
//! | 2003 | UserAction | "(테스트 발송) 카카오톡 채널을 추가하지 않았음" (7) |
//! | 2004 | OutcomeUnknown | "템플릿 일치 확인시 오류 발생(내부 오류 발생)" (3) |
//! | 2006 | FixRequest | "시리얼넘버 형식 불일치" (8) |
//! | 3000 | OutcomeUnknown | "예기치 않은 오류 발생" (3) |
//! | 3005 | OutcomeUnknown | "메시지를 발송했으나 수신확인 안됨 (성공불확실) - 서버에는 암호화  ..." (3) |
//! | 3006 | OutcomeUnknown | "내부 시스템 오류로 메시지 전송 실패" (3) |
//! | 3008 | FixRequest | "전화번호 오류" (8) |
//! | 3010 | FixRequest | "Json 파싱 오류" (8) |
//! | 3011 | FixRequest | "메시지가 존재하지 않음" (8) |
//! | 3012 | OutcomeUnknown | "메시지 일련번호가 중복됨 - 메시지 일련번호는 CS 처리를 위해 고유 ..." (3) |
//! | 3013 | FixRequest | "메시지가 비어 있음" (8) |
//! | 3014 | FixRequest | "메시지 길이 제한 오류 (템플릿별 제한 길이 또는 1000자 초과)" (8) |
//! | 3015 | FixRequest | "템플릿을 찾을 수 없음" (8) |
//! | 3016 | FixRequest | "메시지 내용이 템플릿과 일치하지 않음" (8) |
//! | 3018 | DeliverAnotherWay | "메시지를 전송할 수 없음" (2) |
//! | 3019 | DeliverAnotherWay | "톡 유저가 아님" (2) |
//! | 3020 | DeliverAnotherWay | "브랜드 메시지 수신 차단" (2) |
//! | 3021 | DeliverAnotherWay | "카카오톡 최소 버전 미지원" (2) |
//! | 3022 | RetryLater | "메시지 발송 가능한 시간이 아님 (친구톡 / 마케팅 메시지는 08시부 ..." (1) |
//! | 3024 | FixRequest | "메시지에 포함된 이미지를 전송할 수 없음" (8) |
//! | 3025 | FixRequest | "변수 글자수 제한 초과" (8) |
//! | 3026 | FixRequest | "상담/봇 전환 버튼 extra, event 글자수 제한 초과" (8) |
//! | 3027 | FixRequest | "메시지 버튼/바로연결이 템플릿과 일치하지 않음" (8) |
//! | 3028 | FixRequest | "메시지 강조 표기 타이틀이 템플릿과 일치하지 않음" (8) |
//! | 3029 | FixRequest | "메시지 강조 표기 타이틀 길이 제한 초과 (50자)" (8) |
//! | 3030 | FixRequest | "메시지 타입과 템플릿 강조유형이 일치하지 않음" (8) |
//! | 3031 | FixRequest | "헤더가 템플릿과 일치하지 않음" (8) |
//! | 3032 | FixRequest | "헤더 길이 제한 초과(16자)" (8) |
//! | 3033 | FixRequest | "아이템 하이라이트가 템플릿과 일치하지 않음" (8) |
//! | 3034 | FixRequest | "아이템 하이라이트 타이틀 길이 제한 초과(이미지 없는 경우 30자,  ..." (8) |
//! | 3035 | FixRequest | "아이템 하이라이트 디스크립션 길이 제한 초과(이미지 없는 경우 19자 ..." (8) |
//! | 3036 | FixRequest | "아이템 리스트가 템플릿과 일치하지 않음" (8) |
//! | 3037 | FixRequest | "아이템 리스트의 아이템의 디스크립션 길이 제한 초과(23자)" (8) |
//! | 3038 | FixRequest | "아이템 요약정보가 템플릿과 일치하지 않음" (8) |
//! | 3039 | FixRequest | "아이템 요약정보의 디스크립션 길이 제한 초과(14자)" (8) |
//! | 3040 | FixRequest | "아이템 요약정보의 디스크립션에 허용되지 않은 문자 포함(통화기호/코드 ..." (8) |
//! | 3041 | FixRequest | "와이드 아이템 리스트 개수 최대 최소 개수 불일치" (8) |
//! | 3051 | FixRequest | "캐러셀 아이템 리스트 개수 최소, 최대 개수 불일치" (8) |
//! | 3052 | FixRequest | "캐러셀 아이템 메시지 길이 OVER" (8) |
//! | 3056 | FixRequest | "와이드 아이템 리스트 타이틀 길이 제한 오류" (8) |
//! | 3058 | FixRequest | "캐러셀 헤더 길이 제한 오류" (8) |
//! | 4000 | OutcomeUnknown | "메시지 전송 결과를 찾을 수 없음" (3) |
//! | 4001 | OutcomeUnknown | "알 수 없는 메시지 상태" (3) |
//! | 5000 | UserAction | "(테스트 발송) 관리자 혹은 일회성 인증을 받은 사용자가 아님" (7) |
//! | 5001 | RetryLater | "(테스트 발송) 일일 발송량 초과" (4) |
//! | 9998 | RetryLater | "현재 서비스를 제공하고 있지 않습니다. 시스템에 문제가 발생하여 담당 ..." (4) |
//! | 9999 | OutcomeUnknown | "시스템에서 알 수 없는 문제가 발생하였습니다. 담당자가 확인 중입니다 ..." (3) |

mod error;
mod result_code;

pub use error::BizMessageError;
pub use result_code::ResultCode;
