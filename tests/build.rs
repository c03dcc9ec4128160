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
}
