//! App clients against moto through the server functions: the list, the guide's presets, the
//! secret that only an explicit reveal returns, the read-modify-write edit, every form rule and
//! the delete safeguards.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};

use super::Harness;
use pooldesk::cognito::bootstrap::{CONSOLE_CLIENT, CREDENTIALS_CLIENT, USER_AUTH_CLIENT};
use pooldesk::error::AppError;
use pooldesk::model::client::{ClientContext, ClientDetail, ClientForm, ClientSummary, Validity};

async fn list(h: &Harness, cookie: &str) -> Vec<ClientSummary> {
    h.call("/api/list_clients", &[("pool_id", &h.pool_id)], Some(cookie)).await.ok()
}

async fn context(h: &Harness, cookie: &str) -> ClientContext {
    h.call("/api/client_form_context", &[("pool_id", &h.pool_id)], Some(cookie)).await.ok()
}

async fn get(h: &Harness, cookie: &str, client_id: &str) -> ClientDetail {
    h.call("/api/get_client", &[("pool_id", &h.pool_id), ("client_id", client_id)], Some(cookie)).await.ok()
}

fn id_of(rows: &[ClientSummary], name: &str) -> String {
    rows.iter().find(|r| r.name == name).unwrap_or_else(|| panic!("{name} in {rows:?}")).id.clone()
}

/// The secret as Cognito holds it, read directly.
async fn real_secret(h: &Harness, client_id: &str) -> Option<String> {
    let out =
        h.sdk.describe_user_pool_client().user_pool_id(&h.pool_id).client_id(client_id).send().await.unwrap();
    out.user_pool_client.unwrap().client_secret
}

#[tokio::test]
async fn lists_the_guide_clients_with_their_secrets_flagged() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let rows = list(&h, &cookie).await;
    let summary: Vec<_> = rows.iter().map(|r| (r.name.as_str(), r.has_secret)).collect();
    assert_eq!(summary, [(CREDENTIALS_CLIENT, true), (USER_AUTH_CLIENT, false), (CONSOLE_CLIENT, true)]);
    assert_eq!(id_of(&rows, CONSOLE_CLIENT), h.report.console_client_id);
    let credentials = rows.iter().find(|r| r.name == CREDENTIALS_CLIENT).unwrap();
    assert_eq!(credentials.oauth_flows, ["client_credentials"]);
    assert_eq!(credentials.auth_flows, ["ALLOW_REFRESH_TOKEN_AUTH"]);
    let user = rows.iter().find(|r| r.name == USER_AUTH_CLIENT).unwrap();
    assert_eq!(user.oauth_flows, ["code"]);
    // The list is plain data: no secret in it.
    let body = h.call("/api/list_clients", &[("pool_id", &h.pool_id)], Some(&cookie)).await.body;
    let secret = h.report.console_client_secret.clone().unwrap();
    assert!(!body.contains(&secret));
}

