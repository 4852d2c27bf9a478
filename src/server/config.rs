//! Command line and environment. Every setting has a flag and an environment variable; the
//! server refuses to start, with clap's message naming the missing setting, when a required one
//! is absent.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::role::Role;

#[derive(Debug, Parser)]
#[command(name = "pooldesk", version, about = "Self-hosted admin console for Amazon Cognito")]
pub struct Cli {
    /// How log lines are written: for people, or one JSON object per line for log shippers
    /// (the request id and the audit events' fields included).
    #[arg(long, env = "POOLDESK_LOG_FORMAT", value_enum, default_value = "text", global = true)]
    pub log_format: LogFormat,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the console.
    Serve(Box<ServeConfig>),
    /// Apply the guide's standard setup (pool, clients, groups, users) to a Cognito endpoint.
    Bootstrap(BootstrapConfig),
    /// Plan or apply a setup blueprint (TOML or JSON; without a file, the guide's setup).
    Blueprint(BlueprintConfig),
    /// Export every user of a pool (attributes, status, enabled, dates, groups) as CSV, JSON
    /// or NDJSON, read and written page by page, paced under the UserList quota.
    Export(ExportConfig),
    /// Back up a whole pool as one JSON document (pooldesk.backup/1): settings, custom
    /// attributes, resource servers, app clients without secrets, groups, users with groups.
    Backup(BackupConfig),
    /// Plan (`--plan`, the default) or apply (`--apply`) a backup against a pool: create what
    /// is missing, align what differs; `--remove` also deletes what the backup does not have.
    Restore(RestoreConfig),
}

/// Where Cognito is.
#[derive(Debug, Clone, Args)]
pub struct CognitoArgs {
    /// AWS region of the user pools.
    #[arg(long, env = "AWS_REGION")]
    pub region: String,
    /// Cognito endpoint override (the local emulator). Unset: real AWS.
    #[arg(long, env = "AWS_ENDPOINT_URL")]
    pub endpoint_url: Option<String>,
    /// Seconds one Cognito call attempt may take (read and attempt timeout; the whole call,
    /// with its retry, gets twice that plus one). AWS answers in well under a second; the local
    /// emulator on a busy machine needs more.
    #[arg(long, env = "POOLDESK_CALL_TIMEOUT_SECS", default_value_t = 2)]
    pub call_timeout_secs: u64,
    /// A quota category's rate in requests per second, where the account's differs from AWS's
    /// default (`UserList=30`, repeatable; `0` leaves a category unpaced). Every Cognito call
    /// of the process is paced under its category.
    #[arg(long = "quota", env = "POOLDESK_QUOTAS", value_delimiter = ',', value_name = "CATEGORY=RPS")]
    pub quotas: Vec<String>,
}

impl CognitoArgs {
    pub fn quotas(&self) -> Result<crate::cognito::pace::Quotas, String> {
        crate::cognito::pace::Quotas::with_overrides(self.quotas.iter().map(String::as_str))
    }

