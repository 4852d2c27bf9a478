//! Server only: configuration, state, the session guard, token verification and the HTTP stack.

pub mod config;
pub mod guard;
pub mod jwt;
pub mod login;
pub mod security;
pub mod session;
pub mod state;

#[cfg(test)]
mod tests;

use axum::Router;
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list};
use tower_http::compression::CompressionLayer;
use tower_http::csrf::CsrfLayer;
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::{SameSite, time::Duration};
use tower_sessions::{ExpiredDeletion, Expiry, SessionManagerLayer};
use tower_sessions_sqlx_store::SqliteStore;
use tower_sessions_sqlx_store::sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};

use crate::app::{App, shell};
use crate::cognito::auth::ConsoleAuth;
use crate::cognito::{self, CognitoAdmin};
use config::ServeConfig;
use jwt::{TokenVerifier, issuer_for};
pub use state::AppState;

/// Builds the state from configuration: one AWS config load, the console's login client and
/// the token verifier.
pub async fn build_state(config: ServeConfig, leptos_options: LeptosOptions) -> AppState {
    let endpoint = config.cognito.endpoint();
    let sdk = cognito::load_sdk_config(&endpoint).await;
    let admin = CognitoAdmin::new(&sdk);
    let auth = ConsoleAuth::new(
        cognito::Client::new(&sdk),
        config.pool_id.clone(),
        config.client_id.clone(),
        config.client_secret.clone(),
    );
    let verifier = TokenVerifier::new(
        config.jwks_url(),
        issuer_for(&config.cognito.region, &config.pool_id),
        config.client_id.clone(),
    );
    AppState::new(leptos_options, config, admin, auth, verifier)
}

/// Opens (creating if needed) the session database and starts the sweeper of expired sessions.
pub async fn session_store(config: &ServeConfig) -> Result<SqliteStore, String> {
    if config.database_url.is_none() {
        std::fs::create_dir_all(&config.data_dir)
            .map_err(|e| format!("cannot create data directory {}: {e}", config.data_dir.display()))?;
    }
    let url = config.database_url();
    let options: SqliteConnectOptions = url.parse().map_err(|e| format!("invalid database URL: {e}"))?;
    let pool = SqlitePoolOptions::new()
        .max_connections(4)
        .connect_with(options.create_if_missing(true))
        .await
        .map_err(|e| format!("cannot open the session database: {e}"))?;
    let store = SqliteStore::new(pool);
    store.migrate().await.map_err(|e| format!("cannot prepare the session database: {e}"))?;
    tokio::spawn(store.clone().continuously_delete_expired(tokio::time::Duration::from_secs(300)));
    Ok(store)
}

/// The whole HTTP stack. Outermost first: tracing, compression, security headers, CSRF, the
/// session, error statuses, the page gate, then Leptos' pages and server functions.
pub fn router(state: AppState, store: SqliteStore) -> Router {
    let config = state.config();
    let secure = config.secure_cookie();
    // `__Host-` binds the cookie to this host and path `/`: a sibling subdomain cannot plant one.
    let cookie = if secure { "__Host-pooldesk_session" } else { "pooldesk_session" };
    let sessions = SessionManagerLayer::new(store)
        .with_name(cookie)
        .with_http_only(true)
        .with_same_site(SameSite::Strict)
        .with_secure(secure)
        // Not saved on every request: `session::touch` saves at most once a minute, so that a
        // slow request begun before a logout cannot write the flushed session back.
        .with_expiry(Expiry::OnInactivity(Duration::minutes(i64::from(config.idle_minutes))));
    let routes = generate_route_list(App);
    let options = state.leptos_options.clone();
    Router::new()
        .leptos_routes(&state, routes, move || shell(options.clone()))
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(axum::middleware::from_fn_with_state(state.clone(), security::page_gate))
        .layer(axum::middleware::from_fn(security::error_status))
        .layer(sessions)
        .layer(CsrfLayer::new())
        .layer(axum::middleware::from_fn_with_state(secure, security::security_headers))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
