//! Iterators over what a body holds several of: a list member's strings, and the members of a
//! JSON object body.

use std::borrow::Cow;

use core::fmt;

use crate::response::scan::{self, Members, PieceText};
use crate::response::texts::{Slot, Span, Texts};

/// The strings of a list member of the body (`required_scopes`, `allowed_scopes`,
/// `receiver_ids`), in the order sent: see
/// [`ResponseError::required_scopes`](crate::response::ResponseError::required_scopes).
/// Items that are not strings are skipped.
#[derive(Clone)]
pub struct TextList<'a> {
    texts: &'a Texts,
    spans: core::slice::Iter<'a, Span>,
}

/// The scopes of a body: a [`TextList`].
pub type Scopes<'a> = TextList<'a>;

impl<'a> TextList<'a> {
    pub(crate) fn new(texts: &'a Texts, slot: Slot) -> Option<Self> {
        Some(Self {
            texts,
            spans: texts.list(slot)?.iter(),
        })
    }
}

impl<'a> Iterator for TextList<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let texts = self.texts;
        self.spans.next().map(|&span| texts.get(span))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.spans.size_hint()
    }
}

impl DoubleEndedIterator for TextList<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let texts = self.texts;
        self.spans.next_back().map(|&span| texts.get(span))
    }
}

impl ExactSizeIterator for TextList<'_> {}

impl core::iter::FusedIterator for TextList<'_> {}

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

/// The top-level members of a JSON object body: see
/// [`ResponseError::fields`](crate::response::ResponseError::fields). Each item is the
/// member's name, decoded (borrowed unless it had escapes), and its raw JSON text.
pub struct Fields<'a> {
    json: &'a str,
    members: Members<'a>,
}

impl<'a> Fields<'a> {
    pub(crate) fn new(json: &'a str) -> Self {
        Self {
            json,
            members: Members::new(json),
        }
    }
}

impl<'a> Iterator for Fields<'a> {
    type Item = (Cow<'a, str>, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let json = self.json;
        let member = self.members.by_ref().find(|member| member.whole)?;
        let key = &json[member.key];
        let name = if key.contains('\\') {
            let mut name = String::with_capacity(key.len());
            for piece in scan::pieces(key) {
                match piece {
                    PieceText::Str(s) => name.push_str(s),
                    PieceText::Char(c) => name.push(c),
                }
            }
            Cow::Owned(name)
        } else {
            Cow::Borrowed(key)
        };
        Some((name, &json[member.value]))
    }
}

impl core::iter::FusedIterator for Fields<'_> {}

impl fmt::Debug for Fields<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Fields").finish_non_exhaustive()
    }
}
