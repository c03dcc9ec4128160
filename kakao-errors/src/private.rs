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
// A wrapper's codes: the ways they are written, its number form, its `CODES`
// ---------------------------------------------------------------------------------------------

/// The documented codes of a type that are written one way: with `prefix` (`""` for plain
/// numbers) and `digits` (see `KakaoError::__GROUPS`).
#[derive(Clone, Copy, Debug)]
pub struct CodeGroup {
    /// The letters before the number (`"KOE"`), or `""`.
    pub prefix: &'static str,
    /// How many digits the number is padded to.
    pub digits: u8,
    /// The numbers.
    pub codes: &'static [i32],
}

const NO_GROUP: CodeGroup = CodeGroup {
    prefix: "",
    digits: 0,
    codes: &[],
};

/// Whether two prefixes are one, ignoring ASCII case, as codes are read.
#[must_use]
pub const fn same_prefix(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if !a[i].eq_ignore_ascii_case(&b[i]) {
            return false;
        }
        i += 1;
    }
    true
}

/// How many groups `parts` hold.
#[must_use]
pub const fn groups_len(parts: &[&[CodeGroup]]) -> usize {
    let mut total = 0;
    let mut i = 0;
    while i < parts.len() {
        total += parts[i].len();
        i += 1;
    }
    total
}

/// The groups of `parts` in order; `N` must be [`groups_len`] of `parts`.
#[must_use]
pub const fn concat_groups<const N: usize>(parts: &[&[CodeGroup]]) -> [CodeGroup; N] {
    let mut all = [NO_GROUP; N];
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
    all
}

/// The number form of a wrapper without codes of its own: the prefix and digits of the first
/// of its members' groups when every group has that prefix, otherwise plain numbers.
#[must_use]
pub const fn common_form(parts: &[&[CodeGroup]]) -> (&'static str, u8) {
    let mut first = NO_GROUP;
    let mut found = false;
    let mut i = 0;
    while i < parts.len() {
        let mut j = 0;
        while j < parts[i].len() {
            let group = parts[i][j];
            if !found {
                first = group;
                found = true;
            } else if !same_prefix(group.prefix, first.prefix) {
                return ("", 0);
            }
            j += 1;
        }
        i += 1;
    }
    (first.prefix, first.digits)
}

/// How many codes of `parts` are written with `prefix`.
#[must_use]
pub const fn form_len(parts: &[&[CodeGroup]], prefix: &str) -> usize {
    let mut total = 0;
    let mut i = 0;
    while i < parts.len() {
        let mut j = 0;
        while j < parts[i].len() {
            if same_prefix(parts[i][j].prefix, prefix) {
                total += parts[i][j].codes.len();
            }
            j += 1;
        }
        i += 1;
    }
    total
}

/// The codes of `parts` written with `prefix`, in order: a wrapper's `CODES`. `N` must be
/// [`form_len`] of the same.
#[must_use]
pub const fn form_codes<const N: usize>(parts: &[&[CodeGroup]], prefix: &str) -> [i32; N] {
    let mut all = [0; N];
    let mut filled = 0;
    let mut i = 0;
    while i < parts.len() {
        let mut j = 0;
        while j < parts[i].len() {
            let group = parts[i][j];
            if same_prefix(group.prefix, prefix) {
                let mut k = 0;
                while k < group.codes.len() {
                    all[filled] = group.codes[k];
                    filled += 1;
                    k += 1;
                }
            }
            j += 1;
        }
        i += 1;
    }
    assert!(filled == N, "form_codes: N is not form_len");
    all
}

/// Whether `E` writes any of its codes with a prefix: its number form, or a member's table.
#[must_use]
pub const fn writes_prefixes<E: crate::KakaoError>() -> bool {
    if !E::CODE_PREFIX.is_empty() {
        return true;
    }
    let mut i = 0;
    while i < E::__GROUPS.len() {
        if !E::__GROUPS[i].prefix.is_empty() {
            return true;
        }
        i += 1;
    }
    false
}

/// Whether `E` writes all its codes with its [number form](crate::KakaoError::CODE_PREFIX),
/// as every table of this crate and every hand-written implementation does; not a wrapper of
/// plain and prefixed tables.
#[must_use]
pub const fn writes_one_way<E: crate::KakaoError>() -> bool {
    let mut i = 0;
    while i < E::__GROUPS.len() {
        if !same_prefix(E::__GROUPS[i].prefix, E::CODE_PREFIX) {
            return false;
        }
        i += 1;
    }
    true
}

