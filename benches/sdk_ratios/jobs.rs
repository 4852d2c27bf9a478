//! Whole-pool work, measured (part of `sdk_ratios`, run by `scripts/bench.sh`): an export of
//! every user with groups through the console's job against the same reads made with the raw
//! SDK in sequence and in 16 partitions, the server's memory while it exports, and a bulk add
//! to a group through a job against raw SDK calls at the same concurrency and an AWS CLI loop,
//! and a backup restored into an empty pool against the same writes made with the raw SDK;
//! and the same memory for a pool of 50,000 users.
//! The console runs unpaced here (`bench.sh` sets `POOLDESK_QUOTAS=all=0`), like the raw SDK.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use aws_sdk_cognitoidentityprovider::Client;
use futures::StreamExt;

use super::harness::{Harness, seed_guide_pool};
use super::{Timing, report, time};

pub(super) fn env_count(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|n| n.parse().ok()).unwrap_or(default)
}

/// `n` users named `<prefix>-<i>@example.com`, 4 created at once (moto's dictionaries do not
/// take more writers: "OrderedDict mutated during iteration"); every 10th joins `group`.
pub(super) async fn seed(
    sdk: &Client,
    pool: &str,
    prefix: &str,
    n: usize,
    group: Option<&str>,
) -> Vec<String> {
    let names: Vec<String> = (0..n).map(|i| format!("{prefix}-{i}@example.com")).collect();
    futures::stream::iter(names.iter().enumerate())
        .for_each_concurrent(4, |(i, email)| async move {
            retried(|| async {
                let created = sdk
                    .admin_create_user()
                    .user_pool_id(pool)
                    .username(email)
                    .temporary_password("Bench-Pass-123!")
                    .message_action(aws_sdk_cognitoidentityprovider::types::MessageActionType::Suppress)
                    .user_attributes(super::attribute("email", email).unwrap())
                    .send()
                    .await;
                // Already there (a retry after a lost answer) is fine.
                created.is_ok() || created.is_err_and(|e| format!("{e:?}").contains("UsernameExists"))
            })
            .await;
            if let (Some(group), 0) = (group, i % 10) {
                retried(|| async {
                    sdk.admin_add_user_to_group()
                        .user_pool_id(pool)
                        .username(email)
                        .group_name(group)
                        .send()
                        .await
                        .is_ok()
                })
                .await;
            }
        })
        .await;
    names
}

/// Runs `op` until it says it succeeded (5 tries, moto's occasional 500 under load).
async fn retried<F, Fut>(mut op: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for _ in 0..5 {
        if op().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("moto kept failing");
}

/// Every user and every group's members, read as the export reads them, one call at a time.
pub(super) async fn raw_read(sdk: &Client, pool: &str, prefix: Option<&str>) -> usize {
    let mut users = 0;
    let mut token = None;
    loop {
        let page = sdk
            .list_users()
            .user_pool_id(pool)
            .limit(60)
            .set_pagination_token(token)
            .set_filter(prefix.map(|p| format!("sub ^= \"{p}\"")))
            .send()
            .await
            .unwrap();
        users += page.users().len();
        match page.pagination_token() {
            Some(t) => token = Some(t.to_string()),
            None => return users,
        }
    }
}

pub(super) async fn raw_memberships(sdk: &Client, pool: &str) -> HashMap<String, Vec<String>> {
    let mut members: HashMap<String, Vec<String>> = HashMap::new();
    let groups = sdk.list_groups().user_pool_id(pool).limit(60).send().await.unwrap();
    for g in groups.groups() {
        let name = g.group_name().unwrap();
        let mut token = None;
        loop {
            let page = sdk
                .list_users_in_group()
                .user_pool_id(pool)
                .group_name(name)
                .limit(60)
                .set_next_token(token)
                .send()
                .await
                .unwrap();
            for u in page.users() {
                members.entry(u.username().unwrap().to_string()).or_default().push(name.to_string());
            }
            match page.next_token() {
                Some(t) => token = Some(t.to_string()),
                None => break,
            }
        }
    }
    members
}

/// Resident memory of this process (the console runs in it), in MiB.
fn rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse::<f64>().ok())
        .unwrap_or(0.0);
    kb / 1024.0
}

