//! Every user of a pool, read for an export: memberships (ListUsersInGroup per group, not a read
//! per user), and the users page by page, read a few pages ahead by a task of their own and each
//! written out as soon as it is formatted, so memory holds the memberships and a few pages,
//! whatever the pool's size. A large pool is read
//! in partitions at once (`sub ^= "0"` … `"f"`, in as many streams as it takes to reach the
//! UserList quota: `streams`), all under the one UserList pace.

use std::collections::HashMap;

use aws_sdk_cognitoidentityprovider::types::UserType;
use futures::StreamExt;
use tokio::sync::mpsc;

use super::operations::LIST_USERS;
use super::{CognitoRead, epoch, groups, users};
use crate::error::AppError;
use crate::model::job::ExportFormat;
use crate::model::user::MAX_USERS_PAGE;
use crate::model::user_export::{ExportWriter, ExportedMfa, ExportedUser};

/// Users per chunk handed to the writer's consumer (a database row, a file write).
pub const CHUNK_USERS: u64 = 500;

/// From this estimated size on, the pool may be read in partitions.
const PARTITION_FROM: u64 = 2_000;
const PARTITIONS: [&str; 16] =
    ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"];

/// A piece of the file and how many users it completes.
#[derive(Debug)]
pub struct Chunk {
    pub text: String,
    pub users: u64,
}

/// What an export needs to know before it reads: the pool's custom attributes (CSV columns)
/// and its estimated size.
pub struct Plan {
    pub custom_attributes: Vec<String>,
    pub estimated_users: u64,
    /// How long one call took (DescribeUserPool): what one stream of pages can do.
    pub latency: std::time::Duration,
}

/// How many streams of ListUsers pages reach `list_rate` (the UserList quota, per second)
/// when a call takes `plan.latency`: one for a small pool or an unpaced endpoint (a local
/// emulator answers faster than any quota, and partitions only make it scan more), up to 16.
/// Measured on moto, 16 partitions read 5,000 users at 0.7–1.2× one stream's speed; on AWS a
/// call takes tens of milliseconds, and one stream stays well under 30 pages a second.
pub fn streams(plan: &Plan, list_rate: f64) -> usize {
    if plan.estimated_users < PARTITION_FROM || list_rate <= 0.0 {
        return 1;
    }
    ((list_rate * plan.latency.as_secs_f64()).ceil() as usize).clamp(1, PARTITIONS.len())
}

pub async fn plan(cognito: &CognitoRead, pool_id: &str) -> Result<Plan, AppError> {
    let started = std::time::Instant::now();
    let pool = super::pools::describe_raw(cognito.client(), pool_id).await?;
    let latency = started.elapsed();
    let custom_attributes = pool
        .schema_attributes()
        .iter()
        .filter_map(|a| a.name())
        .filter(|n| n.starts_with("custom:") || n.starts_with("dev:"))
        .map(str::to_string)
        .collect();
    let estimated_users = pool.estimated_number_of_users().max(0) as u64;
    Ok(Plan { custom_attributes, estimated_users, latency })
}

/// How to export.
#[derive(Debug, Clone)]
pub struct Options {
    pub format: ExportFormat,
    /// Read each user's MFA (one AdminGetUser per user, under the UserRead quota).
    pub with_mfa: bool,
    /// Partition streams (`streams`).
    pub streams: usize,
    /// A backup's configuration (`backup::config`, as JSON), written before the users.
    pub backup_config: Option<String>,
    /// Only these users (by username); the others are read and passed over.
    pub only: Option<std::collections::HashSet<String>>,
}

/// MFA reads in flight at once (the pace keeps them under UserRead).
const MFA_READS: usize = 8;

