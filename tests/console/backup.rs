//! Backup and restore: a pool backed up as a job, restored into an empty pool (matched by
//! email: both sign in with email, so usernames differ) and compared with Cognito field by
//! field; a second plan changes nothing; a modified pool's plan lists exactly the drift; removal
//! needs the pool's name; the command line; who may do what, and never in the console's pool.

use std::collections::BTreeMap;

use aws_sdk_cognitoidentityprovider::types::{AttributeType, MessageActionType, UserType};

use super::harness::{Harness, unique};
use pooldesk::api::backup::RestorePlan;
use pooldesk::error::AppError;
use pooldesk::model::blueprint::StepAction;
use pooldesk::model::job::{JobDetail, JobState};
use pooldesk::model::pool_settings::PoolForm;
use pooldesk::server::config::RoleGroups;

const PASSWORD: &str = "Seeded-Pass-123!";

/// The guide's pool (email sign-in) under a fresh name, with a custom attribute when asked.
async fn new_pool(h: &Harness, cookie: &str, prefix: &str, team: bool) -> String {
    let one = |s: &str| if team { vec![s.to_string()] } else { Vec::new() };
    let form = PoolForm {
        name: unique(prefix),
        deletion_protection: None,
        custom_name: one("team"),
        custom_type: one("String"),
        custom_mutable: one("yes"),
        custom_min: one("0"),
        custom_max: one("64"),
        ..PoolForm::guide()
    };
    h.create_pool(cookie, &form).await
}

fn attr(name: &str, value: &str) -> AttributeType {
    AttributeType::builder().name(name).value(value).build().unwrap()
}

/// A source pool: a client, three groups, a disabled user, an unconfirmed one (signed up), one
/// in two groups, one with a custom attribute. Returns the pool and the users' emails.
async fn seeded_source(h: &Harness, cookie: &str) -> (String, Vec<String>) {
    let pool = new_pool(h, cookie, "pd-bk-src", true).await;
    let prefix = unique("bk");
    for (group, precedence) in [("editors", 1), ("viewers", 5), ("billing", 9)] {
        h.sdk
            .create_group()
            .user_pool_id(&pool)
            .group_name(group)
            .precedence(precedence)
            .description(format!("{group} of the shop"))
            .send()
            .await
            .unwrap();
    }
    let client = h
        .sdk
        .create_user_pool_client()
        .user_pool_id(&pool)
        .client_name("web")
        .explicit_auth_flows("ALLOW_USER_SRP_AUTH".into())
        .explicit_auth_flows("ALLOW_REFRESH_TOKEN_AUTH".into())
        .send()
        .await
        .unwrap();
    let client_id = client.user_pool_client().unwrap().client_id().unwrap().to_string();
    let emails: Vec<String> = (0..4).map(|i| format!("{prefix}-{i}@example.com")).collect();
    for (i, email) in emails.iter().enumerate().take(3) {
        h.sdk
            .admin_create_user()
            .user_pool_id(&pool)
            .username(email)
            .temporary_password(PASSWORD)
            .message_action(MessageActionType::Suppress)
            .user_attributes(attr("email", email))
            .user_attributes(attr("email_verified", "true"))
            .user_attributes(attr("given_name", &format!("Given{i}")))
            .user_attributes(attr("custom:team", if i == 2 { "blue" } else { "red" }))
            .send()
            .await
            .unwrap();
    }
    h.sdk
        .sign_up()
        .client_id(&client_id)
        .username(&emails[3])
        .password(PASSWORD)
        .user_attributes(attr("email", &emails[3]))
        .send()
        .await
        .unwrap();
    h.sdk.admin_disable_user().user_pool_id(&pool).username(&emails[1]).send().await.unwrap();
    for (user, group) in [(0, "editors"), (0, "viewers"), (2, "billing"), (3, "viewers")] {
        h.sdk
            .admin_add_user_to_group()
            .user_pool_id(&pool)
            .username(&emails[user])
            .group_name(group)
            .send()
            .await
            .unwrap();
    }
    (pool, emails)
}

