//! Parsing of `#[kakao(...)]` (on the enum and on variants) and of doc comments.
//!
//! The list inside `#[kakao(...)]` is read token by token rather than with
//! `parse_nested_meta`, which stops at the first mistake: every key is checked, a wrong value
//! is reported and skipped, and a separator typo (a missing `,`, a `;`) is reported where it
//! is, with the keys after it still read. Values passed through `macro_rules!` fragments arrive
//! wrapped in invisible groups; they are unwrapped, so every error points at the token the
//! macro's caller wrote.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::{Attribute, Expr, ExprLit, Ident, Lit, LitInt, LitStr, Meta};

use crate::errors::Errors;
use crate::markdown;
use crate::spans::unwrap_invisible;

/// The keys a variant takes.
const VARIANT_KEYS: &[&str] = &[
    "code",
    "status",
    "retry",
    "remedy",
    "shares_code",
    "message",
    "message_ko",
    "solution",
    "solution_ko",
    "known_from",
    "transparent",
    "other",
];

/// The keys the enum takes.
const ENUM_KEYS: &[&str] = &["crate", "serde"];

/// The keys that are flags (no value).
const FLAGS: &[&str] = &["shares_code", "transparent", "other", "serde"];

/// The names `remedy = ...` takes: the variants of `kakao_errors::Remedy`.
pub const REMEDIES: &[&str] = &[
    "Retry",
    "Throttled",
    "Maintenance",
    "RetryLater",
    "OutcomeUnknown",
    "RefreshToken",
    "Relogin",
    "RequestConsent",
    "FixRequest",
    "StartOver",
    "DeliverAnotherWay",
    "FixAppSettings",
    "UserAction",
    "ContactSupport",
    "Unknown",
];

/// The remedies a `retry = true` code may have: the ones that send the same request again.
pub const RETRY_REMEDIES: &[&str] = &["Retry", "Throttled", "Maintenance"];

/// A parsed value with its key and the tokens it was written as, for error spans.
pub struct Spanned<T> {
    pub value: T,
    pub key: Ident,
    /// The value's tokens, invisible groups removed.
    pub tokens: TokenStream,
}

/// A code as written: `-402`, or `"KOE320"`.
#[derive(Clone, PartialEq, Eq)]
pub enum CodeValue {
    Number(i32),
    Prefixed {
        prefix: String,
        digits: u8,
        number: i32,
    },
}

impl CodeValue {
    pub fn number(&self) -> i32 {
        match *self {
            Self::Number(number) | Self::Prefixed { number, .. } => number,
        }
    }

    /// How the code is written: `-402`, `KOE320`.
    pub fn text(&self) -> String {
        match self {
            Self::Number(number) => number.to_string(),
            Self::Prefixed {
                prefix,
                digits,
                number,
            } => format!("{prefix}{number:0width$}", width = usize::from(*digits)),
        }
    }

    /// The written form without the number: `None` for a plain number, or prefix and digits.
    pub fn form(&self) -> Option<(&str, u8)> {
        match self {
            Self::Number(_) => None,
            Self::Prefixed { prefix, digits, .. } => Some((prefix, *digits)),
        }
    }
}

/// A doc comment, as far as the derive can read it.
pub enum Doc {
    /// The first paragraph, when every `#[doc]` is a literal.
    Text(String),
    /// `concat!(...)` of the doc attributes, when one is a macro call (`include_str!`): the
    /// first paragraph is then taken at compile time.
    Expr(TokenStream),
}

/// Everything written on one variant.
#[derive(Default)]
pub struct VariantAttrs {
    pub code: Option<Spanned<CodeValue>>,
    pub status: Option<Spanned<u16>>,
    pub retry: Option<Spanned<bool>>,
    pub remedy: Option<Spanned<&'static str>>,
    pub shares_code: Option<Ident>,
    pub message: Option<Spanned<String>>,
    pub message_ko: Option<Spanned<String>>,
    pub solution: Option<Spanned<String>>,
    pub solution_ko: Option<Spanned<String>>,
    /// Where a row that is not on its table's page is known from.
    pub known_from: Option<Spanned<String>>,
    /// The `transparent` key as written, for spans.
    pub transparent: Option<Ident>,
    /// The `other` key as written, for spans.
    pub other: Option<Ident>,
    pub doc: Option<Doc>,
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

