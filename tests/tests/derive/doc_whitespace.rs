//! A doc comment's first paragraph is trimmed of ASCII whitespace only, the same whether the
//! derive reads it (literal doc attributes) or the compiler does (`concat!`, `include_str!`):
//! a no-break or ideographic space is text, as in Markdown.

use kakao_errors::KakaoError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Docs {
    #[doc = " \u{a0}Leading no-break space.\t"]
    #[kakao(code = 1)]
    Literal,
    #[doc = concat!(" \u{a0}Leading no-break space.\t")]
    #[kakao(code = 2)]
    Compiled,
    #[doc = "\t\u{3000}Ideographic"]
    #[doc = "  space. \u{3000}"]
    #[doc = ""]
    #[doc = " Not the message."]
    #[kakao(code = 3)]
    LiteralLines,
    #[doc = "\t\u{3000}Ideographic"]
    #[doc = concat!("  space. \u{3000}")]
    #[doc = ""]
    #[doc = " Not the message."]
    #[kakao(code = 4)]
    CompiledLines,
}

#[test]
fn both_ways_of_reading_a_doc_comment_trim_alike() {
    assert_eq!(Docs::Literal.message(), "\u{a0}Leading no-break space.");
    assert_eq!(Docs::Compiled.message(), Docs::Literal.message());
    assert_eq!(
        Docs::LiteralLines.message(),
        "\u{3000}Ideographic space. \u{3000}"
    );
    assert_eq!(Docs::CompiledLines.message(), Docs::LiteralLines.message());
    assert_eq!(
        Docs::Compiled.to_string(),
        "[2] \u{a0}Leading no-break space."
    );
}
