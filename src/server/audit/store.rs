//! The audit log's table: the rows the pipeline (`super`) writes, and the searches of the
//! Audit page and its CSV. Written once for both backends (`on_db!`).

use sqlx::{QueryBuilder, Row};

use crate::error::AppError;
use crate::model::audit::{AUDIT_PAGE_SIZE, AuditEntry, AuditQuery, OUTCOME_INTERRUPTED, OUTCOME_PENDING};
use crate::server::db::{Db, escape_like, on_db};

#[derive(Clone, Debug)]
pub struct AuditLog {
    db: Db,
    /// The console process writing rows (`--replica-name`): its `pending` rows are its own
    /// calls in flight, and when it restarts, its calls cut short.
    replica: Option<String>,
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
    // Added after the first release: neither backend has one `ADD COLUMN IF NOT EXISTS`.
    let has_replica = "SELECT replica FROM pooldesk_audit WHERE 1 = 0";
    let add_replica = "ALTER TABLE pooldesk_audit ADD COLUMN replica TEXT";
    let replicas =
        "CREATE TABLE IF NOT EXISTS pooldesk_replicas (name TEXT PRIMARY KEY, seen_ms BIGINT NOT NULL)";
    on_db!(db, pool => {
        sqlx::query(&table).execute(pool).await?;
        sqlx::query(index).execute(pool).await?;
        if sqlx::query(has_replica).execute(pool).await.is_err() {
            sqlx::query(add_replica).execute(pool).await?;
        }
        sqlx::query(replicas).execute(pool).await.map(|_| ())
    })
}

/// A replica that has not been seen for this long is gone: its `pending` rows will never be
/// finished. (Replicas say they are alive every [`HEARTBEAT`].)
pub const GONE_AFTER_MS: i64 = 180_000;
pub const HEARTBEAT: std::time::Duration = std::time::Duration::from_secs(60);

/// At a replica's start: the calls its previous run left `pending` were cut short.
pub async fn interrupt_own(db: &Db, replica: &str) -> Result<u64, sqlx::Error> {
    on_db!(db, pool => {
        let mut qb = QueryBuilder::new("UPDATE pooldesk_audit SET outcome = ");
        qb.push_bind(OUTCOME_INTERRUPTED).push(" WHERE outcome = ").push_bind(OUTCOME_PENDING);
        qb.push(" AND replica = ").push_bind(replica.to_string());
        qb.build().execute(pool).await.map(|r| r.rows_affected())
    })
}

/// Every [`HEARTBEAT`]: `replica` is alive, and the `pending` rows of replicas gone (or of no
/// replica) were cut short.
pub async fn heartbeat(db: &Db, replica: &str, now_ms: i64) -> Result<u64, sqlx::Error> {
    on_db!(db, pool => {
        let mut qb = QueryBuilder::new("INSERT INTO pooldesk_replicas (name, seen_ms) VALUES (");
        qb.push_bind(replica.to_string()).push(", ").push_bind(now_ms);
        qb.push(") ON CONFLICT (name) DO UPDATE SET seen_ms = ").push_bind(now_ms);
        qb.build().execute(pool).await?;
        let mut qb = QueryBuilder::new("UPDATE pooldesk_audit SET outcome = ");
        qb.push_bind(OUTCOME_INTERRUPTED).push(" WHERE outcome = ").push_bind(OUTCOME_PENDING);
        qb.push(" AND (replica IS NULL OR replica NOT IN (SELECT name FROM pooldesk_replicas WHERE seen_ms >= ");
        qb.push_bind(now_ms - GONE_AFTER_MS).push("))");
        qb.build().execute(pool).await.map(|r| r.rows_affected())
    })
}

impl AuditLog {
    /// For reading (and for tests' writes, which are never left pending).
    pub fn new(db: Db) -> Self {
        Self { db, replica: None }
    }

    pub fn of_replica(db: Db, replica: &str) -> Self {
        Self { db, replica: Some(replica.to_string()) }
    }

    /// Writes `entry` (its `id` is ignored) and returns the new row's id.
    pub async fn insert(&self, entry: &AuditEntry) -> Result<i64, sqlx::Error> {
        // Built inside `on_db!`: each backend gets its own builder (and placeholders).
        on_db!(&self.db, pool => {
            let mut qb = QueryBuilder::new(
                "INSERT INTO pooldesk_audit (at_ms, request_id, operator_sub, operator_username, \
                 operator_email, source_ip, action, pool_id, target, outcome, replica) ",
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
                    .push_bind(e.outcome.clone())
                    .push_bind(self.replica.clone());
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
    AppError::unavailable(crate::i18n::t("audit-read-failed"))
}

/// A case-insensitive "contains" pattern with `%`, `_` and `\` taken literally.
fn like_pattern(text: &str) -> String {
    format!("%{}%", escape_like(&text.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_patterns_take_wildcards_literally() {
        assert_eq!(like_pattern("50%_A\\b"), "%50\\%\\_a\\\\b%");
    }
}
