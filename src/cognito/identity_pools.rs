//! Identity pools (the `cognito-identity` API): list, describe with roles, create, update by
//! read-modify-write, delete, set roles, and the GetId + GetCredentialsForIdentity test.

use aws_sdk_cognitoidentity::operation::describe_identity_pool::DescribeIdentityPoolOutput;
use aws_sdk_cognitoidentity::operation::update_identity_pool::builders::UpdateIdentityPoolFluentBuilder;
use aws_sdk_cognitoidentity::types::CognitoIdentityProvider;

use super::error::SdkFailure;
use super::operations::{
    CREATE_IDENTITY_POOL, DELETE_IDENTITY_POOL, DESCRIBE_IDENTITY_POOL, GET_CREDENTIALS_FOR_IDENTITY, GET_ID,
    GET_IDENTITY_POOL_ROLES, LIST_IDENTITY_POOLS, SET_IDENTITY_POOL_ROLES, UPDATE_IDENTITY_POOL,
};
use super::{CognitoAdmin, CognitoRead};
use crate::error::AppError;
use crate::model::identity_pool::{
    IdentityPool, IdentityPoolSummary, IdentityProvider, IdentityRoles, IdentityTestResult, ValidIdentityPool,
};

/// Largest page ListIdentityPools accepts.
const MAX_PAGE: i32 = 60;

/// Every identity pool of the region, by name.
pub async fn list(cognito: &CognitoRead) -> Result<Vec<IdentityPoolSummary>, AppError> {
    let mut pools = Vec::new();
    let mut next = None;
    loop {
        let page = cognito
            .identity()
            .list_identity_pools()
            .max_results(MAX_PAGE)
            .set_next_token(next)
            .send()
            .await
            .map_err(|e| LIST_IDENTITY_POOLS.error(e))?;
        pools.extend(page.identity_pools().iter().map(|p| IdentityPoolSummary {
            id: p.identity_pool_id().unwrap_or_default().to_string(),
            name: p.identity_pool_name().unwrap_or_default().to_string(),
        }));
        match page.next_token() {
            Some(t) if !t.is_empty() => next = Some(t.to_string()),
            _ => break,
        }
    }
    pools.sort_by_cached_key(|p| p.name.to_lowercase());
    Ok(pools)
}

async fn describe_raw(cognito: &CognitoRead, id: &str) -> Result<DescribeIdentityPoolOutput, AppError> {
    cognito
        .identity()
        .describe_identity_pool()
        .identity_pool_id(id)
        .send()
        .await
        .map_err(|e| DESCRIBE_IDENTITY_POOL.error(e))
}

fn from_output(out: &DescribeIdentityPoolOutput, roles: Option<IdentityRoles>) -> IdentityPool {
    let mut other_providers: Vec<String> =
        out.supported_login_providers().map(|m| m.keys().cloned().collect()).unwrap_or_default();
    other_providers.extend(out.open_id_connect_provider_arns().iter().cloned());
    other_providers.extend(out.saml_provider_arns().iter().cloned());
    other_providers.extend(out.developer_provider_name().map(|d| format!("developer: {d}")));
    other_providers.sort();
    IdentityPool {
        id: out.identity_pool_id().to_string(),
        name: out.identity_pool_name().to_string(),
        allow_unauthenticated: out.allow_unauthenticated_identities(),
        classic_flow: out.allow_classic_flow(),
        providers: out
            .cognito_identity_providers()
            .iter()
            .map(|p| IdentityProvider {
                provider_name: p.provider_name().unwrap_or_default().to_string(),
                client_id: p.client_id().unwrap_or_default().to_string(),
                server_side_token_check: p.server_side_token_check().unwrap_or(false),
            })
            .collect(),
        other_providers,
        roles,
    }
}

/// The identity pool with its roles. Roles are `None` when the backend cannot tell (the emulator
/// has no GetIdentityPoolRoles); any other failure is an error.
pub async fn describe(cognito: &CognitoRead, id: &str) -> Result<IdentityPool, AppError> {
    let (out, roles) = tokio::join!(describe_raw(cognito, id), roles(cognito, id));
    Ok(from_output(&out?, roles?))
}

