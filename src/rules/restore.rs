//! Backups and restores. A backup (`pooldesk.backup/1`, JSON) is a whole pool as one document:
//! its settings, custom attributes, domain, resource servers, app clients (no secrets), groups,
//! and every user with attributes, enabled flag and groups. It names everything a blueprint
//! names, in Cognito's full form (an app client's every setting rather than a preset), so it is
//! planned and reported with the blueprint's steps (`PlanStep`).
//!
//! `plan` compares a backup with a live pool (`Live`, the same document read from Cognito):
//! create what is missing, align what differs, and, only when asked (`Options::remove`), delete
//! what the backup does not have. Planning again after an apply gives no change. A user is
//! matched by username, or by email when the target pool signs in with email (its usernames are
//! Cognito's own UUIDs, different in every pool).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::i18n::{t, t_with};
use crate::model::blueprint::{PlanStep, StepAction};
use crate::model::client::ClientSettings;
use crate::model::group::GroupInfo;
use crate::model::pool::{PasswordPolicy, SchemaAttribute};
use crate::model::resource_server::ResourceServer;

/// The document's schema name (the export writes it): a reader refuses any other.
pub use crate::model::user_export::BACKUP_SCHEMA;

/// Attributes Cognito sets itself: never written by a restore, never compared.
const NOT_RESTORED: [&str; 3] = ["sub", "identities", "cognito:user_status"];

/// A whole backup as read back.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Backup {
    pub schema: String,
    /// The pool it was taken from.
    pub pool_id: String,
    pub config: BackupConfig,
    pub users: Vec<BackupUser>,
}

/// Everything but the users: written at the head of the document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupConfig {
    pub pool: BackupPool,
    /// The `custom:` attributes of the pool's schema.
    pub custom_attributes: Vec<SchemaAttribute>,
    pub resource_servers: Vec<ResourceServer>,
    pub clients: Vec<BackupClient>,
    pub groups: Vec<BackupGroup>,
}

/// The pool's settings a restore compares (and reports; they are changed on the pool's pages).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupPool {
    pub name: String,
    /// Attributes that serve as the username (`email`, `phone_number`), fixed at creation.
    pub username_attributes: Vec<String>,
    pub mfa: String,
    pub self_sign_up: bool,
    pub deletion_protection: bool,
    pub password_policy: Option<PasswordPolicy>,
    /// The Cognito domain (prefix), unique across AWS: not re-created by a restore.
    pub domain: Option<String>,
}

/// An app client: its settings, and whether it had a secret (a restored one gets a new one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupClient {
    pub has_secret: bool,
    pub settings: ClientSettings,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupGroup {
    pub name: String,
    pub description: Option<String>,
    pub precedence: Option<i32>,
    pub role_arn: Option<String>,
}

impl From<&GroupInfo> for BackupGroup {
    fn from(g: &GroupInfo) -> Self {
        Self {
            name: g.name.clone(),
            description: g.description.clone(),
            precedence: g.precedence,
            role_arn: g.role_arn.clone(),
        }
    }
}

/// A user as the backup (and the JSON export) writes it; dates and MFA are read past.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct BackupUser {
    pub username: String,
    #[serde(default)]
    pub attributes: BTreeMap<String, String>,
    #[serde(default)]
    pub status: String,
    #[serde(default = "enabled")]
    pub enabled: bool,
    #[serde(default)]
    pub groups: Vec<String>,
}

fn enabled() -> bool {
    true
}

impl BackupUser {
    /// The key a restore matches users by (`by_email`: the email, lower case).
    pub fn key(&self, by_email: bool) -> Option<String> {
        match by_email {
            true => self.attributes.get("email").map(|e| e.to_lowercase()),
            false => Some(self.username.clone()),
        }
    }
}

fn bad(message: impl Into<String>) -> AppError {
    AppError::invalid("backup", message)
}

