//! Jobs: bulk changes, exports (and backups), restores, CSV imports and index builds
//! (`index`) that the server runs on its own, stored in the console's database (`store`), so
//! that they go on when the tab closes and resume when the console restarts.
//!
//! - A server function submits a job with its guard (`bulk::submit_bulk` needs the support
//!   desk's level, `export::submit_export` any role, `index::submit_index` the desk's level,
//!   `restore::submit_restore` and `submit_import` an admin, and never the console's own pool);
//!   the job keeps who started it.
//! - Each console process runs a runner that takes queued jobs, and jobs whose console is gone
//!   (its heartbeat older than the audit log's `GONE_AFTER_MS`), with one statement
//!   (`store::claim`): of several consoles on one PostgreSQL, one runs a job.
//! - When it runs a job, the runner gets its Cognito handle from the guard's job functions
//!   (`guard::job_desk`, `guard::job_reader`, `guard::job_restorer`), which ask Cognito for the
//!   owner's role now: an owner who lost the role stops their jobs. Every desk change still
//!   passes the target rule.
//! - A restore's or an import's items are its plan's changes; each run plans again against the
//!   pool as it is, so a change made before a restart is "already so" (`restore`).
//! - A bulk item's outcome is written when its change has ended, before its worker starts the
//!   next item; a restart runs every item without an outcome (never attempted, or cut short
//!   mid-change), and the desk's "already so" check makes the second run of a change that
//!   went through harmless. (A `started` mark before each change was measured: a second
//!   database write per user, a third of a 500-user job's time, for nothing a restart needs.)
//! - After `STOP_AFTER` failures in a row that could be Cognito's (unreachable, not found), the
//!   runner asks whether the pool is still there: if Cognito or the pool is gone, no new item
//!   starts, the job stops with that one reason, and every such failure since the pool was last
//!   found goes back to "not attempted".
//! - The end of every job is a row in the audit log (`job_finished`; outcome `ok`, `partial`
//!   when a user failed, `stopped` or `cancelled`).

pub mod bulk;
pub mod download;
pub mod export;
pub mod index;
pub mod restore;
pub mod store;

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::sync::Notify;
use tokio::task::{AbortHandle, JoinSet};

use super::db::Db;
use super::guard::Guard;
use super::state::AppState;
use super::{audit, now_ms};
use crate::cognito::pace::Quotas;
use crate::cognito::{CognitoRead, pools};
use crate::error::AppError;
use crate::i18n::{t, t_with};
use crate::model::audit::AuditEntry;
use crate::model::bulk::BulkOutcome;
use crate::model::job::{ExportFormat, ITEMS_SHOWN, JobDetail, JobSpec, JobState, JobSummary};
use crate::model::role::Role;
use crate::model::role::level::Level;
use crate::model::session::Operator;
use store::StoredJob;

/// Jobs one console runs at once (the pace shares Cognito's quotas between them).
const RUNNING_AT_ONCE: usize = 4;
/// Items of one bulk job in flight at once: enough to keep the pace's slots used; moto answers
/// 500 to more concurrent writes to one pool.
const CONCURRENCY: usize = 4;
/// Failures in a row after which the runner asks whether the pool is still there.
pub const STOP_AFTER: usize = 3;
/// How often the runner looks for jobs without being woken (jobs of consoles gone).
const POLL: Duration = Duration::from_secs(5);
/// How often the runner looks for scheduled index builds that are due.
const SCHEDULES_EVERY: Duration = Duration::from_secs(60);
/// Jobs the Jobs page lists.
const JOBS_LISTED: i64 = 100;

/// The jobs of one console process: its database, its name, and a way to wake its runner.
#[derive(Clone)]
pub struct Jobs {
    db: Db,
    replica: String,
    quotas: Quotas,
    wake: Arc<Notify>,
    runner: Arc<Mutex<Option<AbortHandle>>>,
}

