//! The session guard: the first line of every server function but the login steps, and the only
//! way to Cognito.
//!
//! `F::guard(…)` (which `permission!` generates, see `require`) returns a `Guard<L>` whose level
//! `L` is the least role `F` declares, and the guard's methods follow the level: every guard reads (`cognito()`), a support or admin guard
//! has the support desk (`desk()`, whose changes pass the target rule), and only an admin guard
//! changes configuration (`admin()`) or reads secrets (`secrets()`, after a step-up). A job
//! (`server::jobs`) is submitted with a guard and, when it runs, gets its handle here too
//! (`job_desk`, `job_reader`, `job_restorer`), after its owner's role is asked of Cognito again. So a
//! function declared `Viewer` that deletes something, or a support function that changes a user
//! without the target rule, does not compile:
//!
//! ```compile_fail,E0599
//! # use pooldesk::{model::role::level, server::guard::Guard};
//! fn viewer_changes_a_pool(guard: Guard<level::Viewer>) {
//!     let _ = guard.admin();
//! }
//! ```
//!
//! ```compile_fail,E0599
//! # use pooldesk::{model::role::level, server::guard::Guard};
//! fn viewer_uses_the_support_desk(guard: Guard<level::Viewer>) {
//!     let _ = guard.desk();
//! }
//! ```
//!
//! ```compile_fail,E0599
//! # use pooldesk::{model::role::level, server::guard::Guard};
//! fn support_reads_a_secret(guard: Guard<level::Support>) {
//!     let _ = guard.secrets();
//! }
//! ```

use std::marker::PhantomData;

use leptos::prelude::expect_context;
use tower_sessions::Session;

use super::audit::{AuditLog, Call, Target};
use super::config::RoleGroups;
use super::desk::Desk;
use super::index::{IndexRead, PoolIndex};
use super::session::{self, SIGNED_IN, SignedIn};
use super::state::AppState;
use crate::cognito::{CognitoAdmin, CognitoRead, CognitoSecrets, CognitoUsers, Handles};
use crate::error::AppError;
use crate::model::audit::AuditQuery;
use crate::model::auth_event::{TRAIL_MAX, TrailRow, target_names};
use crate::model::role::level::{self, Level};
use crate::model::role::{Access, Permission, Record, Role, StepUp};
use crate::model::session::Operator;

/// Proof that the request comes from a signed-in operator whose role, checked against Cognito
/// within the last `recheck_seconds`, is at least `L`. Only `require` makes one.
pub struct Guard<L> {
    operator: Operator,
    handles: Handles,
    console_pool_id: String,
    console_client_id: String,
    roles: RoleGroups,
    /// The operator entered their password within the step-up window.
    stepped_up: bool,
    audit: AuditLog,
    index: PoolIndex,
    level: PhantomData<L>,
}

/// The levels that have the support desk.
pub trait DeskLevel: Level {}
impl DeskLevel for level::Support {}
impl DeskLevel for level::Admin {}

impl<L: Level> Guard<L> {
    /// Is `pool_id` the pool the console itself signs in with? The target rule applies there.
    pub fn is_console_pool(&self, pool_id: &str) -> bool {
        self.console_pool_id == pool_id
    }

    /// The app client the console signs in with (in the console's pool).
    pub fn console_client_id(&self) -> &str {
        &self.console_client_id
    }

    /// The group whose members are the console's admins.
    pub fn admin_group(&self) -> &str {
        &self.roles.admin
    }

    /// The console's groups and the role each gives.
    pub fn roles(&self) -> &RoleGroups {
        &self.roles
    }

    pub fn operator(&self) -> &Operator {
        &self.operator
    }

    /// Cognito, read only.
    pub fn cognito(&self) -> &CognitoRead {
        self.handles.read()
    }

    /// The console's index of the pools, read only (and the operator's own saved searches).
    /// Builds are jobs a desk level submits (`jobs::index::submit_index`); changes reach it
    /// through the desk.
    pub fn index(&self) -> IndexRead<'_> {
        self.index.read()
    }

    /// For the few functions whose arguments ask for more than their declared role (an export
    /// with client secrets): the same guard at level `M`, if the operator's role reaches it.
    pub fn elevate<M: Level>(self) -> Result<Guard<M>, AppError> {
        if self.operator.role < M::ROLE {
            return Err(forbidden(&self.operator, M::ROLE));
        }
        let Guard {
            operator,
            handles,
            console_pool_id,
            console_client_id,
            roles,
            stepped_up,
            audit,
            index,
            ..
        } = self;
        Ok(Guard {
            operator,
            handles,
            console_pool_id,
            console_client_id,
            roles,
            stepped_up,
            audit,
            index,
            level: PhantomData,
        })
    }

    /// Refuses unless the operator entered their password within the step-up window.
    pub fn stepped_up(&self) -> Result<(), AppError> {
        if self.stepped_up { Ok(()) } else { Err(AppError::StepUpRequired) }
    }

    /// In the console's own pool, changing who holds `group`'s console role (a user created
    /// into it, a blueprint adding to it, the group deleted) needs a recent step-up; any other
    /// group or pool, nothing. The desk applies the same rule to memberships (`desk::decide`).
    pub fn step_up_for_group(&self, pool_id: &str, group: &str) -> Result<(), AppError> {
        if self.is_console_pool(pool_id) && self.roles.role_of_group(group).is_some() {
            self.stepped_up()
        } else {
            Ok(())
        }
    }
}

