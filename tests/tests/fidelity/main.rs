//! Every table row and case row checked against the text of its source (`tests/fixtures/
//! kakao-docs/`: Kakao's pages, and third-party sources for the rows known only from them), with
//! mutation tests showing that a changed page line fails; the catalog as the one list of tables.
//! One test binary, one module per source; the helpers they share (reading a stored page or a
//! fact file, this crate's source text, reporting differences) in modules of their own.

mod ads;
mod cases;
mod catalog;
mod fact_file;
mod more_pages;
mod original_pages;
mod pages;
mod report;
mod source_text;
mod stored_page;
mod tables;
mod third_party;
