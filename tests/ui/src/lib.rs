//! The derive's UI tests live in `tests/ui.rs` (cases in `cases/`); this library is empty.
