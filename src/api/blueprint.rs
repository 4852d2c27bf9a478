//! Setup blueprints from the browser: plan (nothing applied) and apply, against the pool the
//! blueprint names or, from a pool's page, that pool.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::blueprint::{ApplyReport, PlanStep};

/// The blueprint text (TOML or JSON) read and checked; `pool_id` empty = find the pool by the
/// blueprint's name (created when absent).
#[cfg(feature = "ssr")]
fn read(text: &str, pool_id: &str) -> Result<(crate::rules::blueprint::Blueprint, Option<String>), AppError> {
    if text.len() > 256 * 1024 {
        return Err(AppError::invalid("blueprint", crate::i18n::t("blueprint-error-too-large")));
    }
    let bp = crate::rules::blueprint::parse_blueprint(text)?;
    let pool_id = match pool_id.trim() {
        "" => None,
        id => {
            crate::model::pool::validate_pool_id(id)?;
            Some(id.to_string())
        }
    };
    Ok((bp, pool_id))
}

crate::permission!(PlanBlueprint => Admin);
#[server(endpoint = "plan_blueprint")]
pub async fn plan_blueprint(
    blueprint: String,
    #[server(default)] pool_id: String,
) -> Result<Vec<PlanStep>, AppError> {
    let guard = PlanBlueprint::guard().await?;
    let (bp, pool_id) = read(&blueprint, &pool_id)?;
    crate::cognito::blueprint::plan_for(guard.cognito(), &bp, pool_id.as_deref()).await
}

crate::permission!(ApplyBlueprint => Admin, Change; pool_id);
/// Applies the blueprint. Created users' temporary passwords are in the report, once.
#[server(endpoint = "apply_blueprint")]
pub async fn apply_blueprint(
    blueprint: String,
    #[server(default)] pool_id: String,
) -> Result<ApplyReport, AppError> {
    let guard = ApplyBlueprint::guard(&pool_id).await?;
    let (bp, pool_id) = read(&blueprint, &pool_id)?;
    // In the console's own pool, memberships of a console group need a step-up.
    let target = crate::cognito::blueprint::target(guard.cognito(), &bp, pool_id.as_deref()).await?;
    let groups = bp.users.iter().flat_map(|u| u.groups.iter().map(String::as_str));
    let users = guard.blueprint_users(target.as_deref(), groups)?;
    let report = crate::cognito::blueprint::apply(guard.admin(), users, &bp, pool_id.as_deref()).await?;
    tracing::info!(
        operator = %guard.operator().sub,
        pool_id = report.pool_id.as_deref().unwrap_or("-"),
        changed = report.changed(),
        skipped = report.skipped().len(),
        failed = report.failed(),
        "blueprint applied"
    );
    if report.failed() {
        crate::server::audit::report_partial();
    }
    Ok(report)
}

/// Links this module's server functions into a binary that calls none of them (`link_all`).
#[cfg(feature = "ssr")]
#[inline(never)]
pub(crate) fn link() {}
