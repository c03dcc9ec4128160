//! The derive never panics, whatever it is given: mutated inputs, run outside the compiler
//! through `proc_macro2`, must each give tokens (the expansion, or `compile_error!`s).

use proc_macro2::TokenStream;

/// Valid inputs exercising every key, on the enum and on variants, and every variant kind.
const VALID: &[&str] = &[
    r#"
    #[kakao(crate = kakao_errors, serde)]
    enum Sample {
        /// A doc message.
        #[kakao(code = -402, status = 403, retry = false, remedy = RequestConsent, message_ko = "동의", solution = "Ask.", solution_ko = "요청")]
        InsufficientScope,
        #[kakao(code = 7, status = 500, message = "Seven.")]
        #[kakao(retry = true, remedy = Remedy::Throttled)]
        Seven,
        #[doc = concat!("Shares ", "seven.")]
        #[kakao(code = 7, status = 429, shares_code)]
        AlsoSeven,
        #[kakao(transparent)]
        Inner(other::Table),
        #[kakao(other, message = "unlisted")]
        Unknown(i32),
    }
"#,
    r#"
    #[kakao(crate = "facade::kakao_errors")]
    enum Prefixed {
        /** Block
         * comment. */
        #[kakao(code = "KOE320", status = 400)]
        Consent,
        #[doc = include_str!("message.md")]
        #[kakao(code = "KOE006", remedy = FixAppSettings)]
        RedirectUri,
    }
"#,
    r#"
    enum Wrapper {
        /// Own, with a **Markdown** [`message`](x) and a discriminant.
        Own = -7,
        #[kakao(transparent)]
        Rest(rest::ApiError),
        #[kakao(transparent)]
        Login(oauth::KoeError),
        #[kakao(transparent)]
        Same(Alias),
        #[kakao(other)]
        Unknown(i32),
    }
"#,
];
/// Token texts spliced into the input at random places.
const SPLICES: &[&str] = &[
    "-",
    "=",
    ",",
    "#",
    "!",
    "[kakao]",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "code",
    "status",
    "retry",
    "message",
    "transparent",
    "other",
    "\"\"",
    "\" \"",
    "true",
    "1",
    "-2147483649",
    "600",
    "99",
    "i32",
    "u8",
    "<T>",
    "'a",
    "::",
    "r#match",
    "/// doc",
    "#[kakao(code = 1)]",
    "#[kakao(other)]",
    "#[kakao(transparent)]",
    "#[doc = \"x\"]",
    "remedy",
    "shares_code",
    "crate",
    "serde",
    "RefreshToken",
    "Remedy::",
    "\"KOE320\"",
    "\"KOE\"",
    "\"320\"",
    ";",
    "concat!(\"x\")",
    "include_str!(\"x\")",
    "#[doc = concat!()]",
    "#[kakao(serde)]",
    "#[kakao(crate = ke)]",
    "=> 1",
    "0x7fffffff",
    "1e3",
    "'c'",
    "b\"x\"",
    "= 7",
    "= -402",
    "= X",
    "= 1 + 1",
];

/// A small deterministic generator, so a failure reproduces.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(self.0 >> 33).unwrap() % bound
    }
}

fn derive(source: &str) -> Option<TokenStream> {
    let input = syn::parse_str::<syn::DeriveInput>(source).ok()?;
    Some(crate::derive(&input, || crate::krate::Found::Plain))
}

#[test]
fn valid_input_expands_without_errors() {
    for (valid, name) in VALID.iter().zip(["Sample", "Prefixed", "Wrapper"]) {
        let output = derive(valid).unwrap().to_string();
        assert!(!output.contains("compile_error"), "{output}");
        assert!(
            output.contains(&format!("KakaoError for {name}")),
            "{output}"
        );
    }
}

#[test]
fn mutated_inputs_never_panic() {
    let mut random = Lcg(0x5eed);
    let (mut rejected, mut accepted) = (0, 0);
    for _ in 0..4_000 {
        let mut source = VALID[random.below(VALID.len())].to_owned();
        for _ in 0..=random.below(3) {
            let boundaries: Vec<usize> = source
                .char_indices()
                .map(|(index, _)| index)
                .filter(|&index| source[index..].starts_with([' ', '(', ')', ',', '=', ']']))
                .collect();
            let at = boundaries[random.below(boundaries.len())];
            if random.below(3) == 0 {
                // Remove the next word or symbol.
                let end = source[at + 1..]
                    .find([' ', ',', ')', ']'])
                    .map_or(source.len(), |i| at + 1 + i);
                source.replace_range(at..end, " ");
            } else {
                let splice = SPLICES[random.below(SPLICES.len())];
                source.insert_str(at, &format!(" {splice} "));
            }
        }
        match derive(&source).map(|output| output.to_string().contains("compile_error")) {
            Some(true) => rejected += 1,
            Some(false) => accepted += 1,
            None => {} // not even an item: the compiler would reject it before the derive
        }
    }
    // Many mutations still parse as an item, so the derive really ran on them, and they
    // reach both outcomes.
    assert!(
        rejected > 500 && accepted > 100,
        "rejected {rejected}, accepted {accepted}"
    );
}

#[test]
fn odd_inputs_give_errors_not_panics() {
    for (source, rejected) in [
        ("struct S;", true),
        ("struct S { a: u8 }", true),
        ("union U { a: u8 }", true),
        ("enum E<T> { #[kakao(transparent)] A(T) }", true),
        ("enum E<'a> { /// x\n #[kakao(code = 1)] A }", true),
        ("enum E { A = 1 }", true),
        (
            "#[kakao(code = 1)] enum E { /// x\n #[kakao(code = 1)] A }",
            true,
        ),
        ("#[kakao(crate = )] enum E {}", true),
        ("#[kakao(crate = 1 + 1, serde = serde)] enum E {}", true),
        ("#[kakao(serde)] struct S;", true),
        ("enum E { /// x\n #[kakao(code = \"\")] A }", true),
        (
            "enum E { /// x\n #[kakao(code = \"KOE9999999999\")] A }",
            true,
        ),
        ("enum E { /// x\n #[kakao(code = 1, shares_code)] A }", true),
        (
            "enum E { /// x\n #[kakao(code = 1, remedy = \"\")] A }",
            true,
        ),
        (
            "enum E { /// x\n #[kakao(code = 1, remedy = Remedy::)] A }",
            true,
        ),
        ("enum E { #[doc = concat!()] #[kakao(code = 1)] A }", false),
        ("enum E {}", false),
        // A discriminant is the code, or must be.
        (
            "enum E { /// x\n #[kakao(code = -2147483648)] A = 1 }",
            true,
        ),
        ("enum E { /// x\n A = -2147483648 }", false),
        ("enum E { /// x\n A = -(-(7)) }", false),
        ("enum E { /// x\n A = -2147483649 }", true),
        (
            "enum E { /// x\n A = 340282366920938463463374607431768211456 }",
            true,
        ),
        ("enum E { /// x\n A = C }", true),
        ("enum E { /// x\n #[kakao(code = 7)] A = C }", false),
        (
            "enum E { /// x\n #[kakao(code = 7)] A = C, #[kakao(other)] B(i32) }",
            true,
        ),
        ("enum E { #[kakao(other)] B(i32) = 1 }", false),
    ] {
        let output = derive(source).unwrap().to_string();
        assert_eq!(
            output.contains("compile_error"),
            rejected,
            "{source}: {output}"
        );
    }
}
