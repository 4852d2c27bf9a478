//! Sign-in limits, kept in the console's database so that every replica, and a restarted one,
//! spends one budget. Each attempt counts against its client address and against the username,
//! whichever runs out first; a refused attempt never reaches Cognito and gets the same message
//! either way.
//!
//! A browser that has signed in as an operator before is a *known device* (OWASP's device
//! cookie): its attempts for that operator count against its own allowance instead of the
//! username's, so that a flood of wrong passwords on an operator's name from elsewhere does not
//! lock the operator out of their own browser.

use std::net::IpAddr;

use sqlx::QueryBuilder;

use crate::error::AppError;
use crate::server::db::{Db, on_db};
use crate::server::now_ms;

/// A known device is forgotten this long after its last sign-in.
pub const DEVICE_DAYS: i64 = 90;
const DAY_MS: i64 = 86_400_000;
const MINUTE_MS: i64 = 60_000;

pub async fn migrate(db: &Db) -> Result<(), sqlx::Error> {
    on_db!(db, pool => {
        sqlx::query(
            "CREATE TABLE IF NOT EXISTS pooldesk_login_budget (key TEXT PRIMARY KEY, tat_ms BIGINT NOT NULL)",
        )
        .execute(pool)
        .await?;
        sqlx::query(
            "CREATE TABLE IF NOT EXISTS pooldesk_known_devices (token_hash TEXT NOT NULL, \
             username TEXT NOT NULL, seen_ms BIGINT NOT NULL, PRIMARY KEY (token_hash, username))",
        )
        .execute(pool)
        .await
        .map(|_| ())
    })
}

/// Forgets budgets that are whole again and devices unused for [`DEVICE_DAYS`].
pub async fn sweep(db: &Db, now_ms: i64) -> Result<(), sqlx::Error> {
    on_db!(db, pool => {
        let mut qb = QueryBuilder::new("DELETE FROM pooldesk_login_budget WHERE tat_ms < ");
        qb.push_bind(now_ms).build().execute(pool).await?;
        let mut qb = QueryBuilder::new("DELETE FROM pooldesk_known_devices WHERE seen_ms < ");
        qb.push_bind(now_ms - DEVICE_DAYS * DAY_MS).build().execute(pool).await.map(|_| ())
    })
}

pub struct LoginLimits {
    db: Db,
    per_ip_per_minute: u32,
    per_user_per_minute: u32,
}

/// Whose allowance an attempt for a username spends.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Budget {
    Address(IpAddr),
    Username(String),
    /// A known device's own allowance for one username.
    Device {
        token_hash: String,
        username: String,
    },
}

impl Budget {
    fn key(&self) -> String {
        match self {
            Budget::Address(ip) => format!("ip:{ip}"),
            Budget::Username(name) => format!("user:{name}"),
            Budget::Device { token_hash, username } => format!("device:{token_hash}:{username}"),
        }
    }
}

/// Usernames are counted without case or surrounding blanks (Cognito's sign-in ignores case).
fn normal(username: &str) -> String {
    username.trim().to_lowercase()
}

impl LoginLimits {
    pub fn new(db: Db, per_ip_per_minute: u32, per_user_per_minute: u32) -> Self {
        Self {
            db,
            per_ip_per_minute: per_ip_per_minute.max(1),
            per_user_per_minute: per_user_per_minute.max(1),
        }
    }

    /// Counts one attempt from `ip` (when known) for `username` (when the step names one),
    /// made by the browser holding the device token `device` (when it sent one).
    pub async fn check(
        &self,
        ip: Option<IpAddr>,
        username: Option<&str>,
        device: Option<&str>,
    ) -> Result<(), AppError> {
        let now = now_ms();
        if let Some(ip) = ip
            && !self.spend(&Budget::Address(ip), self.per_ip_per_minute, now).await?
        {
            tracing::warn!(%ip, "sign-in attempts over the per-address limit");
            return Err(AppError::TooManyAttempts);
        }
        let Some(username) = username.map(normal) else { return Ok(()) };
        let known = match device.map(hash) {
            Some(token_hash) if self.knows(&token_hash, Some(&username)).await? => Some(token_hash),
            _ => None,
        };
        let budget = match known {
            Some(token_hash) => Budget::Device { token_hash, username },
            None => Budget::Username(username),
        };
        if !self.spend(&budget, self.per_user_per_minute, now).await? {
            tracing::warn!(
                known_device = matches!(budget, Budget::Device { .. }),
                "sign-in attempts over the per-username limit"
            );
            return Err(AppError::TooManyAttempts);
        }
        Ok(())
    }

