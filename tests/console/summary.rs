//! Configuration summary, exports, advisor, test console and identity pools against moto,
//! through the server functions. The harness pool is the guide's setup (bootstrap).

use axum::http::StatusCode;

use super::{Harness, unique};
use pooldesk::cognito::bootstrap::{CONSOLE_CLIENT, CREDENTIALS_CLIENT, USER_AUTH_CLIENT};
use pooldesk::error::AppError;
use pooldesk::model::advisor::{Finding, Severity};
use pooldesk::model::export::ExportFile;
use pooldesk::model::identity_pool::{
    IdentityPool, IdentityPoolForm, IdentityPoolSummary, IdentityTestResult,
};
use pooldesk::model::summary::ConfigSummary;
use pooldesk::model::test_console::{LoginTestOutcome, LoginTestReport};

fn client_id(summary: &ConfigSummary, name: &str) -> String {
    summary.clients.iter().find(|c| c.name == name).unwrap_or_else(|| panic!("{name} missing")).id.clone()
}

async fn summary(h: &Harness, cookie: &str) -> ConfigSummary {
    h.call("/api/get_config_summary", &[("pool_id", &h.pool_id)], Some(cookie)).await.ok()
}

async fn create_identity_pool(h: &Harness, cookie: &str, form: &IdentityPoolForm) -> String {
    h.call_form("/api/create_identity_pool", &[], form, cookie).await.ok()
}

fn identity_form(h: &Harness, client: &str, guests: bool) -> IdentityPoolForm {
    IdentityPoolForm {
        name: unique("pd ids").replace('-', "_"),
        allow_unauthenticated: guests.then(|| "on".into()),
        providers: vec![format!("{} {client}", h.pool_id)],
        ..Default::default()
    }
}

#[tokio::test]
async fn summary_reproduces_the_guide_setup_without_secrets() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let reply = h.call("/api/get_config_summary", &[("pool_id", &h.pool_id)], Some(&cookie)).await;
    let secret = h.report.console_client_secret.clone().unwrap();
    assert!(!reply.body.contains(&secret), "no client secret in the summary");
    let s: ConfigSummary = reply.ok();
    assert_eq!(s.pool.id, h.pool_id);
    assert_eq!(s.pool.issuer, format!("https://cognito-idp.us-east-1.amazonaws.com/{}", h.pool_id));
    assert_eq!(s.pool.jwks_uri, format!("{}/{}/.well-known/jwks.json", super::moto(), h.pool_id));
    let names: Vec<&str> = s.clients.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, [CREDENTIALS_CLIENT, USER_AUTH_CLIENT, CONSOLE_CLIENT]);
    let credentials = &s.clients[0];
    assert!(credentials.has_secret && credentials.oauth_flows == ["client_credentials"]);
    assert_eq!(credentials.scopes, ["myapp-api/read", "myapp-api/write"]);
    let groups: Vec<(&str, Option<i32>)> = s.groups.iter().map(|g| (g.name.as_str(), g.precedence)).collect();
    assert_eq!(
        groups,
        [
            ("admin", Some(1)),
            ("moderator", Some(5)),
            ("premium", Some(8)),
            ("user", Some(10)),
            ("readonly", Some(15))
        ]
    );
    // Email is the sign-in name; the username is the sub.
    let groups_of = |email: &str| {
        s.users.iter().find(|u| u.user.email.as_deref() == Some(email)).map(|u| u.groups.clone())
    };
    assert_eq!(groups_of(&h.admin_email), Some(vec!["admin".to_string()]));
    assert_eq!(groups_of(&h.user_email), Some(vec!["user".to_string()]));
    assert!(!s.more_users);
}

