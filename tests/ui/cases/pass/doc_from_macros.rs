//! Messages from doc comments that are not plain literals: `include_str!` (first paragraph,
//! lines trimmed and joined with single spaces), `concat!`, and literals mixed with macros;
//! block doc comments give their text without the ` * ` decoration.
use kakao_errors::KakaoError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Payment {
    #[doc = include_str!("docs/declined.md")]
    #[kakao(code = 1)]
    Declined,
    #[doc = include_str!("docs/crlf.md")]
    #[kakao(code = 2)]
    WindowsFile,
    #[doc = include_str!("docs/korean.md")]
    #[kakao(code = 3, message_ko = "한국어")]
    Korean,
    #[doc = concat!("Built ", "by ", "concat.")]
    #[kakao(code = 4)]
    Concat,
    /// A literal line,
    #[doc = concat!("then a ", "macro line,")]
    /// then a literal again.
    ///
    /// Not in the message.
    #[kakao(code = 5)]
    Mixed,
    ///
    #[doc = concat!("")]
    /// After blank lines.
    #[kakao(code = 6)]
    LeadingBlanks,
    /**
     * A block comment
     * with star decoration.
     *
     * Not in the message.
     */
    #[kakao(code = 7)]
    Block,
    /** Block on one line. */
    #[kakao(code = 8)]
    BlockOneLine,
    /**
        A block comment
        without stars.
    */
    #[kakao(code = 9)]
    BlockPlain,
    /**
     * Decorated, then a macro line:
     */
    #[doc = concat!("both ", "count.")]
    #[kakao(code = 10)]
    BlockThenMacro,
    /// The key wins over a doc comment.
    #[doc = include_str!("docs/declined.md")]
    #[kakao(code = 11, message = "From the key.")]
    KeyWins,
}

/// A wrapper shows its members' compile-time messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Wrapper {
    #[doc = concat!("Own, ", "from concat.")]
    #[kakao(code = 100)]
    Own,
    #[kakao(transparent)]
    Payment(Payment),
}


fn main() {
    let cases = [
        (Payment::Declined, "The card issuer declined the payment."),
        (Payment::WindowsFile, "Windows line endings are trimmed."),
        (Payment::Korean, "결제가 거절되었습니다."),
        (Payment::Concat, "Built by concat."),
        (Payment::Mixed, "A literal line, then a macro line, then a literal again."),
        (Payment::LeadingBlanks, "After blank lines."),
        (Payment::Block, "A block comment with star decoration."),
        (Payment::BlockOneLine, "Block on one line."),
        (Payment::BlockPlain, "A block comment without stars."),
        (Payment::BlockThenMacro, "Decorated, then a macro line: both count."),
        (Payment::KeyWins, "From the key."),
    ];
    for (value, message) in cases {
        assert_eq!(value.message(), message, "{value:?}");
        assert_eq!(value.to_string(), format!("[{}] {message}", value.code()));
        assert_eq!(
            Wrapper::Payment(value).to_string(),
            value.to_string(),
            "{value:?}"
        );
    }
    assert_eq!(Payment::Korean.message_ko(), Some("한국어"));
    assert_eq!(Wrapper::Own.message(), "Own, from concat.");
    assert_eq!(Wrapper::Own.to_string(), "[100] Own, from concat.");
}