impl Jobs {
    pub fn new(db: Db, replica: String, quotas: Quotas) -> Self {
        Self { db, replica, quotas, wake: Arc::default(), runner: Arc::default() }
    }

    pub(super) fn db(&self) -> &Db {
        &self.db
    }

    /// Stops this console's runner and every job it runs at once, as a crash would (the
    /// tests' "kill the console mid-run"; a process that exits does the same).
    pub fn halt(&self) {
        if let Some(runner) = self.runner.lock().unwrap_or_else(PoisonError::into_inner).take() {
            runner.abort();
        }
    }
}

/// Starts the runner of `state`'s console.
pub fn spawn_runner(state: &AppState) {
    let jobs = state.jobs().clone();
    let handle = tokio::spawn(run_loop(state.clone())).abort_handle();
    *jobs.runner.lock().unwrap_or_else(PoisonError::into_inner) = Some(handle);
}

async fn run_loop(state: AppState) {
    let jobs = state.jobs().clone();
    match store::release_own(&jobs.db, &jobs.replica).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(jobs = n, "resuming the jobs this console was running when it stopped"),
        Err(e) => tracing::warn!(error = %e, "jobs: cannot release this console's jobs"),
    }
    // Dropping the set (when this task is aborted) aborts the jobs it runs.
    let mut running = JoinSet::new();
    let mut schedules_read = tokio::time::Instant::now() - SCHEDULES_EVERY;
    loop {
        if schedules_read.elapsed() >= SCHEDULES_EVERY {
            schedules_read = tokio::time::Instant::now();
            index::queue_due(&state).await;
        }
        while running.len() < RUNNING_AT_ONCE {
            let alive_since = now_ms() - audit::GONE_AFTER_MS;
            match store::claim(&jobs.db, &jobs.replica, alive_since).await {
                Ok(Some(id)) => {
                    running.spawn(run_job(state.clone(), id));
                }
                Ok(None) => break,
                Err(e) => {
                    tracing::warn!(error = %e, "jobs: cannot look for jobs");
                    break;
                }
            }
        }
        tokio::select! {
            _ = jobs.wake.notified() => {}
            Some(_) = running.join_next(), if !running.is_empty() => {}
            _ = tokio::time::sleep(POLL) => {}
        }
    }
}

/// How a run ended.
struct End {
    state: JobState,
    reason: Option<String>,
}

impl End {
    fn finished() -> Self {
        Self { state: JobState::Finished, reason: None }
    }
    fn cancelled() -> Self {
        Self { state: JobState::Cancelled, reason: None }
    }
    fn stopped(reason: impl Into<String>) -> Self {
        Self { state: JobState::Stopped, reason: Some(reason.into()) }
    }
}

/// A database failure mid-run: the job is left to be taken again (nothing can be recorded).
struct DbFailed(sqlx::Error);

impl From<sqlx::Error> for DbFailed {
    fn from(e: sqlx::Error) -> Self {
        Self(e)
    }
}

async fn run_job(state: AppState, id: String) {
    let db = state.jobs().db.clone();
    let job = match store::load(&db, &id).await {
        Ok(Some(job)) => job,
        Ok(None) => return,
        Err(e) => return tracing::warn!(error = %e, job = %id, "jobs: cannot read the job"),
    };
    crate::i18n::in_lang(job.lang, run_loaded(state, job)).await;
}

