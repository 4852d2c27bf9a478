//! Groups of a pool. The console's admin group cannot be deleted from the console; its other
//! groups only after a step-up.

use leptos::prelude::*;

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::i18n::t;
use crate::model::group::GroupInfo;
use crate::model::user::UserPage;

/// A group with its member count, counted up to one page ("60+" beyond).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct GroupRow {
    pub group: GroupInfo,
    pub members: usize,
    pub more_members: bool,
}

/// Marks the groups whose membership is out of the operator's reach (the console's groups, in
/// its own pool, below admin), for the pages' pickers and member lists.
#[cfg(feature = "ssr")]
fn mark<L: crate::model::role::level::Level>(
    guard: &crate::server::guard::Guard<L>,
    pool_id: &str,
    groups: &mut [GroupInfo],
) {
    if guard.is_console_pool(pool_id) && guard.operator().role < crate::model::role::Role::Admin {
        for g in groups {
            g.locked = guard.roles().role_of_group(&g.name).is_some();
        }
    }
}

#[cfg(feature = "ssr")]
fn check(pool_id: &str, name: &str) -> Result<(), AppError> {
    crate::model::pool::validate_pool_id(pool_id)?;
    crate::model::group::validate_group_name(name).map_err(|_| AppError::not_found("The group"))
}

crate::permission!(ListGroups => Viewer);
#[server(endpoint = "list_groups")]
pub async fn list_groups(pool_id: String) -> Result<Vec<GroupRow>, AppError> {
    use futures::StreamExt;
    let guard = ListGroups::guard().await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    let mut groups = crate::cognito::groups::list(guard.cognito(), &pool_id).await?;
    mark(&guard, &pool_id, &mut groups);
    let names: Vec<String> = groups.iter().map(|g| g.name.clone()).collect();
    let counts: Vec<(usize, bool)> = futures::stream::iter(names.into_iter().map(|name| {
        let cognito = guard.cognito().clone();
        let pool_id = pool_id.clone();
        async move {
            crate::cognito::groups::member_count(&cognito, &pool_id, &name, 60).await.unwrap_or((0, false))
        }
    }))
    .buffered(4)
    .collect()
    .await;
    Ok(groups
        .into_iter()
        .zip(counts)
        .map(|(group, (members, more_members))| GroupRow { group, members, more_members })
        .collect())
}

crate::permission!(ListGroupNames => Viewer);
/// The pool's groups by precedence, without member counts: for the group pickers (counting
/// members is one ListUsersInGroup per group, which the load run showed dominating the user page).
#[server(endpoint = "list_group_names")]
pub async fn list_group_names(pool_id: String) -> Result<Vec<GroupInfo>, AppError> {
    let guard = ListGroupNames::guard().await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    let mut groups = crate::cognito::groups::list(guard.cognito(), &pool_id).await?;
    mark(&guard, &pool_id, &mut groups);
    Ok(groups)
}

crate::permission!(GetGroup => Viewer);
#[server(endpoint = "get_group")]
pub async fn get_group(pool_id: String, name: String) -> Result<GroupInfo, AppError> {
    let guard = GetGroup::guard().await?;
    check(&pool_id, &name)?;
    let mut group = crate::cognito::groups::get(guard.cognito(), &pool_id, &name).await?;
    mark(&guard, &pool_id, std::slice::from_mut(&mut group));
    Ok(group)
}

crate::permission!(CreateGroup => Admin, Change; pool_id, name);
#[server(endpoint = "create_group")]
pub async fn create_group(
    pool_id: String,
    name: String,
    description: String,
    precedence: String,
    role_arn: String,
) -> Result<(), AppError> {
    let guard = CreateGroup::guard(&pool_id, &name).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    let group = crate::model::group::GroupInput { name, description, precedence, role_arn }.validate()?;
    crate::cognito::groups::create(guard.admin(), &pool_id, &group).await.map_err(|e| match e {
        AppError::Conflict { message } => AppError::invalid("name", message),
        other => other,
    })
}

crate::permission!(CreateGuideGroups => Admin, Change; pool_id);
/// Creates the guide's groups that the pool does not have yet; returns the names created.
#[server(endpoint = "create_guide_groups")]
pub async fn create_guide_groups(pool_id: String) -> Result<Vec<String>, AppError> {
    let guard = CreateGuideGroups::guard(&pool_id).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    let existing = crate::cognito::groups::list(guard.admin(), &pool_id).await?;
    let mut created = Vec::new();
    for (name, precedence, description) in crate::model::group::GUIDE_GROUPS {
        if existing.iter().any(|g| g.name == name) {
            continue;
        }
        let group = crate::model::group::ValidGroup {
            name: name.into(),
            description: Some(description.into()),
            precedence: Some(precedence),
            role_arn: None,
        };
        crate::cognito::groups::create(guard.admin(), &pool_id, &group).await?;
        created.push(name.to_string());
    }
    Ok(created)
}

crate::permission!(UpdateGroup => Admin, Change; pool_id, name);
/// Updates description, precedence and role (the name cannot change in Cognito).
#[server(endpoint = "update_group")]
pub async fn update_group(
    pool_id: String,
    name: String,
    description: String,
    precedence: String,
    role_arn: String,
) -> Result<(), AppError> {
    let guard = UpdateGroup::guard(&pool_id, &name).await?;
    check(&pool_id, &name)?;
    let group = crate::model::group::GroupInput { name, description, precedence, role_arn }.validate()?;
    crate::cognito::groups::update(guard.admin(), &pool_id, &group).await
}

crate::permission!(DeleteGroup => Admin, Change; pool_id, name);
/// Deletes the group (members stay users); `confirm` must repeat its name.
#[server(endpoint = "delete_group")]
pub async fn delete_group(pool_id: String, name: String, confirm: String) -> Result<(), AppError> {
    let guard = DeleteGroup::guard(&pool_id, &name).await?;
    check(&pool_id, &name)?;
    crate::model::session::check_typed(&confirm, &name)?;
    if guard.is_console_pool(&pool_id) && name == guard.admin_group() {
        return Err(AppError::Conflict { message: t("group-guards-console") });
    }
    // The support or viewer group: deleting it takes a role from each member.
    guard.step_up_for_group(&pool_id, &name)?;
    crate::cognito::groups::delete(guard.admin(), &pool_id, &name).await?;
    guard.forget_group(&pool_id, &name).await;
    leptos_axum::redirect(&format!("/pools/{pool_id}/groups"));
    Ok(())
}

crate::permission!(ListGroupMembers => Viewer);
#[server(endpoint = "list_group_members")]
pub async fn list_group_members(
    pool_id: String,
    name: String,
    page_size: i32,
    next_token: Option<String>,
) -> Result<UserPage, AppError> {
    let guard = ListGroupMembers::guard().await?;
    check(&pool_id, &name)?;
    crate::cognito::users::list_in_group(
        guard.cognito(),
        &pool_id,
        &name,
        page_size,
        next_token.filter(|t| !t.is_empty()),
    )
    .await
}

/// Links this module's server functions into a binary that calls none of them (`link_all`).
#[cfg(feature = "ssr")]
#[inline(never)]
pub(crate) fn link() {}