/// `None` when the endpoint does not implement GetIdentityPoolRoles.
async fn roles(cognito: &CognitoRead, id: &str) -> Result<Option<IdentityRoles>, AppError> {
    let out = match cognito.identity().get_identity_pool_roles().identity_pool_id(id).send().await {
        Ok(out) => out,
        Err(e) if SdkFailure::from_sdk(&e).is_unsupported() => return Ok(None),
        Err(e) => return Err(GET_IDENTITY_POOL_ROLES.error(e)),
    };
    let role = |kind: &str| out.roles().and_then(|r| r.get(kind)).cloned();
    Ok(Some(IdentityRoles { authenticated: role("authenticated"), unauthenticated: role("unauthenticated") }))
}

fn provider(p: &IdentityProvider) -> CognitoIdentityProvider {
    CognitoIdentityProvider::builder()
        .provider_name(&p.provider_name)
        .client_id(&p.client_id)
        .server_side_token_check(p.server_side_token_check)
        .build()
}

pub async fn create(cognito: &CognitoAdmin, pool: &ValidIdentityPool) -> Result<String, AppError> {
    let out = cognito
        .identity()
        .create_identity_pool()
        .identity_pool_name(&pool.name)
        .allow_unauthenticated_identities(pool.allow_unauthenticated)
        .allow_classic_flow(pool.classic_flow)
        .set_cognito_identity_providers(Some(pool.providers.iter().map(provider).collect()))
        .send()
        .await
        .map_err(|e| CREATE_IDENTITY_POOL.error(e))?;
    Ok(out.identity_pool_id().to_string())
}

/// UpdateIdentityPool replaces the whole pool: everything the form does not show (social, OIDC,
/// SAML and developer providers, tags) is sent back as described.
fn update_request(
    request: UpdateIdentityPoolFluentBuilder,
    current: &DescribeIdentityPoolOutput,
    edit: &ValidIdentityPool,
) -> UpdateIdentityPoolFluentBuilder {
    request
        .identity_pool_id(current.identity_pool_id())
        .identity_pool_name(&edit.name)
        .allow_unauthenticated_identities(edit.allow_unauthenticated)
        .allow_classic_flow(edit.classic_flow)
        .set_cognito_identity_providers(Some(edit.providers.iter().map(provider).collect()))
        .set_supported_login_providers(current.supported_login_providers().cloned())
        .set_developer_provider_name(current.developer_provider_name().map(str::to_string))
        .set_open_id_connect_provider_arns(Some(current.open_id_connect_provider_arns().to_vec()))
        .set_saml_provider_arns(Some(current.saml_provider_arns().to_vec()))
        .set_identity_pool_tags(current.identity_pool_tags().cloned())
}

pub async fn update(cognito: &CognitoAdmin, id: &str, edit: &ValidIdentityPool) -> Result<(), AppError> {
    let current = describe_raw(cognito, id).await?;
    update_request(cognito.identity().update_identity_pool(), &current, edit)
        .send()
        .await
        .map_err(|e| UPDATE_IDENTITY_POOL.error(e))?;
    Ok(())
}

pub async fn delete(cognito: &CognitoAdmin, id: &str) -> Result<(), AppError> {
    cognito
        .identity()
        .delete_identity_pool()
        .identity_pool_id(id)
        .send()
        .await
        .map_err(|e| DELETE_IDENTITY_POOL.error(e))?;
    Ok(())
}

/// SetIdentityPoolRoles replaces both roles; an empty one is left out (no role).
pub async fn set_roles(cognito: &CognitoAdmin, id: &str, roles: &IdentityRoles) -> Result<(), AppError> {
    let mut request = cognito.identity().set_identity_pool_roles().identity_pool_id(id);
    for (kind, arn) in [("authenticated", &roles.authenticated), ("unauthenticated", &roles.unauthenticated)]
    {
        if let Some(arn) = arn {
            request = request.roles(kind, arn);
        }
    }
    request.send().await.map_err(|e| SET_IDENTITY_POOL_ROLES.error(e))?;
    Ok(())
}

