//! A deprecated enum, deprecated variants, and a deprecated wrapper compile without a warning
//! from the generated code under `deny(deprecated)`: only the user's own uses would warn.
#![deny(deprecated)]

use kakao_errors::KakaoError;

#[deprecated = "use NewLogin"]
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
#[kakao(serde)]
pub enum OldLogin {
    /// Scope missing.
    #[kakao(code = -402, status = 403, remedy = RequestConsent)]
    InsufficientScope,
    /// Retired.
    #[deprecated = "no longer sent"]
    #[kakao(code = -403)]
    Retired,
    #[kakao(other)]
    Unknown(i32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum NewLogin {
    /// A code kept, a variant deprecated.
    #[deprecated]
    #[kakao(code = -401)]
    InvalidToken,
    /// Current.
    #[kakao(code = -402)]
    InsufficientScope,
    #[deprecated]
    #[doc = concat!("From ", "concat.")]
    #[kakao(code = -404)]
    Concat,
}

#[deprecated]
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum OldApp {
    /// Own.
    #[deprecated]
    #[kakao(code = 1)]
    Own,
    #[kakao(transparent)]
    Login(NewLogin),
}

/// Wraps a deprecated enum: the user allows it here, and the expansion adds no use of its own.
#[allow(deprecated)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum OverOld {
    #[kakao(transparent)]
    Old(OldLogin),
}

#[allow(deprecated)]
fn check() {
    assert_eq!(OldLogin::from_code(-403), Some(OldLogin::Retired));
    assert_eq!(OldLogin::from_code(5), Some(OldLogin::Unknown(5)));
    assert_eq!(OldLogin::InsufficientScope.to_string(), "[-402] Scope missing.");
    assert_eq!(OldLogin::from_name("Retired"), Some(OldLogin::Retired));
    assert_eq!(NewLogin::from_code(-401), Some(NewLogin::InvalidToken));
    assert_eq!(NewLogin::Concat.message(), "From concat.");
    assert_eq!(OldApp::from_code(-404), Some(OldApp::Login(NewLogin::Concat)));
    assert_eq!(OldApp::from_code(1).map(|e| e.name()), Some("Own"));
    assert_eq!(<OldApp as KakaoError>::CODES, &[1, -401, -402, -404]);
    assert_eq!(serde_json::to_string(&OldLogin::Retired).unwrap(), "-403");
    assert_eq!(
        serde_json::from_str::<OldLogin>("7").unwrap(),
        OldLogin::Unknown(7)
    );
    assert_eq!(OverOld::from_code(-402), Some(OverOld::Old(OldLogin::InsufficientScope)));
}

fn main() {
    check();
    assert_eq!(NewLogin::from_code(-402), Some(NewLogin::InsufficientScope));
}
