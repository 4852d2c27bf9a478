//! Running as a service: two console processes (the built binary) on one PostgreSQL behind a
//! round-robin proxy share sessions, sign-in limits and the audit log; one killed in the middle
//! of a change leaves no `pending` row once it is back; their JSON log lines and metrics say
//! what happened. And in process: a flood on an operator's name does not stop that operator's
//! known browser, and the limits outlive a restart.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use axum::http::{StatusCode, header};
use sqlx::Row;

use super::faults::{Mode, Running};
use super::{Harness, Reply, moto, seed_guide_pool, unique};
use pooldesk::error::AppError;

/// A sign-in attempt, from a browser holding the known-device cookie `device` when given.
async fn login(h: &Harness, username: &str, password: &str, device: Option<&str>) -> Reply {
    h.call("/api/login", &[("username", username), ("password", password)], device).await
}

#[tokio::test]
async fn a_flood_on_an_operators_name_does_not_stop_their_known_browser() {
    // Three a minute per name: the admin's first sign-in spends one.
    let h = Harness::with_config(|c| c.login_per_user_per_minute = 3).await;
    let (admin, password) = (h.admin_email.clone(), h.report.admin_password.clone());
    let signed_in = login(&h, &admin, &password, None).await;
    assert_eq!(signed_in.status, StatusCode::OK, "{}", signed_in.body);
    let device =
        signed_in.cookie_named("pooldesk_device").expect("a sign-in makes the browser a known device");
    let set =
        signed_in.headers.get_all(header::SET_COOKIE).iter().map(|v| v.to_str().unwrap()).collect::<Vec<_>>();
    let device_line = set.iter().find(|v| v.starts_with("pooldesk_device=")).unwrap().to_lowercase();
    for attribute in ["httponly", "samesite=strict", "path=/", "max-age="] {
        assert!(device_line.contains(attribute), "{attribute} in {device_line}");
    }
    // Somebody else floods the admin's name with wrong passwords until it is refused.
    for _ in 0..2 {
        assert_eq!(login(&h, &admin, "Wrong-pass-1", None).await.status, StatusCode::UNAUTHORIZED);
    }
    let flooded = login(&h, &admin, &password, None).await;
    assert_eq!(flooded.error(), AppError::TooManyAttempts, "a browser nobody knows waits");
    // The admin's own browser still signs in, and keeps its cookie (no new one is set).
    let own = login(&h, &admin, &password, Some(&device)).await;
    assert_eq!(own.status, StatusCode::OK, "{}", own.body);
    assert_eq!(own.cookie_named("pooldesk_device"), None);
    // Known by the username too, not only by the email it signed in with.
    let username = h.sdk.admin_get_user().user_pool_id(&h.pool_id).username(&admin).send().await.unwrap();
    let by_name = login(&h, username.username(), "Wrong-pass-1", Some(&device)).await;
    assert_eq!(by_name.status, StatusCode::UNAUTHORIZED, "its own allowance: {}", by_name.body);
    // A device cookie vouches only for whom signed in with it.
    let other = login(&h, &h.user_email, "Wrong-pass-1", Some(&device)).await;
    assert_eq!(other.status, StatusCode::UNAUTHORIZED);

    // The budget is in the database: a restarted console (a new state on the same database)
    // still refuses the flooded name.
    let restarted = h.restarted().await;
    assert_eq!(login(&restarted, &admin, &password, None).await.error(), AppError::TooManyAttempts);
    assert_eq!(login(&restarted, &admin, &password, Some(&device)).await.status, StatusCode::OK);
}

/// One console process, the built binary, with its log in a file.
struct Replica {
    addr: SocketAddr,
    metrics: SocketAddr,
    log: PathBuf,
    child: tokio::process::Child,
}

fn free_port() -> SocketAddr {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap()
}

