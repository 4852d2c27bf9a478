//! Export jobs: every user of a pool (and a backup's configuration) written to the job's file
//! as it is read (`cognito::export`), whole or not kept.

use std::collections::HashSet;

use tokio::sync::mpsc;

use super::store::{self, StoredJob};
use super::{DbFailed, End, NewJob, pool_still_there, refusal, submit};
use crate::cognito::pace::Category;
use crate::cognito::{backup, export};
use crate::error::AppError;
use crate::i18n::{t, t_with};
use crate::model::job::{ExportFormat, JobSpec, export_estimate};
use crate::model::role::level::Level;
use crate::server::guard::{self, Guard};
use crate::server::state::AppState;

pub(super) async fn run_export(state: &AppState, job: &StoredJob) -> Result<End, DbFailed> {
    let JobSpec::Export { format, with_mfa, ref matching, .. } = job.spec else {
        return Ok(End::stopped(t("job-stop-not-export")));
    };
    let db = &state.jobs().db;
    let read = match guard::job_reader(state, &job.owner).await {
        Ok(read) => read,
        Err(e) => return Ok(End::stopped(refusal(&e))),
    };
    // A run cut short starts the file again: an export is whole or not kept.
    store::clear_output(db, &job.id).await?;
    let plan = match export::plan(read, &job.pool_id).await {
        Ok(plan) => plan,
        Err(e) => {
            return Ok(End::stopped(
                pool_still_there(read, &job.pool_id).await.err().unwrap_or_else(|| e.message()),
            ));
        }
    };
    // A search's users are listed from the index as the job starts, and read from Cognito
    // with the rest of the pool: one paced read of every page, whatever the search matched.
    let only = match matching {
        None => None,
        Some(query) => match super::index::matching(state, &job.pool_id, query).await {
            Ok(users) => Some(users.into_iter().collect()),
            Err(reason) => return Ok(End::stopped(reason)),
        },
    };
    let expected = only.as_ref().map_or(plan.estimated_users, |only: &HashSet<String>| only.len() as u64);
    store::set_progress(db, &job.id, 0, Some(expected as i64)).await?;
    let (tx, mut rx) = mpsc::channel::<export::Chunk>(2);
    let streams = export::streams(&plan, state.jobs().quotas.rate(Category::UserList));
    let backup_config = match format {
        ExportFormat::Backup => match backup::config(read, &job.pool_id).await {
            Ok((config, _)) => Some(serde_json::to_string(&config).unwrap_or_default()),
            Err(e) => return Ok(End::stopped(t_with("job-stop-config", &[("error", e.message().into())]))),
        },
        _ => None,
    };
    let options = export::Options { format, with_mfa, streams, backup_config, only };
    let reading = export::export_users(read, &job.pool_id, plan, options, tx);
    let writing = async {
        let (mut seq, mut written) = (0_i64, 0_i64);
        while let Some(chunk) = rx.recv().await {
            store::append_output(db, &job.id, seq, &chunk.text).await?;
            seq += 1;
            written += chunk.users as i64;
            store::set_progress(db, &job.id, written, None).await?;
            if store::cancel_requested(db, &job.id).await? {
                // Dropping the receiver stops the reading.
                return Ok::<_, DbFailed>(false);
            }
        }
        Ok(true)
    };
    let (read_result, wrote_all) = tokio::join!(reading, writing);
    if !wrote_all? {
        store::clear_output(db, &job.id).await?;
        return Ok(End::cancelled());
    }
    match read_result {
        Ok(users) => {
            store::set_progress(db, &job.id, users as i64, Some(users as i64)).await?;
            Ok(End::finished())
        }
        Err(e) => {
            store::clear_output(db, &job.id).await?;
            let reason = pool_still_there(read, &job.pool_id)
                .await
                .err()
                .unwrap_or_else(|| t_with("job-stop-export", &[("error", e.message().into())]));
            Ok(End::stopped(reason))
        }
    }
}

/// Queues an export of every user of `pool_id` (any role reads users), or of those an index
/// search matches, with their MFA if asked.
pub async fn submit_export<L: Level>(
    guard: &Guard<L>,
    pool_id: &str,
    format: crate::model::job::ExportFormat,
    with_mfa: bool,
    matching: Option<Box<crate::model::index::IndexQuery>>,
) -> Result<String, AppError> {
    let plan = export::plan(guard.cognito(), pool_id).await?;
    let quotas = leptos::prelude::expect_context::<AppState>().jobs().quotas.clone();
    let reads = with_mfa.then(|| quotas.rate(Category::UserRead));
    let estimate = export_estimate(plan.estimated_users, 0, quotas.rate(Category::UserList), reads);
    let spec = JobSpec::Export { format, with_mfa, matching, uploaded: false };
    submit(
        guard,
        false,
        NewJob {
            pool_id,
            spec,
            users: Vec::new(),
            total: None,
            estimate_secs: Some(estimate),
            document: None,
        },
    )
    .await
}
