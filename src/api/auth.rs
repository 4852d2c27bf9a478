//! The console's own login. These are the only server functions that run without a session
//! (declared `Anyone`); the security tests check that no other function is.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::pool::PasswordPolicy;
use crate::model::session::{LoginStep, Operator};

crate::permission!(Login => Anyone, Session; username);
/// Step one: username and password. Moves on to the console, or to the next challenge.
#[server(endpoint = "login")]
pub async fn login(username: String, password: String) -> Result<LoginStep, AppError> {
    Login::record(&username);
    let step = crate::server::login::password(&username, &password).await?;
    leptos_axum::redirect(step.next_path());
    Ok(step)
}

crate::permission!(CompleteNewPassword => Anyone, Session);
/// First sign-in with a temporary password: choose a permanent one.
#[server(endpoint = "complete_new_password")]
pub async fn complete_new_password(new_password: String, confirm: String) -> Result<LoginStep, AppError> {
    let step = crate::server::login::new_password(&new_password, &confirm).await?;
    leptos_axum::redirect(step.next_path());
    Ok(step)
}

crate::permission!(AnswerMfa => Anyone, Session);
#[server(endpoint = "answer_mfa")]
pub async fn answer_mfa(code: String) -> Result<LoginStep, AppError> {
    let step = crate::server::login::mfa_code(&code).await?;
    leptos_axum::redirect(step.next_path());
    Ok(step)
}

crate::permission!(NewPasswordPolicy => Anyone, Nothing);
/// The password rules shown on the new-password page (only while that step is pending).
#[server(endpoint = "new_password_policy")]
pub async fn new_password_policy() -> Result<PasswordPolicy, AppError> {
    crate::server::login::pending_policy().await
}

crate::permission!(Logout => Anyone, Session);
#[server(endpoint = "logout")]
pub async fn logout() -> Result<(), AppError> {
    crate::server::login::logout().await?;
    leptos_axum::redirect("/login");
    Ok(())
}

crate::permission!(CurrentOperator => Viewer);
/// The signed-in operator, for the header.
#[server(endpoint = "current_operator")]
pub async fn current_operator() -> Result<Operator, AppError> {
    let guard = CurrentOperator::guard().await?;
    Ok(guard.operator().clone())
}

crate::permission!(ConfirmPassword => Viewer, Session);
/// Step-up: the operator enters their password again (and their authenticator's code when
/// their account has MFA) to open the dangerous actions for a while. Back to `next` (a path of
/// this site) after it, so that it works without JavaScript.
#[server(endpoint = "step_up")]
pub async fn confirm_password(
    password: String,
    #[server(default)] code: String,
    #[server(default)] next: String,
) -> Result<(), AppError> {
    ConfirmPassword::guard().await?;
    crate::server::login::step_up(&password, &code).await?;
    leptos_axum::redirect(crate::model::session::local_path(&next).unwrap_or("/pools"));
    Ok(())
}

/// Links this module's server functions into a binary that calls none of them (`link_all`).
#[cfg(feature = "ssr")]
#[inline(never)]
pub(crate) fn link() {}
