//! The shape of the response parser's source, checked on the source itself:
//!
//! - the reader (`src/read/`) imports nothing but itself, `text_list`, `core`, `std`, `serde`
//!   and `serde_json`: no table, no catalog, nothing of `oauth`, `share`, `rest` or `response`;
//! - the modules of `src/read/` and `src/response/` import each other without a circle.
//!
//! Every path in the code (not in comments) that starts with `crate::`, `super::` or `self::`
//! is an import of the module it names, with an item re-exported by a module (`pub use`)
//! counted as an import of the module that defines it. Module declarations (`mod x;`) are not
//! imports.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The source directory of the crate.
fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir`, as (module path, source), the module path from `src/`
/// (`read::json`, `response::rules`).
fn modules(dir: &str) -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&src().join(dir), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let relative = file.strip_prefix(src()).unwrap().with_extension("");
            let mut parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts.last().is_some_and(|p| p == "mod") {
                parts.pop();
            }
            (parts.join("::"), std::fs::read_to_string(&file).unwrap())
        })
        .collect()
}

/// The code of `source`: each line without its `//` comment (doc comments included). String
/// literals in this crate's parser modules hold no `//`.
fn code(source: &str) -> String {
    source
        .lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// `code` cut where an inline module (`mod tests {`) starts: each part with the module its
/// paths are seen from (the inline module's own paths, `super::*` included, are relative to
/// it). Inline modules come last in this crate's files.
fn scopes(module: &str, code: &str) -> Vec<(String, String)> {
    let mut from = 0;
    while let Some(at) = find_word(&code[from..], "mod").map(|i| i + from) {
        let after = code[at + 3..].trim_start();
        let name_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        if after[name_len..].trim_start().starts_with('{') {
            let inner = format!("{module}::{}", &after[..name_len]);
            return vec![
                (module.to_owned(), code[..at].to_owned()),
                (inner, code[at..].to_owned()),
            ];
        }
        from = at + 3;
    }
    vec![(module.to_owned(), code.to_owned())]
}

/// The paths of `code`'s `use` items (each brace group flattened: `a::{b, c::{d}}` gives
/// `a::b` and `a::c::d`) and the paths written in its code (`crate::read::scan::pieces`).
fn paths(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    // `use` items, up to their `;`; the rest of the code is searched for paths.
    let mut rest = code;
    let mut other = String::new();
    while let Some(at) = find_word(rest, "use") {
        other.push_str(&rest[..at]);
        let after = &rest[at + 3..];
        let end = after.find(';').unwrap_or(after.len());
        flatten("", &after[..end], &mut found);
        rest = &after[end..];
    }
    other.push_str(rest);
    let bytes = other.as_bytes();
    for start in ["crate::", "super::", "self::"] {
        let mut from = 0;
        while let Some(at) = other[from..].find(start).map(|i| i + from) {
            from = at + start.len();
            let before = at.checked_sub(1).map(|i| bytes[i]);
            if before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b':') {
                continue;
            }
            let len = other[at..]
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(other.len() - at);
            found.push(other[at..at + len].trim_end_matches(':').to_owned());
        }
    }
    found
}

