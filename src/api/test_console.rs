//! The test console (the guide's step 7): a user login through an app client and a
//! client-credentials token request. Tokens are decoded for this admin and dropped; neither the
//! password nor a token is logged or stored.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::test_console::LoginTestReport;

#[cfg(feature = "ssr")]
async fn report(
    cognito: &crate::cognito::CognitoAdmin,
    pool_id: &str,
    client_id: &str,
    (steps, attempt): (Vec<String>, crate::cognito::test_console::Attempt),
) -> LoginTestReport {
    use crate::cognito::test_console::Attempt;
    use crate::model::test_console::LoginTestOutcome;
    let outcome = match attempt {
        Attempt::Tokens(raw) => {
            let tokens: Vec<&str> =
                raw.id_token.iter().chain(raw.access_token.iter()).map(String::as_str).collect();
            let source = cognito.token_source(pool_id);
            let tokens = crate::server::jwt::inspect_tokens(&source, client_id, &tokens).await;
            LoginTestOutcome::SignedIn { tokens, refresh_token: raw.refresh_token }
        }
        Attempt::Challenge { name, hint } => LoginTestOutcome::Challenge { name, hint },
        Attempt::Failed { problem, hint } => LoginTestOutcome::Failed { problem, hint },
    };
    LoginTestReport { steps, outcome }
}

crate::permission!(RunLoginTest => Admin, Secret; pool_id, client_id, username);
#[server(endpoint = "run_login_test")]
pub async fn run_login_test(
    pool_id: String,
    client_id: String,
    username: String,
    password: String,
    #[server(default)] new_password: String,
    #[server(default)] mfa_code: String,
) -> Result<LoginTestReport, AppError> {
    let guard = RunLoginTest::guard(&pool_id, &client_id, &username).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    crate::model::client::validate_client_id(&client_id)
        .map_err(|_| AppError::invalid("client_id", crate::i18n::t("test-choose-client")))?;
    crate::server::login::limit_attempt(&username).await?;
    let optional = |s: &str| Some(s.trim()).filter(|s| !s.is_empty()).map(str::to_string);
    let (new_password, mfa_code) = (optional(&new_password), optional(&mfa_code));
    let test = crate::cognito::test_console::LoginTest {
        client_id: &client_id,
        username: username.trim(),
        password: &password,
        new_password: new_password.as_deref(),
        mfa_code: mfa_code.as_deref(),
    };
    let cognito = guard.admin();
    let attempt = crate::cognito::test_console::user_login(cognito, &pool_id, &test).await?;
    tracing::info!(operator = %guard.operator().sub, %pool_id, %client_id, user = %test.username, "login test run");
    Ok(report(cognito, &pool_id, &client_id, attempt).await)
}

crate::permission!(RunClientCredentialsTest => Admin, Secret; pool_id, client_id);
/// `scopes`: the scopes to ask for, separated by spaces; none means all of the client's.
#[server(endpoint = "run_client_credentials_test")]
pub async fn run_client_credentials_test(
    pool_id: String,
    client_id: String,
    #[server(default)] scopes: String,
) -> Result<LoginTestReport, AppError> {
    let guard = RunClientCredentialsTest::guard(&pool_id, &client_id).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    crate::model::client::validate_client_id(&client_id)
        .map_err(|_| AppError::invalid("client_id", crate::i18n::t("test-choose-client")))?;
    let scopes: Vec<String> = scopes.split_whitespace().map(str::to_string).collect();
    let cognito = guard.admin();
    let attempt =
        crate::cognito::test_console::client_credentials(cognito, &pool_id, &client_id, &scopes).await?;
    tracing::info!(operator = %guard.operator().sub, %pool_id, %client_id, "client credentials test run");
    Ok(report(cognito, &pool_id, &client_id, attempt).await)
}

/// Links this module's server functions into a binary that calls none of them (`link_all`).
#[cfg(feature = "ssr")]
#[inline(never)]
pub(crate) fn link() {}
