//! The advisor's findings, as the Advisor page shows them. The rules (`rules::advisor`) write
//! each finding's title and detail in the request's language: their sentences are the messages
//! of `i18n/*/advisor.ftl`.

use serde::{Deserialize, Serialize};

use crate::i18n::text;
use crate::model::preferences::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    High,
    Medium,
    Low,
}

impl Severity {
    pub fn label(self, lang: Lang) -> String {
        let key = match self {
            Self::High => "advisor-severity-high",
            Self::Medium => "advisor-severity-medium",
            Self::Low => "advisor-severity-low",
        };
        text(lang, key, &[])
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable rule id, e.g. `mfa-off`.
    pub rule: String,
    pub severity: Severity,
    pub title: String,
    pub detail: String,
    /// Where to fix it, relative to the console.
    pub link: String,
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::model::client::{ClientDetail, ClientSettings, Validity};
    use crate::model::identity_pool::IdentityPool;
    use crate::model::pool::PoolDetail;
    use crate::rules::advisor::{AdvisorInput, WaitingUser, advise};

    const NOW: i64 = 1_800_000_000;

    fn client(name: &str, auth: &[&str], oauth: &[&str], has_secret: bool) -> ClientDetail {
        let strings = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        ClientDetail {
            id: name.to_lowercase(),
            pool_id: "eu-west-1_a".into(),
            has_secret,
            created: None,
            modified: None,
            settings: ClientSettings {
                name: name.into(),
                auth_flows: strings(auth),
                oauth_flows: strings(oauth),
                scopes: vec!["openid".into()],
                identity_providers: vec!["COGNITO".into()],
                callback_urls: vec!["http://localhost:3000/callback".into()],
                logout_urls: vec![],
                default_redirect_uri: None,
                access_token: Validity::new(2, "hours"),
                id_token: Validity::new(1, "days"),
                refresh_token: Validity::new(30, "days"),
                read_attributes: vec![],
                write_attributes: vec![],
                prevent_user_existence_errors: false,
                token_revocation: false,
                auth_session_minutes: 3,
            },
            is_console: false,
        }
    }

    /// A pool that breaks every rule (the admin group's rules one at a time).
    fn findings() -> Vec<Finding> {
        let old = |name: &str, status: &str| WaitingUser {
            username: name.into(),
            status: status.into(),
            created: Some(NOW - 30 * 86_400),
        };
        let worst = AdvisorInput {
            pool: PoolDetail { id: "eu-west-1_a".into(), mfa: "OFF".into(), ..Default::default() },
            clients: vec![
                client(
                    "Web",
                    &["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
                    &["code", "implicit"],
                    true,
                ),
                client(
                    "M2M",
                    &["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
                    &["client_credentials"],
                    true,
                ),
            ],
            admin_members: None,
            admin_group: "admin".into(),
            waiting_users: vec![old("ann", "UNCONFIRMED"), old("bob", "FORCE_CHANGE_PASSWORD")],
            identity_pools: vec![IdentityPool {
                id: "eu-west-1:1".into(),
                name: "Ids".into(),
                allow_unauthenticated: true,
                classic_flow: Some(true),
                providers: vec![],
                other_providers: vec![],
                roles: None,
            }],
            identity_pools_unchecked: Some("refused".into()),
            now: NOW,
        };
        let mut pool = worst.pool.clone();
        pool.threat_protection = Some("AUDIT".into());
        let auditing = AdvisorInput { pool, admin_members: Some(0), ..worst.clone() };
        let with_admins = AdvisorInput { admin_members: Some(2), ..worst.clone() };
        [worst, auditing, with_admins].iter().flat_map(advise).collect()
    }

    /// Every rule's finding, in `lang` (the request's language, as a server function has it).
    fn findings_in(lang: Lang) -> Vec<Finding> {
        crate::i18n::as_request_in(lang, findings)
    }

    #[test]
    fn every_rule_runs_and_words_its_finding_in_each_language() {
        let (en, de) = (findings_in(Lang::En), findings_in(Lang::De));
        let rules = |f: &[Finding]| f.iter().map(|f| f.rule.clone()).collect::<BTreeSet<_>>();
        assert_eq!(rules(&en).len(), 18, "{:?}", rules(&en));
        let titles: BTreeSet<&str> =
            en.iter().filter(|f| f.rule == "threat-protection-off").map(|f| f.title.as_str()).collect();
        assert_eq!(titles.len(), 2, "with admins and without");
        assert_eq!(en.len(), de.len());
        for (en, de) in en.iter().zip(&de) {
            assert_eq!((&en.rule, en.severity, &en.link), (&de.rule, de.severity, &de.link));
            assert_ne!((&en.title, &en.detail), (&de.title, &de.detail), "{}", en.rule);
        }
    }

    #[test]
    fn a_finding_names_what_its_rule_found_in_each_language() {
        let (en, de) = (findings_in(Lang::En), findings_in(Lang::De));
        let of = |findings: &[Finding], rule: &str| findings.iter().find(|f| f.rule == rule).unwrap().clone();
        assert_eq!(
            of(&en, "unconfirmed-user").title,
            "ann has not confirmed the account for more than 7 days"
        );
        assert_eq!(
            of(&de, "unconfirmed-user").title,
            "ann hat das Konto seit mehr als 7 Tagen nicht bestätigt"
        );
        assert_eq!(of(&en, "long-token").title, "Web: Access tokens live 2 hours");
        assert_eq!(
            of(&de, "identity-pools-unchecked").detail,
            "Sie konnten nicht aufgelistet werden: refused"
        );
        assert_eq!(of(&de, "implicit-grant").title, "Web: Implicit Grant aktiviert");
        assert_eq!(Severity::High.label(Lang::De), "Hoch");
        assert_eq!(Severity::Medium.label(Lang::En), "Medium");
    }
}
