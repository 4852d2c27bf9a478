//! The guide's standard setup, applied idempotently: what `pooldesk bootstrap` runs for the demo
//! and what the tests seed their pools with. Each step finds what exists by name and creates only
//! what is missing, so a second run changes nothing but the passwords it is asked to set.

use aws_sdk_cognitoidentityprovider::types::{
    AccountRecoverySettingType, AdminCreateUserConfigType, AttributeDataType, AttributeType,
    DeletionProtectionType, ExplicitAuthFlowsType, MessageActionType, OAuthFlowType, PasswordPolicyType,
    PreventUserExistenceErrorTypes, RecoveryOptionNameType, RecoveryOptionType, ResourceServerScopeType,
    SchemaAttributeType, TimeUnitsType, TokenValidityUnitsType, UserPoolMfaType, UserPoolPolicyType,
    UsernameAttributeType, UsernameConfigurationType, VerifiedAttributeType,
};

use super::{CognitoAdmin, map_sdk_error, password, users};
use crate::error::AppError;
use crate::model::{GUIDE_GROUPS, PasswordPolicy};

/// What to set up. The defaults are the guide's names.
#[derive(Debug, Clone)]
pub struct GuideSetup {
    pub pool_name: String,
    /// Deletion protection on the pool (the guide's best practice; tests switch it off so they
    /// can clean up).
    pub deletion_protection: bool,
    pub admin_email: String,
    pub user_email: String,
}

impl Default for GuideSetup {
    fn default() -> Self {
        Self {
            pool_name: "MyApp-UserPool".into(),
            deletion_protection: true,
            admin_email: "admin@example.com".into(),
            user_email: "user@example.com".into(),
        }
    }
}

/// The client the console itself signs in with (confidential: exercises SECRET_HASH).
pub const CONSOLE_CLIENT: &str = "Pooldesk-Console";
pub const CREDENTIALS_CLIENT: &str = "MyApp-ClientCredentials";
pub const USER_AUTH_CLIENT: &str = "MyApp-UserAuth";
pub const RESOURCE_SERVER: &str = "myapp-api";

/// The outcome, with the passwords set in this run (shown once, never stored).
pub struct SetupReport {
    pub pool_id: String,
    pub created_pool: bool,
    pub console_client_id: String,
    pub console_client_secret: Option<String>,
    pub admin_password: String,
    pub user_password: String,
}

pub async fn apply(cognito: &CognitoAdmin, setup: &GuideSetup) -> Result<SetupReport, AppError> {
    let (pool_id, created_pool) = match find_pool(cognito, &setup.pool_name).await? {
        Some(id) => (id, false),
        None => (create_pool(cognito, setup).await?, true),
    };
    ensure_resource_server(cognito, &pool_id).await?;
    let clients = existing_clients(cognito, &pool_id).await?;
    let console = match clients.iter().find(|(name, _)| name == CONSOLE_CLIENT) {
        Some((_, id)) => id.clone(),
        None => create_console_client(cognito, &pool_id).await?,
    };
    if !clients.iter().any(|(name, _)| name == CREDENTIALS_CLIENT) {
        create_credentials_client(cognito, &pool_id).await?;
    }
    if !clients.iter().any(|(name, _)| name == USER_AUTH_CLIENT) {
        create_user_auth_client(cognito, &pool_id).await?;
    }
    let console_client_secret = client_secret(cognito, &pool_id, &console).await?;
    for (name, precedence, description) in GUIDE_GROUPS {
        ensure_group(cognito, &pool_id, name, precedence, description).await?;
    }
    let policy = PasswordPolicy::default();
    let admin_password = password::generate(&policy);
    ensure_user(cognito, &pool_id, &setup.admin_email, ("Admin", "User"), &admin_password).await?;
    users::add_to_group(cognito, &pool_id, &setup.admin_email, "admin").await?;
    let user_password = password::generate(&policy);
    ensure_user(cognito, &pool_id, &setup.user_email, ("Regular", "User"), &user_password).await?;
    users::add_to_group(cognito, &pool_id, &setup.user_email, "user").await?;
    Ok(SetupReport {
        pool_id,
        created_pool,
        console_client_id: console,
        console_client_secret,
        admin_password,
        user_password,
    })
}

pub async fn find_pool(cognito: &CognitoAdmin, name: &str) -> Result<Option<String>, AppError> {
    let mut next = None;
    loop {
        let page = super::pools::list_raw(cognito, next).await?;
        if let Some(id) = page.0.into_iter().find(|(_, n)| n == name).map(|(id, _)| id) {
            return Ok(Some(id));
        }
        match page.1 {
            Some(token) => next = Some(token),
            None => return Ok(None),
        }
    }
}

fn required_string(name: &str) -> SchemaAttributeType {
    SchemaAttributeType::builder()
        .name(name)
        .attribute_data_type(AttributeDataType::String)
        .required(true)
        .mutable(true)
        .build()
}

