//! Keyboard first: a skip link, and shortcuts for the pages people move between most. The list
//! is a native `<dialog>` rendered with the page (opened modal, it keeps the focus inside and
//! gives it back on Escape); the island only listens for the keys.

use leptos::prelude::*;

use crate::i18n::{t, t_with};

/// The shortcuts, as the dialog lists them: the keys (a second one after "then") and the
/// message that says what they do.
pub(crate) const SHORTCUTS: [(&str, Option<&str>, &str); 5] = [
    ("/", None, "shortcut-search"),
    ("g", Some("p"), "shortcut-pools"),
    ("g", Some("u"), "shortcut-users"),
    ("g", Some("g"), "shortcut-groups"),
    ("?", None, "shortcut-list"),
];

pub const DIALOG_ID: &str = "shortcuts";

/// "Skip to content", first in the page and shown when focused.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a href="#main" class="sr-only rounded bg-white px-3 py-2 text-sm font-medium text-indigo-700 focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50">
            {t("skip-to-content")}
        </a>
    }
}

/// The list of shortcuts, closed until `?` opens it (the footer says so).
#[component]
pub fn ShortcutsDialog() -> impl IntoView {
    view! {
        <dialog id=DIALOG_ID aria-labelledby="shortcuts-title" class="rounded-lg border border-slate-200 p-6 shadow-lg backdrop:bg-slate-900/30">
            <h2 id="shortcuts-title" class="mb-3 text-lg font-semibold">{t("shortcuts-title")}</h2>
            <dl class="grid grid-cols-2 gap-x-6 gap-y-2 text-sm" data-shortcuts="">
                {SHORTCUTS.iter().map(|(first, second, what)| {
                    let keys = match second {
                        Some(second) => t_with("shortcuts-then", &[("first", (*first).into()), ("second", (*second).into())]),
                        None => first.to_string(),
                    };
                    view! {
                        <dt><kbd class="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono">{keys}</kbd></dt>
                        <dd>{t(what)}</dd>
                    }
                }).collect_view()}
            </dl>
            <form method="dialog" class="mt-4 text-right">
                <button class="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">{t("shortcuts-close")}</button>
            </form>
        </dialog>
    }
}

/// Where `g` then `key` goes from `path`: the pools, or a section of the pool the page is about.
pub fn go_to(path: &str, key: &str) -> Option<String> {
    let pool = path.strip_prefix("/pools/").and_then(|rest| rest.split('/').next()).filter(|p| *p != "new");
    match (key, pool) {
        ("p", _) => Some("/pools".into()),
        ("u", Some(pool)) => Some(format!("/pools/{pool}/users")),
        ("g", Some(pool)) => Some(format!("/pools/{pool}/groups")),
        _ => None,
    }
}

/// The keys. Not while typing in a field, nor with a modifier (the browser's own shortcuts).
#[island]
pub fn Shortcuts() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    {
        use std::cell::Cell;
        use std::rc::Rc;
        use wasm_bindgen::JsCast;
        // When `g` was pressed (ms): the next key within a second and a half picks the page.
        let g_at = Rc::new(Cell::new(None::<f64>));
        // For the page's life: pages are never unmounted in the browser (no client-side routing),
        // and an island without markup drops its owner once hydrated, which would run a cleanup.
        let _ = window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.default_prevented() {
                return;
            }
            let typing = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| {
                matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    || el.has_attribute("contenteditable")
            });
            if typing {
                return;
            }
            let now = js_sys_now();
            let key = ev.key();
            if g_at.take().is_some_and(|at| now - at < 1500.0) {
                let path = window().location().pathname().unwrap_or_default();
                if let Some(to) = go_to(&path, &key) {
                    ev.prevent_default();
                    let _ = window().location().set_href(&to);
                }
                return;
            }
            match key.as_str() {
                "g" => g_at.set(Some(now)),
                "/" => {
                    let search = document()
                        .query_selector("input[type=search]")
                        .ok()
                        .flatten()
                        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
                    if let Some(search) = search {
                        ev.prevent_default();
                        let _ = search.focus();
                    }
                }
                "?" => {
                    let dialog = document()
                        .get_element_by_id(DIALOG_ID)
                        .and_then(|el| el.dyn_into::<web_sys::HtmlDialogElement>().ok());
                    if let Some(dialog) = dialog.filter(|d| !d.open()) {
                        ev.prevent_default();
                        let _ = dialog.show_modal();
                    }
                }
                _ => {}
            }
        });
    }
}

/// Milliseconds since the page started.
#[cfg(feature = "hydrate")]
fn js_sys_now() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::go_to;

    #[test]
    fn g_then_a_key_goes_to_the_pools_or_a_section_of_this_pool() {
        assert_eq!(go_to("/jobs", "p").as_deref(), Some("/pools"));
        assert_eq!(go_to("/pools/eu-west-1_A/user", "u").as_deref(), Some("/pools/eu-west-1_A/users"));
        assert_eq!(go_to("/pools/eu-west-1_A", "g").as_deref(), Some("/pools/eu-west-1_A/groups"));
        assert_eq!(go_to("/pools", "u"), None);
        assert_eq!(go_to("/pools/new", "g"), None);
        assert_eq!(go_to("/audit", "x"), None);
    }
}
