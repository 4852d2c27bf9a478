//! Identity pools (the guide's step 8): list, create, edit, delete, roles and the credentials
//! test.

use leptos::prelude::*;

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::i18n::{t, t_with};
use crate::model::identity_pool::{IdentityPool, IdentityPoolForm, IdentityPoolSummary, IdentityTestResult};

crate::permission!(ListIdentityPools => Viewer);
#[server(endpoint = "list_identity_pools")]
pub async fn list_identity_pools() -> Result<Vec<IdentityPoolSummary>, AppError> {
    let guard = ListIdentityPools::guard().await?;
    crate::cognito::identity_pools::list(guard.cognito()).await
}

crate::permission!(GetIdentityPool => Viewer);
#[server(endpoint = "get_identity_pool")]
pub async fn get_identity_pool(identity_pool_id: String) -> Result<IdentityPool, AppError> {
    let guard = GetIdentityPool::guard().await?;
    crate::model::identity_pool::validate_identity_pool_id(&identity_pool_id)?;
    crate::cognito::identity_pools::describe(guard.cognito(), &identity_pool_id).await
}

crate::permission!(IdentityProviderChoices => Admin);
/// The app clients of the given user pools as (`<pool id> <client id>`, label), the values of
/// the provider checkboxes.
#[server(endpoint = "identity_provider_choices")]
pub async fn identity_provider_choices(pool_ids: Vec<String>) -> Result<Vec<(String, String)>, AppError> {
    let guard = IdentityProviderChoices::guard().await?;
    if pool_ids.len() > 10 {
        return Err(AppError::invalid("pool_ids", t("ipool-error-too-many-pools")));
    }
    let mut choices = Vec::new();
    for pool_id in pool_ids {
        crate::model::pool::validate_pool_id(&pool_id)?;
        for (client_id, name) in crate::cognito::clients::ids(guard.admin(), &pool_id).await? {
            choices.push((format!("{pool_id} {client_id}"), format!("{name} ({pool_id})")));
        }
    }
    Ok(choices)
}

crate::permission!(CreateIdentityPool => Admin, Change; name);
#[server(endpoint = "create_identity_pool")]
pub async fn create_identity_pool(#[server(flatten)] form: IdentityPoolForm) -> Result<String, AppError> {
    let guard = CreateIdentityPool::guard(&form.name).await?;
    let pool = form.validate(guard.admin().region())?;
    let id = crate::cognito::identity_pools::create(guard.admin(), &pool).await?;
    tracing::info!(operator = %guard.operator().sub, identity_pool_id = %id, "identity pool created");
    leptos_axum::redirect(&format!("/identity-pools/{id}"));
    Ok(id)
}

crate::permission!(UpdateIdentityPool => Admin, Change; identity_pool_id, name);
#[server(endpoint = "update_identity_pool")]
pub async fn update_identity_pool(
    identity_pool_id: String,
    #[server(flatten)] form: IdentityPoolForm,
) -> Result<(), AppError> {
    let guard = UpdateIdentityPool::guard(&identity_pool_id, &form.name).await?;
    crate::model::identity_pool::validate_identity_pool_id(&identity_pool_id)?;
    let pool = form.validate(guard.admin().region())?;
    crate::cognito::identity_pools::update(guard.admin(), &identity_pool_id, &pool).await?;
    tracing::info!(operator = %guard.operator().sub, %identity_pool_id, "identity pool updated");
    Ok(())
}

crate::permission!(SetIdentityPoolRoles => Admin, Change; identity_pool_id);
/// Sets both roles; an empty field means no role of that kind.
#[server(endpoint = "set_identity_pool_roles")]
pub async fn set_identity_pool_roles(
    identity_pool_id: String,
    #[server(default)] authenticated_role: String,
    #[server(default)] unauthenticated_role: String,
) -> Result<(), AppError> {
    let guard = SetIdentityPoolRoles::guard(&identity_pool_id).await?;
    crate::model::identity_pool::validate_identity_pool_id(&identity_pool_id)?;
    let roles =
        crate::model::identity_pool::validate_identity_roles(&authenticated_role, &unauthenticated_role)?;
    crate::cognito::identity_pools::set_roles(guard.admin(), &identity_pool_id, &roles).await?;
    tracing::info!(operator = %guard.operator().sub, %identity_pool_id, "identity pool roles set");
    Ok(())
}

