//! The console's index (part of `sdk_ratios`, run by `scripts/bench.sh`): a build of
//! POOLDESK_BENCH_INDEX_USERS (5,000) users through the console's job against the same reads
//! made with the raw SDK (in sequence and in 16 partitions) and the AWS CLI; and searches and
//! the analytics page on POOLDESK_BENCH_SEARCH_USERS (100,000) synthetic users written straight
//! into the index, on SQLite and on PostgreSQL (when POOLDESK_TEST_POSTGRES names one), through
//! the whole HTTP stack against the same query made on the index directly.

use std::time::Instant;

use super::harness::{Harness, postgres_url, unique};
use super::jobs::{empty_pool, env_count, own_time, raw_reads, seed};
use super::{Timing, report, time};
use pooldesk::model::user_export::ExportedUser;
use pooldesk::server::index::{PoolIndex, WRITE_BATCH};

pub async fn bench_index_build() {
    let n = env_count("POOLDESK_BENCH_INDEX_USERS", 5_000);
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let pool = empty_pool(&h.sdk, "bench-index", false).await;
    h.sdk.create_group().user_pool_id(&pool).group_name("premium").send().await.unwrap();
    let started = Instant::now();
    seed(&h.sdk, &pool, "index", n, Some("premium")).await;
    println!("\n(seeded {n} users in {:.1} s)", started.elapsed().as_secs_f64());
    let runs = env_count("POOLDESK_BENCH_INDEX_RUNS", 3);
    let own = std::sync::Mutex::new(Vec::new());
    let mut timings = vec![
        time("console: index build job", runs, || async {
            let id: String = h.call_once("/api/build_index", &[("pool_id", &pool)], Some(&cookie)).await.ok();
            let job = h.job_end(&id, &cookie).await;
            assert_eq!(job.summary.processed as usize, n, "{:?}", job.summary);
            own.lock().unwrap().push(own_time(&job));
        })
        .await,
    ];
    timings.extend(raw_reads(&h.sdk, &pool, n, runs).await);
    if let Ok(aws) = std::env::var("POOLDESK_BENCH_AWS") {
        // The CLI pages through every user itself (one process, the pages in sequence).
        timings.push(
            time("AWS CLI: list-users (all pages)", runs, || {
                let (aws, pool) = (aws.clone(), pool.clone());
                async move { super::aws_cli(&aws, &["cognito-idp", "list-users", "--user-pool-id", &pool]).await }
            })
            .await,
        );
    }
    let own = own.into_inner().unwrap();
    let samples = own[own.len().saturating_sub(runs)..].to_vec();
    timings.push(Timing { label: "console: the same job, its own time", samples });
    report(&format!("Index build of {n} users with their groups (vs SDK = in sequence)"), &timings);
    for t in &timings {
        println!("{:<44} {:>10.0} users/s", t.label, n as f64 / t.median().as_secs_f64());
    }
}

