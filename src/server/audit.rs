//! The audit log. One layer records every call of a server function that declares a record
//! kind other than `Nothing` (see `model::role`), so no function can forget to:
//!
//! - a change or a secret reveal by a signed-in operator gets its row, outcome `pending`,
//!   *before* the function runs; if that row cannot be written the call is refused and nothing
//!   happens. The outcome is filled in when the function returns, before the response leaves.
//! - a sign-in step or sign-out gets one row when it returns (a failed sign-in too, with the
//!   username that was tried). Attempts refused by the rate limit are only traced, so a flood
//!   does not become a flood of writes.
//!
//! A row holds only the fields of `AuditEntry`, taken from a fixed list of argument names;
//! passwords, secrets, tokens and session ids never reach it. Each row is also a `tracing`
//! event (target `pooldesk::audit`) for log shipping.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sqlx::{QueryBuilder, Row};
use tower_sessions::Session;

use super::AppState;
use super::db::{Db, on_db};
use super::request::RequestContext;
use super::session::{SIGNED_IN, SignedIn};
use crate::error::AppError;
use crate::model::{
    AUDIT_PAGE_SIZE, AuditEntry, AuditQuery, Declared, OUTCOME_OK, OUTCOME_PENDING, Operator, Record,
};

#[derive(Clone, Debug)]
pub struct AuditLog {
    db: Db,
}

const COLUMNS: &str = "id, at_ms, request_id, operator_sub, operator_username, operator_email, source_ip, action, pool_id, target, outcome";

/// Creates the table and its index if missing. Only the id column differs between backends.
pub async fn migrate(db: &Db) -> Result<(), sqlx::Error> {
    let id = match db {
        Db::Sqlite(_) => "INTEGER PRIMARY KEY AUTOINCREMENT",
        Db::Postgres(_) => "BIGSERIAL PRIMARY KEY",
    };
    let table = format!(
        "CREATE TABLE IF NOT EXISTS pooldesk_audit (id {id}, at_ms BIGINT NOT NULL, \
         request_id TEXT NOT NULL, operator_sub TEXT, operator_username TEXT, operator_email TEXT, \
         source_ip TEXT, action TEXT NOT NULL, pool_id TEXT, target TEXT, outcome TEXT NOT NULL)"
    );
    let index = "CREATE INDEX IF NOT EXISTS pooldesk_audit_at ON pooldesk_audit (at_ms)";
    on_db!(db, pool => {
        sqlx::query(&table).execute(pool).await?;
        sqlx::query(index).execute(pool).await.map(|_| ())
    })
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default()
}

impl AuditLog {
    pub fn new(db: Db) -> Self {
        Self { db }
    }

    /// Writes `entry` (its `id` is ignored) and returns the new row's id.
    pub async fn insert(&self, entry: &AuditEntry) -> Result<i64, sqlx::Error> {
        // Built inside `on_db!`: each backend gets its own builder (and placeholders).
        on_db!(&self.db, pool => {
            let mut qb = QueryBuilder::new(
                "INSERT INTO pooldesk_audit (at_ms, request_id, operator_sub, operator_username, \
                 operator_email, source_ip, action, pool_id, target, outcome) ",
            );
            qb.push_values([entry], |mut row, e| {
                row.push_bind(e.at_ms)
                    .push_bind(e.request_id.clone())
                    .push_bind(e.operator_sub.clone())
                    .push_bind(e.operator_username.clone())
                    .push_bind(e.operator_email.clone())
                    .push_bind(e.source_ip.clone())
                    .push_bind(e.action.clone())
                    .push_bind(e.pool_id.clone())
                    .push_bind(e.target.clone())
                    .push_bind(e.outcome.clone());
            });
            qb.push(" RETURNING id");
            qb.build_query_scalar::<i64>().fetch_one(pool).await
        })
    }

    pub async fn set_outcome(&self, id: i64, outcome: &str) -> Result<(), sqlx::Error> {
        on_db!(&self.db, pool => {
            let mut qb = QueryBuilder::new("UPDATE pooldesk_audit SET outcome = ");
            qb.push_bind(outcome.to_string()).push(" WHERE id = ").push_bind(id);
            qb.build().execute(pool).await.map(|_| ())
        })
    }

