//! The account desk's devices and sign-in history, against fakecloud (moto implements neither):
//! devices a user remembered through real sign-ins, forgotten one by one and all at once; the
//! sign-in timeline after real successful and failed sign-ins, paged, with "was / was not the
//! user" and the operators' own rows beside it. On moto: each card says why it shows nothing.
//! (Each role on each kind of target: `targets.rs`.)

use aws_sdk_cognitoidentityprovider::Client;
use aws_sdk_cognitoidentityprovider::types::{
    AdvancedSecurityModeType, AuthFlowType, DeviceConfigurationType, DeviceSecretVerifierConfigType,
    ExplicitAuthFlowsType, MessageActionType, ProviderUserIdentifierType, UserPoolAddOnsType,
};
use axum::http::StatusCode;

use super::harness::{Harness, fakecloud};
use super::{three_roles, unique};
use pooldesk::error::AppError;
use pooldesk::model::auth_event::{AuthEventPage, EVENTS_PAGE, TrailRow};
use pooldesk::model::device::UserDevices;
use pooldesk::model::preferences::Lang;

pub const PASSWORD: &str = "Desk-Pass-123!";

/// A pool with device tracking and threat protection in audit mode (each when asked), and an
/// app client that signs in with a password: the pool and the client.
pub async fn desk_pool(sdk: &Client, tracking: bool, threat_protection: bool) -> (String, String) {
    let mut create = sdk.create_user_pool().pool_name(unique("desk"));
    if tracking {
        create = create.device_configuration(
            DeviceConfigurationType::builder()
                .challenge_required_on_new_device(true)
                .device_only_remembered_on_user_prompt(false)
                .build(),
        );
    }
    if threat_protection {
        let add_ons = UserPoolAddOnsType::builder()
            .advanced_security_mode(AdvancedSecurityModeType::Audit)
            .build()
            .unwrap();
        create = create.user_pool_add_ons(add_ons);
    }
    let pool = create.send().await.unwrap().user_pool.unwrap().id.unwrap();
    (pool.clone(), password_client(sdk, &pool).await)
}

/// An app client of `pool` that signs users in with a password (USER_PASSWORD_AUTH).
pub async fn password_client(sdk: &Client, pool: &str) -> String {
    sdk.create_user_pool_client()
        .user_pool_id(pool)
        .client_name(unique("app"))
        .explicit_auth_flows(ExplicitAuthFlowsType::AllowUserPasswordAuth)
        .explicit_auth_flows(ExplicitAuthFlowsType::AllowRefreshTokenAuth)
        .send()
        .await
        .unwrap()
        .user_pool_client
        .unwrap()
        .client_id
        .unwrap()
}

/// A confirmed user with a permanent `PASSWORD`.
pub async fn desk_user(sdk: &Client, pool: &str, name: &str) {
    sdk.admin_create_user()
        .user_pool_id(pool)
        .username(name)
        .message_action(MessageActionType::Suppress)
        .send()
        .await
        .unwrap();
    sdk.admin_set_user_password()
        .user_pool_id(pool)
        .username(name)
        .password(PASSWORD)
        .permanent(true)
        .send()
        .await
        .unwrap();
}

/// The user signs in to the app with `password`, as they would: the access token when it
/// passed (Cognito records a sign-in event either way, with threat protection on).
pub async fn app_sign_in(sdk: &Client, client: &str, name: &str, password: &str) -> Option<String> {
    let out = sdk
        .initiate_auth()
        .client_id(client)
        .auth_flow(AuthFlowType::UserPasswordAuth)
        .auth_parameters("USERNAME", name)
        .auth_parameters("PASSWORD", password)
        .send()
        .await
        .ok()?;
    out.authentication_result?.access_token
}

