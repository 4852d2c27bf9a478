//! Read-only settings as titled definition lists.

use leptos::prelude::*;

/// "none" for an empty list, else the items joined.
pub fn list(items: &[String]) -> String {
    if items.is_empty() { "none".into() } else { items.join(", ") }
}

pub fn yes_no(on: bool) -> String {
    if on { "Yes".into() } else { "No".into() }
}

/// One titled group of settings.
#[component]
pub fn Details(title: &'static str, rows: Vec<(&'static str, String)>) -> impl IntoView {
    view! {
        <section class="rounded-lg border border-slate-200 bg-white p-4" data-section=title>
            <h2 class="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">{title}</h2>
            <dl class="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-3">
                {rows.into_iter().map(|(k, v)| view! {
                    <dt class="text-slate-500">{k}</dt>
                    <dd class="break-all text-slate-900 sm:col-span-2" data-setting=k>{v}</dd>
                }).collect_view()}
            </dl>
        </section>
    }
}
