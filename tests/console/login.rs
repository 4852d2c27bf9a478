//! The console's own login against a seeded pool on moto.

use axum::http::StatusCode;

use super::Harness;
use pooldesk::cognito::users;
use pooldesk::error::AppError;
use pooldesk::model::audit::AuditQuery;
use pooldesk::model::session::LoginStep;
use pooldesk::server::audit::AuditLog;

#[tokio::test]
async fn admin_signs_in_and_sees_who_they_are() {
    let h = Harness::new().await;
    let reply = h
        .call("/api/login", &[("username", &h.admin_email), ("password", &h.report.admin_password)], None)
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(serde_json::from_str::<LoginStep>(&reply.body).unwrap(), LoginStep::SignedIn);
    let set_cookie = reply.headers.get("set-cookie").unwrap().to_str().unwrap().to_ascii_lowercase();
    assert!(set_cookie.contains("httponly") && set_cookie.contains("samesite=strict"), "{set_cookie}");
    let cookie = reply.cookie().unwrap();
    let me = h.call("/api/current_operator", &[], Some(&cookie)).await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.body);
    assert!(me.body.contains(&h.admin_email), "{}", me.body);
    // Nothing token-like goes back to the browser.
    assert!(!reply.body.contains("eyJ") && !me.body.contains("eyJ"));
}

/// What an attacker sees of a sign-in answer: everything but the per-response ids and date.
fn visible(reply: &super::Reply) -> (StatusCode, String, Vec<(String, String)>) {
    let mut headers: Vec<(String, String)> = reply
        .headers
        .iter()
        .filter(|(name, _)| !["x-request-id", "date", "content-security-policy"].contains(&name.as_str()))
        .map(|(name, value)| {
            // A cookie's value is an id too; whether one is set is not.
            let value = match name.as_str() {
                "set-cookie" => {
                    value.to_str().unwrap().split_once(';').map(|(_, rest)| rest).unwrap_or("").to_string()
                }
                _ => value.to_str().unwrap_or("").to_string(),
            };
            (name.to_string(), value)
        })
        .collect();
    headers.sort();
    (reply.status, reply.body.clone(), headers)
}

#[tokio::test]
async fn every_refused_sign_in_looks_the_same_and_the_audit_log_tells_them_apart() {
    let h = Harness::new().await;
    let (disabled, disabled_password) = h.operator_in("admin").await;
    users::set_enabled(&h.users, &h.pool_id, &disabled, false).await.unwrap();
    let unknown = h.user_email.replace('@', ".ghost@");
    let attempts = [
        ("wrong_password", h.admin_email.as_str(), "Wrong-password-1"),
        ("unknown_user", unknown.as_str(), "Wrong-password-1"),
        ("disabled", disabled.as_str(), disabled_password.as_str()),
        // A user of the pool with the right password, in no console group.
        ("not_operator", h.user_email.as_str(), h.report.user_password.as_str()),
    ];
    let mut answers = Vec::new();
    for (reason, username, password) in attempts {
        let started = std::time::Instant::now();
        let reply = h.call("/api/login", &[("username", username), ("password", password)], None).await;
        let took = started.elapsed();
        assert_eq!(reply.error(), AppError::LoginFailed, "{reason}");
        // One timing class: no refusal is answered before the floor.
        assert!(took >= std::time::Duration::from_millis(800), "{reason} answered in {took:?}");
        if let Some(cookie) = reply.cookie() {
            assert_eq!(
                h.call("/api/current_operator", &[], Some(&cookie)).await.error(),
                AppError::Unauthenticated
            );
        }
        answers.push((reason, visible(&reply)));
    }
    for (reason, answer) in &answers[1..] {
        assert_eq!(answer, &answers[0].1, "{reason} differs from a wrong password");
    }
    let log = AuditLog::new(h.db.clone());
    for (reason, username, _) in attempts {
        let query =
            AuditQuery { action: Some("login".into()), target: Some(username.into()), ..Default::default() };
        let rows = log.search(&query, None, 10).await.unwrap();
        assert_eq!(rows.len(), 1, "{reason}: {rows:?}");
        assert_eq!(rows[0].outcome, format!("login_failed:{reason}"));
    }
}

