//! The console's own login against its Cognito pool: InitiateAuth USER_PASSWORD_AUTH, the
//! challenges that can follow, sign-out, and the periodic "which role now?" check.
//!
//! This handle can only log people in and look at the console pool; the admin API is
//! `CognitoAdmin`, reached through the session guard.

use std::collections::HashMap;

use aws_sdk_cognitoidentityprovider::operation::initiate_auth::builders::InitiateAuthFluentBuilder;
use aws_sdk_cognitoidentityprovider::types::{AuthFlowType, ChallengeNameType, UserContextDataType};

use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;

use super::operations::{
    ADMIN_GET_USER, ADMIN_LIST_GROUPS_FOR_USER, ADMIN_USER_GLOBAL_SIGN_OUT, INITIATE_AUTH,
    RESPOND_TO_AUTH_CHALLENGE,
};
use super::{Client, pools, secret_hash::secret_hash};
use crate::error::AppError;
use crate::i18n::t;
use crate::model::pool::PasswordPolicy;

/// The console's login settings.
#[derive(Clone)]
pub struct ConsoleAuth {
    client: Client,
    pool_id: String,
    client_id: String,
    client_secret: Option<String>,
}

/// What the console keeps of a completed login: the ID token, to verify and read. The access
/// and refresh tokens are dropped; logout revokes them through the admin API.
#[derive(Clone)]
pub struct Tokens {
    pub id_token: String,
}

impl std::fmt::Debug for Tokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Tokens(..)")
    }
}

/// What Cognito answered to one login step.
#[derive(Debug)]
pub enum AuthOutcome {
    SignedIn(Tokens),
    /// First login with a temporary password. `username` is the name Cognito uses (in
    /// email-as-username pools that is the `sub`, not what the person typed).
    NewPasswordRequired {
        username: String,
        session: String,
    },
    Mfa {
        username: String,
        session: String,
    },
    /// The password step was refused. `reason` is for the server log and the audit row only
    /// (`unknown_user`, `wrong_password`, `disabled`, `not_confirmed`, `reset_required`,
    /// `refused`): the person signing in gets one answer whatever it is.
    Refused {
        reason: &'static str,
    },
}

impl ConsoleAuth {
    pub fn new(client: Client, pool_id: String, client_id: String, client_secret: Option<String>) -> Self {
        Self { client, pool_id, client_id, client_secret }
    }

    pub fn pool_id(&self) -> &str {
        &self.pool_id
    }

    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    fn with_secret_hash(&self, params: &mut HashMap<String, String>, username: &str) {
        if let Some(secret) = &self.client_secret {
            params.insert("SECRET_HASH".into(), secret_hash(secret, username, &self.client_id));
        }
    }

    /// `client_ip` goes to Cognito as context data, so that its threat protection (when the pool
    /// has it) judges the operator's address and not the console's.
    pub async fn password_login(
        &self,
        username: &str,
        password: &str,
        client_ip: Option<&str>,
    ) -> Result<AuthOutcome, AppError> {
        let out = match self.password_request(username, password, client_ip).send().await {
            Ok(out) => out,
            Err(e) => {
                let reason = refusal_reason(e.code(), e.message());
                return match login_error(INITIATE_AUTH.error(e)) {
                    AppError::LoginFailed => Ok(AuthOutcome::Refused { reason }),
                    other => Err(other),
                };
            }
        };
        outcome(
            out.authentication_result(),
            out.challenge_name(),
            out.challenge_parameters(),
            out.session(),
            username,
        )
    }

    fn password_request(
        &self,
        username: &str,
        password: &str,
        client_ip: Option<&str>,
    ) -> InitiateAuthFluentBuilder {
        let mut params = HashMap::from([
            ("USERNAME".to_string(), username.to_string()),
            ("PASSWORD".to_string(), password.to_string()),
        ]);
        self.with_secret_hash(&mut params, username);
        let context = client_ip.map(|ip| UserContextDataType::builder().ip_address(ip).build());
        self.client
            .initiate_auth()
            .client_id(&self.client_id)
            .auth_flow(AuthFlowType::UserPasswordAuth)
            .set_auth_parameters(Some(params))
            .set_user_context_data(context)
    }

