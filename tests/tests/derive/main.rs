//! The derive's behaviour: what a derived enum answers (lookups, names, statuses, remedies,
//! `Display`, serde), wrappers of tables and of each other, lints on the generated code, and
//! enums of thousands of variants. One test binary, one module per subject.

mod derive_support;

/// The enums of thousands of variants `build.rs` writes, compiled once for the two modules
/// that test them.
mod large_generated {
    use kakao_errors::KakaoError;
    include!(concat!(env!("OUT_DIR"), "/large_enum.rs"));
}
mod catch_all;
mod composition;
mod derive_keys;
mod discriminants;
mod display;
mod doc_markdown;
mod doc_whitespace;
mod large_enum;
mod large_wrapper;
mod lints;
mod lookups;
mod mapping;
mod mixed_codes;
mod names;
mod nested_wrappers;
mod prefixed_codes;
mod serde_formats;
mod variant_names;
mod wrappers;
mod wrappers_over_tables;
