//! The test kit: a seeded pool on moto, the console's router in front of it, requests as the
//! browser sends them, and the server's log captured.

use std::sync::atomic::{AtomicU32, Ordering};

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use leptos::prelude::LeptosOptions;
use serde::Serialize;
use serde::de::DeserializeOwned;
use tower::ServiceExt;

use pooldesk::cognito::bootstrap::{self, GuideSetup, SetupReport};
use pooldesk::cognito::{CognitoAdmin, CognitoUsers, Handles, load_sdk_config};
use pooldesk::components::pagination::encode;
use pooldesk::error::AppError;
use pooldesk::model::pool_settings::PoolForm;
use pooldesk::server::config::{CognitoArgs, RoleGroups, SecureCookies, ServeConfig};

pub const REGION: &str = "us-east-1";

/// The bulk job's start, which `Harness::call` follows to the job's end.
pub const BULK_JOB: &str = "/api/start_bulk_job";

pub fn moto() -> String {
    std::env::var("POOLDESK_TEST_MOTO").unwrap_or_else(|_| "http://127.0.0.1:5055".into())
}

/// fakecloud's address (`POOLDESK_TEST_FAKECLOUD`), for what moto does not implement: devices
/// and sign-in events. `scripts/test.sh` starts it on a port of its own.
pub fn fakecloud() -> String {
    std::env::var("POOLDESK_TEST_FAKECLOUD")
        .expect("POOLDESK_TEST_FAKECLOUD (fakecloud's http:// address) is not set: scripts/test.sh starts fakecloud and sets it")
}

/// Runs the built `pooldesk` binary with `args` against moto, as an operator's shell would.
pub async fn pooldesk_cli(args: &[&str]) -> std::process::Output {
    tokio::process::Command::new(env!("CARGO_BIN_EXE_pooldesk"))
        .args(args)
        .args(["--region", REGION, "--endpoint-url", &moto()])
        .args(["--call-timeout-secs", "10"])
        .env("AWS_ACCESS_KEY_ID", "local")
        .env("AWS_SECRET_ACCESS_KEY", "local")
        .output()
        .await
        .unwrap()
}

/// The PostgreSQL `scripts/test.sh` starts, for the tests of the PostgreSQL variant.
pub fn postgres_url() -> String {
    std::env::var("POOLDESK_TEST_POSTGRES")
        .expect("POOLDESK_TEST_POSTGRES (a postgres:// URL) is not set: scripts/test.sh starts PostgreSQL and sets it")
}

pub fn unique(prefix: &str) -> String {
    static N: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
    format!("{prefix}-{}-{nanos}-{}", std::process::id(), N.fetch_add(1, Ordering::Relaxed))
}

/// The local Cognito at `endpoint`, as the console's settings name it: paced at AWS's
/// defaults, unless `POOLDESK_QUOTAS` says otherwise (the benchmarks run unpaced, as the raw SDK
/// they compare with does).
fn local_args(endpoint: &str) -> CognitoArgs {
    let quotas = std::env::var("POOLDESK_QUOTAS")
        .map(|q| q.split(',').map(str::to_string).collect())
        .unwrap_or_default();
    CognitoArgs {
        region: REGION.into(),
        endpoint_url: Some(endpoint.to_string()),
        call_timeout_secs: 10,
        quotas,
    }
}

/// A new pool on moto with the guide's setup (the harness's own, or another for a test that
/// needs a pool the console does not sign in with), without the guide's domain, so that tests
/// can add their own: the handles, the setup and its report.
pub async fn seed_guide_pool(prefix: &str) -> (Handles, GuideSetup, SetupReport) {
    seed_guide_pool_with(prefix, false).await
}

/// `seed_guide_pool`, with the guide's domain when `domain`.
pub async fn seed_guide_pool_with(prefix: &str, domain: bool) -> (Handles, GuideSetup, SetupReport) {
    seed_on(&moto(), prefix, domain).await
}

