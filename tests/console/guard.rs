//! Every registered server function, found in the registry (not a hand-kept list), refuses a
//! request without a session and one whose operator has left the admin group; cross-origin
//! posts never reach them.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use leptos::server_fn::axum::server_fn_paths;

use super::Harness;
use pooldesk::error::AppError;
use pooldesk::model::role::{Access, declared};

/// Plausible arguments by name, so that a refusal comes from the guard and not from argument
/// parsing. A new server function with a new argument name adds it here.
const SAMPLE_ARGS: &[(&str, &str)] = &[
    ("pool_id", "us-east-1_Sample123"),
    ("page_size", "10"),
    ("username", "someone@example.com"),
    ("group", "user"),
    ("enabled", "false"),
    ("password", "Sample-Pass-123!"),
    ("confirm", "someone@example.com"),
    ("name", "user"),
    ("description", "d"),
    ("precedence", "3"),
    ("role_arn", ""),
    ("email", "someone@example.com"),
    ("action", "enable"),
    ("usernames[0]", "someone@example.com"),
    ("job_id", "00000000-0000-4000-8000-000000000000"),
    ("backup_job", "00000000-0000-4000-8000-000000000000"),
    ("mfa", "OFF"),
    ("client_id", "sampleclient123"),
    ("kind", "prefix"),
    ("domain", "sample-domain"),
    ("identifier", "sample-api"),
    ("resource_name", "Sample API"),
    ("scopes", "read Read access"),
    ("format", "json"),
    ("include_secrets", "true"),
    ("identity_pool_id", "us-east-1:00000000-0000-0000-0000-000000000000"),
    ("pool_ids[]", "us-east-1_Sample123"),
    ("authenticated_role", ""),
    ("provider", ""),
    ("show_secret", "false"),
    ("blueprint", "[pool]\nname = \"x\"\n"),
    ("operator", "someone"),
    ("csv", "email\nsomeone@example.com\n"),
    ("backup", "{}"),
    ("query", "attr=email&op=present"),
    ("every_hours", "24"),
    ("id", "00000000-0000-4000-8000-000000000000"),
    ("factor", "totp"),
    ("setting", "off"),
    ("device_key", "us-east-1_00000000-0000-4000-8000-000000000000"),
    ("remembered", "false"),
    ("event_id", "00000000-0000-4000-8000-000000000000"),
    ("valid", "false"),
    ("mode", "OFF"),
    ("compromised_action", "record"),
    ("low", "NO_ACTION"),
    ("medium", "NO_ACTION"),
    ("high", "NO_ACTION"),
    ("subject", "1234567890"),
    ("provider_name", "Sample"),
];

/// Names that one function takes as text and another's flattened form as a list (`name[]`):
/// the text sample would fail the list's parsing, so it is left out for these paths (flattened
/// form fields are all optional).
const LIST_FIELDS: &[(&str, &str)] = &[("create_client", "scopes"), ("update_client", "scopes")];

pub fn sample_args(path: &str) -> Vec<(&'static str, &'static str)> {
    let endpoint = path.trim_start_matches("/api/");
    SAMPLE_ARGS
        .iter()
        .copied()
        .filter(|(name, _)| !LIST_FIELDS.iter().any(|(p, n)| *p == endpoint && n == name))
        .collect()
}

pub fn guarded() -> Vec<String> {
    let mut paths: Vec<String> = server_fn_paths()
        .map(|(path, _)| path.to_string())
        .filter(|path| declared(path).is_some_and(|d| d.access != Access::Anyone))
        .collect();
    paths.sort();
    paths.dedup();
    paths
}

#[test]
fn registry_has_the_public_and_guarded_functions() {
    let all: Vec<String> = server_fn_paths().map(|(p, _)| p.to_string()).collect();
    for name in ["login", "complete_new_password", "answer_mfa", "new_password_policy", "logout"] {
        assert!(all.iter().any(|p| p == &format!("/api/{name}")), "{name} missing from {all:?}");
    }
    assert!(guarded().len() >= 3, "{all:?}");
}

