//! Kakao Mobility > Troubleshooting > Response code > **HTTP status code**: the eight statuses
//! the Kakao Mobility APIs answer with, from the English and the Korean Kakao Mobility
//! Developers page "Troubleshooting > Response code".

use core::fmt;

/// An HTTP status the Kakao Mobility APIs document, with its meaning in English and Korean.
///
/// The page gives each status a short meaning ("General error", "일반적인 오류") and a
/// description; in English both sit in one cell, which is `meaning() + " " + description()`.
/// For 200 the English cell has no separate short meaning: its first sentence, which the Korean
/// page gives as the meaning, is taken as the meaning, and the rest as the description.
///
/// ```
/// use kakao_errors::mobility::HttpStatus;
///
/// let s = HttpStatus::from_u16(429).unwrap();
/// assert_eq!(s, HttpStatus::TooManyRequests);
/// assert!(!s.is_success());
/// assert_eq!(s.meaning(), "Quota exceeded");
/// assert_eq!(s.meaning_ko(), "쿼터 초과");
/// assert_eq!(s.to_string(), "429 Too Many Request");
/// assert_eq!(HttpStatus::from_u16(418), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum HttpStatus {
    /// 200 OK: success.
    Ok,
    /// 400 Bad Request: a client error, mostly about required parameters.
    BadRequest,
    /// 401 Unauthorized: no valid credentials (mostly tokens).
    Unauthorized,
    /// 403 Forbidden: no permission.
    Forbidden,
    /// 429 Too Many Request(s): quota or per-second limit exceeded.
    TooManyRequests,
    /// 500 Internal Server Error: the server met an unexpected situation.
    InternalServerError,
    /// 502 Bad Gateway: a gateway's protocol conversion failed.
    BadGateway,
    /// 503 Service Unavailable: under maintenance.
    ServiceUnavailable,
}

impl HttpStatus {
    /// The eight statuses, in the page's order.
    pub const ALL: [Self; 8] = [
        Self::Ok,
        Self::BadRequest,
        Self::Unauthorized,
        Self::Forbidden,
        Self::TooManyRequests,
        Self::InternalServerError,
        Self::BadGateway,
        Self::ServiceUnavailable,
    ];

    /// The documented status with this number, or `None` for any other number.
    #[must_use]
    pub const fn from_u16(status: u16) -> Option<Self> {
        Some(match status {
            200 => Self::Ok,
            400 => Self::BadRequest,
            401 => Self::Unauthorized,
            403 => Self::Forbidden,
            429 => Self::TooManyRequests,
            500 => Self::InternalServerError,
            502 => Self::BadGateway,
            503 => Self::ServiceUnavailable,
            _ => return None,
        })
    }

    /// The status number.
    #[must_use]
    pub const fn as_u16(self) -> u16 {
        match self {
            Self::Ok => 200,
            Self::BadRequest => 400,
            Self::Unauthorized => 401,
            Self::Forbidden => 403,
            Self::TooManyRequests => 429,
            Self::InternalServerError => 500,
            Self::BadGateway => 502,
            Self::ServiceUnavailable => 503,
        }
    }

