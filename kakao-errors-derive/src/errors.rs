//! Collects every mistake in one enum so a single build reports them all, and writes them as
//! compile errors.

use core::fmt::Display;

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::ext::IdentExt;

use crate::spans::outer_spans;

/// One mistake: its message, underlining from `start` to `end`.
struct Mistake {
    start: Span,
    end: Span,
    message: String,
}

#[derive(Default)]
pub struct Errors {
    mistakes: Vec<Mistake>,
}

impl Errors {
    /// An error at `span`.
    pub fn at(&mut self, span: Span, message: impl Display) {
        self.mistakes.push(Mistake {
            start: span,
            end: span,
            message: message.to_string(),
        });
    }

    /// An error spanning all of `tokens` (so `-402` is underlined whole, not just `-`); through
    /// a `macro_rules!` fragment, the tokens the macro's caller wrote, not the fragment.
    pub fn spanned(&mut self, tokens: impl ToTokens, message: impl Display) {
        let (start, end) = outer_spans(tokens);
        self.mistakes.push(Mistake {
            start,
            end,
            message: message.to_string(),
        });
    }

    /// The errors of a failed parse.
    pub fn push(&mut self, error: syn::Error) {
        for error in error {
            self.at(error.span(), error);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.mistakes.is_empty()
    }

    /// One `compile_error!` per mistake, each spanned over the tokens it is about, for the
    /// item called `item` (`None` when the input could not be read as an item).
    ///
    /// Not `::core::compile_error!` with the mistake's spans (as `syn::Error` writes it): an
    /// edition 2015 crate reads `::core` there as a path from its own root, and every message
    /// became "cannot find `core` in the crate root". The macro is imported under a name of the
    /// derive's, by a `use` read in the derive's edition, and called with the mistake's spans,
    /// so each error is reported at the user's tokens and nowhere else. The name includes the
    /// item's (two derives in one module import it); without an item, the import and the calls
    /// go in a block of their own. The compiler expands calls through an import made in the
    /// same expansion last to first, so they are written in reverse: the errors of one item
    /// come out in the order the mistakes were found.
    pub fn to_compile_error(&self, item: Option<&Ident>) -> TokenStream {
        let name = match item {
            Some(item) => format!("__kakao_compile_error_{}", item.unraw()),
            None => "__kakao_compile_error".to_owned(),
        };
        let alias = Ident::new(&name, Span::mixed_site());
        let calls = self.mistakes.iter().rev().map(|mistake| {
            let mut bang = Punct::new('!', Spacing::Alone);
            bang.set_span(mistake.start);
            let mut message = Literal::string(&mistake.message);
            message.set_span(mistake.start);
            let mut group = Group::new(Delimiter::Brace, TokenTree::from(message).into());
            group.set_span(mistake.end);
            let path = Ident::new(&name, mistake.start);
            quote!(#path #bang #group)
        });
        let errors = quote! {
            use ::core::compile_error as #alias;
            #(#calls)*
        };
        match item {
            Some(_) => errors,
            None => quote!(const _: () = { #errors };),
        }
    }
}
