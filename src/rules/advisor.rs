//! The advisor: the guide's troubleshooting and best-practice lists as rules over a pool's
//! configuration. Pure functions of `AdvisorInput`, each rule unit-tested; the server only
//! gathers the input.

use serde::{Deserialize, Serialize};

use crate::i18n::{lang, t, t_with};
use crate::model::advisor::{Finding, Severity};
use crate::model::client::ClientDetail;
use crate::model::identity_pool::IdentityPool;
use crate::model::pool::PoolDetail;
use crate::model::summary::unlisted_words;

/// Users waiting longer than this (unconfirmed, or not yet past their first login) are flagged.
pub const STALE_USER_DAYS: i64 = 7;

/// ID and access tokens should not outlive this (the guide: 60 minutes).
pub const MAX_TOKEN_MINUTES: i64 = 60;

/// A user who has been waiting since `created`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitingUser {
    pub username: String,
    /// UNCONFIRMED or FORCE_CHANGE_PASSWORD.
    pub status: String,
    pub created: Option<i64>,
}

/// Everything the rules look at.
#[derive(Debug, Clone, Default)]
pub struct AdvisorInput {
    pub pool: PoolDetail,
    pub clients: Vec<ClientDetail>,
    /// Member count of the group named `admin_group`; `None` when there is no such group.
    pub admin_members: Option<usize>,
    pub admin_group: String,
    pub waiting_users: Vec<WaitingUser>,
    /// Identity pools that use this user pool.
    pub identity_pools: Vec<IdentityPool>,
    /// Why the identity pools could not be listed, if they could not.
    pub identity_pools_unchecked: Option<String>,
    /// Seconds since the epoch, for the age of waiting users.
    pub now: i64,
}

/// Every finding, most severe first.
pub fn advise(input: &AdvisorInput) -> Vec<Finding> {
    let mut out = Vec::new();
    pool_rules(input, &mut out);
    threat_rules(input, &mut out);
    for client in &input.clients {
        client_rules(input, client, &mut out);
    }
    group_rules(input, &mut out);
    user_rules(input, &mut out);
    for identity in &input.identity_pools {
        identity_rules(identity, &mut out);
    }
    if let Some(why) = &input.identity_pools_unchecked {
        out.push(Finding {
            rule: "identity-pools-unchecked".into(),
            severity: Severity::Low,
            title: t("advisor-identity-pools-unchecked-title"),
            detail: t_with(
                "advisor-identity-pools-unchecked-detail",
                &[("why", unlisted_words(lang(), why).into())],
            ),
            link: "/identity-pools".into(),
        });
    }
    out.sort_by_key(|f| f.severity);
    out
}

/// A finding, its words in the request's language (`i18n::t`: the advisor runs in a server
/// function; English elsewhere).
fn finding(rule: &str, severity: Severity, title: String, detail: &str, link: String) -> Finding {
    Finding { rule: rule.into(), severity, title, detail: detail.into(), link }
}

fn pool_rules(input: &AdvisorInput, out: &mut Vec<Finding>) {
    let pool = &input.pool;
    let settings = format!("/pools/{}/settings", pool.id);
    if pool.mfa == "OFF" {
        out.push(finding(
            "mfa-off",
            Severity::High,
            t("advisor-mfa-off-title"),
            &t("advisor-mfa-off-detail"),
            format!("{settings}#mfa"),
        ));
    }
    if !pool.deletion_protection {
        out.push(finding(
            "deletion-protection-off",
            Severity::Medium,
            t("advisor-deletion-protection-off-title"),
            &t("advisor-deletion-protection-off-detail"),
            settings.clone(),
        ));
    }
    let has_domain = pool.domain.is_some() || pool.custom_domain.is_some();
    let hosted: Vec<&str> = input
        .clients
        .iter()
        .filter(|c| !c.settings.oauth_flows.is_empty())
        .map(|c| c.settings.name.as_str())
        .collect();
    if !has_domain && !hosted.is_empty() {
        out.push(finding(
            "no-domain",
            Severity::High,
            t_with("advisor-no-domain-title", &[("clients", hosted.join(", ").into())]),
            &t("advisor-no-domain-detail"),
            format!("/pools/{}/domain", pool.id),
        ));
    }
}

