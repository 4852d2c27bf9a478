//! User pools: list, settings, create, edit, MFA, triggers, delete.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::pool::{PoolDetail, PoolPage};
use crate::model::pool_settings::PoolForm;

crate::permission!(ListUserPools => Viewer);
/// One page of user pools. `next_token` comes from the previous page.
#[server(endpoint = "list_user_pools")]
pub async fn list_user_pools(page_size: i32, next_token: Option<String>) -> Result<PoolPage, AppError> {
    let guard = ListUserPools::guard().await?;
    crate::cognito::pools::list(guard.cognito(), page_size, next_token.filter(|t| !t.is_empty())).await
}

crate::permission!(GetUserPool => Viewer);
#[server(endpoint = "get_user_pool")]
pub async fn get_user_pool(pool_id: String) -> Result<PoolDetail, AppError> {
    let guard = GetUserPool::guard().await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    crate::cognito::pools::describe(guard.cognito(), &pool_id).await
}

crate::permission!(CreateUserPool => Admin, Change; name);
/// Creates a pool from the full form and opens it. Returns the new pool's id.
#[server(endpoint = "create_user_pool")]
pub async fn create_user_pool(#[server(flatten)] form: PoolForm) -> Result<String, AppError> {
    let guard = CreateUserPool::guard(&form.name).await?;
    let pool = form.validate_new()?;
    let id = crate::cognito::pools::create(guard.admin(), &pool).await?;
    tracing::info!(operator = %guard.operator().sub, pool_id = %id, "user pool created");
    leptos_axum::redirect(&format!("/pools/{id}"));
    Ok(id)
}

crate::permission!(UpdateUserPool => Admin, Change; pool_id, name);
/// Changes the settings UpdateUserPool accepts (read-modify-write: nothing else is reset).
#[server(endpoint = "update_user_pool")]
pub async fn update_user_pool(pool_id: String, #[server(flatten)] form: PoolForm) -> Result<(), AppError> {
    let guard = UpdateUserPool::guard(&pool_id, &form.name).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    let edit = form.validate_edit()?;
    crate::cognito::pools::update_settings(guard.admin(), &pool_id, &edit).await
}

crate::permission!(SetPoolMfa => Admin, Change; pool_id);
#[server(endpoint = "set_pool_mfa")]
pub async fn set_pool_mfa(
    pool_id: String,
    mfa: String,
    mfa_totp: Option<String>,
    mfa_sms: Option<String>,
) -> Result<(), AppError> {
    let guard = SetPoolMfa::guard(&pool_id).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    // Whether the pool has the SNS role SMS codes need is checked by `set_mfa`, which reads the
    // pool anyway: one DescribeUserPool instead of three calls.
    let settings =
        crate::model::pool_settings::validate_mfa(&mfa, mfa_totp.is_some(), mfa_sms.is_some(), true)?;
    crate::cognito::pools::set_mfa(guard.admin(), &pool_id, &settings).await
}

crate::permission!(SetPoolTriggers => Admin, Change; pool_id);
/// Sets the Lambda triggers: `triggers[key]` for each key of `model::triggers::TRIGGERS`; an empty value
/// removes that trigger.
#[server(endpoint = "set_pool_triggers")]
pub async fn set_pool_triggers(
    pool_id: String,
    #[server(default)] triggers: HashMap<String, String>,
) -> Result<(), AppError> {
    let guard = SetPoolTriggers::guard(&pool_id).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    let triggers = crate::model::triggers::validate_triggers(&triggers)?;
    crate::cognito::pools::set_triggers(guard.admin(), &pool_id, &triggers).await
}

crate::permission!(AddCustomAttributes => Admin, Change; pool_id);
/// Adds custom attributes (the form's `custom_*` rows); existing ones cannot change.
#[server(endpoint = "add_custom_attributes")]
pub async fn add_custom_attributes(
    pool_id: String,
    #[server(flatten)] form: PoolForm,
) -> Result<(), AppError> {
    let guard = AddCustomAttributes::guard(&pool_id).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    let custom = form.custom_attributes()?;
    if custom.is_empty() {
        return Err(AppError::invalid("custom", crate::i18n::t("pool-error-custom-none")));
    }
    crate::cognito::pools::add_custom_attributes(guard.admin(), &pool_id, &custom).await
}

crate::permission!(DeleteUserPool => Admin, Change, StepUp; pool_id);
/// Deletes a pool; `confirm` must repeat its name. Refused while deletion protection is on, and
/// for the pool the console itself signs in with.
#[server(endpoint = "delete_user_pool")]
pub async fn delete_user_pool(pool_id: String, confirm: String) -> Result<(), AppError> {
    let guard = DeleteUserPool::guard(&pool_id).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    if guard.is_console_pool(&pool_id) {
        return Err(AppError::Conflict { message: crate::i18n::t("pool-error-console-pool") });
    }
    let pool = crate::cognito::pools::describe(guard.admin(), &pool_id).await?;
    crate::model::session::check_typed(&confirm, &pool.name)?;
    crate::cognito::pools::delete(guard.admin(), &pool_id).await?;
    guard.forget_pool(&pool_id).await;
    tracing::info!(operator = %guard.operator().sub, pool_id = %pool_id, "user pool deleted");
    leptos_axum::redirect("/pools");
    Ok(())
}

/// Links this module's server functions into a binary that calls none of them (`link_all`).
#[cfg(feature = "ssr")]
#[inline(never)]
pub(crate) fn link() {}
