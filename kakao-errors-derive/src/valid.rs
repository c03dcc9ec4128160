//! Checks across variants that the derive can make itself. Checks that need the members'
//! codes run at compile time in the expansion (see `checks`), because a derive cannot see
//! other types' codes.

use std::collections::HashMap;

use crate::ast::{Code, Enum, Kind, Variant, member_key, type_name};
use crate::attr::RETRY_REMEDIES;
use crate::errors::Errors;

pub fn check(input: &Enum, errors: &mut Errors) {
    one_code_form(input, errors);
    duplicate_codes(input, errors);
    retry_and_remedy(input, errors);
    single_other(input, errors);
    distinct_members(input, errors);
    unread_discriminants(input, errors);
}

/// Every code of one enum is written one way: all plain numbers, or all with the same prefix
/// and number of digits (so `Display` and serde write them consistently).
fn one_code_form(input: &Enum, errors: &mut Errors) {
    let mut codes = input.codes();
    let Some((first_variant, first)) = codes.next() else {
        return;
    };
    let form = first.code.value.form();
    for (_, code) in codes {
        if code.code.value.form() == form {
            continue;
        }
        let first_text = first.code.value.text();
        let message = match form {
            None => format!(
                "the codes of one enum are written one way: `{}` has `{first_text}`, a number, \
                 so write this code as a number too",
                first_variant.name
            ),
            Some((prefix, digits)) => format!(
                "the codes of one enum are written one way: `{}` has `\"{first_text}\"`, so \
                 write this code as `\"{prefix}\"` and {} too",
                first_variant.name,
                count(usize::from(digits), "digit"),
            ),
        };
        errors.spanned(&code.code.tokens, message);
    }
}

/// The same code twice: an error at every later use, and one at the first ("first used
/// here"); unless the later variants are marked `shares_code` and every variant of the code has
/// its own status (a code the documentation lists once per HTTP status).
fn duplicate_codes(input: &Enum, errors: &mut Errors) {
    let mut by_code: HashMap<i32, Vec<(&Variant, &Code)>> = HashMap::new();
    let mut order = Vec::new();
    for (variant, code) in input.codes() {
        let number = code.code.value.number();
        let uses = by_code.entry(number).or_default();
        if uses.is_empty() {
            order.push(number);
        }
        uses.push((variant, code));
    }
    for number in order {
        let uses = &by_code[&number];
        let (first_variant, first) = uses[0];
        if let Some(key) = &first.shares_code {
            errors.spanned(
                key,
                format!(
                    "`shares_code` marks a variant whose code an earlier variant also has; \
                     `{}` is the first with code {}: remove `shares_code` here",
                    first_variant.name,
                    first.code.value.text()
                ),
            );
        }
        if uses.len() == 1 {
            continue;
        }
        let text = first.code.value.text();
        let mut reported_first = false;
        let mut statuses: Vec<(u16, &str)> = Vec::new();
        if let Some(status) = &first.status {
            statuses.push((status.value, &first_variant.name));
        }
        for &(variant, code) in &uses[1..] {
            if code.shares_code.is_none() {
                errors.spanned(
                    &code.code.tokens,
                    format!(
                        "code {text} is already used by `{}`: each code belongs to one variant \
                         (if the documentation lists this code once per HTTP status, give each \
                         variant its `status` and mark the later ones `shares_code`)",
                        first_variant.name
                    ),
                );
                if !reported_first {
                    reported_first = true;
                    errors.spanned(
                        &first.code.tokens,
                        format!("code {text} first used here, by `{}`", first_variant.name),
                    );
                }
                continue;
            }
            match &code.status {
                None => errors.spanned(
                    code.shares_code.as_ref().unwrap_or(variant.ident),
                    format!(
                        "`{}` shares code {text} with `{}`, told apart by HTTP status: give it \
                         a `status`",
                        variant.name, first_variant.name
                    ),
                ),
                Some(status) => {
                    if let Some((_, owner)) =
                        statuses.iter().find(|(taken, _)| *taken == status.value)
                    {
                        errors.spanned(
                            &status.tokens,
                            format!(
                                "code {text} with status {} is already `{owner}`: variants that \
                                 share a code need different statuses",
                                status.value
                            ),
                        );
                    }
                    statuses.push((status.value, &variant.name));
                }
            }
        }
        let shared = uses[1..].iter().any(|(_, code)| code.shares_code.is_some());
        if shared && first.status.is_none() {
            errors.spanned(
                &first.code.tokens,
                format!(
                    "`{}` shares code {text} with a later variant, told apart by HTTP status: \
                     give `{}` a `status` too",
                    first_variant.name, first_variant.name
                ),
            );
        }
    }
}