/// The app remembers the device it signed in on (ConfirmDevice, with the user's token).
pub async fn remember_device(sdk: &Client, token: &str, key: &str, name: &str) {
    let verifier =
        DeviceSecretVerifierConfigType::builder().password_verifier("dmVyaWZpZXI=").salt("c2FsdA==").build();
    sdk.confirm_device()
        .access_token(token)
        .device_key(key)
        .device_name(name)
        .device_secret_verifier_config(verifier)
        .send()
        .await
        .unwrap();
}

/// A Google identity provider in `pool` (the name the console links through).
pub async fn google(sdk: &Client, pool: &str) {
    sdk.create_identity_provider()
        .user_pool_id(pool)
        .provider_name("Google")
        .provider_type(aws_sdk_cognitoidentityprovider::types::IdentityProviderTypeType::Google)
        .provider_details("client_id", "desk.apps.example.com")
        .provider_details("client_secret", "desk-secret")
        .provider_details("authorize_scopes", "openid email")
        .attribute_mapping("email", "email")
        .send()
        .await
        .unwrap();
}

/// `user` as a federated sign-in through Google would leave them: `subjects` in their
/// `identities` attribute (Cognito's own; the emulators let an admin write it) and linked.
pub async fn linked_to_google(sdk: &Client, pool: &str, user: &str, subjects: &[&str]) {
    let entries: Vec<String> = subjects
        .iter()
        .map(|s| format!(r#"{{"userId":"{s}","providerName":"Google","providerType":"Google","issuer":null,"primary":"false","dateCreated":"1700000000000"}}"#))
        .collect();
    let attribute = aws_sdk_cognitoidentityprovider::types::AttributeType::builder()
        .name("identities")
        .value(format!("[{}]", entries.join(",")))
        .build()
        .unwrap();
    sdk.admin_update_user_attributes()
        .user_pool_id(pool)
        .username(user)
        .user_attributes(attribute)
        .send()
        .await
        .unwrap();
    for subject in subjects {
        let destination = ProviderUserIdentifierType::builder()
            .provider_name("Cognito")
            .provider_attribute_value(user)
            .build();
        let source = ProviderUserIdentifierType::builder()
            .provider_name("Google")
            .provider_attribute_name("Cognito_Subject")
            .provider_attribute_value(*subject)
            .build();
        sdk.admin_link_provider_for_user()
            .user_pool_id(pool)
            .destination_user(destination)
            .source_user(source)
            .send()
            .await
            .unwrap();
    }
}

/// A device key as Cognito makes them, unique to this run.
pub fn device_key() -> String {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
    format!("us-east-1_{:08x}-0000-4000-8000-{:012x}", std::process::id(), nanos % (1 << 48))
}

fn devices(h: &Harness, pool: &str, user: &str, cookie: &str) -> impl Future<Output = UserDevices> {
    let (h, pool, user, cookie) = (h.clone(), pool.to_string(), user.to_string(), cookie.to_string());
    async move {
        let args = [("pool_id", pool.as_str()), ("username", user.as_str())];
        h.call("/api/list_user_devices", &args, Some(&cookie)).await.ok()
    }
}

#[tokio::test]
async fn devices_are_listed_no_longer_remembered_and_forgotten_one_by_one_and_all_at_once() {
    let h = Harness::on(&fakecloud(), |c| c.roles = three_roles()).await;
    let (pool, client) = desk_pool(&h.sdk, true, false).await;
    desk_user(&h.sdk, &pool, "traveller").await;
    let token = app_sign_in(&h.sdk, &client, "traveller", PASSWORD).await.expect("signs in");
    let keys: Vec<String> = (0..3).map(|_| device_key()).collect();
    for (key, name) in keys.iter().zip(["Laptop", "Phone", "Tablet"]) {
        remember_device(&h.sdk, &token, key, name).await;
    }
    let support = h.signed_in_as("support").await;
    let viewer = h.signed_in_as("viewer").await;

    // Everyone reads them.
    let listed = devices(&h, &pool, "traveller", &viewer).await;
    assert!(listed.tracking.is_some_and(|t| t.challenge_new_device), "{listed:?}");
    let mut names: Vec<_> = listed.devices.iter().map(|d| d.label(Lang::En)).collect();
    names.sort();
    assert_eq!(names, ["Laptop", "Phone", "Tablet"]);

    // A viewer changes nothing; a bad key is refused by field before any call.
    let forget = |key: &str| {
        vec![("pool_id", pool.clone()), ("username", "traveller".into()), ("device_key", key.to_string())]
    };
    let as_args =
        |v: &Vec<(&'static str, String)>| v.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>();
    let call = |path: &'static str, args: Vec<(&'static str, String)>, cookie: String| {
        let h = h.clone();
        async move {
            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            h.call(path, &args, Some(&cookie)).await
        }
    };
    assert_eq!(
        call("/api/forget_device", as_args(&forget(&keys[0])), viewer.clone()).await.error(),
        AppError::Forbidden
    );
    let bad = call("/api/forget_device", as_args(&forget("../../x")), support.clone()).await;
    assert_eq!(bad.invalid_field(), "device_key");
    assert_eq!(devices(&h, &pool, "traveller", &support).await.devices.len(), 3, "nothing changed");

    // Support: not remembered, then forgotten.
    let mut args = forget(&keys[0]);
    args.push(("remembered", "false".into()));
    assert_eq!(call("/api/set_device_remembered", args, support.clone()).await.status, StatusCode::OK);
    assert_eq!(call("/api/forget_device", forget(&keys[0]), support.clone()).await.status, StatusCode::OK);
    let left = devices(&h, &pool, "traveller", &support).await.devices;
    assert_eq!(left.len(), 2);
    assert!(left.iter().all(|d| d.key != keys[0]));
    // A device that is gone: said so.
    let gone = call("/api/forget_device", forget(&keys[0]), support.clone()).await;
    assert!(matches!(gone.error(), AppError::NotFound { .. }), "{}", gone.body);

    let all = vec![("pool_id", pool.clone()), ("username", "traveller".to_string())];
    assert_eq!(call("/api/forget_all_devices", all, support.clone()).await.status, StatusCode::OK);
    assert!(devices(&h, &pool, "traveller", &support).await.devices.is_empty());

    // Each change is in the audit log, and in the user's own trail.
    let trail: Vec<TrailRow> = h
        .call("/api/list_account_trail", &[("pool_id", &pool), ("username", "traveller")], Some(&support))
        .await
        .ok();
    let actions: Vec<&str> = trail.iter().map(|r| r.action.as_str()).collect();
    for action in ["forget_all_devices", "forget_device", "set_device_remembered"] {
        assert!(actions.contains(&action), "{action} missing from {actions:?}");
    }
    assert!(
        trail.iter().any(|r| r.outcome == "forbidden"),
        "the viewer's refused try is there too: {trail:?}"
    );

    // A pool that tracks no devices says so, without a call to list them.
    let (untracked, _) = desk_pool(&h.sdk, false, false).await;
    desk_user(&h.sdk, &untracked, "homebody").await;
    assert_eq!(devices(&h, &untracked, "homebody", &support).await, UserDevices::default());
}

#[tokio::test]
async fn identities_are_linked_and_unlinked_under_cognito_s_rules_checked_first() {
    let h = Harness::on(&fakecloud(), |c| c.roles = three_roles()).await;
    let (pool, _) = desk_pool(&h.sdk, false, false).await;
    google(&h.sdk, &pool).await;
    desk_user(&h.sdk, &pool, "twofold").await;
    linked_to_google(&h.sdk, &pool, "twofold", &["111"]).await;
    desk_user(&h.sdk, &pool, "crowded").await;
    linked_to_google(&h.sdk, &pool, "crowded", &["1", "2", "3", "4", "5"]).await;
    let support = h.signed_in_as("support").await;
    let viewer = h.signed_in_as("viewer").await;
    let providers: Vec<String> =
        h.call("/api/list_identity_provider_names", &[("pool_id", &pool)], Some(&viewer)).await.ok();
    assert_eq!(providers, ["Google"]);

    let call = |path: &'static str,
                user: &'static str,
                provider: &'static str,
                subject: &'static str,
                cookie: &str| {
        let (h, pool, cookie) = (h.clone(), pool.clone(), cookie.to_string());
        async move {
            let args = [
                ("pool_id", pool.as_str()),
                ("username", user),
                ("provider", provider),
                ("subject", subject),
            ];
            h.call(path, &args, Some(&cookie)).await
        }
    };
    assert_eq!(
        call("/api/link_identity", "twofold", "Google", "222", &viewer).await.error(),
        AppError::Forbidden
    );
    for (provider, subject, field) in [
        ("Facebook", "222", "provider"),
        ("Cognito", "222", "provider"),
        ("Google", " ", "subject"),
        ("Google", "111", "subject"),
    ] {
        let refused = call("/api/link_identity", "twofold", provider, subject, &support).await;
        assert_eq!(refused.invalid_field(), field, "{provider} {subject}: {}", refused.body);
    }
    let full = call("/api/link_identity", "crowded", "Google", "6", &support).await;
    assert_eq!(full.invalid_field(), "subject");
    assert!(full.body.contains("5 linked identities"), "{}", full.body);
    assert_eq!(call("/api/link_identity", "twofold", "Google", "222", &support).await.status, StatusCode::OK);

    // Only an identity of this user is unlinked through this user.
    // Nor the user's own password sign-in, which the call would switch off for "Cognito".
    for (provider, subject) in [("Google", "3"), ("Cognito", "twofold")] {
        let other = call("/api/unlink_identity", "twofold", provider, subject, &support).await;
        assert!(matches!(other.error(), AppError::NotFound { .. }), "{provider}: {}", other.body);
    }
    assert_eq!(
        call("/api/unlink_identity", "twofold", "Google", "111", &viewer).await.error(),
        AppError::Forbidden
    );
    assert_eq!(
        call("/api/unlink_identity", "twofold", "Google", "111", &support).await.status,
        StatusCode::OK
    );

    let page = h.page(&format!("/pools/{pool}/user?name=twofold"), &support).await.body;
    assert!(page.contains("data-identity=\"Google:111\"") && page.contains("Link an identity"));
    let trail: Vec<TrailRow> = h
        .call("/api/list_account_trail", &[("pool_id", &pool), ("username", "twofold")], Some(&support))
        .await
        .ok();
    for action in ["link_identity", "unlink_identity"] {
        assert!(trail.iter().any(|r| r.action == action && r.outcome == "ok"), "{action}: {trail:?}");
    }
}

async fn events(h: &Harness, pool: &str, user: &str, cookie: &str, token: Option<&str>) -> AuthEventPage {
    let mut args = vec![("pool_id", pool), ("username", user)];
    args.extend(token.map(|t| ("next_token", t)));
    h.call("/api/list_user_auth_events", &args, Some(cookie)).await.ok()
}

#[tokio::test]
async fn the_sign_in_timeline_follows_real_sign_ins_with_feedback_and_the_operators_rows() {
    let h = Harness::on(&fakecloud(), |c| c.roles = three_roles()).await;
    let (pool, client) = desk_pool(&h.sdk, false, true).await;
    desk_user(&h.sdk, &pool, "roamer").await;
    // Eleven sign-ins that pass and one that fails: two pages.
    for _ in 0..11 {
        assert!(app_sign_in(&h.sdk, &client, "roamer", PASSWORD).await.is_some());
    }
    assert!(app_sign_in(&h.sdk, &client, "roamer", "Wrong-Pass-999!").await.is_none());
    let support = h.signed_in_as("support").await;
    let viewer = h.signed_in_as("viewer").await;
    // An operator acts on the account: it shows beside the sign-ins.
    let sign_out = [("pool_id", pool.as_str()), ("username", "roamer")];
    assert_eq!(h.call("/api/sign_out_user", &sign_out, Some(&support)).await.status, StatusCode::OK);

    let first = events(&h, &pool, "roamer", &viewer, None).await;
    assert_eq!(first.events.len(), EVENTS_PAGE as usize);
    let token = first.next_token.clone().expect("a second page");
    let second = events(&h, &pool, "roamer", &viewer, Some(&token)).await;
    assert!(second.next_token.is_none());
    let all: Vec<_> = first.events.iter().chain(&second.events).collect();
    assert_eq!(all.len(), 12);
    let failed: Vec<_> = all.iter().filter(|e| e.failed()).collect();
    assert_eq!(failed.len(), 1, "{all:?}");
    assert!(all.iter().all(|e| e.at.is_some() && !e.id.is_empty()));

    // The trail: support reads it, a viewer does not.
    let trail_args = [("pool_id", pool.as_str()), ("username", "roamer")];
    let trail: Vec<TrailRow> = h.call("/api/list_account_trail", &trail_args, Some(&support)).await.ok();
    assert!(trail.iter().any(|r| r.action == "sign_out_user" && r.outcome == "ok"), "{trail:?}");
    assert_eq!(
        h.call("/api/list_account_trail", &trail_args, Some(&viewer)).await.error(),
        AppError::Forbidden
    );

    // "That was not me": support says so, a viewer cannot; Cognito keeps it on the event.
    let id = failed[0].id.clone();
    let feedback = |valid: &'static str| {
        vec![
            ("pool_id", pool.clone()),
            ("username", "roamer".to_string()),
            ("event_id", id.clone()),
            ("valid", valid.to_string()),
        ]
    };
    let send = |args: Vec<(&'static str, String)>, cookie: String| {
        let h = h.clone();
        async move {
            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            h.call("/api/set_auth_event_feedback", &args, Some(&cookie)).await
        }
    };
    assert_eq!(send(feedback("false"), viewer.clone()).await.error(), AppError::Forbidden);
    let mut bad = feedback("false");
    bad[2].1 = "not an id!".into();
    assert_eq!(send(bad, support.clone()).await.invalid_field(), "event_id");
    assert_eq!(send(feedback("false"), support.clone()).await.status, StatusCode::OK);
    let after = events(&h, &pool, "roamer", &viewer, None).await;
    let again = events(&h, &pool, "roamer", &viewer, after.next_token.as_deref()).await;
    let marked = after.events.iter().chain(&again.events).find(|e| e.id == id).unwrap();
    assert_eq!(marked.feedback.as_deref(), Some("Invalid"));

    // The user page shows the timeline, each row with its source, and the feedback buttons to
    // support only.
    let path = format!("/pools/{pool}/user?name=roamer");
    let page = h.page(&path, &support).await.body;
    assert!(page.contains("data-source=\"cognito\""), "no Cognito row");
    assert!(page.contains("data-source=\"console\""), "no console row");
    assert!(page.contains("Was not the user"));
    let viewed = h.page(&path, &viewer).await.body;
    assert!(viewed.contains("data-source=\"cognito\"") && !viewed.contains("Was not the user"));
    assert!(!viewed.contains("data-source=\"console\""));

    // Without threat protection Cognito records nothing: said, not attempted.
    let (quiet, _) = desk_pool(&h.sdk, false, false).await;
    desk_user(&h.sdk, &quiet, "quiet").await;
    let none = events(&h, &quiet, "quiet", &viewer, None).await;
    assert_eq!(
        none.unavailable.as_deref(),
        Some(pooldesk::i18n::t("auth-events-no-threat-protection").as_str())
    );
}

/// moto implements neither devices nor sign-in events: the page says so under each card (and
/// why a pool without the features shows nothing), and renders the rest.
#[tokio::test]
async fn on_moto_each_card_says_why_it_shows_nothing() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    // The harness's pool tracks no devices and has no threat protection.
    let path = format!("/pools/{}/user?name={}", h.pool_id, pooldesk::model::encode(&h.user_email));
    let page = h.page(&path, &cookie).await.body;
    assert!(page.contains("data-devices-off"), "devices: {page}");
    assert!(page.contains("data-sign-ins-unavailable"));
    // With both features, moto's missing calls are named.
    let (pool, _) = desk_pool(&h.sdk, true, true).await;
    desk_user(&h.sdk, &pool, "someone").await;
    let page = h.page(&format!("/pools/{pool}/user?name=someone"), &cookie).await.body;
    assert!(page.contains("data-devices-unavailable"), "{page}");
    assert!(page.contains("does not support AdminListDevices"));
    assert!(page.contains("does not support AdminListUserAuthEvents"));
}

