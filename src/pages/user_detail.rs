//! One user: attributes, status, groups, and the support desk's actions. Every action is a
//! plain form posting to its server function; the page comes back with the user as it now is
//! and the action's outcome under its form.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::auth_events::{SetAuthEventFeedback, list_account_trail, list_user_auth_events};
use crate::api::devices::{ForgetAllDevices, ForgetDevice, SetDeviceRemembered, list_user_devices};
use crate::api::groups::list_group_names;
use crate::api::linked_identities::{LinkIdentity, UnlinkIdentity, list_identity_provider_names};
use crate::api::users::{
    AddUserToGroup, ConfirmUser, DeleteUser, RemoveUserFromGroup, ResetUserPassword, SetUserEnabled,
    SetUserMfa, SetUserPassword, SignOutUser, UpdateUserAttributes, get_user,
};
use crate::components::badge::StatusBadge;
use crate::components::disclosure::Disclosure;
use crate::components::feedback::{Loading, or_error};
use crate::components::form::{GroupOptions, TextField, TypeToConfirm};
use crate::components::hidden::{Hidden, Target, UserFields};
use crate::components::layout::{Card, PageHeader, PoolTabs};
use crate::components::outcome::{Outcome, action, answered, has_error, last_error, succeeded};
use crate::components::permit::Can;
use crate::components::style::{BUTTON, CARD, CARD_TITLE, DANGER_BUTTON, INPUT, SMALL_BUTTON};
use crate::error::AppError;
use crate::i18n::{lang, t, t_with};
use crate::model::auth_event::trail_window;
use crate::model::role::Permission;
use crate::model::user::{UserDetail, attribute_label};
use crate::pages::user_auth_events::{HistoryPage, SignInHistory};
use crate::pages::user_devices::{DeviceActions, DevicesCard};
use crate::pages::user_identities::{IdentityActions, LinkedIdentitiesCard};
use crate::pages::user_mfa::MfaCard;

#[component]
pub fn UserDetailPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let pool_id = Memo::new(move |_| params.read().get("pool_id").unwrap_or_default());
    let username = Memo::new(move |_| query.read().get("name").unwrap_or_default());

    let enable = action::<SetUserEnabled>();
    let confirm = action::<ConfirmUser>();
    let reset = action::<ResetUserPassword>();
    let set_password = action::<SetUserPassword>();
    let sign_out = action::<SignOutUser>();
    let delete = action::<DeleteUser>();
    let add = action::<AddUserToGroup>();
    let remove = action::<RemoveUserFromGroup>();
    let edit = action::<UpdateUserAttributes>();
    let mfa = action::<SetUserMfa>();
    let devices = DeviceActions {
        forget: action::<ForgetDevice>(),
        forget_all: action::<ForgetAllDevices>(),
        remembered: action::<SetDeviceRemembered>(),
    };
    let feedback = action::<SetAuthEventFeedback>();
    let identities = IdentityActions { link: action::<LinkIdentity>(), unlink: action::<UnlinkIdentity>() };
    let actions = Actions {
        enable,
        confirm,
        reset,
        set_password,
        sign_out,
        delete,
        add,
        remove,
        edit,
        mfa,
        devices,
        feedback,
        identities,
    };
    // Every resource of the page is made here, none in a suspended branch (the server's render
    // would wait for one made there).
    let user = Resource::new(move || (pool_id.get(), username.get()), |(p, u)| get_user(p, u));
    let providers = Resource::new(move || pool_id.get(), list_identity_provider_names);
    let device_list =
        Resource::new(move || (pool_id.get(), username.get()), |(p, u)| list_user_devices(p, u));
    let events_page = Memo::new(move |_| query.read().get("events").filter(|t| !t.is_empty()));
    let before = Memo::new(move |_| query.read().get("before").and_then(|b| b.parse::<i64>().ok()));
    let history = Resource::new(
        move || (pool_id.get(), username.get(), events_page.get(), before.get()),
        |(p, u, token, before)| sign_in_history(p, u, token, before),
    );
    view! {
        <p class="mb-2 text-sm">
            <a class="text-indigo-700 hover:underline" href=move || format!("/pools/{}/users", pool_id.get())>{t("user-back")}</a>
        </p>
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                let pool = pool_id.get_untracked();
                let (device_list, history, providers) = (device_list.await, history.await, providers.await);
                let older = events_page.get_untracked().is_some();
                or_error(user.await, move |u| {
                    let target = Target::new(pool.clone(), u.username.clone());
                    let locked = u.access.locked.is_some();
                    view! {
                        <UserHeader user=u.clone()/>
                        <PoolTabs pool_id=pool.clone()/>
                        <div class="grid gap-4 lg:grid-cols-3">
                            <div class="space-y-4 lg:col-span-2">
                                <AttributeList user=u.clone()/>
                                <MfaCard target=target user=u.clone() action=actions.mfa/>
                                {(!locked).then(|| view! {
                                    <Can allowed=UpdateUserAttributes::allows clone:u>
                                        <EditAttributes target=target user=u.clone() edit=actions.edit/>
                                    </Can>
                                })}
                                <Memberships pool_id=pool.clone() user=u.clone() actions/>
                                <LinkedIdentitiesCard target=target user=u.clone() providers actions=actions.identities/>
                                <DevicesCard target=target devices=device_list locked actions=actions.devices/>
                                <SignInHistory target=target history locked feedback=actions.feedback older/>
                            </div>
                            {match u.access.locked.clone() {
                                // A console operator, seen by a support operator: the desk's actions
                                // would be refused.
                                Some(reason) => view! {
                                    <Can allowed=SignOutUser::allows>
                                        <p class="self-start rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-800" data-locked="">{reason.clone()}</p>
                                    </Can>
                                }.into_any(),
                                None => view! { <UserActions pool_id=pool user=u actions/> }.into_any(),
                            }}
                        </div>
                    }
                })
            })}
        </Transition>
    }
}

