//! Reading the start of a response body, and handing the body back whole: written once over
//! `http-body` bodies of `Bytes`, the body type of both reqwest versions (their adapters turn
//! a reqwest `Response` into an `http::Response` of such a body and back).
//!
//! The start is read into one buffer that never holds more than the limit: the first chunk is
//! kept as it came (no copy), and only a body that arrives in several chunks is copied into a
//! buffer that grows with what arrives, never past the limit (no header, such as a
//! `Content-Length` that lies, sizes it). The part of the last chunk past the limit is kept as
//! a slice of that chunk, not copied, so that the body can be handed back whole.
#![cfg_attr(
    not(any(feature = "reqwest-middleware", feature = "reqwest-middleware-0-4")),
    allow(dead_code, reason = "only the middleware hands a body back")
)]

use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll, ready};

use bytes::Bytes;
use http_body::{Body, Frame, SizeHint};

/// How the reading of a body's start ended.
#[derive(Debug)]
pub(crate) enum Ending<Err> {
    /// The body ended: what was read is all of it.
    Ended,
    /// The limit was reached; the rest of the body is unread.
    Limit,
    /// Reading failed: what was read is what came before the error.
    Failed(Err),
}

/// The start of a body: at most `limit` bytes in one slice, the rest of the last chunk read,
/// and how the reading ended.
#[derive(Debug)]
pub(crate) struct BodyStart<Err> {
    /// The bytes read, up to the limit.
    pub(crate) head: Bytes,
    /// The part of the last chunk past the limit: read, but not part of `head`.
    pub(crate) overflow: Bytes,
    pub(crate) ending: Ending<Err>,
}

impl<Err> BodyStart<Err> {
    /// Whether reading stopped at the end of the body.
    pub(crate) fn ended(&self) -> bool {
        matches!(self.ending, Ending::Ended)
    }
}

/// The bytes read so far: the first chunk as it came, or, once a second one arrived, a copy
/// of both in a buffer that grows with what arrives, never past the limit.
#[derive(Debug, Default)]
enum Buffer {
    #[default]
    Empty,
    One(Bytes),
    Joined(Vec<u8>),
}

impl Buffer {
    fn len(&self) -> usize {
        match self {
            Self::Empty => 0,
            Self::One(chunk) => chunk.len(),
            Self::Joined(joined) => joined.len(),
        }
    }

    /// Takes what of `chunk` fits under `limit`; gives back the rest of it (empty when it all
    /// fit).
    fn push(&mut self, mut chunk: Bytes, limit: usize) -> Bytes {
        let room = limit.saturating_sub(self.len());
        let rest = chunk.split_off(chunk.len().min(room));
        if chunk.is_empty() {
            return rest;
        }
        match self {
            Self::Empty => *self = Self::One(chunk),
            Self::One(first) => {
                let mut joined = Vec::new();
                push_capped(&mut joined, first, limit);
                push_capped(&mut joined, &chunk, limit);
                *self = Self::Joined(joined);
            }
            Self::Joined(joined) => push_capped(joined, &chunk, limit),
        }
        rest
    }

    fn into_bytes(self) -> Bytes {
        match self {
            Self::Empty => Bytes::new(),
            Self::One(chunk) => chunk,
            // No copy: `Bytes` takes the vector's allocation over.
            Self::Joined(joined) => Bytes::from(joined),
        }
    }
}

/// Appends `chunk` to `body`, growing it by doubling (amortised cost) but never past `limit`;
/// the caller has cut `chunk` to what fits.
fn push_capped(body: &mut Vec<u8>, chunk: &[u8], limit: usize) {
    let needed = body.len() + chunk.len();
    if needed > body.capacity() {
        let target = body.capacity().saturating_mul(2).min(limit).max(needed);
        body.reserve_exact(target - body.len());
    }
    body.extend_from_slice(chunk);
}

/// Reads the start of `body`, at most `limit` bytes: a future that gives the [`BodyStart`] and
/// the body, to read on from where it stopped.
#[derive(Debug)]
pub(crate) struct ReadStart<B> {
    body: Option<B>,
    buffer: Buffer,
    limit: usize,
}

