//! User items named like every name the expansion uses inside (parameters, bindings, helper
//! items, the serde impl's parameters) and like the old expansion's locals do not change
//! what it means.
#![allow(dead_code, non_upper_case_globals, non_camel_case_types, non_snake_case)]

use kakao_errors::KakaoError;

// The expansion's parameters and bindings.
const __kakao_code: i32 = 0;
const __kakao_status: Option<u16> = None;
const __kakao_name: &str = "";
static __kakao_value: u8 = 0;
static __kakao_inner: u8 = 0;
static __kakao_f: u8 = 0;
const __kakao_fallback: u8 = 0;
const __kakao_position: usize = 0;
// Names earlier expansions used, and plain words.
const code: i32 = 0;
const status: u16 = 0;
const inner: u8 = 0;
const value: u8 = 0;
const name: &str = "";
static f: u8 = 0;
static other: u8 = 0;
struct LEN;
// The expansion's helper items.
struct __KAKAO_LEN;
const __KAKAO_ENTRIES: u8 = 0;
const __KAKAO_PARTS: u8 = 0;
const __KAKAO_ALL: u8 = 0;
const __KAKAO_TEXT: u8 = 0;
const __KAKAO_BYTES: u8 = 0;
const __KAKAO_MESSAGE_0: u8 = 0;
const __KAKAO_DISPLAY_0: u8 = 0;
const __KAKAO_SORTED_0: u8 = 0;
const __KAKAO_OWN_0_0: u8 = 0;
const __KAKAO_SHARED_0_1: u8 = 0;
const __KAKAO_CODE: u8 = 0;
const __KAKAO_NAME: u8 = 0;
const __KAKAO_MESSAGE: u8 = 0;
const __KAKAO_DISPLAY: u8 = 0;
const __KAKAO_STATUS: u8 = 0;
const __KAKAO_FLAGS: u8 = 0;
const __KAKAO_MESSAGE_KO: u8 = 0;
const __KAKAO_SOLUTION: u8 = 0;
const __KAKAO_SOLUTION_KO: u8 = 0;
fn __kakao_index() {}
fn __kakao_lookup() {}
// The serde impl's names.
static __kakao_serializer: u8 = 0;
static serializer: u8 = 0;
static __kakao_deserializer: u8 = 0;
static deserializer: u8 = 0;
struct S;
struct D;
// Items the expansion names through paths.
struct Entry;
struct Remedy;
struct Verdict;
struct Pass;
struct Fail;
struct UnknownCode;
mod __private {}

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
#[kakao(serde)]
pub enum Login {
    /// Scope missing.
    #[kakao(code = -402, status = 403)]
    InsufficientScope,
    #[doc = concat!("From ", "concat.")]
    #[kakao(code = -813, status = 400)]
    Internal,
    /// Shares -813.
    #[kakao(code = -813, status = 429, shares_code)]
    Quota,
    #[kakao(other)]
    Unknown(i32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
pub enum Talk {
    /// Not a user.
    #[kakao(code = -501)]
    NotTalkUser,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
#[kakao(serde)]
pub enum App {
    #[doc = concat!("Own, ", "from concat.")]
    #[kakao(code = 1)]
    Own,
    #[kakao(transparent)]
    Talk(Talk),
    #[kakao(transparent)]
    Login(Login),
}

/// An enum past the size up to which lookups are inlined, so its names are looked up in a
/// column (with a shared code told apart by status).
macro_rules! large {
    ($($variant:ident = $code:literal),* $(,)?) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
        pub enum Large {
            $(
                /// Generated.
                #[kakao(code = $code, status = 400)]
                $variant,
            )*
            /// The second row of code 1.
            #[kakao(code = 1, status = 429, shares_code, solution = "Wait.")]
            Again,
        }
    };
}

large!(
    V1 = 1, V2 = 2, V3 = 3, V4 = 4, V5 = 5, V6 = 6, V7 = 7, V8 = 8, V9 = 9, V10 = 10,
    V11 = 11, V12 = 12, V13 = 13, V14 = 14, V15 = 15, V16 = 16, V17 = 17, V18 = 18, V19 = 19,
    V20 = 20, V21 = 21, V22 = 22, V23 = 23, V24 = 24, V25 = 25, V26 = 26, V27 = 27, V28 = 28,
    V29 = 29, V30 = 30, V31 = 31, V32 = 32, V33 = 33, V34 = 34, V35 = 35, V36 = 36, V37 = 37,
    V38 = 38, V39 = 39, V40 = 40, V41 = 41, V42 = 42, V43 = 43, V44 = 44, V45 = 45, V46 = 46,
    V47 = 47, V48 = 48, V49 = 49, V50 = 50, V51 = 51, V52 = 52, V53 = 53, V54 = 54, V55 = 55,
    V56 = 56, V57 = 57, V58 = 58, V59 = 59, V60 = 60, V61 = 61, V62 = 62, V63 = 63, V64 = 64,
    V65 = 65, V66 = 66,
);

fn main() {
    assert_eq!(Large::from_name("V66"), Some(Large::V66));
    assert_eq!(Large::from_name("Again"), Some(Large::Again));
    assert_eq!(Large::from_name("V1"), Some(Large::V1));
    assert_eq!(Large::from_name("V67"), None);
    assert_eq!(Large::Again.solution(), Some("Wait."));
    assert_eq!(Login::from_code(-402), Some(Login::InsufficientScope));
    assert_eq!(Login::from_code(7), Some(Login::Unknown(7)));
    assert_eq!(Login::from_code_and_status(-813, 429), Some(Login::Quota));
    assert_eq!(Login::from_name("Quota"), Some(Login::Quota));
    assert_eq!(Login::Unknown(7).code(), 7);
    assert_eq!(Login::Internal.to_string(), "[-813] From concat.");
    assert_eq!(App::from_code(-501), Some(App::Talk(Talk::NotTalkUser)));
    assert_eq!(App::from_name("Quota"), Some(App::Login(Login::Quota)));
    assert_eq!(App::Own.to_string(), "[1] Own, from concat.");
    assert_eq!(App::from_code(9).map(|e| e.code()), Some(9));
    assert!(core::error::Error::source(&App::Own).is_none());
    assert_eq!(App::try_from(1), Ok(App::Own));
}
