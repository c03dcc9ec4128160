//! Helpers the `#[derive(KakaoError)]` expansion calls. Not a public API: names and signatures
//! may change in any release.

use crate::Remedy;

// The derive keeps each own code variant's data in one static array per column, indexed by
// the variant; these read a cell.

/// A status cell: `0` stands for none.
#[must_use]
#[inline]
pub const fn status(cell: u16) -> Option<u16> {
    if cell == 0 { None } else { Some(cell) }
}

/// A text cell of an optional text: `""` stands for none (the derive rejects empty texts).
#[must_use]
#[inline]
pub const fn optional(cell: &'static str) -> Option<&'static str> {
    if cell.is_empty() { None } else { Some(cell) }
}

/// The remedies in the order of the derive's list of names (`Retry` first, `Unknown` last).
const REMEDIES: [Remedy<'static>; 15] = [
    Remedy::Retry { after: None },
    Remedy::Throttled { after: None },
    Remedy::Maintenance { after: None },
    Remedy::RetryLater,
    Remedy::OutcomeUnknown,
    Remedy::RefreshToken,
    Remedy::Relogin,
    Remedy::REQUEST_CONSENT,
    Remedy::FixRequest,
    Remedy::StartOver,
    Remedy::DeliverAnotherWay,
    Remedy::FixAppSettings,
    Remedy::UserAction,
    Remedy::ContactSupport,
    Remedy::Unknown,
];

/// The `retry` bit of a flags cell.
#[must_use]
#[inline]
pub const fn retry(flags: u8) -> bool {
    flags & 0x80 != 0
}

/// The remedy of a flags cell: the low bits are a position in the derive's list of remedy
/// names, plus one; `0` is `Unknown`.
#[must_use]
#[inline]
pub fn remedy(flags: u8) -> Remedy<'static> {
    match (flags & 0x7f).checked_sub(1) {
        Some(position) => REMEDIES
            .get(usize::from(position))
            .cloned()
            .unwrap_or(Remedy::Unknown),
        None => Remedy::Unknown,
    }
}

/// `Error`, with a lifetime: the bound of a derived `KakaoError` impl, which makes a missing
/// `Debug` one compile error (see the derive's `methods::trait_header`).
pub trait ErrorImpl<'a>: core::error::Error {}

impl<T: core::error::Error + ?Sized> ErrorImpl<'_> for T {}

/// The code `number` of `E`, as `E` writes its codes.
#[must_use]
pub const fn error_code<E: crate::KakaoError>(number: i32) -> crate::ErrorCode {
    crate::ErrorCode::written(E::CODE_PREFIX, E::CODE_DIGITS, number)
}

// ---------------------------------------------------------------------------------------------
// A wrapper's `CODES`, and the checks over its members' codes
// ---------------------------------------------------------------------------------------------

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

/// What [`first_shared`] gives when there is no shared code (outside `i32`, so never a code).
pub const NO_CODE: i64 = i64::MAX;

/// For each of `codes`, the first of `members` (each ascending) that has it: its position
/// plus one, or `0` when none has it. One binary search per code and member, all in one
/// constant, so a wrapper with thousands of own codes costs the compiler one evaluation.
#[must_use]
pub const fn in_members<const N: usize>(codes: &[i32], members: &[&[i32]]) -> [usize; N] {
    let mut found = [0; N];
    let mut i = 0;
    while i < N && i < codes.len() {
        let mut m = 0;
        while m < members.len() {
            if !none(found_in(members[m], codes[i])) {
                found[i] = m + 1;
                break;
            }
            m += 1;
        }
        i += 1;
    }
    found
}

/// The member at a position [`in_members`] gives (a check's type for the member it names):
/// `Members<k>` is the `k`th member, and `Members<0>` (no member has the code) the first.
pub trait Members<const POSITION: usize> {
    /// The member.
    type Member;
}