    pub async fn new_password(
        &self,
        username: &str,
        session: &str,
        new_password: &str,
    ) -> Result<AuthOutcome, AppError> {
        let mut params = HashMap::from([
            ("USERNAME".to_string(), username.to_string()),
            ("NEW_PASSWORD".to_string(), new_password.to_string()),
        ]);
        self.with_secret_hash(&mut params, username);
        self.respond(ChallengeNameType::NewPasswordRequired, params, session, username).await
    }

    pub async fn mfa_code(&self, username: &str, session: &str, code: &str) -> Result<AuthOutcome, AppError> {
        let mut params = HashMap::from([
            ("USERNAME".to_string(), username.to_string()),
            ("SOFTWARE_TOKEN_MFA_CODE".to_string(), code.to_string()),
        ]);
        self.with_secret_hash(&mut params, username);
        self.respond(ChallengeNameType::SoftwareTokenMfa, params, session, username).await
    }

    async fn respond(
        &self,
        challenge: ChallengeNameType,
        params: HashMap<String, String>,
        session: &str,
        username: &str,
    ) -> Result<AuthOutcome, AppError> {
        let out = self
            .client
            .respond_to_auth_challenge()
            .client_id(&self.client_id)
            .challenge_name(challenge)
            .set_challenge_responses(Some(params))
            .session(session)
            .send()
            .await
            .map_err(|e| match RESPOND_TO_AUTH_CHALLENGE.error(e) {
                // A new password the policy refuses, or a wrong code: said next to the field.
                err @ AppError::Invalid { .. } => err,
                other => login_error(other),
            })?;
        outcome(
            out.authentication_result(),
            out.challenge_name(),
            out.challenge_parameters(),
            out.session(),
            username,
        )
    }

    /// Ends every session of the user at Cognito: their refresh tokens stop working. Uses the
    /// admin API, so it works after the access token has expired.
    pub async fn sign_out_everywhere(&self, username: &str) -> Result<(), AppError> {
        self.client
            .admin_user_global_sign_out()
            .user_pool_id(&self.pool_id)
            .username(username)
            .send()
            .await
            .map_err(|e| ADMIN_USER_GLOBAL_SIGN_OUT.error(e))?;
        Ok(())
    }

    /// The groups `username` is in now, or `None` when the account is disabled or gone. Which
    /// of them make a console role is the server's decision (`server::roles`).
    pub async fn groups_of_enabled(&self, username: &str) -> Result<Option<Vec<String>>, AppError> {
        let user = self.client.admin_get_user().user_pool_id(&self.pool_id).username(username).send().await;
        // The groups by the username Cognito answers with (see `users::get`).
        let username = match user {
            Ok(u) if !u.enabled() => return Ok(None),
            Ok(u) => u.username().to_string(),
            Err(e) => {
                return match ADMIN_GET_USER.error(e) {
                    AppError::NotFound { .. } => Ok(None),
                    other => Err(other),
                };
            }
        };
        let mut groups = Vec::new();
        let mut next = None;
        loop {
            let page = self
                .client
                .admin_list_groups_for_user()
                .user_pool_id(&self.pool_id)
                .username(&username)
                .limit(60)
                .set_next_token(next)
                .send()
                .await
                .map_err(|e| ADMIN_LIST_GROUPS_FOR_USER.error(e))?;
            groups.extend(page.groups().iter().filter_map(|g| g.group_name()).map(str::to_string));
            match page.next_token() {
                Some(token) => next = Some(token.to_string()),
                None => return Ok(Some(groups)),
            }
        }
    }

    /// The user's email address, read from the pool (for tokens that do not carry it).
    pub async fn email_of(&self, username: &str) -> Result<Option<String>, AppError> {
        let user = self
            .client
            .admin_get_user()
            .user_pool_id(&self.pool_id)
            .username(username)
            .send()
            .await
            .map_err(|e| ADMIN_GET_USER.error(e))?;
        Ok(user
            .user_attributes()
            .iter()
            .find(|a| a.name() == "email")
            .and_then(|a| a.value())
            .map(str::to_string))
    }

    /// The console pool's password policy, to check a new password before it is sent.
    pub async fn password_policy(&self) -> Result<PasswordPolicy, AppError> {
        pools::password_policy(&self.client, &self.pool_id).await
    }
}

