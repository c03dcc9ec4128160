//! Members that share a code (neither holding every code of the other: see
//! `member_inside_member.rs`): one error per pair, naming the pair and the code, at the later
//! member.
use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// Scope missing.
    #[kakao(code = -402)]
    InsufficientScope,
    /// Not shared.
    #[kakao(code = -403)]
    NotShared,
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

#[derive(Debug, KakaoError)]
pub enum Share {
    /// Shares 4019 with `Channel`.
    #[kakao(code = 4019)]
    Quota,
    /// Not shared.
    #[kakao(code = 4020)]
    NotShared,
}

#[derive(Debug, KakaoError)]
pub enum Channel {
    /// Not shared.
    #[kakao(code = 1)]
    One,
    /// Shares 4019 with `Share`.
    #[kakao(code = 4019)]
    AlsoQuota,
}

/// The first and the third members share a code; the second shares none.
#[derive(Debug, KakaoError)]
pub enum ThreeMembers {
    #[kakao(transparent)]
    Share(Share),
    #[kakao(transparent)]
    Login(Login),
    #[kakao(transparent)]
    Channel(Channel),
}

/// A member shares a code with a member of a nested wrapper.
#[derive(Debug, KakaoError)]
pub enum Nested {
    #[kakao(transparent)]
    Three(Inner),
    #[kakao(transparent)]
    Talk(Talk),
}

#[derive(Debug, KakaoError)]
pub enum Inner {
    #[kakao(transparent)]
    Login(Login),
}

fn main() {}
