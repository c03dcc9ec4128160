//! The items of `KakaoError` the derive implements, each written once here: the expansion
//! gives them bodies, the fallback (after a mistake) gives them stubs.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::Ident;

/// A local name of the expansion: a parameter or a binding.
#[derive(Clone, Copy)]
pub enum Local {
    Code,
    Status,
    Fallback,
    Name,
    Value,
    Inner,
    Formatter,
    Position,
    Prefix,
    Text,
}

impl Local {
    const ALL: [Local; 10] = [
        Self::Code,
        Self::Status,
        Self::Fallback,
        Self::Name,
        Self::Value,
        Self::Inner,
        Self::Formatter,
        Self::Position,
        Self::Prefix,
        Self::Text,
    ];
}

/// The identifier of a local name. Mixed-site hygiene keeps it apart from the user's local
/// variables, but not from their items: see [`local_shadows`].
pub fn local(local: Local) -> Ident {
    let name = match local {
        Local::Code => "__kakao_code",
        Local::Status => "__kakao_status",
        Local::Fallback => "__kakao_fallback",
        Local::Name => "__kakao_name",
        Local::Value => "__kakao_value",
        Local::Inner => "__kakao_inner",
        Local::Formatter => "__kakao_f",
        Local::Position => "__kakao_position",
        Local::Prefix => "__kakao_prefix",
        Local::Text => "__kakao_text",
    };
    Ident::new(name, Span::mixed_site())
}

/// One function per local name, for the expansion's block. A `const` or `static` of the
/// user's named like a parameter or a binding would turn it into a pattern matching that
/// item (or an error: bindings cannot shadow statics), whatever the hygiene; a function may be
/// shadowed by a binding, and the block's functions hide the user's items from everything
/// inside the block.
pub fn local_shadows() -> TokenStream {
    let names = Local::ALL.map(local);
    quote! {
        #(fn #names() {})*
    }
}

/// `impl KakaoError for Enum`, up to its items.
///
/// `KakaoError` needs `Error`, which needs `Debug`. An enum without `Debug` must get one error
/// saying so, and nothing else: not a second one here, nor one at each use of the enum, nor an
/// "unreachable code" error where its `CODES` are evaluated. The `Error` impl (unconditional)
/// gives that one error; the bound below keeps this impl from repeating it. It holds whenever
/// the `Error` impl does, so the enum's uses type-check. It is written with a binder, so the
/// compiler does not check it as a trivially false bound, and with the impl's own lifetime, so
/// the compiler does not replace the items' bodies with `unreachable` as items whose bounds
/// can never hold.
pub fn trait_header(krate: &TokenStream, ident: &Ident) -> TokenStream {
    quote! {
        impl<'__kakao> #krate::KakaoError for #ident
        where
            for<'__kakao_any> #ident: #krate::__private::ErrorImpl<'__kakao>
    }
}

/// A trait method the derive implements.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Method {
    FromCode,
    FromCodeAndStatus,
    Lookup,
    CatchAll,
    FromName,
    Code,
    Name,
    IsDocumented,
    Status,
    IsRetryable,
    Remedy,
    Message,
    MessageKo,
    Solution,
    SolutionKo,
    KnownFrom,
    ErrorCode,
    LookupWritten,
    CatchAllWritten,
    FromCodeStr,
    Table,
}

impl Method {
    pub const ALL: [Method; 21] = [
        Self::FromCode,
        Self::FromCodeAndStatus,
        Self::Lookup,
        Self::CatchAll,
        Self::FromName,
        Self::Code,
        Self::Name,
        Self::IsDocumented,
        Self::Status,
        Self::IsRetryable,
        Self::Remedy,
        Self::Message,
        Self::MessageKo,
        Self::Solution,
        Self::SolutionKo,
        Self::KnownFrom,
        Self::ErrorCode,
        Self::LookupWritten,
        Self::CatchAllWritten,
        Self::FromCodeStr,
        Self::Table,
    ];

    /// Whether only a wrapper implements it: an enum that wraps nothing writes all its codes
    /// one way, and the trait's default is what it would generate.
    pub fn wrapper_only(self) -> bool {
        matches!(
            self,
            Self::ErrorCode | Self::LookupWritten | Self::CatchAllWritten | Self::FromCodeStr
        )
    }