/// `retry = true` says the same request may succeed again, unchanged, after a backoff: the
/// remedy must agree, both ways (`is_retryable() == remedy().is_wait()`).
fn retry_and_remedy(input: &Enum, errors: &mut Errors) {
    for (_, code) in input.codes() {
        let Some(remedy) = &code.remedy else {
            continue;
        };
        let Some(retry) = &code.retry_key else {
            if RETRY_REMEDIES.contains(&remedy.value) {
                errors.spanned(
                    &remedy.tokens,
                    format!(
                        "remedy `{}` sends the same request again after a backoff, which \
                         `retry = true` says: add `retry = true`, or pick `RetryLater` for a \
                         wait longer than a backoff (`is_retryable()` is always \
                         `remedy().is_wait()`)",
                        remedy.value,
                    ),
                );
            }
            continue;
        };
        if !RETRY_REMEDIES.contains(&remedy.value) {
            errors.spanned(
                &remedy.tokens,
                format!(
                    "`{retry} = true` says the same request may succeed if sent again, but \
                     remedy `{}` says something must change first: with `{retry} = true`, the \
                     remedy is {}; or drop `{retry} = true`",
                    remedy.value,
                    one_of(RETRY_REMEDIES),
                ),
            );
        }
    }
}

/// "1 digit", "3 digits".
fn count(number: usize, noun: &str) -> String {
    if number == 1 {
        format!("1 {noun}")
    } else {
        format!("{number} {noun}s")
    }
}

/// "`a`, `b` or `c`".
fn one_of(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

fn single_other(input: &Enum, errors: &mut Errors) {
    let mut others = input
        .variants
        .iter()
        .filter(|v| matches!(v.kind, Kind::Other(_)));
    if let Some(first) = others.next() {
        for again in others {
            errors.spanned(
                again.ident,
                format!(
                    "only one `other` variant is allowed: `{}` is already the catch-all",
                    first.name
                ),
            );
        }
    }
}

/// The same type wrapped twice would repeat all of its codes (and its `From` impl). Spellings
/// that name one type in every module (`Login`, `self::Login`) count as the same; a type alias
/// is caught at compile time (the two `From` impls conflict).
fn distinct_members(input: &Enum, errors: &mut Errors) {
    let mut seen: HashMap<String, &str> = HashMap::new();
    for (variant, member) in input.written_members() {
        let ty = member.written;
        let name = type_name(ty);
        let key = member_key(ty);
        match seen.get(&key) {
            Some(first) => errors.spanned(
                ty,
                format!(
                    "`{name}` is already wrapped by `{first}`: wrap each type once (remove \
                     `{}` or `{first}`)",
                    variant.name
                ),
            ),
            None => {
                seen.insert(key, &variant.name);
            }
        }
    }
}

/// A discriminant the derive cannot read (a constant, an expression) next to a `code` is
/// checked against it at compile time with `as`, which only an enum of unit variants allows.
fn unread_discriminants(input: &Enum, errors: &mut Errors) {
    if input
        .variants
        .iter()
        .all(|variant| matches!(variant.kind, Kind::Code(_)))
    {
        return;
    }
    for (variant, code) in input.codes() {
        if let Some(expr) = &code.unread_discriminant {
            let name = &variant.name;
            let number = code.code.value.number();
            errors.spanned(
                expr,
                format!(
                    "`{name}`'s discriminant is not an integer literal, and in an enum with \
                     fields it cannot be checked against the code ({}): write `{name} = \
                     {number}`, or leave the discriminant out",
                    code.code.value.text()
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn counts_agree_with_their_number() {
        assert_eq!(count(1, "digit"), "1 digit");
        assert_eq!(count(3, "digit"), "3 digits");
        assert_eq!(count(0, "digit"), "0 digits");
    }
}
