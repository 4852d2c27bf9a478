//! The console's index of a pool: its users (status, enabled, dates), their attributes (one row
//! each, custom ones included) and their memberships, in the console's database (SQLite or
//! PostgreSQL, the same statements through `on_db!`), for the searches and counts Cognito cannot
//! make (`search`). Written three ways:
//!
//! - a build (`server::jobs::index`) reads the whole pool, paced under UserList, and writes it
//!   page by page in place: the index answers while it is rebuilt. Each build has a generation;
//!   every row it writes (or sees) carries it, and at the end what it did not see (users or
//!   memberships deleted behind the console's back) goes;
//! - the support desk (`server::desk`) applies each change it makes to an indexed pool as it
//!   makes it, so the index follows the console without a rebuild;
//! - a restore or an import (which create many users at once) queues a rebuild when it ends.
//!
//! Known gap: a change made through the console in the instant between a build reading a user's
//! page and writing it is overwritten by what the build read; the next build mends it.

pub mod search;

use sqlx::{QueryBuilder, Row};

use crate::model::index::IndexStatus;
use crate::model::user::UserDetail;
use crate::model::user_export::ExportedUser;
use crate::server::db::{Db, on_db};

pub async fn migrate(db: &Db) -> Result<(), sqlx::Error> {
    on_db!(db, pool => {
        sqlx::query(
            "CREATE TABLE IF NOT EXISTS pooldesk_index_pools (pool_id TEXT PRIMARY KEY, \
             generation BIGINT NOT NULL, built_ms BIGINT, users BIGINT NOT NULL, every_hours BIGINT, \
             schedule_owner TEXT, attributes TEXT)",
        )
        .execute(pool)
        .await?;
        // The index is Cognito's data copied, nothing of its own: an index written by an
        // earlier version (without the `contact` the analytics count) is dropped, and its
        // pools show as not built (their schedules stay, and build them at once).
        if sqlx::query("SELECT contact FROM pooldesk_index_users WHERE 1 = 0").execute(pool).await.is_err() {
            for table in ["pooldesk_index_users", "pooldesk_index_attributes", "pooldesk_index_members"] {
                sqlx::query(&format!("DROP TABLE IF EXISTS {table}")).execute(pool).await?;
            }
            sqlx::query("UPDATE pooldesk_index_pools SET generation = 0, built_ms = NULL, users = 0").execute(pool).await?;
        }
        Ok::<(), sqlx::Error>(())
    })?;
    let statements = [
        // `contact`: `Contact`'s bits, from the attributes.
        "CREATE TABLE IF NOT EXISTS pooldesk_index_users (pool_id TEXT NOT NULL, username TEXT NOT NULL, \
         email TEXT NOT NULL, status TEXT NOT NULL, enabled BIGINT NOT NULL, created BIGINT NOT NULL, \
         modified BIGINT NOT NULL, seen BIGINT NOT NULL, contact BIGINT NOT NULL, PRIMARY KEY (pool_id, username))",
        // The analytics count a pool's users by these from the index alone, in its order.
        "CREATE INDEX IF NOT EXISTS pooldesk_index_users_kinds ON pooldesk_index_users (pool_id, status, enabled, contact)",
        "CREATE INDEX IF NOT EXISTS pooldesk_index_users_email ON pooldesk_index_users (pool_id, email, username)",
        "CREATE INDEX IF NOT EXISTS pooldesk_index_users_status ON pooldesk_index_users (pool_id, status, username)",
        "CREATE INDEX IF NOT EXISTS pooldesk_index_users_created ON pooldesk_index_users (pool_id, created, username)",
        "CREATE INDEX IF NOT EXISTS pooldesk_index_users_modified ON pooldesk_index_users (pool_id, modified, username)",
        "CREATE TABLE IF NOT EXISTS pooldesk_index_attributes (pool_id TEXT NOT NULL, name TEXT NOT NULL, \
         username TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (pool_id, username, name))",
        // Covering: a search reads one attribute's values and usernames from the index alone,
        // and equals / starts with seek in it.
        "CREATE INDEX IF NOT EXISTS pooldesk_index_attributes_value ON pooldesk_index_attributes (pool_id, name, value, username)",
        "CREATE TABLE IF NOT EXISTS pooldesk_index_members (pool_id TEXT NOT NULL, group_name TEXT NOT NULL, \
         username TEXT NOT NULL, seen BIGINT NOT NULL, PRIMARY KEY (pool_id, group_name, username))",
        "CREATE INDEX IF NOT EXISTS pooldesk_index_members_user ON pooldesk_index_members (pool_id, username)",
        "CREATE TABLE IF NOT EXISTS pooldesk_saved_searches (id TEXT PRIMARY KEY, operator_sub TEXT NOT NULL, \
         pool_id TEXT NOT NULL, name TEXT NOT NULL, query TEXT NOT NULL, created_ms BIGINT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS pooldesk_saved_searches_owner ON pooldesk_saved_searches (operator_sub, pool_id)",
    ];
    on_db!(db, pool => {
        for statement in statements {
            sqlx::query(statement).execute(pool).await?;
        }
        Ok::<(), sqlx::Error>(())
    })?;
    if let Db::Postgres(pool) = db {
        // "Contains" and "ends with" cannot use a b-tree; with pg_trgm (PostgreSQL's contrib,
        // creating it needs the right to) a trigram index serves them. Without it, they scan.
        let trigrams = async {
            sqlx::query("CREATE EXTENSION IF NOT EXISTS pg_trgm").execute(pool).await?;
            sqlx::query(
                "CREATE INDEX IF NOT EXISTS pooldesk_index_attributes_trigrams ON pooldesk_index_attributes \
                 USING gin (value gin_trgm_ops)",
            )
            .execute(pool)
            .await
        };
        if let Err(e) = trigrams.await {
            tracing::info!(error = %e, "index: no trigram index (pg_trgm unavailable); contains-searches scan");
        }
    }
    Ok(())
}

