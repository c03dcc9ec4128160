//! [`TextList`]: strings a response lists (scopes, receiver ids), borrowed from where they are
//! kept.

use core::fmt;
use core::iter::FusedIterator;

/// A byte range of a text buffer: where one item is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TextSpan {
    pub(crate) start: u32,
    pub(crate) end: u32,
}

/// Strings a response lists, in the order sent: scope names (consent items such as
/// `"talk_message"`, see [`Scopes`]), the receiver ids of a failed message, ...
///
/// Made by [`ResponseError::required_scopes`](crate::response::ResponseError::required_scopes)
/// and the like, and carried by [`Remedy::RequestConsent`](crate::Remedy::RequestConsent). It
/// borrows the text of the error it comes from and allocates nothing. A remedy that comes from
/// a table, not from a response, carries an empty list.
///
/// ```
/// use kakao_errors::Scopes;
///
/// let none = Scopes::default();
/// assert!(none.is_empty());
/// assert_eq!(none.count(), 0);
/// ```
#[derive(Clone, Default)]
pub struct TextList<'a> {
    text: &'a str,
    spans: &'a [TextSpan],
}

/// Scope names (consent items): a [`TextList`].
pub type Scopes<'a> = TextList<'a>;

impl<'a> TextList<'a> {
    /// No items.
    pub const EMPTY: TextList<'static> = TextList {
        text: "",
        spans: &[],
    };

    /// The items at `spans` of `text`. A span outside `text` (or not on a character boundary)
    /// reads as an empty name, never a panic.
    #[cfg_attr(not(feature = "response"), allow(dead_code))]
    pub(crate) const fn new(text: &'a str, spans: &'a [TextSpan]) -> Self {
        Self { text, spans }
    }

    /// Whether there are no items left.
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    fn name(&self, span: TextSpan) -> &'a str {
        self.text
            .get(span.start as usize..span.end as usize)
            .unwrap_or_default()
    }
}

impl<'a> Iterator for TextList<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let (&first, rest) = self.spans.split_first()?;
        self.spans = rest;
        Some(self.name(first))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.spans.len(), Some(self.spans.len()))
    }
}

impl DoubleEndedIterator for TextList<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let (&last, rest) = self.spans.split_last()?;
        self.spans = rest;
        Some(self.name(last))
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

impl fmt::Debug for TextList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for TextList<'_> {
    /// As a sequence of strings.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.clone())
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
        assert_ne!(scopes, Scopes::EMPTY);
    }

    #[test]
    fn a_span_outside_the_text_reads_empty() {
        let spans = [TextSpan { start: 3, end: 99 }];
        assert_eq!(TextList::new("abc", &spans).collect::<Vec<_>>(), [""]);
    }
}
