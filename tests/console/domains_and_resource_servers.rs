//! Domains and resource servers against moto through the server functions. moto keeps domains
//! in one dict for the whole region and checks neither uniqueness nor one-domain-per-pool: the
//! console does, and these tests show it. Every domain name is unique to its test run.

use axum::http::StatusCode;

use super::{Harness, unique};
use pooldesk::error::AppError;
use pooldesk::model::client::ClientContext;
use pooldesk::model::domain::DomainInfo;
use pooldesk::model::pool_settings::PoolForm;
use pooldesk::model::resource_server::{ResourceServer, Scope};

const CERTIFICATE: &str =
    "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

async fn domains(h: &Harness, cookie: &str, pool_id: &str) -> Vec<DomainInfo> {
    h.call("/api/list_domains", &[("pool_id", pool_id)], Some(cookie)).await.ok()
}

async fn create_domain(
    h: &Harness,
    cookie: &str,
    pool_id: &str,
    kind: &str,
    domain: &str,
    cert: &str,
) -> super::Reply {
    h.call(
        "/api/create_domain",
        &[("pool_id", pool_id), ("kind", kind), ("domain", domain), ("certificate_arn", cert)],
        Some(cookie),
    )
    .await
}

async fn delete_domain(
    h: &Harness,
    cookie: &str,
    pool_id: &str,
    domain: &str,
    confirm: &str,
) -> super::Reply {
    h.call(
        "/api/delete_domain",
        &[("pool_id", pool_id), ("domain", domain), ("confirm", confirm)],
        Some(cookie),
    )
    .await
}

/// A second, unprotected pool made through the console.
async fn second_pool(h: &Harness, cookie: &str) -> (String, String) {
    let form = PoolForm { name: unique("pd-hosting"), deletion_protection: None, ..PoolForm::guide() };
    (h.create_pool(cookie, &form).await, form.name)
}

#[tokio::test]
async fn prefix_domains_are_unique_per_pool_and_per_region() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let prefix = unique("pd");
    let created = create_domain(&h, &cookie, &h.pool_id, "prefix", &prefix, "").await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    let listed = domains(&h, &cookie, &h.pool_id).await;
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!((listed[0].domain.as_str(), listed[0].custom), (prefix.as_str(), false));
    assert_eq!(listed[0].base_url, format!("https://{prefix}.auth.us-east-1.amazoncognito.com"));
    assert_eq!(listed[0].status.as_deref(), Some("ACTIVE"));
    let ctx: ClientContext =
        h.call("/api/client_form_context", &[("pool_id", &h.pool_id)], Some(&cookie)).await.ok();
    assert!(ctx.has_domain);

    // One Cognito domain per pool (moto would accept a second one).
    let second = create_domain(&h, &cookie, &h.pool_id, "prefix", &unique("pd"), "").await;
    assert_eq!(second.invalid_field(), "domain");
    assert!(second.error().to_string().contains("already has a Cognito domain"), "{}", second.body);

    // A prefix belongs to one pool in the whole region (moto would hand it over).
    let (other, _) = second_pool(&h, &cookie).await;
    let taken = create_domain(&h, &cookie, &other, "prefix", &prefix, "").await;
    assert_eq!(taken.invalid_field(), "domain");
    assert!(taken.error().to_string().contains("taken"), "{}", taken.body);
    assert!(domains(&h, &cookie, &other).await.is_empty());
    assert_eq!(domains(&h, &cookie, &h.pool_id).await[0].domain, prefix, "still the first pool's");

    // Another pool cannot delete it either.
    let foreign = delete_domain(&h, &cookie, &other, &prefix, &prefix).await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND, "{}", foreign.body);
    assert_eq!(domains(&h, &cookie, &h.pool_id).await.len(), 1);

    assert_eq!(delete_domain(&h, &cookie, &h.pool_id, &prefix, "nope").await.invalid_field(), "confirm");
    assert_eq!(domains(&h, &cookie, &h.pool_id).await.len(), 1, "a wrong confirmation deletes nothing");
    let deleted = delete_domain(&h, &cookie, &h.pool_id, &prefix, &prefix).await;
    assert_eq!(deleted.status, StatusCode::OK, "{}", deleted.body);
    assert!(domains(&h, &cookie, &h.pool_id).await.is_empty());

    // Freed, the prefix can go to the other pool.
    let moved = create_domain(&h, &cookie, &other, "prefix", &prefix, "").await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.body);
    assert_eq!(domains(&h, &cookie, &other).await[0].domain, prefix);
    h.remove_pool(&other).await;
}

