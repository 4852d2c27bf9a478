//! The support desk against moto: listing, searching, paging, every user action, memberships
//! and the self-lockout safeguards, all through the server functions.

use aws_sdk_cognitoidentityprovider::types::{AttributeType, MessageActionType};
use axum::http::StatusCode;

use super::Harness;
use pooldesk::error::AppError;
use pooldesk::model::user::{UserDetail, UserPage};

fn attr(name: &str, value: &str) -> AttributeType {
    AttributeType::builder().name(name).value(value).build().unwrap()
}

/// Creates a user directly (arranging the test), with a few searchable attributes.
async fn create(h: &Harness, email: &str, given: &str, family: &str) {
    h.sdk
        .admin_create_user()
        .user_pool_id(&h.pool_id)
        .username(email)
        .temporary_password("Temp-Pass-123!")
        .message_action(MessageActionType::Suppress)
        .user_attributes(attr("email", email))
        .user_attributes(attr("email_verified", "true"))
        .user_attributes(attr("given_name", given))
        .user_attributes(attr("family_name", family))
        .send()
        .await
        .unwrap();
}

async fn list(h: &Harness, cookie: &str, args: &[(&str, &str)]) -> UserPage {
    let mut all = vec![("pool_id", h.pool_id.as_str())];
    all.extend_from_slice(args);
    let reply = h.call("/api/list_users", &all, Some(cookie)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    serde_json::from_str(&reply.body).unwrap()
}

async fn user(h: &Harness, cookie: &str, username: &str) -> UserDetail {
    let reply =
        h.call("/api/get_user", &[("pool_id", &h.pool_id), ("username", username)], Some(cookie)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    serde_json::from_str(&reply.body).unwrap()
}

#[tokio::test]
async fn pages_through_more_than_150_users_without_repeats() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    for i in 0..153 {
        create(&h, &format!("bulk{i:03}@example.com"), "Bulk", "User").await;
    }
    let mut seen = std::collections::HashSet::new();
    let mut token: Option<String> = None;
    let mut pages = 0;
    loop {
        let mut args = vec![("page_size", "60")];
        if let Some(t) = &token {
            args.push(("next_token", t.as_str()));
        }
        let page = list(&h, &cookie, &args).await;
        assert!(page.users.len() <= 60);
        for u in &page.users {
            assert!(seen.insert(u.username.clone()), "{} twice", u.username);
        }
        pages += 1;
        match page.next_token {
            Some(t) => token = Some(t),
            None => break,
        }
    }
    // 153 created + the seeded admin and user.
    assert_eq!(seen.len(), 155);
    assert_eq!(pages, 3);
}

#[tokio::test]
async fn searches_every_attribute_cognito_can_filter() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    create(&h, "ann.smith@example.com", "Ann", "Smith").await;
    create(&h, "bob.jones@example.com", "Bob", "Jones").await;
    let ann = user(&h, &cookie, "ann.smith@example.com").await;
    h.sdk
        .admin_update_user_attributes()
        .user_pool_id(&h.pool_id)
        .username("ann.smith@example.com")
        .user_attributes(attr("phone_number", "+15550100"))
        .user_attributes(attr("name", "Ann Smith"))
        .user_attributes(attr("preferred_username", "annie"))
        .send()
        .await
        .unwrap();
    let sub = ann.sub.clone().unwrap();
    // In email-as-username pools the username is Cognito's own (the sub on AWS).
    let username_prefix: String = ann.username.chars().take(8).collect();
    let cases: Vec<(&str, &str, &str, usize)> = vec![
        ("email", "prefix", "ann.", 1),
        ("email", "exact", "bob.jones@example.com", 1),
        ("username", "prefix", &username_prefix, 1),
        ("given_name", "exact", "Ann", 1),
        ("family_name", "prefix", "Jon", 1),
        ("name", "exact", "Ann Smith", 1),
        ("phone_number", "exact", "+15550100", 1),
        ("preferred_username", "exact", "annie", 1),
        ("sub", "exact", &sub, 1),
        ("cognito:user_status", "exact", "FORCE_CHANGE_PASSWORD", 2),
        ("status", "exact", "Enabled", 4),
    ];
    for (attribute, kind, value, expected) in cases {
        let page = list(
            &h,
            &cookie,
            &[("page_size", "60"), ("attribute", attribute), ("match_kind", kind), ("value", value)],
        )
        .await;
        assert_eq!(page.users.len(), expected, "{attribute} {kind} {value}: {:?}", page.users);
    }
    // A quote cannot break out of the expression: it is escaped, and simply matches nothing.
    let page =
        list(&h, &cookie, &[("page_size", "60"), ("attribute", "email"), ("value", r#"a" or email ^= ""#)])
            .await;
    assert!(page.users.is_empty());
    let bad = h
        .call(
            "/api/list_users",
            &[("pool_id", &h.pool_id), ("page_size", "10"), ("attribute", "custom:x"), ("value", "a")],
            Some(&cookie),
        )
        .await;
    assert!(matches!(bad.error(), AppError::Invalid { field, .. } if field == "attribute"));
}

#[tokio::test]
async fn filters_by_group() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let page = list(&h, &cookie, &[("page_size", "60"), ("group", "admin")]).await;
    let names: Vec<_> = page.users.iter().map(|u| u.email.clone().unwrap_or_default()).collect();
    assert_eq!(names, vec![h.admin_email.clone()]);
}

#[tokio::test]
async fn support_actions_change_the_user() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let target = "carol@example.com";
    create(&h, target, "Carol", "Doe").await;
    let call = |path: &'static str, extra: Vec<(&'static str, &'static str)>| {
        let cookie = cookie.clone();
        let h = &h;
        async move {
            let mut args = vec![("pool_id", h.pool_id.as_str()), ("username", target)];
            args.extend(extra);
            let reply = h.call(path, &args, Some(&cookie)).await;
            assert_eq!(reply.status, StatusCode::OK, "{path}: {}", reply.body);
        }
    };

    call("/api/set_user_enabled", vec![("enabled", "false")]).await;
    assert!(!user(&h, &cookie, target).await.enabled);
    call("/api/set_user_enabled", vec![("enabled", "true")]).await;
    assert!(user(&h, &cookie, target).await.enabled);

    // A pending temporary password cannot be reset: a clear refusal, not "forbidden".
    let early = h
        .call("/api/reset_user_password", &[("pool_id", &h.pool_id), ("username", target)], Some(&cookie))
        .await;
    assert_eq!(early.status, StatusCode::CONFLICT, "{}", early.body);
    assert!(early.error().to_string().contains("Set password"));

    call("/api/set_user_password", vec![("password", "Perm-Pass-456!"), ("permanent", "true")]).await;
    assert_eq!(user(&h, &cookie, target).await.status, "CONFIRMED");
    call("/api/reset_user_password", vec![]).await;
    assert_eq!(user(&h, &cookie, target).await.status, "RESET_REQUIRED");
    call("/api/set_user_password", vec![("password", "Temp-Pass-789!")]).await;
    assert_eq!(user(&h, &cookie, target).await.status, "FORCE_CHANGE_PASSWORD");

    call("/api/add_user_to_group", vec![("group", "premium")]).await;
    call("/api/add_user_to_group", vec![("group", "moderator")]).await;
    let groups: Vec<_> = user(&h, &cookie, target).await.groups.into_iter().map(|g| g.name).collect();
    assert_eq!(groups, ["moderator", "premium"], "sorted by precedence 5, 8");
    call("/api/remove_user_from_group", vec![("group", "moderator")]).await;
    let groups: Vec<_> = user(&h, &cookie, target).await.groups.into_iter().map(|g| g.name).collect();
    assert_eq!(groups, ["premium"]);

    call("/api/sign_out_user", vec![]).await;

    let wrong = h
        .call(
            "/api/delete_user",
            &[("pool_id", &h.pool_id), ("username", target), ("confirm", "nope")],
            Some(&cookie),
        )
        .await;
    assert!(matches!(wrong.error(), AppError::Invalid { field, .. } if field == "confirm"));
    call("/api/delete_user", vec![("confirm", target)]).await;
    let gone = h.call("/api/get_user", &[("pool_id", &h.pool_id), ("username", target)], Some(&cookie)).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    assert_eq!(gone.error(), AppError::not_found("The user"));
}