#[tokio::test]
async fn first_login_with_temporary_password_requires_a_new_one() {
    let h = Harness::new().await;
    let email = format!("new-{}", h.admin_email);
    let temporary = "Temp-Pass-123!";
    h.sdk
        .admin_create_user()
        .user_pool_id(&h.pool_id)
        .username(&email)
        .temporary_password(temporary)
        .message_action(aws_sdk_cognitoidentityprovider::types::MessageActionType::Suppress)
        .user_attributes(attr("email", &email))
        .user_attributes(attr("given_name", "New"))
        .user_attributes(attr("family_name", "Admin"))
        .send()
        .await
        .unwrap();
    pooldesk::cognito::users::add_to_group(&h.users, &h.pool_id, &email, "admin").await.unwrap();

    let reply = h.call("/api/login", &[("username", &email), ("password", temporary)], None).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(serde_json::from_str::<LoginStep>(&reply.body).unwrap(), LoginStep::NewPasswordRequired);
    let cookie = reply.cookie().expect("the pending step lives in a session");
    // No access yet.
    assert_eq!(h.call("/api/current_operator", &[], Some(&cookie)).await.error(), AppError::Unauthenticated);

    let rules = h.call("/api/new_password_policy", &[], Some(&cookie)).await;
    assert!(rules.body.contains("\"minimum_length\":8"), "{}", rules.body);

    let weak = h
        .call("/api/complete_new_password", &[("new_password", "short"), ("confirm", "short")], Some(&cookie))
        .await;
    match weak.error() {
        AppError::Invalid { field, message } => {
            assert_eq!(field, "new_password");
            assert!(message.contains("8 characters") && message.contains("uppercase"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    let mismatch = h
        .call(
            "/api/complete_new_password",
            &[("new_password", "Better-Pass-456!"), ("confirm", "Other-Pass-456!")],
            Some(&cookie),
        )
        .await;
    assert!(matches!(mismatch.error(), AppError::Invalid { field, .. } if field == "confirm"));

    let done = h
        .call(
            "/api/complete_new_password",
            &[("new_password", "Better-Pass-456!"), ("confirm", "Better-Pass-456!")],
            Some(&cookie),
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    let session = done.cookie().expect("a new session id at sign-in");
    assert_ne!(session, cookie, "the session id must change at sign-in");
    let me = h.call("/api/current_operator", &[], Some(&session)).await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.body);
    // The old id is dead.
    assert_eq!(h.call("/api/current_operator", &[], Some(&cookie)).await.error(), AppError::Unauthenticated);
}

#[tokio::test]
async fn logout_ends_the_session() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    assert_eq!(h.call("/api/current_operator", &[], Some(&cookie)).await.status, StatusCode::OK);
    let out = h.call("/api/logout", &[], Some(&cookie)).await;
    assert_eq!(out.status, StatusCode::OK, "{}", out.body);
    assert_eq!(h.call("/api/current_operator", &[], Some(&cookie)).await.error(), AppError::Unauthenticated);
}

fn attr(name: &str, value: &str) -> aws_sdk_cognitoidentityprovider::types::AttributeType {
    aws_sdk_cognitoidentityprovider::types::AttributeType::builder().name(name).value(value).build().unwrap()
}

/// A sign-in service whose tokens name another issuer than the console expects: the operator is
/// told the tokens could not be verified (a setting to fix), not that their password was wrong.
#[tokio::test]
async fn tokens_from_another_issuer_are_a_configuration_error_not_a_wrong_password() {
    let h = Harness::with_config(|c| c.issuer = Some("http://127.0.0.1:9229/elsewhere".into())).await;
    let reply = h
        .call("/api/login", &[("username", &h.admin_email), ("password", &h.report.admin_password)], None)
        .await;
    let AppError::Unavailable { message } = reply.error() else { panic!("{}", reply.body) };
    assert!(message.contains("tokens could not be verified"), "{message}");
    assert!(super::captured_logs().contains("InvalidIssuer"));
}
