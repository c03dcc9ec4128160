//! Collects every mistake in one enum so a single build reports them all.

use core::fmt::Display;
use quote::ToTokens;

use crate::attr::unwrap_invisible;

#[derive(Default)]
pub struct Errors {
    combined: Option<syn::Error>,
}

impl Errors {
    pub fn push(&mut self, error: syn::Error) {
        match &mut self.combined {
            Some(combined) => combined.combine(error),
            None => self.combined = Some(error),
        }
    }

    /// An error spanning all of `tokens` (so `-402` is underlined whole, not just `-`); through
    /// a `macro_rules!` fragment, the tokens the macro's caller wrote, not the fragment.
    pub fn spanned(&mut self, tokens: impl ToTokens, message: impl Display) {
        let tokens = unwrap_invisible(tokens.into_token_stream());
        self.push(syn::Error::new_spanned(tokens, message));
    }

    pub fn finish(self) -> Result<(), syn::Error> {
        self.combined.map_or(Ok(()), Err)
    }
}
