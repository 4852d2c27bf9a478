//! One app client: every setting, the secret behind its own "reveal" call, edit and delete.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::clients::{DeleteClient, UpdateClient, client_form_context, get_client};
use crate::components::client_fields::ClientFields;
use crate::components::copy::MaskedSecret;
use crate::components::details::{Details, list, yes_no};
use crate::components::disclosure::Disclosure;
use crate::components::feedback::{Loading, or_error};
use crate::components::form::TypeToConfirm;
use crate::components::hidden::Hidden;
use crate::components::layout::{PageHeader, PoolTabs};
use crate::components::outcome::{Outcome, action, answered, last_error, succeeded};
use crate::components::permit::Can;
use crate::components::style::{BUTTON, CARD, CARD_TITLE};
use crate::i18n::{date, lang, t};
use crate::model::client::{ClientDetail, ClientForm, Validity};
use crate::model::role::Permission;

#[component]
pub fn ClientDetailPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let pool_id = Memo::new(move |_| params.read().get("pool_id").unwrap_or_default());
    let client_id = Memo::new(move |_| query.read().get("id").unwrap_or_default());
    let update = action::<UpdateClient>();
    let client = Resource::new(move || (pool_id.get(), client_id.get()), |(p, c)| get_client(p, c));
    view! {
        <p class="mb-2 text-sm">
            <a class="text-indigo-700 hover:underline" href=move || format!("/pools/{}/clients", pool_id.get())>{t("client-back")}</a>
        </p>
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                or_error(client.await, move |c| view! {
                    <PageHeader title=c.settings.name.clone() id=c.id.clone()/>
                    <PoolTabs pool_id=c.pool_id.clone()/>
                    <GuideMistake client=c.clone()/>
                    <div class="grid gap-4 lg:grid-cols-2">
                        <ClientSettingsView client=c.clone()/>
                    </div>
                    <div class="mt-6 grid gap-4 lg:grid-cols-2">
                        <div class="space-y-4">
                            {c.has_secret.then(|| view! { <SecretReveal client=c.clone()/> })}
                            <Can allowed=DeleteClient::allows clone:c>
                                <DeleteClientForm client=c.clone()/>
                            </Can>
                        </div>
                        // Not even created for other roles: its form context is admin-only too.
                        <Can allowed=UpdateClient::allows clone:c>
                            <EditClient client=c.clone() update/>
                        </Can>
                    </div>
                })
            })}
        </Transition>
    }
}

/// The setup guide enables ALLOW_ADMIN_USER_PASSWORD_AUTH on its client-credentials client.
#[component]
fn GuideMistake(client: ClientDetail) -> impl IntoView {
    let s = &client.settings;
    let mistake = s.oauth_flows.iter().any(|f| f == "client_credentials")
        && s.auth_flows.iter().any(|f| f == "ALLOW_ADMIN_USER_PASSWORD_AUTH");
    mistake.then(|| view! {
        <p class="mb-4 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900" role="note">
            {t("client-guide-mistake")}
        </p>
    })
}

#[component]
fn ClientSettingsView(client: ClientDetail) -> impl IntoView {
    let s = client.settings;
    let lang = lang();
    let general = vec![
        (t("client-id"), client.id.clone()),
        (t("client-secret"), if client.has_secret { t("client-secret-yes") } else { t("client-secret-no") }),
        (t("column-created"), date(client.created)),
        (t("client-details-last-modified"), date(client.modified)),
        (t("client-auth-flows"), list(&s.auth_flows)),
        (t("client-prevent-existence-errors"), yes_no(s.prevent_user_existence_errors)),
        (t("client-details-token-revocation"), yes_no(s.token_revocation)),
        (t("client-details-sign-in-session"), Validity::new(s.auth_session_minutes, "minutes").label(lang)),
    ];
    let oauth = vec![
        (t("client-oauth-flows"), list(&s.oauth_flows)),
        (t("client-legend-scopes"), list(&s.scopes)),
        (t("client-legend-identity-providers"), list(&s.identity_providers)),
        (t("client-callback-urls"), list(&s.callback_urls)),
        (t("client-logout-urls"), list(&s.logout_urls)),
        (t("client-details-default-redirect"), s.default_redirect_uri.clone().unwrap_or_else(|| "–".into())),
    ];
    let all = |v: &[String]| if v.is_empty() { t("client-attributes-all") } else { v.join(", ") };
    let tokens = vec![
        (t("client-access-token"), s.access_token.label(lang)),
        (t("client-id-token"), s.id_token.label(lang)),
        (t("client-refresh-token"), s.refresh_token.label(lang)),
        (t("client-details-readable"), all(&s.read_attributes)),
        (t("client-details-writable"), all(&s.write_attributes)),
    ];
    view! {
        <Details title=t("client-section-client") rows=general/>
        <Details title="OAuth 2.0" rows=oauth/>
        <Details title=t("client-details-tokens") rows=tokens/>
    }
}

/// The secret is not part of the page: it is fetched by its own server function when asked
/// for, and every reveal is logged on the server.
#[component]
fn SecretReveal(client: ClientDetail) -> impl IntoView {
    view! {
        <section class=CARD data-secret-section="">
            <h2 class=CARD_TITLE>{t("client-secret-title")}</h2>
            <p class="mb-2 text-sm text-slate-600">{t("client-secret-lead")}</p>
            <MaskedSecret pool_id=client.pool_id.clone() client_id=client.id.clone()/>
        </section>
    }
}

#[component]
fn EditClient(client: ClientDetail, update: ServerAction<UpdateClient>) -> impl IntoView {
    let error = last_error(update.value());
    let pool_id = client.pool_id.clone();
    let ctx = Resource::new(move || pool_id.clone(), client_form_context);
    let form = ClientForm::from_settings(&client.settings);
    view! {
        <Disclosure summary=t("client-edit") open=answered(update.value())>
            <Transition fallback=|| view! { <Loading/> }>
                {
                    let (client, form) = (client.clone(), form.clone());
                    move || {
                        let (client, form) = (client.clone(), form.clone());
                        Suspend::new(async move {
                            or_error(ctx.await, move |ctx| view! {
                                <ActionForm action=update>
                                    <div class="space-y-4" data-client-edit-form="">
                                        <Hidden name="pool_id" value=client.pool_id.clone()/>
                                        <Hidden name="client_id" value=client.id.clone()/>
                                        <ClientFields form ctx create=false error/>
                                        <Outcome error done=succeeded(update.value()) success=t("client-saved")/>
                                        <button type="submit" class=BUTTON>{t("client-save")}</button>
                                    </div>
                                </ActionForm>
                            })
                        })
                    }
                }
            </Transition>
        </Disclosure>
    }
}

#[component]
fn DeleteClientForm(client: ClientDetail) -> impl IntoView {
    let delete = action::<DeleteClient>();
    let error = last_error(delete.value());
    if client.is_console {
        return view! {
            <p class="rounded-md border border-slate-200 bg-white p-3 text-sm text-slate-600">
                {t("client-console-no-delete")}
            </p>
        }
        .into_any();
    }
    view! {
        <Disclosure summary=t("client-delete-title") danger=true open=answered(delete.value())>
            <p>{t("client-delete-lead")}</p>
            <ActionForm action=delete>
                <div class="space-y-3">
                    <Hidden name="pool_id" value=client.pool_id.clone()/>
                    <Hidden name="client_id" value=client.id.clone()/>
                    <TypeToConfirm expected=client.settings.name.clone() button=t("client-delete") error/>
                </div>
            </ActionForm>
            <Outcome error done=Signal::derive(|| false) success=""/>
        </Disclosure>
    }
    .into_any()
}