#[tokio::test]
async fn creates_the_guide_presets_as_specified() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let ctx = context(&h, &cookie).await;
    assert!(ctx.custom_scopes.contains(&"myapp-api/read".to_string()), "{ctx:?}");
    assert!(ctx.custom_scopes.contains(&"myapp-api/write".to_string()), "{ctx:?}");

    let credentials = ClientForm {
        name: "Backend-Service".into(),
        ..ClientForm::credentials_preset(&["myapp-api/read".to_string()])
    };
    let id: String =
        h.call_form("/api/create_client", &[("pool_id", &h.pool_id)], &credentials, &cookie).await.ok();
    let created = get(&h, &cookie, &id).await;
    assert!(created.has_secret && !created.is_console);
    assert_eq!(created.settings, credentials.validate(&ctx, true).unwrap(), "read back as sent");
    assert_eq!(created.settings.oauth_flows, ["client_credentials"]);
    assert_eq!(created.settings.scopes, ["myapp-api/read"]);
    assert_eq!(created.settings.auth_flows, ["ALLOW_REFRESH_TOKEN_AUTH"]);
    assert!(!created.settings.auth_flows.iter().any(|f| f == "ALLOW_ADMIN_USER_PASSWORD_AUTH"));
    assert!(real_secret(&h, &id).await.is_some_and(|s| !s.is_empty()));

    let user = ClientForm { name: "Web-App".into(), ..ClientForm::user_password_preset() };
    let id: String = h.call_form("/api/create_client", &[("pool_id", &h.pool_id)], &user, &cookie).await.ok();
    let created = get(&h, &cookie, &id).await;
    assert!(!created.has_secret);
    assert_eq!(real_secret(&h, &id).await, None, "a public client has no secret");
    assert_eq!(created.settings, user.validate(&ctx, false).unwrap(), "read back as sent");
    let s = &created.settings;
    assert_eq!(s.auth_flows, ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]);
    assert_eq!(
        (s.oauth_flows.as_slice(), s.scopes.as_slice()),
        (&["code".to_string()][..], &["openid".to_string(), "email".into(), "profile".into()][..])
    );
    assert_eq!(s.callback_urls, ["http://localhost:3000/callback"]);
    assert_eq!(s.identity_providers, ["COGNITO"]);
    assert_eq!(
        (s.access_token.minutes(), s.id_token.minutes(), s.refresh_token.clone()),
        (60, 60, Validity::new(30, "days"))
    );
    assert!(s.prevent_user_existence_errors && s.token_revocation);

    let names: Vec<String> = list(&h, &cookie).await.into_iter().map(|r| r.name).collect();
    assert_eq!(names.len(), 5, "{names:?}");
}

#[tokio::test]
async fn the_secret_is_shown_only_when_revealed() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let rows = list(&h, &cookie).await;
    let id = id_of(&rows, CREDENTIALS_CLIENT);
    let secret = real_secret(&h, &id).await.expect("the credentials client has a secret");

    let details =
        h.call("/api/get_client", &[("pool_id", &h.pool_id), ("client_id", &id)], Some(&cookie)).await;
    assert_eq!(details.status, StatusCode::OK, "{}", details.body);
    assert!(details.body.contains(CREDENTIALS_CLIENT));
    assert!(!details.body.contains(&secret), "the details carry no secret");

    // The server-rendered detail page, as the browser loads it.
    let page = h
        .send(
            Request::get(format!("/pools/{}/client?id={id}", h.pool_id))
                .header(header::COOKIE, &cookie)
                .header(header::ACCEPT, "text/html")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert!(!page.body.contains(&secret), "the page carries no secret");
    assert_eq!(page.status, StatusCode::OK, "the client detail page exists: {}", page.body);
    assert!(page.body.contains(CREDENTIALS_CLIENT), "the page shows the client");

    let revealed: String = h
        .call("/api/reveal_client_secret", &[("pool_id", &h.pool_id), ("client_id", &id)], Some(&cookie))
        .await
        .ok();
    assert_eq!(revealed, secret);
    let public = id_of(&rows, USER_AUTH_CLIENT);
    let none = h
        .call("/api/reveal_client_secret", &[("pool_id", &h.pool_id), ("client_id", &public)], Some(&cookie))
        .await;
    assert_eq!(none.status, StatusCode::CONFLICT, "{}", none.body);
}

#[tokio::test]
async fn edits_change_one_field_and_keep_the_rest() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let rows = list(&h, &cookie).await;
    for name in [USER_AUTH_CLIENT, CREDENTIALS_CLIENT] {
        let id = id_of(&rows, name);
        let secret = real_secret(&h, &id).await;
        let before = get(&h, &cookie, &id).await;
        let form = ClientForm { access_validity: "30".into(), ..ClientForm::from_settings(&before.settings) };
        let reply = h
            .call_form("/api/update_client", &[("pool_id", &h.pool_id), ("client_id", &id)], &form, &cookie)
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{name}: {}", reply.body);
        let after = get(&h, &cookie, &id).await;
        let mut expected = before.clone();
        expected.settings.access_token = Validity::new(30, &before.settings.access_token.unit);
        expected.modified = after.modified;
        assert_eq!(after, expected, "{name}");
        assert_eq!(real_secret(&h, &id).await, secret, "{name}: the secret is kept");

        let renamed =
            ClientForm { name: format!("{name}-Renamed"), ..ClientForm::from_settings(&after.settings) };
        let reply = h
            .call_form(
                "/api/update_client",
                &[("pool_id", &h.pool_id), ("client_id", &id)],
                &renamed,
                &cookie,
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{name}: {}", reply.body);
        let again = get(&h, &cookie, &id).await;
        expected.settings.name = format!("{name}-Renamed");
        expected.modified = again.modified;
        assert_eq!(again, expected, "{name}");
    }
}

