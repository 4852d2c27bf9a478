//! Read-only settings as titled definition lists.

use leptos::prelude::*;

use crate::components::layout::Card;

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
        <Card title=title>
            <dl class="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-3">
                {rows.into_iter().map(|(k, v)| view! {
                    <dt class="text-slate-500">{k}</dt>
                    <dd class="break-all text-slate-900 sm:col-span-2" data-setting=k>{v}</dd>
                }).collect_view()}
            </dl>
        </Card>
    }
}
