use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// A bare path.
    #[kakao]
    Bare,
    /// A name-value attribute.
    #[kakao = 1]
    NameValue,
    /// Empty brackets.
    #[kakao[]]
    EmptyBrackets,
    /// Braces around keys.
    #[kakao{code = -401}]
    Braces,
    /// Brackets around keys.
    #[kakao[code = -400]]
    Brackets,
    /// Not a key = value list.
    #[kakao(code -402)]
    MissingEquals,
}

fn main() {}
