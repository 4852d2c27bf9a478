//! Roles per server function, sessions, cookies, CSRF, XSS, sign-in limits, and what never
//! reaches a page or a log line.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use leptos::server_fn::axum::server_fn_paths;

use super::guard::{guarded, sample_args};
use super::{Harness, captured_logs, three_roles};
use pooldesk::cognito::users;
use pooldesk::error::AppError;
use pooldesk::model::role::{Access, Record, Role, StepUp, declared};
use pooldesk::server::config::SecureCookies;

fn least_role(path: &str) -> Role {
    match declared(path).unwrap_or_else(|| panic!("{path} has no declaration")).access {
        Access::AtLeast(role) => role,
        Access::Anyone => panic!("{path} is public"),
    }
}

#[test]
fn every_server_function_declares_its_role_and_the_policy_holds() {
    let paths: Vec<String> = server_fn_paths().map(|(p, _)| p.to_string()).collect();
    for path in &paths {
        let d = declared(path).unwrap_or_else(|| panic!("{path}: no permission! declaration"));
        let name = path.trim_start_matches("/api/");
        let public = ["login", "complete_new_password", "answer_mfa", "new_password_policy", "logout"];
        assert_eq!(
            d.access == Access::Anyone,
            public.contains(&name),
            "{name}: only the login steps are public"
        );
        if d.access == Access::Anyone {
            continue;
        }
        let role = least_role(path);
        // Deletes, secrets (but the export, which checks its secrets itself), pool, client,
        // domain, identity pool and blueprint changes: admins only.
        if name.starts_with("delete_") || (d.record == Record::Secret && name != "export_config") {
            assert_eq!(role, Role::Admin, "{name}");
        }
        // A viewer cancels their own job (it stops changes; it makes none).
        if d.record == Record::Change && name != "cancel_job" {
            assert!(role >= Role::Support, "{name}: a viewer changes nothing");
        }
        let support = [
            "set_user_enabled",
            "confirm_user",
            "reset_user_password",
            "set_user_password",
            "sign_out_user",
            "set_user_mfa",
            // The account desk: devices, sign-in feedback, and what operators did to the
            // account (audit rows of one user it may act on).
            "forget_device",
            "forget_all_devices",
            "set_device_remembered",
            "set_auth_event_feedback",
            "list_account_trail",
            "link_identity",
            "unlink_identity",
            "add_user_to_group",
            "remove_user_from_group",
            "start_bulk_job",
            // The index: reading every user into the console (the support desk's reach) and
            // its schedule; viewers search it.
            "build_index",
            "set_index_schedule",
        ];
        assert_eq!(role == Role::Support, support.contains(&name), "{name}: the support role's list");
        // The dangerous actions need a recent step-up by declaration (console-group memberships,
        // the export's secrets and the console's groups are checked by argument: `targets.rs`).
        let step_up = [
            "delete_user_pool",
            "delete_client",
            "delete_identity_pool",
            "delete_domain",
            "reveal_client_secret",
        ];
        assert_eq!(d.step_up == StepUp::Required, step_up.contains(&name), "{name}: step-up");
        if role == Role::Viewer {
            let reads = [
                "list_",
                "get_",
                "current_operator",
                "export_config",
                "step_up",
                "start_export",
                "cancel_job",
                // The index: a search, and the operator's own saved searches (console data,
                // nothing in Cognito).
                "search_index",
                "save_search",
                "forget_search",
            ];
            assert!(reads.iter().any(|r| name.starts_with(r)), "{name}: a viewer only reads");
        }
    }
    assert!(paths.len() >= 60, "{paths:?}");
}

/// Signs in an operator of `group` and calls every guarded function with plausible arguments:
/// refused with `Forbidden` exactly where the declared role is above theirs.
async fn check_role(h: &Harness, group: &str, role: Role) {
    let cookie = h.signed_in_as(group).await;
    let me: pooldesk::model::session::Operator =
        h.call("/api/current_operator", &[], Some(&cookie)).await.ok();
    assert_eq!(me.role, role);
    for path in guarded() {
        // The export's secrets need more than its declared role: checked below.
        let args: Vec<_> = sample_args(&path).into_iter().filter(|(n, _)| *n != "include_secrets").collect();
        let reply = h.call(&path, &args, Some(&cookie)).await;
        let refused = reply.status == StatusCode::FORBIDDEN;
        assert_eq!(refused, least_role(&path) > role, "{group} on {path}: {} {}", reply.status, reply.body);
        if refused {
            assert_eq!(reply.error(), AppError::Forbidden, "{path}");
        } else {
            assert_ne!(reply.status, StatusCode::UNAUTHORIZED, "{path}: {}", reply.body);
        }
    }
    // Viewers export the summary, not its secrets.
    let export = [("pool_id", h.pool_id.as_str()), ("format", "json"), ("include_secrets", "true")];
    let with_secrets = h.call("/api/export_config", &export, Some(&cookie)).await;
    assert_eq!(with_secrets.status, StatusCode::FORBIDDEN, "{}", with_secrets.body);
    let plain = h.call("/api/export_config", &export[..2], Some(&cookie)).await;
    assert_eq!(plain.status, StatusCode::OK, "{}", plain.body);
}

