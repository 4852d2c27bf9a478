//! A pool's backups: back the whole pool up (a job; the file is downloaded from its page), and
//! restore a backup into this pool: choose one, see the plan (nothing applied), then start it
//! as a job. Removing what the backup does not have is ticked apart and confirmed by typing the
//! pool's name. Plain GET and POST forms: it works without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::backup::{
    AddBackup, ListBackups, RestorePlan, STEPS_SHOWN, StartRestore, list_backups, plan_restore,
};
use crate::api::jobs::StartExport;
use crate::components::disclosure::Disclosure;
use crate::components::feedback::{Loading, or_error};
use crate::components::form::{Checkbox, FieldError, FormError, TextArea, TypeToConfirm};
use crate::components::hidden::Hidden;
use crate::components::layout::{PageHeader, PoolTabs};
use crate::components::outcome::{action, answered, last_error};
use crate::components::permit::{Can, use_operator};
use crate::components::plan::PlanTable;
use crate::components::style::BUTTON;
use crate::error::AppError;
use crate::model::audit::format_timestamp_ms;
use crate::model::job::JobSummary;
use crate::model::role::Permission;

#[component]
pub fn BackupPage() -> impl IntoView {
    let params = use_params_map();
    let pool_id = Memo::new(move |_| params.read().get("pool_id").unwrap_or_default());
    let query = use_query_map();
    let backup = Memo::new(move |_| query.read().get("backup").unwrap_or_default());
    let remove = Memo::new(move |_| query.read().get("remove").is_some_and(|v| v == "on"));
    let export_url = <StartExport as leptos::server_fn::ServerFn>::url();
    // Made here, not inside `Can` (whose children may be rendered again, dropping what they
    // made), and only asked for an operator who may restore.
    let add = action::<AddBackup>();
    let operator = use_operator();
    let may_restore = move || async move {
        match operator {
            Some(op) => op.await.is_ok_and(|op| ListBackups::allows(op.role)),
            None => false,
        }
    };
    let backups = Resource::new(
        || (),
        move |_| async move {
            match may_restore().await {
                true => Some(list_backups().await),
                false => None,
            }
        },
    );
    let plan = Resource::new(
        move || (pool_id.get(), backup.get(), remove.get()),
        move |(pool_id, backup, remove)| async move {
            match !backup.is_empty() && may_restore().await {
                true => Some(plan_restore(pool_id, backup, remove.then(|| "on".to_string())).await),
                false => None,
            }
        },
    );
    view! {
        <PageHeader title="Backup and restore" id=pool_id/>
        {move || view! { <PoolTabs pool_id=pool_id.get()/> }}
        <Can allowed=StartExport::allows>
            <section class="mb-6 max-w-3xl text-sm">
                <h2 class="mb-1 text-lg font-semibold text-slate-900">"Back up"</h2>
                <p class="mb-2 text-slate-600">"One JSON document: the pool's settings, custom attributes, resource servers, app clients (without secrets), groups, and every user with attributes, enabled flag and groups. It runs as a job; download the file from its page. Passwords and MFA secrets cannot be read from Cognito, so no backup has them."</p>
                <form method="post" action=export_url data-backup-form="">
                    <input type="hidden" name="pool_id" value=move || pool_id.get()/>
                    <input type="hidden" name="format" value="backup"/>
                    <button type="submit" class=BUTTON>"Back up this pool"</button>
                </form>
            </section>
        </Can>
        <Can allowed=ListBackups::allows>
            <RestoreSection pool_id backup remove backups plan/>
            <AddBackupForm pool_id add/>
        </Can>
    }
}

/// A backup taken elsewhere (another console, `pooldesk backup`), pasted: kept with this
/// console's backups, then planned against this pool.
#[component]
fn AddBackupForm(pool_id: Memo<String>, add: ServerAction<AddBackup>) -> impl IntoView {
    let error = last_error(add.value());
    view! {
        <div class="mt-6 max-w-4xl text-sm">
            <Disclosure summary="Add a backup from a file" open=answered(add.value())>
                <ActionForm action=add>
                    <div class="space-y-3" data-add-backup="">
                        <Hidden name="pool_id" value=pool_id.get_untracked()/>
                        <TextArea label="Backup (the JSON document a Pooldesk backup writes; up to 2 MB)" name="backup" rows=8 error/>
                        <button type="submit" class=BUTTON>"Add and plan"</button>
                        <FormError error/>
                    </div>
                </ActionForm>
            </Disclosure>
        </div>
    }
}

