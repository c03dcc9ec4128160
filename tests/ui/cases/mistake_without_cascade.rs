use kakao_errors::KakaoError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Login {
    /// The only mistake in this file: a status out of range.
    #[kakao(code = -402, status = 4030)]
    InsufficientScope,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum App {
    /// A mistake in a wrapper: an unknown key.
    #[kakao(code = 1, colour = "red")]
    Own,
    #[kakao(transparent)]
    Login(Login),
}

// Code using everything the derive generates must not add follow-on errors.
fn main() {
    let _ = Login::from_code(-402);
    let _ = <Login as KakaoError>::from_code(-402);
    let _ = Login::VARIANTS;
    let _ = Login::try_from(-402);
    let _ = App::from(Login::InsufficientScope);
    let _ = App::try_from(1);
    let _ = App::Own.to_string();
    let _ = <App as KakaoError>::CODES;
}
