use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::blueprint::ApplyBlueprint;
use crate::api::pools::{CreateUserPool, list_user_pools};
use crate::components::feedback::{Loading, or_error};
use crate::components::layout::PageHeader;
use crate::components::pagination::{Pager, parse_stack};
use crate::components::permit::Can;
use crate::components::style::BUTTON;
use crate::components::table::{DataTable, col_t};
use crate::i18n::t;
use crate::model::pool::PoolSummary;
use crate::model::role::Permission;

const PAGE_SIZE: i32 = 20;

#[component]
pub fn PoolsPage() -> impl IntoView {
    let query = use_query_map();
    let stack = Memo::new(move |_| parse_stack(query.read().get("pages")));
    let pools = Resource::new(move || stack.get(), |stack| list_user_pools(PAGE_SIZE, stack.last().cloned()));
    view! {
        <PageHeader title=t("nav-user-pools")>
            <Can allowed=ApplyBlueprint::allows>
                <a href="/blueprint" class="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">{t("pools-blueprint")}</a>
            </Can>
            <Can allowed=CreateUserPool::allows>
                <a href="/pools/new" class=BUTTON>{t("pools-create")}</a>
            </Can>
        </PageHeader>
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                let stack = stack.get_untracked();
                or_error(pools.await, move |page| view! {
                    <PoolTable pools=page.pools/>
                    <Pager base="/pools".to_string() stack next_token=page.next_token/>
                })
            })}
        </Transition>
    }
}

#[component]
fn PoolTable(pools: Vec<PoolSummary>) -> impl IntoView {
    if pools.is_empty() {
        return view! { <p class="py-6 text-sm text-slate-600">{t("pools-none")}</p> }.into_any();
    }
    view! {
        <DataTable name="pools" columns=vec![col_t("column-name"), col_t("column-pool-id"), col_t("column-created"), col_t("column-estimated-users").right()]>
            {pools.into_iter().map(|p| view! {
                <tr class="hover:bg-slate-50">
                    <td class="px-4 py-2">
                        <a class="font-medium text-indigo-700 hover:underline" href=format!("/pools/{}", p.id)>{p.name}</a>
                    </td>
                    <td class="px-4 py-2 font-mono text-xs">{p.id}</td>
                    <td class="px-4 py-2">{crate::model::format_date(p.created)}</td>
                    <td class="px-4 py-2 text-right">{p.estimated_users.map(|n| n.to_string()).unwrap_or_else(|| "–".into())}</td>
                </tr>
            }).collect_view()}
        </DataTable>
    }
    .into_any()
}
