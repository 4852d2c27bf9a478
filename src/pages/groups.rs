//! The groups of a pool, by precedence, with the guide's presets and a create form.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::groups::{CreateGroup, CreateGuideGroups, GroupRow, list_groups};
use crate::components::disclosure::Disclosure;
use crate::components::feedback::{Loading, or_error};
use crate::components::form::TextField;
use crate::components::hidden::Hidden;
use crate::components::layout::{PageHeader, PoolTabs};
use crate::components::outcome::{Outcome, action, answered, last_error, succeeded};
use crate::components::pagination::encode;
use crate::components::permit::Can;
use crate::components::style::BUTTON;
use crate::components::table::{DataTable, col_t};
use crate::i18n::{t, t_with};
use crate::model::role::Permission;

#[component]
pub fn GroupsPage() -> impl IntoView {
    let params = use_params_map();
    let pool_id = Memo::new(move |_| params.read().get("pool_id").unwrap_or_default());
    let create = action::<CreateGroup>();
    let presets = action::<CreateGuideGroups>();
    let groups = Resource::new(move || pool_id.get(), list_groups);
    let create_error = last_error(create.value());
    view! {
        <PageHeader title=t("groups-title") id=pool_id/>
        {move || view! { <PoolTabs pool_id=pool_id.get()/> }}
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                let pool = pool_id.get_untracked();
                or_error(groups.await, move |rows| view! { <GroupTable pool_id=pool rows/> })
            })}
        </Transition>
        <div class="mt-6 grid gap-4 lg:grid-cols-2">
            <Can allowed=CreateGroup::allows>
                <Disclosure summary=t("groups-create-title") open=answered(create.value())>
                    <ActionForm action=create>
                        <div class="space-y-3">
                            <Hidden name="pool_id" value=pool_id.get_untracked()/>
                            <TextField label=t("groups-name") name="name" error=create_error/>
                            <TextField label=t("groups-description") name="description" error=create_error required=false/>
                            <TextField label=t("groups-precedence-optional") name="precedence" kind="number" error=create_error required=false/>
                            <TextField label=t("groups-role-optional") name="role_arn" error=create_error required=false/>
                            <button type="submit" class=BUTTON>{t("groups-create")}</button>
                        </div>
                    </ActionForm>
                    <Outcome error=create_error done=succeeded(create.value()) success=t("groups-created")/>
                </Disclosure>
            </Can>
            <Can allowed=CreateGuideGroups::allows>
                <Disclosure summary=t("groups-guide-title") open=answered(presets.value())>
                    <p>{t("groups-guide-lead")}</p>
                    <ActionForm action=presets>
                        <Hidden name="pool_id" value=pool_id.get_untracked()/>
                        <button type="submit" class=BUTTON>{t("groups-guide-add")}</button>
                    </ActionForm>
                    {move || match presets.value().get() {
                        Some(Ok(created)) if created.is_empty() => Some(t("groups-guide-none")),
                        Some(Ok(created)) => Some(t_with("groups-guide-created", &[("groups", created.join(", ").into())])),
                        _ => None,
                    }.map(|m| view! { <p class="text-sm text-green-700" role="status">{m}</p> })}
                    <Outcome error=last_error(presets.value()) done=Signal::derive(|| false) success=""/>
                </Disclosure>
            </Can>
        </div>
    }
}

#[component]
fn GroupTable(pool_id: String, rows: Vec<GroupRow>) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p class="py-6 text-sm text-slate-600">{t("groups-none")}</p> }.into_any();
    }
    // Equal precedences: Cognito then picks by name; flag them, they are usually a mistake.
    let ties: Vec<i32> = {
        let mut seen = std::collections::HashMap::new();
        for p in rows.iter().filter_map(|r| r.group.precedence) {
            *seen.entry(p).or_insert(0) += 1;
        }
        seen.into_iter().filter(|(_, n)| *n > 1).map(|(p, _)| p).collect()
    };
    view! {
        <DataTable name="groups" columns=vec![col_t("column-precedence"), col_t("column-name"), col_t("column-description"), col_t("column-iam-role"), col_t("column-members").right()]>
            {rows.into_iter().map(|r| {
                let g = r.group;
                let tie = g.precedence.is_some_and(|p| ties.contains(&p));
                let href = format!("/pools/{pool_id}/group?name={}", encode(&g.name));
                view! {
                    <tr class="hover:bg-slate-50">
                        <td class="px-4 py-2">
                            {g.precedence.map(|p| p.to_string()).unwrap_or_else(|| "–".into())}
                            {tie.then(|| view! { <span class="ml-1 text-xs text-amber-700" title=t("groups-tie-note")>{t("groups-tie")}</span> })}
                        </td>
                        <td class="px-4 py-2"><a class="font-medium text-indigo-700 hover:underline" href=href>{g.name}</a></td>
                        <td class="px-4 py-2">{g.description.unwrap_or_default()}</td>
                        <td class="break-all px-4 py-2 font-mono text-xs">{g.role_arn.unwrap_or_default()}</td>
                        <td class="px-4 py-2 text-right">{if r.more_members { format!("{}+", r.members) } else { r.members.to_string() }}</td>
                    </tr>
                }
            }).collect_view()}
        </DataTable>
    }
    .into_any()
}
