//! Users of a pool: list and search, detail, and the support desk's actions.

use aws_sdk_cognitoidentityprovider::types::{
    AttributeType, DeliveryMediumType, EmailMfaSettingsType, MessageActionType, SmsMfaSettingsType,
    SoftwareTokenMfaSettingsType, UserType,
};

use super::operations::{
    ADMIN_ADD_USER_TO_GROUP, ADMIN_CONFIRM_SIGN_UP, ADMIN_CREATE_USER, ADMIN_DELETE_SOFTWARE_TOKEN,
    ADMIN_DELETE_USER, ADMIN_DELETE_USER_ATTRIBUTES, ADMIN_DISABLE_USER, ADMIN_ENABLE_USER, ADMIN_GET_USER,
    ADMIN_GET_USER_AUTH_FACTORS, ADMIN_LIST_GROUPS_FOR_USER, ADMIN_REMOVE_USER_FROM_GROUP,
    ADMIN_RESET_USER_PASSWORD, ADMIN_SET_USER_MFA_PREFERENCE, ADMIN_SET_USER_PASSWORD,
    ADMIN_UPDATE_USER_ATTRIBUTES, ADMIN_USER_GLOBAL_SIGN_OUT, LIST_USERS, LIST_USERS_IN_GROUP,
};
use super::{CognitoRead, CognitoUsers, epoch};
use crate::error::AppError;
use crate::model::mfa::{MfaChange, MfaFactor, MfaSetting};
use crate::model::user::{
    Attribute, GroupRef, MAX_USERS_PAGE, UserDetail, UserPage, UserRow, sort_by_precedence,
};
use aws_sdk_cognitoidentityprovider::operation::admin_set_user_mfa_preference::builders::AdminSetUserMFAPreferenceFluentBuilder;

/// An Admin* operation that takes the pool and the username only, and answers nothing.
macro_rules! on_user {
    ($cognito:expr, $operation:ident, $table:expr, $pool_id:expr, $username:expr) => {
        $cognito
            .client()
            .$operation()
            .user_pool_id($pool_id)
            .username($username)
            .send()
            .await
            .map(|_| ())
            .map_err(|e| $table.error(e))
    };
}

fn row(
    username: Option<&str>,
    attributes: &[AttributeType],
    status: Option<&str>,
    enabled: bool,
    created: Option<i64>,
    modified: Option<i64>,
) -> UserRow {
    UserRow {
        username: username.unwrap_or_default().to_string(),
        email: attributes.iter().find(|a| a.name() == "email").and_then(|a| a.value()).map(str::to_string),
        status: status.unwrap_or("UNKNOWN").to_string(),
        enabled,
        created,
        modified,
    }
}

fn user_row(u: &UserType) -> UserRow {
    row(
        u.username(),
        u.attributes(),
        u.user_status().map(|s| s.as_str()),
        u.enabled(),
        epoch(u.user_create_date()),
        epoch(u.user_last_modified_date()),
    )
}

/// One page of users, optionally filtered (see `model::user::filter_expression`).
pub async fn list(
    cognito: &CognitoRead,
    pool_id: &str,
    page_size: i32,
    next_token: Option<String>,
    filter: Option<String>,
) -> Result<UserPage, AppError> {
    let out = cognito
        .client()
        .list_users()
        .user_pool_id(pool_id)
        .limit(page_size.clamp(1, MAX_USERS_PAGE))
        .set_pagination_token(next_token)
        .set_filter(filter)
        .send()
        .await
        .map_err(|e| LIST_USERS.error(e))?;
    Ok(UserPage {
        users: out.users().iter().map(user_row).collect(),
        next_token: out.pagination_token().map(str::to_string),
    })
}

/// One page of a group's members.
pub async fn list_in_group(
    cognito: &CognitoRead,
    pool_id: &str,
    group: &str,
    page_size: i32,
    next_token: Option<String>,
) -> Result<UserPage, AppError> {
    let out = cognito
        .client()
        .list_users_in_group()
        .user_pool_id(pool_id)
        .group_name(group)
        .limit(page_size.clamp(1, MAX_USERS_PAGE))
        .set_next_token(next_token)
        .send()
        .await
        .map_err(|e| LIST_USERS_IN_GROUP.error(e))?;
    Ok(UserPage {
        users: out.users().iter().map(user_row).collect(),
        next_token: out.next_token().map(str::to_string),
    })
}

