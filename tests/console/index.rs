//! The console's index of a pool, on SQLite and PostgreSQL: built by a job and compared with
//! Cognito field by field, kept by every kind of change made through the console, mended by
//! the next build after changes made behind its back; searched by every operator, with SQL in
//! every field; counted by the analytics; used by "all matching" bulk jobs; built by whom.

use aws_sdk_cognitoidentityprovider::types::{AttributeType, MessageActionType, SchemaAttributeType};
use axum::http::StatusCode;

use super::harness::{Harness, postgres_url, three_roles};
use pooldesk::error::AppError;
use pooldesk::model::index::{Bar, IndexPage, IndexStatus, PoolAnalytics};
use pooldesk::model::job::JobState;
use pooldesk::model::user_export::ExportedUser;
use pooldesk::server::index::PoolIndex;

const PASSWORD: &str = "Seeded-Pass-123!";

fn attr(name: &str, value: &str) -> AttributeType {
    AttributeType::builder().name(name).value(value).build().unwrap()
}

/// The pool gets `custom:tier` and users `<prefix>-<i>@example.com` with `tiers[i]` (none
/// for an empty one), straight in Cognito.
async fn seed(h: &Harness, prefix: &str, tiers: &[&str]) -> Vec<String> {
    let _ = h
        .sdk
        .add_custom_attributes()
        .user_pool_id(&h.pool_id)
        .custom_attributes(
            SchemaAttributeType::builder()
                .name("tier")
                .attribute_data_type(aws_sdk_cognitoidentityprovider::types::AttributeDataType::String)
                .mutable(true)
                .build(),
        )
        .send()
        .await;
    let mut emails = Vec::new();
    for (i, tier) in tiers.iter().enumerate() {
        let email = format!("{prefix}-{i}@example.com");
        let mut create = h
            .sdk
            .admin_create_user()
            .user_pool_id(&h.pool_id)
            .username(&email)
            .temporary_password(PASSWORD)
            .message_action(MessageActionType::Suppress)
            .user_attributes(attr("email", &email))
            .user_attributes(attr("family_name", &format!("N{i}")));
        if !tier.is_empty() {
            create = create.user_attributes(attr("custom:tier", tier));
        }
        create.send().await.unwrap();
        emails.push(email);
    }
    emails
}

/// Builds the index as `cookie`'s operator and waits for the job.
async fn build(h: &Harness, cookie: &str) {
    let reply = h.call("/api/build_index", &[("pool_id", &h.pool_id)], Some(cookie)).await;
    let id: String = reply.ok();
    let end = h.job_end(&id, cookie).await;
    assert_eq!(end.summary.state, JobState::Finished, "{:?}", end.summary.reason);
}

/// The pool as Cognito has it and as the index has it, each sorted the same way.
async fn both(h: &Harness) -> (Vec<ExportedUser>, Vec<ExportedUser>) {
    let tidy = |mut users: Vec<ExportedUser>| {
        for u in &mut users {
            u.attributes.sort();
            u.groups.sort();
            u.mfa = None;
        }
        users.sort_by(|a, b| a.username.cmp(&b.username));
        users
    };
    let cognito = pooldesk::cognito::export::all_users(&h.cognito, &h.pool_id).await.unwrap();
    let index = PoolIndex::new(h.db.clone()).users(&h.pool_id).await.unwrap();
    (tidy(cognito), tidy(index))
}

async fn assert_same(h: &Harness, after: &str) {
    let (cognito, index) = both(h).await;
    assert_eq!(index.len(), cognito.len(), "after {after}: user counts");
    for (c, i) in cognito.iter().zip(&index) {
        assert_eq!(i, c, "after {after}: {}", c.username);
    }
}

async fn search(h: &Harness, cookie: &str, query: &str) -> IndexPage {
    search_after(h, cookie, query, "").await
}

