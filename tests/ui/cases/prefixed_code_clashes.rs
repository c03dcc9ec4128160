//! Clashes between prefixed codes are reported with the codes as written (`KOE006`, not `6`),
//! zeros included; an enum with one digit is told "1 digit".
#![forbid(warnings)]
use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Authorize {
    /// Redirect URI mismatch.
    #[kakao(code = "KOE006")]
    RedirectUri,
    /// Consent refused.
    #[kakao(code = "KOE320")]
    Consent,
}

#[derive(Debug, KakaoError)]
pub enum Token {
    /// Also KOE006.
    #[kakao(code = "KOE006")]
    Redirect,
    /// Zero itself.
    #[kakao(code = "KOE000")]
    Zero,
}

#[derive(Debug, KakaoError)]
pub enum Others {
    /// Also KOE000.
    #[kakao(code = "KOE000")]
    Zero,
    /// Not shared.
    #[kakao(code = "KOE001")]
    One,
}

/// Own KOE320 is Authorize's; Authorize and Token share KOE006; Token and Others KOE000.
#[derive(Debug, KakaoError)]
pub enum Oauth {
    /// Also KOE320.
    #[kakao(code = "KOE320")]
    MyConsent,
    #[kakao(transparent)]
    Authorize(Authorize),
    #[kakao(transparent)]
    Token(Token),
    #[kakao(transparent)]
    Others(Others),
}

/// A wrapper of members only shows the shared code as written too.
#[derive(Debug, KakaoError)]
pub enum MembersOnly {
    #[kakao(transparent)]
    Authorize(Authorize),
    #[kakao(transparent)]
    Token(Token),
}

/// A lowercase prefix is shown as written too.
#[derive(Debug, KakaoError)]
pub enum Lower {
    /// koe7.
    #[kakao(code = "koe7")]
    Seven,
}

#[derive(Debug, KakaoError)]
pub enum LowerWrapper {
    /// Also koe7.
    #[kakao(code = "koe7")]
    Mine,
    #[kakao(transparent)]
    Lower(Lower),
}

#[derive(Debug, KakaoError)]
pub enum OneDigit {
    /// One digit.
    #[kakao(code = "A1")]
    One,
    /// Two digits.
    #[kakao(code = "A12")]
    Two,
}

fn main() {}
