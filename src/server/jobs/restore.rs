//! Restores and CSV imports as jobs, and the backups they start from. A restore's or an
//! import's items are its plan's changes (`rules::restore::plan`); each run plans again against
//! the pool as it is, so a change made before a restart is "already so". Both are an admin's,
//! and never touch the console's own pool. (A backup itself is an export: `super::run_export`.)

use std::collections::HashMap;

use super::store::{self, StoredJob};
use super::{
    DbFailed, End, JOBS_LISTED, NewJob, drive, pool_still_there, refusal, submit, unavailable, visible,
};
use crate::cognito::pace::Category;
use crate::cognito::{CognitoRead, backup};
use crate::error::AppError;
use crate::i18n::{t, t_with};
use crate::model::blueprint::{PlanStep, StepAction};
use crate::model::bulk::BulkOutcome;
use crate::model::import::ImportReport;
use crate::model::job::{ExportFormat, JobSpec, JobState, JobSummary, restore_estimate};
use crate::model::role::Role;
use crate::model::role::level::{self, Level};
use crate::rules::restore;
use crate::server::guard::{self, Guard};
use crate::server::now_ms;
use crate::server::state::AppState;

/// Where a restore's document is: the output of job `document` (a backup's file, or an import's
/// own CSV), and how it becomes a backup once the live pool is known.
struct Source<'a, F: Fn(&str, &restore::Live, &str) -> Result<restore::Backup, AppError>> {
    document: &'a str,
    read: F,
}

/// Runs a restore of the backup that job `backup_job` made.
pub(super) async fn run_restore(
    state: &AppState,
    job: &StoredJob,
    backup_job: &str,
    remove: bool,
    invite: bool,
) -> Result<End, DbFailed> {
    let source = Source { document: backup_job, read: |text, _, _| restore::parse_backup(text) };
    run(state, job, source, remove, invite).await
}

/// Runs an import of the CSV kept with the job.
pub(super) async fn run_import(state: &AppState, job: &StoredJob, invite: bool) -> Result<End, DbFailed> {
    let source = Source { document: &job.id, read: imported };
    run(state, job, source, false, invite).await
}

/// An import's CSV as a backup of the live pool's users (refused if a row is bad: it was
/// checked when the job was started, and the pool may have changed since).
fn imported(text: &str, live: &restore::Live, pool_id: &str) -> Result<restore::Backup, AppError> {
    let parsed = crate::rules::import::parse(text, live)?;
    if let Some(refusal) =
        crate::rules::import::refusal(&crate::rules::import::report(&parsed, live, pool_id))
    {
        return Err(refusal);
    }
    let users = parsed.users.into_iter().map(|(_, user)| user).collect();
    Ok(crate::rules::import::as_backup(users, live, pool_id))
}

/// Restores a backup (or imports a CSV) into the job's pool: planned again against the pool as
/// it is now (so what an earlier run, or anyone, did since is "already so"), then each pending
/// step applied, kind by kind (`restore::KINDS`: a user's groups exist before it joins them).
async fn run<F: Fn(&str, &restore::Live, &str) -> Result<restore::Backup, AppError>>(
    state: &AppState,
    job: &StoredJob,
    source: Source<'_, F>,
    remove: bool,
    invite: bool,
) -> Result<End, DbFailed> {
    let db = &state.jobs().db;
    let (admin, users) = match guard::job_restorer(state, &job.owner, &job.pool_id).await {
        Ok(handles) => handles,
        Err(e) => return Ok(End::stopped(refusal(&e))),
    };
    let read: &CognitoRead = admin;
    let Some(text) = store::output_text(db, source.document).await? else {
        return Ok(End::stopped(t("job-stop-file-gone")));
    };
    let (live, client_ids) = match Box::pin(backup::read_live(read, &job.pool_id)).await {
        Ok(live) => live,
        Err(e) => {
            let reason = pool_still_there(read, &job.pool_id).await.err();
            return Ok(End::stopped(
                reason
                    .unwrap_or_else(|| t_with("job-stop-pool-unreadable", &[("error", e.message().into())])),
            ));
        }
    };
    let backup = match (source.read)(&text, &live, &job.pool_id) {
        Ok(backup) => backup,
        Err(e) => return Ok(End::stopped(e.message())),
    };
    drop(text);
    let steps: HashMap<String, PlanStep> = restore::plan(&backup, &live, restore::Options { remove })
        .into_iter()
        .filter(|s| s.action.changes())
        .map(|s| (restore::step_key(&s), s))
        .collect();
    let pending = store::pending_items(db, &job.id).await?;
    let run = backup::Restore::new(admin, users, &job.pool_id, &backup, (&live, &client_ids), invite);
    for kind in restore::KINDS {
        let items: Vec<(i64, String)> =
            pending.iter().filter(|(_, key)| restore::key_kind(key) == kind).cloned().collect();
        let process = |key: &str| {
            let (run, step) = (&run, steps.get(key));
            async move {
                match step {
                    Some(step) => run.apply_step(step).await,
                    None => Ok(BulkOutcome::Already),
                }
            }
        };
        if let Some(end) = drive(db, job, read, &items, process).await? {
            return Ok(end);
        }
    }
    Ok(End::finished())
}

