use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// Scope missing.
    #[kakao(code = -402)]
    InsufficientScope,
    /// Invalid token.
    #[kakao(code = -401)]
    InvalidToken,
}

#[derive(Debug, KakaoError)]
pub enum App {
    /// Also -402: the lookup could never reach Login's variant.
    #[kakao(code = -402)]
    MyScope,
    /// Fine.
    #[kakao(code = 7001)]
    Mine,
    #[kakao(transparent)]
    Login(Login),
}

#[derive(Debug, KakaoError)]
pub enum Talk {
    /// Not a Talk user.
    #[kakao(code = -501)]
    NotTalkUser,
}

/// Own codes in the second member and in the first: each error names its member.
#[derive(Debug, KakaoError)]
pub enum TwoMembers {
    /// Also Talk's.
    #[kakao(code = -501)]
    MyTalk,
    /// Fine.
    #[kakao(code = 7002)]
    Mine,
    /// Also Login's.
    #[kakao(code = -401)]
    MyToken,
    #[kakao(transparent)]
    Login(Login),
    #[kakao(transparent)]
    Talk(Talk),
}

fn main() {}