async fn search_after(h: &Harness, cookie: &str, query: &str, cursor: &str) -> IndexPage {
    let reply = h
        .call(
            "/api/search_index",
            &[("pool_id", &h.pool_id), ("query", query), ("cursor", cursor)],
            Some(cookie),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{query}: {}", reply.body);
    reply.ok()
}

/// The users of a page by email (the pool's usernames are Cognito's UUIDs).
fn names(page: &IndexPage) -> Vec<String> {
    page.users.iter().map(|u| u.email.clone().unwrap_or_default()).collect()
}

async fn index_follows_the_console(h: Harness) {
    let cookie = h.admin_cookie().await;
    let seeded = seed(&h, &super::unique("ix"), &["gold", "silver", ""]).await;
    build(&h, &cookie).await;
    assert_same(&h, "the build").await;
    let status: IndexStatus =
        h.call("/api/get_index_status", &[("pool_id", &h.pool_id)], Some(&cookie)).await.ok();
    assert!(
        status.is_ready() && status.can_build && status.attributes.contains(&"custom:tier".to_string()),
        "{status:?}"
    );
    let pool = h.pool_id.as_str();
    let new_email = format!("{}@example.com", super::unique("ix-new"));
    let changes: Vec<(&str, Vec<(&str, &str)>)> = vec![
        (
            "/api/create_user",
            vec![
                ("email", &new_email),
                ("attributes[given_name]", "New"),
                ("attributes[family_name]", "User"),
                ("invitation", "suppress"),
                ("group", "user"),
            ],
        ),
        (
            "/api/update_user_attributes",
            vec![("username", &seeded[0]), ("attributes[family_name]", "Changed")],
        ),
        ("/api/set_user_enabled", vec![("username", &seeded[1]), ("enabled", "false")]),
        ("/api/set_user_enabled", vec![("username", &seeded[1]), ("enabled", "true")]),
        ("/api/add_user_to_group", vec![("username", &seeded[2]), ("group", "premium")]),
        ("/api/remove_user_from_group", vec![("username", &seeded[2]), ("group", "premium")]),
        (
            "/api/set_user_password",
            vec![("username", &seeded[0]), ("password", "Another-Pass-456!"), ("permanent", "true")],
        ),
        ("/api/delete_user", vec![("username", &seeded[1]), ("confirm", &seeded[1])]),
    ];
    for (path, args) in changes {
        let mut args = args;
        args.push(("pool_id", pool));
        let reply = h.call(path, &args, Some(&cookie)).await;
        assert!(reply.status.is_success(), "{path}: {}", reply.body);
        assert_same(&h, path).await;
    }
    // Behind the console's back: an attribute changed, a user deleted, one created.
    h.sdk
        .admin_update_user_attributes()
        .user_pool_id(pool)
        .username(&seeded[2])
        .user_attributes(attr("custom:tier", "bronze"))
        .send()
        .await
        .unwrap();
    h.sdk.admin_delete_user().user_pool_id(pool).username(&seeded[0]).send().await.unwrap();
    seed(&h, &super::unique("ix-behind"), &["platinum"]).await;
    let (cognito, index) = both(&h).await;
    assert_ne!(cognito, index, "the index cannot know of changes made elsewhere before a build");
    build(&h, &cookie).await;
    assert_same(&h, "the second build").await;
}

#[tokio::test]
async fn the_index_matches_the_pool_after_a_build_and_every_console_change_on_sqlite() {
    index_follows_the_console(Harness::new().await).await;
}

#[tokio::test]
async fn the_index_matches_the_pool_after_a_build_and_every_console_change_on_postgres() {
    index_follows_the_console(Harness::with_config(|c| c.database_url = Some(postgres_url())).await).await;
}

async fn searches_mean_what_they_say(h: Harness) {
    let cookie = h.admin_cookie().await;
    let prefix = super::unique("srch");
    let users = seed(&h, &prefix, &["gold-plus", "Gold", "silver", "", "50%_off"]).await;
    for (user, group) in
        [(&users[0], "premium"), (&users[1], "premium"), (&users[1], "user"), (&users[2], "user")]
    {
        pooldesk::cognito::users::add_to_group(&h.users, &h.pool_id, user, group).await.unwrap();
    }
    h.sdk.admin_disable_user().user_pool_id(&h.pool_id).username(&users[2]).send().await.unwrap();
    build(&h, &cookie).await;
    let mine = |q: &str| format!("{q}&attr=custom%3Atier");
    let ours = |page: &IndexPage| -> Vec<usize> {
        let mut found: Vec<usize> =
            names(page).iter().filter_map(|n| users.iter().position(|u| u == n)).collect();
        found.sort();
        found
    };
    let cases: Vec<(String, Vec<usize>)> = vec![
        (mine("op=contains&q=gold"), vec![0, 1]),
        (mine("op=starts&q=gold-"), vec![0]),
        (mine("op=ends&q=ver"), vec![2]),
        (mine("op=equals&q=Gold"), vec![1]),
        (mine("op=present"), vec![0, 1, 2, 4]),
        (mine("op=absent"), vec![3]),
        // `%` and `_` are the characters typed, not wildcards.
        (mine("op=contains&q=0%25_"), vec![4]),
        (mine("op=contains&q=%25"), vec![4]),
        (mine("op=present&enabled=no"), vec![2]),
        (mine("op=present&groups=premium&groups=user&in=any"), vec![0, 1, 2]),
        (mine("op=present&groups=premium&groups=user&in=all"), vec![1]),
        (mine("op=present&groups=premium&groups=user&in=none"), vec![4]),
        (mine("op=present&status=CONFIRMED"), vec![]),
        (mine("op=present&status=FORCE_CHANGE_PASSWORD"), vec![0, 1, 2, 4]),
        (format!("attr=email&op=starts&q={prefix}-3"), vec![3]),
        (format!("attr=email&op=ends&q={prefix}-4%40example.com"), vec![4]),
    ];
    for (query, expected) in &cases {
        assert_eq!(&ours(&search(&h, &cookie, query).await), expected, "{query}");
    }
    // Dates: every user was created today (UTC); nobody before 2000 or after tomorrow.
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let today = pooldesk::model::index::day_of(now);
    let since_today =
        search(&h, &cookie, &format!("attr=email&op=starts&q={prefix}&created_from={today}")).await;
    assert_eq!(since_today.total, 5);
    let before = search(&h, &cookie, &format!("attr=email&op=starts&q={prefix}&created_to=2000-01-01")).await;
    assert_eq!(before.total, 0);
    // Sorted and paged by keyset: two at a time, descending, every user once.
    let query = format!("attr=email&op=starts&q={prefix}&sort=email&dir=desc&size=20");
    let all = search(&h, &cookie, &query).await;
    let mut expected = users.clone();
    expected.sort();
    expected.reverse();
    assert_eq!(names(&all), expected);
    // SQL in every field is a value like any other (nothing matches it), or a value refused
    // with its field named; never a failure, and the index stays whole.
    for injection in ["' OR '1'='1", "x'); DROP TABLE pooldesk_index_users; --", "\" OR 1=1 --", "%' --"] {
        let e = pooldesk::model::encode(injection);
        for query in [
            format!("attr=custom%3Atier&op=contains&q={e}"),
            format!("attr=custom%3Atier&op=equals&q={e}"),
            format!("attr={e}&op=present"),
            format!("attr=email&op=present&groups={e}&in=all"),
            format!("attr=email&op=present&status={e}&enabled={e}&in={e}&sort={e}&dir={e}&size={e}"),
            format!("attr=email&created_from={e}"),
            format!("attr=email&modified_to={e}"),
        ] {
            let reply = h
                .call("/api/search_index", &[("pool_id", &h.pool_id), ("query", &query)], Some(&cookie))
                .await;
            match reply.status {
                StatusCode::OK => {
                    let page: IndexPage = reply.ok();
                    // Unknown status, sort and the like fall back to "any": every user.
                    assert!(ours(&page).is_empty() || query.contains("status="), "{query}: {page:?}");
                }
                StatusCode::UNPROCESSABLE_ENTITY => assert!(!reply.invalid_field().is_empty(), "{query}"),
                other => panic!("{query}: {other} {}", reply.body),
            }
        }
        let cursor = pooldesk::model::index::encode_cursor(injection, injection);
        search_after(&h, &cookie, "attr=email&sort=created", &cursor).await;
    }
    assert_eq!(search(&h, &cookie, &mine("op=present")).await.total, 4, "the index is whole");
    let first = search(&h, &cookie, &format!("attr=email&op=starts&q={prefix}")).await;
    assert_eq!((first.total, first.next.is_none()), (5, true));
    // The analytics count the same pool.
    let analytics: PoolAnalytics = h
        .call("/api/get_pool_analytics", &[("pool_id", &h.pool_id), ("stuck_days", "1")], Some(&cookie))
        .await
        .ok();
    let status_count = |s: &str| analytics.by_status.iter().find(|b| b.label == s).map_or(0, |b| b.count);
    let all_users = both(&h).await.1;
    assert_eq!(analytics.total, all_users.len() as u64);
    assert_eq!(
        status_count("FORCE_CHANGE_PASSWORD"),
        all_users.iter().filter(|u| u.status == "FORCE_CHANGE_PASSWORD").count() as u64
    );
    let premium = analytics.groups.iter().find(|b| b.label == "premium").unwrap();
    assert_eq!(
        premium.count,
        all_users.iter().filter(|u| u.groups.contains(&"premium".into())).count() as u64
    );
    let bar = |bars: &[Bar], label: &str| bars.iter().find(|b| b.label == label).map_or(0, |b| b.count);
    let users_with =
        |keep: &dyn Fn(&ExportedUser) -> bool| all_users.iter().filter(|u| keep(u)).count() as u64;
    let value =
        |u: &ExportedUser, name: &str| u.attributes.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
    assert_eq!(bar(&analytics.groups, "in no group"), users_with(&|u| u.groups.is_empty()));
    assert_eq!(bar(&analytics.by_enabled, "disabled"), users_with(&|u| !u.enabled));
    assert_eq!(
        bar(&analytics.email, "verified"),
        users_with(&|u| value(u, "email").is_some() && value(u, "email_verified").as_deref() == Some("true"))
    );
    assert_eq!(
        bar(&analytics.email, "not verified"),
        users_with(&|u| value(u, "email").is_some() && value(u, "email_verified").as_deref() != Some("true"))
    );
    assert_eq!(bar(&analytics.phone, "no phone number"), users_with(&|u| value(u, "phone_number").is_none()));
    // Each number's link lists exactly those users.
    let listed = search(&h, &cookie, &premium.search).await;
    assert_eq!(listed.total, premium.count, "{}", premium.search);
    let today_bar = analytics.per_day.last().unwrap();
    assert!(today_bar.count >= 5, "{today_bar:?}");
    assert_eq!(search(&h, &cookie, &today_bar.search).await.total, today_bar.count);
    assert_eq!(analytics.stuck.count, 0, "created today: nobody stuck for a day yet");
    let bad = h
        .call("/api/get_pool_analytics", &[("pool_id", &h.pool_id), ("stuck_days", "-1")], Some(&cookie))
        .await;
    assert_eq!(bad.invalid_field(), "stuck_days");
}

#[tokio::test]
async fn searches_mean_what_they_say_on_sqlite() {
    searches_mean_what_they_say(Harness::new().await).await;
}

#[tokio::test]
async fn searches_mean_what_they_say_on_postgres() {
    searches_mean_what_they_say(Harness::with_config(|c| c.database_url = Some(postgres_url())).await).await;
}

#[tokio::test]
async fn pages_of_a_search_follow_each_other_by_keyset() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let prefix = super::unique("page");
    let users = seed(&h, &prefix, &["a"; 45]).await;
    build(&h, &cookie).await;
    for (sort, descending) in [("username", false), ("email", true), ("created", false), ("status", true)] {
        let dir = if descending { "&dir=desc" } else { "" };
        let query = format!("attr=email&op=starts&q={prefix}-&sort={sort}{dir}&size=20");
        let (mut seen, mut cursor) = (Vec::new(), String::new());
        loop {
            let page = search_after(&h, &cookie, &query, &cursor).await;
            assert_eq!(page.total, 45);
            seen.extend(names(&page));
            match page.next {
                Some(next) => cursor = next,
                None => break,
            }
        }
        let mut sorted = seen.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(seen.len(), 45, "{sort}: every user once");
        assert_eq!(sorted.len(), 45, "{sort}: no user twice");
        if sort == "email" {
            let mut expected = users.clone();
            expected.sort();
            expected.reverse();
            assert_eq!(seen, expected);
        }
    }
}