    /// `fn name(parameters) -> Output`, with the parameters named by [`local`].
    pub fn signature(self, krate: &TokenStream) -> TokenStream {
        self.signature_with(krate, |l| local(l).into_token_stream())
    }

    /// The same with every parameter `_`, for a stub that uses none (and so needs no
    /// `#[allow(unused_variables)]`, which a crate's `#![forbid(unused)]` would reject).
    pub fn stub_signature(self, krate: &TokenStream) -> TokenStream {
        self.signature_with(krate, |_| quote!(_))
    }

    fn signature_with(self, krate: &TokenStream, param: fn(Local) -> TokenStream) -> TokenStream {
        let (code, status, name) = (param(Local::Code), param(Local::Status), param(Local::Name));
        let (prefix, text_param) = (param(Local::Prefix), param(Local::Text));
        let i32 = quote!(::core::primitive::i32);
        let option = quote!(::core::option::Option);
        let text = quote!(&'static ::core::primitive::str);
        match self {
            Self::FromCode => quote!(fn from_code(#code: #i32) -> #option<Self>),
            Self::FromCodeAndStatus => quote! {
                fn from_code_and_status(#code: #i32, #status: ::core::primitive::u16) -> #option<Self>
            },
            Self::Lookup => quote! {
                fn __lookup(#code: #i32, #status: #option<::core::primitive::u16>) -> #option<Self>
            },
            Self::CatchAll => quote!(fn __catch_all(#code: #i32) -> #option<Self>),
            Self::FromName => {
                quote!(fn from_name(#name: &::core::primitive::str) -> #option<Self>)
            }
            Self::Code => quote!(fn code(&self) -> #i32),
            Self::Name => quote!(fn name(&self) -> #text),
            Self::IsDocumented => quote!(fn is_documented(&self) -> ::core::primitive::bool),
            Self::Status => quote!(fn status(&self) -> #option<::core::primitive::u16>),
            Self::IsRetryable => quote!(fn is_retryable(&self) -> ::core::primitive::bool),
            Self::Remedy => quote!(fn remedy(&self) -> #krate::Remedy<'static>),
            Self::Message => quote!(fn message(&self) -> #text),
            Self::MessageKo => quote!(fn message_ko(&self) -> #option<#text>),
            Self::Solution => quote!(fn solution(&self) -> #option<#text>),
            Self::SolutionKo => quote!(fn solution_ko(&self) -> #option<#text>),
            Self::KnownFrom => quote!(fn known_from(&self) -> #option<#text>),
            Self::ErrorCode => quote!(fn error_code(&self) -> #krate::ErrorCode),
            Self::LookupWritten => quote! {
                fn __lookup_written(#prefix: &::core::primitive::str, #code: #i32) -> #option<Self>
            },
            Self::CatchAllWritten => quote! {
                fn __catch_all_written(#prefix: &::core::primitive::str, #code: #i32) -> #option<Self>
            },
            Self::FromCodeStr => {
                quote!(fn from_code_str(#text_param: &::core::primitive::str) -> #option<Self>)
            }
            Self::Table => quote!(fn __table(&self) -> #text),
        }
    }
}

/// An associated constant of `KakaoError` the derive sets.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Constant {
    Codes,
    CodePrefix,
    CodeDigits,
    Identity,
}

impl Constant {
    pub const ALL: [Constant; 4] = [
        Self::Codes,
        Self::CodePrefix,
        Self::CodeDigits,
        Self::Identity,
    ];

    /// `const NAME: Type`.
    pub fn declaration(self) -> TokenStream {
        let text = quote!(&'static ::core::primitive::str);
        match self {
            Self::Codes => quote!(const CODES: &'static [::core::primitive::i32]),
            Self::CodePrefix => quote!(const CODE_PREFIX: #text),
            Self::CodeDigits => quote!(const CODE_DIGITS: ::core::primitive::u8),
            Self::Identity => quote!(const __IDENTITY: #text),
        }
    }
}
