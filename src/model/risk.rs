//! Threat protection (Cognito's "advanced security features"): the pool's mode and feature
//! plan, and a risk configuration (DescribeRiskConfiguration) for the whole pool or one app
//! client: what happens to a sign-in with a compromised password, what happens at each level of
//! account-takeover risk, and the always-block / never-assess address ranges.

use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::i18n::{t, t_with, text};
use crate::model::preferences::Lang;

/// The modes of UserPoolAddOns' AdvancedSecurityMode (key, message), named as the AWS console
/// names them.
pub const MODES: [(&str, &str); 3] =
    [("OFF", "risk-mode-off"), ("AUDIT", "risk-mode-audit"), ("ENFORCED", "risk-mode-enforced")];

/// The events whose password Cognito checks against leaked credentials (key, message, message
/// within a sentence).
pub const COMPROMISED_EVENTS: [(&str, &str, &str); 3] = [
    ("SIGN_IN", "risk-event-sign-in", "risk-event-sign-in-in-sentence"),
    ("PASSWORD_CHANGE", "risk-event-password-change", "risk-event-password-change-in-sentence"),
    ("SIGN_UP", "risk-event-sign-up", "risk-event-sign-up-in-sentence"),
];

/// What Cognito does at one level of account-takeover risk (key, message).
pub const TAKEOVER_ACTIONS: [(&str, &str); 4] = [
    ("NO_ACTION", "risk-action-allow"),
    ("MFA_IF_CONFIGURED", "risk-action-mfa-if-configured"),
    ("MFA_REQUIRED", "risk-action-mfa-required"),
    ("BLOCK", "risk-action-block"),
];

/// The risk levels, as the form names its fields (field, message).
pub const LEVELS: [(&str, &str); 3] = [("low", "risk-low"), ("medium", "risk-medium"), ("high", "risk-high")];

/// A (key, message) table as a select's options (key, words in `lang`).
pub fn choices(lang: Lang, table: &[(&str, &str)]) -> Vec<(String, String)> {
    table.iter().map(|(key, message)| (key.to_string(), text(lang, message, &[]))).collect()
}

/// A mode in words (the key itself when it is not one of `MODES`).
pub fn mode_label(lang: Lang, mode: &str) -> String {
    label_in(lang, &MODES, mode)
}

/// The words of `key` in a (key, message) table, in `lang`; the key itself when it has none.
fn label_in(lang: Lang, table: &[(&str, &str)], key: &str) -> String {
    table.iter().find(|(k, _)| *k == key).map_or(key.to_string(), |(_, message)| text(lang, message, &[]))
}

/// Cognito's limit on each address list.
pub const IP_RANGES_MAX: usize = 200;

/// What Cognito does at one risk level, and whether it emails the user.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TakeoverAction {
    /// One of `TAKEOVER_ACTIONS`' keys.
    pub action: String,
    pub notify: bool,
}

/// One risk configuration, as DescribeRiskConfiguration answers it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiskConfig {
    /// The app client it is for; `None`: the pool's, for every client without its own.
    pub client_id: Option<String>,
    /// Where leaked passwords are checked (`COMPROMISED_EVENTS`' keys); empty: nowhere.
    pub compromised_events: Vec<String>,
    /// A leaked password blocks the event (else it is only recorded).
    pub compromised_block: bool,
    /// Low, medium and high; `None`: no account-takeover configuration.
    pub takeover: Option<[TakeoverAction; 3]>,
    /// Always blocked (BlockedIPRangeList), CIDR.
    pub blocked_ips: Vec<String>,
    /// Never assessed (SkippedIPRangeList), CIDR.
    pub skipped_ips: Vec<String>,
    /// Whether Cognito has an SES sender to email users about risky sign-ins.
    pub notify_configured: bool,
}