/// A linked identity signs in as its user without their password: linking one to an operator
/// of the console's pool takes a recent step-up, like a console-group membership.
#[tokio::test]
async fn linking_an_identity_to_an_operator_needs_a_recent_step_up() {
    let h = Harness::on(&fakecloud(), |c| {
        c.roles = three_roles();
        c.step_up_seconds = 2;
    })
    .await;
    google(&h.sdk, &h.pool_id).await;
    desk_user(&h.sdk, &h.pool_id, "plain@example.com").await;
    let (operator, _) = h.operator_in("support").await;
    let admin = h.admin_cookie().await;
    // The sign-in counts as a step-up for `step_up_seconds`: let it run out.
    tokio::time::sleep(std::time::Duration::from_millis(2200)).await;
    let link = |user: &str| {
        let (h, pool, user, admin) = (h.clone(), h.pool_id.clone(), user.to_string(), admin.clone());
        async move {
            let args = [
                ("pool_id", pool.as_str()),
                ("username", user.as_str()),
                ("provider", "Google"),
                ("subject", "g-1"),
            ];
            h.call("/api/link_identity", &args, Some(&admin)).await
        }
    };
    assert_eq!(link(&operator).await.error(), AppError::StepUpRequired);
    assert_eq!(link("plain@example.com").await.status, StatusCode::OK);
    let step = h.call("/api/step_up", &[("password", &h.report.admin_password)], Some(&admin)).await;
    assert_eq!(step.status, StatusCode::OK, "{}", step.body);
    assert_eq!(link(&operator).await.status, StatusCode::OK);
}

