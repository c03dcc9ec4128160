use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Unit {
    #[kakao(other)]
    Unknown,
}

#[derive(Debug, KakaoError)]
pub enum TwoFields {
    #[kakao(other)]
    Unknown(i32, i32),
}

#[derive(Debug, KakaoError)]
pub enum Named {
    #[kakao(other)]
    Unknown { code: i32 },
}

fn main() {}