#[tokio::test]
async fn every_client_rule_is_checked_before_the_call_and_nothing_is_created() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let s = |items: &[&str]| items.iter().map(|i| i.to_string()).collect::<Vec<_>>();
    let on = || Some("on".to_string());
    let creds =
        || ClientForm { name: "Bad-Creds".into(), ..ClientForm::credentials_preset(&s(&["myapp-api/read"])) };
    let user = || ClientForm { name: "Bad-User".into(), ..ClientForm::user_password_preset() };
    let hundred_and_one =
        (0..101).map(|i| format!("https://app.example.com/cb{i}")).collect::<Vec<_>>().join("\n");
    let cases: Vec<(&str, ClientForm, &str)> = vec![
        ("empty name", ClientForm { name: String::new(), ..user() }, "name"),
        (
            "unknown auth flow",
            ClientForm { auth_flows: s(&["ALLOW_ANYTHING", "ALLOW_REFRESH_TOKEN_AUTH"]), ..user() },
            "auth_flows",
        ),
        (
            "no refresh flow",
            ClientForm { auth_flows: s(&["ALLOW_USER_PASSWORD_AUTH"]), ..user() },
            "auth_flows",
        ),
        ("unknown OAuth flow", ClientForm { oauth_flows: s(&["password"]), ..user() }, "oauth_flows"),
        (
            "client credentials with code",
            ClientForm { oauth_flows: s(&["client_credentials", "code"]), ..creds() },
            "oauth_flows",
        ),
        ("implicit unconfirmed", ClientForm { oauth_flows: s(&["implicit"]), ..user() }, "oauth_flows"),
        (
            "client credentials without secret",
            ClientForm { generate_secret: None, ..creds() },
            "generate_secret",
        ),
        ("unknown scope", ClientForm { scopes: s(&["openid", "orders-api/read"]), ..user() }, "scopes"),
        ("client credentials without custom scope", ClientForm { scopes: vec![], ..creds() }, "scopes"),
        (
            "client credentials with a standard scope",
            ClientForm { scopes: s(&["myapp-api/read", "openid"]), ..creds() },
            "scopes",
        ),
        ("scopes without a flow", ClientForm { oauth_flows: vec![], ..user() }, "scopes"),
        ("email without openid", ClientForm { scopes: s(&["email"]), ..user() }, "scopes"),
        (
            "unknown identity provider",
            ClientForm { identity_providers: s(&["Google"]), ..user() },
            "identity_providers",
        ),
        (
            "code without identity provider",
            ClientForm { identity_providers: vec![], ..user() },
            "identity_providers",
        ),
        ("code without callback", ClientForm { callback_urls: String::new(), ..user() }, "callback_urls"),
        (
            "http callback off localhost",
            ClientForm { callback_urls: "http://app.example.com/cb".into(), ..user() },
            "callback_urls",
        ),
        (
            "callback with fragment",
            ClientForm { callback_urls: "https://app.example.com/cb#x".into(), ..user() },
            "callback_urls",
        ),
        ("too many callbacks", ClientForm { callback_urls: hundred_and_one, ..user() }, "callback_urls"),
        (
            "bad logout URL",
            ClientForm { logout_urls: "ftp://app.example.com".into(), ..user() },
            "logout_urls",
        ),
        (
            "default redirect not a callback",
            ClientForm { default_redirect_uri: "https://other.example.com".into(), ..user() },
            "default_redirect_uri",
        ),
        ("access token too short", ClientForm { access_validity: "4".into(), ..user() }, "access_validity"),
        (
            "ID token too long",
            ClientForm { id_validity: "2".into(), id_unit: "days".into(), ..user() },
            "id_validity",
        ),
        (
            "refresh token too short",
            ClientForm { refresh_validity: "59".into(), refresh_unit: "minutes".into(), ..user() },
            "refresh_validity",
        ),
        (
            "refresh token too long",
            ClientForm { refresh_validity: "3651".into(), ..user() },
            "refresh_validity",
        ),
        ("unknown unit", ClientForm { refresh_unit: "weeks".into(), ..user() }, "refresh_validity"),
        (
            "unknown read attribute",
            ClientForm { read_attributes: s(&["shoe_size"]), ..user() },
            "read_attributes",
        ),
        (
            "immutable write attribute",
            ClientForm { write_attributes: s(&["sub"]), ..user() },
            "write_attributes",
        ),
        (
            "auth session too long",
            ClientForm { auth_session_minutes: "16".into(), ..user() },
            "auth_session_minutes",
        ),
    ];
    for (what, form, field) in cases {
        let reply = h.call_form("/api/create_client", &[("pool_id", &h.pool_id)], &form, &cookie).await;
        assert_eq!(reply.invalid_field(), field, "{what}");
    }
    // The implicit grant is accepted once confirmed: the rule above was the confirmation only.
    let implicit = ClientForm {
        name: "Implicit-App".into(),
        oauth_flows: s(&["implicit"]),
        allow_implicit: on(),
        ..user()
    };
    let id: String =
        h.call_form("/api/create_client", &[("pool_id", &h.pool_id)], &implicit, &cookie).await.ok();
    assert_eq!(get(&h, &cookie, &id).await.settings.oauth_flows, ["implicit"]);

    let names: Vec<String> = list(&h, &cookie).await.into_iter().map(|r| r.name).collect();
    assert_eq!(
        names,
        ["Implicit-App", CREDENTIALS_CLIENT, USER_AUTH_CLIENT, CONSOLE_CLIENT].map(String::from)
    );
}

