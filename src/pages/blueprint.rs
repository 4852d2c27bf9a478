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
use crate::components::table::{DataTable, col};
use crate::model::blueprint::{ApplyReport, GUIDE_BLUEPRINT, PlanStep, StepOutcome};

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
        "the pool named in [pool] (created with the guide's settings when there is none)".to_string()
    } else {
        format!("the pool {pool_id} (the name in [pool] is not used)")
    };
    let result = match (plan.value().get_untracked(), apply.value().get_untracked()) {
        (_, Some(Ok(report))) => Some(view! { <ApplyResult report/> }.into_any()),
        (Some(Ok(steps)), _) => Some(view! { <PlanResult steps/> }.into_any()),
        _ => None,
    };
    view! {
        <PageHeader
            title="Setup blueprint"
            lead="A blueprint describes a pool's resource servers, app clients, groups, users and memberships (TOML or JSON; the guide's standard setup is filled in). Plan shows what would change; apply makes it so and reports each step. Blueprints create and align, they never delete."
            detail=move || view! { "Target: " <span data-target="">{target.clone()}</span> }/>
        <form method="post" action=PlanBlueprint::url()>
            <Hidden name="pool_id" value=pool_id/>
            <label for="blueprint" class="block text-sm font-medium text-slate-700">"Blueprint"</label>
            <textarea id="blueprint" name="blueprint" rows="22" spellcheck="false" data-blueprint=""
                class="mt-1 block w-full max-w-4xl rounded-md border border-slate-300 p-2 font-mono text-xs">{text}</textarea>
            <FieldError field="blueprint" error/>
            <div class="my-3 flex gap-2">
                <button type="submit" class=SMALL_BUTTON data-plan-button="">"Plan"</button>
                <button type="submit" formaction=ApplyBlueprint::url() class=BUTTON data-apply-button="">"Apply"</button>
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
            {if changes == 0 { "Nothing to change: the pool matches the blueprint.".to_string() } else { format!("{changes} change(s) planned. Nothing has been applied.") }}
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
            {if failed { format!("Stopped at a failed step after {changed} change(s); the steps after it were not attempted.") } else { format!("Applied: {changed} change(s).") }}
            {(skipped > 0).then(|| format!(" {skipped} step(s) skipped: this Cognito endpoint does not support them."))}
            {pool_id.map(|id| view! { " " <a class="text-indigo-700 underline" href=format!("/pools/{id}/summary")>"Open the pool's summary →"</a> })}
        </p>
        <Show when=move || passwords>
            <p class="mb-2 text-sm text-amber-800">"New users got the temporary passwords below: they are shown this once and must be changed at first sign-in."</p>
        </Show>
        <DataTable name="apply" columns=vec![col("Outcome"), col("Action"), col("Kind"), col("Name"), col("Detail")]>
            {steps.into_iter().map(|s| {
                let outcome = s.outcome.as_ref().map_or_else(|| "not attempted".to_string(), StepOutcome::text);
                let detail = match &s.password {
                    Some(p) => format!("temporary password: {p}"),
                    None => s.step.detail.clone(),
                };
                let kind = outcome.split(':').next().unwrap_or_default().to_string();
                view! {
                    <tr data-outcome=kind>
                        <td class="px-4 py-2 text-xs">{outcome}</td>
                        <td class="px-4 py-2"><StepBadge action=s.step.action/></td>
                        <td class="px-4 py-2 text-xs">{s.step.kind}</td>
                        <td class="px-4 py-2 font-medium">{s.step.name}</td>
                        <td class="px-4 py-2 font-mono text-xs text-slate-600">{detail}</td>
                    </tr>
                }
            }).collect_view()}
        </DataTable>
    }
    .into_any()
}
