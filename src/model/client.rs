//! App clients: the list row, the settings (shown on the detail page and sent to Cognito), the
//! form, the guide's two presets, and Cognito's rules checked before any call.

use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::i18n::{t, t_with, text};
use crate::model::preferences::Lang;

/// Explicit auth flows, as the API names them (`auth_flow_label` says what each allows).
pub const AUTH_FLOWS: [&str; 6] = [
    "ALLOW_USER_PASSWORD_AUTH",
    "ALLOW_USER_SRP_AUTH",
    "ALLOW_REFRESH_TOKEN_AUTH",
    "ALLOW_CUSTOM_AUTH",
    "ALLOW_USER_AUTH",
    "ALLOW_ADMIN_USER_PASSWORD_AUTH",
];

/// What an explicit auth flow allows, in `lang`.
pub fn auth_flow_label(lang: Lang, flow: &str) -> String {
    match flow {
        "ALLOW_USER_PASSWORD_AUTH" => text(lang, "client-flow-user-password", &[]),
        "ALLOW_USER_SRP_AUTH" => text(lang, "client-flow-user-srp", &[]),
        "ALLOW_REFRESH_TOKEN_AUTH" => text(lang, "client-flow-refresh-token", &[]),
        "ALLOW_CUSTOM_AUTH" => text(lang, "client-flow-custom", &[]),
        "ALLOW_USER_AUTH" => text(lang, "client-flow-user-auth", &[]),
        "ALLOW_ADMIN_USER_PASSWORD_AUTH" => text(lang, "client-flow-admin-user-password", &[]),
        other => other.to_string(),
    }
}

/// OAuth grant types, as the API names them (`oauth_flow_label` names each).
pub const OAUTH_FLOWS: [&str; 3] = ["code", "implicit", "client_credentials"];

/// An OAuth grant type's label, in `lang`.
pub fn oauth_flow_label(lang: Lang, flow: &str) -> String {
    match flow {
        "code" => text(lang, "client-grant-code", &[]),
        "implicit" => text(lang, "client-grant-implicit", &[]),
        "client_credentials" => text(lang, "client-grant-client-credentials", &[]),
        other => other.to_string(),
    }
}

/// Scopes every pool offers; custom ones are `resource-server/scope`.
pub const STANDARD_SCOPES: [&str; 5] =
    ["openid", "email", "profile", "phone", "aws.cognito.signin.user.admin"];

/// Units the form offers for token lifetimes.
pub const TOKEN_UNITS: [&str; 3] = ["minutes", "hours", "days"];

/// A unit of `TOKEN_UNITS` as the form's menu shows it, in `lang`.
pub fn unit_label(lang: Lang, unit: &str) -> String {
    match unit {
        "minutes" => text(lang, "client-unit-minutes", &[]),
        "hours" => text(lang, "client-unit-hours", &[]),
        "days" => text(lang, "client-unit-days", &[]),
        other => other.to_string(),
    }
}

/// One row of the clients list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientSummary {
    pub id: String,
    pub name: String,
    pub has_secret: bool,
    pub auth_flows: Vec<String>,
    pub oauth_flows: Vec<String>,
}

/// A token lifetime as Cognito stores it: a number and its unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validity {
    pub value: i32,
    /// seconds, minutes, hours or days.
    pub unit: String,
}

impl Validity {
    pub fn new(value: i32, unit: &str) -> Self {
        Self { value, unit: unit.into() }
    }

    /// The lifetime as a page shows it: `60 minutes` (the unit as Cognito names it) in English.
    pub fn label(&self, lang: Lang) -> String {
        text(lang, "client-validity", &[("value", self.value.into()), ("unit", self.unit.clone().into())])
    }

    pub fn minutes(&self) -> i64 {
        let value = i64::from(self.value);
        match self.unit.as_str() {
            "seconds" => value / 60,
            "hours" => value * 60,
            "days" => value * 1440,
            _ => value,
        }
    }
}

impl std::fmt::Display for Validity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.value, self.unit)
    }
}

