//! Index builds (`server::index`): a job that reads the whole pool (memberships, then the users
//! in partitions as an export does, under the one UserList pace) and writes it into the
//! console's database as it reads, `WRITE_BATCH` users per transaction. Queued by an operator
//! with the support desk, by the pool's schedule (as the operator who set it), or after a
//! restore or an import into an indexed pool.

use super::{DbFailed, End, NewJob, pool_still_there, refusal, store, submit_as, unavailable};
use crate::cognito::export;
use crate::cognito::pace::Category;
use crate::error::AppError;
use crate::i18n::{t, t_with};
use crate::model::index::IndexStatus;
use crate::model::job::JobSpec;
use crate::model::role::Role;
use crate::model::role::level::Level;
use crate::model::session::Operator;
use crate::server::guard::{self, DeskLevel, Guard};
use crate::server::index::WRITE_BATCH;
use crate::server::now_ms;
use crate::server::state::AppState;

use super::store::StoredJob;

/// Every user `query` matches in `pool_id`'s index, for a bulk job or an export as it starts;
/// the reason to stop, when the pool has no index (any more) or it cannot be read.
pub(super) async fn matching(
    state: &AppState,
    pool_id: &str,
    query: &crate::model::index::IndexQuery,
) -> Result<Vec<String>, String> {
    let index = state.index();
    let listed = async {
        if !index.has(pool_id).await? {
            return Ok(None);
        }
        let Ok(checked) = query.clone().check() else { return Ok(Some(Vec::new())) };
        index.read().matching(pool_id, &checked).await.map(Some)
    };
    match listed.await {
        Ok(Some(users)) => Ok(users),
        Ok(None) => Err(t("job-stop-no-index")),
        Err(e) => Err(t_with("job-stop-search", &[("error", unavailable(e).message().into())])),
    }
}

pub(super) async fn run_index(state: &AppState, job: &StoredJob) -> Result<End, DbFailed> {
    let (db, index) = (&state.jobs().db, state.index());
    let read = match guard::job_reader(state, &job.owner).await {
        Ok(read) => read,
        Err(e) => return Ok(End::stopped(refusal(&e))),
    };
    let plan = match export::plan(read, &job.pool_id).await {
        Ok(plan) => plan,
        Err(e) => {
            let reason = pool_still_there(read, &job.pool_id).await.err().unwrap_or_else(|| e.message());
            return Ok(End::stopped(reason));
        }
    };
    store::set_progress(db, &job.id, 0, Some(plan.estimated_users as i64)).await?;
    let streams = export::streams(&plan, state.jobs().quotas.rate(Category::UserList));
    // The pages are read (in a task of their own) while the memberships are.
    let mut pages = export::user_pages(read, &job.pool_id, streams);
    let generation = index.begin_build(&job.pool_id).await?;
    let stopped = |e: AppError| async move {
        let reason = pool_still_there(read, &job.pool_id)
            .await
            .err()
            .unwrap_or_else(|| t_with("job-stop-index", &[("error", e.message().into())]));
        End::stopped(reason)
    };
    let members = match export::memberships(read, &job.pool_id).await {
        Ok(members) => members,
        Err(e) => return Ok(stopped(e).await),
    };
    let pairs: Vec<(String, String)> = members
        .into_iter()
        .flat_map(|(user, groups)| groups.into_iter().map(move |g| (g, user.clone())))
        .collect();
    index.write_members(&job.pool_id, &pairs, generation).await?;
    let (mut batch, mut written) = (Vec::with_capacity(WRITE_BATCH), 0_i64);
    let mut attributes = std::collections::BTreeSet::new();
    while let Some(page) = pages.next().await {
        match page {
            Ok(users) => {
                for user in &users {
                    for (name, _) in &user.attributes {
                        if !attributes.contains(name) {
                            attributes.insert(name.clone());
                        }
                    }
                }
                batch.extend(users);
            }
            Err(e) => return Ok(stopped(e).await),
        }
        if batch.len() >= WRITE_BATCH {
            index.write_users(&job.pool_id, &batch, generation).await?;
            written += batch.len() as i64;
            batch.clear();
            store::set_progress(db, &job.id, written, None).await?;
            if store::cancel_requested(db, &job.id).await? {
                return Ok(End::cancelled());
            }
        }
    }
    if let Err(e) = pages.finish().await {
        return Ok(stopped(e).await);
    }
    index.write_users(&job.pool_id, &batch, generation).await?;
    let attributes: Vec<String> = attributes.into_iter().collect();
    let users = index.finish_build(&job.pool_id, generation, &attributes, now_ms()).await? as i64;
    store::set_progress(db, &job.id, users, Some(users)).await?;
    Ok(End::finished())
}