/// `code` if the ascending `sorted` holds it (binary search), otherwise [`NO_CODE`].
#[must_use]
pub const fn found_in(sorted: &[i32], code: i32) -> i64 {
    let (mut low, mut high) = (0, sorted.len());
    while low < high {
        let middle = low + (high - low) / 2;
        if sorted[middle] == code {
            return code as i64;
        }
        if sorted[middle] < code {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    NO_CODE
}

/// The smallest code both ascending `a` and `b` hold (one merge walk), or [`NO_CODE`].
#[must_use]
pub const fn first_shared(a: &[i32], b: &[i32]) -> i64 {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            return a[i] as i64;
        }
        if a[i] < b[j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    NO_CODE
}

/// Whether two strings are equal, in a `const`.
#[must_use]
pub const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// [`NO_CODE`] if two members are one type (a code shared that way is reported as the
/// type wrapped twice, by the conflicting `From` impls), otherwise `shared`.
#[must_use]
pub const fn unless_same_type(first: &str, second: &str, shared: i64) -> i64 {
    if !first.is_empty() && str_eq(first, second) {
        NO_CODE
    } else {
        shared
    }
}

// The compile-time checks report through traits with a custom diagnostic: a failed check reads
// as this derive's message, with the clashing code and the types named by the compiler.

/// The type a check's outcome selects: [`Pass`] when it holds, [`Fail`] when it does not.
pub struct Verdict<const HOLDS: bool>;

/// A check that holds.
pub struct Pass;

/// A check that does not hold.
pub struct Fail;

/// Maps a [`Verdict`] to [`Pass`] or [`Fail`].
pub trait Outcome {
    /// [`Pass`] or [`Fail`].
    type Type;
}

impl Outcome for Verdict<true> {
    type Type = Pass;
}

impl Outcome for Verdict<false> {
    type Type = Fail;
}

/// Whether `code` is [`NO_CODE`], as a [`Verdict`] argument.
#[must_use]
pub const fn none(code: i64) -> bool {
    code == NO_CODE
}

/// A code of the enum is also a code of one of its transparent members.
#[diagnostic::on_unimplemented(
    message = "`{Enum}`: code {CODE} is also a code of `{Member}`, which `{Enum}` wraps",
    label = "also a code of `{Member}`",
    note = "each code must be reachable one way only: remove this variant, or wrap a table without this code"
)]
pub trait OwnCodeNotInMember<Enum, Member, const CODE: i64> {
    /// Names the check; evaluating it is the check.
    const CHECK: () = ();
}

#[diagnostic::do_not_recommend]
impl<Enum, Member, const CODE: i64> OwnCodeNotInMember<Enum, Member, CODE> for Pass {}

/// [`OwnCodeNotInMember`] for an enum whose codes are written with a prefix: `Code` is a type
/// the derive names after the code as written (`KOE320`), so the message shows it that way.
#[diagnostic::on_unimplemented(
    message = "`{Enum}`: code {Code} is also a code of `{Member}`, which `{Enum}` wraps",
    label = "also a code of `{Member}`",
    note = "each code must be reachable one way only: remove this variant, or wrap a table without this code"
)]
pub trait OwnPrefixedCodeNotInMember<Enum, Member, Code> {
    /// Names the check; evaluating it is the check.
    const CHECK: () = ();
}

#[diagnostic::do_not_recommend]
impl<Enum, Member, Code> OwnPrefixedCodeNotInMember<Enum, Member, Code> for Pass {}

/// Two transparent members share a code.
#[diagnostic::on_unimplemented(
    message = "`{Enum}`: `{First}` and `{Second}` share error code {CODE}",
    label = "`{Second}` also has code {CODE}, which `{First}` has",
    note = "each code must be reachable one way only: wrap only one of the two tables, or remove the code from one of them"
)]
pub trait MembersShareNoCode<Enum, First, Second, const CODE: i64> {
    /// Names the check; evaluating it is the check.
    const CHECK: () = ();
}

#[diagnostic::do_not_recommend]
impl<Enum, First, Second, const CODE: i64> MembersShareNoCode<Enum, First, Second, CODE> for Pass {}

