//! A facade: re-exports kakao-errors, and the trait and derive at its own root, so its users
//! need no dependency on kakao-errors.

pub use kakao_errors;
pub use kakao_errors::KakaoError;

/// A table of the facade's own, derived inside the crate that re-exports kakao-errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Platform {
    /// The platform is down for maintenance.
    #[kakao(code = 5001, status = 503, retry = true, remedy = Maintenance)]
    Maintenance,
}
