//! [`TextList`]: strings a response lists (scopes, receiver ids), borrowed from where they are
//! kept.

use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::FusedIterator;

use crate::redact::{SHOWN_ITEM, SHOWN_ITEMS, clean};

/// A byte range of a text buffer: where one item is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TextSpan {
    pub(crate) start: u32,
    pub(crate) end: u32,
}

/// Strings a response lists, in the order sent: scope names (consent items such as
/// `"talk_message"`, see [`Remedy::RequestConsent`](crate::Remedy::RequestConsent)), the receiver ids of a failed message, ...
///
/// Made by [`ResponseError::required_scopes`](crate::response::ResponseError::required_scopes)
/// and the like, and carried by [`Remedy::RequestConsent`](crate::Remedy::RequestConsent). It
/// borrows the text of the error it comes from and allocates nothing. A remedy that comes from
/// a table, not from a response, carries an empty list.
///
/// ```
/// use kakao_errors::TextList;
///
/// let none = TextList::default();
/// assert!(none.is_empty());
/// assert_eq!(none.count(), 0);
///
/// // In a test, the list a remedy should carry:
/// let expected = TextList::from_slice(&["talk_message", "profile"]);
/// assert_eq!(expected.clone().collect::<Vec<_>>(), ["talk_message", "profile"]);
/// ```
#[derive(Clone, Default)]
pub struct TextList<'a> {
    items: Items<'a>,
}

/// Where the items are kept.
#[derive(Clone)]
enum Items<'a> {
    /// Ranges of one text (a parsed response keeps its lists this way).
    Spans {
        text: &'a str,
        spans: &'a [TextSpan],
    },
    /// A slice of strings.
    Strs(&'a [&'a str]),
}

impl Default for Items<'_> {
    fn default() -> Self {
        Self::Strs(&[])
    }
}

impl<'a> TextList<'a> {
    /// No items.
    pub const EMPTY: TextList<'static> = TextList::from_slice(&[]);

    /// The strings of `items`, in their order: for instance the scopes a test expects in a
    /// [`Remedy::RequestConsent`](crate::Remedy::RequestConsent).
    #[must_use]
    pub const fn from_slice(items: &'a [&'a str]) -> Self {
        Self {
            items: Items::Strs(items),
        }
    }

    /// The items at `spans` of `text`. A span outside `text` (or not on a character boundary)
    /// reads as an empty name, never a panic.
    #[cfg_attr(not(feature = "response"), allow(dead_code))]
    pub(crate) const fn new(text: &'a str, spans: &'a [TextSpan]) -> Self {
        Self {
            items: Items::Spans { text, spans },
        }
    }

    /// Whether there are no items left.
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        match self.items {
            Items::Spans { spans, .. } => spans.is_empty(),
            Items::Strs(strs) => strs.is_empty(),
        }
    }

    /// How many items are left (a `const` form of [`ExactSizeIterator::len`]).
    const fn remaining(&self) -> usize {
        match self.items {
            Items::Spans { spans, .. } => spans.len(),
            Items::Strs(strs) => strs.len(),
        }
    }
}

/// The text at `span` of `text`; empty when the span is not a range of it.
fn name(text: &str, span: TextSpan) -> &str {
    text.get(span.start as usize..span.end as usize)
        .unwrap_or_default()
}

impl<'a> Iterator for TextList<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        match &mut self.items {
            Items::Spans { text, spans } => {
                let (&first, rest) = spans.split_first()?;
                *spans = rest;
                Some(name(text, first))
            }
            Items::Strs(strs) => {
                let (&first, rest) = strs.split_first()?;
                *strs = rest;
                Some(first)
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining(), Some(self.remaining()))
    }
}

impl DoubleEndedIterator for TextList<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        match &mut self.items {
            Items::Spans { text, spans } => {
                let (&last, rest) = spans.split_last()?;
                *spans = rest;
                Some(name(text, last))
            }
            Items::Strs(strs) => {
                let (&last, rest) = strs.split_last()?;
                *strs = rest;
                Some(last)
            }
        }
    }
}

