//! Linking a federated identity to a user (AdminLinkProviderForUser) and unlinking it
//! (AdminDisableProviderForUser). Both take `CognitoUsers`: only the support desk holds one.

use aws_sdk_cognitoidentityprovider::types::ProviderUserIdentifierType;

use super::CognitoUsers;
use super::operations::{ADMIN_DISABLE_PROVIDER_FOR_USER, ADMIN_LINK_PROVIDER_FOR_USER};
use crate::error::AppError;

/// The attribute a linked identity is named by: the user's id at the provider.
const SUBJECT: &str = "Cognito_Subject";

/// `subject` at `provider`, as Cognito names a federated identity.
fn identity(provider: &str, subject: &str) -> ProviderUserIdentifierType {
    ProviderUserIdentifierType::builder()
        .provider_name(provider)
        .provider_attribute_name(SUBJECT)
        .provider_attribute_value(subject)
        .build()
}

/// Signs-ins with `subject` at `provider` become `username`'s.
pub async fn link(
    cognito: &CognitoUsers,
    pool_id: &str,
    username: &str,
    provider: &str,
    subject: &str,
) -> Result<(), AppError> {
    let destination = ProviderUserIdentifierType::builder()
        .provider_name("Cognito")
        .provider_attribute_value(username)
        .build();
    cognito
        .client()
        .admin_link_provider_for_user()
        .user_pool_id(pool_id)
        .destination_user(destination)
        .source_user(identity(provider, subject))
        .send()
        .await
        .map(|_| ())
        .map_err(|e| ADMIN_LINK_PROVIDER_FOR_USER.error(e))
}

/// The identity is no longer linked: its next sign-in makes a user of its own.
pub async fn unlink(
    cognito: &CognitoUsers,
    pool_id: &str,
    provider: &str,
    subject: &str,
) -> Result<(), AppError> {
    cognito
        .client()
        .admin_disable_provider_for_user()
        .user_pool_id(pool_id)
        .user(identity(provider, subject))
        .send()
        .await
        .map(|_| ())
        .map_err(|e| ADMIN_DISABLE_PROVIDER_FOR_USER.error(e))
}
