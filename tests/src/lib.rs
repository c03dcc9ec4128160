//! Integration and UI tests for `kakao-errors` live in `tests/`; this library only compiles
//! the workspace README's examples as doctests, so the README cannot drift from the crate.
#![doc = include_str!("../../README.md")]
