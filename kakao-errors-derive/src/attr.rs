//! Parsing of `#[kakao(...)]` and doc comments on one variant.
//!
//! Parsing never stops at the first mistake: a key whose value is wrong is recorded as an error
//! and parsing goes on with the next key, so one build shows every mistake (`parse_nested_meta`
//! itself stops at the first `Err`, so closures return `Ok` for everything they can skip over).

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::meta::ParseNestedMeta;
use syn::{Attribute, Expr, ExprLit, Ident, Lit, LitInt, Meta, Token};

use crate::errors::Errors;

const KEYS: &str =
    "code, status, retry, message, message_ko, solution, solution_ko, transparent, other";

/// A parsed value with the tokens it was written as, for error spans.
pub struct Spanned<T> {
    pub value: T,
    pub tokens: TokenStream,
}

impl<T> Spanned<T> {
    /// The span of the first token, for generated items that must point at the value.
    pub fn span(&self) -> Span {
        self.tokens
            .clone()
            .into_iter()
            .next()
            .map_or_else(Span::call_site, |token| token.span())
    }
}

/// Everything written on one variant.
#[derive(Default)]
pub struct VariantAttrs {
    pub code: Option<Spanned<i32>>,
    pub status: Option<Spanned<u16>>,
    pub retry: Option<Spanned<bool>>,
    pub message: Option<Spanned<String>>,
    pub message_ko: Option<Spanned<String>>,
    pub solution: Option<Spanned<String>>,
    pub solution_ko: Option<Spanned<String>>,
    /// The `transparent` key as written, for spans.
    pub transparent: Option<Ident>,
    /// The `other` key as written, for spans.
    pub other: Option<Ident>,
    /// The first paragraph of the doc comment, lines joined with single spaces.
    pub doc: Option<String>,
    /// Every key written, valid or not, so a bad value is not also reported as a missing key.
    pub written: Vec<String>,
}

impl VariantAttrs {
    pub fn wrote(&self, key: &str) -> bool {
        self.written.iter().any(|written| written == key)
    }

    /// The keys that carry data of a code variant, as written, for "not allowed here" errors.
    pub fn code_keys(&self) -> Vec<(&'static str, TokenStream)> {
        let mut keys = Vec::new();
        if let Some(code) = &self.code {
            keys.push(("code", code.tokens.clone()));
        }
        if let Some(status) = &self.status {
            keys.push(("status", status.tokens.clone()));
        }
        if let Some(retry) = &self.retry {
            keys.push(("retry", retry.tokens.clone()));
        }
        keys
    }

    /// The text keys, as written.
    pub fn text_keys(&self) -> Vec<(&'static str, TokenStream)> {
        [
            ("message", &self.message),
            ("message_ko", &self.message_ko),
            ("solution", &self.solution),
            ("solution_ko", &self.solution_ko),
        ]
        .into_iter()
        .filter_map(|(key, text)| text.as_ref().map(|text| (key, text.tokens.clone())))
        .collect()
    }
}

/// Reports every `#[kakao(...)]` on the enum itself: the keys belong on variants.
pub fn reject_on_enum(attrs: &[Attribute], errors: &mut Errors) {
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("kakao")) {
        errors.spanned(
            attr,
            "#[kakao(...)] goes on the variants, not on the enum: write it above each variant",
        );
    }
}

pub fn parse_variant(attrs: &[Attribute], errors: &mut Errors) -> VariantAttrs {
    let mut parsed = VariantAttrs::default();
    let mut doc_lines = Vec::new();
    for attr in attrs {
        if attr.path().is_ident("doc") {
            if let Some(line) = doc_line(&attr.meta) {
                doc_lines.push(line);
            }
        } else if attr.path().is_ident("kakao") {
            if let Err(error) = attr.parse_nested_meta(|meta| parse_key(&meta, &mut parsed, errors))
            {
                errors.push(error);
            }
        }
    }
    parsed.doc = first_paragraph(&doc_lines);
    parsed
}

fn doc_line(meta: &Meta) -> Option<String> {
    match meta {
        Meta::NameValue(name_value) => match &name_value.value {
            Expr::Lit(ExprLit {
                lit: Lit::Str(text),
                ..
            }) => Some(text.value()),
            _ => None,
        },
        _ => None,
    }
}