pub async fn groups_of(
    cognito: &CognitoRead,
    pool_id: &str,
    username: &str,
) -> Result<Vec<GroupRef>, AppError> {
    let mut groups = Vec::new();
    let mut next = None;
    loop {
        let page = cognito
            .client()
            .admin_list_groups_for_user()
            .user_pool_id(pool_id)
            .username(username)
            .limit(60)
            .set_next_token(next)
            .send()
            .await
            .map_err(|e| ADMIN_LIST_GROUPS_FOR_USER.error(e))?;
        groups.extend(page.groups().iter().map(|g| GroupRef {
            name: g.group_name().unwrap_or_default().to_string(),
            precedence: g.precedence(),
        }));
        match page.next_token() {
            Some(t) => next = Some(t.to_string()),
            None => break,
        }
    }
    sort_by_precedence(&mut groups);
    Ok(groups)
}

/// The user with all attributes and groups, for the detail page (and the target rule).
///
/// The groups are asked for by the username AdminGetUser answers, not the name given: AWS
/// resolves an alias (the email of an email-as-username pool) in both calls, but cognito-local
/// resolves it only in AdminGetUser and answers AdminListGroupsForUser with no group. Read by
/// the alias there, an administrator would look like an ordinary user to the target rule.
pub async fn get(cognito: &CognitoRead, pool_id: &str, username: &str) -> Result<UserDetail, AppError> {
    let mut user = lookup(cognito, pool_id, username).await?;
    user.groups = groups_of(cognito, pool_id, &user.username).await?;
    Ok(user)
}

/// The user without their groups: one AdminGetUser, for checks that need only the attributes,
/// the status or the enabled flag.
pub async fn lookup(cognito: &CognitoRead, pool_id: &str, username: &str) -> Result<UserDetail, AppError> {
    let out = cognito
        .client()
        .admin_get_user()
        .user_pool_id(pool_id)
        .username(username)
        .send()
        .await
        .map_err(|e| ADMIN_GET_USER.error(e))?;
    let mut attributes: Vec<Attribute> = out
        .user_attributes()
        .iter()
        .map(|a| Attribute { name: a.name().to_string(), value: a.value().unwrap_or_default().to_string() })
        .collect();
    attributes.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(UserDetail {
        username: out.username().to_string(),
        sub: attributes.iter().find(|a| a.name == "sub").map(|a| a.value.clone()),
        status: out.user_status().map(|s| s.as_str().to_string()).unwrap_or_else(|| "UNKNOWN".into()),
        enabled: out.enabled(),
        created: epoch(out.user_create_date()),
        modified: epoch(out.user_last_modified_date()),
        attributes,
        preferred_mfa: out.preferred_mfa_setting().map(str::to_string),
        mfa_methods: out.user_mfa_setting_list().to_vec(),
        groups: Vec::new(),
        ..UserDetail::sample()
    })
}

pub async fn set_enabled(
    cognito: &CognitoUsers,
    pool_id: &str,
    username: &str,
    enabled: bool,
) -> Result<(), AppError> {
    if enabled {
        on_user!(cognito, admin_enable_user, ADMIN_ENABLE_USER, pool_id, username)
    } else {
        on_user!(cognito, admin_disable_user, ADMIN_DISABLE_USER, pool_id, username)
    }
}

pub async fn add_to_group(
    cognito: &CognitoUsers,
    pool_id: &str,
    username: &str,
    group: &str,
) -> Result<(), AppError> {
    cognito
        .client()
        .admin_add_user_to_group()
        .user_pool_id(pool_id)
        .username(username)
        .group_name(group)
        .send()
        .await
        .map(|_| ())
        .map_err(|e| ADMIN_ADD_USER_TO_GROUP.error(e))
}

pub async fn remove_from_group(
    cognito: &CognitoUsers,
    pool_id: &str,
    username: &str,
    group: &str,
) -> Result<(), AppError> {
    cognito
        .client()
        .admin_remove_user_from_group()
        .user_pool_id(pool_id)
        .username(username)
        .group_name(group)
        .send()
        .await
        .map(|_| ())
        .map_err(|e| ADMIN_REMOVE_USER_FROM_GROUP.error(e))
}

pub async fn reset_password(cognito: &CognitoUsers, pool_id: &str, username: &str) -> Result<(), AppError> {
    on_user!(cognito, admin_reset_user_password, ADMIN_RESET_USER_PASSWORD, pool_id, username)
}

pub async fn set_password(
    cognito: &CognitoUsers,
    pool_id: &str,
    username: &str,
    password: &str,
    permanent: bool,
) -> Result<(), AppError> {
    cognito
        .client()
        .admin_set_user_password()
        .user_pool_id(pool_id)
        .username(username)
        .password(password)
        .permanent(permanent)
        .send()
        .await
        .map(|_| ())
        .map_err(|e| ADMIN_SET_USER_PASSWORD.error(e))
}

