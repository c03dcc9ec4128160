//! Pieces of generated code that the expansion, its compile-time checks and the fallback
//! (after a mistake) all write the same way.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::{Ident, LitStr, Type};

use crate::ast::Enum;
use crate::krate::{self, Krate};
use crate::spans::outer_spans;

/// `<Member as kakao_errors::KakaoError>`, spanned at the member type, so that wrapping a
/// type that is not a `KakaoError` is reported there and not at `#[derive]`.
pub fn as_member(krate: &Krate, ty: &Type) -> TokenStream {
    let span = krate::at_span(outer_spans(ty).0);
    let krate = krate.at(span);
    quote_spanned!(span=> <#ty as #krate::KakaoError>)
}

/// The names of the message and `Display` constants of the `index`th own code, when its
/// message is only known at compile time (`ast::Message::Doc`).
pub fn doc_message_names(index: usize) -> (Ident, Ident) {
    (
        format_ident!("__KAKAO_MESSAGE_{}", index),
        format_ident!("__KAKAO_DISPLAY_{}", index),
    )
}

/// `Some("text")` or `None`, as an `Option<&'static str>` expression.
pub fn option_str(text: Option<&String>) -> TokenStream {
    match text {
        Some(text) => quote!(::core::option::Option::Some(#text)),
        None => quote!(::core::option::Option::None),
    }
}

/// The call of the runtime crate's serde macro, spanned at the `serde` key (so a missing
/// `serde` feature is reported there); nothing without the key. The macro gets the enum through
/// an alias: the enum's own name, passed through a `macro_rules!`, would no longer count as the
/// derive's use of it, and a `#[deprecated]` enum would warn.
pub fn serde_call(input: &Enum, krate: &Krate, ident: &Ident) -> TokenStream {
    let Some(key) = &input.attrs.serde else {
        return TokenStream::new();
    };
    let span = krate::at_span(key.span());
    let krate = krate.at(span);
    let name = LitStr::new(&input.name, Span::call_site());
    quote_spanned! {span=>
        type __KakaoSerde = #ident;
        #krate::__private::impl_serde!(__KakaoSerde, #name);
    }
}
