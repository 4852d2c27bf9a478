//! The support desk: every change to a user or a membership goes through here, after the
//! target rule. The guard hands a `Desk` to support operators and admins; it holds a
//! `CognitoUsers` that no server function can take out of it, and runs a change only for a
//! `Checked` target, which only `Desk::check` makes. (The one other way to `CognitoUsers` is an
//! admin's blueprint run, `Guard::blueprint_users`, which only adds and applies the same
//! step-up rule to console groups.)
//!
//! The target rule, in the console's own pool (other pools have no operators to protect):
//!
//! - below admin, an operator acts only on users who hold no console role (in no console
//!   group), and never changes the membership of a console group;
//! - an admin changes a console group's membership, or links an identity to an operator, only
//!   after a recent step-up;
//! - nobody disables, deletes or demotes themself, nor the last enabled admin.
//!
//! It is checked against Cognito at call time (a stale page does not help), and fails closed:
//! when the target cannot be looked up, nothing is changed.
//!
//! A `Checked` target is made here and nowhere else:
//!
//! ```compile_fail,E0451
//! use pooldesk::server::desk::{Checked, UserAction};
//! let forged = Checked { pool_id: "p".into(), username: "admin".into(), action: UserAction::Delete, target: None };
//! ```

use crate::cognito::bulk::with_backoff;
use crate::cognito::{CognitoRead, CognitoUsers, auth_events, devices, linked_identities, users};
use crate::error::AppError;
use crate::i18n::t;
use crate::model::bulk::{BulkAction, BulkOutcome};
use crate::model::mfa::MfaChange;
use crate::model::role::Role;
use crate::model::session::Operator;
use crate::model::user::AttributeChange;
use crate::model::user::{TargetAccess, UserDetail};
use crate::server::config::RoleGroups;
use crate::server::index::PoolIndex;

/// One change to one user.
#[derive(Clone)]
pub enum UserAction {
    Enable,
    Disable,
    Confirm,
    ResetPassword,
    /// Never logged or recorded: `UserAction` has no `Debug` on purpose.
    SetPassword {
        password: String,
        permanent: bool,
    },
    SignOut,
    UpdateAttributes(AttributeChange),
    Delete,
    AddToGroup(String),
    RemoveFromGroup(String),
    /// One MFA factor off, on or preferred (a lost authenticator app: TOTP off).
    SetMfa(MfaChange),
    /// "Sign me out of that lost laptop": the device's next sign-in is a new device's.
    ForgetDevice(String),
    ForgetAllDevices,
    SetDeviceRemembered {
        key: String,
        remembered: bool,
    },
    /// Sign-ins with `subject` at `provider` become this user's ("I now have two accounts").
    LinkIdentity {
        provider: String,
        subject: String,
    },
    UnlinkIdentity {
        provider: String,
        subject: String,
    },
    /// Whether a sign-in event was the user (threat protection learns from it).
    AuthEventFeedback {
        event_id: String,
        valid: bool,
    },
}

impl UserAction {
    fn group(&self) -> Option<&str> {
        match self {
            Self::AddToGroup(g) | Self::RemoveFromGroup(g) => Some(g),
            _ => None,
        }
    }

    /// Whether it could leave the console without an (enabled) admin, or lock the operator out.
    fn locks_out(&self, admin_group: &str) -> bool {
        match self {
            Self::Disable | Self::Delete => true,
            Self::RemoveFromGroup(g) => g == admin_group,
            _ => false,
        }
    }
}

/// What the rule needs to know about a target in the console's pool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    /// The highest console role the target's groups give (enabled or not: re-enabling a
    /// disabled admin is an admin's call too).
    pub role: Option<Role>,
    pub is_self: bool,
    /// The target is an enabled member of the admin group.
    pub enabled_admin: bool,
}

/// The rule itself, pure. `other_admins` is asked only when the action could remove the last
/// enabled admin (it costs a ListUsersInGroup).
pub fn decide(
    operator: Role,
    roles: &RoleGroups,
    facts: &Facts,
    action: &UserAction,
    stepped_up: bool,
    other_admins: Option<usize>,
) -> Result<(), AppError> {
    let console_group = action.group().and_then(|g| roles.role_of_group(g));
    if operator < Role::Admin && (facts.role.is_some() || console_group.is_some()) {
        return Err(AppError::Forbidden);
    }
    if facts.is_self && action.locks_out(&roles.admin) {
        return Err(AppError::Conflict { message: self_refusal(action) });
    }
    if console_group.is_some() && !stepped_up {
        return Err(AppError::StepUpRequired);
    }
    // A linked identity signs in as the operator without their password: as dangerous as a
    // console-group membership.
    if matches!(action, UserAction::LinkIdentity { .. }) && facts.role.is_some() && !stepped_up {
        return Err(AppError::StepUpRequired);
    }
    if facts.enabled_admin && action.locks_out(&roles.admin) && other_admins == Some(0) {
        return Err(AppError::Conflict { message: t("desk-last-admin") });
    }
    Ok(())
}