/// Where the word `word` first stands alone in `text`.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(at) = text[from..].find(word).map(|i| i + from) {
        let before = at.checked_sub(1).map(|i| bytes[i]);
        let after = bytes.get(at + word.len()).copied();
        let alone = |b: Option<u8>| !b.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_');
        if alone(before) && alone(after) {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

/// The paths of the use tree `tree` under `prefix`.
fn flatten(prefix: &str, tree: &str, out: &mut Vec<String>) {
    let tree = tree.trim();
    let join = |path: &str| {
        if prefix.is_empty() {
            path.to_owned()
        } else if path == "self" {
            prefix.to_owned()
        } else {
            format!("{prefix}::{path}")
        }
    };
    match tree.find('{') {
        None => {
            let path = tree.split(" as ").next().unwrap_or_default().trim();
            if !path.is_empty() {
                out.push(join(path));
            }
        }
        Some(open) => {
            let head = tree[..open].trim().trim_end_matches("::");
            let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
            let prefix = join(head);
            // Split on the commas outside nested braces.
            let mut depth = 0;
            let mut start = 0;
            for (i, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        flatten(&prefix, &inner[start..i], out);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            flatten(&prefix, &inner[start..], out);
        }
    }
}

/// The crates outside this one that the modules checked may name.
const EXTERNAL: [&str; 6] = ["core", "std", "alloc", "serde", "serde_json", "proptest"];

/// `path` as seen from `module`, made absolute (`super::scan` in `read::json` is
/// `read::scan`, `schema::Slot` in `read` is `read::schema::Slot`), without `crate::`; `None`
/// for a path into another crate (see [`EXTERNAL`]).
fn absolute(module: &str, path: &str) -> Option<String> {
    // In `a/b.rs` and in `a/b/mod.rs` alike (module `a::b`), `super` is `a`.
    let mut here: Vec<&str> = module.split("::").collect();
    let mut segments = path.split("::").peekable();
    match *segments.peek()? {
        "crate" => {
            segments.next();
            here.clear();
        }
        "self" => {
            segments.next();
        }
        "super" => {
            while segments.peek() == Some(&"super") {
                segments.next();
                here.pop();
            }
        }
        root if EXTERNAL.contains(&root) || root.is_empty() => return None,
        // A name in scope: a child module, or an item of this module.
        _ => {}
    }
    let mut out: Vec<&str> = here;
    out.extend(segments);
    Some(out.join("::"))
}

/// The imports of `code` (the module `module`'s) that go outside the reader: anything of this
/// crate but `read`, `text_list` and `utf8` (leaves that know no Kakao either). (Imports of
/// other crates are checked by the compiler: the reader's crate has no other dependency that
/// knows Kakao.) Also how many paths were seen.
fn outside_the_reader(module: &str, code: &str) -> (Vec<String>, usize) {
    const ALLOWED: [&str; 3] = ["read", "text_list", "utf8"];
    let mut outside = Vec::new();
    let mut seen = 0;
    for (scope, code) in scopes(module, code) {
        for path in paths(&code) {
            seen += 1;
            let Some(target) = absolute(&scope, &path) else {
                continue;
            };
            if !ALLOWED.contains(&target.split("::").next().unwrap_or_default()) {
                outside.push(format!("`{path}` (`crate::{target}`)"));
            }
        }
        if code.contains("kakao_errors::") {
            outside.push("the crate by its name".to_owned());
        }
    }
    (outside, seen)
}

#[test]
fn the_reader_imports_nothing_of_kakao() {
    let mut seen = 0;
    for (module, source) in modules("read") {
        let (outside, paths) = outside_the_reader(&module, &code(&source));
        assert!(
            outside.is_empty(),
            "{module} imports {}",
            outside.join(", ")
        );
        seen += paths;
    }
    assert!(seen > 20, "the check found only {seen} paths");
}

/// Each module's imports of the other modules of `read` and `response`, re-exports resolved
/// to the module that defines the item.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let all: Vec<(String, String)> = ["read", "response"].into_iter().flat_map(modules).collect();
    let names: BTreeSet<&str> = all.iter().map(|(m, _)| m.as_str()).collect();
    // Re-exports: (module, item) -> the module it re-exports the item from.
    let mut reexports: BTreeMap<(String, String), String> = BTreeMap::new();
    for (module, source) in &all {
        for line in code(source).split(';') {
            let line = line.trim();
            let Some(tree) = line
                .strip_prefix("pub use ")
                .or_else(|| line.strip_prefix("pub(crate) use "))
            else {
                continue;
            };
            let mut flat = Vec::new();
            flatten("", tree, &mut flat);
            for path in flat {
                let Some(target) = absolute(module, &path) else {
                    continue;
                };
                if let Some((from, item)) = target.rsplit_once("::") {
                    reexports.insert((module.clone(), item.to_owned()), from.to_owned());
                }
            }
        }
    }
    let resolve = |target: &str| -> Option<String> {
        // The longest prefix of `target` that is a module, then its re-exports followed.
        let parts: Vec<&str> = target.split("::").collect();
        let mut at = (1..=parts.len())
            .rev()
            .find(|&n| names.contains(parts[..n].join("::").as_str()))?;
        let mut module = parts[..at].join("::");
        while let Some(item) = parts.get(at) {
            match reexports.get(&(module.clone(), (*item).to_owned())) {
                Some(from) if names.contains(from.as_str()) => {
                    module = from.clone();
                    at += 1;
                }
                _ => break,
            }
        }
        Some(module)
    };
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, source) in &all {
        let targets = edges.entry(module.clone()).or_default();
        for (scope, code) in scopes(module, &code(source)) {
            for path in paths(&code) {
                let Some(target) = absolute(&scope, &path).and_then(|t| resolve(&t)) else {
                    continue;
                };
                if &target != module {
                    targets.insert(target);
                }
            }
        }
    }
    edges
}