/// A job's own time, from its creation to its end as the server recorded them: without the
/// 100 ms steps in which `job_end` asks whether it has ended.
pub(super) fn own_time(job: &pooldesk::model::job::JobDetail) -> Duration {
    let end = job.summary.finished_ms.unwrap_or(job.summary.created_ms);
    Duration::from_millis((end - job.summary.created_ms).max(0) as u64)
}

async fn console_export(
    h: &Harness,
    cookie: &str,
    format: &str,
    own: &std::sync::Mutex<Vec<Duration>>,
) -> u64 {
    let args = [("pool_id", h.pool_id.as_str()), ("format", format)];
    let id: String = h.call_once("/api/start_export", &args, Some(cookie)).await.ok();
    let job = h.job_end(&id, cookie).await;
    assert_eq!(job.summary.state, pooldesk::model::job::JobState::Finished, "{:?}", job.summary.reason);
    own.lock().unwrap().push(own_time(&job));
    job.summary.processed
}

/// The whole pool (at least `n` users) read with the raw SDK as an export or an index build
/// reads it: the members of each group, then ListUsers in sequence, and in 16 partitions.
pub(super) async fn raw_reads(sdk: &Client, pool: &str, n: usize, runs: usize) -> [Timing; 2] {
    [
        time("SDK: ListUsersInGroup per group + ListUsers", runs, || async {
            raw_memberships(sdk, pool).await;
            assert!(raw_read(sdk, pool, None).await >= n);
        })
        .await,
        time("SDK: the same, ListUsers in 16 partitions", runs, || async {
            raw_memberships(sdk, pool).await;
            let prefixes = "0123456789abcdef".chars().map(|c| c.to_string()).collect::<Vec<_>>();
            let counts =
                futures::future::join_all(prefixes.iter().map(|p| raw_read(sdk, pool, Some(p)))).await;
            assert!(counts.iter().sum::<usize>() >= n);
        })
        .await,
    ]
}

pub async fn bench_export() {
    let n = env_count("POOLDESK_BENCH_EXPORT_USERS", 5_000);
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let started = Instant::now();
    seed(&h.sdk, &h.pool_id, "export", n, Some("premium")).await;
    println!("\n(seeded {n} users in {:.1} s)", started.elapsed().as_secs_f64());
    let runs = env_count("POOLDESK_BENCH_EXPORT_RUNS", 3);
    let (sdk, pool) = (h.sdk.clone(), h.pool_id.clone());
    let own = std::sync::Mutex::new(Vec::new());
    let mut timings = vec![
        time("console: export job, JSON with groups", runs, || async {
            assert!(console_export(&h, &cookie, "json", &own).await as usize >= n);
        })
        .await,
    ];
    timings.extend(raw_reads(&sdk, &pool, n, runs).await);
    // The warm-up runs are in `own` too: the timed ones are the last `runs`.
    let own = own.into_inner().unwrap();
    let samples = own[own.len().saturating_sub(runs)..].to_vec();
    timings.push(Timing { label: "console: the same job, its own time", samples });
    report(&format!("Export {n} users with their groups (vs SDK = in sequence)"), &timings);
    for t in &timings {
        println!("{:<44} {:>10.0} users/s", t.label, n as f64 / t.median().as_secs_f64());
    }
    let (before, peak) =
        peak_rss(console_export(&h, &cookie, "csv", &std::sync::Mutex::new(Vec::new()))).await;
    println!("server RSS while exporting {n} users: {before:.1} MiB before, {peak:.1} MiB at most");
}

/// The RSS before `work`, and the most it reached while `work` ran (sampled every 10 ms on a
/// thread of its own, so a busy runtime does not skip samples).
async fn peak_rss<T>(work: impl std::future::Future<Output = T>) -> (f64, f64) {
    let before = rss_mib();
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let sampler = {
        let done = done.clone();
        std::thread::spawn(move || {
            let mut peak = before;
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                peak = peak.max(rss_mib());
                std::thread::sleep(Duration::from_millis(10));
            }
            peak
        })
    };
    work.await;
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    (before, sampler.join().unwrap().max(rss_mib()))
}