/// Every user of a pool as (email → user, groups).
async fn users_by_email(h: &Harness, pool: &str) -> BTreeMap<String, (UserType, Vec<String>)> {
    let mut out = BTreeMap::new();
    let mut token = None;
    loop {
        let page = h.sdk.list_users().user_pool_id(pool).set_pagination_token(token).send().await.unwrap();
        for user in page.users() {
            let email =
                user.attributes().iter().find(|a| a.name() == "email").and_then(|a| a.value()).unwrap();
            let groups = h
                .sdk
                .admin_list_groups_for_user()
                .user_pool_id(pool)
                .username(user.username().unwrap())
                .send()
                .await
                .unwrap();
            let mut names: Vec<String> =
                groups.groups().iter().filter_map(|g| g.group_name()).map(str::to_string).collect();
            names.sort();
            out.insert(email.to_string(), (user.clone(), names));
        }
        match page.pagination_token() {
            Some(t) => token = Some(t.to_string()),
            None => return out,
        }
    }
}

fn attributes(user: &UserType) -> BTreeMap<String, String> {
    user.attributes()
        .iter()
        .filter(|a| a.name() != "sub")
        .map(|a| (a.name().to_string(), a.value().unwrap_or_default().to_string()))
        .collect()
}

/// Backs `pool` up through the console and returns the finished job's id.
async fn back_up(h: &Harness, cookie: &str, pool: &str) -> String {
    let id: String =
        h.call_once("/api/start_export", &[("pool_id", pool), ("format", "backup")], Some(cookie)).await.ok();
    let job = h.job_end(&id, cookie).await;
    assert_eq!(job.summary.state, JobState::Finished, "{:?}", job.summary.reason);
    assert!(job.restorable, "a finished backup offers a restore");
    id
}

async fn plan(h: &Harness, cookie: &str, pool: &str, backup: &str, remove: bool) -> RestorePlan {
    let mut args = vec![("pool_id", pool), ("backup_job", backup)];
    if remove {
        args.push(("remove", "on"));
    }
    h.call("/api/plan_restore", &args, Some(cookie)).await.ok()
}

fn changes(plan: &RestorePlan) -> Vec<(String, String, StepAction)> {
    let mut v: Vec<_> = plan
        .steps
        .iter()
        .filter(|s| s.action.changes())
        .map(|s| (s.kind.clone(), s.name.clone(), s.action))
        .collect();
    v.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    v
}

async fn restore(h: &Harness, cookie: &str, args: &[(&str, &str)]) -> JobDetail {
    let id: String = h.call_once("/api/start_restore", args, Some(cookie)).await.ok();
    h.job_end(&id, cookie).await
}