#[tokio::test]
async fn deleting_a_client_needs_its_name_and_spares_the_console_client() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let form = ClientForm { name: "Short-Lived".into(), ..ClientForm::user_password_preset() };
    let id: String = h.call_form("/api/create_client", &[("pool_id", &h.pool_id)], &form, &cookie).await.ok();
    let delete = |client_id: &str, confirm: &str| {
        let (h, cookie) = (&h, cookie.clone());
        let (client_id, confirm) = (client_id.to_string(), confirm.to_string());
        async move {
            h.call(
                "/api/delete_client",
                &[("pool_id", &h.pool_id), ("client_id", &client_id), ("confirm", &confirm)],
                Some(&cookie),
            )
            .await
        }
    };

    assert_eq!(delete(&id, "Short").await.invalid_field(), "confirm");
    assert_eq!(get(&h, &cookie, &id).await.settings.name, "Short-Lived", "still there");
    let deleted = delete(&id, "Short-Lived").await;
    assert_eq!(deleted.status, StatusCode::OK, "{}", deleted.body);
    let gone = h.call("/api/get_client", &[("pool_id", &h.pool_id), ("client_id", &id)], Some(&cookie)).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND, "{}", gone.body);
    assert_eq!(gone.error(), AppError::not_found("The app client"));

    let console = &h.report.console_client_id;
    assert!(get(&h, &cookie, console).await.is_console);
    let refused = delete(console, CONSOLE_CLIENT).await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.body);
    assert!(refused.error().to_string().contains("signs in with this client"));
    assert_eq!(get(&h, &cookie, console).await.settings.name, CONSOLE_CLIENT);
    // The console still signs in with it.
    h.admin_cookie().await;
}
