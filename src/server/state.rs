use std::sync::Arc;

use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;

use super::config::ServeConfig;
use super::jwt::TokenVerifier;
use crate::cognito::CognitoAdmin;
use crate::cognito::auth::ConsoleAuth;

/// Shared by every request. The Cognito handles are visible only inside `server`: a server
/// function reaches the admin API through `guard::require_admin` and nowhere else.
#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    inner: Arc<Inner>,
}

struct Inner {
    config: ServeConfig,
    cognito: CognitoAdmin,
    auth: ConsoleAuth,
    verifier: TokenVerifier,
}

impl AppState {
    pub fn new(
        leptos_options: LeptosOptions,
        config: ServeConfig,
        cognito: CognitoAdmin,
        auth: ConsoleAuth,
        verifier: TokenVerifier,
    ) -> Self {
        Self { leptos_options, inner: Arc::new(Inner { config, cognito, auth, verifier }) }
    }

    pub fn config(&self) -> &ServeConfig {
        &self.inner.config
    }

    pub(in crate::server) fn cognito(&self) -> &CognitoAdmin {
        &self.inner.cognito
    }

    pub(in crate::server) fn auth(&self) -> &ConsoleAuth {
        &self.inner.auth
    }

    pub(in crate::server) fn verifier(&self) -> &TokenVerifier {
        &self.inner.verifier
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