    /// The keys only a code variant takes, as written.
    pub fn code_keys(&self) -> impl Iterator<Item = &Ident> {
        [
            self.code.as_ref().map(|v| &v.key),
            self.status.as_ref().map(|v| &v.key),
            self.retry.as_ref().map(|v| &v.key),
            self.remedy.as_ref().map(|v| &v.key),
            self.shares_code.as_ref(),
            self.known_from.as_ref().map(|v| &v.key),
        ]
        .into_iter()
        .flatten()
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

/// Everything written on the enum.
#[derive(Default)]
pub struct EnumAttrs {
    /// `crate = path`: where the `kakao_errors` crate is.
    pub krate: Option<Spanned<syn::Path>>,
    /// `serde`: implement `Serialize`/`Deserialize`.
    pub serde: Option<Ident>,
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

pub fn parse_enum(attrs: &[Attribute], errors: &mut Errors) -> EnumAttrs {
    let mut parsed = EnumAttrs::default();
    let mut written: Vec<String> = Vec::new();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("kakao")) {
        let Some(items) = items_of(attr, errors) else {
            continue;
        };
        for item in items {
            let name = item.key.to_string();
            if !check_key(&item, &name, ENUM_KEYS, VARIANT_KEYS, "the enum", errors)
                || repeated(&item.key, &name, &mut written, "the enum", errors)
            {
                continue;
            }
            match name.as_str() {
                "crate" => parsed.krate = crate_path(&item, errors),
                "serde" => parsed.serde = flag(&item, errors),
                _ => {} // `check_key` lets through only the keys above.
            }
        }
    }
    parsed
}

pub fn parse_variant(attrs: &[Attribute], errors: &mut Errors) -> VariantAttrs {
    let mut parsed = VariantAttrs::default();
    let mut doc = DocParts::default();
    for attr in attrs {
        if attr.path().is_ident("doc") {
            doc.push(&attr.meta);
            continue;
        }
        if !attr.path().is_ident("kakao") {
            continue;
        }
        let Some(items) = items_of(attr, errors) else {
            parsed.malformed = true;
            continue;
        };
        for item in items {
            let name = item.key.to_string();
            if !check_key(&item, &name, VARIANT_KEYS, ENUM_KEYS, "a variant", errors)
                || repeated(
                    &item.key,
                    &name,
                    &mut parsed.written,
                    "this variant",
                    errors,
                )
            {
                continue;
            }
            match name.as_str() {
                "code" => parsed.code = code(&item, errors),
                "status" => parsed.status = status(&item, errors),
                "retry" => parsed.retry = retry(&item, errors),
                "remedy" => parsed.remedy = remedy(&item, errors),
                "message" => parsed.message = text(&item, errors),
                "message_ko" => parsed.message_ko = text(&item, errors),
                "solution" => parsed.solution = text(&item, errors),
                "solution_ko" => parsed.solution_ko = text(&item, errors),
                "known_from" => parsed.known_from = text(&item, errors),
                "shares_code" => parsed.shares_code = flag(&item, errors),
                "transparent" => parsed.transparent = flag(&item, errors),
                "other" => parsed.other = flag(&item, errors),
                _ => {} // `check_key` lets through only the keys above.
            }
        }
    }
    parsed.doc = doc.finish();
    parsed
}

/// Whether `name` is one of `keys`; otherwise reports it (as belonging elsewhere, or
/// unknown, with the closest key as a suggestion) and skips it.
fn check_key(
    item: &Item,
    name: &str,
    keys: &[&str],
    elsewhere: &[&str],
    place: &str,
    errors: &mut Errors,
) -> bool {
    if keys.contains(&name) {
        return true;
    }
    let message = if elsewhere.contains(&name) {
        let there = if place == "the enum" {
            "a variant"
        } else {
            "the enum"
        };
        format!("`{name}` goes on {there}, not on {place}")
    } else {
        let known = format!("keys on {place}: {}", keys.join(", "));
        match closest(name, keys) {
            Some(close) => format!("unknown key `{name}`; did you mean `{close}`? ({known})"),
            None => format!("unknown key `{name}`; {known}"),
        }
    };
    errors.spanned(&item.key, message);
    false
}

/// Whether `key` was already given here (reported); records it otherwise.
fn repeated(
    key: &Ident,
    name: &str,
    written: &mut Vec<String>,
    place: &str,
    errors: &mut Errors,
) -> bool {
    if written.iter().any(|w| w == name) {
        errors.spanned(key, format!("`{key}` is given more than once on {place}"));
        return true;
    }
    written.push(name.to_owned());
    false
}

/// The key of `keys` closest to `name` (by edit distance), if it is close enough to be a typo.
fn closest<'k>(name: &str, keys: &[&'k str]) -> Option<&'k str> {
    keys.iter()
        .map(|key| (edit_distance(name, key), *key))
        .filter(|&(distance, key)| distance <= 2.max(key.len() / 3))
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, key)| key)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let next = (row[j + 1] + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != cb));
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