    /// Entries matching `query`, newest first, older than the row `before` when given; at most
    /// `limit`.
    pub async fn search(
        &self,
        query: &AuditQuery,
        before: Option<i64>,
        limit: i64,
    ) -> Result<Vec<AuditEntry>, sqlx::Error> {
        on_db!(&self.db, pool => {
            let mut qb = QueryBuilder::new(format!("SELECT {COLUMNS} FROM pooldesk_audit WHERE 1 = 1"));
            if let Some(operator) = &query.operator {
                let pattern = like_pattern(operator);
                qb.push(" AND (LOWER(COALESCE(operator_email, '')) LIKE ")
                    .push_bind(pattern.clone())
                    .push(" ESCAPE '\\' OR LOWER(COALESCE(operator_username, '')) LIKE ")
                    .push_bind(pattern)
                    .push(" ESCAPE '\\' OR operator_sub = ")
                    .push_bind(operator.clone())
                    .push(")");
            }
            if let Some(action) = &query.action {
                qb.push(" AND action = ").push_bind(action.clone());
            }
            if let Some(pool_id) = &query.pool {
                qb.push(" AND pool_id = ").push_bind(pool_id.clone());
            }
            if let Some(target) = &query.target {
                qb.push(" AND LOWER(COALESCE(target, '')) LIKE ").push_bind(like_pattern(target)).push(" ESCAPE '\\'");
            }
            if let Some(from) = query.from_ms {
                qb.push(" AND at_ms >= ").push_bind(from);
            }
            if let Some(until) = query.until_ms {
                qb.push(" AND at_ms < ").push_bind(until);
            }
            match query.outcome.as_deref() {
                None => {}
                Some("error") => {
                    qb.push(" AND outcome NOT IN ('ok', 'pending')");
                }
                Some(code) => {
                    // `invalid` also finds `invalid:password`, `login_failed` each refusal's cause.
                    qb.push(" AND (outcome = ")
                        .push_bind(code.to_string())
                        .push(" OR outcome LIKE ")
                        .push_bind(format!("{}:%", escape_like(code)))
                        .push(" ESCAPE '\\')");
                }
            }
            if let Some(before) = before {
                qb.push(" AND id < ").push_bind(before);
            }
            qb.push(" ORDER BY id DESC LIMIT ").push_bind(limit);
            let rows = qb.build().fetch_all(pool).await?;
            rows.iter()
                .map(|r| {
                    Ok(AuditEntry {
                        id: r.try_get("id")?,
                        at_ms: r.try_get("at_ms")?,
                        request_id: r.try_get("request_id")?,
                        operator_sub: r.try_get("operator_sub")?,
                        operator_username: r.try_get("operator_username")?,
                        operator_email: r.try_get("operator_email")?,
                        source_ip: r.try_get("source_ip")?,
                        action: r.try_get("action")?,
                        pool_id: r.try_get("pool_id")?,
                        target: r.try_get("target")?,
                        outcome: r.try_get("outcome")?,
                    })
                })
                .collect()
        })
    }

    /// One page for the Audit page: `AUDIT_PAGE_SIZE` entries and the cursor of the next.
    pub async fn page(
        &self,
        query: &AuditQuery,
        before: Option<i64>,
    ) -> Result<(Vec<AuditEntry>, Option<i64>), sqlx::Error> {
        let mut entries = self.search(query, before, AUDIT_PAGE_SIZE + 1).await?;
        let older = (entries.len() as i64 > AUDIT_PAGE_SIZE).then(|| {
            entries.truncate(AUDIT_PAGE_SIZE as usize);
            entries.last().map(|e| e.id)
        });
        Ok((entries, older.flatten()))
    }
}

/// A failed read of the log, for the page and the CSV: logged here, a sentence for the operator.
pub fn read_failed(e: sqlx::Error) -> AppError {
    tracing::error!(error = %e, "audit log read failed");
    AppError::unavailable("The audit log cannot be read. Try again later.")
}

