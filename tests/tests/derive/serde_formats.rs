//! `#[kakao(serde)]` in a format that cannot describe itself (bincode, postcard): the value is
//! read back with the type its serializer wrote, never with `deserialize_any`, and written as
//! the type its reader will ask for.

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

impl serde::ser::Error for Error {
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

/// A wrapper of plain and prefixed tables: a binary format cannot tell an integer from a
/// string, so every code is read as a string, plain ones included.
#[test]
fn a_wrapper_of_plain_and_prefixed_codes_is_read_as_strings() {
    use kakao_errors::KakaoError;

    #[derive(Debug, PartialEq, KakaoError)]
    #[kakao(serde)]
    enum Mixed {
        #[kakao(transparent)]
        Rest(ApiError),
        #[kakao(transparent)]
        Koe(KoeError),
    }

    assert_eq!(
        Mixed::deserialize(Binary::Str("KOE320")).unwrap(),
        Mixed::Koe(KoeError::AuthorizationCodeNotFound)
    );
    assert_eq!(
        Mixed::deserialize(Binary::Str("-402")).unwrap(),
        Mixed::Rest(ApiError::Login(
            kakao_errors::rest::Login::InsufficientScope
        ))
    );
    assert!(Mixed::deserialize(Binary::I32(-402)).is_err());
}

/// What a binary serializer was given: an `i32`, or a string.
#[derive(Debug, PartialEq)]
enum Written {
    I32(i32),
    Str(String),
}

/// A serializer that is not human-readable and takes only an `i32` or a string.
struct BinaryWriter;

macro_rules! refuse {
    ($($method:ident($($ty:ty),*);)*) => {
        $(fn $method(self, $(_: $ty),*) -> Result<Written, Error> {
            Err(Error(concat!(stringify!($method), " is not a code").into()))
        })*
    };
}

impl serde::Serializer for BinaryWriter {
    type Ok = Written;
    type Error = Error;
    type SerializeSeq = serde::ser::Impossible<Written, Error>;
    type SerializeTuple = serde::ser::Impossible<Written, Error>;
    type SerializeTupleStruct = serde::ser::Impossible<Written, Error>;
    type SerializeTupleVariant = serde::ser::Impossible<Written, Error>;
    type SerializeMap = serde::ser::Impossible<Written, Error>;
    type SerializeStruct = serde::ser::Impossible<Written, Error>;
    type SerializeStructVariant = serde::ser::Impossible<Written, Error>;

    fn is_human_readable(&self) -> bool {
        false
    }

    fn serialize_i32(self, v: i32) -> Result<Written, Error> {
        Ok(Written::I32(v))
    }

    fn serialize_str(self, v: &str) -> Result<Written, Error> {
        Ok(Written::Str(v.to_owned()))
    }

    refuse! {
        serialize_bool(bool); serialize_i8(i8); serialize_i16(i16); serialize_i64(i64);
        serialize_u8(u8); serialize_u16(u16); serialize_u32(u32); serialize_u64(u64);
        serialize_f32(f32); serialize_f64(f64); serialize_char(char); serialize_bytes(&[u8]);
        serialize_none(); serialize_unit(); serialize_unit_struct(&'static str);
        serialize_unit_variant(&'static str, u32, &'static str);
    }

    fn serialize_some<T: ?Sized + serde::Serialize>(self, _: &T) -> Result<Written, Error> {
        Err(Error("an option is not a code".into()))
    }

    fn serialize_newtype_struct<T: ?Sized + serde::Serialize>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<Written, Error> {
        Err(Error("a newtype is not a code".into()))
    }

    fn serialize_newtype_variant<T: ?Sized + serde::Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Written, Error> {
        Err(Error("a variant is not a code".into()))
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(Error("a sequence is not a code".into()))
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(Error("a tuple is not a code".into()))
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(Error("a tuple struct is not a code".into()))
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(Error("a tuple variant is not a code".into()))
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(Error("a map is not a code".into()))
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
        Err(Error("a struct is not a code".into()))
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(Error("a struct variant is not a code".into()))
    }
}

#[test]
fn a_binary_format_gets_what_it_will_be_asked_for() {
    use kakao_errors::KakaoError;
    use serde::Serialize;

    #[derive(Debug, PartialEq, KakaoError)]
    #[kakao(serde)]
    enum Mixed {
        #[kakao(transparent)]
        Rest(ApiError),
        #[kakao(transparent)]
        Koe(KoeError),
    }

    let scope = kakao_errors::rest::Login::InsufficientScope;
    // Tables of one form: integers for plain codes, strings for prefixed ones.
    assert_eq!(
        ApiError::Login(scope).serialize(BinaryWriter).unwrap(),
        Written::I32(-402)
    );
    assert_eq!(
        KoeError::AuthorizationCodeNotFound
            .serialize(BinaryWriter)
            .unwrap(),
        Written::Str("KOE320".into())
    );
    // A wrapper of both: strings for every code, which is what its reader asks for.
    assert_eq!(
        Mixed::Rest(ApiError::Login(scope))
            .serialize(BinaryWriter)
            .unwrap(),
        Written::Str("-402".into())
    );
    assert_eq!(
        Mixed::Koe(KoeError::AuthorizationCodeNotFound)
            .serialize(BinaryWriter)
            .unwrap(),
        Written::Str("KOE320".into())
    );
}
