//! Every Cognito call of the process paced under its quota category (AWS's "user pools API
//! operation categories and request rate quotas"). The pacing sits in the SDK's HTTP client
//! (`Paced`), which every user pools call goes through, retries included, so a bulk job, an
//! export and the pages share one budget per category and no caller can skip it.
//!
//! Each category is a schedule of evenly spaced slots (`1 / rate` apart): a call takes the next
//! free slot and waits for it. A throttled answer (`TooManyRequestsException`, said in the
//! `x-amzn-ErrorType` header) pushes the category's next slot a second later, so every caller
//! of that category backs off together; the jobs also retry the throttled item with backoff
//! (`bulk::with_backoff`).

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use aws_smithy_runtime_api::client::http::{
    HttpClient, HttpConnector, HttpConnectorFuture, HttpConnectorSettings, SharedHttpClient,
    SharedHttpConnector,
};
use aws_smithy_runtime_api::client::orchestrator::HttpRequest;
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use tokio::time::Instant;

/// The quota categories the console's calls fall in, with AWS's default rates (requests per
/// second, per account and Region).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    UserAuthentication,
    UserCreation,
    UserAccountRecovery,
    UserRead,
    UserUpdate,
    UserResourceRead,
    UserResourceUpdate,
    UserList,
    UserPoolRead,
    UserPoolUpdate,
    UserPoolResourceRead,
    UserPoolResourceUpdate,
    UserPoolClientRead,
    UserPoolClientUpdate,
}

