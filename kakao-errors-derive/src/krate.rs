//! Where the expansion finds the `kakao_errors` crate: `::kakao_errors`, or the path given by
//! `#[kakao(crate = path)]` (a renamed dependency, a facade crate that re-exports it).
//!
//! When no path is given and the crate's `Cargo.toml` shows that `kakao_errors` cannot be
//! found under that name, the derive says so and how to fix it, instead of leaving the user
//! with "unresolved module" errors on every generated path.

use proc_macro2::{Span, TokenStream};
use quote::quote;

/// The path to the `kakao_errors` crate, ready to prefix a generated path.
pub struct Krate {
    /// The user's `crate = path`, as written (its own spans and edition), if given.
    given: Option<syn::Path>,
}

impl Krate {
    pub fn new(given: Option<syn::Path>) -> Self {
        Self { given }
    }

    /// The path, with its tokens located at `span` (for the default `::kakao_errors`): errors
    /// then point at the user's tokens, while the path resolves as the derive's own edition
    /// reads it (a user crate of edition 2015 reads `::name` as a path from its own root).
    pub fn at(&self, span: Span) -> TokenStream {
        match &self.given {
            Some(path) => quote!(#path),
            None => {
                let name = proc_macro2::Ident::new("kakao_errors", at_span(span));
                let colons = quote::quote_spanned!(at_span(span)=> ::);
                quote!(#colons #name)
            }
        }
    }

    /// The path, for code no error points at.
    pub fn path(&self) -> TokenStream {
        self.at(Span::call_site())
    }
}

/// A span that resolves names as the derive's expansion does, located at `span`.
pub fn at_span(span: Span) -> Span {
    Span::mixed_site().located_at(span)
}

/// Why `::kakao_errors` will not resolve in the crate being compiled, when its manifest says
/// so: the text of a compile error that says how to fix it. `None` when the manifest cannot be
/// read, or lists the dependency (or is kakao-errors itself).
pub fn missing_crate() -> Option<String> {
    // Inside kakao-errors (its tables, tests, examples, doctests) the crate is always there.
    if std::env::var("CARGO_PKG_NAME").ok()? == "kakao-errors" {
        return None;
    }
    let dir = std::env::var_os("CARGO_MANIFEST_DIR")?;
    let manifest = std::fs::read_to_string(std::path::Path::new(&dir).join("Cargo.toml")).ok()?;
    hint(&manifest)
}

/// What to tell the user whose crate has `manifest`, if it shows that `::kakao_errors` will not
/// resolve.
fn hint(manifest: &str) -> Option<String> {
    let dependencies = Dependencies::read(manifest)?;
    if dependencies.plain {
        return None;
    }
    Some(match dependencies.renamed {
        Some(name) => {
            let name = name.replace('-', "_");
            format!(
                "this crate depends on kakao-errors under the name `{name}`, so the derive cannot \
                 find it as `kakao_errors`: add `#[kakao(crate = {name})]` to the enum"
            )
        }
        None => "the derive cannot find the kakao_errors crate: this crate's Cargo.toml has no \
                 dependency named `kakao-errors`. If kakao-errors is a dependency under another \
                 name, or the derive comes through a crate that re-exports it, tell the derive \
                 where it is with `#[kakao(crate = path)]` on the enum (e.g. \
                 `#[kakao(crate = ke)]`, `#[kakao(crate = my_facade::kakao_errors)]`); \
                 otherwise add kakao-errors to [dependencies]"
            .to_owned(),
    })
}

/// What a manifest says about the dependency on kakao-errors.
#[derive(Debug, Default, PartialEq, Eq)]
struct Dependencies {
    /// A dependency (of any kind, any target) named `kakao-errors` or `kakao_errors`.
    plain: bool,
    /// The name of a dependency declared with `package = "kakao-errors"` under another name.
    renamed: Option<String>,
}

impl Dependencies {
    /// Reads the dependency tables of a manifest, line by line: enough TOML for the forms
    /// Cargo documents (`name = ...`, `name.key = ...`, `[dependencies.name]` with a
    /// `package = ...` line). `None` when the text has no dependency table at all.
    fn read(manifest: &str) -> Option<Self> {
        let mut found = Self::default();
        let mut any_table = false;
        // The table being read: `Some(None)` for a dependency table, `Some(Some(name))` for a
        // `[dependencies.name]` table, `None` for anything else.
        let mut table: Option<Option<String>> = None;
        for line in manifest.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            if let Some(header) = line.strip_prefix('[') {
                let header = header.trim_start_matches('[').trim_end_matches(']').trim();
                table = dependency_table(header);
                any_table |= table.is_some();
                if let Some(Some(name)) = &table {
                    found.note(name, None);
                }
                continue;
            }
            let Some((key, value)) = line.split_once('=') else {
                continue;
            };
            let (key, value) = (unquote(key.trim()), value.trim());
            match &table {
                Some(None) => {
                    // `name = ...`, `name.package = "..."`, `name = { package = "..." }`.
                    let (name, rest) = key.split_once('.').unwrap_or((key, ""));
                    let package = match rest {
                        "package" => Some(unquote(value)),
                        _ => inline_package(value),
                    };
                    found.note(unquote(name), package);
                }
                Some(Some(name)) if key == "package" => {
                    found.note(&name.clone(), Some(unquote(value)));
                }
                _ => {}
            }
        }
        any_table.then_some(found)
    }

    fn note(&mut self, name: &str, package: Option<&str>) {
        let is_kakao = |name: &str| name == "kakao-errors" || name == "kakao_errors";
        match package {
            Some(package) if is_kakao(package) && !is_kakao(name) => {
                self.renamed = Some(name.to_owned());
            }
            // A `[dependencies.kakao-errors]` table may rename it with `package` later: the
            // key still names the dependency.
            _ if is_kakao(name) && package.is_none_or(is_kakao) => self.plain = true,
            _ => {}
        }
    }
}

/// For a table header (without brackets): `Some(None)` for a dependency table
/// (`dependencies`, `target.'cfg(unix)'.dev-dependencies`, ...), `Some(Some(name))` for one
/// dependency's own table (`dependencies.name`), `None` otherwise.
fn dependency_table(header: &str) -> Option<Option<String>> {
    const KINDS: &[&str] = &["dependencies", "dev-dependencies", "build-dependencies"];
    let is_kind = |table: &str| {
        KINDS
            .iter()
            .any(|kind| table == *kind || table.ends_with(&format!(".{kind}")))
    };
    if is_kind(header) {
        return Some(None);
    }
    let (before, name) = header.rsplit_once('.')?;
    is_kind(before).then(|| Some(unquote(name).to_owned()))
}

/// `package = "..."` inside an inline table value, if any.
fn inline_package(value: &str) -> Option<&str> {
    let inner = value.strip_prefix('{')?.trim_end().strip_suffix('}')?;
    inner.split(',').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (unquote(key.trim()) == "package").then(|| unquote(value.trim()))
    })
}

