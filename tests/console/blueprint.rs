//! Setup blueprints against moto through the server functions: apply to a fresh pool, apply
//! again (nothing changes), drift corrected, bad blueprints refused next to the field.

use super::{Harness, unique};
use pooldesk::cognito::bootstrap::GuideSetup;
use pooldesk::model::blueprint::{ApplyReport, PlanStep, StepAction};
use pooldesk::rules::blueprint::Blueprint;

fn json(bp: &Blueprint) -> String {
    serde_json::to_string(bp).unwrap()
}

async fn plan(h: &Harness, cookie: &str, text: &str, pool_id: &str) -> Vec<PlanStep> {
    h.call("/api/plan_blueprint", &[("blueprint", text), ("pool_id", pool_id)], Some(cookie)).await.ok()
}

pub(crate) async fn apply(h: &Harness, cookie: &str, text: &str, pool_id: &str) -> ApplyReport {
    h.call("/api/apply_blueprint", &[("blueprint", text), ("pool_id", pool_id)], Some(cookie)).await.ok()
}

fn changes(steps: &[PlanStep]) -> Vec<(String, String, StepAction)> {
    steps
        .iter()
        .filter(|s| s.action != StepAction::Keep)
        .map(|s| (s.kind.clone(), s.name.clone(), s.action))
        .collect()
}

#[tokio::test]
async fn the_guide_blueprint_builds_a_fresh_pool_and_a_second_apply_changes_nothing() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let setup = GuideSetup {
        pool_name: unique("pd-bp"),
        deletion_protection: false,
        domain: true,
        admin_email: format!("{}@example.com", unique("bp-admin")),
        user_email: format!("{}@example.com", unique("bp-user")),
    };
    // TOML as a person writes it: the built-in text with this test's names.
    let toml = pooldesk::model::blueprint::GUIDE_BLUEPRINT
        .replace("MyApp-UserPool", &setup.pool_name)
        .replace("deletion_protection = true", "deletion_protection = false")
        .replace("admin@example.com", &setup.admin_email)
        .replace("user@example.com", &setup.user_email);

    let planned = plan(&h, &cookie, &toml, "").await;
    assert!(planned.iter().all(|s| s.action == StepAction::Create), "{planned:?}");

    let first = apply(&h, &cookie, &toml, "").await;
    assert!(!first.failed(), "{first:?}");
    assert_eq!(first.steps.len(), 14);
    let pool_id = first.pool_id.clone().expect("the pool was created");
    let passwords: Vec<&str> = first.steps.iter().filter_map(|s| s.password.as_deref()).collect();
    assert_eq!(passwords.len(), 2, "one generated password per created user");
    assert!(
        passwords.iter().all(|p| pooldesk::model::pool::PasswordPolicy::default().violations(p).is_empty())
    );

    // The same blueprint as JSON, planned and applied again: nothing to do.
    let again = json(&setup.blueprint());
    assert_eq!(changes(&plan(&h, &cookie, &again, "").await), []);
    let second = apply(&h, &cookie, &again, "").await;
    assert!(!second.failed() && second.pool_id.as_deref() == Some(pool_id.as_str()));
    assert!(
        second.steps.iter().all(|s| s.step.action == StepAction::Keep && s.password.is_none()),
        "{second:?}"
    );

    // What it built is what the guide asks for.
    let summary: pooldesk::model::summary::ConfigSummary =
        h.call("/api/get_config_summary", &[("pool_id", &pool_id)], Some(&cookie)).await.ok();
    let clients: Vec<(&str, bool)> =
        summary.clients.iter().map(|c| (c.name.as_str(), c.has_secret)).collect();
    assert_eq!(clients, [("MyApp-ClientCredentials", true), ("MyApp-UserAuth", false)]);
    assert_eq!(summary.groups.len(), 5);
    let admin =
        summary.users.iter().find(|u| u.user.email.as_deref() == Some(setup.admin_email.as_str())).unwrap();
    assert_eq!(
        (admin.user.status.as_str(), admin.groups.as_slice()),
        ("FORCE_CHANGE_PASSWORD", &["admin".to_string()][..])
    );
    h.remove_pool(&pool_id).await;
}

#[tokio::test]
async fn drift_on_an_existing_pool_is_planned_and_corrected() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let setup = GuideSetup {
        pool_name: "Ignored because the pool is given by id".into(),
        deletion_protection: false,
        domain: false,
        admin_email: h.admin_email.clone(),
        user_email: h.user_email.clone(),
    };
    let text = json(&setup.blueprint());
    assert_eq!(
        changes(&plan(&h, &cookie, &text, &h.pool_id).await),
        [],
        "the harness pool is the guide setup"
    );

    let moved = h
        .call(
            "/api/update_group",
            &[
                ("pool_id", &h.pool_id),
                ("name", "moderator"),
                ("description", "changed"),
                ("precedence", "50"),
                ("role_arn", ""),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(moved.status, axum::http::StatusCode::OK, "{}", moved.body);
    pooldesk::cognito::users::remove_from_group(&h.users, &h.pool_id, &h.user_email, "user").await.unwrap();
    assert_eq!(
        changes(&plan(&h, &cookie, &text, &h.pool_id).await),
        [
            ("group".to_string(), "moderator".to_string(), StepAction::Update),
            ("membership".to_string(), format!("{} → user", h.user_email), StepAction::Create),
        ]
    );
    let report = apply(&h, &cookie, &text, &h.pool_id).await;
    assert!(!report.failed(), "{report:?}");
    assert_eq!(changes(&plan(&h, &cookie, &text, &h.pool_id).await), []);
    // Its audit row names the pool, which its guard was given.
    let rows: pooldesk::model::audit::AuditPage = h
        .call("/api/list_audit", &[("action", "apply_blueprint"), ("pool", &h.pool_id)], Some(&cookie))
        .await
        .ok();
    assert!(!rows.entries.is_empty() && rows.entries.iter().all(|e| e.outcome == "ok"), "{rows:?}");
}

#[tokio::test]
async fn bad_blueprints_are_refused_next_to_the_field() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    for text in
        ["[pool]\nname = \"x\"\nunknown = 1\n", "not toml at all [", "{\"pool\": {\"name\": \"bad/name\"}}"]
    {
        let reply = h.call("/api/plan_blueprint", &[("blueprint", text)], Some(&cookie)).await;
        assert_eq!(reply.invalid_field(), "blueprint", "{text}");
    }
    let reply = h
        .call(
            "/api/apply_blueprint",
            &[("blueprint", pooldesk::model::blueprint::GUIDE_BLUEPRINT), ("pool_id", "../etc")],
            Some(&cookie),
        )
        .await;
    assert!(matches!(reply.error(), pooldesk::error::AppError::NotFound { .. }));
}
