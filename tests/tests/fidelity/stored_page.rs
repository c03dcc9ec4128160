//! Reading the stored copies of a Kakao page (`tests/fixtures/kakao-docs/more/`): a `# ` header
//! that describes each copy (`#   copy N: ...; complete` when nothing of it is cut), then each
//! copy after its line `# === copy N of M: <address>; ...`. A table row is read the way a
//! person reads it: it starts with its code, and its cells are apart where the rendering
//! separates them with `|` and run together where it does not.

use crate::report::Report;

/// One stored copy of a page.
pub struct StoredCopy<'a> {
    pub number: usize,
    /// The header does not call the copy complete: its last row may be cut.
    pub cut: bool,
    pub text: &'a str,
}

/// The stored copies of a page file, in order.
pub fn copies(page: &str) -> Vec<StoredCopy<'_>> {
    let mut parts = page.split("\n# === copy ");
    let header = parts.next().unwrap_or("");
    parts
        .map(|part| {
            let number: usize = part
                .split(' ')
                .next()
                .and_then(|n| n.parse().ok())
                .expect("a copy number");
            // "#   copy 1: ...; complete (...)" or "...; stops inside ...".
            let described = header
                .lines()
                .find(|l| l.starts_with(&format!("#   copy {number}: ")))
                .expect("the header describes every copy");
            StoredCopy {
                number,
                cut: !described.contains("; complete"),
                text: part.split_once('\n').map_or("", |(_, text)| text),
            }
        })
        .collect()
}

/// The address of copy `copy` of `page`, from its line `# === copy N of M: <address>; ...`.
pub fn copy_address(page: &str, copy: usize) -> Option<&str> {
    let line = page
        .lines()
        .find(|l| l.starts_with(&format!("# === copy {copy} of ")))?;
    let (_, rest) = line.split_once(": ")?;
    Some(rest.split(';').next().unwrap_or(rest).trim())
}