fn self_refusal(action: &UserAction) -> String {
    match action {
        UserAction::Delete => t("desk-self-delete"),
        UserAction::Disable => t("desk-self-disable"),
        _ => t("desk-self-admin"),
    }
}

/// What the pages may offer on a target: the same rule, from the user the page already loaded
/// (the server checks again at call time).
pub fn access(
    operator: &Operator,
    roles: &RoleGroups,
    in_console_pool: bool,
    user: &UserDetail,
) -> TargetAccess {
    if !in_console_pool || operator.role >= Role::Admin {
        return TargetAccess::default();
    }
    let is_operator = roles.role_for(user.groups.iter().map(|g| g.name.as_str())).is_some();
    TargetAccess { locked: is_operator.then(|| t("desk-operator-locked")), locked_groups: roles.names() }
}

/// A target that passed the rule for one action. Only `Desk::check` makes one, and only
/// `Desk::run` takes one.
pub struct Checked {
    pool_id: String,
    username: String,
    action: UserAction,
    /// The user as the rule read them (in the console's pool), for a bulk run's "already so".
    target: Option<UserDetail>,
}

impl Checked {
    /// Cognito's name for the target (an alias or email typed in resolves to it).
    pub fn username(&self) -> &str {
        &self.username
    }
}

/// The support desk of one request (see the module's documentation).
#[derive(Clone)]
pub struct Desk {
    users: CognitoUsers,
    operator: Operator,
    console_pool_id: String,
    roles: RoleGroups,
    stepped_up: bool,
    /// Every change is applied to the pool's index too, when it has one.
    index: PoolIndex,
}

impl Desk {
    pub(super) fn new(
        users: CognitoUsers,
        operator: Operator,
        console_pool_id: String,
        (roles, stepped_up): (RoleGroups, bool),
        index: PoolIndex,
    ) -> Self {
        Self { users, operator, console_pool_id, roles, stepped_up, index }
    }

    /// Reads: the rule's, and a job's that lists users before it changes them.
    pub fn read(&self) -> &CognitoRead {
        &self.users
    }

    pub fn is_console_pool(&self, pool_id: &str) -> bool {
        pool_id == self.console_pool_id
    }

    /// Applies the target rule to `username` in `pool_id` for `action`, asking Cognito now.
    pub async fn check(
        &self,
        pool_id: &str,
        username: &str,
        action: UserAction,
    ) -> Result<Checked, AppError> {
        let checked =
            Checked { pool_id: pool_id.to_string(), username: username.to_string(), action, target: None };
        if pool_id != self.console_pool_id {
            return Ok(checked);
        }
        let target = users::get(self.read(), pool_id, username).await.map_err(could_not_check)?;
        let role = self.roles.role_for(target.groups.iter().map(|g| g.name.as_str()));
        let facts = Facts {
            role,
            is_self: target.sub.as_deref() == Some(self.operator.sub.as_str()),
            enabled_admin: target.enabled && target.groups.iter().any(|g| g.name == self.roles.admin),
        };
        let other_admins = match facts.enabled_admin && checked.action.locks_out(&self.roles.admin) {
            true => Some(self.enabled_admins_besides(&target.username).await?),
            false => None,
        };
        decide(self.operator.role, &self.roles, &facts, &checked.action, self.stepped_up, other_admins)?;
        // The checked name is Cognito's own (an alias or email typed in resolves to it).
        Ok(Checked { username: target.username.clone(), target: Some(target), ..checked })
    }

    /// Enabled members of the console's admin group other than `username`.
    async fn enabled_admins_besides(&self, username: &str) -> Result<usize, AppError> {
        let mut count = 0;
        let mut next = None;
        loop {
            let page = users::list_in_group(self.read(), &self.console_pool_id, &self.roles.admin, 60, next)
                .await
                .map_err(could_not_check)?;
            count += page.users.iter().filter(|u| u.enabled && u.username != username).count();
            match page.next_token {
                Some(token) => next = Some(token),
                None => return Ok(count),
            }
        }
    }

