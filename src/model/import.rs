//! A CSV import's report, row by row, as the Import page shows it before anything is applied.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RowAction {
    Create,
    Update,
    /// The user is already as the row says.
    Skip,
    /// The row cannot be imported; nothing is, until it is fixed.
    Error,
}

impl RowAction {
    pub fn label(self) -> &'static str {
        match self {
            Self::Create => "create",
            Self::Update => "update",
            Self::Skip => "skip",
            Self::Error => "error",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportRow {
    /// The row's line in the file (the header is line 1).
    pub line: u64,
    /// The user it names (email or username), as far as it could be read.
    pub user: String,
    pub action: RowAction,
    /// What changes, or what is wrong.
    pub detail: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReport {
    pub rows: Vec<ImportRow>,
}

impl ImportReport {
    pub fn count(&self, action: RowAction) -> usize {
        self.rows.iter().filter(|r| r.action == action).count()
    }
}