/// Reads a backup document and checks what a plan relies on.
pub fn parse_backup(text: &str) -> Result<Backup, AppError> {
    #[derive(Deserialize)]
    struct Schema {
        schema: String,
    }
    let not_a_backup = |schema: &str| {
        bad(t_with(
            "restore-not-a-backup",
            &[("schema", format!("{schema:?}").into()), ("backup", BACKUP_SCHEMA.into())],
        ))
    };
    let backup: Backup =
        serde_json::from_str(text).map_err(|e| match serde_json::from_str::<Schema>(text) {
            // Another document of ours (a user export) lacks a backup's parts: say what it is.
            Ok(other) if other.schema != BACKUP_SCHEMA => not_a_backup(&other.schema),
            _ => bad(t_with("restore-unreadable", &[("error", e.to_string().into())])),
        })?;
    if backup.schema != BACKUP_SCHEMA {
        return Err(not_a_backup(&backup.schema));
    }
    let mut names = BTreeSet::new();
    for user in &backup.users {
        if user.username.is_empty() || !names.insert(user.username.as_str()) {
            return Err(bad(t_with(
                "restore-user-twice",
                &[("user", format!("{:?}", user.username).into())],
            )));
        }
        if let Some(g) = user.groups.iter().find(|g| !backup.config.groups.iter().any(|b| &b.name == *g)) {
            return Err(bad(t_with(
                "restore-unknown-group",
                &[("user", user.username.clone().into()), ("group", format!("{g:?}").into())],
            )));
        }
    }
    Ok(backup)
}

/// The live pool, read as a backup would write it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Live {
    pub config: BackupConfig,
    pub users: Vec<BackupUser>,
    /// The kinds the endpoint cannot list ("resource server" on cognito-local), with why.
    pub unsupported: Vec<(String, String)>,
}

/// How to restore.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Options {
    /// Delete users, memberships, groups, app clients and resource servers the backup does not
    /// have.
    pub remove: bool,
}

/// Step kinds, in the order a restore applies them: a user's groups exist before it joins them.
pub const KINDS: [&str; 8] =
    ["pool settings", "domain", "attribute", "resource server", "app client", "group", "user", "membership"];

fn step(kind: &str, name: &str, action: StepAction, detail: impl Into<String>) -> PlanStep {
    PlanStep { kind: kind.into(), name: name.into(), action, detail: detail.into() }
}

/// Matches users by email when the target pool signs in with email.
pub fn by_email(live: &Live) -> bool {
    live.config.pool.username_attributes.iter().any(|a| a == "email")
}

/// A membership step's name.
pub fn membership(user: &str, group: &str) -> String {
    format!("{user} → {group}")
}