/// [`MembersShareNoCode`] for an enum whose codes are written with a prefix: `Prefix` is a
/// type the derive names after the prefix and the zeros that pad `CODE` to the enum's number
/// of digits (`KOE0` for 20 in `KOE020`), so the message shows the code as written.
#[diagnostic::on_unimplemented(
    message = "`{Enum}`: `{First}` and `{Second}` share error code {Prefix}{CODE}",
    label = "`{Second}` also has code {Prefix}{CODE}, which `{First}` has",
    note = "each code must be reachable one way only: wrap only one of the two tables, or remove the code from one of them"
)]
pub trait PrefixedMembersShareNoCode<Enum, First, Second, Prefix, const CODE: i64> {
    /// Names the check; evaluating it is the check.
    const CHECK: () = ();
}

#[diagnostic::do_not_recommend]
impl<Enum, First, Second, Prefix, const CODE: i64>
    PrefixedMembersShareNoCode<Enum, First, Second, Prefix, CODE> for Pass
{
}

/// The type the derive names after a prefix and `ZEROS` zeros (`KOE`, `KOE0`, ...).
pub trait Padded<const ZEROS: usize> {
    /// The prefix and zeros as a type's name.
    type Prefix;
}

/// How many zeros pad `code` to `digits` digits, in `0..digits` (`2` for 7 in `KOE007`).
#[must_use]
pub const fn zeros(code: i64, digits: u8) -> usize {
    let mut written = 1;
    let mut rest = code / 10;
    while rest != 0 {
        written += 1;
        rest /= 10;
    }
    (digits as usize).saturating_sub(written)
}

/// A member's codes are written differently from the enum's (another prefix, or other digits).
#[diagnostic::on_unimplemented(
    message = "`{Enum}` wraps `{Member}`, whose codes are written differently (another prefix, such as `KOE`, or another number of digits)",
    label = "codes written differently from the rest of `{Enum}`",
    note = "one enum's codes share one written form: keep tables of prefixed codes (`KOE320`) and of plain numbers (`-402`) in separate enums"
)]
pub trait SameCodeForm<Enum, Member> {
    /// Names the check; evaluating it is the check.
    const CHECK: () = ();
}

#[diagnostic::do_not_recommend]
impl<Enum, Member> SameCodeForm<Enum, Member> for Pass {}

/// A doc comment read at compile time gives a variant no text.
#[diagnostic::on_unimplemented(
    message = "`{Enum}`: this variant's doc comment has no text, so it has no message",
    label = "no text in this variant's doc comment",
    note = "the first paragraph of the doc comment is the message: give it text, or write `#[kakao(message = \"...\")]`"
)]
pub trait MessageHasText<Enum> {
    /// Names the check; evaluating it is the check.
    const CHECK: () = ();
}

#[diagnostic::do_not_recommend]
impl<Enum> MessageHasText<Enum> for Pass {}

// ---------------------------------------------------------------------------------------------
// Messages from doc comments that are not plain literals (`#[doc = include_str!("...")]`)
// ---------------------------------------------------------------------------------------------

// The first paragraph of a doc comment, as plain text: the derive's `markdown` module says the
// rules, and reads doc text it sees as literals; these `const fn`s read doc text known only at
// compile time (`include_str!`, `concat!`), and are written alike, byte by byte, so both give
// one message for one doc comment (`tests/tests/doc_markdown.rs` checks they agree). They only
// ever drop ASCII bytes, so the text stays UTF-8. Whitespace is ASCII whitespace: a no-break or
// ideographic space is text, as Markdown counts indentation and blank lines.

/// Where the reading of a first paragraph is: the next line's start, whether text has been
/// found, the open fence (its byte, `0` for none, and its length), and whether it is over.
#[derive(Clone, Copy)]
struct Scan {
    at: usize,
    started: bool,
    fence: u8,
    fence_length: usize,
    done: bool,
}

