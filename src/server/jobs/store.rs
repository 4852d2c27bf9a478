//! The jobs' tables, written once for both backends (`on_db!`): a job (what, whose, where it
//! stands, which console process runs it), its items (one user each, with the outcome written
//! before the next item starts), and an export's file in chunks.

use std::collections::HashMap;

use sqlx::{QueryBuilder, Row};

use crate::model::bulk::BulkOutcome;
use crate::model::job::{JobItem, JobSpec, JobState, JobSummary};
use crate::model::preferences::Lang;
use crate::model::role::Role;
use crate::model::session::Operator;
use crate::server::db::{Db, on_db};

pub async fn migrate(db: &Db) -> Result<(), sqlx::Error> {
    let statements = [
        "CREATE TABLE IF NOT EXISTS pooldesk_jobs (id TEXT PRIMARY KEY, pool_id TEXT NOT NULL, \
         spec TEXT NOT NULL, label TEXT NOT NULL, state TEXT NOT NULL, owner_sub TEXT NOT NULL, \
         owner_username TEXT NOT NULL, owner_email TEXT, owner_role TEXT NOT NULL, \
         stepped_up BIGINT NOT NULL, created_ms BIGINT NOT NULL, finished_ms BIGINT, runner TEXT, \
         total BIGINT, processed BIGINT NOT NULL, reason TEXT, estimate_secs BIGINT, \
         cancel BIGINT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS pooldesk_jobs_state ON pooldesk_jobs (state, created_ms)",
        "CREATE TABLE IF NOT EXISTS pooldesk_job_items (job_id TEXT NOT NULL, seq BIGINT NOT NULL, \
         username TEXT NOT NULL, outcome TEXT, detail TEXT, PRIMARY KEY (job_id, seq))",
        "CREATE TABLE IF NOT EXISTS pooldesk_job_output (job_id TEXT NOT NULL, seq BIGINT NOT NULL, \
         data TEXT NOT NULL, PRIMARY KEY (job_id, seq))",
    ];
    on_db!(db, pool => {
        for statement in statements {
            sqlx::query(statement).execute(pool).await?;
        }
        // Added after the table (a job's language): a database from before gets the column.
        if sqlx::query("SELECT lang FROM pooldesk_jobs LIMIT 1").fetch_optional(pool).await.is_err() {
            sqlx::query("ALTER TABLE pooldesk_jobs ADD COLUMN lang TEXT NOT NULL DEFAULT 'en'")
                .execute(pool)
                .await?;
        }
        Ok(())
    })
}

/// A job as stored.
#[derive(Debug, Clone)]
pub struct StoredJob {
    pub id: String,
    pub pool_id: String,
    pub spec: JobSpec,
    pub label: String,
    pub state: JobState,
    pub owner: Operator,
    /// The owner had a fresh step-up when they started it (console groups in the console's pool).
    pub stepped_up: bool,
    pub created_ms: i64,
    pub finished_ms: Option<i64>,
    pub total: Option<i64>,
    pub processed: i64,
    pub reason: Option<String>,
    pub estimate_secs: Option<i64>,
    pub cancel: bool,
    /// The language of the operator who started it: the runner writes in it (`i18n::in_lang`).
    pub lang: Lang,
}

const COLUMNS: &str = "id, pool_id, spec, label, state, owner_sub, owner_username, owner_email, \
    owner_role, stepped_up, created_ms, finished_ms, total, processed, reason, estimate_secs, cancel, lang";

fn role(label: &str) -> Role {
    Role::ALL.into_iter().find(|r| r.label() == label).unwrap_or_default()
}

