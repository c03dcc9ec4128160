//! `#[derive(KakaoError)]`: the proc macro behind [`kakao-errors`](https://docs.rs/kakao-errors).
//!
//! Use it through `kakao_errors::KakaoError`, which re-exports it next to the trait; the
//! attribute keys and the generated items are documented there.
//!
//! The pipeline, driven by [`derive`] here: `ast` builds a typed model from the input (parsing
//! `#[kakao(...)]` in `attr`), `valid` checks it across variants, `krate` finds the runtime
//! crate, then `expand` generates the impls (with `checks`, the compile-time checks over
//! wrapped types' codes), or on any mistake `fallback` emits every error together with stub
//! impls. Below them are leaves that import no module above them: `methods` (the trait's
//! items, listed once), `shared` (generated pieces the expansion, the checks and the fallback
//! write alike), `errors` (the mistakes of one enum), `spans` (where generated tokens point), `markdown`
//! (a doc comment's first paragraph as plain text).
//! `scripts/derive-module-graph.py` checks that the modules import each other without a cycle.

mod ast;
mod attr;
mod checks;
mod errors;
mod expand;
mod fallback;
mod krate;
mod markdown;
mod methods;
mod shared;
mod spans;
mod valid;

use proc_macro::TokenStream;
use proc_macro2::Span;
use syn::DeriveInput;

use crate::ast::Enum;
use crate::errors::Errors;
use crate::krate::{Found, Krate};

/// Derives `kakao_errors::KakaoError`, `Display`, `Error` and conversions for an enum of error
/// codes. See the `kakao_errors` crate documentation for the attribute keys.
#[proc_macro_derive(KakaoError, attributes(kakao))]
pub fn derive_kakao_error(input: TokenStream) -> TokenStream {
    match syn::parse::<DeriveInput>(input) {
        Ok(input) => derive(&input, krate::locate).into(),
        Err(error) => {
            let mut errors = Errors::default();
            errors.push(error);
            errors.to_compile_error(None).into()
        }
    }
}

/// Expands the derive. `locate` tells where the runtime crate is when the enum does not say:
/// [`krate::locate`], or a stand-in in tests.
fn derive(input: &DeriveInput, locate: fn() -> Found) -> proc_macro2::TokenStream {
    let mut errors = Errors::default();
    let parsed = Enum::from_syn(input, &mut errors);
    if let Some(parsed) = &parsed {
        valid::check(parsed, &mut errors);
    }
    let given = parsed
        .as_ref()
        .and_then(|parsed| parsed.attrs.krate.as_ref())
        .map(|krate| krate.value.clone());
    let found = if given.is_none() {
        locate()
    } else {
        Found::Plain
    };
    let (name, missing) = match found {
        Found::Plain => (None, None),
        Found::Renamed(name) => (Some(name), None),
        Found::Missing(message) => (None, Some(message)),
    };
    if let Some(message) = &missing {
        errors.at(Span::call_site(), message);
    }
    let krate = Krate::new(given, name);
    match &parsed {
        Some(parsed) if errors.is_empty() => expand::expand(parsed, krate),
        _ if !errors.is_empty() => {
            // Without the crate, only the stubs that do not name it: the others would add
            // "unresolved path" errors.
            let krate = missing.is_none().then_some(&krate);
            fallback::expand(input, parsed.as_ref(), krate, &errors)
        }
        // `from_syn` records an error whenever it gives no model; this arm only keeps the
        // macro panic-free should that ever change.
        _ => {
            errors.spanned(&input.ident, "#[derive(KakaoError)] is for enums");
            errors.to_compile_error(Some(&input.ident))
        }
    }
}

#[cfg(test)]
mod never_panics;
