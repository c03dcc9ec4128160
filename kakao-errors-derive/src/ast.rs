//! The typed model of a `#[derive(KakaoError)]` input, keeping the original syntax for spans.

use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::{Data, DeriveInput, Fields, Ident, Type, Visibility};

use crate::attr::{self, CodeValue, Doc, EnumAttrs, Spanned, VariantAttrs};
use crate::errors::Errors;
use crate::spans::LATER_KEYWORDS;

pub struct Enum<'a> {
    pub ident: &'a Ident,
    /// The enum's name as users read it (without `r#`).
    pub name: String,
    pub vis: &'a Visibility,
    pub attrs: EnumAttrs,
    pub variants: Vec<Variant<'a>>,
}

pub struct Variant<'a> {
    pub ident: &'a Ident,
    /// The name `name()` and `from_name` use, and messages show: the identifier without `r#`.
    pub name: String,
    pub kind: Kind<'a>,
}

pub enum Kind<'a> {
    /// A unit variant with its own code.
    Code(Box<Code>),
    /// `Name(Inner)` delegating to `Inner: KakaoError`.
    Transparent(Member<'a>),
    /// `Name(i32)`: the catch-all.
    Other(Texts),
}

pub struct Code {
    pub code: Spanned<CodeValue>,
    pub status: Option<Spanned<u16>>,
    /// `retry = true` as written, for spans (`None` for `retry = false` or no `retry`).
    pub retry_key: Option<Ident>,
    pub remedy: Option<Spanned<&'static str>>,
    /// `shares_code` as written: this code is an earlier variant's too, told apart by status.
    pub shares_code: Option<Ident>,
    /// A discriminant that is not an integer literal, next to a `code` key: the expansion
    /// checks at compile time that it is the code.
    pub unread_discriminant: Option<syn::Expr>,
    pub message: Message,
    pub texts: Texts,
}

impl Code {
    /// `retry = true`.
    pub fn retry(&self) -> bool {
        self.retry_key.is_some()
    }
}

/// The type of a transparent variant.
pub struct Member<'a> {
    /// As written, for the derive's own errors.
    pub written: &'a Type,
    /// As the expansion uses it (see [`derives_use`]).
    pub used: Type,
}

/// A code variant's English description.
pub enum Message {
    /// Known now: the `message` key, or a doc comment of literals.
    Text(String),
    /// Known at compile time only: `concat!(...)` of doc attributes with a macro call in them.
    Doc(TokenStream),
}

/// The optional texts; `message` only for the catch-all (code variants always have one).
pub struct Texts {
    pub message: Option<String>,
    pub message_ko: Option<String>,
    pub solution: Option<String>,
    pub solution_ko: Option<String>,
    /// `known_from`: a row not on its table's page, and where it is known from.
    pub known_from: Option<String>,
}

impl<'a> Enum<'a> {
    /// Builds the model, recording every mistake in `errors`. `None` when the input is not an
    /// enum at all; an enum with mistakes still yields a model so later checks can run.
    pub fn from_syn(input: &'a DeriveInput, errors: &mut Errors) -> Option<Self> {
        let data = match &input.data {
            Data::Enum(data) => data,
            Data::Struct(data) => {
                errors.spanned(
                    data.struct_token,
                    "#[derive(KakaoError)] is for enums of error codes, not structs",
                );
                return None;
            }
            Data::Union(data) => {
                errors.spanned(
                    data.union_token,
                    "#[derive(KakaoError)] is for enums of error codes, not unions",
                );
                return None;
            }
        };
        if !input.generics.params.is_empty() {
            errors.spanned(
                &input.generics,
                "#[derive(KakaoError)] does not support generic parameters: \
                 the codes must be known at compile time (`CODES` is a constant)",
            );
        }
        let attrs = attr::parse_enum(&input.attrs, errors);
        let variants = data
            .variants
            .iter()
            .filter_map(|variant| Variant::from_syn(variant, errors))
            .collect();
        Some(Enum {
            ident: &input.ident,
            name: input.ident.unraw().to_string(),
            vis: &input.vis,
            attrs,
            variants,
        })
    }

    pub fn has_transparent(&self) -> bool {
        self.variants
            .iter()
            .any(|v| matches!(v.kind, Kind::Transparent(_)))
    }

    /// The code variants with their codes, in declaration order.
    pub fn codes(&self) -> impl Iterator<Item = (&Variant<'a>, &Code)> {
        self.variants.iter().filter_map(|v| match &v.kind {
            Kind::Code(code) => Some((v, &**code)),
            _ => None,
        })
    }

    /// The transparent variants with their inner types as the expansion uses them, in
    /// declaration order.
    pub fn members(&self) -> impl Iterator<Item = (&Variant<'a>, &Type)> {
        self.written_members()
            .map(|(variant, member)| (variant, &member.used))
    }