    /// The checked user as Cognito has them: the rule's own read in the console's pool (no
    /// second AdminGetUser), else one AdminGetUser now.
    pub async fn target(&self, checked: &Checked) -> Result<UserDetail, AppError> {
        match &checked.target {
            Some(target) => Ok(target.clone()),
            None => users::lookup(self.read(), &checked.pool_id, &checked.username).await,
        }
    }

    /// Runs a checked change, and applies it to the pool's index.
    pub async fn run(&self, checked: &Checked) -> Result<(), AppError> {
        let (u, pool, name) = (&self.users, checked.pool_id.as_str(), checked.username.as_str());
        match &checked.action {
            UserAction::Enable => users::set_enabled(u, pool, name, true).await,
            UserAction::Disable => users::set_enabled(u, pool, name, false).await,
            UserAction::Confirm => users::confirm_sign_up(u, pool, name).await,
            UserAction::ResetPassword => users::reset_password(u, pool, name).await,
            UserAction::SetPassword { password, permanent } => {
                users::set_password(u, pool, name, password, *permanent).await
            }
            UserAction::SignOut => users::global_sign_out(u, pool, name).await,
            UserAction::UpdateAttributes(change) => users::change_attributes(u, pool, name, change).await,
            UserAction::Delete => users::delete(u, pool, name).await,
            UserAction::AddToGroup(group) => users::add_to_group(u, pool, name, group).await,
            UserAction::RemoveFromGroup(group) => users::remove_from_group(u, pool, name, group).await,
            UserAction::SetMfa(change) => users::set_mfa(u, pool, name, *change).await,
            UserAction::ForgetDevice(key) => devices::forget(u, pool, name, key).await,
            UserAction::ForgetAllDevices => forget_all_devices(u, pool, name).await,
            UserAction::SetDeviceRemembered { key, remembered } => {
                devices::set_remembered(u, pool, name, key, *remembered).await
            }
            UserAction::AuthEventFeedback { event_id, valid } => {
                auth_events::feedback(u, pool, name, event_id, *valid).await
            }
            UserAction::LinkIdentity { provider, subject } => {
                linked_identities::link(u, pool, name, provider, subject).await
            }
            UserAction::UnlinkIdentity { provider, subject } => {
                linked_identities::unlink(u, pool, provider, subject).await
            }
        }?;
        self.keep_index(pool, name, &checked.action).await;
        Ok(())
    }

    /// Applies a change that went through to the pool's index (`server::index`): memberships
    /// and deletions as made; anything else by reading the user back, so that the index holds
    /// what Cognito made of it (a status, a verification flag, the modification date). The
    /// change stands if this fails: the index is behind until the next build, and the log says.
    async fn keep_index(&self, pool_id: &str, username: &str, action: &UserAction) {
        let kept = match action {
            // The index holds no MFA, devices or sign-ins.
            UserAction::SignOut
            | UserAction::SetMfa(_)
            | UserAction::ForgetDevice(_)
            | UserAction::ForgetAllDevices
            | UserAction::SetDeviceRemembered { .. }
            | UserAction::AuthEventFeedback { .. } => return,
            UserAction::AddToGroup(g) => self.index.membership_changed(pool_id, username, g, true).await,
            UserAction::RemoveFromGroup(g) => {
                self.index.membership_changed(pool_id, username, g, false).await
            }
            UserAction::Delete => self.index.user_deleted(pool_id, username).await,
            _ => return self.reindex(pool_id, username).await,
        };
        if let Err(e) = kept {
            tracing::warn!(error = %e, pool = %pool_id, "index: a change could not be applied; the next build mends it");
        }
    }

