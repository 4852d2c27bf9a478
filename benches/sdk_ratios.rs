//! Benchmarks, not tests: run by `scripts/bench.sh` (`cargo bench`), never by `cargo test`. Each operation is
//! timed three ways against the same moto: through the console (the server function over the
//! whole HTTP stack in process: CSRF, session, guard, SDK, JSON), as the raw SDK calls the
//! server function makes, and as the AWS CLI command (when `POOLDESK_BENCH_AWS` names one). The
//! output is medians, 95th percentiles and ratios; nothing here is a timed assertion.

use std::time::{Duration, Instant};

use axum::http::StatusCode;

#[allow(dead_code)] // the test kit, shared with the integration tests; the benchmarks use part
#[path = "../tests/console/harness.rs"]
mod harness;

use harness::{Harness, REGION, moto};

#[path = "sdk_ratios/index.rs"]
mod index;
#[path = "sdk_ratios/jobs.rs"]
mod jobs;
use pooldesk::error::AppError;

fn runs() -> usize {
    std::env::var("POOLDESK_BENCH_RUNS").ok().and_then(|n| n.parse().ok()).unwrap_or(200)
}

struct Timing {
    label: &'static str,
    samples: Vec<Duration>,
}

impl Timing {
    fn quantile(&self, q: f64) -> Duration {
        let mut sorted = self.samples.clone();
        sorted.sort();
        sorted[((sorted.len() - 1) as f64 * q).round() as usize]
    }

    fn median(&self) -> Duration {
        self.quantile(0.5)
    }
}

async fn time<F, Fut>(label: &'static str, runs: usize, mut call: F) -> Timing
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    for _ in 0..runs.min(5) {
        call().await;
    }
    let mut samples = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        call().await;
        samples.push(start.elapsed());
    }
    Timing { label, samples }
}

/// Times two paths in alternation (one call of each per round), so that a drift of the machine
/// or of moto during the run weighs on both alike.
async fn time_pair<A, FutA, B, FutB>(
    labels: (&'static str, &'static str),
    runs: usize,
    mut a: A,
    mut b: B,
) -> [Timing; 2]
where
    A: FnMut() -> FutA,
    FutA: std::future::Future<Output = ()>,
    B: FnMut() -> FutB,
    FutB: std::future::Future<Output = ()>,
{
    for _ in 0..runs.min(5) {
        a().await;
        b().await;
    }
    let (mut first, mut second) = (Vec::with_capacity(runs), Vec::with_capacity(runs));
    for _ in 0..runs {
        let start = Instant::now();
        a().await;
        first.push(start.elapsed());
        let start = Instant::now();
        b().await;
        second.push(start.elapsed());
    }
    [Timing { label: labels.0, samples: first }, Timing { label: labels.1, samples: second }]
}

/// The AWS CLI, run as a user would (a new process per call).
async fn time_cli(label: &'static str, args: &[&str]) -> Option<Timing> {
    let aws = std::env::var("POOLDESK_BENCH_AWS").ok()?;
    let runs = (runs() / 10).max(5);
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    Some(
        time(label, runs, || {
            let (aws, args) = (aws.clone(), args.clone());
            async move { aws_cli(&aws, &args).await }
        })
        .await,
    )
}

