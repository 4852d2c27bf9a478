//! Pooldesk: a self-hosted admin console for Amazon Cognito.
//!
//! The browser build (`hydrate`) holds the pages, components, shared model and the client side
//! of the server functions. The server build (`ssr`) adds `server`, `cognito` and `rules`,
//! which never reach the wasm.

pub mod api;
pub mod app;
pub mod components;
pub mod error;
pub mod model;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod cognito;
#[cfg(feature = "ssr")]
pub mod rules;
#[cfg(feature = "ssr")]
pub mod server;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
    // A marker for the browser tests: clicks before hydration would be lost.
    if let Some(body) = leptos::prelude::document().body() {
        let _ = body.set_attribute("data-hydrated", "");
    }
}