    /// Reads `username` back into an indexed pool's index.
    async fn reindex(&self, pool_id: &str, username: &str) {
        let generation = match self.index.generation(pool_id).await {
            Ok(Some(generation)) => generation,
            Ok(None) => return,
            Err(e) => return tracing::warn!(error = %e, "index: cannot read the index"),
        };
        let kept = match users::lookup(self.read(), pool_id, username).await {
            Ok(user) => self.index.user_changed(pool_id, &user, generation).await.map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        if let Err(e) = kept {
            tracing::warn!(error = %e, pool = %pool_id, "index: a changed user could not be read back; the next build mends it");
        }
    }

    /// `check`, then `run`.
    pub async fn apply(&self, pool_id: &str, username: &str, action: UserAction) -> Result<(), AppError> {
        let checked = self.check(pool_id, username, action).await?;
        self.run(&checked).await
    }

    /// Creates a user (admins only: the guard gives the desk's creation to `Guard<Admin>`);
    /// an initial group goes through `apply` like any other membership.
    pub(super) async fn create(&self, pool_id: &str, user: &users::NewUser) -> Result<String, AppError> {
        let username = users::create(&self.users, pool_id, user).await?;
        self.reindex(pool_id, &username).await;
        Ok(username)
    }

    /// One user of a bulk run: the rule, then the change unless it is already so. Throttled
    /// calls are retried with backoff. `member`: whether the user is in `group`, when the job
    /// read the group's members beforehand (one write per user instead of a read and a write).
    pub async fn bulk_one(
        &self,
        pool_id: &str,
        action: BulkAction,
        group: Option<&str>,
        username: &str,
        member: Option<bool>,
    ) -> Result<BulkOutcome, AppError> {
        let group =
            || group.map(str::to_string).ok_or_else(|| AppError::invalid("group", t("invalid-choose-group")));
        let user_action = match action {
            BulkAction::Enable => UserAction::Enable,
            BulkAction::Disable => UserAction::Disable,
            BulkAction::AddToGroup => UserAction::AddToGroup(group()?),
            BulkAction::RemoveFromGroup => UserAction::RemoveFromGroup(group()?),
        };
        let checked = with_backoff(|| self.check(pool_id, username, user_action.clone())).await?;
        let name = checked.username.as_str();
        // The rule has read the user in the console's pool; elsewhere they are read here.
        let already = match &checked.action {
            UserAction::Enable | UserAction::Disable => {
                let enable = matches!(checked.action, UserAction::Enable);
                let enabled = match &checked.target {
                    Some(target) => target.enabled,
                    None => with_backoff(|| users::lookup(self.read(), pool_id, name)).await?.enabled,
                };
                enabled == enable
            }
            UserAction::AddToGroup(g) | UserAction::RemoveFromGroup(g) => {
                let adding = matches!(checked.action, UserAction::AddToGroup(_));
                let member = match (&checked.target, member) {
                    (Some(target), _) => target.groups.iter().any(|m| &m.name == g),
                    (None, Some(known)) => known,
                    (None, None) => with_backoff(|| users::groups_of(self.read(), pool_id, name))
                        .await?
                        .iter()
                        .any(|m| &m.name == g),
                };
                member == adding
            }
            _ => false,
        };
        if already {
            return Ok(BulkOutcome::Already);
        }
        with_backoff(|| self.run(&checked)).await?;
        Ok(BulkOutcome::Done)
    }
}

/// Every device of the user forgotten, one by one (Cognito has no call for all); a failure
/// stops it there, and the list on the page shows what is left.
async fn forget_all_devices(u: &CognitoUsers, pool_id: &str, username: &str) -> Result<(), AppError> {
    for device in devices::list(u, pool_id, username).await? {
        with_backoff(|| devices::forget(u, pool_id, username, &device.key)).await?;
    }
    Ok(())
}

/// The target could not be looked up: nothing is changed (fail closed). A user that does not
/// exist is said so; anything else gets one clear sentence.
fn could_not_check(err: AppError) -> AppError {
    match err {
        AppError::NotFound { .. } | AppError::Throttled => err,
        other => {
            tracing::warn!(error = ?other, "target rule: lookup failed; change refused");
            AppError::unavailable(t("desk-could-not-check"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles() -> RoleGroups {
        RoleGroups { admin: "admin".into(), support: Some("support".into()), viewer: Some("viewer".into()) }
    }

    fn facts(role: Option<Role>, is_self: bool) -> Facts {
        Facts { role, is_self, enabled_admin: role == Some(Role::Admin) }
    }

    fn all_actions() -> Vec<UserAction> {
        vec![
            UserAction::Enable,
            UserAction::Disable,
            UserAction::Confirm,
            UserAction::ResetPassword,
            UserAction::SetPassword { password: "x".into(), permanent: true },
            UserAction::SignOut,
            UserAction::UpdateAttributes(AttributeChange::default()),
            UserAction::Delete,
            UserAction::AddToGroup("editors".into()),
            UserAction::RemoveFromGroup("editors".into()),
            UserAction::ForgetDevice("us-east-1_a".into()),
            UserAction::ForgetAllDevices,
            UserAction::SetDeviceRemembered { key: "us-east-1_a".into(), remembered: false },
            UserAction::AuthEventFeedback { event_id: "e".into(), valid: false },
            UserAction::LinkIdentity { provider: "Google".into(), subject: "1".into() },
            UserAction::UnlinkIdentity { provider: "Google".into(), subject: "1".into() },
        ]
    }

    #[test]
    fn below_admin_only_users_without_a_console_role() {
        for operator in [Role::Viewer, Role::Support] {
            for action in all_actions() {
                assert_eq!(decide(operator, &roles(), &facts(None, false), &action, false, Some(1)), Ok(()));
                for target in [Role::Viewer, Role::Support, Role::Admin] {
                    let refused =
                        decide(operator, &roles(), &facts(Some(target), false), &action, true, Some(1));
                    assert_eq!(refused, Err(AppError::Forbidden));
                }
            }
        }
    }

    #[test]
    fn console_groups_are_for_admins_after_a_step_up() {
        for group in ["admin", "support", "viewer"] {
            for action in [UserAction::AddToGroup(group.into()), UserAction::RemoveFromGroup(group.into())] {
                let plain = facts(None, false);
                assert_eq!(
                    decide(Role::Support, &roles(), &plain, &action, true, None),
                    Err(AppError::Forbidden)
                );
                assert_eq!(
                    decide(Role::Admin, &roles(), &plain, &action, false, None),
                    Err(AppError::StepUpRequired)
                );
                assert_eq!(decide(Role::Admin, &roles(), &plain, &action, true, None), Ok(()));
            }
        }
        // Without a support group configured, a group named "support" is an ordinary group.
        let admin_only = RoleGroups::admin_only("admin");
        let add = UserAction::AddToGroup("support".into());
        assert_eq!(decide(Role::Support, &admin_only, &facts(None, false), &add, false, None), Ok(()));
    }

    #[test]
    fn linking_an_identity_to_an_operator_needs_a_step_up() {
        let link = UserAction::LinkIdentity { provider: "Google".into(), subject: "1".into() };
        for target in [Role::Viewer, Role::Support, Role::Admin] {
            let operator = facts(Some(target), false);
            assert_eq!(
                decide(Role::Admin, &roles(), &operator, &link, false, None),
                Err(AppError::StepUpRequired)
            );
            assert_eq!(decide(Role::Admin, &roles(), &operator, &link, true, None), Ok(()));
        }
        assert_eq!(decide(Role::Admin, &roles(), &facts(None, false), &link, false, None), Ok(()));
        assert_eq!(decide(Role::Support, &roles(), &facts(None, false), &link, false, None), Ok(()));
    }

    #[test]
    fn nobody_locks_out_themself_or_the_last_admin() {
        let me = facts(Some(Role::Admin), true);
        for action in [UserAction::Disable, UserAction::Delete, UserAction::RemoveFromGroup("admin".into())] {
            assert!(matches!(
                decide(Role::Admin, &roles(), &me, &action, true, Some(3)),
                Err(AppError::Conflict { .. })
            ));
            let other = facts(Some(Role::Admin), false);
            assert!(matches!(
                decide(Role::Admin, &roles(), &other, &action, true, Some(0)),
                Err(AppError::Conflict { .. })
            ));
            assert_eq!(decide(Role::Admin, &roles(), &other, &action, true, Some(1)), Ok(()));
        }
        // Changing their own password or attributes is not a lock-out.
        assert_eq!(decide(Role::Admin, &roles(), &me, &UserAction::SignOut, false, None), Ok(()));
    }

    #[test]
    fn pages_hide_what_the_rule_refuses() {
        let user = |groups: &[&str]| UserDetail {
            groups: groups
                .iter()
                .map(|g| crate::model::user::GroupRef { name: g.to_string(), precedence: None })
                .collect(),
            ..UserDetail::sample()
        };
        let support = Operator { sub: "s".into(), username: "s".into(), email: None, role: Role::Support };
        let admin = Operator { role: Role::Admin, ..support.clone() };
        let on_admin = access(&support, &roles(), true, &user(&["admin"]));
        assert!(on_admin.locked.is_some());
        assert_eq!(on_admin.locked_groups, ["admin", "support", "viewer"]);
        let on_user = access(&support, &roles(), true, &user(&["editors"]));
        assert!(on_user.locked.is_none());
        assert_eq!(access(&support, &roles(), false, &user(&["admin"])), TargetAccess::default());
        assert_eq!(access(&admin, &roles(), true, &user(&["admin"])), TargetAccess::default());
    }
}
