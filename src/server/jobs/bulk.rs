//! Bulk jobs: one change to many users, each through the support desk (`server::desk`) and its
//! target rule when its turn comes; the users are the ticked ones, or every user a search
//! matches (Cognito's, or the index's), listed when the job starts.

use std::collections::HashSet;

use super::store::{self, StoredJob};
use super::{DbFailed, End, NewJob, drive, pool_still_there, refusal, submit};
use crate::cognito::pace::Category;
use crate::cognito::{CognitoRead, export, users};
use crate::error::AppError;
use crate::i18n::t_with;
use crate::model::bulk::BulkAction;
use crate::model::job::{JobSpec, Selection, UserSearch, bulk_estimate};
use crate::model::role::Role;
use crate::model::user::{MAX_USERS_PAGE, MatchKind, filter_expression};
use crate::server::guard::{self, DeskLevel, Guard};
use crate::server::state::AppState;

pub(super) async fn run_bulk(
    state: &AppState,
    job: &StoredJob,
    action: BulkAction,
    group: Option<&str>,
    selection: &Selection,
) -> Result<End, DbFailed> {
    let db = &state.jobs().db;
    let desk = match guard::job_desk(state, &job.owner, job.stepped_up).await {
        Ok(desk) => desk,
        Err(e) => return Ok(End::stopped(refusal(&e))),
    };
    let read = desk.read();
    if let Err(reason) = pool_still_there(read, &job.pool_id).await {
        return Ok(End::stopped(reason));
    }
    let listed = match (selection, job.total) {
        (Selection::Search(search), None) => Some(
            matching(read, &job.pool_id, search)
                .await
                .map_err(|e| t_with("job-stop-search", &[("error", e.message().into())])),
        ),
        (Selection::Indexed(query), None) => Some(super::index::matching(state, &job.pool_id, query).await),
        _ => None,
    };
    match listed {
        Some(Ok(users)) => store::set_items(db, &job.id, &users).await?,
        Some(Err(reason)) => return Ok(End::stopped(reason)),
        None => {}
    }
    // Memberships known beforehand: one write per user, not a read and a write. (In the
    // console's pool the target rule reads each user anyway, and uses what it read.)
    let members: Option<HashSet<String>> = match (action, group) {
        (BulkAction::AddToGroup | BulkAction::RemoveFromGroup, Some(g))
            if !desk.is_console_pool(&job.pool_id) =>
        {
            match export::group_members(read, &job.pool_id, g).await {
                Ok(names) => Some(names.into_iter().collect()),
                Err(e) => {
                    return Ok(End::stopped(t_with("job-stop-members", &[("error", e.message().into())])));
                }
            }
        }
        _ => None,
    };
    let pending = store::pending_items(db, &job.id).await?;
    let process = |username: &str| {
        let (desk, members, username) = (&desk, &members, username.to_string());
        async move {
            let member = members.as_ref().map(|m| m.contains(&username));
            desk.bulk_one(&job.pool_id, action, group, &username, member).await
        }
    };
    Ok(drive(db, job, read, &pending, process).await?.unwrap_or_else(End::finished))
}

/// Every username a users-page search matches, page by page (paced under UserList).
async fn matching(read: &CognitoRead, pool_id: &str, search: &UserSearch) -> Result<Vec<String>, AppError> {
    if !search.group.is_empty() {
        return export::group_members(read, pool_id, &search.group).await;
    }
    let filter = match search.value.is_empty() {
        true => None,
        false => Some(filter_expression(&search.attribute, MatchKind::parse(&search.kind), &search.value)?),
    };
    let mut names = Vec::new();
    let mut next = None;
    loop {
        let page = users::list(read, pool_id, MAX_USERS_PAGE, next, filter.clone()).await?;
        names.extend(page.users.into_iter().map(|u| u.username));
        match page.next_token {
            Some(token) => next = Some(token),
            None => return Ok(names),
        }
    }
}

/// Queues a bulk change. Only a guard with the support desk submits one; the runner gives the
/// job the owner's desk again when it runs it (`guard::job_desk`).
pub async fn submit_bulk<L: DeskLevel>(
    guard: &Guard<L>,
    pool_id: &str,
    action: BulkAction,
    group: Option<String>,
    selection: Selection,
) -> Result<String, AppError> {
    // Console groups in the console's pool: admins only, after a step-up, checked now, when
    // the operator is here (each item passes the target rule again when it runs).
    if let Some(g) = group.as_deref() {
        let console_group = guard.is_console_pool(pool_id) && guard.roles().role_of_group(g).is_some();
        if console_group && guard.operator().role < Role::Admin {
            return Err(AppError::Forbidden);
        }
        guard.step_up_for_group(pool_id, g)?;
    }
    let stepped_up = guard.stepped_up().is_ok();
    let quotas = &leptos::prelude::expect_context::<AppState>().jobs().quotas.clone();
    let users = match &selection {
        Selection::Users(users) => users.clone(),
        Selection::Search(_) | Selection::Indexed(_) => Vec::new(),
    };
    let known = (!users.is_empty()).then_some(users.len() as u64);
    let reads = guard.is_console_pool(pool_id).then(|| quotas.rate(Category::UserRead));
    let estimate = known.map(|n| bulk_estimate(n, quotas.rate(Category::UserUpdate), reads));
    let total = known.map(|n| n as i64);
    let spec = JobSpec::Bulk { action, group, selection };
    submit(guard, stepped_up, NewJob { pool_id, spec, users, total, estimate_secs: estimate, document: None })
        .await
}