/// The page's actions, created once so that their results survive a reload of the data.
#[derive(Clone, Copy)]
struct Actions {
    enable: ServerAction<SetUserEnabled>,
    confirm: ServerAction<ConfirmUser>,
    reset: ServerAction<ResetUserPassword>,
    set_password: ServerAction<SetUserPassword>,
    sign_out: ServerAction<SignOutUser>,
    delete: ServerAction<DeleteUser>,
    add: ServerAction<AddUserToGroup>,
    remove: ServerAction<RemoveUserFromGroup>,
    edit: ServerAction<UpdateUserAttributes>,
    mfa: ServerAction<SetUserMfa>,
    devices: DeviceActions,
    feedback: ServerAction<SetAuthEventFeedback>,
    identities: IdentityActions,
}

/// One page of the user's sign-in history: Cognito's events, then the audit rows of their span
/// (left out, with a note, for an operator who may not read them).
async fn sign_in_history(
    pool_id: String,
    username: String,
    token: Option<String>,
    before: Option<i64>,
) -> Result<HistoryPage, AppError> {
    let page = list_user_auth_events(pool_id.clone(), username.clone(), token).await?;
    let (since_ms, until_ms) = trail_window(&page, before);
    let trail = list_account_trail(pool_id, username, since_ms, until_ms).await.ok();
    Ok((page, trail))
}

#[component]
fn UserHeader(user: UserDetail) -> impl IntoView {
    let title = user.attribute("email").unwrap_or(&user.username).to_string();
    view! {
        <PageHeader title detail=move || view! {
            <StatusBadge status=user.status.clone() enabled=user.enabled/>
            <span class="font-mono text-xs" data-username="">{user.username.clone()}</span>
            {user.is_self.then(|| view! { <span class="rounded bg-indigo-100 px-1.5 py-0.5 text-xs text-indigo-800">{t("user-you")}</span> })}
        }/>
    }
}

#[component]
fn AttributeList(user: UserDetail) -> impl IntoView {
    let mut rows = vec![
        (t("user-status"), user.status.clone()),
        (t("user-enabled"), t(if user.enabled { "yes" } else { "no" })),
        (t("user-created"), crate::i18n::date(user.created)),
        (t("user-last-modified"), crate::i18n::date(user.modified)),
    ];
    rows.extend(user.attributes.iter().map(|a| (attribute_label(&a.name, lang()), a.value.clone())));
    view! {
        <Card title=t("user-attributes")>
            <dl class="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-3" data-attributes="">
                {rows.into_iter().map(|(k, v)| view! {
                    <dt class="text-xs text-slate-500">{k}</dt>
                    <dd class="break-all text-slate-900 sm:col-span-2">{v}</dd>
                }).collect_view()}
            </dl>
        </Card>
    }
}

