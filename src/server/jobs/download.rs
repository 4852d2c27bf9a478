//! `GET /jobs/{id}/download`: the file a finished export made, streamed from the database one
//! chunk at a time (memory stays flat whatever the pool's size). A plain route (a link works
//! without JavaScript), so it checks the session itself: the job's owner or an admin.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

use super::store::{self, StoredJob};
use crate::error::AppError;
use crate::i18n::t;
use crate::model::job::{ExportFormat, JobSpec, JobState};
use crate::model::role::Role;
use crate::server::{AppState, plain_refusal};

/// `pooldesk-users-<pool>-<date>.<ext>`, or `pooldesk-backup-…` (the pool id is
/// `[\w-]+_[0-9a-zA-Z]+`: safe in a header).
pub fn file_name(job: &StoredJob, format: ExportFormat) -> String {
    let day = crate::model::format_date(Some(job.created_ms / 1000));
    let day = day.split(' ').next().unwrap_or_default();
    let what = if format == ExportFormat::Backup { "backup" } else { "users" };
    format!("pooldesk-{what}-{}-{day}.{}", job.pool_id, format.extension())
}

pub async fn download(State(state): State<AppState>, session: Session, Path(id): Path<String>) -> Response {
    let operator = match crate::server::guard::authorize(&state, &session, Role::Viewer).await {
        Ok(op) => op,
        Err(e) => return plain_refusal(&e),
    };
    let db = state.jobs().db().clone();
    let job = match store::load(&db, &id).await {
        Ok(Some(job)) if super::may_see(&operator, &job) => job,
        Ok(_) => return plain_refusal(&AppError::not_found("The job")),
        Err(e) => return plain_refusal(&super::unavailable(e)),
    };
    let format = match job.spec {
        JobSpec::Export { format, .. } if job.state == JobState::Finished => format,
        _ => {
            return plain_refusal(&AppError::Conflict { message: t("job-no-file") });
        }
    };
    tracing::info!(sub = %operator.sub, job = %job.id, "export downloaded");
    let chunks = futures::stream::unfold((db, job.id.clone(), 0_i64), |(db, id, seq)| async move {
        match store::output_chunk(&db, &id, seq).await {
            Ok(Some(data)) => Some((Ok::<_, std::io::Error>(data), (db, id, seq + 1))),
            Ok(None) => None,
            Err(e) => {
                tracing::error!(error = %e, job = %id, "export download cut short: database failed");
                Some((Err(std::io::Error::other("database failed")), (db, id, i64::MAX)))
            }
        }
    });
    let disposition = format!("attachment; filename=\"{}\"", file_name(&job, format));
    (
        [
            (header::CONTENT_TYPE, format.content_type().to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        Body::from_stream(chunks),
    )
        .into_response()
}