/// One AWS CLI command against the local moto, which must succeed.
async fn aws_cli(aws: &str, args: &[impl AsRef<std::ffi::OsStr>]) {
    let out = tokio::process::Command::new(aws)
        .args(args)
        .args(["--endpoint-url", &moto(), "--region", REGION, "--output", "json"])
        .env("AWS_ACCESS_KEY_ID", "local")
        .env("AWS_SECRET_ACCESS_KEY", "local")
        .output()
        .await
        .expect("the AWS CLI runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

fn report(operation: &str, timings: &[Timing]) {
    let base = timings[1].median().as_secs_f64();
    println!("\n{operation}");
    println!("{:<44} {:>10} {:>10} {:>8} {:>6}", "path", "median ms", "p95 ms", "vs SDK", "runs");
    for t in timings {
        println!(
            "{:<44} {:>10.2} {:>10.2} {:>7.2}x {:>6}",
            t.label,
            t.median().as_secs_f64() * 1e3,
            t.quantile(0.95).as_secs_f64() * 1e3,
            t.median().as_secs_f64() / base,
            t.samples.len()
        );
    }
}

async fn bench_get_user_pool() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let pool = h.pool_id.clone();
    let client = h.sdk.clone();
    let mut timings = Vec::from(
        time_pair(
            ("console: get_user_pool (server fn)", "SDK: DescribeUserPool + GetUserPoolMfaConfig"),
            runs(),
            || async {
                let reply = h.call("/api/get_user_pool", &[("pool_id", &pool)], Some(&cookie)).await;
                assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
            },
            || async {
                let (describe, mfa) = tokio::join!(
                    client.describe_user_pool().user_pool_id(&pool).send(),
                    client.get_user_pool_mfa_config().user_pool_id(&pool).send()
                );
                describe.unwrap();
                mfa.unwrap();
            },
        )
        .await,
    );
    timings.extend(
        time_cli(
            "AWS CLI: describe-user-pool",
            &["cognito-idp", "describe-user-pool", "--user-pool-id", &pool],
        )
        .await,
    );
    report("Read a pool's settings", &timings);
}

async fn bench_list_users() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let pool = h.pool_id.clone();
    for i in 0..58 {
        let email = format!("bench-{i}@example.com");
        ensure_user(&h.sdk, &pool, &email, ("Bench", "User"), "Bench-Pass-123!").await.unwrap();
    }
    let client = h.sdk.clone();
    let mut timings = Vec::from(
        time_pair(
            ("console: list_users, 60 per page (server fn)", "SDK: ListUsers (limit 60)"),
            runs(),
            || async {
                let reply = h
                    .call("/api/list_users", &[("pool_id", &pool), ("page_size", "60")], Some(&cookie))
                    .await;
                assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
                assert!(reply.body.matches("\"username\"").count() >= 60, "a full page");
            },
            || async {
                let out = client.list_users().user_pool_id(&pool).limit(60).send().await.unwrap();
                assert_eq!(out.users().len(), 60);
            },
        )
        .await,
    );
    // The users page as a browser loads it (server-rendered, 60 per page) against the Cognito
    // calls it waits for, made together as the page makes them: ListUsers and ListGroups (its
    // group picker).
    let page = format!("/pools/{pool}/users?size=60");
    let page_timings = Vec::from(
        time_pair(
            ("console: users page, 60 per page (SSR)", "SDK: ListUsers (limit 60) + ListGroups, together"),
            runs(),
            || async {
                let reply = h.page(&page, &cookie).await;
                assert_eq!(reply.status, StatusCode::OK);
                assert!(reply.body.contains("bench-57@example.com"), "the whole page rendered");
            },
            || async {
                let users = client.list_users().user_pool_id(&pool).limit(60).send();
                let groups = client.list_groups().user_pool_id(&pool).limit(60).send();
                let (users, groups) = futures::join!(users, groups);
                assert_eq!(users.unwrap().users().len(), 60);
                groups.unwrap();
            },
        )
        .await,
    );
    timings.extend(
        time_cli(
            "AWS CLI: list-users --max-items 60",
            &["cognito-idp", "list-users", "--user-pool-id", &pool, "--max-items", "60"],
        )
        .await,
    );
    report("List a page of 60 users", &timings);
    report("Render the users page, 60 users (vs SDK = the calls it waits for)", &page_timings);
}

async fn bench_login_test() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let pool = h.pool_id.clone();
    let summary: pooldesk::model::summary::ConfigSummary =
        h.call("/api/get_config_summary", &[("pool_id", &pool)], Some(&cookie)).await.ok();
    let client_id = summary.clients.iter().find(|c| c.name == "MyApp-UserAuth").unwrap().id.clone();
    let (user, password) = (h.user_email.clone(), h.report.user_password.clone());
    let client = h.sdk.clone();
    let mut timings = Vec::from(
        time_pair(
            (
                "console: run_login_test (describe, auth, JWKS, verify)",
                "SDK: InitiateAuth USER_PASSWORD_AUTH",
            ),
            runs(),
            || async {
                let reply = h
                    .call(
                        "/api/run_login_test",
                        &[
                            ("pool_id", &pool),
                            ("client_id", &client_id),
                            ("username", &user),
                            ("password", &password),
                        ],
                        Some(&cookie),
                    )
                    .await;
                assert!(reply.body.contains("SignedIn"), "{}", reply.body);
            },
            || async {
                let out = client
                    .initiate_auth()
                    .client_id(&client_id)
                    .auth_flow(aws_sdk_cognitoidentityprovider::types::AuthFlowType::UserPasswordAuth)
                    .auth_parameters("USERNAME", &user)
                    .auth_parameters("PASSWORD", &password)
                    .send()
                    .await
                    .unwrap();
                assert!(out.authentication_result().is_some());
            },
        )
        .await,
    );
    let parameters = format!("USERNAME={user},PASSWORD={password}");
    timings.extend(
        time_cli(
            "AWS CLI: initiate-auth",
            &[
                "cognito-idp",
                "initiate-auth",
                "--auth-flow",
                "USER_PASSWORD_AUTH",
                "--client-id",
                &client_id,
                "--auth-parameters",
                &parameters,
            ],
        )
        .await,
    );
    report("Sign a user in (test console)", &timings);
}

