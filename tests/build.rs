//! Writes the large generated enums that `tests/large_enum.rs` and `tests/large_wrapper.rs`
//! include: 2,000+ variants each, so the derive is tested at a size no hand-written table has.

use std::fmt::Write as _;
use std::path::PathBuf;

/// Variants of `LargeCodes` (plus `Smallest` and `Largest`).
const LARGE: usize = 2_500;
/// Variants of `LargeOther`.
const OTHER: usize = 2_000;

/// Unique, mixed-sign and unsorted, so `CODES` order is declaration order and not numeric.
fn large_code(i: usize) -> i64 {
    let magnitude = i64::try_from(i).unwrap() * 104_729;
    if i % 2 == 0 { magnitude } else { -magnitude }
}

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let mut out = String::new();

    // LargeCodes: doc-comment and key messages, statuses, retries, Korean texts.
    let mut expected = String::new();
    out.push_str(
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]\npub enum LargeCodes {\n",
    );
    for i in 0..LARGE {
        let code = large_code(i);
        let status = (i % 3 != 0).then(|| 100 + i % 500);
        let retry = i % 7 == 0;
        let keyed = i % 5 == 0;
        let message = if keyed {
            format!("Keyed message {i}.")
        } else {
            format!("Generated error number {i}.")
        };
        let message_ko = (i % 11 == 0).then(|| format!("생성된 오류 {i}"));
        if !keyed {
            writeln!(out, "    /// Generated error number {i}.").unwrap();
        }
        write!(out, "    #[kakao(code = {code}").unwrap();
        if let Some(status) = status {
            write!(out, ", status = {status}").unwrap();
        }
        if retry || i % 2 == 0 {
            write!(out, ", retry = {retry}").unwrap();
        }
        if keyed {
            write!(out, ", message = {message:?}").unwrap();
        }
        if let Some(ko) = &message_ko {
            write!(out, ", message_ko = {ko:?}").unwrap();
        }
        writeln!(out, ")]\n    V{i},").unwrap();
        writeln!(
            expected,
            "    Expected {{ value: LargeCodes::V{i}, code: {code}, name: \"V{i}\", status: {status:?}, retry: {retry}, message: {message:?}, message_ko: {message_ko:?} }},"
        )
        .unwrap();
    }
    out.push_str("    /// The smallest code.\n    #[kakao(code = -2147483648)]\n    Smallest,\n");
    out.push_str("    /// The largest code.\n    #[kakao(code = 2147483647)]\n    Largest,\n}\n\n");
    expected.push_str("    Expected { value: LargeCodes::Smallest, code: -2147483648, name: \"Smallest\", status: None, retry: false, message: \"The smallest code.\", message_ko: None },\n");
    expected.push_str("    Expected { value: LargeCodes::Largest, code: 2147483647, name: \"Largest\", status: None, retry: false, message: \"The largest code.\", message_ko: None },\n");

    // LargeOther: codes that LargeCodes does not have, for a wrapper of two large members.
    out.push_str(
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]\npub enum LargeOther {\n",
    );
    let mut other_codes = String::new();
    for i in 0..OTHER {
        let code = 1_000_000_000 + i64::try_from(i).unwrap();
        writeln!(
            out,
            "    /// Other generated error {i}.\n    #[kakao(code = {code})]\n    W{i},"
        )
        .unwrap();
        write!(other_codes, "{code}, ").unwrap();
    }
    out.push_str("}\n\n");

    // What the attributes above say, written independently of the derive.
    out.push_str("/// What the generated attributes of one `LargeCodes` variant say.\n");
    out.push_str("#[derive(Debug)]\npub struct Expected {\n    pub value: LargeCodes,\n    pub code: i32,\n    pub name: &'static str,\n    pub status: Option<u16>,\n    pub retry: bool,\n    pub message: &'static str,\n    pub message_ko: Option<&'static str>,\n}\n\n");
    writeln!(
        out,
        "pub const LARGE_EXPECTED: &[Expected] = &[\n{expected}];\n"
    )
    .unwrap();
    writeln!(out, "pub const OTHER_CODES: &[i32] = &[{other_codes}];").unwrap();

    let path = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("large_enum.rs");
    std::fs::write(path, out).unwrap();

    markdown_docs();
}

