//! Mistakes that only a crate of its own can make, so neither a trybuild case (which copies
//! this crate's dependencies) nor a workspace member (which must compile) can show them. Each
//! is a small crate of a throwaway workspace, built offline with `cargo build --keep-going`;
//! each must fail with the derive's one error (or, where nothing is expected, compile):
//!
//! - a dependency renamed `ke` and no `#[kakao(crate = ...)]`: it compiles, the derive using
//!   `::ke` (a crate with only a renamed dependency shows it without a plain one beside it);
//! - a crate that reaches kakao-errors through a facade only, without `crate = ...`: the error
//!   says how to fix it, and code using the enum's `Display`, `Error` and inherent items adds
//!   no error (those stubs are there);
//! - `#[kakao(serde)]` where kakao-errors is built without its `serde` feature;
//! - a mistake in an edition 2015 crate: the derive's message, not an unresolved `::core`.
//!
//! The throwaway workspace and its build live under this workspace's target directory, so a
//! second run rebuilds only the small crates. Without the registry's crates in the local
//! cache (a fresh machine offline), the test says so and fails: it never passes without
//! building.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One throwaway crate: its manifest's dependencies and edition, and its `src/lib.rs`.
struct Case {
    name: &'static str,
    edition: &'static str,
    dependencies: &'static str,
    source: &'static str,
    /// What the crate's one error must say.
    expected: &'static str,
}

const CASES: &[Case] = &[
    Case {
        name: "renamed",
        edition: "2021",
        dependencies: r#"ke = { package = "kakao-errors", path = "KAKAO_ERRORS", default-features = false }"#,
        source: r#"
            /// No `#[kakao(crate = ke)]`: the derive finds the crate as `ke`.
            #[derive(Debug, PartialEq, ke::KakaoError)]
            pub enum Login {
                /// Scope missing.
                #[kakao(code = -402)]
                InsufficientScope,
            }

            /// A wrapper, found the same way.
            #[derive(Debug, PartialEq, ke::KakaoError)]
            pub enum App {
                #[kakao(transparent)]
                Login(Login),
                #[kakao(transparent)]
                Rest(ke::rest::Common),
            }

            pub fn lookup() -> Option<App> {
                <App as ke::KakaoError>::from_code(-402)
            }
        "#,
        expected: "",
    },
    Case {
        name: "facade",
        edition: "2021",
        dependencies: r#"kakao-errors = { path = "KAKAO_ERRORS", default-features = false }"#,
        source: "pub use kakao_errors;",
        expected: "",
    },
    Case {
        name: "facade_user",
        edition: "2021",
        dependencies: r#"facade = { path = "../facade" }"#,
        source: r#"
            /// Forgets `#[kakao(crate = facade::kakao_errors)]`.
            #[derive(Debug, facade::kakao_errors::KakaoError)]
            pub enum Login {
                /// Scope missing.
                #[kakao(code = -402)]
                InsufficientScope,
            }

            // The stubs that need no crate path are there: no error of their own here.
            pub fn describe(error: &Login) -> String {
                error.to_string()
            }
            pub fn boxed(error: Login) -> Box<dyn std::error::Error> {
                Box::new(error)
            }
            pub const FIRST: Option<Login> = Login::from_code(-402);
            pub const ALL: &[Login] = Login::VARIANTS;
        "#,
        expected: "this crate's Cargo.toml has no dependency on kakao-errors. If the derive \
                   comes through a crate that re-exports it, or kakao-errors is a dependency the \
                   manifest does not show (a workspace dependency renamed there), tell the \
                   derive where it is with `#[kakao(crate = path)]` on the enum",
    },
    Case {
        name: "serde_missing",
        edition: "2021",
        dependencies: r#"kakao-errors = { path = "KAKAO_ERRORS", default-features = false }"#,
        source: r#"
            /// Asks for serde, which this build of kakao-errors does not have.
            #[derive(Debug, kakao_errors::KakaoError)]
            #[kakao(serde)]
            pub enum Login {
                /// Scope missing.
                #[kakao(code = -402)]
                InsufficientScope,
            }
        "#,
        expected: "#[kakao(serde)] on `Login` needs the `serde` feature of kakao-errors",
    },
    Case {
        name: "old_edition",
        edition: "2015",
        dependencies: r#"kakao-errors = { path = "KAKAO_ERRORS", default-features = false }"#,
        source: r#"
            /// A status out of range, in a crate of edition 2015.
            #[derive(Debug, kakao_errors::KakaoError)]
            pub enum Login {
                /// Scope missing.
                #[kakao(code = -402, status = 4030)]
                InsufficientScope,
            }
        "#,
        expected: "`status` must be an HTTP status in 100..=599",
    },
];

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate is inside the workspace")
        .to_owned()
}