/// Restores and imports write users and memberships wholesale, past the target rule: never in
/// the console's own pool, whose groups decide who holds the console's roles.
fn not_the_consoles_pool<L: Level>(guard: &Guard<L>, pool_id: &str) -> Result<(), AppError> {
    match guard.is_console_pool(pool_id) {
        true => Err(AppError::invalid("pool_id", t("backup-not-the-consoles-pool"))),
        false => Ok(()),
    }
}

/// Queues a restore or an import whose plan is `steps` (its changes are the items), with the
/// time it takes at Cognito's quotas, `users` being the live pool's (listed when it starts).
async fn submit_plan(
    guard: &Guard<level::Admin>,
    pool_id: &str,
    spec: JobSpec,
    steps: &[PlanStep],
    users: u64,
    document: Option<&str>,
) -> Result<String, AppError> {
    let quotas = leptos::prelude::expect_context::<AppState>().jobs().quotas.clone();
    let keys: Vec<String> = steps.iter().filter(|s| s.action.changes()).map(restore::step_key).collect();
    let creations =
        steps.iter().filter(|s| s.kind == "user" && s.action == StepAction::Create).count() as u64;
    let rates = (
        quotas.rate(Category::UserCreation),
        quotas.rate(Category::UserUpdate),
        quotas.rate(Category::UserList),
    );
    let estimate = restore_estimate(creations, keys.len() as u64 - creations, users, rates);
    let total = Some(keys.len() as i64);
    let new = NewJob { pool_id, spec, users: keys, total, estimate_secs: Some(estimate), document };
    submit(guard, false, new).await
}

/// A restore's plan, with what the page and the submission need of the live pool it was made
/// against.
pub struct Planned {
    pub steps: Vec<PlanStep>,
    /// The live pool's users (listed again when the job starts).
    pub users: u64,
    /// Its name: typed to confirm a removal.
    pub pool_name: String,
}

/// A restore's plan: `backup_job` (a finished backup the operator may see) against `pool_id`
/// as it is now. Never the console's own pool.
pub async fn plan_restore(
    guard: &Guard<level::Admin>,
    pool_id: &str,
    backup_job: &str,
    remove: bool,
) -> Result<Planned, AppError> {
    // Taken before the first await: a page's resource loses the reactive context across one.
    let state = leptos::prelude::expect_context::<AppState>();
    not_the_consoles_pool(guard, pool_id)?;
    let source = visible(guard, backup_job).await?;
    if !matches!(source.spec, JobSpec::Export { format: ExportFormat::Backup, .. })
        || source.state != JobState::Finished
    {
        return Err(AppError::invalid("backup_job", t("backup-choose-finished")));
    }
    let text = store::output_text(&state.jobs().db, &source.id).await.map_err(unavailable)?;
    let backup = restore::parse_backup(
        &text.ok_or_else(|| AppError::invalid("backup_job", t("backup-choose-finished")))?,
    )?;
    let (live, _) = Box::pin(backup::read_live(guard.cognito(), pool_id)).await?;
    let steps = restore::plan(&backup, &live, restore::Options { remove });
    Ok(Planned { steps, users: live.users.len() as u64, pool_name: live.config.pool.name })
}

/// Queues a restore of `backup_job` into `pool_id`: planned now (the plan's changes are the
/// job's items and its estimate), and applied by the runner with the owner's admin role asked
/// of Cognito again. A removal needs the pool's name in `confirm`.
pub async fn submit_restore(
    guard: &Guard<level::Admin>,
    pool_id: &str,
    backup_job: &str,
    remove: bool,
    confirm: Option<&str>,
    invite: bool,
) -> Result<String, AppError> {
    let Planned { steps, users, pool_name } = plan_restore(guard, pool_id, backup_job, remove).await?;
    if remove {
        crate::model::session::check_typed(confirm.unwrap_or_default(), &pool_name)?;
    }
    if !steps.iter().any(|s| s.action.changes()) {
        return Err(AppError::invalid("backup_job", t("backup-nothing-to-restore")));
    }
    let spec = JobSpec::Restore { backup_job: backup_job.to_string(), remove, invite };
    submit_plan(guard, pool_id, spec, &steps, users, None).await
}