/// Threat protection: off is a finding, the more so on a pool with admins (an account whose
/// takeover costs most); audit only is a low one (nothing is blocked yet).
fn threat_rules(input: &AdvisorInput, out: &mut Vec<Finding>) {
    let pool = &input.pool;
    let link = format!("/pools/{}/threat-protection", pool.id);
    match pool.threat_protection.as_deref() {
        Some("ENFORCED") => {}
        Some("AUDIT") => out.push(finding(
            "threat-protection-audit",
            Severity::Low,
            t("advisor-threat-protection-audit-title"),
            &t("advisor-threat-protection-audit-detail"),
            link,
        )),
        _ => {
            let admins = input.admin_members.is_some_and(|n| n > 0);
            out.push(finding(
                "threat-protection-off",
                if admins { Severity::Medium } else { Severity::Low },
                t(if admins {
                    "advisor-threat-protection-off-admins-title"
                } else {
                    "advisor-threat-protection-off-title"
                }),
                &t("advisor-threat-protection-off-detail"),
                link,
            ));
        }
    }
}

fn client_rules(input: &AdvisorInput, client: &ClientDetail, out: &mut Vec<Finding>) {
    let s = &client.settings;
    let link = format!("/pools/{}/client?id={}", input.pool.id, crate::model::encode(&client.id));
    let name = &s.name;
    let has = |flows: &[String], f: &str| flows.iter().any(|x| x == f);
    let machine = has(&s.oauth_flows, "client_credentials");
    let user_flows: Vec<&str> =
        s.auth_flows.iter().map(String::as_str).filter(|f| *f != "ALLOW_REFRESH_TOKEN_AUTH").collect();
    for (token, validity) in [("access", &s.access_token), ("id", &s.id_token)] {
        if validity.minutes() > MAX_TOKEN_MINUTES {
            out.push(finding(
                "long-token",
                Severity::Medium,
                t_with(
                    "advisor-long-token-title",
                    &[
                        ("name", name.clone().into()),
                        ("token", token.into()),
                        ("validity", validity.label(lang()).into()),
                    ],
                ),
                &t("advisor-long-token-detail"),
                link.clone(),
            ));
        }
    }
    if has(&s.oauth_flows, "implicit") {
        out.push(finding(
            "implicit-grant",
            Severity::High,
            t_with("advisor-implicit-grant-title", &[("name", name.clone().into())]),
            &t("advisor-implicit-grant-detail"),
            link.clone(),
        ));
    }
    if machine && !user_flows.is_empty() {
        out.push(finding(
            "credentials-client-user-flows",
            Severity::High,
            t_with(
                "advisor-credentials-client-user-flows-title",
                &[("name", name.clone().into()), ("flows", user_flows.join(", ").into())],
            ),
            &t("advisor-credentials-client-user-flows-detail"),
            link.clone(),
        ));
    }
    let browser = has(&s.oauth_flows, "code") || has(&s.oauth_flows, "implicit");
    if client.has_secret
        && !machine
        && !client.is_console
        && (browser || user_flows.contains(&"ALLOW_USER_SRP_AUTH"))
    {
        out.push(finding(
            "browser-client-secret",
            Severity::Low,
            t_with("advisor-browser-client-secret-title", &[("name", name.clone().into())]),
            &t("advisor-browser-client-secret-detail"),
            link.clone(),
        ));
    }
    if !s.token_revocation {
        out.push(finding(
            "token-revocation-off",
            Severity::Medium,
            t_with("advisor-token-revocation-off-title", &[("name", name.clone().into())]),
            &t("advisor-token-revocation-off-detail"),
            link.clone(),
        ));
    }
    if !s.prevent_user_existence_errors && !machine {
        out.push(finding(
            "user-existence-errors",
            Severity::Medium,
            t_with("advisor-user-existence-errors-title", &[("name", name.clone().into())]),
            &t("advisor-user-existence-errors-detail"),
            link,
        ));
    }
}

