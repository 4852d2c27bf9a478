//! Metrics in Prometheus' text format, on their own listen address (`--metrics-bind`, off by
//! default) so that the scrape endpoint is never reachable through the console's public one.
//! Recorded with the `metrics` crate's macros wherever the thing happens; rendered by
//! `metrics-exporter-prometheus`.
//!
//! What is counted, by name:
//! - `pooldesk_requests_total{function, status}` and `pooldesk_request_duration_seconds{function}`:
//!   every request, `function` being the server function's name, or `page`, `asset`, `health`,
//!   `audit_csv` or `other`;
//! - `pooldesk_cognito_calls_total{operation, outcome}` and
//!   `pooldesk_cognito_call_duration_seconds{operation}` (`cognito::metered`);
//! - `pooldesk_sign_in_steps_total{step, outcome}`;
//! - `pooldesk_audit_write_failures_total`;
//! - `pooldesk_active_sessions`: unexpired sessions in the shared store, read at each scrape.

use std::net::SocketAddr;
use std::sync::OnceLock;
use std::time::Instant;

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};

use super::db::{Db, on_db};

pub const REQUESTS: &str = "pooldesk_requests_total";
pub const REQUEST_SECONDS: &str = "pooldesk_request_duration_seconds";
pub const SIGN_IN_STEPS: &str = "pooldesk_sign_in_steps_total";
pub const AUDIT_WRITE_FAILURES: &str = "pooldesk_audit_write_failures_total";
pub const ACTIVE_SESSIONS: &str = "pooldesk_active_sessions";

/// Request and Cognito call latencies: a page joins a few Cognito calls of tens of milliseconds.
const BUCKETS: &[f64] = &[0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

/// The process's recorder, installed at most once (the tests build many consoles in one process).
pub fn handle() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let builder = PrometheusBuilder::new().set_buckets(BUCKETS).expect("the buckets are not empty");
        let recorder = builder.build_recorder();
        let handle = recorder.handle();
        if metrics::set_global_recorder(recorder).is_err() {
            tracing::warn!("another metrics recorder is installed; /metrics shows nothing");
        }
        handle
    })
}

/// The scrape: what has been recorded, and the sessions in the store now.
pub async fn render(db: &Db) -> String {
    match active_sessions(db).await {
        Ok(n) => metrics::gauge!(ACTIVE_SESSIONS).set(n as f64),
        Err(e) => tracing::warn!(error = %e, "counting the active sessions failed"),
    }
    let handle = handle();
    handle.run_upkeep();
    handle.render()
}

async fn active_sessions(db: &Db) -> Result<i64, sqlx::Error> {
    // tower-sessions' tables: `tower_sessions` (SQLite, the expiry stored as date text) and
    // `tower_sessions.session` (PostgreSQL, a timestamptz).
    let query = match db {
        Db::Sqlite(_) => "SELECT COUNT(*) FROM tower_sessions WHERE datetime(expiry_date) > datetime('now')",
        Db::Postgres(_) => "SELECT COUNT(*) FROM tower_sessions.session WHERE expiry_date > now()",
    };
    on_db!(db, pool => sqlx::query_scalar::<_, i64>(query).fetch_one(pool).await)
}

/// Serves `GET /metrics` on `bind` until the process ends. Also drains the histograms every
/// few seconds between scrapes (the recorder keeps their samples until then).
pub async fn serve(bind: SocketAddr, db: Db) -> Result<(), String> {
    // Installed before the first request, so that every request is counted.
    handle();
    tokio::spawn(async {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(5));
        loop {
            tick.tick().await;
            handle().run_upkeep();
        }
    });
    let app =
        axum::Router::new().route(
            "/metrics",
            axum::routing::get(move || {
                let db = db.clone();
                async move {
                    ([(axum::http::header::CONTENT_TYPE, "text/plain; version=0.0.4")], render(&db).await)
                }
            }),
        );
    let listener = tokio::net::TcpListener::bind(bind)
        .await
        .map_err(|e| format!("cannot listen for metrics on {bind}: {e}"))?;
    tracing::info!(%bind, "metrics at http://{bind}/metrics");
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, app).await {
            tracing::error!(error = %e, "the metrics listener stopped");
        }
    });
    Ok(())
}

/// The layer: each request counted by what it called and how it ended, and timed.
pub async fn track(req: Request, next: Next) -> Response {
    let function = function_of(&req);
    let started = Instant::now();
    let res = next.run(req).await;
    let status = res.status().as_u16().to_string();
    metrics::counter!(REQUESTS, "function" => function.clone(), "status" => status).increment(1);
    metrics::histogram!(REQUEST_SECONDS, "function" => function).record(started.elapsed().as_secs_f64());
    res
}

/// A bounded label: a registered server function's name, else the kind of request.
fn function_of(req: &Request) -> String {
    let path = req.uri().path();
    if let Some(declared) = crate::model::role::declared(path) {
        return super::audit::function_name(declared).to_string();
    }
    let kind = match path {
        "/healthz" | "/readyz" => "health",
        "/audit/export.csv" => "audit_csv",
        p if p.starts_with("/pkg/") || p.starts_with("/favicon") => "asset",
        _ if req.method() == axum::http::Method::GET => "page",
        _ => "other",
    };
    kind.to_string()
}

/// For the sign-in steps' audit: one count per step and outcome.
pub fn sign_in_step(step: &str, outcome: &str) {
    metrics::counter!(SIGN_IN_STEPS, "step" => step.to_string(), "outcome" => outcome.to_string())
        .increment(1);
}

pub fn audit_write_failed() {
    metrics::counter!(AUDIT_WRITE_FAILURES).increment(1);
}
