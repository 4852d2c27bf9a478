//! A titled disclosure: a plain `<details>`, so that a form inside opens without JavaScript and
//! a dangerous one is a click away, not on the page.

use leptos::prelude::*;

/// A titled disclosure: the form inside shows only when opened. `open`: opened by the page, for
/// a form whose answer or refusal must be seen (the page its post came back to).
#[component]
pub fn Disclosure(
    #[prop(into)] summary: String,
    #[prop(optional)] danger: bool,
    #[prop(optional, into)] open: Signal<bool>,
    children: Children,
) -> impl IntoView {
    let class = if danger {
        "cursor-pointer select-none text-sm font-medium text-red-700"
    } else {
        "cursor-pointer select-none text-sm font-medium text-slate-800"
    };
    view! {
        <details class="rounded-md border border-slate-200 bg-white p-3" open=move || open.get()>
            <summary class=class>{summary}</summary>
            <div class="mt-3 space-y-3 text-sm">{children()}</div>
        </details>
    }
}
