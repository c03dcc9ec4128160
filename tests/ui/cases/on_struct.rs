use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub struct Login {
    code: i32,
}

fn main() {}
