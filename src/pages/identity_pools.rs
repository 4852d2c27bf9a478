//! Identity pools of the region: the list, and the create form (user pool chosen first, its
//! app clients offered as providers).

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::identity_pools::{CreateIdentityPool, identity_provider_choices, list_identity_pools};
use crate::api::pools::list_user_pools;
use crate::components::feedback::{Loading, or_error};
use crate::components::form::FormError;
use crate::components::identity_pool_fields::IdentityPoolFields;
use crate::components::layout::PageHeader;
use crate::components::outcome::{action, last_error};
use crate::components::permit::Can;
use crate::components::style::{BUTTON, SMALL_BUTTON};
use crate::components::table::{DataTable, col_t};
use crate::i18n::t;
use crate::model::identity_pool::IdentityPoolForm;
use crate::model::role::Permission;

#[component]
pub fn IdentityPoolsPage() -> impl IntoView {
    let pools = Resource::new(|| (), |_| list_identity_pools());
    view! {
        <PageHeader title=t("ipool-title") lead=t("ipool-lead")>
            <Can allowed=CreateIdentityPool::allows>
                <a class=BUTTON href="/identity-pools/new">{t("ipool-create")}</a>
            </Can>
        </PageHeader>
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                or_error(pools.await, |list| {
                    if list.is_empty() {
                        return view! { <p class="text-sm text-slate-600">{t("ipool-none")}</p> }.into_any();
                    }
                    view! {
                        <DataTable name="identity-pools" columns=vec![col_t("column-name"), col_t("ipool-column-id")]>
                            {list.into_iter().map(|p| view! {
                                <tr class="hover:bg-slate-50">
                                    <td class="px-4 py-2"><a class="font-medium text-indigo-700 hover:underline" href=format!("/identity-pools/{}", p.id)>{p.name}</a></td>
                                    <td class="px-4 py-2 font-mono text-xs">{p.id}</td>
                                </tr>
                            }).collect_view()}
                        </DataTable>
                    }.into_any()
                })
            })}
        </Transition>
    }
    .into_any()
}

/// Chooses the user pool whose clients are offered (a GET form, so it works without
/// JavaScript), then the identity pool form.
#[component]
pub fn IdentityPoolCreatePage() -> impl IntoView {
    let query = use_query_map();
    let user_pool = Memo::new(move |_| query.read().get("pool").unwrap_or_default());
    let user_pools = Resource::new(|| (), |_| list_user_pools(60, None));
    let choices = Resource::new(
        move || user_pool.get(),
        |pool| async move {
            if pool.is_empty() { Ok(Vec::new()) } else { identity_provider_choices(vec![pool]).await }
        },
    );
    let create = action::<CreateIdentityPool>();
    let error = last_error(create.value());
    view! {
        <p class="mb-2 text-sm"><a class="text-indigo-700 hover:underline" href="/identity-pools">{t("ipool-back")}</a></p>
        <h1 class="mb-4 text-2xl font-bold text-slate-900">{t("ipool-create")}</h1>
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                let selected = user_pool.get_untracked();
                or_error(user_pools.await, move |page| view! {
                    <form method="get" class="mb-4 flex max-w-xl items-end gap-2 text-sm" data-choose-pool="">
                        <label class="flex min-w-0 flex-1 flex-col gap-1">
                            <span class="font-medium text-slate-700">{t("ipool-user-pool")}</span>
                            <select name="pool" class="w-full min-w-0 rounded-md border border-slate-300 px-2 py-1.5">
                                <option value="">{t("ipool-choose-user-pool")}</option>
                                {page.pools.into_iter().map(|p| {
                                    let on = p.id == selected;
                                    view! { <option value=p.id.clone() selected=on>{format!("{} ({})", p.name, p.id)}</option> }
                                }).collect_view()}
                            </select>
                        </label>
                        <button type="submit" class=format!("{SMALL_BUTTON} shrink-0")>{t("ipool-show-clients")}</button>
                    </form>
                })
            })}
        </Transition>
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                or_error(choices.await, move |choices| view! {
                    <ActionForm action=create>
                        <div class="max-w-xl space-y-3" data-identity-form="">
                            <IdentityPoolFields form=IdentityPoolForm { name: "MyApp Identities".into(), ..Default::default() } choices error/>
                            <FormError error/>
                            <button type="submit" class=BUTTON>{t("ipool-create")}</button>
                        </div>
                    </ActionForm>
                })
            })}
        </Transition>
    }
    .into_any()
}
