//! REST API > Error code > **Talk Calendar**: errors of the Talk Calendar APIs.
//!
//! Source: the Kakao Developers page [REST API > Error code](https://developers.kakao.com/docs/latest/en/rest-api/error-code), section "Talk Calendar", rows in the page's order.
//! The page's "requsted" typo is kept: messages are the page's text.

use crate::KakaoError;

/// The "Talk Calendar" table of the REST API error codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum TalkCalendar {
    /// The public event ID or calendar ID does not exist.
    #[kakao(
        code = -520,
        status = 400,
        remedy = FixRequest,
        message = "If the requsted public event ID or calendar ID does not exist."
    )]
    EventOrCalendarNotFound,

    /// A task on a Kakao Talk profile sticker cannot be edited or deleted.
    #[kakao(
        code = -521,
        status = 400,
        remedy = FixRequest,
        message = "If tried to edit or delete a task on the Kakao Talk profile sticker."
    )]
    ProfileStickerNotEditable,
}