#[tokio::test]
async fn bad_domains_are_refused_by_field() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let custom = format!("{}.example.com", unique("auth"));
    let cases = [
        ("prefix", "-bad-", "", "domain"),
        ("prefix", "my.app", "", "domain"),
        ("prefix", "myawsapp", "", "domain"),
        ("custom", "localhost", CERTIFICATE, "domain"),
        ("custom", custom.as_str(), "", "certificate_arn"),
        ("custom", custom.as_str(), "arn:aws:acm:eu-west-1:123456789012:certificate/abc", "certificate_arn"),
        ("custom", custom.as_str(), "arn:aws:iam::123456789012:role/NotACertificate", "certificate_arn"),
        ("subdomain", custom.as_str(), CERTIFICATE, "kind"),
    ];
    for (kind, domain, cert, field) in cases {
        let reply = create_domain(&h, &cookie, &h.pool_id, kind, domain, cert).await;
        assert_eq!(reply.invalid_field(), field, "{kind} {domain} {cert}");
    }
    assert!(domains(&h, &cookie, &h.pool_id).await.is_empty(), "nothing created");
}

/// moto's DescribeUserPoolDomain has no CustomDomainConfig, so the certificate cannot be read
/// back here; the CloudFront name can.
#[tokio::test]
async fn a_custom_domain_is_listed_with_its_cloudfront_name() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let (pool, _) = second_pool(&h, &cookie).await;
    let custom = format!("{}.example.com", unique("auth"));
    let created = create_domain(&h, &cookie, &pool, "custom", &custom, CERTIFICATE).await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    let listed = domains(&h, &cookie, &pool).await;
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!((listed[0].domain.as_str(), listed[0].custom), (custom.as_str(), true));
    assert_eq!(listed[0].base_url, format!("https://{custom}"));
    assert!(listed[0].cloudfront.as_deref().is_some_and(|c| c.ends_with(".cloudfront.net")), "{listed:?}");
    let again =
        create_domain(&h, &cookie, &pool, "custom", &format!("{}.example.com", unique("auth")), CERTIFICATE)
            .await;
    assert_eq!(again.invalid_field(), "domain", "one custom domain per pool");
    let deleted = delete_domain(&h, &cookie, &pool, &custom, &custom).await;
    assert_eq!(deleted.status, StatusCode::OK, "{}", deleted.body);
    assert!(domains(&h, &cookie, &pool).await.is_empty());
    h.remove_pool(&pool).await;
}

#[tokio::test]
async fn a_pool_with_a_domain_cannot_be_deleted() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let (pool, name) = second_pool(&h, &cookie).await;
    let prefix = unique("pd");
    assert_eq!(create_domain(&h, &cookie, &pool, "prefix", &prefix, "").await.status, StatusCode::OK);
    let args = [("pool_id", pool.as_str()), ("confirm", name.as_str())];
    let delete = || h.call("/api/delete_user_pool", &args, Some(&cookie));

    let refused = delete().await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.body);
    assert!(refused.error().to_string().contains(&prefix), "names the domain: {}", refused.body);
    assert_eq!(domains(&h, &cookie, &pool).await.len(), 1, "pool and domain still there");

    assert_eq!(delete_domain(&h, &cookie, &pool, &prefix, &prefix).await.status, StatusCode::OK);
    let deleted = delete().await;
    assert_eq!(deleted.status, StatusCode::OK, "{}", deleted.body);
    let gone = h.call("/api/get_user_pool", &[("pool_id", &pool)], Some(&cookie)).await;
    assert_eq!(gone.error(), AppError::not_found("The user pool"));
}

async fn servers(h: &Harness, cookie: &str) -> Vec<ResourceServer> {
    h.call("/api/list_resource_servers", &[("pool_id", &h.pool_id)], Some(cookie)).await.ok()
}

