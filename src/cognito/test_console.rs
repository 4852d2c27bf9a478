//! The test console's calls: a user login through any app client of any pool (InitiateAuth
//! USER_PASSWORD_AUTH, then the challenges the form has answers for), and a client-credentials
//! request to the pool domain's `/oauth2/token`. The tokens come back to the caller to decode
//! and are dropped with the request; nothing here stores them.

use std::collections::HashMap;
use std::time::Duration;

use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
use aws_sdk_cognitoidentityprovider::types::{AuthFlowType, AuthenticationResultType, ChallengeNameType};
use base64::Engine;

use super::error::{Operation, SdkFailure};
use super::operations::{INITIATE_AUTH, RESPOND_TO_AUTH_CHALLENGE};
use super::{CognitoAdmin, clients, pools, secret_hash::secret_hash};
use crate::error::AppError;
use crate::i18n::{lang, t, t_with};
use crate::model::encode;
use crate::model::test_console::{challenge_hint, login_failure_hint};

/// What the person testing typed.
pub struct LoginTest<'a> {
    pub client_id: &'a str,
    pub username: &'a str,
    pub password: &'a str,
    pub new_password: Option<&'a str>,
    pub mfa_code: Option<&'a str>,
}

/// Raw tokens, for decoding on the server only.
pub struct RawTokens {
    pub id_token: Option<String>,
    pub access_token: Option<String>,
    pub refresh_token: bool,
}

impl std::fmt::Debug for RawTokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RawTokens(..)")
    }
}

#[derive(Debug)]
pub enum Attempt {
    Tokens(RawTokens),
    Challenge { name: String, hint: String },
    Failed { problem: String, hint: String },
}

/// The answer to a refused call: a troubleshooting hint when Cognito refused the login, an
/// error (banner) when it could not be asked at all.
fn refused<E, R>(
    operation: &Operation,
    err: aws_sdk_cognitoidentityprovider::error::SdkError<E, R>,
) -> Result<Attempt, AppError>
where
    E: ProvideErrorMetadata + std::fmt::Debug + std::error::Error + 'static,
    R: super::error::HttpStatus + std::fmt::Debug,
{
    let failure = SdkFailure::from_sdk(&err);
    let message = err.message().unwrap_or_default().to_string();
    let app = operation.error(err);
    match failure {
        SdkFailure::Service { code: Some(code), .. } if code != "TooManyRequestsException" => {
            let (problem, hint) = login_failure_hint(lang(), Some(&code), &message);
            Ok(Attempt::Failed { problem, hint })
        }
        _ => Err(app),
    }
}

fn tokens(result: &AuthenticationResultType) -> Attempt {
    Attempt::Tokens(RawTokens {
        id_token: result.id_token().map(str::to_string),
        access_token: result.access_token().map(str::to_string),
        refresh_token: result.refresh_token().is_some(),
    })
}

