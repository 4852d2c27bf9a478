//! Jobs: an export read back and compared with Cognito field by field, a bulk job that survives
//! its console being killed, one whose Cognito goes away, cancelling, and who may see, start,
//! cancel and download what.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};

use super::faults::Running;
use super::harness::{Harness, three_roles, unique};
use pooldesk::error::AppError;
use pooldesk::model::bulk::BulkOutcome;
use pooldesk::model::job::{JobDetail, JobState};

const PASSWORD: &str = "Seeded-Pass-123!";

/// `n` users created straight in Cognito, named `<prefix>-<i>@example.com`.
async fn seed(h: &Harness, prefix: &str, n: usize) -> Vec<String> {
    let mut emails = Vec::new();
    for i in 0..n {
        let email = format!("{prefix}-{i}@example.com");
        h.sdk
            .admin_create_user()
            .user_pool_id(&h.pool_id)
            .username(&email)
            .temporary_password(PASSWORD)
            .message_action(aws_sdk_cognitoidentityprovider::types::MessageActionType::Suppress)
            .user_attributes(attr("email", &email))
            .user_attributes(attr("given_name", "Seed"))
            .user_attributes(attr("family_name", &format!("N{i}")))
            .send()
            .await
            .unwrap();
        emails.push(email);
    }
    emails
}

fn attr(name: &str, value: &str) -> aws_sdk_cognitoidentityprovider::types::AttributeType {
    aws_sdk_cognitoidentityprovider::types::AttributeType::builder().name(name).value(value).build().unwrap()
}

