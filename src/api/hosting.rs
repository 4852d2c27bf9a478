//! A pool's domains and resource servers.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::{DomainInfo, ResourceServer};

crate::permission!(ListDomains => Viewer);
#[server(endpoint = "list_domains")]
pub async fn list_domains(pool_id: String) -> Result<Vec<DomainInfo>, AppError> {
    let guard = crate::server::guard::require::<ListDomains>().await?;
    crate::model::validate_pool_id(&pool_id)?;
    crate::cognito::hosting::domains(guard.cognito(), &pool_id).await
}

crate::permission!(CreateDomain => Admin, Change);
/// `kind` is `prefix` (a Cognito domain) or `custom` (with an ACM certificate in us-east-1).
#[server(endpoint = "create_domain")]
pub async fn create_domain(
    pool_id: String,
    kind: String,
    domain: String,
    #[server(default)] certificate_arn: String,
) -> Result<(), AppError> {
    let guard = crate::server::guard::require::<CreateDomain>().await?;
    crate::model::validate_pool_id(&pool_id)?;
    let domain = crate::model::validate_domain(&kind, &domain, &certificate_arn)?;
    crate::cognito::hosting::create_domain(guard.admin(), &pool_id, &domain).await
}

crate::permission!(DeleteDomain => Admin, Change, StepUp);
/// Deletes a domain; `confirm` must repeat it.
#[server(endpoint = "delete_domain")]
pub async fn delete_domain(pool_id: String, domain: String, confirm: String) -> Result<(), AppError> {
    let guard = crate::server::guard::require::<DeleteDomain>().await?;
    crate::model::validate_pool_id(&pool_id)?;
    if confirm.trim() != domain {
        return Err(AppError::invalid("confirm", "Type the domain exactly to confirm."));
    }
    crate::cognito::hosting::delete_domain(guard.admin(), &pool_id, &domain).await
}

crate::permission!(ListResourceServers => Viewer);
#[server(endpoint = "list_resource_servers")]
pub async fn list_resource_servers(pool_id: String) -> Result<Vec<ResourceServer>, AppError> {
    let guard = crate::server::guard::require::<ListResourceServers>().await?;
    crate::model::validate_pool_id(&pool_id)?;
    crate::cognito::hosting::list_resource_servers(guard.cognito(), &pool_id).await
}

crate::permission!(CreateResourceServer => Admin, Change);
/// `scopes`: one per line, the name, a space, the description.
#[server(endpoint = "create_resource_server")]
pub async fn create_resource_server(
    pool_id: String,
    identifier: String,
    resource_name: String,
    scopes: String,
) -> Result<(), AppError> {
    let guard = crate::server::guard::require::<CreateResourceServer>().await?;
    crate::model::validate_pool_id(&pool_id)?;
    let server = crate::model::validate_resource_server(&identifier, &resource_name, &scopes)?;
    crate::cognito::hosting::create_resource_server(guard.admin(), &pool_id, &server).await
}

crate::permission!(UpdateResourceServer => Admin, Change);
/// Replaces the name and the scopes (the identifier cannot change).
#[server(endpoint = "update_resource_server")]
pub async fn update_resource_server(
    pool_id: String,
    identifier: String,
    resource_name: String,
    scopes: String,
) -> Result<(), AppError> {
    let guard = crate::server::guard::require::<UpdateResourceServer>().await?;
    crate::model::validate_pool_id(&pool_id)?;
    let server = crate::model::validate_resource_server(&identifier, &resource_name, &scopes)?;
    crate::cognito::hosting::update_resource_server(guard.admin(), &pool_id, &server).await
}

crate::permission!(DeleteResourceServer => Admin, Change);
/// Deletes a resource server; `confirm` must repeat its identifier.
#[server(endpoint = "delete_resource_server")]
pub async fn delete_resource_server(
    pool_id: String,
    identifier: String,
    confirm: String,
) -> Result<(), AppError> {
    let guard = crate::server::guard::require::<DeleteResourceServer>().await?;
    crate::model::validate_pool_id(&pool_id)?;
    if confirm.trim() != identifier {
        return Err(AppError::invalid("confirm", "Type the identifier exactly to confirm."));
    }
    crate::cognito::hosting::delete_resource_server(guard.admin(), &pool_id, &identifier).await
}
