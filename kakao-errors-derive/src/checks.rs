//! Compile-time checks the derive cannot make itself, because they need other types' codes:
//! a code of the enum that a member also has, two members sharing a code or one holding every
//! code of the other, a discriminant the derive cannot read, a doc comment (read at compile
//! time) without text. (Two members that are one type are checked by their `From` impls'
//! bounds, see `expand::conversions`.)
//!
//! A check on the enum's own codes is a trait bound that holds only when the check passes: a
//! failing one is a compile error in this derive's own words (the traits in
//! `kakao_errors::__private` carry the messages), naming the types and the code, spanned at
//! what it is about. A check whose message must be built at compile time (a code as a member
//! writes it) is a constant that panics with the message, one constant per check so that every
//! failing one is reported.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::Ident;

use crate::ast::{Code, Enum, Message, Variant, type_name};
use crate::krate::{self, Krate};
use crate::shared::{as_member, doc_message_names};
use crate::spans::{outer_spans, respan};

/// Words a type cannot be named (a prefix that is one is shown as the number alone).
const KEYWORDS: &[&str] = &[
    "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
    "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// The items and the statements of every check (statements after all items, so no lint about
/// items after statements fires in the user's crate).
/// `input` is the enum, `krate` the runtime crate's path, `ident` the enum's name as the
/// expansion writes it.
pub fn member_checks(input: &Enum, krate: &Krate, ident: &Ident) -> (TokenStream, TokenStream) {
    let mut checks = Checks {
        input,
        krate,
        ident,
        items: Vec::new(),
        statements: Vec::new(),
    };
    checks.messages_have_text();
    checks.discriminants_are_codes();
    let members: Vec<_> = input.members().collect();
    if !members.is_empty() {
        checks.members(&members);
    }
    let Checks {
        items, statements, ..
    } = checks;
    (quote!(#(#items)*), quote!(#(#statements)*))
}

/// A member as the checks of two members see it.
struct Wrapped<'m> {
    variant: &'m Variant<'m>,
    ty: &'m syn::Type,
    /// `<Member as KakaoError>`.
    member: TokenStream,
    /// The name of the constant holding its codes as written, sorted.
    sorted: Ident,
}

struct Checks<'e, 'a> {
    input: &'e Enum<'a>,
    krate: &'e Krate,
    ident: &'e Ident,
    items: Vec<TokenStream>,
    statements: Vec<TokenStream>,
}

impl Checks<'_, '_> {
    /// A check that holds when `holds` (a const `bool` expression) does; when it does not,
    /// the error is `bound`'s diagnostic, underlining `spans` (first to last).
    fn check(&mut self, (first, last): (Span, Span), bound: &TokenStream, holds: &TokenStream) {
        let (first, last) = (krate::at_span(first), krate::at_span(last));
        let krate = self.krate.at(first);
        let verdict = quote_spanned!(first=> <#krate::__private::Verdict<{ #holds }> as #krate::__private::Outcome>::);
        let outcome = quote_spanned!(last=> Type);
        let check = quote_spanned!(last=> CHECK);
        self.statements.push(quote_spanned! {first=>
            let () = <#verdict #outcome as #bound>::#check;
        });
    }

    /// A doc comment read at compile time (`#[doc = include_str!(...)]`) must give text.
    fn messages_have_text(&mut self) {
        let ident = self.ident;
        let krate = self.krate.path();
        for (index, (variant, code)) in self.input.codes().enumerate() {
            if !matches!(code.message, Message::Doc(_)) {
                continue;
            }
            let (message, _) = doc_message_names(index);
            let bound = quote!(#krate::__private::MessageHasText<#ident>);
            let holds = quote!(!#message.is_empty());
            self.check(outer_spans(variant.ident), &bound, &holds);
        }
    }

    /// A discriminant the derive cannot read (`GatewayTimeout = TIMEOUT`) must be the code
    /// the variant has (`valid` allows one only in an enum of unit variants, which `as` casts).
    /// A failure is a compile-time panic at the discriminant whose message names the code.
    fn discriminants_are_codes(&mut self) {
        let ident = self.ident;
        for (variant, code) in self.input.codes() {
            let Some(expr) = &code.unread_discriminant else {
                continue;
            };
            let (start, end) = outer_spans(expr);
            let (span, end) = (krate::at_span(start), krate::at_span(end));
            let name = &variant.name;
            let number = code.code.value.number();
            let message = format!(
                "`{}::{name}`'s discriminant is not its code {}: `{name} as i32` would not be \
                 `{name}.code()`; write `{name} = {number}`, or leave the discriminant out",
                self.input.name,
                code.code.value.text()
            );
            let number = proc_macro2::Literal::i64_unsuffixed(i64::from(number));
            let variant = respan(variant.ident);
            // Underlined from the first token to the last: the call's path at the first, its
            // arguments at the last.
            let panic = quote_spanned!(span=> ::core::panic!);
            let arguments = quote_spanned!(end=> ("{}", #message));
            // A constant of its own, so that every mismatch is reported, not just the first.
            self.items.push(quote_spanned! {span=>
                const _: () = if #ident::#variant as ::core::primitive::i128 != #number {
                    #panic #arguments;
                };
            });
        }
    }

    fn members(&mut self, members: &[(&Variant, &syn::Type)]) {
        let ident = self.ident;
        let krate = self.krate.path();
        // `<Member as KakaoError>` for each member.
        let as_members: Vec<TokenStream> = members
            .iter()
            .map(|(_, ty)| as_member(self.krate, ty))
            .collect();
        // Each member's codes as written, every way it writes them, sorted once: every check
        // below is then a binary search or a merge walk, so members with thousands of codes
        // stay cheap to check. A plain -402 and a KOE402 are two codes.
        let sorted: Vec<Ident> = (0..members.len())
            .map(|index| format_ident!("__KAKAO_SORTED_{}", index))
            .collect();
        for (member, sorted) in as_members.iter().zip(&sorted) {
            self.items.push(quote! {
                const #sorted: [
                    #krate::__private::Written;
                    #krate::__private::written_len(#member::__GROUPS)
                ] = #krate::__private::sorted_written(#member::__GROUPS);
            });
        }

        // Own codes written with a prefix are shown that way: named by types (see
        // `code_names`).
        let own_form = self.input.code_form();
        let named = own_form.filter(|(prefix, _)| !KEYWORDS.contains(prefix));
        if named.is_some() {
            self.code_names();
        }

        // The enum's own codes against the members: which member (if any) has each code, in
        // one constant (binary searches over the sorted members). Each code then gets one
        // check, spanned at it, naming the member through `Members`: the number of checks
        // grows with the codes, not with codes times members.
        let own: Vec<(usize, &Code)> = self
            .input
            .codes()
            .map(|(_, code)| code)
            .enumerate()
            .collect();
        if !own.is_empty() {
            let count = own.len();
            let prefix = own_form.map_or("", |(prefix, _)| prefix);
            let numbers = own
                .iter()
                .map(|(_, code)| proc_macro2::Literal::i32_unsuffixed(code.code.value.number()));
            self.items.push(quote! {
                const __KAKAO_IN_MEMBER: [::core::primitive::usize; #count] =
                    #krate::__private::in_members::<#count>(
                        #prefix,
                        &[#(#numbers),*],
                        &[#(&#sorted),*],
                    );
                struct __KakaoMembers;
            });
            let first = members[0].1;
            let positions = std::iter::once(first)
                .chain(members.iter().map(|(_, ty)| *ty))
                .enumerate()
                .map(|(position, ty)| {
                    quote! {
                        impl #krate::__private::Members<#position> for __KakaoMembers {
                            type Member = #ty;
                        }
                    }
                });
            self.items.push(quote!(#(#positions)*));
        }
        for (index, code) in own {
            let number = proc_macro2::Literal::i64_unsuffixed(i64::from(code.code.value.number()));
            let member = quote! {
                <__KakaoMembers as #krate::__private::Members<{ __KAKAO_IN_MEMBER[#index] }>>::Member
            };
            let bound = if named.is_some() {
                let name = Ident::new(&code.code.value.text(), Span::call_site());
                quote!(#krate::__private::OwnPrefixedCodeNotInMember<#ident, #member, __kakao_codes::#name>)
            } else {
                quote!(#krate::__private::OwnCodeNotInMember<#ident, #member, { #number }>)
            };
            let holds = quote!(__KAKAO_IN_MEMBER[#index] == 0);
            self.check(outer_spans(&code.code.tokens), &bound, &holds);
        }

        // Each pair of members: one inside the other, or a code shared.
        let wrapped: Vec<Wrapped> = members
            .iter()
            .zip(as_members)
            .zip(sorted)
            .map(|((&(variant, ty), member), sorted)| Wrapped {
                variant,
                ty,
                member,
                sorted,
            })
            .collect();
        for (i, first) in wrapped.iter().enumerate() {
            for second in &wrapped[i + 1..] {
                self.pair(first, second);
            }
        }
    }

    /// The check of two members, `first` declared before `second`: a compile-time panic at the
    /// second member's type, whose message names both as written (and the shared code as the
    /// first member writes it, built at compile time), in its own constant so that every pair
    /// is reported. The most telling one of: every code of one inside the other (`Login`
    /// wrapped beside `ApiError`, which holds it); one shared code. (Two members that are one
    /// type under two names are reported by their `From` impls' bounds, see
    /// `expand::conversions`, and not again here.)
    fn pair(&mut self, first: &Wrapped, second: &Wrapped) {
        let krate = self.krate.path();
        let name = &self.input.name;
        let (first_name, second_name) = (type_name(first.ty), type_name(second.ty));
        let (first_variant, second_variant) = (&first.variant.name, &second.variant.name);
        let inside = |inner: &str, inner_variant: &str, outer: &str| {
            format!(
                "`{name}`: `{inner}` is already inside `{outer}`: every code of `{inner}` is a \
                 code of `{outer}`, which `{name}` also wraps; remove the variant \
                 `{inner_variant}`, or wrap tables that do not overlap"
            )
        };
        let second_inside = inside(&second_name, second_variant, &first_name);
        let first_inside = inside(&first_name, first_variant, &second_name);
        let before = format!("`{name}`: `{first_name}` and `{second_name}` share error code ");
        let after = "; each code must be reachable one way only: wrap only one of the two \
                     tables, or remove the code from one of them";
        // Underlined from the second member's first token to its last: the call's path at
        // the first, its arguments at the last.
        let (start, end) = outer_spans(second.ty);
        let (start, end) = (krate::at_span(start), krate::at_span(end));
        let panic = quote_spanned!(start=> ::core::panic!);
        let arguments = quote_spanned!(end=> ("{}", __KAKAO_CHECK.text()));
        // Room for the longest message: a code is its prefix (letters a member's codes start
        // with; a longer one is cut) and at most 11 characters.
        let room = (before.len() + after.len() + 64)
            .max(second_inside.len())
            .max(first_inside.len());
        let private = quote!(#krate::__private);
        // One constant and one `panic!` per pair: each item costs the compiler more than the
        // check's evaluation, which builds a message only for a failing check.
        let (first_member, second_member) = (&first.member, &second.member);
        let (first_sorted, second_sorted) = (&first.sorted, &second.sorted);
        self.items.push(quote! {
            const _: () = {
                const __KAKAO_CHECK: #private::PairCheck<#room> = #private::pair_check(
                    #first_member::__IDENTITY,
                    #second_member::__IDENTITY,
                    &#first_sorted,
                    &#second_sorted,
                    [#second_inside, #first_inside, #before, #after],
                );
                if __KAKAO_CHECK.failed() {
                    #panic #arguments;
                }
            };
        });
    }

    /// For an enum whose codes are written with a prefix: a module of unit types named after
    /// each own code as written (`KOE320`), so the messages of failed checks (which can show
    /// types and numbers, not build text) show codes as written. Codes are letters then
    /// digits, so each is an identifier. The module keeps them from hiding the user's types
    /// named the same from the rest of the expansion.
    fn code_names(&mut self) {
        let mut names: Vec<String> = self
            .input
            .codes()
            .map(|(_, code)| code.code.value.text())
            .collect();
        names.sort();
        names.dedup();
        let names = names.iter().map(|name| Ident::new(name, Span::call_site()));
        self.items.push(quote! {
            mod __kakao_codes {
                #(pub(super) struct #names;)*
            }
        });
    }
}
