//! A plan's steps as the Blueprint and Restore pages show them: what each step does, to what.

use leptos::prelude::*;

use crate::components::table::{DataTable, col_t};
use crate::i18n::lang;
use crate::model::blueprint::{PlanStep, StepAction, kind_label};

/// A step's action, coloured by what it does to the pool.
#[component]
pub fn StepBadge(action: StepAction) -> impl IntoView {
    let class = match action {
        StepAction::Create => "rounded bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-800",
        StepAction::Update => "rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-800",
        StepAction::Delete => "rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-800",
        StepAction::Keep => "rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-600",
        StepAction::Skip => "rounded bg-slate-100 px-2 py-0.5 text-xs italic text-slate-500",
    };
    view! { <span class=class>{action.shown(lang())}</span> }
}

/// Every step, one row each.
#[component]
pub fn PlanTable(steps: Vec<PlanStep>) -> impl IntoView {
    let columns = vec![
        col_t("blueprint-column-action"),
        col_t("blueprint-column-kind"),
        col_t("column-name"),
        col_t("blueprint-column-detail"),
    ];
    view! {
        <DataTable name="plan" columns>
            {steps.into_iter().map(|s| view! {
                <tr data-step=s.action.label()>
                    <td class="px-4 py-2"><StepBadge action=s.action/></td>
                    <td class="px-4 py-2 text-xs">{kind_label(lang(), &s.kind)}</td>
                    <td class="px-4 py-2 font-medium">{s.name}</td>
                    <td class="px-4 py-2 text-xs text-slate-600">{s.detail}</td>
                </tr>
            }).collect_view()}
        </DataTable>
    }
}