/// What a user has of an email address and a phone number, and whether Cognito has them
/// verified: the users' `contact` column (bits), for the analytics' counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Contact {
    pub has_email: bool,
    pub email_verified: bool,
    pub has_phone: bool,
    pub phone_verified: bool,
}

impl Contact {
    pub fn of(attributes: &[(String, String)]) -> Self {
        let value = |name: &str| attributes.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
        Contact {
            has_email: value("email").is_some_and(|v| !v.is_empty()),
            email_verified: value("email_verified") == Some("true"),
            has_phone: value("phone_number").is_some_and(|v| !v.is_empty()),
            phone_verified: value("phone_number_verified") == Some("true"),
        }
    }

    pub fn bits(self) -> i64 {
        [self.has_email, self.email_verified, self.has_phone, self.phone_verified]
            .into_iter()
            .enumerate()
            .map(|(bit, set)| i64::from(set) << bit)
            .sum()
    }

    pub fn from_bits(bits: i64) -> Self {
        let set = |bit: u32| bits & (1 << bit) != 0;
        Contact { has_email: set(0), email_verified: set(1), has_phone: set(2), phone_verified: set(3) }
    }
}

/// The index of every pool, in the console's database. Its writers are the build job and the
/// desk; server functions get only `IndexRead`, from the guard (`Guard::index`: any role).
#[derive(Clone, Debug)]
pub struct PoolIndex {
    db: Db,
}

/// What any role may do with the index: read it, and keep its own saved searches (`search`).
#[derive(Clone, Copy, Debug)]
pub struct IndexRead<'a>(&'a PoolIndex);

/// Users written per transaction by a build.
pub const WRITE_BATCH: usize = 500;
/// Rows per INSERT (at most 9 values each: well under SQLite's limit on bound values).
const ROWS_PER_INSERT: usize = 1_000;

impl PoolIndex {
    pub fn new(db: Db) -> Self {
        Self { db }
    }