/// Runs the login and says what was sent at each step.
pub async fn user_login(
    cognito: &CognitoAdmin,
    pool_id: &str,
    test: &LoginTest<'_>,
) -> Result<(Vec<String>, Attempt), AppError> {
    if test.username.trim().is_empty() {
        return Err(AppError::invalid("username", t("test-enter-username")));
    }
    if test.password.is_empty() {
        return Err(AppError::invalid("password", t("test-enter-password")));
    }
    // Describing the client also proves it belongs to this pool.
    let (client, secret) = clients::describe_with_secret(cognito, pool_id, test.client_id).await?;
    let mut steps = Vec::new();
    if !client.settings.auth_flows.iter().any(|f| f == "ALLOW_USER_PASSWORD_AUTH") {
        // AWS refuses this (the emulator does not check), so the test says so without a call.
        let (problem, hint) =
            login_failure_hint(lang(), Some("InvalidParameterException"), "flow not enabled");
        return Ok((steps, Attempt::Failed { problem, hint }));
    }
    let hash = |username: &str| secret.as_ref().map(|s| secret_hash(s, username, test.client_id));
    let mut params = HashMap::from([
        ("USERNAME".to_string(), test.username.to_string()),
        ("PASSWORD".to_string(), test.password.to_string()),
    ]);
    if let Some(h) = hash(test.username) {
        params.insert("SECRET_HASH".into(), h);
    }
    let (user, through) = (test.username.to_string(), client.settings.name.clone());
    steps.push(if secret.is_some() {
        t_with("test-step-initiate-secret", &[("user", user.into()), ("client", through.into())])
    } else {
        t_with("test-step-initiate", &[("user", user.into()), ("client", through.into())])
    });
    let first = cognito
        .client()
        .initiate_auth()
        .client_id(test.client_id)
        .auth_flow(AuthFlowType::UserPasswordAuth)
        .set_auth_parameters(Some(params))
        .send()
        .await;
    let mut out = match first {
        Ok(out) => (
            out.authentication_result().cloned(),
            out.challenge_name().cloned(),
            out.challenge_parameters().cloned(),
            out.session().map(str::to_string),
        ),
        Err(e) => return Ok((steps, refused(&INITIATE_AUTH, e)?)),
    };
    // At most a new password and an MFA code, in either order.
    for _ in 0..3 {
        let (result, challenge, challenge_params, session) = out;
        if let Some(result) = result {
            return Ok((steps, tokens(&result)));
        }
        let Some(challenge) = challenge else {
            return Err(AppError::Internal);
        };
        // AWS names the user in USER_ID_FOR_SRP; the emulator only in USERNAME.
        let username = challenge_params
            .as_ref()
            .and_then(|p| p.get("USER_ID_FOR_SRP").or_else(|| p.get("USERNAME")))
            .cloned()
            .unwrap_or_else(|| test.username.to_string());
        let answer = match (&challenge, test.new_password, test.mfa_code) {
            (ChallengeNameType::NewPasswordRequired, Some(p), _) => ("NEW_PASSWORD", p),
            (ChallengeNameType::SoftwareTokenMfa, _, Some(c)) => ("SOFTWARE_TOKEN_MFA_CODE", c),
            (ChallengeNameType::SmsMfa, _, Some(c)) => ("SMS_MFA_CODE", c),
            _ => {
                let name = challenge.as_str().to_string();
                return Ok((steps, Attempt::Challenge { hint: challenge_hint(lang(), &name), name }));
            }
        };
        let mut responses = HashMap::from([
            ("USERNAME".to_string(), username.clone()),
            (answer.0.to_string(), answer.1.to_string()),
        ]);
        if let Some(h) = hash(&username) {
            responses.insert("SECRET_HASH".into(), h);
        }
        steps.push(t_with(
            "test-step-respond",
            &[("challenge", challenge.as_str().to_string().into()), ("answer", answer.0.into())],
        ));
        let next = cognito
            .client()
            .respond_to_auth_challenge()
            .client_id(test.client_id)
            .challenge_name(challenge)
            .set_challenge_responses(Some(responses))
            .set_session(session)
            .send()
            .await;
        out = match next {
            Ok(o) => (
                o.authentication_result().cloned(),
                o.challenge_name().cloned(),
                o.challenge_parameters().cloned(),
                o.session().map(str::to_string),
            ),
            Err(e) => return Ok((steps, refused(&RESPOND_TO_AUTH_CHALLENGE, e)?)),
        };
    }
    Err(AppError::unavailable(t("test-too-many-steps")))
}

