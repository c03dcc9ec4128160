//! Helpers the `#[derive(KakaoError)]` expansion calls. Not a public API: names and signatures
//! may change in any release.

/// The total length of `parts`, for sizing a wrapper's `CODES` array in a const.
#[must_use]
pub const fn codes_len(parts: &[&[i32]]) -> usize {
    let mut total = 0;
    let mut i = 0;
    while i < parts.len() {
        total += parts[i].len();
        i += 1;
    }
    total
}

/// `parts` laid end to end; `N` must be [`codes_len`] of `parts`.
#[must_use]
pub const fn concat_codes<const N: usize>(parts: &[&[i32]]) -> [i32; N] {
    let mut all = [0; N];
    let mut filled = 0;
    let mut i = 0;
    while i < parts.len() {
        let mut j = 0;
        while j < parts[i].len() {
            all[filled] = parts[i][j];
            filled += 1;
            j += 1;
        }
        i += 1;
    }
    assert!(
        filled == N,
        "concat_codes: N is not the total length of the parts"
    );
    all
}

/// `codes` sorted ascending (a heap sort: `const`, in place, O(n log n), so the derive's
/// compile-time checks stay fast for members with thousands of codes). `N` is `codes.len()`.
#[must_use]
pub const fn sorted<const N: usize>(codes: &[i32]) -> [i32; N] {
    let mut heap = [0; N];
    let mut i = 0;
    while i < N {
        heap[i] = codes[i];
        i += 1;
    }
    let mut start = N / 2;
    while start > 0 {
        start -= 1;
        sift_down(&mut heap, start, N);
    }
    let mut end = N;
    while end > 1 {
        end -= 1;
        let top = heap[0];
        heap[0] = heap[end];
        heap[end] = top;
        sift_down(&mut heap, 0, end);
    }
    heap
}

const fn sift_down(heap: &mut [i32], mut root: usize, end: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && heap[child + 1] > heap[child] {
            child += 1;
        }
        if heap[root] >= heap[child] {
            return;
        }
        let parent = heap[root];
        heap[root] = heap[child];
        heap[child] = parent;
        root = child;
    }
}

/// Whether the ascending `sorted` holds `code` (binary search).
#[must_use]
pub const fn contains_sorted(sorted: &[i32], code: i32) -> bool {
    let (mut low, mut high) = (0, sorted.len());
    while low < high {
        let middle = low + (high - low) / 2;
        if sorted[middle] == code {
            return true;
        }
        if sorted[middle] < code {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    false
}

/// Whether the ascending `a` and `b` share a code (one merge walk).
#[must_use]
pub const fn overlaps_sorted(a: &[i32], b: &[i32]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            return true;
        }
        if a[i] < b[j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    false
}

#[cfg(feature = "serde")]
pub use serde;

/// Implements `Serialize`/`Deserialize` as the integer code for a derived type when the
/// `serde` feature is on, and nothing when it is off. The derive calls it for every type, so
/// users need no serde dependency of their own.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __kakao_errors_impl_serde {
    ($ty:ty) => {
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                $crate::__private::serialize_code(self, serializer)
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::deserialize_code(deserializer, ::core::stringify!($ty))
            }
        }
    };
}

/// Without the `serde` feature the derive's serde hook expands to nothing.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __kakao_errors_impl_serde {
    ($ty:ty) => {};
}

pub use crate::__kakao_errors_impl_serde as impl_serde;

/// Serializes a value as its code.
#[cfg(feature = "serde")]
pub fn serialize_code<E, S>(value: &E, serializer: S) -> Result<S::Ok, S::Error>
where
    E: crate::KakaoError,
    S: serde::Serializer,
{
    serializer.serialize_i32(value.code())
}

/// Deserializes a code and looks it up; a code the type does not know (and that no catch-all
/// takes) is an error naming the type and the code.
#[cfg(feature = "serde")]
pub fn deserialize_code<'de, E, D>(deserializer: D, type_name: &'static str) -> Result<E, D::Error>
where
    E: crate::KakaoError,
    D: serde::Deserializer<'de>,
{
    let code = <i32 as serde::Deserialize>::deserialize(deserializer)?;
    E::from_code(code)
        .ok_or_else(|| serde::de::Error::custom(crate::UnknownCode::new(type_name, code)))
}