    /// One attempt against `budget`: a burst of `per_minute`, then one more every
    /// `60 / per_minute` seconds (the generic cell rate algorithm). One upsert does it, so
    /// replicas racing on a key take turns on its row; it returns no row when the budget is
    /// spent.
    async fn spend(&self, budget: &Budget, per_minute: u32, now: i64) -> Result<bool, AppError> {
        let step = MINUTE_MS / i64::from(per_minute);
        let later = match self.db {
            Db::Sqlite(_) => "MAX",
            Db::Postgres(_) => "GREATEST",
        };
        let allowed = on_db!(&self.db, pool => {
            let mut qb = QueryBuilder::new("INSERT INTO pooldesk_login_budget (key, tat_ms) VALUES (");
            qb.push_bind(budget.key()).push(", ").push_bind(now + step);
            qb.push(format!(") ON CONFLICT (key) DO UPDATE SET tat_ms = {later}(pooldesk_login_budget.tat_ms, "));
            qb.push_bind(now).push(") + ").push_bind(step);
            qb.push(format!(" WHERE {later}(pooldesk_login_budget.tat_ms, ")).push_bind(now).push(") + ");
            qb.push_bind(step).push(" <= ").push_bind(now + MINUTE_MS).push(" RETURNING tat_ms");
            qb.build_query_scalar::<i64>().fetch_optional(pool).await
        });
        allowed.map(|row| row.is_some()).map_err(unavailable)
    }

    /// Whether the token with this hash was issued by the console and used within
    /// [`DEVICE_DAYS`]: for `username` when given, for anyone otherwise.
    async fn knows(&self, token_hash: &str, username: Option<&str>) -> Result<bool, AppError> {
        let found = on_db!(&self.db, pool => {
            let mut qb = QueryBuilder::new("SELECT 1 FROM pooldesk_known_devices WHERE token_hash = ");
            qb.push_bind(token_hash.to_string());
            if let Some(username) = username {
                qb.push(" AND username = ").push_bind(username.to_string());
            }
            qb.push(" AND seen_ms >= ").push_bind(now_ms() - DEVICE_DAYS * DAY_MS).push(" LIMIT 1");
            qb.build().fetch_optional(pool).await.map(|row| row.is_some())
        });
        found.map_err(unavailable)
    }

    /// After a successful sign-in: the browser's device token now knows the operator by each of
    /// `names`. The token it sent is kept only if this console issued it (a token chosen by
    /// whoever planted the cookie is replaced); otherwise a new one is made. Returns the token
    /// when it is new, for the cookie.
    pub async fn remember(&self, device: Option<&str>, names: &[&str]) -> Result<Option<String>, AppError> {
        let kept = match device {
            Some(token) if self.knows(&hash(token), None).await? => Some(token.to_string()),
            _ => None,
        };
        let (token, new) = match kept {
            Some(token) => (token, None),
            None => {
                let token = new_token()?;
                (token.clone(), Some(token))
            }
        };
        let (token_hash, now) = (hash(&token), now_ms());
        for name in names {
            let stored = on_db!(&self.db, pool => {
                let mut qb = QueryBuilder::new(
                    "INSERT INTO pooldesk_known_devices (token_hash, username, seen_ms) VALUES (",
                );
                qb.push_bind(token_hash.clone()).push(", ").push_bind(normal(name)).push(", ").push_bind(now);
                qb.push(") ON CONFLICT (token_hash, username) DO UPDATE SET seen_ms = ").push_bind(now);
                qb.build().execute(pool).await.map(|_| ())
            });
            stored.map_err(unavailable)?;
        }
        Ok(new)
    }
}

/// The limits cannot be read: no attempt goes through unchecked.
fn unavailable(e: sqlx::Error) -> AppError {
    tracing::error!(error = %e, "the sign-in limits could not be read or written");
    AppError::unavailable(crate::i18n::t("signin-limits-unavailable"))
}

/// Only the token's hash is stored: the table does not hold what the cookie proves.
pub(crate) fn hash(token: &str) -> String {
    use base64::Engine;
    let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, token.as_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest.as_ref())
}