impl ExactSizeIterator for TextList<'_> {}

impl FusedIterator for TextList<'_> {}

impl PartialEq for TextList<'_> {
    /// The same names in the same order.
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.clone().eq(other.clone())
    }
}

impl Eq for TextList<'_> {}

impl Hash for TextList<'_> {
    /// The names in their order, as a slice of them hashes.
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.len());
        for item in self.clone() {
            item.hash(state);
        }
    }
}

impl fmt::Debug for TextList<'_> {
    /// The items by the [rule](crate::redact): the first 16, each cut at 96 bytes, then how
    /// many more there are.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut list = f.debug_list();
        for item in self.clone().take(SHOWN_ITEMS) {
            list.entry(&clean(item).max_bytes(SHOWN_ITEM));
        }
        if let Some(more) = self.len().checked_sub(SHOWN_ITEMS).filter(|&more| more > 0) {
            list.entry(&format_args!("… ({more} more)"));
        }
        list.finish()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for TextList<'_> {
    /// As a sequence of strings, each by the [rule](crate::redact) (redacted, hidden
    /// characters escaped).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.clone().map(clean))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_names_forwards_and_backwards() {
        let text = "talk_messageprofile";
        let spans = [
            TextSpan { start: 0, end: 12 },
            TextSpan { start: 12, end: 19 },
        ];
        let scopes = TextList::new(text, &spans);
        assert_eq!(scopes.len(), 2);
        assert_eq!(
            scopes.clone().collect::<Vec<_>>(),
            ["talk_message", "profile"]
        );
        assert_eq!(
            scopes.clone().rev().collect::<Vec<_>>(),
            ["profile", "talk_message"]
        );
        assert_eq!(format!("{scopes:?}"), r#"["talk_message", "profile"]"#);
        assert_ne!(scopes, TextList::EMPTY);
        // Equal to the same names kept as a slice, and hashed alike.
        let same = TextList::from_slice(&["talk_message", "profile"]);
        assert_eq!(scopes, same);
        assert_ne!(scopes, TextList::from_slice(&["profile", "talk_message"]));
        let state = std::collections::hash_map::RandomState::new();
        let hash_with = |list: &TextList<'_>| {
            use std::hash::BuildHasher as _;
            state.hash_one(list)
        };
        assert_eq!(hash_with(&scopes), hash_with(&same));
    }

    #[test]
    fn debug_is_clean_and_bounded() {
        let items: Vec<String> = (0..20).map(|i| format!("s{i}")).collect();
        let items: Vec<&str> = items.iter().map(String::as_str).collect();
        let shown = format!("{:?}", TextList::from_slice(&items));
        assert!(shown.starts_with(r#"["s0", "s1", "#), "{shown}");
        assert!(shown.ends_with(r#""s15", … (4 more)]"#), "{shown}");
        let long = "x".repeat(200);
        let hostile = ["a\u{1b}[2J\u{202e}b", "code=secret1", long.as_str()];
        let shown = format!("{:?}", TextList::from_slice(&hostile));
        let expected = r#"["a\u{1b}[2J\u{202e}b", "code=<redacted>", "X"… (104 more bytes)]"#;
        assert_eq!(shown, expected.replace('X', &"x".repeat(96)));
    }

    #[test]
    fn a_slice_reads_forwards_and_backwards() {
        let mut list = TextList::from_slice(&["a", "b", "c"]);
        assert_eq!(list.len(), 3);
        assert_eq!(list.next_back(), Some("c"));
        assert_eq!(list.next(), Some("a"));
        assert_eq!(list.len(), 1);
        assert_eq!(list.collect::<Vec<_>>(), ["b"]);
        assert!(TextList::from_slice(&[]).is_empty());
    }

    #[test]
    fn a_span_outside_the_text_reads_empty() {
        let spans = [TextSpan { start: 3, end: 99 }];
        assert_eq!(TextList::new("abc", &spans).collect::<Vec<_>>(), [""]);
    }
}
