//! `GET /audit/export.csv?<filter>`: the Audit page's filter as a CSV download. A plain route
//! (a link works without JavaScript and streams a file), so it checks the session and the
//! admin role itself, with the guard's own check.

use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

use super::AppState;
use crate::model::{AUDIT_CSV_LIMIT, AuditFilter, Role, audit_csv};

pub async fn csv(
    State(state): State<AppState>,
    session: Session,
    Query(filter): Query<AuditFilter>,
) -> Response {
    let operator = match super::guard::signed_in(&state, &session).await {
        Ok(Some(op)) => op,
        Ok(None) => return (StatusCode::UNAUTHORIZED, "Sign in first.").into_response(),
        Err(_) => return (StatusCode::SERVICE_UNAVAILABLE, "Try again later.").into_response(),
    };
    if operator.role < Role::Admin {
        tracing::warn!(sub = %operator.sub, "refused: audit export needs the admin role");
        return (StatusCode::FORBIDDEN, "Your account is not allowed to do this.").into_response();
    }
    let query = match filter.validate() {
        Ok(q) => q,
        Err(e) => return (StatusCode::UNPROCESSABLE_ENTITY, e.to_string()).into_response(),
    };
    match state.audit().search(&query, None, AUDIT_CSV_LIMIT).await {
        Ok(entries) => {
            tracing::info!(sub = %operator.sub, rows = entries.len(), "audit log exported");
            (
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                    (header::CONTENT_DISPOSITION, "attachment; filename=\"pooldesk-audit.csv\""),
                ],
                audit_csv(&entries),
            )
                .into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "audit log read failed");
            (StatusCode::SERVICE_UNAVAILABLE, "The audit log cannot be read. Try again later.")
                .into_response()
        }
    }
}
