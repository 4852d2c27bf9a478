//! Setup blueprints: a pool with its resource servers, app clients, groups, users and
//! memberships, described in TOML or JSON. `plan` compares a blueprint with what exists (a
//! `LiveState` read from Cognito) and lists each step: create, update or keep. Applying a plan
//! and planning again gives only "keep" steps. Blueprints add and align; they never delete.

use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::i18n::{lang, t, t_with};
use crate::model::blueprint::{GUIDE_BLUEPRINT, PlanStep, StepAction};
use crate::model::client::ClientContext;
use crate::model::client::ClientForm;
use crate::model::client::ClientSettings;
use crate::model::group::GroupInfo;
use crate::model::group::ValidGroup;
use crate::model::resource_server::ResourceServer;
use crate::model::resource_server::Scope;

/// Client presets a blueprint may name.
pub const CLIENT_PRESETS: [&str; 2] = ["client_credentials", "user_password"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Blueprint {
    pub pool: BlueprintPool,
    #[serde(default)]
    pub resource_servers: Vec<BlueprintResourceServer>,
    #[serde(default)]
    pub clients: Vec<BlueprintClient>,
    #[serde(default)]
    pub groups: Vec<BlueprintGroup>,
    #[serde(default)]
    pub users: Vec<BlueprintUser>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlueprintPool {
    pub name: String,
    /// Only used when the pool is created (with the guide's settings).
    #[serde(default = "yes")]
    pub deletion_protection: bool,
    /// A pool without a domain gets the Cognito domain `<prefix>-<8 random hex digits>`: a
    /// prefix is unique across every AWS account in the region, so a blueprint cannot name one
    /// that is sure to be free. A pool that has a domain keeps it.
    #[serde(default)]
    pub domain_prefix: Option<String>,
}

/// The random part a blueprint's domain prefix gets: `-` and 8 hex digits.
const DOMAIN_SUFFIX_LEN: usize = 9;

/// The Cognito domain a blueprint's `prefix` becomes, with the first 8 characters of `hex`.
pub fn domain_of(prefix: &str, hex: &str) -> String {
    let digits: String = hex.chars().take(DOMAIN_SUFFIX_LEN - 1).collect();
    format!("{prefix}-{digits}")
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlueprintResourceServer {
    pub identifier: String,
    pub name: String,
    #[serde(default)]
    pub scopes: Vec<Scope>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlueprintClient {
    pub name: String,
    /// `client_credentials` or `user_password` (the guide's two clients).
    pub preset: String,
    /// client_credentials: the custom scopes (default: every scope of the blueprint's resource
    /// servers); user_password: the OAuth scopes (default: openid, email, profile).
    pub scopes: Option<Vec<String>>,
    pub callback_urls: Option<Vec<String>>,
    pub logout_urls: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlueprintGroup {
    pub name: String,
    pub precedence: Option<i32>,
    pub description: Option<String>,
    pub role_arn: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlueprintUser {
    pub email: String,
    #[serde(default)]
    pub given_name: String,
    #[serde(default)]
    pub family_name: String,
    #[serde(default)]
    pub groups: Vec<String>,
}

/// What exists, as far as a blueprint cares.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LiveState {
    /// `None`: no pool of that name yet (everything is to be created).
    pub pool_id: Option<String>,
    pub resource_servers: Vec<ResourceServer>,
    /// (client id, settings) of every client.
    pub clients: Vec<(String, ClientSettings)>,
    pub groups: Vec<GroupInfo>,
    /// The blueprint's users that exist, by email, with their groups.
    pub users: Vec<(String, Vec<String>)>,
    /// The pool's schema attributes (for the client rules); empty for a new pool.
    pub attributes: Vec<String>,
    pub identity_providers: Vec<String>,
    /// The pool's Cognito domain (prefix), if it has one.
    pub domain: Option<String>,
    /// The kinds the endpoint could not list ("domain", "resource server"), with why: their
    /// steps are skipped.
    pub unsupported: Vec<(String, String)>,
}

/// Reads a blueprint: JSON when it starts with `{`, else TOML. Errors name the `blueprint`
/// field.
pub fn parse_blueprint(text: &str) -> Result<Blueprint, AppError> {
    let parsed: Result<Blueprint, String> = if text.trim_start().starts_with('{') {
        serde_json::from_str(text).map_err(|e| e.to_string())
    } else {
        toml::from_str(text).map_err(|e| e.to_string())
    };
    let blueprint = parsed.map_err(|e| {
        AppError::invalid("blueprint", t_with("blueprint-error-unreadable", &[("error", e.into())]))
    })?;
    blueprint.validate()?;
    Ok(blueprint)
}

fn bad(message: String) -> AppError {
    AppError::invalid("blueprint", message)
}

impl Blueprint {
    /// The guide's blueprint (`GUIDE_BLUEPRINT`, the text the Blueprint page starts from) with
    /// another pool name.
    pub fn guide(pool_name: &str) -> Self {
        let mut blueprint: Self = toml::from_str(GUIDE_BLUEPRINT).expect("the built-in blueprint reads");
        blueprint.pool.name = pool_name.to_string();
        blueprint
    }

    /// The rules that need no Cognito: names, presets, references between sections.
    pub fn validate(&self) -> Result<(), AppError> {
        crate::model::pool_settings::validate_pool_name(&self.pool.name).map_err(|_| {
            bad(t_with("blueprint-error-pool-name", &[("name", format!("{:?}", self.pool.name).into())]))
        })?;
        if let Some(prefix) = &self.pool.domain_prefix {
            let example = domain_of(prefix, &"0".repeat(DOMAIN_SUFFIX_LEN - 1));
            crate::model::domain::validate_domain("prefix", &example, "").map_err(|e| {
                bad(t_with(
                    "blueprint-error-domain-prefix",
                    &[("prefix", format!("{prefix:?}").into()), ("error", e.to_string().into())],
                ))
            })?;
        }
        for rs in &self.resource_servers {
            self.resource_server(rs)?;
        }
        for c in &self.clients {
            if !CLIENT_PRESETS.contains(&c.preset.as_str()) {
                return Err(bad(t_with(
                    "blueprint-error-preset",
                    &[
                        ("name", format!("{:?}", c.name).into()),
                        ("presets", CLIENT_PRESETS.join(", ").into()),
                    ],
                )));
            }
        }
        for g in &self.groups {
            self.group(g)?;
        }
        for u in &self.users {
            if !u.email.contains('@') || u.email.chars().any(char::is_whitespace) {
                return Err(bad(t_with(
                    "blueprint-error-email",
                    &[("email", format!("{:?}", u.email).into())],
                )));
            }
            if let Some(group) = u.groups.iter().find(|g| !self.groups.iter().any(|b| &b.name == *g)) {
                return Err(bad(t_with(
                    "blueprint-error-user-group",
                    &[("email", u.email.clone().into()), ("group", format!("{group:?}").into())],
                )));
            }
        }
        // Each entry costs Cognito calls on every plan: keep a blueprint to what a page can run.
        let sections: [(String, Vec<String>, usize); 4] = [
            (
                t("blueprint-section-resource-servers"),
                self.resource_servers.iter().map(|r| r.identifier.clone()).collect(),
                25,
            ),
            (t("blueprint-section-clients"), self.clients.iter().map(|c| c.name.clone()).collect(), 25),
            (t("blueprint-section-groups"), self.groups.iter().map(|g| g.name.clone()).collect(), 100),
            (t("blueprint-section-users"), self.users.iter().map(|u| u.email.to_lowercase()).collect(), 100),
        ];
        for (section, mut names, max) in sections {
            if names.len() > max {
                return Err(bad(t_with(
                    "blueprint-error-too-many",
                    &[("max", max.into()), ("section", section.into())],
                )));
            }
            names.sort();
            if let Some(w) = names.windows(2).find(|w| w[0] == w[1]) {
                return Err(bad(t_with(
                    "blueprint-error-twice",
                    &[("name", w[0].clone().into()), ("section", section.into())],
                )));
            }
        }
        Ok(())
    }

    pub fn resource_server(&self, rs: &BlueprintResourceServer) -> Result<ResourceServer, AppError> {
        let lines: Vec<String> = rs.scopes.iter().map(|s| format!("{} {}", s.name, s.description)).collect();
        crate::model::resource_server::validate_resource_server(&rs.identifier, &rs.name, &lines.join("\n"))
            .map_err(|e| {
                let id = format!("{:?}", rs.identifier);
                bad(t_with(
                    "blueprint-error-resource-server",
                    &[("id", id.into()), ("error", e.to_string().into())],
                ))
            })
    }

    pub fn group(&self, g: &BlueprintGroup) -> Result<ValidGroup, AppError> {
        crate::model::group::GroupInput {
            name: g.name.clone(),
            description: g.description.clone().unwrap_or_default(),
            precedence: g.precedence.map(|p| p.to_string()).unwrap_or_default(),
            role_arn: g.role_arn.clone().unwrap_or_default(),
        }
        .validate()
        .map_err(|e| {
            let name = format!("{:?}", g.name);
            bad(t_with("blueprint-error-group", &[("name", name.into()), ("error", e.to_string().into())]))
        })
    }

    /// Every custom scope the blueprint's resource servers define.
    fn custom_scopes(&self) -> Vec<String> {
        self.resource_servers
            .iter()
            .flat_map(|rs| rs.scopes.iter().map(move |s| format!("{}/{}", rs.identifier, s.name)))
            .collect()
    }

    /// The client form of a blueprint client: its preset with the blueprint's overrides.
    pub fn client_form(&self, c: &BlueprintClient) -> ClientForm {
        let mut form = match c.preset.as_str() {
            "client_credentials" => {
                ClientForm::credentials_preset(&c.scopes.clone().unwrap_or_else(|| self.custom_scopes()))
            }
            _ => {
                let mut form = ClientForm::user_password_preset();
                if let Some(scopes) = &c.scopes {
                    form.scopes = scopes.clone();
                }
                form
            }
        };
        form.name = c.name.clone();
        if let Some(urls) = &c.callback_urls {
            form.callback_urls = urls.join("\n");
        }
        if let Some(urls) = &c.logout_urls {
            form.logout_urls = urls.join("\n");
        }
        form
    }

    /// The client settings a blueprint client asks for, checked by the console's client rules
    /// against the pool as it will be (its own resource servers included).
    pub fn client_settings(&self, c: &BlueprintClient, live: &LiveState) -> Result<ClientSettings, AppError> {
        let mut custom_scopes = self.custom_scopes();
        for rs in &live.resource_servers {
            custom_scopes.extend(rs.scopes.iter().map(|s| format!("{}/{}", rs.identifier, s.name)));
        }
        let mut identity_providers = live.identity_providers.clone();
        if !identity_providers.iter().any(|p| p == "COGNITO") {
            identity_providers.push("COGNITO".into());
        }
        let ctx = ClientContext {
            custom_scopes,
            identity_providers,
            attributes: live.attributes.clone(),
            mutable_attributes: live.attributes.clone(),
            has_domain: false,
        };
        let form = self.client_form(c);
        form.validate(&ctx, form.generate_secret.is_some()).map_err(|e| {
            let name = format!("{:?}", c.name);
            bad(t_with("blueprint-error-client", &[("name", name.into()), ("error", e.to_string().into())]))
        })
    }
}

fn same_scopes(a: &[Scope], b: &[Scope]) -> bool {
    let key = |s: &[Scope]| {
        let mut v: Vec<(String, String)> =
            s.iter().map(|x| (x.name.clone(), x.description.clone())).collect();
        v.sort();
        v
    };
    key(a) == key(b)
}

/// The settings an update sends: the live client with only what a blueprint manages (flows,
/// scopes, URLs, lifetimes) replaced, so identity providers, attribute permissions and the
/// other settings are kept, and the plan's differences are exactly what changes.
pub fn aligned_client(now: &ClientSettings, want: &ClientSettings) -> ClientSettings {
    let mut next = now.clone();
    next.auth_flows = want.auth_flows.clone();
    next.oauth_flows = want.oauth_flows.clone();
    next.scopes = want.scopes.clone();
    next.callback_urls = want.callback_urls.clone();
    next.logout_urls = want.logout_urls.clone();
    next.access_token = want.access_token.clone();
    next.id_token = want.id_token.clone();
    next.refresh_token = want.refresh_token.clone();
    if next.default_redirect_uri.as_ref().is_some_and(|d| !next.callback_urls.contains(d)) {
        next.default_redirect_uri = None;
    }
    if next.oauth_flows.iter().any(|f| f == "code" || f == "implicit") && next.identity_providers.is_empty() {
        next.identity_providers = want.identity_providers.clone();
    }
    next
}

fn sorted(items: &[String]) -> Vec<String> {
    let mut v = items.to_vec();
    v.sort();
    v
}

fn step(kind: &str, name: &str, action: StepAction, detail: impl Into<String>) -> PlanStep {
    PlanStep { kind: kind.into(), name: name.into(), action, detail: detail.into() }
}

/// What a client's settings differ in, as "field: now → wanted" phrases.
fn client_differences(now: &ClientSettings, want: &ClientSettings) -> Vec<String> {
    let mut out = Vec::new();
    let lists: [(String, &[String], &[String]); 5] = [
        (t("blueprint-diff-auth-flows"), &now.auth_flows, &want.auth_flows),
        (t("blueprint-diff-oauth-flows"), &now.oauth_flows, &want.oauth_flows),
        (t("blueprint-diff-scopes"), &now.scopes, &want.scopes),
        (t("blueprint-diff-callback-urls"), &now.callback_urls, &want.callback_urls),
        (t("blueprint-diff-sign-out-urls"), &now.logout_urls, &want.logout_urls),
    ];
    for (label, a, b) in lists {
        if sorted(a) != sorted(b) {
            out.push(format!("{label}: {} → {}", a.join(" "), b.join(" ")));
        }
    }
    for (label, a, b) in [
        (t("blueprint-diff-access-token"), &now.access_token, &want.access_token),
        (t("blueprint-diff-id-token"), &now.id_token, &want.id_token),
        (t("blueprint-diff-refresh-token"), &now.refresh_token, &want.refresh_token),
    ] {
        if a.minutes() != b.minutes() {
            out.push(format!("{label}: {} → {}", a.label(lang()), b.label(lang())));
        }
    }
    out
}

/// The steps that make `live` match the blueprint, in the order they must run.
pub fn plan(bp: &Blueprint, live: &LiveState) -> Result<Vec<PlanStep>, AppError> {
    let mut steps = Vec::new();
    let pool = &bp.pool.name;
    steps.push(match &live.pool_id {
        None => step("pool", pool, StepAction::Create, t("blueprint-detail-guide-settings")),
        Some(id) => step(
            "pool",
            pool,
            StepAction::Keep,
            t_with("blueprint-detail-pool-exists", &[("id", id.clone().into())]),
        ),
    });
    let unsupported =
        |kind: &str| live.unsupported.iter().find(|(k, _)| k == kind).map(|(_, why)| why.clone());
    if let Some(prefix) = &bp.pool.domain_prefix {
        steps.push(match (&live.domain, unsupported("domain")) {
            (_, Some(why)) => step("domain", prefix, StepAction::Skip, why),
            (None, None) => step(
                "domain",
                prefix,
                StepAction::Create,
                t_with("blueprint-detail-domain-new", &[("prefix", prefix.clone().into())]),
            ),
            (Some(domain), None) => step(
                "domain",
                prefix,
                StepAction::Keep,
                t_with("blueprint-detail-domain-has", &[("domain", domain.clone().into())]),
            ),
        });
    }
    for rs in &bp.resource_servers {
        let want = bp.resource_server(rs)?;
        let scopes = crate::model::resource_server::scopes_text(&want.scopes).replace('\n', ", ");
        let now = live.resource_servers.iter().find(|r| r.identifier == want.identifier);
        steps.push(match (now, unsupported("resource server")) {
            (_, Some(why)) => step("resource server", &want.identifier, StepAction::Skip, why),
            (None, None) => step(
                "resource server",
                &want.identifier,
                StepAction::Create,
                t_with("blueprint-detail-scopes", &[("scopes", scopes.clone().into())]),
            ),
            (Some(now), None) if now.name == want.name && same_scopes(&now.scopes, &want.scopes) => step(
                "resource server",
                &want.identifier,
                StepAction::Keep,
                t("blueprint-detail-as-described"),
            ),
            (Some(_), None) => step(
                "resource server",
                &want.identifier,
                StepAction::Update,
                t_with("blueprint-detail-name-scopes", &[("scopes", scopes.clone().into())]),
            ),
        });
    }
    for c in &bp.clients {
        let want = bp.client_settings(c, live)?;
        steps.push(match live.clients.iter().find(|(_, s)| s.name == c.name) {
            None => step(
                "app client",
                &c.name,
                StepAction::Create,
                t_with("blueprint-detail-preset", &[("preset", c.preset.clone().into())]),
            ),
            Some((_, now)) => {
                let diff = client_differences(now, &want);
                if diff.is_empty() {
                    step("app client", &c.name, StepAction::Keep, t("blueprint-detail-as-described"))
                } else {
                    step("app client", &c.name, StepAction::Update, diff.join("; "))
                }
            }
        });
    }
    let precedence = |p: Option<i32>| p.map(|p| p.to_string()).unwrap_or_else(|| t("none"));
    for g in &bp.groups {
        let want = bp.group(g)?;
        steps.push(match live.groups.iter().find(|x| x.name == want.name) {
            None => step(
                "group",
                &want.name,
                StepAction::Create,
                t_with("blueprint-detail-precedence", &[("precedence", precedence(want.precedence).into())]),
            ),
            Some(now)
                if now.precedence == want.precedence
                    && now.description == want.description
                    && now.role_arn == want.role_arn =>
            {
                step("group", &want.name, StepAction::Keep, t("blueprint-detail-as-described"))
            }
            Some(now) => step(
                "group",
                &want.name,
                StepAction::Update,
                t_with(
                    "blueprint-detail-precedence-change",
                    &[
                        ("now", precedence(now.precedence).into()),
                        ("want", precedence(want.precedence).into()),
                    ],
                ),
            ),
        });
    }
    for u in &bp.users {
        let existing = live.users.iter().find(|(email, _)| email.eq_ignore_ascii_case(&u.email));
        steps.push(match existing {
            None => step("user", &u.email, StepAction::Create, t("blueprint-detail-user-new")),
            Some(_) => step("user", &u.email, StepAction::Keep, t("blueprint-detail-user-exists")),
        });
        for group in &u.groups {
            let member = existing.is_some_and(|(_, groups)| groups.contains(group));
            let name = format!("{} → {group}", u.email);
            steps.push(if member {
                step("membership", &name, StepAction::Keep, t("blueprint-detail-member"))
            } else {
                step("membership", &name, StepAction::Create, t("blueprint-detail-add"))
            });
        }
    }
    Ok(steps)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::client::Validity;

    fn guide() -> Blueprint {
        Blueprint::guide("MyApp-UserPool")
    }

    fn actions(steps: &[PlanStep]) -> Vec<(String, String, StepAction)> {
        steps.iter().map(|s| (s.kind.clone(), s.name.clone(), s.action)).collect()
    }

    /// What Cognito holds after every step of `steps` ran: the model of an apply.
    fn applied(bp: &Blueprint, live: &LiveState) -> LiveState {
        let mut next = live.clone();
        next.pool_id.get_or_insert_with(|| "eu-west-1_new".into());
        next.domain = bp.pool.domain_prefix.as_ref().map(|p| format!("{p}-0123abcd"));
        next.resource_servers =
            bp.resource_servers.iter().map(|rs| bp.resource_server(rs).unwrap()).collect();
        next.clients = bp
            .clients
            .iter()
            .map(|c| (format!("id-{}", c.name), bp.client_settings(c, live).unwrap()))
            .collect();
        next.groups = bp
            .groups
            .iter()
            .map(|g| {
                let v = bp.group(g).unwrap();
                GroupInfo {
                    name: v.name,
                    description: v.description,
                    precedence: v.precedence,
                    role_arn: v.role_arn,
                    created: None,
                    modified: None,
                    locked: false,
                }
            })
            .collect();
        next.users = bp.users.iter().map(|u| (u.email.clone(), u.groups.clone())).collect();
        next
    }

    #[test]
    fn the_built_in_blueprint_is_the_guide_setup() {
        let bp = guide();
        bp.validate().unwrap();
        let groups: Vec<(&str, Option<i32>)> =
            bp.groups.iter().map(|g| (g.name.as_str(), g.precedence)).collect();
        let guide: Vec<(&str, Option<i32>)> = crate::model::group::GUIDE_GROUPS
            .iter()
            .map(|(name, precedence, _)| (*name, Some(*precedence)))
            .collect();
        assert_eq!(groups, guide);
        let clients: Vec<&str> = bp.clients.iter().map(|c| c.preset.as_str()).collect();
        assert_eq!(clients, CLIENT_PRESETS);
    }

    #[test]
    fn json_blueprints_are_read_too() {
        let json = serde_json::to_string(&guide()).unwrap();
        assert_eq!(parse_blueprint(&json).unwrap(), guide());
        let err = parse_blueprint("{\"pool\": {}}").unwrap_err();
        assert_eq!(err.field(), Some("blueprint"));
    }

    #[test]
    fn unknown_fields_and_bad_references_are_refused() {
        let typo = GUIDE_BLUEPRINT.replace("deletion_protection", "deletion_protect");
        assert!(parse_blueprint(&typo).unwrap_err().to_string().contains("deletion_protect"));
        let mut bp = guide();
        bp.users[0].groups = vec!["nobody".into()];
        assert!(bp.validate().unwrap_err().to_string().contains("nobody"));
        let mut bp = guide();
        bp.clients[1].preset = "implicit".into();
        assert!(bp.validate().is_err());
        let mut bp = guide();
        bp.groups[0].name = "has space".into();
        assert!(bp.validate().is_err());
    }

    #[test]
    fn a_fresh_pool_gets_every_step_created() {
        let steps = plan(&guide(), &LiveState::default()).unwrap();
        assert!(steps.iter().all(|s| s.action == StepAction::Create), "{steps:?}");
        // pool, its domain, 1 resource server, 2 clients, 5 groups, 2 users with one membership
        // each.
        assert_eq!(steps.len(), 1 + 1 + 1 + 2 + 5 + 2 * 2);
        assert_eq!((steps[0].kind.as_str(), steps[1].kind.as_str()), ("pool", "domain"));
        assert_eq!(steps[3].name, "MyApp-ClientCredentials");
    }

    #[test]
    fn a_pool_with_a_domain_keeps_it_and_a_bad_prefix_is_refused() {
        let bp = guide();
        let live = LiveState { pool_id: Some("p".into()), domain: Some("mine".into()), ..Default::default() };
        let domain = plan(&bp, &live).unwrap().into_iter().find(|s| s.kind == "domain").unwrap();
        assert_eq!((domain.action, domain.detail.as_str()), (StepAction::Keep, "the pool has mine"));
        for prefix in ["My Auth", "aws-login", &"x".repeat(55)] {
            let mut bp = guide();
            bp.pool.domain_prefix = Some(prefix.to_string());
            assert_eq!(bp.validate().unwrap_err().field(), Some("blueprint"), "{prefix}");
        }
    }

    #[test]
    fn what_the_endpoint_cannot_list_is_skipped_and_the_rest_planned() {
        let bp = guide();
        let why = "This Cognito endpoint cannot list the domains: it does not support DescribeUserPool.";
        let mut live = applied(&bp, &LiveState::default());
        live.domain = None;
        live.resource_servers.clear();
        live.unsupported = vec![("domain".into(), why.into()), ("resource server".into(), "no RS".into())];
        let steps = plan(&bp, &live).unwrap();
        let skipped: Vec<(&str, &str)> = steps
            .iter()
            .filter(|s| s.action == StepAction::Skip)
            .map(|s| (s.kind.as_str(), s.detail.as_str()))
            .collect();
        assert_eq!(skipped, [("domain", why), ("resource server", "no RS")]);
        // The credentials client still takes the blueprint's own scopes; nothing else changes.
        assert!(steps.iter().all(|s| matches!(s.action, StepAction::Skip | StepAction::Keep)), "{steps:?}");
        assert!(!steps.iter().any(|s| s.action.changes()));
    }

    #[test]
    fn planning_after_an_apply_keeps_everything() {
        let bp = guide();
        let after = applied(&bp, &LiveState::default());
        let steps = plan(&bp, &after).unwrap();
        assert!(steps.iter().all(|s| s.action == StepAction::Keep), "{steps:?}");
    }

    #[test]
    fn drift_is_planned_as_updates() {
        let bp = guide();
        let mut live = applied(&bp, &LiveState::default());
        live.groups[1].precedence = Some(50);
        live.clients[0].1.auth_flows.push("ALLOW_ADMIN_USER_PASSWORD_AUTH".into());
        live.clients[1].1.access_token = Validity::new(1, "days");
        live.users[1].1.clear();
        let changed: Vec<(String, String, StepAction)> = actions(&plan(&bp, &live).unwrap())
            .into_iter()
            .filter(|(.., a)| *a != StepAction::Keep)
            .collect();
        assert_eq!(
            changed,
            [
                ("app client".into(), "MyApp-ClientCredentials".into(), StepAction::Update),
                ("app client".into(), "MyApp-UserAuth".into(), StepAction::Update),
                ("group".into(), "moderator".into(), StepAction::Update),
                ("membership".into(), "user@example.com → user".into(), StepAction::Create),
            ]
        );
        let steps = plan(&bp, &live).unwrap();
        assert!(steps.iter().any(|s| s.detail.contains("ALLOW_ADMIN_USER_PASSWORD_AUTH")));
    }

    #[test]
    fn a_client_update_keeps_what_the_blueprint_does_not_manage() {
        let bp = guide();
        let want = bp.client_settings(&bp.clients[1], &LiveState::default()).unwrap();
        let mut now = want.clone();
        now.identity_providers.push("Google".into());
        now.read_attributes = vec!["email".into()];
        now.prevent_user_existence_errors = false;
        now.scopes = vec!["openid".into()];
        now.default_redirect_uri = Some("https://old.example.com/cb".into());
        let next = aligned_client(&now, &want);
        assert_eq!(next.scopes, want.scopes);
        assert_eq!(next.identity_providers, ["COGNITO", "Google"]);
        assert_eq!(next.read_attributes, ["email"]);
        assert!(!next.prevent_user_existence_errors);
        assert_eq!(next.default_redirect_uri, None, "no longer among the callbacks");
    }

    #[test]
    fn duplicates_and_oversized_sections_are_refused() {
        let mut bp = guide();
        bp.groups.push(bp.groups[0].clone());
        assert!(bp.validate().unwrap_err().to_string().contains("admin appears twice"));
        let mut bp = guide();
        let user = bp.users[1].clone();
        bp.users =
            (0..101).map(|i| BlueprintUser { email: format!("u{i}@example.com"), ..user.clone() }).collect();
        assert!(bp.validate().unwrap_err().to_string().contains("At most 100 users"));
    }

    #[test]
    fn scope_order_is_not_drift() {
        let bp = guide();
        let mut live = applied(&bp, &LiveState::default());
        live.resource_servers[0].scopes.reverse();
        assert!(plan(&bp, &live).unwrap().iter().all(|s| s.action == StepAction::Keep));
    }

    #[test]
    fn credentials_client_defaults_to_every_blueprint_scope() {
        let mut bp = guide();
        bp.clients[0].scopes = None;
        let settings = bp.client_settings(&bp.clients[0].clone(), &LiveState::default()).unwrap();
        assert_eq!(settings.scopes, ["myapp-api/read", "myapp-api/write"]);
        assert_eq!(
            settings.auth_flows,
            ["ALLOW_REFRESH_TOKEN_AUTH"],
            "not the guide's ALLOW_ADMIN_USER_PASSWORD_AUTH"
        );
    }
}
