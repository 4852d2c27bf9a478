//! The advisor's findings, as the Advisor page shows them (the rules are `rules::advisor`).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    High,
    Medium,
    Low,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Self::High => "High",
            Self::Medium => "Medium",
            Self::Low => "Low",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable rule id, e.g. `mfa-off`.
    pub rule: String,
    pub severity: Severity,
    pub title: String,
    pub detail: String,
    /// Where to fix it, relative to the console.
    pub link: String,
}
