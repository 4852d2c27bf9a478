//! Cognito down, slow and throttling, through a small proxy in front of moto that can refuse,
//! delay or fail what it forwards: the console answers with a clear error (and a banner on
//! pages), stays up, retries a throttled call within its budget, and leaves nothing half made.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

use super::blueprint::apply;
use super::{Harness, moto, unique};
use pooldesk::error::AppError;
use pooldesk::model::blueprint::StepOutcome;

#[derive(Clone, Copy, Debug)]
pub enum Mode {
    Pass,
    /// Answer this many requests with TooManyRequestsException, then pass.
    Throttle(usize),
    /// Forward after this delay.
    Slow(Duration),
    /// Fail calls of this operation (`X-Amz-Target` suffix) with a 500.
    Fail(&'static str),
    /// Answer calls of these operations as an endpoint that lacks them: moto's bare HTML 500
    /// (`false`), or cognito-local's `Unsupported` (`true`).
    Unsupported(&'static [&'static str], bool),
}

#[derive(Clone)]
struct Proxy {
    mode: Arc<Mutex<Mode>>,
    /// The operation (`X-Amz-Target`) of every request received.
    hits: Arc<Mutex<Vec<String>>>,
    http: reqwest::Client,
}

pub struct Running {
    pub url: String,
    proxy: Proxy,
    server: tokio::task::JoinHandle<()>,
}