#[tokio::test]
async fn viewers_search_and_only_the_desk_builds() {
    let h = Harness::with_config(|c| c.roles = three_roles()).await;
    let admin = h.admin_cookie().await;
    let viewer = h.signed_in_as("viewer").await;
    let support = h.signed_in_as("support").await;
    // Before any build: searches say so, analytics too.
    let early =
        h.call("/api/search_index", &[("pool_id", &h.pool_id), ("query", "attr=email")], Some(&viewer)).await;
    assert!(matches!(early.error(), AppError::Conflict { .. }), "{}", early.body);
    let refused = h.call("/api/build_index", &[("pool_id", &h.pool_id)], Some(&viewer)).await;
    assert_eq!(refused.error(), AppError::Forbidden);
    let refused = h
        .call("/api/set_index_schedule", &[("pool_id", &h.pool_id), ("every_hours", "24")], Some(&viewer))
        .await;
    assert_eq!(refused.error(), AppError::Forbidden);
    let status: IndexStatus =
        h.call("/api/get_index_status", &[("pool_id", &h.pool_id)], Some(&viewer)).await.ok();
    assert!(!status.can_build && !status.is_ready());
    build(&h, &support).await;
    let page = search(&h, &viewer, "attr=email&op=present").await;
    assert!(page.total >= 3, "{page:?}");
    // Saved searches are each operator's own.
    let saved = h
        .call(
            "/api/save_search",
            &[("pool_id", &h.pool_id), ("name", "With email"), ("query", "attr=email&op=present")],
            Some(&viewer),
        )
        .await;
    assert!(saved.status.is_success(), "{}", saved.body);
    let mine: Vec<pooldesk::model::index::SavedSearch> =
        h.call("/api/list_saved_searches", &[("pool_id", &h.pool_id)], Some(&viewer)).await.ok();
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].query, "attr=email&op=present");
    let theirs: Vec<pooldesk::model::index::SavedSearch> =
        h.call("/api/list_saved_searches", &[("pool_id", &h.pool_id)], Some(&admin)).await.ok();
    assert!(theirs.is_empty());
    let not_yours = h.call("/api/forget_search", &[("id", &mine[0].id)], Some(&admin)).await;
    assert!(matches!(not_yours.error(), AppError::NotFound { .. }));
    let forgotten = h.call("/api/forget_search", &[("id", &mine[0].id)], Some(&viewer)).await;
    assert!(forgotten.status.is_success(), "{}", forgotten.body);
    let nameless = h
        .call(
            "/api/save_search",
            &[("pool_id", &h.pool_id), ("name", " "), ("query", "attr=email")],
            Some(&viewer),
        )
        .await;
    assert_eq!(nameless.invalid_field(), "name");
    // A schedule on a pool built just now waits for its interval; the audit log has the build.
    let scheduled = h
        .call("/api/set_index_schedule", &[("pool_id", &h.pool_id), ("every_hours", "24")], Some(&support))
        .await;
    assert!(scheduled.status.is_success(), "{}", scheduled.body);
    let status: IndexStatus =
        h.call("/api/get_index_status", &[("pool_id", &h.pool_id)], Some(&support)).await.ok();
    assert_eq!((status.every_hours, status.building), (Some(24), None));
    let odd = h
        .call("/api/set_index_schedule", &[("pool_id", &h.pool_id), ("every_hours", "5")], Some(&support))
        .await;
    assert_eq!(odd.invalid_field(), "every_hours");
}