fn new_token() -> Result<String, AppError> {
    use aws_lc_rs::rand::SecureRandom;
    use base64::Engine;
    let mut bytes = [0u8; 32];
    aws_lc_rs::rand::SystemRandom::new().fill(&mut bytes).map_err(|_| AppError::Internal)?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn limits(per_ip: u32, per_user: u32) -> LoginLimits {
        let pool = sqlx::sqlite::SqlitePoolOptions::new()
            .max_connections(1)
            .connect("sqlite::memory:")
            .await
            .unwrap();
        let db = Db::Sqlite(pool);
        migrate(&db).await.unwrap();
        LoginLimits::new(db, per_ip, per_user)
    }

    #[tokio::test]
    async fn each_key_gets_its_own_allowance() {
        let limits = limits(3, 2).await;
        let a: IpAddr = "203.0.113.1".parse().unwrap();
        let b: IpAddr = "203.0.113.2".parse().unwrap();
        assert!(limits.check(Some(a), Some("jane"), None).await.is_ok());
        // The username's allowance is shared by every address and ignores case.
        assert!(limits.check(Some(b), Some(" JANE "), None).await.is_ok());
        assert_eq!(limits.check(Some(b), Some("jane"), None).await, Err(AppError::TooManyAttempts));
        assert!(limits.check(Some(a), Some("bob"), None).await.is_ok());
        assert!(limits.check(Some(a), Some("carol"), None).await.is_ok());
        // Address a has used its three.
        assert_eq!(limits.check(Some(a), Some("erin"), None).await, Err(AppError::TooManyAttempts));
        assert!(limits.check(None, Some("dave"), None).await.is_ok());
    }

    #[tokio::test]
    async fn a_known_device_keeps_its_own_allowance_for_its_operator_only() {
        let limits = limits(100, 2).await;
        let ip: IpAddr = "198.51.100.7".parse().unwrap();
        let names = ["Jane", "jane@example.com"];
        let token = limits.remember(None, &names).await.unwrap().expect("a new device gets a token");
        // A flood on jane's name from elsewhere spends the username's allowance…
        for _ in 0..2 {
            assert!(limits.check(None, Some("jane"), None).await.is_ok());
        }
        assert_eq!(limits.check(None, Some("jane"), None).await, Err(AppError::TooManyAttempts));
        // …not her browser's.
        assert!(limits.check(Some(ip), Some("jane"), Some(&token)).await.is_ok());
        assert!(limits.check(Some(ip), Some("jane"), Some(&token)).await.is_ok());
        // Which has its own limit, and vouches for nobody else.
        assert_eq!(limits.check(Some(ip), Some("jane"), Some(&token)).await, Err(AppError::TooManyAttempts));
        assert!(limits.check(None, Some("bob"), Some(&token)).await.is_ok());
        assert!(limits.check(None, Some("bob"), Some(&token)).await.is_ok());
        assert_eq!(limits.check(None, Some("bob"), Some(&token)).await, Err(AppError::TooManyAttempts));
        // A token nobody was given is no known device.
        assert_eq!(limits.check(None, Some("jane"), Some("forged")).await, Err(AppError::TooManyAttempts));
        // Known by the email too; signing in again with the token keeps it.
        assert!(limits.check(None, Some("JANE@example.com"), Some(&token)).await.is_ok());
        assert_eq!(limits.remember(Some(&token), &names).await.unwrap(), None);
        // A token the console never issued is replaced at sign-in, never adopted.
        let replaced = limits.remember(Some("chosen-by-someone"), &["bob"]).await.unwrap();
        assert!(replaced.is_some_and(|t| t != "chosen-by-someone"));
        assert!(!limits.knows(&hash("chosen-by-someone"), None).await.unwrap());
    }

    #[tokio::test]
    async fn a_budget_refills_one_attempt_per_step() {
        let limits = limits(100, 2).await;
        let now = now_ms();
        let user = Budget::Username("jane".into());
        assert!(limits.spend(&user, 2, now).await.unwrap());
        assert!(limits.spend(&user, 2, now).await.unwrap());
        assert!(!limits.spend(&user, 2, now).await.unwrap());
        // Two a minute: one more after half a minute, not before.
        assert!(!limits.spend(&user, 2, now + 29_000).await.unwrap());
        assert!(limits.spend(&user, 2, now + 30_000).await.unwrap());
        assert!(!limits.spend(&user, 2, now + 30_000).await.unwrap());
        sweep(&limits.db, now + 120_000).await.unwrap();
        assert!(limits.spend(&user, 2, now + 120_000).await.unwrap());
    }
}
