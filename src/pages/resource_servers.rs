//! Resource servers and their custom scopes (what client-credentials clients are granted).

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::resource_servers::{
    CreateResourceServer, DeleteResourceServer, UpdateResourceServer, list_resource_servers,
};
use crate::components::disclosure::Disclosure;
use crate::components::feedback::{Loading, or_error};
use crate::components::form::{TextArea, TextField, TypeToConfirm};
use crate::components::hidden::Hidden;
use crate::components::layout::{PageHeader, PoolTabs};
use crate::components::outcome::{Outcome, action, action_for, answered, last_error, succeeded};
use crate::components::permit::Can;
use crate::components::style::{BUTTON, CARD};
use crate::i18n::t;
use crate::model::resource_server::{ResourceServer, scopes_text};
use crate::model::role::Permission;

#[component]
pub fn ResourceServersPage() -> impl IntoView {
    let params = use_params_map();
    let pool_id = Memo::new(move |_| params.read().get("pool_id").unwrap_or_default());
    let create = action::<CreateResourceServer>();
    let servers = Resource::new(move || pool_id.get(), list_resource_servers);
    view! {
        <PageHeader title=t("tab-resource-servers") id=pool_id/>
        {move || view! { <PoolTabs pool_id=pool_id.get()/> }}
        <p class="mb-4 max-w-3xl text-sm text-slate-600">{t("rs-lead")}</p>
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                let pool = pool_id.get_untracked();
                or_error(servers.await, move |list| {
                    if list.is_empty() {
                        return view! { <p class="mb-4 text-sm text-slate-600">{t("rs-none")}</p> }.into_any();
                    }
                    list.into_iter()
                        .map(|server| view! { <ServerCard pool_id=pool.clone() server/> })
                        .collect_view()
                        .into_any()
                })
            })}
        </Transition>
        <div class="mt-6 max-w-xl">
            <CreateResourceServerForm pool_id=pool_id.get_untracked() create/>
        </div>
    }
}

/// The create form; also offered inline on the client-credentials preset when the pool has no
/// resource server yet.
#[component]
pub fn CreateResourceServerForm(
    pool_id: String,
    create: ServerAction<CreateResourceServer>,
) -> impl IntoView {
    let error = last_error(create.value());
    view! {
        <Can allowed=CreateResourceServer::allows>
            <Disclosure summary=t("rs-add-title") open=answered(create.value()) clone:pool_id>
                <ActionForm action=create>
                    <div class="space-y-3" data-resource-server-form="">
                        <Hidden name="pool_id" value=pool_id/>
                        <TextField label=t("rs-identifier") name="identifier" error/>
                        <TextField label=t("rs-name") name="resource_name" error/>
                        <TextArea label=t("rs-scopes") name="scopes" value=t("rs-scopes-example") hint=t("rs-scopes-hint") error/>
                        <button type="submit" class=BUTTON>{t("rs-add")}</button>
                    </div>
                </ActionForm>
                <Outcome error done=succeeded(create.value()) success=t("rs-added")/>
            </Disclosure>
        </Can>
    }
}

#[component]
fn ServerCard(pool_id: String, server: ResourceServer) -> impl IntoView {
    // A card per server: an answer is this card's when its form named this server.
    let update = action_for::<UpdateResourceServer>("identifier", &server.identifier);
    let delete = action_for::<DeleteResourceServer>("identifier", &server.identifier);
    let update_error = last_error(update.value());
    let delete_error = last_error(delete.value());
    let scopes = server.full_scopes();
    let (edit_pool, edit_id) = (pool_id.clone(), server.identifier.clone());
    let (delete_pool, delete_id) = (pool_id, server.identifier.clone());
    let identifier = server.identifier.clone();
    view! {
        <section class=format!("mb-4 max-w-3xl {CARD}") data-resource-server=identifier>
            <h2 class="font-semibold text-slate-900">{server.name.clone()}</h2>
            <p class="mb-2 font-mono text-xs text-slate-600">{server.identifier.clone()}</p>
            <table class="mb-3 min-w-full text-sm">
                <thead class="text-left text-slate-600"><tr><th class="pr-4 font-medium">{t("rs-scope")}</th><th class="font-medium">{t("column-description")}</th></tr></thead>
                <tbody>
                    {server.scopes.iter().zip(scopes).map(|(s, full)| view! {
                        <tr><td class="pr-4 font-mono text-xs">{full}</td><td>{s.description.clone()}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <div class="grid gap-2 md:grid-cols-2">
                <Can allowed=UpdateResourceServer::allows>
                    <Disclosure summary=t("rs-edit") open=answered(update.value()) clone:edit_pool clone:edit_id clone:server>
                        <ActionForm action=update>
                            <div class="space-y-3">
                                <Hidden name="pool_id" value=edit_pool/>
                                <Hidden name="identifier" value=edit_id/>
                                <TextField label=t("rs-name") name="resource_name" value=server.name.clone() error=update_error/>
                                <TextArea label=t("rs-scopes") name="scopes" value=scopes_text(&server.scopes) hint=t("rs-scopes-hint")
                                    error=update_error/>
                                <button type="submit" class=BUTTON>{t("save")}</button>
                            </div>
                        </ActionForm>
                        <Outcome error=update_error done=succeeded(update.value()) success=t("saved")/>
                    </Disclosure>
                </Can>
                <Can allowed=DeleteResourceServer::allows>
                    <Disclosure summary=t("rs-delete-title") danger=true open=answered(delete.value()) clone:delete_pool clone:delete_id>
                        <p>{t("rs-delete-lead")}</p>
                        <ActionForm action=delete>
                            <div class="space-y-3">
                                <Hidden name="pool_id" value=delete_pool/>
                                <Hidden name="identifier" value=delete_id.clone()/>
                                <TypeToConfirm expected=delete_id button=t("rs-delete") error=delete_error/>
                            </div>
                        </ActionForm>
                        <Outcome error=delete_error done=succeeded(delete.value()) success=t("rs-deleted")/>
                    </Disclosure>
                </Can>
            </div>
        </section>
    }
}