/// Runs a job read from the store, to its end.
async fn run_loaded(state: AppState, job: StoredJob) {
    let (db, id) = (state.jobs().db.clone(), job.id.clone());
    tracing::info!(job = %id, label = %job.label, "job running");
    let ran = match &job.spec {
        JobSpec::Bulk { action, group, selection } => {
            bulk::run_bulk(&state, &job, *action, group.as_deref(), selection).await
        }
        JobSpec::Export { .. } => export::run_export(&state, &job).await,
        JobSpec::Restore { backup_job, remove, invite } => {
            Box::pin(restore::run_restore(&state, &job, backup_job, *remove, *invite)).await
        }
        JobSpec::Import { invite, .. } => Box::pin(restore::run_import(&state, &job, *invite)).await,
        JobSpec::Index { .. } => Box::pin(index::run_index(&state, &job)).await,
    };
    let end = match ran {
        Ok(end) => end,
        Err(DbFailed(e)) => {
            tracing::warn!(error = %e, job = %id, "jobs: database failed mid-run; the job will be taken again");
            tokio::time::sleep(POLL).await;
            if let Err(e) = store::release(&db, &id).await {
                tracing::warn!(error = %e, job = %id, "jobs: cannot release the job");
            }
            return;
        }
    };
    // The log first: whoever sees the job ended finds its row. (Should the console die
    // between the two writes, the job is taken again and logged twice, never not at all.)
    record_end(&state, &job, &end).await;
    if let Err(e) = store::finish(&db, &id, end.state, end.reason.as_deref(), now_ms()).await {
        return tracing::warn!(error = %e, job = %id, "jobs: cannot record the job's end");
    }
    tracing::info!(job = %id, state = end.state.as_str(), reason = ?end.reason, "job ended");
    // A restore or an import creates and changes users past the desk: an indexed pool is read
    // again.
    if matches!(job.spec, JobSpec::Restore { .. } | JobSpec::Import { .. })
        && end.state != JobState::Cancelled
        && state.index().has(&job.pool_id).await.unwrap_or(false)
    {
        let because = Some(format!("after the job {}", job.label.to_lowercase()));
        if let Err(e) =
            index::queue(&state, &job.owner, &job.pool_id, because, job.total.map(|t| t as u64)).await
        {
            tracing::warn!(error = %e, job = %id, "index: cannot queue the rebuild after a restore");
        }
    }
}

/// The audit row of a job's end.
async fn record_end(state: &AppState, job: &StoredJob, end: &End) {
    let failed = match store::tallies(&state.jobs().db, &[job.id.as_str()]).await {
        Ok(tallies) => tallies.get(&job.id).map_or(0, |(_, _, failed)| *failed),
        Err(_) => 0,
    };
    let outcome = match end.state {
        JobState::Finished if failed > 0 => audit::OUTCOME_PARTIAL,
        JobState::Finished => crate::model::audit::OUTCOME_OK,
        other => other.as_str(),
    };
    let entry = AuditEntry {
        id: 0,
        at_ms: now_ms(),
        request_id: job.id.clone(),
        operator_sub: Some(job.owner.sub.clone()),
        operator_username: Some(job.owner.username.clone()),
        operator_email: job.owner.email.clone(),
        source_ip: None,
        action: crate::model::audit::ACTION_JOB_FINISHED.into(),
        pool_id: Some(job.pool_id.clone()),
        target: Some(format!("job={} {}", job.id, job.label)),
        outcome: outcome.into(),
    };
    audit::write_event(state.audit(), &entry).await;
}

/// Why a job stops when its owner may no longer run it, or Cognito is not there.
fn refusal(e: &AppError) -> String {
    match e {
        AppError::Forbidden | AppError::Unauthenticated => t("job-stop-role"),
        other => t_with("job-stop-start", &[("error", other.message().into())]),
    }
}