async fn server_call(
    h: &Harness,
    cookie: &str,
    path: &str,
    identifier: &str,
    name: &str,
    scopes: &str,
) -> super::Reply {
    h.call(
        path,
        &[("pool_id", &h.pool_id), ("identifier", identifier), ("resource_name", name), ("scopes", scopes)],
        Some(cookie),
    )
    .await
}

#[tokio::test]
async fn resource_servers_are_created_checked_and_listed() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let created = server_call(
        &h,
        &cookie,
        "/api/create_resource_server",
        "orders-api",
        "Orders API",
        "read Read access\nwrite Write access",
    )
    .await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    let scope = |name: &str, description: &str| Scope { name: name.into(), description: description.into() };
    let listed = servers(&h, &cookie).await;
    let orders = listed.iter().find(|s| s.identifier == "orders-api").expect("listed");
    assert_eq!(
        orders,
        &ResourceServer {
            identifier: "orders-api".into(),
            name: "Orders API".into(),
            scopes: vec![scope("read", "Read access"), scope("write", "Write access")],
        }
    );
    assert!(listed.iter().any(|s| s.identifier == "myapp-api"), "the guide's server is listed too");
    let ctx: ClientContext =
        h.call("/api/client_form_context", &[("pool_id", &h.pool_id)], Some(&cookie)).await.ok();
    assert!(ctx.custom_scopes.contains(&"orders-api/write".to_string()), "{ctx:?}");

    let refusals = [
        ("myapp-api", "Duplicate", "read Read", "identifier"),
        ("my api", "Spaced", "read Read", "identifier"),
        ("billing-api", "", "read Read", "resource_name"),
        ("billing-api", "Billing", "read", "scopes"),
        ("billing-api", "Billing", "a/b Slashed", "scopes"),
        ("billing-api", "Billing", "read One\nread Two", "scopes"),
    ];
    for (identifier, name, scopes, field) in refusals {
        let reply = server_call(&h, &cookie, "/api/create_resource_server", identifier, name, scopes).await;
        assert_eq!(reply.invalid_field(), field, "{identifier} {name} {scopes:?}");
    }
    let identifiers: Vec<String> = servers(&h, &cookie).await.into_iter().map(|s| s.identifier).collect();
    assert_eq!(identifiers.len(), 2, "nothing else created: {identifiers:?}");
}

/// moto implements neither UpdateResourceServer nor DeleteResourceServer: the console reports
/// the endpoint's limit as `Unavailable` naming the operation, not a generic failure, and
/// nothing changes. (On AWS both succeed; that cannot be shown here.)
#[tokio::test]
async fn resource_server_update_and_delete_are_reported_unsupported_by_moto() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let before = servers(&h, &cookie).await;

    let update = server_call(
        &h,
        &cookie,
        "/api/update_resource_server",
        "myapp-api",
        "Renamed",
        "read Read\nadmin Admin",
    )
    .await;
    assert_eq!(update.status, StatusCode::NOT_IMPLEMENTED, "{}", update.body);
    assert_eq!(
        update.error(),
        AppError::Unsupported {
            message: "This Cognito endpoint cannot update the resource server: it does not support UpdateResourceServer."
                .into()
        }
    );

    let delete = h
        .call(
            "/api/delete_resource_server",
            &[("pool_id", &h.pool_id), ("identifier", "myapp-api"), ("confirm", "myapp-api")],
            Some(&cookie),
        )
        .await;
    assert_eq!(delete.status, StatusCode::NOT_IMPLEMENTED, "{}", delete.body);
    assert_eq!(
        delete.error(),
        AppError::Unsupported {
            message: "This Cognito endpoint cannot delete the resource server: it does not support DeleteResourceServer."
                .into()
        }
    );
    assert_eq!(servers(&h, &cookie).await, before, "nothing changed");

    // The console's own checks still come first.
    let unconfirmed = h
        .call(
            "/api/delete_resource_server",
            &[("pool_id", &h.pool_id), ("identifier", "myapp-api"), ("confirm", "myapp")],
            Some(&cookie),
        )
        .await;
    assert_eq!(unconfirmed.invalid_field(), "confirm");
    let bad = server_call(&h, &cookie, "/api/update_resource_server", "myapp-api", "Renamed", "read").await;
    assert_eq!(bad.invalid_field(), "scopes");
}
