//! The audit log on SQLite (every harness's default) and on PostgreSQL (`POOLDESK_TEST_POSTGRES`,
//! a database URL; the test command starts one): what is recorded, what never is, the Audit
//! page's filters, pagination and CSV, who may read it, and that a change the log cannot record
//! does not happen.

use axum::http::{StatusCode, header};

use super::Harness;
use pooldesk::error::AppError;
use pooldesk::model::audit::{AUDIT_PAGE_SIZE, AuditEntry, AuditPage};
use pooldesk::server::audit::AuditLog;
use pooldesk::server::config::RoleGroups;

fn with_roles(c: &mut pooldesk::server::config::ServeConfig) {
    c.roles = RoleGroups { admin: "admin".into(), support: Some("support".into()), viewer: None };
}

async fn page(h: &Harness, cookie: &str, args: &[(&str, &str)]) -> AuditPage {
    h.call("/api/list_audit", args, Some(cookie)).await.ok()
}

async fn audit_scenario(h: &Harness) {
    let pool = h.pool_id.as_str();
    let admin = h.admin_email.as_str();
    // A failed sign-in, a sign-in, a change, a refused change, a secret, a sign-out.
    let failed = h.call("/api/login", &[("username", admin), ("password", "Wrong-pass-1")], None).await;
    assert_eq!(failed.error(), AppError::LoginFailed);
    let cookie = h.admin_cookie().await;
    let group = format!("audited-{}", &pool[pool.len() - 6..]).to_lowercase();
    let args = [
        ("pool_id", pool),
        ("name", group.as_str()),
        ("description", "d"),
        ("precedence", "7"),
        ("role_arn", ""),
    ];
    let created = h.call("/api/create_group", &args, Some(&cookie)).await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    let bad = [
        ("pool_id", pool),
        ("name", "bad name!"),
        ("description", ""),
        ("precedence", "1"),
        ("role_arn", ""),
    ];
    assert_eq!(
        h.call("/api/create_group", &bad, Some(&cookie)).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let clients: Vec<pooldesk::model::client::ClientSummary> =
        h.call("/api/list_clients", &[("pool_id", pool)], Some(&cookie)).await.ok();
    let confidential = clients
        .iter()
        .find(|c| c.has_secret && c.name != pooldesk::cognito::bootstrap::CONSOLE_CLIENT)
        .unwrap();
    let secret: String = h
        .call(
            "/api/reveal_client_secret",
            &[("pool_id", pool), ("client_id", &confidential.id)],
            Some(&cookie),
        )
        .await
        .ok();
    // A support operator's refused delete is recorded as refused.
    let (support, support_password) = h.operator_in("support").await;
    let support_cookie = h.sign_in(&support, &support_password).await;
    let delete = [("pool_id", pool), ("username", h.user_email.as_str()), ("confirm", h.user_email.as_str())];
    assert_eq!(h.call("/api/delete_user", &delete, Some(&support_cookie)).await.error(), AppError::Forbidden);
    assert_eq!(h.call("/api/list_audit", &[], Some(&support_cookie)).await.error(), AppError::Forbidden);
    assert_eq!(h.page("/audit/export.csv", &support_cookie).await.status, StatusCode::FORBIDDEN);
    assert_eq!(h.call("/api/logout", &[], Some(&cookie)).await.status, StatusCode::OK);

    let cookie = h.admin_cookie().await;
    let mine = page(h, &cookie, &[("operator", admin), ("pool", pool)]).await;
    let actions: Vec<(&str, &str)> =
        mine.entries.iter().map(|e| (e.action.as_str(), e.outcome.as_str())).rev().collect();
    assert_eq!(
        actions,
        [("create_group", "ok"), ("create_group", "invalid:name"), ("reveal_client_secret", "ok")],
        "{:#?}",
        mine.entries
    );
    let created_row = &mine.entries[2];
    assert_eq!(created_row.target.as_deref(), Some(format!("name={group}").as_str()));
    assert_eq!(created_row.operator_email.as_deref(), Some(admin));
    assert!(created_row.operator_sub.is_some() && created_row.request_id.len() == 32, "{created_row:?}");
    assert!(
        mine.actions.contains(&"delete_user".to_string())
            && !mine.actions.contains(&"list_users".to_string())
    );

    let sessions = page(h, &cookie, &[("operator", admin), ("action", "login")]).await.entries;
    assert!(sessions.iter().any(|e| e.outcome == "ok" && e.operator_email.as_deref() == Some(admin)));
    let refused = page(h, &cookie, &[("target", admin), ("outcome", "login_failed")]).await.entries;
    assert!(refused.iter().any(|e| e.operator_sub.is_none()), "the failed sign-in, by the name tried");
    let logouts = page(h, &cookie, &[("operator", admin), ("action", "logout")]).await.entries;
    assert_eq!(logouts.len(), 1, "the sign-out, with who it was");
    let forbidden = page(h, &cookie, &[("operator", &support), ("outcome", "forbidden")]).await.entries;
    assert_eq!(forbidden.len(), 1);
    assert_eq!(forbidden[0].action, "delete_user");
    let errors = page(h, &cookie, &[("operator", admin), ("pool", pool), ("outcome", "error")]).await.entries;
    assert_eq!(errors.len(), 1, "{errors:?}");

    // Nothing secret in any row, and the row reached the tracing log as well.
    let everything = serde_json::to_string(&page(h, &cookie, &[("pool", pool)]).await).unwrap();
    for needle in
        [secret.as_str(), "Wrong-pass-1", h.report.admin_password.as_str(), support_password.as_str()]
    {
        assert!(!everything.contains(needle), "a secret in the audit log");
    }
    assert!(super::captured_logs().contains(&created_row.request_id), "emitted as a tracing event");

    // CSV of the same filter.
    let csv = h
        .page(&format!("/audit/export.csv?operator={}&pool={pool}", pooldesk::model::encode(admin)), &cookie)
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.headers.get(header::CONTENT_TYPE).unwrap().to_str().unwrap().starts_with("text/csv"));
    let lines: Vec<&str> = csv.body.trim_end().split("\r\n").collect();
    assert!(lines[0].starts_with("time_utc,request_id,"));
    assert_eq!(lines.len(), 1 + 3, "{}", csv.body);
    assert!(lines[1].contains(",reveal_client_secret,"), "newest first");
    assert_eq!(h.page("/audit/export.csv?from=soon", &cookie).await.status, StatusCode::UNPROCESSABLE_ENTITY);

    // Pagination and time range, on rows written straight to the store.
    let log = AuditLog::new(h.db.clone());
    let action = format!("synthetic_{}", &pool[pool.len() - 6..]);
    for n in 0..(AUDIT_PAGE_SIZE + 10) {
        let entry = AuditEntry {
            id: 0,
            at_ms: 978_307_200_000 + n * 60_000, // 2001-01-01, a minute apart
            request_id: format!("r{n}"),
            operator_sub: None,
            operator_username: None,
            operator_email: None,
            source_ip: None,
            action: action.clone(),
            pool_id: None,
            target: Some(format!("n={n}")),
            outcome: "ok".into(),
        };
        log.insert(&entry).await.unwrap();
    }
    let first = page(h, &cookie, &[("action", &action)]).await;
    assert_eq!(first.entries.len() as i64, AUDIT_PAGE_SIZE);
    assert_eq!(first.entries[0].request_id, format!("r{}", AUDIT_PAGE_SIZE + 9));
    let older = first.older.expect("an older page").to_string();
    let second = page(h, &cookie, &[("action", &action), ("before", &older)]).await;
    assert_eq!(second.entries.len(), 10);
    assert_eq!(second.older, None);
    let window = [("action", action.as_str()), ("from", "2001-01-01T00:05"), ("to", "2001-01-01T00:09")];
    let ranged = page(h, &cookie, &window).await.entries;
    assert_eq!(
        ranged.iter().map(|e| e.request_id.as_str()).collect::<Vec<_>>(),
        ["r9", "r8", "r7", "r6", "r5"]
    );
    let bad_range =
        h.call("/api/list_audit", &[("from", "2001-01-02"), ("to", "2001-01-01")], Some(&cookie)).await;
    assert_eq!(bad_range.invalid_field(), "to");
    // `%` is no wildcard.
    assert!(page(h, &cookie, &[("action", &action), ("target", "n=%")]).await.entries.is_empty());
}

