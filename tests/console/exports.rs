//! The auth-middleware export, loaded by the real package (auth-middleware 0.6.2, in the
//! virtualenv `scripts/test.sh` makes; `POOLDESK_AUTH_MIDDLEWARE_PYTHON` names its python) in front
//! of an app, exactly as the file says, and given real tokens from moto: this client's users get
//! through with their name and groups, from an ID token and from an access token alike; another
//! app client's tokens and another pool's do not.

use aws_sdk_cognitoidentityprovider::Client;
use aws_sdk_cognitoidentityprovider::types::{AuthFlowType, ExplicitAuthFlowsType};
use base64::Engine;
use pooldesk::model::export::ExportFile;
use serde_json::Value;

use super::{Harness, seed_guide_pool};

async fn client_id(sdk: &Client, pool_id: &str, name: &str) -> String {
    let clients = sdk.list_user_pool_clients().user_pool_id(pool_id).max_results(60).send().await.unwrap();
    let client = clients.user_pool_clients().iter().find(|c| c.client_name() == Some(name)).unwrap();
    client.client_id().unwrap().to_string()
}

/// An ID token and an access token from USER_PASSWORD_AUTH.
async fn sign_in(sdk: &Client, client_id: &str, username: &str, password: &str) -> [String; 2] {
    let out = sdk
        .initiate_auth()
        .client_id(client_id)
        .auth_flow(AuthFlowType::UserPasswordAuth)
        .auth_parameters("USERNAME", username)
        .auth_parameters("PASSWORD", password)
        .send()
        .await
        .unwrap();
    let result = out.authentication_result().unwrap();
    [result.id_token().unwrap().to_string(), result.access_token().unwrap().to_string()]
}

fn claims(token: &str) -> Value {
    let payload = token.split('.').nth(1).unwrap();
    serde_json::from_slice(&base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload).unwrap())
        .unwrap()
}

/// Runs the checker with the settings file and the tokens (or, `claims`, token claims); its answer
/// per token.
async fn check(settings: &str, tokens: &[(&str, Value)], claims: bool) -> Value {
    use tokio::io::AsyncWriteExt;
    let python = std::env::var("POOLDESK_AUTH_MIDDLEWARE_PYTHON").expect(
        "POOLDESK_AUTH_MIDDLEWARE_PYTHON (a python with auth-middleware 0.6) is not set: scripts/test.sh \
         installs it and sets it",
    );
    let file = std::env::temp_dir().join(format!("{}.py", super::unique("auth_settings")).replace('-', "_"));
    std::fs::write(&file, settings).unwrap();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/console/auth_middleware_check.py");
    let mut child = tokio::process::Command::new(python)
        .arg(script)
        .arg(&file)
        .args(claims.then_some("--claims"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let input: serde_json::Map<String, Value> =
        tokens.iter().map(|(name, token)| (name.to_string(), token.clone())).collect();
    child.stdin.take().unwrap().write_all(&serde_json::to_vec(&input).unwrap()).await.unwrap();
    let out = child.wait_with_output().await.unwrap();
    let _ = std::fs::remove_file(&file);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[tokio::test]
async fn the_auth_middleware_export_lets_this_client_s_users_in_and_no_one_else() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let export: ExportFile = h
        .call(
            "/api/export_config",
            &[("pool_id", &h.pool_id), ("format", "auth-middleware-0.6")],
            Some(&cookie),
        )
        .await
        .ok();
    let user_auth = client_id(&h.sdk, &h.pool_id, "MyApp-UserAuth").await;
    let [id, access] = sign_in(&h.sdk, &user_auth, &h.admin_email, &h.report.admin_password).await;

    // Another app client of the same pool, and the same client's twin in another pool.
    let other = h
        .sdk
        .create_user_pool_client()
        .user_pool_id(&h.pool_id)
        .client_name("another-app")
        .explicit_auth_flows(ExplicitAuthFlowsType::AllowUserPasswordAuth)
        .explicit_auth_flows(ExplicitAuthFlowsType::AllowRefreshTokenAuth)
        .send()
        .await
        .unwrap();
    let other = other.user_pool_client().unwrap().client_id().unwrap().to_string();
    let [other_id, other_access] = sign_in(&h.sdk, &other, &h.admin_email, &h.report.admin_password).await;
    let (_, foreign_setup, foreign) = seed_guide_pool("pd-foreign").await;
    let foreign_auth = client_id(&h.sdk, &foreign.pool_id, "MyApp-UserAuth").await;
    let [foreign_id, foreign_access] =
        sign_in(&h.sdk, &foreign_auth, &foreign_setup.admin_email, &foreign.admin_password).await;

    let answers = check(
        &export.content,
        &[
            ("id", id.as_str().into()),
            ("access", access.as_str().into()),
            ("other_id", other_id.into()),
            ("other_access", other_access.into()),
            ("foreign_id", foreign_id.into()),
            ("foreign_access", foreign_access.into()),
        ],
        false,
    )
    .await;
    let username = claims(&id)["cognito:username"].as_str().unwrap().to_string();
    for token in ["id", "access"] {
        let answer = &answers[token];
        assert_eq!(answer["status"], 200, "{token}: {answers}");
        let user = &answer["user"];
        assert_eq!(user["name"], username.as_str(), "{token}: the user's name, not the client's: {answers}");
        assert_eq!(user["groups"], serde_json::json!(["admin"]), "{token}: {answers}");
        assert_eq!(user["m2m"], false, "{token}: {answers}");
    }
    for token in ["other_id", "other_access", "foreign_id", "foreign_access"] {
        assert_eq!(answers[token]["status"], 401, "{token} must be refused: {answers}");
    }
    h.remove_pool(&foreign.pool_id).await;
}

/// The export for the client-credentials client makes its tokens a machine's, named by the
/// client. moto has no token endpoint, so the token is Cognito's documented client-credentials
/// access token shape, handed to the package's provider without a signature.
#[tokio::test]
async fn the_client_credentials_export_sees_a_machine_not_a_user() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let machine = client_id(&h.sdk, &h.pool_id, "MyApp-ClientCredentials").await;
    let args = [("pool_id", h.pool_id.as_str()), ("format", "auth-middleware-0.6"), ("audience", &machine)];
    let export: ExportFile = h.call("/api/export_config", &args, Some(&cookie)).await.ok();
    let issuer = format!("https://cognito-idp.us-east-1.amazonaws.com/{}", h.pool_id);
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let token = serde_json::json!({
        "sub": machine, "token_use": "access", "scope": "myapp-api/read myapp-api/write",
        "auth_time": now, "iss": issuer, "exp": now + 3600, "iat": now, "version": 2,
        "jti": "00000000-0000-0000-0000-000000000000", "client_id": machine,
    });
    let answers = check(&export.content, &[("machine", token)], true).await;
    let user = &answers["machine"];
    assert_eq!(user["m2m"], true, "{answers}");
    assert_eq!(user["client_id"], machine.as_str(), "{answers}");
    assert_eq!(user["name"], machine.as_str(), "{answers}");
}
