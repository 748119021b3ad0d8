//! Files the app fetches from beside itself (same origin, never compiled
//! into the wasm): example projects, the guides. The service worker keeps
//! each once fetched, so they open offline afterwards.

use leptos::prelude::window;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The file's bytes, or None (offline and never fetched, or not found).
pub async fn fetch(url: &str) -> Option<Vec<u8>> {
    let response = JsFuture::from(window().fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
