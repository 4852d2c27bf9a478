//! The configuration summary, its exports and the advisor's findings for one pool.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::{ConfigSummary, ExportFile, Finding};

#[server(endpoint = "get_config_summary")]
pub async fn get_config_summary(pool_id: String) -> Result<ConfigSummary, AppError> {
    let admin = crate::server::guard::require_admin().await?;
    crate::model::validate_pool_id(&pool_id)?;
    crate::cognito::summary::gather(admin.cognito(), &pool_id).await
}

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
    let admin = crate::server::guard::require_admin().await?;
    crate::model::validate_pool_id(&pool_id)?;
    if !crate::model::EXPORT_FORMATS.iter().any(|(key, ..)| *key == format) {
        return Err(AppError::invalid("format", "Choose one of the export formats."));
    }
    let cognito = admin.cognito();
    let summary = crate::cognito::summary::gather(cognito, &pool_id).await?;
    let secrets = match include_secrets && crate::model::export_takes_secrets(&format) {
        true => {
            let secrets = crate::cognito::summary::client_secrets(cognito, &pool_id).await?;
            tracing::info!(operator = %admin.operator().sub, %pool_id, %format, clients = secrets.len(), "client secrets exported");
            secrets
        }
        false => Vec::new(),
    };
    let audience = Some(audience.as_str()).filter(|a| !a.is_empty());
    crate::model::export(&summary, &format, audience, &secrets).ok_or(AppError::Internal)
}

#[server(endpoint = "get_advice")]
pub async fn get_advice(pool_id: String) -> Result<Vec<Finding>, AppError> {
    let admin = crate::server::guard::require_admin().await?;
    crate::model::validate_pool_id(&pool_id)?;
    let input = crate::cognito::summary::advisor_input(
        admin.cognito(),
        &pool_id,
        admin.admin_group(),
        admin.console_client_id(),
    )
    .await?;
    Ok(crate::model::advise(&input))
}
