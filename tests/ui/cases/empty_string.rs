use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// Doc comment present, but the message key is empty.
    #[kakao(code = 1, message = "")]
    EmptyMessage,
    /// Empty Korean message.
    #[kakao(code = 2, message_ko = "")]
    EmptyMessageKo,
    /// Empty solution.
    #[kakao(code = 3, solution = "")]
    EmptySolution,
    /// Empty Korean solution.
    #[kakao(code = 4, solution_ko = "")]
    EmptySolutionKo,
    /// Only whitespace is empty too.
    #[kakao(code = 5, message = "   ", solution = " \n ")]
    BlankMessage,
    #[kakao(other, message = "")]
    Unknown(i32),
}

fn main() {}