    /// The transparent variants with their inner types, in declaration order.
    pub fn written_members(&self) -> impl Iterator<Item = (&Variant<'a>, &Member<'a>)> {
        self.variants.iter().filter_map(|v| match &v.kind {
            Kind::Transparent(member) => Some((v, member)),
            _ => None,
        })
    }

    /// The catch-all, if any.
    pub fn other(&self) -> Option<(&Variant<'a>, &Texts)> {
        self.variants.iter().find_map(|v| match &v.kind {
            Kind::Other(texts) => Some((v, texts)),
            _ => None,
        })
    }

    /// Which inherent items the enum gets: `VARIANTS` and `const fn from_code`, for an enum
    /// that wraps nothing, each unless a variant has its name (a path `Enum::from_code` then
    /// names the variant, so the item could never be reached).
    pub fn inherent(&self) -> Inherent {
        let free = |name: &str| {
            !self.has_transparent() && !self.variants.iter().any(|variant| variant.name == name)
        };
        Inherent {
            variants: free("VARIANTS"),
            from_code: free("from_code"),
        }
    }

    /// How the enum's own codes are written: `None` for plain numbers (or no own codes),
    /// or the prefix and digits of the first code.
    pub fn code_form(&self) -> Option<(&str, u8)> {
        self.codes()
            .next()
            .and_then(|(_, code)| code.code.value.form())
    }
}

/// The inherent items generated for an enum (see [`Enum::inherent`]).
#[derive(Clone, Copy)]
pub struct Inherent {
    pub variants: bool,
    pub from_code: bool,
}

impl<'a> Variant<'a> {
    fn from_syn(variant: &'a syn::Variant, errors: &mut Errors) -> Option<Self> {
        for field in &variant.fields {
            attr::reject_on_field(&field.attrs, errors);
        }
        let attrs = attr::parse_variant(&variant.attrs, errors);
        let name = variant.ident.unraw().to_string();
        let kind = match (&attrs.transparent, &attrs.other) {
            (Some(_), Some(other)) => {
                errors.spanned(
                    other,
                    "a variant is either `transparent` or `other`, not both",
                );
                None
            }
            (Some(transparent), None) => {
                transparent_kind(variant, &name, &attrs, transparent, errors)
            }
            (None, Some(other)) => other_kind(variant, &name, &attrs, other, errors),
            (None, None) => code_kind(variant, &name, attrs, errors),
        }?;
        Some(Variant {
            ident: &variant.ident,
            name,
            kind,
        })
    }
}

/// The single unnamed field of `Name(T)`, or an error naming what the key needs.
fn single_field<'a>(
    variant: &'a syn::Variant,
    name: &str,
    key: &Ident,
    shape: &str,
    errors: &mut Errors,
) -> Option<&'a Type> {
    match &variant.fields {
        Fields::Unnamed(fields) if fields.unnamed.len() == 1 => Some(&fields.unnamed[0].ty),
        Fields::Unit => {
            errors.spanned(
                &variant.ident,
                format!("`{key}` needs a one-field tuple variant: `{name}({shape})`"),
            );
            None
        }
        Fields::Unnamed(fields) if fields.unnamed.is_empty() => {
            errors.spanned(
                fields,
                format!(
                    "`{name}()` is an empty tuple variant; `{key}` needs one field: \
                     `{name}({shape})`"
                ),
            );
            None
        }
        fields => {
            errors.spanned(
                fields,
                format!("`{key}` needs exactly one unnamed field: `{name}({shape})`"),
            );
            None
        }
    }
}

/// Reports each of `keys` as not allowed on `what`.
fn reject_keys<'k>(keys: impl Iterator<Item = &'k Ident>, what: &str, errors: &mut Errors) {
    for key in keys {
        errors.spanned(key, format!("`{key}` cannot be set on {what}"));
    }
}

fn transparent_kind<'a>(
    variant: &'a syn::Variant,
    name: &str,
    attrs: &VariantAttrs,
    key: &Ident,
    errors: &mut Errors,
) -> Option<Kind<'a>> {
    // Keys it must not have are reported, and the variant kept as what it says it is, so
    // the checks across variants (the same type wrapped twice, ...) still see it.
    reject_keys(
        attrs.code_keys().chain(attrs.text_keys()),
        "a transparent variant: everything comes from the inner type",
        errors,
    );
    let ty = single_field(variant, name, key, "InnerError", errors)?;
    Some(Kind::Transparent(Member {
        written: ty,
        used: derives_use(ty),
    }))
}

