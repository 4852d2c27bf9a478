use leptos::prelude::*;

use crate::error::AppError;
use crate::model::{PoolDetail, PoolPage};

/// One page of user pools. `next_token` comes from the previous page.
#[server(endpoint = "list_user_pools")]
pub async fn list_user_pools(page_size: i32, next_token: Option<String>) -> Result<PoolPage, AppError> {
    let admin = crate::server::guard::require_admin().await?;
    crate::cognito::pools::list(admin.cognito(), page_size, next_token.filter(|t| !t.is_empty())).await
}

#[server(endpoint = "get_user_pool")]
pub async fn get_user_pool(pool_id: String) -> Result<PoolDetail, AppError> {
    let admin = crate::server::guard::require_admin().await?;
    crate::model::validate_pool_id(&pool_id)?;
    crate::cognito::pools::describe(admin.cognito(), &pool_id).await
}
