//! Kakao Mobility > Troubleshooting > Response code > **HTTP status code**: the eight statuses
//! the Kakao Mobility APIs answer with, from the English and the Korean Kakao Mobility
//! Developers page "Troubleshooting > Response code".

use core::fmt;

/// Declares [`HttpStatus`] from one row per status, in the page's order: the variant, its number
/// and reason phrase, its meaning in English and Korean, its description in English and Korean
/// (as `http`'s `status_codes!` declares its statuses: each fact written once).
macro_rules! statuses {
    ($(
        $(#[$doc:meta])*
        $variant:ident = $number:literal, $reason:literal:
            $meaning:literal, $meaning_ko:literal,
            $description:literal,
            $description_ko:literal;
    )*) => {
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
        /// assert_eq!(HttpStatus::VARIANTS.len(), 8);
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum HttpStatus {
            $($(#[$doc])* $variant,)*
        }

        impl HttpStatus {
            /// Every documented status, in the page's order.
            pub const VARIANTS: &'static [Self] = &[$(Self::$variant),*];

            /// The documented status with this number, or `None` for any other number.
            #[must_use]
            pub const fn from_u16(status: u16) -> Option<Self> {
                match status {
                    $($number => Some(Self::$variant),)*
                    _ => None,
                }
            }

            /// The status number.
            #[must_use]
            pub const fn as_u16(self) -> u16 {
                match self {
                    $(Self::$variant => $number,)*
                }
            }

            /// The reason phrase as the page writes it (`"Too Many Request"` for 429).
            #[must_use]
            pub const fn reason(self) -> &'static str {
                match self {
                    $(Self::$variant => $reason,)*
                }
            }

            /// The short meaning in English ("General error", "Quota exceeded", ...).
            #[must_use]
            pub const fn meaning(self) -> &'static str {
                match self {
                    $(Self::$variant => $meaning,)*
                }
            }

            /// The short meaning in Korean.
            #[must_use]
            pub const fn meaning_ko(self) -> &'static str {
                match self {
                    $(Self::$variant => $meaning_ko,)*
                }
            }

            /// The description in English.
            #[must_use]
            pub const fn description(self) -> &'static str {
                match self {
                    $(Self::$variant => $description,)*
                }
            }

            /// The description in Korean.
            #[must_use]
            pub const fn description_ko(self) -> &'static str {
                match self {
                    $(Self::$variant => $description_ko,)*
                }
            }
        }
    };
}

statuses! {
    /// 200 OK: success.
    Ok = 200, "OK":
        "Indicates that the server has received and processed the client's request successfully.", "서버가 클라이언트의 요청을 성공적으로 수행",
        "The format of the response body may differ depending on APIs. Refer to the detailed description of each API.",
        "응답 바디는 API마다 형식이 다를 수 있으니 각 API의 상세 설명 참고";
    /// 400 Bad Request: a client error, mostly about required parameters.
    BadRequest = 400, "Bad Request":
        "General error", "일반적인 오류",
        "Indicates the state in which the server has detected a client error related to required parameters and cannot process the request.",
        "서버가 클라이언트 오류를 감지해 요청을 처리하지 못한 상태. 주로 API에 필요한 필수 파라미터와 관련됨";
    /// 401 Unauthorized: no valid credentials (mostly tokens).
    Unauthorized = 401, "Unauthorized":
        "Authorization error (mostly related to tokens)", "인증 오류(주로 토큰 관련)",
        "Indicates that the request has failed because the client has no valid authorization credentials for the resource.",
        "해당 리소스에 대한 인증 자격 증명이 유효하지 않아 요청에 실패한 상태";
    /// 403 Forbidden: no permission.
    Forbidden = 403, "Forbidden":
        "Permission Error", "권한 오류",
        "Indicates that the server has received the client's request but rejected it because the client has no permission.",
        "서버에 요청은 전달되었으나 권한 문제로 인하여 요청이 거절된 상태";
    /// 429 Too Many Request(s): quota or per-second limit exceeded.
    TooManyRequests = 429, "Too Many Request":
        "Quota exceeded", "쿼터 초과",
        "Indicates that the quota limit or the limit per second for the API has been exceeded.",
        "정해진 쿼터(사용량)나 초당 요청 한도를 초과한 상태";
    /// 500 Internal Server Error: the server met an unexpected situation.
    InternalServerError = 500, "Internal Server Error":
        "System error", "시스템 오류(서버 관련 오류를 총칭)",
        "500 refers to the class of server errors, indicating that the server is in an unexpected situation while processing the request.",
        "요청을 처리하는 과정에서 서버가 예상치 못한 상태에 놓인 상태.";
    /// 502 Bad Gateway: a gateway's protocol conversion failed.
    BadGateway = 502, "Bad Gateway":
        "System error", "시스템 오류",
        "Indicates that communication is not working properly because a gateway converts to another wrong protocol or has something wrong with the converting protocol.",
        "서로 다른 프로토콜을 연결해 주는 게이트웨이(Gateway)가 잘못된 프로토콜을 연결하거나, 연결된 프로토콜에 문제가 있어 통신이 제대로 되지 않은 상태";
    /// 503 Service Unavailable: under maintenance.
    ServiceUnavailable = 503, "Service Unavailable":
        "Undergoing maintenance", "서비스 점검 중",
        "Indicates that the server is not ready to process the request.",
        "서버가 요청을 처리할 준비가 되지 않은 상태";
}

impl HttpStatus {
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