impl Category {
    pub const ALL: [Category; 14] = [
        Self::UserAuthentication,
        Self::UserCreation,
        Self::UserAccountRecovery,
        Self::UserRead,
        Self::UserUpdate,
        Self::UserResourceRead,
        Self::UserResourceUpdate,
        Self::UserList,
        Self::UserPoolRead,
        Self::UserPoolUpdate,
        Self::UserPoolResourceRead,
        Self::UserPoolResourceUpdate,
        Self::UserPoolClientRead,
        Self::UserPoolClientUpdate,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::UserAuthentication => "UserAuthentication",
            Self::UserCreation => "UserCreation",
            Self::UserAccountRecovery => "UserAccountRecovery",
            Self::UserRead => "UserRead",
            Self::UserUpdate => "UserUpdate",
            Self::UserResourceRead => "UserResourceRead",
            Self::UserResourceUpdate => "UserResourceUpdate",
            Self::UserList => "UserList",
            Self::UserPoolRead => "UserPoolRead",
            Self::UserPoolUpdate => "UserPoolUpdate",
            Self::UserPoolResourceRead => "UserPoolResourceRead",
            Self::UserPoolResourceUpdate => "UserPoolResourceUpdate",
            Self::UserPoolClientRead => "UserPoolClientRead",
            Self::UserPoolClientUpdate => "UserPoolClientUpdate",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.name().eq_ignore_ascii_case(name))
    }

    /// AWS's default quota (requests per second).
    pub fn default_rate(self) -> f64 {
        match self {
            Self::UserAuthentication | Self::UserRead => 120.0,
            Self::UserCreation | Self::UserResourceRead => 50.0,
            Self::UserAccountRecovery | Self::UserList => 30.0,
            Self::UserUpdate | Self::UserResourceUpdate => 25.0,
            Self::UserPoolResourceRead => 20.0,
            Self::UserPoolRead
            | Self::UserPoolUpdate
            | Self::UserPoolResourceUpdate
            | Self::UserPoolClientRead
            | Self::UserPoolClientUpdate => 15.0,
        }
    }

    /// The category of a user pools operation (as named in `X-Amz-Target`); `None` for one the
    /// console does not pace (identity pools have quotas of their own).
    pub fn of_operation(operation: &str) -> Option<Self> {
        Some(match operation {
            "InitiateAuth"
            | "AdminInitiateAuth"
            | "RespondToAuthChallenge"
            | "AdminRespondToAuthChallenge" => Self::UserAuthentication,
            "SignUp" | "ConfirmSignUp" | "AdminCreateUser" | "AdminConfirmSignUp" => Self::UserCreation,
            "AdminResetUserPassword" | "AdminSetUserPassword" | "ForgotPassword" | "ChangePassword" => {
                Self::UserAccountRecovery
            }
            "AdminGetUser" | "GetUser" | "AdminGetUserAuthFactors" => Self::UserRead,
            "AdminAddUserToGroup"
            | "AdminRemoveUserFromGroup"
            | "AdminEnableUser"
            | "AdminDisableUser"
            | "AdminDeleteUser"
            | "AdminUpdateUserAttributes"
            | "AdminDeleteUserAttributes"
            | "AdminUserGlobalSignOut"
            | "AdminLinkProviderForUser"
            | "AdminDisableProviderForUser" => Self::UserUpdate,
            "AdminListGroupsForUser" | "AdminGetDevice" | "AdminListDevices" | "AdminListUserAuthEvents" => {
                Self::UserResourceRead
            }
            "AdminSetUserMFAPreference"
            | "AdminDeleteSoftwareToken"
            | "AdminForgetDevice"
            | "AdminUpdateDeviceStatus"
            | "AdminUpdateAuthEventFeedback" => Self::UserResourceUpdate,
            "ListUsers" | "ListUsersInGroup" => Self::UserList,
            "DescribeUserPool" | "ListUserPools" => Self::UserPoolRead,
            "CreateUserPool" | "UpdateUserPool" | "DeleteUserPool" => Self::UserPoolUpdate,
            "GetGroup"
            | "ListGroups"
            | "DescribeResourceServer"
            | "ListResourceServers"
            | "DescribeUserPoolDomain"
            | "GetUserPoolMfaConfig"
            | "DescribeIdentityProvider"
            | "ListIdentityProviders"
            | "GetSigningCertificate"
            | "GetUICustomization"
            | "ListTagsForResource"
            | "DescribeRiskConfiguration" => Self::UserPoolResourceRead,
            "CreateGroup"
            | "UpdateGroup"
            | "DeleteGroup"
            | "CreateResourceServer"
            | "UpdateResourceServer"
            | "DeleteResourceServer"
            | "CreateUserPoolDomain"
            | "UpdateUserPoolDomain"
            | "DeleteUserPoolDomain"
            | "SetUserPoolMfaConfig"
            | "AddCustomAttributes"
            | "SetRiskConfiguration"
            | "CreateIdentityProvider"
            | "UpdateIdentityProvider"
            | "DeleteIdentityProvider"
            | "TagResource"
            | "UntagResource" => Self::UserPoolResourceUpdate,
            "DescribeUserPoolClient" | "ListUserPoolClients" => Self::UserPoolClientRead,
            "CreateUserPoolClient" | "UpdateUserPoolClient" | "DeleteUserPoolClient" => {
                Self::UserPoolClientUpdate
            }
            _ => return None,
        })
    }
}

/// Requests per second per category: AWS's defaults unless configured (`--quota`).
#[derive(Debug, Clone, PartialEq)]
pub struct Quotas(BTreeMap<Category, f64>);

impl Default for Quotas {
    fn default() -> Self {
        Self(Category::ALL.into_iter().map(|c| (c, c.default_rate())).collect())
    }
}

