//! Identity pools (Cognito Federated Identities, the guide's step 8): what the pages show, the
//! form and its rules, and the IAM policy templates filled in with a pool's ids.

use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::i18n::t;

/// A user pool app client that may sign in to an identity pool.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentityProvider {
    /// `cognito-idp.<region>.amazonaws.com/<user pool id>`.
    pub provider_name: String,
    pub client_id: String,
    pub server_side_token_check: bool,
}

impl IdentityProvider {
    /// The user pool id named by `provider_name`, when it is a Cognito user pool.
    pub fn user_pool_id(&self) -> Option<&str> {
        let (host, pool) = self.provider_name.split_once('/')?;
        (host.starts_with("cognito-idp.") && host.ends_with(".amazonaws.com")).then_some(pool)
    }
}

/// The provider name an identity pool uses for a user pool.
pub fn user_pool_provider(region: &str, user_pool_id: &str) -> String {
    format!("cognito-idp.{region}.amazonaws.com/{user_pool_id}")
}

/// The roles identities get. `None` in `IdentityPool::roles` means the backend would not say
/// (the local emulator has no GetIdentityPoolRoles).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentityRoles {
    pub authenticated: Option<String>,
    pub unauthenticated: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentityPoolSummary {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentityPool {
    pub id: String,
    pub name: String,
    pub allow_unauthenticated: bool,
    /// The basic (classic) authflow; `None` when the backend does not report it (it is off
    /// unless enabled, and the emulator never reports it).
    pub classic_flow: Option<bool>,
    pub providers: Vec<IdentityProvider>,
    /// Other identity providers (social, OIDC, SAML, developer): kept on edit, not editable here.
    pub other_providers: Vec<String>,
    pub roles: Option<IdentityRoles>,
}

impl IdentityPool {
    /// Does any provider of this identity pool sign in through `user_pool_id`?
    pub fn uses_user_pool(&self, user_pool_id: &str) -> bool {
        self.providers.iter().any(|p| p.user_pool_id() == Some(user_pool_id))
    }
}

/// The create and edit form. `providers[]` holds `<user pool id> <client id>` pairs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IdentityPoolForm {
    pub name: String,
    pub allow_unauthenticated: Option<String>,
    pub classic_flow: Option<String>,
    pub providers: Vec<String>,
    pub server_side_token_check: Option<String>,
}

/// A checked identity pool, ready for Cognito.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidIdentityPool {
    pub name: String,
    pub allow_unauthenticated: bool,
    pub classic_flow: bool,
    pub providers: Vec<IdentityProvider>,
}

impl IdentityPoolForm {
    /// The form as it shows `pool` (for the edit page).
    pub fn from_pool(pool: &IdentityPool) -> Self {
        let on = |b: bool| b.then(|| "on".to_string());
        Self {
            name: pool.name.clone(),
            allow_unauthenticated: on(pool.allow_unauthenticated),
            classic_flow: on(pool.classic_flow.unwrap_or(false)),
            providers: pool
                .providers
                .iter()
                .filter_map(|p| Some(format!("{} {}", p.user_pool_id()?, p.client_id)))
                .collect(),
            server_side_token_check: on(pool.providers.iter().any(|p| p.server_side_token_check)),
        }
    }

