//! A user's sign-in history (AdminListUserAuthEvents, recorded by Cognito's threat protection)
//! merged with what operators did to the account (the console's audit rows), for the user
//! page's timeline.

use serde::{Deserialize, Serialize};

use crate::i18n::text;
use crate::model::preferences::Lang;

/// Events per page of the timeline (AdminListUserAuthEvents allows 60).
pub const EVENTS_PAGE: i32 = 10;
/// The most console rows one page of the timeline shows.
pub const TRAIL_MAX: i64 = 50;

/// One event Cognito recorded.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthEvent {
    pub id: String,
    /// Cognito's EventType (`SignIn`, `ForgotPassword`, …).
    pub kind: String,
    pub at: Option<i64>,
    /// `Pass`, `Fail` or `InProgress`.
    pub response: Option<String>,
    /// `Low`, `Medium` or `High`.
    pub risk_level: Option<String>,
    /// `NoRisk`, `AccountTakeover` or `Block`.
    pub risk_decision: Option<String>,
    pub compromised_credentials: bool,
    pub ip: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
    pub device: Option<String>,
    /// `Password: Success`, `Mfa: Failure`, …
    pub challenges: Vec<String>,
    /// `Valid` or `Invalid`, once someone said whether it was the user.
    pub feedback: Option<String>,
}

impl AuthEvent {
    /// The event in words. AWS names them in CamelCase; an emulator's own names are shown
    /// readable as they come.
    pub fn kind_label(&self, lang: Lang) -> String {
        let key = match self.kind.as_str() {
            "SignIn" => "event-sign-in",
            "SignUp" => "event-sign-up",
            "ForgotPassword" => "event-forgot-password",
            "PasswordChange" => "event-password-change",
            "ResendCode" => "event-resend-code",
            other => return readable(other),
        };
        text(lang, key, &[])
    }

    pub fn failed(&self) -> bool {
        self.response.as_deref() == Some("Fail")
    }

    pub fn place(&self) -> Option<String> {
        match (&self.city, &self.country) {
            (Some(city), Some(country)) => Some(format!("{city}, {country}")),
            (one, other) => one.clone().or_else(|| other.clone()),
        }
    }

    /// Risk in words, where Cognito assessed it.
    pub fn risk(&self, lang: Lang) -> Option<String> {
        let decision = match self.risk_decision.as_deref() {
            Some("AccountTakeover") => Some("risk-takeover"),
            Some("Block") => Some("risk-blocked"),
            Some("NoRisk") => Some("risk-none"),
            _ => None,
        };
        let mut parts: Vec<String> = Vec::new();
        if let Some(level) = &self.risk_level {
            let key = match level.as_str() {
                "Low" => "risk-level-low",
                "Medium" => "risk-level-medium",
                "High" => "risk-level-high",
                other => {
                    parts.push(format!("{other} risk"));
                    ""
                }
            };
            if !key.is_empty() {
                parts.push(text(lang, key, &[]));
            }
        }
        parts.extend(decision.map(|key| text(lang, key, &[])));
        if self.compromised_credentials {
            parts.push(text(lang, "risk-compromised", &[]));
        }
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

/// One page of the user's events, or why there are none to show.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthEventPage {
    pub events: Vec<AuthEvent>,
    pub next_token: Option<String>,
    /// Why Cognito has no history to show (threat protection off, the endpoint lacks the call).
    pub unavailable: Option<String>,
}

impl AuthEventPage {
    /// When the page's oldest event happened, in milliseconds: where the next page's span of
    /// audit rows ends (`trail_window`, and the "Older" link's `before`).
    pub fn oldest_ms(&self) -> Option<i64> {
        self.events.iter().filter_map(|e| e.at).min().map(|s| s * 1000)
    }
}

/// What an operator did to the account, from the console's audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrailRow {
    pub at_ms: i64,
    pub operator: String,
    /// The server function (`reset_user_password`).
    pub action: String,
    pub outcome: String,
}

impl TrailRow {
    pub fn action_label(&self) -> String {
        readable(&self.action)
    }
}