/// The server's memory while it exports a large pool (POOLDESK_BENCH_MEMORY_USERS, 50,000) as
/// CSV. The pool signs in with plain usernames: moto checks an email sign-in's uniqueness by
/// scanning every user, so seeding an email pool slows to 23 users/s at 20,000, while this one
/// seeds at a steady ~570/s.
pub async fn bench_memory() {
    let n = env_count("POOLDESK_BENCH_MEMORY_USERS", 50_000);
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let pool = empty_pool(&h.sdk, "bench-memory", false).await;
    h.sdk.create_group().user_pool_id(&pool).group_name("premium").send().await.unwrap();
    let started = Instant::now();
    seed(&h.sdk, &pool, "memory", n, Some("premium")).await;
    println!("\n(seeded {n} users in {:.1} s)", started.elapsed().as_secs_f64());
    let started = Instant::now();
    let export = async {
        let args = [("pool_id", pool.as_str()), ("format", "csv")];
        let id: String = h.call_once("/api/start_export", &args, Some(&cookie)).await.ok();
        h.job_end(&id, &cookie).await
    };
    let (before, peak) = peak_rss(async {
        let job = export.await;
        assert_eq!(job.summary.processed as usize, n, "{:?}", job.summary);
    })
    .await;
    println!(
        "Export {n} users as CSV: {:.1} s; server RSS {before:.1} MiB before, {peak:.1} MiB at most (+{:.1} MiB)",
        started.elapsed().as_secs_f64(),
        peak - before
    );
}

