//! A pool's identity providers (federation): viewers read them, secrets withheld, with the app
//! clients that offer each; admins add, edit and delete them.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::identity_provider::{IdentityProviders, ProviderForm};

/// The app clients that offer the provider `name` (list it in SupportedIdentityProviders).
#[cfg(feature = "ssr")]
fn offering<'a>(
    clients: &'a [crate::model::client::ClientDetail],
    name: &'a str,
) -> impl Iterator<Item = &'a crate::model::client::ClientDetail> {
    clients.iter().filter(move |c| c.settings.identity_providers.iter().any(|p| p == name))
}

crate::permission!(ListIdentityProviders => Viewer);
#[server(endpoint = "list_identity_providers")]
pub async fn list_identity_providers(pool_id: String) -> Result<IdentityProviders, AppError> {
    use crate::cognito::{clients, identity_providers, pools};
    let guard = ListIdentityProviders::guard().await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    let console = guard.is_console_pool(&pool_id).then(|| guard.console_client_id());
    let (providers, clients, pool) = tokio::join!(
        identity_providers::list(guard.cognito(), &pool_id),
        clients::describe_all(guard.cognito(), &pool_id, console),
        pools::describe_without_mfa(guard.cognito(), &pool_id),
    );
    let (pool, clients) = (pool?, clients?);
    let (providers, unavailable) = crate::cognito::unless_unsupported(providers)?;
    let providers = providers
        .into_iter()
        .map(|p| {
            let offered_by =
                offering(&clients, &p.name).map(|c| (c.id.clone(), c.settings.name.clone())).collect();
            (p, offered_by)
        })
        .collect();
    Ok(IdentityProviders {
        providers,
        login_url: pool.hosted_ui_base(),
        attributes: pool.schema,
        pool_id,
        unavailable,
    })
}

crate::permission!(CreateIdentityProvider => Admin, Change; pool_id, provider_name);
/// Adds a provider of `form.provider_type`; every field is checked against Cognito's rules and
/// the pool's schema before the call.
#[server(endpoint = "create_identity_provider")]
pub async fn create_identity_provider(
    pool_id: String,
    #[server(flatten)] form: ProviderForm,
) -> Result<(), AppError> {
    use crate::cognito::{identity_providers, pools};
    let guard = CreateIdentityProvider::guard(&pool_id, &form.provider_name).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    let pool = pools::describe_without_mfa(guard.admin(), &pool_id).await?;
    let change = form.validate(None, &pool.schema)?;
    identity_providers::create(guard.admin(), &pool_id, &change).await
}

crate::permission!(UpdateIdentityProvider => Admin, Change; pool_id, provider_name);
/// Edits the provider `form.provider_name` (its name and type stay); a secret, private key or
/// metadata document left empty stays as Cognito holds it.
#[server(endpoint = "update_identity_provider")]
pub async fn update_identity_provider(
    pool_id: String,
    #[server(flatten)] form: ProviderForm,
) -> Result<(), AppError> {
    use crate::cognito::{identity_providers, pools};
    let guard = UpdateIdentityProvider::guard(&pool_id, &form.provider_name).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    let (held, pool) = tokio::try_join!(
        identity_providers::held(guard.admin(), &pool_id, form.provider_name.trim()),
        pools::describe_without_mfa(guard.admin(), &pool_id),
    )?;
    let change = form.validate(Some(&held.shown()), &pool.schema)?;
    identity_providers::update(guard.admin(), &pool_id, &change, &held).await
}

crate::permission!(DeleteIdentityProvider => Admin, Change; pool_id, provider_name);
/// Deletes a provider no app client offers; `confirm` must repeat its name.
#[server(endpoint = "delete_identity_provider")]
pub async fn delete_identity_provider(
    pool_id: String,
    provider_name: String,
    confirm: String,
) -> Result<(), AppError> {
    use crate::cognito::{clients, identity_providers};
    let guard = DeleteIdentityProvider::guard(&pool_id, &provider_name).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    crate::model::session::check_typed(&confirm, &provider_name)?;
    let console = guard.is_console_pool(&pool_id).then(|| guard.console_client_id());
    let clients = clients::describe_all(guard.admin(), &pool_id, console).await?;
    let offered_by: Vec<&str> =
        offering(&clients, &provider_name).map(|c| c.settings.name.as_str()).collect();
    if !offered_by.is_empty() {
        return Err(AppError::Conflict {
            message: crate::i18n::t_with(
                "idp-error-still-offered",
                &[("name", provider_name.clone().into()), ("clients", offered_by.join(", ").into())],
            ),
        });
    }
    identity_providers::delete(guard.admin(), &pool_id, &provider_name).await
}

/// Links this module's server functions into a binary that calls none of them (`link_all`).
#[cfg(feature = "ssr")]
#[inline(never)]
pub(crate) fn link() {}
