//! Identity providers (`list_identity_providers`, `create_identity_provider`,
//! `update_identity_provider`, `delete_identity_provider`) on moto: read by every role with the
//! secrets withheld, changed by admins only, every field checked against Cognito's rules and the
//! pool's schema before the call, a secret left empty kept, no delete while an app client offers
//! the provider, each change in the audit log. The round trip runs on fakecloud too; the checks
//! against the schema only on moto (fakecloud keeps no standard attribute required, and its
//! DescribeUserPool names no domain).

use aws_sdk_cognitoidentityprovider::types::{AttributeDataType, SchemaAttributeType};
use axum::http::StatusCode;

use super::harness::fakecloud;
use super::{Harness, three_roles, unique};
use pooldesk::error::AppError;
use pooldesk::model::audit::AuditPage;
use pooldesk::model::identity_provider::IdentityProviders;

const SECRET: &str = "okta-s3cret-never-shown";

/// A pool that requires `email`, with a domain.
async fn federated_pool(h: &Harness) -> String {
    let email = SchemaAttributeType::builder()
        .name("email")
        .attribute_data_type(AttributeDataType::String)
        .required(true)
        .mutable(true)
        .build();
    let pool = h.sdk.create_user_pool().pool_name(unique("federated")).schema(email).send().await.unwrap();
    let pool = pool.user_pool.unwrap().id.unwrap();
    let prefix = unique("fed").to_lowercase();
    h.sdk
        .create_user_pool_domain()
        .user_pool_id(&pool)
        .domain(&prefix[..prefix.len().min(60)])
        .send()
        .await
        .unwrap();
    pool
}

fn okta<'a>(pool: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut args = vec![
        ("pool_id", pool),
        ("provider_type", "OIDC"),
        ("provider_name", "Okta"),
        ("client_id", "okta-client"),
        ("client_secret", SECRET),
        ("authorize_scopes", "openid email"),
        ("oidc_issuer", "https://example.okta.com"),
        ("attributes_request_method", "GET"),
        ("attribute_mapping", "email = email\nusername = sub"),
        ("identifiers", "example.com"),
    ];
    for (name, value) in extra {
        args.retain(|(n, _)| n != name);
        args.push((name, value));
    }
    args
}

/// The field a refused call names.
async fn refused_field(h: &Harness, cookie: &str, path: &str, args: Vec<(&str, &str)>) -> String {
    match h.call(path, &args, Some(cookie)).await.error() {
        AppError::Invalid { field, .. } => field,
        other => panic!("{path}: {other:?}"),
    }
}

async fn list(h: &Harness, cookie: &str, pool: &str) -> IdentityProviders {
    h.call("/api/list_identity_providers", &[("pool_id", pool)], Some(cookie)).await.ok()
}

/// What Cognito holds, secrets included.
async fn held(h: &Harness, pool: &str, name: &str) -> std::collections::HashMap<String, String> {
    let out = h.sdk.describe_identity_provider().user_pool_id(pool).provider_name(name).send().await.unwrap();
    out.identity_provider.unwrap().provider_details.unwrap_or_default()
}

