//! App clients. The secret never travels with the client's details: only
//! `reveal_client_secret` returns it, and every reveal is logged with the operator.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::client::{ClientContext, ClientDetail, ClientForm, ClientSummary};

#[cfg(feature = "ssr")]
fn check(pool_id: &str, client_id: &str) -> Result<(), AppError> {
    crate::model::pool::validate_pool_id(pool_id)?;
    crate::model::client::validate_client_id(client_id)
}

crate::permission!(ListClients => Viewer);
#[server(endpoint = "list_clients")]
pub async fn list_clients(pool_id: String) -> Result<Vec<ClientSummary>, AppError> {
    let guard = ListClients::guard().await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    crate::cognito::clients::list(guard.cognito(), &pool_id).await
}

crate::permission!(ClientFormContext => Admin);
/// The pool's scopes, identity providers and attributes, for the client forms.
#[server(endpoint = "client_form_context")]
pub async fn client_form_context(pool_id: String) -> Result<ClientContext, AppError> {
    let guard = ClientFormContext::guard().await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    crate::cognito::clients::context(guard.admin(), &pool_id).await
}

crate::permission!(GetClient => Viewer);
#[server(endpoint = "get_client")]
pub async fn get_client(pool_id: String, client_id: String) -> Result<ClientDetail, AppError> {
    let guard = GetClient::guard().await?;
    check(&pool_id, &client_id)?;
    let console = guard.is_console_pool(&pool_id).then(|| guard.console_client_id());
    crate::cognito::clients::describe(guard.cognito(), &pool_id, &client_id, console).await
}

crate::permission!(RevealClientSecret => Admin, Secret, StepUp; pool_id, client_id);
/// The client secret, on an explicit request only.
#[server(endpoint = "reveal_client_secret")]
pub async fn reveal_client_secret(pool_id: String, client_id: String) -> Result<String, AppError> {
    let guard = RevealClientSecret::guard(&pool_id, &client_id).await?;
    check(&pool_id, &client_id)?;
    let secret = crate::cognito::clients::secret(guard.secrets()?, &pool_id, &client_id)
        .await?
        .ok_or_else(|| AppError::Conflict { message: crate::i18n::t("client-error-no-secret") })?;
    tracing::info!(operator = %guard.operator().sub, %pool_id, %client_id, "client secret revealed");
    Ok(secret)
}

crate::permission!(CreateClient => Admin, Change; pool_id, name);
#[server(endpoint = "create_client")]
pub async fn create_client(pool_id: String, #[server(flatten)] form: ClientForm) -> Result<String, AppError> {
    let guard = CreateClient::guard(&pool_id, &form.name).await?;
    crate::model::pool::validate_pool_id(&pool_id)?;
    let ctx = crate::cognito::clients::context(guard.admin(), &pool_id).await?;
    let secret = form.generate_secret.is_some();
    let settings = form.validate(&ctx, secret)?;
    let id = crate::cognito::clients::create(guard.admin(), &pool_id, &settings, secret).await?;
    tracing::info!(operator = %guard.operator().sub, %pool_id, client_id = %id, "app client created");
    leptos_axum::redirect(&format!("/pools/{pool_id}/client?id={id}"));
    Ok(id)
}

crate::permission!(UpdateClient => Admin, Change; pool_id, client_id, name);
/// Read-modify-write: the form's fields replace the client's, everything else is sent back as
/// it was (UpdateUserPoolClient resets what it is not sent).
#[server(endpoint = "update_client")]
pub async fn update_client(
    pool_id: String,
    client_id: String,
    #[server(flatten)] form: ClientForm,
) -> Result<(), AppError> {
    let guard = UpdateClient::guard(&pool_id, &client_id, &form.name).await?;
    check(&pool_id, &client_id)?;
    let (ctx, current) = tokio::try_join!(
        crate::cognito::clients::context(guard.admin(), &pool_id),
        crate::cognito::clients::describe(guard.admin(), &pool_id, &client_id, None),
    )?;
    let settings = form.validate(&ctx, current.has_secret)?;
    crate::cognito::clients::update(guard.admin(), &pool_id, &client_id, &settings).await
}

crate::permission!(DeleteClient => Admin, Change, StepUp; pool_id, client_id);
/// Deletes a client; `confirm` must repeat its name. The console's own client is refused.
#[server(endpoint = "delete_client")]
pub async fn delete_client(pool_id: String, client_id: String, confirm: String) -> Result<(), AppError> {
    let guard = DeleteClient::guard(&pool_id, &client_id).await?;
    check(&pool_id, &client_id)?;
    if guard.is_console_pool(&pool_id) && client_id == guard.console_client_id() {
        return Err(AppError::Conflict { message: crate::i18n::t("client-error-console-client") });
    }
    let current = crate::cognito::clients::describe(guard.admin(), &pool_id, &client_id, None).await?;
    crate::model::session::check_typed(&confirm, &current.settings.name)?;
    crate::cognito::clients::delete(guard.admin(), &pool_id, &client_id).await?;
    tracing::info!(operator = %guard.operator().sub, %pool_id, %client_id, "app client deleted");
    leptos_axum::redirect(&format!("/pools/{pool_id}/clients"));
    Ok(())
}

/// Links this module's server functions into a binary that calls none of them (`link_all`).
#[cfg(feature = "ssr")]
#[inline(never)]
pub(crate) fn link() {}
