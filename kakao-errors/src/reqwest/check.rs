//! `kakao_check()`: [`Check`] and its future, written once for both reqwest versions over their
//! [`Fetched`] adapters; and [`Examined`], what the retry middleware hands on to it.

use core::future::{Future, IntoFuture};
use core::marker::PhantomData;
use core::pin::Pin;
use core::task::{Context, Poll, ready};
use std::fmt;

use ::http::{HeaderMap, StatusCode};

use super::error::Auth;
use super::{Error, Fetched, Url};
use crate::KakaoError;
use crate::body::{Ending, ReadStart};
use crate::http::DEFAULT_BODY_LIMIT;
use crate::response::ResponseError;
use crate::rest::ApiError;
use crate::retry::adapt::Sent;

/// A `Response` to check: `.await` it for `Ok(response)` on a success status, or the typed
/// [`Error`] (made by [`ResponseExt::kakao_check`](super::ResponseExt::kakao_check)).
///
/// Before the `.await`, [`parse_as`](Self::parse_as) chooses the table error bodies' codes are
/// looked up in ([`ApiError`], every REST table, unless it is used) and
/// [`body_limit`](Self::body_limit) how much of an error body is read
/// ([`DEFAULT_BODY_LIMIT`] unless it is used): separate choices.
///
/// ```no_run
/// # #[cfg(feature = "reqwest")] mod example {
/// use kakao_errors::mobility::MobilityError;
/// use kakao_errors::reqwest::{Error, ResponseExt};
///
/// async fn route(client: &reqwest::Client) -> Result<String, Error<MobilityError>> {
///     let response = client
///         .get("https://apis-navi.kakaomobility.com/v1/directions")
///         .send()
///         .await?
///         .kakao_check()
///         .parse_as::<MobilityError>()
///         .body_limit(16 * 1024)
///         .await?;
///     Ok(response.text().await?)
/// }
/// # }
/// ```
#[must_use = "a check does nothing until it is awaited"]
pub struct Check<R, E = ApiError> {
    response: R,
    limit: usize,
    table: PhantomData<fn() -> E>,
}

impl<R> Check<R> {
    pub(crate) fn new(response: R) -> Self {
        Self {
            response,
            limit: DEFAULT_BODY_LIMIT,
            table: PhantomData,
        }
    }
}

impl<R, E> Check<R, E> {
    /// The same check, looking the code of an error body up in `T` (a table of this crate,
    /// a union such as [`ShareApiError`](crate::share::ShareApiError), or your own derived
    /// enum).
    pub fn parse_as<T>(self) -> Check<R, T> {
        Check {
            response: self.response,
            limit: self.limit,
            table: PhantomData,
        }
    }

    /// Reads at most `limit` bytes of an error body (the rest is not downloaded: the
    /// connection is dropped). The buffer grows only with what arrives: a larger limit costs
    /// memory only as bytes come, and no header (a `Content-Length` that lies) sizes it. Set a
    /// total timeout as well: see [Timeouts](super#timeouts).
    pub fn body_limit(mut self, limit: usize) -> Self {
        self.limit = limit;
        self
    }

    /// The limit set by [`body_limit`](Self::body_limit).
    #[must_use]
    pub fn get_body_limit(&self) -> usize {
        self.limit
    }
}

impl<R, E> fmt::Debug for Check<R, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Check")
            .field("parse_as", &core::any::type_name::<E>())
            .field("body_limit", &self.limit)
            .finish_non_exhaustive()
    }
}

impl<R, E> IntoFuture for Check<R, E>
where
    R: Fetched,
    E: KakaoError + Send + Sync + 'static,
{
    type Output = Result<R, Error<E>>;
    type IntoFuture = CheckFuture<R, R::Body, E>;

    fn into_future(self) -> Self::IntoFuture {
        CheckFuture {
            state: start(self.response, self.limit),
        }
    }
}