// ---------------------------------------------------------------------------------------------
// The list inside #[kakao(...)]
// ---------------------------------------------------------------------------------------------

/// One `key` or `key = value` of a `#[kakao(...)]` list.
struct Item {
    key: Ident,
    /// The tokens after `=`, invisible groups removed; `None` for a flag.
    value: Option<TokenStream>,
    /// The `=`, for an error about a missing value.
    eq: Option<Span>,
}

/// The items of a `#[kakao(...)]`; `None` (with an error) when it is not a parenthesized list.
fn items_of(attr: &Attribute, errors: &mut Errors) -> Option<Vec<Item>> {
    let list = match &attr.meta {
        Meta::List(list) if matches!(list.delimiter, syn::MacroDelimiter::Paren(_)) => list,
        Meta::List(list) => {
            // At the brackets or braces and what they hold (which may be nothing).
            let delimiters = match &list.delimiter {
                syn::MacroDelimiter::Paren(paren) => paren.span,
                syn::MacroDelimiter::Brace(brace) => brace.span,
                syn::MacroDelimiter::Bracket(bracket) => bracket.span,
            };
            errors.at(
                delimiters.join(),
                "write the keys in parentheses: `#[kakao(key = value, ...)]`",
            );
            return None;
        }
        Meta::Path(path) => {
            errors.spanned(
                path,
                "`#[kakao]` needs keys: `#[kakao(key = value, ...)]`, e.g. `#[kakao(code = -402)]`",
            );
            return None;
        }
        Meta::NameValue(meta) => {
            errors.spanned(
                meta,
                "write the keys in parentheses: `#[kakao(key = value, ...)]`",
            );
            return None;
        }
    };
    let tokens: Vec<TokenTree> = list.tokens.clone().into_iter().collect();
    Some(split_items(&tokens, errors))
}

fn is_punct(token: &TokenTree, ch: char) -> bool {
    matches!(token, TokenTree::Punct(p) if p.as_char() == ch)
}

fn is_separator(token: &TokenTree) -> bool {
    is_punct(token, ',') || is_punct(token, ';')
}

/// Splits the tokens of a list into items, reporting separator mistakes where they are.
fn split_items(tokens: &[TokenTree], errors: &mut Errors) -> Vec<Item> {
    let mut items = Vec::new();
    let mut at = 0;
    while at < tokens.len() {
        match &tokens[at] {
            token if is_punct(token, ',') => {
                errors.spanned(token, "expected a key here: remove the extra `,`");
                at += 1;
                continue;
            }
            token if is_punct(token, ';') => {
                errors.spanned(token, "keys are separated by `,`, not `;`");
                at += 1;
                continue;
            }
            TokenTree::Ident(key) => {
                at += 1;
                let (item, next) = item_after_key(key.clone(), tokens, at, errors);
                items.push(item);
                at = next;
            }
            other => {
                errors.spanned(
                    other,
                    "expected a key, such as `code = -402` or `transparent`",
                );
                // Skip to the next separator and go on.
                while at < tokens.len() && !is_separator(&tokens[at]) {
                    at += 1;
                }
            }
        }
        // After an item: a separator, or a missing one (reported, and the next key read).
        match tokens.get(at) {
            None => {}
            Some(token) if is_punct(token, ',') => at += 1,
            Some(token) if is_punct(token, ';') => {
                errors.spanned(token, "keys are separated by `,`, not `;`: write `,` here");
                at += 1;
            }
            Some(token) => {
                let message = match token {
                    TokenTree::Ident(next) => format!("expected `,` before `{next}`"),
                    _ => "expected `,` here".to_owned(),
                };
                errors.spanned(token, message);
            }
        }
    }
    items
}

