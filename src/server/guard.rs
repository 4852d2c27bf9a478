//! The session guard: the first line of every server function but the login steps, and the only
//! way to the Cognito admin API.

use leptos::prelude::expect_context;

use super::session::{self, SIGNED_IN, SignedIn};
use super::state::AppState;
use crate::cognito::CognitoAdmin;
use crate::error::AppError;
use crate::model::Operator;

/// Proof that the request comes from a signed-in member of the admin group, checked against
/// Cognito within the last `recheck_seconds`. It can only be made by `require_admin`.
pub struct Admin {
    operator: Operator,
    cognito: CognitoAdmin,
    console_pool_id: String,
    console_client_id: String,
    admin_group: String,
}

impl Admin {
    /// Is `pool_id` the pool the console itself signs in with? The self-lockout safeguards
    /// apply there.
    pub fn is_console_pool(&self, pool_id: &str) -> bool {
        self.console_pool_id == pool_id
    }

    /// The app client the console signs in with (in the console's pool).
    pub fn console_client_id(&self) -> &str {
        &self.console_client_id
    }

    /// The group whose members may use the console.
    pub fn admin_group(&self) -> &str {
        &self.admin_group
    }

    pub fn operator(&self) -> &Operator {
        &self.operator
    }

    pub fn cognito(&self) -> &CognitoAdmin {
        &self.cognito
    }
}

pub async fn require_admin() -> Result<Admin, AppError> {
    let state = expect_context::<AppState>();
    let session = session::current().await?;
    let Some(mut signed_in) = session::read::<SignedIn>(&session, SIGNED_IN).await? else {
        return Err(AppError::Unauthenticated);
    };
    let config = state.config();
    let now = session::now();
    if !signed_in.is_current(config, now) {
        session.flush().await.map_err(session::store_error)?;
        return Err(AppError::Unauthenticated);
    }
    if now - signed_in.checked_at >= config.recheck_seconds as i64 {
        let still = state.auth().is_enabled_member(&signed_in.operator.username, &config.admin_group).await?;
        if !still {
            tracing::info!(sub = %signed_in.operator.sub, "operator no longer an enabled admin; session ended");
            session.flush().await.map_err(session::store_error)?;
            return Err(AppError::Unauthenticated);
        }
        signed_in.checked_at = now;
        session::write(&session, SIGNED_IN, &signed_in).await?;
    }
    session::touch(&session, &mut signed_in, now).await?;
    Ok(Admin {
        operator: signed_in.operator,
        cognito: state.cognito().clone(),
        console_pool_id: config.pool_id.clone(),
        console_client_id: config.client_id.clone(),
        admin_group: config.admin_group.clone(),
    })
}
