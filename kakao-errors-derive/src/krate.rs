//! Where the expansion finds the `kakao_errors` crate: the path given by
//! `#[kakao(crate = path)]` (a facade crate that re-exports it, or any path at all); without
//! one, `::kakao_errors`, or `::name` when the crate's `Cargo.toml` depends on kakao-errors
//! under another name only (`ke = { package = "kakao-errors", ... }` gives `::ke`).
//!
//! When no path is given and the crate's `Cargo.toml` has no dependency on kakao-errors at
//! all, the derive says so and how to fix it, instead of leaving the user with "unresolved
//! module" errors on every generated path.

use proc_macro2::{Span, TokenStream};
use quote::quote;

/// The path to the `kakao_errors` crate, ready to prefix a generated path.
pub struct Krate {
    /// The user's `crate = path`, as written (its own spans and edition), if given.
    given: Option<syn::Path>,
    /// The name of the dependency, for `::name` when no path is given: `kakao_errors`, or the
    /// name the crate's manifest renames it to.
    name: String,
}

impl Krate {
    pub fn new(given: Option<syn::Path>, name: Option<String>) -> Self {
        Self {
            given,
            name: name.unwrap_or_else(|| DEFAULT_NAME.to_owned()),
        }
    }

    /// The path, with its tokens located at `span` (for the default `::kakao_errors`): errors
    /// then point at the user's tokens, while the path resolves as the derive's own edition
    /// reads it (a user crate of edition 2015 reads `::name` as a path from its own root).
    pub fn at(&self, span: Span) -> TokenStream {
        match &self.given {
            Some(path) => quote!(#path),
            None => {
                let name = proc_macro2::Ident::new(&self.name, at_span(span));
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

/// The crate's own name, as a path segment.
const DEFAULT_NAME: &str = "kakao_errors";

/// A span that resolves names as the derive's expansion does, located at `span`.
pub fn at_span(span: Span) -> Span {
    Span::mixed_site().located_at(span)
}

/// Where the crate being compiled has kakao-errors, as far as its manifest tells.
#[derive(Debug, PartialEq, Eq)]
pub enum Found {
    /// As `kakao_errors`, or unknown (no manifest to read, or kakao-errors itself): the
    /// default `::kakao_errors`.
    Plain,
    /// Only under another name, as a Rust identifier (`ke`): `::ke`.
    Renamed(String),
    /// Nowhere: the text of a compile error that says how to fix it.
    Missing(String),
}

/// Where the crate being compiled has kakao-errors, read from its `Cargo.toml`.
pub fn locate() -> Found {
    // Inside kakao-errors (its tables, tests, examples, doctests) the crate is always there.
    if std::env::var("CARGO_PKG_NAME").ok().as_deref() == Some("kakao-errors") {
        return Found::Plain;
    }
    let Some(dir) = std::env::var_os("CARGO_MANIFEST_DIR") else {
        return Found::Plain;
    };
    match std::fs::read_to_string(std::path::Path::new(&dir).join("Cargo.toml")) {
        Ok(manifest) => decide(&manifest),
        Err(_) => Found::Plain,
    }
}

/// Where a crate whose manifest is `manifest` has kakao-errors.
fn decide(manifest: &str) -> Found {
    let Some(dependencies) = Dependencies::read(manifest) else {
        // Nothing to go on: no error rather than a wrong one.
        return Found::Plain;
    };
    if dependencies.plain {
        return Found::Plain;
    }
    // A name that is not an identifier (Cargo would not have taken it) is no path either.
    let renamed = dependencies
        .renamed
        .map(|name| name.replace('-', "_"))
        .filter(|name| syn::parse_str::<syn::Ident>(name).is_ok());
    match renamed {
        Some(name) => Found::Renamed(name),
        None => Found::Missing(
            "the derive cannot find the kakao_errors crate: this crate's Cargo.toml has no \
             dependency on kakao-errors. If the derive comes through a crate that re-exports \
             it, or kakao-errors is a dependency the manifest does not show (a workspace \
             dependency renamed there), tell the derive where it is with \
             `#[kakao(crate = path)]` on the enum (e.g. `#[kakao(crate = my_facade::kakao_errors)]`, \
             `#[kakao(crate = ke)]`; with `extern crate ... as kakao_errors;` in the crate \
             root, `#[kakao(crate = kakao_errors)]`); otherwise add kakao-errors to [dependencies]"
                .to_owned(),
        ),
    }
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
    use super::{Dependencies, Found, Krate, decide};

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
    fn a_renamed_dependency_is_the_default_path() {
        assert_eq!(
            decide("[dependencies]\nkakao-errs = { package = \"kakao-errors\" }\n"),
            Found::Renamed("kakao_errs".to_owned())
        );
        assert_eq!(
            decide("[dependencies.ke]\npackage = \"kakao-errors\"\n"),
            Found::Renamed("ke".to_owned())
        );
        // A plain dependency next to a renamed one: `::kakao_errors` resolves.
        let both = "[dependencies]\nkakao-errors = \"0.1\"\nke = { package = \"kakao-errors\" }\n";
        assert_eq!(decide(both), Found::Plain);
        assert_eq!(
            decide("[dependencies]\nkakao-errors = \"0.1\"\n"),
            Found::Plain
        );
    }

    #[test]
    fn no_dependency_at_all_says_how_to_fix_it() {
        let Found::Missing(hint) = decide("[dependencies]\nmy-facade = \"1\"\n") else {
            panic!("a crate without kakao-errors is told so");
        };
        for part in [
            "has no dependency on kakao-errors",
            "`#[kakao(crate = my_facade::kakao_errors)]`",
            "`extern crate ... as kakao_errors;`",
            "`#[kakao(crate = kakao_errors)]`",
        ] {
            assert!(hint.contains(part), "{part:?} in {hint}");
        }
        // Nothing to go on: no error rather than a wrong one.
        assert_eq!(decide("not a manifest"), Found::Plain);
    }

    #[test]
    fn the_path_is_the_given_one_or_the_dependency_name() {
        let path = |krate: Krate| krate.path().to_string();
        assert_eq!(path(Krate::new(None, None)), ":: kakao_errors");
        assert_eq!(path(Krate::new(None, Some("ke".to_owned()))), ":: ke");
        let given: syn::Path = syn::parse_quote!(my_facade::kakao_errors);
        assert_eq!(
            path(Krate::new(Some(given), Some("ke".to_owned()))),
            "my_facade :: kakao_errors"
        );
    }
}
