//! Kakao's rules about error bodies, in one place: the reader of `crate::read` knows JSON and
//! text, and these rules tell it, and the [`ResponseError`](crate::response::ResponseError)
//! built from what it read, what Kakao's bodies mean.
//!
//! - [`members`]: which members a Kakao body has and into which slot each goes (the reader's
//!   [`SCHEMA`](members::SCHEMA)), where the message comes from
//!   ([`MESSAGES`](members::MESSAGES)), and what was read, in Kakao's terms
//!   ([`BodyTexts`](members::BodyTexts));
//! - [`shape`]: which [`BodyKind`](crate::response::BodyKind) a body is, and its code
//!   (`code`, or Kakao Pay's integer `error_code`, or the brackets of a plain-text body);
//! - [`text_codes`]: which table a code sent as text belongs to (`KOE...`: Kakao Login;
//!   `KAE...`: Kakao Talk Channel), and its documented row.
//!
//! A rule that tells rows apart by more than their code (the status, a detail code, a phrase
//! of the message) belongs here too, next to the rules it refines.

pub(crate) mod members;
pub(crate) mod shape;
pub(crate) mod text_codes;