/// `(copy, whole rows, unfinished rows)` of every copy of `page`, a copy without rows included,
/// as the pages' headers count them.
pub fn rows_per_copy<R>(
    page: &str,
    rows: &[R],
    copy_of: fn(&R) -> usize,
    whole: fn(&R) -> bool,
) -> Vec<(usize, usize, usize)> {
    copies(page)
        .into_iter()
        .map(|copy| {
            let of_copy: Vec<&R> = rows.iter().filter(|r| copy_of(r) == copy.number).collect();
            let complete = of_copy.iter().filter(|r| whole(r)).count();
            (copy.number, complete, of_copy.len() - complete)
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Table rows
// ---------------------------------------------------------------------------------------------

/// How the lines of a row that spans lines are put together.
#[derive(Clone, Copy)]
pub enum LineJoin {
    /// Each line trimmed, apart by a space: a cell that goes on to the next line is one text.
    Spaced,
    /// Each line as written, followed by a line break.
    AsWritten,
}

/// Where a row that starts at a line ends.
pub enum RowEnd {
    /// At the next row, or at a blank line (the end of the table) unless the next line that is
    /// not blank starts with `goes_on_at` (a note of the cell). The lines are kept as written,
    /// apart by line breaks.
    BlankLine { goes_on_at: Option<&'static str> },
    /// Once its `cells` cells are each closed with `|`, or at a line where `next_row` starts.
    ClosedCells {
        cells: usize,
        join: LineJoin,
        next_row: fn(&str) -> bool,
    },
}

/// A row's text, as gathered from one copy.
pub struct RowText {
    pub copy: usize,
    pub text: String,
    /// The copy is cut and nothing follows this row in it: where the row ends is not known.
    pub last_of_cut_copy: bool,
}

/// The text of every row of every copy of `page`, in order: a row starts at a line where
/// `starts_row`, and ends as `end` says.
pub fn row_texts(page: &str, starts_row: impl Fn(&str) -> bool, end: &RowEnd) -> Vec<RowText> {
    let mut rows = Vec::new();
    for copy in copies(page) {
        let lines: Vec<&str> = copy.text.lines().collect();
        let mut at = 0;
        while at < lines.len() {
            if !starts_row(lines[at]) {
                at += 1;
                continue;
            }
            let (text, next) = match end {
                RowEnd::BlankLine { goes_on_at } => {
                    let next = up_to_blank_line(&lines, at, &starts_row, *goes_on_at);
                    (lines[at..next].join("\n"), next)
                }
                RowEnd::ClosedCells {
                    cells,
                    join,
                    next_row,
                } => up_to_closed_cells(&lines, at, *cells, *join, *next_row),
            };
            rows.push(RowText {
                copy: copy.number,
                text,
                last_of_cut_copy: copy.cut && lines[next..].iter().all(|l| l.trim().is_empty()),
            });
            at = next;
        }
    }
    rows
}

/// The index after the last line of the row at `at`: see [`RowEnd::BlankLine`].
fn up_to_blank_line(
    lines: &[&str],
    at: usize,
    starts_row: impl Fn(&str) -> bool,
    goes_on_at: Option<&str>,
) -> usize {
    let mut end = at + 1;
    while end < lines.len() && !starts_row(lines[end]) {
        if lines[end].trim().is_empty() {
            let next = lines[end..].iter().find(|l| !l.trim().is_empty());
            let goes_on = next.zip(goes_on_at).is_some_and(|(l, w)| l.starts_with(w));
            if !goes_on {
                break;
            }
        }
        end += 1;
    }
    end
}

/// The joined text of the row at `at` and the index after its last line: see
/// [`RowEnd::ClosedCells`].
fn up_to_closed_cells(
    lines: &[&str],
    at: usize,
    cells: usize,
    join: LineJoin,
    next_row: fn(&str) -> bool,
) -> (String, usize) {
    let mut joined = String::new();
    let mut end = at;
    while end < lines.len() && joined.matches('|').count() < cells {
        if end > at && next_row(lines[end]) {
            break;
        }
        match join {
            LineJoin::Spaced => {
                if !joined.is_empty() {
                    joined.push(' ');
                }
                joined.push_str(lines[end].trim());
            }
            LineJoin::AsWritten => {
                joined.push_str(lines[end]);
                joined.push('\n');
            }
        }
        end += 1;
    }
    (joined, end)
}

/// The cells of a row whose rendering separates them with `|` (`-2 | 400 | cause | - |`),
/// trimmed, and whether its last cell is closed (the row ends with `|`; that border makes no
/// cell).
pub fn row_cells(text: &str) -> (Vec<&str>, bool) {
    let mut cells: Vec<&str> = text.split('|').map(str::trim).collect();
    let closed = text.ends_with('|');
    if closed {
        cells.pop();
    }
    (cells, closed)
}

/// The cells of a Markdown table line `| a | b |`, trimmed.
pub fn markdown_cells(line: &str) -> Vec<&str> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    inner.split('|').map(str::trim).collect()
}

/// A solution cell: `None` for "-" or an empty cell.
pub fn solution_cell(cell: &str) -> Option<&str> {
    let cell = cell.trim();
    (!cell.is_empty() && cell != "-").then_some(cell)
}

/// A row's cause and solution.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// Apart: the rendering separates the cells with `|`. `None`: "-", or no cell.
    Cells(String, Option<String>),
    /// Run together (with a space, a line break, or nothing): told apart with the table's cause.
    Joined(String),
}

impl Body {
    /// The body of a row read as cells, from its cells after the code (and status): the cause,
    /// then the solution.
    pub fn from_cells(cells: &[&str]) -> Self {
        match cells {
            [cause, solution, ..] => Self::Cells(
                (*cause).to_owned(),
                solution_cell(solution).map(str::to_owned),
            ),
            [cause] => Self::Cells((*cause).to_owned(), None),
            [] => Self::Cells(String::new(), None),
        }
    }

    /// The cause and solution, reading a run-together row with the table's `cause`: `None`
    /// when the row does not start with it.
    pub fn cause_and_solution(&self, cause: &str) -> Option<(&str, Option<String>)> {
        match self {
            Self::Cells(cause, solution) => Some((cause, solution.clone())),
            Self::Joined(text) => {
                let rest = text.strip_prefix(cause)?;
                let solution = rest
                    .strip_prefix(' ')
                    .or_else(|| rest.strip_prefix('\n'))
                    .unwrap_or(rest);
                Some((
                    &text[..cause.len()],
                    solution_cell(solution).map(str::to_owned),
                ))
            }
        }
    }

    /// The row's texts against the table's `message` and `solution`, reported under `names`
    /// (`("message", "solution")`, or their `_ko`): the cause and solution the page gives, for
    /// the retry and remedy rules; `None` where a run-together row does not start with the
    /// table's message, reported as one text.
    pub fn check_texts(
        &self,
        report: &mut Report,
        place: &str,
        names: (&str, &str),
        message: &str,
        solution: Option<&str>,
    ) -> Option<(String, Option<String>)> {
        let Some((cause, page_solution)) = self.cause_and_solution(message) else {
            let Self::Joined(text) = self else {
                unreachable!("cells are always read");
            };
            let table = format!("{message} {}", solution.unwrap_or("-"));
            report.text(place, &format!("{} + {}", names.0, names.1), text, &table);
            return None;
        };
        report.text(place, names.0, cause, message);
        report.optional_text(place, names.1, page_solution.as_deref(), solution);
        Some((cause.to_owned(), page_solution))
    }

    /// Whether the row words its cause and solution as `message` and `solution` do,
    /// whitespace aside.
    pub fn words_as(&self, message: &str, solution: Option<&str>) -> bool {
        let page = match (self.cause_and_solution(message), self) {
            (Some((cause, page_solution)), _) => {
                squeeze(cause) + &squeeze(page_solution.as_deref().unwrap_or(""))
            }
            (None, Self::Joined(text) | Self::Cells(text, _)) => squeeze(text),
        };
        page == squeeze(message) + &squeeze(solution.unwrap_or(""))
    }
}

// ---------------------------------------------------------------------------------------------
// Texts
// ---------------------------------------------------------------------------------------------

/// `text` without its whitespace, to compare wordings that differ only in spacing.
pub fn squeeze(text: &str) -> String {
    text.split_whitespace().collect()
}

/// Whether `text` has a Hangul syllable.
pub fn has_hangul(text: &str) -> bool {
    text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

/// `page` with `from` replaced by `to` once; `from` must be there (or the mutation proves
/// nothing).
pub fn mutate(page: &str, from: &str, to: &str) -> String {
    assert!(page.contains(from), "{from:?} is not on the page");
    page.replacen(from, to, 1)
}
