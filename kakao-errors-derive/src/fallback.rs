//! What a failed derive expands to: the errors, plus stub impls of everything the real
//! expansion would provide, so code using the type does not add a cascade of follow-on errors.
//!
//! Structs, unions and generic enums get no stubs: a stub `Error` impl would need `Debug`,
//! which such a type may not have, and that would be a follow-on error of its own.

use std::collections::HashSet;

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::ast::{Enum, type_name};

pub fn expand(input: &DeriveInput, model: Option<&Enum>, errors: &syn::Error) -> TokenStream {
    let errors = errors.to_compile_error();
    let Some(model) = model.filter(|_| input.generics.params.is_empty()) else {
        return errors;
    };
    let ident = model.ident;
    let vis = model.vis;

    let mut wrapped = HashSet::new();
    let from_members = model
        .members()
        .filter(|(_, ty)| wrapped.insert(type_name(ty)))
        .map(|(_, ty)| {
            quote! {
                impl ::core::convert::From<#ty> for #ident {
                    fn from(_: #ty) -> Self {
                        ::core::unreachable!()
                    }
                }
            }
        });
    let inherent = (!model.has_transparent()).then(|| {
        quote! {
            #[allow(dead_code)]
            impl #ident {
                #vis const VARIANTS: &'static [Self] = &[];
                #vis const fn from_code(_: ::core::primitive::i32) -> ::core::option::Option<Self> {
                    ::core::option::Option::None
                }
            }
        }
    });

    quote! {
        #errors

        #[allow(unused_variables)]
        impl ::kakao_errors::KakaoError for #ident {
            const CODES: &'static [::core::primitive::i32] = &[];
            fn from_code(code: ::core::primitive::i32) -> ::core::option::Option<Self> {
                ::core::unreachable!()
            }
            fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                ::core::unreachable!()
            }
            fn code(&self) -> ::core::primitive::i32 {
                ::core::unreachable!()
            }
            fn name(&self) -> &'static ::core::primitive::str {
                ::core::unreachable!()
            }
            fn status(&self) -> ::core::option::Option<::core::primitive::u16> {
                ::core::unreachable!()
            }
            fn is_retryable(&self) -> ::core::primitive::bool {
                ::core::unreachable!()
            }
            fn message(&self) -> &'static ::core::primitive::str {
                ::core::unreachable!()
            }
            fn message_ko(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
                ::core::unreachable!()
            }
            fn solution(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
                ::core::unreachable!()
            }
            fn solution_ko(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
                ::core::unreachable!()
            }
        }

        impl ::core::fmt::Display for #ident {
            fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::unreachable!()
            }
        }

        impl ::core::error::Error for #ident {}

        impl ::core::convert::TryFrom<::core::primitive::i32> for #ident {
            type Error = ::kakao_errors::UnknownCode;
            fn try_from(_: ::core::primitive::i32) -> ::core::result::Result<Self, Self::Error> {
                ::core::unreachable!()
            }
        }

        #(#from_members)*
        #inherent
    }
}