/// `start..end` of `bytes` without ASCII whitespace at either end.
const fn trimmed(bytes: &[u8], mut start: usize, mut end: usize) -> (usize, usize) {
    while start < end && bytes[start].is_ascii_whitespace() {
        start += 1;
    }
    while end > start && bytes[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    (start, end)
}

/// How many times `byte` repeats from `at`, up to `end`.
const fn run_of(bytes: &[u8], at: usize, end: usize, byte: u8) -> usize {
    let mut stop = at;
    while stop < end && bytes[stop] == byte {
        stop += 1;
    }
    stop - at
}

/// A code fence opening at `start..end` (a trimmed line): its byte and length, or `(0, 0)`.
const fn opens_fence(bytes: &[u8], start: usize, end: usize) -> (u8, usize) {
    if start == end || (bytes[start] != b'`' && bytes[start] != b'~') {
        return (0, 0);
    }
    let mark = bytes[start];
    let length = run_of(bytes, start, end, mark);
    if length < 3 {
        return (0, 0);
    }
    if mark == b'`' {
        let mut at = start + length;
        while at < end {
            if bytes[at] == b'`' {
                return (0, 0);
            }
            at += 1;
        }
    }
    (mark, length)
}

const fn closes_fence(bytes: &[u8], start: usize, end: usize, mark: u8, length: usize) -> bool {
    let run = run_of(bytes, start, end, mark);
    run >= length && run == end - start
}

const fn is_blank(byte: u8) -> bool {
    byte == b' ' || byte == b'\t'
}

/// An ATX heading at `start..end` (a trimmed line): whether it is one, and its text's range.
const fn heading(bytes: &[u8], start: usize, end: usize) -> (bool, usize, usize) {
    let level = run_of(bytes, start, end, b'#');
    if level == 0 || level > 6 || (start + level < end && !is_blank(bytes[start + level])) {
        return (false, 0, 0);
    }
    let (mut first, mut stop) = (start + level, end);
    while first < stop && is_blank(bytes[first]) {
        first += 1;
    }
    let mut closing = stop;
    while closing > first && bytes[closing - 1] == b'#' {
        closing -= 1;
    }
    if closing == first {
        stop = first;
    } else if closing < stop && is_blank(bytes[closing - 1]) {
        stop = closing;
    }
    while stop > first && is_blank(bytes[stop - 1]) {
        stop -= 1;
    }
    (true, first, stop)
}

/// A setext heading's underline at `start..end`: only `=`, or only `-`.
const fn is_underline(bytes: &[u8], start: usize, end: usize) -> bool {
    run_of(bytes, start, end, b'=') == end - start || run_of(bytes, start, end, b'-') == end - start
}

/// The next line of the first paragraph: its text's range and the scan after it, or `None`
/// when the paragraph is over.
const fn next_line(bytes: &[u8], mut scan: Scan) -> Option<(usize, usize, Scan)> {
    while !scan.done && scan.at < bytes.len() {
        let mut end = scan.at;
        while end < bytes.len() && bytes[end] != b'\n' {
            end += 1;
        }
        let (start, stop) = trimmed(bytes, scan.at, end);
        scan.at = end + 1;
        if scan.fence != 0 {
            if closes_fence(bytes, start, stop, scan.fence, scan.fence_length) {
                scan.fence = 0;
            }
            continue;
        }
        if start == stop {
            if scan.started {
                return None;
            }
            continue;
        }
        let (mark, length) = opens_fence(bytes, start, stop);
        if length != 0 {
            if scan.started {
                return None;
            }
            scan.fence = mark;
            scan.fence_length = length;
            continue;
        }
        let (is_heading, first, last) = heading(bytes, start, stop);
        if is_heading {
            if scan.started {
                return None;
            }
            if first == last {
                continue;
            }
            scan.started = true;
            scan.done = true;
            return Some((first, last, scan));
        }
        if scan.started && is_underline(bytes, start, stop) {
            return None;
        }
        scan.started = true;
        return Some((start, stop, scan));
    }
    None
}

const START: Scan = Scan {
    at: 0,
    started: false,
    fence: 0,
    fence_length: 0,
    done: false,
};

/// The length of the first paragraph of `text`: its lines trimmed of ASCII whitespace and
/// joined with one space each, as the derive reads a doc comment (Markdown syntax still in).
#[must_use]
pub const fn paragraph_len(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut len = 0;
    let mut scan = START;
    while let Some((start, end, next)) = next_line(bytes, scan) {
        if len > 0 {
            len += 1;
        }
        len += end - start;
        scan = next;
    }
    len
}

/// The first paragraph of `text` as bytes (see [`paragraph_len`], which `N` must be).
#[must_use]
pub const fn paragraph<const N: usize>(text: &str) -> [u8; N] {
    let bytes = text.as_bytes();
    let mut out = [0; N];
    let mut len = 0;
    let mut scan = START;
    while let Some((start, end, next)) = next_line(bytes, scan) {
        if len > 0 {
            out[len] = b' ';
            len += 1;
        }
        let mut i = start;
        while i < end {
            out[len] = bytes[i];
            len += 1;
            i += 1;
        }
        scan = next;
    }
    out
}

/// Where the run of exactly `length` backticks closing a code span starts, looking from
/// `from`; `usize::MAX` if there is none.
const fn closing_backticks(text: &[u8], from: usize, length: usize) -> usize {
    let mut at = from;
    while at < text.len() {
        if text[at] == b'`' {
            let run = run_of(text, at, text.len(), b'`');
            if run == length {
                return at;
            }
            at += run;
        } else {
            at += 1;
        }
    }
    usize::MAX
}

/// Whether `text[at]` is a backslash escaping the ASCII punctuation after it.
const fn escapes(text: &[u8], at: usize) -> bool {
    text[at] == b'\\' && at + 1 < text.len() && text[at + 1].is_ascii_punctuation()
}

/// A link whose `[` is at `open`: its `]` and its last byte (see the derive's `markdown`), or
/// `(usize::MAX, 0)` for none.
const fn link(text: &[u8], open: usize) -> (usize, usize) {
    const NONE: (usize, usize) = (usize::MAX, 0);
    let mut at = open + 1;
    let mut depth = 0;
    let close = loop {
        if at >= text.len() {
            return NONE;
        }
        if escapes(text, at) {
            at += 2;
            continue;
        }
        if text[at] == b'`' {
            let run = run_of(text, at, text.len(), b'`');
            let closing = closing_backticks(text, at + run, run);
            at = if closing == usize::MAX {
                at + run
            } else {
                closing + run
            };
            continue;
        }
        if text[at] == b'[' {
            depth += 1;
        } else if text[at] == b']' {
            if depth == 0 {
                break at;
            }
            depth -= 1;
        }
        at += 1;
    };
    if close + 1 < text.len() && text[close + 1] == b'(' {
        let mut at = close + 2;
        let mut depth = 0;
        while at < text.len() {
            if escapes(text, at) {
                at += 2;
                continue;
            }
            if text[at] == b'(' {
                depth += 1;
            } else if text[at] == b')' {
                if depth == 0 {
                    return (close, at);
                }
                depth -= 1;
            }
            at += 1;
        }
        return NONE;
    }
    if close + 1 < text.len() && text[close + 1] == b'[' {
        let mut at = close + 2;
        while at < text.len() {
            if escapes(text, at) {
                at += 2;
                continue;
            }
            if text[at] == b'[' {
                return NONE;
            }
            if text[at] == b']' {
                return (close, at);
            }
            at += 1;
        }
        return NONE;
    }
    let run = run_of(text, open + 1, text.len(), b'`');
    if run > 0
        && close - run > open + run
        && closing_backticks(text, open + 1 + run, run) == close - run
    {
        return (close, close);
    }
    NONE
}

/// Whether a run of `mark` between `before` and `after` may open and may close emphasis.
const fn flanking(mark: u8, before: u8, after: u8) -> (bool, bool) {
    let (before_space, after_space) = (before.is_ascii_whitespace(), after.is_ascii_whitespace());
    let (before_punct, after_punct) = (before.is_ascii_punctuation(), after.is_ascii_punctuation());
    let left = !after_space && (!after_punct || before_space || before_punct);
    let right = !before_space && (!before_punct || after_space || after_punct);
    if mark == b'*' {
        (left, right)
    } else {
        (
            left && (!right || before_punct),
            right && (!left || after_punct),
        )
    }
}

/// Which bytes of `text` (a paragraph) stay when its inline Markdown syntax is removed.
const fn kept<const N: usize>(text: &[u8; N]) -> [bool; N] {
    let mut keep = [true; N];
    let mut literal = [false; N];

    // Escapes, code spans and links.
    let mut at = 0;
    let mut link_close = usize::MAX;
    let mut link_resume = 0;
    while at < N {
        if at >= link_close {
            at = link_resume;
            link_close = usize::MAX;
            continue;
        }
        if escapes(text, at) {
            keep[at] = false;
            literal[at + 1] = true;
            at += 2;
            continue;
        }
        if text[at] == b'`' {
            let run = run_of(text, at, N, b'`');
            let closing = closing_backticks(text, at + run, run);
            if closing == usize::MAX {
                let mut i = at;
                while i < at + run {
                    literal[i] = true;
                    i += 1;
                }
                at += run;
                continue;
            }
            let (start, stop) = (at + run, closing);
            let mut i = 0;
            while i < run {
                keep[at + i] = false;
                keep[stop + i] = false;
                i += 1;
            }
            let mut i = start;
            let mut all_spaces = true;
            while i < stop {
                literal[i] = true;
                all_spaces &= text[i] == b' ';
                i += 1;
            }
            if stop - start >= 2 && text[start] == b' ' && text[stop - 1] == b' ' && !all_spaces {
                keep[start] = false;
                keep[stop - 1] = false;
            }
            at = stop + run;
            continue;
        }
        let open = if text[at] == b'!' { at + 1 } else { at };
        if link_close == usize::MAX && open < N && text[open] == b'[' {
            let (close, end) = link(text, open);
            if close != usize::MAX {
                let mut i = at;
                while i <= open {
                    keep[i] = false;
                    i += 1;
                }
                let mut i = close;
                while i <= end {
                    keep[i] = false;
                    i += 1;
                }
                link_close = close;
                link_resume = end + 1;
                at = open + 1;
                continue;
            }
        }
        at += 1;
    }

    // Emphasis.
    let mut opener_at = [0; N];
    let mut opener_run = [0; N];
    let mut openers = 0;
    let mut at = 0;
    while at < N {
        let mark = text[at];
        if !keep[at] || literal[at] || (mark != b'*' && mark != b'_') {
            at += 1;
            continue;
        }
        let mut end = at;
        while end < N && text[end] == mark && keep[end] && !literal[end] {
            end += 1;
        }
        let run = end - at;
        let before = if at == 0 { b' ' } else { text[at - 1] };
        let after = if end == N { b' ' } else { text[end] };
        let (opens, closes) = flanking(mark, before, after);
        if run <= 3 {
            let mut paired = usize::MAX;
            if closes {
                let mut index = openers;
                while index > 0 {
                    index -= 1;
                    if text[opener_at[index]] == mark && opener_run[index] == run {
                        paired = index;
                        break;
                    }
                }
            }
            if paired != usize::MAX {
                let mut i = 0;
                while i < run {
                    keep[opener_at[paired] + i] = false;
                    keep[at + i] = false;
                    i += 1;
                }
                openers = paired;
            } else if opens {
                opener_at[openers] = at;
                opener_run[openers] = run;
                openers += 1;
            }
        }
        at = end;
    }
    keep
}

/// The length of the paragraph `text` as plain text (see [`kept`]).
#[must_use]
pub const fn plain_len<const N: usize>(text: &[u8; N]) -> usize {
    let keep = kept(text);
    let mut len = 0;
    let mut i = 0;
    while i < N {
        if keep[i] {
            len += 1;
        }
        i += 1;
    }
    len
}

/// The paragraph `text` as plain text (`M` must be [`plain_len`] of `text`).
#[must_use]
pub const fn plain<const N: usize, const M: usize>(text: &[u8; N]) -> [u8; M] {
    let keep = kept(text);
    let mut out = [0; M];
    let mut len = 0;
    let mut i = 0;
    while i < N {
        if keep[i] {
            out[len] = text[i];
            len += 1;
        }
        i += 1;
    }
    out
}

/// The length of `parts` laid end to end.
#[must_use]
pub const fn concat_len(parts: &[&str]) -> usize {
    let mut len = 0;
    let mut i = 0;
    while i < parts.len() {
        len += parts[i].len();
        i += 1;
    }
    len
}

/// `parts` laid end to end, as bytes (`N` must be [`concat_len`] of `parts`).
#[must_use]
pub const fn concat<const N: usize>(parts: &[&str]) -> [u8; N] {
    let mut out = [0; N];
    let mut len = 0;
    let mut i = 0;
    while i < parts.len() {
        let bytes = parts[i].as_bytes();
        let mut j = 0;
        while j < bytes.len() {
            out[len] = bytes[j];
            len += 1;
            j += 1;
        }
        i += 1;
    }
    out
}

/// The text of `bytes`, which the functions above cut only at ASCII bytes, so it is UTF-8.
#[must_use]
pub const fn text(bytes: &'static [u8]) -> &'static str {
    match core::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => "",
    }
}

// ---------------------------------------------------------------------------------------------
// serde, for enums marked `#[kakao(serde)]`
// ---------------------------------------------------------------------------------------------

#[cfg(feature = "serde")]
pub use serde;

/// Implements `Serialize` (as the code) and `Deserialize` (from the code) for an enum marked
/// `#[kakao(serde)]`, given a name for the type (the derive gives an alias: a `#[deprecated]`
/// enum's own name would warn here) and the enum's name for error messages; without the `serde`
/// feature, a compile error saying how to turn it on.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __kakao_errors_impl_serde {
    ($ty:ident, $name:literal) => {
        const _: () = {
            // Hide any item of the user's named like the parameters below, which would make
            // them patterns (see the derive's `methods::local_shadows`).
            fn __kakao_serializer() {}
            fn __kakao_deserializer() {}

            impl $crate::__private::serde::Serialize for $ty {
                fn serialize<S>(
                    &self,
                    __kakao_serializer: S,
                ) -> ::core::result::Result<S::Ok, S::Error>
                where
                    S: $crate::__private::serde::Serializer,
                {
                    $crate::__private::serialize_code(self, __kakao_serializer)
                }
            }

            impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
                fn deserialize<D>(__kakao_deserializer: D) -> ::core::result::Result<Self, D::Error>
                where
                    D: $crate::__private::serde::Deserializer<'de>,
                {
                    $crate::__private::deserialize_code(__kakao_deserializer, $name)
                }
            }
        };
    };
}

