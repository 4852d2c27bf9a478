//! Exports of a configuration summary: JSON (schema `pooldesk.summary/1`, documented in the
//! README), a `.env` file, and settings for the Python auth-middleware package in its two forms.
//! Pure text, so each format is pinned by a golden file.
//!
//! Client secrets appear only when the caller passes them (the admin ticked "include secrets");
//! otherwise the JSON says `has_secret` and the other formats leave a placeholder.

use serde::Serialize;

use crate::model::client::Validity;
use crate::model::summary::{ConfigSummary, SummaryClient};

/// The formats: key (used in requests), label, file name suffix, MIME type.
pub const EXPORT_FORMATS: [(&str, &str, &str, &str); 4] = [
    ("json", "JSON", "summary.json", "application/json"),
    ("env", ".env", ".env", "text/plain"),
    (
        "auth-middleware-0.5",
        "auth-middleware ≤ 0.5 (CognitoAuthzProviderSettings)",
        "auth_settings.py",
        "text/x-python",
    ),
    (
        "auth-middleware-0.6",
        "auth-middleware ≥ 0.6 (OidcProviderSettings)",
        "auth_settings.py",
        "text/x-python",
    ),
];

/// One export, ready to show and download.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, Serialize)]
pub struct ExportFile {
    pub format: String,
    pub filename: String,
    pub mime: String,
    pub content: String,
    pub with_secrets: bool,
}

/// The secrets to include: (client id, secret).
pub type Secrets<'a> = &'a [(String, String)];

/// Whether a format has a place for client secrets (the OIDC settings have none).
pub fn export_takes_secrets(format: &str) -> bool {
    matches!(format, "json" | "env" | "auth-middleware-0.5")
}

/// A name for a comment line: Cognito allows whitespace, newlines included, in pool and client
/// names, and a newline in a comment of a `.env` or Python file would start a line of its own.
fn one_line(name: &str) -> String {
    name.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// `None` for an unknown format key.
pub fn export(
    summary: &ConfigSummary,
    format: &str,
    audience: Option<&str>,
    secrets: Secrets,
) -> Option<ExportFile> {
    let (key, _, suffix, mime) = EXPORT_FORMATS.iter().find(|(k, ..)| *k == format)?;
    let content = match *key {
        "json" => json(summary, secrets),
        "env" => env(summary, audience, secrets),
        "auth-middleware-0.5" => auth_middleware_legacy(summary, audience, secrets),
        _ => auth_middleware_oidc(summary, audience),
    };
    // The pool's name first: browsers will not save a file whose name starts with a dot (a
    // download named `.env` arrives as `env.txt`), so the `.env` file is `<pool>.env`.
    let pool = summary.pool.name.to_lowercase().replace(|c: char| !c.is_ascii_alphanumeric(), "-");
    let filename =
        if suffix.starts_with('.') { format!("{pool}{suffix}") } else { format!("{pool}-{suffix}") };
    Some(ExportFile {
        format: key.to_string(),
        filename,
        mime: mime.to_string(),
        content,
        with_secrets: !secrets.is_empty() && export_takes_secrets(key),
    })
}

fn secret_of<'a>(secrets: Secrets<'a>, client_id: &str) -> Option<&'a str> {
    secrets.iter().find(|(id, _)| id == client_id).map(|(_, s)| s.as_str())
}

// The JSON schema, field by field. Its own types, so that a change to the page's model cannot
// change the file format by accident.
#[derive(Serialize)]
struct JsonExport<'a> {
    schema: &'static str,
    user_pool: JsonPool<'a>,
    app_clients: Vec<JsonClient<'a>>,
    groups: Vec<JsonGroup<'a>>,
    users: JsonUsers<'a>,
    identity_pools: Vec<JsonIdentityPool<'a>>,
    /// Present only when they could not be listed: why (`identity_pools` is then empty).
    #[serde(skip_serializing_if = "Option::is_none")]
    identity_pools_unlisted: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonPool<'a> {
    id: &'a str,
    name: &'a str,
    region: &'a str,
    arn: Option<&'a str>,
    issuer: &'a str,
    jwks_uri: &'a str,
    domain: Option<&'a str>,
    hosted_ui_url: Option<&'a str>,
    token_endpoint: Option<String>,
}