/// Lines up to the first blank one after some text, trimmed and joined with single spaces.
fn first_paragraph(lines: &[String]) -> Option<String> {
    let mut paragraph = String::new();
    for line in lines.iter().flat_map(|attr| attr.split('\n')) {
        let line = line.trim();
        if line.is_empty() {
            if paragraph.is_empty() {
                continue;
            }
            break;
        }
        if !paragraph.is_empty() {
            paragraph.push(' ');
        }
        paragraph.push_str(line);
    }
    (!paragraph.is_empty()).then_some(paragraph)
}

fn parse_key(
    meta: &ParseNestedMeta,
    parsed: &mut VariantAttrs,
    errors: &mut Errors,
) -> syn::Result<()> {
    let Some(key) = meta.path.get_ident() else {
        errors.spanned(&meta.path, format!("unknown key; expected one of: {KEYS}"));
        skip_value(meta)?;
        return Ok(());
    };
    parsed.written.push(key.to_string());
    match key.to_string().as_str() {
        "code" => {
            if let Some(tokens) = take_value(meta, key, "code = -402", errors)? {
                let code = parse_int(
                    &tokens,
                    "code",
                    "an integer literal, e.g. `code = -402`",
                    errors,
                )
                .and_then(|value| match i32::try_from(value) {
                    Ok(code) => Some(code),
                    Err(_) => {
                        errors.spanned(
                            &tokens,
                            "`code` does not fit in i32 (-2147483648..=2147483647)",
                        );
                        None
                    }
                });
                set_once(
                    &mut parsed.code,
                    key,
                    code.map(|value| Spanned { value, tokens }),
                    errors,
                );
            }
        }
        "status" => {
            if let Some(tokens) = take_value(meta, key, "status = 403", errors)? {
                let status = parse_int(
                    &tokens,
                    "status",
                    "an HTTP status literal, e.g. `status = 403`",
                    errors,
                )
                .and_then(|value| match u16::try_from(value) {
                    Ok(status @ 100..=599) => Some(status),
                    _ => {
                        errors.spanned(&tokens, "`status` must be an HTTP status in 100..=599");
                        None
                    }
                });
                set_once(
                    &mut parsed.status,
                    key,
                    status.map(|value| Spanned { value, tokens }),
                    errors,
                );
            }
        }
        "retry" => {
            if let Some(tokens) = take_value(meta, key, "retry = true", errors)? {
                let retry = match syn::parse2::<syn::LitBool>(tokens.clone()) {
                    Ok(flag) => Some(flag.value),
                    Err(_) => {
                        errors.spanned(&tokens, "`retry` takes `true` or `false`");
                        None
                    }
                };
                set_once(
                    &mut parsed.retry,
                    key,
                    retry.map(|value| Spanned { value, tokens }),
                    errors,
                );
            }
        }
        "message" => parse_text(meta, key, &mut parsed.message, errors)?,
        "message_ko" => parse_text(meta, key, &mut parsed.message_ko, errors)?,
        "solution" => parse_text(meta, key, &mut parsed.solution, errors)?,
        "solution_ko" => parse_text(meta, key, &mut parsed.solution_ko, errors)?,
        "transparent" => parse_flag(meta, key, &mut parsed.transparent, errors)?,
        "other" => parse_flag(meta, key, &mut parsed.other, errors)?,
        _ => {
            errors.spanned(key, format!("unknown key `{key}`; expected one of: {KEYS}"));
            skip_value(meta)?;
        }
    }
    Ok(())
}

fn set_once<T>(slot: &mut Option<T>, key: &Ident, value: Option<T>, errors: &mut Errors) {
    if slot.is_some() {
        errors.spanned(
            key,
            format!("`{key}` is given more than once on this variant"),
        );
    } else if value.is_some() {
        *slot = value;
    }
}