/// `seed_guide_pool_with` on the local Cognito at `endpoint`.
async fn seed_on(endpoint: &str, prefix: &str, domain: bool) -> (Handles, GuideSetup, SetupReport) {
    pooldesk::api::link_all();
    let handles = Handles::new(&load_sdk_config(&local_args(endpoint).endpoint()).await);
    // Twice at most, each on a pool of its own: moto, one Python process under the whole run's
    // load, now and then answers a call of the seeding with an error (CI once failed on one).
    let mut failed = None;
    for _ in 0..2 {
        let setup = GuideSetup {
            pool_name: unique(prefix),
            deletion_protection: false,
            domain,
            admin_email: format!("{}@example.com", unique("admin")),
            user_email: format!("{}@example.com", unique("user")),
        };
        match bootstrap::apply(&handles, &setup).await {
            Ok(report) => return (handles, setup, report),
            Err(e) => {
                let logs = captured_logs();
                let said = logs.lines().rfind(|l| l.contains("cognito call failed")).unwrap_or("-");
                eprintln!(
                    "seeding {} on moto failed ({e:?}; last Cognito failure logged: {said}); once more on a new pool",
                    setup.pool_name
                );
                failed = Some(e);
            }
        }
    }
    panic!("seeding a pool at {endpoint} failed twice ({failed:?}); is the emulator running?");
}

/// The console's three groups: `admin`, `support` and `viewer`.
pub fn three_roles() -> RoleGroups {
    RoleGroups { admin: "admin".into(), support: Some("support".into()), viewer: Some("viewer".into()) }
}

/// A seeded pool, the console's router in front of it, and a direct admin handle for arranging
/// the test.
#[derive(Clone)]
pub struct Harness {
    pub router: Router,
    pub state: pooldesk::server::AppState,
    pub db: pooldesk::server::db::Db,
    pub cognito: CognitoAdmin,
    /// The raw SDK client, for arranging and checking what the console's handles do not expose.
    pub sdk: aws_sdk_cognitoidentityprovider::Client,
    /// Users and memberships, for arranging a test (the console reaches them only through its
    /// support desk).
    pub users: CognitoUsers,
    pub pool_id: String,
    pub admin_email: String,
    pub user_email: String,
    pub report: SetupReport,
}

/// The console on `config`: its database opened (and prepared), its state and its router.
async fn start(config: ServeConfig) -> (Router, pooldesk::server::AppState, pooldesk::server::db::Db) {
    let db = pooldesk::server::db::open(&config).await.unwrap();
    let options = LeptosOptions::builder().output_name("pooldesk").build();
    let state = pooldesk::server::build_state(config, options, db.clone()).await;
    (pooldesk::server::router(state.clone(), &db), state, db)
}

impl Harness {
    pub async fn new() -> Self {
        Self::with_recheck(300).await
    }

    /// `recheck_seconds` 0 makes the guard ask Cognito on every call.
    pub async fn with_recheck(recheck_seconds: u64) -> Self {
        Self::with_config(|c| c.recheck_seconds = recheck_seconds).await
    }

    /// A harness whose console configuration `adjust` changes (roles, limits, database,
    /// endpoint) before the server is built.
    pub async fn with_config(adjust: impl FnOnce(&mut ServeConfig)) -> Self {
        Self::on(&moto(), adjust).await
    }