/// The threat protection page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreatProtection {
    /// `MODES`' key; OFF when the pool reports none.
    pub mode: String,
    /// UserPoolTier (LITE, ESSENTIALS, PLUS), where Cognito reports it.
    pub plan: Option<String>,
    /// The configuration in force for the page's scope (the pool, or the client asked for).
    pub config: RiskConfig,
    /// Asked for a client: whether it has a configuration of its own (else the pool's shows).
    pub client_has_own: bool,
    /// The pool's app clients (id, name), for the scope picker.
    pub clients: Vec<(String, String)>,
    /// Why the configuration could not be read (the endpoint lacks the call).
    pub unavailable: Option<String>,
}

/// Whether `mode` may be set on a pool with `plan`: threat protection is in the Plus plan.
pub fn check_mode(mode: &str, plan: Option<&str>) -> Result<(), AppError> {
    if !MODES.iter().any(|(key, _)| *key == mode) {
        return Err(AppError::invalid("mode", t("risk-error-mode")));
    }
    match plan {
        Some(plan) if mode != "OFF" && plan != "PLUS" => Err(AppError::invalid(
            "mode",
            t_with("risk-error-plan", &[("plan", plan_label(plan).to_string().into())]),
        )),
        _ => Ok(()),
    }
}

/// A feature plan by its name (Cognito's names, the same in every language).
pub fn plan_label(plan: &str) -> &str {
    match plan {
        "LITE" => "Lite",
        "ESSENTIALS" => "Essentials",
        "PLUS" => "Plus",
        other => other,
    }
}

/// What Cognito does at a risk level, in words (the key itself when it is not one of
/// `TAKEOVER_ACTIONS`).
pub fn action_label(lang: Lang, action: &str) -> String {
    label_in(lang, &TAKEOVER_ACTIONS, action)
}

/// The form as posted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RiskEdit {
    pub compromised_events: Vec<String>,
    /// `block` or `record`.
    pub compromised_action: String,
    /// Low, medium, high: `TAKEOVER_ACTIONS`' keys.
    pub takeover: [String; 3],
    /// One CIDR a line (the pool's configuration only).
    pub blocked_ips: String,
    pub skipped_ips: String,
}

/// A checked edit, ready for SetRiskConfiguration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RiskChange {
    pub compromised_events: Vec<String>,
    pub compromised_block: bool,
    pub takeover: [String; 3],
    pub blocked_ips: Vec<String>,
    pub skipped_ips: Vec<String>,
}

impl RiskEdit {
    /// Every field checked before any call, each refusal by its field.
    pub fn validate(&self) -> Result<RiskChange, AppError> {
        for event in &self.compromised_events {
            if !COMPROMISED_EVENTS.iter().any(|(key, ..)| key == event) {
                return Err(AppError::invalid("compromised_events", t("risk-error-events")));
            }
        }
        let compromised_block = match self.compromised_action.as_str() {
            "block" => true,
            "record" => false,
            _ => return Err(AppError::invalid("compromised_action", t("risk-error-action"))),
        };
        for ((field, _), action) in LEVELS.iter().zip(&self.takeover) {
            if !TAKEOVER_ACTIONS.iter().any(|(key, _)| key == action) {
                return Err(AppError::invalid(*field, t("risk-error-level")));
            }
        }
        Ok(RiskChange {
            compromised_events: self.compromised_events.clone(),
            compromised_block,
            takeover: self.takeover.clone(),
            blocked_ips: ip_ranges("blocked_ips", &self.blocked_ips)?,
            skipped_ips: ip_ranges("skipped_ips", &self.skipped_ips)?,
        })
    }
}

/// One CIDR range a line (blank lines skipped), each checked, at most `IP_RANGES_MAX`.
fn ip_ranges(field: &str, text: &str) -> Result<Vec<String>, AppError> {
    let ranges: Vec<String> =
        text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect();
    if ranges.len() > IP_RANGES_MAX {
        return Err(AppError::invalid(
            field,
            t_with("risk-error-too-many-ranges", &[("max", IP_RANGES_MAX.into())]),
        ));
    }
    if let Some(bad) = ranges.iter().find(|r| !is_cidr(r)) {
        return Err(AppError::invalid(
            field,
            t_with("risk-error-not-a-range", &[("range", bad.clone().into())]),
        ));
    }
    Ok(ranges)
}