impl Running {
    pub async fn start() -> Self {
        let proxy = Proxy {
            mode: Arc::new(Mutex::new(Mode::Pass)),
            hits: Arc::default(),
            http: reqwest::Client::new(),
        };
        let app = axum::Router::new().fallback(forward).with_state(proxy.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr: SocketAddr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        Self { url: format!("http://{addr}"), proxy, server }
    }

    pub fn set(&self, mode: Mode) {
        *self.proxy.mode.lock().unwrap() = mode;
    }

    /// Cognito gone: the listener closes, every call fails to connect.
    pub fn down(&self) {
        self.server.abort();
    }

    /// How many requests for `operation` arrived so far.
    fn hits(&self, operation: &str) -> usize {
        self.proxy.hits.lock().unwrap().iter().filter(|t| t.ends_with(operation)).count()
    }
}

/// Forwards the request as it came (method, path and query: the JWKS too, which the console
/// derives from the endpoint), unless the mode says otherwise.
async fn forward(
    State(proxy): State<Proxy>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let target = headers.get("x-amz-target").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    proxy.hits.lock().unwrap().push(target.clone());
    let mode = {
        let mut mode = proxy.mode.lock().unwrap();
        let now = *mode;
        if let Mode::Throttle(n) = now {
            *mode = if n > 1 { Mode::Throttle(n - 1) } else { Mode::Pass };
        }
        now
    };
    // Every answer closes its connection, so that "down" (the listener gone) is down at once.
    let close = [("connection", "close"), ("content-type", "application/x-amz-json-1.1")];
    match mode {
        Mode::Throttle(_) => {
            let body = r#"{"__type":"TooManyRequestsException","message":"Rate exceeded"}"#;
            return (StatusCode::BAD_REQUEST, close, body).into_response();
        }
        Mode::Fail(op) if target.ends_with(op) => {
            let body = r#"{"__type":"InternalErrorException","message":"injected failure"}"#;
            return (StatusCode::INTERNAL_SERVER_ERROR, close, body).into_response();
        }
        Mode::Unsupported(ops, json) if ops.iter().any(|op| target.ends_with(&format!(".{op}"))) => {
            let body = if json {
                r#"{"code":"CognitoLocal#Unsupported","message":"Cognito Local unsupported feature"}"#
            } else {
                "<!doctype html><title>500 Internal Server Error</title>"
            };
            return (StatusCode::INTERNAL_SERVER_ERROR, close, body).into_response();
        }
        Mode::Slow(delay) => tokio::time::sleep(delay).await,
        _ => {}
    }
    let path = uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
    let method = reqwest::Method::from_bytes(method.as_str().as_bytes()).unwrap_or(reqwest::Method::POST);
    let mut req = proxy.http.request(method, format!("{}{path}", moto())).body(body);
    for name in ["x-amz-target", "content-type", "authorization", "x-amz-date"] {
        if let Some(v) = headers.get(name) {
            req = req.header(name, v.as_bytes());
        }
    }
    match req.send().await {
        Ok(res) => {
            let status = StatusCode::from_u16(res.status().as_u16()).unwrap();
            let bytes = res.bytes().await.unwrap_or_default();
            (status, close, bytes).into_response()
        }
        Err(_) => (StatusCode::BAD_GATEWAY, close, "").into_response(),
    }
}

/// `recheck_seconds` 0: every request also asks Cognito for the operator's groups.
async fn harness_behind(proxy: &Running, timeout_secs: u64, recheck_seconds: u64) -> Harness {
    let url = proxy.url.clone();
    Harness::with_config(move |c| {
        c.cognito.endpoint_url = Some(url);
        c.cognito.call_timeout_secs = timeout_secs;
        c.recheck_seconds = recheck_seconds;
    })
    .await
}

const LIST: &[(&str, &str)] = &[("page_size", "10")];

#[tokio::test]
async fn throttling_is_retried_within_the_budget_then_reported() {
    let proxy = Running::start().await;
    let h = harness_behind(&proxy, 10, 300).await;
    let cookie = h.admin_cookie().await;
    proxy.set(Mode::Throttle(1));
    let before = proxy.hits("ListUserPools");
    let retried = h.call("/api/list_user_pools", LIST, Some(&cookie)).await;
    assert_eq!(retried.status, StatusCode::OK, "one throttled attempt is retried: {}", retried.body);
    assert_eq!(proxy.hits("ListUserPools") - before, 2);

    proxy.set(Mode::Throttle(usize::MAX));
    let before = proxy.hits("ListUserPools");
    let refused = h.call("/api/list_user_pools", LIST, Some(&cookie)).await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(refused.error(), AppError::Throttled);
    assert_eq!(proxy.hits("ListUserPools") - before, 2, "two attempts in all, no retry storm");
    let page = h.page("/pools", &cookie).await;
    assert!(page.body.contains("Cognito is throttling requests"), "a banner on the page");
    assert!(!page.body.contains("Rate exceeded"), "not the backend's words");

    proxy.set(Mode::Pass);
    assert_eq!(h.call("/api/list_user_pools", LIST, Some(&cookie)).await.status, StatusCode::OK, "still up");
}

#[tokio::test]
async fn a_slow_or_vanished_endpoint_gets_a_clear_answer_and_the_server_stays_up() {
    let proxy = Running::start().await;
    // The guard's own membership check meets the outage first: pages still render the banner
    // rather than sending the operator to the login page.
    let h = harness_behind(&proxy, 1, 0).await;
    let cookie = h.admin_cookie().await;
    proxy.set(Mode::Slow(Duration::from_secs(4)));
    let slow = h.call("/api/list_user_pools", LIST, Some(&cookie)).await;
    assert_eq!(slow.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(slow.error(), AppError::unavailable("Cognito did not answer in time. Try again."));
    let page = h.page("/pools", &cookie).await;
    assert!(page.body.contains("Cognito did not answer in time"), "a banner on the page");
    proxy.set(Mode::Pass);
    assert_eq!(h.call("/api/list_user_pools", LIST, Some(&cookie)).await.status, StatusCode::OK);

    proxy.server.abort();
    let _ = (&mut { proxy.server }).await;
    let down = h.call("/api/list_user_pools", LIST, Some(&cookie)).await;
    assert_eq!(down.status, StatusCode::SERVICE_UNAVAILABLE, "{}", down.body);
    assert!(down.body.contains("could not be reached"), "{}", down.body);
    let page = h.page(&format!("/pools/{}", h.pool_id), &cookie).await;
    assert!(page.body.contains("could not be reached"), "a banner on the page");
    assert_eq!(h.page("/login", "").await.status, StatusCode::OK, "the console itself answers");
}

/// CreateUserPool succeeds, the MFA call after it fails: the new pool is removed again and the
/// operator is told; no half-made pool stays behind.
/// Every Cognito call has its budget, but a page joins several, and its rendering waits for
/// all of them: past the page deadline the browser gets a "reload" page, not an endless load.
#[tokio::test]
async fn a_page_that_does_not_render_in_time_answers_reload_and_the_next_load_renders() {
    let proxy = Running::start().await;
    let url = proxy.url.clone();
    let h = Harness::with_config(move |c| {
        c.cognito.endpoint_url = Some(url);
        c.cognito.call_timeout_secs = 10;
        c.page_timeout_secs = 1;
    })
    .await;
    let cookie = h.admin_cookie().await;
    let path = format!("/pools/{}/clients", h.pool_id);
    proxy.set(Mode::Slow(Duration::from_secs(3)));
    let started = std::time::Instant::now();
    let stalled = h.page_once(&path, &cookie).await;
    assert!(stalled.is_stalled_page(), "{} {}", stalled.status, stalled.body);
    assert!(started.elapsed() < Duration::from_secs(3), "answered at the deadline, not after the call");
    assert_eq!(stalled.headers.get("retry-after").unwrap(), "1");
    assert!(stalled.headers.get("content-security-policy").is_some(), "a policy");
    assert!(!stalled.body.contains(&h.pool_id), "says nothing about the pool");
    assert!(super::captured_logs().contains("a page did not render in time"));
    proxy.set(Mode::Pass);
    let page = h.page_once(&path, &cookie).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(pooldesk::cognito::bootstrap::USER_AUTH_CLIENT), "the clients");
}

#[tokio::test]
async fn a_pool_whose_second_step_fails_is_not_left_half_made() {
    let proxy = Running::start().await;
    let h = harness_behind(&proxy, 10, 300).await;
    let cookie = h.admin_cookie().await;
    let name = format!("half-{}", &h.pool_id[h.pool_id.len() - 6..]);
    let form = pooldesk::model::pool_settings::PoolForm {
        name: name.clone(),
        deletion_protection: None,
        ..pooldesk::model::pool_settings::PoolForm::guide()
    };
    proxy.set(Mode::Fail("SetUserPoolMfaConfig"));
    let fields = super::form_args(&form);
    let args: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let reply = h.call("/api/create_user_pool", &args, Some(&cookie)).await;
    assert!(reply.status.is_server_error() || reply.status.is_client_error(), "{}", reply.body);
    let _: AppError = reply.error();
    proxy.set(Mode::Pass);
    let mut next = None;
    loop {
        let page = h.sdk.list_user_pools().max_results(60).set_next_token(next).send().await.unwrap();
        assert!(page.user_pools().iter().all(|p| p.name() != Some(name.as_str())), "the pool was removed");
        match page.next_token() {
            Some(t) => next = Some(t.to_string()),
            None => break,
        }
    }
}

/// The guide's blueprint, as JSON, for a new pool of its own that the test can delete.
fn throwaway_guide(prefix: &str) -> String {
    let mut bp = pooldesk::rules::blueprint::Blueprint::guide(&unique(prefix));
    bp.pool.deletion_protection = false;
    serde_json::to_string(&bp).unwrap()
}

/// A blueprint whose third kind of step fails (CreateGroup refused): what was done, what failed
/// and what was not attempted are all in the report, and the audit log has the call.
#[tokio::test]
async fn a_blueprint_stopped_by_a_failure_reports_every_step() {
    let proxy = Running::start().await;
    let h = harness_behind(&proxy, 10, 300).await;
    let cookie = h.admin_cookie().await;
    let text = throwaway_guide("bp-fault");
    proxy.set(Mode::Fail("CreateGroup"));
    let report = apply(&h, &cookie, &text, "").await;
    assert!(report.failed());
    let failed: Vec<_> =
        report.steps.iter().filter(|s| matches!(s.outcome, Some(StepOutcome::Failed(_)))).collect();
    assert_eq!(failed.len(), 1, "it stops at the first failure: {report:#?}");
    assert_eq!(failed[0].step.kind, "group");
    assert!(report.steps.iter().any(|s| s.outcome == Some(StepOutcome::Done)), "what was done is listed");
    assert!(report.steps.iter().any(|s| s.outcome.is_none()), "what was not attempted is listed");
    let Some(StepOutcome::Failed(failure)) = failed[0].outcome.clone() else { unreachable!() };
    assert!(!failure.contains("injected failure"), "not the backend's words: {failure}");
    proxy.set(Mode::Pass);
    let log: pooldesk::model::audit::AuditPage = h
        .call(
            "/api/list_audit",
            &[("action", "apply_blueprint"), ("operator", h.admin_email.as_str())],
            Some(&cookie),
        )
        .await
        .ok();
    assert_eq!(log.entries[0].outcome, "partial", "the audit log says it went only part of the way");
    if let Some(pool) = &report.pool_id {
        h.remove_pool(pool).await;
    }
}

/// The target rule asks Cognito who the target is; when it cannot, nothing changes (fail
/// closed), alone or in a bulk run, and the operator is told so.
#[tokio::test]
async fn a_failed_target_lookup_refuses_the_change() {
    let proxy = Running::start().await;
    let url = proxy.url.clone();
    let h = Harness::with_config(move |c| {
        c.cognito.endpoint_url = Some(url);
        c.cognito.call_timeout_secs = 10;
        c.roles = pooldesk::server::config::RoleGroups {
            admin: "admin".into(),
            support: Some("support".into()),
            viewer: None,
        };
    })
    .await;
    let cookie = h.signed_in_as("support").await;
    let pool = h.pool_id.as_str();
    let user = h.user_email.as_str();
    let enabled =
        || async { pooldesk::cognito::users::lookup(&h.cognito, pool, user).await.unwrap().enabled };
    assert!(enabled().await);
    proxy.set(Mode::Fail("AdminListGroupsForUser"));
    let reply = h
        .call(
            "/api/set_user_enabled",
            &[("pool_id", pool), ("username", user), ("enabled", "false")],
            Some(&cookie),
        )
        .await;
    let AppError::Unavailable { message } = reply.error() else { panic!("{}", reply.body) };
    assert!(message.contains("nothing was changed"), "{message}");
    let bulk = [("pool_id", pool), ("action", "disable"), ("usernames[0]", user)];
    // As a job, the same lookup also checks the owner's role first: it stops, nothing changed.
    let results: Vec<pooldesk::model::bulk::BulkResult> =
        h.call("/api/start_bulk_job", &bulk, Some(&cookie)).await.ok();
    assert!(matches!(&results[0].outcome, pooldesk::model::bulk::BulkOutcome::Failed(_)), "{results:?}");
    assert!(enabled().await, "a change went through without the rule");
    // An admin disabling another admin: the count of the remaining admins fails, so nothing.
    proxy.set(Mode::Pass);
    let admin = h.admin_cookie().await;
    let (other, _) = h.operator_in("admin").await;
    proxy.set(Mode::Fail("ListUsersInGroup"));
    let reply = h
        .call(
            "/api/set_user_enabled",
            &[("pool_id", pool), ("username", &other), ("enabled", "false")],
            Some(&admin),
        )
        .await;
    assert!(matches!(reply.error(), AppError::Unavailable { .. }), "{}", reply.body);
    proxy.set(Mode::Pass);
    assert!(pooldesk::cognito::users::lookup(&h.cognito, pool, &other).await.unwrap().enabled);
}

/// An endpoint without domains, resource servers and identity pools (cognito-local's answers):
/// the blueprint skips those steps with the reason and runs again without a failure; the
/// summary says the identity pools could not be listed instead of "none".
#[tokio::test]
async fn a_blueprint_skips_what_the_endpoint_lacks_and_runs_again() {
    const LACKING: &[&str] = &[
        "DescribeUserPoolDomain",
        "ListResourceServers",
        "CreateResourceServer",
        "ListIdentityProviders",
        "ListIdentityPools",
    ];
    let proxy = Running::start().await;
    let h = harness_behind(&proxy, 10, 300).await;
    let cookie = h.admin_cookie().await;
    let text = throwaway_guide("bp-lacking");
    proxy.set(Mode::Unsupported(LACKING, true));
    let mut pool_id = String::new();
    for run in ["first", "second"] {
        let report = apply(&h, &cookie, &text, &pool_id).await;
        assert!(!report.failed(), "{run} run: {report:#?}");
        let skipped: Vec<_> = report
            .steps
            .iter()
            .filter_map(|s| match &s.outcome {
                Some(StepOutcome::Skipped(why)) => Some((s.step.kind.as_str(), why.as_str())),
                _ => None,
            })
            .collect();
        assert_eq!(skipped.len(), 2, "{run} run: the domain and the resource server: {skipped:?}");
        assert!(
            skipped.iter().all(|(_, why)| why.starts_with("This Cognito endpoint cannot")),
            "{skipped:?}"
        );
        assert_eq!(skipped[0].0, "domain");
        assert_eq!(skipped[1].0, "resource server");
        if run == "second" {
            assert_eq!(report.changed(), 0, "nothing left to do: {report:#?}");
        }
        pool_id = report.pool_id.clone().unwrap();
    }
    let summary: pooldesk::model::summary::ConfigSummary =
        h.call("/api/get_config_summary", &[("pool_id", &pool_id)], Some(&cookie)).await.ok();
    let why = summary.identity_pools_unlisted.expect("said, not an empty list");
    assert!(why.contains("does not support ListIdentityPools"), "{why}");
    let page = h.page(&format!("/pools/{pool_id}/summary"), &cookie).await;
    assert!(page.body.contains("The identity pools could not be listed"));
    assert!(!page.body.contains("No identity pool signs in through this user pool"));
    proxy.set(Mode::Pass);
    h.remove_pool(&pool_id).await;
}

/// An operation the endpoint lacks is asked once (the SDK would resend a 500) and named, in
/// moto's form and in cognito-local's.
#[tokio::test]
async fn an_operation_the_endpoint_lacks_is_asked_once_and_named() {
    let proxy = Running::start().await;
    let h = harness_behind(&proxy, 10, 300).await;
    let cookie = h.admin_cookie().await;
    let args = [("pool_id", h.pool_id.as_str()), ("username", h.user_email.as_str())];
    for json in [false, true] {
        let before = proxy.hits("AdminGetUser");
        proxy.set(Mode::Unsupported(&["AdminGetUser"], json));
        let reply = h.call("/api/get_user", &args, Some(&cookie)).await;
        proxy.set(Mode::Pass);
        assert_eq!(reply.status, StatusCode::NOT_IMPLEMENTED);
        let AppError::Unsupported { message } = reply.error() else { panic!("{}", reply.body) };
        assert!(message.contains("does not support AdminGetUser"), "{message}");
        assert_eq!(proxy.hits("AdminGetUser") - before, 1, "sent once");
    }
}

/// `/healthz` and `/readyz` need no session. Readiness fails, naming the component, while
/// Cognito or the database does not answer, and recovers with it.
#[tokio::test]
async fn readiness_follows_cognito_and_the_database() {
    use axum::http::Request;
    let proxy = Running::start().await;
    let h = harness_behind(&proxy, 2, 300).await;
    let get = |path: &'static str| h.send(Request::get(path).body(axum::body::Body::empty()).unwrap());
    let health = get("/healthz").await;
    assert_eq!((health.status, health.body.as_str()), (StatusCode::OK, "ok"));
    let ready = get("/readyz").await;
    assert_eq!(ready.status, StatusCode::OK, "{}", ready.body);

    proxy.set(Mode::Fail("DescribeUserPool"));
    let down = get("/readyz").await;
    assert_eq!(down.status, StatusCode::SERVICE_UNAVAILABLE);
    let failing = |body: &str| serde_json::from_str::<serde_json::Value>(body).unwrap()["failing"].clone();
    assert_eq!(failing(&down.body), serde_json::json!(["cognito"]));
    assert!(!down.body.contains("injected failure"), "not the backend's words");
    proxy.set(Mode::Pass);
    assert_eq!(get("/readyz").await.status, StatusCode::OK, "recovers with Cognito");

    let pooldesk::server::db::Db::Sqlite(pool) = &h.db else { unreachable!() };
    pool.close().await;
    let down = get("/readyz").await;
    assert_eq!(down.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(failing(&down.body), serde_json::json!(["database"]));
    assert_eq!(get("/healthz").await.status, StatusCode::OK, "the process still answers");
}
