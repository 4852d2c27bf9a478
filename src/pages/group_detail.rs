//! One group: its settings (editable), its members (paginated, removable), adding members, and
//! deleting the group.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::groups::{DeleteGroup, UpdateGroup, get_group, list_group_members};
use crate::api::users::{AddUserToGroup, RemoveUserFromGroup};
use crate::components::badge::StatusBadge;
use crate::components::disclosure::Disclosure;
use crate::components::feedback::{Loading, or_error};
use crate::components::form::{TextField, TypeToConfirm};
use crate::components::hidden::{Hidden, Target};
use crate::components::layout::{PageHeader, PoolTabs};
use crate::components::outcome::{Outcome, action, answered, last_error, succeeded};
use crate::components::pagination::{Pager, encode, parse_stack};
use crate::components::permit::Can;
use crate::components::style::{BUTTON, SMALL_BUTTON};
use crate::components::table::{DataTable, col_t};
use crate::i18n::{t, t_with};
use crate::model::group::GroupInfo;
use crate::model::role::Permission;
use crate::model::user::UserPage;

const PAGE_SIZE: i32 = 20;

#[component]
pub fn GroupDetailPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let pool_id = Memo::new(move |_| params.read().get("pool_id").unwrap_or_default());
    let name = Memo::new(move |_| query.read().get("name").unwrap_or_default());
    let stack = Memo::new(move |_| parse_stack(query.read().get("pages")));
    let update = action::<UpdateGroup>();
    let delete = action::<DeleteGroup>();
    let add = action::<AddUserToGroup>();
    let remove = action::<RemoveUserFromGroup>();
    let group = Resource::new(move || (pool_id.get(), name.get()), |(p, n)| get_group(p, n));
    let members = Resource::new(
        move || (pool_id.get(), name.get(), stack.get()),
        |(p, n, s)| list_group_members(p, n, PAGE_SIZE, s.last().cloned()),
    );
    view! {
        <p class="mb-2 text-sm">
            <a class="text-indigo-700 hover:underline" href=move || format!("/pools/{}/groups", pool_id.get())>{t("group-back")}</a>
        </p>
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                let pool = pool_id.get_untracked();
                or_error(group.await, move |g| {
                    let target = Target::new(pool.clone(), g.name.clone());
                    // A console group's members change only by an admin's hand (`locked` below).
                    let locked = g.locked;
                    view! {
                        <PageHeader title=g.name.clone() lead=g.description.clone().unwrap_or_default()/>
                        <PoolTabs pool_id=pool.clone()/>
                        <div class="grid gap-4 lg:grid-cols-3">
                            <div class="lg:col-span-2">
                                <Transition fallback=|| view! { <Loading/> }>
                                    {move || Suspend::new(async move {
                                        let stack = stack.get_untracked();
                                        or_error(members.await, move |page| {
                                            let next_token = page.next_token.clone();
                                            let base = format!("/pools/{}/group?name={}", target.pool_id(), encode(&target.name()));
                                            view! {
                                                <MemberTable target page remove locked/>
                                                <Pager base stack next_token/>
                                            }
                                        })
                                    })}
                                </Transition>
                                <Outcome error=last_error(remove.value()) done=succeeded(remove.value()) success=t("user-removed-from-group")/>
                            </div>
                            <div class="space-y-2">
                                {(!locked).then(|| view! {
                                    <Can allowed=AddUserToGroup::allows>
                                        <AddMember target add/>
                                    </Can>
                                })}
                                <Can allowed=UpdateGroup::allows clone:g>
                                    <EditGroup target group=g.clone() update/>
                                </Can>
                                <Can allowed=DeleteGroup::allows>
                                    <DeleteGroupPanel target delete members/>
                                </Can>
                            </div>
                        </div>
                    }
                })
            })}
        </Transition>
    }
}

/// Hidden `pool_id` and `name` fields for a form acting on the group.
#[component]
fn GroupFields(target: Target) -> impl IntoView {
    view! {
        <input type="hidden" name="pool_id" value=target.pool_id()/>
        <input type="hidden" name="name" value=target.name()/>
    }
}