/// A case-insensitive "contains" pattern with `%`, `_` and `\` taken literally.
fn like_pattern(text: &str) -> String {
    format!("%{}%", escape_like(&text.to_lowercase()))
}

/// `text` for a LIKE pattern with `ESCAPE '\'`: its `%`, `_` and `\` taken literally.
fn escape_like(text: &str) -> String {
    text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

/// The argument names whose values may be recorded, and how they are labelled in the target.
/// Anything else a function receives (passwords, blueprints, form bodies) is never read.
const TARGET_FIELDS: &[(&str, &str)] = &[
    ("username", "user"),
    ("group", "group"),
    ("name", "name"),
    ("client_id", "client"),
    ("identity_pool_id", "identity_pool"),
    ("domain", "domain"),
    ("identifier", "resource_server"),
    ("action", "action"),
    ("enabled", "enabled"),
    ("format", "format"),
    ("include_secrets", "include_secrets"),
    ("show_secret", "show_secret"),
];

/// Longest recorded value; longer ones are cut (with an ellipsis).
const VALUE_MAX: usize = 200;

/// The pool and target of a call, from its form-encoded arguments.
pub fn describe_call(body: &[u8]) -> (Option<String>, Option<String>) {
    let cut = |v: &str| -> String {
        let clean: String = v.chars().filter(|c| !c.is_control()).collect();
        match clean.char_indices().nth(VALUE_MAX) {
            Some((i, _)) => format!("{}…", &clean[..i]),
            None => clean,
        }
    };
    let mut pool = None;
    let mut parts = Vec::new();
    let mut users = Vec::new();
    for (key, value) in form_urlencoded::parse(body) {
        if value.is_empty() {
            continue;
        }
        if key == "pool_id" {
            pool = Some(cut(&value));
        } else if key.starts_with("usernames[") {
            users.push(cut(&value));
        } else if let Some((_, label)) = TARGET_FIELDS.iter().find(|(name, _)| *name == key) {
            parts.push(format!("{label}={}", cut(&value)));
        }
    }
    if !users.is_empty() {
        let shown = users.iter().take(5).cloned().collect::<Vec<_>>().join(",");
        let more = if users.len() > 5 { format!(",…({} users)", users.len()) } else { String::new() };
        parts.push(format!("users={shown}{more}"));
    }
    let target = (!parts.is_empty()).then(|| parts.join(" "));
    (pool, target)
}

/// The outcome of a server function's response: `ok`, or the error's code. Errors come as the
/// `AppError` JSON (status 4xx/5xx), or, for a form posted without JavaScript, as a redirect
/// whose query carries `__err=`.
fn outcome_of(status: StatusCode, location: Option<&str>, body: &[u8]) -> String {
    if let Some(query) = location.filter(|_| status.is_redirection()).and_then(|l| l.split_once('?'))
        && let Some(err) = form_urlencoded::parse(query.1.as_bytes()).find(|(k, _)| k == "__err")
    {
        return serde_json::from_str::<AppError>(&err.1).map(|e| e.code()).unwrap_or_else(|_| "error".into());
    }
    if status.is_success() || status.is_redirection() {
        return OUTCOME_OK.into();
    }
    serde_json::from_slice::<AppError>(body)
        .map(|e| e.code())
        .unwrap_or_else(|_| format!("http_{}", status.as_u16()))
}

/// Set by a function whose outcome the response does not show: a report of which only part went
/// through (bulk changes, blueprints: `partial`), or a refused sign-in's cause. Removed here
/// before the response leaves.
const OUTCOME_HEADER: &str = "x-pooldesk-outcome";
pub const OUTCOME_PARTIAL: &str = "partial";

/// For a server function whose report says some of its steps failed: recorded as `partial`.
pub fn report_partial() {
    set_outcome(OUTCOME_PARTIAL);
}

/// Records `outcome` instead of the one the response would give: a refused sign-in's cause
/// (`login_failed:wrong_password`, `login_failed:not_operator`, …), which the response itself
/// must not tell.
pub fn set_outcome(outcome: &str) {
    let value = axum::http::HeaderValue::from_str(outcome);
    if let (Some(res), Ok(value)) = (leptos::prelude::use_context::<leptos_axum::ResponseOptions>(), value) {
        res.insert_header(axum::http::HeaderName::from_static(OUTCOME_HEADER), value);
    }
}

/// Largest server-function request recorded (a blueprint is the biggest argument).
const BODY_MAX: usize = 1024 * 1024;

pub async fn record(State(state): State<AppState>, session: Session, req: Request, next: Next) -> Response {
    let declared = (req.method() == Method::POST)
        .then(|| crate::model::declared(req.uri().path()))
        .flatten()
        .filter(|d| d.record != Record::Nothing);
    let Some(declared) = declared else {
        return next.run(req).await;
    };
    let context = req.extensions().get::<RequestContext>().cloned();
    let (parts, body) = req.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, BODY_MAX).await else {
        return (StatusCode::PAYLOAD_TOO_LARGE, "").into_response();
    };
    let (pool_id, target) = describe_call(&bytes);
    let req = Request::from_parts(parts, Body::from(bytes));
    let operator = match session.get::<SignedIn>(SIGNED_IN).await {
        Ok(signed_in) => signed_in.map(|s| s.operator),
        Err(e) => {
            tracing::error!(error = %e, "session store failed");
            return refuse(AppError::Internal);
        }
    };
    let entry = AuditEntry {
        id: 0,
        at_ms: now_ms(),
        request_id: context.as_ref().map(|c| c.id.clone()).unwrap_or_default(),
        operator_sub: None,
        operator_username: None,
        operator_email: None,
        source_ip: context.and_then(|c| c.client_ip).map(|ip| ip.to_string()),
        action: action_name(declared),
        pool_id,
        target,
        outcome: OUTCOME_PENDING.into(),
    };
    let log = state.audit();
    if declared.record == Record::Session {
        let res = next.run(req).await;
        // After a sign-in the session names the operator; at sign-out it did before.
        let after = session.get::<SignedIn>(SIGNED_IN).await.ok().flatten().map(|s| s.operator);
        let (res, outcome) = with_outcome(res).await;
        let mut entry = with_operator(entry, after.as_ref().or(operator.as_ref()));
        entry.outcome = outcome;
        if entry.outcome == AppError::TooManyAttempts.code() {
            emit(&entry);
            return res;
        }
        if let Err(e) = log.insert(&entry).await {
            tracing::error!(error = %e, action = %entry.action, "audit log write failed");
        }
        emit(&entry);
        return res;
    }
    let Some(operator) = operator else {
        // No session: the guard refuses the call; a row per anonymous request would let anyone
        // fill the log.
        return next.run(req).await;
    };
    let mut entry = with_operator(entry, Some(&operator));
    let id = match log.insert(&entry).await {
        Ok(id) => id,
        Err(e) => {
            tracing::error!(error = %e, action = %entry.action, "audit log write failed; call refused");
            return refuse(AppError::unavailable(
                "The audit log cannot be written, so nothing was changed. Try again later.",
            ));
        }
    };
    let (res, outcome) = with_outcome(next.run(req).await).await;
    entry.id = id;
    entry.outcome = outcome;
    if let Err(e) = log.set_outcome(id, &entry.outcome).await {
        tracing::error!(error = %e, id, "audit log outcome not written (the row stays pending)");
    }
    emit(&entry);
    res
}

