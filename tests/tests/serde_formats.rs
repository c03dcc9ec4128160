//! `#[kakao(serde)]` in a format that cannot describe itself (bincode, postcard): the value is
//! read back with the type its serializer wrote, never with `deserialize_any`.

use kakao_errors::oauth::KoeError;
use kakao_errors::rest::ApiError;
use serde::de::{self, Deserialize, Visitor};

/// One value as a binary format holds it: the reader must ask for its type.
enum Binary {
    I32(i32),
    Str(&'static str),
}

#[derive(Debug)]
struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Self(msg.to_string())
    }
}

impl<'de> de::Deserializer<'de> for Binary {
    type Error = Error;

    fn is_human_readable(&self) -> bool {
        false
    }

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
        Err(Error("deserialize_any is not supported".into()))
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Self::I32(n) => visitor.visit_i32(n),
            Self::Str(_) => Err(Error("a string where an i32 was asked for".into())),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Self::Str(text) => visitor.visit_borrowed_str(text),
            Self::I32(_) => Err(Error("an i32 where a string was asked for".into())),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i64 i128 u8 u16 u32 u64 u128 f32 f64 char string bytes byte_buf option
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
        ignored_any
    }
}

#[test]
fn plain_codes_are_read_as_i32() {
    assert_eq!(
        ApiError::deserialize(Binary::I32(-402)).unwrap(),
        ApiError::Login(kakao_errors::rest::Login::InsufficientScope)
    );
    assert_eq!(
        ApiError::deserialize(Binary::I32(12345)).unwrap(),
        ApiError::Unknown(12345)
    );
}

#[test]
fn prefixed_codes_are_read_as_strings() {
    assert_eq!(
        KoeError::deserialize(Binary::Str("KOE320")).unwrap(),
        KoeError::AuthorizationCodeNotFound
    );
    assert!(KoeError::deserialize(Binary::I32(320)).is_err());
}
