//! `#[derive(KakaoError)]`: the proc macro behind [`kakao-errors`](https://docs.rs/kakao-errors).
//!
//! Use it through `kakao_errors::KakaoError`, which re-exports it next to the trait; the
//! attribute keys and the generated items are documented there.
//!
//! The pipeline: `ast` builds a typed model from the input (parsing `#[kakao(...)]` in
//! `attr`), `valid` checks it across variants, `expand` generates the impls (`methods` lists
//! the trait's items once, `checks` adds the compile-time checks over wrapped types' codes,
//! `krate` finds the runtime crate); on any mistake `fallback` emits every error together with
//! stub impls.

mod ast;
mod attr;
mod checks;
mod errors;
mod expand;
mod fallback;
mod krate;
mod methods;
mod valid;

use proc_macro::TokenStream;
use syn::DeriveInput;

/// Derives `kakao_errors::KakaoError`, `Display`, `Error` and conversions for an enum of error
/// codes. See the `kakao_errors` crate documentation for the attribute keys.
#[proc_macro_derive(KakaoError, attributes(kakao))]
pub fn derive_kakao_error(input: TokenStream) -> TokenStream {
    match syn::parse::<DeriveInput>(input) {
        Ok(input) => expand::derive(&input, krate::locate).into(),
        Err(error) => {
            let mut errors = errors::Errors::default();
            errors.push(error);
            errors.to_compile_error(None).into()
        }
    }
}

#[cfg(test)]
mod never_panics;
