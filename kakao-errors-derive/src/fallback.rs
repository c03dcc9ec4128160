//! What a failed derive expands to: the errors, plus stub impls of everything the real
//! expansion would provide, so code using the type does not add a cascade of follow-on errors.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

pub fn expand(input: &DeriveInput, errors: &syn::Error) -> TokenStream {
    let errors = errors.to_compile_error();
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    quote! {
        #errors

        #[allow(unused_variables)]
        impl #impl_generics ::kakao_errors::KakaoError for #ident #ty_generics #where_clause {
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

        impl #impl_generics ::core::fmt::Display for #ident #ty_generics #where_clause {
            fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::unreachable!()
            }
        }

        impl #impl_generics ::core::error::Error for #ident #ty_generics #where_clause {}
    }
}