fn unquote(text: &str) -> &str {
    let text = text.trim();
    text.strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .or_else(|| text.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')))
        .unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::{Dependencies, hint};

    fn read(manifest: &str) -> Option<Dependencies> {
        Dependencies::read(manifest)
    }

    #[test]
    fn plain_dependency_in_every_form() {
        for manifest in [
            "[dependencies]\nkakao-errors = \"0.1\"\n",
            "[dependencies]\nkakao-errors = { version = \"0.1\", features = [\"http\"] }\n",
            "[dependencies]\nkakao-errors.workspace = true\n",
            "[dev-dependencies]\n\"kakao-errors\" = { path = \"../k\" }\n",
            "[target.'cfg(unix)'.dependencies]\nkakao_errors = \"0.1\"\n",
            "[dependencies.kakao-errors]\nversion = \"0.1\"\n",
        ] {
            let found = read(manifest).unwrap();
            assert!(found.plain, "{manifest}");
            assert_eq!(found.renamed, None, "{manifest}");
        }
    }

    #[test]
    fn renamed_dependency_in_every_form() {
        for manifest in [
            "[dependencies]\nke = { package = \"kakao-errors\", version = \"0.1\" }\n",
            "[dependencies]\nke.package = \"kakao-errors\"\nke.version = \"0.1\"\n",
            "[dependencies.ke]\npackage = \"kakao-errors\"\nversion = \"0.1\"\n",
            "[dependencies]\nke = { path = \"../k\", package = \"kakao-errors\" } # renamed\n",
            "[target.'cfg(unix)'.dependencies.ke]\npackage = 'kakao-errors'\n",
            "[dev-dependencies]\n\"ke\" = {package=\"kakao_errors\",version=\"0.1\"}\n",
        ] {
            let found = read(manifest).unwrap();
            assert!(!found.plain, "{manifest}");
            assert_eq!(found.renamed.as_deref(), Some("ke"), "{manifest}");
        }
    }

    #[test]
    fn other_dependencies_and_tables_are_not_it() {
        let manifest = "[package]\nname = \"app\"\n[features]\nkakao-errors = []\n\
                        [dependencies]\nserde = \"1\" # kakao-errors = \"0.1\"\n";
        assert_eq!(read(manifest), Some(Dependencies::default()));
        assert_eq!(read("[package]\nname = \"x\"\n"), None);
    }

    #[test]
    fn hints_say_how_to_fix_it() {
        let renamed = hint("[dependencies]\nkakao-errs = { package = \"kakao-errors\" }\n");
        assert_eq!(
            renamed.as_deref(),
            Some(
                "this crate depends on kakao-errors under the name `kakao_errs`, so the derive \
                 cannot find it as `kakao_errors`: add `#[kakao(crate = kakao_errs)]` to the enum"
            )
        );
        let absent = hint("[dependencies]\nmy-facade = \"1\"\n").unwrap();
        assert!(
            absent.contains("no dependency named `kakao-errors`")
                && absent.contains("`#[kakao(crate = my_facade::kakao_errors)]`"),
            "{absent}"
        );
        // A plain dependency next to a renamed one: `::kakao_errors` resolves.
        let both = "[dependencies]\nkakao-errors = \"0.1\"\nke = { package = \"kakao-errors\" }\n";
        assert_eq!(hint(both), None);
        // Nothing to go on: no hint rather than a wrong one.
        assert_eq!(hint("not a manifest"), None);
    }
}