    /// The console in front of the local Cognito at `endpoint` (moto, or fakecloud for what
    /// moto lacks), its configuration changed by `adjust`.
    pub async fn on(endpoint: &str, adjust: impl FnOnce(&mut ServeConfig)) -> Self {
        capture_logs();
        let cognito_args = local_args(endpoint);
        let (handles, setup, report) = seed_on(endpoint, "pd-test", false).await;
        let data_dir = std::env::temp_dir().join(unique("pooldesk-test"));
        let mut config = ServeConfig {
            cognito: cognito_args,
            bind: Some("127.0.0.1:0".parse().unwrap()),
            pool_id: report.pool_id.clone(),
            client_id: report.console_client_id.clone(),
            client_secret: report.console_client_secret.clone(),
            roles: RoleGroups::admin_only("admin"),
            // Both derived from the endpoint, as a deployment's would be.
            jwks_url: None,
            issuer: None,
            data_dir,
            database_url: None,
            secure_cookies: SecureCookies::Never,
            idle_minutes: 30,
            session_hours: 8,
            recheck_seconds: 300,
            step_up_seconds: 600,
            trust_forwarded_for: false,
            // Tests sign the same operator in dozens of times a minute; the limits have their
            // own test.
            login_per_ip_per_minute: 10_000,
            login_per_user_per_minute: 10_000,
            leptos_config: "Leptos.toml".into(),
            site_root: None,
            metrics_bind: None,
            replica_name: Some(unique("replica")),
            page_timeout_secs: 60,
        };
        adjust(&mut config);
        let (router, state, db) = start(config).await;
        Self {
            router,
            state,
            db,
            cognito: handles.admin.clone(),
            sdk: aws_sdk_cognitoidentityprovider::Client::new(
                &load_sdk_config(&local_args(endpoint).endpoint()).await,
            ),
            users: handles.users.clone(),
            pool_id: report.pool_id.clone(),
            admin_email: setup.admin_email,
            user_email: setup.user_email,
            report,
        }
    }

    /// The same console started again: a new state and database connection on the same
    /// database and configuration (what a process restart keeps).
    pub async fn restarted(&self) -> Self {
        let (router, state, db) = start(self.state.config().clone()).await;
        Self { router, state, db, ..self.clone() }
    }

    /// A second console on the same database and configuration, under another replica name
    /// (what a second instance behind a load balancer is).
    pub async fn another_replica(&self) -> Self {
        let mut config = self.state.config().clone();
        config.replica_name = Some(unique("replica"));
        let (router, state, db) = start(config).await;
        Self { router, state, db, ..self.clone() }
    }

    /// POSTs a server function the way the browser's JavaScript does (`call_once`). A bulk job
    /// that starts (`BULK_JOB`) is followed to its end, and the reply carries its per-user
    /// report in the order the users were given (one not attempted: failed with the job's
    /// reason), so the tests of the target rule read a bulk run like any other call.
    pub async fn call(&self, path: &str, args: &[(&str, &str)], cookie: Option<&str>) -> Reply {
        let reply = self.call_once(path, args, cookie).await;
        if path != BULK_JOB || reply.status != StatusCode::OK {
            return reply;
        }
        let id: String = reply.ok();
        let detail = self.job_end(&id, cookie.unwrap_or_default()).await;
        let given: Vec<&str> =
            args.iter().filter(|(k, _)| k.starts_with("usernames[")).map(|(_, v)| *v).collect();
        let mut items = detail.items;
        items.sort_by_key(|i| given.iter().position(|g| *g == i.username).unwrap_or(usize::MAX));
        let reason = detail.summary.reason.unwrap_or_else(|| "not attempted".into());
        let results: Vec<pooldesk::model::bulk::BulkResult> = items
            .into_iter()
            .map(|i| pooldesk::model::bulk::BulkResult {
                username: i.username,
                outcome: i
                    .outcome
                    .unwrap_or_else(|| pooldesk::model::bulk::BulkOutcome::Failed(reason.clone())),
            })
            .collect();
        Reply { body: serde_json::to_string(&results).unwrap(), ..reply }
    }

