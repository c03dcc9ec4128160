//! Error tables of a crate that reaches kakao-errors through a facade only.

use facade::KakaoError;

/// A leaf table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
#[kakao(crate = facade::kakao_errors)]
pub enum Shipping {
    /// The address is incomplete.
    #[kakao(code = 8001, status = 400)]
    BadAddress,
    /// A code nobody listed.
    #[kakao(other)]
    Unknown(i32),
}

/// A wrapper over the facade's table, a crate table, and the table above.
#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
#[kakao(crate = ::facade::kakao_errors)]
pub enum AppError {
    /// The facade's table.
    #[kakao(transparent)]
    Platform(facade::Platform),
    /// Kakao Login's table.
    #[kakao(transparent)]
    Login(facade::kakao_errors::rest::Login),
    /// Shipping, whose catch-all takes every other code.
    #[kakao(transparent)]
    Shipping(Shipping),
}

#[cfg(test)]
mod tests {
    use super::{AppError, Shipping};
    use facade::KakaoError;
    use facade::kakao_errors::rest::Login;

    #[test]
    fn tables_work_through_the_facade() {
        assert_eq!(Shipping::from_code(8001), Some(Shipping::BadAddress));
        assert_eq!(Shipping::from_code(3), Some(Shipping::Unknown(3)));
        assert_eq!(Shipping::Unknown(3).to_string(), "[3] unknown error code");
        assert_eq!(
            AppError::from_code(5001),
            Some(AppError::Platform(facade::Platform::Maintenance))
        );
        assert!(AppError::from_code(5001).unwrap().is_retryable());
        assert_eq!(
            AppError::from_code(-402),
            Some(AppError::Login(Login::InsufficientScope))
        );
        assert_eq!(
            AppError::from_code(77),
            Some(AppError::Shipping(Shipping::Unknown(77)))
        );
        assert_eq!(
            AppError::from_name("BadAddress").map(|e| e.code()),
            Some(8001)
        );
    }
}
