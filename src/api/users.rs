//! Users of a pool: the support desk. Every function starts with the guard; every change goes
//! through the guard's desk (`server::desk`), which applies the target rule (in the console's
//! own pool: no operator accounts below admin, console groups for admins after a step-up, no
//! locking out yourself or the last admin) against Cognito before the change.

use leptos::prelude::*;

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::i18n::t;
use crate::model::user::{UserDetail, UserPage};
#[cfg(feature = "ssr")]
use crate::server::desk::UserAction;

#[cfg(feature = "ssr")]
pub(crate) mod checks {
    use crate::error::AppError;
    use crate::model::pool::validate_pool_id;

    pub fn username(username: &str) -> Result<(), AppError> {
        let len = username.chars().count();
        if len == 0 || len > 128 || username.chars().any(char::is_control) {
            return Err(AppError::not_found("The user"));
        }
        Ok(())
    }

    pub fn target(pool_id: &str, name: &str) -> Result<(), AppError> {
        validate_pool_id(pool_id)?;
        username(name)
    }
}

crate::permission!(ListUsers => Viewer);
/// One page of users. With `group`, the members of that group; otherwise all users, filtered
/// when `value` is not empty (`attribute` and `match_kind` as in `model::user::filter_expression`).
#[server(endpoint = "list_users")]
pub async fn list_users(
    pool_id: String,
    page_size: i32,
    next_token: Option<String>,
    attribute: Option<String>,
    match_kind: Option<String>,
    value: Option<String>,
    group: Option<String>,
) -> Result<UserPage, AppError> {
    use crate::model::group::validate_group_name;
    use crate::model::pool::validate_pool_id;
    use crate::model::user::{MatchKind, filter_expression};
    let guard = ListUsers::guard().await?;
    validate_pool_id(&pool_id)?;
    let next_token = next_token.filter(|t| !t.is_empty());
    if let Some(group) = group.filter(|g| !g.is_empty()) {
        validate_group_name(&group)?;
        return crate::cognito::users::list_in_group(
            guard.cognito(),
            &pool_id,
            &group,
            page_size,
            next_token,
        )
        .await;
    }
    let filter = match value.filter(|v| !v.is_empty()) {
        Some(value) => Some(filter_expression(
            attribute.as_deref().unwrap_or("email"),
            MatchKind::parse(match_kind.as_deref().unwrap_or("prefix")),
            &value,
        )?),
        None => None,
    };
    crate::cognito::users::list(guard.cognito(), &pool_id, page_size, next_token, filter).await
}

crate::permission!(GetUser => Viewer);
#[server(endpoint = "get_user")]
pub async fn get_user(pool_id: String, username: String) -> Result<UserDetail, AppError> {
    let guard = GetUser::guard().await?;
    checks::target(&pool_id, &username)?;
    let (mut user, pool, factors) = tokio::try_join!(
        crate::cognito::users::get(guard.cognito(), &pool_id, &username),
        crate::cognito::pools::describe(guard.cognito(), &pool_id),
        crate::cognito::users::sign_in_factors(guard.cognito(), &pool_id, &username),
    )?;
    user.sign_in_factors = factors;
    user.editable = crate::model::user::editable_attributes(&pool);
    user.pool_mfa = crate::model::mfa::PoolMfa::of(&pool);
    let in_console_pool = guard.is_console_pool(&pool_id);
    user.is_self = in_console_pool && user.sub.as_deref() == Some(guard.operator().sub.as_str());
    user.access = crate::server::desk::access(guard.operator(), guard.roles(), in_console_pool, &user);
    Ok(user)
}

crate::permission!(SetUserEnabled => Support, Change; pool_id, username, enabled);
#[server(endpoint = "set_user_enabled")]
pub async fn set_user_enabled(pool_id: String, username: String, enabled: bool) -> Result<(), AppError> {
    let guard = SetUserEnabled::guard(&pool_id, &username, &enabled).await?;
    checks::target(&pool_id, &username)?;
    let action = if enabled { UserAction::Enable } else { UserAction::Disable };
    guard.desk().apply(&pool_id, &username, action).await
}

crate::permission!(ConfirmUser => Support, Change; pool_id, username);
#[server(endpoint = "confirm_user")]
pub async fn confirm_user(pool_id: String, username: String) -> Result<(), AppError> {
    let guard = ConfirmUser::guard(&pool_id, &username).await?;
    checks::target(&pool_id, &username)?;
    guard.desk().apply(&pool_id, &username, UserAction::Confirm).await
}

