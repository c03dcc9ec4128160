//! Error tables of an edition 2015 crate. The library has no `extern crate kakao_errors`: in
//! edition 2015, `::kakao_errors` would name an item at this crate's root, which does not
//! exist, so the expansion must not read its paths with this crate's edition.

/// A leaf table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, kakao_errors::KakaoError)]
pub enum Login {
    /// Scope missing.
    #[kakao(code = -402, status = 403, remedy = RequestConsent)]
    InsufficientScope,
    #[doc = concat!("Token ", "expired.")]
    #[kakao(code = -401, status = 401)]
    Expired,
    /// Unlisted.
    #[kakao(other)]
    Unknown(i32),
}

/// Named like words that later editions reserve (written raw where the derive's parser needs
/// it): the expansion, read in a later edition, still names them.
#[allow(non_camel_case_types)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, kakao_errors::KakaoError)]
pub enum r#async {
    /// Named like a keyword of edition 2018.
    #[kakao(code = 9001)]
    r#dyn,
    /// Named like a word edition 2018 reserves.
    #[kakao(code = 9002)]
    r#try,
    /// Named like a word edition 2024 reserves, written plain.
    #[kakao(code = 9003)]
    gen,
}

/// Wrappers, in a module: paths here are read as edition 2015 reads them.
pub mod wrappers {
    /// A wrapper over this crate's table (named from the crate root, as edition 2015 writes
    /// it) and kakao-errors' REST union (through the extern prelude).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, kakao_errors::KakaoError)]
    pub enum App {
        /// The app's own code.
        #[kakao(code = 7001)]
        Own,
        /// This crate's table, from the crate root.
        #[kakao(transparent)]
        Login(::Login),
        /// The table named `async`.
        #[kakao(transparent)]
        Async(::r#async),
        /// Talk Message's table.
        #[kakao(transparent)]
        Talk(kakao_errors::rest::TalkMessage),
    }

    /// A wrapper over the wrapper above and Talk Share's table, whose catch-all comes last.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, kakao_errors::KakaoError)]
    pub enum Outer {
        /// The wrapper above.
        #[kakao(transparent)]
        App(super::wrappers::App),
        /// Talk Share's errors.
        #[kakao(transparent)]
        Share(kakao_errors::share::TalkShareError),
    }
}
