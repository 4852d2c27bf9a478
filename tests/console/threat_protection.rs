//! Threat protection (`get_threat_protection`, `set_threat_protection_mode`,
//! `set_risk_configuration`), against fakecloud (moto has no risk configuration): read by every
//! role, changed by admins only, every field checked before the call, the feature plan's limit
//! said by field, a client's configuration apart from the pool's. On moto: the page says the
//! endpoint lacks it.

use aws_sdk_cognitoidentityprovider::types::UserPoolTierType;
use axum::http::StatusCode;

use super::account_desk::password_client;
use super::harness::{Harness, fakecloud};
use super::{three_roles, unique};
use pooldesk::error::AppError;
use pooldesk::model::risk::{TakeoverAction, ThreatProtection};

async fn read(h: &Harness, cookie: &str, pool: &str, client: Option<&str>) -> ThreatProtection {
    let mut args = vec![("pool_id", pool)];
    args.extend(client.map(|c| ("client_id", c)));
    h.call("/api/get_threat_protection", &args, Some(cookie)).await.ok()
}

/// A new pool on `tier` (else the endpoint's default).
async fn new_pool(h: &Harness, tier: Option<UserPoolTierType>) -> String {
    let created =
        h.sdk.create_user_pool().pool_name(unique("threat")).set_user_pool_tier(tier).send().await.unwrap();
    created.user_pool.unwrap().id.unwrap()
}

/// The pool-level form: leaked passwords blocked at sign-in, MFA at medium risk, blocked at
/// high, one blocked range; `extra` replaces or adds fields.
fn form<'a>(pool: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut args = vec![
        ("pool_id", pool),
        ("compromised_sign_in", "on"),
        ("compromised_action", "block"),
        ("low", "NO_ACTION"),
        ("medium", "MFA_IF_CONFIGURED"),
        ("high", "BLOCK"),
        ("blocked_ips", "203.0.113.0/24\n2001:db8::/32"),
        ("skipped_ips", ""),
    ];
    for (name, value) in extra {
        args.retain(|(n, _)| n != name);
        args.push((name, value));
    }
    args
}

#[tokio::test]
async fn threat_protection_is_read_by_all_changed_by_admins_and_checked_before_any_call() {
    let h = Harness::on(&fakecloud(), |c| c.roles = three_roles()).await;
    let plus = new_pool(&h, Some(UserPoolTierType::Plus)).await;
    let client = password_client(&h.sdk, &plus).await;
    let admin = h.admin_cookie().await;
    let support = h.signed_in_as("support").await;
    let viewer = h.signed_in_as("viewer").await;

    let seen = read(&h, &viewer, &plus, None).await;
    assert_eq!((seen.mode.as_str(), seen.plan.as_deref()), ("OFF", Some("PLUS")));
    assert!(seen.clients.iter().any(|(id, _)| *id == client));
    assert_eq!(seen.unavailable, None);

    // Below admin, nothing changes.
    let mode = [("pool_id", plus.as_str()), ("mode", "ENFORCED")];
    for cookie in [&viewer, &support] {
        assert_eq!(
            h.call("/api/set_threat_protection_mode", &mode, Some(cookie)).await.error(),
            AppError::Forbidden
        );
        assert_eq!(
            h.call("/api/set_risk_configuration", &form(&plus, &[]), Some(cookie)).await.error(),
            AppError::Forbidden
        );
    }
    assert_eq!(read(&h, &admin, &plus, None).await, seen);

    // The admin turns it on and sets the pool's actions.
    assert_eq!(h.call("/api/set_threat_protection_mode", &mode, Some(&admin)).await.status, StatusCode::OK);
    let saved = h.call("/api/set_risk_configuration", &form(&plus, &[]), Some(&admin)).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let now = read(&h, &viewer, &plus, None).await;
    assert_eq!(now.mode, "ENFORCED");
    assert_eq!(now.config.compromised_events, ["SIGN_IN"]);
    assert!(now.config.compromised_block);
    let action = |a: &str| TakeoverAction { action: a.into(), notify: false };
    assert_eq!(
        now.config.takeover,
        Some([action("NO_ACTION"), action("MFA_IF_CONFIGURED"), action("BLOCK")])
    );
    assert_eq!(now.config.blocked_ips, ["203.0.113.0/24", "2001:db8::/32"]);

    // Every field is checked before the call, by field; nothing changes.
    for (field, bad) in [
        ("blocked_ips", "203.0.113.0"),
        ("skipped_ips", "10.0.0.0/99"),
        ("high", "SHRUG"),
        ("compromised_action", "maybe"),
    ] {
        let reply = h.call("/api/set_risk_configuration", &form(&plus, &[(field, bad)]), Some(&admin)).await;
        assert_eq!(reply.invalid_field(), field, "{bad}");
    }
    assert_eq!(read(&h, &admin, &plus, None).await.config, now.config, "a refused form changed nothing");

    // One client of its own: leaked passwords not checked there; the pool's stays.
    assert!(!read(&h, &admin, &plus, Some(&client)).await.client_has_own);
    let own = form(&plus, &[("client_id", &client), ("compromised_sign_in", ""), ("high", "MFA_REQUIRED")]);
    assert_eq!(h.call("/api/set_risk_configuration", &own, Some(&admin)).await.status, StatusCode::OK);
    let client_view = read(&h, &viewer, &plus, Some(&client)).await;
    assert!(client_view.client_has_own, "{client_view:?}");
    assert!(client_view.config.compromised_events.is_empty());
    assert_eq!(client_view.config.takeover.unwrap()[2].action, "MFA_REQUIRED");
    assert_eq!(read(&h, &viewer, &plus, None).await.config, now.config);

    // A pool on the Essentials plan (fakecloud's default, as AWS's): the plan's limit, by field.
    let essentials = new_pool(&h, None).await;
    let on = [("pool_id", essentials.as_str()), ("mode", "AUDIT")];
    let refused = h.call("/api/set_threat_protection_mode", &on, Some(&admin)).await;
    assert_eq!(refused.invalid_field(), "mode");
    assert!(refused.body.contains("Essentials"), "{}", refused.body);
    assert_eq!(read(&h, &admin, &essentials, None).await.mode, "OFF");

    // The page, and the advisor's finding once it is only auditing.
    let page = h.page(&format!("/pools/{plus}/threat-protection"), &viewer).await.body;
    assert!(page.contains("data-threat-mode=\"ENFORCED\"") && !page.contains("data-risk-form"));
    assert!(
        h.page(&format!("/pools/{plus}/threat-protection"), &admin).await.body.contains("data-risk-form")
    );
}

#[tokio::test]
async fn on_moto_threat_protection_says_the_endpoint_lacks_it() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let seen = read(&h, &cookie, &h.pool_id, None).await;
    assert!(seen.unavailable.as_deref().is_some_and(|m| m.contains("DescribeRiskConfiguration")), "{seen:?}");
    let page = h.page(&format!("/pools/{}/threat-protection", h.pool_id), &cookie).await.body;
    assert!(page.contains("data-risk-unavailable"));
    let findings: Vec<pooldesk::model::advisor::Finding> =
        h.call("/api/get_advice", &[("pool_id", &h.pool_id)], Some(&cookie)).await.ok();
    assert!(findings.iter().any(|f| f.rule == "threat-protection-off"), "{findings:?}");
}