/// The settings of a client that the console shows and edits (never its secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientSettings {
    pub name: String,
    pub auth_flows: Vec<String>,
    pub oauth_flows: Vec<String>,
    pub scopes: Vec<String>,
    pub identity_providers: Vec<String>,
    pub callback_urls: Vec<String>,
    pub logout_urls: Vec<String>,
    pub default_redirect_uri: Option<String>,
    pub access_token: Validity,
    pub id_token: Validity,
    pub refresh_token: Validity,
    pub read_attributes: Vec<String>,
    pub write_attributes: Vec<String>,
    pub prevent_user_existence_errors: bool,
    pub token_revocation: bool,
    pub auth_session_minutes: i32,
}

/// A client as the detail page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientDetail {
    pub id: String,
    pub pool_id: String,
    pub has_secret: bool,
    pub created: Option<i64>,
    pub modified: Option<i64>,
    pub settings: ClientSettings,
    /// The client the console itself signs in with: it cannot be deleted from the console.
    pub is_console: bool,
}

/// What the client forms need to know about the pool.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientContext {
    /// `identifier/scope` of every resource server scope.
    pub custom_scopes: Vec<String>,
    /// COGNITO and the pool's federated providers.
    pub identity_providers: Vec<String>,
    /// Every attribute of the pool's schema, and those that may be written.
    pub attributes: Vec<String>,
    pub mutable_attributes: Vec<String>,
    pub has_domain: bool,
}

/// The create and edit form. Checkboxes are `Some` when ticked, lists come from `name[]`,
/// URLs one per line.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClientForm {
    pub name: String,
    /// Create only: a secret cannot be added or removed later.
    pub generate_secret: Option<String>,
    pub auth_flows: Vec<String>,
    pub oauth_flows: Vec<String>,
    /// Ticked to confirm the implicit grant despite the warning.
    pub allow_implicit: Option<String>,
    pub scopes: Vec<String>,
    pub identity_providers: Vec<String>,
    pub callback_urls: String,
    pub logout_urls: String,
    pub default_redirect_uri: String,
    pub access_validity: String,
    pub access_unit: String,
    pub id_validity: String,
    pub id_unit: String,
    pub refresh_validity: String,
    pub refresh_unit: String,
    pub read_attributes: Vec<String>,
    pub write_attributes: Vec<String>,
    pub prevent_user_existence_errors: Option<String>,
    pub token_revocation: Option<String>,
    pub auth_session_minutes: String,
}

