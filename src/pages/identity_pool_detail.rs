//! One identity pool: settings, edit, roles, the guide's IAM policy templates filled in, the
//! credentials test and delete.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::identity_pools::{
    DeleteIdentityPool, SetIdentityPoolRoles, TestIdentityPool, UpdateIdentityPool, get_identity_pool,
    identity_provider_choices,
};
use crate::components::copy::{TextExport, copy};
use crate::components::details::{Details, list, yes_no};
use crate::components::disclosure::Disclosure;
use crate::components::feedback::{Loading, or_error};
use crate::components::form::{Checkbox, FormError, Select, TextField, TypeToConfirm};
use crate::components::hidden::Hidden;
use crate::components::identity_pool_fields::IdentityPoolFields;
use crate::components::layout::PageHeader;
use crate::components::outcome::{Outcome, action, answered, last_error, succeeded};
use crate::components::permit::Can;
use crate::components::style::{BUTTON, CARD};
use crate::i18n::{date, t, t_with};
use crate::model::identity_pool::{IdentityPool, IdentityPoolForm, permission_policy_template, trust_policy};
use crate::model::role::Permission;

#[component]
pub fn IdentityPoolDetailPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("identity_pool_id").unwrap_or_default());
    let pool = Resource::new(move || id.get(), get_identity_pool);
    view! {
        <p class="mb-2 text-sm"><a class="text-indigo-700 hover:underline" href="/identity-pools">{t("ipool-back")}</a></p>
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                or_error(pool.await, move |p| view! {
                    <PageHeader title=p.name.clone() detail={
                        let id = p.id.clone();
                        move || view! { <span class="font-mono text-xs">{id.clone()}</span>{copy(id.clone())} }
                    }/>
                    <div class="grid gap-4 lg:grid-cols-2">
                        <Settings pool=p.clone()/>
                        <Can allowed=TestIdentityPool::allows clone:p>
                            <TestForm pool=p.clone()/>
                        </Can>
                    </div>
                    // Wrapped here, not inside: the edit form's choices are admin-only too.
                    <div class="mt-6 max-w-3xl space-y-3">
                        <Can allowed=UpdateIdentityPool::allows clone:p>
                            <EditForm pool=p.clone()/>
                        </Can>
                        <Can allowed=SetIdentityPoolRoles::allows clone:p>
                            <RolesForm pool=p.clone()/>
                        </Can>
                        <Policies pool=p.clone()/>
                        <Can allowed=DeleteIdentityPool::allows clone:p>
                            <DeleteForm pool=p.clone()/>
                        </Can>
                    </div>
                })
            })}
        </Transition>
    }
    .into_any()
}

#[component]
fn Settings(pool: IdentityPool) -> impl IntoView {
    let providers: Vec<String> = pool
        .providers
        .iter()
        .map(|p| {
            let user_pool = p.user_pool_id().unwrap_or(&p.provider_name).to_string();
            let args = [("pool", user_pool.into()), ("client", p.client_id.clone().into())];
            if p.server_side_token_check {
                t_with("ipool-provider-checked", &args)
            } else {
                t_with("ipool-provider", &args)
            }
        })
        .collect();
    let role = |r: Option<&Option<String>>| match r {
        Some(Some(arn)) => arn.clone(),
        Some(None) => t("none"),
        None => t("ipool-role-unknown"),
    };
    let rows = vec![
        (t("ipool-guests"), yes_no(pool.allow_unauthenticated)),
        (
            t("ipool-authflow"),
            match pool.classic_flow {
                Some(true) => t("ipool-authflow-classic"),
                _ => t("ipool-authflow-enhanced"),
            },
        ),
        (t("ipool-user-pool-clients"), list(&providers)),
        (t("ipool-other-providers"), list(&pool.other_providers)),
        (t("ipool-authenticated-role"), role(pool.roles.as_ref().map(|r| &r.authenticated))),
        (t("ipool-unauthenticated-role"), role(pool.roles.as_ref().map(|r| &r.unauthenticated))),
    ];
    view! { <Details title=t("ipool-settings") rows/> }
}

#[component]
fn EditForm(pool: IdentityPool) -> impl IntoView {
    let update = action::<UpdateIdentityPool>();
    let error = last_error(update.value());
    let query = use_query_map();
    // The clients of every user pool already linked, plus one more chosen with `?pool=`.
    let mut pools: Vec<String> =
        pool.providers.iter().filter_map(|p| p.user_pool_id().map(str::to_string)).collect();
    if let Some(extra) = query.read_untracked().get("pool").filter(|p| !p.is_empty()) {
        pools.push(extra);
    }
    pools.sort();
    pools.dedup();
    let choices = Resource::new(move || pools.clone(), identity_provider_choices);
    let form = IdentityPoolForm::from_pool(&pool);
    let id = pool.id.clone();
    view! {
        <Disclosure summary=t("ipool-edit") open=answered(update.value())>
            <p class="text-xs text-slate-500">{t("ipool-edit-note")}</p>
            <Transition fallback=|| view! { <Loading/> }>
                {
                    let (form, id) = (form.clone(), id.clone());
                    move || {
                        let (form, id) = (form.clone(), id.clone());
                        Suspend::new(async move {
                            or_error(choices.await, move |choices| view! {
                                <ActionForm action=update>
                                    <div class="space-y-3" data-identity-edit="">
                                        <Hidden name="identity_pool_id" value=id/>
                                        <IdentityPoolFields form choices error/>
                                        <Outcome error done=succeeded(update.value()) success=t("ipool-saved")/>
                                        <button type="submit" class=BUTTON>{t("save")}</button>
                                    </div>
                                </ActionForm>
                            })
                        })
                    }
                }
            </Transition>
        </Disclosure>
    }
    .into_any()
}

