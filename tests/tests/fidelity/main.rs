//! Every table row and case row checked against the text of its source (`tests/fixtures/
//! kakao-docs/`: Kakao's pages, and third-party sources for the rows known only from them), with
//! mutation tests showing that a changed page line fails; the catalog as the one list of tables.
//! One test binary, one module per source.

mod ads;
mod cases;
mod catalog;
mod more_pages;
mod original_pages;
mod pages;
mod tables;
mod third_party;
