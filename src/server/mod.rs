//! Server only: configuration, state, the session guard, token verification and the HTTP stack.

pub mod audit;
pub mod config;
pub mod db;
pub mod desk;
pub mod flash;
pub mod guard;
pub mod health;
pub mod index;
pub mod jobs;
pub mod jwt;
pub mod limits;
pub mod login;
pub mod metrics;
pub mod preferences;
pub mod request;
pub mod security;
pub mod session;
pub mod state;

use axum::Router;
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list};
use tower_http::compression::CompressionLayer;
use tower_http::csrf::CsrfLayer;
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::{SameSite, time::Duration};
use tower_sessions::{Expiry, SessionManagerLayer, SessionStore};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

use crate::app::{App, shell};
use crate::cognito::auth::ConsoleAuth;
use crate::cognito::{self, Handles};
use config::ServeConfig;
use db::Db;
use jwt::TokenVerifier;
pub use state::AppState;

/// Builds the state from configuration: one AWS config load, the console's login client, the
/// token verifier, the audit log (in `db`, opened by `db::open`) and the jobs' runner.
pub async fn build_state(config: ServeConfig, leptos_options: LeptosOptions, db: Db) -> AppState {
    let endpoint = config.cognito.endpoint();
    let sdk = cognito::load_sdk_config(&endpoint).await;
    let handles = Handles::new(&sdk);
    let auth = ConsoleAuth::new(
        cognito::user_pools_client(&sdk),
        config.pool_id.clone(),
        config.client_id.clone(),
        config.client_secret.clone(),
    );
    let verifier = TokenVerifier::new(config.token_source(), config.client_id.clone());
    let state = AppState::new(leptos_options, config, handles, auth, verifier, db);
    jobs::spawn_runner(&state);
    state
}

fn session_layer<S: SessionStore + Clone>(store: S, config: &ServeConfig) -> SessionManagerLayer<S> {
    let secure = config.secure_cookie();
    // `__Host-` binds the cookie to this host and path `/`: a sibling subdomain cannot plant one.
    let cookie = if secure { "__Host-pooldesk_session" } else { "pooldesk_session" };
    SessionManagerLayer::new(store)
        .with_name(cookie)
        .with_http_only(true)
        .with_same_site(SameSite::Strict)
        .with_secure(secure)
        // Not saved on every request: `session::touch` saves at most once a minute, so that a
        // slow request begun before a logout cannot write the flushed session back.
        .with_expiry(Expiry::OnInactivity(Duration::minutes(i64::from(config.idle_minutes))))
}

/// The whole HTTP stack. Outermost first: request id and client address, metrics, tracing,
/// compression, security headers, CSRF, the session, the audit log, the page gate, the pages'
/// deadline, a form post's answer kept for its page (`flash`), then the audit export, the export jobs' downloads, Leptos' pages and server functions.
pub fn router(state: AppState, db: &Db) -> Router {
    let config = state.config();
    let secure = config.secure_cookie();
    let trust_forwarded_for = config.trust_forwarded_for;
    let page_timeout = std::time::Duration::from_secs(config.page_timeout_secs.max(1));
    let routes = generate_route_list(App);
    let options = state.leptos_options.clone();
    let headers = security::HeaderPolicy { hsts: secure, immutable_pkg: options.hash_files };
    let app = Router::new()
        .route("/audit/export.csv", axum::routing::get(audit::csv))
        .route("/jobs/{id}/download", axum::routing::get(jobs::download::download))
        // Browsers ask for /favicon.ico whatever the page links: the icon is the SVG one.
        .route(
            "/favicon.ico",
            axum::routing::get(|| async { axum::response::Redirect::permanent("/favicon.svg") }),
        )
        .route("/preferences", axum::routing::get(preferences::set))
        .route("/healthz", axum::routing::get(health::healthz))
        .route("/readyz", {
            let (state, db) = (state.clone(), db.clone());
            axum::routing::get(move || health::readyz(state.clone(), db.clone()))
        })
        .leptos_routes_with_context(&state, routes, security::provide_request_context, move || {
            shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(
            security::provide_request_context,
            shell,
        ))
        .layer(axum::middleware::from_fn_with_state(state.clone(), flash::keep))
        .layer(axum::middleware::from_fn_with_state(page_timeout, security::page_deadline))
        .layer(axum::middleware::from_fn_with_state(state.clone(), security::page_gate))
        .layer(axum::middleware::from_fn_with_state(state.clone(), audit::record));
    let app = match db {
        Db::Sqlite(pool) => app.layer(session_layer(SqliteStore::new(pool.clone()), config)),
        Db::Postgres(pool) => app.layer(session_layer(PostgresStore::new(pool.clone()), config)),
    };
    app.layer(axum::middleware::from_fn(security::require_origin))
        .layer(CsrfLayer::new())
        .layer(axum::middleware::from_fn_with_state(headers, security::security_headers))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http().make_span_with(request_span))
        .layer(axum::middleware::from_fn(metrics::track))
        .layer(axum::middleware::from_fn_with_state(trust_forwarded_for, request::request_context))
        .with_state(state)
}

/// An error as a plain-text response with its own status (the plain routes: downloads).
pub(crate) fn plain_refusal(e: &crate::error::AppError) -> axum::response::Response {
    use axum::response::IntoResponse;
    let status = axum::http::StatusCode::from_u16(e.status_code())
        .unwrap_or(axum::http::StatusCode::INTERNAL_SERVER_ERROR);
    (status, e.to_string()).into_response()
}

/// Unix milliseconds: the audit log's and the sign-in limits' clock.
pub(crate) fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or_default()
}

/// The request's span: method, path (never the query) and the request id.
fn request_span(req: &axum::http::Request<axum::body::Body>) -> tracing::Span {
    let id = req.extensions().get::<request::RequestContext>().map(|c| c.id.as_str()).unwrap_or("");
    tracing::info_span!("request", method = %req.method(), path = %req.uri().path(), request_id = %id)
}