impl Quotas {
    /// The defaults with `CATEGORY=RPS` overrides (e.g. an account whose UserRead quota was
    /// raised), applied in order; `all=RPS` sets every category. A rate of 0 leaves a category
    /// unpaced (the benchmarks compare unpaced paths with the raw SDK).
    pub fn with_overrides<'a>(overrides: impl IntoIterator<Item = &'a str>) -> Result<Self, String> {
        let mut quotas = Self::default();
        for item in overrides {
            let (name, rate) = item
                .split_once('=')
                .ok_or_else(|| format!("quota {item:?}: expected CATEGORY=REQUESTS_PER_SECOND"))?;
            let categories = match name.trim() {
                all if all.eq_ignore_ascii_case("all") => Category::ALL.to_vec(),
                one => vec![Category::parse(one).ok_or_else(|| {
                    let names: Vec<_> = Category::ALL.iter().map(|c| c.name()).collect();
                    format!("quota {item:?}: unknown category (all, or one of {})", names.join(", "))
                })?],
            };
            let rate: f64 =
                rate.trim().parse().ok().filter(|r: &f64| r.is_finite() && *r >= 0.0).ok_or_else(|| {
                    format!("quota {item:?}: the rate must be a number of requests per second")
                })?;
            for category in categories {
                quotas.0.insert(category, rate);
            }
        }
        Ok(quotas)
    }

    pub fn rate(&self, category: Category) -> f64 {
        self.0.get(&category).copied().unwrap_or_else(|| category.default_rate())
    }
}

/// The process's schedule: the next free slot of each category.
#[derive(Clone)]
pub struct Pace {
    quotas: Arc<Quotas>,
    next: Arc<Mutex<BTreeMap<Category, Instant>>>,
}

/// How long every caller of a category waits after a throttled answer.
const THROTTLE_PAUSE: Duration = Duration::from_secs(1);

impl Pace {
    pub fn new(quotas: Quotas) -> Self {
        Self { quotas: Arc::new(quotas), next: Arc::default() }
    }

    pub fn quotas(&self) -> &Quotas {
        &self.quotas
    }

    /// Takes the next slot of `category` and returns when to start (now, when it is free).
    fn reserve(&self, category: Category, now: Instant) -> Instant {
        let rate = self.quotas.rate(category);
        if rate <= 0.0 {
            return now;
        }
        let mut next = self.next.lock().unwrap_or_else(PoisonError::into_inner);
        let slot = next.get(&category).copied().unwrap_or(now).max(now);
        next.insert(category, slot + Duration::from_secs_f64(1.0 / rate));
        slot
    }

    /// Waits for `category`'s next slot.
    pub async fn wait(&self, category: Category) {
        let slot = self.reserve(category, Instant::now());
        tokio::time::sleep_until(slot).await;
    }

    /// Cognito said the category is over its quota: nobody calls it for a while.
    fn throttled(&self, category: Category) {
        let mut next = self.next.lock().unwrap_or_else(PoisonError::into_inner);
        let later = Instant::now() + THROTTLE_PAUSE;
        let slot = next.entry(category).or_insert(later);
        *slot = (*slot).max(later);
    }
}

impl fmt::Debug for Pace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pace").field("quotas", &self.quotas).finish_non_exhaustive()
    }
}

/// The SDK's HTTP client with the pace in front of it.
#[derive(Debug, Clone)]
pub struct Paced {
    inner: SharedHttpClient,
    pace: Pace,
}

impl Paced {
    pub fn new(inner: SharedHttpClient, pace: Pace) -> Self {
        Self { inner, pace }
    }
}

impl HttpClient for Paced {
    fn http_connector(
        &self,
        settings: &HttpConnectorSettings,
        components: &RuntimeComponents,
    ) -> SharedHttpConnector {
        SharedHttpConnector::new(PacedConnector {
            inner: self.inner.http_connector(settings, components),
            pace: self.pace.clone(),
        })
    }
}

#[derive(Debug)]
struct PacedConnector {
    inner: SharedHttpConnector,
    pace: Pace,
}

/// The operation of a JSON-protocol request: `AWSCognitoIdentityProviderService.ListUsers`.
fn operation(request: &HttpRequest) -> Option<&str> {
    let target = request.headers().get("x-amz-target")?;
    let (service, operation) = target.split_once('.')?;
    (service == "AWSCognitoIdentityProviderService").then_some(operation)
}