/// Writes every user of `pool_id` (or those of `options.only`) to `out` and returns how many. Stops with an error when
/// Cognito fails or the receiver is gone (a cancelled job, which ignores it); the consumer then
/// discards what it has: an export is whole or not kept.
pub async fn export_users(
    cognito: &CognitoRead,
    pool_id: &str,
    plan: Plan,
    options: Options,
    out: mpsc::Sender<Chunk>,
) -> Result<u64, AppError> {
    let mut read = user_pages(cognito, pool_id, options.streams);
    let memberships = memberships(cognito, pool_id).await?;
    let mut writer = ExportWriter::new(options.format, pool_id, plan.custom_attributes, options.with_mfa);
    if let Some(config) = options.backup_config {
        writer = writer.with_config(config);
    }
    let gone = |_| AppError::unavailable(crate::i18n::t("job-stop-export-stopped"));
    out.send(Chunk { text: writer.header(), users: 0 }).await.map_err(gone)?;
    let (mut text, mut in_chunk) = (String::new(), 0);
    while let Some(page) = read.next().await {
        let mut users = page?;
        if let Some(only) = &options.only {
            users.retain(|u| only.contains(&u.username));
        }
        if options.with_mfa {
            // Owned names: a future borrowing from `users` would not be `Send` for the runner.
            let names: Vec<String> = users.iter().map(|u| u.username.clone()).collect();
            let read: Vec<_> = futures::stream::iter(names)
                .map(|name| async move { users::lookup(cognito, pool_id, &name).await })
                .buffered(MFA_READS)
                .collect()
                .await;
            for (user, detail) in users.iter_mut().zip(read) {
                let detail = detail?;
                user.mfa = Some(ExportedMfa { preferred: detail.preferred_mfa, methods: detail.mfa_methods });
            }
        }
        for mut user in users {
            user.groups = memberships.get(&user.username).cloned().unwrap_or_default();
            text.push_str(&writer.record(&user));
            in_chunk += 1;
            if in_chunk == CHUNK_USERS {
                out.send(Chunk { text: std::mem::take(&mut text), users: in_chunk }).await.map_err(gone)?;
                in_chunk = 0;
            }
        }
    }
    read.finish().await?;
    text.push_str(&writer.footer());
    out.send(Chunk { text, users: in_chunk }).await.map_err(gone)?;
    Ok(writer.written())
}

/// Every user of the pool with their groups, in memory: what a restore plans against.
pub async fn all_users(cognito: &CognitoRead, pool_id: &str) -> Result<Vec<ExportedUser>, AppError> {
    let memberships = memberships(cognito, pool_id).await?;
    let mut users = Vec::new();
    let mut pages = std::pin::pin!(pages(cognito.clone(), pool_id.to_string(), None));
    while let Some(page) = pages.next().await {
        for u in page? {
            let mut user = exported(&u);
            user.groups = memberships.get(&user.username).cloned().unwrap_or_default();
            users.push(user);
        }
    }
    Ok(users)
}

/// Pages read ahead of the one being written.
const READ_AHEAD: usize = 2;

/// Every user of a pool, page by page (an export's, an index build's). Streams of partitions
/// (`streams`) each read their share of the 16 `sub` prefixes one after another, in a task of
/// their own, up to `READ_AHEAD` pages ahead: the next page is read (and its answer parsed, on
/// the other core) while this one is written. Dropping it stops the reading.
pub struct UserPages {
    read: mpsc::Receiver<Result<Vec<ExportedUser>, AppError>>,
    task: tokio::task::JoinHandle<()>,
}

pub fn user_pages(cognito: &CognitoRead, pool_id: &str, streams: usize) -> UserPages {
    let streams = streams.clamp(1, PARTITIONS.len());
    let (page_tx, read) = mpsc::channel(READ_AHEAD);
    let (reader, pool) = (cognito.clone(), pool_id.to_string());
    let task = tokio::spawn(async move {
        let mut all = futures::stream::select_all((0..streams).map(|s| {
            let prefixes: Vec<Option<&'static str>> = match streams {
                1 => vec![None],
                n => PARTITIONS.iter().skip(s).step_by(n).map(|p| Some(*p)).collect(),
            };
            let (reader, pool) = (reader.clone(), pool.clone());
            Box::pin(
                futures::stream::iter(prefixes)
                    .flat_map(move |prefix| pages(reader.clone(), pool.clone(), prefix)),
            )
        }));
        while let Some(page) = all.next().await {
            let page = page.map(|users| users.iter().map(exported).collect());
            // The consumer stopped (failed, or its job cancelled): stop reading.
            if page_tx.send(page).await.is_err() {
                break;
            }
        }
    });
    UserPages { read, task }
}