impl<B> ReadStart<B> {
    pub(crate) fn new(body: B, limit: usize) -> Self {
        Self {
            body: Some(body),
            buffer: Buffer::Empty,
            limit,
        }
    }

    /// Stops reading before the end: the bytes read so far. The body is dropped unread (which
    /// closes its connection).
    pub(crate) fn stop(self) -> Bytes {
        self.buffer.into_bytes()
    }
}

impl<B> Future for ReadStart<B>
where
    B: Body<Data = Bytes> + Unpin,
{
    type Output = (BodyStart<B::Error>, B);

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        let body = this.body.as_mut().expect("ReadStart polled after it ended");
        let (ending, overflow) = loop {
            // A limit of 0, or one reached: nothing more is read.
            if this.buffer.len() >= this.limit {
                break (Ending::Limit, Bytes::new());
            }
            match ready!(Pin::new(&mut *body).poll_frame(cx)) {
                Some(Ok(frame)) => {
                    // Trailers and frames of other kinds carry no body bytes.
                    let Ok(chunk) = frame.into_data() else {
                        continue;
                    };
                    let rest = this.buffer.push(chunk, this.limit);
                    if !rest.is_empty() {
                        break (Ending::Limit, rest);
                    }
                }
                Some(Err(error)) => break (Ending::Failed(error), Bytes::new()),
                None => break (Ending::Ended, Bytes::new()),
            }
        };
        let start = BodyStart {
            head: core::mem::take(&mut this.buffer).into_bytes(),
            overflow,
            ending,
        };
        let body = this.body.take().expect("checked above");
        Poll::Ready((start, body))
    }
}

/// A body of which the start has been read already: gives it again (the head, then the rest
/// of the last chunk), then carries on with the rest of the body, or with the error that
/// stopped the reading.
#[derive(Debug)]
pub(crate) struct Resumed<B: Body> {
    /// The bytes read, not given yet, in order.
    read: [Bytes; 2],
    /// The error that stopped the reading: given after the bytes, and then the body ends.
    error: Option<B::Error>,
    /// The rest of the body; `None` after an error (dropping it frees the connection) and
    /// when the body had ended.
    rest: Option<B>,
}

impl<B: Body> Resumed<B> {
    pub(crate) fn new(start: BodyStart<B::Error>, rest: B) -> Self {
        let (error, rest) = match start.ending {
            Ending::Limit => (None, Some(rest)),
            Ending::Ended => (None, None),
            Ending::Failed(error) => (Some(error), None),
        };
        Self {
            read: [start.head, start.overflow],
            error,
            rest,
        }
    }

    /// The whole body, when it was all read (it ended within the read, with no error): handed
    /// back as bytes, it needs no body type around it.
    pub(crate) fn into_whole(self) -> Result<Bytes, Self> {
        match self {
            Self {
                read: [head, overflow],
                error: None,
                rest: None,
            } if overflow.is_empty() => Ok(head),
            this => Err(this),
        }
    }

    fn left(&self) -> u64 {
        self.read.iter().map(|bytes| bytes.len() as u64).sum()
    }
}

impl<B> Body for Resumed<B>
where
    B: Body<Data = Bytes> + Unpin,
    B::Error: Unpin,
{
    type Data = Bytes;
    type Error = B::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, B::Error>>> {
        let this = self.get_mut();
        if let Some(bytes) = this.read.iter_mut().find(|bytes| !bytes.is_empty()) {
            return Poll::Ready(Some(Ok(Frame::data(core::mem::take(bytes)))));
        }
        if let Some(error) = this.error.take() {
            return Poll::Ready(Some(Err(error)));
        }
        match &mut this.rest {
            Some(rest) => Pin::new(rest).poll_frame(cx),
            None => Poll::Ready(None),
        }
    }

    fn is_end_stream(&self) -> bool {
        self.left() == 0
            && self.error.is_none()
            && self.rest.as_ref().is_none_or(Body::is_end_stream)
    }

    fn size_hint(&self) -> SizeHint {
        let left = self.left();
        let mut hint = SizeHint::new();
        match &self.rest {
            Some(rest) => {
                let rest = rest.size_hint();
                hint.set_lower(left.saturating_add(rest.lower()));
                if let Some(upper) = rest.upper() {
                    hint.set_upper(left.saturating_add(upper));
                }
            }
            // The bytes, then an error: no more data, but no promise of a whole body.
            None if self.error.is_some() => hint.set_lower(left),
            None => hint.set_exact(left),
        }
        hint
    }
}

