//! Where generated tokens point and how they resolve: the user's names re-spanned as the
//! derive's own, the first and last spans of what an error is about, and `macro_rules!`
//! fragments opened. A leaf: it uses no other module of the crate.

use proc_macro2::{Delimiter, Ident, Span, TokenStream, TokenTree};
use quote::ToTokens;

/// Words that are identifiers in an earlier edition and keywords (or reserved) in a later one;
/// tokens with the derive's spans are read in the derive's edition.
pub const LATER_KEYWORDS: &[&str] = &["async", "await", "dyn", "try", "gen"];

/// `ident` with the derive's call-site span: generated uses of the user's names then count as
/// the derive's (no deprecation warning), while messages and errors are unaffected. A name
/// that is a keyword in the derive's edition (a variant `gen` of an edition 2021 crate) is
/// written raw (`r#gen`), which names the same item.
pub fn respan(ident: &Ident) -> Ident {
    let name = ident.to_string();
    if LATER_KEYWORDS.contains(&name.as_str()) {
        return Ident::new_raw(&name, Span::call_site());
    }
    let mut ident = ident.clone();
    ident.set_span(Span::call_site());
    ident
}

/// The first and last spans of `tokens`: generated code that starts at the first and ends at
/// the last is reported over all of them (`-402` whole, `rest::Login` whole; through a
/// `macro_rules!` fragment, the tokens the macro's caller wrote).
pub fn outer_spans(tokens: impl ToTokens) -> (Span, Span) {
    let mut spans = unwrap_invisible(tokens.into_token_stream())
        .into_iter()
        .map(|token| token.span());
    let first = spans.next().unwrap_or_else(Span::call_site);
    (first, spans.last().unwrap_or(first))
}

/// The tokens with every invisible group (a `macro_rules!` fragment) opened, so spans point
/// at what the macro's caller wrote.
pub fn unwrap_invisible(tokens: TokenStream) -> TokenStream {
    tokens
        .into_iter()
        .flat_map(|token| match token {
            TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
                unwrap_invisible(group.stream())
            }
            token => TokenStream::from(token),
        })
        .collect()
}
