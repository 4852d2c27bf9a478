//! Pooldesk: a self-hosted admin console for Amazon Cognito.
//!
//! Pages render on the server; forms post as plain HTML forms and come back to their page with
//! the answer (`server::flash`). The browser build (`hydrate`) holds only the islands, the few
//! parts that need a script (`#[island]`: copy buttons, the bulk bar's count, printing). The
//! server build (`ssr`) adds `server`, `cognito` and `rules`, which never reach the wasm.

pub mod api;
pub mod app;
pub mod components;
pub mod error;
pub mod i18n;
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
    leptos::mount::hydrate_islands();
    // A marker for the browser tests (a click on an island before it hydrated would be lost).
    // Leptos' island script hydrates the islands right after this returns, before the browser
    // handles another event.
    if let Some(body) = leptos::prelude::document().body() {
        let _ = body.set_attribute("data-hydrated", "");
    }
}
