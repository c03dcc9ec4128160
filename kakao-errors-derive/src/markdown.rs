//! A doc comment as a message: its first paragraph, as plain text.
//!
//! Block rules: lines are trimmed of ASCII whitespace; a blank line ends the paragraph; a
//! fenced code block (```` ``` ```` or `~~~`) is never part of it (one before any text is
//! skipped, one after text ends the paragraph); an ATX heading (`# Title`) before any text is
//! the paragraph (`Title`), and after text ends it, as does a setext underline (`===`, `---`).
//! The paragraph's lines are joined with single spaces.
//!
//! Inline rules, conservative (what is not recognised stays as written): a backslash before
//! ASCII punctuation is dropped (`\[App\]` is `[App]`); a code span loses its backticks
//! (`` `x` `` is `x`, its text kept as written); emphasis and strong emphasis (`*x*`, `_x_`,
//! `**x**`, `__x__`, `***x***`) lose their delimiters, which must flank the text as CommonMark
//! says (so the `*` of `5 * 3` and the `_` of `api_type` stay) and pair with a run of the same
//! length; an inline link or image (`[text](url)`, `![alt](src)`) and a reference link
//! (`[text][ref]`, `[text][]`) keep their text only; brackets around a lone code span (an
//! intra-doc link, `` [`Login`] ``) go. Brackets that are none of these stay (`[App] >
//! [General]`, a console path).
//!
//! The runtime crate's `__private::plain_len`/`plain` (with `paragraph_len`/`paragraph`) do the
//! same for doc text known only at compile time (`include_str!`): the two are written alike,
//! byte by byte, and `tests/tests/derive/doc_markdown.rs` checks they agree on every case it has. Both
//! only ever drop ASCII bytes, so the text stays UTF-8.
//!
//! Whitespace is ASCII whitespace, here, in `attr`'s `undecorate` and in the runtime crate:
//! one message whichever way the doc comment is written. It is also what Markdown counts as
//! indentation and blank lines, so a line starting with a no-break or ideographic space keeps
//! it, as rustdoc shows it.

/// The message of a doc comment whose lines (undecorated) are `texts`: its first paragraph as
/// plain text, or `None` if that is empty.
pub fn message(texts: &[&str]) -> Option<String> {
    let paragraph = paragraph(texts.join("\n").as_bytes());
    let plain = plain(&paragraph);
    // Only ASCII bytes were dropped from UTF-8 text.
    let plain = String::from_utf8(plain).ok()?;
    (!plain.is_empty()).then_some(plain)
}

/// The first paragraph of `text` (block rules above), lines joined with single spaces.
fn paragraph(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut at = 0;
    let mut started = false;
    // The open fence: its character and length.
    let mut fence: Option<(u8, usize)> = None;
    while at < text.len() {
        let mut end = at;
        while end < text.len() && text[end] != b'\n' {
            end += 1;
        }
        let line = trim(&text[at..end]);
        at = end + 1;
        if let Some((mark, length)) = fence {
            if closes_fence(line, mark, length) {
                fence = None;
            }
            continue;
        }
        if line.is_empty() {
            if started {
                break;
            }
            continue;
        }
        if let Some(opened) = opens_fence(line) {
            if started {
                break;
            }
            fence = Some(opened);
            continue;
        }
        if let Some((start, stop)) = heading(line) {
            if started {
                break;
            }
            if start == stop {
                continue;
            }
            out.extend_from_slice(&line[start..stop]);
            break;
        }
        if started && is_underline(line) {
            break;
        }
        if started {
            out.push(b' ');
        }
        out.extend_from_slice(line);
        started = true;
    }
    out
}

fn trim(mut line: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = line {
        if !first.is_ascii_whitespace() {
            break;
        }
        line = rest;
    }
    while let [rest @ .., last] = line {
        if !last.is_ascii_whitespace() {
            break;
        }
        line = rest;
    }
    line
}

