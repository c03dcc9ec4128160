//! Code generation for a valid enum.
//!
//! Everything is generated inside one `const _: () = { ... };` block, so the helper items
//! (the table of per-variant data, the index and lookup functions, the compile-time checks)
//! are invisible outside it. Per-variant data lives in static arrays, one per column: an
//! accessor is one index, whatever the number of variants, and a large enum's accessors are
//! compiled once, in its own crate, not in every caller.
//!
//! Paths are absolute (`::core`, the `kakao_errors` crate's path). Names that refer to the
//! user's enum and variants are re-spanned to the derive's call site, so a `#[deprecated]` enum
//! or variant does not warn about the derive's own uses of it.

use std::collections::{HashMap, HashSet};

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote, quote_spanned};
use syn::{Ident, LitStr, Type};

use crate::ast::{Code, Enum, Kind, Message, Texts, Variant, type_name};
use crate::attr::REMEDIES;
use crate::checks;
use crate::krate::{self, Krate};
use crate::methods::{Constant, Local, Method, local, local_shadows, trait_header};
use crate::shared::{self, doc_message_names, option_str, serde_call};
use crate::spans::{outer_spans, respan};

/// The impls and helper items of a valid enum (one without mistakes), with the runtime crate
/// at `krate`.
pub fn expand(input: &Enum, krate: Krate) -> TokenStream {
    Expansion::new(input, krate).expand()
}

/// The message of a catch-all without `message`.
const UNKNOWN_MESSAGE: &str = "unknown error code";

/// Up to this many own codes, lookups and accessors are `#[inline]`: a wrapper's lookup
/// then merges its members' matches into one switch. Past it, they are compiled once in the
/// enum's crate: inlining large matches into every caller costs callers super-linear
/// compile time for no gain.
const INLINE_LIMIT: usize = 64;

/// One optional text of a variant (`message_ko`, `solution`, `solution_ko`, `known_from`).
type TextField = fn(&Texts) -> Option<&String>;

/// The optional text columns: the column's name and the text of one variant.
const OPTIONAL_TEXTS: [(&str, TextField); 4] = [
    ("MESSAGE_KO", |texts| texts.message_ko.as_ref()),
    ("SOLUTION", |texts| texts.solution.as_ref()),
    ("SOLUTION_KO", |texts| texts.solution_ko.as_ref()),
    ("KNOWN_FROM", |texts| texts.known_from.as_ref()),
];

/// A code's `retry` and `remedy` in one byte, as `kakao_errors::__private::remedy` reads it:
/// bit 7 is `retry`, the low bits the remedy's position in [`REMEDIES`] plus one (`0`: no
/// remedy given and no retry, which is `Unknown`).
fn remedy_flags(code: &Code) -> u8 {
    let name = code
        .remedy
        .as_ref()
        .map(|remedy| remedy.value)
        .or(code.retry().then_some("Retry"));
    let position = name
        .and_then(|name| REMEDIES.iter().position(|known| *known == name))
        .map_or(0, |position| position + 1);
    // Fifteen remedies: the position always fits the low bits.
    u8::try_from(position).unwrap_or(0) | if code.retry() { 0x80 } else { 0 }
}

/// What one derive generates, with the names it shares between items.
struct Expansion<'a> {
    input: &'a Enum<'a>,
    krate: Krate,
    /// The enum's name, re-spanned (see [`respan`]).
    ident: Ident,
    /// `#[inline]` for a small enum, nothing for a large one.
    inline: TokenStream,
    /// `#[inline(always)]` for a small enum's lookup, nothing for a large one.
    inline_lookup: TokenStream,
}

