//! `remedy = ...`: an unknown name (with the closest one suggested), a quoted name, no value,
//! a remedy on the catch-all, `retry = true` with a remedy that needs something changed first
//! (a waiting remedy is fine), and a waiting remedy without `retry = true`.
use kakao_errors::KakaoError;

#[derive(Debug, KakaoError)]
pub enum Login {
    /// A typo.
    #[kakao(code = -401, remedy = RefreshTokens)]
    Typo,
    /// Through a path, with a typo.
    #[kakao(code = -402, remedy = Remedy::RequestConsnt)]
    PathTypo,
    /// Nothing close.
    #[kakao(code = -403, remedy = Reboot)]
    Unknown,
    /// A string.
    #[kakao(code = -404, remedy = "Retry")]
    AString,
    /// Retry with a remedy that needs a change first.
    #[kakao(code = -405, retry = true, remedy = RefreshToken)]
    RetryButRefresh,
    /// The same, keys in the other order.
    #[kakao(remedy = FixRequest)]
    #[kakao(code = -406, retry = true)]
    RetryButFix,
    /// Fine: waiting remedies go with retry.
    #[kakao(code = -407, retry = true, remedy = Throttled)]
    Throttled,
    /// A waiting remedy without `retry = true`.
    #[kakao(code = -410, remedy = Maintenance)]
    WaitWithoutRetry,
    /// The same, with `retry = false` written out.
    #[kakao(code = -411, retry = false, remedy = Remedy::Retry)]
    WaitWithRetryFalse,
    /// Fine: a wait longer than a backoff is not a retry.
    #[kakao(code = -412, remedy = RetryLater)]
    Later,
    /// No value.
    #[kakao(code = -408, remedy = )]
    NoValue,
    /// A quoted name that is no remedy.
    #[kakao(code = -409, remedy = "Reboot")]
    QuotedUnknown,
    /// A remedy on the catch-all.
    #[kakao(other, remedy = Retry)]
    Other(i32),
}

fn main() {}