crate::permission!(DeleteIdentityPool => Admin, Change, StepUp; identity_pool_id);
/// Deletes an identity pool; `confirm` must repeat its name.
#[server(endpoint = "delete_identity_pool")]
pub async fn delete_identity_pool(identity_pool_id: String, confirm: String) -> Result<(), AppError> {
    let guard = DeleteIdentityPool::guard(&identity_pool_id).await?;
    crate::model::identity_pool::validate_identity_pool_id(&identity_pool_id)?;
    let pool = crate::cognito::identity_pools::describe(guard.admin(), &identity_pool_id).await?;
    crate::model::session::check_typed(&confirm, &pool.name)?;
    crate::cognito::identity_pools::delete(guard.admin(), &identity_pool_id).await?;
    tracing::info!(operator = %guard.operator().sub, %identity_pool_id, "identity pool deleted");
    leptos_axum::redirect("/identity-pools");
    Ok(())
}

crate::permission!(TestIdentityPool => Admin, Secret; identity_pool_id, username, show_secret);
/// Signs a user in through `provider` (`<user pool id> <client id>`, one of the pool's
/// providers) and exchanges the ID token for AWS credentials: GetId, then
/// GetCredentialsForIdentity. With no `provider`, a guest identity (only when the pool allows
/// them). The secret key comes back only when `show_secret` is set.
#[server(endpoint = "test_identity_pool")]
pub async fn test_identity_pool(
    identity_pool_id: String,
    #[server(default)] provider: String,
    #[server(default)] username: String,
    #[server(default)] password: String,
    #[server(default)] show_secret: bool,
) -> Result<IdentityTestResult, AppError> {
    use crate::cognito::test_console::{Attempt, LoginTest, user_login};
    let guard = TestIdentityPool::guard(&identity_pool_id, &username, &show_secret).await?;
    crate::model::identity_pool::validate_identity_pool_id(&identity_pool_id)?;
    let cognito = guard.admin();
    let pool = crate::cognito::identity_pools::describe(cognito, &identity_pool_id).await?;
    let login = if provider.is_empty() {
        if !pool.allow_unauthenticated {
            return Err(AppError::invalid("provider", t("ipool-error-no-guests")));
        }
        None
    } else {
        let chosen = pool
            .providers
            .iter()
            .find(|p| {
                p.user_pool_id().map(|u| format!("{u} {}", p.client_id)).as_deref() == Some(provider.as_str())
            })
            .ok_or_else(|| AppError::invalid("provider", t("ipool-error-not-a-client")))?;
        let user_pool = chosen.user_pool_id().unwrap_or_default().to_string();
        crate::server::login::limit_attempt(&username).await?;
        let test = LoginTest {
            client_id: &chosen.client_id,
            username: username.trim(),
            password: &password,
            new_password: None,
            mfa_code: None,
        };
        match user_login(cognito, &user_pool, &test).await?.1 {
            Attempt::Tokens(raw) => {
                let token = raw.id_token.ok_or(AppError::Internal)?;
                Some((chosen.provider_name.clone(), token))
            }
            Attempt::Challenge { name, .. } => {
                return Err(AppError::invalid(
                    "username",
                    t_with("ipool-error-challenge", &[("name", name.into())]),
                ));
            }
            Attempt::Failed { problem, .. } => return Err(AppError::invalid("username", problem)),
        }
    };
    let result = crate::cognito::identity_pools::test_credentials(
        cognito,
        &identity_pool_id,
        login.as_ref().map(|(p, t)| (p.as_str(), t.as_str())),
        show_secret,
    )
    .await?;
    tracing::info!(operator = %guard.operator().sub, %identity_pool_id, secret_shown = show_secret, "identity pool test run");
    Ok(result)
}

/// Links this module's server functions into a binary that calls none of them (`link_all`).
#[cfg(feature = "ssr")]
#[inline(never)]
pub(crate) fn link() {}