fn other_kind<'a>(
    variant: &'a syn::Variant,
    name: &str,
    attrs: &VariantAttrs,
    key: &Ident,
    errors: &mut Errors,
) -> Option<Kind<'a>> {
    // A mistake here is reported, and the variant kept as a catch-all all the same, so that a
    // second catch-all is still reported.
    reject_keys(
        attrs.code_keys(),
        "the `other` variant: it holds whatever code was not listed, with no status, retry or remedy",
        errors,
    );
    if let Some(ty) = single_field(variant, name, key, "i32", errors) {
        if !is_i32(ty) {
            errors.spanned(
                ty,
                "the `other` variant holds the unknown code, so its field must be `i32`",
            );
        }
    }
    let text = |text: &Option<Spanned<String>>| text.as_ref().map(|text| text.value.clone());
    Some(Kind::Other(Texts {
        message: text(&attrs.message),
        message_ko: text(&attrs.message_ko),
        solution: text(&attrs.solution),
        solution_ko: text(&attrs.solution_ko),
        known_from: None,
    }))
}

fn code_kind<'a>(
    variant: &'a syn::Variant,
    name: &str,
    attrs: VariantAttrs,
    errors: &mut Errors,
) -> Option<Kind<'a>> {
    // A variant of the wrong shape is reported, and kept (with its code, if it has one) so
    // that the checks across variants (the same code twice, ...) still see it; only what it
    // lacks as a code variant is not reported too.
    let shaped = match &variant.fields {
        Fields::Unit => true,
        Fields::Unnamed(fields) if fields.unnamed.is_empty() => {
            errors.spanned(
                fields,
                format!(
                    "`{name}()` is an empty tuple variant; a variant with its own code is a \
                     unit variant: write `{name}`"
                ),
            );
            false
        }
        fields => {
            errors.spanned(
                fields,
                format!(
                    "`{name}` has fields, so it needs `#[kakao(transparent)]` (to wrap another \
                     KakaoError type) or `#[kakao(other)]` (the catch-all, holding an `i32`); \
                     a variant with its own code is a unit variant"
                ),
            );
            false
        }
    };
    // A key whose value was wrong, or an attribute that could not be read, is reported
    // already: don't also call the key missing.
    let (wrote_message, wrote_code) = (
        !shaped || attrs.malformed || attrs.wrote("message"),
        !shaped || attrs.malformed || attrs.wrote("code"),
    );
    let message = match (attrs.message, attrs.doc) {
        (Some(text), _) => Some(Message::Text(text.value)),
        (None, Some(Doc::Text(text))) => Some(Message::Text(text)),
        (None, Some(Doc::Expr(tokens))) => Some(Message::Doc(tokens)),
        (None, None) => None,
    };
    if message.is_none() && !wrote_message {
        errors.spanned(
            &variant.ident,
            format!(
                "`{name}` has no message: give it a doc comment with text (`/// ...`) \
                 or `#[kakao(message = \"...\")]`"
            ),
        );
    }
    // A unit variant's own discriminant (`CardDeclined = 7001`) is its code, or must be.
    let discriminant = match &variant.discriminant {
        Some((_, expr)) if shaped => Some(expr),
        _ => None,
    };
    let mut unread_discriminant = None;
    let code = match (attrs.code, discriminant) {
        (Some(code), Some(expr)) => {
            match read_discriminant(expr) {
                Some(value) if value != i128::from(code.value.number()) => {
                    errors.spanned(expr, discriminant_is_not_code(name, value, &code.value));
                }
                Some(_) => {}
                None => unread_discriminant = Some(expr.clone()),
            }
            code
        }
        (Some(code), None) => code,
        (None, Some(expr)) => {
            let Some(value) = read_discriminant(expr) else {
                errors.spanned(
                    expr,
                    format!(
                        "`{name}`'s discriminant is not an integer literal, so it cannot be \
                         read as the code: write the code, as the discriminant \
                         (`{name} = 7001`) or with `#[kakao(code = 7001)]`"
                    ),
                );
                return None;
            };
            let Ok(number) = i32::try_from(value) else {
                errors.spanned(
                    expr,
                    format!(
                        "`{name}`'s discriminant is its code, and a code must fit in i32 \
                         ({}..={})",
                        i32::MIN,
                        i32::MAX
                    ),
                );
                return None;
            };
            Spanned {
                value: CodeValue::Number(number),
                key: variant.ident.clone(),
                tokens: crate::spans::unwrap_invisible(expr.to_token_stream()),
            }
        }
        (None, None) => {
            if !wrote_code {
                errors.spanned(
                    &variant.ident,
                    format!("`{name}` has no code: add `#[kakao(code = ...)]`"),
                );
            }
            return None;
        }
    };
    Some(Kind::Code(Box::new(Code {
        code,
        unread_discriminant,
        status: attrs.status,
        retry_key: attrs
            .retry
            .filter(|retry| retry.value)
            .map(|retry| retry.key),
        remedy: attrs.remedy,
        shares_code: attrs.shares_code,
        // Without a message (reported above) the variant is still checked with the others;
        // nothing is generated from a model with mistakes.
        message: message.unwrap_or_else(|| Message::Text(String::new())),
        texts: Texts {
            message: None,
            message_ko: attrs.message_ko.map(|text| text.value),
            solution: attrs.solution.map(|text| text.value),
            solution_ko: attrs.solution_ko.map(|text| text.value),
            known_from: attrs.known_from.map(|text| text.value),
        },
    })))
}

