//! The guide's standard setup, applied idempotently: what `pooldesk bootstrap` runs for the demo
//! and what the tests seed their pools with. Each step finds what exists by name and creates only
//! what is missing, so a second run changes nothing but the passwords it is asked to set. The
//! pool, resource server, clients and groups go through the same code (and the same checks) as
//! the console's own forms, with the guide's presets.

use aws_sdk_cognitoidentityprovider::types::{AttributeType, MessageActionType};

use super::{CognitoAdmin, clients, groups, hosting, map_sdk_error, password, pools, users};
use crate::error::AppError;
use crate::model::{
    ClientForm, GUIDE_GROUPS, PasswordPolicy, PoolForm, ValidGroup, validate_resource_server,
};

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
        None => {
            let form = PoolForm {
                name: setup.pool_name.clone(),
                deletion_protection: setup.deletion_protection.then(|| "on".to_string()),
                ..PoolForm::guide()
            };
            (pools::create(cognito, &form.validate_new()?).await?, true)
        }
    };
    ensure_resource_server(cognito, &pool_id).await?;
    let existing = clients::ids(cognito, &pool_id).await?;
    let id_of = |name: &str| existing.iter().find(|(_, n)| n == name).map(|(id, _)| id.clone());
    let ctx = clients::context(cognito, &pool_id).await?;
    let console = match id_of(CONSOLE_CLIENT) {
        Some(id) => id,
        None => clients::create(cognito, &pool_id, &console_client().validate(&ctx, true)?, true).await?,
    };
    if id_of(CREDENTIALS_CLIENT).is_none() {
        let form = ClientForm::credentials_preset(&ctx.custom_scopes);
        clients::create(cognito, &pool_id, &form.validate(&ctx, true)?, true).await?;
    }
    if id_of(USER_AUTH_CLIENT).is_none() {
        let form = ClientForm::user_password_preset();
        clients::create(cognito, &pool_id, &form.validate(&ctx, false)?, false).await?;
    }
    let console_client_secret = clients::secret(cognito, &pool_id, &console).await?;
    for (name, precedence, description) in GUIDE_GROUPS {
        let group = ValidGroup {
            name: name.into(),
            description: Some(description.into()),
            precedence: Some(precedence),
            role_arn: None,
        };
        match groups::create(cognito, &pool_id, &group).await {
            Ok(()) | Err(AppError::Conflict { .. }) => {}
            Err(e) => return Err(e),
        }
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

/// The console's own client: confidential (so SECRET_HASH is exercised), password sign-in and
/// refresh only, no OAuth, refresh tokens for a day.
fn console_client() -> ClientForm {
    ClientForm {
        name: CONSOLE_CLIENT.into(),
        generate_secret: Some("on".into()),
        oauth_flows: Vec::new(),
        scopes: Vec::new(),
        identity_providers: Vec::new(),
        callback_urls: String::new(),
        logout_urls: String::new(),
        refresh_validity: "1".into(),
        ..ClientForm::user_password_preset()
    }
}

/// The API the client-credentials client is granted: `myapp-api` with read and write scopes.
async fn ensure_resource_server(cognito: &CognitoAdmin, pool_id: &str) -> Result<(), AppError> {
    let existing = hosting::list_resource_servers(cognito, pool_id).await?;
    if existing.iter().any(|r| r.identifier == RESOURCE_SERVER) {
        return Ok(());
    }
    let server =
        validate_resource_server(RESOURCE_SERVER, "MyApp API", "read Read access\nwrite Write access")?;
    hosting::create_resource_server(cognito, pool_id, &server).await
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
