//! Integration and UI tests for `kakao-errors` live in `tests/`; this library is empty.
