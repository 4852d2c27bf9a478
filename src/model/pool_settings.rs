//! A user pool's settings as the create and edit forms send them (plain strings, so that the
//! forms work without JavaScript), and the checked settings `cognito::pools` turns into requests.
//! Every rule here mirrors one Cognito enforces, so that a mistake is reported next to its field
//! before anything is sent, and nothing is half applied.

use serde::{Deserialize, Serialize};

use super::arn::{is_role_arn, is_ses_identity_arn};
use crate::error::AppError;
use crate::i18n::{t, t_with};
use crate::model::pool::PasswordPolicy;
use crate::model::pool::PoolDetail;

/// The standard (OpenID Connect) attributes every pool has.
pub const STANDARD_ATTRIBUTES: [&str; 17] = [
    "address",
    "birthdate",
    "email",
    "family_name",
    "gender",
    "given_name",
    "locale",
    "middle_name",
    "name",
    "nickname",
    "phone_number",
    "picture",
    "preferred_username",
    "profile",
    "updated_at",
    "website",
    "zoneinfo",
];

/// Custom attribute types Cognito knows.
pub const CUSTOM_TYPES: [&str; 4] = ["String", "Number", "Boolean", "DateTime"];

/// Account recovery choices: form value, the message key of its label, mechanisms in priority
/// order.
pub const RECOVERY_CHOICES: [(&str, &str, &[&str]); 5] = [
    ("email_only", "pool-recovery-email-only", &["verified_email"]),
    ("email_then_phone", "pool-recovery-email-then-phone", &["verified_email", "verified_phone_number"]),
    ("phone_then_email", "pool-recovery-phone-then-email", &["verified_phone_number", "verified_email"]),
    ("phone_only", "pool-recovery-phone-only", &["verified_phone_number"]),
    ("admin_only", "pool-recovery-admin-only", &["admin_only"]),
];

/// The pool form. Checkboxes are `Some` when ticked; lists come from `name[]` fields; the custom
/// attribute rows are parallel lists (every row sends all five fields, so they stay aligned).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PoolForm {
    pub name: String,
    /// `attributes`: email and/or phone number is the username (UsernameAttributes);
    /// `username`: a username, with these as aliases (AliasAttributes).
    pub sign_in_mode: String,
    pub sign_in: Vec<String>,
    pub case_sensitive: Option<String>,
    /// `cognito` (Cognito's defaults) or `custom`.
    pub password_policy: String,
    pub min_length: String,
    pub require_uppercase: Option<String>,
    pub require_lowercase: Option<String>,
    pub require_numbers: Option<String>,
    pub require_symbols: Option<String>,
    pub temporary_days: String,
    /// OFF, OPTIONAL or ON.
    pub mfa: String,
    pub mfa_totp: Option<String>,
    pub mfa_sms: Option<String>,
    /// One of `RECOVERY_CHOICES`.
    pub recovery: String,
    pub self_sign_up: Option<String>,
    pub auto_verify: Vec<String>,
    pub required: Vec<String>,
    pub custom_name: Vec<String>,
    pub custom_type: Vec<String>,
    pub custom_mutable: Vec<String>,
    pub custom_min: Vec<String>,
    pub custom_max: Vec<String>,
    /// `cognito` or `ses`.
    pub email_provider: String,
    pub ses_source_arn: String,
    pub from_address: String,
    pub reply_to: String,
    pub sms_role_arn: String,
    pub sms_external_id: String,
    pub deletion_protection: Option<String>,
    /// `key=value`, one per line.
    pub tags: String,
}

fn tick(on: bool) -> Option<String> {
    on.then(|| "on".to_string())
}