pub async fn global_sign_out(cognito: &CognitoUsers, pool_id: &str, username: &str) -> Result<(), AppError> {
    on_user!(cognito, admin_user_global_sign_out, ADMIN_USER_GLOBAL_SIGN_OUT, pool_id, username)
}

/// The ways the user can sign in with choice-based sign-in (AdminGetUserAuthFactors: PASSWORD,
/// EMAIL_OTP, SMS_OTP, WEB_AUTHN for a passkey), or `None` where the endpoint does not have the
/// operation (moto, cognito-local): the page then says nothing of them rather than guess.
pub async fn sign_in_factors(
    cognito: &CognitoRead,
    pool_id: &str,
    username: &str,
) -> Result<Option<Vec<String>>, AppError> {
    let out =
        cognito.client().admin_get_user_auth_factors().user_pool_id(pool_id).username(username).send().await;
    match out.map_err(|e| ADMIN_GET_USER_AUTH_FACTORS.error(e)) {
        Ok(out) => {
            Ok(Some(out.configured_user_auth_factors().iter().map(|f| f.as_str().to_string()).collect()))
        }
        Err(AppError::Unsupported { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

/// AdminSetUserMFAPreference for one factor; the others are left as they are (only the
/// factor's settings are sent). Turning the preferred factor off leaves no preference.
///
/// The authenticator app turned off is a lost one: AdminDeleteSoftwareToken removes its
/// registration and any preference for it, so the lost phone's codes never work again and the
/// user registers a new app (Cognito asks for it at the next sign-in where MFA is required). An
/// endpoint without that call (moto) gets the preference turned off instead.
pub async fn set_mfa(
    cognito: &CognitoUsers,
    pool_id: &str,
    username: &str,
    change: MfaChange,
) -> Result<(), AppError> {
    if change == (MfaChange { factor: MfaFactor::Totp, setting: MfaSetting::Off }) {
        let deleted = cognito
            .client()
            .admin_delete_software_token()
            .user_pool_id(pool_id)
            .username(username)
            .send()
            .await
            .map_err(|e| ADMIN_DELETE_SOFTWARE_TOKEN.error(e));
        match deleted {
            Err(AppError::Unsupported { .. }) => {}
            other => return other.map(|_| ()),
        }
    }
    let request = cognito.client().admin_set_user_mfa_preference().user_pool_id(pool_id).username(username);
    mfa_request(request, change).send().await.map(|_| ()).map_err(|e| ADMIN_SET_USER_MFA_PREFERENCE.error(e))
}

/// The factor's settings on `request`: `Enabled` and `PreferredMfa` as the setting says (the
/// SDK leaves a `false` out: Cognito's default, which turns the factor off).
fn mfa_request(
    request: AdminSetUserMFAPreferenceFluentBuilder,
    change: MfaChange,
) -> AdminSetUserMFAPreferenceFluentBuilder {
    let (enabled, preferred) = mfa_flags(change.setting);
    match change.factor {
        MfaFactor::Totp => request.software_token_mfa_settings(
            SoftwareTokenMfaSettingsType::builder().enabled(enabled).preferred_mfa(preferred).build(),
        ),
        MfaFactor::Sms => request.sms_mfa_settings(
            SmsMfaSettingsType::builder().enabled(enabled).preferred_mfa(preferred).build(),
        ),
        MfaFactor::Email => request.email_mfa_settings(
            EmailMfaSettingsType::builder().enabled(enabled).preferred_mfa(preferred).build(),
        ),
    }
}

/// A factor's `(Enabled, PreferredMfa)` for a setting.
fn mfa_flags(setting: MfaSetting) -> (bool, bool) {
    match setting {
        MfaSetting::Off => (false, false),
        MfaSetting::On => (true, false),
        MfaSetting::Preferred => (true, true),
    }
}

pub async fn confirm_sign_up(cognito: &CognitoUsers, pool_id: &str, username: &str) -> Result<(), AppError> {
    on_user!(cognito, admin_confirm_sign_up, ADMIN_CONFIRM_SIGN_UP, pool_id, username)
}

pub async fn delete(cognito: &CognitoUsers, pool_id: &str, username: &str) -> Result<(), AppError> {
    on_user!(cognito, admin_delete_user, ADMIN_DELETE_USER, pool_id, username)
}

/// A new user, checked.
pub struct NewUser {
    pub username: String,
    pub temporary_password: String,
    /// Send Cognito's invitation (email or SMS) or create silently.
    pub invite: bool,
    pub delivery_sms: bool,
    pub attributes: Vec<(String, String)>,
}

pub async fn create(cognito: &CognitoUsers, pool_id: &str, user: &NewUser) -> Result<String, AppError> {
    let mut request = cognito
        .client()
        .admin_create_user()
        .user_pool_id(pool_id)
        .username(&user.username)
        .temporary_password(&user.temporary_password);
    if user.invite {
        request = request.desired_delivery_mediums(if user.delivery_sms {
            DeliveryMediumType::Sms
        } else {
            DeliveryMediumType::Email
        });
    } else {
        request = request.message_action(MessageActionType::Suppress);
    }
    for (name, value) in &user.attributes {
        let attribute =
            AttributeType::builder().name(name).value(value).build().map_err(|_| AppError::Internal)?;
        request = request.user_attributes(attribute);
    }
    let out = request.send().await.map_err(|e| ADMIN_CREATE_USER.error(e))?;
    Ok(out.user().and_then(|u| u.username()).unwrap_or(&user.username).to_string())
}

/// Applies an attribute change: updates first, then removals. Both are checked beforehand; if
/// the second call fails after the first succeeded, the error says what was saved.
pub async fn change_attributes(
    cognito: &CognitoUsers,
    pool_id: &str,
    username: &str,
    change: &crate::model::user::AttributeChange,
) -> Result<(), AppError> {
    if !change.set.is_empty() {
        let mut request =
            cognito.client().admin_update_user_attributes().user_pool_id(pool_id).username(username);
        for (name, value) in &change.set {
            let attribute =
                AttributeType::builder().name(name).value(value).build().map_err(|_| AppError::Internal)?;
            request = request.user_attributes(attribute);
        }
        request.send().await.map_err(|e| ADMIN_UPDATE_USER_ATTRIBUTES.error(e))?;
    }
    if !change.remove.is_empty() {
        cognito
            .client()
            .admin_delete_user_attributes()
            .user_pool_id(pool_id)
            .username(username)
            .set_user_attribute_names(Some(change.remove.clone()))
            .send()
            .await
            .map_err(|e| match ADMIN_DELETE_USER_ATTRIBUTES.error(e) {
                err if change.set.is_empty() => err,
                err => AppError::Conflict {
                    message: crate::i18n::t_with(
                        "desk-saved-not-removed",
                        &[("names", change.remove.join(", ").into()), ("error", err.message().into())],
                    ),
                },
            })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> AdminSetUserMFAPreferenceFluentBuilder {
        let config = aws_sdk_cognitoidentityprovider::Config::builder()
            .behavior_version(aws_config::BehaviorVersion::latest())
            .region(aws_config::Region::new("us-east-1"))
            .build();
        aws_sdk_cognitoidentityprovider::Client::from_conf(config)
            .admin_set_user_mfa_preference()
            .user_pool_id("us-east-1_Abc")
            .username("ada")
    }

    /// moto takes a factor's settings sent all `false` (which the SDK sends as `{}`) as "not
    /// given" and changes nothing; AWS applies its defaults and turns the factor off. What AWS
    /// receives is proven on the request.
    #[test]
    fn an_mfa_factor_turned_off_is_sent_alone_with_enabled_false_pinned_for_aws_moto_ignores_it() {
        let change = |factor, setting| MfaChange { factor, setting };
        let off = mfa_request(request(), change(MfaFactor::Totp, MfaSetting::Off));
        let input = off.as_input();
        let totp = input.get_software_token_mfa_settings().as_ref().expect("the app's settings are sent");
        assert_eq!((totp.enabled(), totp.preferred_mfa()), (false, false));
        assert!(
            input.get_sms_mfa_settings().is_none() && input.get_email_mfa_settings().is_none(),
            "others untouched"
        );
        let preferred = mfa_request(request(), change(MfaFactor::Sms, MfaSetting::Preferred));
        let sms = preferred.as_input().get_sms_mfa_settings().clone().unwrap();
        assert_eq!((sms.enabled(), sms.preferred_mfa()), (true, true));
        let on = mfa_request(request(), change(MfaFactor::Email, MfaSetting::On));
        let input = on.as_input();
        let email = input.get_email_mfa_settings().clone().expect("email, which no emulator models");
        assert_eq!((email.enabled(), email.preferred_mfa()), (true, false));
        assert!(input.get_software_token_mfa_settings().is_none());
    }
}
