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
}

impl Admin {
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
    if now - signed_in.login_at > i64::from(config.session_hours) * 3600 {
        session.flush().await.map_err(session::store_error)?;
        return Err(AppError::Unauthenticated);
    }
    if now - signed_in.checked_at >= config.recheck_seconds as i64 {
        let still = state
            .auth()
            .is_enabled_member(&signed_in.operator.username, &config.admin_group)
            .await?;
        if !still {
            tracing::info!(sub = %signed_in.operator.sub, "operator no longer an enabled admin; session ended");
            session.flush().await.map_err(session::store_error)?;
            return Err(AppError::Unauthenticated);
        }
        signed_in.checked_at = now;
        session::write(&session, SIGNED_IN, &signed_in).await?;
    }
    Ok(Admin {
        operator: signed_in.operator,
        cognito: state.cognito().clone(),
    })
}
