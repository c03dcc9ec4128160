//! Feature `reqwest`: the integration error's `Display`, `{:?}` and `{:#?}`, and the
//! serialized form of its parsed response, over real HTTP/1.1 exchanges with the loopback
//! server, for every response of the corpus (`tests/fixtures/output-corpus.json`), sent with its
//! headers (`Set-Cookie`, ...) to its request URL (a query with `code`, `client_secret`,
//! `access_token`, `pg_token`, ...): no secret of the body, the URL or the headers is shown, the
//! status and the code always are. The accessors give the URL and the headers whole.
#![cfg(all(feature = "reqwest", feature = "serde"))]

use kakao_errors::reqwest::{Error, ResponseExt};

use crate::corpus::{assert_clean, assert_shows, corpus};
use crate::server::{Reply, Server, TIMEOUT, refusing_url, runtime};

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(TIMEOUT)
        .no_proxy()
        .build()
        .unwrap()
}

/// The outputs of the integration error.
fn outputs(e: &Error) -> Vec<(&'static str, String)> {
    let mut outputs = vec![
        ("Display", e.to_string()),
        ("Debug", format!("{e:?}")),
        ("alternate Debug", format!("{e:#?}")),
    ];
    if let Some(response) = e.response() {
        outputs.push(("serde_json", serde_json::to_string(response).unwrap()));
    }
    outputs
}

#[test]
fn the_integration_error_shows_no_secret_of_the_body_the_url_or_the_headers() {
    let corpus = corpus();
    let rt = runtime();
    for entry in &corpus.responses {
        let reply = Reply::Whole(
            entry.status,
            entry.header_lines(),
            entry.body.clone().into_bytes(),
        );
        let server = Server::replying(vec![reply]);
        let sent = reqwest::Url::parse(&entry.url).unwrap();
        let url = server.url(entry.path());
        let e = rt.block_on(async {
            client()
                .get(&url)
                .send()
                .await
                .unwrap()
                .kakao_check()
                .await
                .unwrap_err()
        });
        assert!(e.is_response(), "{}", entry.name);
        // A program that asks gets what was sent.
        assert_eq!(
            e.url().map(reqwest::Url::query),
            Some(sent.query()),
            "{}",
            entry.name
        );
        for (name, value) in &entry.headers {
            assert_eq!(e.headers().unwrap()[name.as_str()], value.as_str());
        }
        for (what, output) in outputs(&e) {
            assert_shows(&entry.name, what, &output, &entry.secrets, &entry.shows);
            assert_clean(&entry.name, what, &output);
            // The header values are never shown; their names are, in `Debug`.
            for (name, value) in &entry.headers {
                if value.len() > 12 {
                    assert!(!output.contains(value.as_str()), "{}: {what}", entry.name);
                }
                if what.contains("Debug") {
                    let name = name.to_ascii_lowercase();
                    assert!(
                        output.contains(&format!("\"{name}\"")),
                        "{}: {what}",
                        entry.name
                    );
                }
            }
            // Nor is the URL's query.
            if let Some(query) = sent.query() {
                assert!(
                    !output.contains(query),
                    "{}: {what} shows the query",
                    entry.name
                );
            }
        }
        drop(server);
    }
}

/// A transport failure shows what failed, never the URL's query; `url()` still has it.
#[test]
fn a_transport_error_shows_no_query() {
    let url = format!(
        "{}?grant_type=authorization_code&code=AUTH-tr4nsp0rt&client_secret=SECRET-tr4nsp0rt",
        refusing_url()
    );
    let sent = runtime().block_on(async { client().get(&url).send().await.unwrap_err() });
    let e: Error = Error::from(sent);
    assert!(e.is_transport());
    assert_eq!(e.url().map(reqwest::Url::as_str), Some(url.as_str()));
    for output in [e.to_string(), format!("{e:?}"), format!("{e:#?}")] {
        assert!(!output.contains("tr4nsp0rt"), "{output}");
        assert!(!output.contains("grant_type"), "{output}");
    }
    assert!(format!("{e:?}").contains("/v2/user/me\""), "{e:?}");
    // The whole chain, as an error reporter prints it.
    let mut source = std::error::Error::source(&e);
    while let Some(error) = source {
        let shown = format!("{error} {error:?}");
        assert!(!shown.contains("tr4nsp0rt"), "{shown}");
        source = error.source();
    }
}