    /// A job's page once the job has ended (60 s at most).
    pub async fn job_end(&self, id: &str, cookie: &str) -> pooldesk::model::job::JobDetail {
        for _ in 0..600 {
            let detail: pooldesk::model::job::JobDetail =
                self.call_once("/api/get_job", &[("job_id", id)], Some(cookie)).await.ok();
            if !detail.summary.state.is_active() {
                return detail;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("job {id} did not end in 60 s");
    }

    /// POSTs a server function once, the way a script calls it: form-encoded, asking for JSON.
    /// (Every server function takes form-encoded arguments: a page's form posts them.)
    pub async fn call_once(&self, path: &str, args: &[(&str, &str)], cookie: Option<&str>) -> Reply {
        let body = args.iter().map(|(k, v)| format!("{k}={}", encode(v))).collect::<Vec<_>>().join("&");
        let mut req = Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "application/json")
            .header("sec-fetch-site", "same-origin");
        if let Some(c) = cookie {
            req = req.header(header::COOKIE, c);
        }
        self.send(req.body(Body::from(body)).unwrap()).await
    }

    /// Sends a request through the whole stack. A request that has not answered in 2 minutes
    /// (every Cognito call gives up within 21 s) is a hang: it fails the test, naming the request,
    /// rather than holding the run until CI's limit.
    pub async fn send(&self, req: Request<Body>) -> Reply {
        let what = format!("{} {}", req.method(), req.uri());
        let answer = async {
            let res = self.router.clone().oneshot(req).await.unwrap();
            let status = res.status();
            let headers = res.headers().clone();
            let bytes = axum::body::to_bytes(res.into_body(), 1 << 20).await.unwrap();
            Reply { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
        };
        tokio::time::timeout(std::time::Duration::from_secs(120), answer)
            .await
            .unwrap_or_else(|_| panic!("{what} did not answer in 2 minutes"))
    }

    /// A new user in `group` (created if missing) with a permanent password: email, password.
    pub async fn operator_in(&self, group: &str) -> (String, String) {
        let c = &self.sdk;
        let _ = c.create_group().user_pool_id(&self.pool_id).group_name(group).send().await;
        let email = format!("{}@example.com", unique(group));
        let password = "Operator-Pass-123!".to_string();
        c.admin_create_user()
            .user_pool_id(&self.pool_id)
            .username(&email)
            .user_attributes(
                aws_sdk_cognitoidentityprovider::types::AttributeType::builder()
                    .name("email")
                    .value(&email)
                    .build()
                    .unwrap(),
            )
            .message_action(aws_sdk_cognitoidentityprovider::types::MessageActionType::Suppress)
            .send()
            .await
            .unwrap();
        c.admin_set_user_password()
            .user_pool_id(&self.pool_id)
            .username(&email)
            .password(&password)
            .permanent(true)
            .send()
            .await
            .unwrap();
        pooldesk::cognito::users::add_to_group(&self.users, &self.pool_id, &email, group).await.unwrap();
        (email, password)
    }

    /// The session cookie of a new operator in `group` (`operator_in`, signed in).
    pub async fn signed_in_as(&self, group: &str) -> String {
        let (email, password) = self.operator_in(group).await;
        self.sign_in(&email, &password).await
    }

    /// GETs a page as the browser loads it.
    ///
    /// A page that did not render within the console's page deadline answers a "reload" page;
    /// this reloads once, as the operator would, and says so on stderr (Leptos' rendering of
    /// a page very rarely stalls under the test run's load: see the README's known problems).
    pub async fn page(&self, path: &str, cookie: &str) -> Reply {
        let reply = self.page_once(path, cookie).await;
        if reply.is_stalled_page() {
            eprintln!("GET {path} did not render within the page deadline; reloading once");
            return self.page_once(path, cookie).await;
        }
        reply
    }

    /// GETs a page once, whatever it answers.
    pub async fn page_once(&self, path: &str, cookie: &str) -> Reply {
        let req = Request::get(path)
            .header(header::COOKIE, cookie)
            .header(header::ACCEPT, "text/html")
            .body(Body::empty())
            .unwrap();
        self.send(req).await
    }

    /// Signs in and returns the session cookie.
    pub async fn sign_in(&self, username: &str, password: &str) -> String {
        let reply = self.call("/api/login", &[("username", username), ("password", password)], None).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        reply.cookie().expect("a session cookie after sign-in")
    }

    pub async fn admin_cookie(&self) -> String {
        self.sign_in(&self.admin_email, &self.report.admin_password).await
    }

    /// POSTs `args` followed by a form struct's fields, as the browser submits the page's form.
    pub async fn call_form<T: Serialize>(
        &self,
        path: &str,
        args: &[(&str, &str)],
        form: &T,
        cookie: &str,
    ) -> Reply {
        let fields = form_args(form);
        let mut all = args.to_vec();
        all.extend(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        self.call(path, &all, Some(cookie)).await
    }

    /// Creates a pool through `create_user_pool` and returns its id.
    pub async fn create_pool(&self, cookie: &str, form: &PoolForm) -> String {
        self.call_form("/api/create_user_pool", &[], form, cookie).await.ok()
    }

    /// Cleans up a pool a test created: its domain first (Cognito refuses otherwise), then the
    /// pool itself, directly (moto does not enforce deletion protection).
    pub async fn remove_pool(&self, pool_id: &str) {
        let pool = self.sdk.describe_user_pool().user_pool_id(pool_id).send().await.unwrap();
        if let Some(domain) = pool.user_pool().and_then(|p| p.custom_domain().or(p.domain())) {
            self.sdk.delete_user_pool_domain().user_pool_id(pool_id).domain(domain).send().await.unwrap();
        }
        self.sdk.delete_user_pool().user_pool_id(pool_id).send().await.unwrap();
    }
}

/// Everything the server logs at its production level (info), from every test of this binary,
/// for the tests that prove no secret reaches a log line.
pub static LOGS: std::sync::Mutex<Vec<u8>> = std::sync::Mutex::new(Vec::new());

struct LogSink;

impl std::io::Write for LogSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        LOGS.lock().unwrap_or_else(|e| e.into_inner()).extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn capture_logs() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new("info"))
            .with_ansi(false)
            .with_writer(|| LogSink)
            .try_init();
    });
}

