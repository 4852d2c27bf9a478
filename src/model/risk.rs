//! Threat protection (Cognito's "advanced security features"): the pool's mode and feature
//! plan, and a risk configuration (DescribeRiskConfiguration) for the whole pool or one app
//! client: what happens to a sign-in with a compromised password, what happens at each level of
//! account-takeover risk, and the always-block / never-assess address ranges.

use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// The modes of UserPoolAddOns' AdvancedSecurityMode, named as the AWS console names them.
pub const MODES: [(&str, &str); 3] = [("OFF", "Off"), ("AUDIT", "Audit only"), ("ENFORCED", "Full function")];

/// What a mode does, in a sentence.
pub fn mode_description(mode: &str) -> &'static str {
    match mode {
        "AUDIT" => "Audit only: risks are assessed and recorded, nothing is blocked.",
        "ENFORCED" => "Full function: risks are assessed and the actions set here are taken.",
        _ => "Off: no risk is assessed and no sign-in event is recorded.",
    }
}

/// The events whose password Cognito checks against leaked credentials.
pub const COMPROMISED_EVENTS: [(&str, &str); 3] =
    [("SIGN_IN", "Sign-in"), ("PASSWORD_CHANGE", "Password change"), ("SIGN_UP", "Sign-up")];

/// What Cognito does at one level of account-takeover risk.
pub const TAKEOVER_ACTIONS: [(&str, &str); 4] = [
    ("NO_ACTION", "Allow"),
    ("MFA_IF_CONFIGURED", "Ask for MFA if the user has it, else allow"),
    ("MFA_REQUIRED", "Ask for MFA; block a user without it"),
    ("BLOCK", "Block"),
];

/// The risk levels, as the form names its fields.
pub const LEVELS: [(&str, &str); 3] = [("low", "Low risk"), ("medium", "Medium risk"), ("high", "High risk")];

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
        return Err(AppError::invalid("mode", "Choose off, audit only or full function."));
    }
    match plan {
        Some(plan) if mode != "OFF" && plan != "PLUS" => Err(AppError::invalid(
            "mode",
            format!("Threat protection needs the Plus feature plan; this pool has {}.", plan_label(plan)),
        )),
        _ => Ok(()),
    }
}

pub fn plan_label(plan: &str) -> &str {
    match plan {
        "LITE" => "Lite",
        "ESSENTIALS" => "Essentials",
        "PLUS" => "Plus",
        other => other,
    }
}

pub fn action_label(action: &str) -> &str {
    TAKEOVER_ACTIONS.iter().find(|(key, _)| *key == action).map_or(action, |(_, label)| label)
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
            if !COMPROMISED_EVENTS.iter().any(|(key, _)| key == event) {
                return Err(AppError::invalid(
                    "compromised_events",
                    "Choose among sign-in, password change and sign-up.",
                ));
            }
        }
        let compromised_block = match self.compromised_action.as_str() {
            "block" => true,
            "record" => false,
            _ => return Err(AppError::invalid("compromised_action", "Choose block or record only.")),
        };
        for ((field, _), action) in LEVELS.iter().zip(&self.takeover) {
            if !TAKEOVER_ACTIONS.iter().any(|(key, _)| key == action) {
                return Err(AppError::invalid(*field, "Choose what happens at this risk level."));
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
        return Err(AppError::invalid(field, format!("At most {IP_RANGES_MAX} ranges (Cognito's limit).")));
    }
    if let Some(bad) = ranges.iter().find(|r| !is_cidr(r)) {
        return Err(AppError::invalid(
            field,
            format!("{bad} is not an address range: write it as 203.0.113.0/24."),
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
}
