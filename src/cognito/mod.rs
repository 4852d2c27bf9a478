//! Every call to Cognito, server side only. Functions here take SDK types in and give model
//! types out, map every SDK error to `AppError` (logging the detail), and know nothing of Leptos.

pub mod auth;
pub mod blueprint;
pub mod bootstrap;
pub mod bulk;
pub mod clients;
mod compat;
mod error;
pub mod groups;
pub mod hosting;
pub mod identity;
pub mod login_test;
pub mod password;
mod pool_requests;
pub mod pools;
pub mod secret_hash;
pub mod summary;
pub mod users;

use std::time::Duration;

use aws_config::{BehaviorVersion, Region, SdkConfig, retry::RetryConfig, timeout::TimeoutConfig};
pub use aws_sdk_cognitoidentityprovider::Client;
pub use error::{SdkFailure, map_sdk_error};

/// Where Cognito is and how long to wait for it.
#[derive(Debug, Clone)]
pub struct Endpoint {
    pub region: String,
    /// `None` means real AWS; the emulator and tests always set one.
    pub url: Option<String>,
    /// Read and per-attempt timeout.
    pub attempt_timeout: Duration,
}

/// One AWS configuration for the process. The SDK's only default timeout is a 3.1 s connect
/// timeout, so a hung endpoint would hold a request for 30 s and more: every budget is explicit.
/// With the default 2 s attempts (5 s per call, 2 attempts) a stalled endpoint gives a clear
/// timeout in under 5 s.
pub async fn load_sdk_config(endpoint: &Endpoint) -> SdkConfig {
    let attempt = endpoint.attempt_timeout;
    let timeouts = TimeoutConfig::builder()
        .connect_timeout(Duration::from_secs(1))
        .read_timeout(attempt)
        .operation_attempt_timeout(attempt)
        .operation_timeout(attempt * 2 + Duration::from_secs(1))
        .build();
    let mut loader = aws_config::defaults(BehaviorVersion::latest())
        .region(Region::new(endpoint.region.clone()))
        .timeout_config(timeouts)
        .retry_config(RetryConfig::standard().with_max_attempts(2));
    if let Some(url) = &endpoint.url {
        loader = loader.endpoint_url(url);
    }
    loader.load().await
}

/// Cognito, read only: every `Describe*`, `List*` and `Get*` the pages need, and nothing that
/// changes anything or returns a secret. The guard hands one to every operator.
///
/// The capabilities above it are separate types, each made only from the process's
/// configuration (`Handles::new`), never from a lesser one: `CognitoAdmin` changes pools,
/// clients, domains, groups and identity pools; `CognitoUsers` changes users and memberships;
/// `CognitoSecrets` reads client secrets. Each dereferences to `CognitoRead`, so reads take any.
#[derive(Clone)]
pub struct CognitoRead {
    client: Client,
    /// The identity pools API (`cognito-identity`), same credentials and endpoint.
    identity: aws_sdk_cognitoidentity::Client,
    region: String,
    /// The endpoint override: the local emulator (or a test double), not AWS.
    endpoint_url: Option<String>,
}

/// Creates, updates and deletes pools, app clients, domains, resource servers, groups and
/// identity pools: the guard hands it to admins only.
#[derive(Clone)]
pub struct CognitoAdmin(CognitoRead);

/// Changes users and their memberships. The guard never hands it out: only its support desk
/// (`server::desk`) holds one, and runs each change after the target rule has passed.
#[derive(Clone)]
pub struct CognitoUsers(CognitoRead);

/// Reads client secrets: the guard hands it to admins after a recent step-up.
#[derive(Clone)]
pub struct CognitoSecrets(CognitoRead);

/// Every capability, for the process's trusted entry points: the server's state (which hands
/// them out through the guard), the command line and the tests.
#[derive(Clone)]
pub struct Handles {
    pub admin: CognitoAdmin,
    pub users: CognitoUsers,
    pub secrets: CognitoSecrets,
}

impl Handles {
    pub fn new(config: &SdkConfig) -> Self {
        let read = CognitoRead::new(config);
        Self {
            admin: CognitoAdmin(read.clone()),
            users: CognitoUsers(read.clone()),
            secrets: CognitoSecrets(read),
        }
    }

    pub fn read(&self) -> &CognitoRead {
        &self.admin.0
    }
}

macro_rules! reads_through {
    ($($handle:ty),*) => {$(
        impl std::ops::Deref for $handle {
            type Target = CognitoRead;
            fn deref(&self) -> &CognitoRead {
                &self.0
            }
        }
    )*};
}
reads_through!(CognitoAdmin, CognitoUsers, CognitoSecrets);

impl CognitoRead {
    fn new(config: &SdkConfig) -> Self {
        let region = config.region().map(|r| r.to_string()).unwrap_or_default();
        Self {
            client: Client::new(config),
            identity: aws_sdk_cognitoidentity::Client::new(config),
            region,
            endpoint_url: config.endpoint_url().map(|u| u.trim_end_matches('/').to_string()),
        }
    }

    /// Whether requests go to an endpoint override (moto) rather than AWS. Only `compat`'s
    /// workarounds depend on it.
    pub fn is_emulator(&self) -> bool {
        self.endpoint_url.is_some()
    }

    /// Where `pool_id`'s signing keys are: on AWS next to the issuer, on the emulator under its
    /// own URL (its tokens still name the AWS issuer).
    pub fn jwks_url(&self, pool_id: &str) -> String {
        match &self.endpoint_url {
            Some(url) => format!("{url}/{pool_id}/.well-known/jwks.json"),
            None => {
                format!("https://cognito-idp.{}.amazonaws.com/{pool_id}/.well-known/jwks.json", self.region)
            }
        }
    }

    /// The `iss` of `pool_id`'s tokens (the AWS URL, on the emulator too).
    pub fn issuer(&self, pool_id: &str) -> String {
        format!("https://cognito-idp.{}.amazonaws.com/{pool_id}", self.region)
    }

    /// The raw SDK client stays inside `cognito/`, where each call decides which handle it
    /// needs; the tests arrange their fixtures with it.
    #[cfg(not(test))]
    fn client(&self) -> &Client {
        &self.client
    }

    #[cfg(test)]
    pub(crate) fn client(&self) -> &Client {
        &self.client
    }

    fn identity(&self) -> &aws_sdk_cognitoidentity::Client {
        &self.identity
    }

    pub fn region(&self) -> &str {
        &self.region
    }
}

/// Seconds since the epoch of an SDK timestamp.
fn epoch(date: Option<&aws_sdk_cognitoidentityprovider::primitives::DateTime>) -> Option<i64> {
    date.map(|d| d.secs())
}