    pub fn read(&self) -> IndexRead<'_> {
        IndexRead(self)
    }

    /// Where `pool_id`'s index stands (`can_build` and `building` are the caller's to fill).
    async fn status(&self, pool_id: &str) -> Result<IndexStatus, sqlx::Error> {
        on_db!(&self.db, pool => {
            let mut qb = QueryBuilder::new("SELECT built_ms, users, every_hours, attributes FROM pooldesk_index_pools WHERE pool_id = ");
            qb.push_bind(pool_id.to_string());
            let row = qb.build().fetch_optional(pool).await?;
            Ok(match row {
                None => IndexStatus::default(),
                Some(r) => IndexStatus {
                    built_ms: r.try_get("built_ms")?,
                    users: r.try_get::<i64, _>("users")?.max(0) as u64,
                    every_hours: r.try_get::<Option<i64>, _>("every_hours")?.map(|h| h.clamp(0, u32::MAX as i64) as u32),
                    attributes: r
                        .try_get::<Option<String>, _>("attributes")?
                        .and_then(|a| serde_json::from_str(&a).ok())
                        .unwrap_or_default(),
                    age_secs: r
                        .try_get::<Option<i64>, _>("built_ms")?
                        .map(|built| ((crate::server::now_ms() - built) / 1000).max(0) as u64),
                    ..IndexStatus::default()
                },
            })
        })
    }

    /// The generation the desk's changes carry, when `pool_id` has an index.
    pub(in crate::server) async fn generation(&self, pool_id: &str) -> Result<Option<i64>, sqlx::Error> {
        on_db!(&self.db, pool => {
            let mut qb = QueryBuilder::new("SELECT generation FROM pooldesk_index_pools WHERE pool_id = ");
            qb.push_bind(pool_id.to_string());
            let generation = qb.build().fetch_optional(pool).await?.map(|r| r.try_get::<i64, _>("generation")).transpose()?;
            // 0: a schedule set before any build.
            Ok(generation.filter(|g| *g > 0))
        })
    }

    /// A build starts: the pool's next generation.
    pub async fn begin_build(&self, pool_id: &str) -> Result<i64, sqlx::Error> {
        on_db!(&self.db, pool => {
            let mut qb = QueryBuilder::new(
                "INSERT INTO pooldesk_index_pools (pool_id, generation, users) VALUES (",
            );
            qb.push_bind(pool_id.to_string()).push(", 1, 0) ON CONFLICT (pool_id) DO UPDATE SET generation = pooldesk_index_pools.generation + 1 RETURNING generation");
            qb.build().fetch_one(pool).await?.try_get::<i64, _>("generation")
        })
    }

    /// Writes the memberships a build read (`username → groups`).
    pub async fn write_members(
        &self,
        pool_id: &str,
        members: &[(String, String)],
        generation: i64,
    ) -> Result<(), sqlx::Error> {
        on_db!(&self.db, pool => {
            let mut tx = pool.begin().await?;
            for batch in members.chunks(ROWS_PER_INSERT) {
                let mut qb = QueryBuilder::new("INSERT INTO pooldesk_index_members (pool_id, group_name, username, seen) ");
                qb.push_values(batch, |mut row, (group, username)| {
                    row.push_bind(pool_id.to_string()).push_bind(group.clone()).push_bind(username.clone()).push_bind(generation);
                });
                qb.push(" ON CONFLICT (pool_id, group_name, username) DO UPDATE SET seen = excluded.seen");
                qb.build().execute(&mut *tx).await?;
            }
            tx.commit().await
        })
    }

    /// Writes users as Cognito has them (their attributes replaced whole), in one transaction.
    /// Their memberships are not touched.
    pub async fn write_users(
        &self,
        pool_id: &str,
        users: &[ExportedUser],
        generation: i64,
    ) -> Result<(), sqlx::Error> {
        if users.is_empty() {
            return Ok(());
        }
        let attributes: Vec<(&str, &str, &str)> = users
            .iter()
            .flat_map(|u| {
                u.attributes.iter().map(move |(n, v)| (u.username.as_str(), n.as_str(), v.as_str()))
            })
            .collect();
        on_db!(&self.db, pool => {
            let mut tx = pool.begin().await?;
            for batch in users.chunks(ROWS_PER_INSERT) {
                let mut qb = QueryBuilder::new("DELETE FROM pooldesk_index_attributes WHERE pool_id = ");
                qb.push_bind(pool_id.to_string()).push(" AND username IN (");
                let mut names = qb.separated(", ");
                for u in batch {
                    names.push_bind(u.username.clone());
                }
                qb.push(")");
                qb.build().execute(&mut *tx).await?;
                let mut qb = QueryBuilder::new(
                    "INSERT INTO pooldesk_index_users (pool_id, username, email, status, enabled, created, modified, seen, contact) ",
                );
                qb.push_values(batch, |mut row, u| {
                    row.push_bind(pool_id.to_string())
                        .push_bind(u.username.clone())
                        .push_bind(u.attributes.iter().find(|(n, _)| n == "email").map(|(_, v)| v.clone()).unwrap_or_default())
                        .push_bind(u.status.clone())
                        .push_bind(i64::from(u.enabled))
                        .push_bind(u.created.unwrap_or_default())
                        .push_bind(u.modified.unwrap_or_default())
                        .push_bind(generation)
                        .push_bind(Contact::of(&u.attributes).bits());
                });
                qb.push(
                    " ON CONFLICT (pool_id, username) DO UPDATE SET email = excluded.email, status = excluded.status, \
                     enabled = excluded.enabled, created = excluded.created, modified = excluded.modified, seen = excluded.seen, \
                     contact = excluded.contact",
                );
                qb.build().execute(&mut *tx).await?;
            }
            for batch in attributes.chunks(ROWS_PER_INSERT) {
                let mut qb = QueryBuilder::new("INSERT INTO pooldesk_index_attributes (pool_id, name, username, value) ");
                qb.push_values(batch, |mut row, (username, name, value)| {
                    row.push_bind(pool_id.to_string()).push_bind(name.to_string()).push_bind(username.to_string()).push_bind(value.to_string());
                });
                qb.build().execute(&mut *tx).await?;
            }
            tx.commit().await
        })
    }

    /// A build ended: what it did not see goes, and the index is ready as of `now_ms`, with
    /// the attribute names it found.
    pub async fn finish_build(
        &self,
        pool_id: &str,
        generation: i64,
        attributes: &[String],
        now_ms: i64,
    ) -> Result<u64, sqlx::Error> {
        let attributes = serde_json::to_string(attributes).unwrap_or_default();
        let users = on_db!(&self.db, pool => {
            let mut tx = pool.begin().await?;
            let gone = "(SELECT username FROM pooldesk_index_users WHERE pool_id = ";
            for table in ["pooldesk_index_attributes", "pooldesk_index_members"] {
                let mut qb = QueryBuilder::new(format!("DELETE FROM {table} WHERE pool_id = "));
                qb.push_bind(pool_id.to_string()).push(" AND username IN ").push(gone);
                qb.push_bind(pool_id.to_string()).push(" AND seen < ").push_bind(generation).push(")");
                qb.build().execute(&mut *tx).await?;
            }
            for table in ["pooldesk_index_users", "pooldesk_index_members"] {
                let mut qb = QueryBuilder::new(format!("DELETE FROM {table} WHERE pool_id = "));
                qb.push_bind(pool_id.to_string()).push(" AND seen < ").push_bind(generation);
                qb.build().execute(&mut *tx).await?;
            }
            // A member is a user of the index (the analytics count "in no group" on it): a user
            // deleted between the build's reading of the groups and of the users goes here.
            let mut qb = QueryBuilder::new("DELETE FROM pooldesk_index_members WHERE pool_id = ");
            qb.push_bind(pool_id.to_string()).push(" AND username NOT IN (SELECT username FROM pooldesk_index_users WHERE pool_id = ");
            qb.push_bind(pool_id.to_string()).push(")");
            qb.build().execute(&mut *tx).await?;
            let mut qb = QueryBuilder::new("SELECT COUNT(*) AS n FROM pooldesk_index_users WHERE pool_id = ");
            qb.push_bind(pool_id.to_string());
            let users: i64 = qb.build().fetch_one(&mut *tx).await?.try_get("n")?;
            let mut qb = QueryBuilder::new("UPDATE pooldesk_index_pools SET built_ms = ");
            qb.push_bind(now_ms).push(", users = ").push_bind(users).push(", attributes = ").push_bind(attributes);
            qb.push(" WHERE pool_id = ").push_bind(pool_id.to_string());
            qb.build().execute(&mut *tx).await?;
            tx.commit().await?;
            Ok::<u64, sqlx::Error>(users.max(0) as u64)
        })?;
        // A build writes most of the tables at once: PostgreSQL's planner needs fresh
        // statistics to reach for the trigram and covering indexes rather than a scan, and
        // its index-only scans a vacuumed table (else they read every row's page as well).
        if let Db::Postgres(pool) = &self.db {
            sqlx::query(
                "VACUUM (ANALYZE) pooldesk_index_users, pooldesk_index_attributes, pooldesk_index_members",
            )
            .execute(pool)
            .await?;
        }
        Ok(users)
    }

    /// Rebuilds `pool_id` on its own every `every_hours` (off with `None`), as `owner_json`
    /// (the operator who set it: the build runs with their role, asked of Cognito then).
    pub async fn set_schedule(
        &self,
        pool_id: &str,
        every_hours: Option<u32>,
        owner_json: &str,
    ) -> Result<(), sqlx::Error> {
        on_db!(&self.db, pool => {
            let mut qb = QueryBuilder::new("INSERT INTO pooldesk_index_pools (pool_id, generation, users, every_hours, schedule_owner) VALUES (");
            qb.push_bind(pool_id.to_string()).push(", 0, 0, ").push_bind(every_hours.map(i64::from)).push(", ").push_bind(owner_json.to_string());
            qb.push(") ON CONFLICT (pool_id) DO UPDATE SET every_hours = excluded.every_hours, schedule_owner = excluded.schedule_owner");
            qb.build().execute(pool).await.map(|_| ())
        })
    }

    /// Pools whose scheduled rebuild is due at `now_ms`, with the schedule's owner and hours.
    pub async fn due(&self, now_ms: i64) -> Result<Vec<(String, String, i64)>, sqlx::Error> {
        on_db!(&self.db, pool => {
            let mut qb = QueryBuilder::new(
                "SELECT pool_id, schedule_owner, every_hours FROM pooldesk_index_pools WHERE every_hours IS NOT NULL \
                 AND schedule_owner IS NOT NULL AND (built_ms IS NULL OR built_ms + every_hours * 3600000 <= ",
            );
            qb.push_bind(now_ms).push(")");
            let rows = qb.build().fetch_all(pool).await?;
            rows.iter()
                .map(|r| Ok((r.try_get("pool_id")?, r.try_get("schedule_owner")?, r.try_get("every_hours")?)))
                .collect()
        })
    }

    /// The desk changed a user of an indexed pool (anything Cognito reports back: attributes,
    /// status, enabled): written as read after the change, under the index's `generation`.
    pub async fn user_changed(
        &self,
        pool_id: &str,
        user: &UserDetail,
        generation: i64,
    ) -> Result<(), sqlx::Error> {
        let record = ExportedUser {
            username: user.username.clone(),
            attributes: user.attributes.iter().map(|a| (a.name.clone(), a.value.clone())).collect(),
            status: user.status.clone(),
            enabled: user.enabled,
            created: user.created,
            modified: user.modified,
            ..ExportedUser::default()
        };
        self.write_users(pool_id, std::slice::from_ref(&record), generation).await
    }

    /// The desk added a user to a group, or removed them from it.
    pub async fn membership_changed(
        &self,
        pool_id: &str,
        username: &str,
        group: &str,
        member: bool,
    ) -> Result<(), sqlx::Error> {
        let Some(generation) = self.generation(pool_id).await? else { return Ok(()) };
        on_db!(&self.db, pool => {
            if member {
                // Only a user of the index is a member in it (one Cognito has that the index
                // has not seen yet comes with the next build, memberships and all).
                let mut qb = QueryBuilder::new("INSERT INTO pooldesk_index_members (pool_id, group_name, username, seen) SELECT ");
                let mut values = qb.separated(", ");
                values.push_bind(pool_id.to_string());
                values.push_bind(group.to_string());
                values.push_bind(username.to_string());
                values.push_bind(generation);
                qb.push(" FROM pooldesk_index_users WHERE pool_id = ").push_bind(pool_id.to_string());
                qb.push(" AND username = ").push_bind(username.to_string());
                qb.push(" ON CONFLICT (pool_id, group_name, username) DO UPDATE SET seen = excluded.seen");
                return qb.build().execute(pool).await.map(|_| ());
            }
            let mut qb = QueryBuilder::new("DELETE FROM pooldesk_index_members WHERE pool_id = ");
            qb.push_bind(pool_id.to_string()).push(" AND group_name = ").push_bind(group.to_string());
            qb.push(" AND username = ").push_bind(username.to_string());
            qb.build().execute(pool).await.map(|_| ())
        })
    }

    /// The desk deleted a user.
    pub async fn user_deleted(&self, pool_id: &str, username: &str) -> Result<(), sqlx::Error> {
        on_db!(&self.db, pool => {
            let mut tx = pool.begin().await?;
            for table in ["pooldesk_index_attributes", "pooldesk_index_members", "pooldesk_index_users"] {
                let mut qb = QueryBuilder::new(format!("DELETE FROM {table} WHERE pool_id = "));
                qb.push_bind(pool_id.to_string()).push(" AND username = ").push_bind(username.to_string());
                qb.build().execute(&mut *tx).await?;
            }
            tx.commit().await
        })
    }

    /// An admin deleted `group` in `pool_id`: its memberships go.
    pub async fn group_deleted(&self, pool_id: &str, group: &str) -> Result<(), sqlx::Error> {
        on_db!(&self.db, pool => {
            let mut qb = QueryBuilder::new("DELETE FROM pooldesk_index_members WHERE pool_id = ");
            qb.push_bind(pool_id.to_string()).push(" AND group_name = ").push_bind(group.to_string());
            qb.build().execute(pool).await.map(|_| ())
        })
    }

    /// `pool_id` is gone: so is everything the console kept of it (its users' attributes
    /// are personal data), its schedule and the searches saved on it.
    pub async fn pool_deleted(&self, pool_id: &str) -> Result<(), sqlx::Error> {
        on_db!(&self.db, pool => {
            let mut tx = pool.begin().await?;
            for table in [
                "pooldesk_index_attributes",
                "pooldesk_index_members",
                "pooldesk_index_users",
                "pooldesk_index_pools",
                "pooldesk_saved_searches",
            ] {
                let mut qb = QueryBuilder::new(format!("DELETE FROM {table} WHERE pool_id = "));
                qb.push_bind(pool_id.to_string());
                qb.build().execute(&mut *tx).await?;
            }
            tx.commit().await
        })
    }

    /// Every user of `pool_id`'s index with attributes (by name) and groups (by name), in
    /// username order: the whole index of a pool as Cognito's export has it, for checking one
    /// against the other.
    pub async fn users(&self, pool_id: &str) -> Result<Vec<ExportedUser>, sqlx::Error> {
        let mut users: Vec<ExportedUser> = Vec::new();
        let mut by_name = std::collections::HashMap::new();
        on_db!(&self.db, pool => {
            let mut qb = QueryBuilder::new("SELECT username, status, enabled, created, modified FROM pooldesk_index_users WHERE pool_id = ");
            qb.push_bind(pool_id.to_string()).push(" ORDER BY username");
            for r in qb.build().fetch_all(pool).await? {
                let date = |name: &str| r.try_get::<i64, _>(name).map(|s| (s > 0).then_some(s));
                by_name.insert(r.try_get::<String, _>("username")?, users.len());
                users.push(ExportedUser {
                    username: r.try_get("username")?,
                    status: r.try_get("status")?,
                    enabled: r.try_get::<i64, _>("enabled")? != 0,
                    created: date("created")?,
                    modified: date("modified")?,
                    ..ExportedUser::default()
                });
            }
            let mut qb = QueryBuilder::new("SELECT username, name, value FROM pooldesk_index_attributes WHERE pool_id = ");
            qb.push_bind(pool_id.to_string()).push(" ORDER BY username, name");
            for r in qb.build().fetch_all(pool).await? {
                if let Some(i) = by_name.get(&r.try_get::<String, _>("username")?) {
                    users[*i].attributes.push((r.try_get("name")?, r.try_get("value")?));
                }
            }
            let mut qb = QueryBuilder::new("SELECT username, group_name FROM pooldesk_index_members WHERE pool_id = ");
            qb.push_bind(pool_id.to_string()).push(" ORDER BY username, group_name");
            for r in qb.build().fetch_all(pool).await? {
                if let Some(i) = by_name.get(&r.try_get::<String, _>("username")?) {
                    users[*i].groups.push(r.try_get("group_name")?);
                }
            }
            Ok::<(), sqlx::Error>(())
        })?;
        Ok(users)
    }

    /// Whether `pool_id` has an index (built or being built): the desk's changes go to it.
    pub async fn has(&self, pool_id: &str) -> Result<bool, sqlx::Error> {
        Ok(self.generation(pool_id).await?.is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::Contact;

    #[test]
    fn a_contact_survives_its_bits() {
        let attributes = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect()
        };
        for pairs in [
            vec![],
            vec![("email", "a@example.com")],
            vec![("email", "a@example.com"), ("email_verified", "true")],
            vec![("email", "a@example.com"), ("email_verified", "false"), ("phone_number", "+15550100")],
            vec![("phone_number", "+15550100"), ("phone_number_verified", "true")],
        ] {
            let contact = Contact::of(&attributes(&pairs));
            assert_eq!(Contact::from_bits(contact.bits()), contact, "{pairs:?}");
        }
        let all = Contact::of(&attributes(&[
            ("email", "a@example.com"),
            ("email_verified", "true"),
            ("phone_number", "+15550100"),
            ("phone_number_verified", "true"),
        ]));
        assert_eq!(all.bits(), 15);
        assert_eq!(Contact::of(&attributes(&[("email", "")])), Contact::default(), "an empty value is none");
    }
}
