//! Jobs: bulk changes and exports the server runs on its own (`server::jobs`). Starting one
//! needs the role of what it does (the support desk for a bulk change, any role for an export);
//! a job is seen and cancelled by its owner or an admin, and by nobody else.

use leptos::prelude::*;

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::i18n::t;
use crate::model::job::{JobDetail, JobSummary};

/// Users one bulk job may be given by name (ticked); "all matching a search" has no limit.
pub const MAX_SELECTED: usize = 10_000;

#[cfg(feature = "ssr")]
fn check_job_id(id: &str) -> Result<(), AppError> {
    match uuid::Uuid::parse_str(id) {
        Ok(_) => Ok(()),
        Err(_) => Err(AppError::not_found("The job")),
    }
}

crate::permission!(StartBulkJob => Support, Change; pool_id, action, group, usernames);
/// Starts one change to many users as a job and goes to its page. The users are the ticked
/// ones (`usernames`), or, with `all`, every user the search matches when the job runs:
/// Cognito's (`attribute`, `match_kind`, `value`, or `search_group`), or on an indexed pool
/// the index's (`index_query`, as the users page's URL has it). Each user passes the target rule on
/// its own when its turn comes.
#[server(endpoint = "start_bulk_job")]
#[allow(clippy::too_many_arguments)]
pub async fn start_bulk_job(
    pool_id: String,
    action: String,
    group: Option<String>,
    usernames: Option<Vec<String>>,
    all: Option<String>,
    attribute: Option<String>,
    match_kind: Option<String>,
    value: Option<String>,
    search_group: Option<String>,
    index_query: Option<String>,
) -> Result<String, AppError> {
    use crate::model::bulk::BulkAction;
    use crate::model::group::validate_group_name;
    use crate::model::job::{Selection, UserSearch};
    use crate::model::pool::validate_pool_id;
    use crate::model::user::{MatchKind, filter_expression};
    let usernames = usernames.unwrap_or_default();
    let guard = StartBulkJob::guard(&pool_id, &action, &group, &usernames).await?;
    validate_pool_id(&pool_id)?;
    let action =
        BulkAction::parse(&action).ok_or_else(|| AppError::invalid("action", t("job-invalid-action")))?;
    let group = group.filter(|g| !g.is_empty() && action.needs_group());
    if action.needs_group() {
        let g = group.as_deref().ok_or_else(|| AppError::invalid("group", t("invalid-choose-group")))?;
        validate_group_name(g).map_err(|_| AppError::invalid("group", t("invalid-choose-group")))?;
    }
    let index_query = index_query.filter(|q| !q.is_empty());
    let selection = if let (true, Some(query)) = (super::ticked(all.as_deref()), index_query) {
        Selection::Indexed(Box::new(super::index::parse_query(&query).check()?.query))
    } else if super::ticked(all.as_deref()) {
        let search = UserSearch {
            attribute: attribute.unwrap_or_else(|| "email".into()),
            kind: match_kind.unwrap_or_else(|| "prefix".into()),
            value: value.unwrap_or_default(),
            group: search_group.unwrap_or_default(),
        };
        if !search.group.is_empty() {
            validate_group_name(&search.group)?;
        } else if !search.value.is_empty() {
            filter_expression(&search.attribute, MatchKind::parse(&search.kind), &search.value)?;
        }
        Selection::Search(search)
    } else {
        if usernames.is_empty() {
            return Err(AppError::invalid("usernames", t("job-invalid-none-selected")));
        }
        if usernames.len() > MAX_SELECTED {
            return Err(AppError::invalid(
                "usernames",
                crate::i18n::t_with("job-invalid-too-many", &[("max", MAX_SELECTED.into())]),
            ));
        }
        for name in &usernames {
            super::users::checks::username(name)?;
        }
        Selection::Users(usernames)
    };
    let id = crate::server::jobs::bulk::submit_bulk(&guard, &pool_id, action, group, selection).await?;
    leptos_axum::redirect(&format!("/jobs/{id}"));
    Ok(id)
}

crate::permission!(StartExport => Viewer, Export; pool_id, format, with_mfa, index_query);
/// Starts an export of every user of the pool (attributes, status, enabled, dates, groups, and
/// with `with_mfa` ticked their MFA: one more read per user) as a job and goes to its page,
/// where the file is downloaded when it is ready. With `matching`, only the users the index
/// search `index_query` (as the users page's URL has it) matches when the job starts.
#[server(endpoint = "start_export")]
pub async fn start_export(
    pool_id: String,
    format: String,
    with_mfa: Option<String>,
    index_query: Option<String>,
    matching: Option<String>,
) -> Result<String, AppError> {
    use crate::model::job::ExportFormat;
    let guard = StartExport::guard(&pool_id, &format, &with_mfa, &index_query).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    let format =
        ExportFormat::parse(&format).ok_or_else(|| AppError::invalid("format", t("job-invalid-format")))?;
    let matching = match (super::ticked(matching.as_deref()), index_query.filter(|q| !q.is_empty())) {
        (false, _) => None,
        (true, None) => return Err(AppError::invalid("index_query", t("job-invalid-index-first"))),
        (true, Some(_)) if format == ExportFormat::Backup => {
            return Err(AppError::invalid(
                "format",
                "A backup is of the whole pool: choose CSV, JSON or NDJSON.",
            ));
        }
        (true, Some(query)) => Some(Box::new(super::index::parse_query(&query).check()?.query)),
    };
    let id = crate::server::jobs::export::submit_export(
        &guard,
        &pool_id,
        format,
        super::ticked(with_mfa.as_deref()),
        matching,
    )
    .await?;
    leptos_axum::redirect(&format!("/jobs/{id}"));
    Ok(id)
}

crate::permission!(ListJobs => Viewer);
/// The newest jobs: the operator's own, or everyone's for an admin.
#[server(endpoint = "list_jobs")]
pub async fn list_jobs() -> Result<Vec<JobSummary>, AppError> {
    let guard = ListJobs::guard().await?;
    crate::server::jobs::recent(&guard).await
}

crate::permission!(GetJob => Viewer);
/// A job with its report, if the operator started it or is an admin.
#[server(endpoint = "get_job")]
pub async fn get_job(job_id: String) -> Result<JobDetail, AppError> {
    let guard = GetJob::guard().await?;
    check_job_id(&job_id)?;
    crate::server::jobs::detail(&guard, &job_id).await
}

crate::permission!(CancelJob => Viewer, Change; job_id);
/// Stops a job before its next user (its owner or an admin). What was done stays done and is
/// in the report.
#[server(endpoint = "cancel_job")]
pub async fn cancel_job(job_id: String) -> Result<(), AppError> {
    let guard = CancelJob::guard(&job_id).await?;
    check_job_id(&job_id)?;
    let job = crate::server::jobs::visible(&guard, &job_id).await?;
    if !crate::server::jobs::cancel(&job.id).await? {
        return Err(AppError::Conflict { message: t("job-already-ended") });
    }
    Ok(())
}

/// Links this module's server functions into a binary that calls none of them (`link_all`).
#[cfg(feature = "ssr")]
#[inline(never)]
pub(crate) fn link() {}