#[tokio::test]
async fn support_and_viewer_get_exactly_their_declared_functions() {
    let h = Harness::with_config(|c| c.roles = three_roles()).await;
    check_role(&h, "support", Role::Support).await;
    check_role(&h, "viewer", Role::Viewer).await;
    // Without those groups configured, the same memberships open nothing.
    let plain = Harness::new().await;
    let (email, password) = plain.operator_in("support").await;
    let reply = plain.call("/api/login", &[("username", &email), ("password", &password)], None).await;
    assert_eq!(reply.error(), AppError::LoginFailed);
}

#[tokio::test]
async fn a_changed_role_applies_at_the_next_check_and_no_group_ends_the_session() {
    let h = Harness::with_config(|c| {
        c.roles = three_roles();
        c.recheck_seconds = 0;
    })
    .await;
    let (email, password) = h.operator_in("support").await;
    let cookie = h.sign_in(&email, &password).await;
    let args = [("pool_id", h.pool_id.as_str()), ("username", h.user_email.as_str()), ("enabled", "true")];
    assert_eq!(h.call("/api/set_user_enabled", &args, Some(&cookie)).await.status, StatusCode::OK);
    h.sdk.create_group().user_pool_id(&h.pool_id).group_name("viewer").send().await.ok();
    users::add_to_group(&h.users, &h.pool_id, &email, "viewer").await.unwrap();
    users::remove_from_group(&h.users, &h.pool_id, &email, "support").await.unwrap();
    assert_eq!(h.call("/api/set_user_enabled", &args, Some(&cookie)).await.error(), AppError::Forbidden);
    let me: pooldesk::model::session::Operator =
        h.call("/api/current_operator", &[], Some(&cookie)).await.ok();
    assert_eq!(me.role, Role::Viewer);
    users::remove_from_group(&h.users, &h.pool_id, &email, "viewer").await.unwrap();
    assert_eq!(h.call("/api/current_operator", &[], Some(&cookie)).await.error(), AppError::Unauthenticated);
    // The page gate runs the same check: the session is gone for pages too.
    let page = h.page(&format!("/pools/{}", h.pool_id), &cookie).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_planted_session_id_is_replaced_at_sign_in() {
    let h = Harness::new().await;
    let planted = "pooldesk_session=AAAAAAAAAAAAAAAAAAAAAA";
    let reply = h
        .call(
            "/api/login",
            &[("username", &h.admin_email), ("password", &h.report.admin_password)],
            Some(planted),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let cookie = reply.cookie().expect("a fresh session cookie");
    assert_ne!(cookie, planted);
    assert_eq!(h.call("/api/current_operator", &[], Some(planted)).await.error(), AppError::Unauthenticated);
    assert_eq!(h.call("/api/current_operator", &[], Some(&cookie)).await.status, StatusCode::OK);
    // A second sign-in in the same browser gets yet another id.
    let again = h
        .call(
            "/api/login",
            &[("username", &h.admin_email), ("password", &h.report.admin_password)],
            Some(&cookie),
        )
        .await;
    assert_ne!(again.cookie().unwrap(), cookie);
}

#[tokio::test]
async fn the_cookies_are_host_only_secure_httponly_and_strict() {
    let h = Harness::with_config(|c| c.secure_cookies = SecureCookies::Always).await;
    let reply = h
        .call("/api/login", &[("username", &h.admin_email), ("password", &h.report.admin_password)], None)
        .await;
    // The session's cookie and the known-device cookie alike.
    let set_cookies: Vec<&str> =
        reply.headers.get_all(header::SET_COOKIE).iter().map(|v| v.to_str().unwrap()).collect();
    assert!(set_cookies.iter().any(|c| c.starts_with("__Host-pooldesk_session=")), "{set_cookies:?}");
    assert!(set_cookies.iter().any(|c| c.starts_with("__Host-pooldesk_device=")), "{set_cookies:?}");
    for set_cookie in set_cookies {
        assert!(set_cookie.starts_with("__Host-"), "{set_cookie}");
        let flags = set_cookie.to_ascii_lowercase();
        for flag in ["; httponly", "; samesite=strict", "; secure", "; path=/"] {
            assert!(flags.contains(flag), "{flag} missing: {set_cookie}");
        }
        assert!(!flags.contains("domain="), "{set_cookie}");
    }
    assert_eq!(reply.headers.get(header::STRICT_TRANSPORT_SECURITY).unwrap(), "max-age=31536000");
}

#[tokio::test]
async fn posts_without_origin_or_fetch_metadata_are_refused() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let bare = Request::post("/api/list_user_pools")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, &cookie)
        .body(Body::from("page_size=10"))
        .unwrap();
    assert_eq!(h.send(bare).await.status, StatusCode::FORBIDDEN);
    let null_origin = Request::post("/api/list_user_pools")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ORIGIN, "null")
        .header(header::COOKIE, &cookie)
        .body(Body::from("page_size=10"))
        .unwrap();
    assert_eq!(
        h.send(null_origin).await.status,
        StatusCode::FORBIDDEN,
        "a sandboxed or privacy-redirected page"
    );
    let login = Request::post("/api/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!("username={}&password=x", h.admin_email)))
        .unwrap();
    assert_eq!(h.send(login).await.status, StatusCode::FORBIDDEN, "login CSRF too");
}