impl PoolForm {
    /// The guide's recommendations: email as the username, case-insensitive, a policy of 8
    /// characters with all four kinds, optional TOTP MFA, recovery by email, self sign-up,
    /// email verified automatically, deletion protection on.
    pub fn guide() -> Self {
        Self {
            sign_in_mode: "attributes".into(),
            sign_in: vec!["email".into()],
            password_policy: "custom".into(),
            min_length: "8".into(),
            require_uppercase: tick(true),
            require_lowercase: tick(true),
            require_numbers: tick(true),
            require_symbols: tick(true),
            temporary_days: "7".into(),
            mfa: "OPTIONAL".into(),
            mfa_totp: tick(true),
            mfa_sms: None,
            recovery: "email_only".into(),
            self_sign_up: tick(true),
            auto_verify: vec!["email".into()],
            required: vec!["email".into(), "given_name".into(), "family_name".into()],
            email_provider: "cognito".into(),
            deletion_protection: tick(true),
            ..Self::default()
        }
    }

    /// The edit form, filled with the pool's current settings.
    pub fn from_detail(pool: &PoolDetail) -> Self {
        let p = &pool.password_policy;
        let recovery = RECOVERY_CHOICES
            .iter()
            .find(|(_, _, mechanisms)| {
                mechanisms.iter().copied().eq(pool.recovery.iter().map(String::as_str))
            })
            .map(|(value, _, _)| value.to_string())
            .unwrap_or_default();
        Self {
            name: pool.name.clone(),
            password_policy: "custom".into(),
            min_length: p.minimum_length.to_string(),
            require_uppercase: tick(p.require_uppercase),
            require_lowercase: tick(p.require_lowercase),
            require_numbers: tick(p.require_numbers),
            require_symbols: tick(p.require_symbols),
            temporary_days: p.temporary_password_validity_days.unwrap_or(7).to_string(),
            mfa: pool.mfa.clone(),
            mfa_totp: tick(pool.mfa_totp),
            mfa_sms: tick(pool.mfa_sms),
            recovery,
            self_sign_up: tick(pool.self_sign_up),
            auto_verify: pool.auto_verified_attributes.clone(),
            email_provider: if pool.email.ses_source_arn.is_some() { "ses" } else { "cognito" }.into(),
            ses_source_arn: pool.email.ses_source_arn.clone().unwrap_or_default(),
            from_address: pool.email.from.clone().unwrap_or_default(),
            reply_to: pool.email.reply_to.clone().unwrap_or_default(),
            sms_role_arn: pool.sms.as_ref().map(|s| s.role_arn.clone()).unwrap_or_default(),
            sms_external_id: pool.sms.as_ref().and_then(|s| s.external_id.clone()).unwrap_or_default(),
            deletion_protection: tick(pool.deletion_protection),
            tags: pool.tags.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("\n"),
            ..Self::default()
        }
    }
}

/// Sending email through Amazon SES instead of Cognito's own (limited) sender.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailSettings {
    /// `None`: Cognito's default sender.
    pub ses_source_arn: Option<String>,
    pub from: Option<String>,
    pub reply_to: Option<String>,
}

/// The IAM role Cognito assumes to send SMS through SNS.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SmsSettings {
    pub role_arn: String,
    pub external_id: Option<String>,
}

/// The settings UpdateUserPool can change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolEdit {
    pub password_policy: PasswordPolicy,
    pub recovery: Vec<String>,
    pub self_sign_up: bool,
    pub auto_verified: Vec<String>,
    pub email: EmailSettings,
    pub sms: Option<SmsSettings>,
    pub deletion_protection: bool,
    pub tags: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MfaSettings {
    /// OFF, OPTIONAL or ON.
    pub mode: String,
    pub totp: bool,
    pub sms: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomAttribute {
    /// Without the `custom:` prefix.
    pub name: String,
    pub kind: String,
    pub mutable: bool,
    /// Length for String, value for Number.
    pub min: Option<i64>,
    pub max: Option<i64>,
}

/// Everything CreateUserPool (and the MFA call after it) needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPool {
    pub name: String,
    pub settings: PoolEdit,
    pub username_attributes: Vec<String>,
    pub alias_attributes: Vec<String>,
    pub case_sensitive: bool,
    pub required: Vec<String>,
    pub custom: Vec<CustomAttribute>,
    pub mfa: MfaSettings,
}

