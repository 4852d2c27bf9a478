//! Setup blueprints: edit the blueprint (the guide's by default), plan it against the live pool,
//! apply it, and see each step's outcome. From a pool's page (`?pool=`) it targets that pool.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

use crate::api::blueprint::{ApplyBlueprint, PlanBlueprint};
use crate::components::form::{FieldError, FormError};
use crate::components::hidden::Hidden;
use crate::components::layout::PageHeader;
use crate::components::outcome::{action, last_error, typed};
use crate::components::plan::{PlanTable, StepBadge};
use crate::components::style::{BUTTON, SMALL_BUTTON};
use crate::components::table::{DataTable, col_t};
use crate::i18n::{lang, t, t_with};
use crate::model::blueprint::{ApplyReport, GUIDE_BLUEPRINT, PlanStep, kind_label};

#[component]
pub fn BlueprintPage() -> impl IntoView {
    let query = use_query_map();
    let pool_id = query.read_untracked().get("pool").unwrap_or_default();
    let plan = action::<PlanBlueprint>();
    let apply = action::<ApplyBlueprint>();
    let (plan_error, apply_error) = (last_error(plan.value()), last_error(apply.value()));
    // One of the two buttons was pressed: its answer or refusal is the one there is.
    let error = Signal::derive(move || apply_error.get().or_else(|| plan_error.get()));
    // The blueprint comes back as it was posted; the guide's on a first visit.
    let text = typed("blueprint").unwrap_or_else(|| GUIDE_BLUEPRINT.to_string());
    let target = if pool_id.is_empty() {
        t("blueprint-target-named")
    } else {
        t_with("blueprint-target-pool", &[("pool", pool_id.clone().into())])
    };
    let target_label = t("blueprint-target");
    let result = match (plan.value().get_untracked(), apply.value().get_untracked()) {
        (_, Some(Ok(report))) => Some(view! { <ApplyResult report/> }.into_any()),
        (Some(Ok(steps)), _) => Some(view! { <PlanResult steps/> }.into_any()),
        _ => None,
    };
    view! {
        <PageHeader
            title=t("blueprint-title")
            lead=t("blueprint-lead")
            detail=move || view! { {target_label.clone()}" " <span data-target="">{target.clone()}</span> }/>
        <form method="post" action=PlanBlueprint::url()>
            <Hidden name="pool_id" value=pool_id/>
            <label for="blueprint" class="block text-sm font-medium text-slate-700">{t("blueprint-label")}</label>
            <textarea id="blueprint" name="blueprint" rows="22" spellcheck="false" data-blueprint=""
                class="mt-1 block w-full max-w-4xl rounded-md border border-slate-300 p-2 font-mono text-xs">{text}</textarea>
            <FieldError field="blueprint" error/>
            <div class="my-3 flex gap-2">
                <button type="submit" class=SMALL_BUTTON data-plan-button="">{t("blueprint-plan")}</button>
                <button type="submit" formaction=ApplyBlueprint::url() class=BUTTON data-apply-button="">{t("blueprint-apply")}</button>
            </div>
        </form>
        <FormError error/>
        {result}
    }
    .into_any()
}

#[component]
fn PlanResult(steps: Vec<PlanStep>) -> impl IntoView {
    let changes = steps.iter().filter(|s| s.action.changes()).count();
    view! {
        <p class="mb-2 text-sm font-medium" data-plan-summary="">
            {if changes == 0 { t("blueprint-nothing") } else { t_with("blueprint-planned", &[("count", changes.into())]) }}
        </p>
        <PlanTable steps/>
    }
    .into_any()
}

#[component]
fn ApplyResult(report: ApplyReport) -> impl IntoView {
    let (failed, changed, skipped) = (report.failed(), report.changed(), report.skipped().len());
    let ApplyReport { pool_id, steps } = report;
    let passwords = steps.iter().any(|s| s.password.is_some());
    view! {
        <p class=if failed { "mb-2 text-sm font-medium text-red-800" } else { "mb-2 text-sm font-medium text-green-800" } data-apply-summary="">
            {if failed {
                t_with("blueprint-stopped", &[("count", changed.into())])
            } else {
                t_with("blueprint-applied", &[("count", changed.into())])
            }}
            {(skipped > 0).then(|| format!(" {}", t_with("blueprint-skipped", &[("count", skipped.into())])))}
            {pool_id.map(|id| view! { " " <a class="text-indigo-700 underline" href=format!("/pools/{id}/summary")>{t("blueprint-open-summary")}</a> })}
        </p>
        <Show when=move || passwords>
            <p class="mb-2 text-sm text-amber-800">{t("blueprint-passwords")}</p>
        </Show>
        <DataTable name="apply" columns=vec![col_t("column-outcome"), col_t("blueprint-column-action"), col_t("blueprint-column-kind"), col_t("column-name"), col_t("blueprint-column-detail")]>
            {steps.into_iter().map(|s| {
                let (kind, outcome) = match &s.outcome {
                    Some(o) => (o.kind(), o.shown(lang())),
                    None => ("not attempted", t("blueprint-not-attempted")),
                };
                let detail = match &s.password {
                    Some(p) => t_with("blueprint-temporary-password", &[("password", p.clone().into())]),
                    None => s.step.detail.clone(),
                };
                view! {
                    <tr data-outcome=kind>
                        <td class="px-4 py-2 text-xs">{outcome}</td>
                        <td class="px-4 py-2"><StepBadge action=s.step.action/></td>
                        <td class="px-4 py-2 text-xs">{kind_label(lang(), &s.step.kind)}</td>
                        <td class="px-4 py-2 font-medium">{s.step.name}</td>
                        <td class="px-4 py-2 font-mono text-xs text-slate-600">{detail}</td>
                    </tr>
                }
            }).collect_view()}
        </DataTable>
    }
    .into_any()
}