fn stored<R: Row>(r: &R) -> Result<StoredJob, sqlx::Error>
where
    for<'c> &'c str: sqlx::ColumnIndex<R>,
    for<'q> String: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
    for<'q> Option<String>: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
    for<'q> i64: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
    for<'q> Option<i64>: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
{
    let spec: String = r.try_get("spec")?;
    let state: String = r.try_get("state")?;
    let corrupt = |what: &str| sqlx::Error::Decode(format!("job {what} unreadable").into());
    Ok(StoredJob {
        id: r.try_get("id")?,
        pool_id: r.try_get("pool_id")?,
        spec: serde_json::from_str(&spec).map_err(|_| corrupt("spec"))?,
        label: r.try_get("label")?,
        state: JobState::parse(&state).ok_or_else(|| corrupt("state"))?,
        owner: Operator {
            sub: r.try_get("owner_sub")?,
            username: r.try_get("owner_username")?,
            email: r.try_get("owner_email")?,
            role: role(&r.try_get::<String, _>("owner_role")?),
        },
        stepped_up: r.try_get::<i64, _>("stepped_up")? != 0,
        created_ms: r.try_get("created_ms")?,
        finished_ms: r.try_get("finished_ms")?,
        total: r.try_get("total")?,
        processed: r.try_get("processed")?,
        reason: r.try_get("reason")?,
        estimate_secs: r.try_get("estimate_secs")?,
        cancel: r.try_get::<i64, _>("cancel")? != 0,
        lang: Lang::parse(&r.try_get::<String, _>("lang")?).unwrap_or_default(),
    })
}

/// Items per INSERT (three values each, well under SQLite's limit on bound values).
const INSERT_BATCH: usize = 500;

/// Inserts `users` as the job's items, numbered from 0, inside the transaction `tx`.
macro_rules! insert_items {
    ($tx:expr, $job_id:expr, $users:expr) => {{
        for (batch_no, batch) in $users.chunks(INSERT_BATCH).enumerate() {
            let first = (batch_no * INSERT_BATCH) as i64;
            let mut qb = QueryBuilder::new("INSERT INTO pooldesk_job_items (job_id, seq, username) ");
            qb.push_values(batch.iter().enumerate(), |mut row, (i, username)| {
                row.push_bind($job_id.to_string()).push_bind(first + i as i64).push_bind(username.clone());
            });
            qb.build().execute(&mut **$tx).await?;
        }
        Ok::<(), sqlx::Error>(())
    }};
}

/// Stores a new job, queued, with its users when they are known.
pub async fn insert(db: &Db, job: &StoredJob, users: &[String]) -> Result<(), sqlx::Error> {
    let spec = serde_json::to_string(&job.spec).map_err(|e| sqlx::Error::Encode(e.into()))?;
    on_db!(db, pool => {
        let mut tx = pool.begin().await?;
        let mut qb = QueryBuilder::new(format!("INSERT INTO pooldesk_jobs ({COLUMNS}) "));
        qb.push_values([job], |mut row, j| {
            row.push_bind(j.id.clone())
                .push_bind(j.pool_id.clone())
                .push_bind(spec.clone())
                .push_bind(j.label.clone())
                .push_bind(j.state.as_str())
                .push_bind(j.owner.sub.clone())
                .push_bind(j.owner.username.clone())
                .push_bind(j.owner.email.clone())
                .push_bind(j.owner.role.label())
                .push_bind(i64::from(j.stepped_up))
                .push_bind(j.created_ms)
                .push_bind(j.finished_ms)
                .push_bind(j.total)
                .push_bind(j.processed)
                .push_bind(j.reason.clone())
                .push_bind(j.estimate_secs)
                .push_bind(i64::from(j.cancel))
                .push_bind(j.lang.key());
        });
        qb.build().execute(&mut *tx).await?;
        insert_items!(&mut tx, &job.id, users)?;
        tx.commit().await
    })
}

/// The users of a job whose selection was a search, listed by the job: replaces any left by
/// a listing cut short, and sets the total, in one transaction.
pub async fn set_items(db: &Db, job_id: &str, users: &[String]) -> Result<(), sqlx::Error> {
    on_db!(db, pool => {
        let mut tx = pool.begin().await?;
        let mut qb = QueryBuilder::new("DELETE FROM pooldesk_job_items WHERE job_id = ");
        qb.push_bind(job_id.to_string());
        qb.build().execute(&mut *tx).await?;
        insert_items!(&mut tx, job_id, users)?;
        let mut qb = QueryBuilder::new("UPDATE pooldesk_jobs SET total = ");
        qb.push_bind(users.len() as i64).push(" WHERE id = ").push_bind(job_id.to_string());
        qb.build().execute(&mut *tx).await?;
        tx.commit().await
    })
}

