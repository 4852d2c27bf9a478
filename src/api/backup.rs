//! Backups, restores and CSV imports. A backup is an export job of the whole pool
//! (`start_export` with the format `backup`, any role: it holds no secret); a restore is planned
//! against a pool and then run as a job, and so is an import once every row of its file passes:
//! by admins, never in the console's own pool.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::blueprint::{PlanStep, StepAction};
use crate::model::import::ImportReport;
use crate::model::job::JobSummary;

/// A restore's plan as the Restore page shows it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RestorePlan {
    /// The target pool's name (typed to confirm a removal).
    pub pool_name: String,
    /// The steps, at most `STEPS_SHOWN` (changes first); the counts cover all.
    pub steps: Vec<PlanStep>,
    /// Changes by action (create → 12), in `StepAction`'s order.
    pub counts: Vec<(StepAction, usize)>,
}

/// Steps a page lists; a plan of more lists its changes first.
pub const STEPS_SHOWN: usize = 1000;

#[cfg(feature = "ssr")]
fn job_id(field: &str, id: &str) -> Result<(), AppError> {
    uuid::Uuid::parse_str(id)
        .map(|_| ())
        .map_err(|_| AppError::invalid(field, crate::i18n::t("backup-choose")))
}

crate::permission!(ListBackups => Admin);
/// The finished backups the operator may restore from (their own, or any for an admin).
#[server(endpoint = "list_backups")]
pub async fn list_backups() -> Result<Vec<JobSummary>, AppError> {
    let guard = ListBackups::guard().await?;
    crate::server::jobs::restore::backups(&guard).await
}

crate::permission!(PlanRestore => Admin);
/// What restoring `backup_job` into `pool_id` would change; nothing is applied.
#[server(endpoint = "plan_restore")]
pub async fn plan_restore(
    pool_id: String,
    backup_job: String,
    remove: Option<String>,
) -> Result<RestorePlan, AppError> {
    let guard = PlanRestore::guard().await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    job_id("backup_job", &backup_job)?;
    let remove = super::ticked(remove.as_deref());
    let crate::server::jobs::restore::Planned { mut steps, pool_name, .. } =
        crate::server::jobs::restore::plan_restore(&guard, &pool_id, &backup_job, remove).await?;
    let counts = crate::rules::restore::counts(&steps).into_iter().collect();
    steps.sort_by_key(|s| !s.action.changes());
    steps.truncate(STEPS_SHOWN);
    Ok(RestorePlan { pool_name, steps, counts })
}

crate::permission!(StartRestore => Admin, Change; pool_id, backup_job, remove, invite);
/// Starts a restore of `backup_job` into `pool_id` as a job and goes to its page. With `remove`
/// ticked, what the backup does not have is deleted too: the pool's name must be typed in
/// `confirm`. With `invite`, Cognito sends created users their invitation.
#[server(endpoint = "start_restore")]
pub async fn start_restore(
    pool_id: String,
    backup_job: String,
    remove: Option<String>,
    invite: Option<String>,
    confirm: Option<String>,
) -> Result<String, AppError> {
    let guard = StartRestore::guard(&pool_id, &backup_job, &remove, &invite).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    job_id("backup_job", &backup_job)?;
    let (remove, invite) = (super::ticked(remove.as_deref()), super::ticked(invite.as_deref()));
    let confirm = confirm.as_deref();
    let id =
        crate::server::jobs::restore::submit_restore(&guard, &pool_id, &backup_job, remove, confirm, invite)
            .await?;
    leptos_axum::redirect(&format!("/jobs/{id}"));
    Ok(id)
}

crate::permission!(AddBackup => Admin, Change; pool_id);
/// Adds a backup file (pasted) to the backups this console can restore, then plans it against
/// `pool_id` (the page it was added from).
#[server(endpoint = "add_backup")]
pub async fn add_backup(pool_id: String, backup: String) -> Result<String, AppError> {
    let guard = AddBackup::guard(&pool_id).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    if backup.trim().is_empty() {
        return Err(AppError::invalid("backup", crate::i18n::t("backup-paste")));
    }
    let id = crate::server::jobs::restore::add_backup(&guard, &backup).await?;
    leptos_axum::redirect(&format!("/pools/{pool_id}/backup?backup={id}"));
    Ok(id)
}

/// The largest CSV an import takes (about 10,000 users); a larger file is imported in parts.
pub const MAX_CSV_BYTES: usize = 2 * 1024 * 1024;

#[cfg(feature = "ssr")]
fn csv_size(csv: &str) -> Result<(), AppError> {
    match csv.len() {
        0 => Err(AppError::invalid("csv", crate::i18n::t("import-paste"))),
        n if n > MAX_CSV_BYTES => Err(AppError::invalid("csv", crate::i18n::t("import-too-large"))),
        _ => Ok(()),
    }
}

crate::permission!(CheckImport => Admin);
/// Every row of a CSV of users checked against the pool: what would be created, updated or
/// skipped, and what is wrong. Nothing is applied.
#[server(endpoint = "check_import")]
pub async fn check_import(pool_id: String, csv: String) -> Result<ImportReport, AppError> {
    let guard = CheckImport::guard().await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    csv_size(&csv)?;
    crate::server::jobs::restore::check_import(&guard, &pool_id, &csv).await
}

crate::permission!(StartImport => Admin, Change; pool_id, invite);
/// Imports a CSV of users as a job and goes to its page, if every row passes; otherwise nothing
/// is imported and the refusal, beside the file's field, names the rows.
#[server(endpoint = "start_import")]
pub async fn start_import(pool_id: String, csv: String, invite: Option<String>) -> Result<String, AppError> {
    let guard = StartImport::guard(&pool_id, &invite).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    csv_size(&csv)?;
    let invite = super::ticked(invite.as_deref());
    let id = crate::server::jobs::restore::submit_import(&guard, &pool_id, &csv, invite).await?;
    leptos_axum::redirect(&format!("/jobs/{id}"));
    Ok(id)
}

/// Links this module's server functions into a binary that calls none of them (`link_all`).
#[cfg(feature = "ssr")]
#[inline(never)]
pub(crate) fn link() {}