/// The mutable attributes of the pool's schema, prefilled. An emptied field removes the value.
#[component]
fn EditAttributes(
    target: Target,
    user: UserDetail,
    edit: ServerAction<UpdateUserAttributes>,
) -> impl IntoView {
    let error = last_error(edit.value());
    let fields = user
        .editable
        .iter()
        .map(|name| {
            let value = user.attribute(name).unwrap_or_default().to_string();
            view! { <TextField label=attribute_label(name, lang()) name=format!("attributes[{name}]") value error required=false/> }
        })
        .collect_view();
    view! {
        <Disclosure summary=t("user-edit-attributes") open=answered(edit.value())>
            <ActionForm action=edit>
                <div class="space-y-2">
                    <UserFields target/>
                    {fields}
                    <p class="text-xs text-slate-500">{t("user-edit-attributes-note")}</p>
                    <button type="submit" class=BUTTON>{t("user-save-attributes")}</button>
                </div>
            </ActionForm>
            <Outcome error done=succeeded(edit.value()) success=t("user-attributes-saved")/>
        </Disclosure>
    }
}

#[component]
fn Memberships(pool_id: String, user: UserDetail, actions: Actions) -> impl IntoView {
    let Actions { add, remove, .. } = actions;
    let target = Target::new(pool_id.clone(), user.username.clone());
    let all_groups = Resource::new(move || target.pool_id(), list_group_names);
    // The picker offers neither the user's groups nor those the operator may not change here.
    let locked = user.access.locked.is_some();
    let locked_groups = user.access.locked_groups.clone();
    let skip: Vec<String> =
        user.groups.iter().map(|g| g.name.clone()).chain(locked_groups.iter().cloned()).collect();
    let rows = user.groups.clone().into_iter().map(move |g| {
        let removable = !locked && !locked_groups.contains(&g.name);
        let href = format!("/pools/{}/group?name={}", target.pool_id(), crate::components::pagination::encode(&g.name));
        let group = g.name.clone();
        view! {
            <li class="flex items-center justify-between py-1.5" data-group=g.name.clone()>
                <span>
                    <a class="text-indigo-700 underline" href=href>{g.name.clone()}</a>
                    <span class="ml-2 text-xs text-slate-500">{g.precedence.map(|p| t_with("user-group-precedence", &[("precedence", p.into())]))}</span>
                </span>
                {removable.then(|| view! {
                    <Can allowed=RemoveUserFromGroup::allows>
                        <ActionForm action=remove clone:group>
                            <UserFields target/>
                            <Hidden name="group" value=group/>
                            <button type="submit" class=SMALL_BUTTON>{t("user-remove")}</button>
                        </ActionForm>
                    </Can>
                })}
            </li>
        }
    }).collect_view();
    view! {
        <section class=CARD data-groups="">
            <h2 class=CARD_TITLE>{t("user-groups-title")}</h2>
            {if user.groups.is_empty() {
                view! { <p class="text-sm text-slate-600">{t("user-no-groups")}</p> }.into_any()
            } else {
                view! { <ul class="divide-y divide-slate-100 text-sm">{rows}</ul> }.into_any()
            }}
            <Outcome error=last_error(remove.value()) done=succeeded(remove.value()) success=t("user-removed-from-group")/>
            {(!locked).then(|| view! {
                <Can allowed=AddUserToGroup::allows>
                    <ActionForm action=add clone:skip>
                        <div class="mt-3 flex items-end gap-2">
                            <UserFields target/>
                            <label class="text-sm">
                                <span class="block text-slate-600">{t("user-add-to-group")}</span>
                                <select name="group" class=INPUT required>
                                    // Nothing chosen for the operator: the first group is often `admin`.
                                    <option value="" selected>{t("user-choose-group")}</option>
                                    <GroupOptions groups=all_groups skip=skip/>
                                </select>
                            </label>
                            <button type="submit" class=BUTTON>{t("user-add")}</button>
                        </div>
                    </ActionForm>
                </Can>
            })}
            <Outcome error=last_error(add.value()) done=succeeded(add.value()) success=t("user-added-to-group")/>
        </section>
    }
}