/// Every action the log can hold (the functions that declare a record), sorted.
pub fn actions() -> Vec<String> {
    let mut names: Vec<String> = inventory::iter::<Declared>
        .into_iter()
        .filter(|d| d.record != Record::Nothing)
        .map(action_name)
        .collect();
    names.sort();
    names.dedup();
    names
}

fn action_name(declared: &Declared) -> String {
    declared.path.rsplit('/').next().unwrap_or(declared.path).to_string()
}

fn with_operator(mut entry: AuditEntry, operator: Option<&Operator>) -> AuditEntry {
    if let Some(op) = operator {
        entry.operator_sub = Some(op.sub.clone());
        entry.operator_username = Some(op.username.clone());
        entry.operator_email = op.email.clone();
    }
    entry
}

/// Reads the response's outcome; the body of an error (small JSON) is buffered to read it.
async fn with_outcome(mut res: Response) -> (Response, String) {
    if let Some(partial) = res.headers_mut().remove(OUTCOME_HEADER) {
        return (res, partial.to_str().unwrap_or(OUTCOME_PARTIAL).to_string());
    }
    let status = res.status();
    let location = res.headers().get(header::LOCATION).and_then(|l| l.to_str().ok()).map(str::to_string);
    if status.is_success() || status.is_redirection() {
        let outcome = outcome_of(status, location.as_deref(), b"");
        return (res, outcome);
    }
    let (parts, body) = res.into_parts();
    let bytes = axum::body::to_bytes(body, 64 * 1024).await.unwrap_or_default();
    let outcome = outcome_of(status, None, &bytes);
    (Response::from_parts(parts, Body::from(bytes)), outcome)
}