pub fn captured_logs() -> String {
    String::from_utf8_lossy(&LOGS.lock().unwrap_or_else(|e| e.into_inner())).into_owned()
}

/// A form struct as the browser posts it: text fields as they are (empty ones too), ticked
/// checkboxes (`Some`) as `name=on`, unticked ones not at all, lists as repeated `name[]`.
pub fn form_args<T: Serialize>(form: &T) -> Vec<(String, String)> {
    use serde_json::Value;
    let Value::Object(fields) = serde_json::to_value(form).unwrap() else { panic!("a form is a struct") };
    let mut out = Vec::new();
    for (name, value) in fields {
        match value {
            Value::Null => {}
            Value::String(text) => out.push((name, text)),
            Value::Array(items) => {
                for item in items {
                    let Value::String(text) = item else { panic!("{name}: lists of text only") };
                    out.push((format!("{name}[]"), text));
                }
            }
            other => panic!("{name}: a form field is text, not {other}"),
        }
    }
    out
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

impl Reply {
    /// The `name=value` of the session cookie this response sets, if any.
    /// The console's answer to a page that did not render within its deadline.
    pub fn is_stalled_page(&self) -> bool {
        self.status == StatusCode::SERVICE_UNAVAILABLE && self.body.contains("data-stalled")
    }

    pub fn cookie(&self) -> Option<String> {
        self.cookie_named("pooldesk_session")
    }

    /// The `name=value` of the cookie this response sets whose name ends with `name` (with or
    /// without the `__Host-` prefix), if any.
    pub fn cookie_named(&self, name: &str) -> Option<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.split('=').next().is_some_and(|n| n.ends_with(name)))
            .map(|v| v.split(';').next().unwrap().to_string())
    }

    pub fn error(&self) -> AppError {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|_| panic!("not an AppError: {} {}", self.status, self.body))
    }

    /// The successful result (200 and its JSON).
    pub fn ok<T: DeserializeOwned>(&self) -> T {
        assert_eq!(self.status, StatusCode::OK, "{}", self.body);
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }

    /// The field of the `Invalid` error (422) this reply must be.
    pub fn invalid_field(&self) -> String {
        match self.error() {
            AppError::Invalid { field, .. } if self.status == StatusCode::UNPROCESSABLE_ENTITY => field,
            other => panic!("expected Invalid, got {} {other:?}", self.status),
        }
    }
}