#[tokio::test]
async fn a_backup_restored_into_an_empty_pool_matches_it_field_by_field() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let (source, emails) = seeded_source(&h, &cookie).await;
    let backup = back_up(&h, &cookie, &source).await;
    let target = new_pool(&h, &cookie, "pd-bk-dst", false).await;

    let first = plan(&h, &cookie, &target, &backup, false).await;
    let created = changes(&first);
    assert!(created.contains(&("attribute".into(), "custom:team".into(), StepAction::Create)), "{created:?}");
    assert!(created.contains(&("app client".into(), "web".into(), StepAction::Create)), "{created:?}");
    assert!(created.contains(&("user".into(), emails[0].clone(), StepAction::Create)), "{created:?}");

    let job = restore(&h, &cookie, &[("pool_id", &target), ("backup_job", &backup)]).await;
    assert_eq!(job.summary.state, JobState::Finished, "{:?}", job.summary.reason);
    assert_eq!(job.summary.failed, 0, "{:?}", job.items);
    assert_eq!(job.summary.done as usize, created.len());

    // Field by field: attributes (but `sub`), enabled flag and groups; groups and clients.
    let (want, got) = (users_by_email(&h, &source).await, users_by_email(&h, &target).await);
    assert_eq!(got.keys().collect::<Vec<_>>(), want.keys().collect::<Vec<_>>());
    for (email, (w, w_groups)) in &want {
        let (g, g_groups) = &got[email];
        assert_eq!(attributes(g), attributes(w), "{email}");
        assert_eq!(g.enabled(), w.enabled(), "{email}");
        assert_eq!(g_groups, w_groups, "{email}");
    }
    assert!(!got[&emails[1]].0.enabled(), "the disabled user stays disabled");
    let groups = |pool: String| {
        let h = &h;
        async move {
            let out = h.sdk.list_groups().user_pool_id(pool).send().await.unwrap();
            let mut g: Vec<_> = out
                .groups()
                .iter()
                .map(|g| {
                    (g.group_name().unwrap().to_string(), g.precedence(), g.description().map(str::to_string))
                })
                .collect();
            g.sort();
            g
        }
    };
    assert_eq!(groups(target.clone()).await, groups(source.clone()).await);
    let clients = h.sdk.list_user_pool_clients().user_pool_id(&target).send().await.unwrap();
    assert_eq!(
        clients.user_pool_clients().iter().filter_map(|c| c.client_name()).collect::<Vec<_>>(),
        ["web"]
    );

    // A second plan: nothing to change, with or without removal; starting it is refused.
    for remove in [false, true] {
        let again = plan(&h, &cookie, &target, &backup, remove).await;
        assert_eq!(changes(&again), [], "{:?}", again.steps);
    }
    let nothing = h
        .call_once("/api/start_restore", &[("pool_id", &target), ("backup_job", &backup)], Some(&cookie))
        .await;
    assert_eq!(nothing.invalid_field(), "backup_job");

    // Drift: an attribute changed, a user enabled, a membership gone, another added, a stray
    // user. The plan lists exactly that; removal only when asked.
    let names: BTreeMap<String, String> =
        got.iter().map(|(e, (u, _))| (e.clone(), u.username().unwrap().to_string())).collect();
    h.sdk
        .admin_update_user_attributes()
        .user_pool_id(&target)
        .username(&names[&emails[2]])
        .user_attributes(attr("custom:team", "green"))
        .send()
        .await
        .unwrap();
    h.sdk.admin_enable_user().user_pool_id(&target).username(&names[&emails[1]]).send().await.unwrap();
    h.sdk
        .admin_remove_user_from_group()
        .user_pool_id(&target)
        .username(&names[&emails[0]])
        .group_name("viewers")
        .send()
        .await
        .unwrap();
    h.sdk
        .admin_add_user_to_group()
        .user_pool_id(&target)
        .username(&names[&emails[2]])
        .group_name("editors")
        .send()
        .await
        .unwrap();
    let stray = format!("stray-{}", emails[0]);
    h.sdk
        .admin_create_user()
        .user_pool_id(&target)
        .username(&stray)
        .temporary_password(PASSWORD)
        .message_action(MessageActionType::Suppress)
        .user_attributes(attr("email", &stray))
        .send()
        .await
        .unwrap();
    let drift = plan(&h, &cookie, &target, &backup, false).await;
    assert_eq!(
        changes(&drift),
        [
            ("membership".into(), format!("{} → viewers", emails[0]), StepAction::Create),
            ("user".into(), emails[1].clone(), StepAction::Update),
            ("user".into(), emails[2].clone(), StepAction::Update),
        ]
    );
    let detail =
        |p: &RestorePlan, name: &str| p.steps.iter().find(|s| s.name == name).unwrap().detail.clone();
    assert_eq!(detail(&drift, &emails[1]), "disable");
    assert_eq!(detail(&drift, &emails[2]), "custom:team: green → blue");
    let removing = plan(&h, &cookie, &target, &backup, true).await;
    let deletions: Vec<_> =
        changes(&removing).into_iter().filter(|(.., a)| *a == StepAction::Delete).collect();
    assert_eq!(
        deletions,
        [
            ("membership".into(), format!("{} → editors", emails[2]), StepAction::Delete),
            ("user".into(), stray.clone(), StepAction::Delete),
        ]
    );

    // Removal needs the pool's name typed; then the pool is the backup again.
    let args = [("pool_id", target.as_str()), ("backup_job", backup.as_str()), ("remove", "on")];
    let unconfirmed = h.call_once("/api/start_restore", &args, Some(&cookie)).await;
    assert_eq!(unconfirmed.invalid_field(), "confirm");
    let name = removing.pool_name.clone();
    let mut confirmed = args.to_vec();
    confirmed.push(("confirm", &name));
    let job = restore(&h, &cookie, &confirmed).await;
    assert_eq!((job.summary.state, job.summary.failed), (JobState::Finished, 0), "{:?}", job.items);
    assert_eq!(changes(&plan(&h, &cookie, &target, &backup, true).await), []);
    assert!(!users_by_email(&h, &target).await.contains_key(&stray));
    h.remove_pool(&source).await;
    h.remove_pool(&target).await;
}

