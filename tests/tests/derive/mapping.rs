//! What each attribute key maps to: `status`, `retry`, `message` (key or doc comment),
//! `message_ko`, `solution`, `solution_ko`.

use kakao_errors::KakaoError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Mapped {
    /// Has a status.
    #[kakao(code = -402, status = 403)]
    WithStatus,
    /// No page documents a status for this one.
    #[kakao(code = -405)]
    WithoutStatus,
    /// The lowest status there is.
    #[kakao(code = 1, status = 100)]
    LowestStatus,
    /// The highest status there is.
    #[kakao(code = 2, status = 599)]
    HighestStatus,
    /// Retry left out.
    #[kakao(code = 3, status = 500)]
    RetryDefault,
    /// Retry spelled out as false.
    #[kakao(code = 4, retry = false)]
    RetryFalse,
    /// Retry true.
    #[kakao(code = -1, status = 500, retry = true)]
    RetryTrue,
    /// This doc comment is not the message.
    #[kakao(code = 5, message = "The message key wins.")]
    MessageKeyOverDoc,
    #[kakao(code = 6, message = "Only a message key, no doc comment.")]
    MessageKeyWithoutDoc,
    /// The first paragraph
    /// goes on over a second line
    /// and a third.
    ///
    /// The second paragraph is not part of the message.
    #[kakao(code = 7)]
    MultiLineDoc,
    // Written as doc attributes so that rustfmt keeps the spaces (`///` gives the same tokens).
    #[doc = "    Indented, with trailing spaces.   "]
    #[doc = "       And a more indented line."]
    #[kakao(code = 8)]
    IndentedDoc,
    #[doc = " Before the blank-looking line."]
    #[doc = "    "]
    #[doc = " After it: a second paragraph."]
    #[kakao(code = 9)]
    WhitespaceLineEndsParagraph,
    #[doc = "Written as a doc attribute."]
    #[kakao(code = 10)]
    DocAttribute,
    #[kakao(code = 11)]
    /// Doc comment after the kakao attribute.
    DocAfterAttribute,
    /** A one-line block doc comment. */
    #[kakao(code = 12)]
    BlockDoc,
    /// The user has not agreed.
    #[kakao(
        code = 13,
        message_ko = "사용자가 동의하지 않았습니다.",
        solution = "Request additional consent.",
        solution_ko = "추가 동의를 요청하세요."
    )]
    AllTexts,
    /// Only a Korean solution.
    #[kakao(code = 14, solution_ko = "다시 시도하세요.")]
    OnlySolutionKo,
    /// Keys split over attributes.
    #[kakao(code = 15)]
    #[kakao(status = 429, retry = true)]
    #[kakao(solution = "Wait, then send the same request again.")]
    SplitKeys,
    /// Escapes and "quotes" and unicode: 한국어 → ok.
    #[kakao(code = 16, solution = "Line one.\nLine \"two\".")]
    Escapes,
}

#[test]
fn status_when_documented() {
    assert_eq!(Mapped::WithStatus.status(), Some(403));
    assert_eq!(Mapped::LowestStatus.status(), Some(100));
    assert_eq!(Mapped::HighestStatus.status(), Some(599));
    assert_eq!(Mapped::RetryTrue.status(), Some(500));
    assert_eq!(Mapped::SplitKeys.status(), Some(429));
}

#[test]
fn status_absent_is_none() {
    assert_eq!(Mapped::WithoutStatus.status(), None);
    assert_eq!(Mapped::RetryFalse.status(), None);
    assert_eq!(Mapped::MessageKeyOverDoc.status(), None);
}

#[test]
fn retry_defaults_to_false() {
    assert!(!Mapped::RetryDefault.is_retryable());
    assert!(!Mapped::WithStatus.is_retryable());
    assert!(!Mapped::RetryFalse.is_retryable());
}

#[test]
fn retry_true() {
    assert!(Mapped::RetryTrue.is_retryable());
    assert!(Mapped::SplitKeys.is_retryable());
}

#[test]
fn exactly_the_retry_true_variants_are_retryable() {
    let retryable: Vec<i32> = <Mapped as KakaoError>::CODES
        .iter()
        .filter_map(|&c| Mapped::from_code(c))
        .filter(KakaoError::is_retryable)
        .map(|e| e.code())
        .collect();
    assert_eq!(retryable, [-1, 15]);
}

#[test]
fn message_from_the_doc_comment() {
    assert_eq!(Mapped::WithStatus.message(), "Has a status.");
    assert_eq!(
        Mapped::WithoutStatus.message(),
        "No page documents a status for this one."
    );
}

#[test]
fn message_key_wins_over_the_doc_comment() {
    assert_eq!(Mapped::MessageKeyOverDoc.message(), "The message key wins.");
    assert_eq!(
        Mapped::MessageKeyWithoutDoc.message(),
        "Only a message key, no doc comment."
    );
}

#[test]
fn multi_line_first_paragraph_is_joined_with_single_spaces() {
    assert_eq!(
        Mapped::MultiLineDoc.message(),
        "The first paragraph goes on over a second line and a third."
    );
}

#[test]
fn doc_lines_are_trimmed() {
    assert_eq!(
        Mapped::IndentedDoc.message(),
        "Indented, with trailing spaces. And a more indented line."
    );
}

#[test]
fn a_whitespace_only_doc_line_ends_the_first_paragraph() {
    assert_eq!(
        Mapped::WhitespaceLineEndsParagraph.message(),
        "Before the blank-looking line."
    );
}

#[test]
fn doc_attribute_and_doc_after_kakao_and_block_doc() {
    assert_eq!(
        Mapped::DocAttribute.message(),
        "Written as a doc attribute."
    );
    assert_eq!(
        Mapped::DocAfterAttribute.message(),
        "Doc comment after the kakao attribute."
    );
    assert_eq!(Mapped::BlockDoc.message(), "A one-line block doc comment.");
}

#[test]
fn korean_message_and_solutions() {
    let e = Mapped::AllTexts;
    assert_eq!(e.message(), "The user has not agreed.");
    assert_eq!(e.message_ko(), Some("사용자가 동의하지 않았습니다."));
    assert_eq!(e.solution(), Some("Request additional consent."));
    assert_eq!(e.solution_ko(), Some("추가 동의를 요청하세요."));
}

#[test]
fn absent_texts_are_none() {
    let e = Mapped::WithStatus;
    assert_eq!(e.message_ko(), None);
    assert_eq!(e.solution(), None);
    assert_eq!(e.solution_ko(), None);

    let e = Mapped::OnlySolutionKo;
    assert_eq!(e.message_ko(), None);
    assert_eq!(e.solution(), None);
    assert_eq!(e.solution_ko(), Some("다시 시도하세요."));
}

#[test]
fn keys_split_over_attributes_all_apply() {
    let e = Mapped::SplitKeys;
    assert_eq!(Mapped::from_code(15), Some(e));
    assert_eq!(e.status(), Some(429));
    assert!(e.is_retryable());
    assert_eq!(
        e.solution(),
        Some("Wait, then send the same request again.")
    );
    assert_eq!(e.message(), "Keys split over attributes.");
}

#[test]
fn string_escapes_are_kept_as_written() {
    let e = Mapped::Escapes;
    assert_eq!(
        e.message(),
        "Escapes and \"quotes\" and unicode: 한국어 → ok."
    );
    assert_eq!(e.solution(), Some("Line one.\nLine \"two\"."));
}
