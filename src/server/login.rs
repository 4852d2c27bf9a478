//! The console's own sign-in, step by step. Called by the public server functions in
//! `api::auth`; this is the only code that turns Cognito tokens into a session.

use leptos::prelude::{expect_context, use_context};
use tower_sessions::Session;

use super::jwt::TokenError;
use super::session::{self, PENDING, PENDING_TTL_SECS, Pending, SIGNED_IN, SignedIn};
use super::state::AppState;
use crate::cognito::auth::{AuthOutcome, Tokens};
use crate::error::AppError;
use crate::i18n::t;
use crate::model::pool::PasswordPolicy;
use crate::model::session::{LoginStep, Operator};

/// Every refused password step is answered no sooner than this after it began. Cognito answers
/// a wrong password in one call, while a right password of an account with no console role
/// takes a token check (and, at a challenge, two lookups) before the same refusal: the floor
/// puts both in one timing class. It also slows guessing down.
const REFUSAL_FLOOR: std::time::Duration = std::time::Duration::from_millis(800);

pub async fn password(username: &str, password: &str) -> Result<LoginStep, AppError> {
    let started = tokio::time::Instant::now();
    let result = password_step(username, password).await;
    if result == Err(AppError::LoginFailed) {
        tokio::time::sleep_until(started + REFUSAL_FLOOR).await;
    }
    result
}

/// A refused sign-in: the one answer everybody gets, with the cause in the log and the audit
/// row only.
fn refused(reason: &'static str) -> AppError {
    tracing::info!(reason, "sign-in refused");
    super::audit::set_outcome(&format!("login_failed:{reason}"));
    AppError::LoginFailed
}

async fn password_step(username: &str, password: &str) -> Result<LoginStep, AppError> {
    let username = username.trim();
    if username.is_empty() {
        return Err(AppError::invalid("username", t("signin-enter-username")));
    }
    if password.is_empty() {
        return Err(AppError::invalid("password", t("signin-enter-password")));
    }
    let state = expect_context::<AppState>();
    let ip = limit(&state, Some(username)).await?;
    let session = session::current().await?;
    // A new attempt abandons any step left half done.
    session.remove::<Pending>(PENDING).await.map_err(session::store_error)?;
    let outcome = state.auth().password_login(username, password, ip.as_deref()).await;
    if let Err(e) = &outcome {
        tracing::info!(outcome = ?e, "sign-in failed");
    }
    advance(&state, &session, outcome?).await
}

pub async fn new_password(new_password: &str, confirm: &str) -> Result<LoginStep, AppError> {
    let state = expect_context::<AppState>();
    limit(&state, None).await?;
    let session = session::current().await?;
    let pending = pending(&session, LoginStep::NewPasswordRequired).await?;
    if new_password != confirm {
        return Err(AppError::invalid("confirm", t("signin-passwords-differ")));
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
    let code = six_digits(code)?;
    let state = expect_context::<AppState>();
    limit(&state, None).await?;
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

/// A password tried on someone's behalf (the test console's sign-ins) counts against the same
/// limits as the console's own sign-in: an admin's page is no unlimited password oracle either.
pub async fn limit_attempt(username: &str) -> Result<(), AppError> {
    limit(&expect_context::<AppState>(), Some(username.trim())).await.map(|_| ())
}

/// One attempt against the sign-in limits: the client address's allowance, and `username`'s
/// when given (the challenge steps count by address: guessing MFA codes), or this browser's
/// own allowance for that username when it is a known device. Returns the address, which goes
/// to Cognito as context data.
async fn limit(state: &AppState, username: Option<&str>) -> Result<Option<String>, AppError> {
    let client_ip = super::request::client_ip().await;
    let device = device_token(state).await;
    state.limits().check(client_ip, username, device.as_deref()).await?;
    Ok(client_ip.map(|ip| ip.to_string()))
}

/// The known-device cookie: `__Host-` like the session's when cookies are secure.
fn device_cookie_name(state: &AppState) -> &'static str {
    if state.config().secure_cookie() { "__Host-pooldesk_device" } else { "pooldesk_device" }
}

/// The device token this browser sent, if any.
async fn device_token(state: &AppState) -> Option<String> {
    let headers = leptos_axum::extract::<axum::http::HeaderMap>().await.ok()?;
    let name = device_cookie_name(state);
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(tower_sessions::cookie::Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|cookie| cookie.name() == name)
        .map(|cookie| cookie.value().to_string())
        .filter(|token| !token.is_empty() && token.len() <= 64)
}

/// After a sign-in: this browser becomes (or stays) a known device for the operator, under
/// both names they sign in with (username and email). Best effort: a sign-in is not refused
/// because the device could not be remembered.
async fn remember_device(state: &AppState, operator: &Operator) {
    let sent = device_token(state).await;
    let names: Vec<&str> =
        std::iter::once(operator.username.as_str()).chain(operator.email.as_deref()).collect();
    let Ok(new) = state.limits().remember(sent.as_deref(), &names).await else { return };
    let (Some(token), Some(res)) = (new, use_context::<leptos_axum::ResponseOptions>()) else { return };
    let secure = state.config().secure_cookie();
    let cookie = tower_sessions::cookie::Cookie::build((device_cookie_name(state), token))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(tower_sessions::cookie::SameSite::Strict)
        .max_age(tower_sessions::cookie::time::Duration::days(super::limits::DEVICE_DAYS))
        .build();
    if let Ok(value) = axum::http::HeaderValue::from_str(&cookie.to_string()) {
        res.append_header(axum::http::header::SET_COOKIE, value);
    }
}

/// The code from an authenticator app: six digits, or a refusal beside the field.
fn six_digits(code: &str) -> Result<&str, AppError> {
    let code = code.trim();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AppError::invalid("code", t("signin-enter-code")));
    }
    Ok(code)
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
        AuthOutcome::Refused { reason } => return Err(refused(reason)),
    };
    // Only operators get to the next step: the console does not set passwords or take MFA
    // codes for anyone else, nor tell them that their password was right.
    if super::guard::role_of(state, &username).await?.is_none() {
        return Err(refused("not_operator"));
    }
    // A new id for the pending step too: a planted session id must not carry over.
    session.cycle_id().await.map_err(session::store_error)?;
    let pending = Pending { step, username, challenge_session, started_at: session::now() };
    session::write(session, PENDING, &pending).await?;
    Ok(step)
}

