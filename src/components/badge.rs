//! Small status badges.

use leptos::prelude::*;

use crate::i18n::t;

/// A user's status as a coloured badge.
#[component]
pub fn StatusBadge(status: String, enabled: bool) -> impl IntoView {
    let colour = match status.as_str() {
        "CONFIRMED" => "bg-green-100 text-green-800",
        "FORCE_CHANGE_PASSWORD" | "RESET_REQUIRED" => "bg-amber-100 text-amber-800",
        _ => "bg-slate-100 text-slate-700",
    };
    view! {
        <span class=format!("rounded px-1.5 py-0.5 text-xs font-medium {colour}")>{status}</span>
        {(!enabled).then(|| view! {
            <span class="ml-1 rounded bg-red-100 px-1.5 py-0.5 text-xs font-medium text-red-800">{t("badge-disabled")}</span>
        })}
    }
}
