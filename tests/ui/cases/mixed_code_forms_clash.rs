//! In a wrapper of plain and prefixed codes, a plain 6 and a KOE006 are two codes; a code
//! written one way twice is a clash, named as written.
use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Koe {
    /// KOE006.
    #[kakao(code = "KOE006")]
    Six,
    /// KOE007.
    #[kakao(code = "KOE007")]
    Seven,
}

#[derive(Debug, KakaoError)]
pub enum AlsoKoe {
    /// Also KOE006, written in lowercase.
    #[kakao(code = "koe006")]
    Six,
    /// KOE100.
    #[kakao(code = "koe100")]
    Hundred,
}

#[derive(Debug, KakaoError)]
pub enum Plain {
    /// 6.
    #[kakao(code = 6)]
    Six,
    /// 7.
    #[kakao(code = 7)]
    Seven,
}

/// `Plain` and `Koe` do not clash; `Koe` and `AlsoKoe` do, on KOE006.
#[derive(Debug, KakaoError)]
pub enum App {
    #[kakao(transparent)]
    Plain(Plain),
    #[kakao(transparent)]
    Koe(Koe),
    #[kakao(transparent)]
    AlsoKoe(AlsoKoe),
}

#[derive(Debug, KakaoError)]
pub enum Seven {
    /// 7.
    #[kakao(code = 7)]
    Seven,
}

/// Own plain codes: 6 beside `Koe` (KOE006) is fine, 7 beside `Seven` is not.
#[derive(Debug, KakaoError)]
pub enum Own {
    /// Own 6.
    #[kakao(code = 6)]
    OwnSix,
    /// Own 7.
    #[kakao(code = 7)]
    OwnSeven,
    #[kakao(transparent)]
    Koe(Koe),
    #[kakao(transparent)]
    Seven(Seven),
}

/// Own prefixed codes beside plain and prefixed members: KOE007 is `Koe`'s.
#[derive(Debug, KakaoError)]
pub enum OwnPrefixed {
    /// Own KOE007.
    #[kakao(code = "KOE007")]
    Seven,
    #[kakao(transparent)]
    Plain(Plain),
    #[kakao(transparent)]
    Koe(Koe),
}

/// A clash with a prefixed code inside a member of plain number form.
#[derive(Debug, KakaoError)]
pub enum Inner {
    #[kakao(transparent)]
    Plain(Plain),
    #[kakao(transparent)]
    Koe(Koe),
}

#[derive(Debug, KakaoError)]
pub enum Nested {
    #[kakao(transparent)]
    Inner(Inner),
    #[kakao(transparent)]
    AlsoKoe(AlsoKoe),
}

fn main() {}