#[component]
fn MemberTable(
    target: Target,
    page: UserPage,
    remove: ServerAction<RemoveUserFromGroup>,
    /// The operator may not change this group's members.
    locked: bool,
) -> impl IntoView {
    if page.users.is_empty() {
        return view! { <p class="py-6 text-sm text-slate-600">{t("group-no-members")}</p> }.into_any();
    }
    let rows = page.users.into_iter().map(move |u| {
        let href = format!("/pools/{}/user?name={}", target.pool_id(), encode(&u.username));
        // As on the users page: people know the email, not a GUID username.
        let shown = u.email.clone().unwrap_or_else(|| u.username.clone());
        view! {
            <tr>
                <td class="px-4 py-2"><a class="text-indigo-700 hover:underline" href=href>{shown}</a></td>
                <td class="px-4 py-2 font-mono text-xs">{u.username.clone()}</td>
                <td class="px-4 py-2"><StatusBadge status=u.status.clone() enabled=u.enabled/></td>
                <td class="px-4 py-2 text-right">
                    {(!locked).then(|| view! {
                        <Can allowed=RemoveUserFromGroup::allows>
                            <ActionForm action=remove clone:u>
                                <Hidden name="pool_id" value=target.pool_id()/>
                                <Hidden name="username" value=u.username.clone()/>
                                <Hidden name="group" value=target.name()/>
                                <button type="submit" class=SMALL_BUTTON>{t("user-remove")}</button>
                            </ActionForm>
                        </Can>
                    })}
                </td>
            </tr>
        }
    }).collect_view();
    view! {
        <DataTable name="members" columns=vec![col_t("column-user"), col_t("column-username"), col_t("column-status"), col_t("user-remove").hidden()]>
            {rows}
        </DataTable>
    }
    .into_any()
}

#[component]
fn AddMember(target: Target, add: ServerAction<AddUserToGroup>) -> impl IntoView {
    let error = last_error(add.value());
    view! {
        <Disclosure summary=t("group-add-member") open=answered(add.value())>
            <ActionForm action=add>
                <div class="space-y-2">
                    <Hidden name="pool_id" value=target.pool_id()/>
                    <Hidden name="group" value=target.name()/>
                    <TextField label=t("group-member-username") name="username" error/>
                    <button type="submit" class=BUTTON>{t("user-add")}</button>
                </div>
            </ActionForm>
            <Outcome error done=succeeded(add.value()) success=t("group-added")/>
        </Disclosure>
    }
}

#[component]
fn EditGroup(target: Target, group: GroupInfo, update: ServerAction<UpdateGroup>) -> impl IntoView {
    let error = last_error(update.value());
    view! {
        <Disclosure summary=t("group-edit") open=answered(update.value())>
            <ActionForm action=update>
                <div class="space-y-2">
                    <GroupFields target/>
                    <TextField label=t("groups-description") name="description" value=group.description.clone().unwrap_or_default() error required=false/>
                    <TextField label=t("column-precedence") name="precedence" kind="number" value=group.precedence.map(|p| p.to_string()).unwrap_or_default() error required=false/>
                    <TextField label=t("group-role") name="role_arn" value=group.role_arn.clone().unwrap_or_default() error required=false/>
                    <button type="submit" class=BUTTON>{t("save")}</button>
                </div>
            </ActionForm>
            <Outcome error done=succeeded(update.value()) success=t("saved")/>
        </Disclosure>
    }
}

#[component]
fn DeleteGroupPanel(
    target: Target,
    delete: ServerAction<DeleteGroup>,
    members: Resource<Result<UserPage, crate::error::AppError>>,
) -> impl IntoView {
    let error = last_error(delete.value());
    view! {
        <Disclosure summary=t("group-delete") danger=true open=answered(delete.value())>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    members.await.ok().map(|page| {
                        let plus = if page.next_token.is_some() { "+" } else { "" };
                        view! { <p class="font-medium" data-member-count="">{t_with("group-member-count", &[("count", page.users.len().into()), ("plus", plus.into())])}</p> }
                    })
                })}
            </Suspense>
            <p>{t("group-delete-lead")}</p>
            <ActionForm action=delete>
                <div class="space-y-2">
                    <GroupFields target/>
                    <TypeToConfirm expected=target.name() button=t("group-delete") error/>
                </div>
            </ActionForm>
            <Outcome error done=Signal::derive(|| false) success=""/>
        </Disclosure>
    }
}