#[tokio::test]
async fn providers_are_read_by_all_without_secrets_and_changed_by_admins_only() {
    let h = Harness::with_config(|c| c.roles = three_roles()).await;
    let pool = federated_pool(&h).await;
    let admin = h.admin_cookie().await;
    let support = h.signed_in_as("support").await;
    let viewer = h.signed_in_as("viewer").await;

    // Below admin, nothing is added.
    for cookie in [&viewer, &support] {
        assert_eq!(
            h.call("/api/create_identity_provider", &okta(&pool, &[]), Some(cookie)).await.error(),
            AppError::Forbidden
        );
    }
    assert!(list(&h, &viewer, &pool).await.providers.is_empty());

    let created = h.call("/api/create_identity_provider", &okta(&pool, &[]), Some(&admin)).await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    assert_eq!(held(&h, &pool, "Okta").await["client_secret"], SECRET);

    // Every role reads it; the secret stays on the server.
    for cookie in [&viewer, &support, &admin] {
        let reply = h.call("/api/list_identity_providers", &[("pool_id", &pool)], Some(cookie)).await;
        assert!(!reply.body.contains(SECRET), "the secret reached the browser");
        let page: IdentityProviders = reply.ok();
        let (okta, offered_by) = &page.providers[0];
        assert_eq!((okta.name.as_str(), okta.provider_type.as_str()), ("Okta", "OIDC"));
        assert_eq!(okta.withheld, ["client_secret"]);
        assert_eq!(okta.detail("oidc_issuer"), "https://example.okta.com");
        assert_eq!(okta.identifiers, ["example.com"]);
        assert!(offered_by.is_empty());
        assert!(page.return_url("OIDC").unwrap().ends_with("/oauth2/idpresponse"), "{:?}", page.login_url);
    }
    let viewer_page = h.page(&format!("/pools/{pool}/identity-providers"), &viewer).await;
    assert!(viewer_page.body.contains("data-identity-provider=\"Okta\""), "{}", viewer_page.body);
    assert!(!viewer_page.body.contains(SECRET));
    assert!(!viewer_page.body.contains("data-add-provider"), "a viewer is offered no add form");
    let admin_page = h.page(&format!("/pools/{pool}/identity-providers"), &admin).await;
    assert!(admin_page.body.contains("data-add-provider=\"SAML\""));
    assert!(!admin_page.body.contains(SECRET));

    // Below admin, nothing changes or goes.
    let edit = okta(&pool, &[("client_id", "okta-client-2"), ("client_secret", "")]);
    let delete = [("pool_id", pool.as_str()), ("provider_name", "Okta"), ("confirm", "Okta")];
    for cookie in [&viewer, &support] {
        assert_eq!(
            h.call("/api/update_identity_provider", &edit, Some(cookie)).await.error(),
            AppError::Forbidden
        );
        assert_eq!(
            h.call("/api/delete_identity_provider", &delete, Some(cookie)).await.error(),
            AppError::Forbidden
        );
    }

    // The admin's edit with the secret left empty keeps it; the name and type stay.
    let saved = h.call("/api/update_identity_provider", &edit, Some(&admin)).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let details = held(&h, &pool, "Okta").await;
    assert_eq!((details["client_id"].as_str(), details["client_secret"].as_str()), ("okta-client-2", SECRET));
    let renamed =
        okta(&pool, &[("provider_name", "Okta"), ("provider_type", "SAML"), ("client_secret", "new-secret")]);
    assert_eq!(h.call("/api/update_identity_provider", &renamed, Some(&admin)).await.status, StatusCode::OK);
    assert_eq!(
        held(&h, &pool, "Okta").await["client_secret"],
        "new-secret",
        "edited as the OIDC provider it is"
    );

    let audit: AuditPage = h.call("/api/list_audit", &[("pool", &pool)], Some(&admin)).await.ok();
    let rows: Vec<(&str, &str)> =
        audit.entries.iter().map(|e| (e.action.as_str(), e.outcome.as_str())).collect();
    for action in ["create_identity_provider", "update_identity_provider"] {
        assert!(rows.contains(&(action, "ok")), "{action}: {rows:?}");
        assert!(rows.contains(&(action, "forbidden")), "{action}: {rows:?}");
    }
    assert!(audit.entries.iter().all(|e| !format!("{e:?}").contains("new-secret")));
    let logs = super::captured_logs();
    assert!(!logs.contains(SECRET) && !logs.contains("new-secret"), "a provider secret in a log line");
}

