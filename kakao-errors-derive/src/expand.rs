//! Code generation for a valid enum. Every path is absolute (`::core`, `::kakao_errors`).

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote, quote_spanned};
use syn::{DeriveInput, Ident, LitStr, Type};

use crate::ast::{Code, Enum, Kind, Texts, Variant, code_literal, type_name};
use crate::errors::Errors;
use crate::{fallback, valid};

const UNKNOWN_MESSAGE: &str = "unknown error code";

pub fn derive(input: &DeriveInput) -> TokenStream {
    let mut errors = Errors::default();
    let parsed = Enum::from_syn(input, &mut errors);
    if let Some(parsed) = &parsed {
        valid::check(parsed, &mut errors);
    }
    match (&parsed, errors.finish()) {
        (Some(parsed), Ok(())) => expand(parsed),
        (_, Err(errors)) => fallback::expand(input, parsed.as_ref(), &errors),
        // `from_syn` records an error whenever it gives no model; this arm only keeps the
        // macro panic-free should that ever change.
        (None, Ok(())) => fallback::expand(
            input,
            None,
            &syn::Error::new_spanned(&input.ident, "#[derive(KakaoError)] is for enums"),
        ),
    }
}

/// Local names with `mixed_site` hygiene, so they never clash with the user's items.
fn local(name: &str) -> Ident {
    Ident::new(name, Span::mixed_site())
}

/// The transparent member bound in a match arm (the `inner` of `Self::Variant(inner)`), as
/// used at `span`: same hygiene, but an error about it points at the member type.
fn inner_at(span: Span) -> Ident {
    Ident::new("inner", Span::mixed_site().located_at(span))
}

/// `KakaoError::method(inner)` for a transparent member whose type is at `span`.
fn delegate(span: Span, method: TokenStream) -> TokenStream {
    delegate_with(span, method, &TokenStream::new())
}