#[test]
fn the_modules_import_each_other_without_a_circle() {
    let edges = graph();
    assert!(edges.len() > 15, "{edges:#?}");
    // The reader is below the rules, which are below the error.
    assert!(edges["response::error"].contains("response::rules::members"));
    assert!(edges["response::rules::shape"].contains("read::json"));
    // Depth-first search for a back edge.
    fn visit<'a>(
        node: &'a str,
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) {
        if done.contains(node) {
            return;
        }
        if let Some(at) = path.iter().position(|&n| n == node) {
            panic!("import circle: {} -> {node}", path[at..].join(" -> "));
        }
        path.push(node);
        for next in edges.get(node).into_iter().flatten() {
            visit(next, edges, path, done);
        }
        path.pop();
        done.insert(node);
    }
    let mut done = BTreeSet::new();
    for node in edges.keys() {
        visit(node, &edges, &mut Vec::new(), &mut done);
    }
    for (module, targets) in &edges {
        println!(
            "{module} -> {}",
            targets.iter().cloned().collect::<Vec<_>>().join(", ")
        );
    }
}

#[test]
fn the_checks_see_imports_and_circles() {
    let source = "use super::texts::Draft;\nuse crate::oauth::OAuthError;\nfn f() { crate::response::rules::x(); }\n#[cfg(test)]\nmod tests {\n    use super::super::scan;\n    use super::super::super::share::SubError;\n}";
    let (outside, seen) = outside_the_reader("read::json", &code(source));
    assert_eq!(seen, 5);
    assert_eq!(
        outside,
        [
            "`crate::oauth::OAuthError` (`crate::oauth::OAuthError`)",
            "`crate::response::rules::x` (`crate::response::rules::x`)",
            "`super::super::super::share::SubError` (`crate::share::SubError`)",
        ]
    );
    let mut out = Vec::new();
    flatten(
        "",
        "crate::read::{self, scan::{Members, pieces as p}, Key}",
        &mut out,
    );
    assert_eq!(
        out,
        [
            "crate::read",
            "crate::read::scan::Members",
            "crate::read::scan::pieces",
            "crate::read::Key"
        ]
    );
    let code = code(
        "use super::texts::Draft; // crate::response::x\nlet _ = crate::oauth::OAuthError::known(s);",
    );
    assert_eq!(
        paths(&code),
        ["super::texts::Draft", "crate::oauth::OAuthError::known"]
    );
    assert_eq!(
        absolute("read::json", "super::scan::Members").as_deref(),
        Some("read::scan::Members")
    );
    assert_eq!(
        absolute("response::rules::shape", "super::super::kind::BodyKind").as_deref(),
        Some("response::kind::BodyKind")
    );
}