#[tokio::test]
async fn a_bulk_job_takes_every_user_an_index_search_matches() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let users = seed(&h, &super::unique("bulkix"), &["gold", "gold", "silver"]).await;
    build(&h, &cookie).await;
    let reply = h
        .call_once(
            "/api/start_bulk_job",
            &[
                ("pool_id", &h.pool_id),
                ("action", "add"),
                ("group", "premium"),
                ("all", "1"),
                ("index_query", "attr=custom%3Atier&op=equals&q=gold"),
            ],
            Some(&cookie),
        )
        .await;
    let id: String = reply.ok();
    let end = h.job_end(&id, &cookie).await;
    assert_eq!(end.summary.state, JobState::Finished);
    assert_eq!((end.items.len(), end.summary.done), (2, 2), "{:?}", end.items);
    // The desk kept the index: the group's search lists them, and only them.
    let page = search(&h, &cookie, "attr=custom%3Atier&op=present&groups=premium&in=all").await;
    let mut in_group = names(&page);
    in_group.sort();
    assert_eq!(in_group, users[..2].to_vec());
}

#[tokio::test]
async fn a_schedule_on_a_pool_never_indexed_builds_it_now_and_once() {
    let h = Harness::with_config(|c| c.roles = three_roles()).await;
    let support = h.signed_in_as("support").await;
    let args = [("pool_id", h.pool_id.as_str()), ("every_hours", "24")];
    let scheduled = h.call("/api/set_index_schedule", &args, Some(&support)).await;
    assert!(scheduled.status.is_success(), "{}", scheduled.body);
    let status: IndexStatus =
        h.call("/api/get_index_status", &[("pool_id", &h.pool_id)], Some(&support)).await.ok();
    let job = status.building.expect("the schedule queued a build");
    let end = h.job_end(&job, &support).await;
    assert_eq!(end.summary.state, JobState::Finished, "{:?}", end.summary.reason);
    assert_eq!(end.summary.label, "Build the search index (every 24 h)");
    // Saved again within the interval: nothing more is queued.
    let again = h.call("/api/set_index_schedule", &args, Some(&support)).await;
    assert!(again.status.is_success(), "{}", again.body);
    let status: IndexStatus =
        h.call("/api/get_index_status", &[("pool_id", &h.pool_id)], Some(&support)).await.ok();
    assert!(status.is_ready() && status.building.is_none(), "{status:?}");
}

