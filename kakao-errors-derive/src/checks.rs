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

use crate::ast::{Code, Enum, Message, Variant};
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
            let span = krate::at_span(outer_spans(expr).0);
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
            self.statements.push(quote_spanned! {span=>
                if #ident::#variant as ::core::primitive::i128 != #number {
                    ::core::panic!("{}", #message);
                }
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
        // Each member's codes, sorted once: every check below is then a binary search or a
        // merge walk, so members with thousands of codes stay cheap to check.
        let sorted: Vec<Ident> = (0..members.len())
            .map(|index| format_ident!("__KAKAO_SORTED_{}", index))
            .collect();
        for (member, sorted) in as_members.iter().zip(&sorted) {
            self.items.push(quote! {
                const #sorted: [::core::primitive::i32; #member::CODES.len()] =
                    #krate::__private::sorted(#member::CODES);
            });
        }

        // Codes written with a prefix are shown that way: named by types (see `code_names`).
        let form = self
            .input
            .code_form()
            .filter(|(prefix, _)| !KEYWORDS.contains(prefix));
        if let Some((prefix, digits)) = form {
            self.code_names(prefix, digits);
        }
        let codes = quote!(__kakao_codes);

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
            let numbers = own
                .iter()
                .map(|(_, code)| proc_macro2::Literal::i32_unsuffixed(code.code.value.number()));
            self.items.push(quote! {
                const __KAKAO_IN_MEMBER: [::core::primitive::usize; #count] =
                    #krate::__private::in_members::<#count>(
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
            let bound = if form.is_some() {
                let name = Ident::new(&code.code.value.text(), Span::call_site());
                quote!(#krate::__private::OwnPrefixedCodeNotInMember<#ident, #member, #codes::#name>)
            } else {
                quote!(#krate::__private::OwnCodeNotInMember<#ident, #member, { #number }>)
            };
            let holds = quote!(__KAKAO_IN_MEMBER[#index] == 0);
            self.check(outer_spans(&code.code.tokens), &bound, &holds);
        }

        // Each pair of members.
        for (i, ((_, first), first_sorted)) in members.iter().zip(&sorted).enumerate() {
            for (j, ((_, second), second_sorted)) in
                members.iter().zip(&sorted).enumerate().skip(i + 1)
            {
                let (first_member, second_member) = (&as_members[i], &as_members[j]);
                let shared = format_ident!("__KAKAO_SHARED_{}_{}", i, j);
                self.items.push(quote! {
                    const #shared: ::core::primitive::i64 = #krate::__private::unless_same_type(
                        #first_member::__IDENTITY,
                        #second_member::__IDENTITY,
                        #krate::__private::first_shared(&#first_sorted, &#second_sorted),
                    );
                });
                let bound = match form {
                    Some((_, digits)) => quote!(
                        #krate::__private::PrefixedMembersShareNoCode<
                            #ident,
                            #first,
                            #second,
                            <#codes::__Pad as #krate::__private::Padded<
                                { #krate::__private::zeros(#shared, #digits) },
                            >>::Prefix,
                            { #shared },
                        >
                    ),
                    None => quote!(
                        #krate::__private::MembersShareNoCode<#ident, #first, #second, { #shared }>
                    ),
                };
                let holds = quote!(#krate::__private::none(#shared));
                self.check(outer_spans(second), &bound, &holds);
            }
        }

        // Every member writes its codes as the enum does (so a shared code found above is
        // written with the enum's prefix and digits).
        for ((_, ty), member) in members.iter().zip(&as_members) {
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

    /// For an enum whose codes are written with `prefix` and `digits` digits: a module of
    /// unit types named after each own code as written (`KOE320`), and after the prefix with
    /// each number of padding zeros (`KOE`, `KOE0`, ...) through `Padded`, so the messages of
    /// failed checks (which can show types and numbers, not build text) show codes as written.
    /// Codes are letters then digits, so each is an identifier; a prefix with zeros has fewer
    /// digits than a code, so no two types share a name. The module keeps them from hiding the
    /// user's types named the same from the rest of the expansion.
    fn code_names(&mut self, prefix: &str, digits: u8) {
        let krate = self.krate.path();
        let mut names: Vec<String> = self
            .input
            .codes()
            .map(|(_, code)| code.code.value.text())
            .collect();
        names.sort();
        names.dedup();
        let names = names.iter().map(|name| Ident::new(name, Span::call_site()));
        let padded: Vec<Ident> = (0..usize::from(digits))
            .map(|zeros| Ident::new(&format!("{prefix}{}", "0".repeat(zeros)), Span::call_site()))
            .collect();
        let impls = padded.iter().enumerate().map(|(zeros, name)| {
            quote! {
                impl #krate::__private::Padded<#zeros> for __kakao_codes::__Pad {
                    type Prefix = __kakao_codes::#name;
                }
            }
        });
        self.items.push(quote! {
            mod __kakao_codes {
                #(pub(super) struct #names;)*
                #(pub(super) struct #padded;)*
                pub(super) struct __Pad;
            }
            #(#impls)*
        });
    }
}