/// `KakaoError::method(inner, arguments)`, like [`delegate`].
fn delegate_with(span: Span, method: TokenStream, arguments: &TokenStream) -> TokenStream {
    let inner = inner_at(span);
    quote_spanned!(span=> ::kakao_errors::KakaoError::#method(#inner, #arguments))
}

fn expand(input: &Enum) -> TokenStream {
    let trait_impl = trait_impl(input);
    let display = display_impl(input);
    let error = error_impl(input);
    let conversions = conversions(input);
    let inherent = inherent_impl(input);
    let checks = member_checks(input);
    let ident = input.ident;
    quote! {
        #trait_impl
        #display
        #error
        #conversions
        #inherent
        #checks
        ::kakao_errors::__private::impl_serde!(#ident);
    }
}

/// `<Member as ::kakao_errors::KakaoError>`, spanned at the member type, so that wrapping a
/// type that is not a `KakaoError` is reported there and not at `#[derive]`.
fn as_member(ty: &Type) -> TokenStream {
    let span = outer_spans(ty).0;
    quote_spanned!(span=> <#ty as ::kakao_errors::KakaoError>)
}

/// `match self { arms }`, or `match *self {}` for an enum without variants.
fn match_self(input: &Enum, arm: impl Fn(&Variant) -> TokenStream) -> TokenStream {
    if input.variants.is_empty() {
        return quote!(match *self {});
    }
    let arms = input.variants.iter().map(arm);
    quote!(match self { #(#arms)* })
}

/// The pattern of a variant, binding its field (inner value or code) to `local_name`.
fn pattern(variant: &Variant, local_name: &Ident) -> TokenStream {
    let ident = variant.ident;
    match variant.kind {
        Kind::Code(_) => quote!(Self::#ident),
        Kind::Transparent(_) | Kind::Other(_) => quote!(Self::#ident(#local_name)),
    }
}

fn option_str(text: Option<&String>) -> TokenStream {
    match text {
        Some(text) => quote!(::core::option::Option::Some(#text)),
        None => quote!(::core::option::Option::None),
    }
}

fn trait_impl(input: &Enum) -> TokenStream {
    let ident = input.ident;
    let inner = local("inner");
    let code = local("code");
    let name = local("name");

    let codes = codes_const(input);
    let has_other = input.other().is_some();
    let member_types: Vec<_> = input.members().map(|(_, ty)| as_member(ty)).collect();
    let from_code = from_code_body(input, &code);
    let from_name = from_name_body(input, &name, &inner);

    // Accessors: one arm per variant; transparent variants delegate, the catch-all answers
    // from its code and texts.
    let accessor = |on_code: &dyn Fn(&Code) -> TokenStream,
                    on_inner: &dyn Fn(Span) -> TokenStream,
                    on_other: &dyn Fn(&Texts) -> TokenStream| {
        match_self(input, |variant| {
            let pattern = pattern(
                variant,
                match variant.kind {
                    Kind::Other(_) => &code,
                    _ => &inner,
                },
            );
            let value = match &variant.kind {
                Kind::Code(info) => on_code(info),
                Kind::Transparent(ty) => on_inner(outer_spans(ty).0),
                Kind::Other(texts) => on_other(texts),
            };
            quote!(#pattern => #value,)
        })
    };
    let code_of = accessor(
        &|info| code_literal(info.code.value),
        &|span| delegate(span, quote!(code)),
        &|_| quote!(*#code),
    );
    let name_of = match_self(input, |variant| {
        let pattern = pattern(variant, &inner);
        let value = match variant.kind {
            Kind::Transparent(ty) => delegate(outer_spans(ty).0, quote!(name)),
            Kind::Code(_) | Kind::Other(_) => {
                let name = &variant.name;
                quote!(#name)
            }
        };
        quote!(#pattern => #value,)
    });
    let status_of = accessor(
        &|info| match info.status {
            Some(status) => {
                let status = proc_macro2::Literal::u16_unsuffixed(status);
                quote!(::core::option::Option::Some(#status))
            }
            None => quote!(::core::option::Option::None),
        },
        &|span| delegate(span, quote!(status)),
        &|_| quote!(::core::option::Option::None),
    );
    let retry_of = accessor(
        &|info| {
            let retry = info.retry;
            quote!(#retry)
        },
        &|span| delegate(span, quote!(is_retryable)),
        &|_| quote!(false),
    );
    let message_of = accessor(
        &|info| {
            let message = &info.message;
            quote!(#message)
        },
        &|span| delegate(span, quote!(message)),
        &|texts| {
            let message = texts.message.as_deref().unwrap_or(UNKNOWN_MESSAGE);
            quote!(#message)
        },
    );
    let text_of = |method: &str, field: fn(&Texts) -> Option<&String>| {
        let method = Ident::new(method, Span::call_site());
        accessor(
            &|info| option_str(field(&info.texts)),
            &|span| delegate(span, quote!(#method)),
            &|texts| option_str(field(texts)),
        )
    };
    let message_ko_of = text_of("message_ko", |texts| texts.message_ko.as_ref());
    let solution_of = text_of("solution", |texts| texts.solution.as_ref());
    let solution_ko_of = text_of("solution_ko", |texts| texts.solution_ko.as_ref());
    let is_catch_all = accessor(
        &|_| quote!(false),
        &|span| delegate(span, quote!(__is_catch_all)),
        &|_| quote!(true),
    );

    quote! {
        #[automatically_derived]
        impl ::kakao_errors::KakaoError for #ident {
            const CODES: &'static [::core::primitive::i32] = #codes;
            const __HAS_CATCH_ALL: ::core::primitive::bool = #has_other
                #(|| #member_types::__HAS_CATCH_ALL)*;

            #[inline]
            fn from_code(#code: ::core::primitive::i32) -> ::core::option::Option<Self> {
                <Self as ::kakao_errors::KakaoError>::__from_code_inline(#code)
            }

            #[inline(always)]
            fn __from_code_inline(#code: ::core::primitive::i32) -> ::core::option::Option<Self> {
                #from_code
            }

            #[inline]
            fn from_name(#name: &::core::primitive::str) -> ::core::option::Option<Self> {
                #from_name
            }

            #[inline]
            fn code(&self) -> ::core::primitive::i32 {
                #code_of
            }

            #[inline]
            fn name(&self) -> &'static ::core::primitive::str {
                #name_of
            }

            #[inline]
            fn status(&self) -> ::core::option::Option<::core::primitive::u16> {
                #status_of
            }

            #[inline]
            fn is_retryable(&self) -> ::core::primitive::bool {
                #retry_of
            }

            #[inline]
            fn message(&self) -> &'static ::core::primitive::str {
                #message_of
            }

            #[inline]
            fn message_ko(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
                #message_ko_of
            }

            #[inline]
            fn solution(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
                #solution_of
            }

            #[inline]
            fn solution_ko(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
                #solution_ko_of
            }

            #[inline]
            fn __is_catch_all(&self) -> ::core::primitive::bool {
                #is_catch_all
            }
        }
    }
}

/// `CODES`: the own codes, then each member's, laid end to end in a const array.
fn codes_const(input: &Enum) -> TokenStream {
    let own = input.codes().map(|(_, info)| code_literal(info.code.value));
    if !input.has_transparent() {
        return quote!(&[#(#own),*]);
    }
    let members = input.members().map(|(_, ty)| as_member(ty));
    quote!({
        const PARTS: &[&[::core::primitive::i32]] = &[
            &[#(#own),*],
            #(#members::CODES,)*
        ];
        const LEN: ::core::primitive::usize = ::kakao_errors::__private::codes_len(PARTS);
        const ALL: [::core::primitive::i32; LEN] = ::kakao_errors::__private::concat_codes::<LEN>(PARTS);
        &ALL
    })
}

/// `match code { -402 => Some(Self::X), ... }` over the own codes; `unknown` is the `_` arm.
fn own_code_match(
    input: &Enum,
    code: &Ident,
    hit: impl Fn(TokenStream) -> TokenStream,
    unknown: TokenStream,
) -> TokenStream {
    let arms = input.codes().map(|(variant, info)| {
        let literal = code_literal(info.code.value);
        let ident = variant.ident;
        let value = hit(quote!(Self::#ident));
        quote!(#literal => #value,)
    });
    // Codes are checked for duplicates before expansion; this is the second line of defence.
    quote! {
        #[deny(unreachable_patterns)]
        match #code {
            #(#arms)*
            _ => #unknown,
        }
    }
}

fn catch_all_or_none(input: &Enum, code: &Ident) -> TokenStream {
    match input.other() {
        Some((variant, _)) => {
            let ident = variant.ident;
            quote!(::core::option::Option::Some(Self::#ident(#code)))
        }
        None => quote!(::core::option::Option::None),
    }
}

fn from_code_body(input: &Enum, code: &Ident) -> TokenStream {
    // An enum that wraps nothing has the match in its inherent `const fn from_code` (see
    // `inherent_impl`, emitted under the same condition), which this call resolves to.
    if !input.has_transparent() {
        return quote!(Self::from_code(#code));
    }
    let fallback = catch_all_or_none(input, code);
    let inner = local("inner");
    let own = if input.codes().next().is_some() {
        own_code_match(
            input,
            code,
            |value| quote!(return ::core::option::Option::Some(#value)),
            quote!({}),
        )
    } else {
        TokenStream::new()
    };
    let members = input.members().map(|(variant, ty)| {
        let ident = variant.ident;
        let member = as_member(ty);
        quote! {
            if let ::core::option::Option::Some(#inner) = #member::__from_code_inline(#code) {
                return ::core::option::Option::Some(Self::#ident(#inner));
            }
        }
    });
    quote! {
        #own
        #(#members)*
        #fallback
    }
}

fn from_name_body(input: &Enum, name: &Ident, inner: &Ident) -> TokenStream {
    let own = input.codes().map(|(variant, _)| {
        let ident = variant.ident;
        let text = &variant.name;
        quote!(#text => return ::core::option::Option::Some(Self::#ident),)
    });
    let members = input.members().map(|(variant, ty)| {
        let ident = variant.ident;
        let member = as_member(ty);
        quote! {
            if let ::core::option::Option::Some(#inner) = #member::from_name(#name) {
                return ::core::option::Option::Some(Self::#ident(#inner));
            }
        }
    });
    quote! {
        #[deny(unreachable_patterns)]
        match #name {
            #(#own)*
            _ => {}
        }
        #(#members)*
        ::core::option::Option::None
    }
}

fn display_impl(input: &Enum) -> TokenStream {
    let ident = input.ident;
    let inner = local("inner");
    let code = local("code");
    let formatter = local("f");
    let body = match_self(input, |variant| match &variant.kind {
        Kind::Code(info) => {
            let pattern = pattern(variant, &inner);
            let text = format!("[{}] {}", info.code.value, info.message);
            quote!(#pattern => #formatter.write_str(#text),)
        }
        Kind::Transparent(ty) => {
            let pattern = pattern(variant, &inner);
            let span = outer_spans(ty).0;
            let display = delegate_with(span, quote!(__display), &quote!(#formatter));
            quote!(#pattern => #display,)
        }
        Kind::Other(texts) => {
            let pattern = pattern(variant, &code);
            let message = texts.message.as_deref().unwrap_or(UNKNOWN_MESSAGE);
            quote!(#pattern => ::core::write!(#formatter, "[{}] {}", #code, #message),)
        }
    });
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, #formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #body
            }
        }
    }
}

fn error_impl(input: &Enum) -> TokenStream {
    let ident = input.ident;
    if !input.has_transparent() {
        return quote! {
            #[automatically_derived]
            impl ::core::error::Error for #ident {}
        };
    }
    let inner = local("inner");
    let body = match_self(input, |variant| {
        let pattern = pattern(variant, &inner);
        match variant.kind {
            Kind::Transparent(ty) => {
                let source = delegate(outer_spans(ty).0, quote!(__source));
                quote!(#pattern => #source,)
            }
            Kind::Code(_) | Kind::Other(_) => quote!(#pattern => ::core::option::Option::None,),
        }
    });
    quote! {
        #[automatically_derived]
        impl ::core::error::Error for #ident {
            fn source(&self) -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
                #body
            }
        }
    }
}

/// `TryFrom<i32>` for every enum, `From<Inner>` for each transparent variant.
fn conversions(input: &Enum) -> TokenStream {
    let ident = input.ident;
    let type_name = ident.to_string();
    let code = local("code");
    let inner = local("inner");
    let from_members = input.members().map(|(variant, ty)| {
        let variant = variant.ident;
        quote! {
            #[automatically_derived]
            impl ::core::convert::From<#ty> for #ident {
                #[inline]
                fn from(#inner: #ty) -> Self {
                    Self::#variant(#inner)
                }
            }
        }
    });
    quote! {
        #[automatically_derived]
        impl ::core::convert::TryFrom<::core::primitive::i32> for #ident {
            type Error = ::kakao_errors::UnknownCode;

            #[inline]
            fn try_from(#code: ::core::primitive::i32) -> ::core::result::Result<Self, Self::Error> {
                match <Self as ::kakao_errors::KakaoError>::from_code(#code) {
                    ::core::option::Option::Some(value) => ::core::result::Result::Ok(value),
                    ::core::option::Option::None => ::core::result::Result::Err(
                        ::kakao_errors::UnknownCode::new(#type_name, #code),
                    ),
                }
            }
        }
        #(#from_members)*
    }
}

/// `VARIANTS` and a `const fn from_code` for enums that wrap nothing.
fn inherent_impl(input: &Enum) -> TokenStream {
    if input.has_transparent() {
        return TokenStream::new();
    }
    let ident = input.ident;
    // The enum's own visibility, so a private enum gets no `pub` items (`unreachable_pub`).
    let vis = input.vis;
    let code = local("code");
    let variants = input.codes().map(|(variant, _)| {
        let ident = variant.ident;
        quote!(Self::#ident)
    });
    let lookup = own_code_match(
        input,
        &code,
        |value| quote!(::core::option::Option::Some(#value)),
        catch_all_or_none(input, &code),
    );
    let variants_doc = LitStr::new(
        &format!("Every code variant of `{ident}`, in declaration order."),
        Span::call_site(),
    );
    let from_code_doc = LitStr::new(
        &format!(
            "The `{ident}` for `code`, like `KakaoError::from_code`, usable in `const` contexts."
        ),
        Span::call_site(),
    );
    quote! {
        #[automatically_derived]
        #[allow(dead_code)]
        impl #ident {
            #[doc = #variants_doc]
            #vis const VARIANTS: &'static [Self] = &[#(#variants),*];

            #[doc = #from_code_doc]
            #[inline]
            #[must_use]
            #vis const fn from_code(#code: ::core::primitive::i32) -> ::core::option::Option<Self> {
                #lookup
            }
        }
    }
}

/// The first and last spans of `tokens`: generated code that starts at the first and ends at
/// the last is reported over all of them (`-402` whole, `rest::Login` whole).
fn outer_spans(tokens: impl ToTokens) -> (Span, Span) {
    let mut spans = tokens
        .into_token_stream()
        .into_iter()
        .map(|token| token.span());
    let first = spans.next().unwrap_or_else(Span::call_site);
    (first, spans.last().unwrap_or(first))
}

/// `const _: () = assert!(condition, message);` whose error underlines `spans`.
fn const_assert(
    (first, last): (Span, Span),
    condition: &TokenStream,
    message: &str,
) -> TokenStream {
    let path = quote_spanned!(first=> ::core::assert);
    let arguments = quote_spanned!(last=> !(#condition, #message));
    quote!(const _: () = #path #arguments;)
}

/// Compile-time checks over the members' codes, which the derive cannot see: each is a const
/// assertion spanned at the code or type it is about, so the error points there. Each
/// member's codes are sorted once, so the checks cost O(n log n) however large the members.
fn member_checks(input: &Enum) -> TokenStream {
    let enum_name = input.ident.to_string();
    let members: Vec<_> = input.members().collect();
    if members.is_empty() {
        return TokenStream::new();
    }
    let sorted: Vec<Ident> = (0..members.len())
        .map(|index| format_ident!("MEMBER_{}_SORTED", index))
        .collect();
    let mut items: Vec<TokenStream> = members
        .iter()
        .zip(&sorted)
        .map(|((_, ty), sorted)| {
            let member = as_member(ty);
            let codes = quote!(#member::CODES);
            quote! {
                const #sorted: [::core::primitive::i32; #codes.len()] =
                    ::kakao_errors::__private::sorted(#codes);
            }
        })
        .collect();

    for (variant, info) in input.codes() {
        let code = info.code.value;
        let literal = code_literal(code);
        for ((member, ty), sorted) in members.iter().zip(&sorted) {
            let message = format!(
                "`{enum_name}`: code {code} of `{}` is also a code of `{}` (through transparent \
                 variant `{}`); each code must be reachable one way only",
                variant.ident,
                type_name(ty),
                member.ident
            );
            let condition = quote!(!::kakao_errors::__private::contains_sorted(&#sorted, #literal));
            items.push(const_assert(
                outer_spans(&info.code.tokens),
                &condition,
                &message,
            ));
        }
    }

    for (index, ((first, first_ty), first_sorted)) in members.iter().zip(&sorted).enumerate() {
        for ((second, second_ty), second_sorted) in members.iter().zip(&sorted).skip(index + 1) {
            let message = format!(
                "`{enum_name}`: transparent variants `{}` ({}) and `{}` ({}) share an error code; \
                 each code must be reachable one way only",
                first.ident,
                type_name(first_ty),
                second.ident,
                type_name(second_ty)
            );
            let condition = quote! {
                !::kakao_errors::__private::overlaps_sorted(&#first_sorted, &#second_sorted)
            };
            items.push(const_assert(outer_spans(second_ty), &condition, &message));
        }
    }

    // A member with a catch-all answers every code: whatever comes after it is unreachable.
    let other = input.other();
    for (index, (member, ty)) in members.iter().enumerate() {
        let advice = match (members.get(index + 1), other) {
            (Some((next, _)), _) => format!(
                "so transparent variant `{}` after it can never be reached; make `{}` the last \
                 variant",
                next.ident, member.ident
            ),
            (None, Some((other, _))) => format!(
                "so the `other` variant `{}` can never be reached; remove it: unknown codes \
                 already land in `{}`",
                other.ident, member.ident
            ),
            (None, None) => continue,
        };
        let message = format!(
            "`{enum_name}`: transparent variant `{}` ({}) has a catch-all that answers every \
             code, {advice}",
            member.ident,
            type_name(ty),
        );
        let member = as_member(ty);
        let condition = quote!(!#member::__HAS_CATCH_ALL);
        items.push(const_assert(outer_spans(ty), &condition, &message));
    }

    quote!(const _: () = { #(#items)* };)
}