/// How many times `line` starts with `byte`.
fn run_at(line: &[u8], at: usize, byte: u8) -> usize {
    line[at..].iter().take_while(|b| **b == byte).count()
}

/// A fence opening a code block: its character and length. A backtick fence's info string
/// holds no backtick (```` ```x``` ```` is inline code).
fn opens_fence(line: &[u8]) -> Option<(u8, usize)> {
    let mark = *line.first()?;
    if mark != b'`' && mark != b'~' {
        return None;
    }
    let length = run_at(line, 0, mark);
    if length < 3 || (mark == b'`' && line[length..].contains(&b'`')) {
        return None;
    }
    Some((mark, length))
}

fn closes_fence(line: &[u8], mark: u8, length: usize) -> bool {
    let run = run_at(line, 0, mark);
    run >= length && run == line.len()
}

/// An ATX heading: the range of its text in `line` (empty for `#` alone).
fn heading(line: &[u8]) -> Option<(usize, usize)> {
    let level = run_at(line, 0, b'#');
    if level == 0 || level > 6 || (level < line.len() && !is_blank(line[level])) {
        return None;
    }
    let (mut start, mut stop) = (level, line.len());
    while start < stop && is_blank(line[start]) {
        start += 1;
    }
    // A closing run of `#`, if it is all there is or follows a space.
    let mut closing = stop;
    while closing > start && line[closing - 1] == b'#' {
        closing -= 1;
    }
    if closing == start {
        stop = start;
    } else if closing < stop && is_blank(line[closing - 1]) {
        stop = closing;
    }
    while stop > start && is_blank(line[stop - 1]) {
        stop -= 1;
    }
    Some((start, stop))
}

fn is_blank(byte: u8) -> bool {
    byte == b' ' || byte == b'\t'
}

/// A setext heading's underline: only `=`, or only `-`.
fn is_underline(line: &[u8]) -> bool {
    line.iter().all(|b| *b == b'=') || line.iter().all(|b| *b == b'-')
}

fn is_punctuation(byte: u8) -> bool {
    byte.is_ascii_punctuation()
}

/// The end of the run of backticks at `at` closed by a run of exactly `length` backticks
/// starting at or after `from`: the closing run's start, if there is one.
fn closing_backticks(text: &[u8], from: usize, length: usize) -> Option<usize> {
    let mut at = from;
    while at < text.len() {
        if text[at] == b'`' {
            let run = run_at(text, at, b'`');
            if run == length {
                return Some(at);
            }
            at += run;
        } else {
            at += 1;
        }
    }
    None
}

/// A link whose `[` is at `open`: the position of its `]`, and of the last byte of the link
/// (the `)` of `(url)`, the `]` of `[ref]`, or the `]` itself for `` [`code`] ``).
fn link(text: &[u8], open: usize) -> Option<(usize, usize)> {
    let mut at = open + 1;
    let mut depth = 0;
    let close = loop {
        let byte = *text.get(at)?;
        if byte == b'\\' && text.get(at + 1).is_some_and(|b| is_punctuation(*b)) {
            at += 2;
            continue;
        }
        if byte == b'`' {
            let run = run_at(text, at, b'`');
            at = match closing_backticks(text, at + run, run) {
                Some(closing) => closing + run,
                None => at + run,
            };
            continue;
        }
        if byte == b'[' {
            depth += 1;
        } else if byte == b']' {
            if depth == 0 {
                break at;
            }
            depth -= 1;
        }
        at += 1;
    };
    match text.get(close + 1) {
        Some(b'(') => {
            let mut at = close + 2;
            let mut depth = 0;
            while let Some(&byte) = text.get(at) {
                if byte == b'\\' && text.get(at + 1).is_some_and(|b| is_punctuation(*b)) {
                    at += 2;
                    continue;
                }
                if byte == b'(' {
                    depth += 1;
                } else if byte == b')' {
                    if depth == 0 {
                        return Some((close, at));
                    }
                    depth -= 1;
                }
                at += 1;
            }
            None
        }
        Some(b'[') => {
            let mut at = close + 2;
            while let Some(&byte) = text.get(at) {
                if byte == b'\\' && text.get(at + 1).is_some_and(|b| is_punctuation(*b)) {
                    at += 2;
                    continue;
                }
                if byte == b'[' {
                    return None;
                }
                if byte == b']' {
                    return Some((close, at));
                }
                at += 1;
            }
            None
        }
        _ => {
            // `` [`Login`] ``: the text is one code span.
            let run = run_at(text, open + 1, b'`');
            let lone_code = run > 0
                && closing_backticks(text, open + 1 + run, run) == Some(close - run)
                && close - run > open + run;
            lone_code.then_some((close, close))
        }
    }
}

