//! Compile-fail cases, one per diagnostic of the derive (`ui/*.rs`, with the expected compiler
//! output beside each in a `.stderr`), and a few tricky but valid inputs that must compile and
//! run (`ui/pass/*.rs`).
//!
//! Regenerate the `.stderr` files after a deliberate change to a diagnostic with
//! `TRYBUILD=overwrite cargo test -p kakao-errors-tests --test ui`, and review the diff.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
    cases.pass("ui/pass/*.rs");
}
