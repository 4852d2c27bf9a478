//! A pool's resource servers and their custom scopes.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::resource_server::ResourceServer;

crate::permission!(ListResourceServers => Viewer);
#[server(endpoint = "list_resource_servers")]
pub async fn list_resource_servers(pool_id: String) -> Result<Vec<ResourceServer>, AppError> {
    let guard = ListResourceServers::guard().await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    crate::cognito::resource_servers::list(guard.cognito(), &pool_id).await
}

crate::permission!(CreateResourceServer => Admin, Change; pool_id, identifier);
/// `scopes`: one per line, the name, a space, the description.
#[server(endpoint = "create_resource_server")]
pub async fn create_resource_server(
    pool_id: String,
    identifier: String,
    resource_name: String,
    scopes: String,
) -> Result<(), AppError> {
    let guard = CreateResourceServer::guard(&pool_id, &identifier).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    let server =
        crate::model::resource_server::validate_resource_server(&identifier, &resource_name, &scopes)?;
    crate::cognito::resource_servers::create(guard.admin(), &pool_id, &server).await
}

crate::permission!(UpdateResourceServer => Admin, Change; pool_id, identifier);
/// Replaces the name and the scopes (the identifier cannot change).
#[server(endpoint = "update_resource_server")]
pub async fn update_resource_server(
    pool_id: String,
    identifier: String,
    resource_name: String,
    scopes: String,
) -> Result<(), AppError> {
    let guard = UpdateResourceServer::guard(&pool_id, &identifier).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    let server =
        crate::model::resource_server::validate_resource_server(&identifier, &resource_name, &scopes)?;
    crate::cognito::resource_servers::update(guard.admin(), &pool_id, &server).await
}

crate::permission!(DeleteResourceServer => Admin, Change; pool_id, identifier);
/// Deletes a resource server; `confirm` must repeat its identifier.
#[server(endpoint = "delete_resource_server")]
pub async fn delete_resource_server(
    pool_id: String,
    identifier: String,
    confirm: String,
) -> Result<(), AppError> {
    let guard = DeleteResourceServer::guard(&pool_id, &identifier).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    crate::model::session::check_typed(&confirm, &identifier)?;
    crate::cognito::resource_servers::delete(guard.admin(), &pool_id, &identifier).await
}

/// Links this module's server functions into a binary that calls none of them (`link_all`).
#[cfg(feature = "ssr")]
#[inline(never)]
pub(crate) fn link() {}