/// The future of an awaited [`Check`]: `R` is the reqwest `Response`, `B` its body, `E` the
/// table. Nothing to name: `.await` the `Check`.
#[must_use = "futures do nothing unless polled"]
pub struct CheckFuture<R, B, E> {
    state: State<R, B, E>,
}

#[allow(
    clippy::large_enum_variant,
    reason = "awaited in place, not stored; boxing the reading state would allocate for every failure"
)]
enum State<R, B, E> {
    /// A success: handed back untouched.
    Passed(Option<R>),
    /// Known without reading (the middleware parsed it): given at the first poll.
    Failed(Option<Error<E>>),
    /// Reading the start of an error body.
    Reading {
        read: ReadStart<B>,
        head: Option<Head>,
    },
}

/// What `kakao_check()` keeps of a failed response while it reads the body.
struct Head {
    status: StatusCode,
    headers: HeaderMap,
    url: Url,
    sent: Option<Sent>,
    auth: Option<Box<Auth>>,
}

/// Where checking `response` starts: a success passes, a response the middleware parsed as
/// `E` to the same limit fails at once, any other has its body read.
fn start<R, E>(mut response: R, limit: usize) -> State<R, R::Body, E>
where
    R: Fetched,
    E: KakaoError + Send + Sync + 'static,
{
    let status = response.status();
    if status.is_success() {
        return State::Passed(Some(response));
    }
    let examined = response.extensions_mut().remove::<Examined<E>>();
    let headers = core::mem::take(response.headers_mut());
    let url = response.url().clone();
    let (sent, parsed, auth) = match examined {
        Some(mut examined) => {
            let parsed = examined.parsed_to(limit);
            (Some(examined.sent), parsed, examined.auth)
        }
        None => (None, None, None),
    };
    if let Some(parsed) = parsed {
        return State::Failed(Some(Error::from_response(
            parsed, headers, url, sent, auth, None,
        )));
    }
    State::Reading {
        read: ReadStart::new(response.into_body(), limit),
        head: Some(Head {
            status,
            headers,
            url,
            sent,
            auth,
        }),
    }
}

impl<R, E> Future for CheckFuture<R, R::Body, E>
where
    R: Fetched,
    E: KakaoError + Send + Sync + 'static,
{
    type Output = Result<R, Error<E>>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        match &mut this.state {
            State::Passed(response) => Poll::Ready(Ok(response
                .take()
                .expect("CheckFuture polled after it ended"))),
            State::Failed(error) => {
                let error = error.take().expect("CheckFuture polled after it ended");
                #[cfg(feature = "tracing")]
                trace_checked(&error);
                Poll::Ready(Err(error))
            }
            State::Reading { read, head } => {
                // The rest of the body is dropped unread: that closes the connection.
                let (start, _rest) = ready!(Pin::new(read).poll(cx));
                let head = head.take().expect("CheckFuture polled after it ended");
                let parsed = ResponseError::from_head(head.status, &head.headers, &start.head);
                let read_error = match start.ending {
                    Ending::Failed(error) => Some(R::read_error(error)),
                    Ending::Ended | Ending::Limit => None,
                };
                let error = Error::from_response(
                    parsed,
                    head.headers,
                    head.url,
                    head.sent,
                    head.auth,
                    read_error,
                );
                #[cfg(feature = "tracing")]
                trace_checked(&error);
                Poll::Ready(Err(error))
            }
        }
    }
}

/// The event of an error response `kakao_check()` gives back (see `kakao_errors::telemetry`),
/// with the error's remedy.
#[cfg(feature = "tracing")]
fn trace_checked<E: KakaoError>(error: &Error<E>) {
    if let Some(response) = error.response() {
        crate::telemetry::emit::checked(response, || error.remedy().as_str());
    }
}

