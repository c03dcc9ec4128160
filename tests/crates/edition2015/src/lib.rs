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