#[derive(Serialize)]
struct JsonClient<'a> {
    name: &'a str,
    client_id: &'a str,
    has_secret: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    client_secret: Option<&'a str>,
    auth_flows: &'a [String],
    oauth_flows: &'a [String],
    scopes: &'a [String],
    callback_urls: &'a [String],
    token_validity: JsonValidity<'a>,
}

#[derive(Serialize)]
struct JsonValidity<'a> {
    access_token: &'a Validity,
    id_token: &'a Validity,
    refresh_token: &'a Validity,
}

#[derive(Serialize)]
struct JsonGroup<'a> {
    name: &'a str,
    precedence: Option<i32>,
    description: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonUsers<'a> {
    /// More users exist than listed.
    truncated: bool,
    items: Vec<JsonUser<'a>>,
}

#[derive(Serialize)]
struct JsonUser<'a> {
    username: &'a str,
    email: Option<&'a str>,
    status: &'a str,
    enabled: bool,
    groups: &'a [String],
}

#[derive(Serialize)]
struct JsonIdentityPool<'a> {
    id: &'a str,
    name: &'a str,
    allow_unauthenticated_identities: bool,
    allow_classic_flow: Option<bool>,
    client_ids: &'a [String],
    authenticated_role_arn: Option<&'a str>,
    unauthenticated_role_arn: Option<&'a str>,
}