fn tick(on: bool) -> Option<String> {
    on.then(|| "on".to_string())
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

impl ClientForm {
    /// The guide's server-to-server client: confidential, no user sign-in at all (only the
    /// refresh flow Cognito insists on, useless without a sign-in), `client_credentials` with
    /// the pool's custom scopes. Not ALLOW_ADMIN_USER_PASSWORD_AUTH, which the guide enables by
    /// mistake.
    pub fn credentials_preset(custom_scopes: &[String]) -> Self {
        Self {
            name: "MyApp-ClientCredentials".into(),
            generate_secret: tick(true),
            auth_flows: strings(&["ALLOW_REFRESH_TOKEN_AUTH"]),
            oauth_flows: strings(&["client_credentials"]),
            scopes: custom_scopes.to_vec(),
            identity_providers: Vec::new(),
            ..Self::common()
        }
    }

    /// The guide's user/password client: public, USER_PASSWORD_AUTH and refresh, code grant
    /// with email/openid/profile, 60-minute access and ID tokens, 30-day refresh tokens.
    pub fn user_password_preset() -> Self {
        Self {
            name: "MyApp-UserAuth".into(),
            auth_flows: strings(&["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]),
            oauth_flows: strings(&["code"]),
            scopes: strings(&["openid", "email", "profile"]),
            identity_providers: strings(&["COGNITO"]),
            callback_urls: "http://localhost:3000/callback".into(),
            logout_urls: "http://localhost:3000/".into(),
            ..Self::common()
        }
    }

    /// Empty form for a client built from scratch.
    pub fn blank() -> Self {
        Self { auth_flows: strings(&["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"]), ..Self::common() }
    }

    fn common() -> Self {
        Self {
            access_validity: "60".into(),
            access_unit: "minutes".into(),
            id_validity: "60".into(),
            id_unit: "minutes".into(),
            refresh_validity: "30".into(),
            refresh_unit: "days".into(),
            prevent_user_existence_errors: tick(true),
            token_revocation: tick(true),
            auth_session_minutes: "3".into(),
            ..Self::default()
        }
    }

    /// The edit form, filled with the client's settings.
    pub fn from_settings(s: &ClientSettings) -> Self {
        Self {
            name: s.name.clone(),
            generate_secret: None,
            auth_flows: s.auth_flows.clone(),
            oauth_flows: s.oauth_flows.clone(),
            allow_implicit: tick(s.oauth_flows.iter().any(|f| f == "implicit")),
            scopes: s.scopes.clone(),
            identity_providers: s.identity_providers.clone(),
            callback_urls: s.callback_urls.join("\n"),
            logout_urls: s.logout_urls.join("\n"),
            default_redirect_uri: s.default_redirect_uri.clone().unwrap_or_default(),
            access_validity: s.access_token.value.to_string(),
            access_unit: s.access_token.unit.clone(),
            id_validity: s.id_token.value.to_string(),
            id_unit: s.id_token.unit.clone(),
            refresh_validity: s.refresh_token.value.to_string(),
            refresh_unit: s.refresh_token.unit.clone(),
            read_attributes: s.read_attributes.clone(),
            write_attributes: s.write_attributes.clone(),
            prevent_user_existence_errors: tick(s.prevent_user_existence_errors),
            token_revocation: tick(s.token_revocation),
            auth_session_minutes: s.auth_session_minutes.to_string(),
        }
    }

    /// Checks the form against Cognito's rules. `has_secret`: whether the client has (or will
    /// get) a secret.
    pub fn validate(&self, ctx: &ClientContext, has_secret: bool) -> Result<ClientSettings, AppError> {
        let name = self.name.trim().to_string();
        crate::model::arn::validate_display_name(&name, 128, "name")?;
        let auth_flows = dedup(&self.auth_flows);
        if auth_flows.iter().any(|f| !AUTH_FLOWS.contains(&f.as_str())) {
            return Err(AppError::invalid("auth_flows", t("client-error-auth-flows")));
        }
        if !auth_flows.iter().any(|f| f == "ALLOW_REFRESH_TOKEN_AUTH") {
            return Err(AppError::invalid("auth_flows", t("client-error-refresh-required")));
        }
        let oauth_flows = dedup(&self.oauth_flows);
        if oauth_flows.iter().any(|f| !OAUTH_FLOWS.contains(&f.as_str())) {
            return Err(AppError::invalid("oauth_flows", t("client-error-oauth-flows")));
        }
        let has = |flow: &str| oauth_flows.iter().any(|f| f == flow);
        let browser = has("code") || has("implicit");
        if has("client_credentials") && browser {
            return Err(AppError::invalid("oauth_flows", t("client-error-credentials-combined")));
        }
        if has("implicit") && self.allow_implicit.is_none() {
            return Err(AppError::invalid("oauth_flows", t("client-error-implicit")));
        }
        if has("client_credentials") && !has_secret {
            // Shown beside the secret checkbox on create and the secret's line on edit (a
            // secret cannot be added later), whatever the form claims about the checkbox.
            return Err(AppError::invalid("generate_secret", t("client-error-credentials-need-secret")));
        }
        let scopes = dedup(&self.scopes);
        if let Some(bad) =
            scopes.iter().find(|s| !STANDARD_SCOPES.contains(&s.as_str()) && !ctx.custom_scopes.contains(s))
        {
            return Err(AppError::invalid(
                "scopes",
                t_with("client-error-no-scope", &[("scope", bad.clone().into())]),
            ));
        }
        let custom = |s: &String| s.contains('/');
        if has("client_credentials") {
            if !scopes.iter().any(custom) {
                return Err(AppError::invalid("scopes", t("client-error-credentials-need-scope")));
            }
            if scopes.iter().any(|s| !custom(s)) {
                return Err(AppError::invalid("scopes", t("client-error-credentials-custom-only")));
            }
        }
        if oauth_flows.is_empty() && !scopes.is_empty() {
            return Err(AppError::invalid("scopes", t("client-error-scopes-without-flow")));
        }
        if !oauth_flows.is_empty() && scopes.is_empty() {
            return Err(AppError::invalid("scopes", t("client-error-needs-scope")));
        }
        let needs_openid = scopes.iter().any(|s| matches!(s.as_str(), "email" | "profile" | "phone"));
        if needs_openid && !scopes.iter().any(|s| s == "openid") {
            return Err(AppError::invalid("scopes", t("client-error-needs-openid")));
        }
        let identity_providers = dedup(&self.identity_providers);
        if let Some(bad) = identity_providers.iter().find(|p| !ctx.identity_providers.contains(p)) {
            return Err(AppError::invalid(
                "identity_providers",
                t_with("client-error-no-provider", &[("provider", bad.clone().into())]),
            ));
        }
        if browser && identity_providers.is_empty() {
            return Err(AppError::invalid("identity_providers", t("client-error-needs-provider")));
        }
        let callback_urls = urls(&self.callback_urls, "callback_urls")?;
        let logout_urls = urls(&self.logout_urls, "logout_urls")?;
        if browser && callback_urls.is_empty() {
            return Err(AppError::invalid("callback_urls", t("client-error-needs-callback")));
        }
        let default_redirect_uri = match self.default_redirect_uri.trim() {
            "" => None,
            uri if callback_urls.iter().any(|u| u == uri) => Some(uri.to_string()),
            _ => {
                return Err(AppError::invalid("default_redirect_uri", t("client-error-default-redirect")));
            }
        };
        let access_token = validity(&self.access_validity, &self.access_unit, "access_validity", 5, 1440)?;
        let id_token = validity(&self.id_validity, &self.id_unit, "id_validity", 5, 1440)?;
        let refresh_token =
            validity(&self.refresh_validity, &self.refresh_unit, "refresh_validity", 60, 3650 * 1440)?;
        let read_attributes = dedup(&self.read_attributes);
        if let Some(bad) = read_attributes.iter().find(|a| !ctx.attributes.contains(a)) {
            return Err(AppError::invalid(
                "read_attributes",
                t_with("client-error-no-attribute", &[("attribute", bad.clone().into())]),
            ));
        }
        let write_attributes = dedup(&self.write_attributes);
        if let Some(bad) = write_attributes.iter().find(|a| !ctx.mutable_attributes.contains(a)) {
            return Err(AppError::invalid(
                "write_attributes",
                t_with("client-error-not-writable", &[("attribute", bad.clone().into())]),
            ));
        }
        let auth_session_minutes = self
            .auth_session_minutes
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|m| (3..=15).contains(m))
            .ok_or_else(|| AppError::invalid("auth_session_minutes", t("client-error-session-minutes")))?;
        Ok(ClientSettings {
            name,
            auth_flows,
            oauth_flows,
            scopes,
            identity_providers,
            callback_urls,
            logout_urls,
            default_redirect_uri,
            access_token,
            id_token,
            refresh_token,
            read_attributes,
            write_attributes,
            prevent_user_existence_errors: self.prevent_user_existence_errors.is_some(),
            token_revocation: self.token_revocation.is_some(),
            auth_session_minutes,
        })
    }
}

fn dedup(items: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        if !out.iter().any(|o| o == item) {
            out.push(item.to_string());
        }
    }
    out
}

/// Whether Cognito accepts `url` as a callback or sign-out URL: https, or http on the local
/// machine only; no fragment.
pub fn is_allowed_redirect(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = if let Some(rest) = lower.strip_prefix("https://") {
        rest
    } else if let Some(rest) = lower.strip_prefix("http://") {
        let host = rest.split(['/', '?']).next().unwrap_or_default();
        let host = host
            .rsplit_once(':')
            .map_or(host, |(h, port)| if port.bytes().all(|b| b.is_ascii_digit()) { h } else { host });
        if host != "localhost" && host != "127.0.0.1" {
            return false;
        }
        rest
    } else {
        return false;
    };
    let host = rest.split(['/', '?', ':']).next().unwrap_or_default();
    !host.is_empty()
        && !url.contains('#')
        && url.len() <= 1024
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn urls(text: &str, field: &str) -> Result<Vec<String>, AppError> {
    let list = dedup(&text.lines().map(str::to_string).collect::<Vec<_>>());
    if let Some(bad) = list.iter().find(|u| !is_allowed_redirect(u)) {
        return Err(AppError::invalid(field, t_with("client-error-url", &[("url", bad.clone().into())])));
    }
    if list.len() > 100 {
        return Err(AppError::invalid(field, t("client-error-too-many-urls")));
    }
    Ok(list)
}

/// A lifetime within Cognito's range, given in minutes.
fn validity(value: &str, unit: &str, field: &str, min: i64, max: i64) -> Result<Validity, AppError> {
    if !TOKEN_UNITS.contains(&unit) {
        return Err(AppError::invalid(field, t("client-error-unit")));
    }
    let range = |m: i64| {
        let (value, unit) = if m % 1440 == 0 {
            (m / 1440, "days")
        } else if m % 60 == 0 {
            (m / 60, "hours")
        } else {
            (m, "minutes")
        };
        Validity::new(i32::try_from(value).unwrap_or(i32::MAX), unit).label(crate::i18n::lang())
    };
    let v = value.trim().parse::<i32>().ok().filter(|v| *v > 0).map(|v| Validity::new(v, unit));
    match v {
        Some(v) if (min..=max).contains(&v.minutes()) => Ok(v),
        _ => Err(AppError::invalid(
            field,
            t_with("client-error-lifetime", &[("min", range(min).into()), ("max", range(max).into())]),
        )),
    }
}

/// Client ids are 1 to 128 word characters (`[\w+]+`); checked before the call so that other
/// text never reaches the SDK.
pub fn validate_client_id(id: &str) -> Result<(), AppError> {
    let ok =
        !id.is_empty() && id.len() <= 128 && id.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '+');
    if ok { Ok(()) } else { Err(AppError::not_found("The app client")) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> ClientContext {
        ClientContext {
            custom_scopes: strings(&["myapp-api/read", "myapp-api/write"]),
            identity_providers: strings(&["COGNITO"]),
            attributes: strings(&["email", "given_name", "sub"]),
            mutable_attributes: strings(&["email", "given_name"]),
            has_domain: true,
        }
    }

    fn field(form: ClientForm, has_secret: bool) -> String {
        form.validate(&ctx(), has_secret).unwrap_err().field().unwrap_or("-").to_string()
    }

    #[test]
    fn the_presets_are_valid() {
        let creds = ClientForm::credentials_preset(&ctx().custom_scopes).validate(&ctx(), true).unwrap();
        assert_eq!(creds.oauth_flows, ["client_credentials"]);
        assert_eq!(creds.auth_flows, ["ALLOW_REFRESH_TOKEN_AUTH"], "no user sign-in, no admin password flow");
        let user = ClientForm::user_password_preset().validate(&ctx(), false).unwrap();
        assert_eq!(user.auth_flows, ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]);
        assert_eq!(user.scopes, ["openid", "email", "profile"]);
        assert_eq!((user.access_token.minutes(), user.id_token.minutes()), (60, 60));
        assert_eq!(user.refresh_token, Validity::new(30, "days"));
    }

    #[test]
    fn client_credentials_rules() {
        let creds = || ClientForm::credentials_preset(&ctx().custom_scopes);
        let mixed = ClientForm { oauth_flows: strings(&["client_credentials", "code"]), ..creds() };
        assert_eq!(field(mixed, true), "oauth_flows");
        assert_eq!(field(ClientForm { generate_secret: None, ..creds() }, false), "generate_secret");
        assert_eq!(field(creds(), false), "generate_secret");
        assert_eq!(field(ClientForm { scopes: vec![], ..creds() }, true), "scopes");
        assert_eq!(
            field(ClientForm { scopes: strings(&["myapp-api/read", "openid"]), ..creds() }, true),
            "scopes"
        );
        assert_eq!(field(ClientForm { scopes: strings(&["other/read"]), ..creds() }, true), "scopes");
    }

    #[test]
    fn browser_flow_rules() {
        let user = ClientForm::user_password_preset;
        assert_eq!(field(ClientForm { callback_urls: String::new(), ..user() }, false), "callback_urls");
        assert_eq!(
            field(ClientForm { callback_urls: "http://example.com/cb".into(), ..user() }, false),
            "callback_urls"
        );
        assert_eq!(
            field(ClientForm { callback_urls: "https://a.example/cb#x".into(), ..user() }, false),
            "callback_urls"
        );
        assert_eq!(
            field(ClientForm { logout_urls: "ftp://a.example".into(), ..user() }, false),
            "logout_urls"
        );
        assert_eq!(
            field(ClientForm { oauth_flows: strings(&["code", "implicit"]), ..user() }, false),
            "oauth_flows"
        );
        let implicit =
            ClientForm { oauth_flows: strings(&["implicit"]), allow_implicit: tick(true), ..user() };
        assert!(implicit.validate(&ctx(), false).is_ok());
        assert_eq!(field(ClientForm { scopes: strings(&["email"]), ..user() }, false), "scopes");
        assert_eq!(field(ClientForm { scopes: vec![], ..user() }, false), "scopes");
        assert_eq!(field(ClientForm { identity_providers: vec![], ..user() }, false), "identity_providers");
        assert_eq!(
            field(ClientForm { identity_providers: strings(&["Google"]), ..user() }, false),
            "identity_providers"
        );
        assert_eq!(
            field(ClientForm { default_redirect_uri: "https://x.example".into(), ..user() }, false),
            "default_redirect_uri"
        );
        let none = ClientForm { oauth_flows: vec![], ..user() };
        assert_eq!(field(none, false), "scopes", "scopes without a flow");
    }

    #[test]
    fn general_rules() {
        let user = ClientForm::user_password_preset;
        assert_eq!(field(ClientForm { name: String::new(), ..user() }, false), "name");
        assert_eq!(
            field(ClientForm { auth_flows: strings(&["ALLOW_USER_PASSWORD_AUTH"]), ..user() }, false),
            "auth_flows"
        );
        assert_eq!(
            field(
                ClientForm {
                    auth_flows: strings(&["ALLOW_EVERYTHING", "ALLOW_REFRESH_TOKEN_AUTH"]),
                    ..user()
                },
                false
            ),
            "auth_flows"
        );
        assert_eq!(field(ClientForm { access_validity: "4".into(), ..user() }, false), "access_validity");
        assert_eq!(
            field(ClientForm { id_validity: "2".into(), id_unit: "days".into(), ..user() }, false),
            "id_validity"
        );
        assert_eq!(
            field(
                ClientForm { refresh_validity: "59".into(), refresh_unit: "minutes".into(), ..user() },
                false
            ),
            "refresh_validity"
        );
        assert_eq!(
            field(ClientForm { refresh_validity: "3651".into(), ..user() }, false),
            "refresh_validity"
        );
        assert_eq!(field(ClientForm { refresh_unit: "weeks".into(), ..user() }, false), "refresh_validity");
        assert_eq!(
            field(ClientForm { auth_session_minutes: "16".into(), ..user() }, false),
            "auth_session_minutes"
        );
        assert_eq!(
            field(ClientForm { read_attributes: strings(&["shoe"]), ..user() }, false),
            "read_attributes"
        );
        assert_eq!(
            field(ClientForm { write_attributes: strings(&["sub"]), ..user() }, false),
            "write_attributes"
        );
    }

    #[test]
    fn redirect_urls() {
        assert!(is_allowed_redirect("https://app.example.com/callback"));
        assert!(is_allowed_redirect("http://localhost:3000/callback"));
        assert!(is_allowed_redirect("http://127.0.0.1/cb"));
        assert!(!is_allowed_redirect("http://localhost.evil.example/cb"));
        assert!(!is_allowed_redirect("http://example.com"));
        assert!(!is_allowed_redirect("https://"));
        assert!(!is_allowed_redirect("javascript:alert(1)"));
    }

    #[test]
    fn lifetimes_and_flows_are_named_in_each_language() {
        assert_eq!(Validity::new(60, "minutes").label(Lang::En), "60 minutes");
        assert_eq!(Validity::new(1, "hours").label(Lang::En), "1 hours", "as Cognito names the unit");
        assert_eq!(Validity::new(1, "hours").label(Lang::De), "1 Stunde");
        assert_eq!(Validity::new(30, "days").label(Lang::De), "30 Tage");
        let srp = auth_flow_label(Lang::En, "ALLOW_USER_SRP_AUTH");
        assert_eq!(srp, "Secure Remote Password (USER_SRP_AUTH)");
        assert_eq!(oauth_flow_label(Lang::En, "code"), "Authorization code grant");
        assert_eq!(unit_label(Lang::De, "days"), "Tage");
        let short = ClientForm { access_validity: "4".into(), ..ClientForm::user_password_preset() };
        let message = short.validate(&ctx(), false).unwrap_err().to_string();
        assert_eq!(message, "Enter a lifetime from 5 minutes to 1 days.");
    }

    #[test]
    fn edit_form_round_trips() {
        let settings = ClientForm::user_password_preset().validate(&ctx(), false).unwrap();
        let again = ClientForm::from_settings(&settings).validate(&ctx(), false).unwrap();
        assert_eq!(settings, again);
    }
}