/// An import's report: every row of `text` checked against `pool_id` as it is now. Never the
/// console's own pool.
pub async fn check_import(
    guard: &Guard<level::Admin>,
    pool_id: &str,
    text: &str,
) -> Result<ImportReport, AppError> {
    not_the_consoles_pool(guard, pool_id)?;
    let (live, _) = Box::pin(backup::read_live(guard.cognito(), pool_id)).await?;
    let parsed = crate::rules::import::parse(text, &live)?;
    Ok(crate::rules::import::report(&parsed, &live, pool_id))
}

/// Queues an import of `text` into `pool_id`, if every row can be imported (else nothing is,
/// and the refusal names the rows). The file is kept with the job; the plan's changes are its
/// items.
pub async fn submit_import(
    guard: &Guard<level::Admin>,
    pool_id: &str,
    text: &str,
    invite: bool,
) -> Result<String, AppError> {
    not_the_consoles_pool(guard, pool_id)?;
    let (live, _) = Box::pin(backup::read_live(guard.cognito(), pool_id)).await?;
    let parsed = crate::rules::import::parse(text, &live)?;
    if let Some(refusal) =
        crate::rules::import::refusal(&crate::rules::import::report(&parsed, &live, pool_id))
    {
        return Err(refusal);
    }
    let users: Vec<_> = parsed.users.into_iter().map(|(_, user)| user).collect();
    let rows = users.len() as u64;
    let steps =
        restore::plan(&crate::rules::import::as_backup(users, &live, pool_id), &live, Default::default());
    if !steps.iter().any(|s| s.action.changes()) {
        return Err(AppError::invalid("csv", t("import-nothing-to-import")));
    }
    let spec = JobSpec::Import { rows, invite };
    submit_plan(guard, pool_id, spec, &steps, live.users.len() as u64, Some(text)).await
}

/// Keeps a backup file from elsewhere (another console, `pooldesk backup`) as a finished backup
/// of the operator's, to restore from like one taken here. The document is read and checked
/// first; its pool is the one it was taken from.
pub async fn add_backup(guard: &Guard<level::Admin>, text: &str) -> Result<String, AppError> {
    let state = leptos::prelude::expect_context::<AppState>();
    let backup = restore::parse_backup(text)?;
    crate::model::pool::validate_pool_id(&backup.pool_id)
        .map_err(|_| AppError::invalid("backup", t("backup-no-valid-pool-id")))?;
    let now = now_ms();
    let spec =
        JobSpec::Export { format: ExportFormat::Backup, with_mfa: false, matching: None, uploaded: true };
    let job = StoredJob {
        id: uuid::Uuid::new_v4().to_string(),
        pool_id: backup.pool_id.clone(),
        label: spec.label(crate::model::preferences::Lang::En),
        spec,
        state: JobState::Finished,
        owner: guard.operator().clone(),
        stepped_up: false,
        created_ms: now,
        finished_ms: Some(now),
        total: Some(backup.users.len() as i64),
        processed: backup.users.len() as i64,
        reason: None,
        estimate_secs: None,
        cancel: false,
        lang: crate::i18n::lang(),
    };
    let db = &state.jobs().db;
    store::append_output(db, &job.id, 0, text).await.map_err(unavailable)?;
    store::insert(db, &job, &[]).await.map_err(unavailable)?;
    Ok(job.id)
}

/// The finished backups the operator may see (`may_see`), newest first.
pub async fn backups<L: Level>(guard: &Guard<L>) -> Result<Vec<JobSummary>, AppError> {
    let state = leptos::prelude::expect_context::<AppState>();
    let db = &state.jobs().db;
    let operator = guard.operator();
    let own = (operator.role != Role::Admin).then_some(operator.sub.as_str());
    let jobs: Vec<StoredJob> = store::recent(db, own, JOBS_LISTED)
        .await
        .map_err(unavailable)?
        .into_iter()
        .filter(|j| {
            j.state == JobState::Finished
                && matches!(j.spec, JobSpec::Export { format: ExportFormat::Backup, .. })
        })
        .collect();
    store::summaries(db, &jobs).await.map_err(unavailable)
}