/// A code written as text, split into its prefix (the ASCII letters it starts with, maybe
/// none) and its number: `"KOE320"` is `("KOE", 320)`, `" -402 "` is `("", -402)`. After a
/// prefix, the number is digits with an optional `-` (a catch-all's negative code, `KOE-05`);
/// without one, an optionally signed integer. `None` for anything else, or past `i32`.
#[must_use]
pub fn split_code(text: &str) -> Option<(&str, i32)> {
    let text = text.trim();
    let letters = text
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(text.len());
    let (prefix, number) = text.split_at(letters);
    if prefix.is_empty() {
        return Some(("", number.parse().ok()?));
    }
    let digits = number.strip_prefix('-').unwrap_or(number);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((prefix, number.parse().ok()?))
}

// ---------------------------------------------------------------------------------------------
// The checks over a wrapper's members' codes
// ---------------------------------------------------------------------------------------------

/// A code as written, for the compile-time checks.
#[derive(Clone, Copy, Debug)]
pub struct Written {
    prefix: &'static str,
    digits: u8,
    number: i32,
}

const NO_WRITTEN: Written = Written {
    prefix: "",
    digits: 0,
    number: 0,
};

/// How many codes `groups` hold.
#[must_use]
pub const fn written_len(groups: &[CodeGroup]) -> usize {
    let mut total = 0;
    let mut i = 0;
    while i < groups.len() {
        total += groups[i].codes.len();
        i += 1;
    }
    total
}

/// The order of two codes as written: by prefix (ignoring ASCII case), then by number.
const fn order(a_prefix: &str, a_number: i32, b_prefix: &str, b_number: i32) -> i32 {
    let (a, b) = (a_prefix.as_bytes(), b_prefix.as_bytes());
    let mut i = 0;
    while i < a.len() && i < b.len() {
        let (x, y) = (a[i].to_ascii_uppercase(), b[i].to_ascii_uppercase());
        if x != y {
            return if x < y { -1 } else { 1 };
        }
        i += 1;
    }
    if a.len() != b.len() {
        return if a.len() < b.len() { -1 } else { 1 };
    }
    if a_number == b_number {
        0
    } else if a_number < b_number {
        -1
    } else {
        1
    }
}

const fn order_of(a: Written, b: Written) -> i32 {
    order(a.prefix, a.number, b.prefix, b.number)
}