crate::permission!(ResetUserPassword => Support, Change; pool_id, username);
/// AdminResetUserPassword: Cognito sends the user a code (it needs a verified email or phone)
/// and they must choose a new password at their next sign-in.
#[server(endpoint = "reset_user_password")]
pub async fn reset_user_password(pool_id: String, username: String) -> Result<(), AppError> {
    let guard = ResetUserPassword::guard(&pool_id, &username).await?;
    checks::target(&pool_id, &username)?;
    guard.desk().apply(&pool_id, &username, UserAction::ResetPassword).await
}

crate::permission!(SetUserPassword => Support, Change; pool_id, username);
/// Sets a password, checked against the pool's policy first. Temporary (`permanent` false):
/// the user must change it at the next sign-in.
#[server(endpoint = "set_user_password")]
pub async fn set_user_password(
    pool_id: String,
    username: String,
    password: String,
    permanent: Option<String>,
) -> Result<(), AppError> {
    let guard = SetUserPassword::guard(&pool_id, &username).await?;
    checks::target(&pool_id, &username)?;
    // The rule first: a refused target learns nothing about the password policy either.
    let desk = guard.desk();
    let checked = desk
        .check(
            &pool_id,
            &username,
            UserAction::SetPassword {
                password: password.clone(),
                permanent: permanent.as_deref().is_some_and(|p| p == "true" || p == "on"),
            },
        )
        .await?;
    let policy = crate::cognito::pools::describe(guard.cognito(), &pool_id).await?.password_policy;
    let broken = policy.violations(&password);
    if !broken.is_empty() {
        return Err(AppError::invalid("password", broken.join(" ")));
    }
    desk.run(&checked).await
}

crate::permission!(SignOutUser => Support, Change; pool_id, username);
#[server(endpoint = "sign_out_user")]
pub async fn sign_out_user(pool_id: String, username: String) -> Result<(), AppError> {
    let guard = SignOutUser::guard(&pool_id, &username).await?;
    checks::target(&pool_id, &username)?;
    guard.desk().apply(&pool_id, &username, UserAction::SignOut).await
}

crate::permission!(SetUserMfa => Support, Change; pool_id, username, factor, setting);
/// One of the user's MFA factors off, on, or on and preferred (AdminSetUserMFAPreference): "I
/// lost my authenticator app" is the app (TOTP) off. Refused before any change where Cognito
/// could not make it (the pool does not offer the factor, the user has no phone number, an app
/// only the user can set up). Answers what the user now meets at their next sign-in.
#[server(endpoint = "set_user_mfa")]
pub async fn set_user_mfa(
    pool_id: String,
    username: String,
    factor: String,
    setting: String,
) -> Result<String, AppError> {
    use crate::cognito::{pools, users};
    use crate::model::mfa::MfaChange;
    let guard = SetUserMfa::guard(&pool_id, &username, &factor, &setting).await?;
    checks::target(&pool_id, &username)?;
    let change = MfaChange::parse(&factor, &setting)?;
    // The target rule first: nothing about a user the operator may not change is told.
    let desk = guard.desk();
    let checked = desk.check(&pool_id, &username, UserAction::SetMfa(change)).await?;
    let (pool, user) = tokio::try_join!(pools::mfa(guard.cognito(), &pool_id), desk.target(&checked))?;
    change.check(&pool, &user.mfa())?;
    desk.run(&checked).await?;
    let now = users::lookup(guard.cognito(), &pool_id, &user.username).await?;
    Ok(now.mfa().next_sign_in(&pool, crate::i18n::lang()))
}

crate::permission!(DeleteUser => Admin, Change; pool_id, username);
/// Deletes the user; `confirm` must repeat the username.
#[server(endpoint = "delete_user")]
pub async fn delete_user(pool_id: String, username: String, confirm: String) -> Result<(), AppError> {
    let guard = DeleteUser::guard(&pool_id, &username).await?;
    checks::target(&pool_id, &username)?;
    crate::model::session::check_typed(&confirm, &username)?;
    guard.desk().apply(&pool_id, &username, UserAction::Delete).await?;
    leptos_axum::redirect(&format!("/pools/{pool_id}/users"));
    Ok(())
}

crate::permission!(AddUserToGroup => Support, Change; pool_id, username, group);
#[server(endpoint = "add_user_to_group")]
pub async fn add_user_to_group(pool_id: String, username: String, group: String) -> Result<(), AppError> {
    let guard = AddUserToGroup::guard(&pool_id, &username, &group).await?;
    checks::target(&pool_id, &username)?;
    crate::model::group::validate_group_name(&group)
        .map_err(|_| AppError::invalid("group", t("invalid-choose-group")))?;
    guard.desk().apply(&pool_id, &username, UserAction::AddToGroup(group)).await
}