/// Runs `process` on each item, `CONCURRENCY` in flight, a new one as soon as one ends, and
/// records each outcome as it ends. `Some(end)` when the job is to stop (cancelled, or Cognito
/// or the pool gone): no new item starts, and those in flight finish and are recorded.
async fn drive<F, Fut>(
    db: &Db,
    job: &StoredJob,
    read: &CognitoRead,
    items: &[(i64, String)],
    process: F,
) -> Result<Option<End>, DbFailed>
where
    F: Fn(&str) -> Fut,
    Fut: std::future::Future<Output = Result<BulkOutcome, AppError>>,
{
    // Failures in a row (the trigger), and every failure that could be Cognito's since the pool
    // was last found there: a call already in flight may succeed between them, and when
    // Cognito is gone none of those items is to blame.
    let (mut streak, mut suspects) = (0_usize, Vec::<i64>::new());
    let one = |(seq, key): &(i64, String)| {
        let (seq, outcome) = (*seq, process(key));
        async move {
            let outcome = outcome.await;
            let recorded = outcome.clone().unwrap_or_else(|e| BulkOutcome::Failed(e.message()));
            store::set_item(db, &job.id, seq, Some(&recorded)).await?;
            Ok::<_, DbFailed>((seq, outcome))
        }
    };
    let mut queue = items.iter();
    let mut in_flight = futures::stream::FuturesUnordered::new();
    let (mut ended, mut stop) = (0_usize, None::<End>);
    loop {
        while stop.is_none() && in_flight.len() < CONCURRENCY {
            match queue.next() {
                Some(item) => in_flight.push(one(item)),
                None => break,
            }
        }
        let Some(result) = futures::StreamExt::next(&mut in_flight).await else { break };
        let (seq, outcome) = result?;
        match outcome {
            Err(e) if could_be_cognitos(&e) => {
                streak += 1;
                suspects.push(seq);
            }
            _ => streak = 0,
        }
        ended += 1;
        if stop.is_some() {
            continue;
        }
        if ended % CONCURRENCY == 0 && store::cancel_requested(db, &job.id).await? {
            stop = Some(End::cancelled());
        } else if streak >= STOP_AFTER {
            match pool_still_there(read, &job.pool_id).await {
                Err(reason) => stop = Some(End::stopped(reason)),
                Ok(()) => (streak, suspects) = (0, Vec::new()),
            }
        }
    }
    if stop.as_ref().is_some_and(|end| end.state == JobState::Stopped) {
        for seq in &suspects {
            store::set_item(db, &job.id, *seq, None).await?;
        }
    }
    Ok(stop)
}

/// A failure that may be Cognito's or the pool's rather than the user's.
fn could_be_cognitos(e: &AppError) -> bool {
    matches!(
        e,
        AppError::Unavailable { .. } | AppError::NotFound { .. } | AppError::Internal | AppError::Throttled
    )
}

/// `Err(reason)` when the pool is gone or Cognito cannot be reached.
async fn pool_still_there(read: &CognitoRead, pool_id: &str) -> Result<(), String> {
    match pools::reachable(read, pool_id).await {
        Ok(()) => Ok(()),
        Err(AppError::NotFound { .. }) => {
            Err(t_with("job-stop-pool-gone", &[("pool", pool_id.to_string().into())]))
        }
        Err(e) => Err(t_with("job-stop-cognito-gone", &[("error", e.message().into())])),
    }
}

/// A new job, queued for the runner.
struct NewJob<'a> {
    pool_id: &'a str,
    spec: JobSpec,
    users: Vec<String>,
    total: Option<i64>,
    estimate_secs: Option<u64>,
    /// The file the job works from (an import's CSV), stored before the job can be taken.
    document: Option<&'a str>,
}

async fn submit<L: Level>(guard: &Guard<L>, stepped_up: bool, new: NewJob<'_>) -> Result<String, AppError> {
    let state = leptos::prelude::expect_context::<AppState>();
    submit_as(&state, guard.operator().clone(), stepped_up, new).await
}