#[tokio::test]
async fn summary_lists_linked_identity_pools_and_exports_follow_it() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let user_client = client_id(&summary(&h, &cookie).await, USER_AUTH_CLIENT);
    let identity_id = create_identity_pool(&h, &cookie, &identity_form(&h, &user_client, false)).await;
    let s = summary(&h, &cookie).await;
    let linked: Vec<(&str, &[String])> =
        s.identity_pools.iter().map(|p| (p.id.as_str(), p.client_ids.as_slice())).collect();
    assert_eq!(linked, [(identity_id.as_str(), std::slice::from_ref(&user_client))]);
    assert_eq!(s.identity_pools[0].roles, None, "moto has no GetIdentityPoolRoles");

    let export = |format: &'static str, secrets: &'static str| {
        let (h, cookie) = (&h, &cookie);
        async move {
            h.call(
                "/api/export_config",
                &[("pool_id", &h.pool_id), ("format", format), ("include_secrets", secrets)],
                Some(cookie),
            )
            .await
        }
    };
    let json: ExportFile = export("json", "false").await.ok();
    let value: serde_json::Value = serde_json::from_str(&json.content).unwrap();
    assert_eq!(value["schema"], "pooldesk.summary/1");
    assert_eq!(value["user_pool"]["id"], h.pool_id.as_str());
    assert_eq!(value["identity_pools"][0]["id"], identity_id.as_str());
    assert!(value["app_clients"].as_array().unwrap().iter().all(|c| c.get("client_secret").is_none()));
    let secret = h.report.console_client_secret.clone().unwrap();
    let with: ExportFile = export("env", "true").await.ok();
    assert!(
        with.with_secrets
            && with.content.contains(&format!("COGNITO_CLIENT_POOLDESK_CONSOLE_SECRET={secret}"))
    );
    let oidc: ExportFile = export("auth-middleware-0.6", "false").await.ok();
    assert!(oidc.content.contains(&format!("audience=\"{user_client}\"")), "{}", oidc.content);
    let legacy: ExportFile = export("auth-middleware-0.5", "false").await.ok();
    assert!(legacy.content.contains(&format!("user_pool_id=\"{}\"", h.pool_id)));
    assert!(legacy.content.contains("# Identity pool ("));
    assert_eq!(export("yaml", "false").await.invalid_field(), "format");
    h.call(
        "/api/delete_identity_pool",
        &[("identity_pool_id", &identity_id), ("confirm", &s.identity_pools[0].name)],
        Some(&cookie),
    )
    .await;
}

/// The guide's setup as `pooldesk bootstrap` makes it, domain included, leaves the advisor nothing
/// of high severity (the tests' pools have deletion protection off: a medium finding).
#[tokio::test]
async fn the_guide_setup_passes_its_own_advisor() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let (_, _, guide) = super::seed_guide_pool_with("pd-advised", true).await;
    let findings: Vec<Finding> =
        h.call("/api/get_advice", &[("pool_id", &guide.pool_id)], Some(&cookie)).await.ok();
    let high: Vec<&str> =
        findings.iter().filter(|f| f.severity == Severity::High).map(|f| f.rule.as_str()).collect();
    assert!(high.is_empty(), "{findings:#?}");
    let summary: ConfigSummary =
        h.call("/api/get_config_summary", &[("pool_id", &guide.pool_id)], Some(&cookie)).await.ok();
    assert!(
        summary.pool.domain.as_deref().is_some_and(|d| d.starts_with("myapp-auth-")),
        "{:?}",
        summary.pool
    );
    h.remove_pool(&guide.pool_id).await;
}

#[tokio::test]
async fn advisor_flags_what_the_test_setup_leaves_open() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let user_client = client_id(&summary(&h, &cookie).await, USER_AUTH_CLIENT);
    let identity_id = create_identity_pool(&h, &cookie, &identity_form(&h, &user_client, true)).await;
    let findings: Vec<Finding> =
        h.call("/api/get_advice", &[("pool_id", &h.pool_id)], Some(&cookie)).await.ok();
    let rules: Vec<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
    // The harness pool has no deletion protection (so tests can clean up) and no domain.
    for rule in ["deletion-protection-off", "no-domain", "identity-unauthenticated"] {
        assert!(rules.contains(&rule), "{rule} missing from {rules:?}");
    }
    // The guide's own setup is right on these points (MFA optional, credentials client without
    // user flows, admin group with a member).
    for rule in
        ["mfa-off", "credentials-client-user-flows", "no-admin-group", "empty-admin-group", "implicit-grant"]
    {
        assert!(!rules.contains(&rule), "{rule} unexpected in {rules:?}");
    }
    let name = h
        .call("/api/get_identity_pool", &[("identity_pool_id", &identity_id)], Some(&cookie))
        .await
        .ok::<IdentityPool>()
        .name;
    h.call(
        "/api/delete_identity_pool",
        &[("identity_pool_id", &identity_id), ("confirm", &name)],
        Some(&cookie),
    )
    .await;
}

async fn login_test(
    h: &Harness,
    cookie: &str,
    client: &str,
    username: &str,
    password: &str,
    new_password: &str,
) -> LoginTestReport {
    h.call(
        "/api/run_login_test",
        &[
            ("pool_id", &h.pool_id),
            ("client_id", client),
            ("username", username),
            ("password", password),
            ("new_password", new_password),
        ],
        Some(cookie),
    )
    .await
    .ok()
}

