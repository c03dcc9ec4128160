use kakao_errors::KakaoError;

#[derive(KakaoError)]
pub union Login {
    code: i32,
    status: u16,
}

fn main() {}
