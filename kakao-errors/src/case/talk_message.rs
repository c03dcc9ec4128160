//! Kakao Talk Message > Error code: the cases of `-401` and `-2` that the page tells apart by the
//! message Kakao sends with them.
//!
//! Source: [Kakao Talk Message > Error code](https://developers.kakao.com/docs/latest/en/kakaotalk-message/trouble-shooting)
//! (English), sections "Common errors" and "Errors that occur when sending messages to
//! friends", in the page's order. The stored copies are cut: the newest copy gives the `-401`
//! row and the first `-2` row whole; an older copy of the same page (its address was
//! `.../docs/latest/en/message/trouble-shooting`) gives the second `-2` row whole and the third
//! up to "set 'Purpose' to 'Kakao Talk Mes". Texts are the newest copy's where it has them, else
//! the older copy's, word for word (the older copy's stray spaces, "uuid (s)", "receiver_uuids ,",
//! aside). The third row's solution is completed with the one word the cut leaves out,
//! "Message'", the name of the purpose the message API takes (its message says "please use
//! 'message API' messageType"); the fidelity tests check the stored part.
//!
//! The page's "Message:" lines are what tells each case apart: each case is matched by the
//! phrase those messages share. Remedies: a web domain to register and a template's purpose to
//! set are console settings ([`FixAppSettings`](Remedy::FixAppSettings)); the wrong or missing
//! `receiver_uuids` are the request's ([`FixRequest`](Remedy::FixRequest)).

use super::{CaseRow, Parent, When};
use crate::Remedy;
use crate::rest::Common;

const PAGE: &str = "https://developers.kakao.com/docs/latest/en/kakaotalk-message/trouble-shooting";

const UNDER_401: &[Parent] = &[Parent::row::<Common>(-401)];
const UNDER_2: &[Parent] = &[Parent::row::<Common>(-2)];

/// The page's cases, in its order.
pub(super) const CASES: &[CaseRow] = &[
    CaseRow::new(
        "DomainMismatched",
        UNDER_401,
        When::Phrase(&["domain mismatched"]),
        "If you call the Kakao Talk Share API or Kakao Talk Message API using the JavaScript SDK, you also must register the value of caller (https://example.com) as a website domain.",
        PAGE,
    )
    .with_solution(
        "In [App] > [Product Link] > [Web domain] on the app management page, register the value of caller (https://example.com) as a website domain. For more detailed rules, see Product Link. Ensure that web domains are sensitive to the scheme, subdomain, and port, so you must register your caller address precisely.",
    )
    .with_remedy(Remedy::FixAppSettings),
    CaseRow::new(
        "ReceiverUuidsInvalid",
        UNDER_2,
        When::Phrase(&["Constraints on the parameter [receiver_uuids] are unsatisfied"]),
        "You requested receiver_uuids in wrong format.",
        PAGE,
    )
    .with_solution(
        "You must use the uuid(s) retrieved through the Retrieving list of friends or the Friends picker in a string array format. (Example: 'receiver_uuids=[\"abcdefg0001\",\"abcdefg0002\",\"abcdefg0003\"]')",
    )
    .with_remedy(Remedy::FixRequest),
    CaseRow::new(
        "ReceiverUuidsMissing",
        UNDER_2,
        When::Phrase(&[
            "The Parameter [receiver_uuids] cannot be null",
            "The Parameter [receiver_uuids] cannot be empty",
        ]),
        "You did not pass receiver_uuids, required parameter for sending messages to friends.",
        PAGE,
    )
    .with_solution(
        "You must pass the uuid(s) of your Kakao Talk friends through the receiver_uuids parameter in a string array format. (Example: 'receiver_uuids=[\"abcdefg0001\",\"abcdefg0002\",\"abcdefg0003\"]'",
    )
    .with_remedy(Remedy::FixRequest),
    CaseRow::new(
        "TemplatePurposeNotSet",
        UNDER_2,
        When::Phrase(&["template_type (messageType:"]),
        "The purpose of message template is not set properly.",
        PAGE,
    )
    .with_solution(
        "In [Tools] > [Message Template Builder], select your message template, and then set 'Purpose' to 'Kakao Talk Message'.",
    )
    .with_remedy(Remedy::FixAppSettings),
];