#[tokio::test]
async fn markup_in_attributes_is_shown_as_text() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let payload = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
    h.sdk
        .admin_update_user_attributes()
        .user_pool_id(&h.pool_id)
        .username(&h.user_email)
        .user_attributes(
            aws_sdk_cognitoidentityprovider::types::AttributeType::builder()
                .name("name")
                .value(payload)
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let path = format!("/pools/{}/user?name={}", h.pool_id, pooldesk::model::encode(&h.user_email));
    let page = h.page(&path, &cookie).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown escaped: {}", page.body);
    assert!(!page.body.contains("<script>alert(1)") && !page.body.contains("<img src=x"), "never as markup");
    let users = h.page(&format!("/pools/{}/users", h.pool_id), &cookie).await;
    assert!(!users.body.contains("<img src=x"));
}

#[tokio::test]
async fn sign_in_attempts_are_limited_per_username_and_per_address() {
    let h = Harness::with_config(|c| {
        c.login_per_user_per_minute = 2;
        c.login_per_ip_per_minute = 3;
        c.trust_forwarded_for = true;
    })
    .await;
    let attempt = |user: String, ip: &'static str| {
        let body = format!("username={}&password=Wrong-pass-1", pooldesk::model::encode(&user));
        Request::post("/api/login")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "same-origin")
            .header("x-forwarded-for", format!("198.51.100.9, {ip}"))
            .body(Body::from(body))
            .unwrap()
    };
    let admin = h.admin_email.clone();
    assert_eq!(h.send(attempt(admin.clone(), "203.0.113.1")).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(h.send(attempt(admin.clone(), "203.0.113.2")).await.status, StatusCode::UNAUTHORIZED);
    let limited = h.send(attempt(admin.clone(), "203.0.113.3")).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(limited.error(), AppError::TooManyAttempts);
    // An unknown username gets the same answer once over its limit: nothing tells them apart.
    for ip in ["203.0.113.4", "203.0.113.5"] {
        h.send(attempt("nobody@example.com".into(), ip)).await;
    }
    let unknown = h.send(attempt("nobody@example.com".into(), "203.0.113.6")).await;
    assert_eq!((unknown.status, unknown.body), (limited.status, limited.body.clone()));
    // Per address: three different usernames from one address, then the fourth is refused —
    // even with the right password. The address is the proxy's last entry, not the first.
    for n in 0..3 {
        h.send(attempt(format!("someone{n}@example.com"), "192.0.2.50")).await;
    }
    let body = format!(
        "username={}&password={}",
        pooldesk::model::encode(&h.user_email),
        pooldesk::model::encode(&h.report.user_password)
    );
    let right = Request::post("/api/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "same-origin")
        .header("x-forwarded-for", "192.0.2.50")
        .body(Body::from(body))
        .unwrap();
    assert_eq!(h.send(right).await.error(), AppError::TooManyAttempts);
}

/// Signs in, reveals and exports secrets, runs the test console, then scans every page those
/// flows render and every log line of the whole test run for the secrets and tokens involved.
#[tokio::test]
async fn no_secret_or_token_reaches_a_page_or_a_log_line() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let pool = h.pool_id.as_str();
    let clients: Vec<pooldesk::model::client::ClientSummary> =
        h.call("/api/list_clients", &[("pool_id", pool)], Some(&cookie)).await.ok();
    let mut secrets = Vec::new();
    for client in &clients {
        let revealed = h
            .call("/api/reveal_client_secret", &[("pool_id", pool), ("client_id", &client.id)], Some(&cookie))
            .await;
        if revealed.status == StatusCode::OK {
            secrets.push(serde_json::from_str::<String>(&revealed.body).unwrap());
        }
    }
    assert!(!secrets.is_empty(), "the guide's setup has a confidential client");
    let export = [("pool_id", pool), ("format", "env"), ("include_secrets", "true")];
    let file = h.call("/api/export_config", &export, Some(&cookie)).await;
    assert!(secrets.iter().any(|s| file.body.contains(s)), "the export has the secrets it was asked for");
    let user_client =
        clients.iter().find(|c| c.name == pooldesk::cognito::bootstrap::USER_AUTH_CLIENT).unwrap();
    let test = h
        .call(
            "/api/run_login_test",
            &[
                ("pool_id", pool),
                ("client_id", &user_client.id),
                ("username", &h.user_email),
                ("password", &h.report.user_password),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(test.status, StatusCode::OK, "{}", test.body);
    let mut pages = String::new();
    for path in ["summary", "clients", "advisor", "test", "users"] {
        pages.push_str(&h.page(&format!("/pools/{pool}/{path}"), &cookie).await.body);
    }
    for client in &clients {
        pages.push_str(&h.page(&format!("/pools/{pool}/client?id={}", client.id), &cookie).await.body);
    }
    let logs = captured_logs();
    assert!(logs.contains("audit"), "the logs were captured");
    let session_id = cookie.split('=').nth(1).unwrap();
    let mut forbidden: Vec<&str> = secrets.iter().map(String::as_str).collect();
    forbidden.extend([h.report.admin_password.as_str(), h.report.user_password.as_str(), session_id]);
    if let Some(s) = h.report.console_client_secret.as_deref() {
        forbidden.push(s);
    }
    for needle in forbidden {
        assert!(!pages.contains(needle), "a secret in a rendered page");
        assert!(!logs.contains(needle), "a secret in a log line");
    }
    // JWTs start with the base64 of `{"`: none anywhere, from any test in this run.
    assert!(!pages.contains("eyJ"), "a token in a rendered page");
    assert!(!logs.contains("eyJ"), "a token in a log line");
}

/// `GET /preferences`: a plain link that works signed out, sets its cookie (HttpOnly, Lax, a
/// year; the theme "System" deletes it), follows only a path of this site back, and the next
/// page is rendered in the choice; without a choice the browser's `Accept-Language` decides.
#[tokio::test]
async fn a_preference_link_sets_its_cookie_and_goes_back_only_within_the_site() {
    let h = Harness::with_config(|c| c.secure_cookies = SecureCookies::Always).await;
    let get = |uri: &str, cookie: Option<&str>, language: Option<&str>| {
        let mut req = Request::get(uri);
        if let Some(cookie) = cookie {
            req = req.header(header::COOKIE, cookie);
        }
        if let Some(language) = language {
            req = req.header(header::ACCEPT_LANGUAGE, language);
        }
        h.send(req.body(Body::empty()).unwrap())
    };
    let reply = get("/preferences?lang=de&back=%2Flogin", None, None).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.headers[header::LOCATION], "/login");
    let cookie = reply.headers[header::SET_COOKIE].to_str().unwrap().to_ascii_lowercase();
    for flag in
        ["pooldesk_lang=de;", "; httponly", "; samesite=lax", "; secure", "; path=/", "; max-age=31536000"]
    {
        assert!(cookie.contains(flag), "{flag} missing: {cookie}");
    }
    for elsewhere in ["%2F%2Fevil.example", "https%3A%2F%2Fevil.example", "%2F%5Cevil.example", ""] {
        let reply = get(&format!("/preferences?theme=dark&back={elsewhere}"), None, None).await;
        assert_eq!(reply.headers[header::LOCATION], "/pools", "back={elsewhere}");
    }
    let system = get("/preferences?theme=system&back=%2Fpools", None, None).await;
    assert!(system.headers[header::SET_COOKIE].to_str().unwrap().contains("Max-Age=0"));
    let unknown = get("/preferences?theme=purple&back=%2Fpools", None, None).await;
    assert!(unknown.headers.get(header::SET_COOKIE).is_none(), "an unknown choice sets nothing");

    // The login page in the choice, else in the browser's language, else in English.
    let page = get("/login", Some("pooldesk_lang=de; pooldesk_theme=dark"), Some("en-US")).await;
    assert!(page.body.contains(r#"<html lang="de" data-theme="dark""#), "{}", &page.body[..200]);
    assert!(page.body.contains("Anmelden"));
    let page = get("/login", None, Some("de-CH,de;q=0.9,en;q=0.8")).await;
    assert!(page.body.contains(r#"<html lang="de">"#), "no theme chosen: none on the page");
    let page = get("/login", None, Some("fr-FR")).await;
    assert!(page.body.contains(r#"<html lang="en""#) && page.body.contains("Sign in"));
}
