//! A pool's identity providers: list, describe (secrets withheld), create, update, delete.
//! Cognito returns a provider's client secret in DescribeIdentityProvider; it is dropped here
//! before anything leaves this module, and an update that does not change it copies it from the
//! provider as read for the edit (`Held`).

use std::collections::{BTreeMap, HashMap};

use aws_sdk_cognitoidentityprovider::types::{IdentityProviderType, IdentityProviderTypeType};
use futures::StreamExt;

use super::operations::{
    CREATE_IDENTITY_PROVIDER, DELETE_IDENTITY_PROVIDER, DESCRIBE_IDENTITY_PROVIDER, LIST_IDENTITY_PROVIDERS,
    UPDATE_IDENTITY_PROVIDER,
};
use super::{CognitoAdmin, CognitoRead, epoch};
use crate::error::AppError;
use crate::model::identity_provider::{IdentityProvider, ProviderChange, WITHHELD};

/// DescribeIdentityProvider calls in flight at once while listing.
const DESCRIBE_CONCURRENCY: usize = 4;

/// The names of the pool's identity providers, every page.
pub async fn names(cognito: &CognitoRead, pool_id: &str) -> Result<Vec<String>, AppError> {
    let mut out = Vec::new();
    let mut next = None;
    loop {
        let page = cognito
            .client()
            .list_identity_providers()
            .user_pool_id(pool_id)
            .max_results(60)
            .set_next_token(next)
            .send()
            .await
            .map_err(|e| LIST_IDENTITY_PROVIDERS.error(e))?;
        out.extend(page.providers().iter().filter_map(|p| p.provider_name()).map(str::to_string));
        match page.next_token() {
            Some(t) if !t.is_empty() => next = Some(t.to_string()),
            _ => return Ok(out),
        }
    }
}

async fn describe_raw(
    cognito: &CognitoRead,
    pool_id: &str,
    name: &str,
) -> Result<IdentityProviderType, AppError> {
    let out = cognito
        .client()
        .describe_identity_provider()
        .user_pool_id(pool_id)
        .provider_name(name)
        .send()
        .await
        .map_err(|e| DESCRIBE_IDENTITY_PROVIDER.error(e))?;
    out.identity_provider.ok_or_else(|| AppError::not_found("The identity provider"))
}

/// What the browser may see of a described provider.
fn shown(p: &IdentityProviderType) -> IdentityProvider {
    let sorted = |m: Option<&HashMap<String, String>>| -> BTreeMap<String, String> {
        m.map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect()).unwrap_or_default()
    };
    let mut details = sorted(p.provider_details());
    let withheld = WITHHELD.iter().filter(|k| details.remove(**k).is_some()).map(|k| k.to_string()).collect();
    IdentityProvider {
        name: p.provider_name().unwrap_or_default().to_string(),
        provider_type: p.provider_type().map(|t| t.as_str().to_string()).unwrap_or_default(),
        details,
        withheld,
        attribute_mapping: sorted(p.attribute_mapping()),
        identifiers: p.idp_identifiers().to_vec(),
        created: epoch(p.creation_date()),
        last_modified: epoch(p.last_modified_date()),
    }
}

/// Every provider of the pool, described, by name.
pub async fn list(cognito: &CognitoRead, pool_id: &str) -> Result<Vec<IdentityProvider>, AppError> {
    let names = names(cognito, pool_id).await?;
    let described: Vec<Result<IdentityProviderType, AppError>> =
        futures::stream::iter(names.into_iter().map(|name| {
            let (cognito, pool_id) = (cognito.clone(), pool_id.to_string());
            async move { describe_raw(&cognito, &pool_id, &name).await }
        }))
        .buffered(DESCRIBE_CONCURRENCY)
        .collect()
        .await;
    let mut out = described.into_iter().map(|p| p.map(|p| shown(&p))).collect::<Result<Vec<_>, _>>()?;
    out.sort_by_cached_key(|p| p.name.to_lowercase());
    Ok(out)
}

/// A provider as Cognito holds it, secrets included, read once for an edit: the form is checked
/// against `shown()`, and `update` copies from it what the form left empty. Never sent, never
/// printed (no `Debug`, no `Serialize`).
pub struct Held(IdentityProviderType);

impl Held {
    pub fn shown(&self) -> IdentityProvider {
        shown(&self.0)
    }
}