/// "All matching an index search" reaches users through the same desk as ticked ones: a
/// support operator whose search matches the console's admin and another support operator
/// changes neither (each item refused by the target rule), and does change an ordinary user.
#[tokio::test]
async fn an_index_search_does_not_carry_a_bulk_job_past_the_target_rule() {
    let h = Harness::with_config(|c| c.roles = three_roles()).await;
    let admin = h.admin_cookie().await;
    let (other_support, _) = h.operator_in("support").await;
    let support = h.signed_in_as("support").await;
    build(&h, &admin).await;
    let targets = [h.admin_email.as_str(), other_support.as_str(), h.user_email.as_str()];
    for target in targets {
        let query = format!("attr=email&op=equals&q={}", pooldesk::model::encode(target));
        let args = [
            ("pool_id", h.pool_id.as_str()),
            ("action", "disable"),
            ("all", "1"),
            ("index_query", query.as_str()),
        ];
        let id: String = h.call_once("/api/start_bulk_job", &args, Some(&support)).await.ok();
        let end = h.job_end(&id, &support).await;
        assert_eq!(end.items.len(), 1, "{target}: {:?}", end.items);
        let user = pooldesk::cognito::users::get(&h.cognito, &h.pool_id, target).await.unwrap();
        match end.items[0].outcome.clone() {
            Some(pooldesk::model::bulk::BulkOutcome::Done) => {
                assert_eq!(target, h.user_email, "only the ordinary user is changed");
                assert!(!user.enabled);
            }
            other => {
                assert_ne!(target, h.user_email, "{other:?}");
                assert!(matches!(other, Some(pooldesk::model::bulk::BulkOutcome::Failed(_))), "{other:?}");
                assert!(user.enabled, "{target} stays enabled");
            }
        }
    }
}

