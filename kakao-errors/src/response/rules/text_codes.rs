//! Which table a code sent as text (`error_code`: `"KOE320"`, `"KAE001"`) belongs to, and its
//! documented row there.

use crate::KakaoError;
use crate::channel::KaeError;
use crate::oauth::KoeError;

/// A table of codes sent as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextCodeTable {
    /// Kakao Login's `KOE` codes ([`KoeError`]): every text code that is not a `KAE` one.
    KakaoLogin,
    /// Kakao Talk Channel's `KAE` codes ([`KaeError`]).
    TalkChannel,
}

impl TextCodeTable {
    /// The table of the text code `code`: Kakao Talk Channel's when it starts with `KAE`
    /// (matched ignoring ASCII case, as codes are read), else Kakao Login's.
    pub(crate) fn of(code: &str) -> Self {
        let prefix = KaeError::CODE_PREFIX;
        let kae = code
            .get(..prefix.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(prefix));
        if kae {
            Self::TalkChannel
        } else {
            Self::KakaoLogin
        }
    }
}

/// A documented row of the table of a body's text code, for a failure the table a response
/// was parsed with does not document: see
/// [`ResponseError::text_code_row`](crate::response::ResponseError::text_code_row).
#[derive(Debug, Clone, Copy)]
pub(crate) enum TextCodeRow {
    /// A row of Kakao Login's table.
    Koe(KoeError),
    /// A row of Kakao Talk Channel's table.
    Kae(KaeError),
}

impl TextCodeRow {
    /// The row, as a key of [`case`](crate::case)'s rows.
    pub(crate) fn key(self) -> crate::case::Key<'static> {
        match self {
            Self::Koe(row) => crate::case::Key::row(&row),
            Self::Kae(row) => crate::case::Key::row(&row),
        }
    }

    /// The row's [`solution`](KakaoError::solution).
    pub(crate) fn solution(self) -> Option<&'static str> {
        match self {
            Self::Koe(row) => row.solution(),
            Self::Kae(row) => row.solution(),
        }
    }

    /// The row's [`remedy`](KakaoError::remedy).
    pub(crate) fn remedy(self) -> crate::Remedy<'static> {
        match self {
            Self::Koe(row) => row.remedy(),
            Self::Kae(row) => row.remedy(),
        }
    }
}
