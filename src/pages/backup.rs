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
use crate::i18n::{t, t_with, timestamp_ms};
use crate::model::blueprint::StepAction;
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
        <PageHeader title=t("backup-title") id=pool_id/>
        {move || view! { <PoolTabs pool_id=pool_id.get()/> }}
        <Can allowed=StartExport::allows>
            <section class="mb-6 max-w-3xl text-sm">
                <h2 class="mb-1 text-lg font-semibold text-slate-900">{t("backup-back-up")}</h2>
                <p class="mb-2 text-slate-600">{t("backup-lead")}</p>
                <form method="post" action=export_url data-backup-form="">
                    <input type="hidden" name="pool_id" value=move || pool_id.get()/>
                    <input type="hidden" name="format" value="backup"/>
                    <button type="submit" class=BUTTON>{t("backup-this-pool")}</button>
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
            <Disclosure summary=t("backup-add-title") open=answered(add.value())>
                <ActionForm action=add>
                    <div class="space-y-3" data-add-backup="">
                        <Hidden name="pool_id" value=pool_id.get_untracked()/>
                        <TextArea label=t("backup-add-field") name="backup" rows=8 error/>
                        <button type="submit" class=BUTTON>{t("backup-add-and-plan")}</button>
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
            <h2 class="mb-1 text-lg font-semibold text-slate-900">{t("backup-restore-title")}</h2>
            <p class="mb-2 max-w-3xl text-slate-600">{t("backup-restore-lead")}</p>
            <Transition fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    let Some(backups) = backups.await else { return ().into_any() };
                    or_error(backups, move |list| {
                        if list.is_empty() {
                            return view! { <p class="text-slate-600" data-no-backups="">{t("backup-none")}</p> }.into_any();
                        }
                        let chosen = backup.get_untracked();
                        view! {
                            <form method="get" class="flex flex-wrap items-end gap-3" data-restore-choose="">
                                <div>
                                    <label for="field-backup" class="block font-medium text-slate-700">{t("backup-backup")}</label>
                                    <select id="field-backup" name="backup" class="mt-1 rounded-md border border-slate-300 px-3 py-2">
                                        {list.into_iter().map(|b| {
                                            let label = format!("{} · {} · {}", b.pool_id, timestamp_ms(b.created_ms), b.started_by);
                                            let on = b.id == chosen;
                                            view! { <option value=b.id selected=on>{label}</option> }
                                        }).collect_view()}
                                    </select>
                                </div>
                                <Checkbox name="remove" label=t("backup-remove") checked=remove.get_untracked()
                                    hint=t("backup-remove-hint")/>
                                <button type="submit" class=BUTTON>{t("backup-plan")}</button>
                            </form>
                        }.into_any()
                    })
                })}
            </Transition>
            <Transition fallback=|| view! { <Loading label=t("backup-reading-pool")/> }>
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

/// "12 create": a count of the plan's changes of one action, in the page's language.
fn count_text(action: StepAction, n: usize) -> String {
    let key = match action {
        StepAction::Create => "backup-count-create",
        StepAction::Update => "backup-count-update",
        StepAction::Delete => "backup-count-delete",
        StepAction::Keep => "backup-count-keep",
        StepAction::Skip => "backup-count-skip",
    };
    t_with(key, &[("count", n.into())])
}

#[component]
fn RestorePlanView(pool_id: String, backup: String, remove: bool, plan: RestorePlan) -> impl IntoView {
    let start = action::<StartRestore>();
    let error = last_error(start.value());
    let changes: usize = plan.counts.iter().map(|(_, n)| n).sum();
    let summary = match changes {
        0 => t("backup-plan-nothing"),
        _ => {
            let parts: Vec<String> = plan.counts.iter().map(|(action, n)| count_text(*action, *n)).collect();
            t_with("backup-plan-summary", &[("changes", changes.into()), ("parts", parts.join(", ").into())])
        }
    };
    let capped = plan.steps.len() >= STEPS_SHOWN;
    view! {
        <p class="mb-2 mt-4 font-medium" data-plan-summary="">{summary}</p>
        {capped.then(|| view! { <p class="mb-2 text-slate-600">{t_with("backup-plan-capped", &[("count", STEPS_SHOWN.into())])}</p> })}
        <PlanTable steps=plan.steps/>
        {(changes > 0).then(|| view! {
            <ActionForm action=start>
                <div class="mt-4 max-w-xl space-y-3" data-restore-form="">
                    <Hidden name="pool_id" value=pool_id/>
                    <Hidden name="backup_job" value=backup/>
                    {remove.then(|| view! { <Hidden name="remove" value="on".to_string()/> })}
                    <Checkbox name="invite" label=t("backup-invite") checked=false/>
                    <FieldError field="backup_job" error/>
                    {if remove {
                        view! { <TypeToConfirm expected=plan.pool_name button=t("backup-restore-and-remove") error/> }.into_any()
                    } else {
                        view! { <button type="submit" class=BUTTON>{t("backup-restore")}</button> }.into_any()
                    }}
                    <FormError error/>
                </div>
            </ActionForm>
        })}
    }
}