/// A pool name: 1 to 128 of letters, digits, spaces and `+=,.@-_`.
pub fn validate_pool_name(name: &str) -> Result<(), AppError> {
    crate::model::arn::validate_display_name(name, 128, "name")
}

/// An email address as Cognito and SES accept it, optionally as `Name <address>`.
fn is_email(s: &str) -> bool {
    let address = match (s.find('<'), s.strip_suffix('>')) {
        (Some(i), Some(rest)) => &rest[i + 1..],
        _ => s,
    };
    address.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !address.chars().any(|c| c.is_whitespace() || c.is_control())
    }) && s.len() <= 320
}

fn parse_number(value: &str, field: &str, range: std::ops::RangeInclusive<i64>) -> Result<i64, AppError> {
    value.trim().parse::<i64>().ok().filter(|n| range.contains(n)).ok_or_else(|| {
        AppError::invalid(
            field,
            t_with(
                "pool-error-number-range",
                &[("min", range.start().to_string().into()), ("max", range.end().to_string().into())],
            ),
        )
    })
}

fn optional_number(
    value: &str,
    field: &str,
    range: std::ops::RangeInclusive<i64>,
) -> Result<Option<i64>, AppError> {
    if value.trim().is_empty() { Ok(None) } else { parse_number(value, field, range).map(Some) }
}

/// `key=value` lines into tags, as AWS allows them: up to 50, keys 1–128 characters not starting
/// with `aws:`, values up to 256, no key twice.
pub fn parse_tags(text: &str) -> Result<Vec<(String, String)>, AppError> {
    let mut tags: Vec<(String, String)> = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let Some((key, value)) = line.split_once('=') else {
            return Err(AppError::invalid("tags", t("pool-error-tag-line")));
        };
        let (key, value) = (key.trim(), value.trim());
        if key.is_empty() || key.chars().count() > 128 || value.chars().count() > 256 {
            return Err(AppError::invalid("tags", t("pool-error-tag-length")));
        }
        if key.to_ascii_lowercase().starts_with("aws:") {
            return Err(AppError::invalid("tags", t("pool-error-tag-aws")));
        }
        if tags.iter().any(|(k, _)| k == key) {
            return Err(AppError::invalid(
                "tags",
                t_with("pool-error-tag-twice", &[("key", key.to_string().into())]),
            ));
        }
        tags.push((key.to_string(), value.to_string()));
    }
    if tags.len() > 50 {
        return Err(AppError::invalid("tags", t("pool-error-tags-max")));
    }
    Ok(tags)
}

impl PoolForm {
    fn on(flag: &Option<String>) -> bool {
        flag.is_some()
    }

    fn policy(&self) -> Result<PasswordPolicy, AppError> {
        if self.password_policy == "cognito" {
            return Ok(PasswordPolicy::default());
        }
        Ok(PasswordPolicy {
            minimum_length: parse_number(&self.min_length, "min_length", 6..=99)? as u32,
            require_uppercase: Self::on(&self.require_uppercase),
            require_lowercase: Self::on(&self.require_lowercase),
            require_numbers: Self::on(&self.require_numbers),
            require_symbols: Self::on(&self.require_symbols),
            temporary_password_validity_days: Some(parse_number(
                &self.temporary_days,
                "temporary_days",
                0..=365,
            )? as i32),
        })
    }

