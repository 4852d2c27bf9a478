use std::sync::Arc;

use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;

use super::audit::AuditLog;
use super::config::ServeConfig;
use super::db::Db;
use super::flash::FormAnswers;
use super::index::PoolIndex;
use super::jobs::Jobs;
use super::jwt::TokenVerifier;
use super::limits::LoginLimits;
use crate::cognito::Handles;
use crate::cognito::auth::ConsoleAuth;

/// Shared by every request. The Cognito handles are visible only inside `server`: a server
/// function reaches Cognito through `guard::require` and nowhere else.
#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    inner: Arc<Inner>,
}

struct Inner {
    config: ServeConfig,
    cognito: Handles,
    auth: ConsoleAuth,
    verifier: TokenVerifier,
    audit: AuditLog,
    limits: LoginLimits,
    answers: FormAnswers,
    jobs: Jobs,
    index: PoolIndex,
}

impl AppState {
    pub fn new(
        leptos_options: LeptosOptions,
        config: ServeConfig,
        cognito: Handles,
        auth: ConsoleAuth,
        verifier: TokenVerifier,
        db: Db,
    ) -> Self {
        let limits =
            LoginLimits::new(db.clone(), config.login_per_ip_per_minute, config.login_per_user_per_minute);
        let audit = AuditLog::of_replica(db.clone(), &config.replica_name());
        let answers = FormAnswers::new(db.clone());
        let quotas = config.cognito.quotas().unwrap_or_default();
        let index = PoolIndex::new(db.clone());
        let jobs = Jobs::new(db, config.replica_name(), quotas);
        Self {
            leptos_options,
            inner: Arc::new(Inner { config, cognito, auth, verifier, audit, limits, answers, jobs, index }),
        }
    }

    pub fn config(&self) -> &ServeConfig {
        &self.inner.config
    }

    pub(in crate::server) fn cognito(&self) -> &Handles {
        &self.inner.cognito
    }

    pub(in crate::server) fn auth(&self) -> &ConsoleAuth {
        &self.inner.auth
    }

    pub(in crate::server) fn verifier(&self) -> &TokenVerifier {
        &self.inner.verifier
    }

    pub(in crate::server) fn answers(&self) -> &FormAnswers {
        &self.inner.answers
    }

    pub(in crate::server) fn audit(&self) -> &AuditLog {
        &self.inner.audit
    }

    pub(in crate::server) fn limits(&self) -> &LoginLimits {
        &self.inner.limits
    }

    /// The index of the pools (`server::index`): its writers are the jobs and the desk.
    pub(in crate::server) fn index(&self) -> &PoolIndex {
        &self.inner.index
    }

    /// The jobs of this console (`halt` is public for the tests' simulated crash).
    pub fn jobs(&self) -> &Jobs {
        &self.inner.jobs
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
