//! The console's database: sessions, the audit log, the jobs, the pools' index and the forms'
//! answers waiting for their page, in one place. SQLite in the data directory by default; PostgreSQL when
//! `DATABASE_URL` is a `postgres://` URL (several console
//! instances can then share sessions and the log).

use std::time::Duration;

use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};
use tower_sessions::ExpiredDeletion;
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

use super::config::ServeConfig;

#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Runs `$body` with `$pool` bound to the concrete pool: the same code, compiled per backend
/// (sqlx's query builders pick each backend's placeholders).
macro_rules! on_db {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            $crate::server::db::Db::Sqlite($pool) => $body,
            $crate::server::db::Db::Postgres($pool) => $body,
        }
    };
}
pub(crate) use on_db;

impl Db {
    /// Whether the database answers (for `/readyz`).
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        on_db!(self, pool => sqlx::query("SELECT 1").execute(pool).await.map(|_| ()))
    }
}

/// `text` for a LIKE pattern with `ESCAPE '\'`: its `%`, `_` and `\` taken literally (the
/// audit log's searches and the index's).
pub(crate) fn escape_like(text: &str) -> String {
    text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

pub fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// Opens the database, creates or updates its tables, and starts the sweeper of expired
/// sessions.
pub async fn open(config: &ServeConfig) -> Result<Db, String> {
    let url = config.database_url();
    let db = if is_postgres(&url) {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(5))
            .connect(&url)
            .await
            .map_err(|e| format!("cannot connect to the PostgreSQL database: {e}"))?;
        Db::Postgres(pool)
    } else {
        if config.database_url.is_none() {
            std::fs::create_dir_all(&config.data_dir)
                .map_err(|e| format!("cannot create data directory {}: {e}", config.data_dir.display()))?;
        }
        let options: SqliteConnectOptions = url.parse().map_err(|e| format!("invalid database URL: {e}"))?;
        // WAL: readers (the Audit page, session loads) do not wait for a writer.
        let options = options
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await
            .map_err(|e| format!("cannot open the database: {e}"))?;
        Db::Sqlite(pool)
    };
    migrate(&db).await.map_err(|e| format!("cannot prepare the database: {e}"))?;
    let replica = config.replica_name();
    let interrupted = super::audit::interrupt_own(&db, &replica)
        .await
        .map_err(|e| format!("cannot prepare the database: {e}"))?;
    if interrupted > 0 {
        tracing::warn!(interrupted, %replica, "changes cut short by this replica's last stop are marked interrupted in the audit log");
    }
    tokio::spawn(upkeep(db.clone(), replica));
    match &db {
        Db::Sqlite(pool) => {
            tokio::spawn(SqliteStore::new(pool.clone()).continuously_delete_expired(SWEEP));
        }
        Db::Postgres(pool) => {
            tokio::spawn(PostgresStore::new(pool.clone()).continuously_delete_expired(SWEEP));
        }
    }
    Ok(db)
}

const SWEEP: tokio::time::Duration = tokio::time::Duration::from_secs(300);

/// Every heartbeat: this replica is alive, the unfinished changes of replicas gone are marked
/// interrupted, spent sign-in budgets are whole again, and forms' answers no page took are
/// dropped.
async fn upkeep(db: Db, replica: String) {
    let mut tick = tokio::time::interval(super::audit::HEARTBEAT);
    loop {
        tick.tick().await;
        let now = super::now_ms();
        match super::audit::heartbeat(&db, &replica, now).await {
            Ok(0) => {}
            Ok(interrupted) => tracing::warn!(
                interrupted,
                "changes of a replica gone are marked interrupted in the audit log"
            ),
            Err(e) => tracing::warn!(error = %e, "replica heartbeat failed"),
        }
        if let Err(e) = super::limits::sweep(&db, now).await {
            tracing::warn!(error = %e, "sweeping the sign-in limits failed");
        }
        if let Err(e) = super::flash::sweep(&db, now).await {
            tracing::warn!(error = %e, "sweeping the forms' answers failed");
        }
    }
}

async fn migrate(db: &Db) -> Result<(), sqlx::Error> {
    match db {
        Db::Sqlite(pool) => {
            SqliteStore::new(pool.clone()).migrate().await?;
            super::audit::migrate(db).await?;
            super::jobs::store::migrate(db).await?;
            super::flash::migrate(db).await?;
            super::index::migrate(db).await?;
            super::limits::migrate(db).await
        }
        Db::Postgres(pool) => {
            // Several instances (or test harnesses) may start at once; `CREATE … IF NOT EXISTS`
            // races in PostgreSQL, so migrations take turns under an advisory lock.
            let mut lock = pool.acquire().await?;
            sqlx::query("SELECT pg_advisory_lock(7262013)").execute(&mut *lock).await?;
            let result = async {
                PostgresStore::new(pool.clone()).migrate().await?;
                super::audit::migrate(db).await?;
                super::jobs::store::migrate(db).await?;
                super::flash::migrate(db).await?;
                super::index::migrate(db).await?;
                super::limits::migrate(db).await
            }
            .await;
            sqlx::query("SELECT pg_advisory_unlock(7262013)").execute(&mut *lock).await?;
            result
        }
    }
}
