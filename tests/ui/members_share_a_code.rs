use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// Scope missing.
    #[kakao(code = -402)]
    InsufficientScope,
}

#[derive(Debug, KakaoError)]
pub enum Talk {
    /// Talk's own -402.
    #[kakao(code = -402)]
    TalkScope,
    /// Not shared.
    #[kakao(code = -501)]
    NotTalkUser,
}

#[derive(Debug, KakaoError)]
pub enum App {
    #[kakao(transparent)]
    Login(Login),
    #[kakao(transparent)]
    Talk(Talk),
}

fn main() {}