/// Every refusal of a login looks the same from outside (no user enumeration: unknown,
/// disabled, unconfirmed and reset-required accounts alike); the cause is already in the
/// server log. Only an outage or throttling is told apart.
fn login_error(err: AppError) -> AppError {
    match err {
        AppError::Throttled | AppError::Unavailable { .. } | AppError::Unsupported { .. } => err,
        _ => AppError::LoginFailed,
    }
}

/// Why Cognito refused a password, from its error code and message (read here, never sent on).
fn refusal_reason(code: Option<&str>, message: Option<&str>) -> &'static str {
    match code {
        Some("UserNotFoundException") => "unknown_user",
        Some("UserNotConfirmedException") => "not_confirmed",
        Some("PasswordResetRequiredException") => "reset_required",
        Some("NotAuthorizedException") if message.is_some_and(|m| m.contains("disabled")) => "disabled",
        // With PreventUserExistenceErrors on, AWS answers an unknown user this way too.
        Some("NotAuthorizedException") => "wrong_password",
        _ => "refused",
    }
}

fn outcome(
    result: Option<&aws_sdk_cognitoidentityprovider::types::AuthenticationResultType>,
    challenge: Option<&ChallengeNameType>,
    challenge_params: Option<&HashMap<String, String>>,
    session: Option<&str>,
    typed_username: &str,
) -> Result<AuthOutcome, AppError> {
    if let Some(result) = result {
        let Some(id_token) = result.id_token() else {
            tracing::warn!("authentication result without an ID token");
            return Err(AppError::Internal);
        };
        return Ok(AuthOutcome::SignedIn(Tokens { id_token: id_token.to_string() }));
    }
    // AWS names the user in USER_ID_FOR_SRP; the emulator only in USERNAME.
    let username = challenge_params
        .and_then(|p| p.get("USER_ID_FOR_SRP").or_else(|| p.get("USERNAME")))
        .map(String::as_str)
        .unwrap_or(typed_username)
        .to_string();
    let session = session.unwrap_or_default().to_string();
    match challenge {
        Some(ChallengeNameType::NewPasswordRequired) => {
            Ok(AuthOutcome::NewPasswordRequired { username, session })
        }
        Some(ChallengeNameType::SoftwareTokenMfa) => Ok(AuthOutcome::Mfa { username, session }),
        other => {
            tracing::warn!(challenge = ?other, "unsupported sign-in challenge");
            Err(AppError::unavailable(t("signin-unsupported-step")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// moto ignores UserContextData, so what AWS receives is proven on the request.
    #[test]
    fn sign_in_request_carries_the_client_ip_as_context_data_pinned_for_aws() {
        let config = aws_sdk_cognitoidentityprovider::Config::builder()
            .behavior_version(aws_sdk_cognitoidentityprovider::config::BehaviorVersion::latest())
            .region(aws_sdk_cognitoidentityprovider::config::Region::new("eu-west-1"))
            .build();
        let auth = ConsoleAuth::new(Client::from_conf(config), "eu-west-1_a".into(), "client1".into(), None);
        let request = auth.password_request("ops@example.com", "pw", Some("203.0.113.7"));
        let input = request.as_input();
        assert_eq!(input.get_user_context_data().as_ref().and_then(|c| c.ip_address()), Some("203.0.113.7"));
        assert_eq!(input.get_auth_flow(), &Some(AuthFlowType::UserPasswordAuth));
        let params = input.get_auth_parameters().as_ref().unwrap();
        assert_eq!(params.get("USERNAME").map(String::as_str), Some("ops@example.com"));
        assert!(!params.contains_key("SECRET_HASH"), "a client without a secret sends no hash");
        let without = auth.password_request("ops@example.com", "pw", None);
        assert!(without.as_input().get_user_context_data().is_none());
    }

    #[test]
    fn refusals_are_told_apart_for_the_audit_log_only() {
        let reason = |code, message| refusal_reason(Some(code), Some(message));
        assert_eq!(reason("NotAuthorizedException", "Incorrect username or password."), "wrong_password");
        assert_eq!(reason("NotAuthorizedException", "User is disabled."), "disabled");
        assert_eq!(reason("UserNotFoundException", "User does not exist."), "unknown_user");
        assert_eq!(reason("UserNotConfirmedException", "User is not confirmed."), "not_confirmed");
        assert_eq!(reason("PasswordResetRequiredException", "x"), "reset_required");
        assert_eq!(refusal_reason(None, None), "refused");
    }
}
