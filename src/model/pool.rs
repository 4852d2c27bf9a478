use serde::{Deserialize, Serialize};

/// One row of the user pools list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PoolSummary {
    pub id: String,
    pub name: String,
    /// Seconds since the Unix epoch.
    pub created: Option<i64>,
    pub estimated_users: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PoolPage {
    pub pools: Vec<PoolSummary>,
    pub next_token: Option<String>,
}

/// Cognito's password policy, also used to check a new password before it is sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordPolicy {
    pub minimum_length: u32,
    pub require_uppercase: bool,
    pub require_lowercase: bool,
    pub require_numbers: bool,
    pub require_symbols: bool,
    pub temporary_password_validity_days: Option<i32>,
}

impl Default for PasswordPolicy {
    /// Cognito's own default policy.
    fn default() -> Self {
        Self {
            minimum_length: 8,
            require_uppercase: true,
            require_lowercase: true,
            require_numbers: true,
            require_symbols: true,
            temporary_password_validity_days: Some(7),
        }
    }
}

/// The symbols Cognito accepts as "special characters" in a password.
pub const PASSWORD_SYMBOLS: &str = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+-";

impl PasswordPolicy {
    /// Every rule the password breaks, each as a sentence for the person typing it (in the
    /// request's language).
    /// Empty when the password satisfies the policy.
    pub fn violations(&self, password: &str) -> Vec<String> {
        use crate::i18n::{t, t_with};
        let mut out = Vec::new();
        let length = password.chars().count();
        if length < self.minimum_length as usize {
            out.push(t_with(
                "pool-password-too-short",
                &[("length", self.minimum_length.to_string().into())],
            ));
        }
        if length > 256 {
            out.push(t("pool-password-too-long"));
        }
        if self.require_uppercase && !password.chars().any(|c| c.is_ascii_uppercase()) {
            out.push(t("pool-password-needs-uppercase"));
        }
        if self.require_lowercase && !password.chars().any(|c| c.is_ascii_lowercase()) {
            out.push(t("pool-password-needs-lowercase"));
        }
        if self.require_numbers && !password.chars().any(|c| c.is_ascii_digit()) {
            out.push(t("pool-password-needs-number"));
        }
        if self.require_symbols && !password.chars().any(|c| PASSWORD_SYMBOLS.contains(c)) {
            out.push(t("pool-password-needs-symbol"));
        }
        if password.starts_with(char::is_whitespace) || password.ends_with(char::is_whitespace) {
            out.push(t("pool-password-space"));
        }
        out
    }

    /// The rules as a list in `lang`, for showing beside a password field.
    pub fn describe(&self, lang: crate::model::preferences::Lang) -> Vec<String> {
        use crate::i18n::text;
        let mut rules = vec![text(lang, "password-min-length", &[("length", self.minimum_length.into())])];
        for (on, rule) in [
            (self.require_uppercase, "password-uppercase"),
            (self.require_lowercase, "password-lowercase"),
            (self.require_numbers, "password-number"),
            (self.require_symbols, "password-symbol"),
        ] {
            if on {
                rules.push(text(lang, rule, &[]));
            }
        }
        rules
    }
}

/// One attribute of a pool's schema.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchemaAttribute {
    pub name: String,
    pub mutable: bool,
    pub required: bool,
    /// String, Number, Boolean or DateTime.
    #[serde(default)]
    pub kind: String,
    /// Length (String) or value (Number) bounds, as Cognito returns them.
    #[serde(default)]
    pub min: Option<String>,
    #[serde(default)]
    pub max: Option<String>,
}