/// The value of a discriminant written as an integer literal, negated or not, in parentheses
/// or not (`7001`, `-402`, `0x1B59`, `7001i32`); `None` for anything else (a constant, an
/// expression). A literal past `i128` reads as `i128::MAX`, which is no code.
fn read_discriminant(expr: &syn::Expr) -> Option<i128> {
    match expr {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Int(literal),
            ..
        }) => Some(literal.base10_parse::<i128>().unwrap_or(i128::MAX)),
        syn::Expr::Unary(syn::ExprUnary {
            op: syn::UnOp::Neg(_),
            expr,
            ..
        }) => read_discriminant(expr).map(i128::saturating_neg),
        // `$value:expr` inside a `macro_rules!`, and `(7001)`.
        syn::Expr::Group(group) => read_discriminant(&group.expr),
        syn::Expr::Paren(paren) => read_discriminant(&paren.expr),
        _ => None,
    }
}

/// The error for a discriminant `value` that is not `code`'s number.
fn discriminant_is_not_code(name: &str, value: i128, code: &CodeValue) -> String {
    let number = code.number();
    let code_text = match code {
        CodeValue::Number(_) => format!("code {number}"),
        CodeValue::Prefixed { .. } => format!("code {} (number {number})", code.text()),
    };
    format!(
        "`{name} = {value}` is not its {code_text}: `{name} as i32` would not be \
         `{name}.code()`; write `{name} = {number}`, or leave the discriminant out"
    )
}

/// `i32`, or `i32` spelled through `core`/`std`'s `primitive` module.
fn is_i32(ty: &Type) -> bool {
    let path = match ty {
        Type::Path(path) => path,
        // `$field:ty` inside a `macro_rules!`.
        Type::Group(group) => return is_i32(&group.elem),
        _ => return false,
    };
    if path.qself.is_some() {
        return false;
    }
    let segments: Vec<String> = path
        .path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    let no_arguments = path.path.segments.iter().all(|s| s.arguments.is_none());
    no_arguments
        && match segments.as_slice() {
            [ty] => ty == "i32" && path.path.leading_colon.is_none(),
            [root, module, ty] => {
                (root == "core" || root == "std") && module == "primitive" && ty == "i32"
            }
            _ => false,
        }
}

/// `ty` as the expansion's own use of it: each name located where the user wrote it (errors
/// point there) but marked as the derive's, so that the compiler does not count the
/// expansion's uses as the user's (a wrapper of a `#[deprecated]` type, allowed where the user
/// wrote it, gets no warning from the expansion). Left as they are: `$crate` (whose meaning
/// depends on the macro that wrote it), lifetimes, and words whose meaning depends on the
/// user's edition (`gen`, `dyn`, ...).
fn derives_use(ty: &Type) -> Type {
    fn respan(tokens: TokenStream) -> TokenStream {
        let mut lifetime = false;
        tokens
            .into_iter()
            .map(|token| {
                let after_quote = std::mem::take(&mut lifetime);
                match token {
                    TokenTree::Ident(mut ident)
                        if !after_quote
                            && ident != "$crate"
                            && !LATER_KEYWORDS.contains(&ident.to_string().as_str()) =>
                    {
                        ident.set_span(Span::call_site().located_at(ident.span()));
                        TokenTree::Ident(ident)
                    }
                    TokenTree::Group(group) => {
                        let mut respanned = Group::new(group.delimiter(), respan(group.stream()));
                        respanned.set_span(group.span());
                        TokenTree::Group(respanned)
                    }
                    TokenTree::Punct(punct) => {
                        lifetime = punct.as_char() == '\'';
                        TokenTree::Punct(punct)
                    }
                    token => token,
                }
            })
            .collect()
    }
    syn::parse2(respan(ty.to_token_stream())).unwrap_or_else(|_| ty.clone())
}

/// What tells two members apart as written: the type's name, where spellings that name one
/// type in every module (`Login`, `self::Login`) count as the same.
pub fn member_key(ty: &Type) -> String {
    let name = type_name(ty);
    name.strip_prefix("self::").unwrap_or(&name).to_owned()
}

/// The type as one compact string, for messages (`rest::Login`, not `rest :: Login`).
pub fn type_name(ty: &Type) -> String {
    ty.to_token_stream().to_string().replace(' ', "")
}
