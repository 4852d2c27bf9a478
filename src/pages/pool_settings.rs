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
use crate::components::pool_fields::{CustomAttributeRows, MfaFields, PoolFields};
use crate::components::style::BUTTON;
use crate::model::pool::PoolDetail;
use crate::model::pool_settings::PoolForm;
use crate::model::role::Permission;
use crate::model::triggers::TRIGGERS;

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
            <a class="text-indigo-700 hover:underline" href=move || format!("/pools/{}", pool_id.get())>"← Overview"</a>
        </p>
        <PageHeader title="Pool settings" id=pool_id/>
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
                    <Outcome error done=succeeded(update.value()) success="Settings saved. Everything else was kept as it was."/>
                    <button type="submit" class=BUTTON>"Save settings"</button>
                </div>
            </ActionForm>
        </Can>
    }
}

/// What Cognito fixes when the pool is created.
#[component]
fn FixedSettings(pool: PoolDetail) -> impl IntoView {
    let sign_in = if pool.username_attributes.is_empty() {
        format!("Username (aliases: {})", list(&pool.alias_attributes))
    } else {
        format!("{} as username", list(&pool.username_attributes))
    };
    let custom: Vec<String> = pool
        .schema
        .iter()
        .filter(|a| a.name.starts_with("custom:"))
        .map(|a| format!("{} ({}{})", a.name, a.kind, if a.mutable { "" } else { ", read-only" }))
        .collect();
    let rows = vec![
        ("Sign-in identifiers", sign_in),
        ("Case-sensitive usernames", pool.case_sensitive_usernames.map(yes_no).unwrap_or_else(|| "–".into())),
        ("Required attributes", list(&pool.required_attributes)),
        ("Custom attributes", list(&custom)),
    ];
    view! {
        <Details title="Fixed at creation" rows/>
        <p class="-mt-2 text-xs text-slate-500">"Cognito does not allow changing these once a pool exists (custom attributes can only be added): create a new pool and migrate users to change them."</p>
    }
}

/// The one schema change Cognito allows later: more custom attributes.
#[component]
fn AddCustomForm(pool_id: String, add_custom: ServerAction<AddCustomAttributes>) -> impl IntoView {
    let error = last_error(add_custom.value());
    view! {
        <Can allowed=AddCustomAttributes::allows>
            <Disclosure summary="Add custom attributes" open=answered(add_custom.value()) clone:pool_id>
                <ActionForm action=add_custom>
                    <div class="space-y-3" data-add-custom-form="">
                        <Hidden name="pool_id" value=pool_id/>
                        <CustomAttributeRows error/>
                        <Outcome error done=succeeded(add_custom.value()) success="Custom attributes added."/>
                        <button type="submit" class=BUTTON>"Add attributes"</button>
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
                    <Outcome error done=succeeded(mfa.value()) success="MFA updated."/>
                    <button type="submit" class=BUTTON>"Save MFA"</button>
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
            <Disclosure summary="Lambda triggers" open=answered(triggers.value()) clone:pool clone:current clone:others>
                <ActionForm action=triggers>
                    <div class="space-y-3" data-triggers-form="">
                        <Hidden name="pool_id" value=pool.id.clone()/>
                        <p class="text-xs text-slate-500">"A Lambda function ARN per trigger; leave empty for none. Cognito must be allowed to invoke each function (a resource-based policy on the function)."</p>
                        {TRIGGERS.iter().map(|(key, label, hint)| {
                            let value = current.iter().find(|(k, _)| k == key).map(|(_, arn)| arn.clone()).unwrap_or_default();
                            view! {
                                <div title=*hint>
                                    <TextField label=*label name=format!("triggers[{key}]") value required=false error/>
                                </div>
                            }
                        }).collect_view()}
                        {(!others.is_empty()).then(|| view! {
                            <p class="text-xs text-slate-500">"Also configured (kept as they are): " {others.join("; ")}</p>
                        })}
                        <Outcome error done=succeeded(triggers.value()) success="Triggers saved."/>
                        <button type="submit" class=BUTTON>"Save triggers"</button>
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
            <Disclosure summary="Delete this pool" danger=true open=answered(delete.value()) clone:pool>
                {pool.deletion_protection.then(|| view! {
                    <p class="text-amber-800">"Deletion protection is on: turn it off in the settings first."</p>
                })}
                <p>"Deletes the pool with all its users, groups and app clients. This cannot be undone."</p>
                <ActionForm action=delete>
                    <div class="space-y-3">
                        <Hidden name="pool_id" value=pool.id.clone()/>
                        <TypeToConfirm expected=pool.name.clone() button="Delete pool" error/>
                    </div>
                </ActionForm>
                <Outcome error done=Signal::derive(|| false) success=""/>
            </Disclosure>
        </Can>
    }
}