    pub fn endpoint(&self) -> crate::cognito::Endpoint {
        crate::cognito::Endpoint {
            region: self.region.clone(),
            url: self.endpoint_url.clone(),
            attempt_timeout: std::time::Duration::from_secs(self.call_timeout_secs.max(1)),
            // Checked when the command starts (`check_quotas`); never unpaced by a typo.
            quotas: self.quotas().unwrap_or_default(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SecureCookies {
    /// Secure unless the console listens on a loopback address. Only for local http: behind a
    /// TLS proxy on the same host, use `always`.
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Args)]
pub struct ServeConfig {
    #[command(flatten)]
    pub cognito: CognitoArgs,
    /// Address to listen on. Default: `site-addr` of the Leptos configuration.
    #[arg(long, env = "POOLDESK_BIND")]
    pub bind: Option<SocketAddr>,
    /// The user pool operators sign in with.
    #[arg(long, env = "POOLDESK_POOL_ID")]
    pub pool_id: String,
    /// The app client of that pool the console signs in through (USER_PASSWORD_AUTH enabled).
    #[arg(long, env = "POOLDESK_CLIENT_ID")]
    pub client_id: String,
    /// That client's secret, if it has one.
    #[arg(long, env = "POOLDESK_CLIENT_SECRET", hide_env_values = true)]
    pub client_secret: Option<String>,
    /// Which Cognito groups of the console's pool give which role.
    #[command(flatten)]
    pub roles: RoleGroups,
    /// Where the pool's signing keys are served. Default: next to the issuer on AWS,
    /// `<endpoint>/<pool id>/.well-known/jwks.json` behind `--endpoint-url`.
    #[arg(long, env = "POOLDESK_JWKS_URL")]
    pub jwks_url: Option<String>,
    /// The `iss` of the pool's tokens. Default: Cognito's issuer for the pool, and behind
    /// `--endpoint-url` also `<endpoint>/<pool id>` (a local Cognito that names itself).
    #[arg(long, env = "POOLDESK_ISSUER")]
    pub issuer: Option<String>,
    /// Directory for the session database.
    #[arg(long, env = "POOLDESK_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,
    /// Session database; overrides the data directory (e.g. `sqlite:///var/lib/pooldesk/db`).
    #[arg(long, env = "DATABASE_URL")]
    pub database_url: Option<String>,
    /// Whether the session cookie carries `Secure`.
    #[arg(long, env = "POOLDESK_SECURE_COOKIES", value_enum, default_value = "auto")]
    pub secure_cookies: SecureCookies,
    /// A session ends after this many minutes without a request.
    #[arg(long, env = "POOLDESK_IDLE_MINUTES", default_value_t = 30)]
    pub idle_minutes: u32,
    /// A session ends this many hours after sign-in, active or not.
    #[arg(long, env = "POOLDESK_SESSION_HOURS", default_value_t = 8)]
    pub session_hours: u32,
    /// How often the guard asks Cognito again whether the operator is still enabled and in the
    /// admin group (tokens outlive both).
    #[arg(long, env = "POOLDESK_RECHECK_SECONDS", default_value_t = 300)]
    pub recheck_seconds: u64,
    /// How long a sign-in or a password confirmation (step-up) opens the dangerous actions:
    /// client secrets, exports with secrets, deleting a pool, app client, domain or identity
    /// pool, and changing who is in a console group.
    #[arg(long, env = "POOLDESK_STEP_UP_SECONDS", default_value_t = 600)]
    pub step_up_seconds: u64,
    /// Take the client's address from the last `X-Forwarded-For` entry (set this only behind a
    /// reverse proxy that writes that header); otherwise the peer address is the client's.
    #[arg(long, env = "POOLDESK_TRUST_FORWARDED_FOR")]
    pub trust_forwarded_for: bool,
    /// Sign-in attempts allowed per minute from one client address.
    #[arg(long, env = "POOLDESK_LOGIN_PER_IP_PER_MINUTE", default_value_t = 20)]
    pub login_per_ip_per_minute: u32,
    /// Sign-in attempts allowed per minute for one username, from anywhere.
    #[arg(long, env = "POOLDESK_LOGIN_PER_USER_PER_MINUTE", default_value_t = 5)]
    pub login_per_user_per_minute: u32,
    /// The runtime Leptos settings (output name, site root and package dir, address,
    /// environment). Without this file, they come from LEPTOS_* variables (as `cargo leptos
    /// serve` sets them).
    #[arg(long, env = "POOLDESK_LEPTOS_CONFIG", default_value = "Leptos.toml")]
    pub leptos_config: PathBuf,
    /// Where the built site (wasm, css) is. Default: `site-root` of the Leptos configuration.
    #[arg(long, env = "LEPTOS_SITE_ROOT")]
    pub site_root: Option<String>,
    /// Serve Prometheus metrics at `http://<this address>/metrics` (off when unset). Keep it
    /// off the public network: it needs no sign-in.
    #[arg(long, env = "POOLDESK_METRICS_BIND")]
    pub metrics_bind: Option<SocketAddr>,
    /// This process's name among the replicas sharing the database, stable across its
    /// restarts (at a start, the changes its previous run left unfinished are marked
    /// `interrupted` in the audit log). Default: the host name and the listening port.
    #[arg(long, env = "POOLDESK_REPLICA_NAME")]
    pub replica_name: Option<String>,
    /// Seconds a page may take to render whole. Past it the browser gets a short "reload"
    /// page (503) instead of a load that never ends; the render is dropped and logged.
    #[arg(long, env = "POOLDESK_PAGE_TIMEOUT_SECS", default_value_t = 60)]
    pub page_timeout_secs: u64,
}

/// The groups of the console's pool that open the console, and the role each gives. Only the
/// admin group is required; an operator in several gets the highest role.
#[derive(Debug, Clone, Args)]
pub struct RoleGroups {
    /// Members of this group may do everything.
    #[arg(long = "admin-group", env = "POOLDESK_ADMIN_GROUP", default_value = "admin")]
    pub admin: String,
    /// Members of this group get the support role (users and memberships; no deletes, no pool
    /// or client changes, no secrets).
    #[arg(long = "support-group", env = "POOLDESK_SUPPORT_GROUP")]
    pub support: Option<String>,
    /// Members of this group get read-only access without secrets.
    #[arg(long = "viewer-group", env = "POOLDESK_VIEWER_GROUP")]
    pub viewer: Option<String>,
}

impl RoleGroups {
    pub fn admin_only(admin: &str) -> Self {
        Self { admin: admin.to_string(), support: None, viewer: None }
    }

    /// The role membership of `group` gives, if it is one of the console's groups.
    pub fn role_of_group(&self, group: &str) -> Option<Role> {
        if group == self.admin {
            Some(Role::Admin)
        } else if self.support.as_deref() == Some(group) {
            Some(Role::Support)
        } else if self.viewer.as_deref() == Some(group) {
            Some(Role::Viewer)
        } else {
            None
        }
    }

    /// The highest role `groups` give, if any.
    pub fn role_for<'a>(&self, groups: impl IntoIterator<Item = &'a str>) -> Option<Role> {
        groups.into_iter().filter_map(|g| self.role_of_group(g)).max()
    }

    /// The console's groups (in the console's pool): admin, and support and viewer when set.
    pub fn names(&self) -> Vec<String> {
        std::iter::once(self.admin.clone()).chain(self.support.clone()).chain(self.viewer.clone()).collect()
    }
}

const DEFAULT_BIND: SocketAddr = SocketAddr::new(std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST), 3000);

impl ServeConfig {
    /// The console pool's token issuer and keys: derived from the endpoint
    /// (`cognito::TokenSource::derive`), each replaced by its setting when given.
    pub fn token_source(&self) -> crate::cognito::TokenSource {
        let mut source = crate::cognito::TokenSource::derive(
            &self.cognito.region,
            self.cognito.endpoint_url.as_deref(),
            &self.pool_id,
        );
        if let Some(issuer) = &self.issuer {
            source.issuers = vec![issuer.trim_end_matches('/').to_string()];
        }
        if let Some(url) = &self.jwks_url {
            source.jwks_url = url.clone();
        }
        source
    }