async fn create_pool(cognito: &CognitoAdmin, setup: &GuideSetup) -> Result<String, AppError> {
    let password_policy = PasswordPolicyType::builder()
        .minimum_length(8)
        .require_uppercase(true)
        .require_lowercase(true)
        .require_numbers(true)
        .require_symbols(true)
        .temporary_password_validity_days(7)
        .build();
    let recovery = RecoveryOptionType::builder()
        .name(RecoveryOptionNameType::VerifiedEmail)
        .priority(1)
        .build()
        .map_err(|_| AppError::Internal)?;
    let out = cognito
        .client()
        .create_user_pool()
        .pool_name(&setup.pool_name)
        .username_attributes(UsernameAttributeType::Email)
        .username_configuration(
            UsernameConfigurationType::builder()
                .case_sensitive(false)
                .build()
                .map_err(|_| AppError::Internal)?,
        )
        .auto_verified_attributes(VerifiedAttributeType::Email)
        .policies(UserPoolPolicyType::builder().password_policy(password_policy).build())
        .mfa_configuration(UserPoolMfaType::Optional)
        .account_recovery_setting(AccountRecoverySettingType::builder().recovery_mechanisms(recovery).build())
        .admin_create_user_config(
            AdminCreateUserConfigType::builder().allow_admin_create_user_only(false).build(),
        )
        .schema(required_string("email"))
        .schema(required_string("given_name"))
        .schema(required_string("family_name"))
        .deletion_protection(if setup.deletion_protection {
            DeletionProtectionType::Active
        } else {
            DeletionProtectionType::Inactive
        })
        .send()
        .await
        .map_err(|e| map_sdk_error("create the user pool", e))?;
    out.user_pool().and_then(|p| p.id()).map(str::to_string).ok_or(AppError::Internal)
}

async fn ensure_resource_server(cognito: &CognitoAdmin, pool_id: &str) -> Result<(), AppError> {
    let existing = cognito
        .client()
        .list_resource_servers()
        .user_pool_id(pool_id)
        .max_results(50)
        .send()
        .await
        .map_err(|e| map_sdk_error("list resource servers", e))?;
    if existing.resource_servers().iter().any(|r| r.identifier() == Some(RESOURCE_SERVER)) {
        return Ok(());
    }
    let scope = |name: &str, description: &str| {
        ResourceServerScopeType::builder()
            .scope_name(name)
            .scope_description(description)
            .build()
            .map_err(|_| AppError::Internal)
    };
    cognito
        .client()
        .create_resource_server()
        .user_pool_id(pool_id)
        .identifier(RESOURCE_SERVER)
        .name("MyApp API")
        .scopes(scope("read", "Read access")?)
        .scopes(scope("write", "Write access")?)
        .send()
        .await
        .map_err(|e| map_sdk_error("create the resource server", e))?;
    Ok(())
}

/// (name, id) of every app client of the pool.
async fn existing_clients(cognito: &CognitoAdmin, pool_id: &str) -> Result<Vec<(String, String)>, AppError> {
    let mut out = Vec::new();
    let mut next = None;
    loop {
        let page = cognito
            .client()
            .list_user_pool_clients()
            .user_pool_id(pool_id)
            .max_results(60)
            .set_next_token(next)
            .send()
            .await
            .map_err(|e| map_sdk_error("list app clients", e))?;
        out.extend(
            page.user_pool_clients()
                .iter()
                .filter_map(|c| Some((c.client_name()?.to_string(), c.client_id()?.to_string()))),
        );
        match page.next_token() {
            Some(t) => next = Some(t.to_string()),
            None => return Ok(out),
        }
    }
}

fn token_units() -> TokenValidityUnitsType {
    TokenValidityUnitsType::builder()
        .access_token(TimeUnitsType::Minutes)
        .id_token(TimeUnitsType::Minutes)
        .refresh_token(TimeUnitsType::Days)
        .build()
}

async fn create_console_client(cognito: &CognitoAdmin, pool_id: &str) -> Result<String, AppError> {
    let out = cognito
        .client()
        .create_user_pool_client()
        .user_pool_id(pool_id)
        .client_name(CONSOLE_CLIENT)
        .generate_secret(true)
        .explicit_auth_flows(ExplicitAuthFlowsType::AllowUserPasswordAuth)
        .explicit_auth_flows(ExplicitAuthFlowsType::AllowRefreshTokenAuth)
        .prevent_user_existence_errors(PreventUserExistenceErrorTypes::Enabled)
        .enable_token_revocation(true)
        .access_token_validity(60)
        .id_token_validity(60)
        .refresh_token_validity(1)
        .token_validity_units(token_units())
        .send()
        .await
        .map_err(|e| map_sdk_error("create the console's app client", e))?;
    out.user_pool_client().and_then(|c| c.client_id()).map(str::to_string).ok_or(AppError::Internal)
}

