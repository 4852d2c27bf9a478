//! Every call to Cognito, server side only. Functions here take SDK types in and give model
//! types out, map every SDK error to `AppError` (logging the detail), and know nothing of Leptos.

pub mod auth;
pub mod auth_events;
pub mod backup;
pub mod blueprint;
pub mod bootstrap;
pub mod bulk;
pub mod clients;
mod compat;
pub mod devices;
pub mod domains;
mod error;
pub mod export;
pub mod groups;
pub mod identity_pools;
pub mod identity_providers;
pub mod linked_identities;
pub mod metered;
pub mod operations;
pub mod pace;
pub mod password;
mod pool_requests;
pub mod pools;
pub mod resource_servers;
pub mod risk;
pub mod secret_hash;
pub mod summary;
pub mod test_console;
pub mod users;

use std::time::Duration;

use aws_config::{BehaviorVersion, Region, SdkConfig, retry::RetryConfig, timeout::TimeoutConfig};
pub use aws_sdk_cognitoidentityprovider::Client;
pub use error::{SdkFailure, unless_unsupported};

/// Where Cognito is and how long to wait for it.
#[derive(Debug, Clone)]
pub struct Endpoint {
    pub region: String,
    /// `None` means real AWS; the emulator and tests always set one.
    pub url: Option<String>,
    /// Read and per-attempt timeout.
    pub attempt_timeout: Duration,
    /// Requests per second per quota category (`pace`).
    pub quotas: pace::Quotas,
}

/// Where a pool's tokens say they come from (`iss`) and where their signing keys are: one
/// derivation for the console's sign-in, the test console and the summary's exports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenSource {
    /// Every `iss` a token of the pool may carry; the first is the one exports name.
    pub issuers: Vec<String>,
    pub jwks_url: String,
}

impl TokenSource {
    /// On AWS, the pool's issuer and the keys next to it. Behind an endpoint override (a local
    /// Cognito), the keys are served by the endpoint, and tokens name either the AWS issuer (moto)
    /// or the endpoint itself (cognito-local): both are accepted.
    pub fn derive(region: &str, endpoint_url: Option<&str>, pool_id: &str) -> Self {
        let aws = format!("https://cognito-idp.{region}.amazonaws.com/{pool_id}");
        match endpoint_url.map(|u| u.trim_end_matches('/')) {
            None => Self { jwks_url: format!("{aws}/.well-known/jwks.json"), issuers: vec![aws] },
            Some(url) => Self {
                jwks_url: format!("{url}/{pool_id}/.well-known/jwks.json"),
                issuers: vec![aws, format!("{url}/{pool_id}")],
            },
        }
    }

    /// The issuer exports and the summary name.
    pub fn issuer(&self) -> &str {
        self.issuers.first().map(String::as_str).unwrap_or_default()
    }
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
    // Every client made from this configuration shares one pace in front of the SDK's own
    // HTTPS client (rustls with aws-lc, as the SDK's default).
    let https = aws_smithy_http_client::Builder::new()
        .tls_provider(aws_smithy_http_client::tls::Provider::Rustls(
            aws_smithy_http_client::tls::rustls_provider::CryptoMode::AwsLc,
        ))
        .build_https();
    let paced = pace::Paced::new(https, pace::Pace::new(endpoint.quotas.clone()));
    loader.http_client(paced).load().await
}

/// The user pools client every handle and the console's own sign-in use: the process's
/// configuration, and no second attempt at an operation the endpoint does not implement.
pub fn user_pools_client(config: &SdkConfig) -> Client {
    Client::from_conf(
        aws_sdk_cognitoidentityprovider::config::Builder::from(config)
            .retry_classifier(error::NoRetryWhenUnsupported)
            .interceptor(metered::Metered)
            .build(),
    )
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

/// Changes users and their memberships. The guard does not hand it out: its support desk
/// (`server::desk`) holds one and runs each change after the target rule has passed, and an
/// admin's blueprint run gets one after the same step-up rule (`Guard::blueprint_users`).
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
            client: user_pools_client(config),
            identity: aws_sdk_cognitoidentity::Client::from_conf(
                aws_sdk_cognitoidentity::config::Builder::from(config)
                    .retry_classifier(error::NoRetryWhenUnsupported)
                    .interceptor(metered::Metered)
                    .build(),
            ),
            region,
            endpoint_url: config.endpoint_url().map(|u| u.trim_end_matches('/').to_string()),
        }
    }

    /// Whether requests go to an endpoint override (moto) rather than AWS. Only `compat`'s
    /// workarounds depend on it.
    pub fn is_emulator(&self) -> bool {
        self.endpoint_url.is_some()
    }

    /// Where `pool_id`'s tokens come from and where their keys are (`TokenSource::derive`).
    pub fn token_source(&self, pool_id: &str) -> TokenSource {
        TokenSource::derive(&self.region, self.endpoint_url.as_deref(), pool_id)
    }

    /// The raw SDK client stays inside `cognito/`, where each call decides which handle it
    /// needs (the tests arrange their fixtures with a client of their own).
    fn client(&self) -> &Client {
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

#[cfg(test)]
mod token_source_tests {
    use super::TokenSource;

    #[test]
    fn aws_and_local_endpoints_derive_issuer_and_keys() {
        let aws = TokenSource::derive("eu-west-1", None, "eu-west-1_abc");
        assert_eq!(aws.issuers, ["https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc"]);
        assert_eq!(
            aws.jwks_url,
            "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc/.well-known/jwks.json"
        );
        let local = TokenSource::derive("us-east-1", Some("http://localhost:9229/"), "local_1");
        assert_eq!(local.jwks_url, "http://localhost:9229/local_1/.well-known/jwks.json");
        assert_eq!(local.issuer(), "https://cognito-idp.us-east-1.amazonaws.com/local_1", "moto's tokens");
        assert_eq!(local.issuers[1], "http://localhost:9229/local_1", "cognito-local's tokens");
    }
}