#[tokio::test]
async fn a_deleted_group_and_a_deleted_pool_leave_the_index() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let name = super::unique("ix-gone");
    let pool_id =
        h.sdk.create_user_pool().pool_name(&name).send().await.unwrap().user_pool.unwrap().id.unwrap();
    h.sdk.create_group().user_pool_id(&pool_id).group_name("leaving").send().await.unwrap();
    h.sdk.admin_create_user().user_pool_id(&pool_id).username("kept").send().await.unwrap();
    h.sdk
        .admin_add_user_to_group()
        .user_pool_id(&pool_id)
        .username("kept")
        .group_name("leaving")
        .send()
        .await
        .unwrap();
    let id: String = h.call("/api/build_index", &[("pool_id", &pool_id)], Some(&cookie)).await.ok();
    assert_eq!(h.job_end(&id, &cookie).await.summary.state, JobState::Finished);
    let index = PoolIndex::new(h.db.clone());
    assert_eq!(index.users(&pool_id).await.unwrap()[0].groups, ["leaving"]);

    let args = [("pool_id", pool_id.as_str()), ("name", "leaving"), ("confirm", "leaving")];
    assert_eq!(h.call("/api/delete_group", &args, Some(&cookie)).await.status, StatusCode::OK);
    let users = index.users(&pool_id).await.unwrap();
    assert_eq!((users.len(), users[0].groups.len()), (1, 0), "the user stays, the membership goes");

    let deleted =
        h.call("/api/delete_user_pool", &[("pool_id", &pool_id), ("confirm", &name)], Some(&cookie)).await;
    assert_eq!(deleted.status, StatusCode::OK, "{}", deleted.body);
    assert!(index.users(&pool_id).await.unwrap().is_empty(), "no copy of a deleted pool's users");
    let status: IndexStatus =
        h.call("/api/get_index_status", &[("pool_id", &pool_id)], Some(&cookie)).await.ok();
    assert_eq!((status.built_ms, status.users), (None, 0));
}

