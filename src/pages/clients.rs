//! The app clients of a pool, with the guide's two presets.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::clients::{CreateClient, list_clients};
use crate::components::feedback::{Loading, or_error};
use crate::components::layout::{PageHeader, PoolTabs};
use crate::components::pagination::encode;
use crate::components::permit::Can;
use crate::components::style::BUTTON;
use crate::components::table::{DataTable, col_t};
use crate::i18n::t;
use crate::model::client::ClientSummary;
use crate::model::role::Permission;

#[component]
pub fn ClientsPage() -> impl IntoView {
    let params = use_params_map();
    let pool_id = Memo::new(move |_| params.read().get("pool_id").unwrap_or_default());
    let clients = Resource::new(move || pool_id.get(), list_clients);
    let new = move |preset: &str| format!("/pools/{}/clients/new?preset={preset}", pool_id.get());
    view! {
        <PageHeader title=t("tab-app-clients") id=pool_id/>
        {move || view! { <PoolTabs pool_id=pool_id.get()/> }}
        <Can allowed=CreateClient::allows>
            <div class="mb-4 flex flex-wrap gap-3 text-sm">
                <a class=BUTTON href=move || new("credentials") data-preset="credentials">{t("client-new-credentials")}</a>
                <a class=BUTTON href=move || new("user") data-preset="user">{t("client-new-user")}</a>
                <a class="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100" href=move || new("blank")>{t("client-new-custom")}</a>
            </div>
        </Can>
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                let pool = pool_id.get_untracked();
                or_error(clients.await, move |rows| view! { <ClientTable pool_id=pool rows/> })
            })}
        </Transition>
    }
}

#[component]
fn ClientTable(pool_id: String, rows: Vec<ClientSummary>) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p class="py-6 text-sm text-slate-600">{t("client-none")}</p> }.into_any();
    }
    let none = t("none");
    let short = move |flows: &[String]| {
        if flows.is_empty() {
            none.clone()
        } else {
            flows.iter().map(|f| f.trim_start_matches("ALLOW_")).collect::<Vec<_>>().join(", ")
        }
    };
    view! {
        <DataTable name="clients" columns=vec![
            col_t("column-name"),
            col_t("client-id"),
            col_t("client-secret"),
            col_t("client-auth-flows"),
            col_t("client-oauth-flows"),
        ]>
            {rows.into_iter().map(|c| {
                let href = format!("/pools/{pool_id}/client?id={}", encode(&c.id));
                view! {
                    <tr class="hover:bg-slate-50">
                        <td class="px-4 py-2"><a class="font-medium text-indigo-700 hover:underline" href=href>{c.name}</a></td>
                        <td class="px-4 py-2 font-mono text-xs">{c.id}</td>
                        <td class="px-4 py-2">{if c.has_secret { t("yes") } else { t("no") }}</td>
                        <td class="px-4 py-2 text-xs">{short(&c.auth_flows)}</td>
                        <td class="px-4 py-2 text-xs">{short(&c.oauth_flows)}</td>
                    </tr>
                }
            }).collect_view()}
        </DataTable>
    }
    .into_any()
}