async fn start_replica(name: &str, env: &[(&str, String)]) -> Replica {
    let (addr, metrics) = (free_port(), free_port());
    let log = std::env::temp_dir().join(unique(&format!("pooldesk-{name}")));
    let file = std::fs::File::create(&log).unwrap();
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_pooldesk"));
    command
        .arg("serve")
        .env("POOLDESK_BIND", addr.to_string())
        .env("POOLDESK_METRICS_BIND", metrics.to_string())
        .env("POOLDESK_REPLICA_NAME", name)
        .env("POOLDESK_LOG_FORMAT", "json")
        .env("POOLDESK_SECURE_COOKIES", "never")
        .env("RUST_LOG", "info")
        .stdout(file.try_clone().unwrap())
        .stderr(file)
        .kill_on_drop(true);
    for (k, v) in env {
        command.env(k, v);
    }
    let child = command.spawn().unwrap();
    let replica = Replica { addr, metrics, log, child };
    let http = reqwest::Client::new();
    for _ in 0..300 {
        if let Ok(res) = http.get(format!("http://{addr}/healthz")).send().await
            && res.status().is_success()
        {
            return replica;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("replica {name} did not start: {}", std::fs::read_to_string(&replica.log).unwrap_or_default());
}

/// A TCP proxy that hands each new connection to the next replica in turn.
async fn round_robin(upstreams: Vec<SocketAddr>) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let next = Arc::new(AtomicUsize::new(0));
    tokio::spawn(async move {
        while let Ok((mut inbound, _)) = listener.accept().await {
            let upstream = upstreams[next.fetch_add(1, Ordering::Relaxed) % upstreams.len()];
            tokio::spawn(async move {
                if let Ok(mut outbound) = tokio::net::TcpStream::connect(upstream).await {
                    let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                }
            });
        }
    });
    addr
}

/// A browser's requests: a new connection each (so the proxy alternates), cookies by hand.
struct Browser {
    http: reqwest::Client,
}

struct Answer {
    status: u16,
    cookies: Vec<String>,
    body: String,
}

impl Browser {
    fn new() -> Self {
        Self { http: reqwest::Client::builder().pool_max_idle_per_host(0).build().unwrap() }
    }

    async fn call(&self, at: SocketAddr, path: &str, args: &[(&str, &str)], cookie: Option<&str>) -> Answer {
        let body =
            args.iter().map(|(k, v)| format!("{k}={}", pooldesk::model::encode(v))).collect::<Vec<_>>();
        let mut req = self
            .http
            .post(format!("http://{at}{path}"))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("accept", "application/json")
            .header("sec-fetch-site", "same-origin")
            .body(body.join("&"));
        if let Some(cookie) = cookie {
            req = req.header("cookie", cookie);
        }
        let res = req.send().await.unwrap();
        let status = res.status().as_u16();
        let cookies = res
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(|v| v.split(';').next().unwrap().to_string())
            .collect();
        Answer { status, cookies, body: res.text().await.unwrap() }
    }
}

impl Answer {
    fn session(&self) -> String {
        self.cookies.iter().find(|c| c.starts_with("pooldesk_session=")).cloned().expect("a session cookie")
    }

    fn error(&self) -> AppError {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|_| panic!("not an AppError: {} {}", self.status, self.body))
    }
}