#[tokio::test]
async fn an_export_takes_every_user_an_index_search_matches() {
    let h = Harness::with_config(|c| c.roles = three_roles()).await;
    let viewer = h.signed_in_as("viewer").await;
    let admin = h.admin_cookie().await;
    let users = seed(&h, &super::unique("exportix"), &["gold", "silver", "gold"]).await;
    build(&h, &admin).await;
    let gold = "attr=custom%3Atier&op=equals&q=gold";
    let args =
        [("pool_id", h.pool_id.as_str()), ("format", "json"), ("index_query", gold), ("matching", "1")];
    let id: String = h.call_once("/api/start_export", &args, Some(&viewer)).await.ok();
    let job = h.job_end(&id, &viewer).await;
    assert_eq!(job.summary.state, JobState::Finished, "{:?}", job.summary.reason);
    assert_eq!(job.summary.label, "Export users matching a search (JSON)");
    let file = super::jobs::download(&h, &id, &viewer).await;
    let doc: serde_json::Value = serde_json::from_str(&file.body).unwrap();
    let mut exported: Vec<&str> =
        doc["users"].as_array().unwrap().iter().map(|u| u["attributes"]["email"].as_str().unwrap()).collect();
    exported.sort();
    assert_eq!(exported, [users[0].as_str(), users[2].as_str()], "the search's users, as Cognito has them");

    // Without a search, or as a backup, it is refused next to the field.
    let bare = [("pool_id", h.pool_id.as_str()), ("format", "csv"), ("matching", "1")];
    assert_eq!(h.call_once("/api/start_export", &bare, Some(&viewer)).await.invalid_field(), "index_query");
    let backup =
        [("pool_id", h.pool_id.as_str()), ("format", "backup"), ("index_query", gold), ("matching", "1")];
    assert_eq!(h.call_once("/api/start_export", &backup, Some(&admin)).await.invalid_field(), "format");
    let odd = [
        ("pool_id", h.pool_id.as_str()),
        ("format", "csv"),
        ("index_query", "created_from=2026-13-45"),
        ("matching", "1"),
    ];
    assert_eq!(h.call_once("/api/start_export", &odd, Some(&viewer)).await.invalid_field(), "created_from");
}