    /// Where the console listens: `--bind`, which `serve` fills from the Leptos configuration
    /// when it is not given.
    pub fn listen_addr(&self) -> SocketAddr {
        self.bind.unwrap_or(DEFAULT_BIND)
    }

    /// The Leptos options the server runs with: from `--leptos-config` when that file exists
    /// (LEPTOS_* variables override it), else from the variables alone; `--site-root` and
    /// `--bind` override both. Fills in `bind` when it was not given.
    pub fn leptos_options(&mut self) -> Result<leptos::prelude::LeptosOptions, String> {
        let path = self.leptos_config.to_string_lossy().into_owned();
        let file = self.leptos_config.exists().then_some(path.as_str());
        let mut options = leptos::prelude::get_configuration(file)
            .map_err(|e| format!("Leptos configuration ({path}): {e}"))?
            .leptos_options;
        if let Some(root) = &self.site_root {
            options.site_root = root.clone().into();
        }
        let bind = *self.bind.get_or_insert(options.site_addr);
        options.site_addr = bind;
        // The hashed names are in cargo-leptos' hash file, which Leptos reads next to the running
        // binary. Without it the pages name the unhashed files (and Leptos logs an error on every
        // page): say so once and serve those, not cached for long.
        if options.hash_files {
            let file = std::env::current_exe()
                .ok()
                .and_then(|exe| exe.parent().map(|dir| dir.join(options.hash_file.as_ref())));
            if !file.as_ref().is_some_and(|f| f.is_file()) {
                tracing::warn!(file = ?file, "hash-files is on but the hash file is missing: serving unhashed names");
                options.hash_files = false;
            }
        }
        Ok(options)
    }

    pub fn secure_cookie(&self) -> bool {
        match self.secure_cookies {
            SecureCookies::Always => true,
            SecureCookies::Never => false,
            SecureCookies::Auto => !self.listen_addr().ip().is_loopback(),
        }
    }

    pub fn replica_name(&self) -> String {
        self.replica_name.clone().unwrap_or_else(|| {
            let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
            let host = if host.trim().is_empty() { "pooldesk" } else { host.trim() };
            format!("{host}:{}", self.listen_addr().port())
        })
    }

