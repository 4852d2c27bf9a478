use serde::{Deserialize, Serialize};

/// The signed-in operator, as the browser may see it (no token, no session id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Operator {
    pub sub: String,
    pub username: String,
    pub email: Option<String>,
    /// From the operator's groups; re-read with them (see `server::guard`).
    #[serde(default)]
    pub role: super::Role,
}

impl Operator {
    /// Whether this operator may call server function `F` (for hiding what they cannot do).
    pub fn may<F: super::Permission>(&self) -> bool {
        F::allows(self.role)
    }
}

/// Where a login attempt stands after one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LoginStep {
    SignedIn,
    NewPasswordRequired,
    MfaRequired,
}

impl LoginStep {
    /// The page that continues the login from this step.
    pub fn next_path(self) -> &'static str {
        match self {
            Self::SignedIn => "/pools",
            Self::NewPasswordRequired => "/login/new-password",
            Self::MfaRequired => "/login/mfa",
        }
    }
}
