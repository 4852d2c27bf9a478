//! Setup blueprints as the Blueprint page shows them: the built-in text, and the plan and
//! report of a run. Reading, planning and applying are the server's (`rules::blueprint`,
//! `cognito::blueprint`).

use serde::{Deserialize, Serialize};

use crate::i18n::text;
use crate::model::preferences::Lang;

/// The guide's setup, the built-in default.
pub const GUIDE_BLUEPRINT: &str = include_str!("guide_blueprint.toml");

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum StepAction {
    Create,
    Update,
    Keep,
    /// The endpoint cannot list this kind (a local emulator without domains or resource
    /// servers): what exists is unknown, so nothing is created; `detail` says why.
    Skip,
    /// Only a restore told to remove what its backup does not have; never a blueprint.
    Delete,
}

impl StepAction {
    /// The action's name (English: the CLI, tests' `data-step`).
    pub fn label(self) -> &'static str {
        match self {
            Self::Create => "create",
            Self::Update => "update",
            Self::Keep => "keep",
            Self::Skip => "skip",
            Self::Delete => "delete",
        }
    }

    /// The action's name as a page shows it, in `lang`.
    pub fn shown(self, lang: Lang) -> String {
        let key = match self {
            Self::Create => "blueprint-action-create",
            Self::Update => "blueprint-action-update",
            Self::Keep => "blueprint-action-keep",
            Self::Skip => "blueprint-action-skip",
            Self::Delete => "blueprint-action-delete",
        };
        text(lang, key, &[])
    }

    /// Does this step change the pool?
    pub fn changes(self) -> bool {
        matches!(self, Self::Create | Self::Update | Self::Delete)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanStep {
    /// pool, resource server, app client, group, user or membership.
    pub kind: String,
    pub name: String,
    pub action: StepAction,
    /// What differs (update), what will be made (create), or why nothing happens (keep).
    pub detail: String,
}

/// A step's kind (`PlanStep::kind`, a blueprint's or a restore's) as a page shows it, in `lang`;
/// a kind without a message as it is.
pub fn kind_label(lang: Lang, kind: &str) -> String {
    let key = match kind {
        "pool" => "blueprint-kind-pool",
        "pool settings" => "blueprint-kind-pool-settings",
        "domain" => "blueprint-kind-domain",
        "attribute" => "blueprint-kind-attribute",
        "resource server" => "blueprint-kind-resource-server",
        "app client" => "blueprint-kind-app-client",
        "group" => "blueprint-kind-group",
        "user" => "blueprint-kind-user",
        "membership" => "blueprint-kind-membership",
        other => return other.to_string(),
    };
    text(lang, key, &[])
}

/// What became of one step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepOutcome {
    Done,
    /// Left out because the endpoint does not support it: a warning, not a failure (the run
    /// goes on, and can be run again). Why, in the console's words.
    Skipped(String),
    Failed(String),
}

impl StepOutcome {
    /// "done", "skipped: why" or "failed: why" in English words (the console's own pool setup logs it).
    pub fn text(&self) -> String {
        match self {
            Self::Done => "done".into(),
            Self::Skipped(why) => format!("skipped: {why}"),
            Self::Failed(why) => format!("failed: {why}"),
        }
    }

    /// "done", "skipped" or "failed" (a page's `data-outcome`).
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Done => "done",
            Self::Skipped(_) => "skipped",
            Self::Failed(_) => "failed",
        }
    }

    /// `text` as a page shows it, in `lang`.
    pub fn shown(&self, lang: Lang) -> String {
        match self {
            Self::Done => text(lang, "blueprint-outcome-done", &[]),
            Self::Skipped(why) => text(lang, "blueprint-outcome-skipped", &[("why", why.clone().into())]),
            Self::Failed(why) => text(lang, "blueprint-outcome-failed", &[("why", why.clone().into())]),
        }
    }
}

/// One step as applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppliedStep {
    pub step: PlanStep,
    /// `None` for a step that was not attempted (an earlier one failed).
    pub outcome: Option<StepOutcome>,
    /// A created user's generated temporary password, shown once.
    pub password: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplyReport {
    pub pool_id: Option<String>,
    pub steps: Vec<AppliedStep>,
}

impl ApplyReport {
    pub fn failed(&self) -> bool {
        self.steps.iter().any(|s| matches!(s.outcome, Some(StepOutcome::Failed(_)) | None))
    }

    /// The changes made (created or updated, and done).
    pub fn changed(&self) -> usize {
        self.steps.iter().filter(|s| s.step.action.changes() && s.outcome == Some(StepOutcome::Done)).count()
    }

    /// The steps left out, each as "kind name: why".
    pub fn skipped(&self) -> Vec<String> {
        self.steps
            .iter()
            .filter_map(|s| match &s.outcome {
                Some(StepOutcome::Skipped(why)) => Some(format!("{} {}: {why}", s.step.kind, s.step.name)),
                _ => None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_kinds_and_outcomes_are_said_in_each_language() {
        let actions =
            [StepAction::Create, StepAction::Update, StepAction::Keep, StepAction::Skip, StepAction::Delete];
        for action in actions {
            assert_eq!(action.shown(Lang::En), action.label());
        }
        assert_eq!(StepAction::Create.shown(Lang::De), "anlegen");
        let kinds =
            ["pool", "pool settings", "domain", "attribute", "resource server", "app client", "group"];
        for kind in kinds.into_iter().chain(["user", "membership"]) {
            assert_eq!(kind_label(Lang::En, kind), kind);
            assert!(!kind_label(Lang::De, kind).is_empty());
        }
        assert_eq!(kind_label(Lang::De, "app client"), "App-Client");
        assert_eq!(kind_label(Lang::De, "something new"), "something new");
        for outcome in
            [StepOutcome::Done, StepOutcome::Skipped("why".into()), StepOutcome::Failed("why".into())]
        {
            assert_eq!(outcome.shown(Lang::En), outcome.text());
            assert!(outcome.text().starts_with(outcome.kind()));
        }
        assert_eq!(StepOutcome::Failed("x".into()).shown(Lang::De), "fehlgeschlagen: x");
    }
}
