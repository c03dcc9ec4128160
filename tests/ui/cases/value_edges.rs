//! Values the derive must explain: a code past i128 gives the valid range, an empty tuple
//! variant is called that, and raw identifiers are shown without `r#`.
use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
#[allow(non_camel_case_types)]
pub enum Login {
    /// Past i128.
    #[kakao(code = 999999999999999999999999999999999999999999)]
    Huge,
    /// Past i128, negative.
    #[kakao(code = -999999999999999999999999999999999999999999)]
    HugeNegative,
    /// A status past i128.
    #[kakao(code = 1, status = 999999999999999999999999999999999999999999)]
    HugeStatus,
    /// An empty tuple variant.
    #[kakao(code = 2)]
    Unit(),
    /// A raw identifier.
    #[kakao(code = 3)]
    r#enum,
    /// The same code as `enum`.
    #[kakao(code = 3)]
    r#match,
    #[kakao(transparent)]
    Empty(),
    #[kakao(other)]
    r#Unknown(),
}

fn main() {}