/// A name of words joined by `_` as a sentence: `SIGN_IN_FAILURE` → "Sign in failure",
/// `reset_user_password` → "Reset user password".
fn readable(name: &str) -> String {
    let words = name.replace('_', " ").to_lowercase();
    let mut chars = words.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// A sign-in event's id as Cognito makes them (`[\w+-]+`, at most 50): anything else is
/// refused before a call.
pub fn validate_event_id(id: &str) -> Result<(), crate::error::AppError> {
    let ok =
        (1..=50).contains(&id.len()) && id.chars().all(|c| c.is_ascii_alphanumeric() || "_+-".contains(c));
    if ok {
        Ok(())
    } else {
        Err(crate::error::AppError::invalid("event_id", crate::i18n::t("invalid-event-id")))
    }
}

/// Whether an audit row's target names `username` (as `user=` or among a bulk run's `users=`).
pub fn target_names(target: &str, username: &str) -> bool {
    target.split(' ').any(|part| match part.split_once('=') {
        Some(("user", name)) => name == username,
        Some(("users", names)) => names.split(',').any(|n| n == username),
        _ => false,
    })
}

/// One row of the timeline, with where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimelineRow {
    Cognito(Box<AuthEvent>),
    Console(TrailRow),
}

impl TimelineRow {
    /// Milliseconds, for ordering (Cognito's seconds scaled).
    pub fn at_ms(&self) -> i64 {
        match self {
            Self::Cognito(e) => e.at.unwrap_or(0) * 1000,
            Self::Console(r) => r.at_ms,
        }
    }
}

/// Both sources, newest first; at the same moment the console's row first (an operator's
/// action is what a sign-in right after it answers).
pub fn merge(events: Vec<AuthEvent>, trail: Vec<TrailRow>) -> Vec<TimelineRow> {
    let mut rows: Vec<TimelineRow> = trail
        .into_iter()
        .map(TimelineRow::Console)
        .chain(events.into_iter().map(|e| TimelineRow::Cognito(Box::new(e))))
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.at_ms()));
    rows
}

/// The span of audit rows that belongs beside one page of events: from the page's oldest event
/// (none on the last page: everything older) up to `until_ms`, where the newer page began.
pub fn trail_window(page: &AuthEventPage, until_ms: Option<i64>) -> (Option<i64>, Option<i64>) {
    (page.next_token.as_ref().and(page.oldest_ms()), until_ms)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(at: i64) -> AuthEvent {
        AuthEvent { id: format!("e{at}"), kind: "SignIn".into(), at: Some(at), ..Default::default() }
    }

    fn row(at_ms: i64) -> TrailRow {
        TrailRow { at_ms, operator: "ann".into(), action: "reset_user_password".into(), outcome: "ok".into() }
    }

    #[test]
    fn the_timeline_is_newest_first_with_each_row_saying_its_source() {
        let rows = merge(vec![event(10), event(30)], vec![row(20_000), row(30_000)]);
        let order: Vec<(bool, i64)> =
            rows.iter().map(|r| (matches!(r, TimelineRow::Console(_)), r.at_ms())).collect();
        assert_eq!(order, [(true, 30_000), (false, 30_000), (true, 20_000), (false, 10_000)]);
    }

    #[test]
    fn a_page_of_events_takes_the_audit_rows_of_its_own_span() {
        let page = AuthEventPage {
            events: vec![event(50), event(40)],
            next_token: Some("t".into()),
            unavailable: None,
        };
        assert_eq!(trail_window(&page, Some(60_000)), (Some(40_000), Some(60_000)));
        let last = AuthEventPage { next_token: None, ..page };
        assert_eq!(trail_window(&last, Some(40_000)), (None, Some(40_000)));
    }

    #[test]
    fn an_audit_target_names_the_user_exactly() {
        assert!(target_names("user=ann@example.com group=admin", "ann@example.com"));
        assert!(target_names("users=bob,ann,…(7 users)", "ann"));
        assert!(!target_names("user=ann2", "ann"));
        assert!(!target_names("group=ann", "ann"));
    }

    #[test]
    fn events_and_risk_in_words() {
        let e = AuthEvent {
            kind: "SIGN_IN_FAILURE".into(),
            risk_level: Some("High".into()),
            risk_decision: Some("Block".into()),
            compromised_credentials: true,
            city: Some("Lyon".into()),
            country: Some("France".into()),
            ..Default::default()
        };
        assert_eq!(e.kind_label(Lang::En), "Sign in failure");
        assert_eq!(e.risk(Lang::En).as_deref(), Some("High risk, blocked, compromised password"));
        assert_eq!(e.risk(Lang::De).as_deref(), Some("hohes Risiko, blockiert, kompromittiertes Passwort"));
        assert_eq!(e.place().as_deref(), Some("Lyon, France"));
        assert_eq!(event(1).kind_label(Lang::En), "Sign-in");
        assert_eq!(event(1).kind_label(Lang::De), "Anmeldung");
        assert_eq!(event(1).risk(Lang::En), None);
    }
}
