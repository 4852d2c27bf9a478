//! Groups of a pool.

use aws_sdk_cognitoidentityprovider::types::GroupType;

use super::operations::{CREATE_GROUP, DELETE_GROUP, GET_GROUP, LIST_GROUPS, UPDATE_GROUP};
use super::{CognitoAdmin, CognitoRead, epoch};
use crate::error::AppError;
use crate::model::group::{GroupInfo, ValidGroup};

fn info(g: &GroupType) -> GroupInfo {
    GroupInfo {
        name: g.group_name().unwrap_or_default().to_string(),
        description: g.description().map(str::to_string),
        precedence: g.precedence(),
        role_arn: g.role_arn().map(str::to_string),
        created: epoch(g.creation_date()),
        modified: epoch(g.last_modified_date()),
        locked: false,
    }
}

/// Every group of the pool (a pool has at most 10,000), sorted by precedence then name.
pub async fn list(cognito: &CognitoRead, pool_id: &str) -> Result<Vec<GroupInfo>, AppError> {
    let mut groups = Vec::new();
    let mut next = None;
    loop {
        let page = cognito
            .client()
            .list_groups()
            .user_pool_id(pool_id)
            .limit(60)
            .set_next_token(next)
            .send()
            .await
            .map_err(|e| LIST_GROUPS.error(e))?;
        groups.extend(page.groups().iter().map(info));
        match page.next_token() {
            Some(t) => next = Some(t.to_string()),
            None => break,
        }
    }
    groups.sort_by(|a, b| {
        (a.precedence.is_none(), a.precedence, &a.name).cmp(&(b.precedence.is_none(), b.precedence, &b.name))
    });
    Ok(groups)
}

pub async fn get(cognito: &CognitoRead, pool_id: &str, name: &str) -> Result<GroupInfo, AppError> {
    let out = cognito
        .client()
        .get_group()
        .user_pool_id(pool_id)
        .group_name(name)
        .send()
        .await
        .map_err(|e| GET_GROUP.error(e))?;
    out.group().map(info).ok_or_else(|| AppError::not_found("The group"))
}

pub async fn create(cognito: &CognitoAdmin, pool_id: &str, group: &ValidGroup) -> Result<(), AppError> {
    cognito
        .client()
        .create_group()
        .user_pool_id(pool_id)
        .group_name(&group.name)
        .set_description(group.description.clone())
        .set_precedence(group.precedence)
        .set_role_arn(group.role_arn.clone())
        .send()
        .await
        .map(|_| ())
        .map_err(|e| CREATE_GROUP.error(e))
}

/// UpdateGroup replaces description, precedence and role: all three are always sent.
pub async fn update(cognito: &CognitoAdmin, pool_id: &str, group: &ValidGroup) -> Result<(), AppError> {
    cognito
        .client()
        .update_group()
        .user_pool_id(pool_id)
        .group_name(&group.name)
        .description(group.description.clone().unwrap_or_default())
        .set_precedence(group.precedence)
        .set_role_arn(group.role_arn.clone())
        .send()
        .await
        .map(|_| ())
        .map_err(|e| UPDATE_GROUP.error(e))
}

pub async fn delete(cognito: &CognitoAdmin, pool_id: &str, name: &str) -> Result<(), AppError> {
    cognito
        .client()
        .delete_group()
        .user_pool_id(pool_id)
        .group_name(name)
        .send()
        .await
        .map(|_| ())
        .map_err(|e| DELETE_GROUP.error(e))
}

/// Members counted up to `cap` (one ListUsersInGroup page): "60+" is as far as it is cheap.
pub async fn member_count(
    cognito: &CognitoRead,
    pool_id: &str,
    name: &str,
    cap: i32,
) -> Result<(usize, bool), AppError> {
    let page = super::users::list_in_group(cognito, pool_id, name, cap, None).await?;
    Ok((page.users.len(), page.next_token.is_some()))
}
