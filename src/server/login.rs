//! The console's own sign-in, step by step. Called by the public server functions in
//! `api::auth`; this is the only code that turns Cognito tokens into a session.

use leptos::prelude::expect_context;
use tower_sessions::Session;

use super::jwt::TokenError;
use super::session::{self, PENDING, PENDING_TTL_SECS, Pending, SIGNED_IN, SignedIn};
use super::state::AppState;
use crate::cognito::auth::{AuthOutcome, Tokens};
use crate::error::AppError;
use crate::model::{LoginStep, Operator, PasswordPolicy};

pub async fn password(username: &str, password: &str) -> Result<LoginStep, AppError> {
    let username = username.trim();
    if username.is_empty() {
        return Err(AppError::invalid("username", "Enter your username or email."));
    }
    if password.is_empty() {
        return Err(AppError::invalid("password", "Enter your password."));
    }
    let state = expect_context::<AppState>();
    let client_ip = super::request::client_ip().await;
    state.limiter().check(client_ip, Some(username))?;
    let session = session::current().await?;
    // A new attempt abandons any step left half done.
    session.remove::<Pending>(PENDING).await.map_err(session::store_error)?;
    let ip = client_ip.map(|ip| ip.to_string());
    let outcome = state.auth().password_login(username, password, ip.as_deref()).await;
    if let Err(e) = &outcome {
        tracing::info!(outcome = ?e, "sign-in refused");
    }
    advance(&state, &session, outcome?).await
}

pub async fn new_password(new_password: &str, confirm: &str) -> Result<LoginStep, AppError> {
    let state = expect_context::<AppState>();
    limit_by_address(&state).await?;
    let session = session::current().await?;
    let pending = pending(&session, LoginStep::NewPasswordRequired).await?;
    if new_password != confirm {
        return Err(AppError::invalid("confirm", "The two passwords differ."));
    }
    let broken = state.auth().password_policy().await?.violations(new_password);
    if !broken.is_empty() {
        return Err(AppError::invalid("new_password", broken.join(" ")));
    }
    let outcome =
        state.auth().new_password(&pending.username, &pending.challenge_session, new_password).await?;
    advance(&state, &session, outcome).await
}

pub async fn mfa_code(code: &str) -> Result<LoginStep, AppError> {
    let code = code.trim();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AppError::invalid("code", "Enter the 6-digit code from your authenticator app."));
    }
    let state = expect_context::<AppState>();
    limit_by_address(&state).await?;
    let session = session::current().await?;
    let pending = pending(&session, LoginStep::MfaRequired).await?;
    let outcome = state.auth().mfa_code(&pending.username, &pending.challenge_session, code).await?;
    advance(&state, &session, outcome).await
}

/// The policy a new password must meet; only while a new-password step is pending.
pub async fn pending_policy() -> Result<PasswordPolicy, AppError> {
    let state = expect_context::<AppState>();
    let session = session::current().await?;
    pending(&session, LoginStep::NewPasswordRequired).await?;
    state.auth().password_policy().await
}

/// Ends the session here and at Cognito (every refresh token of the operator is revoked).
/// Without a session there is nothing to end.
pub async fn logout() -> Result<(), AppError> {
    let state = expect_context::<AppState>();
    let session = session::current().await?;
    if let Some(signed_in) = session::read::<SignedIn>(&session, SIGNED_IN).await? {
        // Best effort: the local session ends whatever Cognito says.
        if let Err(e) = state.auth().sign_out_everywhere(&signed_in.operator.username).await {
            tracing::warn!(error = ?e, "global sign-out failed at logout");
        }
        tracing::info!(sub = %signed_in.operator.sub, "operator signed out");
    }
    session.flush().await.map_err(session::store_error)
}

/// The challenge steps count against the address's allowance too (guessing MFA codes).
async fn limit_by_address(state: &AppState) -> Result<(), AppError> {
    let client_ip = super::request::client_ip().await;
    state.limiter().check(client_ip, None)
}

async fn pending(session: &Session, step: LoginStep) -> Result<Pending, AppError> {
    match session::read::<Pending>(session, PENDING).await? {
        Some(p) if p.step == step && session::now() - p.started_at < PENDING_TTL_SECS => Ok(p),
        // Expired or out of order: start again from the password.
        _ => Err(AppError::LoginFailed),
    }
}

async fn advance(state: &AppState, session: &Session, outcome: AuthOutcome) -> Result<LoginStep, AppError> {
    let (step, username, challenge_session) = match outcome {
        AuthOutcome::SignedIn(tokens) => return establish(state, session, tokens).await,
        AuthOutcome::NewPasswordRequired { username, session } => {
            (LoginStep::NewPasswordRequired, username, session)
        }
        AuthOutcome::Mfa { username, session } => (LoginStep::MfaRequired, username, session),
    };
    // Only operators get to the next step: the console does not set passwords or take MFA
    // codes for anyone else, nor tell them that their password was right.
    if state.auth().role_of(&username, &state.config().roles).await?.is_none() {
        tracing::info!("sign-in refused at a challenge: in no console group");
        return Err(AppError::NotAnAdmin);
    }
    // A new id for the pending step too: a planted session id must not carry over.
    session.cycle_id().await.map_err(session::store_error)?;
    let pending = Pending { step, username, challenge_session, started_at: session::now() };
    session::write(session, PENDING, &pending).await?;
    Ok(step)
}

/// Verifies the ID token, checks the admin group, and only then opens a session, under a new id
/// (no session fixation).
async fn establish(state: &AppState, session: &Session, tokens: Tokens) -> Result<LoginStep, AppError> {
    let claims = state.verifier().verify_id_token(&tokens.id_token).await.map_err(|e| {
        tracing::warn!(error = %e, "ID token from Cognito failed verification");
        match e {
            TokenError::KeysUnavailable => {
                AppError::unavailable("The sign-in service is unavailable. Try again later.")
            }
            _ => AppError::LoginFailed,
        }
    })?;
    session.remove::<Pending>(PENDING).await.map_err(session::store_error)?;
    let config = state.config();
    let Some(role) = config.roles.role_for(claims.groups.iter().map(String::as_str)) else {
        tracing::info!(sub = %claims.sub, "sign-in refused: in no console group");
        // The tokens Cognito just issued are of no use to anyone: revoke them.
        if let Err(e) = state.auth().sign_out_everywhere(&claims.username).await {
            tracing::warn!(error = ?e, "could not revoke a refused sign-in");
        }
        return Err(AppError::NotAnAdmin);
    };
    // ID tokens normally carry the email; the emulator's omit it after a new-password step.
    let email = match claims.email.filter(|e| e.contains('@')) {
        Some(email) => Some(email),
        None => state.auth().email_of(&claims.username).await.unwrap_or(None),
    };
    session.cycle_id().await.map_err(session::store_error)?;
    let now = session::now();
    let signed_in = SignedIn {
        operator: Operator { sub: claims.sub, username: claims.username, email, role },
        login_at: now,
        checked_at: now,
        seen_at: now,
        pool_id: config.pool_id.clone(),
        client_id: config.client_id.clone(),
    };
    session::write(session, SIGNED_IN, &signed_in).await?;
    tracing::info!(sub = %signed_in.operator.sub, role = role.label(), "operator signed in");
    Ok(LoginStep::SignedIn)
}