fn refuse(err: AppError) -> Response {
    let status = StatusCode::from_u16(err.status_code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = serde_json::to_string(&err).unwrap_or_default();
    (
        status,
        [
            (header::CONTENT_TYPE, "application/json"),
            (axum::http::HeaderName::from_static("serverfnerror"), "1"),
        ],
        body,
    )
        .into_response()
}

fn emit(e: &AuditEntry) {
    tracing::info!(
        target: "pooldesk::audit",
        request_id = %e.request_id,
        operator_sub = e.operator_sub.as_deref().unwrap_or(""),
        operator_email = e.operator_email.as_deref().unwrap_or(""),
        source_ip = e.source_ip.as_deref().unwrap_or(""),
        action = %e.action,
        pool_id = e.pool_id.as_deref().unwrap_or(""),
        target = e.target.as_deref().unwrap_or(""),
        outcome = %e.outcome,
        "audit"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_listed_arguments_are_recorded() {
        let body =
            b"pool_id=us-east-1_a&username=jane%40example.com&password=Secret-1&group=admin&blueprint=x&\
                     client_secret=s&new_password=n";
        let (pool, target) = describe_call(body);
        assert_eq!(pool.as_deref(), Some("us-east-1_a"));
        assert_eq!(target.as_deref(), Some("user=jane@example.com group=admin"));
        let bulk: String =
            (0..7).map(|i| format!("usernames[{i}]=u{i}&")).collect::<String>() + "action=disable&pool_id=p";
        let (_, target) = describe_call(bulk.as_bytes());
        assert_eq!(target.as_deref(), Some("action=disable users=u0,u1,u2,u3,u4,…(7 users)"));
        let (_, long) = describe_call(format!("username={}%0A", "x".repeat(300)).as_bytes());
        assert_eq!(long.unwrap().chars().count(), "user=".len() + VALUE_MAX + 1);
    }

    #[test]
    fn outcomes_from_json_errors_and_no_js_redirects() {
        let forbidden = serde_json::to_vec(&AppError::Forbidden).unwrap();
        assert_eq!(outcome_of(StatusCode::FORBIDDEN, None, &forbidden), "forbidden");
        assert_eq!(outcome_of(StatusCode::OK, None, b"\"x\""), "ok");
        let invalid = serde_json::to_string(&AppError::invalid("password", "Too short")).unwrap();
        let location = format!("/pools/p/user?x=1&__err={}", crate::model::encode(&invalid));
        assert_eq!(outcome_of(StatusCode::FOUND, Some(&location), b""), "invalid:password");
        assert_eq!(outcome_of(StatusCode::FOUND, Some("/pools/p/users"), b""), "ok");
        assert_eq!(outcome_of(StatusCode::BAD_GATEWAY, None, b"<html>"), "http_502");
    }

    #[test]
    fn like_patterns_take_wildcards_literally() {
        assert_eq!(like_pattern("50%_A\\b"), "%50\\%\\_a\\\\b%");
    }
}