/// `text` with its inline Markdown syntax removed (rules above).
fn plain(text: &[u8]) -> Vec<u8> {
    let length = text.len();
    let mut keep = vec![true; length];
    // Bytes that are text whatever they look like: escaped, or inside a code span.
    let mut literal = vec![false; length];

    // Escapes, code spans and links.
    let mut at = 0;
    // The `]` of the link whose text is being read, and where to go on after the link.
    let mut link_close = usize::MAX;
    let mut link_resume = 0;
    while at < length {
        if at >= link_close {
            at = link_resume;
            link_close = usize::MAX;
            continue;
        }
        let byte = text[at];
        if byte == b'\\' && at + 1 < length && is_punctuation(text[at + 1]) {
            keep[at] = false;
            literal[at + 1] = true;
            at += 2;
            continue;
        }
        if byte == b'`' {
            let run = run_at(text, at, b'`');
            match closing_backticks(text, at + run, run) {
                Some(closing) => {
                    let (start, stop) = (at + run, closing);
                    keep[at..start].fill(false);
                    keep[stop..stop + run].fill(false);
                    literal[start..stop].fill(true);
                    // One space each side goes, when both are there and it is not all spaces.
                    let spaced = stop - start >= 2 && text[start] == b' ' && text[stop - 1] == b' ';
                    if spaced && text[start..stop].iter().any(|b| *b != b' ') {
                        keep[start] = false;
                        keep[stop - 1] = false;
                    }
                    at = stop + run;
                }
                None => {
                    literal[at..at + run].fill(true);
                    at += run;
                }
            }
            continue;
        }
        let open = if byte == b'!' { at + 1 } else { at };
        if link_close == usize::MAX && open < length && text[open] == b'[' {
            if let Some((close, end)) = link(text, open) {
                keep[at..=open].fill(false);
                keep[close..=end].fill(false);
                link_close = close;
                link_resume = end + 1;
                at = open + 1;
                continue;
            }
        }
        at += 1;
    }

    // Emphasis: runs of `*` or `_` that flank text, paired with the nearest earlier open run
    // of the same character and length (the runs between them are then left as they are).
    let mut openers: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    while at < length {
        let mark = text[at];
        if !keep[at] || literal[at] || (mark != b'*' && mark != b'_') {
            at += 1;
            continue;
        }
        let mut end = at;
        while end < length && text[end] == mark && keep[end] && !literal[end] {
            end += 1;
        }
        let run = end - at;
        let before = if at == 0 { b' ' } else { text[at - 1] };
        let after = if end == length { b' ' } else { text[end] };
        let (opens, closes) = flanking(mark, before, after);
        if run <= 3 {
            let paired = if closes {
                openers
                    .iter()
                    .rposition(|&(start, length)| text[start] == mark && length == run)
            } else {
                None
            };
            if let Some(index) = paired {
                let (start, _) = openers[index];
                keep[start..start + run].fill(false);
                keep[at..end].fill(false);
                openers.truncate(index);
            } else if opens {
                openers.push((at, run));
            }
        }
        at = end;
    }

    text.iter()
        .zip(keep)
        .filter_map(|(byte, keep)| keep.then_some(*byte))
        .collect()
}

