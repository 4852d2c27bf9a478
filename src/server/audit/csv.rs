//! `GET /audit/export.csv?<filter>`: the Audit page's filter as a CSV download. A plain route
//! (a link works without JavaScript and streams a file), so it calls the guard's check
//! (`guard::authorize`) itself.

use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

use crate::error::AppError;
use crate::model::audit::{AUDIT_CSV_LIMIT, AuditFilter, audit_csv};
use crate::model::role::Role;
use crate::server::AppState;

pub async fn csv(
    State(state): State<AppState>,
    session: Session,
    Query(filter): Query<AuditFilter>,
) -> Response {
    let operator = match crate::server::guard::authorize(&state, &session, Role::Admin).await {
        Ok(op) => op,
        Err(e) => return refusal(&e),
    };
    let query = match filter.validate() {
        Ok(q) => q,
        Err(e) => return refusal(&e),
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
        Err(e) => refusal(&super::read_failed(e)),
    }
}

/// An error as a plain-text response with its own status.
fn refusal(e: &AppError) -> Response {
    let status = StatusCode::from_u16(e.status_code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, e.to_string()).into_response()
}