#[tokio::test]
async fn audit_log_on_sqlite() {
    let h = Harness::with_config(with_roles).await;
    assert!(matches!(h.db, pooldesk::server::db::Db::Sqlite(_)));
    audit_scenario(&h).await;
}

#[tokio::test]
async fn audit_log_and_sessions_on_postgres() {
    let url = super::harness::postgres_url();
    let h = Harness::with_config(|c| {
        with_roles(c);
        c.database_url = Some(url);
    })
    .await;
    assert!(matches!(h.db, pooldesk::server::db::Db::Postgres(_)));
    audit_scenario(&h).await;
}

/// If the row cannot be written first, the change is refused and Cognito never sees it.
#[tokio::test]
async fn a_change_the_log_cannot_record_is_not_made() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let pooldesk::server::db::Db::Sqlite(pool) = &h.db else { unreachable!() };
    sqlx::query("DROP TABLE pooldesk_audit").execute(pool).await.unwrap();
    let args = [
        ("pool_id", h.pool_id.as_str()),
        ("name", "never-made"),
        ("description", ""),
        ("precedence", "1"),
        ("role_arn", ""),
    ];
    let reply = h.call("/api/create_group", &args, Some(&cookie)).await;
    assert_eq!(reply.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(matches!(reply.error(), AppError::Unavailable { .. }));
    let groups = h.sdk.list_groups().user_pool_id(&h.pool_id).send().await.unwrap();
    assert!(groups.groups().iter().all(|g| g.group_name() != Some("never-made")));
    // Reads do not depend on the log.
    assert_eq!(
        h.call("/api/list_groups", &[("pool_id", h.pool_id.as_str())], Some(&cookie)).await.status,
        StatusCode::OK
    );
}

/// The backstop: a recorded function that answers without having opened its row (a declaration
/// whose function forgot `F::guard`) is refused, and the log says which.
#[tokio::test]
async fn a_recorded_function_that_opened_no_row_is_refused() {
    use tower::ServiceExt;
    let h = Harness::new().await;
    let unguarded = axum::Router::new()
        .route("/api/create_group", axum::routing::post(|| async { "made" }))
        .layer(axum::middleware::from_fn_with_state(h.state.clone(), pooldesk::server::audit::record))
        .layer(tower_sessions::SessionManagerLayer::new(tower_sessions::MemoryStore::default()));
    let req = axum::http::Request::post("/api/create_group").body(axum::body::Body::empty()).unwrap();
    let res = unguarded.oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert!(super::captured_logs().contains("ran without opening its audit record"));
}
