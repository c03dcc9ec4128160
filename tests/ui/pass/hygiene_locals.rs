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

fn main() {
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