#[tokio::test]
async fn login_test_decodes_and_verifies_the_tokens() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let s = summary(&h, &cookie).await;
    let report =
        login_test(&h, &cookie, &client_id(&s, USER_AUTH_CLIENT), &h.user_email, &h.report.user_password, "")
            .await;
    let LoginTestOutcome::SignedIn { tokens, refresh_token } = report.outcome else { panic!("{report:?}") };
    assert!(refresh_token);
    let uses: Vec<&str> = tokens.iter().map(|t| t.token_use.as_str()).collect();
    assert_eq!(uses, ["id", "access"]);
    for t in &tokens {
        assert_eq!(t.verified, Ok(()), "{} token against moto's JWKS", t.token_use);
        assert!(t.expires.is_some());
    }
    assert_eq!(tokens[0].groups, ["user"]);
    assert!(!report.steps[0].contains("SECRET_HASH"), "public client");

    // The console's client has a secret: the hash is sent.
    let report =
        login_test(&h, &cookie, &client_id(&s, CONSOLE_CLIENT), &h.admin_email, &h.report.admin_password, "")
            .await;
    assert!(report.steps[0].contains("SECRET_HASH"), "{:?}", report.steps);
    assert!(matches!(report.outcome, LoginTestOutcome::SignedIn { .. }), "{report:?}");
}

#[tokio::test]
async fn login_test_explains_failures_and_walks_the_new_password_challenge() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let s = summary(&h, &cookie).await;
    let user_client = client_id(&s, USER_AUTH_CLIENT);

    let wrong = login_test(&h, &cookie, &user_client, &h.user_email, "Wrong-Pass-123!", "").await;
    assert!(
        matches!(&wrong.outcome, LoginTestOutcome::Failed { problem, .. } if problem.contains("Incorrect")),
        "{wrong:?}"
    );

    // The client-credentials client has no password flow: AWS would refuse, so do we.
    let flow = login_test(
        &h,
        &cookie,
        &client_id(&s, CREDENTIALS_CLIENT),
        &h.user_email,
        &h.report.user_password,
        "",
    )
    .await;
    assert!(
        matches!(&flow.outcome, LoginTestOutcome::Failed { problem, .. } if problem.contains("not enabled")),
        "{flow:?}"
    );
    assert!(flow.steps.is_empty(), "nothing sent");

    let email = format!("{}@example.com", unique("temp"));
    let created = h
        .call(
            "/api/create_user",
            &[
                ("pool_id", &h.pool_id),
                ("email", &email),
                ("attributes[given_name]", "Tess"),
                ("attributes[family_name]", "Temp"),
                ("email_verified", "true"),
                ("temporary_password", "Temp-Pass-123!"),
                ("invitation", "suppress"),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    let pending = login_test(&h, &cookie, &user_client, &email, "Temp-Pass-123!", "").await;
    assert!(
        matches!(&pending.outcome, LoginTestOutcome::Challenge { name, .. } if name == "NEW_PASSWORD_REQUIRED"),
        "{pending:?}"
    );
    let done = login_test(&h, &cookie, &user_client, &email, "Temp-Pass-123!", "Final-Pass-456!").await;
    assert!(matches!(done.outcome, LoginTestOutcome::SignedIn { .. }), "{done:?}");
    assert_eq!(done.steps.len(), 2, "{:?}", done.steps);
}

#[tokio::test]
async fn client_credentials_test_says_the_emulator_has_no_token_endpoint() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let credentials = client_id(&summary(&h, &cookie).await, CREDENTIALS_CLIENT);
    let args = [("pool_id", h.pool_id.as_str()), ("client_id", &credentials), ("scopes", "myapp-api/read")];
    let run = || h.call("/api/run_client_credentials_test", &args, Some(&cookie));
    let report: LoginTestReport = run().await.ok();
    assert!(
        matches!(&report.outcome, LoginTestOutcome::Failed { problem, .. } if problem.contains("no domain")),
        "{report:?}"
    );
    let prefix = unique("pd-cc");
    let domain = h
        .call(
            "/api/create_domain",
            &[("pool_id", &h.pool_id), ("kind", "prefix"), ("domain", &prefix)],
            Some(&cookie),
        )
        .await;
    assert_eq!(domain.status, StatusCode::OK, "{}", domain.body);
    let report: LoginTestReport = run().await.ok();
    assert!(
        matches!(&report.outcome, LoginTestOutcome::Failed { problem, .. } if problem.contains("no OAuth2 endpoints")),
        "{report:?}"
    );
    assert!(
        report.steps[0].contains(&format!("https://{prefix}.auth.us-east-1.amazoncognito.com/oauth2/token"))
    );
    h.call(
        "/api/delete_domain",
        &[("pool_id", &h.pool_id), ("domain", &prefix), ("confirm", &prefix)],
        Some(&cookie),
    )
    .await;
}