/// The item starting with `key` (its value from `tokens[at..]`); gives the item and where the
/// item ends (at its separator, or where a missing separator was found).
fn item_after_key(
    key: Ident,
    tokens: &[TokenTree],
    at: usize,
    errors: &mut Errors,
) -> (Item, usize) {
    let flag = |at| {
        let item = Item {
            key: key.clone(),
            value: None,
            eq: None,
        };
        (item, at)
    };
    match tokens.get(at) {
        None => flag(at),
        Some(token) if is_separator(token) => flag(at),
        Some(token) if is_punct(token, '=') => {
            let (value, end) = value_tokens(tokens, at + 1);
            let item = Item {
                key,
                value: Some(value),
                eq: Some(token.span()),
            };
            (item, end)
        }
        Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Parenthesis => {
            errors.spanned(group, format!("write `{key} = value`, not `{key}(...)`"));
            flag(at + 1)
        }
        // `transparent other`: the caller reports the missing `,`.
        Some(_) if FLAGS.contains(&key.to_string().as_str()) => flag(at),
        Some(token) if starts_item(&TokenTree::Ident(key.clone()), token, tokens.get(at + 1)) => {
            flag(at)
        }
        // `code -402`: the value is there, the `=` is not.
        Some(token) => {
            errors.spanned(
                token,
                format!("expected `=` between `{key}` and its value: `{key} = ...`"),
            );
            let (value, end) = value_tokens(tokens, at);
            let item = Item {
                key,
                value: Some(value),
                eq: Some(token.span()),
            };
            (item, end)
        }
    }
}

/// The value starting at `tokens[start]`: up to the next separator, or to a key that follows
/// a complete value without a `,` (`code = -402 status = 403`: a key is an identifier after a
/// token that ends a value). Gives the value (invisible groups opened) and where it ends.
fn value_tokens(tokens: &[TokenTree], start: usize) -> (TokenStream, usize) {
    let mut at = start;
    while at < tokens.len() && !is_separator(&tokens[at]) {
        if at > start && starts_item(&tokens[at - 1], &tokens[at], tokens.get(at + 1)) {
            break;
        }
        at += 1;
    }
    let value: TokenStream = tokens[start..at].iter().cloned().collect();
    (unwrap_invisible(value), at)
}

/// Whether `token`, after `previous` and before `next`, starts a new `key` or `key = ...` item
/// (so a `,` is missing before it): an identifier that does not continue a path.
fn starts_item(previous: &TokenTree, token: &TokenTree, next: Option<&TokenTree>) -> bool {
    let TokenTree::Ident(ident) = token else {
        return false;
    };
    if matches!(previous, TokenTree::Punct(_)) {
        return false;
    }
    let name = ident.to_string();
    // Every flag is a variant or enum key (see the test `flags_are_keys`).
    next.is_some_and(|next| is_punct(next, '='))
        || VARIANT_KEYS.contains(&name.as_str())
        || ENUM_KEYS.contains(&name.as_str())
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

/// The value of `item`, or an error that it needs one (`example` shows how).
fn value_of<'i>(item: &'i Item, example: &str, errors: &mut Errors) -> Option<&'i TokenStream> {
    let key = &item.key;
    match (&item.value, item.eq) {
        (Some(value), _) if !value.is_empty() => Some(value),
        (_, Some(eq)) => {
            errors.at(eq, format!("`{key}` needs a value after `=`: `{example}`"));
            None
        }
        _ => {
            errors.spanned(key, format!("`{key}` needs a value: `{example}`"));
            None
        }
    }
}

