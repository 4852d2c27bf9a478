//! A pool's domain: a Cognito prefix or a custom domain, for the hosted UI and the OAuth
//! endpoints.

use aws_sdk_cognitoidentityprovider::types::CustomDomainConfigType;

use super::operations::{CREATE_USER_POOL_DOMAIN, DELETE_USER_POOL_DOMAIN, DESCRIBE_USER_POOL_DOMAIN};
use super::{CognitoAdmin, CognitoRead, pools};
use crate::error::AppError;
use crate::model::domain::{DomainInfo, NewDomain, hosted_ui_url};

/// DescribeUserPoolDomain: `None` when no pool has this domain.
async fn describe_domain(
    cognito: &CognitoRead,
    domain: &str,
) -> Result<Option<aws_sdk_cognitoidentityprovider::types::DomainDescriptionType>, AppError> {
    let out = cognito
        .client()
        .describe_user_pool_domain()
        .domain(domain)
        .send()
        .await
        .map_err(|e| DESCRIBE_USER_POOL_DOMAIN.error(e))?;
    // An unknown domain comes back as an empty description, not an error.
    Ok(out.domain_description.filter(|d| d.domain().is_some()))
}

/// The pool's domains (a prefix and/or a custom domain) with their status.
pub async fn list(cognito: &CognitoRead, pool_id: &str) -> Result<Vec<DomainInfo>, AppError> {
    let detail = pools::describe(cognito, pool_id).await?;
    let mut out = Vec::new();
    for (name, custom) in [(detail.domain, false), (detail.custom_domain, true)] {
        let Some(name) = name else { continue };
        let description = describe_domain(cognito, &name).await?;
        out.push(DomainInfo {
            base_url: hosted_ui_url(&name, custom, cognito.region()),
            status: description.as_ref().and_then(|d| d.status()).map(|s| s.as_str().to_string()),
            cloudfront: description
                .as_ref()
                .filter(|_| custom)
                .and_then(|d| d.cloud_front_distribution())
                .map(str::to_string),
            certificate_arn: description
                .as_ref()
                .and_then(|d| d.custom_domain_config())
                .map(|c| c.certificate_arn().to_string()),
            domain: name,
            custom,
        });
    }
    Ok(out)
}

/// Creates a domain. A pool has at most one of each kind, and a domain name belongs to one pool
/// in the whole region: both are checked first (moto checks neither).
pub async fn create(cognito: &CognitoAdmin, pool_id: &str, domain: &NewDomain) -> Result<(), AppError> {
    let custom = domain.certificate_arn.is_some();
    if list(cognito, pool_id).await?.iter().any(|d| d.custom == custom) {
        return Err(AppError::invalid(
            "domain",
            if custom {
                crate::i18n::t("domain-error-has-custom")
            } else {
                crate::i18n::t("domain-error-has-cognito")
            },
        ));
    }
    if describe_domain(cognito, &domain.domain).await?.is_some() {
        return Err(AppError::invalid("domain", crate::i18n::t("domain-error-taken")));
    }
    let config = domain
        .certificate_arn
        .as_ref()
        .map(|arn| CustomDomainConfigType::builder().certificate_arn(arn).build())
        .transpose()
        .map_err(|_| AppError::Internal)?;
    cognito
        .client()
        .create_user_pool_domain()
        .user_pool_id(pool_id)
        .domain(&domain.domain)
        .set_custom_domain_config(config)
        .send()
        .await
        .map_err(|e| CREATE_USER_POOL_DOMAIN.error(e))?;
    Ok(())
}

/// Deletes one of the pool's domains (and only the pool's own).
pub async fn delete(cognito: &CognitoAdmin, pool_id: &str, domain: &str) -> Result<(), AppError> {
    let owned = describe_domain(cognito, domain).await?.is_some_and(|d| d.user_pool_id() == Some(pool_id));
    if !owned {
        return Err(AppError::not_found("The domain"));
    }
    cognito
        .client()
        .delete_user_pool_domain()
        .user_pool_id(pool_id)
        .domain(domain)
        .send()
        .await
        .map_err(|e| DELETE_USER_POOL_DOMAIN.error(e))?;
    Ok(())
}
