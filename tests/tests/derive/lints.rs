//! Derived enums compile clean under strict lints: rustc's `warnings` and
//! `unused_qualifications`, and clippy's `all` and `pedantic` (`cargo clippy --all-targets`
//! checks this file). A derive whose expansion trips a lint breaks users who deny it.
#![deny(warnings, unused_qualifications, clippy::all, clippy::pedantic)]
#![deny(
    rust_2018_idioms,
    trivial_casts,
    trivial_numeric_casts,
    unused_extern_crates,
    unused_import_braces,
    unsafe_code,
    missing_debug_implementations,
    unreachable_pub
)]

use kakao_errors::KakaoError;

mod errors {
    use kakao_errors::KakaoError;

    /// A unit-only enum, with every key.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
    pub(crate) enum Login {
        /// The user has not agreed to provide the requested scope.
        #[kakao(
            code = -402,
            status = 403,
            retry = false,
            message_ko = "동의하지 않았습니다.",
            solution = "Request additional consent.",
            solution_ko = "추가 동의를 요청하세요."
        )]
        InsufficientScope,
        /// Try again.
        #[kakao(code = -1, status = 500, retry = true)]
        Internal,
        #[kakao(code = 2_147_483_647, message = "Largest.")]
        Largest,
        /// Smallest.
        #[kakao(code = -2_147_483_648)]
        Smallest,
    }

    /// A single variant enum.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
    pub(crate) enum Single {
        /// Only one.
        #[kakao(code = 1)]
        Only,
    }

    /// An enum with a catch-all.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
    pub(crate) enum Share {
        /// Bad request.
        #[kakao(code = 4000, status = 400)]
        BadRequest,
        /// Anything else.
        #[kakao(other)]
        Unknown(i32),
    }

    /// A wrapper.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
    pub(crate) enum App {
        /// Own code.
        #[kakao(code = 7001)]
        Own,
        /// Login errors.
        #[kakao(transparent)]
        Login(Login),
        /// A single member.
        #[kakao(transparent)]
        Single(Single),
        /// Unknown codes.
        #[kakao(other, message = "unknown")]
        Unknown(i32),
    }

    /// A wrapper of a wrapper whose last member has a catch-all.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
    pub(crate) enum Outer {
        /// The app.
        #[kakao(transparent)]
        App(App),
    }

    /// A wrapper whose member has the catch-all.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
    pub(crate) enum OverShare {
        /// Share errors.
        #[kakao(transparent)]
        Share(Share),
    }
}

use errors::{App, Login, Outer, OverShare, Share, Single};

const FOUND: Option<Login> = Login::from_code(-402);

fn lift() -> Result<(), App> {
    Err(Login::Internal)?;
    Ok(())
}

#[test]
fn strict_lints_compile() {
    assert_eq!(FOUND, Some(Login::InsufficientScope));
    assert_eq!(Login::VARIANTS.len(), <Login as KakaoError>::CODES.len());
    assert_eq!(Single::from_code(1), Some(Single::Only));
    assert_eq!(Share::from_code(1), Some(Share::Unknown(1)));
    assert_eq!(App::from_code(-1), Some(App::Login(Login::Internal)));
    assert_eq!(lift(), Err(App::Login(Login::Internal)));
    assert_eq!(Outer::from_code(9), Some(Outer::App(App::Unknown(9))));
    assert_eq!(
        OverShare::from_name("BadRequest"),
        Some(OverShare::Share(Share::BadRequest))
    );
    assert_eq!(App::try_from(7001), Ok(App::Own));
    assert!(Login::try_from(0).is_err());
    assert_eq!(
        Outer::from_code(-402).map(|e| e.name()),
        Some("InsufficientScope")
    );
    assert_eq!(App::Unknown(3).to_string(), "[3] unknown");
    assert!(core::error::Error::source(&Outer::App(App::Own)).is_none());
    let e = Login::Largest;
    assert_eq!(
        (e.code(), e.status(), e.is_retryable(), e.message()),
        (i32::MAX, None, false, "Largest.")
    );
    assert_eq!(
        (e.message_ko(), e.solution(), e.solution_ko()),
        (None, None, None)
    );
}
