//! Parsing of `#[kakao(...)]` and doc comments on one variant.
//!
//! Parsing never stops at the first mistake: a key whose value is wrong is recorded as an error
//! and parsing goes on with the next key, so one build shows every mistake (`parse_nested_meta`
//! itself stops at the first `Err`, so closures return `Ok` for everything they can skip over).

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use quote::ToTokens;
use syn::meta::ParseNestedMeta;
use syn::{Attribute, Expr, ExprLit, Ident, Lit, LitInt, Meta, Token};

use crate::errors::Errors;

const KEYS: &str =
    "code, status, retry, message, message_ko, solution, solution_ko, transparent, other";

/// A parsed value with its key and the tokens it was written as, for error spans.
pub struct Spanned<T> {
    pub value: T,
    pub key: Ident,
    pub tokens: TokenStream,
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
    /// A `#[kakao ...]` whose syntax could not be read: what it meant to say is unknown, so
    /// nothing is reported as missing.
    pub malformed: bool,
}

impl VariantAttrs {
    pub fn wrote(&self, key: &str) -> bool {
        self.written.iter().any(|written| written == key)
    }

    /// The keys only a code variant takes (`code`, `status`, `retry`), as written.
    pub fn code_keys(&self) -> impl Iterator<Item = &Ident> {
        let code = self.code.as_ref().map(|code| &code.key);
        let status = self.status.as_ref().map(|status| &status.key);
        let retry = self.retry.as_ref().map(|retry| &retry.key);
        [code, status, retry].into_iter().flatten()
    }

    /// The text keys, as written.
    pub fn text_keys(&self) -> impl Iterator<Item = &Ident> {
        [
            &self.message,
            &self.message_ko,
            &self.solution,
            &self.solution_ko,
        ]
        .into_iter()
        .filter_map(|text| text.as_ref().map(|text| &text.key))
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

/// Reports every `#[kakao(...)]` on a field: the keys belong on the variant.
pub fn reject_on_field(attrs: &[Attribute], errors: &mut Errors) {
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("kakao")) {
        errors.spanned(
            attr,
            "#[kakao(...)] goes on the variant, not on its field: move it above the variant",
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
                parsed.malformed = true;
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
        return skip_value(meta);
    };
    let name = key.to_string();
    if parsed.wrote(&name) {
        errors.spanned(
            key,
            format!("`{key}` is given more than once on this variant"),
        );
        return skip_value(meta);
    }
    parsed.written.push(name.clone());
    match name.as_str() {
        "code" => {
            parsed.code = parse_value(meta, key, "code = -402", errors, |tokens, errors| {
                let value = parse_int(
                    tokens,
                    key,
                    "an integer literal, e.g. `code = -402`",
                    errors,
                )?;
                let code = i32::try_from(value).ok();
                if code.is_none() {
                    errors.spanned(
                        tokens,
                        "`code` does not fit in i32 (-2147483648..=2147483647)",
                    );
                }
                code
            })?;
        }
        "status" => {
            parsed.status = parse_value(meta, key, "status = 403", errors, |tokens, errors| {
                let value = parse_int(
                    tokens,
                    key,
                    "an HTTP status literal, e.g. `status = 403`",
                    errors,
                )?;
                let status = u16::try_from(value)
                    .ok()
                    .filter(|status| (100..=599).contains(status));
                if status.is_none() {
                    errors.spanned(tokens, "`status` must be an HTTP status in 100..=599");
                }
                status
            })?;
        }
        "retry" => {
            parsed.retry = parse_value(meta, key, "retry = true", errors, |tokens, errors| {
                let retry = syn::parse2::<syn::LitBool>(unwrap_invisible(tokens.clone())).ok();
                if retry.is_none() {
                    errors.spanned(tokens, "`retry` takes `true` or `false`");
                }
                retry.map(|flag| flag.value)
            })?;
        }
        "message" => parsed.message = parse_text(meta, key, errors)?,
        "message_ko" => parsed.message_ko = parse_text(meta, key, errors)?,
        "solution" => parsed.solution = parse_text(meta, key, errors)?,
        "solution_ko" => parsed.solution_ko = parse_text(meta, key, errors)?,
        "transparent" => parsed.transparent = Some(parse_flag(meta, key, errors)?),
        "other" => parsed.other = Some(parse_flag(meta, key, errors)?),
        _ => {
            errors.spanned(key, format!("unknown key `{key}`; expected one of: {KEYS}"));
            skip_value(meta)?;
        }
    }
    Ok(())
}

/// Reads `key = value` with `interpret`, which records its own errors and gives `None` for a
/// value it cannot use.
fn parse_value<T>(
    meta: &ParseNestedMeta,
    key: &Ident,
    example: &str,
    errors: &mut Errors,
    interpret: impl FnOnce(&TokenStream, &mut Errors) -> Option<T>,
) -> syn::Result<Option<Spanned<T>>> {
    let Some(tokens) = take_value(meta, key, example, errors)? else {
        return Ok(None);
    };
    Ok(interpret(&tokens, errors).map(|value| Spanned {
        value,
        key: key.clone(),
        tokens,
    }))
}

fn parse_text(
    meta: &ParseNestedMeta,
    key: &Ident,
    errors: &mut Errors,
) -> syn::Result<Option<Spanned<String>>> {
    let example = format!("{key} = \"...\"");
    parse_value(
        meta,
        key,
        &example,
        errors,
        |tokens, errors| match syn::parse2::<syn::LitStr>(unwrap_invisible(tokens.clone())) {
            Ok(text) if text.value().trim().is_empty() => {
                errors.spanned(tokens, format!("`{key}` must not be empty or blank"));
                None
            }
            Ok(text) => Some(text.value()),
            Err(_) => {
                errors.spanned(
                    tokens,
                    format!("`{key}` takes a string literal, e.g. `{example}`"),
                );
                None
            }
        },
    )
}

/// A flag key. Kept even when a value was wrongly given: the intent is clear, and the variant
/// is then checked as what it meant to be instead of being reported again as a code variant.
fn parse_flag(meta: &ParseNestedMeta, key: &Ident, errors: &mut Errors) -> syn::Result<Ident> {
    if meta.input.peek(Token![=]) || meta.input.peek(syn::token::Paren) {
        errors.spanned(
            key,
            format!("`{key}` is a flag and takes no value: write `#[kakao({key})]`"),
        );
        skip_value(meta)?;
    }
    Ok(key.clone())
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
fn parse_int(
    tokens: &TokenStream,
    key: &Ident,
    expected: &str,
    errors: &mut Errors,
) -> Option<i128> {
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