/// Cognito accepted the password, but its ID token does not verify: the console's issuer or
/// keys do not match the sign-in service (a configuration matter, `--issuer` / `--jwks-url`),
/// not the password. The log says which check failed.
fn token_refused(e: TokenError) -> AppError {
    tracing::error!(error = %e, "the ID token from Cognito failed verification");
    match e {
        TokenError::KeysUnavailable => AppError::unavailable(t("signin-unavailable")),
        _ => AppError::unavailable(t("signin-unverifiable")),
    }
}

/// Verifies the ID token, checks the admin group, and only then opens a session, under a new id
/// (no session fixation).
async fn establish(state: &AppState, session: &Session, tokens: Tokens) -> Result<LoginStep, AppError> {
    let claims = state.verifier().verify_id_token(&tokens.id_token).await.map_err(token_refused)?;
    session.remove::<Pending>(PENDING).await.map_err(session::store_error)?;
    let config = state.config();
    let Some(role) = config.roles.role_for(claims.groups.iter().map(String::as_str)) else {
        // The tokens Cognito just issued are of no use to anyone: revoke them, after the answer
        // (waiting for it would tell a right password from a wrong one by the time taken).
        let auth = state.auth().clone();
        let username = claims.username.clone();
        tokio::spawn(async move {
            if let Err(e) = auth.sign_out_everywhere(&username).await {
                tracing::warn!(error = ?e, "could not revoke a refused sign-in");
            }
        });
        return Err(refused("not_operator"));
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
        // The password (and code) were just entered: a sign-in counts as a step-up.
        stepped_up_at: now,
    };
    session::write(session, SIGNED_IN, &signed_in).await?;
    remember_device(state, &signed_in.operator).await;
    tracing::info!(sub = %signed_in.operator.sub, role = role.label(), "operator signed in");
    Ok(LoginStep::SignedIn)
}

/// Step-up: the signed-in operator enters their password again (and the code from their
/// authenticator when their account has MFA) to open the dangerous actions for
/// `step_up_seconds`. The password goes to Cognito as at sign-in and is never kept; the tokens
/// Cognito answers with are checked to be the operator's own and dropped. Limited like sign-in.
pub async fn step_up(password: &str, code: &str) -> Result<(), AppError> {
    if password.is_empty() {
        return Err(AppError::invalid("password", t("signin-enter-password")));
    }
    let state = expect_context::<AppState>();
    let session = session::current().await?;
    let Some(mut signed_in) = super::guard::signed_in(&state, &session).await? else {
        return Err(AppError::Unauthenticated);
    };
    let username = signed_in.operator.username.clone();
    let ip = limit(&state, Some(&username)).await?;
    let wrong = || AppError::invalid("password", t("signin-wrong-password"));
    let tokens = match state.auth().password_login(&username, password, ip.as_deref()).await? {
        AuthOutcome::SignedIn(tokens) => tokens,
        AuthOutcome::Mfa { username: mfa_user, session: challenge } => {
            let code = six_digits(code)?;
            match state.auth().mfa_code(&mfa_user, &challenge, code).await {
                Ok(AuthOutcome::SignedIn(tokens)) => tokens,
                Err(AppError::LoginFailed) => {
                    return Err(AppError::invalid("code", t("cognito-code-mismatch")));
                }
                Err(e) => return Err(e),
                Ok(_) => return Err(wrong()),
            }
        }
        AuthOutcome::Refused { reason } => {
            tracing::info!(reason, sub = %signed_in.operator.sub, "step-up refused");
            return Err(wrong());
        }
        AuthOutcome::NewPasswordRequired { .. } => {
            return Err(AppError::invalid("password", t("signin-change-password-first")));
        }
    };
    let claims = state.verifier().verify_id_token(&tokens.id_token).await.map_err(token_refused)?;
    if claims.sub != signed_in.operator.sub {
        tracing::warn!(sub = %signed_in.operator.sub, "step-up answered for another account");
        return Err(wrong());
    }
    signed_in.stepped_up_at = session::now();
    session::write(&session, SIGNED_IN, &signed_in).await?;
    tracing::info!(sub = %signed_in.operator.sub, "operator stepped up");
    Ok(())
}
