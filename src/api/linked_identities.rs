//! A user's linked identities: the pool's identity providers for the link form (viewers read
//! them), and the support desk's link and unlink, each after the target rule and Cognito's own
//! rules checked against the user as Cognito has them now.

use leptos::prelude::*;

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::server::desk::UserAction;

crate::permission!(ListIdentityProviderNames => Viewer);
/// The names of the pool's identity providers (a federated identity is linked through one).
#[server(endpoint = "list_identity_provider_names")]
pub async fn list_identity_provider_names(pool_id: String) -> Result<Vec<String>, AppError> {
    let guard = ListIdentityProviderNames::guard().await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    crate::cognito::identity_providers::names(guard.cognito(), &pool_id).await
}

crate::permission!(LinkIdentity => Support, Change; pool_id, username, provider, subject);
/// AdminLinkProviderForUser: sign-ins with `subject` at `provider` become this user's. Refused
/// by field before the call where Cognito would refuse (not one of the pool's providers, five
/// links already, this one linked already).
#[server(endpoint = "link_identity")]
pub async fn link_identity(
    pool_id: String,
    username: String,
    provider: String,
    subject: String,
) -> Result<(), AppError> {
    use crate::model::linked_identity::{check_link, parse};
    let guard = LinkIdentity::guard(&pool_id, &username, &provider, &subject).await?;
    super::users::checks::target(&pool_id, &username)?;
    let subject = subject.trim().to_string();
    // The target rule first: nothing about a user the operator may not change is told.
    let desk = guard.desk();
    let checked = desk
        .check(
            &pool_id,
            &username,
            UserAction::LinkIdentity { provider: provider.clone(), subject: subject.clone() },
        )
        .await?;
    let (providers, user) = tokio::try_join!(
        crate::cognito::identity_providers::names(guard.cognito(), &pool_id),
        desk.target(&checked)
    )?;
    check_link(&provider, &subject, &providers, &parse(user.attribute("identities")))?;
    desk.run(&checked).await
}

crate::permission!(UnlinkIdentity => Support, Change; pool_id, username, provider, subject);
/// AdminDisableProviderForUser, for an identity linked to this user (and no other: the call
/// itself names only the identity, so the user's own list is checked first).
#[server(endpoint = "unlink_identity")]
pub async fn unlink_identity(
    pool_id: String,
    username: String,
    provider: String,
    subject: String,
) -> Result<(), AppError> {
    use crate::model::linked_identity::parse;
    let guard = UnlinkIdentity::guard(&pool_id, &username, &provider, &subject).await?;
    super::users::checks::target(&pool_id, &username)?;
    let desk = guard.desk();
    let action = UserAction::UnlinkIdentity { provider: provider.clone(), subject: subject.clone() };
    let checked = desk.check(&pool_id, &username, action).await?;
    let user = desk.target(&checked).await?;
    // "Cognito" would name the user's own password sign-in, which the call would switch off.
    let linked =
        parse(user.attribute("identities")).iter().any(|i| i.provider == provider && i.subject == subject);
    if provider == "Cognito" || !linked {
        return Err(AppError::not_found("The linked identity"));
    }
    desk.run(&checked).await
}

/// Links this module's server functions into a binary that calls none of them (`link_all`).
#[cfg(feature = "ssr")]
#[inline(never)]
pub(crate) fn link() {}
