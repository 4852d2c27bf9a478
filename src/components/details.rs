//! Read-only settings as titled definition lists, in the page's language.

use leptos::prelude::*;

use crate::components::layout::Card;
use crate::i18n::t;

/// "none" for an empty list, else the items joined.
pub fn list(items: &[String]) -> String {
    if items.is_empty() { t("none") } else { items.join(", ") }
}

pub fn yes_no(on: bool) -> String {
    if on { t("yes") } else { t("no") }
}

/// One titled group of settings: (label, value) rows. A row's label is also its `data-setting`
/// (the browser tests find a setting by its English label).
#[component]
pub fn Details(#[prop(into)] title: String, rows: Vec<(String, String)>) -> impl IntoView {
    view! {
        <Card title=title>
            <dl class="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-3">
                {rows.into_iter().map(|(k, v)| view! {
                    <dt class="text-slate-500">{k.clone()}</dt>
                    <dd class="break-all text-slate-900 sm:col-span-2" data-setting=k>{v}</dd>
                }).collect_view()}
            </dl>
        </Card>
    }
}