impl<R, B, E> fmt::Debug for CheckFuture<R, B, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match self.state {
            State::Passed(_) => "passed",
            State::Failed(_) => "failed",
            State::Reading { .. } => "reading",
        };
        f.debug_struct("CheckFuture")
            .field("state", &state)
            .finish_non_exhaustive()
    }
}

/// What the retry middleware learnt of a failed response it hands back, put in the
/// response's extensions for `kakao_check()`: the request, and the error it parsed (with its
/// code looked up in `E`) from the start of the body, so that the body is read and parsed
/// once; and what the auth middleware adds (a refresh that failed, a consent), riding along
/// so that `kakao_check()` looks up one extension, not three.
pub(crate) struct Examined<E: KakaoError> {
    pub(crate) sent: Sent,
    /// What the auth middleware handed on, if anything.
    pub(crate) auth: Option<Box<Auth>>,
    /// `None` when the middleware did not read the body (its last attempt), or reading it
    /// failed (`kakao_check()` then reads the body again, to meet the error where the
    /// middleware met it).
    pub(crate) parsed: Option<ResponseError<E>>,
    /// How many bytes the middleware read.
    pub(crate) read: usize,
    /// Whether that was the whole body.
    pub(crate) ended: bool,
    /// The middleware's limit.
    pub(crate) limit: usize,
}

impl<E: KakaoError> Examined<E> {
    /// The parsed error, if `kakao_check()` reading at most `limit` bytes would have read the
    /// same bytes.
    fn parsed_to(&mut self, limit: usize) -> Option<ResponseError<E>> {
        let same_bytes = (self.ended && self.read <= limit) || self.limit == limit;
        if same_bytes { self.parsed.take() } else { None }
    }
}

impl<E: KakaoError> Clone for Examined<E> {
    /// `http::Extensions` asks for `Clone`: a copy keeps the request but not the parsed error
    /// (`E` need not be `Clone`), so that a copied response is checked by reading its body, as
    /// if the middleware had not been there.
    fn clone(&self) -> Self {
        Self {
            sent: self.sent.clone(),
            auth: self.auth.clone(),
            parsed: None,
            read: self.read,
            ended: self.ended,
            limit: self.limit,
        }
    }
}

#[cfg(test)]
mod tests {
    use core::convert::Infallible;

    use ::http::{Extensions, Method};
    use bytes::Bytes;
    use http_body::{Body, Frame};

    use super::*;
    use crate::mobility::MobilityError;
    use crate::response::parse_as;

    /// A body of one chunk.
    struct Once(Option<Bytes>);

    impl Body for Once {
        type Data = Bytes;
        type Error = Infallible;

        fn poll_frame(
            mut self: Pin<&mut Self>,
            _: &mut Context<'_>,
        ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
            Poll::Ready(self.0.take().map(|chunk| Ok(Frame::data(chunk))))
        }
    }

    /// A response whose body is `body`, with `extensions`.
    struct Fake {
        status: StatusCode,
        headers: HeaderMap,
        extensions: Extensions,
        url: Url,
        body: &'static [u8],
    }

    impl Fetched for Fake {
        type Body = Once;

        fn status(&self) -> StatusCode {
            self.status
        }

        fn headers_mut(&mut self) -> &mut HeaderMap {
            &mut self.headers
        }

        fn extensions_mut(&mut self) -> &mut Extensions {
            &mut self.extensions
        }

        fn url(&self) -> &Url {
            &self.url
        }

        fn into_body(self) -> Once {
            Once(Some(Bytes::from_static(self.body)))
        }

        fn read_error(error: Infallible) -> super::super::Transport {
            match error {}
        }
    }

    const READ_BY_THE_MIDDLEWARE: &[u8] = br#"{"code":-1,"msg":"internal error"}"#;
    const IN_THE_BODY: &[u8] = br#"{"code":-2,"msg":"ProfileId is not a number"}"#;

