//! A pool's changeable settings (read-modify-write on the server), its MFA, its Lambda
//! triggers, what is fixed (read-only, with the reason), and deleting the pool.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::pools::{
    AddCustomAttributes, DeleteUserPool, SetPoolMfa, SetPoolTriggers, UpdateUserPool, get_user_pool,
};
use crate::components::details::{Details, list, yes_no};
use crate::components::disclosure::Disclosure;
use crate::components::feedback::{Loading, or_error};
use crate::components::form::{TextField, TypeToConfirm};
use crate::components::hidden::Hidden;
use crate::components::layout::{PageHeader, PoolTabs};
use crate::components::outcome::{Outcome, action, answered, last_error, succeeded};
use crate::components::permit::Can;
use crate::components::pool_fields::{CustomAttributeRows, MfaFields, PoolFields, sign_in_identifiers};
use crate::components::style::BUTTON;
use crate::i18n::{lang, t, t_with};
use crate::model::pool::PoolDetail;
use crate::model::pool_settings::PoolForm;
use crate::model::role::Permission;
use crate::model::triggers::{self, TRIGGERS};

#[component]
pub fn PoolSettingsPage() -> impl IntoView {
    let params = use_params_map();
    let pool_id = Memo::new(move |_| params.read().get("pool_id").unwrap_or_default());
    let update = action::<UpdateUserPool>();
    let mfa = action::<SetPoolMfa>();
    let triggers = action::<SetPoolTriggers>();
    let add_custom = action::<AddCustomAttributes>();
    let pool = Resource::new(move || pool_id.get(), get_user_pool);
    view! {
        <p class="mb-2 text-sm">
            <a class="text-indigo-700 hover:underline" href=move || format!("/pools/{}", pool_id.get())>{t("pool-back-overview")}</a>
        </p>
        <PageHeader title=t("pool-settings-title") id=pool_id/>
        {move || view! { <PoolTabs pool_id=pool_id.get()/> }}
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                or_error(pool.await, move |p| view! {
                    <div class="grid gap-6 lg:grid-cols-3">
                        <div class="space-y-4 lg:col-span-2">
                            <SettingsForm pool=p.clone() update/>
                        </div>
                        <div class="space-y-4">
                            <FixedSettings pool=p.clone()/>
                            <AddCustomForm pool_id=p.id.clone() add_custom/>
                            <MfaForm pool=p.clone() mfa/>
                            <TriggersForm pool=p.clone() triggers/>
                            <DeletePool pool=p/>
                        </div>
                    </div>
                })
            })}
        </Transition>
    }
}

#[component]
fn SettingsForm(pool: PoolDetail, update: ServerAction<UpdateUserPool>) -> impl IntoView {
    let error = last_error(update.value());
    view! {
        <Can allowed=UpdateUserPool::allows>
            <ActionForm action=update clone:pool>
                <div class="space-y-4" data-settings-form="">
                    <Hidden name="pool_id" value=pool.id.clone()/>
                    <PoolFields form=PoolForm::from_detail(&pool) create=false error/>
                    <Outcome error done=succeeded(update.value()) success=t("pool-settings-saved")/>
                    <button type="submit" class=BUTTON>{t("pool-settings-save")}</button>
                </div>
            </ActionForm>
        </Can>
    }
}

/// What Cognito fixes when the pool is created.
#[component]
fn FixedSettings(pool: PoolDetail) -> impl IntoView {
    let custom: Vec<String> = pool
        .schema
        .iter()
        .filter(|a| a.name.starts_with("custom:"))
        .map(|a| {
            if a.mutable {
                format!("{} ({})", a.name, a.kind)
            } else {
                t_with(
                    "pool-custom-read-only",
                    &[("name", a.name.clone().into()), ("kind", a.kind.clone().into())],
                )
            }
        })
        .collect();
    let rows = vec![
        (t("pool-sign-in-identifiers"), sign_in_identifiers(&pool)),
        (t("pool-case-sensitive"), pool.case_sensitive_usernames.map(yes_no).unwrap_or_else(|| "–".into())),
        (t("pool-required-attributes"), list(&pool.required_attributes)),
        (t("pool-custom-attributes"), list(&custom)),
    ];
    view! {
        <Details title=t("pool-fixed-title") rows/>
        <p class="-mt-2 text-xs text-slate-500">{t("pool-fixed-note")}</p>
    }
}

