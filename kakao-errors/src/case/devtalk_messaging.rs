//! Cases of the message and friends APIs from Kakao DevTalk's guide posts: a sender among the
//! receivers (`-2`), and a consent item the app has not enabled (`-3`). (The posts' other `-2`
//! bodies are the Kakao Talk Message page's cases, which come first.)
//!
//! Sources: Kakao DevTalk, "Errors you may encounter when calling the Messaging API and the
//! Friends APIs" (English, <https://devtalk.kakao.com/t/errors-you-may-encounter-when-calling-the-messaging-api-and-the-friends-apis/118998>),
//! and its Korean FAQ (<https://devtalk.kakao.com/t/faq-api-api/82152?source_topic_id=99904>),
//! which also has the multicast body. Kakao's own forum, but the stored copies do not show the
//! author: lower-confidence rows, each naming its post. Texts are the posts' words (the Korean
//! post's for the multicast case, whose English is this crate's), and the bodies' messages are
//! the phrases.
//!
//! A sender among the receivers is the request's ([`FixRequest`](Remedy::FixRequest)); a consent
//! item to enable is the app's settings ([`FixAppSettings`](Remedy::FixAppSettings)).

use super::{CaseRow, Parent, When};
use crate::Remedy;
use crate::rest::Common;

const POST_EN: &str = "https://devtalk.kakao.com/t/errors-you-may-encounter-when-calling-the-messaging-api-and-the-friends-apis/118998";
const POST_KO: &str = "https://devtalk.kakao.com/t/faq-api-api/82152?source_topic_id=99904";

/// The cases, in the order above.
pub(super) const CASES: &[CaseRow] = &[
    CaseRow::new(
        "SenderAmongReceivers",
        &[Parent::row::<Common>(-2)],
        When::Phrase(&["Cannot contain a receiver who is identical to the sender"]),
        "The sender is one of the receivers of a message sent to several friends.",
        POST_KO,
    )
    .with_message_ko("발신자 본인은 수신자로 설정할 수 없습니다.")
    .with_remedy(Remedy::FixRequest)
    .with_known_from("a Kakao DevTalk FAQ post (Korean; the stored copy does not show its author): https://devtalk.kakao.com/t/faq-api-api/82152"),
    CaseRow::new(
        "ScopeNotEnabled",
        &[Parent::row::<Common>(-3)],
        When::Phrase(&["App disabled [*] scopes for [*] API"]),
        "If you have not enabled a scope or a user has not consented to the scope.",
        POST_EN,
    )
    .with_message_ko("사용자 동의 설정을 활성화하지 않았거나 사용자가 해당 동의 항목에 동의하지 않은 경우")
    .with_solution("You must enable the scope required for the following APIs in [My Application] > [Kakao Login] > [Consent Items].")
    .with_solution_ko("[내 애플리케이션] > [제품 설정] > [카카오 로그인] > [동의항목] 에서 동의항목 설정을 해주세요.")
    .with_remedy(Remedy::FixAppSettings)
    .with_known_from("Kakao DevTalk guide posts (the stored copies do not show their author): https://devtalk.kakao.com/t/errors-you-may-encounter-when-calling-the-messaging-api-and-the-friends-apis/118998 and its Korean FAQ https://devtalk.kakao.com/t/faq-api-api/82152"),
];