type Loaded<T> = Resource<Option<Result<T, AppError>>>;

#[component]
fn RestoreSection(
    pool_id: Memo<String>,
    backup: Memo<String>,
    remove: Memo<bool>,
    backups: Loaded<Vec<JobSummary>>,
    plan: Loaded<RestorePlan>,
) -> impl IntoView {
    view! {
        <section class="max-w-5xl text-sm">
            <h2 class="mb-1 text-lg font-semibold text-slate-900">"Restore into this pool"</h2>
            <p class="mb-2 max-w-3xl text-slate-600">"A backup of this pool or of another (a copy). The plan shows what differs; the restore creates what is missing and aligns attributes, enabled flags and memberships. Created users get a temporary password: with invitations Cognito sends it, otherwise reset their password when they need to sign in."</p>
            <Transition fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    let Some(backups) = backups.await else { return ().into_any() };
                    or_error(backups, move |list| {
                        if list.is_empty() {
                            return view! { <p class="text-slate-600" data-no-backups="">"No backup yet: back up a pool first."</p> }.into_any();
                        }
                        let chosen = backup.get_untracked();
                        view! {
                            <form method="get" class="flex flex-wrap items-end gap-3" data-restore-choose="">
                                <div>
                                    <label for="field-backup" class="block font-medium text-slate-700">"Backup"</label>
                                    <select id="field-backup" name="backup" class="mt-1 rounded-md border border-slate-300 px-3 py-2">
                                        {list.into_iter().map(|b| {
                                            let label = format!("{} · {} · {}", b.pool_id, format_timestamp_ms(b.created_ms), b.started_by);
                                            let on = b.id == chosen;
                                            view! { <option value=b.id selected=on>{label}</option> }
                                        }).collect_view()}
                                    </select>
                                </div>
                                <Checkbox name="remove" label="Remove what is not in the backup" checked=remove.get_untracked()
                                    hint="Users, memberships, groups, app clients and resource servers this pool has and the backup does not."/>
                                <button type="submit" class=BUTTON>"Plan the restore"</button>
                            </form>
                        }.into_any()
                    })
                })}
            </Transition>
            <Transition fallback=|| view! { <Loading label="Reading the pool…"/> }>
                {move || Suspend::new(async move {
                    match plan.await {
                        None => ().into_any(),
                        Some(result) => or_error(result, move |plan| view! {
                            <RestorePlanView pool_id=pool_id.get_untracked() backup=backup.get_untracked() remove=remove.get_untracked() plan/>
                        }).into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn RestorePlanView(pool_id: String, backup: String, remove: bool, plan: RestorePlan) -> impl IntoView {
    let start = action::<StartRestore>();
    let error = last_error(start.value());
    let changes: usize = plan.counts.iter().map(|(_, n)| n).sum();
    let summary = match changes {
        0 => "Nothing to change: the pool matches the backup.".to_string(),
        _ => {
            let parts: Vec<String> = plan.counts.iter().map(|(action, n)| format!("{n} {action}")).collect();
            format!("{changes} change(s) planned ({}). Nothing has been applied.", parts.join(", "))
        }
    };
    let capped = plan.steps.len() >= STEPS_SHOWN;
    view! {
        <p class="mb-2 mt-4 font-medium" data-plan-summary="">{summary}</p>
        {capped.then(|| view! { <p class="mb-2 text-slate-600">{format!("The first {STEPS_SHOWN} steps, changes first; the counts cover all.")}</p> })}
        <PlanTable steps=plan.steps/>
        {(changes > 0).then(|| view! {
            <ActionForm action=start>
                <div class="mt-4 max-w-xl space-y-3" data-restore-form="">
                    <Hidden name="pool_id" value=pool_id/>
                    <Hidden name="backup_job" value=backup/>
                    {remove.then(|| view! { <Hidden name="remove" value="on".to_string()/> })}
                    <Checkbox name="invite" label="Send Cognito's invitation to created users" checked=false/>
                    <FieldError field="backup_job" error/>
                    {if remove {
                        view! { <TypeToConfirm expected=plan.pool_name button="Restore and remove" error/> }.into_any()
                    } else {
                        view! { <button type="submit" class=BUTTON>"Restore"</button> }.into_any()
                    }}
                    <FormError error/>
                </div>
            </ActionForm>
        })}
    }
}
