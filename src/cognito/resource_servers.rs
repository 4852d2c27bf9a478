//! A pool's resource servers and their custom scopes.

use aws_sdk_cognitoidentityprovider::types::{ResourceServerScopeType, ResourceServerType};

use super::operations::{
    CREATE_RESOURCE_SERVER, DELETE_RESOURCE_SERVER, LIST_RESOURCE_SERVERS, UPDATE_RESOURCE_SERVER,
};
use super::{CognitoAdmin, CognitoRead};
use crate::error::AppError;
use crate::model::resource_server::{ResourceServer, Scope};

fn resource_server(r: &ResourceServerType) -> ResourceServer {
    ResourceServer {
        identifier: r.identifier().unwrap_or_default().to_string(),
        name: r.name().unwrap_or_default().to_string(),
        scopes: r
            .scopes()
            .iter()
            .map(|s| Scope {
                name: s.scope_name().to_string(),
                description: s.scope_description().to_string(),
            })
            .collect(),
    }
}

pub async fn list(cognito: &CognitoRead, pool_id: &str) -> Result<Vec<ResourceServer>, AppError> {
    let mut out = Vec::new();
    let mut next = None;
    loop {
        let page = cognito
            .client()
            .list_resource_servers()
            .user_pool_id(pool_id)
            .max_results(50)
            .set_next_token(next)
            .send()
            .await
            .map_err(|e| LIST_RESOURCE_SERVERS.error(e))?;
        out.extend(page.resource_servers().iter().map(resource_server));
        match page.next_token() {
            Some(t) => next = Some(t.to_string()),
            None => return Ok(out),
        }
    }
}

fn scopes(server: &ResourceServer) -> Result<Vec<ResourceServerScopeType>, AppError> {
    server
        .scopes
        .iter()
        .map(|s| {
            ResourceServerScopeType::builder()
                .scope_name(&s.name)
                .scope_description(&s.description)
                .build()
                .map_err(|_| AppError::Internal)
        })
        .collect()
}

pub async fn create(cognito: &CognitoAdmin, pool_id: &str, server: &ResourceServer) -> Result<(), AppError> {
    if list(cognito, pool_id).await?.iter().any(|r| r.identifier == server.identifier) {
        return Err(AppError::invalid("identifier", crate::i18n::t("rs-error-exists")));
    }
    cognito
        .client()
        .create_resource_server()
        .user_pool_id(pool_id)
        .identifier(&server.identifier)
        .name(&server.name)
        .set_scopes(Some(scopes(server)?))
        .send()
        .await
        .map_err(|e| CREATE_RESOURCE_SERVER.error(e))?;
    Ok(())
}

/// UpdateResourceServer replaces the name and the whole scope list. moto does not implement it:
/// the mapped error says so.
pub async fn update(cognito: &CognitoAdmin, pool_id: &str, server: &ResourceServer) -> Result<(), AppError> {
    cognito
        .client()
        .update_resource_server()
        .user_pool_id(pool_id)
        .identifier(&server.identifier)
        .name(&server.name)
        .set_scopes(Some(scopes(server)?))
        .send()
        .await
        .map_err(|e| UPDATE_RESOURCE_SERVER.error(e))?;
    Ok(())
}

pub async fn delete(cognito: &CognitoAdmin, pool_id: &str, identifier: &str) -> Result<(), AppError> {
    cognito
        .client()
        .delete_resource_server()
        .user_pool_id(pool_id)
        .identifier(identifier)
        .send()
        .await
        .map_err(|e| DELETE_RESOURCE_SERVER.error(e))?;
    Ok(())
}