/// The one schema change Cognito allows later: more custom attributes.
#[component]
fn AddCustomForm(pool_id: String, add_custom: ServerAction<AddCustomAttributes>) -> impl IntoView {
    let error = last_error(add_custom.value());
    view! {
        <Can allowed=AddCustomAttributes::allows>
            <Disclosure summary=t("pool-add-custom") open=answered(add_custom.value()) clone:pool_id>
                <ActionForm action=add_custom>
                    <div class="space-y-3" data-add-custom-form="">
                        <Hidden name="pool_id" value=pool_id/>
                        <CustomAttributeRows error/>
                        <Outcome error done=succeeded(add_custom.value()) success=t("pool-custom-added")/>
                        <button type="submit" class=BUTTON>{t("pool-add-attributes")}</button>
                    </div>
                </ActionForm>
            </Disclosure>
        </Can>
    }
}

#[component]
fn MfaForm(pool: PoolDetail, mfa: ServerAction<SetPoolMfa>) -> impl IntoView {
    let error = last_error(mfa.value());
    let form = PoolForm::from_detail(&pool);
    view! {
        <Can allowed=SetPoolMfa::allows>
            <ActionForm action=mfa clone:pool clone:form>
                <div class="space-y-3" id="mfa" data-mfa-form="">
                    <Hidden name="pool_id" value=pool.id.clone()/>
                    <MfaFields form error/>
                    <Outcome error done=succeeded(mfa.value()) success=t("pool-mfa-updated")/>
                    <button type="submit" class=BUTTON>{t("pool-mfa-save")}</button>
                </div>
            </ActionForm>
        </Can>
    }
}

#[component]
fn TriggersForm(pool: PoolDetail, triggers: ServerAction<SetPoolTriggers>) -> impl IntoView {
    let error = last_error(triggers.value());
    let current = pool.triggers.clone();
    let others: Vec<String> = current
        .iter()
        .filter(|(key, _)| !TRIGGERS.iter().any(|(k, _, _)| k == key))
        .map(|(key, arn)| format!("{key}: {arn}"))
        .collect();
    view! {
        <Can allowed=SetPoolTriggers::allows>
            <Disclosure summary=t("pool-lambda-triggers") open=answered(triggers.value()) clone:pool clone:current clone:others>
                <ActionForm action=triggers>
                    <div class="space-y-3" data-triggers-form="">
                        <Hidden name="pool_id" value=pool.id.clone()/>
                        <p class="text-xs text-slate-500">{t("pool-triggers-note")}</p>
                        {TRIGGERS.iter().map(|(key, ..)| {
                            let value = current.iter().find(|(k, _)| k == key).map(|(_, arn)| arn.clone()).unwrap_or_default();
                            let (label, hint) = (triggers::label(lang(), key), triggers::hint(lang(), key));
                            view! {
                                <div title=hint>
                                    <TextField label name=format!("triggers[{key}]") value required=false error/>
                                </div>
                            }
                        }).collect_view()}
                        {(!others.is_empty()).then(|| view! {
                            <p class="text-xs text-slate-500">{t_with("pool-triggers-others", &[("triggers", others.join("; ").into())])}</p>
                        })}
                        <Outcome error done=succeeded(triggers.value()) success=t("pool-triggers-saved")/>
                        <button type="submit" class=BUTTON>{t("pool-triggers-save")}</button>
                    </div>
                </ActionForm>
            </Disclosure>
        </Can>
    }
}

#[component]
fn DeletePool(pool: PoolDetail) -> impl IntoView {
    let delete = action::<DeleteUserPool>();
    let error = last_error(delete.value());
    view! {
        <Can allowed=DeleteUserPool::allows>
            <Disclosure summary=t("pool-delete-title") danger=true open=answered(delete.value()) clone:pool>
                {pool.deletion_protection.then(|| view! {
                    <p class="text-amber-800">{t("pool-delete-protected")}</p>
                })}
                <p>{t("pool-delete-lead")}</p>
                <ActionForm action=delete>
                    <div class="space-y-3">
                        <Hidden name="pool_id" value=pool.id.clone()/>
                        <TypeToConfirm expected=pool.name.clone() button=t("pool-delete") error/>
                    </div>
                </ActionForm>
                <Outcome error done=Signal::derive(|| false) success=""/>
            </Disclosure>
        </Can>
    }
}