/// The steps that turn `live` into `backup`, in `KINDS` order; `Keep` steps only for the pool's
/// parts (a 50,000-user plan lists what changes, not every user that is already so).
pub fn plan(backup: &Backup, live: &Live, options: Options) -> Vec<PlanStep> {
    let mut steps = Vec::new();
    let (want, now) = (&backup.config, &live.config);
    let unsupported =
        |kind: &str| live.unsupported.iter().find(|(k, _)| k == kind).map(|(_, why)| why.clone());

    let settings = pool_differences(&want.pool, &now.pool);
    steps.push(match settings.is_empty() {
        true => step("pool settings", &now.pool.name, StepAction::Keep, t("restore-as-in-backup")),
        false => step(
            "pool settings",
            &now.pool.name,
            StepAction::Skip,
            t_with("restore-settings-differ", &[("settings", settings.join("; ").into())]),
        ),
    });
    if let (Some(domain), None) = (&want.pool.domain, &now.pool.domain) {
        steps.push(step("domain", domain, StepAction::Skip, t("restore-domain-unique")));
    }

    for a in &want.custom_attributes {
        if !now.custom_attributes.iter().any(|n| n.name == a.name) {
            let kind = if a.kind.is_empty() { "String" } else { a.kind.as_str() };
            let mutable = t(if a.mutable { "restore-mutable" } else { "restore-immutable" });
            steps.push(step("attribute", &a.name, StepAction::Create, format!("{kind}, {mutable}")));
        }
    }

    let servers = unsupported("resource server");
    for rs in &want.resource_servers {
        let found = now.resource_servers.iter().find(|n| n.identifier == rs.identifier);
        steps.push(match (found, &servers) {
            (_, Some(why)) => step("resource server", &rs.identifier, StepAction::Skip, why.clone()),
            (None, None) => step("resource server", &rs.identifier, StepAction::Create, scopes_of(rs)),
            (Some(n), None) if n.name != rs.name || sorted_scopes(n) != sorted_scopes(rs) => {
                step("resource server", &rs.identifier, StepAction::Update, scopes_of(rs))
            }
            (Some(_), None) => {
                step("resource server", &rs.identifier, StepAction::Keep, t("restore-as-in-backup"))
            }
        });
    }
    if options.remove && servers.is_none() {
        for n in now
            .resource_servers
            .iter()
            .filter(|n| !want.resource_servers.iter().any(|w| w.identifier == n.identifier))
        {
            steps.push(step(
                "resource server",
                &n.identifier,
                StepAction::Delete,
                t("restore-not-in-backup"),
            ));
        }
    }

    for c in &want.clients {
        let name = &c.settings.name;
        steps.push(match now.clients.iter().find(|n| &n.settings.name == name) {
            None => {
                let secret = t(if c.has_secret { "restore-new-secret" } else { "restore-no-secret" });
                step("app client", name, StepAction::Create, secret)
            }
            Some(n) => match client_differences(&n.settings, &c.settings) {
                diff if diff.is_empty() => {
                    step("app client", name, StepAction::Keep, t("restore-as-in-backup"))
                }
                diff => step("app client", name, StepAction::Update, diff.join("; ")),
            },
        });
    }
    if options.remove {
        for n in
            now.clients.iter().filter(|n| !want.clients.iter().any(|w| w.settings.name == n.settings.name))
        {
            steps.push(step("app client", &n.settings.name, StepAction::Delete, t("restore-not-in-backup")));
        }
    }

    for g in &want.groups {
        steps.push(match now.groups.iter().find(|n| n.name == g.name) {
            None => step("group", &g.name, StepAction::Create, group_detail(g)),
            Some(n) if n != g => step("group", &g.name, StepAction::Update, group_detail(g)),
            Some(_) => step("group", &g.name, StepAction::Keep, t("restore-as-in-backup")),
        });
    }
    if options.remove {
        for n in now.groups.iter().filter(|n| !want.groups.iter().any(|w| w.name == n.name)) {
            steps.push(step("group", &n.name, StepAction::Delete, t("restore-group-not-in-backup")));
        }
    }

    let by_email = by_email(live);
    let live_users: HashMap<String, &BackupUser> =
        live.users.iter().filter_map(|u| u.key(by_email).map(|k| (k, u))).collect();
    let mut memberships = Vec::new();
    for user in &backup.users {
        let Some(key) = user.key(by_email) else {
            steps.push(step("user", &user.username, StepAction::Skip, t("restore-no-email")));
            continue;
        };
        let have: Vec<String> = match live_users.get(&key) {
            None => {
                steps.push(step("user", &key, StepAction::Create, new_user_detail(user)));
                Vec::new()
            }
            Some(now) => {
                let diff = user_differences(now, user);
                if !diff.is_empty() {
                    steps.push(step("user", &key, StepAction::Update, diff.join("; ")));
                }
                now.groups.clone()
            }
        };
        for g in user.groups.iter().filter(|g| !have.contains(g)) {
            memberships.push(step("membership", &membership(&key, g), StepAction::Create, t("restore-add")));
        }
        if options.remove {
            for g in have.iter().filter(|g| !user.groups.contains(g)) {
                memberships.push(step(
                    "membership",
                    &membership(&key, g),
                    StepAction::Delete,
                    t("restore-not-in-backup"),
                ));
            }
        }
    }
    if options.remove {
        let wanted: BTreeSet<String> = backup.users.iter().filter_map(|u| u.key(by_email)).collect();
        for (key, _) in live_users.iter().filter(|(k, _)| !wanted.contains(*k)) {
            steps.push(step("user", key, StepAction::Delete, t("restore-not-in-backup")));
        }
    }
    steps.extend(memberships);
    steps
}

fn pool_differences(want: &BackupPool, now: &BackupPool) -> Vec<String> {
    let mut out = Vec::new();
    let mut differ = |label: &str, a: String, b: String| {
        if a != b {
            out.push(t_with(
                "restore-setting-differs",
                &[("setting", t(label).into()), ("here", b.into()), ("backup", a.into())],
            ));
        }
    };
    differ(
        "restore-setting-sign-in",
        want.username_attributes.join(", "),
        now.username_attributes.join(", "),
    );
    differ("restore-setting-mfa", want.mfa.clone(), now.mfa.clone());
    differ("restore-setting-self-sign-up", want.self_sign_up.to_string(), now.self_sign_up.to_string());
    differ(
        "restore-setting-deletion-protection",
        want.deletion_protection.to_string(),
        now.deletion_protection.to_string(),
    );
    if let (Some(a), Some(b)) = (&want.password_policy, &now.password_policy) {
        differ("restore-setting-password-length", a.minimum_length.to_string(), b.minimum_length.to_string());
    }
    out
}