fn group_rules(input: &AdvisorInput, out: &mut Vec<Finding>) {
    let link = format!("/pools/{}/groups", input.pool.id);
    match input.admin_members {
        None => out.push(finding(
            "no-admin-group",
            Severity::Medium,
            t_with("advisor-no-admin-group-title", &[("group", input.admin_group.clone().into())]),
            &t("advisor-no-admin-group-detail"),
            link,
        )),
        Some(0) => out.push(finding(
            "empty-admin-group",
            Severity::Low,
            t_with("advisor-empty-admin-group-title", &[("group", input.admin_group.clone().into())]),
            &t("advisor-empty-admin-group-detail"),
            format!("/pools/{}/group?name={}", input.pool.id, crate::model::encode(&input.admin_group)),
        )),
        Some(_) => {}
    }
}

fn user_rules(input: &AdvisorInput, out: &mut Vec<Finding>) {
    let cutoff = input.now - STALE_USER_DAYS * 86_400;
    for user in &input.waiting_users {
        if user.created.is_some_and(|c| c < cutoff) {
            let (rule, title) = if user.status == "UNCONFIRMED" {
                ("unconfirmed-user", "advisor-unconfirmed-user-title")
            } else {
                ("pending-password-change", "advisor-pending-password-change-title")
            };
            out.push(finding(
                rule,
                Severity::Low,
                t_with(title, &[("user", user.username.clone().into()), ("days", STALE_USER_DAYS.into())]),
                &t("advisor-waiting-user-detail"),
                format!("/pools/{}/user?name={}", input.pool.id, crate::model::encode(&user.username)),
            ));
        }
    }
}