/// A body cut short on purpose: the bytes read before the cut, then `error`, then its end.
#[derive(Debug)]
pub(crate) struct Cut {
    read: Bytes,
    error: Option<std::io::Error>,
}

impl Cut {
    pub(crate) fn new(read: Bytes, error: std::io::Error) -> Self {
        Self {
            read,
            error: Some(error),
        }
    }
}

impl Body for Cut {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, std::io::Error>>> {
        let this = self.get_mut();
        if !this.read.is_empty() {
            return Poll::Ready(Some(Ok(Frame::data(core::mem::take(&mut this.read)))));
        }
        Poll::Ready(this.error.take().map(Err))
    }

    fn is_end_stream(&self) -> bool {
        self.read.is_empty() && self.error.is_none()
    }

    fn size_hint(&self) -> SizeHint {
        let mut hint = SizeHint::new();
        hint.set_lower(self.read.len() as u64);
        hint
    }
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;

    use super::*;

    /// What a test body does after its chunks.
    enum After {
        Ends,
        Fails,
        Stalls,
    }

    /// A body that gives these chunks, then does what `after` says (fails once, then ends).
    struct Chunks {
        chunks: VecDeque<Bytes>,
        after: After,
    }

    impl Body for Chunks {
        type Data = Bytes;
        type Error = &'static str;

