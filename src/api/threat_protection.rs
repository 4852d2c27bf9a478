//! Threat protection: viewers read the pool's mode, plan and risk configuration (the pool's or
//! one app client's); admins turn it on or off and set what happens to risky sign-ins.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::risk::ThreatProtection;

crate::permission!(GetThreatProtection => Viewer);
/// The mode, the plan, the app clients, and the configuration in force for the pool or for
/// `client_id` (its own, or the pool's when it has none).
#[server(endpoint = "get_threat_protection")]
pub async fn get_threat_protection(
    pool_id: String,
    client_id: Option<String>,
) -> Result<ThreatProtection, AppError> {
    use crate::cognito::{clients, pools, risk};
    let guard = GetThreatProtection::guard().await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    let client_id = client_id.filter(|c| !c.is_empty());
    if let Some(client) = &client_id {
        crate::model::client::validate_client_id(client)?;
    }
    let (pool, clients) = tokio::try_join!(
        pools::describe_without_mfa(guard.cognito(), &pool_id),
        clients::ids(guard.cognito(), &pool_id)
    )?;
    let (config, unavailable) = crate::cognito::unless_unsupported(
        risk::describe(guard.cognito(), &pool_id, client_id.as_deref()).await,
    )?;
    Ok(ThreatProtection {
        mode: pool.threat_protection.clone().unwrap_or_else(|| "OFF".into()),
        plan: pool.feature_plan.clone(),
        client_has_own: client_id.is_some() && config.client_id == client_id,
        config,
        clients,
        unavailable,
    })
}

crate::permission!(SetThreatProtectionMode => Admin, Change; pool_id, mode);
/// Off, audit only, or full function (UpdateUserPool's UserPoolAddOns); refused by field where
/// the pool's feature plan has no threat protection.
#[server(endpoint = "set_threat_protection_mode")]
pub async fn set_threat_protection_mode(pool_id: String, mode: String) -> Result<(), AppError> {
    use crate::cognito::pools;
    let guard = SetThreatProtectionMode::guard(&pool_id, &mode).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    let pool = pools::describe_without_mfa(guard.admin(), &pool_id).await?;
    crate::model::risk::check_mode(&mode, pool.feature_plan.as_deref())?;
    pools::set_threat_protection(guard.admin(), &pool_id, &mode).await
}

crate::permission!(SetRiskConfiguration => Admin, Change; pool_id, client_id);
/// What happens to a sign-in with a leaked password and at each level of account-takeover risk,
/// for the pool or one app client; the address lists for the pool. Every field is checked
/// before the call.
#[server(endpoint = "set_risk_configuration")]
#[allow(clippy::too_many_arguments)]
pub async fn set_risk_configuration(
    pool_id: String,
    client_id: Option<String>,
    compromised_sign_in: Option<String>,
    compromised_password_change: Option<String>,
    compromised_sign_up: Option<String>,
    compromised_action: String,
    low: String,
    medium: String,
    high: String,
    blocked_ips: Option<String>,
    skipped_ips: Option<String>,
) -> Result<(), AppError> {
    use crate::model::risk::RiskEdit;
    let guard = SetRiskConfiguration::guard(&pool_id, &client_id).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    let client_id = client_id.filter(|c| !c.is_empty());
    if let Some(client) = &client_id {
        crate::model::client::validate_client_id(client)?;
    }
    let events = [
        (compromised_sign_in, "SIGN_IN"),
        (compromised_password_change, "PASSWORD_CHANGE"),
        (compromised_sign_up, "SIGN_UP"),
    ];
    let edit = RiskEdit {
        compromised_events: events
            .into_iter()
            .filter(|(ticked, _)| super::ticked(ticked.as_deref()))
            .map(|(_, event)| event.to_string())
            .collect(),
        compromised_action,
        takeover: [low, medium, high],
        // A client's configuration has no address lists of its own (they are the pool's).
        blocked_ips: blocked_ips.filter(|_| client_id.is_none()).unwrap_or_default(),
        skipped_ips: skipped_ips.filter(|_| client_id.is_none()).unwrap_or_default(),
    };
    let change = edit.validate()?;
    crate::cognito::risk::set(guard.admin(), &pool_id, client_id.as_deref(), &change).await
}

/// Links this module's server functions into a binary that calls none of them (`link_all`).
#[cfg(feature = "ssr")]
#[inline(never)]
pub(crate) fn link() {}
