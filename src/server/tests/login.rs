//! The console's own login against a seeded pool on moto.

use axum::http::StatusCode;

use super::Harness;
use crate::error::AppError;
use crate::model::LoginStep;

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

#[tokio::test]
async fn wrong_password_and_unknown_user_get_the_same_answer() {
    let h = Harness::new().await;
    let wrong =
        h.call("/api/login", &[("username", &h.admin_email), ("password", "Wrong-password-1")], None).await;
    let unknown = h
        .call("/api/login", &[("username", "nobody@example.com"), ("password", "Wrong-password-1")], None)
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.error(), AppError::LoginFailed);
    assert_eq!((unknown.status, unknown.body.clone()), (wrong.status, wrong.body.clone()));
    assert!(wrong.cookie().is_none() || !wrong.body.contains("signed_in"));
}

#[tokio::test]
async fn non_admin_is_refused_without_a_session() {
    let h = Harness::new().await;
    let reply = h
        .call("/api/login", &[("username", &h.user_email), ("password", &h.report.user_password)], None)
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN, "{}", reply.body);
    assert_eq!(reply.error(), AppError::NotAnAdmin);
    if let Some(cookie) = reply.cookie() {
        let me = h.call("/api/current_operator", &[], Some(&cookie)).await;
        assert_eq!(me.error(), AppError::Unauthenticated);
    }
}

#[tokio::test]
async fn disabled_admin_is_refused() {
    let h = Harness::new().await;
    h.cognito
        .client()
        .admin_disable_user()
        .user_pool_id(&h.pool_id)
        .username(&h.admin_email)
        .send()
        .await
        .unwrap();
    let reply = h
        .call("/api/login", &[("username", &h.admin_email), ("password", &h.report.admin_password)], None)
        .await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    assert_eq!(reply.error(), AppError::LoginFailed);
}

#[tokio::test]
async fn first_login_with_temporary_password_requires_a_new_one() {
    let h = Harness::new().await;
    let email = format!("new-{}", h.admin_email);
    let temporary = "Temp-Pass-123!";
    h.cognito
        .client()
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
    crate::cognito::users::add_to_group(&h.cognito, &h.pool_id, &email, "admin").await.unwrap();

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