impl<'a> Expansion<'a> {
    fn new(input: &'a Enum<'a>, krate: Krate) -> Self {
        let small = input.codes().count() <= INLINE_LIMIT;
        Self {
            input,
            krate,
            ident: respan(input.ident),
            inline: if small { quote!(#[inline]) } else { quote!() },
            inline_lookup: if small {
                quote!(#[inline(always)])
            } else {
                quote!()
            },
        }
    }

    fn expand(&self) -> TokenStream {
        let mut items = vec![
            local_shadows(),
            self.messages(),
            self.columns(),
            self.index_fn(),
            self.lookup_fn(),
            self.trait_impl(),
            self.display_impl(),
            self.error_impl(),
            self.conversions(),
            self.inherent_impl(),
            self.serde(),
        ];
        let mut statements = Vec::new();
        let (check_items, check_statements) =
            checks::member_checks(self.input, &self.krate, &self.ident);
        items.push(check_items);
        statements.push(check_statements);
        // A use of the enum, so a private enum that nothing else uses compiles under
        // `forbid(dead_code)`: `VARIANTS`, or, for a wrapper, its `CODES`.
        let ident = &self.ident;
        if self.input.inherent().variants {
            statements.push(quote!(let _ = #ident::VARIANTS;));
        } else if self.input.has_transparent() {
            let krate = self.krate.path();
            statements.push(quote!(let _ = <#ident as #krate::KakaoError>::CODES;));
        }
        quote! {
            const _: () = {
                #(#items)*
                #(#statements)*
            };
        }
    }

    /// `Self::Variant` with the variant's name re-spanned.
    fn path(&self, variant: &Variant) -> TokenStream {
        let variant = respan(variant.ident);
        quote!(Self::#variant)
    }

    /// `Enum::Variant`, for code outside the impls.
    fn enum_path(&self, variant: &Variant) -> TokenStream {
        let ident = &self.ident;
        let variant = respan(variant.ident);
        quote!(#ident::#variant)
    }

    /// `<Member as kakao_errors::KakaoError>`, spanned at the member type (see
    /// [`shared::as_member`]).
    fn as_member(&self, ty: &Type) -> TokenStream {
        shared::as_member(&self.krate, ty)
    }

    /// `<Member as KakaoError>::method(inner, arguments)` for a transparent member.
    fn delegate(&self, ty: &Type, method: &str, arguments: &TokenStream) -> TokenStream {
        let member = self.as_member(ty);
        let method = Ident::new(method, Span::call_site());
        let inner = local(Local::Inner);
        quote!(#member::#method(#inner, #arguments))
    }

    // -----------------------------------------------------------------------------------------
    // Per-variant data
    // -----------------------------------------------------------------------------------------

    /// The constants holding messages known only at compile time (from `include_str!` and the
    /// like): the first paragraph as plain text (see `markdown`), and `[code] message` for
    /// `Display`.
    ///
    /// Const arguments are written in braces (`::<{ __KAKAO_LEN }>`): a bare name there is
    /// read as a type if the user has a type of that name.
    fn messages(&self) -> TokenStream {
        let private = quote!(::core::primitive::str);
        let krate = self.krate.path();
        let items = self
            .input
            .codes()
            .enumerate()
            .filter_map(|(index, (_, code))| {
                let Message::Doc(text) = &code.message else {
                    return None;
                };
                let (message, display) = doc_message_names(index);
                let prefix = format!("[{}] ", code.code.value.text());
                Some(quote! {
                    const #message: &'static #private = {
                        const __KAKAO_TEXT: &#private = #text;
                        const __KAKAO_LEN: ::core::primitive::usize =
                            #krate::__private::paragraph_len(__KAKAO_TEXT);
                        const __KAKAO_BYTES: [::core::primitive::u8; __KAKAO_LEN] =
                            #krate::__private::paragraph::<{ __KAKAO_LEN }>(__KAKAO_TEXT);
                        const __KAKAO_PLAIN_LEN: ::core::primitive::usize =
                            #krate::__private::plain_len::<{ __KAKAO_LEN }>(&__KAKAO_BYTES);
                        const __KAKAO_PLAIN: [::core::primitive::u8; __KAKAO_PLAIN_LEN] =
                            #krate::__private::plain::<{ __KAKAO_LEN }, { __KAKAO_PLAIN_LEN }>(
                                &__KAKAO_BYTES,
                            );
                        #krate::__private::text(&__KAKAO_PLAIN)
                    };
                    const #display: &'static #private = {
                        const __KAKAO_PARTS: &[&#private] = &[#prefix, #message];
                        const __KAKAO_LEN: ::core::primitive::usize =
                            #krate::__private::concat_len(__KAKAO_PARTS);
                        const __KAKAO_BYTES: [::core::primitive::u8; __KAKAO_LEN] =
                            #krate::__private::concat::<{ __KAKAO_LEN }>(__KAKAO_PARTS);
                        #krate::__private::text(&__KAKAO_BYTES)
                    };
                })
            });
        quote!(#(#items)*)
    }

    /// The message and `Display` text of the `index`th own code, as expressions.
    fn message_of(&self, index: usize, code: &Code) -> (TokenStream, TokenStream) {
        match &code.message {
            Message::Text(text) => {
                let display = format!("[{}] {text}", code.code.value.text());
                (quote!(#text), quote!(#display))
            }
            Message::Doc(_) => {
                let (message, display) = doc_message_names(index);
                (quote!(#message), quote!(#display))
            }
        }
    }

    /// The per-variant data of the own code variants, one static array per column, indexed
    /// by [`index_fn`](Self::index_fn). Arrays of plain values (a status of `0` and a text
    /// of `""` stand for none) cost the compiler far less than an array of structs, and a
    /// column that is empty for every variant is not generated at all.
    fn columns(&self) -> TokenStream {
        let count = self.input.codes().count();
        if count == 0 {
            return TokenStream::new();
        }
        let codes: Vec<&Code> = self.input.codes().map(|(_, code)| code).collect();
        let mut columns = Vec::new();
        let mut column = |name: &str, ty: TokenStream, cells: Vec<TokenStream>| {
            let name = format_ident!("__KAKAO_{}", name);
            columns.push(quote!(static #name: [#ty; #count] = [#(#cells),*];));
        };
        let str_ty = quote!(&::core::primitive::str);
        column(
            "CODE",
            quote!(::core::primitive::i32),
            codes
                .iter()
                .map(|code| {
                    proc_macro2::Literal::i32_unsuffixed(code.code.value.number())
                        .into_token_stream()
                })
                .collect(),
        );
        column(
            "NAME",
            str_ty.clone(),
            self.input
                .codes()
                .map(|(variant, _)| variant.name.to_token_stream())
                .collect(),
        );
        let (messages, displays): (Vec<_>, Vec<_>) = codes
            .iter()
            .enumerate()
            .map(|(index, code)| self.message_of(index, code))
            .unzip();
        column("MESSAGE", str_ty.clone(), messages);
        column("DISPLAY", str_ty.clone(), displays);
        if codes.iter().any(|code| code.status.is_some()) {
            let statuses = codes.iter().map(|code| {
                proc_macro2::Literal::u16_unsuffixed(
                    code.status.as_ref().map_or(0, |status| status.value),
                )
                .into_token_stream()
            });
            column("STATUS", quote!(::core::primitive::u16), statuses.collect());
        }
        if codes.iter().any(|code| remedy_flags(code) != 0) {
            let flags = codes.iter().map(|code| {
                proc_macro2::Literal::u8_unsuffixed(remedy_flags(code)).into_token_stream()
            });
            column("FLAGS", quote!(::core::primitive::u8), flags.collect());
        }
        for (name, field) in OPTIONAL_TEXTS {
            if codes.iter().any(|code| field(&code.texts).is_some()) {
                let cells = codes.iter().map(|code| {
                    field(&code.texts)
                        .map_or("", String::as_str)
                        .to_token_stream()
                });
                column(name, str_ty.clone(), cells.collect());
            }
        }
        quote!(#(#columns)*)
    }

    /// `fn __kakao_index(&Enum) -> usize`: the own code variant's position in the table. One
    /// `match` for every accessor; for an enum of code variants only it is the discriminant.
    fn index_fn(&self) -> TokenStream {
        if self.input.codes().next().is_none() {
            return TokenStream::new();
        }
        let ident = &self.ident;
        let value = local(Local::Value);
        let arms = self.input.codes().enumerate().map(|(index, (variant, _))| {
            let path = self.enum_path(variant);
            quote!(#path => #index,)
        });
        // Members and the catch-all are answered before the table is indexed.
        let rest =
            (self.input.codes().count() < self.input.variants.len()).then(|| quote!(_ => 0,));
        // Small: inlined into each accessor, where it folds into the discriminant. Large:
        // compiled once, not once per accessor.
        let inline = &self.inline;
        quote! {
            #inline
            fn __kakao_index(#value: &#ident) -> ::core::primitive::usize {
                match #value {
                    #(#arms)*
                    #rest
                }
            }
        }
    }

    /// `const fn __kakao_lookup(code, status, fallback) -> Option<Enum>` over the own codes,
    /// `fallback` for any other code (a catch-all, or `None`); a code shared by variants told
    /// apart by status picks by `status`, the first variant otherwise.
    fn lookup_fn(&self) -> TokenStream {
        if self.input.codes().next().is_none() {
            return TokenStream::new();
        }
        let ident = &self.ident;
        let (code, status, fallback) = (
            local(Local::Code),
            local(Local::Status),
            local(Local::Fallback),
        );
        // The variants of each code, codes in declaration order.
        let mut arms: Vec<(i32, Vec<(&Variant, &Code)>)> = Vec::new();
        let mut positions: HashMap<i32, usize> = HashMap::new();
        for (variant, info) in self.input.codes() {
            let number = info.code.value.number();
            match positions.get(&number) {
                Some(&at) => arms[at].1.push((variant, info)),
                None => {
                    positions.insert(number, arms.len());
                    arms.push((number, vec![(variant, info)]));
                }
            }
        }
        let arms = arms.iter().map(|(number, uses)| {
            let literal = proc_macro2::Literal::i32_unsuffixed(*number);
            let (first, _) = uses[0];
            let first = self.enum_path(first);
            if uses.len() == 1 {
                return quote!(#literal => ::core::option::Option::Some(#first),);
            }
            let by_status = uses[1..].iter().filter_map(|(variant, info)| {
                let status = proc_macro2::Literal::u16_unsuffixed(info.status.as_ref()?.value);
                let path = self.enum_path(variant);
                Some(quote!(::core::option::Option::Some(#status) => ::core::option::Option::Some(#path),))
            });
            quote! {
                #literal => match #status {
                    #(#by_status)*
                    _ => ::core::option::Option::Some(#first),
                },
            }
        });
        let inline = &self.inline_lookup;
        // `const` for the inherent `const fn from_code` of an enum that wraps nothing; a
        // wrapper's variants may hold values with a destructor, which a `const fn` taking the
        // fallback by value could not drop.
        let constness = (!self.input.has_transparent()).then(|| quote!(const));
        quote! {
            #inline
            #constness fn __kakao_lookup(
                #code: ::core::primitive::i32,
                #status: ::core::option::Option<::core::primitive::u16>,
                #fallback: ::core::option::Option<#ident>,
            ) -> ::core::option::Option<#ident> {
                #[forbid(unreachable_patterns)]
                match #code {
                    #(#arms)*
                    _ => #fallback,
                }
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // The trait
    // -----------------------------------------------------------------------------------------

    fn trait_impl(&self) -> TokenStream {
        let ident = &self.ident;
        let krate = self.krate.path();
        let constants = Constant::ALL.iter().map(|&constant| {
            let declaration = constant.declaration();
            let value = self.constant(constant);
            quote!(#declaration = #value;)
        });
        let wraps = self.input.has_transparent();
        let groups = wraps.then(|| {
            let value = self.groups_const();
            quote!(const __GROUPS: &'static [#krate::__private::CodeGroup] = #value;)
        });
        let methods = Method::ALL
            .iter()
            .filter(|method| wraps || !method.wrapper_only())
            .map(|&method| {
                let signature = method.signature(&krate);
                let (inline, body) = self.method(method);
                quote! {
                    #inline
                    #signature {
                        #body
                    }
                }
            });
        let header = trait_header(&krate, ident);
        quote! {
            #[automatically_derived]
            #header {
                #(#constants)*
                #groups
                #(#methods)*
            }
        }
    }

    fn constant(&self, constant: Constant) -> TokenStream {
        // `common_form` of the members' groups, if there are members.
        let members_form = || {
            let krate = self.krate.path();
            let groups = self.input.members().map(|(_, ty)| {
                let member = self.as_member(ty);
                quote!(#member::__GROUPS)
            });
            self.input
                .has_transparent()
                .then(|| quote!(#krate::__private::common_form(&[#(#groups),*])))
        };
        match constant {
            Constant::Codes => self.codes_const(),
            // The number form (see the trait's docs): the own codes', or, without own codes,
            // the members' if they agree.
            Constant::CodePrefix => match (self.input.code_form(), members_form()) {
                (Some((prefix, _)), _) => quote!(#prefix),
                (None, Some(form)) if self.input.codes().next().is_none() => quote!(#form.0),
                (None, _) => quote!(""),
            },
            Constant::CodeDigits => match (self.input.code_form(), members_form()) {
                (Some((_, digits)), _) => {
                    let digits = proc_macro2::Literal::u8_unsuffixed(digits);
                    quote!(#digits)
                }
                (None, Some(form)) if self.input.codes().next().is_none() => quote!(#form.1),
                (None, _) => quote!(0),
            },
            Constant::Identity => {
                let name = &self.input.name;
                quote!(::core::concat!(::core::module_path!(), "::", #name))
            }
        }
    }

    /// The own codes, each once (a code shared by variants told apart by status is listed
    /// once), as literals.
    fn own_codes(&self) -> Vec<proc_macro2::Literal> {
        let mut seen = HashSet::new();
        self.input
            .codes()
            .map(|(_, info)| info.code.value.number())
            .filter(|&code| seen.insert(code))
            .map(proc_macro2::Literal::i32_unsuffixed)
            .collect()
    }

    /// The groups of codes (`__GROUPS`) laid out for a const: the own codes' group, if any,
    /// then each member's groups.
    fn group_parts(&self) -> TokenStream {
        let krate = self.krate.path();
        let own = self.own_codes();
        let own = (!own.is_empty()).then(|| {
            let (prefix, digits) = self.input.code_form().unwrap_or(("", 0));
            let digits = proc_macro2::Literal::u8_unsuffixed(digits);
            quote! {
                &[#krate::__private::CodeGroup { prefix: #prefix, digits: #digits, codes: &[#(#own),*] }],
            }
        });
        let members = self.input.members().map(|(_, ty)| self.as_member(ty));
        quote! {
            const __KAKAO_PARTS: &[&[#krate::__private::CodeGroup]] = &[
                #own
                #(#members::__GROUPS,)*
            ];
        }
    }

    /// `CODES`: the own codes; in a wrapper, then each member's codes written the enum's way
    /// (its number form), laid end to end in a const array.
    fn codes_const(&self) -> TokenStream {
        let own = self.own_codes();
        if !self.input.has_transparent() {
            return quote!(&[#(#own),*]);
        }
        let krate = self.krate.path();
        let ident = &self.ident;
        let parts = self.group_parts();
        quote!({
            #parts
            const __KAKAO_PREFIX: &::core::primitive::str =
                <#ident as #krate::KakaoError>::CODE_PREFIX;
            const __KAKAO_LEN: ::core::primitive::usize =
                #krate::__private::form_len(__KAKAO_PARTS, __KAKAO_PREFIX);
            const __KAKAO_ALL: [::core::primitive::i32; __KAKAO_LEN] =
                #krate::__private::form_codes::<{ __KAKAO_LEN }>(__KAKAO_PARTS, __KAKAO_PREFIX);
            &__KAKAO_ALL
        })
    }

    /// `__GROUPS` of a wrapper: its own codes' group, then its members' groups.
    fn groups_const(&self) -> TokenStream {
        let krate = self.krate.path();
        let parts = self.group_parts();
        quote!({
            #parts
            const __KAKAO_LEN: ::core::primitive::usize =
                #krate::__private::groups_len(__KAKAO_PARTS);
            const __KAKAO_ALL: [#krate::__private::CodeGroup; __KAKAO_LEN] =
                #krate::__private::concat_groups::<{ __KAKAO_LEN }>(__KAKAO_PARTS);
            &__KAKAO_ALL
        })
    }

    /// The attribute and body of one trait method.
    fn method(&self, method: Method) -> (TokenStream, TokenStream) {
        let inline = self.inline.clone();
        let (code, status, name) = (local(Local::Code), local(Local::Status), local(Local::Name));
        let none = quote!(::core::option::Option::None);
        let some = quote!(::core::option::Option::Some);
        let wraps = self.input.has_transparent();
        let body = match method {
            // The inherent `const fn from_code` (same lookup, usable in consts), which this
            // call keeps from counting as dead code; without it (a variant has its name, and
            // `Self::from_code` would name the variant), the lookup itself.
            // (`inherent().from_code` holds only for an enum that wraps nothing.)
            Method::FromCode if self.input.inherent().from_code => {
                quote!(Self::from_code(#code))
            }
            Method::FromCode if !wraps => self.own_from_code(),
            Method::FromCode | Method::FromCodeAndStatus => {
                let status = if method == Method::FromCode {
                    none.clone()
                } else {
                    quote!(#some(#status))
                };
                // The lookup chain itself, ending in the catch-all: an unknown code goes
                // straight to it (a `match` on the documented lookup's `None` would cost
                // every lookup a compare and a select).
                let krate = self.krate.path();
                let catch_all = quote!(<Self as #krate::KakaoError>::__catch_all(#code));
                let body = self.lookup_body(&status, &catch_all);
                // Always inlined when small, as `__lookup` is: the caller's optimizer then
                // sees the constant each code gives, and `from_code(c)?.status()` folds into
                // one `match` on the code.
                return (self.inline_lookup.clone(), body);
            }
            Method::Lookup => {
                let body = self.lookup_body(&status.to_token_stream(), &none);
                return (self.inline_lookup.clone(), body);
            }
            Method::CatchAll => self.catch_all_body(),
            Method::FromName => self.name_lookup_body(&name),
            Method::Code => self.accessor(
                &Self::cell("CODE"),
                &|ty| self.delegate(ty, "code", &quote!()),
                &quote!(*#code),
                true,
            ),
            Method::Name => {
                let other_name = self.input.other().map(|(variant, _)| variant.name.clone());
                self.accessor(
                    &Self::cell("NAME"),
                    &|ty| self.delegate(ty, "name", &quote!()),
                    &quote!(#other_name),
                    false,
                )
            }
            Method::IsDocumented => self.accessor(
                &quote!(true),
                &|ty| self.delegate(ty, "is_documented", &quote!()),
                &quote!(false),
                false,
            ),
            Method::Status => self.accessor(
                &self.own_status(),
                &|ty| self.delegate(ty, "status", &quote!()),
                &none,
                false,
            ),
            Method::IsRetryable => self.accessor(
                &self.optional_cell("FLAGS", "retry", quote!(false)),
                &|ty| self.delegate(ty, "is_retryable", &quote!()),
                &quote!(false),
                false,
            ),
            Method::Remedy => {
                let krate = self.krate.path();
                self.accessor(
                    &self.optional_cell("FLAGS", "remedy", quote!(#krate::Remedy::Unknown)),
                    &|ty| self.delegate(ty, "remedy", &quote!()),
                    &quote!(#krate::Remedy::Unknown),
                    false,
                )
            }
            Method::Message => {
                let message = self
                    .input
                    .other()
                    .and_then(|(_, texts)| texts.message.clone())
                    .unwrap_or_else(|| UNKNOWN_MESSAGE.to_owned());
                self.accessor(
                    &Self::cell("MESSAGE"),
                    &|ty| self.delegate(ty, "message", &quote!()),
                    &quote!(#message),
                    false,
                )
            }
            Method::MessageKo => self.text_accessor("message_ko", |t| t.message_ko.as_ref()),
            Method::Solution => self.text_accessor("solution", |t| t.solution.as_ref()),
            Method::SolutionKo => self.text_accessor("solution_ko", |t| t.solution_ko.as_ref()),
            Method::KnownFrom => self.text_accessor("known_from", |t| t.known_from.as_ref()),
            Method::ErrorCode => {
                let krate = self.krate.path();
                let as_written =
                    |number: TokenStream| quote!(#krate::__private::error_code::<Self>(#number));
                self.accessor(
                    &as_written(quote!(<Self as #krate::KakaoError>::code(self))),
                    &|ty| self.delegate(ty, "error_code", &quote!()),
                    &as_written(quote!(*#code)),
                    true,
                )
            }
            Method::LookupWritten => self.lookup_written_body(),
            Method::CatchAllWritten => self.catch_all_written_body(),
            Method::FromCodeStr => {
                let krate = self.krate.path();
                let (text, prefix) = (local(Local::Text), local(Local::Prefix));
                // An enum whose codes are all written its way reads them as the trait's default
                // does (and as fast). Otherwise a code written its way is `from_code`'s (the same
                // answer, by number), and any other is looked up as written.
                quote! {
                    if const { #krate::__private::writes_one_way::<Self>() } {
                        return #krate::ErrorCode::parse_number(
                            #text,
                            <Self as #krate::KakaoError>::CODE_PREFIX,
                        )
                        .and_then(<Self as #krate::KakaoError>::from_code);
                    }
                    let (#prefix, #code) = #krate::__private::split_code(#text)?;
                    if #krate::__private::same_prefix(#prefix, <Self as #krate::KakaoError>::CODE_PREFIX) {
                        return <Self as #krate::KakaoError>::from_code(#code);
                    }
                    match <Self as #krate::KakaoError>::__lookup_written(#prefix, #code) {
                        #some(#name) => #some(#name),
                        ::core::option::Option::None => {
                            <Self as #krate::KakaoError>::__catch_all_written(#prefix, #code)
                        }
                    }
                }
            }
            Method::Table => {
                let krate = self.krate.path();
                let own = quote!(<Self as #krate::KakaoError>::__IDENTITY);
                self.accessor(
                    &own,
                    &|ty| self.delegate(ty, "__table", &quote!()),
                    &own,
                    false,
                )
            }
        };
        (inline, body)
    }

    /// `__KAKAO_COLUMN[index of self]`: what an own code variant answers.
    fn cell(column: &str) -> TokenStream {
        let column = format_ident!("__KAKAO_{}", column);
        quote!(#column[__kakao_index(self)])
    }

    /// Whether the column exists: some own code variant has a value in it.
    fn has_column(&self, column: &str) -> bool {
        let mut codes = self.input.codes().map(|(_, code)| code);
        match column {
            "STATUS" => codes.any(|code| code.status.is_some()),
            "FLAGS" => codes.any(|code| remedy_flags(code) != 0),
            _ => OPTIONAL_TEXTS
                .iter()
                .find(|(name, _)| *name == column)
                .is_some_and(|(_, field)| codes.any(|code| field(&code.texts).is_some())),
        }
    }

    /// `helper(cell)` if the column exists, otherwise `absent` for every own code variant.
    fn optional_cell(&self, column: &str, helper: &str, absent: TokenStream) -> TokenStream {
        if !self.has_column(column) {
            return absent;
        }
        let krate = self.krate.path();
        let helper = Ident::new(helper, Span::call_site());
        let cell = Self::cell(column);
        quote!(#krate::__private::#helper(#cell))
    }

    /// What an own code variant's `status()` answers. A small enum matches on the variant,
    /// which a caller's optimizer folds into the lookup before it (`from_code(c)?.status()`
    /// is then one `match` on the code); a large one reads its column.
    fn own_status(&self) -> TokenStream {
        let none = quote!(::core::option::Option::None);
        if self.inline.is_empty() || !self.has_column("STATUS") {
            return self.optional_cell("STATUS", "status", none);
        }
        let arms = self.input.codes().map(|(variant, code)| {
            let path = self.enum_path(variant);
            let status = code.status.as_ref().map_or_else(
                || none.clone(),
                |status| {
                    let status = proc_macro2::Literal::u16_unsuffixed(status.value);
                    quote!(::core::option::Option::Some(#status))
                },
            );
            quote!(#path => #status,)
        });
        // Members and the catch-all are answered before this `match`.
        let rest =
            (self.input.codes().count() < self.input.variants.len()).then(|| quote!(_ => #none,));
        quote! {
            match self {
                #(#arms)*
                #rest
            }
        }
    }

    /// `match self { members => on_member, catch-all => on_other, own code variants => own }`.
    fn accessor(
        &self,
        own: &TokenStream,
        on_member: &dyn Fn(&Type) -> TokenStream,
        on_other: &TokenStream,
        other_binds_code: bool,
    ) -> TokenStream {
        if self.input.variants.is_empty() {
            return quote!(match *self {});
        }
        if !self.input.has_transparent() && self.input.other().is_none() {
            return own.clone();
        }
        let inner = local(Local::Inner);
        let arms = self.input.variants.iter().filter_map(|variant| {
            let path = self.path(variant);
            match &variant.kind {
                Kind::Code(_) => None,
                Kind::Transparent(member) => {
                    let value = on_member(&member.used);
                    Some(quote!(#path(#inner) => #value,))
                }
                Kind::Other(_) => {
                    let binding = if other_binds_code {
                        local(Local::Code).into_token_stream()
                    } else {
                        quote!(_)
                    };
                    Some(quote!(#path(#binding) => #on_other,))
                }
            }
        });
        let own = (self.input.codes().next().is_some()).then(|| quote!(_ => #own,));
        quote! {
            match self {
                #(#arms)*
                #own
            }
        }
    }

    fn text_accessor(&self, method: &str, field: fn(&Texts) -> Option<&String>) -> TokenStream {
        let on_other = option_str(self.input.other().and_then(|(_, texts)| field(texts)));
        let column = method.to_uppercase();
        let own = self.optional_cell(&column, "optional", quote!(::core::option::Option::None));
        self.accessor(
            &own,
            &|ty| self.delegate(ty, method, &quote!()),
            &on_other,
            false,
        )
    }

    /// The documented lookup with `status` (an `Option<u16>` expression): own codes, then each
    /// member's documented codes, in order; then `fallthrough` for a code none of them
    /// documents.
    fn lookup_body(&self, status: &TokenStream, fallthrough: &TokenStream) -> TokenStream {
        let code = local(Local::Code);
        let some = quote!(::core::option::Option::Some);
        let value = local(Local::Value);
        if !self.input.has_transparent() {
            return match self.input.codes().next() {
                Some(_) => quote!(__kakao_lookup(#code, #status, #fallthrough)),
                None => fallthrough.clone(),
            };
        }
        let own = self.input.codes().next().is_some().then(|| {
            quote! {
                if let #some(#value) = __kakao_lookup(#code, #status, ::core::option::Option::None) {
                    return #some(#value);
                }
            }
        });
        let krate = self.krate.path();
        let members = self.input.members().map(|(variant, ty)| {
            let path = self.path(variant);
            let member = self.as_member(ty);
            // A member whose number form is this enum's is asked by number; another (a table
            // of prefixed codes in a wrapper of plain ones) only for codes it writes this
            // enum's way. Which applies is a constant: the other branch is compiled out.
            quote! {
                if const {
                    #krate::__private::same_prefix(
                        #member::CODE_PREFIX,
                        <Self as #krate::KakaoError>::CODE_PREFIX,
                    )
                } {
                    if let #some(#value) = #member::__lookup(#code, #status) {
                        return #some(#path(#value));
                    }
                } else if let #some(#value) = #member::__lookup_written(
                    <Self as #krate::KakaoError>::CODE_PREFIX,
                    #code,
                ) {
                    return #some(#path(#value));
                }
            }
        });
        quote! {
            #own
            #(#members)*
            #fallthrough
        }
    }

    /// `__lookup_written`: the documented value for a code as written, in the own codes (if
    /// it is written the enum's way), then through every member.
    fn lookup_written_body(&self) -> TokenStream {
        let krate = self.krate.path();
        let (code, prefix, value) = (
            local(Local::Code),
            local(Local::Prefix),
            local(Local::Value),
        );
        let some = quote!(::core::option::Option::Some);
        let own = self.input.codes().next().is_some().then(|| {
            quote! {
                if #krate::__private::same_prefix(#prefix, <Self as #krate::KakaoError>::CODE_PREFIX) {
                    if let #some(#value) = __kakao_lookup(#code, ::core::option::Option::None, ::core::option::Option::None) {
                        return #some(#value);
                    }
                }
            }
        });
        let members = self.input.members().map(|(variant, ty)| {
            let path = self.path(variant);
            let member = self.as_member(ty);
            quote! {
                if let #some(#value) = #member::__lookup_written(#prefix, #code) {
                    return #some(#path(#value));
                }
            }
        });
        quote! {
            #own
            #(#members)*
            ::core::option::Option::None
        }
    }

    /// `__catch_all_written`: the enum's catch-all for a code written its way, else the last
    /// member's catch-all that keeps codes written that way.
    fn catch_all_written_body(&self) -> TokenStream {
        let krate = self.krate.path();
        let (code, prefix, value) = (
            local(Local::Code),
            local(Local::Prefix),
            local(Local::Value),
        );
        let some = quote!(::core::option::Option::Some);
        let own = self.input.other().map(|(variant, _)| {
            let path = self.path(variant);
            quote! {
                if #krate::__private::same_prefix(#prefix, <Self as #krate::KakaoError>::CODE_PREFIX) {
                    return #some(#path(#code));
                }
            }
        });
        let members: Vec<_> = self.input.members().collect();
        let asks = members.iter().rev().map(|(variant, ty)| {
            let path = self.path(variant);
            let member = self.as_member(ty);
            quote! {
                if let #some(#value) = #member::__catch_all_written(#prefix, #code) {
                    return #some(#path(#value));
                }
            }
        });
        quote! {
            #own
            #(#asks)*
            ::core::option::Option::None
        }
    }

    /// The catch-all for an undocumented code: the enum's own `other`, or else the catch-all
    /// of the last member that has one, or none. Which members have one is known only to the
    /// compiler, so the members are asked last to first: a member without a catch-all answers
    /// `None` (a derived one without a lookup), and the next earlier one is asked.
    fn catch_all_body(&self) -> TokenStream {
        let code = local(Local::Code);
        if let Some((variant, _)) = self.input.other() {
            let path = self.path(variant);
            return quote!(::core::option::Option::Some(#path(#code)));
        }
        let some = quote!(::core::option::Option::Some);
        let value = local(Local::Value);
        let krate = self.krate.path();
        let members: Vec<_> = self.input.members().collect();
        let asks = members.iter().rev().map(|(variant, ty)| {
            let path = self.path(variant);
            let member = self.as_member(ty);
            // As in `lookup_body`: a member of another number form keeps only codes it writes
            // this enum's way (none, for a table of prefixed codes in a wrapper of plain ones).
            quote! {
                if const {
                    #krate::__private::same_prefix(
                        #member::CODE_PREFIX,
                        <Self as #krate::KakaoError>::CODE_PREFIX,
                    )
                } {
                    if let #some(#value) = #member::__catch_all(#code) {
                        return #some(#path(#value));
                    }
                } else if let #some(#value) = #member::__catch_all_written(
                    <Self as #krate::KakaoError>::CODE_PREFIX,
                    #code,
                ) {
                    return #some(#path(#value));
                }
            }
        });
        quote! {
            #(#asks)*
            ::core::option::Option::None
        }
    }

    fn name_lookup_body(&self, name: &Ident) -> TokenStream {
        let some = quote!(::core::option::Option::Some);
        let own = if self.input.codes().count() > INLINE_LIMIT {
            self.name_scan(name)
        } else {
            let arms = self.input.codes().map(|(variant, _)| {
                let text = &variant.name;
                let path = self.path(variant);
                quote!(#text => return #some(#path),)
            });
            quote! {
                #[forbid(unreachable_patterns)]
                match #name {
                    #(#arms)*
                    _ => {}
                }
            }
        };
        let value = local(Local::Value);
        let members = self.input.members().map(|(variant, ty)| {
            let path = self.path(variant);
            let member = self.as_member(ty);
            quote! {
                if let #some(#value) = #member::from_name(#name) {
                    return #some(#path(#value));
                }
            }
        });
        quote! {
            #own
            #(#members)*
            ::core::option::Option::None
        }
    }

    /// A large enum's own names, looked up in its `NAME` column: the value is then built from
    /// the variant's code and status. A `match` over thousands of strings would cost the enum's
    /// crate far more to compile than this rarely called lookup saves at run time.
    fn name_scan(&self, name: &Ident) -> TokenStream {
        let krate = self.krate.path();
        let position = local(Local::Position);
        let status = if self.has_column("STATUS") {
            quote!(#krate::__private::status(__KAKAO_STATUS[#position]))
        } else {
            quote!(::core::option::Option::None)
        };
        quote! {
            let mut #position = 0;
            while #position < __KAKAO_NAME.len() {
                if __KAKAO_NAME[#position] == #name {
                    return __kakao_lookup(
                        __KAKAO_CODE[#position],
                        #status,
                        ::core::option::Option::None,
                    );
                }
                #position += 1;
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // The other impls
    // -----------------------------------------------------------------------------------------

    fn display_impl(&self) -> TokenStream {
        let ident = &self.ident;
        let krate = self.krate.path();
        let formatter = local(Local::Formatter);
        let inner = local(Local::Inner);
        let display = Self::cell("DISPLAY");
        let own = quote!(#formatter.write_str(#display));
        let body = if self.input.variants.is_empty() {
            quote!(match *self {})
        } else if !self.input.has_transparent() && self.input.other().is_none() {
            own
        } else {
            let arms = self.input.variants.iter().filter_map(|variant| {
                let path = self.path(variant);
                match &variant.kind {
                    Kind::Code(_) => None,
                    Kind::Transparent(member) => {
                        let display = self.delegate(&member.used, "__display", &quote!(#formatter));
                        Some(quote!(#path(#inner) => #display,))
                    }
                    Kind::Other(texts) => {
                        let message = texts.message.as_deref().unwrap_or(UNKNOWN_MESSAGE);
                        Some(quote! {
                            #path(_) => ::core::write!(
                                #formatter,
                                "[{}] {}",
                                <Self as #krate::KakaoError>::error_code(self),
                                #message,
                            ),
                        })
                    }
                }
            });
            let own = self
                .input
                .codes()
                .next()
                .is_some()
                .then(|| quote!(_ => #own,));
            quote!(match self { #(#arms)* #own })
        };
        quote! {
            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, #formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #body
                }
            }
        }
    }

    fn error_impl(&self) -> TokenStream {
        let ident = &self.ident;
        if !self.input.has_transparent() {
            return quote! {
                #[automatically_derived]
                impl ::core::error::Error for #ident {}
            };
        }
        let inner = local(Local::Inner);
        let arms = self.input.members().map(|(variant, ty)| {
            let path = self.path(variant);
            let source = self.delegate(ty, "__source", &quote!());
            quote!(#path(#inner) => #source,)
        });
        let rest = (self.input.members().count() < self.input.variants.len())
            .then(|| quote!(_ => ::core::option::Option::None,));
        quote! {
            #[automatically_derived]
            impl ::core::error::Error for #ident {
                fn source(&self) -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
                    match self {
                        #(#arms)*
                        #rest
                    }
                }
            }
        }
    }

    /// `TryFrom<i32>` for every enum, `From<Inner>` for each transparent variant.
    fn conversions(&self) -> TokenStream {
        let ident = &self.ident;
        let krate = self.krate.path();
        let type_name = &self.input.name;
        let (code, inner, value) = (local(Local::Code), local(Local::Inner), local(Local::Value));
        let members: Vec<(&Variant, &Type)> = self.input.members().collect();
        let identities: Vec<TokenStream> = members
            .iter()
            .map(|(_, ty)| {
                let member = self.as_member(ty);
                quote!(#member::__IDENTITY)
            })
            .collect();
        let mut distinct = Vec::new();
        let mut from_members = Vec::new();
        for (position, &(variant, ty)) in members.iter().enumerate() {
            let span = krate::at_span(outer_spans(ty).0);
            let path = self.path(variant);
            let from = |bounds: &[TokenStream]| {
                quote_spanned! {span=>
                    #[automatically_derived]
                    impl ::core::convert::From<#ty> for #ident
                    where
                        #(#bounds,)*
                    {
                        #[inline]
                        fn from(#inner: #ty) -> Self {
                            #path(#inner)
                        }
                    }
                }
            };
            if position == 0 {
                from_members.push(from(&[]));
                continue;
            }
            // A member that is an earlier one under another name (an alias, `crate::` and
            // `self::` paths) would give a second `From` impl of one type, and the compiler's
            // "conflicting implementations". Its impl holds only while it is not (one bound per
            // earlier member, false when they are one type): the compiler's overlap check sees
            // that the impls are disjoint, and the one false bound is the derive's error, in
            // words of its own (`distinct_trait`). Rustdoc shows the impl without the bounds.
            let this = &identities[position];
            let bounds: Vec<TokenStream> = (0..position)
                .map(|earlier| {
                    // Spanned at the member type, where the compiler reports a false bound.
                    let name = Ident::new(&format!("__KakaoDistinct{earlier}_{position}"), span);
                    let other = &identities[earlier];
                    distinct.push(self.distinct_trait(&name, members[earlier], (variant, ty)));
                    quote_spanned! {span=>
                        #ty: #name<{ #krate::__private::str_eq_named(#other, #this) }>
                    }
                })
                .collect();
            let checked = from(&bounds);
            let plain = from(&[]);
            from_members.push(quote! {
                #[cfg(not(doc))]
                #checked
                #[cfg(doc)]
                #plain
            });
        }
        quote! {
            #[automatically_derived]
            impl ::core::convert::TryFrom<::core::primitive::i32> for #ident {
                type Error = #krate::UnknownCode;

                #[inline]
                fn try_from(
                    #code: ::core::primitive::i32,
                ) -> ::core::result::Result<Self, #krate::UnknownCode> {
                    match <Self as #krate::KakaoError>::from_code(#code) {
                        ::core::option::Option::Some(#value) => ::core::result::Result::Ok(#value),
                        ::core::option::Option::None => ::core::result::Result::Err(
                            #krate::UnknownCode::from_error_code(
                                #type_name,
                                #krate::__private::error_code::<Self>(#code),
                            ),
                        ),
                    }
                }
            }
            #(#distinct)*
            #(#from_members)*
        }
    }

    /// The trait whose one impl (for `false`) is the bound that `second` (a member declared
    /// after `first`) is not `first` under another name; its message is the derive's error
    /// when they are one type.
    fn distinct_trait(
        &self,
        name: &Ident,
        (first_variant, first_ty): (&Variant, &Type),
        (second_variant, second_ty): (&Variant, &Type),
    ) -> TokenStream {
        let enum_name = &self.input.name;
        let (first, second) = (type_name(first_ty), type_name(second_ty));
        let (first_variant, second_variant) = (&first_variant.name, &second_variant.name);
        let message = format!(
            "`{enum_name}` wraps one type twice: `{second}` (in `{second_variant}`) is \
             `{first}` (in `{first_variant}`)"
        );
        let label = format!("the type `{first_variant}` already wraps");
        let note = format!("wrap each type once: remove `{second_variant}` or `{first_variant}`");
        quote! {
            #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
            pub trait #name<const SAME: ::core::primitive::bool> {}
            #[diagnostic::do_not_recommend]
            impl<T: ?::core::marker::Sized> #name<false> for T {}
        }
    }

    /// `from_code` of an enum that wraps nothing: its own codes, then its catch-all.
    fn own_from_code(&self) -> TokenStream {
        let code = local(Local::Code);
        let catch_all = match self.input.other() {
            Some((variant, _)) => {
                let path = self.path(variant);
                quote!(::core::option::Option::Some(#path(#code)))
            }
            None => quote!(::core::option::Option::None),
        };
        if self.input.codes().next().is_some() {
            quote!(__kakao_lookup(#code, ::core::option::Option::None, #catch_all))
        } else {
            catch_all
        }
    }

    /// `VARIANTS` and a `const fn from_code` for enums that wrap nothing, each unless a variant
    /// has its name (see [`Enum::inherent`]).
    fn inherent_impl(&self) -> TokenStream {
        let generated = self.input.inherent();
        if !generated.variants && !generated.from_code {
            return TokenStream::new();
        }
        let ident = &self.ident;
        // The enum's own visibility, so a private enum gets no `pub` items (`unreachable_pub`).
        let vis = self.input.vis;
        let name = &self.input.name;
        let code = local(Local::Code);
        let variants = self.input.codes().map(|(variant, _)| self.path(variant));
        let variants_doc = LitStr::new(
            &format!("Every code variant of `{name}`, in declaration order."),
            Span::call_site(),
        );
        let from_code_doc = LitStr::new(
            &format!(
                "The `{name}` for `code`, like `KakaoError::from_code`, usable in `const` contexts."
            ),
            Span::call_site(),
        );
        let inline = &self.inline;
        let variants = generated.variants.then(|| {
            quote! {
                #[doc = #variants_doc]
                #vis const VARIANTS: &'static [Self] = &[#(#variants),*];
            }
        });
        let from_code = generated.from_code.then(|| {
            let lookup = self.own_from_code();
            quote! {
                #[doc = #from_code_doc]
                #inline
                #[must_use]
                #vis const fn from_code(#code: ::core::primitive::i32) -> ::core::option::Option<Self> {
                    #lookup
                }
            }
        });
        quote! {
            impl #ident {
                #variants
                #from_code
            }
        }
    }

    /// `Serialize`/`Deserialize` as the code, for an enum marked `#[kakao(serde)]`.
    fn serde(&self) -> TokenStream {
        serde_call(self.input, &self.krate, &self.ident)
    }
}