impl UserPages {
    /// The next page; `None` when every page was read (or the reader failed: `finish` says).
    pub async fn next(&mut self) -> Option<Result<Vec<ExportedUser>, AppError>> {
        self.read.recv().await
    }

    /// After the last page: every one was read, or the reader failed without saying so (a
    /// panic).
    pub async fn finish(mut self) -> Result<(), AppError> {
        (&mut self.task).await.map_err(|_| AppError::Internal)
    }
}

impl Drop for UserPages {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// The pages of ListUsers (filtered to one `sub` prefix, or all), one after the other.
fn pages(
    cognito: CognitoRead,
    pool_id: String,
    prefix: Option<&'static str>,
) -> impl futures::Stream<Item = Result<Vec<UserType>, AppError>> {
    // (next token, done)
    futures::stream::unfold((None::<String>, false), move |(token, done)| {
        let (cognito, pool_id) = (cognito.clone(), pool_id.clone());
        async move {
            if done {
                return None;
            }
            let result = cognito
                .client()
                .list_users()
                .user_pool_id(&pool_id)
                .limit(MAX_USERS_PAGE)
                .set_pagination_token(token)
                .set_filter(prefix.map(|p| format!("sub ^= \"{p}\"")))
                .send()
                .await
                .map_err(|e| LIST_USERS.error(e));
            match result {
                Ok(out) => {
                    let next = out.pagination_token;
                    let finished = next.is_none();
                    Some((Ok(out.users.unwrap_or_default()), (next, finished)))
                }
                Err(e) => Some((Err(e), (None, true))),
            }
        }
    })
}

/// Every group's members: username → groups (in ListGroups' order: precedence, then name).
pub async fn memberships(
    cognito: &CognitoRead,
    pool_id: &str,
) -> Result<HashMap<String, Vec<String>>, AppError> {
    let mut members: HashMap<String, Vec<String>> = HashMap::new();
    for group in groups::list(cognito, pool_id).await? {
        for username in group_members(cognito, pool_id, &group.name).await? {
            members.entry(username).or_default().push(group.name.clone());
        }
    }
    Ok(members)
}

/// The usernames of a group's members, every page.
pub async fn group_members(
    cognito: &CognitoRead,
    pool_id: &str,
    group: &str,
) -> Result<Vec<String>, AppError> {
    let mut names = Vec::new();
    let mut next = None;
    loop {
        let page = users::list_in_group(cognito, pool_id, group, MAX_USERS_PAGE, next).await?;
        names.extend(page.users.into_iter().map(|u| u.username));
        match page.next_token {
            Some(token) => next = Some(token),
            None => return Ok(names),
        }
    }
}

fn exported(u: &UserType) -> ExportedUser {
    ExportedUser {
        username: u.username().unwrap_or_default().to_string(),
        attributes: u
            .attributes()
            .iter()
            .map(|a| (a.name().to_string(), a.value().unwrap_or_default().to_string()))
            .collect(),
        status: u.user_status().map(|s| s.as_str().to_string()).unwrap_or_else(|| "UNKNOWN".into()),
        enabled: u.enabled(),
        created: epoch(u.user_create_date()),
        modified: epoch(u.user_last_modified_date()),
        groups: Vec::new(),
        mfa: None,
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn streams_reach_the_quota_and_no_more() {
        let plan = |users, ms| Plan {
            custom_attributes: Vec::new(),
            estimated_users: users,
            latency: Duration::from_millis(ms),
        };
        assert_eq!(streams(&plan(500, 100), 30.0), 1, "a small pool");
        assert_eq!(streams(&plan(50_000, 100), 0.0), 1, "unpaced");
        assert_eq!(streams(&plan(50_000, 5), 30.0), 1, "a fast local endpoint");
        assert_eq!(streams(&plan(50_000, 100), 30.0), 3, "AWS-like latency");
        assert_eq!(streams(&plan(50_000, 2_000), 30.0), 16, "capped");
    }
}