/// Confidential, secret generated, no user flows at all, OAuth `client_credentials` with the
/// API's custom scopes. Not ALLOW_ADMIN_USER_PASSWORD_AUTH: the guide's mistake.
async fn create_credentials_client(cognito: &CognitoAdmin, pool_id: &str) -> Result<(), AppError> {
    cognito
        .client()
        .create_user_pool_client()
        .user_pool_id(pool_id)
        .client_name(CREDENTIALS_CLIENT)
        .generate_secret(true)
        .explicit_auth_flows(ExplicitAuthFlowsType::AllowRefreshTokenAuth)
        .allowed_o_auth_flows_user_pool_client(true)
        .allowed_o_auth_flows(OAuthFlowType::ClientCredentials)
        .allowed_o_auth_scopes(format!("{RESOURCE_SERVER}/read"))
        .allowed_o_auth_scopes(format!("{RESOURCE_SERVER}/write"))
        .supported_identity_providers("COGNITO")
        .access_token_validity(60)
        .token_validity_units(token_units())
        .enable_token_revocation(true)
        .send()
        .await
        .map_err(|e| map_sdk_error("create the client-credentials app client", e))?;
    Ok(())
}

/// Public (a browser or mobile app cannot keep a secret), user/password and refresh flows, code
/// grant with email/openid/profile, access and ID tokens 60 minutes, refresh 30 days.
async fn create_user_auth_client(cognito: &CognitoAdmin, pool_id: &str) -> Result<(), AppError> {
    let mut request = cognito
        .client()
        .create_user_pool_client()
        .user_pool_id(pool_id)
        .client_name(USER_AUTH_CLIENT)
        .generate_secret(false)
        .explicit_auth_flows(ExplicitAuthFlowsType::AllowUserPasswordAuth)
        .explicit_auth_flows(ExplicitAuthFlowsType::AllowRefreshTokenAuth)
        .allowed_o_auth_flows_user_pool_client(true)
        .allowed_o_auth_flows(OAuthFlowType::Code)
        .callback_urls("http://localhost:3000/callback")
        .logout_urls("http://localhost:3000/")
        .supported_identity_providers("COGNITO")
        .access_token_validity(60)
        .id_token_validity(60)
        .refresh_token_validity(30)
        .token_validity_units(token_units())
        .prevent_user_existence_errors(PreventUserExistenceErrorTypes::Enabled)
        .enable_token_revocation(true);
    for scope in ["email", "openid", "profile"] {
        request = request.allowed_o_auth_scopes(scope);
    }
    request.send().await.map_err(|e| map_sdk_error("create the user/password app client", e))?;
    Ok(())
}

async fn client_secret(
    cognito: &CognitoAdmin,
    pool_id: &str,
    client_id: &str,
) -> Result<Option<String>, AppError> {
    let out = cognito
        .client()
        .describe_user_pool_client()
        .user_pool_id(pool_id)
        .client_id(client_id)
        .send()
        .await
        .map_err(|e| map_sdk_error("describe the console's app client", e))?;
    Ok(out.user_pool_client().and_then(|c| c.client_secret()).map(str::to_string))
}

async fn ensure_group(
    cognito: &CognitoAdmin,
    pool_id: &str,
    name: &str,
    precedence: i32,
    description: &str,
) -> Result<(), AppError> {
    let created = cognito
        .client()
        .create_group()
        .user_pool_id(pool_id)
        .group_name(name)
        .precedence(precedence)
        .description(description)
        .send()
        .await;
    match created.map_err(|e| map_sdk_error("create a group", e)) {
        Ok(_) | Err(AppError::Conflict { .. }) => Ok(()),
        Err(e) => Err(e),
    }
}

fn attribute(name: &str, value: &str) -> Result<AttributeType, AppError> {
    AttributeType::builder().name(name).value(value).build().map_err(|_| AppError::Internal)
}

/// Creates the user (no invitation: the guide marks the email verified) unless present, then
/// sets `password` as permanent.
pub async fn ensure_user(
    cognito: &CognitoAdmin,
    pool_id: &str,
    email: &str,
    (given, family): (&str, &str),
    password: &str,
) -> Result<(), AppError> {
    let temporary = password::generate(&PasswordPolicy::default());
    let created = cognito
        .client()
        .admin_create_user()
        .user_pool_id(pool_id)
        .username(email)
        .temporary_password(temporary)
        .message_action(MessageActionType::Suppress)
        .user_attributes(attribute("email", email)?)
        .user_attributes(attribute("email_verified", "true")?)
        .user_attributes(attribute("given_name", given)?)
        .user_attributes(attribute("family_name", family)?)
        .send()
        .await;
    match created.map_err(|e| map_sdk_error("create a user", e)) {
        Ok(_) | Err(AppError::Conflict { .. }) => {}
        Err(e) => return Err(e),
    }
    cognito
        .client()
        .admin_set_user_password()
        .user_pool_id(pool_id)
        .username(email)
        .password(password)
        .permanent(true)
        .send()
        .await
        .map_err(|e| map_sdk_error("set a user's password", e))?;
    Ok(())
}
