//! A crate that forbids lint groups gets only the derive's errors: nothing the derive emits on
//! a mistake carries an `#[allow]` that would conflict with `forbid`.
#![forbid(dead_code, unused, warnings)]

use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
enum Login {
    /// A mistake: a status out of range.
    #[kakao(code = -402, status = 99)]
    InsufficientScope,
}

#[derive(Debug, KakaoError)]
enum App {
    /// A mistake: no code.
    Own,
    #[kakao(transparent)]
    Login(Login),
}

fn main() {
    let _ = App::from_code(1);
}
