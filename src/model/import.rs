//! A CSV import's report, row by row, as the Import page shows it before anything is applied.

use serde::{Deserialize, Serialize};

use crate::i18n::text;
use crate::model::preferences::Lang;

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
    /// Its name in the page's markup (`data-row`), the same in every language.
    pub fn label(self) -> &'static str {
        match self {
            Self::Create => "create",
            Self::Update => "update",
            Self::Skip => "skip",
            Self::Error => "error",
        }
    }

    /// Its name as the Import page's report says it, in `lang`.
    pub fn describe(self, lang: Lang) -> String {
        let key = match self {
            Self::Create => "import-action-create",
            Self::Update => "import-action-update",
            Self::Skip => "import-action-skip",
            Self::Error => "import-action-error",
        };
        text(lang, key, &[])
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_s_action_is_said_in_each_language() {
        assert_eq!(RowAction::Skip.describe(Lang::En), "skip");
        assert_eq!(RowAction::Create.describe(Lang::De), "anlegen");
        assert_eq!(RowAction::Error.label(), "error");
    }
}