#[tokio::test]
async fn restores_are_admins_and_never_into_the_consoles_pool() {
    let h = Harness::with_config(|c| {
        c.roles = RoleGroups {
            admin: "admin".into(),
            support: Some("support".into()),
            viewer: Some("viewer".into()),
        }
    })
    .await;
    let admin = h.admin_cookie().await;
    let source = new_pool(&h, &admin, "pd-bk-roles", false).await;
    let backup = back_up(&h, &admin, &source).await;
    let args = [("pool_id", source.as_str()), ("backup_job", backup.as_str())];
    for group in ["support", "viewer"] {
        let cookie = h.signed_in_as(group).await;
        for path in ["/api/plan_restore", "/api/start_restore", "/api/list_backups"] {
            let reply = h.call_once(path, &args, Some(&cookie)).await;
            assert_eq!(reply.error(), AppError::Forbidden, "{group} {path}");
        }
        // A backup is an export: any role takes one of a pool it can read.
        back_up(&h, &cookie, &source).await;
    }
    let anonymous = h.call_once("/api/plan_restore", &args, None).await;
    assert_eq!(anonymous.error(), AppError::Unauthenticated);
    for path in ["/api/plan_restore", "/api/start_restore"] {
        let console =
            h.call_once(path, &[("pool_id", &h.pool_id), ("backup_job", &backup)], Some(&admin)).await;
        assert_eq!(console.invalid_field(), "pool_id", "{path}");
    }
    let not_a_backup: String = h
        .call_once("/api/start_export", &[("pool_id", &source), ("format", "json")], Some(&admin))
        .await
        .ok();
    h.job_end(&not_a_backup, &admin).await;
    let refused = h
        .call_once("/api/plan_restore", &[("pool_id", &source), ("backup_job", &not_a_backup)], Some(&admin))
        .await;
    assert_eq!(refused.invalid_field(), "backup_job");
    let unknown = h
        .call_once(
            "/api/plan_restore",
            &[("pool_id", &source), ("backup_job", "9f1c0a52-0000-4000-8000-000000000000")],
            Some(&admin),
        )
        .await;
    assert!(matches!(unknown.error(), AppError::NotFound { .. }), "{:?}", unknown.error());
    h.remove_pool(&source).await;
}