pub async fn load(db: &Db, id: &str) -> Result<Option<StoredJob>, sqlx::Error> {
    on_db!(db, pool => {
        let mut qb = QueryBuilder::new(format!("SELECT {COLUMNS} FROM pooldesk_jobs WHERE id = "));
        qb.push_bind(id.to_string());
        match qb.build().fetch_optional(pool).await? {
            Some(row) => stored(&row).map(Some),
            None => Ok(None),
        }
    })
}

/// At a console's start: the jobs its previous run was running are free to take again (by it
/// or by another console).
pub async fn release_own(db: &Db, replica: &str) -> Result<u64, sqlx::Error> {
    on_db!(db, pool => {
        let mut qb = QueryBuilder::new("UPDATE pooldesk_jobs SET runner = NULL WHERE runner = ");
        qb.push_bind(replica.to_string()).push(" AND state IN ('queued', 'running')");
        qb.build().execute(pool).await.map(|r| r.rows_affected())
    })
}

/// Leaves a job for any console to take again (its run failed on the database).
pub async fn release(db: &Db, job_id: &str) -> Result<(), sqlx::Error> {
    on_db!(db, pool => {
        let mut qb = QueryBuilder::new("UPDATE pooldesk_jobs SET runner = NULL WHERE id = ");
        qb.push_bind(job_id.to_string());
        qb.build().execute(pool).await.map(|_| ())
    })
}

/// Takes the oldest job no live console runs, for `replica`: one statement, so that of several
/// consoles on one database exactly one gets it (PostgreSQL re-checks the condition on the
/// row it locked). A console is live if its heartbeat is newer than `alive_since_ms`.
pub async fn claim(db: &Db, replica: &str, alive_since_ms: i64) -> Result<Option<String>, sqlx::Error> {
    on_db!(db, pool => {
        let free = |qb: &mut QueryBuilder<_>| {
            qb.push("state IN ('queued', 'running') AND (runner IS NULL OR runner NOT IN \
                     (SELECT name FROM pooldesk_replicas WHERE seen_ms >= ")
                .push_bind(alive_since_ms)
                .push("))");
        };
        let mut qb = QueryBuilder::new("UPDATE pooldesk_jobs SET state = 'running', runner = ");
        qb.push_bind(replica.to_string());
        qb.push(" WHERE id = (SELECT id FROM pooldesk_jobs WHERE ");
        free(&mut qb);
        qb.push(" ORDER BY created_ms LIMIT 1) AND ");
        free(&mut qb);
        qb.push(" RETURNING id");
        qb.build_query_scalar::<String>().fetch_optional(pool).await
    })
}

/// Items still to do, in order: never attempted, or cut short (no outcome was recorded, so
/// the change is checked again).
pub async fn pending_items(db: &Db, job_id: &str) -> Result<Vec<(i64, String)>, sqlx::Error> {
    on_db!(db, pool => {
        let mut qb = QueryBuilder::new("SELECT seq, username FROM pooldesk_job_items WHERE job_id = ");
        qb.push_bind(job_id.to_string());
        qb.push(" AND outcome IS NULL ORDER BY seq");
        let rows = qb.build().fetch_all(pool).await?;
        rows.iter().map(|r| Ok((r.try_get("seq")?, r.try_get("username")?))).collect()
    })
}

fn outcome_columns(outcome: Option<&BulkOutcome>) -> (Option<&'static str>, Option<String>) {
    match outcome {
        None => (None, None),
        Some(BulkOutcome::Done) => (Some("done"), None),
        Some(BulkOutcome::Already) => (Some("already"), None),
        Some(BulkOutcome::Failed(why)) => (Some("failed"), Some(why.clone())),
    }
}