fn scopes_of(rs: &ResourceServer) -> String {
    let names: Vec<&str> = rs.scopes.iter().map(|s| s.name.as_str()).collect();
    t_with("restore-scopes", &[("name", rs.name.clone().into()), ("scopes", names.join(", ").into())])
}

fn sorted_scopes(rs: &ResourceServer) -> Vec<(String, String)> {
    let mut v: Vec<_> = rs.scopes.iter().map(|s| (s.name.clone(), s.description.clone())).collect();
    v.sort();
    v
}

fn group_detail(g: &BackupGroup) -> String {
    let mut parts = Vec::new();
    if let Some(p) = g.precedence {
        parts.push(t_with("restore-precedence", &[("precedence", p.into())]));
    }
    if let Some(d) = g.description.as_deref().filter(|d| !d.is_empty()) {
        parts.push(d.to_string());
    }
    if let Some(r) = &g.role_arn {
        parts.push(t_with("restore-role", &[("role", r.clone().into())]));
    }
    parts.join(", ")
}

/// The settings of two clients that differ, by their JSON names: lists compare as sets (Cognito
/// may echo them in another order).
pub fn client_differences(now: &ClientSettings, want: &ClientSettings) -> Vec<String> {
    let as_map = |s: &ClientSettings| match serde_json::to_value(s) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    let normal = |v: &serde_json::Value| match v {
        serde_json::Value::Array(items) => {
            let mut texts: Vec<String> = items.iter().map(|i| i.to_string()).collect();
            texts.sort();
            serde_json::json!(texts)
        }
        other => other.clone(),
    };
    let (now, want) = (as_map(now), as_map(want));
    want.iter()
        .filter(|(key, value)| now.get(*key).map(normal) != Some(normal(value)))
        .map(|(key, _)| key.replace('_', " "))
        .collect()
}

/// The attributes a restore writes: all but those Cognito sets itself.
pub fn restored_attributes(user: &BackupUser) -> Vec<(String, String)> {
    user.attributes
        .iter()
        .filter(|(name, _)| !NOT_RESTORED.contains(&name.as_str()))
        .map(|(n, v)| (n.clone(), v.clone()))
        .collect()
}

/// What a restore changes on an existing user: attributes to set (never removed), the enabled
/// flag.
pub fn user_changes(now: &BackupUser, want: &BackupUser) -> (Vec<(String, String)>, Option<bool>) {
    let set = restored_attributes(want)
        .into_iter()
        .filter(|(name, value)| now.attributes.get(name) != Some(value))
        .collect();
    let enabled = (now.enabled != want.enabled).then_some(want.enabled);
    (set, enabled)
}

fn user_differences(now: &BackupUser, want: &BackupUser) -> Vec<String> {
    let (set, enabled) = user_changes(now, want);
    let mut out: Vec<String> = set
        .iter()
        .map(|(name, value)| match now.attributes.get(name) {
            Some(old) => format!("{name}: {old} → {value}"),
            None => format!("{name}: {value}"),
        })
        .collect();
    match enabled {
        Some(true) => out.push(t("restore-enable")),
        Some(false) => out.push(t("restore-disable")),
        None => {}
    }
    out
}

fn new_user_detail(user: &BackupUser) -> String {
    let mut parts = vec![t_with("restore-attributes", &[("count", restored_attributes(user).len().into())])];
    if !user.enabled {
        parts.push(t("restore-disabled"));
    }
    if !user.status.is_empty() && user.status != "FORCE_CHANGE_PASSWORD" {
        parts.push(t_with("restore-was-status", &[("status", user.status.clone().into())]));
    }
    parts.join(", ")
}

/// A step as a restore job's item: "kind: name" (a kind has no colon).
pub fn step_key(step: &PlanStep) -> String {
    format!("{}: {}", step.kind, step.name)
}

/// The kind of a `step_key`.
pub fn key_kind(key: &str) -> &str {
    key.split_once(": ").map_or("", |(kind, _)| kind)
}