    /// The reason phrase as the page writes it (`"Too Many Request"` for 429).
    #[must_use]
    pub const fn reason(self) -> &'static str {
        match self {
            Self::Ok => "OK",
            Self::BadRequest => "Bad Request",
            Self::Unauthorized => "Unauthorized",
            Self::Forbidden => "Forbidden",
            Self::TooManyRequests => "Too Many Request",
            Self::InternalServerError => "Internal Server Error",
            Self::BadGateway => "Bad Gateway",
            Self::ServiceUnavailable => "Service Unavailable",
        }
    }

    /// Whether the page lists the status as a success (only 200) rather than a failure.
    #[must_use]
    pub const fn is_success(self) -> bool {
        matches!(self, Self::Ok)
    }

    /// The page's "Status" column: `"Success"` or `"Fail"`.
    #[must_use]
    pub const fn outcome(self) -> &'static str {
        if self.is_success() { "Success" } else { "Fail" }
    }

    /// The Korean page's "Status" column: `"성공"` or `"실패"`.
    #[must_use]
    pub const fn outcome_ko(self) -> &'static str {
        if self.is_success() {
            "성공"
        } else {
            "실패"
        }
    }

    /// The short meaning in English ("General error", "Quota exceeded", ...).
    #[must_use]
    pub const fn meaning(self) -> &'static str {
        match self {
            Self::Ok => {
                "Indicates that the server has received and processed the client's request successfully."
            }
            Self::BadRequest => "General error",
            Self::Unauthorized => "Authorization error (mostly related to tokens)",
            Self::Forbidden => "Permission Error",
            Self::TooManyRequests => "Quota exceeded",
            Self::InternalServerError | Self::BadGateway => "System error",
            Self::ServiceUnavailable => "Undergoing maintenance",
        }
    }

    /// The short meaning in Korean.
    #[must_use]
    pub const fn meaning_ko(self) -> &'static str {
        match self {
            Self::Ok => "서버가 클라이언트의 요청을 성공적으로 수행",
            Self::BadRequest => "일반적인 오류",
            Self::Unauthorized => "인증 오류(주로 토큰 관련)",
            Self::Forbidden => "권한 오류",
            Self::TooManyRequests => "쿼터 초과",
            Self::InternalServerError => "시스템 오류(서버 관련 오류를 총칭)",
            Self::BadGateway => "시스템 오류",
            Self::ServiceUnavailable => "서비스 점검 중",
        }
    }

    /// The description in English.
    #[must_use]
    pub const fn description(self) -> &'static str {
        match self {
            Self::Ok => {
                "The format of the response body may differ depending on APIs. Refer to the detailed description of each API."
            }
            Self::BadRequest => {
                "Indicates the state in which the server has detected a client error related to required parameters and cannot process the request."
            }
            Self::Unauthorized => {
                "Indicates that the request has failed because the client has no valid authorization credentials for the resource."
            }
            Self::Forbidden => {
                "Indicates that the server has received the client's request but rejected it because the client has no permission."
            }
            Self::TooManyRequests => {
                "Indicates that the quota limit or the limit per second for the API has been exceeded."
            }
            Self::InternalServerError => {
                "500 refers to the class of server errors, indicating that the server is in an unexpected situation while processing the request."
            }
            Self::BadGateway => {
                "Indicates that communication is not working properly because a gateway converts to another wrong protocol or has something wrong with the converting protocol."
            }
            Self::ServiceUnavailable => {
                "Indicates that the server is not ready to process the request."
            }
        }
    }

    /// The description in Korean.
    #[must_use]
    pub const fn description_ko(self) -> &'static str {
        match self {
            Self::Ok => "응답 바디는 API마다 형식이 다를 수 있으니 각 API의 상세 설명 참고",
            Self::BadRequest => {
                "서버가 클라이언트 오류를 감지해 요청을 처리하지 못한 상태. 주로 API에 필요한 필수 파라미터와 관련됨"
            }
            Self::Unauthorized => {
                "해당 리소스에 대한 인증 자격 증명이 유효하지 않아 요청에 실패한 상태"
            }
            Self::Forbidden => "서버에 요청은 전달되었으나 권한 문제로 인하여 요청이 거절된 상태",
            Self::TooManyRequests => "정해진 쿼터(사용량)나 초당 요청 한도를 초과한 상태",
            Self::InternalServerError => {
                "요청을 처리하는 과정에서 서버가 예상치 못한 상태에 놓인 상태."
            }
            Self::BadGateway => {
                "서로 다른 프로토콜을 연결해 주는 게이트웨이(Gateway)가 잘못된 프로토콜을 연결하거나, 연결된 프로토콜에 문제가 있어 통신이 제대로 되지 않은 상태"
            }
            Self::ServiceUnavailable => "서버가 요청을 처리할 준비가 되지 않은 상태",
        }
    }
}

impl fmt::Display for HttpStatus {
    /// The number and the page's reason phrase, as in `400 Bad Request`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.as_u16(), self.reason())
    }
}

impl TryFrom<u16> for HttpStatus {
    type Error = u16;

    /// [`HttpStatus::from_u16`]; the error gives back the undocumented number.
    fn try_from(status: u16) -> Result<Self, u16> {
        Self::from_u16(status).ok_or(status)
    }
}

impl From<HttpStatus> for u16 {
    fn from(status: HttpStatus) -> Self {
        status.as_u16()
    }
}

#[cfg(feature = "http")]
impl From<HttpStatus> for http::StatusCode {
    fn from(status: HttpStatus) -> Self {
        // Every documented number is a valid status code; fall back to 500 rather than panic.
        Self::from_u16(status.as_u16()).unwrap_or(Self::INTERNAL_SERVER_ERROR)
    }
}
