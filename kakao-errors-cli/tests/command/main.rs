//! The command's tests: in process through its library (`support`), and the built binary's
//! exit status and streams (`binary`). One test binary, one module per subject.

mod support;

mod binary;
mod catalog;
mod explain;
mod issue17;
mod markdown;
mod pasted;
mod safety;