pub async fn bench_bulk_add() {
    let n = env_count("POOLDESK_BENCH_BULK_USERS", 500);
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    // Another pool than the console's: the target rule has nothing to read there, so the job
    // makes one write per user (the group's members are read once, beforehand).
    let (_, _, other) = seed_guide_pool("bench-bulk").await;
    let pool = other.pool_id.clone();
    let users = seed(&h.sdk, &pool, "bulk", n, None).await;
    let clear = || async {
        futures::stream::iter(users.iter())
            .for_each_concurrent(4, |u| {
                let (sdk, pool) = (&h.sdk, &pool);
                async move {
                    let _ = sdk
                        .admin_remove_user_from_group()
                        .user_pool_id(pool)
                        .username(u)
                        .group_name("premium")
                        .send()
                        .await;
                }
            })
            .await;
    };
    let fields: Vec<(String, String)> =
        users.iter().enumerate().map(|(i, u)| (format!("usernames[{i}]"), u.clone())).collect();
    let runs = env_count("POOLDESK_BENCH_BULK_RUNS", 3);
    let (mut console, mut own) = (Vec::new(), Vec::new());
    let mut raw = Vec::new();
    for _ in 0..runs {
        clear().await;
        let mut args: Vec<(&str, &str)> = vec![("pool_id", &pool), ("action", "add"), ("group", "premium")];
        args.extend(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let start = Instant::now();
        let id: String = h.call_once("/api/start_bulk_job", &args, Some(&cookie)).await.ok();
        let job = h.job_end(&id, &cookie).await;
        console.push(start.elapsed());
        own.push(own_time(&job));
        assert_eq!(job.summary.done as usize, n, "{:?}", job.summary);
        clear().await;
        let start = Instant::now();
        futures::stream::iter(users.iter())
            .for_each_concurrent(4, |u| {
                let (sdk, pool) = (&h.sdk, &pool);
                async move {
                    sdk.admin_add_user_to_group()
                        .user_pool_id(pool)
                        .username(u)
                        .group_name("premium")
                        .send()
                        .await
                        .unwrap();
                }
            })
            .await;
        raw.push(start.elapsed());
    }
    let mut timings = vec![
        Timing { label: "console: bulk job (add to group)", samples: console },
        Timing { label: "SDK: AdminAddUserToGroup, 4 at a time", samples: raw },
        Timing { label: "console: the same job, its own time", samples: own },
    ];
    // The CLI: one process per user; 20 of them, scaled to `n`.
    if let Ok(aws) = std::env::var("POOLDESK_BENCH_AWS") {
        clear().await;
        let sample = 20.min(n);
        let start = Instant::now();
        for u in &users[..sample] {
            let group = ["--group-name", "premium"];
            let add = ["cognito-idp", "admin-add-user-to-group", "--user-pool-id", &pool, "--username", u];
            super::aws_cli(&aws, &[&add[..], &group[..]].concat()).await;
        }
        let scaled = start.elapsed().as_secs_f64() * n as f64 / sample as f64;
        timings.push(Timing {
            label: "AWS CLI: admin-add-user-to-group loop (scaled)",
            samples: vec![Duration::from_secs_f64(scaled)],
        });
    }
    report(&format!("Add {n} users to a group (vs SDK = raw calls, same concurrency)"), &timings);
    for t in &timings {
        println!("{:<44} {:>10.0} users/s", t.label, n as f64 / t.median().as_secs_f64());
    }
}

/// An empty pool that signs in with email (as the console's: what a restore makes a copy in),
/// or, without `email`, with plain usernames.
pub(super) async fn empty_pool(sdk: &Client, name: &str, email: bool) -> String {
    let email = email.then_some(aws_sdk_cognitoidentityprovider::types::UsernameAttributeType::Email);
    let out = sdk
        .create_user_pool()
        .pool_name(super::harness::unique(name))
        .set_username_attributes(email.map(|e| vec![e]))
        .send()
        .await
        .unwrap();
    out.user_pool().and_then(|p| p.id()).unwrap().to_string()
}

/// A backup of `n` users (every 10th in a group) restored into an empty pool by the console's
/// job, against the same writes made with the raw SDK at the same concurrency (4) and an AWS
/// CLI loop; then a second plan, which must have no change.
pub async fn bench_restore() {
    let n = env_count("POOLDESK_BENCH_RESTORE_USERS", 1_000);
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let source = empty_pool(&h.sdk, "bench-restore-src", true).await;
    h.sdk.create_group().user_pool_id(&source).group_name("premium").send().await.unwrap();
    let users = seed(&h.sdk, &source, "restore", n, Some("premium")).await;
    let args = [("pool_id", source.as_str()), ("format", "backup")];
    let backup: String = h.call_once("/api/start_export", &args, Some(&cookie)).await.ok();
    h.job_end(&backup, &cookie).await;
    let runs = env_count("POOLDESK_BENCH_RESTORE_RUNS", 1);
    let (mut console, mut own, mut raw) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        let target = empty_pool(&h.sdk, "bench-restore-dst", true).await;
        let start = Instant::now();
        let args = [("pool_id", target.as_str()), ("backup_job", backup.as_str())];
        let id: String = h.call_once("/api/start_restore", &args, Some(&cookie)).await.ok();
        let job = h.job_end(&id, &cookie).await;
        console.push(start.elapsed());
        own.push(own_time(&job));
        assert_eq!((job.summary.failed, job.summary.done as usize), (0, n + n / 10 + 1), "{:?}", job.summary);
        let again: pooldesk::api::backup::RestorePlan =
            h.call_once("/api/plan_restore", &args, Some(&cookie)).await.ok();
        let changes: usize = again.counts.iter().map(|(_, c)| c).sum();
        println!("second plan after restoring {n} users: {changes} change(s)");
        assert_eq!(changes, 0, "{:?}", again.counts);

        let copy = empty_pool(&h.sdk, "bench-restore-raw", true).await;
        let start = Instant::now();
        h.sdk.create_group().user_pool_id(&copy).group_name("premium").send().await.unwrap();
        seed(&h.sdk, &copy, "restore", n, Some("premium")).await;
        raw.push(start.elapsed());
    }
    let mut timings = vec![
        Timing { label: "console: restore job into an empty pool", samples: console },
        Timing { label: "SDK: CreateGroup + AdminCreateUser/AddUserToGroup, 4 at a time", samples: raw },
        Timing { label: "console: the same job, its own time", samples: own },
    ];
    if let Ok(aws) = std::env::var("POOLDESK_BENCH_AWS") {
        let copy = empty_pool(&h.sdk, "bench-restore-cli", true).await;
        let sample = 20.min(n);
        let start = Instant::now();
        for u in &users[..sample] {
            let create = ["cognito-idp", "admin-create-user", "--user-pool-id", &copy, "--username", u];
            let rest =
                ["--user-attributes", &format!("Name=email,Value={u}"), "--message-action", "SUPPRESS"];
            super::aws_cli(&aws, &[&create[..], &rest[..]].concat()).await;
        }
        let scaled = start.elapsed().as_secs_f64() * n as f64 / sample as f64;
        timings.push(Timing {
            label: "AWS CLI: admin-create-user loop (scaled)",
            samples: vec![Duration::from_secs_f64(scaled)],
        });
    }
    report(&format!("Restore a backup of {n} users into an empty pool (vs SDK = the same writes)"), &timings);
    for t in &timings {
        println!("{:<44} {:>10.0} users/s", t.label, n as f64 / t.median().as_secs_f64());
    }
}
