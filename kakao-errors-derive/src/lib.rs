//! `#[derive(KakaoError)]` (work in progress).
use proc_macro::TokenStream;

/// Derives `kakao_errors::KakaoError`.
#[proc_macro_derive(KakaoError, attributes(kakao))]
pub fn derive_kakao_error(_input: TokenStream) -> TokenStream {
    TokenStream::new()
}
