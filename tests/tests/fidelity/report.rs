//! The differences a fidelity check finds between a source and a table, one readable entry
//! each, and the small judgements every check makes the same way (a row's order, a message
//! that reads like a solution).

use std::fmt::{Debug, Display};

/// The differences found so far, each `<place>: <what>`. A value read from the source is shown
/// beside the table's under the name of what it was read from: `page` for a Kakao page,
/// `source` for a third-party one (the `mutated_*` tests match these words).
pub struct Report {
    origin: &'static str,
    problems: Vec<String>,
}

impl Report {
    /// Differences from a Kakao page: `page <value>, table <value>`.
    pub fn against_page() -> Self {
        Self {
            origin: "page",
            problems: Vec::new(),
        }
    }

    /// Differences from a third-party source: `source <value>, table <value>`.
    pub fn against_source() -> Self {
        Self {
            origin: "source",
            problems: Vec::new(),
        }
    }

    /// Records `what` went wrong at `place`.
    pub fn push(&mut self, place: &str, what: impl AsRef<str>) {
        self.problems.push(format!("{place}: {}", what.as_ref()));
    }

    /// Records a difference when the source's value and the table's differ.
    pub fn eq<T: PartialEq + Debug>(&mut self, place: &str, what: &str, source: T, table: T) {
        if source != table {
            let origin = self.origin;
            self.push(
                place,
                format!("{what}: {origin} {source:?}, table {table:?}"),
            );
        }
    }

    /// Records a difference between two texts: both on lines of their own (line breaks shown
    /// as `\n`), a caret under the first character that differs.
    pub fn text(&mut self, place: &str, what: &str, source: &str, table: &str) {
        if source == table {
            return;
        }
        let same = source
            .chars()
            .zip(table.chars())
            .take_while(|(a, b)| a == b)
            .count();
        let shown = |s: &str| s.replace('\n', "\\n");
        let column = shown(&source.chars().take(same).collect::<String>())
            .chars()
            .count();
        let width = self.origin.len().max("table".len());
        self.push(
            place,
            format!(
                "{what} differs at character {same}\n    {:width$}: {}\n    {:width$}: {}\n{}^",
                self.origin,
                shown(source),
                "table",
                shown(table),
                " ".repeat(4 + width + 2 + column)
            ),
        );
    }

    /// Records a difference between two texts that may be absent: both there, as [`Self::text`]
    /// (with the caret); otherwise as [`Self::eq`].
    pub fn optional_text(
        &mut self,
        place: &str,
        what: &str,
        source: Option<&str>,
        table: Option<&str>,
    ) {
        match (source, table) {
            (Some(source), Some(table)) => self.text(place, what, source, table),
            (source, table) => self.eq(place, what, source, table),
        }
    }

    /// Records the rows of a copy that come in another order than the table declares them (the
    /// table may have more rows than the copy).
    pub fn order<T: PartialEq + Debug>(
        &mut self,
        place: &str,
        table: &str,
        rows: &[T],
        declared: &[T],
    ) {
        if !in_declared_order(rows, declared) {
            self.push(
                place,
                format!("rows in the order {rows:?}, {table} in the order {declared:?}"),
            );
        }
    }

    /// Records a `known_from` that lacks one of `words` (the address of the source a row is
    /// known from, the kind of source), as `known_from <must>: <known_from>`.
    pub fn known_from_has(
        &mut self,
        place: &str,
        known_from: Option<&str>,
        words: &[&str],
        must: &str,
    ) {
        if !known_from.is_some_and(|from| words.iter().all(|w| from.contains(w))) {
            self.push(place, format!("known_from {must}: {known_from:?}"));
        }
    }

    /// A message this crate wrote where no source gives English: the doc comment's first
    /// paragraph (`doc_message`, as the derive makes it), and a cause, not an instruction
    /// (see [`tells_what_to_do`]). `why` says why the message is the crate's.
    pub fn crate_message(
        &mut self,
        place: &str,
        why: &str,
        doc_message: &str,
        message: &str,
        more_solution_words: &[&str],
    ) {
        self.eq(
            place,
            &format!("message ({why}: the doc)"),
            doc_message,
            message,
        );
        if tells_what_to_do(message, more_solution_words) {
            self.push(
                place,
                format!("the crate's message reads like a solution: {message:?}"),
            );
        }
    }

    /// The differences, in the order they were found.
    pub fn into_problems(self) -> Vec<String> {
        self.problems
    }
}

/// Fails the test with every difference, one per paragraph.
#[track_caller]
pub fn assert_none(name: &str, problems: &[String]) {
    assert!(
        problems.is_empty(),
        "{name}: {} difference(s):\n\n{}\n",
        problems.len(),
        problems.join("\n\n")
    );
}

/// Whether one of `problems` starts with `start`.
fn any_starts_with(problems: &[String], start: &str) -> bool {
    problems.iter().any(|p| p.starts_with(start))
}

/// Fails unless one of `problems` starts with `start` (a difference whose detail, such as a
/// text's two lines, the test leaves open), showing them all.
#[track_caller]
pub fn assert_reported(problems: &[String], start: &str) {
    assert!(
        any_starts_with(problems, start),
        "none starts with {start:?}: {problems:#?}"
    );
}

/// Fails unless `problems` is one difference, starting with `start`, showing them all.
#[track_caller]
pub fn assert_only_reported(problems: &[String], start: &str) {
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_reported(problems, start);
}

/// Fails unless `problems` has exactly the entry `line`, showing them all.
#[track_caller]
pub fn assert_reported_line(problems: &[String], line: &str) {
    assert!(
        problems.iter().any(|p| p == line),
        "none is {line:?}: {problems:#?}"
    );
}

/// Fails unless one of `problems` has `words` anywhere, showing them all.
#[track_caller]
pub fn assert_reported_words(problems: &[String], words: &str) {
    assert!(
        problems.iter().any(|p| p.contains(words)),
        "none has {words:?}: {problems:#?}"
    );
}

/// Whether `rows` come in the order of `declared`, which may have more.
pub fn in_declared_order<T: PartialEq>(rows: &[T], declared: &[T]) -> bool {
    let mut rest = declared.iter();
    rows.iter().all(|row| rest.any(|d| d == row))
}

/// A code as a report names it: `-813 (429)` where a status tells apart the rows of a code
/// documented once per status, the code alone otherwise.
pub fn code_and_status(code: impl Display, status: Option<u16>) -> String {
    match status {
        Some(status) => format!("{code} ({status})"),
        None => code.to_string(),
    }
}

/// The words that make a message an instruction ("send it again", "get a new one", "check
/// ...") rather than a cause.
const SOLUTION_WORDS: [&str; 7] = [
    "again",
    "get a new",
    "check ",
    "contact ",
    "register ",
    "retry",
    "use the ",
];

/// Whether a message tells the caller what to do, as a solution does, instead of saying what
/// went wrong: it has one of the solution words (any case), or one of `more_words` (a source
/// whose module docs name more).
pub fn tells_what_to_do(message: &str, more_words: &[&str]) -> bool {
    let message = message.to_lowercase();
    SOLUTION_WORDS
        .iter()
        .chain(more_words)
        .any(|words| message.contains(words))
}