async fn bench_config_summary() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let pool = h.pool_id.clone();
    let client = h.sdk.clone();
    let identity = aws_sdk_cognitoidentity::Client::new(
        &pooldesk::cognito::load_sdk_config(&pooldesk::cognito::Endpoint {
            region: REGION.into(),
            url: Some(moto()),
            attempt_timeout: Duration::from_secs(10),
            // Identity pools calls are not paced (their quotas are not the user pools').
            quotas: Default::default(),
        })
        .await,
    );
    let timings = time_pair(
        ("console: get_config_summary (server fn)", "SDK: the same reads, one after another"),
        (runs() / 4).max(20),
        || async {
            let reply = h.call("/api/get_config_summary", &[("pool_id", &pool)], Some(&cookie)).await;
            assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        },
        || async {
            client.describe_user_pool().user_pool_id(&pool).send().await.unwrap();
            client.get_user_pool_mfa_config().user_pool_id(&pool).send().await.unwrap();
            let ids =
                client.list_user_pool_clients().user_pool_id(&pool).max_results(60).send().await.unwrap();
            for c in ids.user_pool_clients() {
                client
                    .describe_user_pool_client()
                    .user_pool_id(&pool)
                    .client_id(c.client_id().unwrap())
                    .send()
                    .await
                    .unwrap();
            }
            client.list_groups().user_pool_id(&pool).limit(60).send().await.unwrap();
            let users = client.list_users().user_pool_id(&pool).limit(50).send().await.unwrap();
            for u in users.users() {
                client
                    .admin_list_groups_for_user()
                    .user_pool_id(&pool)
                    .username(u.username().unwrap())
                    .send()
                    .await
                    .unwrap();
            }
            let pools = identity.list_identity_pools().max_results(60).send().await.unwrap();
            for p in pools.identity_pools() {
                identity
                    .describe_identity_pool()
                    .identity_pool_id(p.identity_pool_id().unwrap())
                    .send()
                    .await
                    .unwrap();
            }
        },
    )
    .await;
    report("Configuration summary (pool, 3 clients, groups, users, identity pools)", &timings);
}

fn attribute(
    name: &str,
    value: &str,
) -> Result<aws_sdk_cognitoidentityprovider::types::AttributeType, AppError> {
    aws_sdk_cognitoidentityprovider::types::AttributeType::builder()
        .name(name)
        .value(value)
        .build()
        .map_err(|_| AppError::Internal)
}

/// Creates the user (no invitation: the guide marks the email verified) unless present, then
/// sets `password` as permanent.
async fn ensure_user(
    cognito: &aws_sdk_cognitoidentityprovider::Client,
    pool_id: &str,
    email: &str,
    (given, family): (&str, &str),
    password: &str,
) -> Result<(), AppError> {
    let temporary = pooldesk::cognito::password::generate(&pooldesk::model::pool::PasswordPolicy::default());
    let created = cognito
        .admin_create_user()
        .user_pool_id(pool_id)
        .username(email)
        .temporary_password(temporary)
        .message_action(aws_sdk_cognitoidentityprovider::types::MessageActionType::Suppress)
        .user_attributes(attribute("email", email)?)
        .user_attributes(attribute("email_verified", "true")?)
        .user_attributes(attribute("given_name", given)?)
        .user_attributes(attribute("family_name", family)?)
        .send()
        .await;
    match created.map_err(|e| pooldesk::cognito::operations::ADMIN_CREATE_USER.error(e)) {
        Ok(_) | Err(AppError::Conflict { .. }) => {}
        Err(e) => return Err(e),
    }
    cognito
        .admin_set_user_password()
        .user_pool_id(pool_id)
        .username(email)
        .password(password)
        .permanent(true)
        .send()
        .await
        .map_err(|e| pooldesk::cognito::operations::ADMIN_SET_USER_PASSWORD.error(e))?;
    Ok(())
}

/// `cargo bench --bench sdk_ratios [name…]`: every benchmark, or those whose name contains one
/// of the words given.
#[tokio::main]
async fn main() {
    let only: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let wanted = |name: &str| only.is_empty() || only.iter().any(|w| name.contains(w.as_str()));
    if wanted("get_user_pool") {
        bench_get_user_pool().await;
    }
    if wanted("list_users") {
        bench_list_users().await;
    }
    if wanted("login_test") {
        bench_login_test().await;
    }
    if wanted("config_summary") {
        bench_config_summary().await;
    }
    if wanted("export") {
        jobs::bench_export().await;
    }
    if wanted("bulk_add") {
        jobs::bench_bulk_add().await;
    }
    if wanted("restore") {
        jobs::bench_restore().await;
    }
    if wanted("memory") {
        jobs::bench_memory().await;
    }
    if wanted("index_build") {
        index::bench_index_build().await;
    }
    if wanted("index_search") {
        index::bench_index_search().await;
    }
}