    fn email(&self) -> Result<EmailSettings, AppError> {
        let text = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        let reply_to = text(&self.reply_to);
        if reply_to.as_deref().is_some_and(|r| !is_email(r)) {
            return Err(AppError::invalid("reply_to", t("pool-error-email")));
        }
        match self.email_provider.as_str() {
            "ses" => {
                let arn = self.ses_source_arn.trim();
                if !is_ses_identity_arn(arn) {
                    return Err(AppError::invalid("ses_source_arn", t("pool-error-ses-arn")));
                }
                let from = text(&self.from_address);
                if from.as_deref().is_some_and(|f| !is_email(f)) {
                    return Err(AppError::invalid("from_address", t("pool-error-from")));
                }
                Ok(EmailSettings { ses_source_arn: Some(arn.to_string()), from, reply_to })
            }
            _ => Ok(EmailSettings { ses_source_arn: None, from: None, reply_to }),
        }
    }

    fn sms(&self) -> Result<Option<SmsSettings>, AppError> {
        let arn = self.sms_role_arn.trim();
        if arn.is_empty() {
            return Ok(None);
        }
        if !is_role_arn(arn) {
            return Err(AppError::invalid("sms_role_arn", t("pool-error-role-arn")));
        }
        let external_id = self.sms_external_id.trim();
        if external_id.len() > 1224 {
            return Err(AppError::invalid("sms_external_id", t("pool-error-external-id")));
        }
        Ok(Some(SmsSettings {
            role_arn: arn.to_string(),
            external_id: (!external_id.is_empty()).then(|| external_id.to_string()),
        }))
    }

    /// The settings UpdateUserPool can change; the other fields of the form are ignored.
    pub fn validate_edit(&self) -> Result<PoolEdit, AppError> {
        let password_policy = self.policy()?;
        let recovery = RECOVERY_CHOICES
            .iter()
            .find(|(value, _, _)| *value == self.recovery)
            .map(|(_, _, mechanisms)| mechanisms.iter().map(|m| m.to_string()).collect::<Vec<_>>())
            .ok_or_else(|| AppError::invalid("recovery", t("pool-error-recovery")))?;
        let auto_verified = self.auto_verify.clone();
        if auto_verified.iter().any(|a| a != "email" && a != "phone_number") {
            return Err(AppError::invalid("auto_verify", t("pool-error-auto-verify")));
        }
        let sms = self.sms()?;
        let sends_sms = auto_verified.iter().any(|a| a == "phone_number")
            || recovery.iter().any(|r| r == "verified_phone_number");
        if sends_sms && sms.is_none() {
            return Err(AppError::invalid("sms_role_arn", t("pool-error-sms-role-needed")));
        }
        Ok(PoolEdit {
            password_policy,
            recovery,
            self_sign_up: Self::on(&self.self_sign_up),
            auto_verified,
            email: self.email()?,
            sms,
            deletion_protection: Self::on(&self.deletion_protection),
            tags: parse_tags(&self.tags)?,
        })
    }

    fn mfa_settings(&self, has_sms: bool) -> Result<MfaSettings, AppError> {
        validate_mfa(&self.mfa, Self::on(&self.mfa_totp), Self::on(&self.mfa_sms), has_sms)
    }

    /// The custom attribute rows, checked; blank rows are skipped.
    pub fn custom_attributes(&self) -> Result<Vec<CustomAttribute>, AppError> {
        let mut out: Vec<CustomAttribute> = Vec::new();
        for (i, raw) in self.custom_name.iter().enumerate() {
            let name = raw.trim().trim_start_matches("custom:").to_string();
            if name.is_empty() {
                continue;
            }
            let at = |list: &Vec<String>| list.get(i).map(|s| s.trim().to_string()).unwrap_or_default();
            let ok =
                name.len() <= 20 && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
            if !ok {
                return Err(AppError::invalid("custom", t("pool-error-custom-name")));
            }
            if out.iter().any(|c| c.name == name) || STANDARD_ATTRIBUTES.contains(&name.as_str()) {
                return Err(AppError::invalid(
                    "custom",
                    t_with("pool-error-custom-twice", &[("name", name.clone().into())]),
                ));
            }
            let kind = at(&self.custom_type);
            if !CUSTOM_TYPES.contains(&kind.as_str()) {
                return Err(AppError::invalid("custom", t("pool-error-custom-type")));
            }
            let (min, max) = match kind.as_str() {
                "String" => (
                    optional_number(&at(&self.custom_min), "custom", 0..=2048)?,
                    optional_number(&at(&self.custom_max), "custom", 1..=2048)?,
                ),
                "Number" => (
                    optional_number(
                        &at(&self.custom_min),
                        "custom",
                        i64::from(i32::MIN)..=i64::from(i32::MAX),
                    )?,
                    optional_number(
                        &at(&self.custom_max),
                        "custom",
                        i64::from(i32::MIN)..=i64::from(i32::MAX),
                    )?,
                ),
                _ => (None, None),
            };
            if let (Some(lo), Some(hi)) = (min, max)
                && lo > hi
            {
                return Err(AppError::invalid(
                    "custom",
                    t_with("pool-error-custom-min-max", &[("name", name.clone().into())]),
                ));
            }
            out.push(CustomAttribute { name, kind, mutable: at(&self.custom_mutable) != "no", min, max });
        }
        if out.len() > 50 {
            return Err(AppError::invalid("custom", t("pool-error-custom-max")));
        }
        Ok(out)
    }

