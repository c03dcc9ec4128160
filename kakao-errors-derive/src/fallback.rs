//! What a failed derive expands to: the errors, plus stub impls of everything the real
//! expansion would provide (every trait method, `Display`, `Error`, the conversions, the
//! inherent items and, for `#[kakao(serde)]`, serde), so code using the type does not add a
//! cascade of follow-on errors. When the runtime crate cannot be found, the stubs that name it
//! are left out (they would only add "unresolved path" errors) and the others still given.
//!
//! Structs, unions and generic enums get no stubs: a stub `Error` impl would need `Debug`,
//! which such a type may not have, and that would be a follow-on error of its own.

use std::collections::HashSet;

use proc_macro2::TokenStream;
use quote::quote;
use syn::{DeriveInput, Ident};

use crate::ast::{Enum, member_key};
use crate::errors::Errors;
use crate::krate::Krate;
use crate::methods::{Constant, Method, trait_header};
use crate::shared::serde_call;
use crate::spans::respan;

/// The errors and the stubs. `krate` is `None` when the runtime crate cannot be found: the
/// stubs that name it (the trait, `TryFrom`, serde) are then left out, the others still given.
pub fn expand(
    input: &DeriveInput,
    model: Option<&Enum>,
    krate: Option<&Krate>,
    errors: &Errors,
) -> TokenStream {
    let errors = errors.to_compile_error(Some(&input.ident));
    let Some(model) = model.filter(|_| input.generics.params.is_empty()) else {
        return errors;
    };
    let ident = respan(model.ident);
    let vis = model.vis;
    let with_crate = krate.map(|krate| crate_stubs(model, krate, &ident));

    // One `From` per type: a type wrapped twice is reported already.
    let mut wrapped = HashSet::new();
    let from_members = model
        .written_members()
        .filter(|(_, member)| wrapped.insert(member_key(member.written)))
        .map(|(_, member)| {
            let ty = &member.used;
            quote! {
                impl ::core::convert::From<#ty> for #ident {
                    fn from(_: #ty) -> Self {
                        ::core::unreachable!()
                    }
                }
            }
        });
    // As the expansion would have them: none that a variant's name hides.
    let generated = model.inherent();
    let variants = generated.variants.then(|| {
        quote! {
            impl #ident {
                #vis const VARIANTS: &'static [Self] = &[];
            }
            let _ = #ident::VARIANTS;
        }
    });
    let from_code = generated.from_code.then(|| {
        quote! {
            impl #ident {
                #vis const fn from_code(_: ::core::primitive::i32) -> ::core::option::Option<Self> {
                    ::core::option::Option::None
                }
            }
        }
    });

    quote! {
        #errors

        const _: () = {
            #with_crate

            impl ::core::fmt::Display for #ident {
                fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    ::core::unreachable!()
                }
            }

            impl ::core::error::Error for #ident {}

            #(#from_members)*
            #variants
            #from_code
        };
    }
}

/// The stubs that name the runtime crate: `KakaoError`, `TryFrom<i32>`, serde.
fn crate_stubs(model: &Enum, krate: &Krate, ident: &Ident) -> TokenStream {
    let path = krate.path();
    let header = trait_header(&path, ident);
    let constants = Constant::ALL.iter().map(|constant| {
        let declaration = constant.declaration();
        let value = match constant {
            Constant::Codes => quote!(&[]),
            Constant::CodePrefix | Constant::Identity => quote!(""),
            Constant::CodeDigits => quote!(0),
        };
        quote!(#declaration = #value;)
    });
    let methods = Method::ALL.iter().map(|method| {
        let signature = method.stub_signature(&path);
        quote!(#signature { ::core::unreachable!() })
    });
    let serde = serde_call(model, krate, ident);
    quote! {
        #header {
            #(#constants)*
            #(#methods)*
        }

        impl ::core::convert::TryFrom<::core::primitive::i32> for #ident {
            type Error = #path::UnknownCode;
            fn try_from(_: ::core::primitive::i32) -> ::core::result::Result<Self, #path::UnknownCode> {
                ::core::unreachable!()
            }
        }

        #serde
    }
}
