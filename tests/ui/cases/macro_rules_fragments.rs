//! Tables written through `macro_rules!`: every error, the derive's own and the compile-time
//! checks over members, points at the tokens of the macro call, not at the `$fragment` in the
//! macro's body.
use kakao_errors::KakaoError;

macro_rules! literal_table {
    ($name:ident { $($(#[doc = $doc:literal])* $variant:ident = $code:literal, $status:literal;)* }) => {
        #[derive(Debug, KakaoError)]
        pub enum $name {
            $(
                $(#[doc = $doc])*
                #[kakao(code = $code, status = $status)]
                $variant,
            )*
        }
    };
}

literal_table!(Login {
    /// Fine.
    InsufficientScope = -402, 403;
    /// The same code again.
    AgainScope = -402, 401;
    /// Outside i32.
    TooLarge = 3000000000, 400;
    /// A status out of range.
    BadStatus = -401, 700;
    /// A string where a status goes.
    StringStatus = -400, "400";
});

macro_rules! expr_table {
    ($name:ident { $($variant:ident = $code:expr => $message:expr;)* }) => {
        #[derive(Debug, KakaoError)]
        pub enum $name {
            $(
                #[kakao(code = $code, message = $message)]
                $variant,
            )*
        }
    };
}

expr_table!(Talk {
    Fine = -501 => "Fine.";
    NotALiteral = 1 + 1 => "Computed codes are not read.";
    Negative = -(5) => "Parenthesized.";
    EmptyText = -502 => " ";
});

macro_rules! wrapper {
    ($name:ident { own = $own:expr; $($variant:ident($ty:ty),)* }) => {
        #[derive(Debug, KakaoError)]
        pub enum $name {
            /// The wrapper's own code.
            #[kakao(code = $own)]
            Own,
            $(
                #[kakao(transparent)]
                $variant($ty),
            )*
        }
    };
}

#[derive(Debug, KakaoError)]
pub enum Rest {
    /// Also the wrapper's own code.
    #[kakao(code = 7001)]
    Clash,
    /// Its own.
    #[kakao(code = 7003)]
    Own,
}

wrapper!(App {
    own = 7001;
    Rest(Rest),
    NotAnError(String),
});

wrapper!(Twice {
    own = 1;
    First(Rest),
    Second(Rest),
});

#[derive(Debug, KakaoError)]
pub enum AlsoRest {
    /// Shares 7001 with `Rest`.
    #[kakao(code = 7001)]
    Clash,
    /// Its own.
    #[kakao(code = 7002)]
    Own,
}

/// Codes written another way may be wrapped beside plain ones.
#[derive(Debug, KakaoError)]
pub enum Prefixed {
    /// A prefixed code.
    #[kakao(code = "KOE320")]
    Koe,
}

wrapper!(Shared {
    own = 2;
    Rest(Rest),
    AlsoRest(AlsoRest),
    Prefixed(Prefixed),
});

macro_rules! catch_all {
    ($name:ident($field:ty)) => {
        #[derive(Debug, KakaoError)]
        pub enum $name {
            /// A code.
            #[kakao(code = 1)]
            One,
            #[kakao(other)]
            Unknown($field),
        }
    };
}

catch_all!(NotI32(u32));

fn main() {}