    /// Everything a new pool needs, checked.
    pub fn validate_new(&self) -> Result<NewPool, AppError> {
        let name = self.name.trim().to_string();
        validate_pool_name(&name)?;
        let settings = self.validate_edit()?;
        let sign_in: Vec<String> = self.sign_in.clone();
        let (username_attributes, alias_attributes) = match self.sign_in_mode.as_str() {
            "attributes" => {
                if sign_in.is_empty() || sign_in.iter().any(|a| a != "email" && a != "phone_number") {
                    return Err(AppError::invalid("sign_in", t("pool-error-sign-in-attributes")));
                }
                (sign_in, Vec::new())
            }
            "username" => {
                if sign_in
                    .iter()
                    .any(|a| !matches!(a.as_str(), "email" | "phone_number" | "preferred_username"))
                {
                    return Err(AppError::invalid("sign_in", t("pool-error-aliases")));
                }
                (Vec::new(), sign_in)
            }
            _ => return Err(AppError::invalid("sign_in_mode", t("pool-error-sign-in-mode"))),
        };
        let required = self.required.clone();
        if let Some(bad) = required.iter().find(|a| !STANDARD_ATTRIBUTES.contains(&a.as_str())) {
            return Err(AppError::invalid(
                "required",
                t_with("pool-error-not-standard", &[("attribute", bad.clone().into())]),
            ));
        }
        if username_attributes.iter().any(|a| a == "phone_number") && settings.sms.is_none() {
            return Err(AppError::invalid("sms_role_arn", t("pool-error-phone-sign-in-sms")));
        }
        let mfa = self.mfa_settings(settings.sms.is_some())?;
        Ok(NewPool {
            name,
            username_attributes,
            alias_attributes,
            case_sensitive: Self::on(&self.case_sensitive),
            required,
            custom: self.custom_attributes()?,
            mfa,
            settings,
        })
    }
}

