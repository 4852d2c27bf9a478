//! The configuration summary, its exports and the advisor's findings for one pool.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::advisor::Finding;
use crate::model::export::ExportFile;
use crate::model::summary::ConfigSummary;

crate::permission!(GetConfigSummary => Viewer);
#[server(endpoint = "get_config_summary")]
pub async fn get_config_summary(pool_id: String) -> Result<ConfigSummary, AppError> {
    let guard = GetConfigSummary::guard().await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    crate::cognito::summary::gather(guard.cognito(), &pool_id).await
}

crate::permission!(ExportConfig => Viewer, Secret; pool_id, format, include_secrets);
/// One export of the summary. `audience` picks the app client an API accepts tokens for (the
/// first user sign-in client when empty); secrets are read and included only when
/// `include_secrets` is set, and that is logged like a reveal.
#[server(endpoint = "export_config")]
pub async fn export_config(
    pool_id: String,
    format: String,
    #[server(default)] audience: String,
    #[server(default)] include_secrets: bool,
) -> Result<ExportFile, AppError> {
    let guard = ExportConfig::guard(&pool_id, &format, &include_secrets).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    if !crate::model::export::EXPORT_FORMATS.iter().any(|(key, ..)| *key == format) {
        return Err(AppError::invalid("format", crate::i18n::t("summary-error-format")));
    }
    let summary = crate::cognito::summary::gather(guard.cognito(), &pool_id).await?;
    // Viewers export the summary; only admins see secrets, after a step-up.
    let secrets = match include_secrets {
        true => {
            let admin = guard.elevate::<crate::model::role::level::Admin>()?;
            let secrets = match crate::model::export::export_takes_secrets(&format) {
                true => crate::cognito::summary::client_secrets(admin.secrets()?, &pool_id).await?,
                false => Vec::new(),
            };
            tracing::info!(operator = %admin.operator().sub, %pool_id, %format, clients = secrets.len(), "client secrets exported");
            secrets
        }
        false => Vec::new(),
    };
    let audience = Some(audience.as_str()).filter(|a| !a.is_empty());
    crate::model::export::export(&summary, &format, audience, &secrets).ok_or(AppError::Internal)
}

crate::permission!(GetAdvice => Viewer);
#[server(endpoint = "get_advice")]
pub async fn get_advice(pool_id: String) -> Result<Vec<Finding>, AppError> {
    let guard = GetAdvice::guard().await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    let input = crate::cognito::summary::advisor_input(
        guard.cognito(),
        &pool_id,
        guard.admin_group(),
        guard.console_client_id(),
    )
    .await?;
    Ok(crate::rules::advisor::advise(&input))
}

/// Links this module's server functions into a binary that calls none of them (`link_all`).
#[cfg(feature = "ssr")]
#[inline(never)]
pub(crate) fn link() {}
