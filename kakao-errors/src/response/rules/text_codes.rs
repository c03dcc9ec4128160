//! Which table a code sent as text (`error_code`: `"KOE320"`, `"KAE001"`, `"E2001"`) belongs
//! to, and its documented row there: the catalog's table of that prefix
//! ([`catalog::text_code_table`]), so a table of text codes added to the catalog is found here
//! with nothing else to write.

use crate::ErrorCode;
use crate::case::Key;
use crate::catalog::{self, Entry};

/// A documented row of the table of a body's text code, for a failure the table a response
/// was parsed with does not document: see
/// [`ResponseError::text_code_row`](crate::response::ResponseError::text_code_row).
#[derive(Clone)]
pub(crate) struct TextCodeRow(Entry);

impl TextCodeRow {
    /// The documented row of `code`, a code sent as text, in the catalog's table of its prefix.
    pub(crate) fn of(code: &str) -> Option<Self> {
        let table = catalog::text_code_table(code)?;
        let number = ErrorCode::parse_number(code, table.prefix())?;
        table.get(table.error_code(number)).map(Self)
    }

    /// The row, as a key of [`case`](crate::case)'s rows.
    pub(crate) fn key(&self) -> Key<'static> {
        Key::Row(self.0.table().identity(), self.0.code())
    }

    /// The row's solution.
    pub(crate) fn solution(&self) -> Option<&'static str> {
        self.0.solution()
    }

    /// The row's remedy.
    pub(crate) fn remedy(&self) -> crate::Remedy<'static> {
        self.0.remedy()
    }
}