        fn poll_frame(
            mut self: Pin<&mut Self>,
            _: &mut Context<'_>,
        ) -> Poll<Option<Result<Frame<Bytes>, &'static str>>> {
            if let Some(chunk) = self.chunks.pop_front() {
                return Poll::Ready(Some(Ok(Frame::data(chunk))));
            }
            match self.after {
                After::Ends => Poll::Ready(None),
                After::Fails => {
                    self.after = After::Ends;
                    Poll::Ready(Some(Err("cut")))
                }
                After::Stalls => Poll::Pending,
            }
        }
    }

    fn chunks(chunks: &[&'static [u8]], after: After) -> Chunks {
        Chunks {
            chunks: chunks.iter().map(|c| Bytes::from_static(c)).collect(),
            after,
        }
    }

    fn body(chunks: &[&'static [u8]], fail: bool) -> Chunks {
        self::chunks(chunks, if fail { After::Fails } else { After::Ends })
    }

    /// Polls a future that is never pending here.
    fn ready<F: Future + Unpin>(mut future: F) -> F::Output {
        let mut cx = Context::from_waker(core::task::Waker::noop());
        match Pin::new(&mut future).poll(&mut cx) {
            Poll::Ready(output) => output,
            Poll::Pending => panic!("pending"),
        }
    }

    /// Every byte of a body, read to its end.
    fn drain<B: Body<Data = Bytes> + Unpin>(mut body: B) -> (Vec<u8>, Option<B::Error>) {
        let mut cx = Context::from_waker(core::task::Waker::noop());
        let mut all = Vec::new();
        loop {
            match Pin::new(&mut body).poll_frame(&mut cx) {
                Poll::Ready(Some(Ok(frame))) => all.extend_from_slice(&frame.into_data().unwrap()),
                Poll::Ready(Some(Err(e))) => return (all, Some(e)),
                Poll::Ready(None) => return (all, None),
                Poll::Pending => panic!("pending"),
            }
        }
    }

    #[test]
    fn one_chunk_is_kept_as_it_came() {
        let chunk = Bytes::from_static(b"{\"code\":-2}");
        let (start, _) = ready(ReadStart::new(
            Chunks {
                chunks: VecDeque::from([chunk.clone()]),
                after: After::Ends,
            },
            1000,
        ));
        assert!(start.ended());
        // The same memory, not a copy.
        assert_eq!(start.head.as_ptr(), chunk.as_ptr());
    }

    #[test]
    fn the_limit_cuts_the_last_chunk_without_a_copy() {
        let (start, rest) = ready(ReadStart::new(body(&[b"abc", b"defg", b"hij"], false), 5));
        assert_eq!(
            (&start.head[..], &start.overflow[..]),
            (&b"abcde"[..], &b"fg"[..])
        );
        assert!(matches!(start.ending, Ending::Limit));
        // Handed back, the body is whole.
        assert_eq!(
            drain(Resumed::new(start, rest)),
            (b"abcdefghij".to_vec(), None)
        );

        let (start, rest) = ready(ReadStart::new(body(&[b"abcdefghij"], false), 4));
        assert_eq!(
            (&start.head[..], &start.overflow[..]),
            (&b"abcd"[..], &b"efghij"[..])
        );
        let resumed = Resumed::new(start, rest);
        assert_eq!(resumed.size_hint().lower(), 10);
        assert_eq!(drain(resumed).0, b"abcdefghij");
    }

    #[test]
    fn an_error_is_handed_back_after_the_bytes() {
        let (start, rest) = ready(ReadStart::new(body(&[b"ab", b"cd"], true), 100));
        assert_eq!(&start.head[..], b"abcd");
        assert!(matches!(start.ending, Ending::Failed("cut")));
        assert_eq!(
            drain(Resumed::new(start, rest)),
            (b"abcd".to_vec(), Some("cut"))
        );
    }

    #[test]
    fn a_cut_body_gives_what_was_read_then_its_error() {
        // A body that gives two chunks and then stalls: stopped, the two are what was read.
        let mut read = ReadStart::new(chunks(&[b"ab", b"cd"], After::Stalls), 100);
        let mut cx = Context::from_waker(core::task::Waker::noop());
        assert!(Pin::new(&mut read).poll(&mut cx).is_pending());
        assert_eq!(&read.stop()[..], b"abcd");

        let cut = Cut::new(
            Bytes::from_static(b"ab"),
            std::io::Error::from(std::io::ErrorKind::TimedOut),
        );
        assert!(!cut.is_end_stream());
        let (bytes, error) = drain(cut);
        assert_eq!(bytes, b"ab");
        assert_eq!(error.unwrap().kind(), std::io::ErrorKind::TimedOut);
    }

    #[test]
    fn a_limit_of_zero_reads_nothing() {
        let (start, rest) = ready(ReadStart::new(body(&[b"abc"], false), 0));
        assert!(start.head.is_empty() && matches!(start.ending, Ending::Limit));
        assert_eq!(drain(Resumed::new(start, rest)).0, b"abc");
    }

    #[test]
    fn an_ended_body_is_not_polled_again() {
        let (start, rest) = ready(ReadStart::new(body(&[b"abc"], false), 100));
        let whole = Resumed::new(start, rest).into_whole().ok().unwrap();
        assert_eq!(&whole[..], b"abc");

        let (start, rest) = ready(ReadStart::new(body(&[b"abc"], false), 100));
        let resumed = Resumed::new(start, rest);
        assert_eq!(resumed.size_hint().exact(), Some(3));
        assert!(!resumed.is_end_stream());
        assert_eq!(drain(resumed).0, b"abc");
    }

    /// Feeds `chunks` and gives the bytes kept and the largest capacity the buffer ever had.
    fn feed(chunks: &[&'static [u8]], limit: usize) -> (Vec<u8>, usize) {
        let mut buffer = Buffer::Empty;
        let mut peak = 0;
        for chunk in chunks {
            let _ = buffer.push(Bytes::from_static(chunk), limit);
            if let Buffer::Joined(joined) = &buffer {
                peak = peak.max(joined.capacity());
            }
        }
        (buffer.into_bytes().to_vec(), peak)
    }

    #[test]
    fn the_buffer_grows_with_what_arrives_and_never_past_the_limit() {
        let (body, peak) = feed(&[b"abc", b"defg", b"hij"], usize::MAX);
        assert_eq!(body, b"abcdefghij");
        assert!(peak <= 16, "{peak}");

        static PIECE: [u8; 1000] = [7; 1000];
        let chunks = vec![&PIECE[..]; 10];
        let (body, peak) = feed(&chunks, 4500);
        assert_eq!(body.len(), 4500);
        assert!(peak <= 4500, "{peak}");
        let (body, peak) = feed(&chunks, usize::MAX);
        assert_eq!(body.len(), 10_000);
        assert!(peak < 20_000, "{peak}");
    }
}
