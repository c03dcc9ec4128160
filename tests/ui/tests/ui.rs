//! Compile-fail cases, one per diagnostic of the derive (`cases/*.rs`, with the expected
//! compiler output beside each in a `.stderr`), and a few tricky but valid inputs that must
//! compile and run (`cases/pass/*.rs`).
//!
//! Regenerate the `.stderr` files after a deliberate change to a diagnostic with
//! `TRYBUILD=overwrite cargo test -p kakao-errors-ui`, and review the diff.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("cases/*.rs");
    cases.pass("cases/pass/*.rs");
}