/// Records an item's outcome (`None`: back to not attempted).
pub async fn set_item(
    db: &Db,
    job_id: &str,
    seq: i64,
    outcome: Option<&BulkOutcome>,
) -> Result<(), sqlx::Error> {
    let (code, detail) = outcome_columns(outcome);
    on_db!(db, pool => {
        let mut qb = QueryBuilder::new("UPDATE pooldesk_job_items SET outcome = ");
        qb.push_bind(code).push(", detail = ").push_bind(detail);
        qb.push(" WHERE job_id = ").push_bind(job_id.to_string()).push(" AND seq = ").push_bind(seq);
        qb.build().execute(pool).await.map(|_| ())
    })
}

pub async fn cancel_requested(db: &Db, job_id: &str) -> Result<bool, sqlx::Error> {
    on_db!(db, pool => {
        let mut qb = QueryBuilder::new("SELECT cancel FROM pooldesk_jobs WHERE id = ");
        qb.push_bind(job_id.to_string());
        qb.build_query_scalar::<i64>().fetch_optional(pool).await.map(|c| c.unwrap_or(1) != 0)
    })
}

/// Asks a job to stop; one still queued is cancelled at once. Returns whether it was active.
pub async fn request_cancel(db: &Db, job_id: &str, now_ms: i64) -> Result<bool, sqlx::Error> {
    on_db!(db, pool => {
        let mut qb = QueryBuilder::new("UPDATE pooldesk_jobs SET cancel = 1 WHERE state IN ('queued', 'running') AND id = ");
        qb.push_bind(job_id.to_string());
        let active = qb.build().execute(pool).await?.rows_affected() > 0;
        let mut qb = QueryBuilder::new("UPDATE pooldesk_jobs SET state = 'cancelled', finished_ms = ");
        qb.push_bind(now_ms).push(" WHERE state = 'queued' AND id = ").push_bind(job_id.to_string());
        qb.build().execute(pool).await?;
        Ok(active)
    })
}

/// Ends a job (finished, stopped with `reason`, or cancelled).
pub async fn finish(
    db: &Db,
    job_id: &str,
    state: JobState,
    reason: Option<&str>,
    now_ms: i64,
) -> Result<(), sqlx::Error> {
    on_db!(db, pool => {
        let mut qb = QueryBuilder::new("UPDATE pooldesk_jobs SET state = ");
        qb.push_bind(state.as_str()).push(", reason = ").push_bind(reason.map(str::to_string));
        qb.push(", finished_ms = ").push_bind(now_ms).push(", runner = NULL WHERE id = ");
        qb.push_bind(job_id.to_string());
        qb.build().execute(pool).await.map(|_| ())
    })
}

/// An export's progress: users written, and the estimated total.
pub async fn set_progress(
    db: &Db,
    job_id: &str,
    processed: i64,
    total: Option<i64>,
) -> Result<(), sqlx::Error> {
    on_db!(db, pool => {
        let mut qb = QueryBuilder::new("UPDATE pooldesk_jobs SET processed = ");
        qb.push_bind(processed).push(", total = COALESCE(").push_bind(total).push(", total)");
        qb.push(" WHERE id = ").push_bind(job_id.to_string());
        qb.build().execute(pool).await.map(|_| ())
    })
}

/// Drops an export's file (a run cut short starts it again).
pub async fn clear_output(db: &Db, job_id: &str) -> Result<(), sqlx::Error> {
    on_db!(db, pool => {
        let mut qb = QueryBuilder::new("DELETE FROM pooldesk_job_output WHERE job_id = ");
        qb.push_bind(job_id.to_string());
        qb.build().execute(pool).await.map(|_| ())
    })
}

pub async fn append_output(db: &Db, job_id: &str, seq: i64, data: &str) -> Result<(), sqlx::Error> {
    on_db!(db, pool => {
        let mut qb = QueryBuilder::new("INSERT INTO pooldesk_job_output (job_id, seq, data) VALUES (");
        qb.push_bind(job_id.to_string()).push(", ").push_bind(seq).push(", ").push_bind(data.to_string()).push(")");
        qb.build().execute(pool).await.map(|_| ())
    })
}