fn selected<'a>(
    pool: &'a str,
    action: &'a str,
    group: &'a str,
    names: &'a [(String, String)],
) -> Vec<(&'a str, &'a str)> {
    let mut args = vec![("pool_id", pool), ("action", action), ("group", group)];
    args.extend(names.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    args
}

fn usernames(emails: &[String]) -> Vec<(String, String)> {
    emails.iter().enumerate().map(|(i, e)| (format!("usernames[{i}]"), e.clone())).collect()
}

/// Starts a bulk job on the ticked `emails` through console `h` (it succeeds) and returns its id.
async fn start_bulk(h: &Harness, cookie: &str, action: &str, group: &str, emails: &[String]) -> String {
    let names = usernames(emails);
    let args = selected(&h.pool_id, action, group, &names);
    h.call_once("/api/start_bulk_job", &args, Some(cookie)).await.ok()
}

/// The file of export job `id`, as its download link gives it.
pub(super) async fn download(h: &Harness, id: &str, cookie: &str) -> super::harness::Reply {
    let req = Request::get(format!("/jobs/{id}/download"))
        .header(header::COOKIE, cookie)
        .body(Body::empty())
        .unwrap();
    h.send(req).await
}

async fn members(h: &Harness, group: &str) -> Vec<String> {
    let out = h
        .sdk
        .list_users_in_group()
        .user_pool_id(&h.pool_id)
        .group_name(group)
        .limit(60)
        .send()
        .await
        .unwrap();
    out.users()
        .iter()
        .filter_map(|u| u.attributes().iter().find(|a| a.name() == "email"))
        .filter_map(|a| a.value().map(str::to_string))
        .collect()
}

/// Waits until the job has recorded at least `n` outcomes.
async fn progressed(h: &Harness, id: &str, cookie: &str, n: u64) -> JobDetail {
    for _ in 0..300 {
        let detail: JobDetail = h.call_once("/api/get_job", &[("job_id", id)], Some(cookie)).await.ok();
        if detail.summary.processed >= n || !detail.summary.state.is_active() {
            return detail;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("job {id} made no progress");
}

#[tokio::test]
async fn an_export_holds_every_user_with_status_enabled_flag_and_groups() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let prefix = unique("exp");
    let emails = seed(&h, &prefix, 4).await;
    pooldesk::cognito::users::set_enabled(&h.users, &h.pool_id, &emails[1], false).await.unwrap();
    for group in ["premium", "moderator"] {
        pooldesk::cognito::users::add_to_group(&h.users, &h.pool_id, &emails[2], group).await.unwrap();
    }
    let start = |format: &'static str| {
        let (h, cookie) = (&h, cookie.clone());
        async move {
            let id: String = h
                .call_once("/api/start_export", &[("pool_id", &h.pool_id), ("format", format)], Some(&cookie))
                .await
                .ok();
            let job = h.job_end(&id, &cookie).await;
            assert_eq!(job.summary.state, JobState::Finished, "{:?}", job.summary.reason);
            let file = download(h, &id, &cookie).await;
            assert_eq!(file.status, StatusCode::OK, "{}", file.body);
            assert!(file.headers[header::CONTENT_DISPOSITION].to_str().unwrap().contains(format));
            (job, file.body)
        }
    };
    let (job, json) = start("json").await;
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let exported = doc["users"].as_array().unwrap();
    assert_eq!(job.summary.processed as usize, exported.len());
    // Field by field against Cognito.
    let mut listed = Vec::new();
    let mut token = None;
    loop {
        let page =
            h.sdk.list_users().user_pool_id(&h.pool_id).set_pagination_token(token).send().await.unwrap();
        listed.extend(page.users().to_vec());
        match page.pagination_token() {
            Some(t) => token = Some(t.to_string()),
            None => break,
        }
    }
    assert_eq!(listed.len(), exported.len());
    for user in &listed {
        let name = user.username().unwrap();
        let e = exported.iter().find(|e| e["username"] == name).unwrap_or_else(|| panic!("{name} missing"));
        assert_eq!(e["enabled"], user.enabled(), "{name}");
        assert_eq!(e["status"], user.user_status().unwrap().as_str(), "{name}");
        for a in user.attributes() {
            assert_eq!(e["attributes"][a.name()], a.value().unwrap(), "{name} {}", a.name());
        }
        let groups =
            h.sdk.admin_list_groups_for_user().user_pool_id(&h.pool_id).username(name).send().await.unwrap();
        let mut want: Vec<&str> = groups.groups().iter().filter_map(|g| g.group_name()).collect();
        let mut got: Vec<&str> =
            e["groups"].as_array().unwrap().iter().map(|g| g.as_str().unwrap()).collect();
        want.sort();
        got.sort();
        assert_eq!(got, want, "{name}");
    }
    let (_, csv) = start("csv").await;
    assert!(csv.starts_with("name,given_name,family_name,"), "{csv}");
    assert_eq!(csv.lines().count(), listed.len() + 1);
    let disabled = csv.lines().find(|l| l.contains(&emails[1])).unwrap();
    assert!(disabled.contains(",false,"), "{disabled}");
    let grouped = csv.lines().find(|l| l.contains(&emails[2])).unwrap();
    assert!(grouped.contains("moderator") && grouped.contains("premium"), "{grouped}");
    let (_, ndjson) = start("ndjson").await;
    assert_eq!(ndjson.lines().count(), listed.len());
    // The job's end is in the audit log.
    let log = pooldesk::server::audit::AuditLog::new(h.db.clone());
    let page = log.search(&Default::default(), None, 500).await.unwrap();
    assert!(page.iter().any(|e| e.action == "job_finished" && e.outcome == "ok"), "no job_finished row");
}

#[tokio::test]
async fn a_bulk_job_killed_mid_run_resumes_and_adds_everyone_exactly_once() {
    // Four changes a second: the job is still running when its console is killed.
    let h = Harness::with_config(|c| c.cognito.quotas = vec!["UserUpdate=4".into()]).await;
    let cookie = h.admin_cookie().await;
    let emails = seed(&h, &unique("resume"), 24).await;
    let id = start_bulk(&h, &cookie, "add", "premium", &emails).await;
    let before = progressed(&h, &id, &cookie, 4).await;
    assert!(before.summary.state.is_active(), "the job ended before the kill");
    h.state.jobs().halt();
    let restarted = h.restarted().await;
    let job = restarted.job_end(&id, &cookie).await;
    assert_eq!(job.summary.state, JobState::Finished, "{:?}", job.summary.reason);
    assert_eq!(job.summary.processed, 24);
    assert_eq!(job.summary.failed, 0, "{:?}", job.items);
    assert_eq!(job.summary.done + job.summary.already, 24);
    assert_eq!(job.items.len(), 24, "one outcome per user");
    let mut in_group: Vec<String> =
        members(&h, "premium").await.into_iter().filter(|e| emails.contains(e)).collect();
    in_group.sort();
    in_group.dedup();
    assert_eq!(in_group.len(), 24);
}

#[tokio::test]
async fn a_bulk_job_whose_cognito_goes_away_stops_with_one_reason() {
    let proxy = Running::start().await;
    let url = proxy.url.clone();
    let h = Harness::with_config(move |c| {
        c.cognito.endpoint_url = Some(url);
        c.cognito.quotas = vec!["UserUpdate=4".into()];
    })
    .await;
    let cookie = h.admin_cookie().await;
    let emails = seed(&h, &unique("gone"), 24).await;
    let id = start_bulk(&h, &cookie, "disable", "", &emails).await;
    progressed(&h, &id, &cookie, 4).await;
    proxy.down();
    let job = h.job_end(&id, &cookie).await;
    assert_eq!(job.summary.state, JobState::Stopped);
    let reason = job.summary.reason.clone().unwrap();
    assert!(reason.contains("Cognito could not be reached"), "{reason}");
    assert!(job.summary.done >= 4, "{:?}", job.summary);
    assert_eq!(job.summary.failed, 0, "no user is blamed: {:?}", job.items);
    let not_attempted = job.items.iter().filter(|i| i.outcome.is_none()).count() as u64;
    assert_eq!(not_attempted + job.summary.done + job.summary.already, 24);
}

#[tokio::test]
async fn a_cancelled_job_stops_before_its_next_user() {
    let h = Harness::with_config(|c| c.cognito.quotas = vec!["UserUpdate=4".into()]).await;
    let cookie = h.admin_cookie().await;
    let emails = seed(&h, &unique("cancel"), 24).await;
    let id = start_bulk(&h, &cookie, "add", "premium", &emails).await;
    progressed(&h, &id, &cookie, 1).await;
    let reply = h.call_once("/api/cancel_job", &[("job_id", &id)], Some(&cookie)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let job = h.job_end(&id, &cookie).await;
    assert_eq!(job.summary.state, JobState::Cancelled);
    assert!(job.items.iter().any(|i| i.outcome.is_none()), "everything ran: {:?}", job.items);
    let again = h.call_once("/api/cancel_job", &[("job_id", &id)], Some(&cookie)).await;
    assert!(matches!(again.error(), AppError::Conflict { .. }));
}

/// Each role on each kind of job and target: a viewer exports but changes nobody; a job is its
/// owner's and the admins' (anyone else gets "not found", never its content); anonymous
/// callers get nothing; a support operator cannot start a change of a console group.
#[tokio::test]
async fn jobs_are_seen_started_and_cancelled_by_the_right_people_only() {
    let h = Harness::with_config(|c| c.roles = three_roles()).await;
    let admin = h.admin_cookie().await;
    let viewer = h.signed_in_as("viewer").await;
    let support = h.signed_in_as("support").await;
    let pool = h.pool_id.as_str();
    let user = h.user_email.clone();
    let one = [("usernames[0]".to_string(), user.clone())];

    let refused =
        h.call_once("/api/start_bulk_job", &selected(pool, "disable", "", &one), Some(&viewer)).await;
    assert_eq!(refused.error(), AppError::Forbidden);
    let console_group =
        h.call_once("/api/start_bulk_job", &selected(pool, "add", "admin", &one), Some(&support)).await;
    assert_eq!(console_group.error(), AppError::Forbidden);
    let anonymous = h.call_once("/api/start_export", &[("pool_id", pool), ("format", "csv")], None).await;
    assert_eq!(anonymous.error(), AppError::Unauthenticated);
    let bad = h.call_once("/api/start_export", &[("pool_id", pool), ("format", "xls")], Some(&viewer)).await;
    assert_eq!(bad.invalid_field(), "format");

    let id: String =
        h.call_once("/api/start_export", &[("pool_id", pool), ("format", "csv")], Some(&viewer)).await.ok();
    let job = h.job_end(&id, &viewer).await;
    assert_eq!(job.summary.state, JobState::Finished, "{:?}", job.summary.reason);
    assert!(job.download.is_some());
    assert_eq!(download(&h, &id, &viewer).await.status, StatusCode::OK);
    assert_eq!(download(&h, &id, &admin).await.status, StatusCode::OK, "an admin sees every job");
    // Another operator: not found, whatever they try.
    assert!(matches!(
        h.call_once("/api/get_job", &[("job_id", &id)], Some(&support)).await.error(),
        AppError::NotFound { .. }
    ));
    assert!(matches!(
        h.call_once("/api/cancel_job", &[("job_id", &id)], Some(&support)).await.error(),
        AppError::NotFound { .. }
    ));
    assert_eq!(download(&h, &id, &support).await.status, StatusCode::NOT_FOUND);
    let listed: Vec<pooldesk::model::job::JobSummary> =
        h.call_once("/api/list_jobs", &[], Some(&support)).await.ok();
    assert!(listed.iter().all(|j| j.id != id), "another's job is listed");
    let listed: Vec<pooldesk::model::job::JobSummary> =
        h.call_once("/api/list_jobs", &[], Some(&admin)).await.ok();
    assert!(listed.iter().any(|j| j.id == id));
    // Anonymous and malformed.
    // Without a session the page gate sends the browser to sign in.
    assert_eq!(download(&h, &id, "pooldesk_session=forged").await.status, StatusCode::SEE_OTHER);
    assert!(matches!(
        h.call_once("/api/get_job", &[("job_id", "../../etc")], Some(&admin)).await.error(),
        AppError::NotFound { .. }
    ));

    // Support changes an ordinary user; the report says so.
    let results: Vec<pooldesk::model::bulk::BulkResult> =
        h.call("/api/start_bulk_job", &selected(pool, "add", "premium", &one), Some(&support)).await.ok();
    assert!(matches!(results[0].outcome, BulkOutcome::Done | BulkOutcome::Already), "{results:?}");
}

/// `pooldesk export`: the same reads and format on the command line, written as they are read.
#[tokio::test]
async fn the_command_line_exports_the_same_users() {
    let h = Harness::new().await;
    let emails = seed(&h, &unique("cli"), 3).await;
    let out = super::harness::pooldesk_cli(&["export", "--pool-id", &h.pool_id, "--format", "ndjson"]).await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let users: Vec<serde_json::Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let listed = h.sdk.list_users().user_pool_id(&h.pool_id).send().await.unwrap().users().len();
    assert_eq!(users.len(), listed);
    for email in &emails {
        assert!(users.iter().any(|u| u["attributes"]["email"] == email.as_str()), "{email} missing");
    }
    assert!(String::from_utf8_lossy(&out.stderr).contains(&format!("{listed} user(s) exported")));
    let bad = tokio::process::Command::new(env!("CARGO_BIN_EXE_pooldesk"))
        .args(["export", "--pool-id", &h.pool_id, "--format", "xls", "--region", "us-east-1"])
        .output()
        .await
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("csv, json, ndjson or backup"));
}

/// Two consoles on one PostgreSQL, both looking for jobs: each job is run by exactly one of
/// them (one `job_finished` row, one outcome per user), and together they run them all.
#[tokio::test]
async fn two_consoles_on_one_postgres_run_each_job_once() {
    let url = super::harness::postgres_url();
    let h = Harness::with_config(|c| {
        c.database_url = Some(url);
        c.cognito.quotas = vec!["UserUpdate=10".into()];
    })
    .await;
    assert!(matches!(h.db, pooldesk::server::db::Db::Postgres(_)));
    let other = h.another_replica().await;
    let cookie = h.admin_cookie().await;
    let emails = seed(&h, &unique("pgjobs"), 12).await;
    let mut ids = Vec::new();
    for (n, chunk) in emails.chunks(3).enumerate() {
        let group = if n % 2 == 0 { "premium" } else { "moderator" };
        // Started on either console: the database, not the console, decides who runs it.
        let console = if n % 2 == 0 { &h } else { &other };
        ids.push(start_bulk(console, &cookie, "add", group, chunk).await);
    }
    let log = pooldesk::server::audit::AuditLog::new(h.db.clone());
    for id in &ids {
        let job = h.job_end(id, &cookie).await;
        assert_eq!(job.summary.state, JobState::Finished, "{:?}", job.summary.reason);
        assert_eq!((job.summary.processed, job.summary.failed), (3, 0), "{:?}", job.items);
        let query = pooldesk::model::audit::AuditQuery { target: Some(id.clone()), ..Default::default() };
        let ends = log.search(&query, None, 10).await.unwrap();
        assert_eq!(ends.iter().filter(|e| e.action == "job_finished").count(), 1, "{ends:?}");
    }
}

/// A console that dies mid-job (its runner gone, its heartbeat stale) leaves the job to
/// another console on the same PostgreSQL, which finishes it: every user added once.
#[tokio::test]
async fn another_console_takes_over_the_job_of_a_console_that_died() {
    let url = super::harness::postgres_url();
    let h = Harness::with_config(|c| {
        c.database_url = Some(url);
        c.cognito.quotas = vec!["UserUpdate=4".into()];
    })
    .await;
    let cookie = h.admin_cookie().await;
    let emails = seed(&h, &unique("takeover"), 16).await;
    let id = start_bulk(&h, &cookie, "add", "premium", &emails).await;
    assert!(progressed(&h, &id, &cookie, 2).await.summary.state.is_active(), "ended before the crash");
    // The crash: the runner stops, and the heartbeat is as old as a dead console's.
    h.state.jobs().halt();
    let pooldesk::server::db::Db::Postgres(pool) = &h.db else { unreachable!() };
    sqlx::query("UPDATE pooldesk_replicas SET seen_ms = 0 WHERE name = $1")
        .bind(h.state.config().replica_name())
        .execute(pool)
        .await
        .unwrap();
    let survivor = h.another_replica().await;
    let job = survivor.job_end(&id, &cookie).await;
    assert_eq!(job.summary.state, JobState::Finished, "{:?}", job.summary.reason);
    assert_eq!((job.summary.processed, job.summary.failed), (16, 0), "{:?}", job.items);
    let in_group = members(&h, "premium").await.into_iter().filter(|e| emails.contains(e)).count();
    assert_eq!(in_group, 16);
}

/// With "MFA settings" ticked, each user's MFA is read (one AdminGetUser each) and exported.
#[tokio::test]
async fn an_export_with_mfa_reads_each_users_mfa() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let email = format!("{}@example.com", unique("mfa"));
    h.sdk
        .admin_create_user()
        .user_pool_id(&h.pool_id)
        .username(&email)
        .temporary_password(PASSWORD)
        .message_action(aws_sdk_cognitoidentityprovider::types::MessageActionType::Suppress)
        .user_attributes(attr("email", &email))
        .user_attributes(attr("phone_number", "+15550100"))
        .user_attributes(attr("phone_number_verified", "true"))
        .send()
        .await
        .unwrap();
    let sms = aws_sdk_cognitoidentityprovider::types::SmsMfaSettingsType::builder()
        .enabled(true)
        .preferred_mfa(true)
        .build();
    h.sdk
        .admin_set_user_mfa_preference()
        .user_pool_id(&h.pool_id)
        .username(&email)
        .sms_mfa_settings(sms)
        .send()
        .await
        .unwrap();
    let args = [("pool_id", h.pool_id.as_str()), ("format", "json"), ("with_mfa", "on")];
    let id: String = h.call_once("/api/start_export", &args, Some(&cookie)).await.ok();
    let job = h.job_end(&id, &cookie).await;
    assert_eq!(job.summary.label, "Export all users (JSON, with MFA)");
    let file = download(&h, &id, &cookie).await;
    let doc: serde_json::Value = serde_json::from_str(&file.body).unwrap();
    let users = doc["users"].as_array().unwrap();
    let with_sms = users.iter().find(|u| u["attributes"]["email"] == email.as_str()).unwrap();
    assert_eq!(with_sms["mfa"]["preferred"], "SMS_MFA", "{with_sms}");
    assert_eq!(with_sms["mfa"]["methods"][0], "SMS_MFA", "{with_sms}");
    assert!(users.iter().all(|u| u["mfa"].is_object()), "every user's MFA was read");
    // Without the box, no MFA is read.
    let args = [("pool_id", h.pool_id.as_str()), ("format", "csv")];
    let id: String = h.call_once("/api/start_export", &args, Some(&cookie)).await.ok();
    h.job_end(&id, &cookie).await;
    let csv = download(&h, &id, &cookie).await.body;
    let header = csv.lines().next().unwrap();
    assert!(!header.contains("cognito:mfa_enabled") && !header.contains("preferred_mfa"), "{header}");
}
