//! Bulk changes to many users at once.

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

/// Users in one bulk request; the browser sends larger selections in chunks of this size and
/// shows progress between them.
pub const BULK_CHUNK: usize = 25;

/// Counts of a finished run: (done, already, failed).
pub fn tally(results: &[BulkResult]) -> (usize, usize, usize) {
    results.iter().fold((0, 0, 0), |(d, a, f), r| match r.outcome {
        BulkOutcome::Done => (d + 1, a, f),
        BulkOutcome::Already => (d, a + 1, f),
        BulkOutcome::Failed(_) => (d, a, f + 1),
    })
}
