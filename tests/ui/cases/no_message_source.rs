use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    #[kakao(code = -402, status = 403)]
    InsufficientScope,
    /// This one is fine.
    #[kakao(code = -401)]
    InvalidToken,
    // A plain comment is not a doc comment.
    #[kakao(code = -400)]
    BadRequest,
    ///
    #[kakao(code = -399)]
    EmptyDocComment,
}

fn main() {}