/// Everything the pool overview shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PoolDetail {
    pub id: String,
    pub name: String,
    pub arn: Option<String>,
    pub region: String,
    pub created: Option<i64>,
    pub last_modified: Option<i64>,
    pub estimated_users: Option<i32>,
    /// Attributes that serve as the username (UsernameAttributes).
    pub username_attributes: Vec<String>,
    /// Attributes that may be used besides the username (AliasAttributes).
    pub alias_attributes: Vec<String>,
    pub case_sensitive_usernames: Option<bool>,
    pub password_policy: PasswordPolicy,
    /// OFF, ON or OPTIONAL (from GetUserPoolMfaConfig, which is authoritative).
    pub mfa: String,
    pub mfa_totp: bool,
    pub mfa_sms: bool,
    /// Email codes (the Essentials or Plus feature plan).
    #[serde(default)]
    pub mfa_email: bool,
    /// Recovery mechanisms in priority order, e.g. "verified_email".
    pub recovery: Vec<String>,
    pub self_sign_up: bool,
    pub auto_verified_attributes: Vec<String>,
    pub required_attributes: Vec<String>,
    pub custom_attributes: Vec<String>,
    /// Every attribute of the pool's schema, standard and custom.
    #[serde(default)]
    pub schema: Vec<SchemaAttribute>,
    pub email_sending: String,
    pub email: crate::model::pool_settings::EmailSettings,
    pub sms: Option<crate::model::pool_settings::SmsSettings>,
    pub domain: Option<String>,
    pub custom_domain: Option<String>,
    pub deletion_protection: bool,
    /// (trigger key of `TRIGGERS`, Lambda ARN); other LambdaConfig entries by their API name.
    pub triggers: Vec<(String, String)>,
    pub tags: Vec<(String, String)>,
    /// DeviceConfiguration; `None`: Cognito remembers no device.
    #[serde(default)]
    pub device_tracking: Option<crate::model::device::DeviceTracking>,
    /// Threat protection's mode (UserPoolAddOns' AdvancedSecurityMode: OFF, AUDIT, ENFORCED).
    #[serde(default)]
    pub threat_protection: Option<String>,
    /// The feature plan (UserPoolTier: LITE, ESSENTIALS, PLUS).
    #[serde(default)]
    pub feature_plan: Option<String>,
    /// Passkeys (the sign-in policy and GetUserPoolMfaConfig's WebAuthnConfiguration).
    #[serde(default)]
    pub passkeys: Option<crate::model::mfa::Passkeys>,
}

impl PoolDetail {
    /// Whether Cognito records sign-in events for this pool (threat protection in audit or
    /// enforced mode).
    pub fn records_sign_ins(&self) -> bool {
        matches!(self.threat_protection.as_deref(), Some("AUDIT" | "ENFORCED"))
    }

    /// The hosted UI's base URL (the custom domain when there is one), where `/oauth2/token` is.
    pub fn hosted_ui_base(&self) -> Option<String> {
        match (&self.custom_domain, &self.domain) {
            (Some(d), _) => Some(crate::model::domain::hosted_ui_url(d, true, &self.region)),
            (None, Some(d)) => Some(crate::model::domain::hosted_ui_url(d, false, &self.region)),
            (None, None) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_reports_each_broken_rule() {
        let policy = PasswordPolicy::default();
        assert_eq!(policy.violations("Abcdef1!"), Vec::<String>::new());
        let v = policy.violations("abc");
        assert_eq!(v.len(), 4, "{v:?}");
        assert!(v[0].contains("8 characters"));
        assert!(v.iter().any(|m| m.contains("uppercase")));
        assert!(v.iter().any(|m| m.contains("number")));
        assert!(v.iter().any(|m| m.contains("symbol")));
    }

    #[test]
    fn relaxed_policy_accepts_plain_password() {
        let policy = PasswordPolicy {
            minimum_length: 6,
            require_uppercase: false,
            require_lowercase: true,
            require_numbers: false,
            require_symbols: false,
            temporary_password_validity_days: None,
        };
        assert!(policy.violations("simple").is_empty());
        assert_eq!(policy.violations(" simple"), vec!["Do not start or end with a space."]);
    }

    #[test]
    fn a_broken_rule_reads_in_german() {
        use crate::model::preferences::Lang;
        let text = |key| crate::i18n::text(Lang::De, key, &[("length", "8".into())]);
        assert_eq!(text("pool-password-too-short"), "Verwenden Sie mindestens 8 Zeichen.");
        assert_eq!(text("pool-password-needs-number"), "Verwenden Sie eine Ziffer.");
    }
}

/// Cognito pool ids look like `eu-west-1_AbC123xyz`: region, underscore, alphanumerics.
/// Checked before the call so that arbitrary text never reaches the SDK.
pub fn validate_pool_id(id: &str) -> Result<(), crate::error::AppError> {
    let ok = id.len() <= 55
        && id.split_once('_').is_some_and(|(region, rest)| {
            !region.is_empty()
                && region.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                && !rest.is_empty()
                && rest.bytes().all(|b| b.is_ascii_alphanumeric())
        });
    if ok { Ok(()) } else { Err(crate::error::AppError::not_found("The user pool")) }
}

#[cfg(test)]
mod id_tests {
    use super::validate_pool_id;

    #[test]
    fn pool_ids() {
        assert!(validate_pool_id("us-east-1_AbC123xyz").is_ok());
        assert!(validate_pool_id("us-east-1_").is_err());
        assert!(validate_pool_id("../etc").is_err());
        assert!(validate_pool_id("us-east-1_abc<script>").is_err());
    }
}