/// Without the `serde` feature, `#[kakao(serde)]` is a compile error that says what to do.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __kakao_errors_impl_serde {
    ($ty:ident, $name:literal) => {
        ::core::compile_error!(::core::concat!(
            "#[kakao(serde)] on `",
            $name,
            "` needs the `serde` feature of kakao-errors: \
             kakao-errors = { version = \"...\", features = [\"serde\"] }"
        ));
    };
}

pub use crate::__kakao_errors_impl_serde as impl_serde;

/// Serializes a value as its code: an integer, or a string (`"KOE320"`) for a prefixed code.
#[cfg(feature = "serde")]
pub fn serialize_code<E, S>(value: &E, serializer: S) -> Result<S::Ok, S::Error>
where
    E: crate::KakaoError,
    S: serde::Serializer,
{
    if E::CODE_PREFIX.is_empty() {
        serializer.serialize_i32(value.code())
    } else {
        serializer.collect_str(&value.error_code())
    }
}

/// Deserializes a code (an integer, a string holding one, or a prefixed code such as
/// `"KOE320"`) and looks it up; a code the type does not know (and that no catch-all takes) is
/// an error naming the type and the code.
#[cfg(feature = "serde")]
pub fn deserialize_code<'de, E, D>(deserializer: D, type_name: &'static str) -> Result<E, D::Error>
where
    E: crate::KakaoError,
    D: serde::Deserializer<'de>,
{
    let visitor = CodeVisitor::<E> {
        type_name,
        table: core::marker::PhantomData,
    };
    if deserializer.is_human_readable() {
        // JSON and the like: an integer, or a string holding one or a prefixed code.
        deserializer.deserialize_any(visitor)
    } else if E::CODE_PREFIX.is_empty() {
        // Binary formats (bincode, postcard) cannot tell what comes next: read what
        // `serialize_code` wrote.
        deserializer.deserialize_i32(visitor)
    } else {
        deserializer.deserialize_str(visitor)
    }
}