/// Counts of a plan's changes by action, for a page's summary line.
pub fn counts(steps: &[PlanStep]) -> BTreeMap<StepAction, usize> {
    let mut counts = BTreeMap::new();
    for s in steps.iter().filter(|s| s.action.changes()) {
        *counts.entry(s.action).or_default() += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::client::Validity;
    use crate::model::resource_server::Scope;

    fn user(name: &str, email: &str, groups: &[&str], enabled: bool) -> BackupUser {
        BackupUser {
            username: name.into(),
            attributes: [("sub", name), ("email", email), ("custom:team", "blue")]
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            status: "CONFIRMED".into(),
            enabled,
            groups: groups.iter().map(|g| g.to_string()).collect(),
        }
    }

    fn client(name: &str) -> BackupClient {
        BackupClient {
            has_secret: true,
            settings: ClientSettings {
                name: name.into(),
                auth_flows: vec!["ALLOW_REFRESH_TOKEN_AUTH".into(), "ALLOW_USER_SRP_AUTH".into()],
                oauth_flows: vec![],
                scopes: vec![],
                identity_providers: vec!["COGNITO".into()],
                callback_urls: vec![],
                logout_urls: vec![],
                default_redirect_uri: None,
                access_token: Validity::new(1, "hours"),
                id_token: Validity::new(1, "hours"),
                refresh_token: Validity::new(30, "days"),
                read_attributes: vec![],
                write_attributes: vec![],
                prevent_user_existence_errors: true,
                token_revocation: true,
                auth_session_minutes: 3,
            },
        }
    }

    fn backup() -> Backup {
        Backup {
            schema: BACKUP_SCHEMA.into(),
            pool_id: "eu-west-1_src".into(),
            config: BackupConfig {
                pool: BackupPool { name: "src".into(), mfa: "OFF".into(), ..BackupPool::default() },
                custom_attributes: vec![SchemaAttribute {
                    name: "custom:team".into(),
                    mutable: true,
                    required: false,
                    kind: "String".into(),
                    min: None,
                    max: None,
                }],
                resource_servers: vec![ResourceServer {
                    identifier: "api".into(),
                    name: "API".into(),
                    scopes: vec![Scope { name: "read".into(), description: "Read".into() }],
                }],
                clients: vec![client("web")],
                groups: vec![
                    BackupGroup {
                        name: "editors".into(),
                        description: None,
                        precedence: Some(1),
                        role_arn: None,
                    },
                    BackupGroup {
                        name: "viewers".into(),
                        description: None,
                        precedence: None,
                        role_arn: None,
                    },
                ],
            },
            users: vec![
                user("alice", "alice@example.com", &["editors", "viewers"], true),
                user("bob", "bob@example.com", &[], false),
            ],
        }
    }

    /// The live pool after a restore of `b` (Cognito gives users new `sub`s).
    fn restored(b: &Backup) -> Live {
        let mut users = b.users.clone();
        for u in &mut users {
            u.attributes.insert("sub".into(), format!("new-{}", u.username));
            u.status = "FORCE_CHANGE_PASSWORD".into();
        }
        Live { config: b.config.clone(), users, unsupported: Vec::new() }
    }

    fn changes(steps: &[PlanStep]) -> Vec<(String, String, StepAction)> {
        steps
            .iter()
            .filter(|s| s.action.changes())
            .map(|s| (s.kind.clone(), s.name.clone(), s.action))
            .collect()
    }

    #[test]
    fn into_an_empty_pool_everything_is_created_in_order() {
        let b = backup();
        let mut empty = Live::default();
        empty.config.pool = BackupPool { name: "copy".into(), mfa: "OFF".into(), ..BackupPool::default() };
        let steps = plan(&b, &empty, Options::default());
        let kinds: Vec<String> = changes(&steps).into_iter().map(|(kind, ..)| kind).collect();
        let mut in_order = kinds.clone();
        in_order.sort_by_key(|k| KINDS.iter().position(|x| x == k));
        assert_eq!(kinds, in_order, "applied kind by kind");
        assert_eq!(
            changes(&steps),
            [
                ("attribute".into(), "custom:team".into(), StepAction::Create),
                ("resource server".into(), "api".into(), StepAction::Create),
                ("app client".into(), "web".into(), StepAction::Create),
                ("group".into(), "editors".into(), StepAction::Create),
                ("group".into(), "viewers".into(), StepAction::Create),
                ("user".into(), "alice".into(), StepAction::Create),
                ("user".into(), "bob".into(), StepAction::Create),
                ("membership".into(), "alice → editors".into(), StepAction::Create),
                ("membership".into(), "alice → viewers".into(), StepAction::Create),
            ]
        );
        let bob = steps.iter().find(|s| s.name == "bob").unwrap();
        assert_eq!(bob.detail, "2 attribute(s), disabled, was CONFIRMED; starts with a temporary password");
    }

    #[test]
    fn a_second_plan_after_a_restore_changes_nothing() {
        let b = backup();
        for remove in [false, true] {
            let steps = plan(&b, &restored(&b), Options { remove });
            assert!(changes(&steps).is_empty(), "{steps:?}");
        }
    }

    #[test]
    fn drift_is_listed_exactly_and_deletions_only_when_asked() {
        let b = backup();
        let mut live = restored(&b);
        live.users[0].attributes.insert("custom:team".into(), "red".into());
        live.users[0].groups.retain(|g| g != "viewers");
        live.users[1].enabled = true;
        live.users[1].groups.push("editors".into());
        live.users.push(user("stray", "stray@example.com", &[], true));
        live.config.groups[0].precedence = Some(9);
        live.config.clients[0].settings.auth_flows.reverse();
        live.config.clients[0].settings.refresh_token = Validity::new(5, "days");
        live.config.pool.mfa = "OPTIONAL".into();
        let steps = plan(&b, &live, Options::default());
        assert_eq!(
            changes(&steps),
            [
                ("app client".into(), "web".into(), StepAction::Update),
                ("group".into(), "editors".into(), StepAction::Update),
                ("user".into(), "alice".into(), StepAction::Update),
                ("user".into(), "bob".into(), StepAction::Update),
                ("membership".into(), "alice → viewers".into(), StepAction::Create),
            ]
        );
        let detail =
            |name: &str| steps.iter().find(|s| s.name == name && s.action.changes()).unwrap().detail.clone();
        assert_eq!(detail("web"), "refresh token", "a reordered list is no difference");
        assert_eq!(detail("alice"), "custom:team: red → blue");
        assert_eq!(detail("bob"), "disable");
        let settings = steps.iter().find(|s| s.kind == "pool settings").unwrap();
        assert_eq!(settings.action, StepAction::Skip);
        assert!(settings.detail.starts_with("MFA: OPTIONAL here, OFF in the backup"), "{}", settings.detail);

        let removing = plan(&b, &live, Options { remove: true });
        let deletions: Vec<_> =
            changes(&removing).into_iter().filter(|(.., a)| *a == StepAction::Delete).collect();
        assert_eq!(
            deletions,
            [
                ("user".into(), "stray".into(), StepAction::Delete),
                ("membership".into(), "bob → editors".into(), StepAction::Delete),
            ]
        );
    }

    #[test]
    fn an_email_sign_in_pool_matches_users_by_email() {
        let b = backup();
        let mut live = restored(&b);
        live.config.pool.username_attributes = vec!["email".into()];
        for u in &mut live.users {
            u.username = format!("uuid-of-{}", u.username);
            let email = u.attributes["email"].to_uppercase();
            u.attributes.insert("email".into(), email);
        }
        let steps = plan(&b, &live, Options::default());
        let users: Vec<_> = changes(&steps).into_iter().filter(|(k, ..)| k == "user").collect();
        assert_eq!(
            users,
            [
                ("user".into(), "alice@example.com".into(), StepAction::Update),
                ("user".into(), "bob@example.com".into(), StepAction::Update),
            ],
            "matched by email whatever its case; only the email's case differs"
        );
        live.users.clear();
        let created = plan(&b, &live, Options::default());
        assert!(created.iter().any(|s| s.name == "alice@example.com → editors"));
    }

    #[test]
    fn a_backup_is_checked_when_read() {
        let field = |r: Result<Backup, AppError>| match r {
            Err(AppError::Invalid { field, message }) => (field, message),
            other => panic!("{other:?}"),
        };
        let (f, m) = field(parse_backup(
            "{\"schema\":\"pooldesk.users/1\",\"pool_id\":\"p\",\"config\":{\"pool\":{\"name\":\"x\",\"username_attributes\":[],\"mfa\":\"OFF\",\"self_sign_up\":false,\"deletion_protection\":false,\"password_policy\":null,\"domain\":null},\"custom_attributes\":[],\"resource_servers\":[],\"clients\":[],\"groups\":[]},\"users\":[]}",
        ));
        assert_eq!(f, "backup");
        assert!(m.contains("not a backup"), "{m}");
        let (_, m) = field(parse_backup("not json"));
        assert!(m.starts_with("The backup could not be read"), "{m}");
    }
}