fn spanned<T>(item: &Item, value: T) -> Spanned<T> {
    Spanned {
        value,
        key: item.key.clone(),
        tokens: item.value.clone().unwrap_or_default(),
    }
}

fn flag(item: &Item, errors: &mut Errors) -> Option<Ident> {
    let key = &item.key;
    if item.value.is_some() || item.eq.is_some() {
        errors.spanned(
            key,
            format!("`{key}` is a flag and takes no value: write `#[kakao({key})]`"),
        );
    }
    // Kept even when a value was wrongly given: the intent is clear, and the variant is then
    // checked as what it meant to be.
    Some(key.clone())
}

fn code(item: &Item, errors: &mut Errors) -> Option<Spanned<CodeValue>> {
    let tokens = value_of(item, "code = -402", errors)?;
    let code = if let Ok(text) = syn::parse2::<LitStr>(tokens.clone()) {
        prefixed_code(&text, tokens, errors)?
    } else {
        let value = integer(
            tokens,
            "code",
            "an integer literal (`code = -402`) or a prefixed code (`code = \"KOE320\"`)",
            errors,
        )?;
        let Ok(number) = i32::try_from(value) else {
            errors.spanned(
                tokens,
                format!("`code` must fit in i32 ({}..={})", i32::MIN, i32::MAX),
            );
            return None;
        };
        CodeValue::Number(number)
    };
    Some(spanned(item, code))
}

/// `"KOE320"`: letters, then digits.
fn prefixed_code(text: &LitStr, tokens: &TokenStream, errors: &mut Errors) -> Option<CodeValue> {
    let value = text.value();
    let split = value
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(value.len());
    let (prefix, digits) = value.split_at(split);
    let well_formed = !prefix.is_empty()
        && !digits.is_empty()
        && digits.len() <= 9
        && digits.bytes().all(|b| b.is_ascii_digit());
    if !well_formed {
        errors.spanned(
            tokens,
            "a code written as a string is letters then at most 9 digits, e.g. `code = \"KOE320\"`; \
             write a numeric code as an integer: `code = -402`",
        );
        return None;
    }
    Some(CodeValue::Prefixed {
        prefix: prefix.to_owned(),
        digits: u8::try_from(digits.len()).ok()?,
        number: digits.parse().ok()?,
    })
}

fn status(item: &Item, errors: &mut Errors) -> Option<Spanned<u16>> {
    let tokens = value_of(item, "status = 403", errors)?;
    let value = integer(
        tokens,
        "status",
        "an HTTP status literal, e.g. `status = 403`",
        errors,
    )?;
    let status = u16::try_from(value)
        .ok()
        .filter(|status| (100..=599).contains(status));
    if status.is_none() {
        errors.spanned(tokens, "`status` must be an HTTP status in 100..=599");
    }
    Some(spanned(item, status?))
}

fn retry(item: &Item, errors: &mut Errors) -> Option<Spanned<bool>> {
    let tokens = value_of(item, "retry = true", errors)?;
    let Ok(retry) = syn::parse2::<syn::LitBool>(tokens.clone()) else {
        errors.spanned(tokens, "`retry` takes `true` or `false`");
        return None;
    };
    Some(spanned(item, retry.value))
}

