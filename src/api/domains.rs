//! A pool's domain: a Cognito prefix or a custom domain.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::domain::DomainInfo;

crate::permission!(ListDomains => Viewer);
#[server(endpoint = "list_domains")]
pub async fn list_domains(pool_id: String) -> Result<Vec<DomainInfo>, AppError> {
    let guard = ListDomains::guard().await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    crate::cognito::domains::list(guard.cognito(), &pool_id).await
}

crate::permission!(CreateDomain => Admin, Change; pool_id, domain);
/// `kind` is `prefix` (a Cognito domain) or `custom` (with an ACM certificate in us-east-1).
#[server(endpoint = "create_domain")]
pub async fn create_domain(
    pool_id: String,
    kind: String,
    domain: String,
    #[server(default)] certificate_arn: String,
) -> Result<(), AppError> {
    let guard = CreateDomain::guard(&pool_id, &domain).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    let domain = crate::model::domain::validate_domain(&kind, &domain, &certificate_arn)?;
    crate::cognito::domains::create(guard.admin(), &pool_id, &domain).await
}

crate::permission!(DeleteDomain => Admin, Change, StepUp; pool_id, domain);
/// Deletes a domain; `confirm` must repeat it.
#[server(endpoint = "delete_domain")]
pub async fn delete_domain(pool_id: String, domain: String, confirm: String) -> Result<(), AppError> {
    let guard = DeleteDomain::guard(&pool_id, &domain).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    crate::model::session::check_typed(&confirm, &domain)?;
    crate::cognito::domains::delete(guard.admin(), &pool_id, &domain).await
}

/// Links this module's server functions into a binary that calls none of them (`link_all`).
#[cfg(feature = "ssr")]
#[inline(never)]
pub(crate) fn link() {}