/// Writes the throwaway workspace under `dir`.
fn write_workspace(dir: &Path) {
    let root = workspace_root();
    let kakao_errors = root.join("kakao-errors");
    let kakao_errors = kakao_errors.to_str().expect("a UTF-8 path");
    let mut members = String::new();
    for case in CASES {
        write!(members, "\"{}\", ", case.name).unwrap();
        let dir = dir.join(case.name);
        std::fs::create_dir_all(dir.join("src")).unwrap();
        let manifest = format!(
            "[package]\nname = \"{}\"\nversion = \"0.0.0\"\nedition = \"{}\"\npublish = false\n\n\
             [dependencies]\n{}\n",
            case.name,
            case.edition,
            case.dependencies.replace("KAKAO_ERRORS", kakao_errors),
        );
        std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
        std::fs::write(dir.join("src/lib.rs"), case.source).unwrap();
    }
    std::fs::write(
        dir.join("Cargo.toml"),
        // No debug information: only the crates' errors are read.
        format!(
            "[workspace]\nresolver = \"2\"\nmembers = [{members}]\n\n[profile.dev]\ndebug = false\n"
        ),
    )
    .unwrap();
    // The versions this workspace resolved, so the offline build finds them in the cache.
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
}

/// Whether the build failed for want of the registry, not for the crates' own errors.
fn registry_unreachable(output: &str) -> bool {
    [
        "--offline was specified",
        "no matching package named",
        "failed to download",
        "failed to get `",
    ]
    .iter()
    .any(|sign| output.contains(sign))
}

/// The error lines (`--message-format short`) about one crate's source.
fn errors_of<'o>(output: &'o str, name: &str) -> Vec<&'o str> {
    let file = format!("{name}/src/lib.rs:");
    output
        .lines()
        .filter(|line| line.contains(&file) && line.contains("error"))
        .collect()
}

#[test]
fn crates_that_cannot_compile_get_the_derives_one_error() {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| workspace_root().join("target"), PathBuf::from)
        .join("crate-errors");
    let dir = target.join("workspace");
    let _ = std::fs::remove_dir_all(&dir);
    write_workspace(&dir);

    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "build",
            "--offline",
            "--keep-going",
            "--message-format",
            "short",
        ])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", target.join("build"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    let output = String::from_utf8_lossy(&output.stderr).into_owned();
    // It cannot run here: say so and fail, rather than pass without building anything.
    assert!(
        !registry_unreachable(&output),
        "cannot run: the registry's crates are not in the local cache and the build is \
         offline (build the workspace once online, e.g. `cargo test --workspace`, then run \
         this again):\n{output}"
    );

    for case in CASES {
        let errors = errors_of(&output, case.name);
        if case.expected.is_empty() {
            assert!(errors.is_empty(), "{}: {errors:#?}\n{output}", case.name);
            continue;
        }
        assert_eq!(errors.len(), 1, "{}: {errors:#?}\n{output}", case.name);
        assert!(
            errors[0].contains(case.expected),
            "{}: expected {:?} in {:?}\n{output}",
            case.name,
            case.expected,
            errors[0]
        );
    }
    assert!(!output.contains("cannot find `core`"), "{output}");
    let _ = std::fs::remove_dir_all(&dir);
}
