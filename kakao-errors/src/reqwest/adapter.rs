// The adapter of one reqwest version: its `Response` and its `Error` as the shared code takes
// them. Included once per version by `reqwest.rs` (modules `v0_13` and `v0_12`), where
// `reqwest` names that version's crate.

use ::http::{Extensions, HeaderMap, StatusCode};
use reqwest::{Body, Response};

use crate::reqwest::error::Transport;
use crate::reqwest::{Check, Error, Fetched, ResponseExt, Url};
use crate::retry::adapt::Failure;

impl Fetched for Response {
    type Body = Body;

    fn status(&self) -> StatusCode {
        Response::status(self)
    }

    fn headers_mut(&mut self) -> &mut HeaderMap {
        Response::headers_mut(self)
    }

    fn extensions_mut(&mut self) -> &mut Extensions {
        Response::extensions_mut(self)
    }

    fn url(&self) -> &Url {
        Response::url(self)
    }

    fn into_body(self) -> Body {
        ::http::Response::<Body>::from(self).into_body()
    }

    fn read_error(error: reqwest::Error) -> Transport {
        Transport {
            body: true,
            ..transport(error)
        }
    }
}

impl ResponseExt for Response {
    fn kakao_check(self) -> Check<Self> {
        Check::new(self)
    }
}

impl<E> From<reqwest::Error> for Error<E> {
    fn from(error: reqwest::Error) -> Self {
        Self::from_transport(transport(error))
    }
}

/// `error` sorted out by reqwest's predicates, its URL taken out.
pub(crate) fn transport(error: reqwest::Error) -> Transport {
    let (failure, what) = sort_out(&error);
    let timeout = error.is_timeout();
    let body = error.is_body() || error.is_decode();
    let status = error.status().map(|status| status.as_u16());
    let url = error.url().cloned();
    Transport {
        failure,
        timeout,
        body,
        what,
        status,
        url,
        source: Box::new(error.without_url()),
    }
}

/// How `error` failed, as far as the remedy goes.
pub(crate) fn transport_failure(error: &reqwest::Error) -> Failure {
    sort_out(error).0
}

/// How `error` failed, and that in a few words.
fn sort_out(error: &reqwest::Error) -> (Failure, &'static str) {
    let body = error.is_body() || error.is_decode();
    if error.is_connect() {
        (Failure::Connect, "no connection could be made")
    } else if error.is_builder() {
        (Failure::Builder, "the request could not be built")
    } else if error.is_timeout() {
        (Failure::AfterSending, "timed out")
    } else if error.is_redirect() {
        (Failure::AfterSending, "following a redirect failed")
    } else if body {
        (Failure::AfterSending, "sending or reading a body failed")
    } else if error.is_request() {
        (Failure::AfterSending, "sending the request failed")
    } else if error.is_status() {
        (Failure::Other, "the response's status is an error")
    } else {
        (Failure::Other, "the request failed")
    }
}