#[tokio::test]
async fn every_server_function_refuses_an_anonymous_request() {
    let h = Harness::new().await;
    for path in guarded() {
        let reply = h.call(&path, &sample_args(&path), None).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{path}: {}", reply.body);
        assert_eq!(reply.error(), AppError::Unauthenticated, "{path}");
    }
}

#[tokio::test]
async fn every_server_function_refuses_an_operator_who_left_the_admin_group() {
    let h = Harness::with_recheck(0).await;
    for path in guarded() {
        pooldesk::cognito::users::add_to_group(&h.users, &h.pool_id, &h.admin_email, "admin").await.unwrap();
        let cookie = h.admin_cookie().await;
        h.sdk
            .admin_remove_user_from_group()
            .user_pool_id(&h.pool_id)
            .username(&h.admin_email)
            .group_name("admin")
            .send()
            .await
            .unwrap();
        let reply = h.call(&path, &sample_args(&path), Some(&cookie)).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{path}: {}", reply.body);
        assert_eq!(reply.error(), AppError::Unauthenticated, "{path}");
    }
}

#[tokio::test]
async fn signed_in_admin_reaches_the_pools() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let reply = h.call("/api/get_user_pool", &[("pool_id", &h.pool_id)], Some(&cookie)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(reply.body.contains("\"username_attributes\":[\"email\"]"), "{}", reply.body);
    // moto is shared by every test (and earlier runs): the pool may be on a later page.
    let mut next_token = String::new();
    loop {
        let list = h
            .call("/api/list_user_pools", &[("page_size", "60"), ("next_token", &next_token)], Some(&cookie))
            .await;
        let page: pooldesk::model::pool::PoolPage = list.ok();
        if page.pools.iter().any(|p| p.id == h.pool_id) {
            break;
        }
        next_token = page.next_token.expect("the pool is listed on some page");
    }
}

#[tokio::test]
async fn cross_origin_posts_are_refused_before_any_function_runs() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let post = |origin: &str, fetch_site: Option<&str>| {
        let mut req = Request::post("/api/list_user_pools")
            .header(header::HOST, "127.0.0.1:3000")
            .header(header::ORIGIN, origin)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, &cookie);
        if let Some(site) = fetch_site {
            req = req.header("sec-fetch-site", site);
        }
        req.body(Body::from("page_size=10")).unwrap()
    };
    let modern = h.send(post("https://evil.example", Some("cross-site"))).await;
    assert_eq!(modern.status, StatusCode::FORBIDDEN);
    let old_browser = h.send(post("https://evil.example", None)).await;
    assert_eq!(old_browser.status, StatusCode::FORBIDDEN);
    let same_origin = h.send(post("http://127.0.0.1:3000", Some("same-origin"))).await;
    assert_eq!(same_origin.status, StatusCode::OK, "{}", same_origin.body);
}

#[tokio::test]
async fn pages_carry_security_headers_and_anonymous_visits_go_to_login() {
    let h = Harness::new().await;
    let page = h.send(Request::get("/pools/us-east-1_Sample123").body(Body::empty()).unwrap()).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(page.headers.get(header::LOCATION).unwrap(), "/login");
    let login = h.send(Request::get("/login").body(Body::empty()).unwrap()).await;
    assert_eq!(login.status, StatusCode::OK);
    let csp = login.headers.get(header::CONTENT_SECURITY_POLICY).unwrap().to_str().unwrap();
    assert!(csp.contains("'nonce-") && !csp.contains(concat!("unsafe", "-inline")), "{csp}");
    let nonce = csp.split("'nonce-").nth(1).unwrap().split('\'').next().unwrap();
    assert!(login.body.contains(&format!("nonce=\"{nonce}\"")), "scripts carry the nonce");
    assert_eq!(login.headers.get(header::X_FRAME_OPTIONS).unwrap(), "DENY");
    assert_eq!(login.headers.get(header::CACHE_CONTROL).unwrap(), "no-store");
}
