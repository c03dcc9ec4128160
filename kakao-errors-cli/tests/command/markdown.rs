//! `docs/error-codes.md` is `kakao_errors_cli::markdown()`, which has every table of the
//! catalog, every row, and each table's page.

use std::path::PathBuf;

use crate::support::cmd;
use kakao_errors::catalog;
use kakao_errors_cli::{Exit, REGENERATE, markdown};

/// The workspace's root, when this package is built inside it (not from a packaged crate).
fn workspace_root() -> Option<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).ok()?;
    manifest.contains("[workspace]").then_some(root)
}

#[test]
fn docs_error_codes_md_is_up_to_date() {
    let generated = markdown();
    let Some(root) = workspace_root() else {
        // A packaged crate: there are no docs to compare with.
        return;
    };
    let path = root.join("docs/error-codes.md");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != generated {
        let line = committed
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| committed.lines().count().min(generated.lines().count()));
        panic!(
            "docs/error-codes.md is out of date (first difference at line {}):\n  file     : {:?}\n  generated: {:?}\n\
             Regenerate it: {REGENERATE}",
            line + 1,
            committed.lines().nth(line).unwrap_or("<end of file>"),
            generated.lines().nth(line).unwrap_or("<end of output>"),
        );
    }
}

#[test]
fn the_markdown_command_prints_it() {
    let out = cmd(&["markdown"]);
    out.exited(Exit::Explained);
    assert_eq!(out.stdout, markdown());
    assert!(out.stderr.is_empty());
}

/// The section of `markdown` under `## {title}`, up to the next `## `.
fn section<'a>(markdown: &'a str, title: &str) -> &'a str {
    let heading = format!("\n## {title}\n");
    let start = markdown
        .find(&heading)
        .unwrap_or_else(|| panic!("no section {title}"))
        + heading.len();
    let rest = &markdown[start..];
    &rest[..rest.find("\n## ").unwrap_or(rest.len())]
}

#[test]
fn every_table_of_the_catalog_has_its_section_link_and_rows() {
    let markdown = markdown();
    let mut rows = 0;
    let mut last = 0;
    for table in catalog::TABLES {
        let section = section(&markdown, table.title());
        // In the catalog's order.
        let at = markdown.find(section).unwrap();
        assert!(at > last, "{} out of order", table.title());
        last = at;
        assert!(
            section.contains(&format!("`{}`", table.path())),
            "{}",
            table.title()
        );
        assert!(
            section.contains(&format!("<{}>", table.url())),
            "{}",
            table.title()
        );
        assert!(section.contains("| remedy |"), "{}", table.title());
        // The body its codes are sent in, as the catalog gives it.
        assert!(
            section.contains(&format!("Sent as: `{}`", table.shape())),
            "{}",
            table.title()
        );
        let listed: Vec<String> = section
            .lines()
            .filter(|l| l.starts_with("| ") && !l.starts_with("| code"))
            .map(|l| l[2..].split(' ').next().unwrap().to_owned())
            .collect();
        let expected: Vec<String> = table.entries().map(|e| e.code().to_string()).collect();
        assert_eq!(listed, expected, "{}", table.title());
        for entry in table.entries() {
            let row = format!(
                "| {} | `{}` | {} | {} | `{}` |",
                entry.code(),
                entry.name(),
                entry.status().map_or("-".to_owned(), |s| s.to_string()),
                if entry.is_retryable() { "yes" } else { "no" },
                entry.remedy().as_str()
            );
            assert!(section.contains(&row), "{row}");
            // The last cell: where a row not on the page is known from.
            let source = entry.known_from().unwrap_or("the page");
            let line = section.lines().find(|line| line.starts_with(&row)).unwrap();
            assert!(line.ends_with(&format!("| {source} |")), "{line}");
        }
        rows += listed.len();
    }
    assert_eq!(
        rows,
        catalog::TABLES
            .iter()
            .map(|t| t.entries().count())
            .sum::<usize>()
    );
    // The row Kakao Moment documents with 429 as well as with 400.
    assert!(markdown.contains("| -813 | `MomentQuotaExceeded` | 429 | no | `retry_later` |"));
    // A line break in a solution stays inside its table cell.
    assert!(markdown.contains("correct specification.<br>Refer to 4002 error occurs.."));
    assert!(markdown.contains("| 429 Too Many Request | Fail | Quota exceeded |"));
    assert!(
        markdown.contains("| 4007 | `TemporaryUsageLimitExceeded` | 400 | yes | `throttled` |")
    );
}

#[test]
fn the_talk_share_lead_in_comes_before_its_methods() {
    let markdown = markdown();
    let section = section(&markdown, "Kakao Talk Share: case-by-case troubleshooting");
    let intro = section.find("the methods below").expect("the lead-in");
    let first_case = section.find("### ").unwrap();
    assert!(intro < first_case);
}
