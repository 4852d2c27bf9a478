//! Backups and restores against Cognito: the pool's configuration as a backup writes it
//! (`config`), the live pool as a restore plans against it (`read_live`), and one planned step
//! applied (`apply_step`) through the same create, update and delete functions as the pages.
//! The users of a backup are read by the export (`export::export_users`, format `Backup`).

use std::collections::HashMap;

use super::error::unless_unsupported;
use super::{
    CognitoAdmin, CognitoRead, CognitoUsers, clients, export, groups, password, pools, resource_servers,
    users,
};
use crate::error::AppError;
use crate::model::blueprint::{PlanStep, StepAction};
use crate::model::bulk::BulkOutcome;
use crate::model::pool_settings::CustomAttribute;
use crate::rules::restore::{
    Backup, BackupClient, BackupConfig, BackupGroup, BackupPool, BackupUser, Live, by_email,
    restored_attributes, user_changes,
};

/// The pool's configuration, and the kinds the endpoint could not list (with why).
pub async fn config(
    cognito: &CognitoRead,
    pool_id: &str,
) -> Result<(BackupConfig, Vec<(String, String)>), AppError> {
    // Boxed: joined in place, these futures outgrow a test thread's stack in debug builds.
    let (pool, servers, described, groups) = tokio::join!(
        Box::pin(pools::describe(cognito, pool_id)),
        Box::pin(resource_servers::list(cognito, pool_id)),
        Box::pin(clients::describe_all(cognito, pool_id, None)),
        Box::pin(groups::list(cognito, pool_id)),
    );
    let (pool, described, groups) = (pool?, described?, groups?);
    let (resource_servers, unlisted) = unless_unsupported(servers)?;
    let unsupported = unlisted.map(|why| ("resource server".to_string(), why)).into_iter().collect();
    let config = BackupConfig {
        pool: BackupPool {
            name: pool.name,
            username_attributes: pool.username_attributes,
            mfa: pool.mfa,
            self_sign_up: pool.self_sign_up,
            deletion_protection: pool.deletion_protection,
            password_policy: Some(pool.password_policy),
            domain: pool.domain,
        },
        custom_attributes: pool.schema.into_iter().filter(|a| a.name.starts_with("custom:")).collect(),
        resource_servers,
        clients: described
            .into_iter()
            .map(|c| BackupClient { has_secret: c.has_secret, settings: c.settings })
            .collect(),
        groups: groups.iter().map(BackupGroup::from).collect(),
    };
    Ok((config, unsupported))
}

/// The live pool as a restore plans against it: its configuration and every user with groups,
/// and the ids of its app clients by name.
pub async fn read_live(
    cognito: &CognitoRead,
    pool_id: &str,
) -> Result<(Live, HashMap<String, String>), AppError> {
    let ((config, unsupported), users, ids) = tokio::try_join!(
        Box::pin(config(cognito, pool_id)),
        Box::pin(export::all_users(cognito, pool_id)),
        Box::pin(clients::ids(cognito, pool_id)),
    )?;
    let users = users
        .into_iter()
        .map(|u| BackupUser {
            username: u.username,
            attributes: u.attributes.into_iter().collect(),
            status: u.status,
            enabled: u.enabled,
            groups: u.groups,
        })
        .collect();
    let client_ids = ids.into_iter().map(|(id, name)| (name, id)).collect();
    Ok((Live { config, users, unsupported }, client_ids))
}

/// What one restore needs to apply its steps: the backup, the users of the live pool it was
/// planned against, and the usernames of the users it matched or created (by the plan's key).
pub struct Restore<'a> {
    pub admin: &'a CognitoAdmin,
    pub users: &'a CognitoUsers,
    pub pool_id: &'a str,
    pub backup: &'a Backup,
    pub client_ids: &'a HashMap<String, String>,
    /// Send Cognito's invitation to created users (else they are created silently).
    pub invite: bool,
    /// Plan key → username: the live users, and each user as it is created.
    usernames: std::sync::Mutex<HashMap<String, String>>,
    /// Plan key → the backup's user and the live one (a step finds its user without a scan).
    wanted: HashMap<String, &'a BackupUser>,
    found: HashMap<String, &'a BackupUser>,
    policy: crate::model::pool::PasswordPolicy,
}

impl<'a> Restore<'a> {
    pub fn new(
        admin: &'a CognitoAdmin,
        users: &'a CognitoUsers,
        pool_id: &'a str,
        backup: &'a Backup,
        (live, client_ids): (&'a Live, &'a HashMap<String, String>),
        invite: bool,
    ) -> Self {
        let email = by_email(live);
        let keyed = |list: &'a [BackupUser]| -> HashMap<String, &'a BackupUser> {
            list.iter().filter_map(|u| u.key(email).map(|k| (k, u))).collect()
        };
        let (wanted, found) = (keyed(&backup.users), keyed(&live.users));
        let usernames: HashMap<String, String> =
            found.iter().map(|(k, u)| (k.clone(), u.username.clone())).collect();
        let policy = live.config.pool.password_policy.clone().unwrap_or_default();
        Self {
            admin,
            users,
            pool_id,
            backup,
            client_ids,
            invite,
            usernames: usernames.into(),
            wanted,
            found,
            policy,
        }
    }

