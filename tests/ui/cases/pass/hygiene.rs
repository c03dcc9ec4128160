//! The expansion uses absolute paths only: local items named like the prelude's types, traits,
//! variants and macros, or like `core` and `std`, do not change what it means.
#![allow(dead_code, non_camel_case_types, unused_macros)]

mod core {}
mod std {}
mod fmt {}
mod kakao_errors_local {}

struct Option;
struct Some;
struct None;
struct Result;
struct Ok;
struct Err;
struct Self_;
struct Box;
struct String;
struct Vec;
trait Display {}
trait Debug {}
trait Error {}
trait From {}
trait Into {}
trait TryFrom {}
trait Sized {}
trait Iterator {}
trait IntoIterator {}
fn drop() {}
macro_rules! write {
    ($($t:tt)*) => {
        compile_error!("the expansion used a local write! macro")
    };
}
macro_rules! format {
    ($($t:tt)*) => {
        compile_error!("the expansion used a local format! macro")
    };
}
macro_rules! matches {
    ($($t:tt)*) => {
        compile_error!("the expansion used a local matches! macro")
    };
}
macro_rules! panic {
    ($($t:tt)*) => {
        compile_error!("the expansion used a local panic! macro")
    };
}
macro_rules! assert {
    ($($t:tt)*) => {
        compile_error!("the expansion used a local assert! macro")
    };
}
macro_rules! concat {
    ($($t:tt)*) => {
        compile_error!("the expansion used a local concat! macro")
    };
}
macro_rules! stringify {
    ($($t:tt)*) => {
        compile_error!("the expansion used a local stringify! macro")
    };
}

// Derived without importing the trait, through its full path.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::kakao_errors::KakaoError)]
pub enum Login {
    /// Scope missing.
    #[kakao(code = -402, status = 403, solution = "Ask.")]
    InsufficientScope,
    #[kakao(other)]
    Unknown(i32),
}

#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::kakao_errors::KakaoError)]
pub enum App {
    /// Own.
    #[kakao(code = 1)]
    Own,
    #[kakao(transparent)]
    Login(Login),
}

#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::kakao_errors::KakaoError)]
pub enum Outer {
    /// Outer's own.
    #[kakao(code = 2)]
    Two,
    #[kakao(transparent)]
    App(App),
}

fn main() {
    use ::kakao_errors::KakaoError as _;
    ::core::assert_eq!(
        Outer::from_code(-402),
        ::core::option::Option::Some(Outer::App(App::Login(Login::InsufficientScope)))
    );
    ::core::assert_eq!(
        Login::from_code(7),
        ::core::option::Option::Some(Login::Unknown(7))
    );
    ::core::assert_eq!(::std::string::ToString::to_string(&Outer::Two), "[2] Outer's own.");
    ::core::assert_eq!(<Outer as ::kakao_errors::KakaoError>::CODES, &[2, 1, -402]);
}
