//! Kakao Talk Share > Troubleshooting, **4019 Error**: the three cases of a 4019, told apart by
//! the message the caller sees.
//!
//! Source: [Kakao Talk Share > Troubleshooting](https://developers.kakao.com/docs/latest/en/kakaotalk-share/trouble-shooting),
//! section "4019 Error", in the page's order. The headings, causes and steps are the page's,
//! word for word, kept once in [`SubError`] (which also has the guides they refer to); each case
//! is told apart by the phrase its heading quotes (and the `KOE009` code that the first one's
//! message carries). Every cause the section lists is an app setting (platform, key hash, bundle
//! ID, web domain, app key): each case is [`FixAppSettings`](Remedy::FixAppSettings).

use super::{CaseRow, Parent, When};
use crate::Remedy;
use crate::share::{SubError, TalkShareError};

const PAGE: &str = "https://developers.kakao.com/docs/latest/en/kakaotalk-share/trouble-shooting";

const UNDER: &[Parent] = &[Parent::row::<TalkShareError>(4019)];

/// A case of 4019 from its [`SubError`], told apart by `phrases`.
const fn case(name: &'static str, sub: SubError, phrases: &'static [&'static str]) -> CaseRow {
    CaseRow::new(name, UNDER, When::Phrase(phrases), sub.title(), PAGE)
        .with_causes(sub.causes())
        .with_steps(sub.steps())
        .with_remedy(Remedy::FixAppSettings)
}

/// The page's cases, in its order (the order of [`SubError::ALL`]).
pub(super) const CASES: &[CaseRow] = &[
    case(
        "Misconfigured",
        SubError::Misconfigured,
        &[
            "invalid android_key_hash or ios_bundle_id or web_site_url",
            "KOE009",
        ],
    ),
    case(
        "DomainMismatched",
        SubError::DomainMismatched,
        &["domain mismatched"],
    ),
    case(
        "WrongAppKeyFormat",
        SubError::WrongAppKeyFormat,
        &["wrong appKey(*) format"],
    ),
];

/// The sub-error of the case at `index` of [`CASES`].
pub(crate) fn sub_error(index: usize) -> Option<SubError> {
    SubError::ALL.get(index).copied()
}

/// The phrases of each case, in the order of [`SubError::ALL`], for
/// [`SubError::from_message`].
pub(crate) fn phrases() -> impl Iterator<Item = (usize, &'static [&'static str])> {
    CASES
        .iter()
        .enumerate()
        .filter_map(|(i, row)| match row.when() {
            When::Phrase(phrases) => Some((i, phrases)),
            _ => None,
        })
}
