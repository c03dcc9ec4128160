//! A mistake in an enum marked `#[kakao(serde)]` is the only error, even where the enum is
//! serialized, deserialized, or used where serde's traits are required (as a field of a struct
//! deriving them is: the bounds below are what such a derive asks of each field).
use kakao_errors::KakaoError;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, KakaoError)]
#[kakao(serde)]
pub enum Login {
    /// The only mistake here: a status out of range.
    #[kakao(code = -402, status = 4030)]
    InsufficientScope,
}

#[derive(Debug, KakaoError)]
#[kakao(serde)]
pub enum App {
    /// A mistake in a wrapper: a missing code.
    Own,
    #[kakao(transparent)]
    Login(Login),
    #[kakao(other)]
    Unknown(i32),
}

/// A mistake in the enum's own keys: `crate` without a path. `serde` still applies.
#[derive(Debug, KakaoError)]
#[kakao(serde, crate = 1)]
pub enum Share {
    /// Bad request.
    #[kakao(code = 4000)]
    BadRequest,
}

/// What `#[derive(Serialize, Deserialize)]` on a struct with a field of type `T` requires.
fn field<T: Serialize + for<'de> Deserialize<'de>>() {}

fn main() {
    let _ = serde_json::to_string(&Login::InsufficientScope);
    let _ = serde_json::from_str::<App>("1");
    let _ = serde_json::to_value(Share::BadRequest);
    field::<Login>();
    field::<App>();
    field::<Share>();
    field::<Vec<App>>();
    field::<Option<Login>>();
}