/// Every code of `groups`, sorted by prefix (ignoring ASCII case) then number (a heap sort:
/// `const`, in place, O(n log n), so the checks stay fast for members with thousands of
/// codes). `N` must be [`written_len`] of `groups`.
#[must_use]
pub const fn sorted_written<const N: usize>(groups: &[CodeGroup]) -> [Written; N] {
    let mut heap = [NO_WRITTEN; N];
    let mut filled = 0;
    let mut i = 0;
    while i < groups.len() {
        let mut j = 0;
        while j < groups[i].codes.len() {
            heap[filled] = Written {
                prefix: groups[i].prefix,
                digits: groups[i].digits,
                number: groups[i].codes[j],
            };
            filled += 1;
            j += 1;
        }
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

const fn sift_down(heap: &mut [Written], mut root: usize, end: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && order_of(heap[child + 1], heap[child]) > 0 {
            child += 1;
        }
        if order_of(heap[root], heap[child]) >= 0 {
            return;
        }
        let parent = heap[root];
        heap[root] = heap[child];
        heap[child] = parent;
        root = child;
    }
}

/// Whether the sorted `codes` hold the code written with `prefix` and `number` (binary search).
const fn holds(codes: &[Written], prefix: &str, number: i32) -> bool {
    let (mut low, mut high) = (0, codes.len());
    while low < high {
        let middle = low + (high - low) / 2;
        let here = order(codes[middle].prefix, codes[middle].number, prefix, number);
        if here == 0 {
            return true;
        }
        if here < 0 {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    false
}

/// For each of `codes` (written with `prefix`), the first of `members` (each sorted) that has
/// it: its position plus one, or `0` when none has it. One binary search per code and member,
/// all in one constant, so a wrapper with thousands of own codes costs the compiler one
/// evaluation.
#[must_use]
pub const fn in_members<const N: usize>(
    prefix: &str,
    codes: &[i32],
    members: &[&[Written]],
) -> [usize; N] {
    let mut found = [0; N];
    let mut i = 0;
    while i < N && i < codes.len() {
        let mut m = 0;
        while m < members.len() {
            if holds(members[m], prefix, codes[i]) {
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

/// The first code (by prefix, then number) both sorted `a` and `b` hold (one merge walk).
#[must_use]
pub const fn first_shared(a: &[Written], b: &[Written]) -> Option<Written> {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let here = order_of(a[i], b[j]);
        if here == 0 {
            return Some(a[i]);
        }
        if here < 0 {
            i += 1;
        } else {
            j += 1;
        }
    }
    None
}

/// Whether every code of the sorted `small` is one of the sorted `big` (one merge walk).
const fn inside(small: &[Written], big: &[Written]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < small.len() {
        if j == big.len() {
            return false;
        }
        let here = order_of(small[i], big[j]);
        if here == 0 {
            i += 1;
            j += 1;
        } else if here < 0 {
            return false;
        } else {
            j += 1;
        }
    }
    true
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

/// Two members that are one type (under two names: an alias, `crate::` and `self::` paths).
pub const SAME_TYPE: u8 = 1;
/// Every code of the second member is one of the first's.
pub const SECOND_INSIDE: u8 = 2;
/// Every code of the first member is one of the second's.
pub const FIRST_INSIDE: u8 = 3;
/// The two members share a code (see [`first_shared`]).
pub const SHARE: u8 = 4;

/// How two members of a wrapper overlap, from their identities (`__IDENTITY`; `""` for a
/// hand-written type, which is never taken for another) and their sorted codes: one of the
/// constants above, or `0` when they do not.
#[must_use]
pub const fn overlap(
    first_identity: &str,
    second_identity: &str,
    first: &[Written],
    second: &[Written],
) -> u8 {
    if str_eq_named(first_identity, second_identity) {
        SAME_TYPE
    } else if !second.is_empty() && inside(second, first) {
        SECOND_INSIDE
    } else if !first.is_empty() && inside(first, second) {
        FIRST_INSIDE
    } else if first_shared(first, second).is_some() {
        SHARE
    } else {
        0
    }
}

/// Whether two identities (`__IDENTITY`) name one type; `""` (a hand-written type's) never
/// does.
#[must_use]
pub const fn str_eq_named(a: &str, b: &str) -> bool {
    !a.is_empty() && str_eq(a, b)
}

/// The number of bytes `code` takes written out (`KOE006`, `-402`).
const fn written_width(code: Written) -> usize {
    let mut digits = 1;
    let mut rest = code.number.unsigned_abs() / 10;
    while rest != 0 {
        digits += 1;
        rest /= 10;
    }
    let sign = if code.number < 0 { 1 } else { 0 };
    let padded = if (code.digits as usize) > digits + sign {
        code.digits as usize
    } else {
        digits + sign
    };
    code.prefix.len() + padded
}

/// The outcome of the check of two members (see [`pair_check`]): the message of a failed
/// check, in `ROOM` bytes, or nothing.
pub struct PairCheck<const ROOM: usize> {
    message: [u8; ROOM],
    len: usize,
}

impl<const ROOM: usize> PairCheck<ROOM> {
    /// Whether the check failed.
    #[must_use]
    pub const fn failed(&self) -> bool {
        self.len > 0
    }

    /// The message of a failed check (up to a character the room cut, if any).
    #[must_use]
    pub const fn text(&self) -> &str {
        let bytes = self.message.split_at(self.len).0;
        match core::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(error) => match core::str::from_utf8(bytes.split_at(error.valid_up_to()).0) {
                Ok(text) => text,
                Err(_) => "",
            },
        }
    }

    /// Appends `bytes`, as far as there is room.
    const fn push(&mut self, bytes: &[u8]) {
        let mut i = 0;
        while i < bytes.len() && self.len < ROOM {
            self.message[self.len] = bytes[i];
            self.len += 1;
            i += 1;
        }
    }

    /// Appends `code` as written, as `ErrorCode`'s `Display` writes it.
    const fn push_code(&mut self, code: Written) {
        self.push(code.prefix.as_bytes());
        if code.number < 0 {
            self.push(b"-");
        }
        let width = written_width(code) - code.prefix.len() - if code.number < 0 { 1 } else { 0 };
        let mut digits = [b'0'; 10];
        let mut rest = code.number.unsigned_abs();
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        // Zeros up to the padding, then the digits.
        let mut zeros = width - (digits.len() - at);
        while zeros > 0 {
            self.push(b"0");
            zeros -= 1;
        }
        self.push(digits.split_at(at).1);
    }
}

/// The check of two members of a wrapper, `first` declared before `second` (see [`overlap`]):
/// passed (two members that are one type are left to the `From` impls' bounds), or the
/// message of `messages`: `[second inside first, first inside second, before the shared code,
/// after it]`, with the shared code as the first member writes it.
#[must_use]
pub const fn pair_check<const ROOM: usize>(
    first_identity: &str,
    second_identity: &str,
    first: &[Written],
    second: &[Written],
    messages: [&str; 4],
) -> PairCheck<ROOM> {
    let mut check = PairCheck {
        message: [0; ROOM],
        len: 0,
    };
    match overlap(first_identity, second_identity, first, second) {
        SECOND_INSIDE => check.push(messages[0].as_bytes()),
        FIRST_INSIDE => check.push(messages[1].as_bytes()),
        SHARE => {
            if let Some(code) = first_shared(first, second) {
                check.push(messages[2].as_bytes());
                check.push_code(code);
                check.push(messages[3].as_bytes());
            }
        }
        _ => {}
    }
    check
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
// one message for one doc comment (`tests/tests/derive/doc_markdown.rs` checks they agree). They only
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

/// The length of the paragraph `text` as plain text: its inline Markdown syntax removed.
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

/// Serializes a value as its code as written: an integer, or a string (`"KOE320"`) for a
/// prefixed code. A binary format cannot tell an integer from a string when reading, so there
/// a type that writes any code with a prefix (a wrapper of plain and prefixed tables) writes
/// every code as a string (`"-402"`), and a type of plain codes only writes integers.
#[cfg(feature = "serde")]
pub fn serialize_code<E, S>(value: &E, serializer: S) -> Result<S::Ok, S::Error>
where
    E: crate::KakaoError,
    S: serde::Serializer,
{
    let code = value.error_code();
    let all_plain = const { !writes_prefixes::<E>() };
    if code.prefix().is_empty() && (all_plain || serializer.is_human_readable()) {
        serializer.serialize_i32(code.number())
    } else {
        serializer.collect_str(&code)
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
    } else if const { !writes_prefixes::<E>() } {
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
        if !writes_one_way::<E>() {
            write!(
                f,
                "an error code of `{}` (an integer, or a string holding one or a prefixed code \
                 such as \"KOE320\")",
                self.type_name
            )
        } else if E::CODE_PREFIX.is_empty() {
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
        if let Some(code) = crate::ErrorCode::parse_number(text, E::CODE_PREFIX) {
            return self.lookup(code.into());
        }
        let invalid = || Er::invalid_value(serde::de::Unexpected::Str(text), &self);
        if const { writes_one_way::<E>() } {
            return Err(invalid());
        }
        // Written with another prefix: a wrapper of plain and prefixed tables reads every
        // prefix its members write.
        if let Some(value) = E::from_code_str(text) {
            return Ok(value);
        }
        match split_code(text) {
            // Letters and digits only: safe to show.
            Some(_) => Err(Er::custom(format_args!(
                "{} has no error code {}",
                self.type_name,
                text.trim()
            ))),
            None => Err(invalid()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{
        CodeGroup, FIRST_INSIDE, PairCheck, SAME_TYPE, SECOND_INSIDE, SHARE, Written, common_form,
        first_shared, in_members, overlap, pair_check, sorted_written, split_code,
    };

    fn sorted<const N: usize>(groups: &[CodeGroup]) -> [Written; N] {
        sorted_written::<N>(groups)
    }

    const KOE: CodeGroup = CodeGroup {
        prefix: "KOE",
        digits: 3,
        codes: &[320, 6, 7],
    };
    const PLAIN: CodeGroup = CodeGroup {
        prefix: "",
        digits: 0,
        codes: &[-402, 6],
    };

    /// `[code]`, as a failed check writes it.
    fn text(code: Option<Written>) -> String {
        let mut check = PairCheck::<32> {
            message: [0; 32],
            len: 0,
        };
        check.push(b"[");
        if let Some(code) = code {
            check.push_code(code);
        }
        check.push(b"]");
        check.text().to_owned()
    }

    #[test]
    fn codes_are_written_as_their_table_writes_them() {
        let written = |prefix, digits, number| {
            Some(Written {
                prefix,
                digits,
                number,
            })
        };
        assert_eq!(text(written("KOE", 3, 6)), "[KOE006]");
        assert_eq!(text(written("KOE", 3, 320)), "[KOE320]");
        assert_eq!(text(written("KOE", 3, 4321)), "[KOE4321]");
        assert_eq!(text(written("KOE", 3, -5)), "[KOE-05]");
        assert_eq!(text(written("", 0, -402)), "[-402]");
        assert_eq!(text(written("", 0, 0)), "[0]");
        assert_eq!(text(written("", 0, i32::MIN)), "[-2147483648]");
        assert_eq!(text(None), "[]");
        // As `ErrorCode` writes it.
        let code = kakao_errors::ErrorCode::prefixed("KOE", 3, -5);
        assert_eq!(code.to_string(), "KOE-05");
    }

    #[test]
    fn a_plain_code_and_a_prefixed_one_are_not_the_same() {
        let koe: [Written; 3] = sorted(&[KOE]);
        let plain: [Written; 2] = sorted(&[PLAIN]);
        assert!(first_shared(&koe, &plain).is_none());
        let lower = CodeGroup {
            prefix: "koe",
            digits: 4,
            codes: &[7],
        };
        let lower: [Written; 1] = sorted(&[lower]);
        // The prefix is compared ignoring case, the padding not at all.
        assert_eq!(first_shared(&koe, &lower).map(|code| code.number), Some(7));
        assert_eq!(overlap("a", "b", &koe, &lower), SECOND_INSIDE);
        assert_eq!(overlap("a", "b", &lower, &koe), FIRST_INSIDE);
        assert_eq!(overlap("a", "a", &lower, &koe), SAME_TYPE);
        assert_eq!(overlap("", "", &lower, &plain), 0);
        let both: [Written; 5] = sorted(&[PLAIN, KOE]);
        assert_eq!(overlap("a", "b", &koe, &both), FIRST_INSIDE);
        let some: [Written; 2] = sorted(&[CodeGroup {
            prefix: "KOE",
            digits: 3,
            codes: &[1, 320],
        }]);
        assert_eq!(overlap("a", "b", &koe, &some), SHARE);
        let messages = ["2 in 1", "1 in 2", "share ", "."];
        let check: PairCheck<16> = pair_check("a", "b", &koe, &some, messages);
        assert_eq!((check.failed(), check.text()), (true, "share KOE320."));
        let check: PairCheck<16> = pair_check("a", "b", &koe, &lower, messages);
        assert_eq!(check.text(), "2 in 1");
        let check: PairCheck<16> = pair_check("a", "b", &lower, &koe, messages);
        assert_eq!(check.text(), "1 in 2");
        // One type twice is the `From` impls' to report; codes of other prefixes are apart.
        let check: PairCheck<16> = pair_check("a", "a", &lower, &koe, messages);
        assert!(!check.failed());
        let check: PairCheck<16> = pair_check("a", "b", &koe, &plain, messages);
        assert!(!check.failed());
        // A message longer than the room is cut.
        let check: PairCheck<8> = pair_check("a", "b", &koe, &some, messages);
        assert_eq!(check.text(), "share KO");
    }

    #[test]
    fn in_members_names_the_first_member_with_each_code() {
        let koe: [Written; 3] = sorted(&[KOE]);
        let plain: [Written; 2] = sorted(&[PLAIN]);
        let found: [usize; 3] = in_members("", &[6, -402, 320], &[&koe, &plain]);
        assert_eq!(found, [2, 2, 0]);
        let found: [usize; 2] = in_members("koe", &[6, 5], &[&plain, &koe]);
        assert_eq!(found, [2, 0]);
        let found: [usize; 2] = in_members("", &[5, 6], &[]);
        assert_eq!(found, [0, 0]);
    }

    #[test]
    fn a_members_only_wrapper_takes_their_form_if_they_agree() {
        assert_eq!(common_form(&[&[KOE], &[KOE]]), ("KOE", 3));
        assert_eq!(common_form(&[&[KOE], &[PLAIN]]), ("", 0));
        assert_eq!(common_form(&[]), ("", 0));
    }

    #[test]
    fn codes_as_text_split_into_prefix_and_number() {
        assert_eq!(split_code("KOE320"), Some(("KOE", 320)));
        assert_eq!(split_code(" koe006 "), Some(("koe", 6)));
        assert_eq!(split_code("KOE-05"), Some(("KOE", -5)));
        assert_eq!(split_code("-402"), Some(("", -402)));
        assert_eq!(split_code("+4019"), Some(("", 4019)));
        for text in [
            "",
            "KOE",
            "KOE+1",
            "KOE32a",
            "32KOE",
            "2147483648",
            "KOE99999999999",
            "한320",
        ] {
            assert_eq!(split_code(text), None, "{text}");
        }
    }
}
