//! A user's linked identities: the federated sign-ins (Google, a SAML or OIDC provider, …) that
//! Cognito maps to this user, from its `identities` attribute, and the rules Cognito applies to
//! linking one (AdminLinkProviderForUser), checked before the call.

use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::i18n::t;

/// Cognito links at most this many identities to one user.
pub const MAX_LINKS: usize = 5;

/// One linked identity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkedIdentity {
    /// The identity provider's name in the pool (`Google`, `MySAML`).
    pub provider: String,
    /// `Google`, `SAML`, `OIDC`, …
    pub provider_type: Option<String>,
    /// The user's id at the provider (Cognito_Subject).
    pub subject: String,
    pub primary: bool,
    /// Seconds since the epoch.
    pub linked: Option<i64>,
}

/// The shape of one entry of the `identities` attribute, as Cognito writes it (a JSON array in
/// a string).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Entry {
    user_id: Option<String>,
    provider_name: Option<String>,
    provider_type: Option<String>,
    #[serde(default)]
    primary: serde_json::Value,
    date_created: Option<serde_json::Value>,
}

/// The identities of an `identities` attribute; anything unreadable is left out (the attribute
/// is Cognito's, never typed by an operator).
pub fn parse(attribute: Option<&str>) -> Vec<LinkedIdentity> {
    let Some(text) = attribute.filter(|t| !t.trim().is_empty()) else { return Vec::new() };
    let entries: Vec<Entry> = serde_json::from_str(text).unwrap_or_default();
    entries
        .into_iter()
        .filter_map(|e| {
            Some(LinkedIdentity {
                provider: e.provider_name?,
                provider_type: e.provider_type,
                subject: e.user_id?,
                // Cognito writes it as a string ("true") or a boolean.
                primary: e.primary.as_bool().unwrap_or(false) || e.primary.as_str() == Some("true"),
                linked: e.date_created.and_then(|d| {
                    d.as_i64().or_else(|| d.as_str().and_then(|s| s.parse().ok())).map(|ms| ms / 1000)
                }),
            })
        })
        .collect()
}

/// Cognito's rules for linking `subject` at `provider` to a user who has `current` links, with
/// the pool's identity providers `providers`: each refusal by its field.
pub fn check_link(
    provider: &str,
    subject: &str,
    providers: &[String],
    current: &[LinkedIdentity],
) -> Result<(), AppError> {
    if provider == "Cognito" || !providers.iter().any(|p| p == provider) {
        return Err(AppError::invalid("provider", t("link-invalid-provider")));
    }
    let len = subject.chars().count();
    if len == 0 || len > 2048 || subject.chars().any(char::is_control) {
        return Err(AppError::invalid("subject", t("link-invalid-subject")));
    }
    if current.iter().any(|i| i.provider == provider && i.subject == subject) {
        return Err(AppError::invalid("subject", t("link-invalid-duplicate")));
    }
    if current.len() >= MAX_LINKS {
        return Err(AppError::invalid(
            "subject",
            crate::i18n::t_with("link-invalid-limit", &[("max", MAX_LINKS.into())]),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOGLE: &str = r#"[{"userId":"1098","providerName":"Google","providerType":"Google","issuer":null,"primary":"true","dateCreated":"1700000000000"},{"userId":"ab-9","providerName":"Okta","providerType":"SAML","issuer":"urn:okta","primary":false,"dateCreated":1700000100000}]"#;

    #[test]
    fn the_identities_attribute_reads_as_cognito_writes_it() {
        let ids = parse(Some(GOOGLE));
        assert_eq!(ids.len(), 2);
        assert_eq!(
            ids[0],
            LinkedIdentity {
                provider: "Google".into(),
                provider_type: Some("Google".into()),
                subject: "1098".into(),
                primary: true,
                linked: Some(1_700_000_000),
            }
        );
        assert!(!ids[1].primary);
        assert_eq!(ids[1].linked, Some(1_700_000_100));
        assert!(parse(None).is_empty() && parse(Some("not json")).is_empty() && parse(Some("[]")).is_empty());
    }

    #[test]
    fn cognito_s_linking_rules_are_checked_first() {
        let providers = vec!["Google".to_string(), "Okta".to_string()];
        let current = parse(Some(GOOGLE));
        let field = |r: Result<(), AppError>| r.unwrap_err().field().map(str::to_string);
        assert!(check_link("Okta", "new-subject", &providers, &current).is_ok());
        assert_eq!(field(check_link("Facebook", "1", &providers, &current)).as_deref(), Some("provider"));
        assert_eq!(field(check_link("Cognito", "1", &providers, &current)).as_deref(), Some("provider"));
        assert_eq!(field(check_link("Google", "", &providers, &current)).as_deref(), Some("subject"));
        assert_eq!(field(check_link("Google", "1098", &providers, &current)).as_deref(), Some("subject"));
        let five: Vec<LinkedIdentity> = (0..5)
            .map(|i| LinkedIdentity { provider: "Okta".into(), subject: i.to_string(), ..Default::default() })
            .collect();
        let full = check_link("Google", "new", &providers, &five).unwrap_err();
        assert!(full.to_string().contains("5 linked identities"), "{full}");
    }
}