    /// Cognito's rules, checked before any call. `region` names the user pools' provider.
    pub fn validate(&self, region: &str) -> Result<ValidIdentityPool, AppError> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(AppError::invalid("name", t("ipool-error-name-empty")));
        }
        if name.chars().count() > 128 {
            return Err(AppError::invalid("name", t("ipool-error-name-long")));
        }
        // Cognito: [\w ]+ (letters, digits, underscore and spaces).
        if !name.chars().all(|c| c.is_alphanumeric() || c == '_' || c == ' ') {
            return Err(AppError::invalid("name", t("ipool-error-name-chars")));
        }
        if self.providers.len() > 10 {
            return Err(AppError::invalid("providers", t("ipool-error-too-many-clients")));
        }
        let check = self.server_side_token_check.is_some();
        let mut providers = Vec::new();
        for pair in &self.providers {
            let Some((pool, client)) = pair.split_once(' ') else {
                return Err(AppError::invalid("providers", t("ipool-error-client-from-list")));
            };
            crate::model::pool::validate_pool_id(pool)
                .and_then(|()| crate::model::client::validate_client_id(client))
                .map_err(|_| AppError::invalid("providers", t("ipool-error-client-from-list")))?;
            let provider = IdentityProvider {
                provider_name: user_pool_provider(region, pool),
                client_id: client.to_string(),
                server_side_token_check: check,
            };
            if !providers.contains(&provider) {
                providers.push(provider);
            }
        }
        let allow_unauthenticated = self.allow_unauthenticated.is_some();
        if providers.is_empty() && !allow_unauthenticated {
            return Err(AppError::invalid("providers", t("ipool-error-no-provider")));
        }
        Ok(ValidIdentityPool {
            name: name.to_string(),
            allow_unauthenticated,
            classic_flow: self.classic_flow.is_some(),
            providers,
        })
    }
}

/// Identity pool ids look like `eu-west-1:0f5c…` (region, colon, a GUID).
pub fn validate_identity_pool_id(id: &str) -> Result<(), AppError> {
    let ok = id.len() <= 55
        && id.split_once(':').is_some_and(|(region, guid)| {
            !region.is_empty()
                && region.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                && !guid.is_empty()
                && guid.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-')
        });
    if ok { Ok(()) } else { Err(AppError::not_found("The identity pool")) }
}

/// Role ARNs from the roles form; empty means "no role".
pub fn validate_identity_roles(
    authenticated: &str,
    unauthenticated: &str,
) -> Result<IdentityRoles, AppError> {
    let check = |field: &str, value: &str| -> Result<Option<String>, AppError> {
        let value = value.trim();
        if value.is_empty() {
            return Ok(None);
        }
        if !crate::model::arn::is_role_arn(value) {
            return Err(AppError::invalid(field, t("ipool-error-role-arn")));
        }
        Ok(Some(value.to_string()))
    };
    Ok(IdentityRoles {
        authenticated: check("authenticated_role", authenticated)?,
        unauthenticated: check("unauthenticated_role", unauthenticated)?,
    })
}

/// The trust policy a role needs so that identities of `identity_pool_id` can assume it,
/// authenticated or not (the guide's template).
pub fn trust_policy(identity_pool_id: &str, authenticated: bool) -> String {
    let amr = if authenticated { "authenticated" } else { "unauthenticated" };
    let policy = serde_json::json!({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Principal": { "Federated": "cognito-identity.amazonaws.com" },
            "Action": "sts:AssumeRoleWithWebIdentity",
            "Condition": {
                "StringEquals": { "cognito-identity.amazonaws.com:aud": identity_pool_id },
                "ForAnyValue:StringLike": { "cognito-identity.amazonaws.com:amr": amr }
            }
        }]
    });
    serde_json::to_string_pretty(&policy).unwrap_or_default()
}

/// A starting permission policy for the authenticated role: each identity reads and writes only
/// under its own prefix of a bucket (the `${cognito-identity.amazonaws.com:sub}` variable).
pub fn permission_policy_template() -> String {
    let policy = serde_json::json!({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
            "Resource": ["arn:aws:s3:::YOUR-BUCKET/private/${cognito-identity.amazonaws.com:sub}/*"]
        }]
    });
    serde_json::to_string_pretty(&policy).unwrap_or_default()
}