/// MFA as SetUserPoolMfaConfig takes it: OPTIONAL or ON need at least one factor, and SMS needs
/// the pool's SNS role.
pub fn validate_mfa(mode: &str, totp: bool, sms: bool, has_sms_role: bool) -> Result<MfaSettings, AppError> {
    if !matches!(mode, "OFF" | "OPTIONAL" | "ON") {
        return Err(AppError::invalid("mfa", t("pool-error-mfa-mode")));
    }
    if mode == "OFF" {
        return Ok(MfaSettings { mode: mode.into(), totp: false, sms: false });
    }
    if !totp && !sms {
        return Err(AppError::invalid("mfa", t("pool-error-mfa-factor")));
    }
    if sms && !has_sms_role {
        return Err(AppError::invalid("mfa_sms", t("pool-error-mfa-sms-role")));
    }
    Ok(MfaSettings { mode: mode.into(), totp, sms })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(result: Result<impl std::fmt::Debug, AppError>) -> String {
        result.unwrap_err().field().unwrap_or("-").to_string()
    }

    #[test]
    fn the_guide_form_is_valid_as_it_stands() {
        let pool = PoolForm { name: "MyApp-UserPool".into(), ..PoolForm::guide() }.validate_new().unwrap();
        assert_eq!(pool.username_attributes, ["email"]);
        assert!(pool.alias_attributes.is_empty());
        assert_eq!(pool.settings.password_policy, PasswordPolicy::default());
        assert_eq!(pool.mfa, MfaSettings { mode: "OPTIONAL".into(), totp: true, sms: false });
        assert_eq!(pool.settings.recovery, ["verified_email"]);
        assert!(pool.settings.deletion_protection && pool.settings.self_sign_up);
        assert_eq!(pool.required, ["email", "given_name", "family_name"]);
    }

    fn guide(name: &str) -> PoolForm {
        PoolForm { name: name.into(), ..PoolForm::guide() }
    }

    #[test]
    fn each_rule_reports_its_field() {
        assert_eq!(field(guide("").validate_new()), "name");
        assert_eq!(field(guide("bad/name").validate_new()), "name");
        assert_eq!(field(PoolForm { sign_in: vec![], ..guide("p") }.validate_new()), "sign_in");
        assert_eq!(
            field(PoolForm { sign_in: vec!["preferred_username".into()], ..guide("p") }.validate_new()),
            "sign_in"
        );
        assert_eq!(field(PoolForm { min_length: "5".into(), ..guide("p") }.validate_new()), "min_length");
        assert_eq!(field(PoolForm { min_length: "100".into(), ..guide("p") }.validate_new()), "min_length");
        assert_eq!(
            field(PoolForm { temporary_days: "366".into(), ..guide("p") }.validate_new()),
            "temporary_days"
        );
        assert_eq!(field(PoolForm { mfa_totp: None, ..guide("p") }.validate_new()), "mfa");
        assert_eq!(field(PoolForm { mfa_sms: tick(true), ..guide("p") }.validate_new()), "mfa_sms");
        assert_eq!(field(PoolForm { recovery: "x".into(), ..guide("p") }.validate_new()), "recovery");
        assert_eq!(
            field(PoolForm { recovery: "phone_only".into(), ..guide("p") }.validate_new()),
            "sms_role_arn"
        );
        assert_eq!(
            field(PoolForm { required: vec!["shoe_size".into()], ..guide("p") }.validate_new()),
            "required"
        );
        assert_eq!(
            field(
                PoolForm { email_provider: "ses".into(), ses_source_arn: "x".into(), ..guide("p") }
                    .validate_new()
            ),
            "ses_source_arn"
        );
        assert_eq!(field(PoolForm { reply_to: "nobody".into(), ..guide("p") }.validate_new()), "reply_to");
        assert_eq!(field(PoolForm { tags: "novalue".into(), ..guide("p") }.validate_new()), "tags");
        assert_eq!(field(PoolForm { tags: "aws:x=1".into(), ..guide("p") }.validate_new()), "tags");
        assert_eq!(field(PoolForm { tags: "a=1\na=2".into(), ..guide("p") }.validate_new()), "tags");
        assert_eq!(
            field(PoolForm { sms_role_arn: "role".into(), ..guide("p") }.validate_new()),
            "sms_role_arn"
        );
    }

    #[test]
    fn custom_attributes_are_checked_row_by_row() {
        let rows = |names: &[&str], kinds: &[&str], mins: &[&str], maxs: &[&str]| PoolForm {
            custom_name: names.iter().map(|s| s.to_string()).collect(),
            custom_type: kinds.iter().map(|s| s.to_string()).collect(),
            custom_mutable: names.iter().map(|_| "yes".to_string()).collect(),
            custom_min: mins.iter().map(|s| s.to_string()).collect(),
            custom_max: maxs.iter().map(|s| s.to_string()).collect(),
            ..guide("p")
        };
        let ok = rows(
            &["custom:tenant", "", "level"],
            &["String", "String", "Number"],
            &["1", "", "0"],
            &["64", "", "10"],
        )
        .validate_new()
        .unwrap();
        assert_eq!(ok.custom.len(), 2, "blank rows are skipped");
        assert_eq!(ok.custom[0].name, "tenant");
        assert_eq!((ok.custom[1].min, ok.custom[1].max), (Some(0), Some(10)));
        assert_eq!(field(rows(&["a b"], &["String"], &[""], &[""]).validate_new()), "custom");
        assert_eq!(
            field(rows(&["x", "x"], &["String", "String"], &["", ""], &["", ""]).validate_new()),
            "custom"
        );
        assert_eq!(field(rows(&["x"], &["Blob"], &[""], &[""]).validate_new()), "custom");
        assert_eq!(field(rows(&["x"], &["String"], &["10"], &["5"]).validate_new()), "custom");
        assert_eq!(field(rows(&["x"], &["String"], &[""], &["4096"]).validate_new()), "custom");
    }

    #[test]
    fn username_mode_takes_aliases() {
        let pool = PoolForm {
            sign_in_mode: "username".into(),
            sign_in: vec!["email".into(), "preferred_username".into()],
            case_sensitive: tick(true),
            ..guide("p")
        }
        .validate_new()
        .unwrap();
        assert!(pool.username_attributes.is_empty());
        assert_eq!(pool.alias_attributes, ["email", "preferred_username"]);
        assert!(pool.case_sensitive);
    }

    #[test]
    fn cognito_default_policy_ignores_the_custom_fields() {
        let form = PoolForm { password_policy: "cognito".into(), min_length: "x".into(), ..guide("p") };
        assert_eq!(form.validate_edit().unwrap().password_policy, PasswordPolicy::default());
    }

    #[test]
    fn mfa_rules() {
        assert_eq!(
            validate_mfa("OFF", true, true, false).unwrap(),
            MfaSettings { mode: "OFF".into(), totp: false, sms: false }
        );
        assert_eq!(field(validate_mfa("ON", false, false, true)), "mfa");
        assert_eq!(field(validate_mfa("ON", false, true, false)), "mfa_sms");
        assert_eq!(field(validate_mfa("SOMETIMES", true, false, true)), "mfa");
        assert!(validate_mfa("ON", true, true, true).is_ok());
    }

    #[test]
    fn every_recovery_choice_has_a_label_in_each_language() {
        use crate::model::preferences::Lang;
        let label = |lang: Lang, key: &str| crate::i18n::text(lang, key, &[]);
        let english: Vec<String> = RECOVERY_CHOICES.iter().map(|(_, key, _)| label(Lang::En, key)).collect();
        assert_eq!(english[0], "Email only");
        assert_eq!(english[4], "None: an administrator resets passwords");
        assert_eq!(label(Lang::De, RECOVERY_CHOICES[1].1), "E-Mail, dann SMS");
        for (_, key, _) in RECOVERY_CHOICES {
            assert_ne!(label(Lang::De, key), key, "{key}");
        }
    }

    #[test]
    fn refusals_are_written_in_english_outside_a_request() {
        let error = PoolForm { tags: "a=1\na=2".into(), ..guide("p") }.validate_new().unwrap_err();
        assert_eq!(error.to_string(), "The tag a is given twice.");
        let error = PoolForm { min_length: "5".into(), ..guide("p") }.validate_new().unwrap_err();
        assert_eq!(error.to_string(), "Enter a whole number from 6 to 99.");
    }

    #[test]
    fn email_addresses() {
        assert!(is_email("a@example.com"));
        assert!(is_email("Support <help@example.com>"));
        assert!(!is_email("a@b"));
        assert!(!is_email("a b@example.com"));
        assert!(!is_email("@example.com"));
    }
}
