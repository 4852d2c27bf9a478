//! The session guard: the first line of every server function but the login steps, and the only
//! way to the Cognito admin API.

use leptos::prelude::expect_context;
use tower_sessions::Session;

use super::audit::AuditLog;
use super::session::{self, SIGNED_IN, SignedIn};
use super::state::AppState;
use crate::cognito::CognitoAdmin;
use crate::error::AppError;
use crate::model::{Access, Operator, Permission, Role};

/// Proof that the request comes from a signed-in operator whose role, checked against Cognito
/// within the last `recheck_seconds`, is enough for the server function it was made for. It
/// can only be made by `require`.
pub struct Guard {
    operator: Operator,
    cognito: CognitoAdmin,
    console_pool_id: String,
    console_client_id: String,
    admin_group: String,
    audit: AuditLog,
}

impl Guard {
    /// Is `pool_id` the pool the console itself signs in with? The self-lockout safeguards
    /// apply there.
    pub fn is_console_pool(&self, pool_id: &str) -> bool {
        self.console_pool_id == pool_id
    }

    /// The app client the console signs in with (in the console's pool).
    pub fn console_client_id(&self) -> &str {
        &self.console_client_id
    }

    /// The group whose members are the console's admins.
    pub fn admin_group(&self) -> &str {
        &self.admin_group
    }

    pub fn operator(&self) -> &Operator {
        &self.operator
    }

    pub fn cognito(&self) -> &CognitoAdmin {
        &self.cognito
    }

    /// The audit log, for the Audit page (its functions declare the admin role).
    pub fn audit(&self) -> &AuditLog {
        &self.audit
    }

    /// For the few functions whose arguments ask for more than their declared role (an export
    /// with client secrets).
    pub fn at_least(&self, role: Role) -> Result<(), AppError> {
        if self.operator.role >= role { Ok(()) } else { Err(forbidden(&self.operator, role)) }
    }
}

/// The guard for server function `F` (the type `#[server]` generates): a session, a current
/// role, and at least the role `F` declares with `permission!`.
pub async fn require<F: Permission>() -> Result<Guard, AppError> {
    let Access::AtLeast(min) = F::ACCESS else {
        // A login step has no operator to hand out.
        tracing::error!("the guard was asked for a function that declares public access");
        return Err(AppError::Internal);
    };
    let state = expect_context::<AppState>();
    let session = session::current().await?;
    let operator = authorize(&state, &session, min).await?;
    let config = state.config();
    Ok(Guard {
        operator,
        cognito: state.cognito().clone(),
        console_pool_id: config.pool_id.clone(),
        console_client_id: config.client_id.clone(),
        admin_group: config.roles.admin.clone(),
        audit: state.audit().clone(),
    })
}

/// The session's operator if they hold at least `min`: the check behind `require`, and the one
/// plain routes (the audit CSV) use.
pub async fn authorize(state: &AppState, session: &Session, min: Role) -> Result<Operator, AppError> {
    let operator = signed_in(state, session).await?.ok_or(AppError::Unauthenticated)?;
    if operator.role < min {
        return Err(forbidden(&operator, min));
    }
    Ok(operator)
}

fn forbidden(operator: &Operator, needed: Role) -> AppError {
    tracing::warn!(sub = %operator.sub, role = operator.role.label(), needed = needed.label(), "refused: role too low");
    AppError::Forbidden
}

/// The operator of this session, if it is still valid: within its lifetimes, and (at most
/// `recheck_seconds` ago) still enabled and in one of the console's groups, with the role
/// those groups give now. A session whose operator lost every role ends here.
pub async fn signed_in(state: &AppState, session: &Session) -> Result<Option<Operator>, AppError> {
    let Some(mut signed_in) = session::read::<SignedIn>(session, SIGNED_IN).await? else {
        return Ok(None);
    };
    let config = state.config();
    let now = session::now();
    if !signed_in.is_current(config, now) {
        session.flush().await.map_err(session::store_error)?;
        return Ok(None);
    }
    if now - signed_in.checked_at >= config.recheck_seconds as i64 {
        let Some(role) = state.auth().role_of(&signed_in.operator.username, &config.roles).await? else {
            tracing::info!(sub = %signed_in.operator.sub, "operator disabled or in no console group; session ended");
            session.flush().await.map_err(session::store_error)?;
            return Ok(None);
        };
        if role != signed_in.operator.role {
            tracing::info!(sub = %signed_in.operator.sub, role = role.label(), "operator's role changed");
        }
        signed_in.operator.role = role;
        signed_in.checked_at = now;
        session::write(session, SIGNED_IN, &signed_in).await?;
    }
    session::touch(session, &mut signed_in, now).await?;
    Ok(Some(signed_in.operator))
}
