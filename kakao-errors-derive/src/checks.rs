//! Compile-time checks the derive cannot make itself, because they need other types' codes:
//! a code of the enum that a member also has, two members sharing a code, a member whose codes
//! are written differently, a doc comment (read at compile time) without text.
//!
//! Each check is a trait bound that holds only when the check passes. A failing check is a
//! compile error in this derive's own words (the traits in `kakao_errors::__private` carry
//! the messages), naming the types and the clashing code, spanned at what it is about.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::Ident;

use crate::ast::Message;
use crate::expand::{Expansion, outer_spans};
use crate::krate;

/// The items and the statements of every check (statements after all items, so no lint about
/// items after statements fires in the user's crate).
pub fn member_checks(expansion: &Expansion) -> (TokenStream, TokenStream) {
    let mut checks = Checks {
        expansion,
        items: Vec::new(),
        statements: Vec::new(),
    };
    checks.messages_have_text();
    let members: Vec<_> = expansion.input.members().collect();
    if !members.is_empty() {
        checks.members(&members);
    }
    let Checks {
        items, statements, ..
    } = checks;
    (quote!(#(#items)*), quote!(#(#statements)*))
}

struct Checks<'e, 'a> {
    expansion: &'e Expansion<'a>,
    items: Vec<TokenStream>,
    statements: Vec<TokenStream>,
}

impl Checks<'_, '_> {
    /// A check that holds when `holds` (a const `bool` expression) does; when it does not,
    /// the error is `bound`'s diagnostic, underlining `spans` (first to last).
    fn check(&mut self, (first, last): (Span, Span), bound: &TokenStream, holds: &TokenStream) {
        let (first, last) = (krate::at_span(first), krate::at_span(last));
        let krate = self.expansion.krate.at(first);
        let verdict = quote_spanned!(first=> <#krate::__private::Verdict<{ #holds }> as #krate::__private::Outcome>::);
        let outcome = quote_spanned!(last=> Type);
        let check = quote_spanned!(last=> CHECK);
        self.statements.push(quote_spanned! {first=>
            let () = <#verdict #outcome as #bound>::#check;
        });
    }

    /// A doc comment read at compile time (`#[doc = include_str!(...)]`) must give text.
    fn messages_have_text(&mut self) {
        let expansion = self.expansion;
        let ident = &expansion.ident;
        let krate = expansion.krate.path();
        for (index, (variant, code)) in expansion.input.codes().enumerate() {
            if !matches!(code.message, Message::Doc(_)) {
                continue;
            }
            let message = format_ident!("__KAKAO_MESSAGE_{}", index);
            let bound = quote!(#krate::__private::MessageHasText<#ident>);
            let holds = quote!(!#message.is_empty());
            self.check(outer_spans(variant.ident), &bound, &holds);
        }
    }

    fn members(&mut self, members: &[(&crate::ast::Variant, &syn::Type)]) {
        let expansion = self.expansion;
        let ident = &expansion.ident;
        let krate = expansion.krate.path();
        // Each member's codes, sorted once: every check below is then a binary search or a
        // merge walk, so members with thousands of codes stay cheap to check.
        let sorted: Vec<Ident> = (0..members.len())
            .map(|index| format_ident!("__KAKAO_SORTED_{}", index))
            .collect();
        for ((_, ty), sorted) in members.iter().zip(&sorted) {
            let member = expansion.as_member(ty);
            self.items.push(quote! {
                const #sorted: [::core::primitive::i32; #member::CODES.len()] =
                    #krate::__private::sorted(#member::CODES);
            });
        }

        // The enum's own codes, each against each member.
        for (index, (_, code)) in expansion.input.codes().enumerate() {
            let number = proc_macro2::Literal::i32_unsuffixed(code.code.value.number());
            for (m, ((_, ty), sorted)) in members.iter().zip(&sorted).enumerate() {
                let found = format_ident!("__KAKAO_OWN_{}_{}", index, m);
                self.items.push(quote! {
                    const #found: ::core::primitive::i64 = #krate::__private::found_in(&#sorted, #number);
                });
                let bound = quote!(#krate::__private::OwnCodeNotInMember<#ident, #ty, { #found }>);
                let holds = quote!(#krate::__private::none(#found));
                self.check(outer_spans(&code.code.tokens), &bound, &holds);
            }
        }

        // Each pair of members.
        for (i, ((_, first), first_sorted)) in members.iter().zip(&sorted).enumerate() {
            for (j, ((_, second), second_sorted)) in
                members.iter().zip(&sorted).enumerate().skip(i + 1)
            {
                let (first_member, second_member) =
                    (expansion.as_member(first), expansion.as_member(second));
                let shared = format_ident!("__KAKAO_SHARED_{}_{}", i, j);
                self.items.push(quote! {
                    const #shared: ::core::primitive::i64 = #krate::__private::unless_same_type(
                        #first_member::__IDENTITY,
                        #second_member::__IDENTITY,
                        #krate::__private::first_shared(&#first_sorted, &#second_sorted),
                    );
                });
                let bound = quote!(
                    #krate::__private::MembersShareNoCode<#ident, #first, #second, { #shared }>
                );
                let holds = quote!(#krate::__private::none(#shared));
                self.check(outer_spans(second), &bound, &holds);
            }
        }

        // Every member writes its codes as the enum does.
        for (_, ty) in members {
            let member = expansion.as_member(ty);
            let bound = quote!(#krate::__private::SameCodeForm<#ident, #ty>);
            let holds = quote! {
                #krate::__private::str_eq(
                    #member::CODE_PREFIX,
                    <#ident as #krate::KakaoError>::CODE_PREFIX,
                ) && #member::CODE_DIGITS == <#ident as #krate::KakaoError>::CODE_DIGITS
            };
            self.check(outer_spans(ty), &bound, &holds);
        }
    }
}