fn identity_rules(identity: &IdentityPool, out: &mut Vec<Finding>) {
    let link = format!("/identity-pools/{}", identity.id);
    if identity.allow_unauthenticated {
        out.push(finding(
            "identity-unauthenticated",
            Severity::Medium,
            t_with("advisor-identity-unauthenticated-title", &[("name", identity.name.clone().into())]),
            &t("advisor-identity-unauthenticated-detail"),
            link.clone(),
        ));
    }
    if identity.classic_flow == Some(true) {
        out.push(finding(
            "identity-classic-flow",
            Severity::Medium,
            t_with("advisor-identity-classic-flow-title", &[("name", identity.name.clone().into())]),
            &t("advisor-identity-classic-flow-detail"),
            link,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::client::{ClientSettings, Validity};
    use crate::model::identity_pool::IdentityProvider;

    const NOW: i64 = 1_800_000_000;

    fn settings() -> ClientSettings {
        ClientSettings {
            name: "MyApp-UserAuth".into(),
            auth_flows: vec!["ALLOW_USER_PASSWORD_AUTH".into(), "ALLOW_REFRESH_TOKEN_AUTH".into()],
            oauth_flows: vec!["code".into()],
            scopes: vec!["openid".into()],
            identity_providers: vec!["COGNITO".into()],
            callback_urls: vec!["http://localhost:3000/callback".into()],
            logout_urls: vec![],
            default_redirect_uri: None,
            access_token: Validity::new(60, "minutes"),
            id_token: Validity::new(60, "minutes"),
            refresh_token: Validity::new(30, "days"),
            read_attributes: vec![],
            write_attributes: vec![],
            prevent_user_existence_errors: true,
            token_revocation: true,
            auth_session_minutes: 3,
        }
    }

    fn client(settings: ClientSettings, has_secret: bool) -> ClientDetail {
        ClientDetail {
            id: "client1".into(),
            pool_id: "eu-west-1_a".into(),
            has_secret,
            created: None,
            modified: None,
            settings,
            is_console: false,
        }
    }

    /// The guide's setup done right: no finding at all.
    fn good() -> AdvisorInput {
        AdvisorInput {
            pool: PoolDetail {
                id: "eu-west-1_a".into(),
                mfa: "OPTIONAL".into(),
                deletion_protection: true,
                domain: Some("myapp".into()),
                threat_protection: Some("ENFORCED".into()),
                ..Default::default()
            },
            clients: vec![client(settings(), false)],
            admin_members: Some(1),
            admin_group: "admin".into(),
            waiting_users: vec![],
            identity_pools: vec![],
            identity_pools_unchecked: None,
            now: NOW,
        }
    }

    fn rules(input: &AdvisorInput) -> Vec<String> {
        advise(input).into_iter().map(|f| f.rule).collect()
    }

    fn with_client(f: impl FnOnce(&mut ClientSettings), has_secret: bool) -> AdvisorInput {
        let mut s = settings();
        f(&mut s);
        AdvisorInput { clients: vec![client(s, has_secret)], ..good() }
    }

    #[test]
    fn a_well_configured_pool_has_no_findings() {
        assert_eq!(rules(&good()), Vec::<String>::new());
    }

    #[test]
    fn mfa_off() {
        let mut input = good();
        input.pool.mfa = "OFF".into();
        assert_eq!(rules(&input), ["mfa-off"]);
        assert!(advise(&input)[0].link.ends_with("/settings#mfa"));
    }

    #[test]
    fn tokens_longer_than_an_hour() {
        let input = with_client(|s| s.access_token = Validity::new(2, "hours"), false);
        assert_eq!(rules(&input), ["long-token"]);
        let input = with_client(|s| s.id_token = Validity::new(1, "days"), false);
        assert_eq!(rules(&input), ["long-token"]);
        let input = with_client(|s| s.id_token = Validity::new(60, "minutes"), false);
        assert!(rules(&input).is_empty(), "exactly 60 minutes is fine");
    }

    #[test]
    fn implicit_grant() {
        let input = with_client(|s| s.oauth_flows.push("implicit".into()), false);
        assert_eq!(rules(&input), ["implicit-grant"]);
    }

    #[test]
    fn credentials_client_with_user_flows_is_the_guides_mistake() {
        let input = with_client(
            |s| {
                s.oauth_flows = vec!["client_credentials".into()];
                s.auth_flows =
                    vec!["ALLOW_ADMIN_USER_PASSWORD_AUTH".into(), "ALLOW_REFRESH_TOKEN_AUTH".into()];
                s.prevent_user_existence_errors = false;
            },
            true,
        );
        assert_eq!(rules(&input), ["credentials-client-user-flows"]);
        assert!(advise(&input)[0].title.contains("ALLOW_ADMIN_USER_PASSWORD_AUTH"));
        let right = with_client(
            |s| {
                s.oauth_flows = vec!["client_credentials".into()];
                s.auth_flows = vec!["ALLOW_REFRESH_TOKEN_AUTH".into()];
            },
            true,
        );
        assert!(rules(&right).is_empty());
    }

    #[test]
    fn browser_client_with_a_secret() {
        assert_eq!(rules(&with_client(|_| {}, true)), ["browser-client-secret"]);
        let mut console = with_client(|_| {}, true);
        console.clients[0].is_console = true;
        assert!(rules(&console).is_empty(), "the console's own client is server-side");
        let server_password = with_client(|s| s.oauth_flows.clear(), true);
        assert!(rules(&server_password).is_empty(), "USER_PASSWORD_AUTH from a server may hold a secret");
    }

    #[test]
    fn admin_group_missing_or_empty() {
        let input = AdvisorInput { admin_members: None, ..good() };
        assert_eq!(rules(&input), ["no-admin-group"]);
        let input = AdvisorInput { admin_members: Some(0), ..good() };
        assert_eq!(rules(&input), ["empty-admin-group"]);
    }

    #[test]
    fn users_waiting_more_than_a_week() {
        let user = |name: &str, status: &str, days: i64| WaitingUser {
            username: name.into(),
            status: status.into(),
            created: Some(NOW - days * 86_400),
        };
        let input = AdvisorInput {
            waiting_users: vec![
                user("old", "UNCONFIRMED", 8),
                user("new", "UNCONFIRMED", 2),
                user("temp", "FORCE_CHANGE_PASSWORD", 30),
            ],
            ..good()
        };
        assert_eq!(rules(&input), ["unconfirmed-user", "pending-password-change"]);
    }

    #[test]
    fn deletion_protection_off() {
        let mut input = good();
        input.pool.deletion_protection = false;
        assert_eq!(rules(&input), ["deletion-protection-off"]);
    }

    #[test]
    fn oauth_without_a_domain() {
        let mut input = good();
        input.pool.domain = None;
        assert_eq!(rules(&input), ["no-domain"]);
        input.clients[0].settings.oauth_flows.clear();
        assert!(rules(&input).is_empty(), "no OAuth flow, no domain needed");
    }

    #[test]
    fn token_revocation_disabled() {
        assert_eq!(rules(&with_client(|s| s.token_revocation = false, false)), ["token-revocation-off"]);
    }

    #[test]
    fn user_existence_errors() {
        assert_eq!(
            rules(&with_client(|s| s.prevent_user_existence_errors = false, false)),
            ["user-existence-errors"]
        );
    }

    #[test]
    fn identity_pool_unauthenticated_or_classic() {
        let identity = |unauth: bool, classic: Option<bool>| IdentityPool {
            id: "eu-west-1:1".into(),
            name: "Ids".into(),
            allow_unauthenticated: unauth,
            classic_flow: classic,
            providers: vec![IdentityProvider {
                provider_name: "cognito-idp.eu-west-1.amazonaws.com/eu-west-1_a".into(),
                client_id: "client1".into(),
                server_side_token_check: false,
            }],
            other_providers: vec![],
            roles: None,
        };
        let input = AdvisorInput { identity_pools: vec![identity(true, Some(true))], ..good() };
        assert_eq!(rules(&input), ["identity-unauthenticated", "identity-classic-flow"]);
        let input = AdvisorInput { identity_pools: vec![identity(false, None)], ..good() };
        assert!(rules(&input).is_empty());
    }

    #[test]
    fn identity_pools_that_could_not_be_listed_are_a_low_finding() {
        let input = AdvisorInput { identity_pools_unchecked: Some("refused".into()), ..good() };
        let found = advise(&input);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].rule.as_str(), found[0].severity), ("identity-pools-unchecked", Severity::Low));
        assert!(found[0].detail.ends_with("refused"));
    }

    #[test]
    fn threat_protection_off_or_only_auditing() {
        let with = |mode: Option<&str>, admins: Option<usize>| {
            let mut input = good();
            input.pool.threat_protection = mode.map(str::to_string);
            input.admin_members = admins;
            advise(&input)
                .into_iter()
                .filter(|f| f.rule.starts_with("threat-"))
                .map(|f| (f.rule, f.severity))
                .collect::<Vec<_>>()
        };
        assert_eq!(with(None, Some(2)), [("threat-protection-off".to_string(), Severity::Medium)]);
        assert_eq!(with(Some("OFF"), Some(0)), [("threat-protection-off".to_string(), Severity::Low)]);
        assert_eq!(with(Some("AUDIT"), Some(2)), [("threat-protection-audit".to_string(), Severity::Low)]);
        assert!(with(Some("ENFORCED"), Some(2)).is_empty());
    }

    #[test]
    fn findings_are_sorted_by_severity() {
        let mut input = with_client(|s| s.token_revocation = false, false);
        input.pool.mfa = "OFF".into();
        input.pool.deletion_protection = false;
        let severities: Vec<Severity> = advise(&input).iter().map(|f| f.severity).collect();
        assert_eq!(severities, [Severity::High, Severity::Medium, Severity::Medium]);
    }
}