fn remedy(item: &Item, errors: &mut Errors) -> Option<Spanned<&'static str>> {
    let tokens = value_of(item, "remedy = RefreshToken", errors)?;
    // `RefreshToken`, or a path to it (`Remedy::RefreshToken`).
    let name = syn::parse2::<syn::Path>(tokens.clone())
        .ok()
        .and_then(|path| path.segments.last().map(|s| s.ident.to_string()));
    let known = name
        .as_deref()
        .and_then(|name| REMEDIES.iter().find(|known| **known == name));
    let Some(known) = known else {
        let quoted = syn::parse2::<LitStr>(tokens.clone())
            .ok()
            .map(|text| text.value())
            .filter(|text| REMEDIES.contains(&text.as_str()));
        if let Some(quoted) = quoted {
            errors.spanned(
                tokens,
                format!("write the remedy as a name, without quotes: `remedy = {quoted}`"),
            );
            return None;
        }
        let mut message = match &name {
            Some(name) => format!("unknown remedy `{name}`"),
            None => "`remedy` takes the name of a remedy".to_owned(),
        };
        if let Some(close) = name.as_deref().and_then(|name| closest(name, REMEDIES)) {
            message.push_str(&format!("; did you mean `{close}`?"));
        }
        message.push_str(&format!(" (remedies: {})", REMEDIES.join(", ")));
        errors.spanned(tokens, message);
        return None;
    };
    Some(spanned(item, *known))
}

fn text(item: &Item, errors: &mut Errors) -> Option<Spanned<String>> {
    let key = &item.key;
    let example = format!("{key} = \"...\"");
    let tokens = value_of(item, &example, errors)?;
    match syn::parse2::<LitStr>(tokens.clone()) {
        Ok(text) if text.value().trim().is_empty() => {
            errors.spanned(tokens, format!("`{key}` must not be empty or blank"));
            None
        }
        Ok(text) => Some(spanned(item, text.value())),
        Err(_) => {
            errors.spanned(
                tokens,
                format!("`{key}` takes a string literal, e.g. `{example}`"),
            );
            None
        }
    }
}

fn crate_path(item: &Item, errors: &mut Errors) -> Option<Spanned<syn::Path>> {
    let tokens = value_of(item, "crate = kakao_errors", errors)?;
    // A path, or (as serde writes it) a string holding one.
    let path = match syn::parse2::<LitStr>(tokens.clone()) {
        Ok(text) => text.parse_with(syn::Path::parse_mod_style),
        Err(_) => syn::parse::Parser::parse2(syn::Path::parse_mod_style, tokens.clone()),
    };
    match path {
        Ok(path) => Some(spanned(item, path)),
        Err(_) => {
            errors.spanned(
                tokens,
                "`crate` takes the path of the kakao_errors crate, e.g. `crate = ke` for a \
                 dependency renamed `ke`, or `crate = my_facade::kakao_errors` for a re-export",
            );
            None
        }
    }
}

