//! "Did you mean ...?" for a misspelt command or option.
//!
//! The rule: the closest of the known words by edit distance (insertions, deletions,
//! substitutions and swaps of two neighbouring letters, each counting 1; ASCII case ignored),
//! if it is at most 1 where the word or the known one has at most 4 letters, and at most 2
//! otherwise, and less than half the word's length. `explian`, `expalin` and `markdwon` are one swap away from
//! their command; `foo` is 4 edits from `help` and gets no suggestion.

/// The word of `known` closest to `word`, if it is close enough (see the module docs); the
/// first of equally close ones.
pub(crate) fn closest<'k>(word: &str, known: &[&'k str]) -> Option<&'k str> {
    // Long inputs are no typo of a short word; the bound keeps the table small.
    if word.is_empty() || word.len() > 32 {
        return None;
    }
    let len = word.chars().count();
    let allowed = |candidate: &str| if len.min(candidate.len()) <= 4 { 1 } else { 2 };
    known
        .iter()
        .map(|&candidate| (distance(word, candidate), candidate))
        .filter(|&(d, candidate)| d > 0 && d <= allowed(candidate) && 2 * d < len)
        .min_by_key(|&(d, _)| d)
        .map(|(_, candidate)| candidate)
}

/// The optimal string alignment distance between `a` and `b`, ignoring ASCII case.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().map(|c| c.to_ascii_lowercase()).collect();
    let b: Vec<char> = b.chars().map(|c| c.to_ascii_lowercase()).collect();
    // rows[i][j]: the distance between a[..i] and b[..j].
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMMANDS: &[&str] = &["explain", "markdown", "help"];

    #[test]
    fn distances() {
        assert_eq!(distance("explain", "explain"), 0);
        assert_eq!(distance("explian", "explain"), 1);
        assert_eq!(distance("expalin", "explain"), 1);
        assert_eq!(distance("EXPLAN", "explain"), 1);
        assert_eq!(distance("markdwon", "markdown"), 1);
        assert_eq!(distance("foo", "help"), 4);
        assert_eq!(distance("", "help"), 4);
    }

    #[test]
    fn close_words_get_their_command() {
        for (typo, command) in [
            ("explian", "explain"),
            ("expalin", "explain"),
            ("explan", "explain"),
            ("Explainn", "explain"),
            ("markdwon", "markdown"),
            ("markdon", "markdown"),
            ("hepl", "help"),
        ] {
            assert_eq!(closest(typo, COMMANDS), Some(command), "{typo}");
        }
    }

    #[test]
    fn words_that_are_not_close_get_none() {
        for word in [
            "foo",
            "abc",
            "x",
            "exp",
            "markup",
            "hello",
            "",
            "explainexplain",
        ] {
            assert_eq!(closest(word, COMMANDS), None, "{word}");
        }
        // The word itself is no typo.
        assert_eq!(closest("explain", COMMANDS), None);
    }
}