/// `address/prefix`, IPv4 (prefix ≤ 32) or IPv6 (≤ 128).
fn is_cidr(range: &str) -> bool {
    let Some((address, prefix)) = range.split_once('/') else { return false };
    let Ok(prefix) = prefix.parse::<u8>() else { return false };
    match address.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(_)) => prefix <= 32,
        Ok(std::net::IpAddr::V6(_)) => prefix <= 128,
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit() -> RiskEdit {
        RiskEdit {
            compromised_events: vec!["SIGN_IN".into(), "PASSWORD_CHANGE".into()],
            compromised_action: "block".into(),
            takeover: ["NO_ACTION".into(), "MFA_IF_CONFIGURED".into(), "BLOCK".into()],
            blocked_ips: "203.0.113.0/24\n\n 2001:db8::/32 \n".into(),
            skipped_ips: String::new(),
        }
    }

    #[test]
    fn a_risk_edit_is_checked_field_by_field() {
        let change = edit().validate().unwrap();
        assert!(change.compromised_block);
        assert_eq!(change.blocked_ips, ["203.0.113.0/24", "2001:db8::/32"]);
        let field = |e: RiskEdit| e.validate().unwrap_err().field().map(str::to_string);
        assert_eq!(
            field(RiskEdit { compromised_events: vec!["LOGIN".into()], ..edit() }).as_deref(),
            Some("compromised_events")
        );
        assert_eq!(
            field(RiskEdit { compromised_action: "maybe".into(), ..edit() }).as_deref(),
            Some("compromised_action")
        );
        let mut takeover = edit();
        takeover.takeover[1] = "SHRUG".into();
        assert_eq!(field(takeover).as_deref(), Some("medium"));
        for bad in ["203.0.113.0", "203.0.113.0/33", "2001:db8::/129", "example.com/24", "1.2.3.4/x"] {
            assert_eq!(
                field(RiskEdit { skipped_ips: bad.into(), ..edit() }).as_deref(),
                Some("skipped_ips"),
                "{bad}"
            );
        }
        let many = (0..=IP_RANGES_MAX)
            .map(|i| format!("10.0.{}.{}/32", i / 256, i % 256))
            .collect::<Vec<_>>()
            .join("\n");
        assert_eq!(field(RiskEdit { blocked_ips: many, ..edit() }).as_deref(), Some("blocked_ips"));
    }

    #[test]
    fn threat_protection_is_the_plus_plans() {
        assert!(check_mode("ENFORCED", Some("PLUS")).is_ok());
        assert!(check_mode("OFF", Some("ESSENTIALS")).is_ok());
        // An emulator reports no plan: not refused here (AWS would say).
        assert!(check_mode("AUDIT", None).is_ok());
        let refused = check_mode("AUDIT", Some("ESSENTIALS")).unwrap_err();
        assert_eq!(refused.field(), Some("mode"));
        assert!(refused.to_string().contains("Essentials"));
        assert_eq!(check_mode("ON", None).unwrap_err().field(), Some("mode"));
    }

    #[test]
    fn every_choice_is_said_in_each_language() {
        for lang in Lang::ALL {
            for table in [&MODES[..], &TAKEOVER_ACTIONS[..], &LEVELS[..]] {
                assert!(choices(lang, table).iter().all(|(key, words)| !words.is_empty() && words != key));
            }
            for (_, label, in_sentence) in COMPROMISED_EVENTS {
                assert!(!text(lang, label, &[]).is_empty() && !text(lang, in_sentence, &[]).is_empty());
            }
        }
        assert_eq!(mode_label(Lang::En, "ENFORCED"), "Full function");
        assert_eq!(action_label(Lang::En, "MFA_REQUIRED"), "Ask for MFA; block a user without it");
        assert_eq!(action_label(Lang::De, "BLOCK"), "Blockieren");
        assert_eq!(action_label(Lang::De, "SHRUG"), "SHRUG");
    }
}