impl<L: DeskLevel> Guard<L> {
    /// The support desk: changes to users and memberships, each after the target rule.
    pub fn desk(&self) -> Desk {
        Desk::new(
            self.handles.users.clone(),
            self.operator.clone(),
            self.console_pool_id.clone(),
            (self.roles.clone(), self.stepped_up),
            self.index.clone(),
        )
    }

    /// What operators did to one user (the audit rows naming them in `pool_id`, newest first,
    /// within `since_ms..until_ms`): shown beside the user's sign-ins to whoever may act on the
    /// account. The target rule decides as for a sign-out, the least of the desk's changes, so a
    /// support operator reads no operator's trail; the whole log stays the admins'.
    pub async fn account_trail(
        &self,
        pool_id: &str,
        username: &str,
        (since_ms, until_ms): (Option<i64>, Option<i64>),
    ) -> Result<Vec<TrailRow>, AppError> {
        let checked = self.desk().check(pool_id, username, super::desk::UserAction::SignOut).await?;
        let username = checked.username();
        let query = AuditQuery {
            pool: Some(pool_id.to_string()),
            target: Some(username.to_string()),
            from_ms: since_ms,
            until_ms,
            ..Default::default()
        };
        let rows = self.audit.search(&query, None, TRAIL_MAX).await.map_err(super::audit::read_failed)?;
        Ok(rows
            .into_iter()
            .filter(|r| r.target.as_deref().is_some_and(|t| target_names(t, username)))
            .map(|r| TrailRow {
                at_ms: r.at_ms,
                operator: r.operator_label(),
                action: r.action,
                outcome: r.outcome,
            })
            .collect())
    }
}

impl Guard<level::Admin> {
    /// Changes to pools, app clients, domains, resource servers, groups and identity pools.
    pub fn admin(&self) -> &CognitoAdmin {
        &self.handles.admin
    }

    /// After `pool_id` was deleted in Cognito: the console's index of it goes too. The
    /// deletion stands if this fails (the log says; the rows stay until deleted by hand).
    pub async fn forget_pool(&self, pool_id: &str) {
        if let Err(e) = self.index.pool_deleted(pool_id).await {
            tracing::error!(error = %e, pool = %pool_id, "index: a deleted pool's index could not be deleted");
        }
    }

    /// After `group` was deleted in `pool_id`: its memberships leave the index (else until
    /// the next build).
    pub async fn forget_group(&self, pool_id: &str, group: &str) {
        if let Err(e) = self.index.group_deleted(pool_id, group).await {
            tracing::warn!(error = %e, pool = %pool_id, "index: a deleted group's memberships stay until the next build");
        }
    }

    /// Client secrets, after a recent step-up.
    pub fn secrets(&self) -> Result<&CognitoSecrets, AppError> {
        self.stepped_up()?;
        Ok(&self.handles.secrets)
    }

    /// Creates a user; its initial group goes through `desk()` like any membership.
    pub async fn create_user(
        &self,
        pool_id: &str,
        user: &crate::cognito::users::NewUser,
    ) -> Result<String, AppError> {
        self.desk().create(pool_id, user).await
    }

    /// Users and memberships for a blueprint run on `pool_id` (`None`: a pool it creates). A
    /// blueprint only adds; in the console's pool, adding to a console group needs a step-up,
    /// as it does on the user page.
    pub fn blueprint_users<'g>(
        &self,
        pool_id: Option<&str>,
        groups: impl IntoIterator<Item = &'g str>,
    ) -> Result<&CognitoUsers, AppError> {
        if let Some(pool_id) = pool_id {
            for group in groups {
                self.step_up_for_group(pool_id, group)?;
            }
        }
        Ok(&self.handles.users)
    }

    /// The audit log, for the Audit page.
    pub fn audit(&self) -> &AuditLog {
        &self.audit
    }
}

/// The support desk for a job `owner` started, when the runner runs it: their role asked of
/// Cognito now (a job outlives its page and maybe the owner's role), at least support, and
/// the step-up they had when they started it (`jobs::bulk::submit_bulk` checked it then).
pub(super) async fn job_desk(state: &AppState, owner: &Operator, stepped_up: bool) -> Result<Desk, AppError> {
    let operator = job_owner(state, owner, Role::Support).await?;
    let config = state.config();
    Ok(Desk::new(
        state.cognito().users.clone(),
        operator,
        config.pool_id.clone(),
        (config.roles.clone(), stepped_up),
        state.index().clone(),
    ))
}

/// Cognito, read only, for a job (an export) `owner` started, if they still hold a role.
pub(super) async fn job_reader<'s>(
    state: &'s AppState,
    owner: &Operator,
) -> Result<&'s CognitoRead, AppError> {
    job_owner(state, owner, Role::Viewer).await?;
    Ok(state.cognito().read())
}