#[component]
fn UserActions(pool_id: String, user: UserDetail, actions: Actions) -> impl IntoView {
    let Actions { enable, confirm, reset, set_password, sign_out, delete, .. } = actions;
    let target = Target::new(pool_id, user.username.clone());
    let can_lock_out = !user.is_self;
    let set_password_error = last_error(set_password.value());
    let delete_error = last_error(delete.value());
    view! {
        <section class="space-y-2" aria-label=t("user-actions")>
            // A viewer has none of these actions: no heading over nothing.
            <Can allowed=SignOutUser::allows>
                <h2 class="text-sm font-semibold uppercase tracking-wide text-slate-500">{t("user-actions")}</h2>
            </Can>
            <Can allowed=SetUserEnabled::allows>
                {if user.enabled {
                    view! {
                        <Disclosure summary=t("user-disable-title") open=has_error(last_error(enable.value()))>
                            <p>{t("user-disable-lead")}</p>
                            {if can_lock_out {
                                view! {
                                    <ActionForm action=enable>
                                        <UserFields target/>
                                        <Hidden name="enabled" value="false"/>
                                        <button type="submit" class=DANGER_BUTTON>{t("user-disable")}</button>
                                    </ActionForm>
                                }.into_any()
                            } else {
                                view! { <p class="text-amber-700">{t("user-cannot-disable-self")}</p> }.into_any()
                            }}
                        </Disclosure>
                    }.into_any()
                } else {
                    view! {
                        <ActionForm action=enable>
                            <UserFields target/>
                            <Hidden name="enabled" value="true"/>
                            <button type="submit" class=BUTTON>{t("user-enable")}</button>
                        </ActionForm>
                    }.into_any()
                }}
            </Can>
            <Outcome error=last_error(enable.value()) done=succeeded(enable.value()) success=t("saved")/>
            <Can allowed=ConfirmUser::allows>
                {(user.status == "UNCONFIRMED").then(|| view! {
                    <ActionForm action=confirm>
                        <UserFields target/>
                        <button type="submit" class=BUTTON>{t("user-confirm-sign-up")}</button>
                    </ActionForm>
                    <Outcome error=last_error(confirm.value()) done=succeeded(confirm.value()) success=t("user-sign-up-confirmed")/>
                })}
            </Can>
            <Can allowed=ResetUserPassword::allows>
                <Disclosure summary=t("user-reset-title") open=answered(reset.value())>
                    <p>{t("user-reset-lead")}</p>
                    <ActionForm action=reset>
                        <UserFields target/>
                        <button type="submit" class=BUTTON>{t("user-reset-title")}</button>
                    </ActionForm>
                    <Outcome error=last_error(reset.value()) done=succeeded(reset.value()) success=t("user-reset-done")/>
                </Disclosure>
            </Can>
            <Can allowed=SetUserPassword::allows>
                <Disclosure summary=t("user-set-password-title") open=answered(set_password.value())>
                    <ActionForm action=set_password>
                        <div class="space-y-2">
                            <UserFields target/>
                            <TextField label=t("user-new-password") name="password" kind="password" autocomplete="new-password" error=set_password_error/>
                            <label class="flex items-center gap-2">
                                <input type="checkbox" name="permanent" value="true"/>
                                {t("user-permanent")}
                            </label>
                            <button type="submit" class=BUTTON>{t("user-set-password-title")}</button>
                        </div>
                    </ActionForm>
                    <Outcome error=set_password_error done=succeeded(set_password.value()) success=t("user-password-set")/>
                </Disclosure>
            </Can>
            <Can allowed=SignOutUser::allows>
                <Disclosure summary=t("user-sign-out-title") open=answered(sign_out.value())>
                    <p>{t("user-sign-out-lead")}</p>
                    <ActionForm action=sign_out>
                        <UserFields target/>
                        <button type="submit" class=BUTTON>{t("user-sign-out-title")}</button>
                    </ActionForm>
                    <Outcome error=last_error(sign_out.value()) done=succeeded(sign_out.value()) success=t("user-signed-out")/>
                </Disclosure>
            </Can>
            <Can allowed=DeleteUser::allows>
                <Disclosure summary=t("user-delete-title") danger=true open=has_error(delete_error)>
                    {if can_lock_out {
                        view! {
                            <ActionForm action=delete>
                                <div class="space-y-2">
                                    <UserFields target/>
                                    <TypeToConfirm expected=target.name() button=t("user-delete") error=delete_error/>
                                </div>
                            </ActionForm>
                            <Outcome error=delete_error done=Signal::derive(|| false) success=""/>
                        }.into_any()
                    } else {
                        view! { <p class="text-amber-700">{t("user-cannot-delete-self")}</p> }.into_any()
                    }}
                </Disclosure>
            </Can>
        </section>
    }
    .into_any()
}