fn parse_text(
    meta: &ParseNestedMeta,
    key: &Ident,
    slot: &mut Option<Spanned<String>>,
    errors: &mut Errors,
) -> syn::Result<()> {
    let example = format!("{key} = \"...\"");
    if let Some(tokens) = take_value(meta, key, &example, errors)? {
        let text = match syn::parse2::<syn::LitStr>(unwrap_invisible(tokens.clone())) {
            Ok(text) if text.value().trim().is_empty() => {
                errors.spanned(&tokens, format!("`{key}` must not be empty"));
                None
            }
            Ok(text) => Some(text.value()),
            Err(_) => {
                errors.spanned(
                    &tokens,
                    format!("`{key}` takes a string literal, e.g. `{example}`"),
                );
                None
            }
        };
        set_once(
            slot,
            key,
            text.map(|value| Spanned { value, tokens }),
            errors,
        );
    }
    Ok(())
}

fn parse_flag(
    meta: &ParseNestedMeta,
    key: &Ident,
    slot: &mut Option<Ident>,
    errors: &mut Errors,
) -> syn::Result<()> {
    if meta.input.peek(Token![=]) || meta.input.peek(syn::token::Paren) {
        errors.spanned(
            key,
            format!("`{key}` is a flag and takes no value: write `#[kakao({key})]`"),
        );
        skip_value(meta)?;
        return Ok(());
    }
    set_once(slot, key, Some(key.clone()), errors);
    Ok(())
}

/// The tokens after `key =`, up to the next top-level comma. `None` (with an error recorded)
/// when the key has no `= value`.
fn take_value(
    meta: &ParseNestedMeta,
    key: &Ident,
    example: &str,
    errors: &mut Errors,
) -> syn::Result<Option<TokenStream>> {
    if !meta.input.peek(Token![=]) {
        errors.spanned(key, format!("`{key}` needs a value: `{example}`"));
        skip_value(meta)?;
        return Ok(None);
    }
    meta.input.parse::<Token![=]>()?;
    let tokens = rest_of_value(meta)?;
    if tokens.is_empty() {
        errors.spanned(key, format!("`{key}` needs a value after `=`: `{example}`"));
        return Ok(None);
    }
    Ok(Some(tokens))
}

/// Consumes whatever follows a key (`= value` or `(...)`) so parsing can go on with the next key.
fn skip_value(meta: &ParseNestedMeta) -> syn::Result<()> {
    if meta.input.peek(Token![=]) {
        meta.input.parse::<Token![=]>()?;
    }
    rest_of_value(meta).map(drop)
}

fn rest_of_value(meta: &ParseNestedMeta) -> syn::Result<TokenStream> {
    let mut tokens = TokenStream::new();
    while !meta.input.is_empty() && !meta.input.peek(Token![,]) {
        tokens.extend([meta.input.parse::<TokenTree>()?]);
    }
    Ok(tokens)
}

/// A literal passed through a `macro_rules!` fragment arrives wrapped in an invisible group.
fn unwrap_invisible(tokens: TokenStream) -> TokenStream {
    let mut iter = tokens.clone().into_iter();
    match (iter.next(), iter.next()) {
        (Some(TokenTree::Group(group)), None) if group.delimiter() == Delimiter::None => {
            unwrap_invisible(group.stream())
        }
        _ => tokens,
    }
}

/// An integer literal, optionally negative, as written in `tokens`.
fn parse_int(tokens: &TokenStream, key: &str, expected: &str, errors: &mut Errors) -> Option<i128> {
    let inner = unwrap_invisible(tokens.clone());
    let trees: Vec<TokenTree> = inner.into_iter().collect();
    let (negative, literal) = match trees.as_slice() {
        [TokenTree::Punct(minus), literal] if minus.as_char() == '-' => (true, literal),
        [literal] => (false, literal),
        _ => {
            errors.spanned(tokens, format!("`{key}` takes {expected}"));
            return None;
        }
    };
    let Ok(literal) = syn::parse2::<LitInt>(unwrap_invisible(literal.to_token_stream())) else {
        errors.spanned(tokens, format!("`{key}` takes {expected}"));
        return None;
    };
    if !literal.suffix().is_empty() {
        errors.spanned(
            tokens,
            format!(
                "`{key}` takes an unsuffixed integer; remove `{}`",
                literal.suffix()
            ),
        );
        return None;
    }
    let Ok(magnitude) = literal.base10_digits().parse::<i128>() else {
        errors.spanned(tokens, format!("`{key}` is out of range"));
        return None;
    };
    Some(if negative { -magnitude } else { magnitude })
}