pub async fn held(cognito: &CognitoRead, pool_id: &str, name: &str) -> Result<Held, AppError> {
    describe_raw(cognito, pool_id, name).await.map(Held)
}

fn map(m: &BTreeMap<String, String>) -> HashMap<String, String> {
    m.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
}

pub async fn create(cognito: &CognitoAdmin, pool_id: &str, change: &ProviderChange) -> Result<(), AppError> {
    // moto replaces a provider of the same name without a word; AWS refuses. Ask first.
    if names(cognito, pool_id).await?.contains(&change.name) {
        return Err(AppError::invalid(
            "provider_name",
            crate::i18n::t_with("idp-error-name-taken", &[("name", change.name.clone().into())]),
        ));
    }
    cognito
        .client()
        .create_identity_provider()
        .user_pool_id(pool_id)
        .provider_name(&change.name)
        .provider_type(IdentityProviderTypeType::from(change.provider_type.as_str()))
        .set_provider_details(Some(map(&change.details)))
        .set_attribute_mapping(Some(map(&change.attribute_mapping)))
        .set_idp_identifiers(Some(change.identifiers.clone()))
        .send()
        .await
        .map_err(|e| CREATE_IDENTITY_PROVIDER.error(e))?;
    Ok(())
}

/// The details sent on an update: the form's, with the withheld values it left empty copied
/// from Cognito (UpdateIdentityProvider replaces the whole map).
fn with_kept(change: &ProviderChange, held: Option<&HashMap<String, String>>) -> HashMap<String, String> {
    let mut details = map(&change.details);
    for key in &change.keep {
        if let Some(value) = held.and_then(|h| h.get(*key)) {
            details.insert(key.to_string(), value.clone());
        }
    }
    details
}

pub async fn update(
    cognito: &CognitoAdmin,
    pool_id: &str,
    change: &ProviderChange,
    held: &Held,
) -> Result<(), AppError> {
    cognito
        .client()
        .update_identity_provider()
        .user_pool_id(pool_id)
        .provider_name(&change.name)
        .set_provider_details(Some(with_kept(change, held.0.provider_details())))
        .set_attribute_mapping(Some(map(&change.attribute_mapping)))
        .set_idp_identifiers(Some(change.identifiers.clone()))
        .send()
        .await
        .map_err(|e| UPDATE_IDENTITY_PROVIDER.error(e))?;
    Ok(())
}

pub async fn delete(cognito: &CognitoAdmin, pool_id: &str, name: &str) -> Result<(), AppError> {
    cognito
        .client()
        .delete_identity_provider()
        .user_pool_id(pool_id)
        .provider_name(name)
        .send()
        .await
        .map_err(|e| DELETE_IDENTITY_PROVIDER.error(e))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_described_provider_reaches_the_browser_without_its_secrets() {
        let p = IdentityProviderType::builder()
            .provider_name("Google")
            .provider_type(IdentityProviderTypeType::Google)
            .provider_details("client_id", "123")
            .provider_details("client_secret", "s3cret")
            .provider_details("authorize_scopes", "openid")
            .attribute_mapping("email", "email")
            .build();
        let shown = shown(&p);
        assert_eq!(shown.withheld, ["client_secret"]);
        assert_eq!(shown.details.keys().collect::<Vec<_>>(), ["authorize_scopes", "client_id"]);
        assert!(!format!("{shown:?}").contains("s3cret"));
    }

    #[test]
    fn an_update_copies_only_the_kept_secret_from_cognito() {
        let change = ProviderChange {
            name: "Google".into(),
            provider_type: "Google".into(),
            details: BTreeMap::from([("client_id".to_string(), "new-id".to_string())]),
            keep: vec!["client_secret"],
            attribute_mapping: BTreeMap::new(),
            identifiers: Vec::new(),
        };
        let held = HashMap::from([
            ("client_id".to_string(), "old-id".to_string()),
            ("client_secret".to_string(), "s3cret".to_string()),
            ("authorize_url".to_string(), "https://accounts.google.com/o/oauth2/v2/auth".to_string()),
        ]);
        let sent = with_kept(&change, Some(&held));
        assert_eq!(sent.len(), 2);
        assert_eq!((sent["client_id"].as_str(), sent["client_secret"].as_str()), ("new-id", "s3cret"));
    }
}