#[tokio::test]
async fn two_replicas_share_one_postgres_behind_a_round_robin_proxy() {
    let database_url = super::harness::postgres_url();
    let (_handles, setup, report) = seed_guide_pool("pd-replicas").await;
    // Replica a reaches Cognito through a proxy that can slow it down.
    let slow = Running::start().await;
    let mut env = vec![
        ("AWS_REGION", super::REGION.to_string()),
        ("POOLDESK_POOL_ID", report.pool_id.clone()),
        ("POOLDESK_CLIENT_ID", report.console_client_id.clone()),
        ("DATABASE_URL", database_url.clone()),
        ("POOLDESK_LOGIN_PER_USER_PER_MINUTE", "3".into()),
        ("POOLDESK_LOGIN_PER_IP_PER_MINUTE", "1000".into()),
        ("POOLDESK_CALL_TIMEOUT_SECS", "30".into()),
    ];
    if let Some(secret) = &report.console_client_secret {
        env.push(("POOLDESK_CLIENT_SECRET", secret.clone()));
    }
    let with_endpoint = |url: String| {
        let mut env = env.clone();
        env.push(("AWS_ENDPOINT_URL", url));
        env
    };
    let (name_a, name_b) = (unique("replica-a"), unique("replica-b"));
    let mut a = start_replica(&name_a, &with_endpoint(slow.url.clone())).await;
    let b = start_replica(&name_b, &with_endpoint(moto())).await;
    let proxy = round_robin(vec![a.addr, b.addr]).await;
    let browser = Browser::new();
    let pool = report.pool_id.as_str();

    // A session made through the proxy (on either) is valid on both.
    let signed_in = browser
        .call(
            proxy,
            "/api/login",
            &[("username", &setup.admin_email), ("password", &report.admin_password)],
            None,
        )
        .await;
    assert_eq!(signed_in.status, 200, "{}", signed_in.body);
    let session = signed_in.session();
    for _ in 0..4 {
        let listed = browser.call(proxy, "/api/list_groups", &[("pool_id", pool)], Some(&session)).await;
        assert_eq!(listed.status, 200, "{}", listed.body);
    }
    for at in [a.addr, b.addr] {
        assert_eq!(browser.call(at, "/api/current_operator", &[], Some(&session)).await.status, 200);
    }

    // Changes through both replicas land in one audit log, each row naming its replica.
    for (at, group) in [(a.addr, "from-a"), (b.addr, "from-b")] {
        let args =
            [("pool_id", pool), ("name", group), ("description", ""), ("precedence", ""), ("role_arn", "")];
        let created = browser.call(at, "/api/create_group", &args, Some(&session)).await;
        assert_eq!(created.status, 200, "{}", created.body);
    }
    let rows = audit_rows(&database_url, pool).await;
    for name in [&name_a, &name_b] {
        assert!(
            rows.iter().any(|(action, outcome, replica)| action == "create_group"
                && outcome == "ok"
                && replica == name),
            "a create_group row from {name}: {rows:?}"
        );
    }

    // One sign-in budget for the name: three wrong passwords spread over both, then neither
    // takes the right one (from a browser that is no known device).
    for at in [a.addr, b.addr, a.addr] {
        let wrong = browser
            .call(at, "/api/login", &[("username", &setup.user_email), ("password", "Wrong-pass-1")], None)
            .await;
        assert_eq!(wrong.status, 401, "{}", wrong.body);
    }
    let over = browser
        .call(
            b.addr,
            "/api/login",
            &[("username", &setup.user_email), ("password", &report.user_password)],
            None,
        )
        .await;
    assert_eq!(over.error(), AppError::TooManyAttempts);

    // Killed in the middle of a change: the row stays pending until the replica is back.
    slow.set(Mode::Slow(Duration::from_secs(20)));
    let in_flight = {
        let (http, at, session, pool) = (browser.http.clone(), a.addr, session.clone(), pool.to_string());
        tokio::spawn(async move {
            let body = format!("pool_id={pool}&name=cut-short&description=&precedence=&role_arn=");
            let _ = http
                .post(format!("http://{at}/api/create_group"))
                .header("content-type", "application/x-www-form-urlencoded")
                .header("sec-fetch-site", "same-origin")
                .header("cookie", session)
                .body(body)
                .send()
                .await;
        })
    };
    let mut pending = false;
    for _ in 0..300 {
        let rows = audit_rows(&database_url, pool).await;
        if rows.iter().any(|(_, outcome, replica)| outcome == "pending" && *replica == name_a) {
            pending = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(pending, "the change's row is written before Cognito is called");
    a.child.kill().await.unwrap();
    let _ = in_flight.await;
    slow.set(Mode::Pass);
    let log_a = std::fs::read_to_string(&a.log).unwrap();
    let a = start_replica(&name_a, &with_endpoint(slow.url.clone())).await;
    let rows = audit_rows(&database_url, pool).await;
    assert!(!rows.iter().any(|(_, outcome, _)| outcome == "pending"), "{rows:?}");
    assert!(
        rows.iter().any(|(_, outcome, replica)| outcome == "interrupted" && *replica == name_a),
        "{rows:?}"
    );

    // Logging out on one ends the session on both.
    let out = browser.call(a.addr, "/api/logout", &[], Some(&session)).await;
    assert!(out.status < 400, "{} {}", out.status, out.body);
    let after = browser.call(b.addr, "/api/current_operator", &[], Some(&session)).await;
    assert_eq!(after.error(), AppError::Unauthenticated);

    // The JSON log: one object per line; a request's lines carry its id, the audit events
    // their fields.
    let lines: Vec<serde_json::Value> = log_a
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: not a JSON line: {l}")))
        .collect();
    let audit = lines
        .iter()
        .find(|l| l["fields"]["action"] == "create_group" && l["fields"]["outcome"] == "ok")
        .unwrap_or_else(|| panic!("an audit event for create_group in {log_a}"));
    assert_eq!(audit["target"], "pooldesk::audit");
    assert_eq!(audit["fields"]["pool_id"], pool);
    let request = audit["spans"].as_array().and_then(|spans| spans.iter().find(|s| s["name"] == "request"));
    let request_id = request.and_then(|r| r["request_id"].as_str()).unwrap_or_else(|| panic!("{audit}"));
    assert_eq!(request_id, audit["fields"]["request_id"]);
    assert_eq!(request.unwrap()["path"], "/api/create_group");

    // b's metrics: the requests, the Cognito calls and the sign-ins it served.
    let scrape = reqwest::get(format!("http://{}/metrics", b.metrics)).await.unwrap().text().await.unwrap();
    for expected in [
        r#"pooldesk_requests_total{function="create_group",status="200"} 1"#,
        r#"pooldesk_cognito_calls_total{operation="CreateGroup",outcome="ok"} 1"#,
        r#"pooldesk_sign_in_steps_total{step="login",outcome="too_many_attempts"} 1"#,
        r#"pooldesk_request_duration_seconds_bucket{function="create_group",le="+Inf"} 1"#,
        "pooldesk_active_sessions ",
    ] {
        assert!(scrape.contains(expected), "{expected} in\n{scrape}");
    }
    assert!(!scrape.contains(&report.admin_password) && !scrape.contains(&setup.admin_email));
    // Every operation b called is granted by the deployment's IAM policy.
    let policy = include_str!("../../deploy/iam-policy.json");
    for line in scrape.lines().filter(|l| l.starts_with("pooldesk_cognito_calls_total{")) {
        let operation = line.split("operation=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap();
        assert!(policy.contains(&format!(":{operation}\"")), "{operation} is not in deploy/iam-policy.json");
    }
    drop((a, b));
}

/// Every audit row of `pool`: action, outcome, replica.
async fn audit_rows(database_url: &str, pool: &str) -> Vec<(String, String, String)> {
    let db = sqlx::PgPool::connect(database_url).await.unwrap();
    let rows = sqlx::query(
        "SELECT action, outcome, COALESCE(replica, '') AS replica FROM pooldesk_audit WHERE pool_id = $1",
    )
    .bind(pool)
    .fetch_all(&db)
    .await
    .unwrap();
    db.close().await;
    rows.iter().map(|r| (r.get("action"), r.get("outcome"), r.get("replica"))).collect()
}