/// The client-credentials token request, built without sending it: HTTP Basic with the
/// client id and secret, form body with the grant and the scopes.
pub fn token_request(
    http: &reqwest::Client,
    base_url: &str,
    client_id: &str,
    secret: &str,
    scopes: &[String],
) -> Result<reqwest::Request, AppError> {
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("{client_id}:{secret}"));
    let mut body = "grant_type=client_credentials".to_string();
    if !scopes.is_empty() {
        body.push_str("&scope=");
        body.push_str(&encode(&scopes.join(" ")));
    }
    http.post(format!("{base_url}/oauth2/token"))
        .header("Authorization", format!("Basic {basic}"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(body)
        .build()
        .map_err(|e| {
            tracing::error!(error = %e, "could not build the token request");
            AppError::Internal
        })
}

/// POSTs to the pool domain's `/oauth2/token` for `client_id`. On the emulator there is no such
/// endpoint, and the pool's domain is a real AWS host name: nothing is sent.
pub async fn client_credentials(
    cognito: &CognitoAdmin,
    pool_id: &str,
    client_id: &str,
    scopes: &[String],
) -> Result<(Vec<String>, Attempt), AppError> {
    let (pool, (client, secret)) = tokio::try_join!(
        pools::describe(cognito, pool_id),
        clients::describe_with_secret(cognito, pool_id, client_id)
    )?;
    let s = &client.settings;
    let fail = |problem: String, hint: String| Attempt::Failed { problem, hint };
    if !s.oauth_flows.iter().any(|f| f == "client_credentials") {
        return Ok((vec![], fail(t("test-no-grant"), t("test-no-grant-hint"))));
    }
    if let Some(scope) = scopes.iter().find(|x| !s.scopes.contains(x)) {
        let hint = t_with("test-scope-not-allowed-hint", &[("scope", scope.clone().into())]);
        return Ok((vec![], fail(t("test-scope-not-allowed"), hint)));
    }
    let Some(base) = pool.hosted_ui_base() else {
        return Ok((vec![], fail(t("test-no-domain"), t("test-no-domain-hint"))));
    };
    let scope = if scopes.is_empty() { t("test-step-all-scopes") } else { scopes.join(" ") };
    let steps = vec![t_with("test-step-token", &[("base", base.clone().into()), ("scope", scope.into())])];
    if cognito.is_emulator() {
        return Ok((steps, fail(t("test-emulator"), t("test-emulator-hint"))));
    }
    let secret = secret.ok_or_else(|| AppError::invalid("client_id", t("test-no-secret")))?;
    let http = reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(2))
        .timeout(Duration::from_secs(8))
        .build()
        .map_err(|_| AppError::Internal)?;
    let request = token_request(&http, &base, client_id, &secret, scopes)?;
    let response = http.execute(request).await.map_err(|e| {
        tracing::warn!(error = %e, "token endpoint unreachable");
        AppError::unavailable(t("test-unreachable"))
    })?;
    let status = response.status();
    let body: serde_json::Value = response.json().await.unwrap_or_default();
    if !status.is_success() {
        tracing::warn!(%status, error = ?body.get("error"), "token endpoint refused");
        let hint = match body.get("error").and_then(|e| e.as_str()) {
            Some("invalid_client") => t("test-token-invalid-client"),
            Some("invalid_scope") => t("test-token-invalid-scope"),
            Some("unauthorized_client") => t("test-token-unauthorized-client"),
            _ => t("test-token-refused-hint"),
        };
        return Ok((steps, fail(t("test-token-refused"), hint)));
    }
    let access_token = body.get("access_token").and_then(|t| t.as_str()).map(str::to_string);
    Ok((steps, Attempt::Tokens(RawTokens { id_token: None, access_token, refresh_token: false })))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The emulator has no /oauth2/token, so the request AWS gets is pinned here.
    #[test]
    fn client_credentials_request_pinned_for_aws_moto_has_no_oauth2_endpoint() {
        let http = reqwest::Client::new();
        let scopes = vec!["myapp-api/read".to_string(), "myapp-api/write".to_string()];
        let request = token_request(
            &http,
            "https://myapp.auth.eu-west-1.amazoncognito.com",
            "client1",
            "s3cret",
            &scopes,
        )
        .unwrap();
        assert_eq!(request.method(), reqwest::Method::POST);
        assert_eq!(request.url().as_str(), "https://myapp.auth.eu-west-1.amazoncognito.com/oauth2/token");
        // base64("client1:s3cret")
        assert_eq!(request.headers()["Authorization"], "Basic Y2xpZW50MTpzM2NyZXQ=");
        assert_eq!(request.headers()["Content-Type"], "application/x-www-form-urlencoded");
        let body = request.body().and_then(|b| b.as_bytes()).unwrap();
        assert_eq!(body, b"grant_type=client_credentials&scope=myapp-api%2Fread+myapp-api%2Fwrite");
    }
}
