//! The guide's standard setup, as `pooldesk bootstrap` runs it for the demo and the tests seed
//! their pools with: the built-in guide blueprint (`rules::blueprint::Blueprint::guide`, applied by
//! `cognito::blueprint`, the same code as the blueprint page and CLI), plus the console's own app
//! client and known passwords for the two users. A second run changes nothing but the passwords.
//! What the endpoint does not support (domains and resource servers on cognito-local) is left
//! out and reported, so the setup still runs there, as often as needed.

use super::{CognitoRead, Handles, blueprint, clients, password, users};
use crate::error::AppError;
use crate::model::blueprint::{StepAction, StepOutcome};
use crate::model::client::ClientForm;
use crate::model::pool::PasswordPolicy;
use crate::rules::blueprint::Blueprint;

/// What to set up. The defaults are the guide's names.
#[derive(Debug, Clone)]
pub struct GuideSetup {
    pub pool_name: String,
    /// Deletion protection on the pool (the guide's best practice; tests switch it off so they
    /// can clean up).
    pub deletion_protection: bool,
    /// A Cognito domain for the pool, as the guide's blueprint has it (the tests' pools go without,
    /// so that they can add and remove domains of their own).
    pub domain: bool,
    pub admin_email: String,
    pub user_email: String,
}

impl Default for GuideSetup {
    fn default() -> Self {
        Self {
            pool_name: "MyApp-UserPool".into(),
            deletion_protection: true,
            domain: true,
            admin_email: "admin@example.com".into(),
            user_email: "user@example.com".into(),
        }
    }
}

/// The client the console itself signs in with (confidential: exercises SECRET_HASH).
pub const CONSOLE_CLIENT: &str = "Pooldesk-Console";
pub const CREDENTIALS_CLIENT: &str = "MyApp-ClientCredentials";
pub const USER_AUTH_CLIENT: &str = "MyApp-UserAuth";

/// The outcome, with the passwords set in this run (shown once, never stored).
#[derive(Clone)]
pub struct SetupReport {
    pub pool_id: String,
    pub created_pool: bool,
    pub console_client_id: String,
    pub console_client_secret: Option<String>,
    pub admin_password: String,
    pub user_password: String,
    /// What the endpoint does not support and was left out, as "kind name: why".
    pub skipped: Vec<String>,
}

impl GuideSetup {
    /// The guide's blueprint with this setup's names.
    pub fn blueprint(&self) -> Blueprint {
        let mut bp = Blueprint::guide(&self.pool_name);
        bp.pool.deletion_protection = self.deletion_protection;
        if !self.domain {
            bp.pool.domain_prefix = None;
        }
        bp.users[0].email = self.admin_email.clone();
        bp.users[1].email = self.user_email.clone();
        bp
    }
}

pub async fn apply(handles: &Handles, setup: &GuideSetup) -> Result<SetupReport, AppError> {
    let cognito = &handles.admin;
    let report = blueprint::apply(cognito, &handles.users, &setup.blueprint(), None).await?;
    if let Some(failed) = report.steps.iter().find(|s| matches!(s.outcome, Some(StepOutcome::Failed(_)))) {
        let why = failed.outcome.as_ref().map(StepOutcome::text).unwrap_or_default();
        return Err(AppError::unavailable(format!("{} {}: {why}", failed.step.kind, failed.step.name)));
    }
    let pool_id = report.pool_id.clone().ok_or(AppError::Internal)?;
    let created_pool = report.steps.first().is_some_and(|s| s.step.action == StepAction::Create);
    let existing = clients::ids(cognito, &pool_id).await?;
    let console = match existing.iter().find(|(_, n)| n == CONSOLE_CLIENT) {
        Some((id, _)) => id.clone(),
        None => {
            let ctx = clients::context(cognito, &pool_id).await?;
            clients::create(cognito, &pool_id, &console_client().validate(&ctx, true)?, true).await?
        }
    };
    let console_client_secret = clients::secret(&handles.secrets, &pool_id, &console).await?;
    let policy = PasswordPolicy::default();
    let admin_password = password::generate(&policy);
    users::set_password(&handles.users, &pool_id, &setup.admin_email, &admin_password, true).await?;
    let user_password = password::generate(&policy);
    users::set_password(&handles.users, &pool_id, &setup.user_email, &user_password, true).await?;
    Ok(SetupReport {
        pool_id,
        created_pool,
        console_client_id: console,
        console_client_secret,
        admin_password,
        user_password,
        skipped: report.skipped(),
    })
}

pub async fn find_pool(cognito: &CognitoRead, name: &str) -> Result<Option<String>, AppError> {
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