/// What the identity pool test shows: never the secret key unless asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentityTestResult {
    pub identity_id: String,
    pub access_key_id: String,
    /// Seconds since the epoch.
    pub expiration: Option<i64>,
    pub has_session_token: bool,
    /// Only when the operator ticked "show the secret key".
    pub secret_key: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(providers: &[&str]) -> IdentityPoolForm {
        IdentityPoolForm {
            name: "MyApp Identities".into(),
            providers: providers.iter().map(|p| p.to_string()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn providers_become_user_pool_provider_names() {
        let valid = form(&["eu-west-1_abc123 1example23456789", "eu-west-1_abc123 1example23456789"])
            .validate("eu-west-1")
            .unwrap();
        assert_eq!(valid.providers.len(), 1, "duplicates dropped");
        assert_eq!(valid.providers[0].provider_name, "cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc123");
        assert_eq!(valid.providers[0].user_pool_id(), Some("eu-west-1_abc123"));
        assert!(!valid.allow_unauthenticated && !valid.classic_flow, "enhanced flow by default");
    }

    #[test]
    fn refuses_bad_names_and_providers() {
        let field = |f: IdentityPoolForm| f.validate("eu-west-1").unwrap_err().field().map(str::to_string);
        assert_eq!(
            field(IdentityPoolForm { name: "my-app".into(), ..form(&["eu-west-1_a 1abc"]) }).as_deref(),
            Some("name")
        );
        assert_eq!(field(form(&[])).as_deref(), Some("providers"));
        // Outside a request the messages are English.
        assert_eq!(
            form(&[]).validate("eu-west-1").unwrap_err().to_string(),
            "Choose at least one app client, or allow unauthenticated identities."
        );
        assert_eq!(field(form(&["eu-west-1_a"])).as_deref(), Some("providers"));
        assert_eq!(field(form(&["not a pool"])).as_deref(), Some("providers"));
        let unauth_only = IdentityPoolForm { allow_unauthenticated: Some("on".into()), ..form(&[]) };
        assert!(unauth_only.validate("eu-west-1").is_ok());
    }

    #[test]
    fn form_round_trips_a_pool() {
        let valid = IdentityPoolForm { classic_flow: Some("on".into()), ..form(&["eu-west-1_a1 1abc"]) }
            .validate("eu-west-1")
            .unwrap();
        let pool = IdentityPool {
            id: "eu-west-1:1234".into(),
            name: valid.name.clone(),
            allow_unauthenticated: false,
            classic_flow: Some(true),
            providers: valid.providers.clone(),
            other_providers: Vec::new(),
            roles: None,
        };
        assert_eq!(IdentityPoolForm::from_pool(&pool).validate("eu-west-1").unwrap(), valid);
        assert!(pool.uses_user_pool("eu-west-1_a1") && !pool.uses_user_pool("eu-west-1_b"));
    }

    #[test]
    fn identity_pool_ids_and_roles_are_checked() {
        assert!(validate_identity_pool_id("eu-west-1:0f5c6b2a-1b2c-4d5e-8f90-123456789abc").is_ok());
        assert!(validate_identity_pool_id("eu-west-1_abc").is_err());
        assert!(validate_identity_pool_id("eu-west-1:../x").is_err());
        let roles = validate_identity_roles("arn:aws:iam::123456789012:role/Auth", " ").unwrap();
        assert_eq!(roles.authenticated.as_deref(), Some("arn:aws:iam::123456789012:role/Auth"));
        assert_eq!(roles.unauthenticated, None);
        let err = validate_identity_roles("x", "").unwrap_err();
        assert_eq!(err.field(), Some("authenticated_role"));
    }

    #[test]
    fn trust_policy_names_the_pool_and_the_identity_kind() {
        let p: serde_json::Value = serde_json::from_str(&trust_policy("eu-west-1:abc", false)).unwrap();
        let condition = &p["Statement"][0]["Condition"];
        assert_eq!(condition["StringEquals"]["cognito-identity.amazonaws.com:aud"], "eu-west-1:abc");
        assert_eq!(
            condition["ForAnyValue:StringLike"]["cognito-identity.amazonaws.com:amr"],
            "unauthenticated"
        );
        assert!(permission_policy_template().contains("${cognito-identity.amazonaws.com:sub}"));
    }
}
