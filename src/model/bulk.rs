//! Bulk changes to many users at once (run as jobs: `model::job`, `server::jobs`).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BulkAction {
    AddToGroup,
    RemoveFromGroup,
    Enable,
    Disable,
}

impl BulkAction {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "add" => Self::AddToGroup,
            "remove" => Self::RemoveFromGroup,
            "enable" => Self::Enable,
            "disable" => Self::Disable,
            _ => return None,
        })
    }

    pub fn needs_group(self) -> bool {
        matches!(self, Self::AddToGroup | Self::RemoveFromGroup)
    }
}

/// What happened to one user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum BulkOutcome {
    Done,
    /// Nothing to do: already a member, already enabled, …
    Already,
    Failed(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkResult {
    pub username: String,
    pub outcome: BulkOutcome,
}
