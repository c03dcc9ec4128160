//! [`Fields`]: the members of a JSON object body. (A list member's strings are a
//! [`TextList`](crate::TextList).)

use std::borrow::Cow;

use core::fmt;

use crate::read::scan::{self, Members, PieceText};

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
