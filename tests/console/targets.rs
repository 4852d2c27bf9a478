//! The target rule, tried as an attacker would: every server function that changes a user,
//! called by each role on each kind of user, in the console's pool and in another pool, allowed
//! or refused exactly as the table in `expect` says; a refused call changes nothing in Cognito
//! (read back with the SDK). Then the console's groups, the last admin, and the step-up.

use axum::http::StatusCode;
use leptos::server_fn::axum::server_fn_paths;

use super::guard::sample_args;
use super::{Harness, three_roles, unique};
use pooldesk::cognito::users;
use pooldesk::error::AppError;
use pooldesk::model::bulk::{BulkOutcome, BulkResult};
use pooldesk::model::role::{Access, Record, Role, declared};

const PASSWORD: &str = "Matrix-Pass-123!";

/// A function that changes one user, with the arguments of a call on the fixture's user.
struct Function {
    path: &'static str,
    /// Could lock the console out (disable, delete): refused on yourself.
    locks_out: bool,
    /// Whether a successful call shows in the user's state (enabled, status, groups,
    /// attributes, existence).
    visible: bool,
    args: fn(&Fixture) -> Vec<(&'static str, String)>,
    /// Tried on fakecloud, which has what it changes (devices, sign-in events); moto has not.
    fakecloud: bool,
}

/// The user a call acts on, and (on fakecloud) a device they remembered, an event of their
/// sign-in and a Google identity linked to them, made just before the call.
struct Fixture {
    user: String,
    device_key: String,
    event_id: String,
    subject: String,
}

/// In the order the "self" row runs them: the lock-outs last, after the ones that change the
/// operator's own account but leave it usable.
const FUNCTIONS: &[Function] = &[
    Function {
        path: "/api/set_device_remembered",
        locks_out: false,
        visible: false,
        args: |f| vec![("device_key", f.device_key.clone()), ("remembered", "false".into())],
        fakecloud: true,
    },
    Function {
        path: "/api/forget_device",
        locks_out: false,
        visible: false,
        args: |f| vec![("device_key", f.device_key.clone())],
        fakecloud: true,
    },
    Function {
        path: "/api/forget_all_devices",
        locks_out: false,
        visible: false,
        args: |_| vec![],
        fakecloud: true,
    },
    Function {
        path: "/api/link_identity",
        locks_out: false,
        visible: false,
        args: |f| vec![("provider", "Google".into()), ("subject", format!("new-{}", f.subject))],
        fakecloud: true,
    },
    Function {
        path: "/api/unlink_identity",
        locks_out: false,
        visible: false,
        args: |f| vec![("provider", "Google".into()), ("subject", f.subject.clone())],
        fakecloud: true,
    },
    Function {
        path: "/api/set_auth_event_feedback",
        locks_out: false,
        visible: false,
        args: |f| vec![("event_id", f.event_id.clone()), ("valid", "false".into())],
        fakecloud: true,
    },
    Function {
        path: "/api/confirm_user",
        locks_out: false,
        visible: false,
        args: |_| vec![],
        fakecloud: false,
    },
    Function {
        path: "/api/reset_user_password",
        locks_out: false,
        visible: true,
        args: |_| vec![],
        fakecloud: false,
    },
    Function {
        path: "/api/set_user_password",
        locks_out: false,
        visible: true,
        args: |_| vec![("password", "Another-Pass-456!".into())],
        fakecloud: false,
    },
    Function {
        path: "/api/sign_out_user",
        locks_out: false,
        visible: false,
        args: |_| vec![],
        fakecloud: false,
    },
    // Off is possible on anybody (nothing to set up first): the rule alone decides.
    Function {
        path: "/api/set_user_mfa",
        locks_out: false,
        visible: false,
        args: |_| vec![("factor", "totp".into()), ("setting", "off".into())],
        fakecloud: false,
    },
    Function {
        path: "/api/add_user_to_group",
        locks_out: false,
        visible: true,
        args: |_| vec![("group", "premium".into())],
        fakecloud: false,
    },
    Function {
        path: "/api/remove_user_from_group",
        locks_out: false,
        visible: true,
        args: |_| vec![("group", "user".into())],
        fakecloud: false,
    },
    Function {
        path: "/api/update_user_attributes",
        locks_out: false,
        visible: true,
        args: |_| vec![("attributes[family_name]", "Matrix".into())],
        fakecloud: false,
    },
    Function {
        path: "/api/set_user_enabled",
        locks_out: true,
        visible: true,
        args: |_| vec![("enabled", "false".into())],
        fakecloud: false,
    },
    Function {
        path: "/api/start_bulk_job",
        locks_out: true,
        visible: true,
        args: |f| vec![("action", "disable".into()), ("usernames[0]", f.user.clone())],
        fakecloud: false,
    },
    Function {
        path: "/api/delete_user",
        locks_out: true,
        visible: true,
        args: |f| vec![("confirm", f.user.clone())],
        fakecloud: false,
    },
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Ordinary,
    SupportOperator,
    ViewerOperator,
    AdminOperator,
    Myself,
}

const TARGETS: [Target; 5] = [
    Target::Ordinary,
    Target::SupportOperator,
    Target::ViewerOperator,
    Target::AdminOperator,
    Target::Myself,
];

impl Target {
    fn groups(self) -> &'static [&'static str] {
        match self {
            Target::Ordinary | Target::Myself => &["user"],
            Target::SupportOperator => &["user", "support"],
            Target::ViewerOperator => &["user", "viewer"],
            Target::AdminOperator => &["user", "admin"],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Allowed,
    /// 403: the role, or the target rule.
    Forbidden,
    /// 409: yourself or the last admin.
    Conflict,
}

/// The table. `least` is the role the function declares.
fn expect(actor: Role, least: Role, f: &Function, target: Target, console_pool: bool) -> Expect {
    if actor < least {
        return Expect::Forbidden;
    }
    if !console_pool {
        // Another pool has no operators: "support" there is just a group, and "myself" a
        // namesake.
        return Expect::Allowed;
    }
    match (actor, target) {
        (Role::Admin, Target::Myself) if f.locks_out => Expect::Conflict,
        (Role::Admin, _) | (_, Target::Ordinary) => Expect::Allowed,
        _ => Expect::Forbidden,
    }
}

/// What the test can see of a user: enabled, status, groups, attributes (or gone).
async fn state(h: &Harness, pool: &str, user: &str) -> Option<String> {
    match users::get(&h.cognito, pool, user).await {
        Ok(u) => Some(format!("{} {} {:?} {:?}", u.enabled, u.status, u.groups, u.attributes)),
        Err(AppError::NotFound { .. }) => None,
        Err(e) => panic!("reading {user}: {e:?}"),
    }
}

/// A confirmed user with a verified email and a known password, in `groups` (created if
/// missing): the email.
async fn user_in(h: &Harness, pool: &str, groups: &[&str]) -> String {
    let c = &h.sdk;
    let email = format!("{}@example.com", unique("target"));
    let attr = |n: &str, v: &str| {
        aws_sdk_cognitoidentityprovider::types::AttributeType::builder().name(n).value(v).build().unwrap()
    };
    c.admin_create_user()
        .user_pool_id(pool)
        .username(&email)
        .user_attributes(attr("email", &email))
        .user_attributes(attr("email_verified", "true"))
        .message_action(aws_sdk_cognitoidentityprovider::types::MessageActionType::Suppress)
        .send()
        .await
        .unwrap();
    c.admin_set_user_password()
        .user_pool_id(pool)
        .username(&email)
        .password(PASSWORD)
        .permanent(true)
        .send()
        .await
        .unwrap();
    for group in groups {
        let _ = c.create_group().user_pool_id(pool).group_name(*group).send().await;
        users::add_to_group(&h.users, pool, &email, group).await.unwrap();
    }
    email
}

/// The outcome of a call as the table names it, and the reply for messages.
fn judged(path: &str, reply: &super::Reply) -> Expect {
    if path == "/api/start_bulk_job" && reply.status == StatusCode::OK {
        let results: Vec<BulkResult> = reply.ok();
        return match &results[0].outcome {
            BulkOutcome::Done | BulkOutcome::Already => Expect::Allowed,
            BulkOutcome::Failed(m) if *m == AppError::Forbidden.to_string() => Expect::Forbidden,
            BulkOutcome::Failed(m) if m.contains("your own") || m.contains("last enabled admin") => {
                Expect::Conflict
            }
            // The job asks Cognito for its owner's role when it runs (`guard::job_desk`).
            BulkOutcome::Failed(m) if m.contains("no longer has the role") => Expect::Forbidden,
            BulkOutcome::Failed(m) => panic!("bulk failed otherwise: {m}"),
        };
    }
    match reply.status {
        StatusCode::OK => Expect::Allowed,
        StatusCode::FORBIDDEN => {
            assert_eq!(reply.error(), AppError::Forbidden, "{path}");
            Expect::Forbidden
        }
        StatusCode::CONFLICT => Expect::Conflict,
        other => panic!("{path}: {other} {}", reply.body),
    }
}

#[tokio::test]
async fn each_role_on_each_kind_of_user_in_each_pool() {
    let h = Harness::with_config(|c| c.roles = three_roles()).await;
    // Every function that changes one user is in the table: a new one fails here until it is.
    let admin = h.admin_cookie().await;
    for (path, _) in server_fn_paths() {
        let Some(d) = declared(path) else { continue };
        if d.record != Record::Change || FUNCTIONS.iter().any(|f| f.path == path) {
            continue;
        }
        let args: Vec<_> =
            sample_args(path).into_iter().filter(|(n, _)| *n != "username" && *n != "usernames[0]").collect();
        let malformed = |reply: &super::Reply| {
            serde_json::from_str::<AppError>(&reply.body).ok()
                == Some(AppError::invalid("", "The request was incomplete or malformed."))
        };
        let takes_a_user = malformed(&h.call(path, &args, Some(&admin)).await)
            && !malformed(&h.call(path, &sample_args(path), Some(&admin)).await);
        assert!(!takes_a_user, "{path} takes a user: add it to FUNCTIONS");
    }
    table(&h, false).await;
}

/// The functions on devices and sign-in events, on fakecloud (moto has neither).
#[tokio::test]
async fn each_role_on_each_kind_of_user_in_each_pool_for_devices_and_sign_ins() {
    table(&Harness::on(&super::fakecloud(), |c| c.roles = three_roles()).await, true).await;
}

/// The table for the functions tried on this emulator (`fakecloud`, or moto).
async fn table(h: &Harness, fakecloud: bool) {
    // A second pool with the guide's setup, where the console's groups mean nothing.
    let other = match fakecloud {
        false => super::seed_guide_pool("pd-other").await.2.pool_id,
        true => super::account_desk::desk_pool(&h.sdk, true, true).await.0,
    };
    let functions: Vec<&Function> = FUNCTIONS.iter().filter(|f| f.fakecloud == fakecloud).collect();
    let mut app_clients = std::collections::HashMap::new();
    for pool in [&h.pool_id, &other] {
        let client = match fakecloud {
            true => {
                super::account_desk::google(&h.sdk, pool).await;
                super::account_desk::password_client(&h.sdk, pool).await
            }
            false => String::new(),
        };
        app_clients.insert(pool.clone(), client);
    }
    let mut cells = 0;
    for actor in [Role::Support, Role::Viewer, Role::Admin] {
        let group = match actor {
            Role::Admin => "admin",
            Role::Support => "support",
            Role::Viewer => "viewer",
        };
        let me = user_in(h, &h.pool_id, &["user", group]).await;
        let cookie = h.sign_in(&me, PASSWORD).await;
        for (pool, console) in [(h.pool_id.as_str(), true), (other.as_str(), false)] {
            for target in TARGETS {
                for f in &functions {
                    let least = match declared(f.path).unwrap().access {
                        Access::AtLeast(role) => role,
                        Access::Anyone => unreachable!(),
                    };
                    let user = match (target, console) {
                        (Target::Myself, true) => me.clone(),
                        _ => user_in(h, pool, target.groups()).await,
                    };
                    let fixture = match fakecloud {
                        true => device_and_sign_in(h, pool, &app_clients[pool], user).await,
                        false => Fixture {
                            user,
                            device_key: String::new(),
                            event_id: String::new(),
                            subject: String::new(),
                        },
                    };
                    let user = fixture.user.clone();
                    let before = state(h, pool, &user).await;
                    let mut args = vec![("pool_id", pool.to_string()), ("username", user.clone())];
                    args.extend((f.args)(&fixture));
                    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                    let reply = h.call(f.path, &args, Some(&cookie)).await;
                    let want = expect(actor, least, f, target, console);
                    let cell = format!("{actor:?} → {} on {target:?} (console pool: {console})", f.path);
                    assert_eq!(judged(f.path, &reply), want, "{cell}: {} {}", reply.status, reply.body);
                    let after = state(h, pool, &user).await;
                    match want {
                        Expect::Allowed if f.visible => assert_ne!(before, after, "{cell}: nothing changed"),
                        Expect::Allowed => {}
                        _ => assert_eq!(before, after, "{cell}: a refused call changed the user"),
                    }
                    if fakecloud && want != Expect::Allowed {
                        assert_eq!(
                            account_of(h, pool, &fixture).await,
                            (true, None),
                            "{cell}: a refused call changed the user's devices or events"
                        );
                    }
                    cells += 1;
                }
            }
        }
    }
    assert_eq!(cells, 3 * 2 * TARGETS.len() * functions.len());
}

/// The user signs in to the app, remembers the device and has a Google identity linked: the
/// fixture for a call on them.
async fn device_and_sign_in(h: &Harness, pool: &str, client: &str, user: String) -> Fixture {
    use super::account_desk::{app_sign_in, device_key, linked_to_google, remember_device};
    let token = app_sign_in(&h.sdk, client, &user, PASSWORD).await.expect("the target signs in");
    let device_key = device_key();
    remember_device(&h.sdk, &token, &device_key, "Target's laptop").await;
    let events = h.sdk.admin_list_user_auth_events().user_pool_id(pool).username(&user).send().await.unwrap();
    let event_id = events.auth_events().last().and_then(|e| e.event_id()).unwrap().to_string();
    let subject = unique("google");
    linked_to_google(&h.sdk, pool, &user, &[&subject]).await;
    Fixture { user, device_key, event_id, subject }
}

/// Whether the fixture's device is still there, and the feedback on its event.
async fn account_of(h: &Harness, pool: &str, f: &Fixture) -> (bool, Option<String>) {
    let devices = h.sdk.admin_list_devices().user_pool_id(pool).username(&f.user).send().await.unwrap();
    let kept = devices.devices().iter().any(|d| d.device_key() == Some(f.device_key.as_str()));
    let events =
        h.sdk.admin_list_user_auth_events().user_pool_id(pool).username(&f.user).send().await.unwrap();
    let feedback = events
        .auth_events()
        .iter()
        .find(|e| e.event_id() == Some(f.event_id.as_str()))
        .and_then(|e| e.event_feedback())
        .map(|f| f.feedback_value().as_str().to_string());
    (kept, feedback)
}

/// Membership of the console's groups: never below admin, and an admin only after a step-up;
/// the same through the user page's form, the bulk bar, user creation and a blueprint.
#[tokio::test]
async fn console_groups_change_only_by_an_admin_after_a_step_up() {
    let h = Harness::with_config(|c| {
        c.roles = three_roles();
        c.step_up_seconds = 2;
    })
    .await;
    let support = user_in(&h, &h.pool_id, &["support"]).await;
    let support_cookie = h.sign_in(&support, PASSWORD).await;
    let admin = user_in(&h, &h.pool_id, &["admin"]).await;
    let admin_cookie = h.sign_in(&admin, PASSWORD).await;
    // The sign-in counts as a step-up for `step_up_seconds`: let it run out.
    tokio::time::sleep(std::time::Duration::from_millis(2200)).await;
    for group in ["admin", "support", "viewer"] {
        let target = user_in(&h, &h.pool_id, &["user"]).await;
        let member = user_in(&h, &h.pool_id, &["user", group]).await;
        let add = |user: &str| {
            vec![("pool_id", h.pool_id.clone()), ("username", user.to_string()), ("group", group.to_string())]
        };
        let bulk = |action: &str, user: &str| {
            vec![
                ("pool_id", h.pool_id.clone()),
                ("action", action.to_string()),
                ("group", group.to_string()),
                ("usernames[0]", user.to_string()),
            ]
        };
        let as_args = |v: &Vec<(&'static str, String)>| -> Vec<(&'static str, String)> { v.clone() };
        let calls: Vec<(&str, Vec<(&'static str, String)>, String)> = vec![
            ("/api/add_user_to_group", as_args(&add(&target)), target.clone()),
            ("/api/remove_user_from_group", as_args(&add(&member)), member.clone()),
            ("/api/start_bulk_job", bulk("add", &target), target.clone()),
            ("/api/start_bulk_job", bulk("remove", &member), member.clone()),
        ];
        for (path, args, user) in &calls {
            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let before = state(&h, &h.pool_id, user).await;
            for (who, cookie, refusal) in [
                ("support", &support_cookie, AppError::Forbidden),
                ("admin without a step-up", &admin_cookie, AppError::StepUpRequired),
            ] {
                // A bulk job that would change a console group is refused before it starts.
                let reply = h.call(path, &args, Some(cookie)).await;
                assert_eq!(reply.error(), refusal, "{who} {path} {group}");
                assert_eq!(before, state(&h, &h.pool_id, user).await, "{who} {path} {group}: changed");
            }
        }
        // After a step-up the admin may.
        let step = h.call("/api/step_up", &[("password", PASSWORD)], Some(&admin_cookie)).await;
        assert_eq!(step.status, StatusCode::OK, "{}", step.body);
        for (path, args, user) in &calls[..2] {
            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let before = state(&h, &h.pool_id, user).await;
            let reply = h.call(path, &args, Some(&admin_cookie)).await;
            assert_eq!(reply.status, StatusCode::OK, "{path} {group}: {}", reply.body);
            assert_ne!(before, state(&h, &h.pool_id, user).await);
        }
        tokio::time::sleep(std::time::Duration::from_millis(2200)).await;
    }
    // The picker of a support operator does not offer them: the groups come marked.
    let groups: Vec<pooldesk::model::group::GroupInfo> =
        h.call("/api/list_group_names", &[("pool_id", &h.pool_id)], Some(&support_cookie)).await.ok();
    let mut locked: Vec<_> = groups.iter().filter(|g| g.locked).map(|g| g.name.as_str()).collect();
    locked.sort_unstable();
    assert_eq!(locked, ["admin", "support", "viewer"], "{groups:?}");
    let for_admin: Vec<pooldesk::model::group::GroupInfo> =
        h.call("/api/list_group_names", &[("pool_id", &h.pool_id)], Some(&admin_cookie)).await.ok();
    assert!(for_admin.iter().all(|g| !g.locked), "an admin may change them all");
    // A user created straight into a console group, and a blueprint that adds one: the same.
    let create = [
        ("pool_id", h.pool_id.as_str()),
        ("email", "created-operator@example.com"),
        ("attributes[given_name]", "Created"),
        ("attributes[family_name]", "Operator"),
        ("group", "support"),
    ];
    assert_eq!(
        h.call("/api/create_user", &create, Some(&admin_cookie)).await.error(),
        AppError::StepUpRequired
    );
    assert!(
        users::lookup(&h.cognito, &h.pool_id, "created-operator@example.com").await.is_err(),
        "nothing created"
    );
    let blueprint = format!(
        "[pool]\nname = \"x\"\n[[groups]]\nname = \"admin\"\n[[users]]\nemail = \"{}\"\ngroups = [\"admin\"]\n",
        user_in(&h, &h.pool_id, &[]).await
    );
    let apply = [("blueprint", blueprint.as_str()), ("pool_id", h.pool_id.as_str())];
    assert_eq!(
        h.call("/api/apply_blueprint", &apply, Some(&admin_cookie)).await.error(),
        AppError::StepUpRequired
    );
    // Deleting the support group takes a role from its members: a step-up too.
    let delete = [("pool_id", h.pool_id.as_str()), ("name", "support"), ("confirm", "support")];
    assert_eq!(
        h.call("/api/delete_group", &delete, Some(&admin_cookie)).await.error(),
        AppError::StepUpRequired
    );
}

/// Nobody removes or disables the last enabled admin, even from a session that still says
/// admin after its own membership was taken away (a stale page, within `recheck_seconds`).
#[tokio::test]
async fn the_last_enabled_admin_stays() {
    let h = Harness::with_config(|c| c.roles = three_roles()).await;
    let acting = user_in(&h, &h.pool_id, &["admin"]).await;
    let cookie = h.sign_in(&acting, PASSWORD).await;
    users::remove_from_group(&h.users, &h.pool_id, &acting, "admin").await.unwrap();
    // The bootstrap's admin is now the only one.
    let last = h.admin_email.clone();
    let pool = h.pool_id.clone();
    let calls: [(&str, Vec<(&str, &str)>); 4] = [
        ("/api/set_user_enabled", vec![("enabled", "false")]),
        ("/api/delete_user", vec![("confirm", last.as_str())]),
        ("/api/remove_user_from_group", vec![("group", "admin")]),
        ("/api/start_bulk_job", vec![("action", "disable"), ("usernames[0]", last.as_str())]),
    ];
    for (path, extra) in calls {
        let before = state(&h, &pool, &last).await;
        let mut args = vec![("pool_id", pool.as_str()), ("username", last.as_str())];
        args.extend(extra);
        let reply = h.call(path, &args, Some(&cookie)).await;
        // The acting admin's session predates their removal from the admin group: a call is
        // judged by the rule, a job (which asks for its owner's role again) refuses outright.
        let expected = if path == super::harness::BULK_JOB { Expect::Forbidden } else { Expect::Conflict };
        assert_eq!(judged(path, &reply), expected, "{path}: {}", reply.body);
        assert_eq!(before, state(&h, &pool, &last).await, "{path}: the last admin changed");
    }
    // With a second enabled admin, the first may go.
    let second = user_in(&h, &h.pool_id, &["admin"]).await;
    let args = [("pool_id", pool.as_str()), ("username", last.as_str()), ("enabled", "false")];
    assert_eq!(h.call("/api/set_user_enabled", &args, Some(&cookie)).await.status, StatusCode::OK);
    users::set_enabled(&h.users, &pool, &last, true).await.unwrap();
    users::delete(&h.users, &pool, &second).await.unwrap();
}

/// Each dangerous action: refused once the sign-in's step-up has run out, allowed after a
/// step-up, refused again after the window. A wrong step-up password is limited like sign-in.
#[tokio::test]
async fn dangerous_actions_need_a_recent_step_up() {
    let h = Harness::with_config(|c| {
        c.step_up_seconds = 2;
        c.login_per_user_per_minute = 5;
    })
    .await;
    let cookie = h.admin_cookie().await;
    let pool = h.pool_id.as_str();
    let client = h.report.console_client_id.as_str();
    let reveal = [("pool_id", pool), ("client_id", client)];
    let export = [("pool_id", pool), ("format", "json"), ("include_secrets", "true")];
    let secret = h.report.console_client_secret.clone().unwrap();
    let expire = || tokio::time::sleep(std::time::Duration::from_millis(2200));
    // Fresh from the sign-in: allowed.
    assert_eq!(h.call("/api/reveal_client_secret", &reveal, Some(&cookie)).await.ok::<String>(), secret);
    expire().await;
    assert_eq!(
        h.call("/api/reveal_client_secret", &reveal, Some(&cookie)).await.error(),
        AppError::StepUpRequired
    );
    let refused = h.call("/api/export_config", &export, Some(&cookie)).await;
    assert_eq!(refused.error(), AppError::StepUpRequired);
    assert!(!refused.body.contains(&secret));
    // The deletes: refused, and the thing is still there.
    let deletes: [(&str, Vec<(&str, &str)>); 2] = [
        ("/api/delete_user_pool", vec![("pool_id", pool), ("confirm", "x")]),
        ("/api/delete_client", vec![("pool_id", pool), ("client_id", client), ("confirm", "x")]),
    ];
    for (path, args) in &deletes {
        assert_eq!(h.call(path, args, Some(&cookie)).await.error(), AppError::StepUpRequired, "{path}");
    }
    let ids = [("identity_pool_id", "us-east-1:00000000-0000-0000-0000-000000000000"), ("confirm", "x")];
    assert_eq!(
        h.call("/api/delete_identity_pool", &ids, Some(&cookie)).await.error(),
        AppError::StepUpRequired
    );
    let domain = [("pool_id", pool), ("domain", "x"), ("confirm", "x")];
    assert_eq!(h.call("/api/delete_domain", &domain, Some(&cookie)).await.error(), AppError::StepUpRequired);
    assert!(pooldesk::cognito::pools::describe(&h.cognito, pool).await.is_ok());
    // A wrong password: a field error, never a step-up; limited like sign-in (per operator).
    for _ in 0..4 {
        let wrong = h.call("/api/step_up", &[("password", "Wrong-pass-1")], Some(&cookie)).await;
        assert_eq!(wrong.invalid_field(), "password");
    }
    let step = h.call("/api/step_up", &[("password", &h.report.admin_password)], Some(&cookie)).await;
    assert_eq!(step.status, StatusCode::OK, "{}", step.body);
    assert_eq!(h.call("/api/reveal_client_secret", &reveal, Some(&cookie)).await.ok::<String>(), secret);
    let exported: pooldesk::model::export::ExportFile =
        h.call("/api/export_config", &export, Some(&cookie)).await.ok();
    assert!(exported.content.contains(&secret));
    // The sixth attempt in the minute is refused before Cognito is asked.
    let limited = h.call("/api/step_up", &[("password", &h.report.admin_password)], Some(&cookie)).await;
    assert_eq!(limited.error(), AppError::TooManyAttempts);
    expire().await;
    assert_eq!(
        h.call("/api/reveal_client_secret", &reveal, Some(&cookie)).await.error(),
        AppError::StepUpRequired
    );
    // Audited: the step-ups and the refusals.
    let log = pooldesk::server::audit::AuditLog::new(h.db.clone());
    let query = pooldesk::model::audit::AuditQuery { action: Some("step_up".into()), ..Default::default() };
    let outcomes: Vec<String> =
        log.search(&query, None, 10).await.unwrap().into_iter().map(|e| e.outcome).collect();
    assert!(
        outcomes.contains(&"ok".to_string()) && outcomes.contains(&"invalid:password".to_string()),
        "{outcomes:?}"
    );
}