/// Whether a run of `mark` between `before` and `after` may open and may close emphasis
/// (CommonMark's flanking rules, with any non-ASCII byte counted as a letter).
fn flanking(mark: u8, before: u8, after: u8) -> (bool, bool) {
    let (before_space, after_space) = (before.is_ascii_whitespace(), after.is_ascii_whitespace());
    let (before_punct, after_punct) = (is_punctuation(before), is_punctuation(after));
    let left = !after_space && (!after_punct || before_space || before_punct);
    let right = !before_space && (!before_punct || after_space || after_punct);
    if mark == b'*' {
        (left, right)
    } else {
        (
            left && (!right || before_punct),
            right && (!left || after_punct),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::message;

    fn one(text: &str) -> String {
        message(&[text]).unwrap_or_default()
    }

    #[test]
    fn inline_syntax_becomes_text() {
        assert_eq!(
            one("The `redirect_uri` is wrong."),
            "The redirect_uri is wrong."
        );
        assert_eq!(
            one("An *emphasised* and **strong** word."),
            "An emphasised and strong word."
        );
        assert_eq!(
            one("An _emphasised_ and __strong__ word."),
            "An emphasised and strong word."
        );
        assert_eq!(one("***Both***."), "Both.");
        assert_eq!(one("See [`Login`]."), "See Login.");
        assert_eq!(
            one("See [the guide](https://a.example/(x))."),
            "See the guide."
        );
        assert_eq!(
            one("See [the guide][guide] and [this][]."),
            "See the guide and this."
        );
        assert_eq!(one("![An image](a.png) here"), "An image here");
        assert_eq!(one("``a ` b``"), "a ` b");
        assert_eq!(one("`` `x` ``"), "`x`");
        assert_eq!(one("[**bold** link](u)"), "bold link");
        assert_eq!(one("*a *b* c*"), "a b c");
    }

    #[test]
    fn what_is_not_syntax_stays() {
        for text in [
            "5 * 3 is 15",
            "a * b * c",
            "api_type and snake_case_name",
            "[App] > [General] > [Platform]",
            "[App]: not a link",
            "an `unclosed code span",
            "**not closed",
            "*a**",
            "a * b*",
            "[`a`] [b]",
            "price: $5 [approx.] (tax)",
            "_a_b",
            "\\",
        ] {
            let expected = match text {
                "[`a`] [b]" => "a [b]",
                _ => text,
            };
            assert_eq!(one(text), expected, "{text}");
        }
    }

    #[test]
    fn escapes_are_text() {
        assert_eq!(one("\\[App\\] > \\[General\\]"), "[App] > [General]");
        assert_eq!(one("\\*not emphasis\\*"), "*not emphasis*");
        assert_eq!(one("a\\b"), "a\\b");
        assert_eq!(one("`a\\`b"), "a\\b");
    }

    #[test]
    fn blocks() {
        assert_eq!(message(&["# Title #", "More."]).unwrap(), "Title");
        assert_eq!(message(&["## `Code` title"]).unwrap(), "Code title");
        assert_eq!(message(&["#Hashtag", "text"]).unwrap(), "#Hashtag text");
        assert_eq!(message(&["Text.", "# Heading"]).unwrap(), "Text.");
        assert_eq!(message(&["Title", "=====", "More."]).unwrap(), "Title");
        assert_eq!(
            message(&["```rust", "let x = 1;", "```", "", "After."]).unwrap(),
            "After."
        );
        assert_eq!(
            message(&["~~~", "code", "~~~", "After", "too."]).unwrap(),
            "After too."
        );
        assert_eq!(
            message(&["Before.", "```", "code", "```"]).unwrap(),
            "Before."
        );
        assert_eq!(message(&["```a```b", "c"]).unwrap(), "ab c");
        assert_eq!(message(&["#", "", "Text."]).unwrap(), "Text.");
        assert_eq!(message(&["```", "never closed"]), None);
        assert_eq!(message(&["[](empty)"]), None);
    }
}