/// Queues a build of `pool_id`'s index, or answers the one already queued or running.
pub async fn submit_index<L: DeskLevel>(guard: &Guard<L>, pool_id: &str) -> Result<String, AppError> {
    let state = leptos::prelude::expect_context::<AppState>();
    let plan = export::plan(guard.cognito(), pool_id).await?;
    queue(&state, guard.operator(), pool_id, None, Some(plan.estimated_users)).await
}

/// Queues a build as `owner` (a schedule's, a restore's), unless one is queued or running.
pub(super) async fn queue(
    state: &AppState,
    owner: &Operator,
    pool_id: &str,
    because: Option<String>,
    users: Option<u64>,
) -> Result<String, AppError> {
    let (_, active) = store::last_index_build(&state.jobs().db, pool_id).await.map_err(unavailable)?;
    match active {
        Some(id) => Ok(id),
        None => enqueue(state, owner, pool_id, because, users).await,
    }
}

/// Queues a build as `owner`, its estimate from `users` when known (`queue` checks first).
async fn enqueue(
    state: &AppState,
    owner: &Operator,
    pool_id: &str,
    because: Option<String>,
    users: Option<u64>,
) -> Result<String, AppError> {
    let list_rate = state.jobs().quotas.rate(Category::UserList);
    let estimate = users.map(|n| crate::model::job::export_estimate(n, 0, list_rate, None));
    let spec = JobSpec::Index { because };
    let new =
        NewJob { pool_id, spec, users: Vec::new(), total: None, estimate_secs: estimate, document: None };
    submit_as(state, owner.clone(), false, new).await
}

/// Scheduled rebuilds that are due, queued as the operator who set each schedule (their role
/// is asked of Cognito when the build runs). A pool is rebuilt at most once per its interval,
/// counted from the last build queued, so a build that keeps failing is not retried every poll.
pub(super) async fn queue_due(state: &AppState) {
    let now = now_ms();
    let due = match state.index().due(now).await {
        Ok(due) => due,
        Err(e) => return tracing::warn!(error = %e, "index: cannot read the schedules"),
    };
    for (pool_id, owner, every_hours) in due {
        let Ok(owner) = serde_json::from_str::<Operator>(&owner) else { continue };
        let Ok((queued, active)) = store::last_index_build(&state.jobs().db, &pool_id).await else {
            continue;
        };
        if active.is_some() || queued.is_some_and(|queued| now - queued < every_hours * 3_600_000) {
            continue;
        }
        let because = Some(format!("every {every_hours} h"));
        match enqueue(state, &owner, &pool_id, because, None).await {
            Ok(id) => tracing::info!(pool = %pool_id, job = %id, "index: scheduled build queued"),
            Err(e) => tracing::warn!(pool = %pool_id, error = %e, "index: cannot queue the scheduled build"),
        }
    }
}

/// Where `pool_id`'s index stands, for this operator.
pub async fn status<L: Level>(guard: &Guard<L>, pool_id: &str) -> Result<IndexStatus, AppError> {
    let state = leptos::prelude::expect_context::<AppState>();
    let mut status = guard.index().status(pool_id).await.map_err(unavailable)?;
    status.building = store::last_index_build(&state.jobs().db, pool_id).await.map_err(unavailable)?.1;
    status.can_build = guard.operator().role >= Role::Support;
    Ok(status)
}

/// Sets (or, with `None`, turns off) `pool_id`'s rebuild schedule, owned by this operator.
pub async fn schedule<L: DeskLevel>(
    guard: &Guard<L>,
    pool_id: &str,
    every_hours: Option<u32>,
) -> Result<(), AppError> {
    let state = leptos::prelude::expect_context::<AppState>();
    let owner = serde_json::to_string(guard.operator()).map_err(|_| AppError::Internal)?;
    state.index().set_schedule(pool_id, every_hours, &owner).await.map_err(unavailable)?;
    // A schedule on a pool never built (or built longer ago than its interval) builds now.
    queue_due(&state).await;
    Ok(())
}