#[cfg(feature = "serde")]
struct CodeVisitor<E> {
    type_name: &'static str,
    table: core::marker::PhantomData<E>,
}

#[cfg(feature = "serde")]
impl<E: crate::KakaoError> CodeVisitor<E> {
    fn unknown<Er: serde::de::Error>(&self, code: i32) -> Er {
        Er::custom(crate::UnknownCode::from_error_code(
            self.type_name,
            error_code::<E>(code),
        ))
    }

    fn lookup<Er: serde::de::Error>(&self, code: i128) -> Result<E, Er> {
        let Ok(code) = i32::try_from(code) else {
            return Err(Er::custom(format_args!(
                "{} has no error code {code}: codes fit in i32",
                self.type_name
            )));
        };
        E::from_code(code).ok_or_else(|| self.unknown(code))
    }
}

#[cfg(feature = "serde")]
impl<E: crate::KakaoError> serde::de::Visitor<'_> for CodeVisitor<E> {
    type Value = E;

    fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if E::CODE_PREFIX.is_empty() {
            write!(
                f,
                "an error code of `{}` (an integer, or a string holding one)",
                self.type_name
            )
        } else {
            write!(
                f,
                "an error code of `{}` (a string such as \"{}{:0width$}\", or its number)",
                self.type_name,
                E::CODE_PREFIX,
                1,
                width = usize::from(E::CODE_DIGITS)
            )
        }
    }

    fn visit_i64<Er: serde::de::Error>(self, code: i64) -> Result<E, Er> {
        self.lookup(code.into())
    }

    fn visit_u64<Er: serde::de::Error>(self, code: u64) -> Result<E, Er> {
        self.lookup(code.into())
    }

    fn visit_str<Er: serde::de::Error>(self, text: &str) -> Result<E, Er> {
        match crate::ErrorCode::parse_number(text, E::CODE_PREFIX) {
            Some(code) => self.lookup(code.into()),
            None => Err(Er::invalid_value(serde::de::Unexpected::Str(text), &self)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{in_members, zeros};

    #[test]
    fn zeros_pad_a_code_to_its_digits() {
        assert_eq!(zeros(6, 3), 2);
        assert_eq!(zeros(0, 3), 2);
        assert_eq!(zeros(20, 3), 1);
        assert_eq!(zeros(320, 3), 0);
        assert_eq!(zeros(4321, 3), 0);
        assert_eq!(zeros(7, 1), 0);
    }

    #[test]
    fn in_members_names_the_first_member_with_each_code() {
        let found: [usize; 4] = in_members(&[5, -2, 9, 1], &[&[1, 2, 3], &[-2, 1, 5]]);
        assert_eq!(found, [2, 2, 0, 1]);
        let found: [usize; 2] = in_members(&[5, 6], &[]);
        assert_eq!(found, [0, 0]);
    }
}