/// Doc comments with Markdown, each read both ways the derive reads a doc comment (literal
/// `#[doc]` attributes, read by the derive; `concat!` ones, read at compile time), for
/// `tests/doc_markdown.rs`: the chosen cases with the message they must give, then generated
/// ones whose two readings must agree.
fn markdown_docs() {
    // (lines, expected message)
    let chosen: &[(&[&str], &str)] = &[
        (
            &["The `redirect_uri` is wrong."],
            "The redirect_uri is wrong.",
        ),
        (
            &["An *emphasised* and **strong** word."],
            "An emphasised and strong word.",
        ),
        (
            &["An _emphasised_ and __strong__ word."],
            "An emphasised and strong word.",
        ),
        (&["***Both***, and `` a ` b ``."], "Both, and a ` b."),
        (
            &["See [`Login`] and [the guide](https://a.example/(x) \"t\")."],
            "See Login and the guide.",
        ),
        (
            &["See [the guide][guide], [this][] and ![a map](map.png)."],
            "See the guide, this and a map.",
        ),
        (
            &["5 * 3 = 15, api_type, snake_case_name."],
            "5 * 3 = 15, api_type, snake_case_name.",
        ),
        (
            &["Go to [App] > [General] > [Platform]."],
            "Go to [App] > [General] > [Platform].",
        ),
        (
            &["Go to \\[App\\] > \\[General\\]."],
            "Go to [App] > [General].",
        ),
        (&["**Not closed, *nor this."], "**Not closed, *nor this."),
        (&["# The `title` #", "Not the message."], "The title"),
        (&["Title", "=====", "Not the message."], "Title"),
        (
            &["```rust", "let x = 1;", "```", "", "After the *code*."],
            "After the code.",
        ),
        (&["Before.", "~~~", "code", "~~~"], "Before."),
        (&["Text that", "# interrupts"], "Text that"),
        (&["#Hashtag", "and _more_"], "#Hashtag and more"),
        (
            &["\u{a0}*Kept* no-break space."],
            "\u{a0}Kept no-break space.",
        ),
        (
            &["한국어 **굵게** 그리고 `코드`"],
            "한국어 굵게 그리고 코드",
        ),
        (
            &["A [**bold** link](u) and *a [link](u) inside*."],
            "A bold link and a link inside.",
        ),
    ];
    // Fragments the generated cases are made of: Markdown syntax, near misses, and text.
    const FRAGMENTS: &[&str] = &[
        "word",
        "api_type",
        "5",
        "*",
        "**",
        "***",
        "_",
        "__",
        "`",
        "``",
        "[",
        "]",
        "(",
        ")",
        "![",
        "\\",
        "\\*",
        "\\[",
        "[`Login`]",
        "[text](url)",
        "[a][b]",
        "[a][]",
        "#",
        "# ",
        "~~~",
        "```",
        "===",
        "-",
        " ",
        "  ",
        "\t",
        "한글",
        "\u{a0}",
        "\u{3000}",
        "x*y*z",
        "_a_",
        "a_b_c",
        "(",
        "[App] > [General]",
        "<b>",
        "&amp;",
        ":",
        "!",
        "\"",
    ];
    let mut random = 0x0d0c_u64;
    let mut next = |bound: usize| {
        random = random
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(random >> 33).unwrap() % bound
    };
    let mut cases: Vec<(Vec<String>, Option<&str>)> = chosen
        .iter()
        .map(|(lines, expected)| {
            (
                lines.iter().map(|line| (*line).to_owned()).collect(),
                Some(*expected),
            )
        })
        .collect();
    for i in 0..300 {
        let mut lines = Vec::new();
        for line in 0..=next(3) {
            // The first line starts with a word, so no case is without text.
            let mut text = if line == 0 {
                format!("W{i} ")
            } else {
                String::new()
            };
            for _ in 0..=next(8) {
                text.push_str(FRAGMENTS[next(FRAGMENTS.len())]);
                if next(3) == 0 {
                    text.push(' ');
                }
            }
            lines.push(text);
            if next(5) == 0 {
                lines.push(String::new());
            }
        }
        cases.push((lines, None));
    }

    let mut out = String::from(
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]\npub enum MarkdownDocs {\n",
    );
    let mut list = String::new();
    for (i, (lines, expected)) in cases.iter().enumerate() {
        let code = i + 1;
        for line in lines {
            writeln!(out, "    #[doc = {line:?}]").unwrap();
        }
        writeln!(out, "    #[kakao(code = {code})]\n    Literal{i},").unwrap();
        for line in lines {
            writeln!(out, "    #[doc = concat!({line:?})]").unwrap();
        }
        writeln!(out, "    #[kakao(code = -{code})]\n    Compiled{i},").unwrap();
        let expected = match expected {
            Some(expected) => format!("Some({expected:?})"),
            None => "None".to_owned(),
        };
        writeln!(
            list,
            "    (MarkdownDocs::Literal{i}, MarkdownDocs::Compiled{i}, {expected}),"
        )
        .unwrap();
    }
    out.push_str("}\n\n");
    writeln!(
        out,
        "/// Each case read both ways, and the message it must give where one was chosen.\npub const MARKDOWN_CASES: &[(MarkdownDocs, MarkdownDocs, Option<&str>)] = &[\n{list}];"
    )
    .unwrap();
    let path = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("doc_markdown.rs");
    std::fs::write(path, out).unwrap();
}