impl HttpConnector for PacedConnector {
    fn call(&self, request: HttpRequest) -> HttpConnectorFuture {
        let category = operation(&request).and_then(Category::of_operation);
        let (inner, pace) = (self.inner.clone(), self.pace.clone());
        HttpConnectorFuture::new(async move {
            if let Some(category) = category {
                pace.wait(category).await;
            }
            let response = inner.call(request).await?;
            let throttled = response
                .headers()
                .get("x-amzn-errortype")
                .is_some_and(|t| t.starts_with("TooManyRequestsException"));
            if let (true, Some(category)) = (throttled, category) {
                pace.throttled(category);
            }
            Ok(response)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operations_fall_in_aws_categories() {
        assert_eq!(Category::of_operation("ListUsersInGroup"), Some(Category::UserList));
        assert_eq!(Category::of_operation("AdminAddUserToGroup"), Some(Category::UserUpdate));
        assert_eq!(Category::of_operation("AdminListGroupsForUser"), Some(Category::UserResourceRead));
        assert_eq!(Category::of_operation("AdminSetUserPassword"), Some(Category::UserAccountRecovery));
        assert_eq!(Category::of_operation("DescribeUserPool"), Some(Category::UserPoolRead));
        assert_eq!(Category::of_operation("GetId"), None);
        assert_eq!(Quotas::default().rate(Category::UserList), 30.0);
        assert_eq!(Quotas::default().rate(Category::UserUpdate), 25.0);
    }

    #[test]
    fn overrides_are_checked() {
        let q = Quotas::with_overrides(["userlist=60", "UserUpdate = 0"]).unwrap();
        assert_eq!(q.rate(Category::UserList), 60.0);
        assert_eq!(q.rate(Category::UserUpdate), 0.0);
        let q = Quotas::with_overrides(["all=0", "UserList=30"]).unwrap();
        assert_eq!(q.rate(Category::UserRead), 0.0);
        assert_eq!(q.rate(Category::UserList), 30.0);
        assert!(Quotas::with_overrides(["UserList"]).unwrap_err().contains("CATEGORY="));
        assert!(Quotas::with_overrides(["Nope=3"]).unwrap_err().contains("unknown category"));
        assert!(Quotas::with_overrides(["UserList=-1"]).unwrap_err().contains("requests per second"));
    }

    #[tokio::test(start_paused = true)]
    async fn calls_of_a_category_are_spaced_and_a_throttle_pauses_them() {
        let pace = Pace::new(Quotas::with_overrides(["UserUpdate=10"]).unwrap());
        let start = Instant::now();
        for _ in 0..5 {
            pace.wait(Category::UserUpdate).await;
        }
        // Five slots 100 ms apart: the fifth starts at 400 ms.
        assert_eq!(start.elapsed(), Duration::from_millis(400));
        // Another category is not held up.
        let other = Instant::now();
        pace.wait(Category::UserRead).await;
        assert_eq!(other.elapsed(), Duration::ZERO);
        pace.throttled(Category::UserUpdate);
        let after = Instant::now();
        pace.wait(Category::UserUpdate).await;
        assert!(after.elapsed() >= THROTTLE_PAUSE);
    }
}

#[cfg(test)]
mod wiring {
    use std::time::Duration;

    /// The process's SDK configuration carries the paced client (every client made from it
    /// inherits it).
    #[tokio::test]
    async fn the_sdk_configuration_is_paced() {
        let endpoint = crate::cognito::Endpoint {
            region: "us-east-1".into(),
            url: Some("http://127.0.0.1:9".into()),
            attempt_timeout: Duration::from_secs(1),
            quotas: super::Quotas::default(),
        };
        let config = crate::cognito::load_sdk_config(&endpoint).await;
        assert!(format!("{:?}", config.http_client()).contains("Paced"), "{:?}", config.http_client());
    }
}
