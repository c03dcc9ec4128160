//! Peak heap of `parse` on large adversarial bodies: at most twice the body plus 64 KiB,
//! whatever the body holds (repeated keys, huge strings, huge lists, deep nesting, many
//! unknown members, bytes that are not UTF-8, a body cut short).
//!
//! A global allocator counts the bytes each thread holds, and their peak (per thread, so the
//! tests of this binary running side by side do not disturb each other); it lives in this
//! binary alone so that no other test pays for it. Exact counts, not a timing: a reallocation
//! is counted as holding the old and the new block at once.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use kakao_errors::response::{BodyKind, EXCERPT_LIMIT, LIST_LIMIT, ResponseError, parse};

/// The system allocator, counting the bytes held by the current thread and their peak.
struct Counting;

thread_local! {
    static HELD: Cell<usize> = const { Cell::new(0) };
    static PEAK: Cell<usize> = const { Cell::new(0) };
}

fn grow(by: usize) {
    // `try_with`: the thread-locals may already be gone while a thread shuts down.
    let _ = HELD.try_with(|held| {
        let now = held.get() + by;
        held.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

fn shrink(by: usize) {
    let _ = HELD.try_with(|held| held.set(held.get().saturating_sub(by)));
}

// SAFETY: every method forwards to `System` with the caller's arguments unchanged; counting
// touches only const-initialised thread-local `Cell`s, which never allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grow(layout.size());
        // SAFETY: forwarded from our caller, who upholds `GlobalAlloc::alloc`'s contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        grow(layout.size());
        // SAFETY: as in `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Counted as the larger of the two sizes being held at once at worst: old + new for a
        // move. Count the new block first, then release the old one.
        grow(new_size);
        shrink(layout.size());
        // SAFETY: `ptr` came from this allocator, which is `System` underneath.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        shrink(layout.size());
        // SAFETY: `ptr` came from this allocator, which is `System` underneath.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// What `parse` returns, the most it held at once beyond what was held before, and what the
/// result keeps.
fn measure(body: &[u8]) -> (ResponseError, usize, usize) {
    let before = HELD.with(Cell::get);
    PEAK.with(|peak| peak.set(before));
    let error = parse(401, body);
    let peak = PEAK.with(Cell::get) - before;
    let kept = HELD.with(Cell::get) - before;
    (error, peak, kept)
}

/// About how large each body is.
const SIZE: usize = 2 << 20;

/// The peak allowed for a body of `len` bytes.
fn bound(len: usize) -> usize {
    2 * len + (64 << 10)
}

/// `piece` repeated to about `SIZE` bytes.
fn fill(piece: &str) -> String {
    piece.repeat(SIZE / piece.len())
}

/// The adversarial bodies: a name, the body, whether it carries `"code":-401`.
fn bodies() -> Vec<(&'static str, Vec<u8>, bool)> {
    let object = |inner: String| format!(r#"{{"code":-401,{inner}"x":0}}"#).into_bytes();
    let mut not_utf8 = br#"{"code":-401,"msg":""#.to_vec();
    not_utf8.extend(b"\xffa".repeat(SIZE / 2));
    not_utf8.extend(br#""}"#);
    let mut not_utf8_escapes = br#"{"code":-401,"msg":""#.to_vec();
    not_utf8_escapes.extend(b"\xff\\n".repeat(SIZE / 3));
    not_utf8_escapes.extend(br#""}"#);
    let mut cut = object(format!(r#""msg":"{}","#, fill(r"a\n")));
    cut.truncate(cut.len() * 2 / 3);
    vec![
        (
            "the code repeated",
            format!("{{{}\"msg\":\"m\"}}", fill(r#""code":1e308,"#)).into_bytes(),
            false,
        ),
        (
            "an escaped message repeated",
            object(fill(r#""msg":"\u00e9\n","#)),
            true,
        ),
        (
            "a huge message",
            object(format!(r#""msg":"{}","#, fill("a"))),
            true,
        ),
        (
            "a huge message, escapes between letters",
            object(format!(r#""msg":"{}","#, fill(r"a\n"))),
            true,
        ),
        (
            "a huge message, all escapes",
            object(format!(r#""msg":"{}","#, fill(r"\uc0ac"))),
            true,
        ),
        (
            "a huge unknown string",
            object(format!(r#""y":"{}","#, fill(r"\u00e9a"))),
            true,
        ),
        (
            "a huge list of empty scopes",
            object(format!(r#""required_scopes":[{}""],"#, fill(r#""","#))),
            true,
        ),
        (
            "a huge list of escaped scopes",
            object(format!(
                r#""allowed_scopes":[{}"a"],"#,
                fill(r#""\u0041","#)
            )),
            true,
        ),
        (
            "deep nesting",
            object(format!(
                r#""y":{}{},"#,
                "[".repeat(SIZE / 2),
                "]".repeat(SIZE / 2)
            )),
            true,
        ),
        (
            "deep nesting, never closed",
            format!(r#"{{"code":-401,"y":{}"#, "[".repeat(SIZE)).into_bytes(),
            true,
        ),
        (
            "many unknown members",
            object((0..SIZE / 12).map(|i| format!(r#""k{i}":1,"#)).collect()),
            true,
        ),
        (
            "many unknown members, damaged",
            object(fill(r#""k":NaN,"#)),
            true,
        ),
        (
            "lists and extras repeated",
            object(fill(r#""receiver_ids":["a"],"extras":{"detailMsg":"\n"},"#)),
            true,
        ),
        ("bytes that are not UTF-8", not_utf8, true),
        (
            "bytes that are not UTF-8, each before an escape",
            not_utf8_escapes,
            true,
        ),
        ("a body cut inside a huge string", cut, true),
    ]
}

#[test]
fn parsing_holds_at_most_twice_the_body() {
    for (name, body, has_code) in bodies() {
        let len = body.len();
        let (error, peak, kept) = measure(&body);
        println!(
            "{name}: {len} bytes, peak {peak} ({:.2}x), kept {kept} ({:.2}x)",
            peak as f64 / len as f64,
            kept as f64 / len as f64
        );
        assert!(
            peak <= bound(len),
            "{name}: peak {peak} for a {len}-byte body"
        );
        assert!(error.to_string().len() < 4096, "{name}");
        if has_code {
            assert_eq!(error.code(), Some(-401), "{name}");
        }
        assert_eq!(error.status(), 401);
        if let Some(list) = error.required_scopes() {
            assert_eq!(list.len(), LIST_LIMIT, "{name}");
        }
        if let Some(list) = error.allowed_scopes() {
            assert_eq!(list.len(), LIST_LIMIT, "{name}");
            assert!(list.clone().all(|s| s == "A"));
        }
    }
}

/// Bodies whose escapes decode longer than they are sent (an unknown escape `\x`, a `\u`
/// without four hex digits: each a three-byte U+FFFD for two bytes), and JSON objects of no
/// known shape (kept whole, with an excerpt), of about `size` bytes: a name, the body, and the
/// code it carries.
fn growing_bodies(size: usize) -> Vec<(&'static str, Vec<u8>, Option<i64>)> {
    let fill = |piece: &str| piece.repeat(size / piece.len());
    vec![
        (
            "a message of unknown escapes",
            format!(r#"{{"code":-401,"msg":"{}"}}"#, fill(r"\x")).into_bytes(),
            Some(-401),
        ),
        (
            "a message of short \\u escapes",
            format!(r#"{{"code":-401,"msg":"{}"}}"#, fill(r"\u")).into_bytes(),
            Some(-401),
        ),
        (
            "a message of unknown escapes, then the code",
            format!(r#"{{"msg":"{}","code":-401}}"#, fill(r"\x")).into_bytes(),
            Some(-401),
        ),
        (
            "a scope of unknown escapes",
            format!(r#"{{"code":-401,"required_scopes":["{}"]}}"#, fill(r"\x")).into_bytes(),
            Some(-401),
        ),
        (
            "a code of unknown escapes",
            format!(r#"{{"msg":"m","code":"{}"}}"#, fill(r"\x")).into_bytes(),
            None,
        ),
        (
            "an OAuth error of unknown escapes",
            format!(r#"{{"error":"{}","error_description":"d"}}"#, fill(r"\x")).into_bytes(),
            None,
        ),
        (
            "many texts of unknown escapes",
            format!(
                r#"{{"code":-401,{}"x":0}}"#,
                fill(r#""msg":"\x\x","api_type":"\x","errorType":"\u","#)
            )
            .into_bytes(),
            Some(-401),
        ),
        (
            "unknown escapes, not UTF-8",
            [
                br#"{"code":-401,"msg":""#.as_slice(),
                &b"\\x\xff".repeat(size / 3),
                br#""}"#,
            ]
            .concat(),
            Some(-401),
        ),
        (
            "no known member: a huge string",
            format!(r#"{{"y":"{}"}}"#, fill("a")).into_bytes(),
            None,
        ),
        (
            "no known member: a huge escaped string",
            format!(r#"{{"y":"{}"}}"#, fill(r"\n")).into_bytes(),
            None,
        ),
        (
            "no known member: many members",
            format!(r#"{{{}"z":0}}"#, fill(r#""k":1,"#)).into_bytes(),
            None,
        ),
        (
            "no known member: a null code",
            format!(r#"{{"code":null,"y":"{}"}}"#, fill("a")).into_bytes(),
            None,
        ),
        (
            // Read tolerantly (`NaN`): `msg` is found, and only found to be no text when
            // decoded.
            "no known member: a known name of the wrong type",
            format!(r#"{{"msg":5,"z":NaN,"y":"{}"}}"#, fill("a")).into_bytes(),
            None,
        ),
        (
            "no known member: unknown escapes",
            format!(r#"{{"y":"{}"}}"#, fill(r"\x")).into_bytes(),
            None,
        ),
    ]
}

#[test]
fn escapes_that_grow_and_unknown_shapes_hold_at_most_twice_the_body() {
    for size in [1_000_000, SIZE] {
        for (name, body, code) in growing_bodies(size) {
            let len = body.len();
            let (error, peak, kept) = measure(&body);
            println!(
                "{name}, {len} bytes: peak {peak} ({:.2}x), kept {kept} ({:.2}x)",
                peak as f64 / len as f64,
                kept as f64 / len as f64
            );
            assert!(
                peak <= bound(len),
                "{name}: peak {peak} for a {len}-byte body"
            );
            assert!(
                kept <= bound(len),
                "{name}: kept {kept} for a {len}-byte body"
            );
            assert_eq!(error.code(), code, "{name}");
            assert_eq!(error.status(), 401);
            assert!(error.to_string().len() < 4096, "{name}");
            if name.starts_with("no known member") {
                assert_eq!(error.kind(), BodyKind::Unreadable, "{name}");
                // Every member is still in `field`.
                assert!(error.fields().next().is_some(), "{name}");
            } else if name.starts_with("many texts") {
                // Only the first value of each key is decoded.
                assert!(error.is_complete(), "{name}");
            } else {
                // The decoded text did not fit: kept cut, and said so.
                assert!(!error.is_complete(), "{name}");
                assert!(error.excerpt().is_some(), "{name}");
            }
        }
    }
}

/// A body longer than the reader's longest (a gibibyte) is read for the code in its first
/// 64 KiB. The body is a gibibyte of zeros the system hands over without touching it
/// (`vec![0; n]` is `calloc`, whose pages are mapped only when written), with the error
/// object written over its first bytes: the parse reads only its beginning, so neither it nor
/// the test touches the rest.
#[test]
#[cfg(target_pointer_width = "64")]
fn a_body_over_a_gibibyte_gives_the_code_of_its_beginning() {
    let head = br#"{"code":-401,"msg":"this access token does not exist","padding":""#;
    let mut body = vec![0u8; (1 << 30) + 1];
    body[..head.len()].copy_from_slice(head);
    let (error, peak, kept) = measure(&body);
    println!("a body of 1 GiB and a byte: peak {peak}, kept {kept}");
    assert_eq!(error.status(), 401);
    assert_eq!(error.kind(), BodyKind::Rest);
    assert_eq!(error.code(), Some(-401));
    assert_eq!(error.message(), Some("this access token does not exist"));
    assert!(!error.is_complete());
    assert_eq!(error.body_len(), body.len());
    assert!(error.excerpt().unwrap().starts_with(r#"{"code":-401,"#));
    // The first 64 KiB, read as a body cut short: their text, once more for a copy at most.
    assert!(peak <= 3 * (64 << 10), "peak {peak}");
    assert!(kept <= (64 << 10) + (4 << 10), "kept {kept}");
    assert!(error.to_string().ends_with("(body cut short)"), "{error}");
}

/// The largest body read as a small one (copied before it is read, its escaped strings kept as
/// serde_json decodes them) stays within the bound too.
#[test]
fn a_small_body_of_escapes_holds_little() {
    let head = r#"{"code":-401,"msg":""#;
    let tail = r#""}"#;
    let escapes = ((16 << 10) - head.len() - tail.len()) / 6;
    let body = format!("{head}{}{tail}", r"\uc0ac".repeat(escapes));
    assert!(body.len() <= 16 << 10);
    let (error, peak, kept) = measure(body.as_bytes());
    println!("16 KiB of escapes: peak {peak}, kept {kept}");
    assert_eq!(error.code(), Some(-401));
    assert_eq!(error.message().map(str::len), Some(escapes * 3));
    assert!(peak <= bound(body.len()), "peak {peak}");
}

/// A small body (read as one) of bytes that are not UTF-8, each before an escape: its text
/// made valid UTF-8 grows, and its decoded message with it; the bound holds all the same.
#[test]
fn a_small_body_not_utf8_with_escapes_holds_little() {
    let head = br#"{"code":-401,"msg":""#;
    let tail = br#""}"#;
    let pieces = ((16 << 10) - head.len() - tail.len()) / 3;
    let mut body = head.to_vec();
    body.extend(b"\xff\\n".repeat(pieces));
    body.extend(tail);
    assert!(body.len() <= 16 << 10);
    let (error, peak, kept) = measure(&body);
    println!("16 KiB not UTF-8, with escapes: peak {peak}, kept {kept}");
    assert_eq!(error.code(), Some(-401));
    assert!(error.message().is_some_and(|m| m.starts_with("\u{fffd}\n")));
    assert!(peak <= bound(body.len()), "peak {peak}");
    // The message did not fit: it is kept cut, and says so.
    assert!(!error.is_complete());
    assert!(error.excerpt().is_some());
    let line = error.to_string();
    assert!(
        line.ends_with(&format!("… ({} bytes)", pieces * 4)),
        "{line}"
    );
}

/// An OAuth `error` value this crate does not know is kept in the body's text, and copied
/// into `OAuthError::Other` only up to `EXCERPT_LIMIT` bytes: a huge one is not held twice.
#[test]
fn an_unknown_oauth_error_is_kept_once() {
    let body = format!(r#"{{"error":"{}","error_description":"d"}}"#, fill("x"));
    let (error, peak, kept) = measure(body.as_bytes());
    println!("a huge unknown OAuth error: peak {peak}, kept {kept}");
    assert_eq!(error.kind(), BodyKind::OAuth);
    let value = error.oauth_error().unwrap().as_str();
    assert_eq!(value, "x".repeat(EXCERPT_LIMIT));
    assert_eq!(error.field("error").map(str::len), Some(SIZE + 2));
    assert!(
        kept <= body.len() + (4 << 10),
        "kept {kept} for {}",
        body.len()
    );
    assert!(error.to_string().contains(&format!("… ({SIZE} bytes)")));
}

/// What the result keeps: the body's text once, however often a key repeats.
#[test]
fn repeated_keys_keep_one_value() {
    let body = format!("{{{}\"msg\":\"m\"}}", fill(r#""code":1e308,"#));
    let (error, _, kept) = measure(body.as_bytes());
    assert_eq!(
        (error.kind(), error.unparsed_code()),
        (BodyKind::Rest, Some("1e308"))
    );
    assert!(
        kept <= body.len() + (4 << 10),
        "kept {kept} for {}",
        body.len()
    );
}

#[test]
fn the_counter_counts() {
    let (_, peak, kept) = {
        let before = HELD.with(Cell::get);
        PEAK.with(|peak| peak.set(before));
        let v = vec![0u8; 1 << 20];
        let peak = PEAK.with(Cell::get) - before;
        drop(v);
        ((), peak, HELD.with(Cell::get) - before)
    };
    assert!(peak >= 1 << 20);
    assert_eq!(kept, 0);
}