    /// A 400 whose body says -2, with `examined` in its extensions.
    fn fake(examined: Option<impl Clone + Send + Sync + 'static>) -> Fake {
        let mut extensions = Extensions::new();
        if let Some(examined) = examined {
            extensions.insert(examined);
        }
        Fake {
            status: StatusCode::BAD_REQUEST,
            headers: HeaderMap::new(),
            extensions,
            url: "http://127.0.0.1/v2/user/me".parse().unwrap(),
            body: IN_THE_BODY,
        }
    }

    /// What the middleware hands on after reading `READ_BY_THE_MIDDLEWARE`, as `E`, with
    /// `limit`, and `ended` whether that was the whole body.
    fn examined<E: KakaoError>(limit: usize, ended: bool) -> Examined<E> {
        Examined {
            sent: Sent::new(&Method::POST, false),
            auth: None,
            parsed: Some(parse_as::<E>(400, READ_BY_THE_MIDDLEWARE)),
            read: READ_BY_THE_MIDDLEWARE.len(),
            ended,
            limit,
        }
    }

    /// The code `kakao_check()` reports for `response`, checked as `E` with `limit`, and the
    /// method it knows.
    fn checked<E: KakaoError + Send + Sync + 'static>(
        response: Fake,
        limit: usize,
    ) -> (Option<i64>, Option<Method>) {
        let check = Check::new(response).parse_as::<E>().body_limit(limit);
        let mut future = core::pin::pin!(check.into_future());
        let mut cx = Context::from_waker(core::task::Waker::noop());
        let Poll::Ready(Err(e)) = future.as_mut().poll(&mut cx) else {
            panic!("a failed response is an error at once");
        };
        (e.response().unwrap().code(), e.method().cloned())
    }

    #[test]
    fn the_middleware_s_parse_is_used_for_the_same_table_and_bytes() {
        let post = Some(Method::POST);
        // The same table and limit: the middleware's error, the body unread.
        let same = fake(Some(examined::<ApiError>(DEFAULT_BODY_LIMIT, false)));
        assert_eq!(
            checked::<ApiError>(same, DEFAULT_BODY_LIMIT),
            (Some(-1), post.clone())
        );
        // A whole body read under another limit that it fits under: the same bytes.
        let whole = fake(Some(examined::<ApiError>(100, true)));
        assert_eq!(checked::<ApiError>(whole, 1000), (Some(-1), post.clone()));

        // A larger limit than a body cut at the middleware's: read again.
        let cut = fake(Some(examined::<ApiError>(30, false)));
        assert_eq!(checked::<ApiError>(cut, 1000), (Some(-2), post.clone()));
        // A whole body longer than this limit: read again, to this limit.
        let whole = fake(Some(examined::<ApiError>(100, true)));
        assert_eq!(checked::<ApiError>(whole, 10), (None, post.clone()));
        // Another table: read again, and the request is not known.
        let other = fake(Some(examined::<MobilityError>(DEFAULT_BODY_LIMIT, false)));
        assert_eq!(
            checked::<ApiError>(other, DEFAULT_BODY_LIMIT),
            (Some(-2), None)
        );
        // Nothing handed on: read.
        assert_eq!(
            checked::<ApiError>(fake(None::<()>), DEFAULT_BODY_LIMIT),
            (Some(-2), None)
        );
        // Only the request (the middleware's last attempt): read, with the method.
        let mut request_only = examined::<ApiError>(DEFAULT_BODY_LIMIT, false);
        request_only.parsed = None;
        let response = fake(Some(request_only));
        assert_eq!(
            checked::<ApiError>(response, DEFAULT_BODY_LIMIT),
            (Some(-2), post)
        );
    }

    #[test]
    fn a_copy_of_what_is_handed_on_keeps_the_request_only() {
        let original = examined::<ApiError>(DEFAULT_BODY_LIMIT, true);
        let copy = original.clone();
        assert!(original.parsed.is_some() && copy.parsed.is_none());
        assert_eq!(copy.sent, original.sent);
    }
}