#[tokio::test]
async fn identity_pools_are_created_edited_tested_and_deleted() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let user_client = client_id(&summary(&h, &cookie).await, USER_AUTH_CLIENT);
    let bad = IdentityPoolForm { name: "has-hyphen".into(), ..identity_form(&h, &user_client, false) };
    assert_eq!(h.call_form("/api/create_identity_pool", &[], &bad, &cookie).await.invalid_field(), "name");

    let form = identity_form(&h, &user_client, false);
    let id = create_identity_pool(&h, &cookie, &form).await;
    let listed: Vec<IdentityPoolSummary> = h.call("/api/list_identity_pools", &[], Some(&cookie)).await.ok();
    assert!(listed.iter().any(|p| p.id == id && p.name == form.name));
    let args = [("identity_pool_id", id.as_str())];
    let get = || h.call("/api/get_identity_pool", &args, Some(&cookie));
    let pool: IdentityPool = get().await.ok();
    assert!(!pool.allow_unauthenticated && pool.uses_user_pool(&h.pool_id));
    assert_eq!(pool.providers[0].client_id, user_client);

    let edit = IdentityPoolForm {
        allow_unauthenticated: Some("on".into()),
        server_side_token_check: Some("on".into()),
        ..form.clone()
    };
    let saved = h.call_form("/api/update_identity_pool", &[("identity_pool_id", &id)], &edit, &cookie).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let pool: IdentityPool = get().await.ok();
    assert!(pool.allow_unauthenticated && pool.providers[0].server_side_token_check);

    let roles = h
        .call(
            "/api/set_identity_pool_roles",
            &[("identity_pool_id", &id), ("authenticated_role", "not-an-arn")],
            Some(&cookie),
        )
        .await;
    assert_eq!(roles.invalid_field(), "authenticated_role");
    let roles = h
        .call(
            "/api/set_identity_pool_roles",
            &[("identity_pool_id", &id), ("authenticated_role", "arn:aws:iam::123456789012:role/Auth")],
            Some(&cookie),
        )
        .await;
    assert!(
        matches!(roles.error(), AppError::Unsupported { message } if message.contains("does not support")),
        "{}",
        roles.body
    );

    // GetId + GetCredentialsForIdentity with the user's ID token; the secret key only on request.
    let provider = format!("{} {user_client}", h.pool_id);
    let test = |show: &'static str| {
        let (h, cookie, id, provider) = (&h, &cookie, &id, &provider);
        async move {
            h.call(
                "/api/test_identity_pool",
                &[
                    ("identity_pool_id", id),
                    ("provider", provider),
                    ("username", &h.user_email),
                    ("password", &h.report.user_password),
                    ("show_secret", show),
                ],
                Some(cookie),
            )
            .await
        }
    };
    let result: IdentityTestResult = test("false").await.ok();
    assert!(result.identity_id.starts_with("us-east-1:") && !result.access_key_id.is_empty());
    assert!(result.expiration.is_some() && result.secret_key.is_none());
    let shown: IdentityTestResult = test("true").await.ok();
    assert!(shown.secret_key.is_some());
    let guest: IdentityTestResult =
        h.call("/api/test_identity_pool", &[("identity_pool_id", &id)], Some(&cookie)).await.ok();
    assert!(!guest.identity_id.is_empty(), "guests allowed after the edit");

    let wrong = h
        .call("/api/delete_identity_pool", &[("identity_pool_id", &id), ("confirm", "nope")], Some(&cookie))
        .await;
    assert_eq!(wrong.invalid_field(), "confirm");
    let deleted = h
        .call(
            "/api/delete_identity_pool",
            &[("identity_pool_id", &id), ("confirm", &form.name)],
            Some(&cookie),
        )
        .await;
    assert_eq!(deleted.status, StatusCode::OK, "{}", deleted.body);
    assert!(matches!(get().await.error(), AppError::NotFound { .. }));
}
