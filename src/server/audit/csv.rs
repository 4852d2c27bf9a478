//! `GET /audit/export.csv?<filter>`: the Audit page's filter as a CSV download. A plain route
//! (a link works without JavaScript and streams a file), so it calls the guard's check
//! (`guard::authorize`) itself.

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

use crate::model::audit::{AUDIT_CSV_LIMIT, AuditFilter, audit_csv};
use crate::model::role::Role;
use crate::server::{AppState, plain_refusal};

pub async fn csv(
    State(state): State<AppState>,
    session: Session,
    Query(filter): Query<AuditFilter>,
) -> Response {
    let operator = match crate::server::guard::authorize(&state, &session, Role::Admin).await {
        Ok(op) => op,
        Err(e) => return plain_refusal(&e),
    };
    let query = match filter.validate() {
        Ok(q) => q,
        Err(e) => return plain_refusal(&e),
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
        Err(e) => plain_refusal(&super::read_failed(e)),
    }
}
