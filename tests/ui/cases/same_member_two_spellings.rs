//! One member type wrapped twice under two spellings is one error naming both variants.
use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// Scope missing.
    #[kakao(code = -402)]
    InsufficientScope,
}

pub type Alias = Login;

#[derive(Debug, KakaoError)]
pub enum ThroughSelf {
    #[kakao(transparent)]
    First(Login),
    #[kakao(transparent)]
    Second(self::Login),
}

#[derive(Debug, KakaoError)]
pub enum ThroughAlias {
    #[kakao(transparent)]
    First(Login),
    #[kakao(transparent)]
    Second(Alias),
}

#[derive(Debug, KakaoError)]
pub enum ThroughCrate {
    #[kakao(transparent)]
    First(crate::Login),
    #[kakao(transparent)]
    Second(Login),
}

mod inner {
    use kakao_errors::KakaoError;

    #[derive(Debug, KakaoError)]
    pub enum ThroughSuper {
        #[kakao(transparent)]
        First(super::Login),
        #[kakao(transparent)]
        Second(crate::Alias),
    }
}

fn main() {}