    pub fn database_url(&self) -> String {
        self.database_url
            .clone()
            .unwrap_or_else(|| format!("sqlite://{}?mode=rwc", self.data_dir.join("pooldesk.db").display()))
    }
}

#[derive(Debug, Clone, Args)]
pub struct BootstrapConfig {
    #[command(flatten)]
    pub cognito: CognitoArgs,
    #[arg(long, default_value = "MyApp-UserPool")]
    pub pool_name: String,
    #[arg(long, default_value = "admin@example.com")]
    pub admin_email: String,
    #[arg(long, default_value = "user@example.com")]
    pub user_email: String,
    /// Leave deletion protection off (for throwaway pools).
    #[arg(long)]
    pub no_deletion_protection: bool,
    /// Write the console's settings (pool id, client id and secret) to this file as
    /// `KEY=value` lines, for `pooldesk serve` to read from the environment, with the two
    /// users' emails and passwords (`BOOTSTRAP_ADMIN_EMAIL`, `…_PASSWORD`, `BOOTSTRAP_USER_…`)
    /// for scripts. Only its owner can read it.
    #[arg(long)]
    pub env_file: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BlueprintAction {
    /// Show what would be created or changed; change nothing.
    Plan,
    /// Make it so, step by step.
    Apply,
}

#[derive(Debug, Clone, Args)]
pub struct BlueprintConfig {
    #[command(flatten)]
    pub cognito: CognitoArgs,
    #[arg(value_enum)]
    pub action: BlueprintAction,
    /// The blueprint file (TOML, or JSON when it starts with `{`); without one, the guide's
    /// standard setup.
    pub file: Option<PathBuf>,
    /// Target this pool instead of the one the blueprint names.
    #[arg(long)]
    pub pool_id: Option<String>,
}

#[derive(Debug, Clone, Args)]
pub struct ExportConfig {
    #[command(flatten)]
    pub cognito: CognitoArgs,
    #[arg(long)]
    pub pool_id: String,
    /// csv, json or ndjson.
    #[arg(long, default_value = "csv")]
    pub format: String,
    /// Write here (created only for its owner) instead of standard output.
    #[arg(long)]
    pub output: Option<PathBuf>,
    /// Also read each user's MFA (preferred method and methods set up): one AdminGetUser per
    /// user, under the UserRead quota (120 a second by default).
    #[arg(long)]
    pub with_mfa: bool,
}

#[derive(Debug, Args)]
pub struct BackupConfig {
    #[command(flatten)]
    pub cognito: CognitoArgs,
    #[arg(long)]
    pub pool_id: String,
    /// Write here (created only for its owner) instead of standard output.
    #[arg(long)]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RestoreConfig {
    #[command(flatten)]
    pub cognito: CognitoArgs,
    /// The pool restored into.
    #[arg(long)]
    pub pool_id: String,
    /// The backup (`pooldesk backup`, or a backup downloaded from the console).
    #[arg(long)]
    pub file: PathBuf,
    /// List the steps and change nothing (the default).
    #[arg(long, conflicts_with = "apply")]
    pub plan: bool,
    /// Apply the steps, kind by kind; one line per step with its outcome.
    #[arg(long)]
    pub apply: bool,
    /// Also delete users, memberships, groups, app clients and resource servers the backup
    /// does not have. With `--apply`, needs `--confirm` with the pool's name.
    #[arg(long)]
    pub remove: bool,
    /// The target pool's name, typed to confirm `--remove`.
    #[arg(long)]
    pub confirm: Option<String>,
    /// Send Cognito's invitation to created users (else they are created silently).
    #[arg(long)]
    pub invite: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// cargo-leptos builds from Cargo.toml, the server runs with Leptos.toml: where both speak,
    /// they say the same.
    #[test]
    fn leptos_toml_agrees_with_cargo_toml() {
        let read = |text: &str| {
            leptos::config::get_config_from_str(text).expect("a [package.metadata.leptos] section")
        };
        let build = read(include_str!("../../Cargo.toml"));
        let run = read(include_str!("../../Leptos.toml"));
        assert_eq!(run.output_name, build.output_name);
        assert_eq!(run.site_root, build.site_root);
        assert_eq!(run.site_pkg_dir, build.site_pkg_dir);
        assert_eq!(run.site_addr, build.site_addr);
        assert_eq!(run.reload_port, build.reload_port);
        assert_eq!(run.env, build.env);
        assert_eq!(run.hash_files, build.hash_files);
        assert!(run.hash_files, "the served files have hashed names (cached for a year)");
        assert_eq!(run.site_addr, DEFAULT_BIND);
    }

    #[test]
    fn the_highest_configured_role_wins_and_other_groups_give_none() {
        let roles = RoleGroups {
            admin: "admin".into(),
            support: Some("support".into()),
            viewer: Some("viewer".into()),
        };
        assert_eq!(roles.role_for(["user", "viewer"]), Some(Role::Viewer));
        assert_eq!(roles.role_for(["support", "viewer"]), Some(Role::Support));
        assert_eq!(roles.role_for(["viewer", "admin", "support"]), Some(Role::Admin));
        assert_eq!(roles.role_for(["user"]), None);
        // Without a support or viewer group configured, those names mean nothing.
        assert_eq!(RoleGroups::admin_only("admin").role_for(["support", "viewer", "user"]), None);
    }
}
