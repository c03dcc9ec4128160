//! An enum without `Debug` gets one error saying so, whatever its variants; code that uses it
//! (through the trait, its constants, its conversions) adds none.
use kakao_errors::KakaoError;

#[derive(Clone, Copy, KakaoError)]
pub enum Login {
    /// Scope missing.
    #[kakao(code = -402)]
    InsufficientScope,
}

#[derive(Debug, Clone, Copy, KakaoError)]
pub enum Talk {
    /// Not a talk user.
    #[kakao(code = -501)]
    NotTalkUser,
}

#[derive(KakaoError)]
#[kakao(serde)]
pub enum App {
    /// Own code.
    #[kakao(code = 1)]
    Own,
    #[kakao(transparent)]
    Talk(Talk),
    #[kakao(other)]
    Unknown(i32),
}

/// Without `Debug` and with a mistake: two mistakes, two errors.
#[derive(KakaoError)]
pub enum Share {
    /// A status out of range.
    #[kakao(code = 4000, status = 40)]
    BadRequest,
}

fn main() {
    let _ = Login::from_code(-402);
    let _ = <Login as KakaoError>::from_code(-402);
    let _ = <Login as KakaoError>::CODES;
    let _ = Login::InsufficientScope.message();
    let _ = Login::InsufficientScope.to_string();
    let _ = Login::try_from(1);
    let _ = App::from_code(1).map(|e| e.code());
    let _ = App::from(Talk::NotTalkUser);
    let _ = <App as KakaoError>::CODES;
    let _ = serde_json::to_string(&App::Own);
    let _ = Share::from_code(4000);
}