/// Configuration and users for a restore `owner` started, if they are still an admin. A restore
/// never runs in the console's own pool (refused when it is started, and here): a backup's
/// memberships would name who holds the console's roles, past the target rule.
pub(super) async fn job_restorer<'s>(
    state: &'s AppState,
    owner: &Operator,
    pool_id: &str,
) -> Result<(&'s CognitoAdmin, &'s CognitoUsers), AppError> {
    if pool_id == state.config().pool_id {
        return Err(AppError::Forbidden);
    }
    job_owner(state, owner, Role::Admin).await?;
    let handles = state.cognito();
    Ok((&handles.admin, &handles.users))
}

async fn job_owner(state: &AppState, owner: &Operator, min: Role) -> Result<Operator, AppError> {
    let role = role_of(state, &owner.username).await?.ok_or(AppError::Forbidden)?;
    if role < min {
        return Err(forbidden(owner, min));
    }
    Ok(Operator { role, ..owner.clone() })
}

/// The guard for server function `F` (the type `#[server]` generates): a session, a current
/// role, at least the role `F` declares with `permission!`, and a recent step-up when it
/// declares one. Called through `F::guard(…)`, which `permission!` generates with the arguments
/// the declaration names, so a recorded call's row is opened here, with its operator and
/// target, before the role is checked (a refusal is recorded too). The login steps declare no
/// role and have no guard (`level::Public` is no `Level`).
pub async fn require<F>(target: Target) -> Result<Guard<F::Least>, AppError>
where
    F: Permission,
    F::Least: Level,
{
    let Access::AtLeast(min) = F::ACCESS else {
        tracing::error!("the guard was asked for a function that declares public access");
        return Err(AppError::Internal);
    };
    let state = expect_context::<AppState>();
    let session = session::current().await?;
    let signed_in = signed_in(&state, &session).await?.ok_or(AppError::Unauthenticated)?;
    if F::RECORD != Record::Nothing {
        match (F::RECORD, Call::current()) {
            (Record::Session, Some(call)) => call.note(Some(&signed_in.operator), target),
            (_, Some(call)) => call.open(state.audit(), &signed_in.operator, target).await?,
            // A recorded function outside the audit layer: nothing may happen unrecorded.
            (_, None) => {
                tracing::error!("a recorded function was called without the audit layer");
                return Err(AppError::Internal);
            }
        }
    }
    if signed_in.operator.role < min {
        return Err(forbidden(&signed_in.operator, min));
    }
    let config = state.config();
    let stepped_up = session::now() - signed_in.stepped_up_at < config.step_up_seconds as i64;
    if F::STEP_UP == StepUp::Required && !stepped_up {
        tracing::info!(sub = %signed_in.operator.sub, "refused: step-up required");
        return Err(AppError::StepUpRequired);
    }
    Ok(Guard {
        operator: signed_in.operator,
        handles: state.cognito().clone(),
        console_pool_id: config.pool_id.clone(),
        console_client_id: config.client_id.clone(),
        roles: config.roles.clone(),
        stepped_up,
        audit: state.audit().clone(),
        index: state.index().clone(),
        level: PhantomData,
    })
}

/// The session's operator if they hold at least `min`: the check behind `require`, and the one
/// plain routes (the audit CSV) use.
pub async fn authorize(state: &AppState, session: &Session, min: Role) -> Result<Operator, AppError> {
    Ok(authorize_session(state, session, min).await?.operator)
}

async fn authorize_session(state: &AppState, session: &Session, min: Role) -> Result<SignedIn, AppError> {
    let signed_in = signed_in(state, session).await?.ok_or(AppError::Unauthenticated)?;
    if signed_in.operator.role < min {
        return Err(forbidden(&signed_in.operator, min));
    }
    Ok(signed_in)
}

fn forbidden(operator: &Operator, needed: Role) -> AppError {
    tracing::warn!(sub = %operator.sub, role = operator.role.label(), needed = needed.label(), "refused: role too low");
    AppError::Forbidden
}

/// The role `username` of the console's pool has now: `None` when disabled, gone, or in none of
/// the console's groups. Tokens outlive both a removal from a group and a disabled account, so
/// the guard asks again every few minutes.
pub async fn role_of(state: &AppState, username: &str) -> Result<Option<Role>, AppError> {
    let groups = state.auth().groups_of_enabled(username).await?;
    Ok(groups.and_then(|g| state.config().roles.role_for(g.iter().map(String::as_str))))
}

/// The session of a signed-in operator, if it is still valid: within its lifetimes, and (at
/// most `recheck_seconds` ago) still enabled and in one of the console's groups, with the role
/// those groups give now. A session whose operator lost every role ends here.
pub async fn signed_in(state: &AppState, session: &Session) -> Result<Option<SignedIn>, AppError> {
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
        let Some(role) = role_of(state, &signed_in.operator.username).await? else {
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
    Ok(Some(signed_in))
}
