//! Health checks for a load balancer or an orchestrator, with no session: `GET /healthz` says the
//! process answers; `GET /readyz` says it can serve, that is the database answers and Cognito
//! answers the console's own pool within its call timeout. A failing answer (503) names the
//! failing components and nothing more; the cause goes to the log.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::AppState;
use super::db::Db;

pub async fn healthz() -> &'static str {
    "ok"
}

pub async fn readyz(state: AppState, db: Db) -> Response {
    let (database, cognito) = tokio::join!(db.ping(), state.auth().password_policy());
    let mut failing = Vec::new();
    if let Err(e) = database {
        tracing::warn!(error = %e, "not ready: the database does not answer");
        failing.push("database");
    }
    if let Err(e) = cognito {
        tracing::warn!(error = ?e, "not ready: Cognito does not answer");
        failing.push("cognito");
    }
    if failing.is_empty() {
        (StatusCode::OK, Json(json!({ "status": "ok" }))).into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, Json(json!({ "status": "failing", "failing": failing })))
            .into_response()
    }
}
