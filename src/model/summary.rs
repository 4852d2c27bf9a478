//! The guide's "Configuration Summary" of one user pool: what the summary page shows and every
//! export is made from. Secrets are never part of it; an export that includes them gets them
//! separately (see `model::export`).

use serde::{Deserialize, Serialize};

use crate::i18n::text;
use crate::model::client::Validity;
use crate::model::group::GroupInfo;
use crate::model::identity_pool::IdentityRoles;
use crate::model::preferences::Lang;
use crate::model::user::UserRow;

/// How many users the summary lists; the users page has the rest.
pub const SUMMARY_USERS: usize = 50;

/// Why the identity pools could not be listed when the console's AWS credentials may not list
/// them. English, as the exports write it (`identity_pools_unlisted`); pages say it in their
/// language (`unlisted_words`).
pub const IDENTITY_POOLS_FORBIDDEN: &str =
    "The console's AWS credentials may not list them (cognito-identity:ListIdentityPools).";

/// Why the identity pools could not be listed, in `lang` where the console wrote the reason
/// (a reason the backend gave is shown as it gave it).
pub fn unlisted_words(lang: Lang, why: &str) -> String {
    if why == IDENTITY_POOLS_FORBIDDEN {
        text(lang, "summary-identity-pools-forbidden", &[])
    } else {
        why.to_string()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfigSummary {
    pub pool: SummaryPool,
    pub clients: Vec<SummaryClient>,
    /// By precedence, lowest (strongest) first; groups without one last.
    pub groups: Vec<GroupInfo>,
    pub users: Vec<SummaryUser>,
    /// More users exist than `users` lists.
    pub more_users: bool,
    pub identity_pools: Vec<SummaryIdentityPool>,
    /// Why the identity pools could not be listed (refused, or an endpoint without them);
    /// `identity_pools` is then empty and says nothing. `IDENTITY_POOLS_FORBIDDEN` (English), or
    /// the failed call's sentence in the language of the operator who asked (an export keeps it
    /// so).
    pub identity_pools_unlisted: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryPool {
    pub id: String,
    pub name: String,
    pub region: String,
    pub arn: Option<String>,
    /// The `iss` of the pool's tokens.
    pub issuer: String,
    /// Where the pool's signing keys are (the emulator's own URL when it is the backend).
    pub jwks_uri: String,
    pub domain: Option<String>,
    pub hosted_ui_url: Option<String>,
}

impl SummaryPool {
    pub fn token_endpoint(&self) -> Option<String> {
        self.hosted_ui_url.as_ref().map(|base| format!("{base}/oauth2/token"))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryClient {
    pub id: String,
    pub name: String,
    pub has_secret: bool,
    pub auth_flows: Vec<String>,
    pub oauth_flows: Vec<String>,
    pub scopes: Vec<String>,
    pub callback_urls: Vec<String>,
    pub access_token: Validity,
    pub id_token: Validity,
    pub refresh_token: Validity,
}

impl SummaryClient {
    /// A client people sign in through (not a machine-to-machine one): the audience of the
    /// ID tokens an API checks.
    pub fn signs_in_users(&self) -> bool {
        !self.oauth_flows.iter().any(|f| f == "client_credentials")
            && (self.auth_flows.iter().any(|f| f != "ALLOW_REFRESH_TOKEN_AUTH")
                || self.oauth_flows.iter().any(|f| f == "code" || f == "implicit"))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryUser {
    pub user: UserRow,
    /// Group names by precedence.
    pub groups: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryIdentityPool {
    pub id: String,
    pub name: String,
    pub allow_unauthenticated: bool,
    pub classic_flow: Option<bool>,
    /// The app clients of this user pool that may sign in to it.
    pub client_ids: Vec<String>,
    /// `None`: the backend would not tell.
    pub roles: Option<IdentityRoles>,
}

impl ConfigSummary {
    /// The client an API would check ID tokens against: `preferred` when it is one of ours,
    /// else the first that signs in users, else the first.
    pub fn audience_client(&self, preferred: Option<&str>) -> Option<&SummaryClient> {
        preferred
            .and_then(|id| self.clients.iter().find(|c| c.id == id))
            .or_else(|| self.clients.iter().find(|c| c.signs_in_users()))
            .or_else(|| self.clients.first())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_console_s_own_reason_is_said_in_the_page_s_language() {
        assert_eq!(unlisted_words(Lang::En, IDENTITY_POOLS_FORBIDDEN), IDENTITY_POOLS_FORBIDDEN);
        assert!(
            unlisted_words(Lang::De, IDENTITY_POOLS_FORBIDDEN)
                .starts_with("Die AWS-Zugangsdaten der Konsole")
        );
        assert_eq!(
            unlisted_words(Lang::De, "Not supported by this endpoint."),
            "Not supported by this endpoint."
        );
    }
}