/// Queues a job as `owner` (whose role the runner asks of Cognito again when it runs it).
async fn submit_as(
    state: &AppState,
    owner: Operator,
    stepped_up: bool,
    new: NewJob<'_>,
) -> Result<String, AppError> {
    let jobs = state.jobs();
    let job = StoredJob {
        id: uuid::Uuid::new_v4().to_string(),
        pool_id: new.pool_id.to_string(),
        label: new.spec.label(crate::model::preferences::Lang::En),
        spec: new.spec,
        state: JobState::Queued,
        owner,
        stepped_up,
        created_ms: now_ms(),
        finished_ms: None,
        total: new.total,
        processed: 0,
        reason: None,
        estimate_secs: new.estimate_secs.map(|s| s as i64),
        cancel: false,
        lang: crate::i18n::lang(),
    };
    if let Some(document) = new.document {
        store::append_output(&jobs.db, &job.id, 0, document).await.map_err(unavailable)?;
    }
    store::insert(&jobs.db, &job, &new.users).await.map_err(unavailable)?;
    jobs.wake.notify_one();
    Ok(job.id)
}

/// Asks a job to stop; the runner stops it before its next item (or chunk).
pub async fn cancel(job_id: &str) -> Result<bool, AppError> {
    let state = leptos::prelude::expect_context::<AppState>();
    let jobs = state.jobs();
    let active = store::request_cancel(&jobs.db, job_id, now_ms()).await.map_err(unavailable)?;
    jobs.wake.notify_one();
    Ok(active)
}

/// A job the operator may see: their own, or anyone's for an admin. Another's is "not found".
pub async fn visible<L: Level>(guard: &Guard<L>, job_id: &str) -> Result<StoredJob, AppError> {
    let state = leptos::prelude::expect_context::<AppState>();
    let job = store::load(&state.jobs().db, job_id).await.map_err(unavailable)?;
    match job {
        Some(job) if may_see(guard.operator(), &job) => Ok(job),
        _ => Err(AppError::not_found("The job")),
    }
}

pub(super) fn may_see(operator: &crate::model::session::Operator, job: &StoredJob) -> bool {
    operator.role == crate::model::role::Role::Admin || operator.sub == job.owner.sub
}

/// The newest jobs the operator may see (`may_see`).
pub async fn recent<L: Level>(guard: &Guard<L>) -> Result<Vec<JobSummary>, AppError> {
    let state = leptos::prelude::expect_context::<AppState>();
    let db = &state.jobs().db;
    let operator = guard.operator();
    let own = (operator.role != Role::Admin).then_some(operator.sub.as_str());
    let jobs = store::recent(db, own, JOBS_LISTED).await.map_err(unavailable)?;
    store::summaries(db, &jobs).await.map_err(unavailable)
}

/// A job's page: its summary, its report, and what the operator may do with it.
pub async fn detail<L: Level>(guard: &Guard<L>, job_id: &str) -> Result<JobDetail, AppError> {
    let job = visible(guard, job_id).await?;
    let state = leptos::prelude::expect_context::<AppState>();
    let db = &state.jobs().db;
    let summaries = store::summaries(db, std::slice::from_ref(&job)).await.map_err(unavailable)?;
    let summary = summaries.into_iter().next().ok_or(AppError::Internal)?;
    let items = match job.spec {
        JobSpec::Bulk { .. } | JobSpec::Restore { .. } | JobSpec::Import { .. } => {
            store::items(db, &job.id, ITEMS_SHOWN as i64).await.map_err(unavailable)?
        }
        JobSpec::Export { .. } | JobSpec::Index { .. } => Vec::new(),
    };
    let download = match job.spec {
        JobSpec::Export { format, .. } if job.state == JobState::Finished => {
            Some(download::file_name(&job, format))
        }
        _ => None,
    };
    let finished = job.state == JobState::Finished;
    Ok(JobDetail {
        can_cancel: job.state.is_active(),
        summary,
        items,
        download,
        items_are_users: matches!(job.spec, JobSpec::Bulk { .. }),
        restorable: finished && matches!(job.spec, JobSpec::Export { format: ExportFormat::Backup, .. }),
    })
}

/// The database could not be read or written: logged here, a sentence for the operator.
pub fn unavailable(e: sqlx::Error) -> AppError {
    tracing::error!(error = %e, "jobs: database failed");
    AppError::unavailable(crate::i18n::t("database-unavailable"))
}
