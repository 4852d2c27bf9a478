//! What the server keeps in a session. The session lives in the store; the browser holds only
//! the random id in an HttpOnly, SameSite=Strict cookie. Tokens stay here.

use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use crate::error::AppError;
use crate::model::session::{LoginStep, Operator};

pub const SIGNED_IN: &str = "signed_in";
pub const PENDING: &str = "pending_challenge";

/// A signed-in operator.
#[derive(Clone, Serialize, Deserialize)]
pub struct SignedIn {
    pub operator: Operator,
    /// Unix seconds of the login, for the absolute session limit.
    pub login_at: i64,
    /// Unix seconds of the last check that the operator is still an enabled admin.
    pub checked_at: i64,
    /// Unix seconds of the last request that pushed the idle expiry back (see `touch`).
    #[serde(default)]
    pub seen_at: i64,
    /// The console pool and client it was issued for: a session outlives neither a change of
    /// configuration nor a fresh emulator.
    pub pool_id: String,
    pub client_id: String,
    /// Unix seconds of the last time the operator entered their password: the sign-in, or a
    /// step-up since. The dangerous actions need it within `step_up_seconds`.
    #[serde(default)]
    pub stepped_up_at: i64,
}

impl SignedIn {
    /// Within the absolute lifetime and issued for this console's pool and client.
    pub fn is_current(&self, config: &super::config::ServeConfig, now: i64) -> bool {
        now - self.login_at <= i64::from(config.session_hours) * 3600
            && self.pool_id == config.pool_id
            && self.client_id == config.client_id
    }
}

/// A login waiting for its next step (new password or MFA code). Cognito's challenge session
/// string never leaves the server.
#[derive(Clone, Serialize, Deserialize)]
pub struct Pending {
    pub step: LoginStep,
    /// The name Cognito knows the user by (the `sub` in email-as-username pools).
    pub username: String,
    pub challenge_session: String,
    pub started_at: i64,
}

/// Cognito's challenge sessions last three minutes.
pub const PENDING_TTL_SECS: i64 = 180;

/// How often activity is written to the store.
const TOUCH_INTERVAL_SECS: i64 = 60;

/// Records activity: the session is saved, and its idle expiry pushed back, at most once a
/// minute. (Saving on every request would let a slow request that began before a logout write
/// the flushed session back when it ends.)
pub async fn touch(session: &Session, signed_in: &mut SignedIn, now: i64) -> Result<(), AppError> {
    if now - signed_in.seen_at >= TOUCH_INTERVAL_SECS {
        signed_in.seen_at = now;
        write(session, SIGNED_IN, signed_in).await?;
    }
    Ok(())
}

pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

/// The request's session. Missing only if the session layer is not installed: a server bug.
pub async fn current() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>().await.map_err(|e| {
        tracing::error!(error = ?e, "no session layer on this request");
        AppError::Internal
    })
}

pub async fn read<T: serde::de::DeserializeOwned>(
    session: &Session,
    key: &str,
) -> Result<Option<T>, AppError> {
    session.get::<T>(key).await.map_err(store_error)
}

pub async fn write<T: Serialize>(session: &Session, key: &str, value: &T) -> Result<(), AppError> {
    session.insert(key, value).await.map_err(store_error)
}

pub fn store_error(e: tower_sessions::session::Error) -> AppError {
    tracing::error!(error = %e, "session store failed");
    AppError::Internal
}