/// An integer literal, optionally negative, as written in `tokens`.
fn integer(tokens: &TokenStream, key: &str, expected: &str, errors: &mut Errors) -> Option<i128> {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let (negative, literal) = match trees.as_slice() {
        [TokenTree::Punct(minus), literal] if minus.as_char() == '-' => (true, literal),
        [literal] => (false, literal),
        _ => {
            errors.spanned(tokens, format!("`{key}` takes {expected}"));
            return None;
        }
    };
    let Ok(literal) = syn::parse2::<LitInt>(literal.to_token_stream()) else {
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
    // Past i128 the value is out of any range the keys take: the caller reports the range.
    let magnitude = literal.base10_digits().parse::<i128>().unwrap_or(i128::MAX);
    Some(if negative { -magnitude } else { magnitude })
}

// ---------------------------------------------------------------------------------------------
// Doc comments
// ---------------------------------------------------------------------------------------------

/// The doc attributes of a variant, as read so far.
#[derive(Default)]
struct DocParts {
    /// Literal texts (decoration removed), and macro calls, in order.
    parts: Vec<DocPart>,
}

enum DocPart {
    Text(String),
    Expr(Expr),
}

impl DocParts {
    fn push(&mut self, meta: &Meta) {
        let Meta::NameValue(name_value) = meta else {
            return; // `#[doc(hidden)]` and the like say nothing about the message.
        };
        let mut value = &name_value.value;
        // `#[doc = $text]` inside a `macro_rules!`: the fragment's invisible group.
        while let Expr::Group(group) = value {
            value = &group.expr;
        }
        match value {
            Expr::Lit(ExprLit {
                lit: Lit::Str(text),
                ..
            }) => self.parts.push(DocPart::Text(undecorate(&text.value()))),
            // `include_str!(...)`, `concat!(...)`: the compiler gives the text.
            value => self.parts.push(DocPart::Expr(value.clone())),
        }
    }

    fn finish(self) -> Option<Doc> {
        if self
            .parts
            .iter()
            .all(|part| matches!(part, DocPart::Text(_)))
        {
            let lines: Vec<&str> = self
                .parts
                .iter()
                .filter_map(|part| match part {
                    DocPart::Text(text) => Some(text.as_str()),
                    DocPart::Expr(_) => None,
                })
                .collect();
            return markdown::message(&lines).map(Doc::Text);
        }
        // Separate the attributes as lines are, so paragraphs are found across them.
        let mut pieces = Vec::new();
        for (i, part) in self.parts.iter().enumerate() {
            if i > 0 {
                pieces.push(quote::quote!("\n"));
            }
            pieces.push(match part {
                DocPart::Text(text) => text.to_token_stream(),
                DocPart::Expr(expr) => expr.to_token_stream(),
            });
        }
        Some(Doc::Expr(quote::quote!(::core::concat!(#(#pieces),*))))
    }
}

/// A block doc comment's text without its decoration: the ` * ` starting each line (when every
/// line has it) and the lines of only `*` at the ends. Line comments pass through unchanged.
fn undecorate(text: &str) -> String {
    if !text.contains('\n') {
        return text.to_owned();
    }
    let mut lines: Vec<&str> = text.lines().collect();
    let only_stars = |line: &str| line.trim_ascii().chars().all(|c| c == '*');
    while lines.first().is_some_and(|line| only_stars(line)) {
        lines.remove(0);
    }
    while lines.last().is_some_and(|line| only_stars(line)) {
        lines.pop();
    }
    let decorated = lines
        .iter()
        .filter(|line| !line.trim_ascii().is_empty())
        .all(|line| line.trim_ascii_start().starts_with('*'));
    if decorated {
        for line in &mut lines {
            let rest = line.trim_ascii_start();
            *line = rest.strip_prefix('*').unwrap_or(rest);
        }
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_comment_decoration_is_removed() {
        let text = "*\n     * The card was\n     * declined.\n     *\n     * More.\n     ";
        let cleaned = undecorate(text);
        assert_eq!(
            markdown::message(&[&cleaned]).unwrap(),
            "The card was declined."
        );
        assert_eq!(undecorate(" Plain text."), " Plain text.");
        // A block comment without stars keeps its text.
        let plain = "\n  The card was\n  declined.\n";
        assert_eq!(
            markdown::message(&[&undecorate(plain)]).unwrap(),
            "The card was declined."
        );
    }

    #[test]
    fn paragraphs_trim_ascii_whitespace_only() {
        // Tabs, spaces and carriage returns go; a no-break or ideographic space is text.
        assert_eq!(
            markdown::message(&["\t The card\r", "  was declined. "]).unwrap(),
            "The card was declined."
        );
        assert_eq!(
            markdown::message(&["\u{a0}Card.", "\u{3000}declined\u{3000}"]).unwrap(),
            "\u{a0}Card. \u{3000}declined\u{3000}"
        );
        // A line of only such a space is not blank: it does not end the paragraph.
        assert_eq!(
            markdown::message(&["One", "\u{3000}", "two"]).unwrap(),
            "One \u{3000} two"
        );
        assert_eq!(undecorate("\n\u{3000}* Star\n"), "\u{3000}* Star");
    }

    #[test]
    fn flags_are_keys() {
        for flag in FLAGS {
            assert!(
                VARIANT_KEYS.contains(flag) || ENUM_KEYS.contains(flag),
                "{flag}"
            );
        }
    }

    #[test]
    fn typos_find_the_closest_key() {
        assert_eq!(closest("stauts", VARIANT_KEYS), Some("status"));
        assert_eq!(closest("mesage", VARIANT_KEYS), Some("message"));
        assert_eq!(closest("RefreshTokens", REMEDIES), Some("RefreshToken"));
        assert_eq!(closest("zzzzzz", VARIANT_KEYS), None);
    }
}