fn json(s: &ConfigSummary, secrets: Secrets) -> String {
    let export = JsonExport {
        schema: "pooldesk.summary/1",
        user_pool: JsonPool {
            id: &s.pool.id,
            name: &s.pool.name,
            region: &s.pool.region,
            arn: s.pool.arn.as_deref(),
            issuer: &s.pool.issuer,
            jwks_uri: &s.pool.jwks_uri,
            domain: s.pool.domain.as_deref(),
            hosted_ui_url: s.pool.hosted_ui_url.as_deref(),
            token_endpoint: s.pool.token_endpoint(),
        },
        app_clients: s
            .clients
            .iter()
            .map(|c| JsonClient {
                name: &c.name,
                client_id: &c.id,
                has_secret: c.has_secret,
                client_secret: secret_of(secrets, &c.id),
                auth_flows: &c.auth_flows,
                oauth_flows: &c.oauth_flows,
                scopes: &c.scopes,
                callback_urls: &c.callback_urls,
                token_validity: JsonValidity {
                    access_token: &c.access_token,
                    id_token: &c.id_token,
                    refresh_token: &c.refresh_token,
                },
            })
            .collect(),
        groups: s
            .groups
            .iter()
            .map(|g| JsonGroup {
                name: &g.name,
                precedence: g.precedence,
                description: g.description.as_deref(),
            })
            .collect(),
        users: JsonUsers {
            truncated: s.more_users,
            items: s
                .users
                .iter()
                .map(|u| JsonUser {
                    username: &u.user.username,
                    email: u.user.email.as_deref(),
                    status: &u.user.status,
                    enabled: u.user.enabled,
                    groups: &u.groups,
                })
                .collect(),
        },
        identity_pools_unlisted: s.identity_pools_unlisted.as_deref(),
        identity_pools: s
            .identity_pools
            .iter()
            .map(|p| JsonIdentityPool {
                id: &p.id,
                name: &p.name,
                allow_unauthenticated_identities: p.allow_unauthenticated,
                allow_classic_flow: p.classic_flow,
                client_ids: &p.client_ids,
                authenticated_role_arn: p.roles.as_ref().and_then(|r| r.authenticated.as_deref()),
                unauthenticated_role_arn: p.roles.as_ref().and_then(|r| r.unauthenticated.as_deref()),
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&export).unwrap_or_default();
    text.push('\n');
    text
}

/// `MyApp-ClientCredentials` → `MYAPP_CLIENTCREDENTIALS`.
fn env_name(name: &str) -> String {
    let mut out: String =
        name.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect();
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    out
}

/// A value as dotenv reads it back: bare when it is plain, else double-quoted with `\` and `"`
/// escaped.
fn env_value(value: &str) -> String {
    if value.chars().all(|c| c.is_ascii_alphanumeric() || "-_.:/@+=".contains(c)) {
        value.to_string()
    } else {
        format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n"))
    }
}

fn env(s: &ConfigSummary, audience: Option<&str>, secrets: Secrets) -> String {
    let mut lines = vec![
        format!(
            "# Cognito settings of the user pool {} ({}), exported by Pooldesk.",
            one_line(&s.pool.name),
            s.pool.id
        ),
        format!("COGNITO_REGION={}", env_value(&s.pool.region)),
        format!("COGNITO_USER_POOL_ID={}", env_value(&s.pool.id)),
        format!("COGNITO_ISSUER={}", env_value(&s.pool.issuer)),
        format!("COGNITO_JWKS_URI={}", env_value(&s.pool.jwks_uri)),
    ];
    if let (Some(domain), Some(base)) = (&s.pool.domain, &s.pool.hosted_ui_url) {
        lines.push(format!("COGNITO_DOMAIN={}", env_value(domain)));
        lines.push(format!("COGNITO_HOSTED_UI_URL={}", env_value(base)));
        lines.push(format!("COGNITO_TOKEN_ENDPOINT={}", env_value(&format!("{base}/oauth2/token"))));
    }
    if let Some(client) = s.audience_client(audience) {
        lines.push(format!("# The app client whose tokens your API accepts: {}", one_line(&client.name)));
        lines.push(format!("COGNITO_CLIENT_ID={}", env_value(&client.id)));
    }
    for c in &s.clients {
        lines.push(String::new());
        lines.push(format!("# App client {}", one_line(&c.name)));
        let prefix = format!("COGNITO_CLIENT_{}", env_name(&c.name));
        lines.push(format!("{prefix}_ID={}", env_value(&c.id)));
        if c.has_secret {
            match secret_of(secrets, &c.id) {
                Some(secret) => lines.push(format!("{prefix}_SECRET={}", env_value(secret))),
                None => {
                    lines.push(format!("# {prefix}_SECRET= (not exported: include secrets to fill it in)"))
                }
            }
        }
    }
    if let Some(identity) = s.identity_pools.first() {
        lines.push(String::new());
        lines.push(format!("# Identity pool {}", one_line(&identity.name)));
        lines.push(format!("COGNITO_IDENTITY_POOL_ID={}", env_value(&identity.id)));
    }
    lines.push(String::new());
    lines.join("\n")
}

/// A Python string literal.
fn py(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}

fn audience_line(client: Option<&SummaryClient>) -> String {
    match client {
        Some(c) => format!("# Tokens are accepted for the app client {} ({}).", one_line(&c.name), c.id),
        None => "# This pool has no app client yet: create one and set its id below.".to_string(),
    }
}

/// The JWKS URL Cognito itself serves; auth-middleware derives it when none is given.
fn is_aws_jwks(s: &ConfigSummary) -> bool {
    s.pool.jwks_uri == format!("{}/.well-known/jwks.json", s.pool.issuer)
}

/// auth-middleware 0.4.2 to 0.5 (0.4.1 is not on PyPI): `CognitoAuthzProviderSettings` for its
/// `CognitoProvider`, with `CognitoGroupsProvider`, without which a user's groups come out empty.
/// Its settings have no identity pool field (unknown keywords are silently dropped), so the
/// identity pool id is a comment.
fn auth_middleware_legacy(s: &ConfigSummary, audience: Option<&str>, secrets: Secrets) -> String {
    let client = s.audience_client(audience);
    let mut lines = vec![
        "# auth-middleware 0.4.2 to 0.5".to_string(),
        audience_line(client),
        "from auth_middleware import JwtAuthMiddleware".to_string(),
        "from auth_middleware.providers.aws.cognito_authz_provider_settings import CognitoAuthzProviderSettings"
            .to_string(),
        "from auth_middleware.providers.aws.cognito_groups_provider import CognitoGroupsProvider".to_string(),
        "from auth_middleware.providers.aws.cognito_provider import CognitoProvider".to_string(),
        String::new(),
        "auth_settings = CognitoAuthzProviderSettings(".to_string(),
        format!("    user_pool_id={},", py(&s.pool.id)),
        format!("    user_pool_region={},", py(&s.pool.region)),
        format!("    user_pool_client_id={},", py(client.map(|c| c.id.as_str()).unwrap_or(""))),
    ];
    if let Some(c) = client.filter(|c| c.has_secret) {
        match secret_of(secrets, &c.id) {
            Some(secret) => lines.push(format!("    user_pool_client_secret={},", py(secret))),
            None => lines.push(
                "    # user_pool_client_secret=\"...\",  # not exported: include secrets to fill it in"
                    .into(),
            ),
        }
    }
    if !is_aws_jwks(s) {
        lines.push(format!(
            "    jwks_url_template={},  # where this endpoint serves the keys",
            py(&s.pool.jwks_uri)
        ));
    }
    lines.push(")".to_string());
    if let Some(identity) = s.identity_pools.first() {
        lines.push(format!("# Identity pool ({}): {}", one_line(&identity.name), identity.id));
    }
    lines.push(String::new());
    lines.push(
        "# app.add_middleware(\n#     JwtAuthMiddleware,\n#     auth_provider=CognitoProvider(settings=auth_settings, groups_provider=CognitoGroupsProvider),\n# )"
            .into(),
    );
    lines.push(String::new());
    lines.join("\n")
}

/// auth-middleware 0.6 and later: the generic `OidcProviderSettings`, pointed at the pool.
fn auth_middleware_oidc(s: &ConfigSummary, audience: Option<&str>) -> String {
    let client = s.audience_client(audience);
    [
        "# auth-middleware 0.6 and later".to_string(),
        audience_line(client),
        "from auth_middleware import JwtAuthMiddleware".to_string(),
        "from auth_middleware.providers.oidc import OidcProvider, OidcProviderSettings".to_string(),
        String::new(),
        "auth_settings = OidcProviderSettings(".to_string(),
        format!("    issuer={},", py(&s.pool.issuer)),
        format!("    audience={},", py(client.map(|c| c.id.as_str()).unwrap_or(""))),
        format!("    jwks_uri={},", py(&s.pool.jwks_uri)),
        // Cognito puts the login name in `cognito:username` on ID tokens and in `username` on
        // access tokens (preferred_username is often unset). Without the fallback, a user's
        // access token resolves to the app client's id.
        "    username_claim=\"cognito:username\",".to_string(),
        "    username_claim_fallbacks=[\"username\"],".to_string(),
        "    groups_claim=\"cognito:groups\",".to_string(),
        ")".to_string(),
        String::new(),
        "# app.add_middleware(JwtAuthMiddleware, auth_provider=OidcProvider(settings=auth_settings))"
            .to_string(),
        String::new(),
    ]
    .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::group::GroupInfo;
    use crate::model::identity_pool::IdentityRoles;
    use crate::model::summary::{SummaryIdentityPool, SummaryPool, SummaryUser};
    use crate::model::user::UserRow;

    /// The guide's end state, with fixed ids.
    fn guide() -> ConfigSummary {
        let client = |id: &str, name: &str, secret: bool, auth: &[&str], oauth: &[&str], scopes: &[&str]| {
            SummaryClient {
                id: id.into(),
                name: name.into(),
                has_secret: secret,
                auth_flows: auth.iter().map(|s| s.to_string()).collect(),
                oauth_flows: oauth.iter().map(|s| s.to_string()).collect(),
                scopes: scopes.iter().map(|s| s.to_string()).collect(),
                callback_urls: if oauth.contains(&"code") {
                    vec!["http://localhost:3000/callback".into()]
                } else {
                    vec![]
                },
                access_token: Validity::new(60, "minutes"),
                id_token: Validity::new(60, "minutes"),
                refresh_token: Validity::new(30, "days"),
            }
        };
        let group = |name: &str, precedence: i32| GroupInfo {
            name: name.into(),
            description: Some(format!("{name} group")),
            precedence: Some(precedence),
            role_arn: None,
            created: None,
            modified: None,
            locked: false,
        };
        let user = |name: &str, status: &str, groups: &[&str]| SummaryUser {
            user: UserRow {
                username: name.into(),
                email: Some(format!("{name}@example.com")),
                status: status.into(),
                enabled: true,
                created: None,
                modified: None,
            },
            groups: groups.iter().map(|s| s.to_string()).collect(),
        };
        ConfigSummary {
            pool: SummaryPool {
                id: "eu-west-1_AbCdEf123".into(),
                name: "MyApp-UserPool".into(),
                region: "eu-west-1".into(),
                arn: Some("arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbCdEf123".into()),
                issuer: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123".into(),
                jwks_uri:
                    "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123/.well-known/jwks.json"
                        .into(),
                domain: Some("myapp-auth".into()),
                hosted_ui_url: Some("https://myapp-auth.auth.eu-west-1.amazoncognito.com".into()),
            },
            clients: vec![
                client(
                    "1credentials0client0id00",
                    "MyApp-ClientCredentials",
                    true,
                    &["ALLOW_REFRESH_TOKEN_AUTH"],
                    &["client_credentials"],
                    &["myapp-api/read", "myapp-api/write"],
                ),
                client(
                    "2userauth0client0id00000",
                    "MyApp-UserAuth",
                    false,
                    &["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
                    &["code"],
                    &["openid", "email", "profile"],
                ),
            ],
            groups: vec![group("admin", 1), group("user", 10)],
            users: vec![
                user("admin", "CONFIRMED", &["admin"]),
                user("user", "FORCE_CHANGE_PASSWORD", &["user"]),
            ],
            more_users: false,
            identity_pools: vec![SummaryIdentityPool {
                id: "eu-west-1:11111111-2222-3333-4444-555555555555".into(),
                name: "MyApp Identities".into(),
                allow_unauthenticated: false,
                classic_flow: Some(false),
                client_ids: vec!["2userauth0client0id00000".into()],
                roles: Some(IdentityRoles {
                    authenticated: Some("arn:aws:iam::123456789012:role/MyApp-Authenticated".into()),
                    unauthenticated: None,
                }),
            }],
            identity_pools_unlisted: None,
        }
    }

    fn secrets() -> Vec<(String, String)> {
        vec![("1credentials0client0id00".into(), "s3cr3t-value".into())]
    }

    /// Compares with `src/model/golden/<name>`; `UPDATE_GOLDEN=1` rewrites the file instead.
    fn golden(name: &str, actual: &str) {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model/golden").join(name);
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(&path, actual).unwrap();
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(actual, expected, "export differs from {}", path.display());
    }

    fn content(format: &str, secrets: Secrets) -> String {
        export(&guide(), format, None, secrets).unwrap().content
    }

    #[test]
    fn json_export_matches_golden() {
        golden("summary.json", &content("json", &[]));
    }

    #[test]
    fn json_export_says_why_identity_pools_are_missing() {
        let mut s = guide();
        s.identity_pools.clear();
        s.identity_pools_unlisted = Some("not supported here".into());
        let json: serde_json::Value =
            serde_json::from_str(&export(&s, "json", None, &[]).unwrap().content).unwrap();
        assert_eq!(json["identity_pools"], serde_json::json!([]));
        assert_eq!(json["identity_pools_unlisted"], "not supported here");
        let listed: serde_json::Value = serde_json::from_str(&content("json", &[])).unwrap();
        assert!(listed.get("identity_pools_unlisted").is_none(), "absent when they were listed");
    }

    #[test]
    fn json_export_with_secrets_matches_golden() {
        golden("summary-with-secrets.json", &content("json", &secrets()));
    }

    #[test]
    fn env_export_matches_golden() {
        golden("summary.env", &content("env", &[]));
    }

    #[test]
    fn env_export_with_secrets_matches_golden() {
        golden("summary-with-secrets.env", &content("env", &secrets()));
    }

    #[test]
    fn auth_middleware_legacy_export_matches_golden() {
        golden("auth_middleware_0_5.py", &content("auth-middleware-0.5", &[]));
    }

    #[test]
    fn auth_middleware_oidc_export_matches_golden() {
        golden("auth_middleware_0_6.py", &content("auth-middleware-0.6", &[]));
    }

    #[test]
    fn secrets_appear_only_when_passed() {
        for (format, ..) in EXPORT_FORMATS {
            let without = export(&guide(), format, None, &[]).unwrap();
            assert!(!without.content.contains("s3cr3t-value") && !without.with_secrets, "{format}");
        }
        assert!(content("json", &secrets()).contains("\"client_secret\": \"s3cr3t-value\""));
        assert!(
            content("env", &secrets()).contains("COGNITO_CLIENT_MYAPP_CLIENTCREDENTIALS_SECRET=s3cr3t-value")
        );
    }

    #[test]
    fn the_audience_is_the_user_client_unless_one_is_chosen() {
        let s = guide();
        assert_eq!(s.audience_client(None).unwrap().name, "MyApp-UserAuth");
        assert_eq!(
            s.audience_client(Some("1credentials0client0id00")).unwrap().name,
            "MyApp-ClientCredentials"
        );
        assert_eq!(s.audience_client(Some("unknown")).unwrap().name, "MyApp-UserAuth");
        let oidc = export(&s, "auth-middleware-0.6", Some("1credentials0client0id00"), &[]).unwrap();
        assert!(oidc.content.contains("audience=\"1credentials0client0id00\""));
        assert_eq!(oidc.filename, "myapp-userpool-auth_settings.py");
        assert_eq!(export(&s, "env", None, &[]).unwrap().filename, "myapp-userpool.env");
        assert!(export(&s, "yaml", None, &[]).is_none());
    }

    #[test]
    fn names_cannot_break_out_of_a_comment() {
        let mut s = guide();
        s.clients[1].name = "Evil\nimport os".into();
        for format in ["env", "auth-middleware-0.5", "auth-middleware-0.6"] {
            let text = export(&s, format, None, &[]).unwrap().content;
            assert!(!text.lines().any(|l| l.starts_with("import os")), "{format}: {text}");
        }
    }

    #[test]
    fn the_oidc_settings_never_claim_secrets() {
        let oidc = export(&guide(), "auth-middleware-0.6", None, &secrets()).unwrap();
        assert!(!oidc.with_secrets && !export_takes_secrets("auth-middleware-0.6"));
    }

    #[test]
    fn env_values_with_special_characters_are_quoted() {
        assert_eq!(env_value("eu-west-1_Ab"), "eu-west-1_Ab");
        assert_eq!(env_value("a b\"c"), "\"a b\\\"c\"");
        assert_eq!(env_name("MyApp-UserAuth"), "MYAPP_USERAUTH");
        assert_eq!(env_name("1st"), "_1ST");
    }
}
