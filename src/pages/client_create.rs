//! Create an app client from one of the guide's presets (or from scratch).

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::clients::{CreateClient, client_form_context};
use crate::api::resource_servers::CreateResourceServer;
use crate::components::client_fields::ClientFields;
use crate::components::feedback::{Loading, or_error};
use crate::components::hidden::Hidden;
use crate::components::layout::{PageHeader, PoolTabs};
use crate::components::outcome::{Outcome, action, last_error};
use crate::components::style::BUTTON;
use crate::i18n::t;
use crate::model::client::{ClientContext, ClientForm};
use crate::pages::resource_servers::CreateResourceServerForm;

#[component]
pub fn ClientCreatePage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let pool_id = Memo::new(move |_| params.read().get("pool_id").unwrap_or_default());
    let preset = Memo::new(move |_| query.read().get("preset").unwrap_or_default());
    let add_server = action::<CreateResourceServer>();
    let ctx = Resource::new(move || pool_id.get(), client_form_context);
    let create = action::<CreateClient>();
    let title = move || match preset.get().as_str() {
        "credentials" => t("client-create-title-credentials"),
        "user" => t("client-create-title-user"),
        _ => t("client-create-title"),
    };
    view! {
        <p class="mb-2 text-sm">
            <a class="text-indigo-700 hover:underline" href=move || format!("/pools/{}/clients", pool_id.get())>{t("client-back")}</a>
        </p>
        <PageHeader title=title id=pool_id/>
        {move || view! { <PoolTabs pool_id=pool_id.get()/> }}
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                let (pool, preset) = (pool_id.get_untracked(), preset.get_untracked());
                or_error(ctx.await, move |ctx| view! {
                    {(preset == "credentials").then(|| view! { <CredentialsNote pool_id=pool.clone() ctx=ctx.clone() add_server/> })}
                    {(preset == "user").then(|| view! { <UserPasswordNote/> })}
                    <CreateForm pool_id=pool ctx preset create/>
                })
            })}
        </Transition>
    }
}

/// What client credentials need, and the resource server form when the pool has no scopes.
#[component]
fn CredentialsNote(
    pool_id: String,
    ctx: ClientContext,
    add_server: ServerAction<CreateResourceServer>,
) -> impl IntoView {
    let domain_href = format!("/pools/{pool_id}/domain");
    view! {
        <div class="mb-4 max-w-3xl space-y-2 rounded-md border border-sky-200 bg-sky-50 p-4 text-sm text-sky-900" data-preset-note="credentials">
            <p>{t("client-credentials-note")}</p>
            <p>{t("client-credentials-not-admin")}</p>
            {(!ctx.has_domain).then(|| view! {
                <p class="font-medium text-amber-800">{t("client-no-domain")}" "<a class="underline" href=domain_href.clone()>{t("client-no-domain-add")}</a>{t("client-no-domain-after")}</p>
            })}
        </div>
        {ctx.custom_scopes.is_empty().then(|| view! {
            <div class="mb-4 max-w-xl">
                <p class="mb-2 text-sm font-medium text-amber-800">{t("client-no-scopes")}</p>
                <CreateResourceServerForm pool_id=pool_id.clone() create=add_server/>
            </div>
        })}
    }
}

#[component]
fn UserPasswordNote() -> impl IntoView {
    view! {
        <div class="mb-4 max-w-3xl rounded-md border border-sky-200 bg-sky-50 p-4 text-sm text-sky-900" data-preset-note="user">
            <p>{t("client-user-note")}</p>
        </div>
    }
}

#[component]
fn CreateForm(
    pool_id: String,
    ctx: ClientContext,
    preset: String,
    create: ServerAction<CreateClient>,
) -> impl IntoView {
    let error = last_error(create.value());
    let form = match preset.as_str() {
        "credentials" => ClientForm::credentials_preset(&ctx.custom_scopes),
        "user" => ClientForm::user_password_preset(),
        _ => ClientForm::blank(),
    };
    view! {
        <ActionForm action=create>
            <div class="max-w-3xl space-y-4" data-client-form="">
                <Hidden name="pool_id" value=pool_id/>
                <ClientFields form ctx create=true error/>
                <Outcome error done=Signal::derive(|| false) success=""/>
                <button type="submit" class=BUTTON>{t("client-create")}</button>
            </div>
        </ActionForm>
    }
}