    fn username(&self, key: &str) -> String {
        let known = self.usernames.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        known.get(key).cloned().unwrap_or_else(|| key.to_string())
    }

    /// Applies one step (`Keep` and `Skip` steps are not applied: "already so").
    pub async fn apply_step(&self, step: &PlanStep) -> Result<BulkOutcome, AppError> {
        if !step.action.changes() {
            return Ok(BulkOutcome::Already);
        }
        let (pool_id, want) = (self.pool_id, &self.backup.config);
        let delete = step.action == StepAction::Delete;
        match step.kind.as_str() {
            "attribute" => {
                let a =
                    want.custom_attributes.iter().find(|a| a.name == step.name).ok_or(AppError::Internal)?;
                let custom = CustomAttribute {
                    name: a.name.trim_start_matches("custom:").to_string(),
                    kind: if a.kind.is_empty() { "String".into() } else { a.kind.clone() },
                    mutable: a.mutable,
                    min: a.min.as_deref().and_then(|m| m.parse().ok()),
                    max: a.max.as_deref().and_then(|m| m.parse().ok()),
                };
                pools::add_custom_attributes(self.admin, pool_id, &[custom]).await?;
            }
            "resource server" if delete => resource_servers::delete(self.admin, pool_id, &step.name).await?,
            "resource server" => {
                let rs = want
                    .resource_servers
                    .iter()
                    .find(|r| r.identifier == step.name)
                    .ok_or(AppError::Internal)?;
                match step.action {
                    StepAction::Create => resource_servers::create(self.admin, pool_id, rs).await?,
                    _ => resource_servers::update(self.admin, pool_id, rs).await?,
                }
            }
            "app client" => {
                let id = self.client_ids.get(&step.name);
                match (step.action, id) {
                    (StepAction::Delete, Some(id)) => clients::delete(self.admin, pool_id, id).await?,
                    (StepAction::Update, Some(id)) => {
                        let c = self.client(&step.name)?;
                        clients::update(self.admin, pool_id, id, &c.settings).await?
                    }
                    (StepAction::Create, _) => {
                        let c = self.client(&step.name)?;
                        clients::create(self.admin, pool_id, &c.settings, c.has_secret).await?;
                    }
                    _ => return Err(AppError::not_found("The app client")),
                }
            }
            "group" if delete => groups::delete(self.admin, pool_id, &step.name).await?,
            "group" => {
                let g = want.groups.iter().find(|g| g.name == step.name).ok_or(AppError::Internal)?;
                let group = crate::model::group::ValidGroup {
                    name: g.name.clone(),
                    description: g.description.clone(),
                    precedence: g.precedence,
                    role_arn: g.role_arn.clone(),
                };
                match step.action {
                    StepAction::Create => groups::create(self.admin, pool_id, &group).await?,
                    _ => groups::update(self.admin, pool_id, &group).await?,
                }
            }
            "user" if delete => users::delete(self.users, pool_id, &self.username(&step.name)).await?,
            "user" => self.user(step).await?,
            "membership" => {
                let (key, group) = step.name.rsplit_once(" → ").ok_or(AppError::Internal)?;
                let username = self.username(key);
                match step.action {
                    StepAction::Delete => {
                        users::remove_from_group(self.users, pool_id, &username, group).await?
                    }
                    _ => users::add_to_group(self.users, pool_id, &username, group).await?,
                }
            }
            _ => return Err(AppError::Internal),
        }
        Ok(BulkOutcome::Done)
    }

    fn client(&self, name: &str) -> Result<&BackupClient, AppError> {
        self.backup.config.clients.iter().find(|c| c.settings.name == name).ok_or(AppError::Internal)
    }

    /// Creates a user (with a temporary password nobody is shown: Cognito's invitation sends it
    /// when asked, else an operator resets the password), or aligns its attributes and enabled
    /// flag.
    async fn user(&self, step: &PlanStep) -> Result<(), AppError> {
        let want = *self.wanted.get(&step.name).ok_or(AppError::Internal)?;
        let pool_id = self.pool_id;
        if step.action == StepAction::Create {
            let new = users::NewUser {
                username: step.name.clone(),
                temporary_password: password::generate(&self.policy),
                invite: self.invite,
                delivery_sms: false,
                attributes: restored_attributes(want),
            };
            let username = users::create(self.users, pool_id, &new).await?;
            self.usernames
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .insert(step.name.clone(), username.clone());
            if !want.enabled {
                users::set_enabled(self.users, pool_id, &username, false).await?;
            }
            return Ok(());
        }
        let username = self.username(&step.name);
        let now = *self.found.get(&step.name).ok_or_else(|| AppError::not_found("The user"))?;
        let (set, enabled) = user_changes(now, want);
        if !set.is_empty() {
            let change = crate::model::user::AttributeChange { set, remove: Vec::new() };
            users::change_attributes(self.users, pool_id, &username, &change).await?;
        }
        if let Some(enabled) = enabled {
            users::set_enabled(self.users, pool_id, &username, enabled).await?;
        }
        Ok(())
    }
}
