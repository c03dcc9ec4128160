//! `shares_code` marks a later variant with an earlier variant's code, told apart by status.
//! Each misuse is one error.
use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Moment {
    /// Fine: -813 twice, with two statuses.
    #[kakao(code = -813, status = 400)]
    Internal,
    /// Fine.
    #[kakao(code = -813, status = 429, shares_code)]
    Quota,
    /// No status to tell it apart.
    #[kakao(code = -813, shares_code)]
    NoStatus,
    /// The same status as `Internal`.
    #[kakao(code = -813, status = 400, shares_code)]
    SameStatus,
    /// On the first variant with the code.
    #[kakao(code = -900, status = 400, shares_code)]
    First,
    /// No earlier variant has this code.
    #[kakao(code = -901, shares_code)]
    Alone,
}

#[derive(Debug, KakaoError)]
pub enum NoFirstStatus {
    /// The first has no status.
    #[kakao(code = 5)]
    Five,
    /// Shares with it.
    #[kakao(code = 5, status = 429, shares_code)]
    AlsoFive,
}

#[derive(Debug, KakaoError)]
pub enum OnOther {
    /// A code.
    #[kakao(code = 5)]
    Five,
    #[kakao(other, shares_code)]
    Other(i32),
}

fn main() {}