/// What operators did to an account is shown to whoever may act on it: in the console's pool a
/// support operator reads an ordinary user's trail, not an operator's (its own included); an
/// admin reads every one; a viewer none.
#[tokio::test]
async fn the_operators_trail_follows_the_target_rule() {
    let h = Harness::with_config(|c| c.roles = three_roles()).await;
    let (support_email, support_password) = h.operator_in("support").await;
    let support = h.sign_in(&support_email, &support_password).await;
    let viewer = h.signed_in_as("viewer").await;
    let admin = h.admin_cookie().await;
    let (other_admin, _) = h.operator_in("admin").await;
    let trail = |user: String, cookie: String| {
        let (h, pool) = (h.clone(), h.pool_id.clone());
        async move {
            h.call("/api/list_account_trail", &[("pool_id", &pool), ("username", &user)], Some(&cookie)).await
        }
    };
    let ordinary = h.user_email.clone();
    for (user, cookie, allowed) in [
        (ordinary.clone(), support.clone(), true),
        (other_admin.clone(), support.clone(), false),
        (h.admin_email.clone(), support.clone(), false),
        (support_email.clone(), support.clone(), false),
        (ordinary.clone(), viewer.clone(), false),
        (ordinary, admin.clone(), true),
        (other_admin, admin.clone(), true),
        (support_email, admin, true),
    ] {
        let reply = trail(user.clone(), cookie).await;
        match allowed {
            true => assert_eq!(reply.status, StatusCode::OK, "{user}: {}", reply.body),
            false => assert_eq!(reply.error(), AppError::Forbidden, "{user}"),
        }
    }
}
