//! Variants named like the generated items (`from_code`, `code`, `name`, `VARIANTS`, `Error`,
//! ...): a path `Enum::name` names the variant, never an associated item, so the expansion must
//! not call its own items that way. Each enum here compiles, under `deny(dead_code)` for the
//! private ones, and answers every lookup and accessor.

#![deny(dead_code)]
#![allow(non_camel_case_types, clippy::upper_case_acronyms)]

use kakao_errors::KakaoError;

/// A leaf table whose variants take the names of every trait and inherent item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
enum Names {
    /// Named like `KakaoError::from_code` and the inherent `const fn from_code`.
    #[kakao(code = 1, status = 400)]
    from_code,
    /// Named like `from_code_and_status`.
    #[kakao(code = 2)]
    from_code_and_status,
    /// Named like `from_name`.
    #[kakao(code = 3)]
    from_name,
    /// Named like `code`.
    #[kakao(code = 4)]
    code,
    /// Named like `name`.
    #[kakao(code = 5)]
    name,
    /// Named like `message`.
    #[kakao(code = 6, retry = true)]
    message,
    /// Named like the inherent `VARIANTS`.
    #[kakao(code = 7)]
    VARIANTS,
    /// Named like the trait's `CODES`.
    #[kakao(code = 8)]
    CODES,
    /// Named like `TryFrom::Error`.
    #[kakao(code = 9)]
    Error,
    /// Named like the hidden lookup.
    #[kakao(code = 10)]
    __lookup,
    /// Named like the hidden catch-all lookup.
    #[kakao(code = 11)]
    __catch_all,
    /// Named like `status`.
    #[kakao(code = 12, status = 404)]
    status,
    /// Named like `is_retryable`.
    #[kakao(code = 13)]
    is_retryable,
    /// The catch-all, named like `from`.
    #[kakao(other)]
    from(i32),
}

/// Only `from_code` is taken: the inherent `VARIANTS` is still generated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum OnlyFromCode {
    /// Named like `from_code`.
    #[kakao(code = 20)]
    from_code,
    /// Another.
    #[kakao(code = 21)]
    Other,
}

/// A second member for the wrapper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
enum Plain {
    /// Thirty.
    #[kakao(code = 30)]
    Thirty,
}

/// A wrapper whose transparent variants and catch-all take the generated items' names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
enum Wrapper {
    /// Own code, named like `code`.
    #[kakao(code = 40)]
    code,
    /// Named like `from_code`.
    #[kakao(transparent)]
    from_code(OnlyFromCode),
    /// Named like `from_name`.
    #[kakao(transparent)]
    from_name(Plain),
    /// The catch-all, named like `TryFrom::Error`.
    #[kakao(other)]
    Error(i32),
}

#[test]
fn a_leaf_table_answers_through_the_trait() {
    assert_eq!(<Names as KakaoError>::from_code(1), Some(Names::from_code));
    assert_eq!(<Names as KakaoError>::from_code(7), Some(Names::VARIANTS));
    assert_eq!(<Names as KakaoError>::from_code(99), Some(Names::from(99)));
    assert_eq!(
        <Names as KakaoError>::from_code_and_status(12, 404),
        Some(Names::status)
    );
    assert_eq!(
        <Names as KakaoError>::from_name("Error"),
        Some(Names::Error)
    );
    assert_eq!(
        <Names as KakaoError>::from_name("from_code"),
        Some(Names::from_code)
    );
    assert_eq!(Names::code.code(), 4);
    assert_eq!(Names::name.name(), "name");
    assert_eq!(Names::from_code.status(), Some(400));
    assert!(Names::message.is_retryable());
    // The doc comment's code span is plain text in the message.
    assert_eq!(Names::CODES.message(), "Named like the trait's CODES.");
    assert_eq!(
        <Names as KakaoError>::CODES,
        &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]
    );
    assert_eq!(Names::try_from(9), Ok(Names::Error));
    assert_eq!(Names::try_from(-5), Ok(Names::from(-5)));
    assert_eq!(
        Names::__lookup.to_string(),
        "[10] Named like the hidden lookup."
    );
    for code in <Names as KakaoError>::CODES {
        let found = <Names as KakaoError>::from_code(*code).unwrap();
        assert_eq!(found.code(), *code);
        assert_eq!(<Names as KakaoError>::from_name(found.name()), Some(found));
    }
}

#[test]
fn inherent_items_not_hidden_by_a_variant_are_generated() {
    assert_eq!(
        OnlyFromCode::VARIANTS,
        &[OnlyFromCode::from_code, OnlyFromCode::Other]
    );
    assert_eq!(
        <OnlyFromCode as KakaoError>::from_code(20),
        Some(OnlyFromCode::from_code)
    );
    assert_eq!(OnlyFromCode::try_from(22).unwrap_err().code(), 22);
}

#[test]
fn a_wrapper_answers_through_the_trait() {
    assert_eq!(<Wrapper as KakaoError>::from_code(40), Some(Wrapper::code));
    assert_eq!(
        <Wrapper as KakaoError>::from_code(20),
        Some(Wrapper::from_code(OnlyFromCode::from_code))
    );
    assert_eq!(
        <Wrapper as KakaoError>::from_code(30),
        Some(Wrapper::from_name(Plain::Thirty))
    );
    assert_eq!(
        <Wrapper as KakaoError>::from_code(77),
        Some(Wrapper::Error(77))
    );
    assert_eq!(
        <Wrapper as KakaoError>::from_code_and_status(21, 500),
        Some(Wrapper::from_code(OnlyFromCode::Other))
    );
    assert_eq!(
        <Wrapper as KakaoError>::from_name("Thirty"),
        Some(Wrapper::from_name(Plain::Thirty))
    );
    assert_eq!(
        <Wrapper as KakaoError>::from_name("code"),
        Some(Wrapper::code)
    );
    assert_eq!(
        Wrapper::from_code(OnlyFromCode::from_code).name(),
        "from_code"
    );
    assert_eq!(Wrapper::from(Plain::Thirty).code(), 30);
    assert_eq!(Wrapper::Error(77).code(), 77);
    assert_eq!(Wrapper::Error(77).to_string(), "[77] unknown error code");
    assert_eq!(Wrapper::try_from(40), Ok(Wrapper::code));
    assert_eq!(Wrapper::try_from(-1), Ok(Wrapper::Error(-1)));
}