/// GetId then GetCredentialsForIdentity, signed in through `login` (provider name, ID token)
/// or as a guest. The secret key is kept only when `show_secret`.
pub async fn test_credentials(
    cognito: &CognitoAdmin,
    id: &str,
    login: Option<(&str, &str)>,
    show_secret: bool,
) -> Result<IdentityTestResult, AppError> {
    let logins = login.map(|(provider, token)| {
        std::collections::HashMap::from([(provider.to_string(), token.to_string())])
    });
    let identity = cognito
        .identity()
        .get_id()
        .identity_pool_id(id)
        .set_logins(logins.clone())
        .send()
        .await
        .map_err(|e| GET_ID.error(e))?;
    let identity_id = identity.identity_id().ok_or(AppError::Internal)?.to_string();
    let out = cognito
        .identity()
        .get_credentials_for_identity()
        .identity_id(&identity_id)
        .set_logins(logins)
        .send()
        .await
        .map_err(|e| GET_CREDENTIALS_FOR_IDENTITY.error(e))?;
    let creds = out.credentials().ok_or(AppError::Internal)?;
    Ok(IdentityTestResult {
        identity_id,
        access_key_id: creds.access_key_id().unwrap_or_default().to_string(),
        expiration: creds.expiration().map(|d| d.secs()),
        has_session_token: creds.session_token().is_some(),
        secret_key: if show_secret { creds.secret_key().map(str::to_string) } else { None },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn current() -> DescribeIdentityPoolOutput {
        DescribeIdentityPoolOutput::builder()
            .identity_pool_id("eu-west-1:1111")
            .identity_pool_name("Old name")
            .allow_unauthenticated_identities(true)
            .supported_login_providers("accounts.google.com", "google-client-id")
            .developer_provider_name("login.myapp")
            .open_id_connect_provider_arns("arn:aws:iam::123456789012:oidc-provider/example.com")
            .saml_provider_arns("arn:aws:iam::123456789012:saml-provider/corp")
            .identity_pool_tags("team", "auth")
            .build()
            .unwrap()
    }

    /// moto stores only what it is sent and ignores AllowClassicFlow, so what AWS keeps is
    /// proven on the request.
    #[tokio::test]
    async fn update_request_keeps_providers_the_form_does_not_show_pinned_for_aws() {
        let config = aws_sdk_cognitoidentity::Config::builder()
            .behavior_version(aws_sdk_cognitoidentity::config::BehaviorVersion::latest())
            .region(aws_sdk_cognitoidentity::config::Region::new("eu-west-1"))
            .build();
        let client = aws_sdk_cognitoidentity::Client::from_conf(config);
        let edit = ValidIdentityPool {
            name: "New name".into(),
            allow_unauthenticated: false,
            classic_flow: false,
            providers: vec![IdentityProvider {
                provider_name: "cognito-idp.eu-west-1.amazonaws.com/eu-west-1_a".into(),
                client_id: "client1".into(),
                server_side_token_check: true,
            }],
        };
        let request = update_request(client.update_identity_pool(), &current(), &edit);
        let input = request.as_input();
        assert_eq!(input.get_identity_pool_id().as_deref(), Some("eu-west-1:1111"));
        assert_eq!(input.get_identity_pool_name().as_deref(), Some("New name"));
        assert_eq!(input.get_allow_unauthenticated_identities(), &Some(false));
        assert_eq!(input.get_allow_classic_flow(), &Some(false));
        let providers = input.get_cognito_identity_providers().as_ref().unwrap();
        assert_eq!(providers[0].client_id(), Some("client1"));
        assert_eq!(providers[0].server_side_token_check(), Some(true));
        assert_eq!(
            input
                .get_supported_login_providers()
                .as_ref()
                .unwrap()
                .get("accounts.google.com")
                .map(String::as_str),
            Some("google-client-id")
        );
        assert_eq!(input.get_developer_provider_name().as_deref(), Some("login.myapp"));
        assert_eq!(input.get_open_id_connect_provider_arns().as_ref().unwrap().len(), 1);
        assert_eq!(input.get_saml_provider_arns().as_ref().unwrap().len(), 1);
        assert_eq!(
            input.get_identity_pool_tags().as_ref().unwrap().get("team").map(String::as_str),
            Some("auth")
        );
    }

    #[test]
    fn other_providers_are_listed_for_the_page() {
        let pool = from_output(&current(), None);
        assert_eq!(
            pool.other_providers,
            [
                "accounts.google.com",
                "arn:aws:iam::123456789012:oidc-provider/example.com",
                "arn:aws:iam::123456789012:saml-provider/corp",
                "developer: login.myapp",
            ]
        );
        assert!(pool.providers.is_empty());
    }
}