/// Chunk `seq` of an export's file, if there is one.
pub async fn output_chunk(db: &Db, job_id: &str, seq: i64) -> Result<Option<String>, sqlx::Error> {
    on_db!(db, pool => {
        let mut qb = QueryBuilder::new("SELECT data FROM pooldesk_job_output WHERE job_id = ");
        qb.push_bind(job_id.to_string()).push(" AND seq = ").push_bind(seq);
        qb.build_query_scalar::<String>().fetch_optional(pool).await
    })
}

/// A finished export's whole file (a backup, read back for a restore).
pub async fn output_text(db: &Db, job_id: &str) -> Result<Option<String>, sqlx::Error> {
    let chunks: Vec<String> = on_db!(db, pool => {
        let mut qb = QueryBuilder::new("SELECT data FROM pooldesk_job_output WHERE job_id = ");
        qb.push_bind(job_id.to_string()).push(" ORDER BY seq");
        qb.build_query_scalar::<String>().fetch_all(pool).await
    })?;
    Ok((!chunks.is_empty()).then(|| chunks.concat()))
}

/// (done, already, failed) of the items of each job in `ids`, in one query (a job with no
/// outcome yet is absent).
pub async fn tallies(db: &Db, ids: &[&str]) -> Result<HashMap<String, (u64, u64, u64)>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    on_db!(db, pool => {
        let mut qb = QueryBuilder::new(
            "SELECT job_id, outcome, COUNT(*) AS n FROM pooldesk_job_items WHERE outcome IS NOT NULL AND job_id IN (",
        );
        let mut listed = qb.separated(", ");
        for id in ids {
            listed.push_bind(id.to_string());
        }
        qb.push(") GROUP BY job_id, outcome");
        let rows = qb.build().fetch_all(pool).await?;
        let mut counts: HashMap<String, (u64, u64, u64)> = HashMap::new();
        for r in &rows {
            let n = r.try_get::<i64, _>("n")?.max(0) as u64;
            let count = counts.entry(r.try_get("job_id")?).or_default();
            match r.try_get::<String, _>("outcome")?.as_str() {
                "done" => count.0 += n,
                "already" => count.1 += n,
                "failed" => count.2 += n,
                _ => {}
            }
        }
        Ok(counts)
    })
}

/// A job's items for its report: failures first, then in order; at most `limit`.
pub async fn items(db: &Db, job_id: &str, limit: i64) -> Result<Vec<JobItem>, sqlx::Error> {
    on_db!(db, pool => {
        let mut qb = QueryBuilder::new("SELECT username, outcome, detail FROM pooldesk_job_items WHERE job_id = ");
        qb.push_bind(job_id.to_string());
        qb.push(" ORDER BY CASE WHEN outcome = 'failed' THEN 0 ELSE 1 END, seq LIMIT ").push_bind(limit);
        let rows = qb.build().fetch_all(pool).await?;
        rows.iter()
            .map(|r| {
                let outcome: Option<String> = r.try_get("outcome")?;
                let detail: Option<String> = r.try_get("detail")?;
                Ok(JobItem {
                    username: r.try_get("username")?,
                    outcome: match outcome.as_deref() {
                        Some("done") => Some(BulkOutcome::Done),
                        Some("already") => Some(BulkOutcome::Already),
                        Some("failed") => Some(BulkOutcome::Failed(detail.unwrap_or_default())),
                        _ => None,
                    },
                })
            })
            .collect()
    })
}

/// The newest jobs, of one operator (by `sub`) or everyone's.
pub async fn recent(db: &Db, owner_sub: Option<&str>, limit: i64) -> Result<Vec<StoredJob>, sqlx::Error> {
    on_db!(db, pool => {
        let mut qb = QueryBuilder::new(format!("SELECT {COLUMNS} FROM pooldesk_jobs WHERE 1 = 1"));
        if let Some(sub) = owner_sub {
            qb.push(" AND owner_sub = ").push_bind(sub.to_string());
        }
        qb.push(" ORDER BY created_ms DESC LIMIT ").push_bind(limit);
        let rows = qb.build().fetch_all(pool).await?;
        rows.iter().map(stored).collect()
    })
}