/// `n` synthetic users in `pool_id`'s index: 5 tiers and 20 departments (custom attributes),
/// statuses in proportion, every 10th disabled, groups by number, created over two years.
async fn synthetic(index: &PoolIndex, pool_id: &str, n: usize) {
    let tiers = ["gold", "silver", "bronze", "platinum", "trial"];
    let statuses = ["CONFIRMED", "CONFIRMED", "CONFIRMED", "FORCE_CHANGE_PASSWORD", "UNCONFIRMED"];
    let now = 1_796_000_000_i64;
    let generation = index.begin_build(pool_id).await.unwrap();
    let mut members = Vec::new();
    for start in (0..n).step_by(WRITE_BATCH) {
        let users: Vec<ExportedUser> = (start..(start + WRITE_BATCH).min(n))
            .map(|i| {
                let username = format!("{:08x}-synthetic-{i}", i.wrapping_mul(2_654_435_761) as u32);
                let email = format!("person{i}@example{}.com", i % 37);
                if i % 3 == 0 {
                    members.push(("premium".to_string(), username.clone()));
                }
                if i % 7 == 0 {
                    members.push(("staff".to_string(), username.clone()));
                }
                ExportedUser {
                    username,
                    attributes: vec![
                        ("email".into(), email),
                        ("email_verified".into(), (i % 4 != 0).to_string()),
                        ("given_name".into(), format!("Given{}", i % 1000)),
                        ("family_name".into(), format!("Family{}", i % 5000)),
                        ("custom:tier".into(), format!("{}-{}", tiers[i % tiers.len()], i % 97)),
                        ("custom:dept".into(), format!("dept-{}", i % 20)),
                    ],
                    status: statuses[i % statuses.len()].into(),
                    enabled: i % 10 != 0,
                    created: Some(now - (i as i64 * 631) % (730 * 86_400)),
                    modified: Some(now - (i as i64 * 211) % (90 * 86_400)),
                    ..ExportedUser::default()
                }
            })
            .collect();
        index.write_users(pool_id, &users, generation).await.unwrap();
    }
    index.write_members(pool_id, &members, generation).await.unwrap();
    let names: Vec<String> =
        ["email", "email_verified", "given_name", "family_name", "custom:tier", "custom:dept"]
            .map(String::from)
            .into();
    index.finish_build(pool_id, generation, &names, now * 1000).await.unwrap();
}

pub async fn bench_index_search() {
    let n = env_count("POOLDESK_BENCH_SEARCH_USERS", 100_000);
    let runs = env_count("POOLDESK_BENCH_SEARCH_RUNS", 100);
    let mut backends = vec![("SQLite", Harness::new().await)];
    if std::env::var("POOLDESK_TEST_POSTGRES").is_ok() {
        backends.push(("PostgreSQL", Harness::with_config(|c| c.database_url = Some(postgres_url())).await));
    }
    for (backend, h) in backends {
        let cookie = h.admin_cookie().await;
        let pool = format!("us-east-1_{}", unique("bench").replace('-', ""));
        let pool = &pool[..pool.len().min(55)];
        let index = PoolIndex::new(h.db.clone());
        let started = Instant::now();
        synthetic(&index, pool, n).await;
        println!(
            "\n({backend}: wrote {n} synthetic users into the index in {:.1} s)",
            started.elapsed().as_secs_f64()
        );
        let query = "attr=custom%3Atier&op=contains&q=ld-4&groups=premium&in=any&status=CONFIRMED";
        let checked = pooldesk::api::index::parse_query(query).check().unwrap();
        let direct = index.read();
        let [console, sql] = super::time_pair(
            ("console: search_index (HTTP, JSON)", "index: the same query, direct"),
            runs,
            || async {
                let reply = h
                    .call_once("/api/search_index", &[("pool_id", pool), ("query", query)], Some(&cookie))
                    .await;
                assert_eq!(reply.status, axum::http::StatusCode::OK, "{}", reply.body);
            },
            || async {
                let page = direct.search(pool, &checked, None, 0).await.unwrap();
                assert!(page.total > 0);
            },
        )
        .await;
        let total = direct.search(pool, &checked, None, 0).await.unwrap().total;
        report(
            &format!(
                "{backend}: contains on a custom attribute + group + status, {n} users ({total} match; vs SDK = direct)"
            ),
            &[console, sql],
        );
        let page_path = format!("/pools/{pool}/analytics");
        let analytics = time("console: the analytics page (SSR, HTML)", runs.min(20), || async {
            let page = h.page_once(&page_path, &cookie).await;
            assert!(page.body.contains("data-columns"), "{}", &page.body[..page.body.len().min(400)]);
        })
        .await;
        println!(
            "{backend}: analytics page on {n} users: median {:.1} ms, p95 {:.1} ms ({} runs)",
            analytics.median().as_secs_f64() * 1e3,
            analytics.quantile(0.95).as_secs_f64() * 1e3,
            analytics.samples.len()
        );
        // The next run starts from an empty index (the trigram index spans every pool).
        index.pool_deleted(pool).await.unwrap();
    }
}
