use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// Scope missing.
    #[kakao(code = -402)]
    InsufficientScope,
}

#[derive(Debug, KakaoError)]
pub enum Rest {
    /// Own code.
    #[kakao(code = 1)]
    One,
    #[kakao(transparent)]
    Login(Login),
}

#[derive(Debug, KakaoError)]
pub enum App {
    /// Clashes with Login two levels down.
    #[kakao(code = -402)]
    MyScope,
    #[kakao(transparent)]
    Rest(Rest),
}

fn main() {}