#[component]
fn RolesForm(pool: IdentityPool) -> impl IntoView {
    let set = action::<SetIdentityPoolRoles>();
    let error = last_error(set.value());
    let roles = pool.roles.clone().unwrap_or_default();
    view! {
        <Disclosure summary=t("ipool-roles") open=answered(set.value())>
            <ActionForm action=set>
                <div class="space-y-3" data-roles-form="">
                    <Hidden name="identity_pool_id" value=pool.id.clone()/>
                    <TextField label=t("ipool-authenticated-role-arn") name="authenticated_role" required=false value=roles.authenticated.unwrap_or_default() error/>
                    <TextField label=t("ipool-unauthenticated-role-arn") name="unauthenticated_role" required=false value=roles.unauthenticated.unwrap_or_default() error/>
                    <Outcome error done=succeeded(set.value()) success=t("ipool-roles-set")/>
                    <button type="submit" class=BUTTON>{t("ipool-set-roles")}</button>
                </div>
            </ActionForm>
        </Disclosure>
    }
    .into_any()
}

const JSON: &str = "application/json";

/// The guide's IAM templates with this pool's id filled in.
#[component]
fn Policies(pool: IdentityPool) -> impl IntoView {
    view! {
        <Disclosure summary=t("ipool-policies")>
            <p>{t("ipool-trust-authenticated")}</p>
            <TextExport content=trust_policy(&pool.id, true) filename="trust-authenticated.json".into() mime=JSON.into()/>
            <p>{t("ipool-trust-unauthenticated")}</p>
            <TextExport content=trust_policy(&pool.id, false) filename="trust-unauthenticated.json".into() mime=JSON.into()/>
            <p>{t("ipool-permissions")}</p>
            <TextExport content=permission_policy_template() filename="permissions.json".into() mime=JSON.into()/>
        </Disclosure>
    }
    .into_any()
}

/// GetId + GetCredentialsForIdentity through one of the pool's clients (or as a guest).
#[component]
fn TestForm(pool: IdentityPool) -> impl IntoView {
    let test = action::<TestIdentityPool>();
    let error = last_error(test.value());
    let mut options: Vec<(String, String)> = pool
        .providers
        .iter()
        .filter_map(|p| {
            let user_pool = p.user_pool_id()?;
            let label = t_with(
                "ipool-test-client",
                &[("client", p.client_id.clone().into()), ("pool", user_pool.to_string().into())],
            );
            Some((format!("{user_pool} {}", p.client_id), label))
        })
        .collect();
    if pool.allow_unauthenticated {
        options.push((String::new(), t("ipool-test-guest")));
    }
    let first = options.first().map(|(v, _)| v.clone()).unwrap_or_default();
    let result = move || test.value().get().and_then(Result::ok);
    view! {
        <section class=CARD data-test="identity">
            <h2 class="mb-1 text-lg font-semibold">{t("ipool-test-title")}</h2>
            <p class="mb-3 text-sm text-slate-600">{t("ipool-test-lead")}</p>
            <ActionForm action=test>
                <div class="space-y-3">
                    <Hidden name="identity_pool_id" value=pool.id.clone()/>
                    <Select label=t("ipool-test-through") name="provider" options selected=first error/>
                    <TextField label=t("column-username") name="username" required=false error/>
                    <TextField label=t("login-password") name="password" kind="password" required=false error/>
                    <Checkbox name="show_secret" label=t("ipool-test-show-secret") checked=false/>
                    <FormError error/>
                    <button type="submit" class=BUTTON>{t("ipool-test-submit")}</button>
                </div>
            </ActionForm>
            {move || result().map(|r| {
                let rows = vec![
                    (t("ipool-identity-id"), r.identity_id.clone()),
                    (t("ipool-access-key-id"), r.access_key_id.clone()),
                    (t("ipool-expires"), date(r.expiration)),
                    (t("ipool-session-token"), yes_no(r.has_session_token)),
                    (t("ipool-secret-access-key"), r.secret_key.clone().unwrap_or_else(|| t("ipool-hidden"))),
                ];
                view! { <div class="mt-4" data-identity-result=""><Details title=t("ipool-credentials") rows/></div> }
            })}
        </section>
    }
    .into_any()
}

#[component]
fn DeleteForm(pool: IdentityPool) -> impl IntoView {
    let delete = action::<DeleteIdentityPool>();
    let error = last_error(delete.value());
    view! {
        <Disclosure summary=t("ipool-delete-title") danger=true open=answered(delete.value())>
            <p>{t("ipool-delete-lead")}</p>
            <ActionForm action=delete>
                <div class="space-y-3">
                    <Hidden name="identity_pool_id" value=pool.id.clone()/>
                    <TypeToConfirm expected=pool.name.clone() button=t("ipool-delete") error/>
                </div>
            </ActionForm>
            <Outcome error done=Signal::derive(|| false) success=""/>
        </Disclosure>
    }
    .into_any()
}
