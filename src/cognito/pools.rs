//! User pools: list and describe.

use aws_sdk_cognitoidentityprovider::types::UserPoolType;

use super::{Client, CognitoAdmin, epoch, map_sdk_error};
use crate::error::AppError;
use crate::model::{PasswordPolicy, PoolDetail, PoolPage, PoolSummary};

/// Largest page ListUserPools accepts.
pub const MAX_PAGE: i32 = 60;
/// DescribeUserPool calls in flight at once while filling in user counts (well under the
/// UserPoolRead quota).
const DESCRIBE_CONCURRENCY: usize = 4;

pub async fn list(
    cognito: &CognitoAdmin,
    page_size: i32,
    next_token: Option<String>,
) -> Result<PoolPage, AppError> {
    let out = cognito
        .client()
        .list_user_pools()
        .max_results(page_size.clamp(1, MAX_PAGE))
        .set_next_token(next_token)
        .send()
        .await
        .map_err(|e| map_sdk_error("list user pools", e))?;
    let mut pools: Vec<PoolSummary> = out
        .user_pools()
        .iter()
        .map(|p| PoolSummary {
            id: p.id().unwrap_or_default().to_string(),
            name: p.name().unwrap_or_default().to_string(),
            created: epoch(p.creation_date()),
            estimated_users: None,
        })
        .collect();
    // ListUserPools has no user count; DescribeUserPool has. A failed describe leaves the count
    // empty rather than failing the whole list.
    use futures::StreamExt;
    let ids: Vec<String> = pools.iter().map(|p| p.id.clone()).collect();
    let counts: Vec<Option<i32>> = futures::stream::iter(ids.into_iter().map(|id| {
        let client = cognito.client().clone();
        async move {
            client
                .describe_user_pool()
                .user_pool_id(id)
                .send()
                .await
                .ok()
                .and_then(|o| o.user_pool().map(|p| p.estimated_number_of_users()))
        }
    }))
    .buffered(DESCRIBE_CONCURRENCY)
    .collect()
    .await;
    for (pool, count) in pools.iter_mut().zip(counts) {
        pool.estimated_users = count;
    }
    Ok(PoolPage { pools, next_token: out.next_token().map(str::to_string) })
}

/// One page of (id, name) pairs, for lookups by name.
pub(super) async fn list_raw(
    cognito: &CognitoAdmin,
    next_token: Option<String>,
) -> Result<(Vec<(String, String)>, Option<String>), AppError> {
    let out = cognito
        .client()
        .list_user_pools()
        .max_results(MAX_PAGE)
        .set_next_token(next_token)
        .send()
        .await
        .map_err(|e| map_sdk_error("list user pools", e))?;
    let pools =
        out.user_pools().iter().filter_map(|p| Some((p.id()?.to_string(), p.name()?.to_string()))).collect();
    Ok((pools, out.next_token().map(str::to_string)))
}

async fn describe_raw(client: &Client, pool_id: &str) -> Result<UserPoolType, AppError> {
    let out =
        client.describe_user_pool().user_pool_id(pool_id).send().await.map_err(|e| {
            match map_sdk_error("describe the user pool", e) {
                AppError::NotFound { .. } => AppError::not_found("The user pool"),
                other => other,
            }
        })?;
    out.user_pool.ok_or_else(|| AppError::not_found("The user pool"))
}

pub async fn describe(cognito: &CognitoAdmin, pool_id: &str) -> Result<PoolDetail, AppError> {
    let pool = describe_raw(cognito.client(), pool_id).await?;
    Ok(detail(&pool, cognito.region()))
}

pub(super) async fn password_policy(client: &Client, pool_id: &str) -> Result<PasswordPolicy, AppError> {
    Ok(policy(&describe_raw(client, pool_id).await?))
}

fn policy(pool: &UserPoolType) -> PasswordPolicy {
    match pool.policies().and_then(|p| p.password_policy()) {
        Some(p) => PasswordPolicy {
            minimum_length: p.minimum_length().unwrap_or(8).max(6) as u32,
            require_uppercase: p.require_uppercase(),
            require_lowercase: p.require_lowercase(),
            require_numbers: p.require_numbers(),
            require_symbols: p.require_symbols(),
            temporary_password_validity_days: Some(p.temporary_password_validity_days()),
        },
        None => PasswordPolicy::default(),
    }
}

fn strings<T: AsRef<str>>(items: &[T]) -> Vec<String> {
    items.iter().map(|i| i.as_ref().to_string()).collect()
}

fn detail(pool: &UserPoolType, region: &str) -> PoolDetail {
    let schema = pool.schema_attributes();
    let mut recovery: Vec<(i32, String)> = pool
        .account_recovery_setting()
        .map(|s| {
            s.recovery_mechanisms().iter().map(|m| (m.priority(), m.name().as_str().to_string())).collect()
        })
        .unwrap_or_default();
    recovery.sort();
    PoolDetail {
        id: pool.id().unwrap_or_default().to_string(),
        name: pool.name().unwrap_or_default().to_string(),
        arn: pool.arn().map(str::to_string),
        region: region.to_string(),
        created: epoch(pool.creation_date()),
        last_modified: epoch(pool.last_modified_date()),
        estimated_users: Some(pool.estimated_number_of_users()),
        username_attributes: strings(pool.username_attributes()),
        alias_attributes: strings(pool.alias_attributes()),
        case_sensitive_usernames: pool.username_configuration().map(|c| c.case_sensitive()),
        password_policy: policy(pool),
        mfa: pool.mfa_configuration().map(|m| m.as_str().to_string()).unwrap_or_else(|| "OFF".into()),
        recovery: recovery.into_iter().map(|(_, name)| name).collect(),
        self_sign_up: !pool
            .admin_create_user_config()
            .map(|c| c.allow_admin_create_user_only())
            .unwrap_or(false),
        auto_verified_attributes: strings(pool.auto_verified_attributes()),
        required_attributes: schema
            .iter()
            .filter(|a| a.required().unwrap_or(false))
            .filter_map(|a| a.name().map(str::to_string))
            .collect(),
        schema: schema
            .iter()
            .filter_map(|a| {
                Some(crate::model::SchemaAttribute {
                    name: a.name()?.to_string(),
                    mutable: a.mutable().unwrap_or(false),
                    required: a.required().unwrap_or(false),
                })
            })
            .collect(),
        custom_attributes: schema
            .iter()
            .filter_map(|a| a.name())
            .filter(|n| n.starts_with("custom:"))
            .map(str::to_string)
            .collect(),
        email_sending: pool
            .email_configuration()
            .and_then(|c| c.email_sending_account())
            .map(|a| a.as_str().to_string())
            .unwrap_or_else(|| "COGNITO_DEFAULT".into()),
        domain: pool.domain().map(str::to_string),
        custom_domain: pool.custom_domain().map(str::to_string),
        deletion_protection: pool.deletion_protection().map(|d| d.as_str() == "ACTIVE").unwrap_or(false),
    }
}