#[tokio::test]
async fn weak_passwords_are_refused_rule_by_rule_before_the_call() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let reply = h
        .call(
            "/api/set_user_password",
            &[("pool_id", &h.pool_id), ("username", &h.user_email), ("password", "lowercase")],
            Some(&cookie),
        )
        .await;
    match reply.error() {
        AppError::Invalid { field, message } => {
            assert_eq!(field, "password");
            assert!(
                message.contains("uppercase") && message.contains("number") && message.contains("symbol"),
                "{message}"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn an_admin_cannot_lock_themself_out() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let me = h.admin_email.as_str();
    let args = |extra: &[(&'static str, &'static str)]| {
        let mut a: Vec<(&str, &str)> = vec![("pool_id", h.pool_id.as_str()), ("username", me)];
        a.extend_from_slice(extra);
        a
    };
    let disable = h.call("/api/set_user_enabled", &args(&[("enabled", "false")]), Some(&cookie)).await;
    assert_eq!(disable.status, StatusCode::CONFLICT, "{}", disable.body);
    let delete = h
        .call(
            "/api/delete_user",
            &[("pool_id", &h.pool_id), ("username", me), ("confirm", me)],
            Some(&cookie),
        )
        .await;
    assert_eq!(delete.status, StatusCode::CONFLICT);
    let demote = h.call("/api/remove_user_from_group", &args(&[("group", "admin")]), Some(&cookie)).await;
    assert_eq!(demote.status, StatusCode::CONFLICT);
    let delete_group = h
        .call(
            "/api/delete_group",
            &[("pool_id", &h.pool_id), ("name", "admin"), ("confirm", "admin")],
            Some(&cookie),
        )
        .await;
    assert_eq!(delete_group.status, StatusCode::CONFLICT);
    // Still an enabled admin.
    let detail = user(&h, &cookie, me).await;
    assert!(detail.enabled && detail.is_self);
    assert!(detail.groups.iter().any(|g| g.name == "admin"));
    // Others can be demoted.
    let other = h
        .call(
            "/api/remove_user_from_group",
            &[("pool_id", &h.pool_id), ("username", &h.user_email), ("group", "user")],
            Some(&cookie),
        )
        .await;
    assert_eq!(other.status, StatusCode::OK);
}

#[tokio::test]
async fn creates_a_user_with_a_generated_password_who_then_must_change_it() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let email = format!("created-{}", h.admin_email);
    let reply = h
        .call(
            "/api/create_user",
            &[
                // Exactly what the browser's form sends for an email-as-username pool.
                ("pool_id", &h.pool_id),
                ("email", &email),
                ("phone_number", ""),
                ("attributes[given_name]", "Dana"),
                ("attributes[family_name]", "Created"),
                ("email_verified", "true"),
                ("temporary_password", ""),
                ("invitation", "suppress"),
                ("group", "admin"),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let created: pooldesk::api::users::CreatedUser = serde_json::from_str(&reply.body).unwrap();
    let password = created.generated_password.expect("a generated password, shown once");
    assert!(pooldesk::model::pool::PasswordPolicy::default().violations(&password).is_empty());
    let detail = user(&h, &cookie, &email).await;
    assert_eq!(detail.status, "FORCE_CHANGE_PASSWORD");
    assert_eq!(detail.attribute("given_name"), Some("Dana"));
    assert_eq!(detail.attribute("email_verified"), Some("true"));
    assert!(detail.groups.iter().any(|g| g.name == "admin"));
    // The new admin signs in to the console and is asked for a new password.
    let login = h.call("/api/login", &[("username", &email), ("password", &password)], None).await;
    assert_eq!(
        serde_json::from_str::<pooldesk::model::session::LoginStep>(&login.body).unwrap(),
        pooldesk::model::session::LoginStep::NewPasswordRequired
    );

    let duplicate = h
        .call(
            "/api/create_user",
            &[
                ("pool_id", &h.pool_id),
                ("username", ""),
                ("email", &email),
                ("attributes[given_name]", "D"),
                ("attributes[family_name]", "C"),
            ],
            Some(&cookie),
        )
        .await;
    assert!(
        matches!(duplicate.error(), AppError::Invalid { field, .. } if field == "username"),
        "{}",
        duplicate.body
    );
}

#[tokio::test]
async fn create_user_checks_the_pool_schema_before_the_call() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let missing = h
        .call(
            "/api/create_user",
            &[
                ("pool_id", &h.pool_id),
                ("username", ""),
                ("email", "x@example.com"),
                ("attributes[given_name]", "X"),
            ],
            Some(&cookie),
        )
        .await;
    assert!(
        matches!(missing.error(), AppError::Invalid { field, .. } if field == "attributes[family_name]"),
        "{}",
        missing.body
    );
    let weak = h
        .call(
            "/api/create_user",
            &[
                ("pool_id", &h.pool_id),
                ("username", ""),
                ("email", "y@example.com"),
                ("attributes[given_name]", "Y"),
                ("attributes[family_name]", "Z"),
                ("temporary_password", "short"),
            ],
            Some(&cookie),
        )
        .await;
    assert!(matches!(weak.error(), AppError::Invalid { field, .. } if field == "temporary_password"));
    // Nothing was created on either refusal.
    let page = list(&h, &cookie, &[("page_size", "60"), ("attribute", "email"), ("value", "x@")]).await;
    assert!(page.users.is_empty());
}

#[tokio::test]
async fn bulk_reports_every_user_done_already_or_failed() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    create(&h, "bulk-a@example.com", "A", "Bulk").await;
    create(&h, "bulk-b@example.com", "B", "Bulk").await;
    h.sdk
        .admin_add_user_to_group()
        .user_pool_id(&h.pool_id)
        .username("bulk-b@example.com")
        .group_name("premium")
        .send()
        .await
        .unwrap();
    let run = |action: &'static str, group: &'static str, users: Vec<&'static str>| {
        let h = &h;
        let cookie = cookie.clone();
        async move {
            let names: Vec<String> = (0..users.len()).map(|i| format!("usernames[{i}]")).collect();
            let mut args = vec![("pool_id", h.pool_id.as_str()), ("action", action), ("group", group)];
            args.extend(names.iter().map(String::as_str).zip(users.iter().copied()));
            let reply = h.call("/api/start_bulk_job", &args, Some(&cookie)).await;
            assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
            serde_json::from_str::<Vec<pooldesk::model::bulk::BulkResult>>(&reply.body).unwrap()
        }
    };
    use pooldesk::model::bulk::BulkOutcome::*;
    let outcomes = |r: Vec<pooldesk::model::bulk::BulkResult>| {
        r.into_iter().map(|r| (r.username, r.outcome)).collect::<Vec<_>>()
    };

    let added =
        run("add", "premium", vec!["bulk-a@example.com", "bulk-b@example.com", "nobody@example.com"]).await;
    let added = outcomes(added);
    assert_eq!(added[0], ("bulk-a@example.com".into(), Done));
    assert_eq!(added[1], ("bulk-b@example.com".into(), Already));
    assert!(matches!(&added[2], (_, Failed(why)) if why.contains("not found")), "{added:?}");

    let me: &'static str = Box::leak(h.admin_email.clone().into_boxed_str());
    let disabled = outcomes(run("disable", "", vec!["bulk-a@example.com", me]).await);
    assert_eq!(disabled[0].1, Done);
    assert!(matches!(&disabled[1].1, Failed(why) if why.contains("your own account")), "{disabled:?}");
    assert!(!user(&h, &cookie, "bulk-a@example.com").await.enabled);
    assert!(user(&h, &cookie, me).await.enabled, "the operator stays enabled");

    let enabled = outcomes(run("enable", "", vec!["bulk-a@example.com", "bulk-b@example.com"]).await);
    assert_eq!(enabled.iter().map(|(_, o)| o.clone()).collect::<Vec<_>>(), [Done, Already]);

    // A job runs without a request, in the language of the operator who started it.
    let german = format!("{cookie}; {}=de", pooldesk::model::preferences::LANG_COOKIE);
    let args = [
        ("pool_id", h.pool_id.as_str()),
        ("action", "disable"),
        ("usernames[0]", me),
        ("usernames[1]", "nobody@example.com"),
    ];
    let reply = h.call("/api/start_bulk_job", &args, Some(&german)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let auf_deutsch = outcomes(serde_json::from_str(&reply.body).unwrap());
    assert!(
        matches!(&auf_deutsch[0].1, Failed(why) if why == "Sie können Ihr eigenes Konto nicht deaktivieren."),
        "{auf_deutsch:?}"
    );
    assert!(matches!(&auf_deutsch[1].1, Failed(why) if why.contains("nicht gefunden")), "{auf_deutsch:?}");

    let too_many: Vec<&'static str> = vec!["x@example.com"; pooldesk::api::jobs::MAX_SELECTED + 1];
    let names: Vec<String> = (0..too_many.len()).map(|i| format!("usernames[{i}]")).collect();
    let mut args = vec![("pool_id", h.pool_id.as_str()), ("action", "enable")];
    args.extend(names.iter().map(String::as_str).zip(too_many.iter().copied()));
    let refused = h.call("/api/start_bulk_job", &args, Some(&cookie)).await;
    assert!(matches!(refused.error(), AppError::Invalid { field, .. } if field == "usernames"));
}

#[tokio::test]
async fn edits_only_mutable_attributes() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let target = "erin@example.com";
    create(&h, target, "Erin", "Old").await;
    let before = user(&h, &cookie, target).await;
    assert!(before.editable.contains(&"family_name".to_string()), "{:?}", before.editable);
    assert!(!before.editable.contains(&"sub".to_string()));
    let call = |args: Vec<(&'static str, &'static str)>| {
        let h = &h;
        let cookie = cookie.clone();
        async move {
            let mut all: Vec<(&str, &str)> = vec![("pool_id", h.pool_id.as_str()), ("username", target)];
            all.extend(args);
            h.call("/api/update_user_attributes", &all, Some(&cookie)).await
        }
    };
    // Markup is stored as text (and rendered escaped by the page).
    let ok = call(vec![("attributes[family_name]", "<b>New</b>"), ("attributes[given_name]", "Erin")]).await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    assert_eq!(user(&h, &cookie, target).await.attribute("family_name"), Some("<b>New</b>"));

    let required = call(vec![("attributes[family_name]", "")]).await;
    assert!(
        matches!(required.error(), AppError::Invalid { field, .. } if field == "attributes[family_name]")
    );
    let immutable = call(vec![("attributes[given_name]", "Changed"), ("attributes[sub]", "forged")]).await;
    assert!(matches!(immutable.error(), AppError::Invalid { field, .. } if field == "attributes[sub]"));
    assert_eq!(user(&h, &cookie, target).await.attribute("given_name"), Some("Erin"), "nothing half-applied");
}

/// A bulk job on a pool that is gone (the local Cognito restarted, someone deleted it) stops
/// with that one reason, and blames no user.
#[tokio::test]
async fn a_bulk_job_on_a_pool_that_is_gone_stops_and_says_so() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let bulk =
        [("pool_id", "us-east-1_Gone0000"), ("action", "disable"), ("usernames[0]", h.user_email.as_str())];
    let id: String = h.call_once("/api/start_bulk_job", &bulk, Some(&cookie)).await.ok();
    let job = h.job_end(&id, &cookie).await;
    assert_eq!(job.summary.state, pooldesk::model::job::JobState::Stopped);
    let reason = job.summary.reason.unwrap();
    assert!(reason.contains("us-east-1_Gone0000 no longer exists"), "{reason}");
    assert_eq!(job.items[0].outcome, None, "the user is not blamed");
}
