//! Reading this crate's own source text (`kakao-errors/src/`): the doc comment of a table's
//! variant, found by its `#[kakao(...)]` attribute, the module docs' remedy tables, and the doc
//! lines that speak of a word.

/// The doc comment of the `nth` variant (from 0: a code documented once per status has several)
/// whose `#[kakao(...)]` attribute has the line `code_line` (`code = -2,`, `code = "KOE001",`),
/// one entry a line.
pub fn variant_doc(source: &str, code_line: &str, nth: usize) -> Vec<String> {
    let lines: Vec<&str> = source.lines().collect();
    let Some(at) = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.trim() == code_line)
        .map(|(i, _)| i)
        .nth(nth)
    else {
        return Vec::new();
    };
    let attribute = (0..at)
        .rev()
        .find(|&i| lines[i].trim_start().starts_with("#[kakao("))
        .unwrap_or(at);
    let mut doc: Vec<String> = lines[..attribute]
        .iter()
        .rev()
        .take_while(|l| l.trim_start().starts_with("///"))
        .map(|l| l.trim_start()[3..].trim().to_owned())
        .collect();
    doc.reverse();
    doc
}

/// The first paragraph of a doc comment, as the derive makes a message of it.
pub fn first_paragraph(doc: &[String]) -> String {
    doc.iter()
        .take_while(|l| !l.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` after the first `marker`; empty when `text` does not have it.
pub fn after<'a>(text: &'a str, marker: &str) -> &'a str {
    text.split_once(marker).map_or("", |(_, rest)| rest)
}

/// A row of a module docs' table "code | remedy | decided by (rule)".
#[derive(Debug)]
pub struct DocumentedRemedy<'a> {
    /// The code as written, without the status.
    pub code: &'a str,
    /// Written after the code (`-813 (429)`) to tell apart the rows of a code documented once
    /// per status.
    pub status: Option<u16>,
    /// In snake_case, as [`kakao_errors::Remedy::as_str`] writes it.
    pub remedy: String,
    /// The number of the rule that decides it (0 where none is written).
    pub rule: u8,
}

/// The rows of the first table "code | remedy | decided by (rule)" of a module's docs.
pub fn documented_remedies(module: &str) -> Vec<DocumentedRemedy<'_>> {
    // The rest of the header's line, then the line `|---|---|---|`.
    after(module, "//! | code | remedy | decided by (rule) |")
        .lines()
        .skip(2)
        .map_while(|l| l.strip_prefix("//! | "))
        .map(|l| l.split(" | ").collect::<Vec<_>>())
        .map(|c| {
            let (code, status) = match c[0].split_once(" (") {
                Some((code, status)) => (code, status.trim_end_matches(')').parse().ok()),
                None => (c[0], None),
            };
            let rule = c[2]
                .rsplit_once('(')
                .and_then(|(_, n)| n.trim_end_matches([')', ' ', '|']).parse().ok())
                .unwrap_or(0);
            DocumentedRemedy {
                code,
                status,
                remedy: snake_case(c[1]),
                rule,
            }
        })
        .collect()
}

/// `fix_app_settings` for `FixAppSettings`.
fn snake_case(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// The doc lines (`///`, `//!`) of `sources` (`(file, text)`) that have `word` (any case), as
/// `file:line: text`.
pub fn doc_lines_with(sources: &[(&str, &str)], word: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (file, source) in sources {
        for (number, line) in source.lines().enumerate() {
            let doc = line.trim_start();
            let is_doc = doc.starts_with("///") || doc.starts_with("//!");
            if is_doc && doc.to_lowercase().contains(word) {
                found.push(format!("{file}:{}: {doc}", number + 1));
            }
        }
    }
    found
}
