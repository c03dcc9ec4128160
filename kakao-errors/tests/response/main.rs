//! What a user of the runtime crate sees without a network: reading error responses, remedies
//! and cases, fixtures, redaction and clean output, problem details, the retry policy's
//! decisions, the tables' serde. One test binary, one module per subject; the adapters, which
//! need a loopback server, have test binaries of their own beside this directory.

mod cases;
#[cfg(all(feature = "serde", feature = "response"))]
#[path = "../corpus/mod.rs"]
mod corpus;
mod fixtures;
mod hand_written;
mod http_status;
mod output_corpus;
mod output_hostile;
mod problem;
mod redact_props;
mod remedy;
mod response_headers;
mod response_modules;
mod response_props;
mod response_serde;
mod response_shapes;
mod retry_policy;
mod route_answers;
mod serde_codes;
