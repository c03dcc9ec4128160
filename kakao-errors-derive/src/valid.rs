//! Checks across variants. Checks that need the members' codes run at compile time in the
//! expansion (see `expand::member_checks`), because a derive cannot see other types' codes.

use std::collections::HashMap;

use crate::ast::{Enum, Kind, type_name};
use crate::errors::Errors;

pub fn check(input: &Enum, errors: &mut Errors) {
    duplicate_codes(input, errors);
    single_other(input, errors);
    distinct_members(input, errors);
}

/// The same code twice: an error at every later use, and one at the first ("first used here").
fn duplicate_codes(input: &Enum, errors: &mut Errors) {
    let mut first_use = HashMap::new();
    let mut reported_first = Vec::new();
    for (variant, code) in input.codes() {
        match first_use.get(&code.code.value) {
            None => {
                first_use.insert(code.code.value, (variant, code));
            }
            Some(&(first_variant, first_code)) => {
                errors.spanned(
                    &code.code.tokens,
                    format!(
                        "code {} is already used by `{}`: each code belongs to one variant",
                        code.code.value, first_variant.ident
                    ),
                );
                if !reported_first.contains(&code.code.value) {
                    reported_first.push(code.code.value);
                    errors.spanned(
                        &first_code.code.tokens,
                        format!(
                            "code {} first used here, by `{}`",
                            code.code.value, first_variant.ident
                        ),
                    );
                }
            }
        }
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
                    first.ident
                ),
            );
        }
    }
}

/// The same type wrapped twice would repeat all of its codes (and its `From` impl).
fn distinct_members(input: &Enum, errors: &mut Errors) {
    let mut seen: HashMap<String, &syn::Ident> = HashMap::new();
    for (variant, ty) in input.members() {
        let name = type_name(ty);
        match seen.get(&name) {
            Some(first) => errors.spanned(
                ty,
                format!("`{name}` is already wrapped by `{first}`: wrap each type once"),
            ),
            None => {
                seen.insert(name, variant.ident);
            }
        }
    }
}
