//! `name()` and `from_name`: exact, case-sensitive, unknown names give `None`.

use kakao_errors::KakaoError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Login {
    /// Scope missing.
    #[kakao(code = -402)]
    InsufficientScope,
    /// Scope.
    #[kakao(code = -403)]
    Scope,
    /// Unit-like name.
    #[kakao(code = 1)]
    A,
    /// Raw identifier: its name is the identifier without `r#`.
    #[allow(non_camel_case_types)]
    #[kakao(code = 2)]
    r#type,
    /// Non-ASCII identifier.
    #[kakao(code = 3)]
    Größe,
    #[kakao(other)]
    Unknown(i32),
}

const ALL: [Login; 5] = [
    Login::InsufficientScope,
    Login::Scope,
    Login::A,
    Login::r#type,
    Login::Größe,
];

#[test]
fn name_is_the_variant_name() {
    assert_eq!(Login::InsufficientScope.name(), "InsufficientScope");
    assert_eq!(Login::Scope.name(), "Scope");
    assert_eq!(Login::A.name(), "A");
    assert_eq!(Login::Größe.name(), "Größe");
    assert_eq!(Login::Unknown(-1).name(), "Unknown");
}

#[test]
fn raw_identifiers_are_named_without_the_prefix() {
    assert_eq!(Login::r#type.name(), "type");
    assert_eq!(Login::from_name("type"), Some(Login::r#type));
    assert_eq!(Login::from_name("r#type"), None);
}

#[test]
fn from_name_finds_every_variant() {
    for e in ALL {
        assert_eq!(Login::from_name(e.name()), Some(e));
    }
    assert_eq!(
        Login::from_name("InsufficientScope"),
        Some(Login::InsufficientScope)
    );
    assert_eq!(Login::from_name("Größe"), Some(Login::Größe));
}

#[test]
fn from_name_is_exact() {
    for name in [
        "",
        " InsufficientScope",
        "InsufficientScope ",
        "InsufficientScop",
        "InsufficientScopeX",
        "Scopes",
        "AA",
        "Login::Scope",
        "-402",
        "402",
    ] {
        assert_eq!(Login::from_name(name), None, "{name:?}");
    }
}

#[test]
fn from_name_is_case_sensitive() {
    for name in [
        "insufficientScope",
        "INSUFFICIENTSCOPE",
        "insufficient_scope",
        "scope",
        "a",
        "Type",
        "GRÖSSE",
    ] {
        assert_eq!(Login::from_name(name), None, "{name:?}");
    }
}

#[test]
fn from_name_of_unknown_names_is_none() {
    assert_eq!(Login::from_name("Unknown"), None);
    assert_eq!(Login::from_name("NoSuchVariant"), None);
}