crate::permission!(RemoveUserFromGroup => Support, Change; pool_id, username, group);
#[server(endpoint = "remove_user_from_group")]
pub async fn remove_user_from_group(
    pool_id: String,
    username: String,
    group: String,
) -> Result<(), AppError> {
    let guard = RemoveUserFromGroup::guard(&pool_id, &username, &group).await?;
    checks::target(&pool_id, &username)?;
    crate::model::group::validate_group_name(&group)?;
    guard.desk().apply(&pool_id, &username, UserAction::RemoveFromGroup(group)).await
}

/// A created user, with the generated temporary password (shown once, never stored).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CreatedUser {
    pub username: String,
    pub generated_password: Option<String>,
}

crate::permission!(CreateUser => Admin, Change; pool_id, username, group);
/// Creates a user. `attributes` holds the pool's required attributes by name
/// (`attributes[given_name]=Ann` in the form). An empty `temporary_password` means: generate
/// one that satisfies the pool's policy.
#[server(endpoint = "create_user")]
#[allow(clippy::too_many_arguments)]
pub async fn create_user(
    pool_id: String,
    username: Option<String>,
    email: Option<String>,
    phone_number: Option<String>,
    attributes: Option<std::collections::HashMap<String, String>>,
    temporary_password: Option<String>,
    invitation: Option<String>,
    email_verified: Option<String>,
    phone_verified: Option<String>,
    group: Option<String>,
) -> Result<CreatedUser, AppError> {
    use crate::model::pool::validate_pool_id;
    use crate::model::user::NewUserInput;
    let guard = CreateUser::guard(&pool_id, &username, &group).await?;
    validate_pool_id(&pool_id)?;
    let pool = crate::cognito::pools::describe(guard.admin(), &pool_id).await?;
    let input = NewUserInput {
        username: username.unwrap_or_default(),
        email: email.unwrap_or_default(),
        phone_number: phone_number.unwrap_or_default(),
        attributes: attributes.unwrap_or_default().into_iter().collect(),
        temporary_password: temporary_password.unwrap_or_default(),
        invitation: invitation.unwrap_or_else(|| "suppress".into()),
        email_verified: email_verified.is_some(),
        phone_verified: phone_verified.is_some(),
        group: group.unwrap_or_default(),
    };
    let checked = input.validate(&pool)?;
    let generated = checked.temporary_password.is_none();
    let password = checked
        .temporary_password
        .clone()
        .unwrap_or_else(|| crate::cognito::password::generate(&pool.password_policy));
    let new_user = crate::cognito::users::NewUser {
        username: checked.username.clone(),
        temporary_password: password.clone(),
        invite: checked.invite,
        delivery_sms: checked.delivery_sms,
        attributes: checked.attributes.clone(),
    };
    // A console group needs a step-up: asked before the user exists, so that a refusal leaves
    // nothing half done.
    if let Some(group) = &checked.group {
        guard.step_up_for_group(&pool_id, group)?;
    }
    let username = guard.create_user(&pool_id, &new_user).await.map_err(|e| match e {
        AppError::Conflict { message } => AppError::invalid("username", message),
        other => other,
    })?;
    if let Some(group) = &checked.group {
        // The user exists now: a failed membership is reported, not rolled back.
        let add = UserAction::AddToGroup(group.clone());
        guard.desk().apply(&pool_id, &username, add).await.map_err(|_| AppError::Conflict {
            message: crate::i18n::t_with(
                "desk-created-not-added",
                &[("username", username.clone().into()), ("group", group.clone().into())],
            ),
        })?;
    }
    Ok(CreatedUser { username, generated_password: generated.then_some(password) })
}

crate::permission!(UpdateUserAttributes => Admin, Change; pool_id, username);
/// Changes a user's attributes: those sent with a new value are updated, those sent empty are
/// removed (unless the pool requires them). Only attributes the pool's schema marks mutable are
/// accepted; everything is checked before the first call.
#[server(endpoint = "update_user_attributes")]
pub async fn update_user_attributes(
    pool_id: String,
    username: String,
    attributes: Option<std::collections::HashMap<String, String>>,
) -> Result<(), AppError> {
    let guard = UpdateUserAttributes::guard(&pool_id, &username).await?;
    checks::target(&pool_id, &username)?;
    let pool = crate::cognito::pools::describe(guard.admin(), &pool_id).await?;
    let current = crate::cognito::users::lookup(guard.admin(), &pool_id, &username).await?;
    let change = crate::model::user::attribute_change(&pool, &current, attributes.unwrap_or_default())?;
    guard.desk().apply(&pool_id, &username, UserAction::UpdateAttributes(change)).await
}

/// Links this module's server functions into a binary that calls none of them (`link_all`).
#[cfg(feature = "ssr")]
#[inline(never)]
pub(crate) fn link() {}
