//! Groups against moto through the server functions.

use axum::http::StatusCode;

use super::Harness;
use pooldesk::api::groups::GroupRow;
use pooldesk::error::AppError;
use pooldesk::model::group::GroupInfo;
use pooldesk::model::user::UserPage;

async fn groups(h: &Harness, cookie: &str) -> Vec<GroupRow> {
    let reply = h.call("/api/list_groups", &[("pool_id", &h.pool_id)], Some(cookie)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    serde_json::from_str(&reply.body).unwrap()
}

#[tokio::test]
async fn lists_groups_by_precedence_with_member_counts() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let rows = groups(&h, &cookie).await;
    let order: Vec<_> = rows.iter().map(|r| (r.group.name.as_str(), r.group.precedence, r.members)).collect();
    assert_eq!(
        order,
        [
            ("admin", Some(1), 1),
            ("moderator", Some(5), 0),
            ("premium", Some(8), 0),
            ("user", Some(10), 1),
            ("readonly", Some(15), 0)
        ]
    );
    // The pickers' list: the same groups in the same order, without counting members.
    let names: Vec<pooldesk::model::group::GroupInfo> =
        h.call("/api/list_group_names", &[("pool_id", &h.pool_id)], Some(&cookie)).await.ok();
    assert_eq!(names, rows.into_iter().map(|r| r.group).collect::<Vec<_>>());
}

#[tokio::test]
async fn creates_edits_and_deletes_a_group() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let pool = h.pool_id.as_str();
    let role = "arn:aws:iam::123456789012:role/Support";
    let created = h
        .call(
            "/api/create_group",
            &[
                ("pool_id", pool),
                ("name", "support"),
                ("description", "Help desk"),
                ("precedence", "3"),
                ("role_arn", role),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    let again = h
        .call(
            "/api/create_group",
            &[
                ("pool_id", pool),
                ("name", "support"),
                ("description", ""),
                ("precedence", ""),
                ("role_arn", ""),
            ],
            Some(&cookie),
        )
        .await;
    assert!(matches!(again.error(), AppError::Invalid { field, .. } if field == "name"), "{}", again.body);

    let updated = h
        .call(
            "/api/update_group",
            &[
                ("pool_id", pool),
                ("name", "support"),
                ("description", "Support staff"),
                ("precedence", "4"),
                ("role_arn", ""),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(updated.status, StatusCode::OK, "{}", updated.body);
    let info: GroupInfo = serde_json::from_str(
        &h.call("/api/get_group", &[("pool_id", pool), ("name", "support")], Some(&cookie)).await.body,
    )
    .unwrap();
    assert_eq!((info.description.as_deref(), info.precedence), (Some("Support staff"), Some(4)));

    let added = h
        .call(
            "/api/add_user_to_group",
            &[("pool_id", pool), ("username", &h.user_email), ("group", "support")],
            Some(&cookie),
        )
        .await;
    assert_eq!(added.status, StatusCode::OK);
    let members: UserPage = serde_json::from_str(
        &h.call(
            "/api/list_group_members",
            &[("pool_id", pool), ("name", "support"), ("page_size", "10")],
            Some(&cookie),
        )
        .await
        .body,
    )
    .unwrap();
    assert_eq!(members.users.len(), 1);

    let deleted = h
        .call(
            "/api/delete_group",
            &[("pool_id", pool), ("name", "support"), ("confirm", "support")],
            Some(&cookie),
        )
        .await;
    assert_eq!(deleted.status, StatusCode::OK, "{}", deleted.body);
    assert!(!groups(&h, &cookie).await.iter().any(|r| r.group.name == "support"));
}

#[tokio::test]
async fn bad_group_input_is_refused_by_field() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    for (name, precedence, role, field) in [
        ("two words", "1", "", "name"),
        ("ok", "-5", "", "precedence"),
        ("ok", "1", "arn:aws:s3:::bucket", "role_arn"),
    ] {
        let reply = h
            .call(
                "/api/create_group",
                &[
                    ("pool_id", &h.pool_id),
                    ("name", name),
                    ("description", ""),
                    ("precedence", precedence),
                    ("role_arn", role),
                ],
                Some(&cookie),
            )
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(matches!(reply.error(), AppError::Invalid { field: f, .. } if f == field), "{}", reply.body);
    }
}

#[tokio::test]
async fn guide_presets_skip_existing_groups() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let deleted = h
        .call(
            "/api/delete_group",
            &[("pool_id", &h.pool_id), ("name", "premium"), ("confirm", "premium")],
            Some(&cookie),
        )
        .await;
    assert_eq!(deleted.status, StatusCode::OK);
    let reply = h.call("/api/create_guide_groups", &[("pool_id", &h.pool_id)], Some(&cookie)).await;
    assert_eq!(serde_json::from_str::<Vec<String>>(&reply.body).unwrap(), ["premium"]);
    let again = h.call("/api/create_guide_groups", &[("pool_id", &h.pool_id)], Some(&cookie)).await;
    assert!(serde_json::from_str::<Vec<String>>(&again.body).unwrap().is_empty());
}
