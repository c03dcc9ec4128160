//! Cutting text on a character boundary, for the reader, the redaction rule and the route
//! answers alike (`str::floor_char_boundary` is not stable yet).

/// The largest `n <= max` that is a character boundary of `s`.
pub(crate) fn floor_char_boundary(s: &str, max: usize) -> usize {
    if max >= s.len() {
        return s.len();
    }
    let mut n = max;
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    n
}