/// What the pages show of stored jobs, their items counted in one query.
pub async fn summaries(db: &Db, jobs: &[StoredJob]) -> Result<Vec<JobSummary>, sqlx::Error> {
    let itemised: Vec<&str> = jobs
        .iter()
        .filter(|j| !matches!(j.spec, JobSpec::Export { .. } | JobSpec::Index { .. }))
        .map(|j| j.id.as_str())
        .collect();
    let tallies = tallies(db, &itemised).await?;
    Ok(jobs.iter().map(|job| summary_of(job, tallies.get(&job.id).copied().unwrap_or_default())).collect())
}

fn summary_of(job: &StoredJob, (done, already, failed): (u64, u64, u64)) -> JobSummary {
    let processed = match job.spec {
        JobSpec::Bulk { .. } | JobSpec::Restore { .. } | JobSpec::Import { .. } => done + already + failed,
        JobSpec::Export { .. } | JobSpec::Index { .. } => job.processed.max(0) as u64,
    };
    JobSummary {
        id: job.id.clone(),
        // In the reader's language (the store keeps the English).
        label: job.spec.label(crate::i18n::lang()),
        pool_id: job.pool_id.clone(),
        state: job.state,
        started_by: job.owner.email.clone().unwrap_or_else(|| job.owner.username.clone()),
        created_ms: job.created_ms,
        finished_ms: job.finished_ms,
        total: job.total.map(|t| t.max(0) as u64),
        processed,
        done,
        already,
        failed,
        reason: job.reason.clone(),
        estimate_secs: job.estimate_secs.map(|s| s.max(0) as u64),
    }
}

/// When the newest index build of `pool_id` was queued, and whether one is queued or running.
pub async fn last_index_build(db: &Db, pool_id: &str) -> Result<(Option<i64>, Option<String>), sqlx::Error> {
    on_db!(db, pool => {
        let mut qb = QueryBuilder::new("SELECT id, state, created_ms FROM pooldesk_jobs WHERE pool_id = ");
        qb.push_bind(pool_id.to_string()).push(" AND spec LIKE '{\"Index\"%' ORDER BY created_ms DESC LIMIT 1");
        let Some(row) = qb.build().fetch_optional(pool).await? else { return Ok((None, None)) };
        let state: String = row.try_get("state")?;
        let active = JobState::parse(&state).is_some_and(JobState::is_active);
        Ok((Some(row.try_get("created_ms")?), active.then(|| row.try_get("id")).transpose()?))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A console's database from before jobs had a language: `migrate` adds the column (once;
    /// a second start changes nothing), and the old jobs read as English.
    #[tokio::test]
    async fn a_database_from_before_gets_the_job_s_language() {
        let pool = sqlx::sqlite::SqlitePoolOptions::new()
            .max_connections(1)
            .connect("sqlite::memory:")
            .await
            .unwrap();
        sqlx::query(
            "CREATE TABLE pooldesk_jobs (id TEXT PRIMARY KEY, pool_id TEXT NOT NULL, \
             spec TEXT NOT NULL, label TEXT NOT NULL, state TEXT NOT NULL, owner_sub TEXT NOT NULL, \
             owner_username TEXT NOT NULL, owner_email TEXT, owner_role TEXT NOT NULL, \
             stepped_up BIGINT NOT NULL, created_ms BIGINT NOT NULL, finished_ms BIGINT, runner TEXT, \
             total BIGINT, processed BIGINT NOT NULL, reason TEXT, estimate_secs BIGINT, \
             cancel BIGINT NOT NULL)",
        )
        .execute(&pool)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO pooldesk_jobs VALUES ('old', 'eu-west-1_a', '{\"Index\":{\"because\":null}}', \
             'Build the search index', 'finished', 's', 'ann', NULL, 'admin', 0, 1, 2, NULL, NULL, 0, \
             NULL, NULL, 0)",
        )
        .execute(&pool)
        .await
        .unwrap();
        let db = Db::Sqlite(pool);
        migrate(&db).await.unwrap();
        migrate(&db).await.unwrap();
        let old = load(&db, "old").await.unwrap().expect("the old job is still there");
        assert_eq!((old.lang, old.spec), (Lang::En, JobSpec::Index { because: None }));
    }
}