/// `pooldesk backup` and `pooldesk restore --plan|--apply` on the command line.
#[tokio::test]
async fn the_command_line_backs_up_and_restores() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let (source, emails) = seeded_source(&h, &cookie).await;
    let target = new_pool(&h, &cookie, "pd-bk-cli", false).await;
    let dir = std::env::temp_dir().join(unique("pd-backup"));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("backup.json");
    let run = |args: Vec<String>| async move {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = super::harness::pooldesk_cli(&args).await;
        let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).to_string();
        (out.status.success(), text(&out.stdout), text(&out.stderr))
    };
    let path = file.display().to_string();
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let (ok, _, err) = run(s(&["backup", "--pool-id", &source, "--output", &path])).await;
    assert!(ok, "{err}");
    let (ok, out, err) = run(s(&["restore", "--pool-id", &target, "--file", &path, "--plan"])).await;
    assert!(ok, "{err}");
    assert!(out.contains(&format!("create  user             {}", emails[0])), "{out}");
    assert!(out.trim_end().ends_with("nothing applied."), "{out}");
    let (ok, out, err) = run(s(&["restore", "--pool-id", &target, "--file", &path, "--apply"])).await;
    assert!(ok, "{out}{err}");
    let (ok, out, _) = run(s(&["restore", "--pool-id", &target, "--file", &path])).await;
    assert!(ok && out.trim_end().ends_with("0 change(s) planned; nothing applied."), "{out}");
    let (ok, _, err) =
        run(s(&["restore", "--pool-id", &target, "--file", &path, "--apply", "--remove"])).await;
    assert!(!ok && err.contains("--confirm"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
    h.remove_pool(&source).await;
    h.remove_pool(&target).await;
}

/// A restore whose console is killed mid-run resumes on restart: every user of the backup ends
/// in the pool once, in its group, and nothing fails for having been done before the kill.
#[tokio::test]
async fn a_restore_killed_mid_run_resumes_and_creates_each_user_once() {
    // Four creations a second: the job is still running when its console is killed.
    let h = Harness::with_config(|c| c.cognito.quotas = vec!["UserCreation=4".into()]).await;
    let cookie = h.admin_cookie().await;
    let source = new_pool(&h, &cookie, "pd-bk-kill", false).await;
    h.sdk.create_group().user_pool_id(&source).group_name("members").send().await.unwrap();
    let prefix = unique("kill");
    for i in 0..20 {
        let email = format!("{prefix}-{i}@example.com");
        h.sdk
            .admin_create_user()
            .user_pool_id(&source)
            .username(&email)
            .temporary_password(PASSWORD)
            .message_action(MessageActionType::Suppress)
            .user_attributes(attr("email", &email))
            .send()
            .await
            .unwrap();
        h.sdk
            .admin_add_user_to_group()
            .user_pool_id(&source)
            .username(&email)
            .group_name("members")
            .send()
            .await
            .unwrap();
    }
    let backup = back_up(&h, &cookie, &source).await;
    let target = new_pool(&h, &cookie, "pd-bk-kill-dst", false).await;
    let id: String = h
        .call_once("/api/start_restore", &[("pool_id", &target), ("backup_job", &backup)], Some(&cookie))
        .await
        .ok();
    for _ in 0..300 {
        let job: JobDetail = h.call_once("/api/get_job", &[("job_id", &id)], Some(&cookie)).await.ok();
        if job.summary.done >= 6 {
            assert!(job.summary.state.is_active(), "the restore ended before the kill");
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    h.state.jobs().halt();
    let restarted = h.restarted().await;
    let job = restarted.job_end(&id, &cookie).await;
    assert_eq!((job.summary.state, job.summary.failed), (JobState::Finished, 0), "{:?}", job.items);
    // The group, 20 users and 20 memberships: each item has one outcome.
    assert_eq!(job.summary.processed, 41);
    let users = users_by_email(&h, &target).await;
    assert_eq!(users.len(), 20);
    assert!(users.values().all(|(_, groups)| groups == &["members".to_string()]), "{users:?}");
    h.remove_pool(&source).await;
    h.remove_pool(&target).await;
}

/// A CSV import: a bad column refused by name; a bad email, a duplicate row and a formula cell
/// reported row by row with nothing applied; then a user export of one pool imported into
/// another, user for user.
#[tokio::test]
async fn a_csv_import_checks_every_row_and_imports_an_export() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let (source, emails) = seeded_source(&h, &cookie).await;
    let target = new_pool(&h, &cookie, "pd-import", true).await;
    for group in ["editors", "viewers", "billing"] {
        h.sdk.create_group().user_pool_id(&target).group_name(group).send().await.unwrap();
    }
    let check = |csv: String| {
        let (h, cookie, target) = (&h, &cookie, &target);
        async move {
            h.call_once("/api/check_import", &[("pool_id", target.as_str()), ("csv", &csv)], Some(cookie))
                .await
        }
    };
    let unknown = check("email,shoe_size\na@example.com,44\n".into()).await;
    assert_eq!(unknown.invalid_field(), "csv");
    assert!(unknown.error().to_string().contains("Unknown column(s): shoe_size."), "{}", unknown.body);

    let bad = format!(
        "email,given_name,groups\n{ok},Ok,editors\nnot-an-email,Bad,\n{ok},Again,\nformula@example.com,=HYPERLINK(\"x\"),\n",
        ok = "fine@example.com"
    );
    let report: pooldesk::model::import::ImportReport = check(bad.clone()).await.ok();
    let rows: Vec<(u64, pooldesk::model::import::RowAction)> =
        report.rows.iter().map(|r| (r.line, r.action)).collect();
    use pooldesk::model::import::RowAction::{Create, Error};
    assert_eq!(rows, [(2, Create), (3, Error), (4, Error), (5, Error)]);
    assert!(report.rows[1].detail.contains("is not an email address"));
    assert_eq!(report.rows[2].detail, "the same user as line 2");
    assert!(report.rows[3].detail.contains("would run as a spreadsheet formula"));
    let refused =
        h.call_once("/api/start_import", &[("pool_id", &target), ("csv", &bad)], Some(&cookie)).await;
    assert_eq!(refused.invalid_field(), "csv");
    assert!(
        refused.error().to_string().starts_with("3 row(s) cannot be imported, so nothing was: line 3"),
        "{}",
        refused.body
    );
    assert!(users_by_email(&h, &target).await.is_empty(), "nothing applied");

    // The source's CSV export, imported: every user with attributes, enabled flag and groups.
    let export: String = h
        .call_once("/api/start_export", &[("pool_id", &source), ("format", "csv")], Some(&cookie))
        .await
        .ok();
    h.job_end(&export, &cookie).await;
    let file = super::jobs::download(&h, &export, &cookie).await.body;
    let report: pooldesk::model::import::ImportReport = check(file.clone()).await.ok();
    assert_eq!(report.count(Create), emails.len(), "{:?}", report.rows);
    let id: String =
        h.call_once("/api/start_import", &[("pool_id", &target), ("csv", &file)], Some(&cookie)).await.ok();
    let job = h.job_end(&id, &cookie).await;
    assert_eq!((job.summary.state, job.summary.failed), (JobState::Finished, 0), "{:?}", job.items);
    let (want, got) = (users_by_email(&h, &source).await, users_by_email(&h, &target).await);
    assert_eq!(got.keys().collect::<Vec<_>>(), want.keys().collect::<Vec<_>>());
    for (email, (w, w_groups)) in &want {
        let (g, g_groups) = &got[email];
        assert_eq!(attributes(g), attributes(w), "{email}");
        assert_eq!((g.enabled(), g_groups), (w.enabled(), w_groups), "{email}");
    }
    let again: pooldesk::model::import::ImportReport = check(file.clone()).await.ok();
    assert_eq!(again.count(pooldesk::model::import::RowAction::Skip), emails.len(), "{:?}", again.rows);
    for path in ["/api/check_import", "/api/start_import"] {
        let console = h.call_once(path, &[("pool_id", &h.pool_id), ("csv", &file)], Some(&cookie)).await;
        assert_eq!(console.invalid_field(), "pool_id", "{path}");
    }
    h.remove_pool(&source).await;
    h.remove_pool(&target).await;
}

/// A backup file from elsewhere (here: downloaded, as from another console) is added to the
/// backups and planned like one taken here; a user export is not a backup.
#[tokio::test]
async fn a_backup_file_from_elsewhere_is_added_and_planned() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let (source, emails) = seeded_source(&h, &cookie).await;
    let taken = back_up(&h, &cookie, &source).await;
    let file = super::jobs::download(&h, &taken, &cookie).await.body;
    let target = new_pool(&h, &cookie, "pd-bk-file", false).await;
    let id: String =
        h.call_once("/api/add_backup", &[("pool_id", &target), ("backup", &file)], Some(&cookie)).await.ok();
    let planned = plan(&h, &cookie, &target, &id, false).await;
    assert!(changes(&planned).contains(&("user".into(), emails[0].clone(), StepAction::Create)));
    let listed: Vec<pooldesk::model::job::JobSummary> =
        h.call_once("/api/list_backups", &[], Some(&cookie)).await.ok();
    assert!(
        listed.iter().any(|b| b.id == id && b.pool_id == source),
        "listed under the pool it was taken from"
    );

    let export: String = h
        .call_once("/api/start_export", &[("pool_id", &source), ("format", "json")], Some(&cookie))
        .await
        .ok();
    h.job_end(&export, &cookie).await;
    let users = super::jobs::download(&h, &export, &cookie).await.body;
    let refused =
        h.call_once("/api/add_backup", &[("pool_id", &target), ("backup", &users)], Some(&cookie)).await;
    assert_eq!(refused.invalid_field(), "backup");
    assert!(refused.error().to_string().contains("not a backup"), "{}", refused.body);
    h.remove_pool(&source).await;
    h.remove_pool(&target).await;
}