#[tokio::test]
async fn every_field_is_checked_before_any_call_and_nothing_half_changes() {
    let h = Harness::new().await;
    let pool = federated_pool(&h).await;
    let admin = h.admin_cookie().await;
    let pool = pool.as_str();
    let create = "/api/create_identity_provider";
    assert_eq!(
        refused_field(&h, &admin, create, okta(pool, &[("oidc_issuer", "http://example.okta.com")])).await,
        "oidc_issuer"
    );
    assert_eq!(
        refused_field(&h, &admin, create, okta(pool, &[("authorize_scopes", "email")])).await,
        "authorize_scopes"
    );
    assert_eq!(
        refused_field(&h, &admin, create, okta(pool, &[("provider_name", "my idp")])).await,
        "provider_name"
    );
    assert_eq!(
        refused_field(&h, &admin, create, okta(pool, &[("client_secret", "")])).await,
        "client_secret"
    );
    // The pool's schema: email is required, `nickname` is fine, `sub` cannot be written.
    assert_eq!(
        refused_field(&h, &admin, create, okta(pool, &[("attribute_mapping", "nickname = nick")])).await,
        "attribute_mapping"
    );
    assert_eq!(
        refused_field(&h, &admin, create, okta(pool, &[("attribute_mapping", "email = email\nsub = id")]))
            .await,
        "attribute_mapping"
    );
    assert_eq!(refused_field(&h, &admin, create, okta(pool, &[("identifiers", "a/b")])).await, "identifiers");
    let saml = [
        ("pool_id", pool),
        ("provider_type", "SAML"),
        ("provider_name", "CorpAD"),
        ("metadata_file", "not xml"),
        ("attribute_mapping", "email = mail"),
    ];
    assert_eq!(refused_field(&h, &admin, create, saml.to_vec()).await, "metadata_file");
    assert!(h.sdk.list_identity_providers().user_pool_id(pool).send().await.unwrap().providers().is_empty());

    // A SAML provider from a pasted document; the document is kept on an edit that leaves it empty.
    let document = r#"<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="urn:corp"/>"#;
    let saml = [
        ("pool_id", pool),
        ("provider_type", "SAML"),
        ("provider_name", "CorpAD"),
        ("metadata_file", document),
        ("idp_signout", "on"),
        ("attribute_mapping", "email = http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress"),
        ("identifiers", "corp.example"),
    ];
    let created = h.call("/api/create_identity_provider", &saml, Some(&admin)).await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    // A second one of the same name is refused by field (moto would replace it).
    assert!(matches!(
        h.call("/api/create_identity_provider", &saml, Some(&admin)).await.error(),
        AppError::Invalid { field, .. } if field == "provider_name"
    ));
    let edit = [
        ("pool_id", pool),
        ("provider_name", "CorpAD"),
        ("attribute_mapping", "email = mail"),
        ("identifiers", ""),
    ];
    let saved = h.call("/api/update_identity_provider", &edit, Some(&admin)).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let details = held(&h, pool, "CorpAD").await;
    assert_eq!(details["MetadataFile"], document);
    assert_eq!(details["IDPSignout"], "false", "an unticked box is sent as false");
    let page = list(&h, &admin, pool).await;
    assert_eq!(page.providers[0].0.withheld, ["MetadataFile"]);
    assert_eq!(page.saml_entity_id(), format!("urn:amazon:cognito:sp:{pool}"));
    assert!(page.return_url("SAML").unwrap().ends_with("/saml2/idpresponse"));
    // An edit of a provider that is not there.
    let gone = [("pool_id", pool), ("provider_name", "Nobody"), ("attribute_mapping", "email = mail")];
    assert!(matches!(
        h.call("/api/update_identity_provider", &gone, Some(&admin)).await.error(),
        AppError::NotFound { .. }
    ));
}

#[tokio::test]
async fn a_provider_an_app_client_offers_is_not_deleted() {
    offered_provider_stays(Harness::new().await).await;
}

/// The same on fakecloud: the requests Pooldesk builds hold on a second emulator.
#[tokio::test]
async fn a_provider_an_app_client_offers_is_not_deleted_on_fakecloud() {
    offered_provider_stays(Harness::on(&fakecloud(), |_| {}).await).await;
}

async fn offered_provider_stays(h: Harness) {
    let pool = federated_pool(&h).await;
    let admin = h.admin_cookie().await;
    let google = [
        ("pool_id", pool.as_str()),
        ("provider_type", "Google"),
        ("provider_name", "Google"),
        ("client_id", "1.apps.googleusercontent.com"),
        ("client_secret", "g"),
        ("authorize_scopes", "openid email profile"),
        ("attribute_mapping", "email = email"),
    ];
    assert_eq!(h.call("/api/create_identity_provider", &google, Some(&admin)).await.status, StatusCode::OK);
    let client = h
        .sdk
        .create_user_pool_client()
        .user_pool_id(&pool)
        .client_name("web")
        .supported_identity_providers("COGNITO")
        .supported_identity_providers("Google")
        .send()
        .await
        .unwrap()
        .user_pool_client
        .unwrap()
        .client_id
        .unwrap();
    let page = list(&h, &admin, &pool).await;
    assert_eq!(page.providers[0].1, [(client.clone(), "web".to_string())]);

    let delete =
        |confirm| vec![("pool_id", pool.as_str()), ("provider_name", "Google"), ("confirm", confirm)];
    let path = "/api/delete_identity_provider";
    assert_eq!(refused_field(&h, &admin, path, delete("Googel")).await, "confirm");
    match h.call(path, &delete("Google"), Some(&admin)).await.error() {
        AppError::Conflict { message } => assert!(message.contains("web"), "{message}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        h.sdk.list_identity_providers().user_pool_id(&pool).send().await.unwrap().providers().len(),
        1
    );

    h.sdk
        .update_user_pool_client()
        .user_pool_id(&pool)
        .client_id(&client)
        .client_name("web")
        .supported_identity_providers("COGNITO")
        .send()
        .await
        .unwrap();
    assert_eq!(h.call(path, &delete("Google"), Some(&admin)).await.status, StatusCode::OK);
    assert!(list(&h, &admin, &pool).await.providers.is_empty());
    // The page offers Google again.
    let page = h.page(&format!("/pools/{pool}/identity-providers"), &admin).await;
    assert!(page.body.contains("data-add-provider=\"Google\""));
}
